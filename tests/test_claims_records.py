"""A meeting's record: the rapporteur or moderator named once with the role speaks as that person ("the
rapporteur said", then "He said" in the next numbered paragraph), and a member's reply is that member's account."""

from tests.helpers import claimants

RECORD = ("Hearing on water supply (rapporteur Ms Ingrid Solheim, Norway)\n\n"
          "1. The chair opened the hearing.\n\n"
          "2. The rapporteur introduced her memorandum. She said she had travelled to Goris and Sisian in May.\n\n"
          "3. The rapporteur said that the reservoir near Jermuk was almost empty.\n\n"
          "4. She added that farmers around Vayk had lost most of their harvest.")


def test_the_rapporteur_is_the_person_named_with_the_role(gazetteer):
    found = claimants(RECORD, gazetteer)
    assert found["Jermuk"] == "Ingrid Solheim"


def test_the_rapporteur_s_next_paragraphs_are_hers(gazetteer):
    found = claimants(RECORD, gazetteer)
    assert found["Sisian"] == found["Vayk"] == "Ingrid Solheim"


def test_two_people_with_the_same_role_name_neither(gazetteer):
    text = RECORD.replace("(rapporteur Ms Ingrid Solheim, Norway)",
                          "(rapporteur Ms Ingrid Solheim, Norway; co-rapporteur Mr Paolo Ferri)")
    assert claimants(text, gazetteer)["Jermuk"] not in ("Ingrid Solheim", "Paolo Ferri")


def test_a_reply_is_the_replier_s_account_and_his_next_words_too(gazetteer):
    text = ("A Georgian member said that the bridge at Sadakhlo had been closed for a week.\n\n"
            "A Russian member replied that trains still ran through Gyumri every day.\n\n"
            "He said that the line to Vanadzor had been repaired.")
    found = claimants(text, gazetteer)
    assert found["Gyumri"] == found["Vanadzor"] != found["Sadakhlo"]
