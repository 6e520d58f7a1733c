"""Wordings read after heldout186: mine warning signs along a road, films shared by the press, and "the reporters"
of the outlet the sentence before named."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 2)


def _events(text):
    return [(e["place"], e["layer"], e["claimed_by"]) for e in extract_text(text, DAY)]


def test_mine_warnings_on_a_road_are_no_blast():
    events = _events("Soldiers escorted the bus along the Barda-Aghdam road, with mine warnings on the verges.")
    assert [(p, layer) for p, layer, _ in events] == [("Barda;Aghdam", "corridors")]
    events = _events("The convoy drove the Barda-Aghdam road past mine warning signs on both sides.")
    assert [(p, layer) for p, layer, _ in events] == [("Barda;Aghdam", "corridors")]


def test_a_mine_that_went_off_is_still_read():
    # (a blast is still an event, warning signs or not)
    assert [p for p, _, _ in _events("A mine went off under a tractor near Aghdam, past the mine warnings.")] == ["Aghdam"]


def test_films_shared_by_the_press_are_its_account():
    events = _events("Films shared by the Azerbaijani press show army lorries driving out through Tartar.")
    assert [c for _, _, c in events] == ["Azerbaijani media"]
    events = _events("Videos shared by the Armenian press show a convoy driving out through Goris.")
    assert [c for _, _, c in events] == ["Armenian media"]


def test_films_with_no_publisher_name_no_source():
    events = _events("Films of army lorries driving out through Tartar were shared widely.")
    assert [c for _, _, c in events] == [""]


def test_the_reporters_after_an_outlet_are_its_reporters():
    events = _events("APA wrote that its team had reached Aghdam. "
                     "The reporters also said they would then drive on to Fuzuli.")
    assert events[-1][2] == "Azerbaijani media"


def test_reporters_not_after_an_outlet_stay_reporters():
    events = _events("The defence ministry said a lorry was hit near Aghdam. "
                     "The reporters said they would then drive on to Fuzuli.")
    assert events[-1][2] == "reporters"
    events = _events("APA wrote that its team had reached Aghdam. "
                     "Foreign reporters said they would then drive on to Fuzuli.")
    assert events[-1][2] != "Azerbaijani media"
