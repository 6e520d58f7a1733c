"""Places of ambushes outside a village, pipelines cut, airports placed by a nearby town, villages placed with their
size, the other side's name for a village and a consular notice's advice. A sentence may open with a preposition
capitalised by position ("Outside X, troops ambushed a bus"), which names X as "near X" does; a pipeline named by its
two end towns is no event place while only named, but one blocked, cut or shut is a line cut at both ends, as a road
named that way is; an unnamed site opening a sentence ("The airport near X was shelled") is news at X, where only a
named site ("the Gandzasar monastery near Vank") is placed by the village; a village's size between it and its
district ("X, a village of about 900 people in the Y district") leaves the district only locating it; the name the
other side now gives a village just named ("X is today the Azerbaijani village of Z") is no second place (a name
given in a "which ... call" clause stays the place itself, as the older sets read it); and a notice telling its
readers where to stay, to register or how little to travel names no scene. A village the gazetteer lacked (Manashid
in the former Shahumyan district) is added with its sourced coordinates; Voskepar, a small village of the GeoNames
data, is found where a siege names it."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="1991-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_sentence_opening_with_outside_names_the_village(gazetteer):
    found = place_layers("Outside Berdavan, according to the district police, gunmen ambushed a truck and killed "
                         "two drivers.", gazetteer)
    assert found.get("Berdavan") == "shelling"
    assert "Goris" in places("Beyond Goris, troops fired on the road at dawn.", gazetteer)


def test_a_village_outside_which_nothing_happened_stays_out(gazetteer):
    assert places("Outside the talks, nobody spoke on Monday.", gazetteer) == set()


def test_a_blocked_pipeline_named_by_its_end_towns_is_cut_at_both_ends(gazetteer):
    found = place_layers("The Ijevan-Dilijan gas pipeline was blocked on 12 March, leaving homes without heating.",
                         gazetteer)
    assert found == {"Ijevan;Dilijan": "corridors"}
    assert places("Saboteurs cut the Goris-Kapan pipeline overnight.", gazetteer) == {"Goris", "Kapan"}


def test_a_pipeline_only_named_by_its_towns_is_no_place(gazetteer):
    assert places("The Ijevan-Dilijan gas pipeline carries gas to the north of the province.", gazetteer) == set()


def test_an_unnamed_airport_near_a_town_is_news_at_the_town(gazetteer):
    text = "The talks went on. The airfield near Khojaly came under fire on Sunday night."
    assert place_layers(text, gazetteer).get("Khojaly") == "shelling"
    assert "Khojaly" in places("The news came late. The airport near Khojaly was shelled on Monday.", gazetteer)


def test_a_named_site_near_a_village_is_still_placed_by_the_village(gazetteer):
    found = places("The news came late. The Gandzasar monastery near Vank was shelled on Monday.", gazetteer)
    assert "Gandzasar" in found and "Vank" not in found


def test_a_village_with_its_size_leaves_its_district_only_locating(gazetteer):
    found = places("Troops shelled Tegh, a village of about 2,500 people in the Goris district, on Tuesday.",
                   gazetteer)
    assert "Tegh" in found and "Goris District" not in found


def test_a_district_shelled_beside_a_village_with_its_size_stays(gazetteer):
    found = places("Troops shelled Tegh, a village of 2,500 people, and the Goris district on Tuesday.", gazetteer)
    assert "Tegh" in found and "Goris" in found


def test_the_other_sides_name_for_a_village_is_no_second_place(gazetteer):
    text = "Getashen is today the Azerbaijani village of Chaykend, its old church shut."
    assert "Dprabak" not in places(text, gazetteer) and "Chaykend" not in places(text, gazetteer)


def test_a_name_given_in_a_which_clause_is_still_the_place(gazetteer):
    # as the older sets read it: "the town, which Armenians call Stepanakert" names the town itself
    text = "Coaches blocked the road through the town, which Armenians call Stepanakert, for an hour on Monday."
    assert "Stepanakert" in places(text, gazetteer)


def test_a_notice_telling_readers_where_to_stay_or_register_names_no_scene(gazetteer):
    assert places("If you are already in the country, stay in Gyumri or Vanadzor and carry your passport.",
                  gazetteer) == set()
    assert places("Nationals resident in Gyumri should register with the consular section by e-mail.",
                  gazetteer) == set()
    assert places("Travel to Gyumri remains possible but should be kept to a minimum.", gazetteer) == set()


def test_a_reader_told_of_shelling_in_a_town_still_has_its_place(gazetteer):
    assert "Goris" in places("If you are in Goris, you hear the shelling every night.", gazetteer)


def test_the_added_village_and_a_besieged_small_village_are_found(gazetteer):
    assert place_layers("Soldiers blockaded Voskepar on Tuesday.", gazetteer) == {"Voskepar": "checkpoints"}
    assert "Manashid" in places("Officials said the villagers of Manashid and Buzlukh had been deported.", gazetteer)
