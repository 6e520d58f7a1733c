"""Find date expressions in a news sentence and resolve them against the publication date.

News states dates relative to the day it is published: "on Tuesday",
"overnight", "last week", "since last month", or as a calendar day without a
year ("September 27"). :func:`find_dates` finds those expressions and
:func:`resolve` turns one into an interval with a precision, following the
news convention (TESTING-NOTES, "Relative dates in news"):

* a bare weekday is the most recent such day on or before publication (the
  publication day itself if it is that weekday), unless the sentence speaks of
  the future ("will meet on Thursday", "will of course meet", "won't reopen
  until Monday", "next Monday"), save the day on which that future was said
  ("On Monday, the governor said ... will"); a future reported in the past
  ("said the road would reopen on Saturday") or a plan told in the past ("the
  road was due to reopen on Saturday", whether or not it did) is the day
  planned: the first such day after the day it was said, or the one nearest
  publication; "until Friday" told in the past ("the corridor reopened until
  Friday") is a time limit and states no day (save "did not reopen until
  Friday", the day it did, and a day put off to, "postponed until Friday");
* a day and month without a year is the latest such day on or before
  publication (a report of 5 January about "December 12" means last year),
  unless it goes on a narrative of another time: after "On 12 February 1994
  ..." in a sentence before, "On 13 February" and "in March" are 1994's, and
  so is "in January" looking back ("had"; :func:`narrative_day`), save a day
  in the month before publication when
  the article does not look back on that history ("thirty years ago");
* "overnight" and "last night" are the night before publication (start one
  day before, end on the publication day);
* "last week" is the previous Monday-to-Sunday week, "last month" the
  previous calendar month (precision ``month``);
* "on the eve", "the day before", "the previous day" and "a day earlier" are the day before a day the sentence
  stated before them ("On 10 March ...; on the eve ..."), or the retold history's day, else the day of a
  statement the sentence states after them ("the day before had killed three, the ministry said on Friday"), else
  the day before publication; "on the 12th" is that day of the month the sentence or the history is in, else the
  latest such day on or before publication; "earlier in the week" and "at the start of the month" are the week or
  month of that day or of publication;
* "since ..." opens an interval with no end (a blockade that is still on);
* a span of days ("the night of 26 to 27 October", "between 5 and 7 October",
  "on Saturday and Sunday") starts on its first day and ends on its last; "on Tuesday last week" is that
  day of the week before; a numeric date of a byline (27.10.2020, 27/10/2020)
  is read day first unless its day cannot be a month (10/27/2020).
* a day that recurs ("every Saturday", "on Sundays", "in the evening" of a
  sentence that says "each night") is no date: a habit has no one day, only
  a wider date its sentence gives ("every Saturday in March 2021").

Calendar arithmetic for these forms is done here (it is exact and fast), and
for "three days ago" as ``dateparser`` counts it; ``dateparser`` with
``RELATIVE_BASE`` set to the publication date handles the rest of the long tail
(``resolve``: "a fortnight ago") and is cached.
"""

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta
from . import prefilter

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}


class DateSpan(NamedTuple):
    """A resolved date expression.

    ``start``/``end`` are :class:`datetime.date` (``end`` is None for an open
    interval such as "since last month"); ``precision`` is day, month or year.
    """

    text: str
    begin: int                # character offsets in the sentence
    end_offset: int
    start: dt.date
    end: object               # datetime.date or None
    precision: str
    kind: str                 # calendar | weekday | relative | since


# the months' full names, one alternation for every pattern that needs them
MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
# (a whole word: "3 Martakert villages", "5 Junior officers" name no month; "Mar." and "Sept." keep their dot)
_MONTH = (r"(?P<{n}>" + MONTH_NAMES + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|"
          r"Dec\.?)(?!\w)")
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
# the minutes of a clock time are no day: "14:05 Martakert", "at 08.30 May residents fled" (hours and minutes parted
# by a colon or a dot; a date written with dots, "14.05.2021", is read whole by "numeric")
_NOT_MINUTES = r"(?<!\d[:.])"
_YEAR = r"(?P<{n}>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"

# "in the summer of 2023", "spring 2022", "in early 2023": a season or a part of a year is dated by its year (a
# date's precision is a day, a month or a year)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
# "in the first days of", "the last week of": a part of the month named after it
_DAYS_OF = r"(?:in\s+)?the\s+(?:first|last|final)\s+(?:few\s+)?(?:days|weeks?)\s+of"
# "at the end of", "towards the middle of", "in the first half of": a part of the month or year named after it
_PART_OF = (r"(?:at|by|towards?|in)\s+the\s+(?:end|beginning|start|middle|(?:first|second|latter)\s+half)"
            r"\s+of")
# "the four-day war of April 2016", "the clashes of September": the month of a fighting the sentence names (each
# noun its own fixed-width look-behind, the "of" alone being the match's start)
_FIGHTING_OF = "|".join(f"(?<={noun} )of" for noun in (
    "war", "clashes", "fighting", "offensive", "escalation", "hostilities", "battle", "battles", "attack", "attacks"))
# a month named whole with no day after it ("in March", "last October"; not "March 12th")
_MONTH_ALONE = (r"(?P<m>" + MONTH_NAMES + r")\b"
                r"(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b)")

# "on the eve", "the day before", "the previous day", "a day earlier": the day before a day the sentence stated
# ("the day before the post was set up": the day of another event, which the text does not date). A day counted
# forward ("the next day", "a day later") dates a later act, mostly in a clause of its own, and is left undated,
# like "four days earlier": the places of the sentence keep the day it states.
# "the previous evening" (or morning, afternoon) is a part of that day before: "On 18 May the ministry said units
# had fired the previous evening" tells of the evening of the 17th.
# "the evening before" (or morning, night) is too, and so is one followed by "and" and the next verb of its clause
# ("had taken X the evening before and come closer"), or inside a clause when a preposition follows, which "before"
# cannot govern ("had laid mines the night before between the positions"; not "the day before the war ended"), but not
# an "and" or "but" that joins another preposition to "before" ("the night before and during the vote", "the day
# before and after the talks": before the vote, the talks), nor one that joins the day after an event ("the day before
# and the day after the vote"; "the day before and the day after." counts from the day told before)
# (nor does "before" govern a clause when "had" follows it, the subject's own verb: "said on Friday that shelling in
# X the day before had killed three people"; "the ground lost the day before was back" is left as it was)
_BEFORE_THEN_CLAUSE = (r"\s+(?:(?:and|but)(?!\s+(?:during|after|before|on|at|in|throughout|until|since)\b)"
                       r"(?!\s+the\s+(?:day|night|morning|afternoon|evening)\s+after\s+"
                       r"(?:the|an?|its|their|his|her|this|that)\b)|"
                       r"between|in|at|near|on|around|along|across|from|had)\b")
# (nor when a verb in the simple past follows it with its object, the "had" form without "had": "shelling of X the day
# before killed three people", "the night before hit the school"; "before" cannot govern a verb with no subject, and
# an -ed word before a noun alone, "the day before armed men came", "the day before wounded soldiers were flown out",
# is no verb of the clause)
_BEFORE_THEN_VERB = (r"\s+(?:[a-z]+ed|hit|struck|left|took|shot|cost|cut|sent|blew)\s+"
                     r"(?:\d|an?|the|its|their|his|her|at\s+least|more\s+than|some|several|many|dozens|scores|"
                     r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b")
_COUNTED_BACK = (r"(?:on\s+)?the\s+eve\b(?!\s+of\b)|the\s+previous\s+(?:day|(?:morning|afternoon|evening)\b)|"
                 r"the\s+(?:day|night|morning|afternoon|evening)\s+before(?=\s*(?:[,.;:!?)]|$)|" + _BEFORE_THEN_CLAUSE
                 + r"|" + _BEFORE_THEN_VERB + r")|"
                 r"(?:a|one)\s+day\s+earlier")
# the same on its own, for a date's text: is it a day counted back from another?
COUNTED_BACK = prefilter.compile(_COUNTED_BACK, re.I)

# "Tuesday the thirteenth": the days of the month in words
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_DAY_WORDS = {word: day for day, word in enumerate(
    _UNITS + ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth") + tuple(f"twenty-{u}" for u in _UNITS) + ("thirtieth",
                                                                                            "thirty-first"), 1)}
# ... as a pattern: "twenty-first" or "twenty first", the longest first ("twenty-first" before "first")
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True)).replace("-", r"[-\s]")


def day_of_word(word):
    """The day a word of :data:`_DAY_WORD` names: "second" 2, "Twenty first" 21."""
    return _DAY_WORDS["-".join(word.lower().replace("-", " ").split())]


# "on the second of June", "June the second", "from the first to the third of May": a day of a month in words, read
# as the same day in figures is ("the 2nd of June", "June 2", "1 to 3 May"); only after "the" and with its month
# named ("the second of the three convoys", "a second of silence", "the first of the refugees" date nothing)
_DAY_OR_WORD = r"(?:(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?|the\s+(?P<{n}w>" + _DAY_WORD + r"))"
# "in February of last year", "on 19 February last year": the year named after a month or a day (not "last year's");
# "on 15 March that year", "in May of the same year": the year the text named last (:func:`find_dates`)
_LAST_YEAR = (r"(?P<ly>,?\s+(?:of\s+)?(?:last|this|the\s+previous|that(?:\s+same)?|the\s+same)\s+year\b"
              r"(?!['’]))?")
# "that year", "the same year": the year named before, not one counted from publication
_THAT_YEAR = ("that", "same")

# a count of years, in figures or words: "3 years", "a year", "fifteen years", "twenty-one years" (read by
# :func:`count_value`, the same for every reader of such a count: the time elapsed before "since", an anniversary)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_COUNT_WORD = (r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|" + "|".join(_TEENS) + "|"
               r"(?:" + "|".join(_TENS) + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?")
_YEARS_COUNT = r"\b(?P<num>" + _COUNT_WORD + r")\s+years?"


# the named days of a year a text dates an event by (see the "holiday" kind and :func:`_holiday`): fixed days, and
# Easter counted for its year ("Orthodox Easter" by the Julian reckoning)
_HOLIDAY = (r"new\s+year['’]?s?\s+(?:eve|day)|(?:(?:orthodox|armenian)\s+)?christmas(?:\s+(?:eve|day))?|"
            r"(?:orthodox\s+)?easter(?:\s+sunday)?|"
            r"(?:orthodox\s+)?easter\s+(?:sunday|monday)|victory\s+day|(?:international\s+)?women['’]?s\s+day")
_HOLIDAY_DAYS = {"new year eve": (12, 31), "new year day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
                 "christmas": (12, 25), "victory day": (5, 9), "women day": (3, 8),
                 # Christmas by the Julian reckoning (7 January from 1901 to 2099), and the Armenian Church's 6 January
                 "orthodox christmas eve": (1, 6), "orthodox christmas day": (1, 7), "orthodox christmas": (1, 7),
                 "armenian christmas eve": (1, 5), "armenian christmas day": (1, 6), "armenian christmas": (1, 6)}
# how far back a named day told without its year is still the one just passed ("on New Year's Eve" on 10 January)
_RECENT_HOLIDAY = dt.timedelta(days=21)
# another church's Christmas, whose day the text does not give ("Coptic Christmas 2021"): not 25 December
_OTHER_CHRISTMAS = prefilter.compile(r"\b(?:russian|georgian|serbian|coptic|ethiopian|ukrainian|greek|julian|eastern|old)"
                                     r"(?:\s+orthodox)?\s+$")
# Victory Day is 8 November in Azerbaijan since the 2020 war (9 May in Armenia and Russia): in a sentence that names
# Azerbaijan a bare "Victory Day 2021" may be either, and is left unread
_AZERBAIJANI_CONTEXT = prefilter.compile(r"\b(?:azerbaijan\w*|azeri\w*|baku|aliyev\w*|shusha)\b")


_PATTERNS = [
    # a span of days: "the night of 26 to 27 October", "between 24 and 26 October", "5/6 May", "October 26-27, 2020"
    # (not a number after a slash: "Entry 2024/07 - 13 February 2024" is a log's entry number, then its day)
    # (nor a log entry's plain number: "Entry 12 - 3 May 2023", "log entry 7 - 3 May")
    # ("from the first to the third of May", "the fourth and fifth of October", "the 1st to the 3rd of May": the days
    # in words, or with "the")
    ("drange", _NOT_MINUTES + r"(?<![\d,/])(?<!entry )(?<!entry no\. )(?<!entry no )" + _DAY_OR_WORD.format(n="d1")
     + r"\s*(?:-|–|/|to|and)\s*(?:the\s+)?(?:" + _DAY.format(n="d2") + r"|(?P<d2w>" + _DAY_WORD + r"))" +
     r"\s+(?:of\s+)?" + _MONTH.format(n="m") + r"(?:,?\s+" + _YEAR.format(n="y") + r")?"),
    ("mrange", _MONTH.format(n="m") + r"\s+" + _DAY.format(n="d1") + r"\s*(?:-|–)\s*" + _DAY.format(n="d2") +
     r"(?:,?\s+" + _YEAR.format(n="y") + r")?(?![\d:])"),
    # 27.10.2020, 27/10/2020 (bylines of regional outlets: day first unless the day cannot be a month)
    ("numeric", r"(?<![\d.])(?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)[./]" + _YEAR.format(n="y") + r"(?!\d|\.\d)"),
    # April 23, 2023 / April 23 2023 / 23 April 2023 / April 23 / 23 April
    # ("June the second", "the second of June": see _DAY_OR_WORD)
    ("mdy", _MONTH.format(n="m") + r"\s+(?:" + _DAY.format(n="d") + r"|the\s+(?P<dw>" + _DAY_WORD + r")\b)"
     + r"(?:,?\s+" + _YEAR.format(n="y") + r")?(?![\d:])" + _LAST_YEAR),
    ("dmy", _NOT_MINUTES + r"(?<![\d,])(?:" + _DAY.format(n="d") + r"\s+|the\s+(?P<dw>" + _DAY_WORD + r")\s+(?=of\s))(?:of\s+)?"
     + _MONTH.format(n="m") +
     r"(?:,?\s+" + _YEAR.format(n="y") + r")?" + _LAST_YEAR),
    # in November 2020 / since December 2022 / in the first days of March 2021 (the month, as "early March 2021")
    ("my", r"(?:(?:in|since|from|by|until|during|early|late|mid-?|" + _FIGHTING_OF + "|" + _PART_OF + "|"
           + _DAYS_OF + r")\s+(?:early\s+|late\s+|mid-?)?)" +
     _MONTH.format(n="m") + r"(?:\s+of)?,?\s+" + _YEAR.format(n="y")),
    ("m", r"(?:in|since|from|during|early|late|mid-?|" + _FIGHTING_OF + "|" + _PART_OF + "|" + _DAYS_OF
          + r")\s+(?:early\s+|late\s+|mid-?)?" + _MONTH_ALONE
          + _LAST_YEAR),
    # "last October": the latest such month before the month of publication
    ("lastm", r"last\s+" + _MONTH_ALONE),
    ("iso", r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"),
    # a named day with its year: "on New Year's Eve 1989", "on Christmas Day 1991", "Easter Sunday 1992", "on the eve
    # of New Year's Day 1990" (the day before it); without a year the day is not read (which year is left open)
    ("holiday", r"(?:on\s+)?(?P<eve>(?:the\s+)?eve\s+of\s+)?(?:the\s+)?(?P<hol>" + _HOLIDAY + r")\s+(?:of\s+)?"
     + _YEAR.format(n="y") + r"(?![\d-])"),
    # ... and a fixed named day without its year, the one just before publication: "on New Year's Eve" in an article
    # of 10 January (read only within three weeks of it, see _RECENT_HOLIDAY; not "since" or "before" it, a span;
    # not "every New Year's Eve", a habit; nor a thing the day names that is no day: "the Christmas market", "a
    # Christmas tree", "the Christmas ceasefire")
    ("nearhol", r"(?<!since )(?<!from )(?<!until )(?<!before )(?<!after )(?<!every )(?<!each )(?:on\s+)?"
     r"(?P<eve>(?:the\s+)?eve\s+of\s+)?"
     r"(?:the\s+)?(?P<hol>new\s+year['’]?s?\s+(?:eve|day)|(?:(?:orthodox|armenian)\s+)?christmas(?:\s+(?:eve|day))?)"
     r"(?!\s+(?:of\s+)?\d)(?![\w'’-])"
     r"(?!\s+(?:eve|day|markets?|fairs?|trees?|lights|decorations|truce|ceasefire|holidays?|season|period|week|"
     r"shopping|cards?|gifts?|presents?|sales?|break)\b)"),
    # "on the first Sunday of October", "the last Friday in March 2021": a weekday counted within a month
    ("nthwd", r"(?:on\s+)?the\s+(?P<nth>first|second|third|fourth|last)\s+" + _WEEKDAY +
     r"\s+(?:of|in)\s+" + _MONTH.format(n="m") + r"(?:,?\s+" + _YEAR.format(n="y") + r")?"),
    ("weekday", r"(?:(?P<wmod>last|this|next|on|late|early|since|by|until|from)\s+(?:on\s+)?)?" + _WEEKDAY +
     r"(?:,?\s+the\s+(?P<dom>[0-3]?\d(?:st|nd|rd|th)|" + _DAY_WORD +
     r")\b(?:\s+of\s+" + _MONTH.format(n="m") + r")?)?" +
     r"(?:\s+(?:night|morning|evening|afternoon))?(?P<lastweek>\s+(?:of\s+)?(?:last|the\s+previous)\s+week)?"
     # "on Saturday a fortnight ago", "Tuesday two weeks ago": that weekday, the weeks counted back from the last one
     # (after a comma only as an aside: "on Monday, two weeks ago, ..."; not "on Monday, two weeks ago they hit Y")
     r"(?P<wago>\s+(?:a|one|two|three)\s+(?:fortnight|weeks?)\s+ago\b|"
     r",\s+(?:a|one|two|three)\s+(?:fortnight|weeks?)\s+ago\b(?=\s*(?:[,.;:)]|$)))?"),
    ("anchored", _COUNTED_BACK),
    # "Two days before that", "three days before that": the days counted back from the day told last, in this
    # sentence or the one before ("that" points back to it; a bare "two days earlier" stays undated, see _COUNTED_BACK)
    ("daysback", r"(?P<num>two|three|four|five|six|\d)\s+days\s+before\s+that\b"),
    # "the next day", "a day later": the day after the day the sentence stated last
    ("forward", r"(?:on\s+)?the\s+(?:next|following)\s+day\b(?!\s+(?:of|or)\b)|(?:a|one)\s+day\s+later\b"),
    # "on the same day", "that same day": the day stated last, in this sentence or an earlier one
    # ("the same morning", "that same night": a part of that day; "over the same hours": the hours told, on that day)
    ("sameday", r"(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+(?:day|morning|afternoon|evening|night|hours)\b"
                # a chronology's line opened by "Same night:" or "Same day," with no article: the day of the line before
                r"|^same\s+(?:day|morning|afternoon|evening|night)\b(?=\s*[:,])"),
    # "That morning a group blocked the road", "on that night": the day told last, as "the same day" (not "said that
    # night raids ...": a conjunction, see _THAT_DAY_AFTER)
    # ("later in the day", "earlier in the day" too: the day told last, as "later that day")
    # ("later in the morning": a later part of the day told last, not of the day of the report)
    ("thatday", r"(?:on\s+)?that\s+(?:morning|afternoon|evening|night|day)\b(?!\s+(?:of|before|after)\b)"
                r"|(?:later|earlier)\s+in\s+the\s+day\b|in\s+the\s+(?:first|second|latter)\s+half\s+of\s+the\s+day\b"
                r"|later\s+in\s+the\s+(?:morning|afternoon|evening|night)\b"),
    # "on the 12th", "on the morning of the 12th", "from the 21st to the 23rd", "since the 10th": a day of the month
    # the sentence or the publication is in (a span of such days, or one still going on, starts on its first)
    ("ordinal", r"(?:on|from|between|since)\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
                r"(?:(?P<od>[0-3]?\d)(?:st|nd|rd|th)|(?P<odw>" + _DAY_WORD + r"))"
                # ("of this month's three runs" counts runs: no day)
                r"(?P<ofm>\s+of\s+(?:this|last|the\s+previous)\s+month(?![’']s))?"
                r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                # (nor the first day of a span of a month's days, "from the 1st to the 3rd of May", which "drange" reads)
                r"(?!\s*(?:-|–|to|and)\s*(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?|" + _DAY_WORD + r")\s+(?:of\s+)?"
                r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"),
    ("overnight", r"(?:the\s+)?(?:last\s+)?overnight|last\s+night|the\s+day\s+before\s+yesterday|(?:late\s+)?yesterday(?:\s+(?:morning|"
                  r"afternoon|evening))?|"
                  r"(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight|"
                  # a flash's "before dawn": the small hours of the day it is filed (not "before dawn on Tuesday")
                  r"(?:(?:just|shortly|well)\s+)?before\s+(?:dawn|daybreak)(?!\s+(?:on|of|the|that|yesterday|tomorrow|[a-z]+day)\b)|"
                  r"(?:early\s+|late\s+)?in\s+the\s+(?:morning|afternoon|evening)(?!\s+of\b)|"
                  # a story going on through its day, at a sentence's opening: "By the afternoon the president said"
                  r"^by\s+the\s+(?:afternoon|evening)\b(?!\s+of\b)"),
    ("period", r"(?:since\s+)?(?:last|this|past|previous|(?:over|at)\s+the(?=\s+weekend)|(?P<inthe>earlier\s+in\s+the|"
               r"(?:at|since)\s+the\s+(?:start|beginning)\s+of\s+the))\s+(?P<unit>weekend|week|month|year)"),
    # (a count past ten in words too: "fifteen years ago", "twenty-five years ago", as ``count_value`` reads it)
    ("ago", r"(?<!-)(?P<num>\d+|" + _COUNT_WORD + r"|several|few)\s+"
            r"(?P<agounit>days?|weeks?|fortnights?|months?|years?)\s+ago"),
    ("year", r"(?:(?:in|since|during|by|" + _PART_OF + "|"
             r"(?:in\s+)?(?:the\s+)?" + _SEASON + r"(?:\s+of)?|(?:in\s+)?(?:early|late))\s+|(?:in\s+)?mid-)"
             r"(?P<yr>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"),
]
# What each kind can begin with, in lower case: tested before the kind's pattern, a word start that cannot open it
# is passed over at once (the patterns, each in a named group, would otherwise each be entered at every word)
_FIRST = {"drange": r"[\dt]", "mrange": "[adfjmnos]", "numeric": r"\d", "mdy": "[adfjmnos]", "dmy": r"[\dt]",
          "my": "[abdefilmostu]", "m": "[abdefilmost]", "iso": "[12]", "holiday": "[aceinotvw]", "nearhol": "[acenot]",
          "nthwd": "[ot]", "weekday": "[beflmnostuw]",
          "anchored": "[aot]", "daysback": r"[\dfst]", "forward": "[aot]", "sameday": "[ots]", "thatday": "[eilot]",
          "ordinal": "[bfos]",
          "overnight": "[bjsweiloty]", "period": "[aelopst]",
          "ago": r"[\daefnost]", "year": "[abdefilmstw]", "lastm": "l"}
# every character a kind can begin with, in one class: a word start that opens no kind is passed over before the
# kinds are tried one by one (each kind still tests its own first letters, so no match is lost)
_FIRST_ANY = "[" + "".join(c[1:-1] if c.startswith("[") else c for c in (_FIRST[name] for name, _ in _PATTERNS)) + "]"
# One pass over the lower-cased sentence (faster than re.I); alternatives in order of preference.
_RX = prefilter.compile(r"(?<!\w)(?=" + _FIRST_ANY + r")(?:"
                        + "|".join(f"(?={_FIRST[name]})(?P<_{name}>\\b{rx.replace('(?P<', f'(?P<{name}_')})"
                            for name, rx in _PATTERNS)
                        .lower().replace("(?p<", "(?P<") + ")")    # (?<!\w)(?=...): try word starts only
# each kind's named groups in _RX, with their names in the kind's pattern: ("mdy_m", "m")
_KIND_GROUPS = {name: [(key, key[len(name) + 1:]) for key in _RX.groupindex if key.startswith(name + "_")]
                for name, _ in _PATTERNS}
# the things that come one after another, whose "the next" is the following one of them and no tense
_SERIES_NOUNS = ("stage", "round", "session", "phase", "step", "batch", "group", "convoy", "wave", "meeting",
                 "shipment", "tranche", "consignment", "delivery", "transfer", "rotation", "target",
                 "objective")
# (the words' first letters are tested first, as in _ANY_DATE below; "next to the village" is a place, not a time,
# "the next morning" is the day after a day told in the past, and "the next stage", "the next round" is the
# following one of a series (_SERIES_NOUNS), told in any tense; "the next week", "the next two weeks", "the next
# months", "the next 48 hours" still look ahead)
# ("will" the noun is no tense: "both sides' will to build confidence", "the political will of"; but "will of
# course" is; nor is a guess about what readers already know: "readers will have seen the news of Monday", "you will
# have heard that ..." looks back; only a notice's own public, readers, viewers, listeners, members, subscribers or
# "you", or any subject with "already" after the verb, then a colon or "that": "will have heard already: on Tuesday";
# "by Friday the convoy will have seen the worst", "the monitors will have noticed by Monday", "will have seen already
# the new positions when they arrive on Monday" still look ahead)
FUTURE_TENSE = prefilter.compile(r"\b(?=[ainpw])((?<!['’] )(?<!['’]s )(?<!the )(?<!political )(?<!good )"
                     r"will(?! to\b| of\b(?! course\b)|(?:(?<=you will)|(?<=readers will)|(?<=viewers will)|"
                     r"(?<=listeners will)|(?<=members will)|(?<=subscribers will)|(?<=followers will)|"
                     r"(?<=many will)|(?<=most will))\s+(?:already\s+)?have\s+(?:already\s+)?"
                     r"(?:seen|heard|read|noticed|watched|followed)\b|"
                     # (any public's "will have heard already": "Members from X will have heard already: ...")
                     r"\s+have\s+(?:seen|heard|read|noticed|watched|followed)\s+already(?=\s*[:;—–]|\s+that\b))|"
                     r"won['’]t|is going to|are going to|"
                     r"is due|are due|is planned|are planned|is set to|are set to|is scheduled|are scheduled|"
                     r"plans? to|planned to|is expected to|are expected to|is to|are to|"
                     r"(?:(?<!the )next|next(?!\s+(?:" + "|".join(_SERIES_NOUNS) + r")s?\b))"
                     r"(?!\s+(?:to|day|morning|afternoon|evening|night)\b))\b", re.I)
# a word every FUTURE_TENSE match holds: a quick test before the search, for speed (a text with a letter other than
# ASCII is always searched, as (?i) folds some of them to ASCII ones)
_FUTURE_WORDS = ("will", "won", "going to", "due", "plan", "set to", "scheduled", "expected to", "is to", "are to", "next")
# "must leave by November 20": a deadline written after publication day is still to come
# the end of a period told after its start: "..., at first until 30 September", "till 5 May"
_UNTIL_BEFORE = prefilter.compile(r"\b(?:until|till)\s+(?:the\s+)?$")
# (but the day a thing is put off to is its day: "agreed to postpone until 25 November the handover")
_PUT_OFF = prefilter.compile(r"\b(?:postpon|delay|defer|put\s+off|push(?:ed)?\s+back|reschedul|extend)\w*\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:until|till)\s+(?:the\s+)?$")
# "The corridor reopened until Friday", "stayed with relatives in Goris until Wednesday": a bare weekday after
# "until" in a sentence that is not of the future is the end of a time limit, no day of the event, which the
# sentence does not state (nor the latest such day before publication, as a bare weekday is read); "won't reopen
# until Monday", "said the road would stay closed until Friday" look ahead as before, "did not reopen until Friday",
# "it was not until Friday that" tell the day it was done, and a day put off to is its day (``_PUT_OFF``)
_UNTIL_WEEKDAY = prefilter.compile(r"\b(?:until|till)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_NOT_UNTIL = prefilter.compile(r"(?:\b(?:not|never|only)|n['’]t)\b[^,;.:!?]*$")


def _until_weekday(g, lower, begin):
    """Where the "until" (or "till") that ends a time limit at a bare weekday begins, for the weekday match at
    ``begin`` ("until Friday", "till late on Friday"), or None; none after a negation ("did not reopen until
    Friday": the day it reopened)."""
    if g.get("lastweek") or g.get("wago") or g.get("dom"):
        return None
    if (g.get("wmod") or "").lower() == "until":
        until = begin
    elif (g.get("wmod") or "").lower() in ("on", "late", "early", ""):
        found = _UNTIL_WEEKDAY.search(lower, max(0, begin - 20), begin)
        if found is None:
            return None
        until = found.start()
    else:
        return None
    return None if _NOT_UNTIL.search(lower, max(0, until - 80), until) else until


_DEADLINE = prefilter.compile(r"\b(?:by|until|till|no later than)\s+(?:the\s+)?$", re.I)
DEADLINE_DAYS = 120
# "would meet in Vienna on April 5", written on 3 April: a day a few weeks after publication is that
# day to come, not the same day of the year before, whatever the tense says
NEAR_AHEAD_DAYS = 31
_DATE_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed",
               "thu", "fri", "sat", "sun", "overnight", "night", "yesterday", "today", "tonight", "dawn", "daybreak", "week", "month",
               "year", "morning", "afternoon", "evening", "day", "ago", "eve\\b", "fortnight", "same\\s+hours",
               # "on the thirteenth": a day of the month in words
               "on\\s+the\\s+(?:twenty-|thirty-)?(?:first|second|third|[a-z]+th)\\b")
# (a word start is first tested for the words' first letters: most are skipped at once, 2-3x faster)
_ANY_DATE = prefilter.compile(r"\d|\b(?=[" + "".join(sorted({w[0] for w in _DATE_WORDS})) + r"])(?:" + "|".join(_DATE_WORDS)
                              + ")", re.I)
# The same test on the lower-cased sentence (when lower-casing keeps its length): a digit, or a word opening with a
# date word, each written from its first letter with the word start tested after it, which the regex engine scans
# for at C speed (every _RX match has one of them: the sentence without them has no date)
_DIGIT = prefilter.compile(r"\d")
_DATE_WORD_START = prefilter.compile("|".join(f"{c}(?<!\\w.)(?:{'|'.join(w[1:] for w in _DATE_WORDS if w[0] == c)})"
                                       for c in sorted({w[0] for w in _DATE_WORDS})))
# what may come before "that morning" read as a day: the sentence's start, a comma, or a word that opens a time
# ("and that evening", "later that day"); after a verb it is a conjunction ("reported that night raids ...")
# "born in 1982", "born on 3 May 1975": a birth date says how old someone is, not when what the sentence tells happened
_BORN_BEFORE = prefilter.compile(r"\bborn\s+(?:on\s+)?$", re.I)
# a day in quotation marks before a capitalised noun names a thing: the "8 November" Power Plant, '28 May' Street,
# the "20 January" square (a name given after a day, no date of the news)
_QUOTED_DAY_NAME = prefilter.compile(r"""["“'‘]\s*$""")
_NAME_AFTER_QUOTE = prefilter.compile(r"""\s*["”'’]\s+[A-Z][a-z]""")
# "told the agency that afternoon that he had flown over X", "said that afternoon that part of the road ...": a "that"
# clause right after it, so the first "that" is the day's (the conjunction comes after)
_THAT_CLAUSE_NEXT = prefilter.compile(r"\s+that\s+(?!that\b)[a-z]")
_THAT_DAY_AFTER = prefilter.compile(r"(?:^|[,;:(—–-]|\b(?:and|but|then|later|earlier|late|early|only|until|by|since|from|on))\s*$")
# "entered the villages that day, the president said": a time told, which its clause ends on, or which a
# preposition follows ("fired heavily that morning at the positions", "opened fire that night on the village")
_CLAUSE_END = prefilter.compile(r"\s*[,.;:]|\s+(?:and|but|when|before|after|at|on|near|towards?|against|into)\b")
_SINCE = prefilter.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
# a time counted back from today to what follows: "nearly a year has passed since we left X on 2 April", "it is three
# months since the road closed on 5 May" (what follows is before publication, never in the weeks after it)
_ELAPSED_SINCE = prefilter.compile(r"\b(?:(?:has|have)\s+(?:now\s+)?(?:passed|gone\s+by|elapsed)|"
                                   r"(?:years?|months?|weeks?|days?)(?:\s+have|\s+has)?)\s+since\b", re.I)


def count_value(num, default=0):
    """The number a count written by ``_COUNT_WORD`` (or "several", "few") stands for: "3" 3, "a" 1, "fifteen" 15,
    "twenty-one" 21; ``default`` for any other word."""
    num = num.lower()
    if num.isdigit():
        return int(num)
    tens, _, unit = num.partition("-")
    if tens in _TENS:
        return _TENS[tens] + _NUMBERS.get(unit, 0)
    return _TEENS.get(num) or _NUMBERS.get(num, default)


# the years it counts: "two years have passed since", "it has been 3 years since", "twenty years have passed since"
# ("several years": three, as "several days ago" counts)
_YEARS_COUNTED = prefilter.compile(r"\b(?P<num>" + _COUNT_WORD + r"|several|few)\s+years?\s+(?:(?:has|have)\s+(?:now\s+)?"
                                   r"(?:passed|gone\s+by|elapsed)\s+|(?:has|have)\s+)?since$", re.I)


# A sentence can tell what happened and what is to come: "Traffic was stopped on Wednesday, and the road is due
# to come under Azerbaijani control". A date that a verb in the past governs directly ("was stopped on Wednesday",
# "officials said on Tuesday that ... will") is past; a date a past verb only announces is not ("announced
# elections for 20 June", "it was agreed to hold talks on 12 May").
# (with "on" before a day written with its month: "was opened on 26 October", a done deed's "-ed" only, not a plan's
# "was due on", "was set on")
_PAST_VERB_BEFORE = prefilter.compile(r"(?:\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?[a-z]+|\b(?:said|told|announced|"
                                      r"reported|stated|confirmed|added))\s+(?:(?:late|early)\s+)?$"
                                      r"|\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?!(?:scheduled|planned|slated|expected)\b)"
                                      r"[a-z]+ed\s+on\s+$", re.I)


# "On Monday, the governor said the market will reopen": a date before the future, with a past verb of saying
# between them, is the day it was said
_SAID = prefilter.compile(r"\b(?:said|told|announced|reported|stated|confirmed|added|declared)\b", re.I)


def _said_before_future(sentence, end, futures):
    """Is the date ending at ``end`` before every future word of the sentence (``futures``: their offsets), with a
    past verb of saying between it and the first?"""
    return bool(futures) and end <= futures[0] and bool(_SAID.search(sentence, end, futures[0]))


# "On Monday he laid the foundation of an airport that will take cargo planes": a future right after "that" or
# "which" tells what a thing named is to be, not when the sentence's act is; it makes no date before it a day to come
# ("the bridge that will open on Monday" still does; not after a verb of saying: "said that will take time")
_DESCRIBED_FUTURE = prefilter.compile(r"\b(?<!said )(?<!told )(?<!announced )(?<!added )(?:that|which)\s+$", re.I)


# a time ahead in the rest of such a clause, up to a comma or a semicolon, is the thing's too: "on the plane that is
# to start regular flights next week" (the flights' time, not the sentence's act's; not "next" of anything else:
# "elections for 20 June, which will decide the next government")
_CLAUSE_BREAK = prefilter.compile(r"[,;:]")
_NEXT_TIME = prefilter.compile(r"next\s+(?:week|weekend|month|year|spring|summer|autumn|winter|monday|tuesday|wednesday|"
                               r"thursday|friday|saturday|sunday)\b", re.I)


def _not_described_after(sentence, end, futures):
    """The future words (``futures``: their offsets) that may make the date ending at ``end`` a day to come: those
    after it that only describe a thing named ("an airport that will ...", and a time ahead later in that clause) are left
    out."""
    kept, described = [], None
    for f in futures:
        if f >= end and (_DESCRIBED_FUTURE.search(sentence, max(0, f - 20), f)
                         or (described is not None and _NEXT_TIME.match(sentence, f)
                             and not _CLAUSE_BREAK.search(sentence, described, f))):
            described = f
            continue
        kept.append(f)
    return kept


# "the ministry said the road would reopen on Saturday": a future reported in the past (not what "would have"
# happened). A day after it is the first one on or after the day it was said, when the sentence states that day
# ("said on Friday that the market would reopen on Sunday"); else the one nearest publication, which the saying
# shortly precedes: written on a Wednesday, "would reopen on Saturday" is three days later, "would start on
# Tuesday night" the night before.
# A plan told in the past is such a future too: "the ferry was due to sail on Saturday", "the talks were to open on
# 20 June", "had been scheduled for Friday". The day it holds is the day planned, as for "will" and "would", whether
# or not it came ("was due to sail on Monday, but the storm kept it in port"): not the latest such day before
# publication, as if it were a day the thing was done; but "was to have sailed on Saturday", like "would have",
# tells a day gone by.
_PLAN_VERB = r"(?:was|were|had\s+been)\s+"
# A plan's "to" takes a verb: before "have" (a day gone by) or a noun phrase it is no plan, but a cause ("the delay
# was due to shelling on Saturday", "due to a storm", "due to repairs") or a way ("troops were going to Sisian on
# Friday"): a determiner, a capitalised name, an -ing word or a plural after it
_NO_VERB_AFTER_TO = (r"(?!\s+(?:have|the|an?|its|their|his|her|this|that|these|those|(?-i:[A-Z])[\w'’-]*|"
                     r"(?!bring\b)[\w-]+ing|[\w-]+[^s\W]s)\b)")
# ("had been to Lachin on Monday" is a visit: only "was" and "were" make a plan of "to" alone)
_REPORTED_FUTURE = prefilter.compile(r"(?=[hw])\b(?:would(?:n['’]t)?\b(?!\s+(?:not\s+)?have\b)|"
                                     r"(?:(?:was|were)\s+|" + _PLAN_VERB +
                                     r"(?:due|expected|scheduled|set|supposed|slated|planned|meant|going)\s+)to\b" +
                                     _NO_VERB_AFTER_TO + r"|" + _PLAN_VERB + r"(?:due|scheduled|set|slated|planned)\s+for\b)",
                                     re.I)
# the words one of them holds: a sentence without any is no reported future (the regex is not run)
_REPORTED_FUTURE_WORDS = ("would", "was ", "were ", "been ")
_YEARLESS_KINDS = ("mdy", "dmy", "drange", "mrange", "m")


def _reported_future(sentence, begin):
    """Does "would" or a plan told in the past ("was due to") stand before the date at ``begin``, which no past verb
    governs directly ("would connect the two, officials said on Wednesday": the day they said it)?"""
    return bool(_REPORTED_FUTURE.search(sentence, 0, begin)) and not _past_verb_before(sentence, begin)


def _looks_ahead(kind, g, hint, narrative):
    """Can a date of this kind after "would" look forward? A weekday (not "last", "next" or "since Friday"), or a day or
    month without a year that no year of the sentence nor a retold history dates ("the commander said the column
    would set out on 14 March", in a history of 1993, is 1993's)."""
    if kind == "weekday":
        return not g.get("lastweek") and (g.get("wmod") or "").lower() not in ("last", "next", "since")
    return kind in _YEARLESS_KINDS and not g.get("y") and hint is None and narrative is None


def _said_on(spans, published):
    """The day the sentence's dates so far last state, not after publication (when it was said), or None."""
    days = [s.start for s in spans if s.precision == "day" and s.end is not None and s.start <= published]
    return days[-1] if days else None


def _weekday_reported(target, said, published):
    """A weekday of a reported future: the first on or after the day it was ``said``, else the nearest to
    publication."""
    if said is not None:
        d = said + dt.timedelta(days=(target - said.weekday()) % 7)
    else:
        back = (published.weekday() - target) % 7
        d = published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)
    return d, d, "day", "weekday"


def _past_verb_before(sentence, begin):
    """Does a verb in the past stand right before the date at ``begin`` ("was stopped on Wednesday")?"""
    return bool(_PAST_VERB_BEFORE.search(sentence, max(0, begin - 40), begin))


# What is done again and again has no one day: "traders would drive to Goris every Saturday", "on Sundays", "each
# Friday night"; and in a sentence of such a habit ("the checkpoint would close in the evening, every day"), a time of
# day is the habit's, not the publication day's. The habit is dated only by a wider date of its sentence ("every
# Saturday in March 2021": that month), else not at all.
_EVERY_BEFORE = prefilter.compile(r"\b(?:every|each)\s+(?:other\s+|single\s+)?$")
_PLURAL_END = prefilter.compile(r"s\b")
# (not a paper's name: "Daily Sabah reported", "the Daily Telegraph")
_REPEATED = prefilter.compile(r"\b(?:(?:every|each)\s+(?:day|night|morning|afternoon|evening|week|weekend)|nightly|"
                              r"daily(?!\s+(?-i:[A-Z])))\b", re.I)
_TIME_OF_DAY = ("in the", "early in", "late in")


def _habitual(kind, m, lower, sentence):
    """Is the date matched by ``m`` (in the lower-cased sentence) a day that recurs: a weekday after "every" or
    "each", or in the plural ("on Saturdays", "Friday nights"), or a time of day in a sentence of a habit ("each
    night", "daily")?"""
    if kind == "weekday":
        return bool(_EVERY_BEFORE.search(lower, max(0, m.start() - 20), m.start())
                    or _PLURAL_END.match(lower, m.end("weekday_wd"))
                    or _PLURAL_END.match(lower, m.end()))
    return (kind == "overnight" and m.group(0).lstrip().startswith(_TIME_OF_DAY)
            and bool(_REPEATED.search(sentence)))


def _year_before(day, years=1):
    """The same day ``years`` years before (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _elapsed_years(sentence, begin):
    """How many years the time counted back from today before ``begin`` spans ("two years have passed since ... 2
    April": 2), when the day at ``begin`` is in its clause; None when no such count stands there ("it has been weeks
    since the talks, and the next round is set for 20 February": the day is of another clause)."""
    elapsed = None
    for elapsed in _ELAPSED_SINCE.finditer(sentence, 0, begin):
        pass
    if elapsed is None or _WHEN_CLAUSE_END.search(sentence, elapsed.end(), begin):
        return None
    count = _YEARS_COUNTED.search(sentence, max(0, elapsed.start() - 30), elapsed.end())
    return count_value(count.group("num"), 1) if count else 1


def _after_since(sentence, begin):
    """Does "since" (or "since early", "late", "mid") stand just before ``begin``? The regex, anchored there, runs
    only when the text before ends in one of those words."""
    before = sentence[:begin]
    return (before.rstrip().casefold().endswith(("since", "early", "late", "mid", "mid-"))
            and bool(_SINCE.search(before)))


# a speaker telling in the present tense, right before the words: "the ministry says that", "reports that" (a verb
# that is also a plural noun only with its "that": "media reports earlier in the day" are reports of that day)
_SAYS_NOW_BEFORE = prefilter.compile(r"\b(?:(?:says|writes|announces|confirms|tells\s+\w+)(?:\s+that)?|"
                                     r"(?:reports|claims|states)\s+that)\s+$")

# nothing before a month but quotes or a connective: it opens the sentence ("In February ...", "Then in March ...")
# (a month looked back to opens it too: "Back in October, on the 16th, ...", "Already in May, on the 3rd, ...")
_OPENS_SENTENCE = prefilter.compile(r"[\s\"“‘(]*(?:(?:and|but|then|later|earlier|also|back|already)\s+)?", re.I)

# a part of the day alone, no day named: "in the afternoon", "early in the morning", "by the evening" (not "this
# morning")
_PART_OF_DAY = prefilter.compile(r"(?:early\s+|late\s+)?in\s+the\s+(?:morning|afternoon|evening)\b|"
                                 r"by\s+the\s+(?:afternoon|evening)\b")


@lru_cache(maxsize=8)
def _date_matches(lower):
    """The matches of ``_RX`` in a lower-cased sentence. (Cached: the extractor reads a sentence's dates twice, against
    publication alone and then with what the sentences before it told, and the regex pass is the same.)"""
    return tuple(_RX.finditer(lower))


# what parts "the same day" from a day set after it in apposition: a comma alone ("on the same day, yesterday,")
_APPOSED_DAY = prefilter.compile(r",\s*")

def find_dates(sentence, published, narrative=None, retold=False, told=None, entry=None, anniversary=0,
               previous=None, year_named=None, month_before=None, years_named=None):
    """Every date expression of a sentence, resolved against the publication date.

    Parameters
    ----------
    sentence : str
    published : datetime.date
    narrative : datetime.date, optional
        The day a retold history stated last, before this sentence (:func:`narrative_day`): a day and month without
        a year that follows it within weeks is that narrative's day.
    retold : bool
        Whether the article looks back on that history from today ("thirty years ago this week"): the days of a
        history older than last year are carried even when they fall in the month before publication
        (:func:`_day_without_year`).
    told : datetime.date, optional
        The last day an earlier sentence stated: "on the Sunday", "the following Monday" is the first such weekday
        after it (:func:`_told_weekday`).
    entry : datetime.date, optional
        The day of the diary entry or dated release the sentence is under: "That morning" is that day. Without it
        "that morning" is the day the sentence itself stated ("On Tuesday ..., and that evening ..."), else the day
        an earlier sentence stated (``told``).
    anniversary : int, optional
        The years an anniversary piece looks back ("A year ago today": 1, :func:`anniversary_years`): a day of
        that season without its year is that year's, unless the sentence itself looks back from today.
    previous : datetime.date, optional
        The one day the sentence before stated, "yesterday" too: a part of the day with no day of its own ("In the
        afternoon a guard was wounded") is that day's, not the day of publication.
    month_before : datetime.date, optional
        The first day of the one month (and no day) stated last, earlier in the sentence's paragraph: "on the 16th"
        with no month of its own sentence is that month's day.
    year_named : int, optional
        The last year an earlier sentence wrote ("The project goes back to March 2021."): "On 15 March that year" is
        that year's day, unless the sentence itself names a year before it.
    years_named : sequence of int, optional
        The years earlier sentences wrote, latest first: a day written with a weekday that does not fit the year it
        is read in may be of one of them (:func:`_year_of_weekday`).

    Returns
    -------
    list of DateSpan
        In order of appearance; expressions that cannot be resolved are left out.

    Examples
    --------
    >>> import datetime as dt
    >>> [d.start.isoformat() for d in find_dates("Shelling resumed on Tuesday.", dt.date(2020, 10, 8))]
    ['2020-10-06']
    """
    lower = sentence.lower()
    if len(lower) == len(sentence):
        if not (_DIGIT.search(lower) or _DATE_WORD_START.search(lower)):
            return []                    # most sentences: no date word at all
    elif not _ANY_DATE.search(sentence):
        return []
    else:                                # a letter whose lower case is longer: keep offsets
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in sentence)
    # looking back only a year ("A year ago, on 13 September 2022 ...") sets last year's days against this year's:
    # only an older history keeps the days of the month before publication
    retold = retold and narrative is not None and narrative.year < published.year - 1
    may_be_future = not sentence.isascii() or any(map(lower.__contains__, _FUTURE_WORDS))
    futures = [f.start() for f in FUTURE_TENSE.finditer(sentence)] if may_be_future else []
    would = any(w in lower for w in _REPORTED_FUTURE_WORDS)   # (a reported future is looked for only then)
    spans, year = [], None                 # the year a date of the sentence stated, for the later ones without
    counted = set()                        # where the days counted from another ("the day before") begin
    near_holidays = set()                  # where a named day of the last weeks told without its year begins
    same_day = set()                       # where "on the same day" begins
    month_told = None                      # (year, month) of a month the sentence named with its year
    carried = set()                        # where a part of the day carried from the sentence before begins
    for m in _date_matches(lower):
        kind = m.lastgroup[1:]
        g = {}
        for key, name in _KIND_GROUPS[kind]:
            first, last = m.span(key)   # (one call, not three: a group is (-1, -1) when it took no part)
            if last > first:
                g[name] = sentence[first:last]
        if (g.get("m") and not g["m"][0].isupper()) or (g.get("wd") and not g["wd"][0].isupper()):
            continue                     # "may", "march": verbs, not months
        if g.get("dw") and kind == "mdy" and not g.get("y") and not _ORDINAL_END.match(sentence, m.end()):
            continue                     # "June the second round": a noun numbered, no day of the month
        for key in ("d", "d1", "d2"):
            if g.get(key + "w"):         # "the second of June": read as "the 2nd of June"
                g[key] = str(day_of_word(g.pop(key + "w")))
        if g.get("ly") and g["ly"].split()[-2].lower() in _THAT_YEAR:
            # "On 15 March that year": the year written last, in this sentence or before it (none known: no year)
            named = None
            for named in YEAR_IN.finditer(sentence, 0, m.start()):
                pass
            named = int(named.group()) if named else year_named
            del g["ly"]
            if named:
                g["y"] = str(named)
        if _BORN_BEFORE.search(sentence, max(0, m.start() - 9), m.start()):
            continue                     # "born in 1982": a birth, no date of the news
        if _QUOTED_DAY_NAME.search(sentence, max(0, m.start() - 2), m.start()) \
                and _NAME_AFTER_QUOTE.match(sentence, m.end()):
            continue                     # the "8 November" Power Plant: a name, no date of the news
        if _habitual(kind, m, lower, sentence):
            continue                     # "every Saturday", "on Sundays": a day that comes again is no one day
        deadline = kind in ("mdy", "dmy", "drange", "mrange") and bool(_DEADLINE.search(sentence, max(0, m.start() - 20), m.start()))
        ahead = _not_described_after(sentence, m.end(), futures)
        here_future = (bool(ahead) and not _past_verb_before(sentence, m.start())
                       and not _said_before_future(sentence, m.end(), ahead))
        # "On 6 April 1993 ..., and at the end of April": a month without its year, after a date of the sentence
        # that stated one, is that year's (not for a date to come, nor after "since")
        hint = year if kind == "m" and not here_future else None
        # the day a counted date is counted from ("Two days earlier, on 18 October", "the following Monday", "on the
        # same day"): the last day told, in this sentence or before it
        anchor = _anchor(spans, narrative) or ((told, told) if told else None)
        # "after the 2020 war, when the statement of 10 November ...": a day in a "when" clause said of a year is
        # that year's day
        if kind in ("mdy", "dmy", "drange", "mrange") and not here_future and not g.get("y"):
            hint = _when_year(sentence, m.start())
            if hint is None and kind in ("mdy", "dmy") and not deadline:
                hint = _opening_year(sentence, m.start(), published)
            if hint is None and kind in ("mdy", "dmy") and not deadline \
                    and not (would and _reported_future(sentence, m.start())):
                hint = _year_told_before(spans, sentence, m.start(), published)
            if hint is None and kind in ("mdy", "dmy") and _COUNTED_TO.search(sentence, max(0, m.start() - 40),
                                                                              m.start()):
                hint = _counted_year(g, anchor)
            if hint is None and month_told and MONTHS[g["m"].rstrip(".").lower()] == month_told[1]:
                hint = month_told[0]     # "In March of last year ... on the night of 8 March": that March's day
            if hint is None and kind in ("mdy", "dmy") and not deadline:
                hint = _that_season_year(sentence, year_named, published, m.start())
            if hint is None and kind in ("mdy", "dmy") and not deadline and not would and narrative is None:
                hint = _told_year_ahead(g, published, year_named, sentence)   # (a retold history's own day first)
        if (kind == "m" and hint is None and narrative and not here_future
                and (retold or not _recent_month(MONTHS[g["m"].lower()], published))):
            # "On 12 February 1994 ..." then "in March"
            hint = _month_in_narrative(MONTHS[g["m"].lower()], narrative, sentence)
        if kind == "ordinal" and not g.get("ofm") and not _ORDINAL_END.match(sentence, m.end()):
            continue                     # "on the 58th kilometre", "the 12th Brigade": no day of the month ("of this
                                         # month" after it says it is one, whatever follows)
        if kind == "ordinal" and lower.startswith("since", m.start()) \
                and _FIRST_SINCE.search(lower, max(0, m.start() - 50), m.start()):
            continue                     # "the first casualties since the 3rd", "the worst since the second": the
            # span a count or a comparison runs over, not when a state began
        if g.get("dom") and not g.get("m") and not _ORDINAL_END.match(sentence, m.end("weekday_dom")):
            del g["dom"]                 # "on Tuesday the second round began": a noun numbered, no day of the month
        told_weekday = _TOLD_WEEKDAY.search(lower, max(0, m.start() - 20), m.start()) \
            if kind == "weekday" and anchor else None
        # "the same Sunday" names the day told itself, as "that Sunday" does, when it is that weekday ("On Sunday
        # the bridge closed. The same Sunday morning a soldier was killed"), not the Sunday after it
        weekday = WEEKDAYS[g["wd"].lower()] if told_weekday else None
        that_day = bool(told_weekday) and told_weekday.group("that") == "that"
        if that_day and (g.get("wmod") or anchor[1].weekday() != weekday):
            told_weekday = None          # "said that on Thursday": a conjunction; "that Sunday" is the day told only
        if told_weekday and told_weekday.group(0).strip() == "the" and _WEEKDAY_NOUN.match(lower, m.end()):
            told_weekday = None          # "for the Sunday service": the weekday names the service, no day after one told
        same = bool(told_weekday) and "same" in told_weekday.group(0)
        if told_weekday:
            # ("the same Sunday": the day told when it is a Sunday, else, a day told after it, "On Sunday 30 April ...
            # On Monday 1 May ... The same Sunday", the Sunday before it, never one after)
            day = anchor[1] if that_day else (anchor[1] - dt.timedelta(days=(anchor[1].weekday() - weekday) % 7)
                                              if same else _told_weekday(weekday, anchor))
            spans.append(DateSpan(sentence[m.start():m.end()], m.start(), m.end(), day, day, "day", "weekday"))
            continue                     # "on the Sunday", "the following Monday": a day of the week told
        if kind == "thatday":
            if "that" in lower[m.start():m.end()] and not (_THAT_DAY_AFTER.search(lower, 0, m.start())
                                                            or _CLAUSE_END.match(sentence, m.end())
                                                            or _THAT_CLAUSE_NEXT.match(lower, m.end())):
                continue                 # "said that night raids had stopped": a conjunction and a noun
            # (without a day of its own sentence or an entry, "that day" is the day an earlier sentence stated, "On
            # 1 December ... On that day, ..."; "that morning" too: "On 4 June a car hit a mine ... It blew up that
            # morning", the part of the day an earlier sentence stated)
            # ("earlier in the day" after "shelled X this morning": the day the sentence just before told, today,
            # not an older day told before it)
            # (and with no day told at all before it, the day of the report: "the rockets on X followed missile
            # attacks on Y earlier in the day", in a piece that names no other day)
            in_the_day = lower.endswith("in the day", 0, m.end())
            if in_the_day and not spans and _SAYS_NOW_BEFORE.search(lower, max(0, m.start() - 40), m.start()):
                # "The ministry says that earlier in the day ...": told in the present, the day it is told, today
                spans.append(DateSpan(sentence[m.start():m.end()], m.start(), m.end(), published, published, "day",
                                      "calendar"))
                same_day.add(m.start())
                continue
            anchor = _anchor(spans, None) or ((entry, entry) if entry else None) \
                or ((previous, previous) if in_the_day and previous is not None and previous <= published else None) \
                or ((told, told) if told else None) or ((published, published) if in_the_day else None)
        if kind == "sameday" and entry:
            # under a diary entry or a chronology's dated head, "the same day" with no day of its own sentence before
            # it is the entry's day ("Sunday 12 September. Police set up a post; the same day a duty was charged"),
            # not the day of an older history told earlier in the piece
            anchor = _anchor(spans, None) or (entry, entry)
        if kind in ("sameday", "thatday"):
            if anchor is None:
                continue                 # "the same day" with no day told before it: no date
            spans.append(DateSpan(sentence[m.start():m.end()], m.start(), m.end(), anchor[1], anchor[1], "day",
                                  "calendar"))
            same_day.add(m.start())
            continue
        if kind == "forward":
            # counted only from a day this sentence states ("crossed on 12 May and tried again the next day"): from
            # an earlier sentence's day it is carried, no stated date (docs/evaluation.md)
            anchor = _anchor(spans, None)
            if anchor is None:
                continue
            day = anchor[1] + dt.timedelta(days=1)
            spans.append(DateSpan(sentence[m.start():m.end()], m.start(), m.end(), day, day, "day", "calendar"))
            counted.add(m.start())
            continue
        if kind == "overnight" and spans and spans[-1].kind in ("calendar", "relative") \
                and spans[-1].precision == "day" and spans[-1].start == spans[-1].end \
                and _PART_OF_DAY.match(lower, m.start()):
            # "On 4 March 2019 the minister announced ..., and the rules took effect in the evening": the evening of
            # the day the sentence has just stated, no other day (and a history told from that day goes on); so too
            # after "Yesterday" ("Yesterday, at about two in the afternoon, ...": yesterday afternoon)
            continue
        if kind == "overnight" and previous is not None and previous <= published and not spans \
                and _PART_OF_DAY.match(lower, m.start()):
            # "On 15 June shots were fired at X. In the afternoon a guard was wounded": the day told just before
            # (not a day still to come: "Talks open on 25 June. In the morning, shells hit X" is today's morning)
            spans.append(DateSpan(sentence[m.start():m.end()], m.start(), m.end(), previous, previous, "day",
                                  "calendar"))
            carried.add(m.start())
            continue
        # (the month that opens the sentence: not one told inside it of something else, "The post, opened in February,
        # was shelled on the 3rd", "villagers who fled in July came back on the 8th": the latest 3rd, 8th)
        month_here = next((span.start for span in reversed(spans) if span.kind == "calendar"
                           and span.precision == "month" and (_OPENS_SENTENCE.fullmatch(sentence, 0, span.begin)
                                                              or _SET_OFF.fullmatch(sentence, span.end_offset, m.start()))),
                          None) if kind == "ordinal" and not g.get("ofm") else None
        if month_here is not None and not any(span.precision == "day" for span in spans):
            # "In February the ministry said ... on the evening of the 23rd": the 23rd of the month the sentence named
            resolved = _resolve_anchored(kind, g, (month_here, month_here), published)
            if resolved is not None and month_here <= published < resolved[0]:
                # (but not a day of the month of publication still to come: "In March the post was shelled again, on
                # the 5th", told on 2 March, is the latest 5th)
                resolved = _resolve_anchored(kind, g, None, published)
        elif kind == "ordinal" and _anchor(spans, narrative) is None and month_before is not None \
                and month_before <= published and not g.get("ofm"):
            # "In mid-September the police set up a post. On the 16th I came back ...": that month's 16th
            resolved = _resolve_anchored(kind, g, (month_before, month_before), published)
        elif kind in ("anchored", "ordinal") or (kind == "period" and g.get("inthe")):
            resolved = _resolve_anchored(kind, g, _anchor(spans, narrative), published)
        elif kind == "daysback":
            if anchor is None:
                continue                 # no day told before: nothing to count from
            d = anchor[0] - dt.timedelta(days=count_value(g["num"]))
            resolved = d, d, "day", "calendar"
        elif (not here_future and would and _looks_ahead(kind, g, hint, narrative)
                and _reported_future(sentence, m.start())):
            said = _said_on(spans, published)
            resolved = (_weekday_reported(WEEKDAYS[g["wd"].lower()], said, published) if kind == "weekday"
                        else _resolve_match(kind, m, g, said or published, True, deadline))
        elif kind == "weekday" and not here_future and _until_weekday(g, lower, m.start()) is not None:
            until = _until_weekday(g, lower, m.start())
            if not _PUT_OFF.search(lower, max(0, until - 50), lower.index(" ", until) + 1):
                continue                 # "reopened until Friday": a time limit, no day of the event
            # "the talks were postponed until Friday": the day put off to, as a future told in the past
            resolved = _weekday_reported(WEEKDAYS[g["wd"].lower()], _said_on(spans, published), published)
        else:
            resolved = _resolve_match(kind, m, g, published, here_future, deadline, hint, narrative, retold)
        if resolved is None:
            continue
        start, end, precision, how = resolved
        if start > published and kind in ("mdy", "dmy", "drange") and not g.get("y") and not hint \
                and not here_future and "since" in lower:
            years = _elapsed_years(sentence, m.start())
            if years:                      # "a year has passed since ... 2 April"
                start, end = _year_before(start, years), end and _year_before(end, years)
        text = sentence[m.start():m.end()]
        if _after_since(sentence, m.start()) or text.lower().startswith("since"):
            end, how = None, "since"
        spans.append(DateSpan(text, m.start(), m.end(), start, end, precision, how))
        if kind == "anchored":
            counted.add(m.start())
        if kind == "nearhol":
            near_holidays.add(m.start())
        narrative = narrative_day(spans[-1:], narrative, published)   # "on 12 February 1994 and on 14 February"
        retold = retold or narrative is not None       # a history the sentence itself tells goes on in it
        if how == "since":
            year = None
        elif g.get("y") or g.get("ly") or kind in ("iso", "numeric"):
            year = start.year              # ("In February of last year, ... on February 21": last year's day)
            if precision == "month":
                month_told = (start.year, start.month)
    if carried and len(spans) > len(carried):
        spans = [span for span in spans if span.begin not in carried]   # the sentence states its own day after it
    if counted and len(spans) > 1:
        spans = _counted_from_statement(spans, sentence, counted, published)
    if "day before" in lower:
        spans = [_day_before_event(span, lower) for span in spans]
    if same_day and len(spans) > len(same_day):
        spans = _that_day_in_year(spans, same_day, sentence)
    if same_day and len(spans) > len(same_day):
        # "used both roads on the same day for the first time on Monday 18 September": one day for both, which the
        # sentence states itself (not when a comma or a semicolon parts them: "fired at in the same hours, and it says
        # the tension began on Saturday" tells two times, the same hours as before and that Saturday)
        # (a day the sentence counts from, "since the truce of 10 October", is no day of its own; nor is a year, as
        # when the report was written: "wrote in 2017 that X saw a rally that same day" keeps the day told before)
        others = [span for span in spans if span.begin not in same_day and span.precision != "year"
                  and not _SINCE_THING_OF.search(lower, max(0, span.begin - 60), span.begin)]
        # (but a day set after it by a comma alone restates it: "on the same day, yesterday, ...", "On the same day,
        # Thursday, ...": that day)
        spans = [span for span in spans if span.begin not in same_day
                 or all(re.search(r"[,;]", sentence[min(span.end_offset, o.end_offset):max(span.begin, o.begin)])
                        and not (o.begin > span.begin and _APPOSED_DAY.fullmatch(sentence, span.end_offset, o.begin))
                        for o in others)]
    if len(spans) > 1 and "til" in lower:
        # "On 28 September the airline suspended its flights, at first until 30 September": the day the period
        # ends is no day of the news when the sentence has stated the day it began
        spans = [span for i, span in enumerate(spans)
                 if not (i and span.precision == "day" and _UNTIL_BEFORE.search(lower, max(0, span.begin - 30), span.begin)
                         and not _PUT_OFF.search(lower, max(0, span.begin - 40), span.begin)
                         and any(o.precision == "day" and o.start is not None and o.start <= span.start
                                 for o in spans[:i]))]
    if near_holidays and any(span.kind == "relative" and span.precision == "day" and span.start == span.end
                             for span in spans):
        # "Yesterday they said their Christmas prayers": the feast names the occasion, the day the sentence
        # counts from today is the one it happened on (a church may keep the feast on another day)
        spans = [span for span in spans if span.begin not in near_holidays]
    spans = _anniversary_day(spans, sentence)
    spans = _this_day_in_year(spans, sentence, published)
    # (not in a sentence that writes a year of its own: "By a decree of 31 July 2023 the 25 October holiday was
    # made" dates itself)
    if anniversary and not futures and not recalls(sentence) and not YEAR_IN.search(sentence):
        spans = [_in_anniversary_year(span, anniversary, published) for span in spans]
    spans = _joined_day_ranges(_without_range_ends(_without_named_weekdays(spans, sentence, counted,
                                                                          (year_named,) if years_named is None
                                                                          else years_named),
                                                   sentence),
                               sentence)
    if " after" in lower and (spans or " days after " in lower):
        spans = _days_after_place(spans, sentence, published)
    return spans


# "A year ago today", "Thirty years ago this week": a piece written for an anniversary. The first names the day
# itself; after either, a day of that season told without its year is the history's (:func:`_in_anniversary_year`).
# ("Thirty years ago this spring" too: the season's days told without their year are that year's)
_ANNIVERSARY_OPENER = prefilter.compile(_YEARS_COUNT + r"\s+ago\s+(?:today|to\s+the\s+day|this\s+(?:week|month|spring|summer|"
                                        r"autumn|fall|winter))\b", re.I)
# ("yesterday" only right after "ago": "A year ago, yesterday's victims ..." is a year back and then yesterday)
_AGO_TODAY = prefilter.compile(r"\s*(?:,\s*)?(?:today|to the day)\b|\s+yesterday\b", re.I)
# ... and "tomorrow" right after it: "Four weeks ago tomorrow" (not "tomorrow's")
_AGO_TOMORROW = prefilter.compile(r"\s+tomorrow\b(?!['’]s\b)", re.I)
# ... and "X marks the day today, four years after the army took it": the same look back, told from today
# (a day marked: not "the trial opened today, three years after the arrest", news of today)
_TODAY_YEARS_AFTER = prefilter.compile(r"\b(?:mark|commemorat|celebrat|remember|honou?r)\w*\b[^.;]{0,80}?\btoday,\s+"
                                       + _YEARS_COUNT + r"\s+after\b", re.I)


def anniversary_years(sentence):
    """How many years back an anniversary piece's opener looks ("Thirty years ago this week": 30; "marks the day
    today, four years after": 4), else 0."""
    if "ago" in sentence:
        m = _ANNIVERSARY_OPENER.search(sentence)
    elif "years after" in sentence:
        m = _TODAY_YEARS_AFTER.search(sentence)
    else:
        return 0
    if not m:
        return 0
    return count_value(m.group("num"))


# a year right after a day told before: "that morning in 2020", "on that day in 1992"
_IN_YEAR_NEXT = prefilter.compile(r"\s+in\s+(?:\d{4})\b")
# ... but not one of two years: "that day in 1992 and again in 2020" (the same day in both, not 1992's alone)
_AND_ANOTHER_YEAR = prefilter.compile(r"\s*,?\s+(?:and|or)\s+(?:again\s+|also\s+)?(?:in\s+)?\d{4}\b")


def _that_day_in_year(spans, same_day, sentence):
    """"Yesterday, 28 September, was two years since the shelling began. On that morning in 2020 ...": the day told
    before, in the year written right after it (one day, 28 September 2020), never the year alone (1 January); the
    day told is kept as it is when that year has no such day."""
    for i, (span, after) in enumerate(zip(spans, spans[1:])):
        if (span.begin in same_day and span.precision == "day" and after.precision == "year"
                and _IN_YEAR_NEXT.fullmatch(sentence, span.end_offset, after.end_offset)
                and not _AND_ANOTHER_YEAR.match(sentence, after.end_offset)):
            try:
                day = span.start.replace(year=after.start.year)
            except ValueError:             # 29 February of a year without it
                return spans
            joined = DateSpan(sentence[span.begin:after.end_offset], span.begin, after.end_offset, day, day, "day",
                              "calendar")
            same_day.discard(span.begin)
            return spans[:i] + [joined] + spans[i + 2:]
    return spans


# "On this day in 1992": today's day and month, in the year written after it
_THIS_DAY_BEFORE = prefilter.compile(r"\bthis\s+(?:very\s+)?day\s+$", re.I)


def _this_day_in_year(spans, sentence, published):
    """"On this day in 1992 the colonel was killed", in a notice of 18 June 2018: one day, 18 June 1992 (not the
    whole year): the piece marks the day's anniversary."""
    for i, span in enumerate(spans):
        if (span.precision == "year" and span.kind == "calendar" and span.text.lower().startswith("in ")
                and _THIS_DAY_BEFORE.search(sentence, 0, span.begin)):
            try:
                day = published.replace(year=span.start.year)
            except ValueError:             # 29 February of a year without it
                return spans
            joined = DateSpan(sentence[span.begin:span.end_offset], span.begin, span.end_offset, day, day, "day",
                              "calendar")
            return spans[:i] + [joined] + spans[i + 1:]
    return spans


def _anniversary_day(spans, sentence):
    """"A year ago today": one day, that of the year looked back on (not the year's "a year ago" and today's).
    So too "A week ago today", "three days ago today": the day counted back, not today; and "A year ago
    yesterday": the day before that one (yesterday's day, a year back)."""
    for i, (span, after) in enumerate(zip(spans, spans[1:])):
        if (span.kind == "relative" and span.precision in ("year", "day") and span.text.lower().endswith("ago")
                and after.text.lower() in ("today", "to the day", "yesterday")
                and _AGO_TODAY.fullmatch(sentence, span.end_offset, after.end_offset)
                and not re.match(r"['’]s\b", sentence[after.end_offset:])):   # (not "a week ago yesterday's")
            start = span.start - dt.timedelta(days=1) if after.text.lower() == "yesterday" else span.start
            day = DateSpan(sentence[span.begin:after.end_offset], span.begin, after.end_offset, start,
                           start, "day", "calendar" if span.precision == "year" else "relative")
            return spans[:i] + [day] + spans[i + 2:]
    for i, span in enumerate(spans):
        tomorrow = _AGO_TOMORROW.match(sentence, span.end_offset) if span.text.lower().endswith("ago") else None
        if tomorrow and span.precision in ("year", "day"):
            # "Four weeks ago tomorrow": the day after the one counted back (tomorrow's day, four weeks back)
            start = span.start + dt.timedelta(days=1)
            day = DateSpan(sentence[span.begin:tomorrow.end()], span.begin, tomorrow.end(), start, start, "day",
                           "calendar" if span.precision == "year" else "relative")
            return spans[:i] + [day] + spans[i + 1:]
    return spans


def _in_anniversary_year(span, years, published):
    """A day told without its year, in the weeks around publication, in a piece written for the anniversary of
    ``years`` ago ("Aghdam was handed over on 20 November" in a column of 25 November 2021 that opened "A year ago
    today"): that year's day. A sentence that itself looks back from today is the piece's own time and is not
    passed here."""
    if (span.kind != "calendar" or span.precision != "day" or YEAR_IN.search(span.text)
            or abs(span.start - published) > dt.timedelta(days=NARRATIVE_DAYS)):
        return span
    try:
        start = span.start.replace(year=span.start.year - years)
        end = span.end.replace(year=span.end.year - years) if span.end else None
    except ValueError:                     # 29 February of a year without it
        return span
    return span._replace(start=start, end=end)


# "on Wednesday, 11 September 2024", "Sunday (25 October)": the weekday only names the calendar day after it
_APPOSITION = prefilter.compile(r",?\s*\(?\s*")
# "7 March 2022 (Monday)", "on 7 March (a Monday)", "on 7 March 2022, a Monday,": the weekday written after a calendar
# day, in brackets or as "a Monday", only names the weekday that day fell on
_WEEKDAY_AFTER = prefilter.compile(r"\s*(?:\(\s*(?:a\s+)?|,\s*a\s+)", re.I)
_WEEKDAY_AFTER_END = prefilter.compile(r"\s*(?:\)|,|;|:|\.|$)")
# "since Sunday": a weekday opening a span, which a calendar day right after it may name
_SINCE_WEEKDAY = prefilter.compile(r"since\s+" + _WEEKDAY, re.I)
# "The day before, on 12 June 1992", "A day earlier, on Saturday": a counted day names the day stated after it
_COUNTED_APPOSITION = prefilter.compile(r",?\s*(?:on\s+)?\(?\s*", re.I)


def _without_named_weekdays(spans, sentence, counted=frozenset(), years_named=()):
    """The spans less each weekday that a calendar day written right after it states (the weekday alone would be
    resolved against the publication day, which may be months later than the day the text gives), and less each
    day counted from another (its begin in ``counted``) that a stated day right after it names."""
    out, fitted = [], {}
    for before, span, after in zip([None] + spans[:-1], spans, spans[1:] + [None]):
        if (span.kind == "weekday" and before is not None and before.kind == "calendar" and before.precision == "day"
                and out and out[-1] is before and _WEEKDAY_AFTER.fullmatch(sentence, before.end_offset, span.begin)
                and _WEEKDAY_AFTER_END.match(sentence, span.end_offset)):
            out[-1] = _year_of_weekday(before, span.start.weekday(), years_named)
            continue
        if (span.kind == "weekday" and after is not None and after.kind == "calendar" and after.precision == "day"
                and _APPOSITION.fullmatch(sentence, span.end_offset, after.begin)):
            fitted[after.begin] = _year_of_weekday(after, span.start.weekday(), years_named)
            continue
        # "since Sunday 15 November": the span opens on the calendar day the weekday names
        if (span.kind == "since" and _SINCE_WEEKDAY.fullmatch(span.text) and after is not None
                and after.kind == "calendar" and after.precision == "day"
                and _APPOSITION.fullmatch(sentence, span.end_offset, after.begin)):
            day = _year_of_weekday(after, WEEKDAYS[span.text.split()[-1].lower().rstrip("s")], years_named)
            fitted[after.begin] = day._replace(end=None, kind="since")
            continue
        if (span.begin in counted and after is not None and after.precision == "day"
                and after.kind in ("calendar", "weekday")
                and _COUNTED_APPOSITION.fullmatch(sentence, span.end_offset, after.begin)):
            continue
        out.append(fitted.get(span.begin, span))
    return out


# "last Saturday, 11 February" (or "(11 February)"): the day the writer means by "last Saturday", which the same words alone mean
# elsewhere in the piece ("I watched the trucks cross last Saturday", in a letter the editor's reply dates)
_LAST_WEEKDAY_DATED = prefilter.compile(r"(?=l)\blast\s+" + _WEEKDAY + r",?\s+\(?(?:the\s+)?(?:"
                                        + _DAY.format(n="d") + r"\s+(?:of\s+)?"
                                        + _MONTH.format(n="m") + r"|" + _MONTH.format(n="m2") + r"\s+" + _DAY.format(n="d2")
                                        + r")\b(?![,\s]+(?:19|20)\d\d)", re.I)


# "on Saturday, 7 May" (or "Saturday 7 May"): a day the piece names with its weekday, which a bare "on Saturday" a
# week later than it, where no other day of that weekday is named, also means ("On the evening of Friday, 6 May,
# shooting began ... On Saturday the company suspended work", in a bulletin of the Monday nine days later)
_WEEKDAY_DATED = prefilter.compile(r"(?<!last )\b" + _WEEKDAY + r",?\s+\(?(?:the\s+)?(?:" + _DAY.format(n="d") + r"\s+(?:of\s+)?"
                                   + _MONTH.format(n="m") + r"|" + _MONTH.format(n="m2") + r"\s+" + _DAY.format(n="d2")
                                   + r")\b", re.I)


def dated_weekdays(text, published):
    """Weekday → the day the article dates its "last <weekday>" to ("last Saturday, 11 February"), if it fits that
    weekday; for :func:`as_dated_weekdays`."""
    if "last" not in text.lower():         # (a quick test first, for speed)
        return {}
    dated = {}
    for m in _LAST_WEEKDAY_DATED.finditer(text):
        day = next((d for d in find_dates(m.group(0), published) if d.kind == "calendar"), None)
        weekday = WEEKDAYS[m["wd"].lower()]
        if day is not None and day.precision == "day" and day.start.weekday() == weekday:
            dated[weekday] = day
    return dated


def named_weekdays(text, published):
    """("named", weekday) → the one day of that weekday the text names with it ("Saturday, 7 May"), not after
    publication, if it names only one; for :func:`as_dated_weekdays`, given the text near a sentence (its paragraph
    and the one before: a story told further on, "on Sunday" in a later paragraph, counts from publication again)."""
    named = {}
    for m in _WEEKDAY_DATED.finditer(text):
        day = next((d for d in find_dates(m.group(0), published) if d.kind == "calendar"), None)
        weekday = WEEKDAYS[m["wd"].lower()]
        if day is not None and day.precision == "day" and day.start.weekday() == weekday and day.start <= published:
            named.setdefault(weekday, {})[day.start] = day
    return {("named", weekday): next(iter(days.values())) for weekday, days in named.items() if len(days) == 1}


_BARE_WEEKDAY = prefilter.compile(r"(?:on\s+)?" + _WEEKDAY + r"\b", re.I)


def as_dated_weekdays(spans, dated):
    """The spans with a bare "last <weekday>" a week off the day the article dated those words to elsewhere
    (:func:`dated_weekdays`) set to that day: the writer's "last Saturday" is the one the piece names."""
    if not dated:
        return spans
    out = []
    for span in spans:
        day = dated.get(span.start.weekday()) if span.kind == "weekday" and span.precision == "day" else None
        if day is not None and span.text.lower().startswith("last ") \
                and abs((span.start - day.start).days) == 7:
            span = span._replace(start=day.start, end=day.end)
        named = dated.get(("named", span.start.weekday())) if span.kind == "weekday" and span.precision == "day" \
            else None
        # (a bare "on Saturday" a week after the piece's "Saturday, 7 May": that day, not the one after it)
        if named is not None and _BARE_WEEKDAY.match(span.text) and (span.start - named.start).days == 7:
            span = span._replace(start=named.start, end=named.end)
        out.append(span)
    return out


def _year_of_weekday(span, weekday, years_named=()):
    """A day written without its year after the weekday it fell on ("On Sunday, 8 November", in a report of
    November 2021 looking back on 2020): the year before or after the one it was read in when that one's day is that
    weekday, as the writer's weekday states the year; a day with its year written, or a weekday that fits none
    (a slip of the writer's), is kept. The years the article wrote (``years_named``, latest first) are tried too,
    the latest before the years next to it and the older ones after them: a piece of 2018 telling 1988 ("In
    February 1988 ..." then "on Saturday 27 February") means that year's day."""
    if span.start.weekday() == weekday or YEAR_IN.search(span.text):
        return span
    # (never a year after the one it is read in: "by 2030" is no year a day already told fell in)
    named = [y - span.start.year for y in years_named if y and y <= span.start.year]
    shifts = named[:1] + [-1, 1] + named[1:]
    for shift in shifts:
        try:
            day = span.start.replace(year=span.start.year + shift)
        except ValueError:                 # 29 February of a year without one
            continue
        if day.weekday() == weekday:
            return span._replace(start=day, end=day if span.end is not None else None)
    return span


# "on the night from Friday to Saturday", "from Monday to Wednesday": a span of weekdays starts on its first
_WEEKDAY_TO = prefilter.compile(r"\s*(?:to|into|-|–)\s*")
# "on Sunday and Monday": two days running joined by a bare "and" are one span, as "on 13 and 14 September" is
_WEEKDAY_AND = prefilter.compile(r"\s+and\s+")
_NEXT_DAY = dt.timedelta(days=1)


def _without_range_ends(spans, sentence):
    """The spans less each weekday that only ends a span of weekdays begun by the one before it (the span's date is
    its first day, as for "the night of 26 to 27 October"), "between 11 pm on Sunday and 1 am on Monday" and
    "on Sunday and Monday" (the day after the first, with no word of its own before it: "on Sunday and on
    Monday" are two days) and "from 23:40 on Saturday until six on Sunday morning" too."""
    return [span for before, span in zip([None] + spans[:-1], spans)
            if not (span.kind == "weekday" and before is not None and before.kind == "weekday"
                    and (_WEEKDAY_TO.fullmatch(sentence, before.end_offset, span.begin)
                         or (_BETWEEN_BEFORE.search(sentence, max(0, before.begin - 30), before.begin)
                             and _AND_TIME.fullmatch(sentence, before.end_offset, span.begin))
                         or (span.start - before.start == _NEXT_DAY and _from_until(sentence, before, span))
                         or (_WEEKDAY_AND.fullmatch(sentence, before.end_offset, span.begin)
                             and span.text[:1].isupper() and span.start - before.start == _NEXT_DAY)))]


# "from 23:40 on Saturday until just after six on Sunday morning", "From Saturday evening until Sunday morning": a
# night told from one weekday to the next
_FROM_BEFORE = prefilter.compile(r"\bfrom\s+(?:(?!until\b|till\b|to\b)[\w:.]+\s+){0,3}$", re.I)
_UNTIL_TIME = prefilter.compile(r"\s*,?\s+(?:until|till|to)\s+(?:[\w:.]+\s+){0,4}", re.I)


def _from_until(sentence, before, span):
    """Do the weekdays ``before`` and ``span`` begin and end one night's span ("from ... on Saturday until ... on
    Sunday")?"""
    begun = before.text.lower().startswith("from") or _FROM_BEFORE.search(sentence, max(0, before.begin - 30),
                                                                          before.begin)
    ended = _UNTIL_TIME.fullmatch(sentence, before.end_offset, span.begin) or (
        not sentence[before.end_offset:span.begin].strip() and span.text.lower().startswith(("until", "till")))
    return bool(begun and ended)


# "from 3 March to 5 March", "March 3 to March 5": a span of calendar days, dated by its first as "3-5 March" is


def _joined_day_ranges(spans, sentence):
    """The spans with each span of calendar days written as two ("from 3 March to 5 March", "between 23:10 on 3 May
    and 05:40 on 4 May") made one, from the first day to the last, so that the sentence's places take its first
    day, as for "3-5 March" (the last day, nearer a place named after it, would otherwise date it)."""
    out = []
    for span in spans:
        before = out[-1] if out else None
        if (before is not None and before.kind == span.kind == "calendar"
                and before.precision == span.precision == "day" and before.end == before.start
                and (_DAY_TO.fullmatch(sentence, before.end_offset, span.begin)
                     or _between_days(sentence, before, span))):
            first = _first_in_year_of_last(before, span)
            if first < span.start:
                out[-1] = before._replace(text=sentence[before.begin:span.end_offset], end_offset=span.end_offset,
                                          start=first, end=span.end)
                continue
        out.append(span)
    return out


# a year written out in a date's text ("2 November 2023"): the date states its own year
YEAR_IN = prefilter.compile(r"\b(?:19|20)\d\d\b")


def _first_in_year_of_last(first, last):
    """The first day of a span written "28 October to 2 November 2023": without a year of its own it is in the last
    day's year, or the year before when its month comes later ("30 December to 2 January 2024"), not in the year the
    publication gives it."""
    if YEAR_IN.search(first.text) or not YEAR_IN.search(last.text):
        return first.start
    try:
        day = first.start.replace(year=last.start.year)
        return day if day < last.start else day.replace(year=day.year - 1)
    except ValueError:                     # 29 February of a year without one
        return first.start


# "between 11:50 pm on Sunday and 12:15 am on Monday": the times around "and" name a span from the first day
# (but "between Tuesday and Wednesday and on Thursday": the span's last day opens no span, the day after it is its own)
_BETWEEN_BEFORE = prefilter.compile(r"\bbetween\s+(?:(?!and\b)[\w:.]+\s+){0,3}$", re.I)
_AND_TIME = prefilter.compile(r"\s+and\s+(?:[\w:.]+\s+){0,3}", re.I)


# "between 23:10 on 3 May and 05:40 on 4 May", "between 3 May and 5 May": a span of calendar days from the first
_CLOCK_ON = r"(?:(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|midnight|noon)\s+on\s+)?"
# "3 March to 5 March", "from 23:40 on 8 July to 06:05 on 9 July": the words joining the first day to the last
_DAY_TO = prefilter.compile(rf"\s*(?:to|until|till|through|-|–)\s*{_CLOCK_ON}", re.I)
_BETWEEN_DAY_BEFORE = prefilter.compile(rf"\bbetween\s+{_CLOCK_ON}$", re.I)
_AND_DAY = prefilter.compile(rf"\s+and\s+{_CLOCK_ON}", re.I)


def _between_days(sentence, first, second):
    """Do the two days name one span opened by "between", with at most a time of day before each?"""
    return bool(_BETWEEN_DAY_BEFORE.search(sentence, max(0, first.begin - 30), first.begin)
                and _AND_DAY.fullmatch(sentence, first.end_offset, second.begin))


# "Two days earlier, on 18 October", "A week later, on 27 October": a day written with the count that leads to it
# from a day told before, so it is that day's year, not the publication's ("In that address of 20 October 2020 ...
# Two days earlier, on 18 October" in a report of October 2021)
_COUNTED_TO = prefilter.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+(?:days?|weeks?)"
                                r"|the\s+(?:next|following|previous)\s+(?:day|week)|the\s+(?:day|week)\s+before)"
                                r"(?:\s+(?:earlier|later|before|after))?\s*,?\s*(?:on\s+)?$", re.I)
_WHEN_YEAR = prefilter.compile(r"\b(?P<y>(?:19|20)\d\d)\b(?:\s+[\w'’-]+){0,3},?\s+when\b")
# what ends a "when" clause before a later date: a stop, a semicolon, another year, or a clause joined by ", but",
# ", and", ", while" ("since 2020, when the war ended, but on 25 April ...": the day is the report's own)
_WHEN_CLAUSE_END = prefilter.compile(r"[;.!?]|\b(?:19|20)\d\d\b|,\s*(?:but|and|while|yet)\b", re.I)
# "since 2020, when ...": the year opens a span that lasts until now, it dates no day of the clause after it
_SINCE_BEFORE = prefilter.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _when_year(sentence, begin):
    """The year a "when" clause before ``begin`` is said of ("in 2020, when ...", "the 1994 ceasefire, when ..."),
    or None; the clause must still be going on at ``begin`` (:data:`_WHEN_CLAUSE_END`), and a year after "since"
    dates nothing in it."""
    found = None
    for m in _WHEN_YEAR.finditer(sentence, 0, begin):
        found = m
    if (found is None or _WHEN_CLAUSE_END.search(sentence, found.end(), begin)
            or _SINCE_BEFORE.search(sentence, 0, found.start())):
        return None
    return int(found["y"])


# a verb telling what happened, and its "that" when one follows ("told the meeting on Wednesday that", "found that");
# _THAT_TO_DAY asks for the "that" clause going on to the day: "... that the attacks began on"
_TOLD_THAT = prefilter.compile(r"\b(?:said|says|told|tells|wrote|writes|reported|reports|recalled|recalls|explained|found|"
                               r"finds|concluded|established|testified|stated)\b(?:[^.;:!?]*?\bthat\b)?", re.I)
_THAT_TO_DAY = prefilter.compile(r"\bthat\b[^.;:!?]*$", re.I)
# a year of the speaker's own life or office, no story told: "Aliyev, who has ruled since 2003, said that",
# "Pashinyan, elected in 2018, told parliament that", "X, who was born in 1950, told"
_LIFE_BEFORE_YEAR = prefilter.compile(r"\b(?:born|elected|re-elected|appointed|ruled?|ruling|served?|serving|joined|founded|"
                                      r"graduated|married|retired|took\s+office|came\s+to\s+power|in\s+office|since)\b"
                                      r"[^,;:()]*$", re.I)


# a sentence that opens on a past year alone ("In 1993, he wrote, units took the village on 27 March"): the days
# without a year of its first clause are that year's
_OPENING_YEAR = prefilter.compile(r"^\W*In\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]|\s+(?:and|or|to)\b)")


def _opening_year(sentence, begin, published):
    """The year a sentence opens on ("In 1993, ..."), for a day without its year at ``begin``, when that year is
    before publication and the clause still goes on (:data:`_WHEN_CLAUSE_END`: no stop, other year, ", but" or
    ", and" between them); else None."""
    m = _OPENING_YEAR.match(sentence)
    if not m or int(m["y"]) >= published.year or _WHEN_CLAUSE_END.search(sentence, m.end(), begin):
        return None
    return int(m["y"])


def _year_told_before(spans, sentence, begin, published):
    """The year of a day without its year in the "that" clause of a telling, when the sentence wrote an earlier year
    before the telling's verb: the year of the story told ("X, who led the defence of Y in 1988, told the meeting on
    Wednesday that the attacks began on 21 November", "the commission found in 1992 that the village was burned on
    10 April": 1988's and 1992's days, not the last such day before publication); else None (and not a year of the
    speaker's own life or office: "Pashinyan, elected in 2018, told parliament that ... on 4 October")."""
    years = [span for span in spans if span.precision == "year" and span.start is not None
             and span.start.year < published.year and span.kind != "since"
             and not _LIFE_BEFORE_YEAR.search(sentence, max(0, span.begin - 60), span.begin)]
    if not years:
        return None
    that = _TOLD_THAT.search(sentence, 0, begin)   # the telling, before or after the year, its clause after it
    if not that or not _THAT_TO_DAY.search(sentence, max(years[-1].end_offset, that.start()), begin):
        return None
    return years[-1].start.year


def _counted_year(g, anchor):
    """The year of a day counted from ``anchor`` ("Two days earlier, on 18 October"): the year that puts it within
    NARRATIVE_DAYS of the anchor's day, or None (no anchor, or none so near)."""
    if anchor is None:
        return None
    d = _day_in_narrative(MONTHS[g["m"].rstrip(".").lower()], int(g["d"]), anchor[1])
    return d.year if d else None


def _weekday_of_month(g, published, future, deadline, narrative, retold):
    """"Tuesday the thirteenth": the day of the month named (of its month if named, "Thursday the fifth of
    October"), else the latest such day on or before publication that falls on that weekday (within two years)."""
    dom = g["dom"].lower()
    day = int(dom[:-2]) if dom[0].isdigit() else day_of_word(dom)
    if g.get("m"):
        d = _day_without_year(MONTHS[g["m"].rstrip(".").lower()], day, published, future, deadline, narrative, retold)
        return d, d, "day", "calendar"
    month = published.replace(day=1)
    for _ in range(25):
        try:
            d = month.replace(day=day)
        except ValueError:
            d = None
        if d is not None and d <= published and d.weekday() == WEEKDAYS[g["wd"].lower()]:
            return d, d, "day", "calendar"
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return None


def _named_year(words, published):
    """The year "last year", "the previous year" or "this year" names, counted from publication."""
    return published.year - (0 if "this" in words.lower() else 1)


def _resolve_match(kind, m, g, published, future, deadline=False, year=None, narrative=None, retold=False):
    try:
        if kind == "iso":
            d = dt.date.fromisoformat(g["iso"])
            return d, d, "day", "calendar"
        if kind in ("mdy", "dmy"):
            month = MONTHS[g["m"].rstrip(".").lower()]
            day = int(g["d"])
            if g.get("ly") and not g.get("y"):    # "on 19 February last year": the year named
                year = _named_year(g["ly"], published)
            if g.get("y") or year:
                d = dt.date(int(g.get("y") or year), month, day)
            else:
                d = _day_without_year(month, day, published, future, deadline, narrative, retold)
            return d, d, "day", "calendar"
        if kind in ("drange", "mrange"):
            month = MONTHS[g["m"].rstrip(".").lower()]
            first, last = int(g["d1"]), int(g["d2"])
            if not first < last:
                return None
            if g.get("y") or year:
                start = dt.date(int(g.get("y") or year), month, first)
            else:
                start = _day_without_year(month, first, published, future, deadline, narrative, retold)
            return start, start.replace(day=last), "day", "calendar"
        if kind == "numeric":
            a, b = int(g["a"]), int(g["b"])
            day, month = (b, a) if b > 12 else (a, b)
            d = dt.date(int(g["y"]), month, day)
            return d, d, "day", "calendar"
        if kind in ("my", "m"):
            month = MONTHS[g["m"].rstrip(".").lower()]
            if g.get("ly"):                # "in February of last year": the year named, whatever the month
                year = _named_year(g["ly"], published)
            year = int(g["y"]) if g.get("y") else year or (published.year if month <= published.month or future
                                                            else published.year - 1)
            first = dt.date(year, month, 1)
            return first, _month_end(first), "month", "calendar"
        if kind == "lastm":               # "last October" in March 2024: October 2023; "last March" too
            month = MONTHS[g["m"].lower()]
            first = dt.date(published.year - (month >= published.month), month, 1)
            return first, _month_end(first), "month", "calendar"
        if kind == "holiday":
            d = _holiday(g["hol"], int(g["y"]))
            if d is None or d > published:
                return None
            if g["hol"].lower().startswith("christmas") and _OTHER_CHRISTMAS.search(m.string, 0, m.start()):
                return None                # "on Coptic Christmas 2021": not 25 December
            if d.month == 5 and "victory" in g["hol"].lower() and d.year >= 2020 \
                    and _AZERBAIJANI_CONTEXT.search(m.string.lower()):
                return None                # "Victory Day 2021" told of Azerbaijan: 8 November or 9 May, unsettled
            if g.get("eve"):               # "on the eve of Christmas 1991": the day before it
                d -= dt.timedelta(days=1)
            return d, d, "day", "calendar"
        if kind == "nearhol":
            d = _holiday(g["hol"], published.year)
            if d is not None and d > published:
                d = _holiday(g["hol"], published.year - 1)
            if d is not None and g.get("eve"):
                d -= dt.timedelta(days=1)
            if d is None or not dt.timedelta(0) <= published - d <= _RECENT_HOLIDAY:
                return None                # (a named day months back: which year is left open)
            return d, d, "day", "calendar"
        if kind == "year":
            year = int(g["yr"])
            if year > published.year:
                return None
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "calendar"
        if kind == "nthwd":
            d = _nth_weekday_day(g, published, future, year)
            return d, d, "day", "calendar"
        if kind == "weekday":
            if g.get("lastweek"):          # "on Wednesday last week": that day of the week before
                monday = published - dt.timedelta(days=published.weekday() + 7)
                d = monday + dt.timedelta(days=WEEKDAYS[g["wd"].lower()])
                return d, d, "day", "weekday"
            if g.get("wago"):              # "Saturday a fortnight ago": the last Saturday, two weeks further back
                words = g["wago"].lower().split()
                weeks = 2 * count_value(words[-3], 1) if words[-2] == "fortnight" else count_value(words[-3], 1)
                d = _weekday(WEEKDAYS[g["wd"].lower()], "", published, False)[0] - dt.timedelta(weeks=weeks)
                return d, d, "day", "weekday"
            if g.get("dom"):
                return _weekday_of_month(g, published, future, deadline, narrative, retold)
            return _weekday(WEEKDAYS[g["wd"].lower()], (g.get("wmod") or "").lower(), published, future)
        if kind == "overnight":
            text = m.group(0).lower()
            if "today" in text or "this" in text or "tonight" in text or "dawn" in text or "daybreak" in text \
                    or text.lstrip().startswith(("in ", "early", "late in", "by the")):
                return published, published, "day", "relative"
            if "before yesterday" in text:
                d = published - dt.timedelta(days=2)
                return d, d, "day", "relative"
            if "yesterday" in text:
                d = published - dt.timedelta(days=1)
                return d, d, "day", "relative"
            return published - dt.timedelta(days=1), published, "day", "relative"
        if kind == "period":
            return _period(g["unit"].lower(), m.group(0).lower(), published)
        if kind == "ago":
            return _ago(g["num"].lower(), g["agounit"].lower(), published)
    except (ValueError, KeyError):
        return None         # "February 30", an unknown word: not a date
    return None


# a first, a superlative or a comparison before "since the Nth": "the first shells since the 3rd", "the heaviest fire
# on X since the 12th", "poorer than at any time since the first"
_FIRST_SINCE = prefilter.compile(r"\b(?:first|worst|best|biggest|largest|greatest|longest|strongest|fiercest|[a-z]+iest|"
                                 r"any\s+time)\b(?:\s+[\w'’-]+){0,5}?\s+$")
# What may follow "on the 12th" for it to be a day of the month: a stop, or a word that opens the rest of the clause
# ("on the 12th the road was shut", "on the 12th at dawn"), not a noun it numbers ("the 58th kilometre")
_ORDINAL_END = prefilter.compile(r"\s*(?:[,.;:!?)\u2013\u2014-]|$)|\s+(?:the|a|an|and|or|to|at|around|about|in|on|when|as|after|before|"
                                 r"while|during|until|by|from|with|his|her|its|their|our|this|that|he|she|it|they|we|I|there|"
                                 r"some|several|shortly|early|late)\b")


# "on the Sunday", "the following Monday", "the next Tuesday": a weekday of the week a story tells, counted from a
# day told before it, not from publication; "that Sunday" (right before the weekday) is the day told itself when it is
# that weekday ("what 4 October was like ... late that Sunday evening")
_TOLD_WEEKDAY = prefilter.compile(r"\b(?P<that>that|the)\s+(?:following\s+|next\s+|same\s+)?$")
# a weekday naming what is held on it: "the Sunday service", "the Friday prayers", "the Saturday market"
_WEEKDAY_NOUN = prefilter.compile(r"\s+(?:services?|mass|liturgy|prayers?|sermon|market|bazaar|fair|school|edition)\b")


# "fired on for the third time since the truce of 10 October": the day of a thing a count runs from, not the day of
# the sentence's news (:func:`find_dates` keeps "on the same day" beside it)
_SINCE_THING_OF = prefilter.compile(r"\bsince\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,4}?(?:of|on)\s+$")
# "the day before the ceasefire of 10 October was announced": the day before an event the sentence dates
_DAY_BEFORE_EVENT = prefilter.compile(r"\b(?:the|a)\s+day\s+before\s+the\s+(?:[\w'’-]+\s+){1,4}(?:of|on)\s+$")


# "Shelling of X the day before had killed three people, the ministry said on Friday": a day counted back with no
# day told before it, and the day of the statement the sentence states after it, is counted from that day (the
# Thursday), as when "said on Friday that ... the day before" comes first: a speaker of its own after a comma, then a
# verb of saying right before the day ("told reporters", "said in a statement" too; not "said troops withdrew on
# Friday", another act's day, nor "X, who had been there the night before, said on Monday", where the night is X's
# and Monday dates the sentence)
_STATED_ON = prefilter.compile(r"[,;]\s+(?:[\w'’.-]+\s+){1,6}?"
                               r"(?:(?:said|announced|reported|stated|confirmed|added|declared)|told(?:\s+[\w'’-]+){1,3}?)"
                               r"\s+(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|briefing|post|interview|release)\s+)?"
                               r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


def _counted_from_statement(spans, sentence, counted, published):
    """The spans with each day counted back from publication (no day told before it: "the day before ... had
    killed") counted instead from the day of a statement the sentence states after it ("..., the ministry said on
    Friday"), not after publication."""
    out = []
    for i, span in enumerate(spans):
        if span.begin in counted and span.kind == "relative":
            said = next((o for o in spans[i + 1:] if o.precision == "day" and o.kind in ("calendar", "weekday")
                         and o.start == o.end and o.start <= published
                         and _STATED_ON.search(sentence, span.end_offset, o.begin)), None)
            if said is not None:
                day = said.start - dt.timedelta(days=1)
                span = span._replace(start=day, end=day, kind="calendar")
        out.append(span)
    return out


def _day_before_event(span, lower):
    """``span`` a day earlier when the sentence counts it back from an event of that day ("the day before the
    ceasefire of 10 October"), else ``span``."""
    if span.precision != "day" or span.end is None \
            or not _DAY_BEFORE_EVENT.search(lower, max(0, span.begin - 60), span.begin):
        return span
    day = dt.timedelta(days=1)
    return span._replace(start=span.start - day, end=span.end - day)


# a place whose event came days before the day the sentence told, counted back from it: "X was hit again yesterday,
# a day after the village of Y", "shells fell on X on Monday, two days after Y" (the place's name, perhaps after
# "the village of" or "the shelling of", right after the count)
# the count of days the two patterns below go back by: "a day after", "two days after", "3 days after"
# (or "the day after": one day)
_DAYS_AFTER = r"\b(?P<num>a|the|one|two|three|four|five|six|seven|\d)\s+days?\s+after\s+"
_DAYS_AFTER_PLACE = prefilter.compile(_DAYS_AFTER +
                                      r"(?:the\s+(?:(?:shelling|bombardment|bombing|attacks?|strikes?|fire|shots|"
                                      r"rocket\s+attacks?|missile\s+strikes?)\s+(?:of|on)\s+)?"
                                      r"(?:(?:village|town|city|settlement)\s+of\s+)?)?(?=[A-ZƏÇŞĞÜÖİ])", re.I)
# ... the name itself, one to three capitalised words, ending the clause or followed by what befell it ("Y was hit")
# (after "and", another name that ends the clause or befell the same: "Tegh and Aygepar." but not "two days after
# Armenia and Azerbaijan agreed a truce", the subjects of an event told)
_PLACE_NAMED_AFTER = prefilter.compile(r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s+){0,2}[A-ZƏÇŞĞÜÖİ][\w'’-]*"
                                       r"(?=\s*[.,;:)]|\s*$|\s+(?:in|on|near|was|were|had|has|came)\b|"
                                       r"\s+and\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s+){0,2}[A-ZƏÇŞĞÜÖİ][\w'’-]*"
                                       r"(?:\s*[.,;:)]|\s*$|\s+(?:in|on|near|was|were|had|has|came)\b))")


# ... or a place named in the earlier event the count goes back to, where someone was killed or something was hit:
# "the capture came two days after a soldier was killed near Y", "three days after a shepherd, A B, had been wounded
# outside the village of Z" (the place after the verb of harm, in the count's own clause)
_DAYS_AFTER_HARM = prefilter.compile(_DAYS_AFTER +
                                     r"(?![A-ZƏÇŞĞÜÖİ])[^.;:]{0,100}?\b(?P<harm>(?:was|were|had\s+been|has\s+been)\s+"
                                     r"(?:killed|wounded|injured|shot(?:\s+dead)?|hit|shelled|attacked|fired\s+on)\s+"
                                     # (how: "killed in an ambush near Y", "wounded in a drone strike outside Z")
                                     r"(?:in\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:ambush|attack|strike|blast|explosion)\s+)?"
                                     r"(?:near|in|at|outside|on\s+the\s+outskirts\s+of)\s+"
                                     r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?)(?=[A-ZƏÇŞĞÜÖİ])")

# ... or fire told actively, begun or opened on the place, whoever fired: "the day after Armenian artillery began
# shelling Y", "two days after the guns opened fire on Z" (the place right after the verb)
_DAYS_AFTER_FIRE = prefilter.compile(_DAYS_AFTER + r"[^.;:]{0,60}?\b(?P<harm>(?:began|started)\s+(?:shelling|firing\s+on|"
                                     r"bombarding|to\s+shell)\s+|opened\s+fire\s+on\s+)(?=[A-ZƏÇŞĞÜÖİ])")


def _days_told_before(spans, offset):
    """The single days the sentence states before ``offset`` (a calendar day, a weekday or a relative day), which
    a count of days "after" a place goes back from."""
    return [s for s in spans if s.end_offset <= offset and s.precision == "day" and s.end is not None
            and s.start == s.end and s.kind in ("calendar", "weekday", "relative")]


def _days_after_place(spans, sentence, today=None):
    """``spans`` and, for each place counted back from a day the sentence told before it ("yesterday, a day after
    the village of Y"), a span of that earlier day where the count stands, for the place named after it. A place
    named in the earlier event the count goes back to ("two days after a soldier was killed near Y") is counted
    back the same way, from the day the sentence told before it, else from ``today``, the report's day ("The
    capture came two days after ...": the news the count starts from is the report's; an earlier sentence's day may
    be a heading's, "Tuesday's death", the very day counted back to); its span stands at the verb of harm, next to
    the place."""
    out = list(spans)
    for m in (*_DAYS_AFTER_HARM.finditer(sentence), *_DAYS_AFTER_FIRE.finditer(sentence)):
        if any(m.start() <= s.begin < m.end() for s in spans):
            continue                     # a day of its own inside the clause: "two days after ... on Monday"
        told = _days_told_before(spans, m.start())
        if told:
            anchor, kind = told[-1].start, ("relative" if told[-1].kind == "relative" else "calendar")
        elif today is not None and not spans:
            anchor, kind = today, "relative"
        else:
            continue
        day = anchor - dt.timedelta(days=count_value(m.group("num"), 1))
        count = re.match(r"\S+\s+days?\s+after", sentence[m.start():]).group()
        out.append(DateSpan(count, m.start("harm"), m.end("harm"), day,
                            day, "day", kind))
    for m in _DAYS_AFTER_PLACE.finditer(sentence):
        if not _PLACE_NAMED_AFTER.match(sentence, m.end()):
            continue                     # "four days after Azerbaijani units attacked ...": an event told, no place
        told = _days_told_before(spans, m.start())
        if not told or any(m.start() <= s.begin < m.end() for s in spans):
            continue
        day = told[-1].start - dt.timedelta(days=count_value(m.group("num"), 1))
        kind = "relative" if told[-1].kind == "relative" else "calendar"     # (a stated day as its anchor is)
        out.append(DateSpan(sentence[m.start():m.end()].rstrip(), m.start(), m.end(), day, day, "day", kind))
    return sorted(out, key=lambda span: span.begin)


def _told_weekday(weekday, anchor):
    """The first ``weekday`` after the day ``anchor`` ends (a day the sentence, a retold history or an earlier
    sentence stated), which a weekday told with "the" counts from ("On 2 June the road closed; on the Friday it
    reopened"); without any such day the weekday is read as news reads it, the last one before publication."""
    last = anchor[1]
    return last + dt.timedelta(days=(weekday - last.weekday() - 1) % 7 + 1)


def _anchor(spans, narrative):
    """The day a counted date ("the day before", "the next day") is counted from: the last day the sentence stated
    before it (a calendar day or a weekday), else the day a retold history reached (:func:`narrative_day`), else
    None. Returned as (first day, last day)."""
    for span in reversed(spans):
        if span.precision == "day" and span.end is not None and span.kind in ("calendar", "weekday"):
            return span.start, span.end
    return (narrative, narrative) if narrative is not None else None


# (or the month right before the day, set off by a comma alone, which the day narrows: "opened at the beginning of
# August, on the second", "in May, on the 4th"; not a month of something else, "opened in February, was shelled on
# the 3rd")
_SET_OFF = prefilter.compile(r",\s*")


def _resolve_anchored(kind, g, anchor, published):
    """A date counted from ``anchor`` (see :func:`_anchor`), or from publication without one: "on the eve" and "the
    day before" are the day before it (the day before publication, as news has it, without one); "on the 12th" that
    day of its month (else the latest 12th on or before publication); "earlier in the week", "at the start of the
    month" its week or month."""
    if kind == "period":
        return _period(g["unit"].lower(), "this", anchor[1] if anchor else published)
    if kind == "ordinal":
        return _ordinal_day(int(g["od"]) if g.get("od") else day_of_word(g["odw"]), (g.get("ofm") or "").lower(), anchor, published)
    if anchor is None:
        d = published - dt.timedelta(days=1)
        return d, d, "day", "relative"
    d = anchor[0] - dt.timedelta(days=1)
    return d, d, "day", "calendar"


def _ordinal_day(day, of_month, anchor, published):
    """The ``day`` of "on the 12th": of the month named ("of last month"), else of the anchor's month, else the latest
    such day on or before publication; None for a day the month does not have."""
    if "last" in of_month or "previous" in of_month:
        month = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    elif of_month or anchor is None:
        month = published.replace(day=1)
    else:
        month = anchor[1].replace(day=1)
    if not of_month and anchor is None and day > published.day:
        month = (month - dt.timedelta(days=1)).replace(day=1)
    try:
        d = month.replace(day=day)
    except ValueError:                     # "the 31st" of a month of 30 days
        return None
    return d, d, "day", "calendar"


# a verb of the sentence in the past, as a day told of a past year has: "the shots hit", "fell", "was wounded" (not a
# plan told in the present: "is expected", "are planned", "the checkpoint reopens")
_TOLD_PAST = prefilter.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )\b(?:was|were|had|did|hit|fell|struck|shot|took|came|"
                               r"began|broke|blew|killed|wounded|[a-z]{3,}ed)\b")


# "that winter", "that spring": a season of the year the text named before ("in 1992 ..." then "In a report filmed
# that winter, ... since 16 February"), also told as "in the spring of that year"
_THAT_SEASON = prefilter.compile(r"\bthat\s+(?:same\s+)?(?:winter|spring|summer|autumn)\b|"
                                 r"\b(?:winter|spring|summer|autumn)\s+of\s+that\s+(?:same\s+)?year\b", re.I)
# a sentence opening on a part of the day told before, then naming its day without a year: "He never forgot the first
# day of school in 2015. That morning, on 1 September, ...": the day of the year named before, as "that winter" is
_THAT_DAY_OPENING = prefilter.compile(r"\W*that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)\b", re.I)
# (the day right after that opening: "That morning, on 1 September" names it; a day further on, "That day, shells hit
# X, the head said on 18 May", is a day of its own)
_THAT_DAY_GAP = 12


def _that_season_year(sentence, year_named, published, at):
    """The year of a day without its year in a sentence that points back to a season of the year named before ("that
    winter"), or opens on the part of the day told before right before that day ("That morning, on 1 September"),
    when that year is before publication and the sentence writes no year of its own; else None."""
    if year_named is None or year_named >= published.year or YEAR_IN.search(sentence) \
            or not (_THAT_SEASON.search(sentence) or _that_day_before(sentence, at)):
        return None
    return year_named


def _that_day_before(sentence, at):
    """Does the sentence open on a part of the day told before ("That morning,") right before the day at ``at``?"""
    opening = _THAT_DAY_OPENING.match(sentence)
    return bool(opening) and at - opening.end() <= _THAT_DAY_GAP


def _told_year_ahead(g, published, year_named, sentence=""):
    """The year of a day without its year that falls in the weeks just after publication's day of the year, in a
    piece that has written an earlier year ("on 27 June 2014 ..." then "on the evening of 27 June the shots hit",
    published on 20 June 2015), in a sentence told in the past: the last such day before publication, not one still
    to come (None otherwise, "The governor is expected there on 2 July", and :func:`_day_without_year` decides)."""
    if year_named is None or year_named >= published.year or not _TOLD_PAST.search(sentence):
        return None
    try:
        d = dt.date(published.year, MONTHS[g["m"].rstrip(".").lower()], int(g["d"]))
    except (ValueError, KeyError):
        return None
    return published.year - 1 if d > published else None


def _day_without_year(month, day, published, future, deadline=False, narrative=None, retold=False):
    """The year of "September 27": the latest such day on or before publication unless it falls in
    the month after publication, the next one for the future tense, and for a deadline ("by November
    20") the next one if it is near; in a retold history, the narrative's day (:func:`_day_in_narrative`), a
    deadline too ("by 18 February" after "On 12 February 1994"), unless that day of the publication's year is
    today's news (:func:`_recent`) and the article does not look back on the history (``retold``)."""
    told = _day_in_narrative(month, day, narrative) if narrative and not future else None
    if told is not None and (retold or not _recent(month, day, published)):
        return told
    d = dt.date(published.year, month, day)
    if future:
        return dt.date(published.year + 1, month, day) if d < published - dt.timedelta(days=180) else d
    if deadline:
        try:
            ahead = d if d > published else dt.date(published.year + 1, month, day)
        except ValueError:                 # 29 February with no leap year after it
            ahead = None
        if ahead is not None and ahead - published <= dt.timedelta(days=DEADLINE_DAYS):
            return ahead
    if d <= published or d - published <= dt.timedelta(days=NEAR_AHEAD_DAYS):
        return d
    return dt.date(published.year - 1, month, day)


# A retold history goes on from the day it stated last: "On 12 February 1994 ... counter-attack." then "On 13 and
# 14 February they took the pass" and "By 18 February ...". A day and month without a year, in the past, within
# these days after the narrative's last stated day, is the first such day after it; a day further on is read
# against publication as before (a background date, "the war ended on 10 November 2020", is no narrative the
# report's own days go on from). Only a narrative at least a year before publication is carried. Nearer, a day
# after it is read against publication, which gives the same day except for a day in the weeks just after the
# publication's day of the year (NEAR_AHEAD_DAYS): "On 24 December" after "On 20 December 2024", in a report of
# 10 December 2025, is read as the coming 24 December, not 2024's; such a report is rare and is left so.
NARRATIVE_DAYS = 62
NARRATIVE_PAST_DAYS = 366
# A day without its year that falls in the month before publication is the report's own news ("Clashes broke out
# on 1 January 2024." then "... on 3 March", published on 10 March 2025), unless the article looks back on the
# history it retells ("Thirty years ago this week ...").
RECENT_DAYS = 31
# Words by which a report looks back from today on what it tells: an article that opens with them retells a history
# by its anniversary; a sentence with them is today's ("thousands gathered on 27 February to mark the
# anniversary"), and ends the history told before it.
# (but "witnesses later recalled" retells the story at its own time: it goes on)
# (but "the usual anniversary parades": a customary holiday of the story's own time, no looking back)
# (but "the ministry recalled that ...", "he recalled in an interview that ...": a speaker citing a fact as
# background, no history retold; the report's later days are still today's)
# (but "..., the agency recalled.": the teller named at the sentence's end, whose telling is the history's own
# account, as "the agency said" is; the sentence tells the history at its time)
_RECALL = prefilter.compile(r"\b(?:(?<!usual )(?<!annual )(?<!traditional )(?<!customary )(?<!yearly )anniversar(?:y|ies)|commemorat\w*|(?<!later )recall(?:s|ed|ing)?(?!\s+(?:in\s+(?:an?|his|her|their)\s+\w+\s+)?that\b)(?!\s*[.!?]?[\"”’']?\s*$)|years?\s+(?:ago|since|on))\b",
                            re.I)


def recalls(sentence):
    """Does the sentence look back from today ("a year ago", "thirty years since", "to mark the anniversary")?"""
    low = sentence.lower()               # (a quick test first, for speed: every match holds one of these words, or a
    if not any(w in low for w in ("anniversar", "commemorat", "recall", "year")) \
            and not any(c in sentence for c in "ıİſ\u212a"):   # letter the case-insensitive pattern folds to i, s
        return False                     # or k; the Kelvin sign, not a plain "K", which lower() already folds)
    return bool(_RECALL.search(sentence))


def _recent(month, day, published):
    """Does ``day`` of ``month`` fall within RECENT_DAYS before publication, in its year or, across New Year, the year
    before (29 December in a report of 3 January)?"""
    for year in (published.year, published.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:                 # 29 February of a year without it
            continue
        if dt.timedelta(0) <= published - d <= dt.timedelta(days=RECENT_DAYS):
            return True
    return False


def _recent_month(month, published):
    """Is ``month`` the publication's month or one that ended within RECENT_DAYS before it (the report's own news,
    "reported in early May" in a report of 10 May, as :func:`_recent` is for a day)?"""
    for year in (published.year, published.year - 1):
        first = dt.date(year, month, 1)
        if first <= published and published - _month_end(first) <= dt.timedelta(days=RECENT_DAYS):
            return True
    return False


def _day_in_narrative(month, day, narrative):
    """The ``day`` of ``month`` nearest the narrative's day, if within NARRATIVE_DAYS of it: the first one after it
    as the history goes on ("On 12 February 1994" ... "On 13 February"), or one shortly before it as the history
    looks back ("on 26 January" ... "the disorder that had broken out on 13 January"), in the year before across
    New Year ("on 4 January 1994" ... "the offensive had opened on 27 December")."""
    for year in (narrative.year - 1, narrative.year, narrative.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:                 # 29 February of a year without it
            continue
        if abs(d - narrative) <= dt.timedelta(days=NARRATIVE_DAYS):
            return d
    return None


# A history told goes forward; a sentence that names a month before the narrative's day looks back in so many words
# ("In March the brigade had dug in", "earlier, in March"): without them, a month after a background date ("before
# Azerbaijan retook it in September 2023. ... signed a declaration in August") is the report's own.
_LOOKS_BACK = prefilter.compile(r"\b(?:had|earlier|already)\b", re.I)


def _month_in_narrative(month, narrative, sentence):
    """The year of a month named without one ("in March") in a retold history: the year in which that month holds the
    narrative's day or begins within NARRATIVE_DAYS after it, as the history goes on; or, in a sentence that looks
    back (:data:`_LOOKS_BACK`), ends within NARRATIVE_DAYS before it ("in March" after "on 11 April 1994"; "in
    December" after "on 4 January 1994" is 1993's); else None."""
    back = bool(_LOOKS_BACK.search(sentence))
    for year in (narrative.year - 1, narrative.year, narrative.year + 1):
        first = dt.date(year, month, 1)
        last = _month_end(first)
        if (first <= narrative <= last or dt.timedelta(0) < first - narrative <= dt.timedelta(days=NARRATIVE_DAYS)
                or (back and dt.timedelta(0) < narrative - last <= dt.timedelta(days=NARRATIVE_DAYS))):
            return year
    return None


def narrative_day(spans, narrative, published):
    """The day a retold history has reached after a sentence with these date spans (or None).

    A sentence without dates leaves the narrative where it was; otherwise its last date decides: a calendar day at
    least NARRATIVE_PAST_DAYS before publication ("On 12 February 1994", or a day carried from one) is the
    narrative's new day, and so is the first day of such a month ("In October 1988"); any other date (a weekday, "last
    week", a year, a day or month near publication) ends it."""
    if not spans:
        return narrative
    last = spans[-1]
    if (last.kind == "calendar" and last.precision in ("day", "month") and last.end is not None
            and published - last.start >= dt.timedelta(days=NARRATIVE_PAST_DAYS)):
        return last.start                  # "In October 1988 ...": its first day ("On 5 November" is 1988's)
    season = _season_start(last)
    if season is not None and published - season >= dt.timedelta(days=NARRATIVE_PAST_DAYS):
        return season                      # "the reports for the summer of 2021 ...": "on 14 July" is 2021's
    return None


# a season of a year told, which a history's days without their year go on from (winter, astride two years, is left)
_SEASON_OF_YEAR = prefilter.compile(r"\b(?P<season>spring|summer|autumn|fall)\b", re.I)
_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _season_start(span):
    """The first day of the season a year's date span names ("the summer of 2021": 1 June 2021), else None."""
    if span.kind != "calendar" or span.precision != "year" or span.end is None:
        return None
    m = _SEASON_OF_YEAR.search(span.text)
    return dt.date(span.start.year, _SEASON_FIRST_MONTH[m["season"].lower()], 1) if m else None


def _holiday(name, year):
    """The day of the named day ``name`` (as _HOLIDAY matched it) in ``year``, or None."""
    words = name.lower().replace("’", "'").replace("'s", "").replace("'", "").replace("international ", "")
    words = re.sub(r"\b(year|women)s\b", r"\1", " ".join(words.split()))
    if "easter" in words:
        d = easter(year, EASTER_ORTHODOX if words.startswith("orthodox") else EASTER_WESTERN)
        return d + dt.timedelta(days=1) if words.endswith("monday") else d
    found = _HOLIDAY_DAYS.get(words)
    if found and words.startswith("orthodox") and not 1901 <= year <= 2099:
        return None                        # (Julian Christmas falls on 7 January only from 1901 to 2099)
    return dt.date(year, *found) if found else None


def _month_end(first):
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_weekday(year, month, weekday, nth):
    """The ``nth`` ("first".."fourth", or "last") ``weekday`` of a month."""
    if nth == "last":
        last = _month_end(dt.date(year, month, 1))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * _NTH[nth])


def _nth_weekday_day(g, published, future, year=None):
    """"The first Sunday of October": of the year written or the sentence's, else the latest such day on or before
    publication (the next one for a day to come)."""
    month, weekday, nth = MONTHS[g["m"].rstrip(".").lower()], WEEKDAYS[g["wd"].lower()], g["nth"].lower()
    if g.get("y") or year:
        return _nth_weekday(int(g.get("y") or year), month, weekday, nth)
    d = _nth_weekday(published.year, month, weekday, nth)
    if future and d < published:
        return _nth_weekday(published.year + 1, month, weekday, nth)
    if not future and d > published:
        return _nth_weekday(published.year - 1, month, weekday, nth)
    return d


def _weekday(target, modifier, published, future):
    back = (published.weekday() - target) % 7
    if modifier == "next" or (future and modifier not in ("last", "since")):
        ahead = (target - published.weekday()) % 7 or 7 if modifier == "next" else (target - published.weekday()) % 7
        d = published + dt.timedelta(days=ahead)
    elif modifier == "last":
        # (the day before publication would be "yesterday": "last Monday" written on a Tuesday is the Monday of the
        # week before, as the older sets date it)
        d = published - dt.timedelta(days=back + 7 if back <= 1 else back)
    else:
        d = published - dt.timedelta(days=back)
    return d, d, "day", "weekday"


def _period(unit, text, published):
    this = "this" in text
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        if this:
            return monday, published, "day", "relative"
        if "past" in text:
            return published - dt.timedelta(days=7), published, "day", "relative"
        start = monday - dt.timedelta(days=7)
        return start, start + dt.timedelta(days=6), "day", "relative"
    if unit == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
        return saturday, saturday + dt.timedelta(days=1), "day", "relative"
    if unit == "month":
        first = published.replace(day=1)
        if this:
            return first, published, "month", "relative"
        if "past" in text:
            return published - dt.timedelta(days=30), published, "day", "relative"
        prev = (first - dt.timedelta(days=1)).replace(day=1)
        return prev, _month_end(prev), "month", "relative"
    if unit == "year":
        year = published.year if this else published.year - 1
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "relative"
    return None


def _ago(num, unit, published):
    n = count_value(num, 1)
    if unit.startswith("fortnight"):      # "a fortnight ago": two weeks
        n, unit = 2 * n, "weeks"
    d = _before(published, n, unit) if n <= AGO_BY_HAND else _dateparser(f"{n} {unit} ago", published)
    if d is None:
        return None
    precision = "day" if unit.startswith(("day", "week")) else "month" if unit.startswith("month") else "year"
    return d, d, precision, "relative"


# "n units ago" up to this n is counted here, as dateparser counts it (the same day for every n up to 100, every
# unit and thousands of publication days); beyond it dateparser reads it
AGO_BY_HAND = 100


def _before(published, n, unit):
    """The day ``n`` days, weeks, months or years before publication, as dateparser reads "n units ago": calendar
    arithmetic from noon of the publication day (31 March less a month is 28 or 29 February). Done here because
    loading dateparser takes a tenth of a second, and each new day it is asked about a millisecond."""
    try:
        return (dt.datetime.combine(published, dt.time(12, 0))
                - relativedelta(**{unit if unit.endswith("s") else unit + "s": n})).date()
    except (ValueError, OverflowError):
        return None                      # before the year 1


@lru_cache(maxsize=4096)
def _dateparser(text, published):
    """dateparser for the long tail, relative to the publication date (cached)."""
    import dateparser
    base = dt.datetime.combine(published, dt.time(12, 0))
    parsed = dateparser.parse(text, languages=["en"], settings={"RELATIVE_BASE": base})
    return parsed.date() if parsed else None


def resolve(text, published):
    """Resolve one date expression (e.g. "on Tuesday") against a publication date.

    Parameters
    ----------
    text : str
        The expression alone, as written.
    published : datetime.date

    Returns
    -------
    DateSpan or None
        None when the text holds no date the module understands; ``dateparser``
        is tried before giving up.
    """
    spans = find_dates(text, published)
    if spans:
        return spans[0]
    d = _dateparser(text.strip(), published)
    if d is None:
        return None
    return DateSpan(text, 0, len(text), d, d, "day", "relative")
