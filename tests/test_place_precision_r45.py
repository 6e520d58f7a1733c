"""Places a sentence names only as a pointer, a government's word or a road's side, read off heldout45's false
places: the outlet's own other pieces ("Our explainers on X are linked below"), a capital's confirmation or
response ("no response from Yerevan"), a route running north or south of a road named by its towns. The news in
sentences like them is still found."""

from geo.extract.sentences import instruction_line, split_sentences
from tests.helpers import rows


def _places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_a_pointer_to_the_outlet_s_other_pieces_is_no_event(gazetteer):
    assert _places("Our earlier reports on the Tartar and Barda shelling are linked below.", gazetteer) == set()
    assert _places("Our report on the new school in Kapan will follow next week.", gazetteer) == set()


def test_a_story_told_by_the_outlet_is_still_news(gazetteer):
    assert "Kapan" in _places("Our correspondent reports that shells fell on Kapan on Monday.", gazetteer)


def test_a_capital_s_response_is_its_government_s(gazetteer):
    assert "Yerevan" not in _places("There was still no response from Yerevan to the charge that Tartar was shelled.",
                                    gazetteer)
    assert "Baku" not in _places("11:15 - Confirmation from Baku.", gazetteer)


def test_a_convoy_from_a_capital_is_still_a_route(gazetteer):
    assert "Yerevan" in _places("A convoy of aid lorries from Yerevan reached Goris on Monday.", gazetteer)


def test_a_route_south_of_a_named_road_leaves_the_road_s_towns_out(gazetteer):
    text = "The new road runs north of the old Ijevan-Berd highway and passes the village of Aygehovit."
    found = _places(text, gazetteer)
    assert "Ijevan" not in found and "Berd" not in found


def test_a_named_road_closed_is_still_news_at_its_towns(gazetteer):
    found = _places("The Ijevan-Berd highway was closed on Monday after shelling, police said.", gazetteer)
    assert "Ijevan" in found and "Berd" in found


def test_an_instruction_to_the_reader_is_no_event(gazetteer):
    assert _places("Leave Ijevan before dark and carry water.", gazetteer) == set()
    assert _places("- Plan an overnight stop in Kapan for heavy lorries.", gazetteer) == set()
    assert _places("Test-drive the new road through Tegh and Kornidzor on Friday.", gazetteer) == set()


def test_an_order_reported_as_someone_s_is_no_reader_s_instruction():
    told = split_sentences("Leave Kapan now, police told villagers on Monday as shells fell.")[0]
    assert not instruction_line(told)
    assert instruction_line(split_sentences("Leave Kapan before dark.")[0])


def test_a_noun_that_looks_like_an_order_is_still_news(gazetteer):
    assert "Goris" in _places("Use of force near Goris was reported on Monday by the ministry.", gazetteer)
