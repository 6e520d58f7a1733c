"""A thing from a private giver told by the giver's town ("a lentil from a grandmother in X") only locates the giver:
the town is no event."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 9)


def _places(text):
    return {e["place"] for e in extract_text(text, DAY)}


def test_a_gift_from_a_private_giver_in_a_town_is_no_place():
    assert "Haghartsin" not in _places("This spring we sowed white beans from a grandmother in Haghartsin, "
                                       "and squash seed from our own beds.")
    assert "Martuni" not in _places("The tune he plays came from his uncle in Martuni.")


def test_the_giver_town_with_its_own_news_stays():
    # negatives: the town where something happens, or the giver telling news of it, is kept
    assert "Martuni" in _places("A parcel came from her aunt in Martuni, whose house was shelled on Tuesday.")
    assert "Tegh" in _places("We heard from a farmer in Tegh that the village was shelled overnight.")
