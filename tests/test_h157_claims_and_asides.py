"""heldout157: an outlet's regional bureau speaks for the outlet, a list of names inside a relative clause does not
end it, a list line priced after a colon and a weekly trip are no events (sentences written for these tests)."""
import datetime

from geo.extract import extract_text
from geo.extract.claims import find_attributions, normalise_actor

DAY = datetime.date(2024, 5, 6)


def test_outlet_bureau_is_the_outlet():
    assert normalise_actor("APA's Ganja bureau") == normalise_actor("APA")
    assert normalise_actor("Report's Karabakh office") == "Report"


def test_bare_regional_office_is_left_alone():
    assert normalise_actor("Karabakh office") == "Nagorno-Karabakh authorities"
    assert normalise_actor("the ombudsman's office") == "ombudsman"


def test_name_list_inside_relative_clause():
    text = ("Leyla Huseynova, who speaks for the water service of the Barda, Tartar and Yevlakh districts, said that "
            "the pipe to Barda was mended on Monday.")
    assert [a.who for a in find_attributions(text)] == ["Leyla Huseynova"]


def test_relative_clause_closed_by_comma_still_ends():
    text = "Residents of Barda, who met on Monday, and officials said that the pipe was mended."
    assert "Leyla" not in str(find_attributions(text))


def test_priced_list_line_is_no_event():
    assert extract_text("Two armchairs, second floor to ground floor inside Yevlakh: 90 manat.", DAY) == []


def test_sentence_with_a_place_and_no_price_stays():
    assert extract_text("On Monday a shell hit a house inside Tartar.", DAY)


def test_weekly_trip_is_no_event():
    assert extract_text("Our secretary drives to Yevlakh every week for her father.", DAY) == []


def test_trip_reported_on_a_day_stays():
    assert extract_text("On Monday the lorries drove to Yevlakh along the new road.", DAY)
