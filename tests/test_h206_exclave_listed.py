"""The exclave named by its capital among towns where the same thing happened is a town of the list too; its border,
a trip between two towns and people who only come from it stay as before."""

from tests.helpers import rows


def _places(text, gazetteer):
    return {c["place_name"]: c["layer"] for c in rows(text, gazetteer)}


def test_the_exclave_in_a_list_of_towns_flown_over(gazetteer):
    found = _places("Fighter jets will fly over Ganja, Nakhchivan and Lankaran during the parade rehearsals.",
                    gazetteer)
    assert {"Ganja", "Nakhchivan", "Lankaran"} <= set(found), found
    assert found["Nakhchivan"] == "other", found


def test_the_exclave_after_one_town_with_and(gazetteer):
    found = _places("Rescue teams held a joint session in Shamakhi and Nakhchivan on Monday.", gazetteer)
    assert "Nakhchivan" in found, found


def test_people_from_the_exclave_and_a_town_are_no_event_there(gazetteer):
    found = _places("Pilgrims from Sheki and Nakhchivan arrived in Ganja on Monday.", gazetteer)
    assert "Nakhchivan" not in found, found


def test_the_exclave_in_a_list_about_its_border_stays_out(gazetteer):
    found = _places("Patrols went out in Ganja and Nakhchivan near the border with Iran.", gazetteer)
    assert "Nakhchivan" not in found, found
