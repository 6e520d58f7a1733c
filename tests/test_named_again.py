"""A name the article placed or glossed before is the same place when a later sentence writes it again, in the
possessive too ("Zorakert's school")."""

import datetime as dt

from geo.extract import extract_text


def test_a_village_placed_at_its_area_is_found_again_in_the_possessive(gazetteer):
    text = ("Azerbaijani forces shelled the village of Zorakert in Armenia's Syunik province on Monday, the Armenian "
            "Defence Ministry said.\n\nArmenia said Azerbaijani troops later fired on Zorakert’s school.")
    found = extract_text(text, dt.date(2022, 9, 14), gazetteer)
    assert [c["place_name"] for c in found] == ["Zorakert", "Zorakert"]
    assert "school" in found[1]["quote"]
