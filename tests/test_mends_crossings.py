"""A bridge between two towns of one country is no border bridge."""

from tests.helpers import rows


def _places(text, gazetteer):
    return {c["place_name"] for c in rows(text, gazetteer)}


def test_a_bridge_between_two_towns_of_one_country_far_from_the_border(gazetteer):
    assert not ({"Tabriz", "Marand"} & _places("A bridge between Tabriz and Marand was repaired.", gazetteer))
    assert not ({"Tabriz", "Marand"} & _places("The bridge from Tabriz to Marand was repaired.", gazetteer))


def test_a_bridge_across_the_border_keeps_its_bank_abroad(gazetteer):
    # (near: the border bridge the rule was made for)
    found = {n for p in _places("Engineers from both sides surveyed the site of a new bridge between Ordubad and "
                                "Siyahrud.", gazetteer) for n in p.split(";")}
    assert {"Ordubad", "Siyahrud"} <= found, found


# a crossing named with a qualifier between its name and its noun is the gazetteer's crossing, read as "the X crossing"

def _layers(text, gazetteer):
    return {(c["place_name"], c["layer"]) for c in rows(text, gazetteer)}


def test_a_crossing_named_with_a_qualifier_is_the_crossing(gazetteer):
    for text in ("Aid lorries passed through the Margara land crossing on Saturday.",
                 "Aid lorries passed through the Margara border crossing on Saturday.",
                 "Aid lorries passed through the Margara border point on Saturday.",
                 "Aid lorries passed through the Margara crossing point on Saturday."):
        assert ("Margara crossing", "corridors") in _layers(text, gazetteer), text


def test_a_qualified_crossing_keeps_the_layer_of_the_plain_one(gazetteer):
    # closed, or people detained there: the crossing's checkpoint, as with "the Margara crossing"
    for noun in ("crossing", "land crossing", "border point", "crossing point"):
        assert ("Margara crossing", "checkpoints") in _layers(f"The Margara {noun} was closed on Saturday.", gazetteer), noun
        assert ("Margara crossing", "checkpoints") in _layers(f"Two men were detained at the Margara {noun}.",
                                                              gazetteer), noun


def test_a_bare_point_after_a_name_is_no_crossing(gazetteer):
    # (near: "the X point" is as often a firing point or a height's)
    assert "Margara crossing" not in {c["place_name"] for c in rows("The Margara point was closed on Saturday.",
                                                                    gazetteer)}


def test_a_land_crossing_unnamed_is_no_crossing_word(gazetteer):
    # (near: "land" before "crossing" counts only after a name or "the")
    assert not rows("Refugees were crossing the land crossing the river on Saturday.", gazetteer)


def test_a_crossing_put_to_use_to_send_aid_is_a_way(gazetteer):
    text = ("He reminded the deputies that the Margara land crossing had been put to use in February for the first "
            "time in thirty years, to send aid and rescuers to the earthquake zone.")
    assert ("Margara crossing", "corridors") in _layers(text, gazetteer)
    assert ("Margara crossing", "corridors") in _layers("The Margara crossing was used in May to send grain to "
                                                        "Georgia.", gazetteer)


def test_a_checkpoint_put_to_use_or_a_crossing_used_otherwise_stays_a_post(gazetteer):
    # (near: a checkpoint passed stays one; a crossing used by smugglers or for training sends nothing through)
    text = ("Mirzoyan also reminded the committee that the Margara land checkpoint had been used in February for the "
            "first time in thirty years, to send aid and rescuers to the regions of Turkey struck by the earthquake.")
    assert ("Margara crossing", "checkpoints") in _layers(text, gazetteer)
    assert ("Margara crossing", "checkpoints") in _layers("The Margara crossing had been used by smugglers for years.",
                                                          gazetteer)
    assert ("Margara crossing", "checkpoints") in _layers("The Margara crossing is used to train border guards.",
                                                          gazetteer)
