"""The outlet's own plans of coverage and a spelling of Kalbajar. A sentence telling what the outlet's own team, club
or desk will write about next ("Next month the history club will write about the road to X"), or that more of its
material from a place will follow ("Further frames from Y will follow on sheet 9"), promises coverage: nothing
happened at the place, so it names no event, unless the sentence tells harm there. "Kelbadjar", the spelling of the
UN Security Council's documents of 1993, is Kalbajar, and "the Kelbadjar district" its district, as the other
spellings already are."""

from tests.helpers import rows


def places(text, gazetteer, published="2023-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- what the outlet's own team will cover next


def test_what_a_club_will_write_about_next_is_no_place(gazetteer):
    assert places("Next month the school's geography club will write about the old bridge at Kapan.", gazetteer) == set()
    assert places("Our newsroom will look at the markets of Ijevan in the spring.", gazetteer) == set()


def test_more_frames_promised_from_a_town_is_no_place(gazetteer):
    assert places("Further pictures from Gadabay will follow on the next sheet.", gazetteer) == set()
    assert places("More reports from Berd will come tomorrow.", gazetteer) == set()


def test_a_clubs_plan_about_an_attack_keeps_the_place(gazetteer):
    assert "Tegh" in places("Next month the club will write about the shelling of Tegh.", gazetteer)


def test_what_a_club_did_is_not_a_plan(gazetteer):
    assert "Kapan" in places("The history club walked the road to Kapan after it reopened last month.", gazetteer)


def test_fire_said_to_follow_is_not_more_material(gazetteer):
    assert "Gadabay" in places("Further shelling from Gadabay will follow, the ministry warned.", gazetteer)


# --- Kelbadjar


def test_kelbadjar_is_kalbajar(gazetteer):
    assert places("Armenian units entered Kelbadjar on 3 April 1993.", gazetteer) == {"Kalbajar"}


def test_the_kelbadjar_district_is_the_district(gazetteer):
    assert places("The Council voiced concern at the invasion of the Kelbadjar district.", gazetteer) \
        == {"Kalbajar District"}
