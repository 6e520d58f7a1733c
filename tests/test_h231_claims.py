"""The head of the ecology ministry's biodiversity service, written Firuddin or Firudin Aliyev, speaks for the
ministry; another Aliyev stays who he is."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 3, 8)


def _claims(text, gazetteer):
    return [(e["place_name"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")]


MINISTRY = "Azerbaijani government (Ministry of Ecology and Natural Resources)"


def test_both_spellings_are_the_ministry(gazetteer):
    for name in ("Firuddin Aliyev", "Firudin Aliyev"):
        assert _claims(f"{name} said rangers had counted wild boar in the Basitchay reserve.",
                       gazetteer) == [("Basitchay State Nature Reserve", MINISTRY)]


def test_another_aliyev_is_not_the_ministry(gazetteer):
    assert _claims("Kamran Aliyev said waste had reached the Hakari River.",
                   gazetteer) != [("Hakari River", MINISTRY)]
