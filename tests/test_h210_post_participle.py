"""A post told with the participle of its taking down and where it stood ("a post dismantled in the X district",
"two posts removed near Y") is a post taken down, `checkpoints`, as "a post in the X district was dismantled" is; a
medical post so told, and a post taken down by fire, are not."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {e["place"]: e for e in extract_text(text, datetime.date(2023, 11, 2), gazetteer)}


def test_a_post_dismantled_in_a_district(gazetteer):
    text = "Last week's report had also mentioned a post dismantled in the Khojavend district after the talks."
    assert _events(text, gazetteer)["Khojavend"]["layer"] == "checkpoints"


def test_posts_removed_near_a_town(gazetteer):
    text = "The statement listed three observation posts removed near Khojaly in recent days."
    assert _events(text, gazetteer)["Khojaly"]["layer"] == "checkpoints"


def test_a_medical_post_dismantled_is_no_checkpoint(gazetteer):
    text = "A medical post dismantled in Khojavend last month had treated hundreds of patients."
    assert all(e["layer"] != "checkpoints" for e in _events(text, gazetteer).values())


def test_a_post_dismantled_by_shelling_is_no_checkpoint(gazetteer):
    text = "A post dismantled in the shelling of Khojavend was never rebuilt."
    assert all(e["layer"] != "checkpoints" for e in _events(text, gazetteer).values())
