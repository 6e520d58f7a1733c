"""A speaker named once in full, then by surname, by his office or after a time phrase, is the same claimant;
a nation's agencies are its press."""

from tests.helpers import claimant_pairs


def test_a_part_of_the_day_after_a_weekday_is_no_part_of_the_speaker(gazetteer):
    text = ("Karen Petrosyan, the regional police spokesman, said two shells had landed near Tegh.\n\n"
            "On Monday evening Petrosyan said that sporadic fire had also reached Kornidzor.")
    assert ("Kornidzor", "Karen Petrosyan") in claimant_pairs(text, gazetteer)


def test_a_surname_alone_is_the_person_introduced_with_a_role(gazetteer):
    text = ("Levon Hakobyan, a shepherd from the hills above Tegh, described the night of firing.\n\n"
            "Hakobyan said the shepherds had taken their flocks to Kornidzor.")
    assert ("Kornidzor", "residents (Levon Hakobyan)") in claimant_pairs(text, gazetteer)


def test_a_place_introduced_with_an_apposition_is_not_a_person(gazetteer):
    text = ("Nerkin Hand, a village of some two hundred people in the Kapan municipality, lies in the forest.\n\n"
            "Four soldiers were wounded when Azerbaijani units fired at an army post near Nerkin Hand in Syunik, "
            "the Armenian Defence Ministry said.")
    assert "Nerkin Hand" in [place for place, _ in claimant_pairs(text, gazetteer)]


def test_a_person_s_office_speaks_for_that_person(gazetteer):
    text = ("Karabakh's human rights defender Gegham Stepanyan said two drivers had been held near Lachin.\n\n"
            "A third driver was searched at the checkpoint in the Lachin corridor, according to Stepanyan's office.")
    assert ("Lachin corridor", "Nagorno-Karabakh Ombudsman") in claimant_pairs(text, gazetteer)


def test_a_nation_s_agencies_are_its_news_agencies(gazetteer):
    text = "According to Armenian agencies, a drone came down on a field near Tegh on Sunday."
    assert ("Tegh", "Armenian media") in claimant_pairs(text, gazetteer)


def test_a_speaker_who_withheld_one_thing_but_said_another_is_the_subject(gazetteer):
    text = "Armenian accounts mentioned no wounded but said shells had fallen near Tegh on Sunday."
    assert claimant_pairs(text, gazetteer) == [("Tegh", "Armenian accounts")]   # not the clause up to "but"


def test_a_title_alone_is_the_person_introduced_with_it_in_apposition(gazetteer):
    text = ("Vahan Hovhannisyan, the prime minister's special representative on border issues, met villagers "
            "on Monday.\n\n"
            "The special representative added that shells had landed near Kornidzor overnight.")
    assert ("Kornidzor", "Vahan Hovhannisyan") in claimant_pairs(text, gazetteer)



def test_an_honorific_and_a_surname_are_the_person_named_in_full(gazetteer):
    text = ("The panel heard Anna Vardanyan, who heads a freight association, and Professor Thomas Wolfe.\n\n"
            "Ms Vardanyan said lorries had waited for three days outside Upper Lars.\n\n"
            "Professor Wolfe said the road through Meghri was the only other way south.")
    found = claimant_pairs(text, gazetteer)
    assert ("Upper Lars", "Anna Vardanyan") in found
    assert ("Meghri", "Thomas Wolfe") in found


def test_a_label_line_names_the_person_its_role_stands_for(gazetteer):
    text = ("Guest: Marine Sahakyan, a former customs officer.\n\n"
            "According to the guest, the queue at Bagratashen had grown all week.")
    assert ("Bagratashen", "Marine Sahakyan") in claimant_pairs(text, gazetteer)


def test_he_after_an_opener_resolved_once_stays_that_person(gazetteer):
    text = ("Members present included Chairman Karen Melikyan and four other senators.\n\n"
            "The Armenian Transport Ministry said on Monday that the pass would reopen within days.\n\n"
            "Senator Melikyan began by recalling how, he said, snow had shut the pass above Sisian for a week.\n\n"
            "He said that before the closure some 300 lorries a day had used the road through Goris.")
    assert ("Goris", "Karen Melikyan") in claimant_pairs(text, gazetteer)


def test_a_ministry_that_kept_silent_is_not_the_ministry_that_speaks_later(gazetteer):
    text = ("The Armenian Defence Ministry said Azerbaijani units had fired on positions near Sotk on Sunday.\n\n"
            "The Azerbaijani Defence Ministry had not commented by the evening.\n\n"
            "Last month the ministry said a soldier had been wounded near Jermuk.")
    assert dict(claimant_pairs(text, gazetteer))["Jermuk"] == "Armenian MoD"
    text = ("The Armenian Defence Ministry said Azerbaijani units had fired on positions near Sotk on Sunday.\n\n"
            "The Azerbaijani Defence Ministry declined to comment.\n\n"
            "In May the ministry said drones had been seen over Jermuk.")
    assert dict(claimant_pairs(text, gazetteer))["Jermuk"] == "Armenian MoD"
