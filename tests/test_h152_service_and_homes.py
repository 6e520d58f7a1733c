"""A service's timetable, drivers asked on their way, a settled family's old home and a named person's home
are no events at those places; the same wordings with news stay."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 5, 4)


def places(text):
    return {e["place"] for e in extract_text(text, DAY)}


def test_timetable_of_cars_and_buses_is_no_event():
    assert places("Minibuses to Goris leave from platform four every morning.") == set()
    assert places("Coaches for Kapan depart every two hours from the square.") == set()


def test_delivery_time_is_no_event():
    assert places("All orders are wrapped in paper; deliveries to Vanadzor take three days.") == set()


def test_service_stopped_or_under_fire_stays():
    assert "Goris" in places("Buses to Goris run again every hour after the shelling stopped.")
    assert "Kapan" in places("Buses to Kapan were shelled on the road near Goris.")


def test_drivers_going_somewhere_asked_to_carry_mail():
    assert places("Drivers who are going to Ijevan tomorrow are asked to collect the newspapers at the kiosk.") == set()


def test_drivers_asked_with_cause_stays():
    assert "Ijevan" in places("Drivers who are going to Ijevan are asked to avoid the road because it was shelled.")


def test_settled_family_old_home_left_out():
    found = places("A family from Goris has now settled in Kapan, the mayor said.")
    assert "Kapan" in found and "Goris" not in found


def test_family_under_fire_keeps_home():
    assert "Goris" in places("A family from Goris hid in a cellar in Kapan as rockets fell.")


def test_named_persons_home_left_out_when_event_elsewhere():
    found = places("Vugar Aliyev of Barda was killed in the fighting near Talish.")
    assert "Talish" in found and "Barda" not in found


def test_named_persons_home_alone_stays():
    assert "Barda" in places("Vugar Aliyev of Barda was wounded.")
