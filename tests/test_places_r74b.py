"""Places that only locate, and the two sides of a border where fighting broke out. The seat of an office or a
studio ("a meeting at the district office in X"), a speaking body named with its town after "according to" or after
an opening "In <capital>", a shot list's scene heading ("SC 03 (04:10-06:00) X, morning.") and a notice headed by
its town that asks for help or says what will be held only say where someone sits or films, so they give no event
unless the sentence tells of harm; a map's description of what it covers gives none either. A province named with
the other country's district as the far side of a border where clashes began is the event's place as the district
is (the district is no smaller place inside it), and "clashes" count as the fighting that keeps a border's sides."""

from tests.helpers import place_layers

DAY = "2016-04-05"


def layers(text, gazetteer):
    return place_layers(text, gazetteer, DAY)


# --- the seat of an office or a studio


def test_an_office_or_studio_in_a_town_is_no_place(gazetteer):
    assert "Dilijan" not in layers("We met the district coordinators at the regional office in Dilijan on Tuesday.",
                                   gazetteer)
    assert "Noyemberyan" not in layers("Our phone lines at the studio in Noyemberyan stay open until six.", gazetteer)


def test_harm_at_the_office_keeps_the_town(gazetteer):
    assert "Noyemberyan" in layers("A shell struck near the regional office in Noyemberyan overnight.", gazetteer)


def test_aid_left_at_an_office_or_an_office_raided_keeps_the_town(gazetteer):
    assert "Dilijan" in layers("We drove a van of blankets to Tavush and left it with the town office in Dilijan.",
                               gazetteer)
    assert "Dilijan" in layers("Police searched the party's office in Dilijan on Monday.", gazetteer)


# --- a speaking body's seat


def test_according_to_a_body_in_a_town_is_no_place(gazetteer):
    found = layers("According to the army command in Goris, enemy units shelled Tegh for an hour.", gazetteer)
    assert "Tegh" in found
    assert "Goris" not in found


def test_a_capital_opening_before_its_ministry_speaks_is_no_place(gazetteer):
    found = layers("In Yerevan the defence ministry said on Monday that two soldiers had been killed near Chinari.",
                   gazetteer)
    assert "Chinari" in found
    assert "Yerevan" not in found


def test_a_town_opening_a_sentence_of_fire_stays(gazetteer):
    assert "Berd" in layers("In Berd the shelling went on until dawn, residents said.", gazetteer)


# --- a shot list's scene heading and a parish notice


def test_a_scene_heading_names_no_event(gazetteer):
    assert layers("SC 04 (08:15-11:00) Dilijan, early morning.", gazetteer) == {}
    assert layers("Scene 9: Goris and Kapan, talks with drivers about the winter.", gazetteer) == {}


def test_a_scene_line_telling_of_fire_keeps_its_town(gazetteer):
    assert "Berd" in layers("SC 05 (11:00-13:00) Berd, the house hit by a shell on the night of the attack.",
                            gazetteer)


def test_a_notice_headed_by_its_town_is_no_place(gazetteer):
    assert layers("Dilijan: the choir will meet again on Thursday evening in the parish hall.", gazetteer) == {}
    assert layers("Goris, St Gregory: the council asks families to bring warm clothes by Friday.", gazetteer) == {}


def test_a_notice_headed_by_its_town_telling_of_shelling_stays(gazetteer):
    assert "Berd" in layers("Berd: shells damaged the church roof overnight.", gazetteer)


# --- a map's extent


def test_what_a_map_shows_is_no_place(gazetteer):
    assert layers("The map shows the Syunik province and the districts facing it, including Zangilan.",
                  gazetteer) == {}


def test_a_map_sentence_telling_of_fire_stays(gazetteer):
    assert "Berd" in layers("The map shows where shells hit Berd in June.", gazetteer)


# --- a province and the other country's district as a border's sides


def test_clashes_on_the_border_between_a_province_and_a_district_are_at_both(gazetteer):
    text = ("Machine-gun clashes along the frontier between Armenia's Tavush province and Azerbaijan's Tovuz "
            "district went on for hours on 3 May.")
    found = layers(text, gazetteer)
    assert found.get("Tavush Province") == "shelling"
    assert found.get("Tovuz District") == "shelling"


def test_a_province_with_a_village_of_its_own_stays_at_the_village(gazetteer):
    found = layers("A soldier was killed by sniper fire near Berd in the Tavush province.", gazetteer)
    assert "Berd" in found
    assert "Tavush Province" not in found


def test_a_border_between_areas_without_fighting_names_no_event(gazetteer):
    assert layers("The reservoir lies on the border between the Tavush province and the Tovuz district.",
                  gazetteer) == {}
