"""Sentences where the r77 rules misfired: a death of wounds or from shrapnel told with the age ("died in X of his
wounds, aged 21"), working years that ended when a factory was bombed, troops taking up positions in a relative's
house, a bracket whose side word starts a second place ("Hadrut (Tugh in Armenian hands)"), a drawing by a child who
fled a town, the outlet's stringer sending footage of a shelled school, and the outlet's crews in two towns joined by
"and" or sending "updates"."""

from tests.helpers import rows


def places(text, gazetteer, published="2020-12-18"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_death_of_wounds_told_with_the_age_keeps_its_place(gazetteer):
    assert "Kapan" in places("A soldier died in Kapan hospital on Sunday of his wounds, aged 21.", gazetteer)
    assert "Kapan" in places("A man died in Kapan at the age of 45 from shrapnel wounds.", gazetteer)


def test_a_death_of_old_age_is_still_no_event(gazetteer):
    assert places("Armen Hakobyan died in Kapan on Sunday, aged 67.", gazetteer) == set()


def test_working_years_ended_by_bombing_keep_the_town(gazetteer):
    assert "Ganja" in places("Her working years in Ganja ended when the factory was bombed.", gazetteer)


def test_troops_in_a_relatives_house_keep_the_village(gazetteer):
    assert "Sos" in places("Troops took up positions in a relative's house in Sos.", gazetteer)


def test_a_family_lodging_with_a_relative_is_still_no_event(gazetteer):
    assert places("The family now lives in her brother's flat in Kapan.", gazetteer) == set()


def test_a_bracket_naming_a_second_place_held_by_a_side_is_kept(gazetteer):
    assert {"Hadrut", "Togh"} <= places("Shells hit Hadrut (Tugh in Armenian hands) on Sunday.", gazetteer)
    assert {"Hadrut", "Togh"} <= places("Shells hit Hadrut (Tugh in Russian peacekeepers' zone) on Sunday.",
                                        gazetteer)


def test_a_bracket_giving_a_sides_name_is_still_the_same_place(gazetteer):
    assert places("Troops entered Berdzor (Lachin in Azerbaijani usage).", gazetteer) == {"Lachin"}


def test_a_drawing_by_a_child_who_fled_keeps_the_flight(gazetteer):
    assert "Hadrut" in places("Drawn in Goris by a child who fled Hadrut.", gazetteer)


def test_the_outlets_stringer_sending_footage_of_shelling_keeps_the_town(gazetteer):
    assert "Tartar" in places("Our stringer in Tartar will send the footage of the shelled school tomorrow.",
                              gazetteer)


def test_the_outlets_crews_in_two_towns_or_sending_updates_are_no_scene(gazetteer):
    assert places("Our crews in Goris and Kapan will bring you more this evening.", gazetteer) == set()
    assert places("Our reporter in Barda and our crew in Tartar will send updates as they come in.",
                  gazetteer) == set()
