"""Quick tests put before regexes for speed must not change what is found."""

import datetime as dt

from geo.dates import find_dates
from geo.extract.cues import has_stem
from geo.extract.lexicon import INVERTED

PUBLISHED = dt.date(2021, 10, 8)


def _days(sentence):
    return [d.start.isoformat() for d in find_dates(sentence, PUBLISHED)]


def test_day_to_come_is_next_years():
    assert _days("The road will reopen on 3 March.") == ["2022-03-03"]
    assert _days("The road is due to reopen on 3 March.") == ["2022-03-03"]


def test_day_told_as_past_is_this_years():
    assert _days("The road reopened on 3 March.") == ["2021-03-03"]


def test_future_read_in_text_with_letters_beyond_ascii():
    assert _days("Şuşa: the road will reopen on 3 March.") == ["2022-03-03"]
    assert _days("The road wİll reopen on 3 March.") == ["2022-03-03"]   # (?i) folds the dotted capital I


def test_has_stem_on_ascii_and_folded_letters():
    assert has_stem("Troops SHELLED the road", ("shell",))
    assert not has_stem("Troops left the road", ("shell",))
    assert has_stem("Troops left the road near Qazıx", ("shell",))   # a folded letter: always tried


def test_inverted_speaker_after_quote_and_comma():
    assert INVERTED.search('"The road is shut," said Ann Lee, the mayor.').group("who") == "Ann Lee"
    assert INVERTED.search('The road is shut, said Ann Lee, the mayor.').group("who") == "Ann Lee"
    assert INVERTED.search('"The road is shut" joked Ann Lee, the mayor.').group("who") == "Ann Lee"
    assert INVERTED.search("The road is shut, joked Ann Lee, the mayor.") is None    # only a quotation's mark: not a comma
