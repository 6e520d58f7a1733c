"""heldout163's readings: a displaced district's body, a body named with its kind in apposition, a barrage."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _events(text):
    return extract_text(text, DAY)


def _places(text):
    return {e["place"] for e in _events(text)}


def test_building_of_a_far_district_body_is_at_the_town_hit():
    text = ("On Monday a rocket fell on Ashaghi Aghjakand and wrecked the building of the Khojaly district "
            "executive, which has its offices there.")
    assert "Khojaly" not in " ".join(_places(text))
    assert any("Aghjakand" in p for p in _places(text))


def test_body_building_before_the_district_is_at_the_town_hit():
    text = "On Monday shells reached Ashaghi Aghjakand, where the court building of the Khojaly district burned."
    assert "Khojaly" not in " ".join(_places(text))


def test_building_of_the_district_body_in_its_own_town_stays():
    text = "On Monday a rocket hit Tartar and the building of the Tartar district court."
    assert any(p.startswith("Tartar") for p in _places(text))


def test_a_school_in_the_far_district_is_not_a_body():
    text = "On Monday a rocket fell on Ashaghi Aghjakand and damaged a school in the Khojaly district."
    assert any("Khojaly" in p for p in _places(text))


def test_bare_agency_after_a_body_named_with_its_kind():
    text = ("APA wrote that teams of ANAMA, the state mine clearance agency, began work on Monday. "
            "On Tuesday, the agency said, its deminers cleared fields in the Goranboy district.")
    claims = {e["claimed_by"] for e in _events(text) if "Goranboy" in e["place"]}
    assert claims and all("ANAMA" in c for c in claims)


def test_bare_agency_after_an_outlet_named_with_its_kind():
    text = ("Turan, the Baku news agency, wrote that ANAMA teams began work on Monday. "
            "On Tuesday, the agency said, shells fell in the Goranboy district.")
    claims = {e["claimed_by"] for e in _events(text) if "Goranboy" in e["place"]}
    assert claims and not any("ANAMA" in c for c in claims)


def test_barrage_on_a_town_is_shelling():
    events = [e for e in _events("Yesterday a barrage on Barda killed two men.") if e["place"] == "Barda"]
    assert events and events[0]["layer"] == "shelling"


def test_barrage_of_questions_is_no_shelling():
    events = [e for e in _events("Yesterday the governor faced a barrage of questions in Barda.")
              if e["place"] == "Barda"]
    assert all(e["layer"] != "shelling" for e in events)


def test_the_service_speaking_after_a_country_is_no_apposition():
    text = ("The Restoration Service said families were moved on Monday. "
            "They had lived in hostels across Azerbaijan, the service said, and shells fell on Tartar on Monday.")
    claims = {e["claimed_by"] for e in _events(text) if e["place"] == "Tartar"}
    assert claims != {"Azerbaijani government"}
