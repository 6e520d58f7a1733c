"""Review of the rules of the rounds on heldout201 to heldout203: wordings near each rule that it must not change (a
misfire mended by narrowing it), and the cases it was written for, kept."""
import datetime

from geo.extract import extract_text


def _found(text, day=datetime.date(2023, 9, 20)):
    return {p: e for e in extract_text(text, day) for p in e["place"].split(";")}


# an aircraft down at a place abroad: the aircraft itself, not what is counted or sold of it; and what it came down
# in on the way ("into the sea", "in fog in the mountains") does not hide the place
def test_ticket_prices_that_went_down_are_no_crash():
    assert "Tabriz" not in _found("Prices of plane tickets went down in Tabriz after the new route opened.")


def test_a_count_of_planes_that_went_down_is_no_crash():
    assert "Tabriz" not in _found("The number of flights and planes at the airport went down in Tabriz last year.")


def test_a_plane_down_in_the_sea_near_a_town_abroad():
    found = _found("The plane crashed into the sea near Aktau on Wednesday.")
    assert found["Aktau"]["layer"] == "other" and found["Aktau"]["start_date"] == "2023-09-20"


def test_a_helicopter_down_on_a_mountain_near_a_town_abroad():
    assert _found("The helicopter crashed on a mountain near Tabriz on Sunday.")["Tabriz"]["start_date"] == \
        "2023-09-17"


def test_a_crash_abroad_worded_otherwise_is_kept():
    assert _found("A passenger plane bound for Tabriz crashed near Ardabil on Monday.")["Ardabil"]["layer"] == "other"

# the exclave's capital named by its airport is the town where something happened at the airport, not where the
# airport's board speaks from or the exclave's airports as a whole
def test_the_airport_authority_speaking_is_no_event_at_the_town():
    assert "Nakhchivan" not in _found("Nakhchivan's Airport Authority said on Monday that flights would resume.")
    assert "Nakhchivan" not in _found("Nakhchivan International Airport said on Monday that flights would resume.")


def test_the_exclaves_airport_network_is_no_event():
    assert "Nakhchivan" not in _found("Nakhchivan's airport network is small, an expert said.")


def test_what_happened_at_the_towns_airport_is_kept():
    found = _found("Nakhchivan's airport was closed by snow on Tuesday.")
    assert found["Nakhchivan"]["start_date"] == "2023-09-19"
    assert "Nakhchivan" in _found("Nakhchivan airport's runway was repaired on Monday.")

# a border detachment named by its town names no place only where the sentence tells another place it acted at
def test_a_detachment_with_only_a_month_after_keeps_its_town():
    found = _found("The service said its Horadiz detachment had detained two smugglers in March.")
    assert found["Horadiz"]["start_date"] == "2023-03-01"


def test_a_detachment_near_the_border_keeps_its_town():
    assert "Horadiz" in _found("The service said its Horadiz detachment detained a man near the Iranian border on "
                               "Monday.")


def test_a_detachment_whose_headquarters_are_in_its_town_keeps_it():
    found = _found("The Horadiz detachment's headquarters in Horadiz was inspected by the minister on Tuesday.")
    assert found["Horadiz"]["start_date"] == "2023-09-19"


def test_a_detachment_that_acted_at_another_village_still_drops_its_town():
    found = _found("Officers of the Horadiz border guards detachment seized 3 kg of drugs near Mahmudlu on Tuesday.")
    assert "Horadiz" not in found and "Mahmudlu" in found


def test_a_detachment_that_acted_at_a_village_the_gazetteer_lacks_drops_its_town():
    found = _found("The service said its Julfa detachment detained a shepherd near the village of Dashbulakhly on "
                   "Friday.")
    assert "Julfa" not in found

# flights told by the land they cross are a route there: not planes of war named otherwise, planes that crossed into
# a side's airspace, or buses a clause after the flights sets crossing
def test_military_planes_over_a_province_are_no_route():
    events = extract_text("Military planes flew over Tavush on Monday, residents said.", datetime.date(2023, 9, 20))
    assert not [e for e in events if e["layer"] == "corridors"]


def test_enemy_and_reconnaissance_planes_are_no_route():
    for text in ("Enemy planes flew over Goris on Tuesday and dropped leaflets.",
                 "Reconnaissance planes flew over Lachin on Monday, the ministry said.",
                 "Planes of the air force went over Syunik on Monday in a show of force.",
                 "Fighter planes crossed the Tavush border on Monday."):
        assert not [e for e in extract_text(text, datetime.date(2023, 9, 20)) if e["layer"] == "corridors"], text


def test_planes_crossing_into_airspace_are_no_route():
    text = "Azerbaijani planes crossed into Armenian airspace over Tavush on Monday, Yerevan said."
    assert not [e for e in extract_text(text, datetime.date(2023, 9, 20)) if e["layer"] == "corridors"]


def test_buses_crossing_after_the_flights_are_no_air_route():
    assert "Lori" not in _found("The flights cost more than the buses, which cross the Lori province.")


def test_flights_crossing_a_province_worded_otherwise_are_kept():
    found = _found("Since Monday the planes fly directly over the Tavush region instead of over Georgia.")
    assert found["Tavush"]["layer"] == "corridors"

# a river is the place of drills held along it and of leaders meeting at it: not of a drill that is what talks, a
# debate or a view are about, nor of what leaders met on; pontoons laid on it, not a floating bridge that is only there
def test_drills_that_a_view_is_about_are_no_drill_held():
    assert "Araz" not in _found("The report on Monday held that drills on the Araz were a message to Baku.")


def test_drills_that_talks_are_about_are_no_drill_held():
    assert "Araz" not in _found("Baku held talks with Tehran on Monday about the drills along the Araz.")
    assert "Araz" not in _found("Azerbaijan's parliament began a debate on the Iranian drills along the Araz on "
                                "Wednesday.")


def test_drills_held_along_a_river_worded_otherwise_are_kept():
    found = _found("Azerbaijani troops conducted military exercises along the Araz on 12 October, the defence "
                   "ministry said.")
    assert found["Araz"]["layer"] == "other" and found["Araz"]["start_date"] == "2023-10-12"


def test_a_river_that_leaders_met_on_as_a_topic_is_no_place():
    assert "Araz" not in _found("The ministers will meet on the Araz issue next week, the spokesman said.")
    assert "Araz" not in _found("The two sides met on the Araz water dispute in Tehran on Monday.")


def test_leaders_meeting_by_a_river_are_kept():
    found = _found("The presidents met by the Araz on Sunday and opened the dam.")
    assert found["Araz"]["layer"] == "other" and found["Araz"]["start_date"] == "2023-09-17"


def test_a_floating_bridge_that_is_only_there_is_no_crossing():
    assert "Araz" not in _found("Civil engineers say the floating bridge on the Araz, used by farmers, is unsafe.")


def test_a_pontoon_bridge_laid_by_sappers_is_kept():
    assert _found("Sappers laid a pontoon bridge on the Aras during the exercise on Tuesday.")["Aras"]["layer"] \
        == "other"

# a venue only guessed at or offered: "could take place in" too; but a clause after the place that tells what was
# there is kept, and so are people urged to go somewhere for safety
def test_talks_that_could_take_place_somewhere_are_no_meeting():
    found = _found("Baku said the talks could take place in Yevlakh or Barda.")
    assert "Yevlakh" not in found and "Barda" not in found


def test_a_venue_guessed_at_where_a_round_was_held_is_kept():
    found = _found("The meeting could be held in Yevlakh, where the first round took place on 21 September.")
    assert found["Yevlakh"]["start_date"] == "2023-09-21"


def test_a_place_where_a_centre_opened_is_kept_after_an_invitation():
    found = _found("Officials were asking civilians to come to Goris, where a humanitarian centre opened on Monday.")
    assert found["Goris"]["start_date"] == "2023-09-18"


def test_residents_urged_to_go_to_a_town_keep_it():
    assert "Barda" in _found("Azerbaijani police were urging residents to go to Barda after shelling hit Tartar.")
