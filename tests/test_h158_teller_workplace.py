"""heldout158: one of a shop's people told by the place they work at ("a customer who works at the X coach station
told us that ...") only says who the teller is when the news is of another place; harm told at the workplace, or no
other place named, keeps it."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1992-01-30")


def test_teller_workplace_with_news_elsewhere(gazetteer):
    text = ("A regular who works at the Tartar bus station told us that three men from the Kapan unit were killed "
            "and that they were buried in Barda.")
    assert "Tartar" not in layers(text, gazetteer)


def test_teller_workplace_shelled_stays(gazetteer):
    text = "A regular who works at the Tartar bus station told us the station was shelled overnight."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_workplace_of_someone_not_telling_stays(gazetteer):
    text = "A neighbour who works at the Tartar bus station was wounded when shells fell on Barda."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_teller_workplace_alone_in_the_sentence_stays(gazetteer):
    text = "A regular who works at the Tartar bus station told us the road was quiet."
    assert "Tartar" in layers(text, gazetteer)
