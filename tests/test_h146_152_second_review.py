"""Second review of the rules added on heldout146, 150 and 152: wordings near theirs that they misread (kept or
mended here) and the cases they were written for."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 5, 4)


def places(text):
    return {e["place"] for e in extract_text(text, DAY)}


# things fetched from a town only locate; arms, aid, mines and a journey on to another place do not
def test_reinforcements_brought_from_a_town_stay():
    assert "Kalbajar" in places("The army brought reinforcements from Kalbajar on Sunday, the ministry said.")


def test_mines_collected_from_a_district_stay():
    assert "Aghdam" in places("Demining teams collected more than 300 mines from Aghdam district last week.")


def test_aid_brought_from_a_town_to_another_keeps_both_ends():
    assert {"Goris;Stepanakert"} <= places("The convoy brought humanitarian aid from Goris to Stepanakert on Monday.")


def test_goods_brought_from_a_town_only_locate():
    assert "Ijevan" not in places("Villagers brought the apricots from Ijevan to the market in Yerevan.")


# members or pupils from a place: driven out of it, the place stays
def test_students_who_fled_keep_their_town():
    assert "Shusha" in places("The students are from Shusha and fled in October, the school said.")


def test_own_pupils_from_a_town_only_describe_them():
    assert places("Our pupils are from Kapan.") == set()


# a timetable is no event; a road's state told with it is
def test_timetable_with_an_open_road_keeps_the_road():
    found = places("Cars for Stepanakert leave from bay one, and the road through Lachin is open.")
    assert "Stepanakert;Lachin" in found


def test_timetable_alone_is_no_event():
    assert places("Flights to Baku depart daily from Istanbul.") == set()


# a family from A settled in B: A stays when they were driven out of it
def test_family_that_fled_keeps_its_old_home():
    assert "Hadrut" in places("A family from Hadrut has settled in Goris after fleeing the fighting.")
    assert "Hadrut" in places("A displaced family from Hadrut has now settled in Goris.")
    assert "Shusha" in places("A family from Shusha moved into a flat in Yerevan after the town fell.")


def test_family_settled_without_war_leaves_old_home_out():
    found = places("A family from Talish has moved into the school in Martakert.")
    assert "Martakert" in found and "Talish" not in found


# a monastery's own loose spelling is still the monastery; a village's loose spelling before "monastery" is not
def test_monastery_in_a_loose_spelling_stays():
    named = {e["place_name"] for e in extract_text("Azerbaijani forces shelled the Dadivanq monastery on Monday.", DAY)}
    assert "Dadivank" in named
    named = {e["place_name"] for e in extract_text("Shells fell near the Gandsasar monastery on Monday.", DAY)}
    assert "Gandzasar" in named


def test_village_spelling_before_monastery_still_no_village():
    assert places("The path towards the Anapat monastery was steep and wet.") == set()


# kept: the cases the rules were written for, in other words
def test_named_persons_home_left_out_when_killed_elsewhere():
    found = places("Vugar Aliyev of Tovuz was killed by Armenian shelling near Aghdam.")
    assert "Aghdam" in found and "Tovuz" not in found


def test_named_persons_home_kept_when_told_again():
    assert "Gazakh" in places("Elvin Guliyev of Gazakh was wounded near Tovuz while guarding his village.")


def test_place_that_fell_on_a_day():
    assert "Hadrut" in places("Hadrut fell on 9 October after a week of fighting.")


def test_shells_that_fell_and_prices_that_fell():
    assert "Martakert" in places("Shells fell on Martakert overnight, the ministry said.")
    assert places("The rouble fell on Monday as fighting in Karabakh intensified.") == set()


def test_protesters_camped_on_a_road_are_still_a_checkpoint():
    found = {(e["place"], e["layer"]) for e in extract_text(
        "Protesters camped on the road to Lachin near Kornidzor on Monday.", DAY)}
    assert ("Lachin", "checkpoints") in found


def test_railway_shelled_where_no_one_lives_in_wagons():
    found = {(e["place"], e["layer"]) for e in extract_text(
        "Refugees lived in tents and the railway line to Barda was cut on Monday.", DAY)}
    assert ("Barda", "corridors") in found


def test_relayed_ministry_keeps_the_claim():
    claims = {e["claimed_by"] for e in extract_text(
        "According to the Azerbaijani defence ministry, which Trend quoted, Armenian forces shelled Tovuz on Monday.",
        DAY)}
    assert claims == {"Azerbaijani MoD"}


def test_catalogue_entry_of_war_stays():
    assert "Shusha" in places("No. 14, a sword from Shusha, taken when the town fell in 1992.")


def test_own_customers_coming_daily_by_minibus_keep_their_town():
    # (as the finder reads members who come by bus: their daily journey, not only their home)
    assert "Berd" in places("Several of our customers come from Berd by minibus.")


def test_own_customers_who_travelled_to_a_rally_keep_their_town():
    assert "Martuni" in places("Many of our customers come from Martuni and travelled to the rally by bus.")
