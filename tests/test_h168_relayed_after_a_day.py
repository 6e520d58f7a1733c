"""An unnamed source passed on by an outlet is the outlet's claim, also when a day stands between the participle and
"by" ("a source quoted on Tuesday by the channel says")."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 2, 4)


def _claimants(text):
    return {e["claimed_by"] for e in extract_text(text, DAY)}


def test_a_source_quoted_on_a_day_by_an_outlet_is_the_outlets():
    text = ("A source quoted on Monday by the Telegram channel Voice of Syunik says that the Goris–Kornidzor road "
            "will reopen to lorries.")
    assert _claimants(text) == {"Telegram channel Voice of Syunik"}
    assert _claimants("A source quoted yesterday by Interfax said that drones had struck Tartar.") == {"Russian media"}


def test_people_reached_on_a_day_by_phone_still_speak():
    # "by phone" is the means, not a relayer: the residents are still the speakers
    text = "Residents of Sotk reached on Tuesday by phone said that drones had struck the village."
    assert _claimants(text) == {"residents"}
