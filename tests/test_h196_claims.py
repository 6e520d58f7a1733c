"""A head's office named without its head ("the prime minister's office said") is the one person of the article
holding that office, even when the table writes the holder's office in short ("Armenian PM (Nikol Pashinyan)"); with
no holder named, the office stays as written."""

from tests.helpers import rows


def _events(text, gazetteer, published="2023-08-19"):
    return [(r["place_name"], r["layer"], r["claimed_by"]) for r in rows(text, gazetteer, published)]


def test_the_prime_minister_s_office_is_the_prime_minister_named_before(gazetteer):
    text = ("On Tuesday the prime minister, Nikol Pashinyan, opened a new school in Sisian, "
            "the prime minister's office said.")
    assert _events(text, gazetteer) == [("Sisian", "other", "Armenian PM (Nikol Pashinyan)")]


def test_the_office_with_no_prime_minister_named_stays_as_written(gazetteer):
    text = "On Tuesday a delegation from Brussels opened a new school in Sisian, the prime minister's office said."
    assert _events(text, gazetteer) == [("Sisian", "other", "prime minister's office")]
