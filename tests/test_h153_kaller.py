"""The lower quarter of Taghavard, "Kaller Taghavard" (CivilNet) or "Taghavard Kaler" (Wikipedia), is Taghavard."""
from geo.gazetteer import load_gazetteer


def test_kaller_taghavard_is_taghavard():
    g = load_gazetteer()
    for name in ("Kaller Taghavard", "Taghavard Kaler"):
        m = g.resolve(name)
        assert (m.place.name, m.how) == ("Taghavard", "exact")


def test_taghavard_itself_unchanged():
    assert load_gazetteer().resolve("Taghavard").place.name == "Taghavard"
