"""Normalise place names so that spelling variants meet on one key.

News reports spell the same place many ways: Xankəndi, Khankendi, Khankendy;
Ağdam, Aghdam, Agdam; Cəbrayıl, Jabrayil, Jebrail. ``name_keys`` turns a name
into the few lookup keys it may be filed under, ``query_keys`` the keys a query
is tried with. Both fold case, diacritics, the Azerbaijani Latin letters and
the common English transliterations (kh/x, gh/g/q, j/c, -i/-y endings, doubled
letters). What folding cannot reach (typos such as "Yevlah") is left to fuzzy
matching in the gazetteer.
"""

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Azerbaijani Latin letters, read the way English transliterations spell them.
from . import prefilter
_AZ_LETTERS = str.maketrans({
    "ə": "a", "Ə": "a", "ı": "i", "I": "i", "İ": "i", "ç": "ch", "Ç": "ch",
    "ş": "sh", "Ş": "sh", "ğ": "g", "Ğ": "g", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u",
})
_AZ_MARKERS = set("əƏıİçÇşŞğĞ")
# the turned e (ǝ, Ǝ), a look-alike some sources type for the schwa ə, Ə (GeoNames itself writes "Ağcabǝdi"):
# read as the schwa
_TURNED_E = str.maketrans({"ǝ": "ə", "Ǝ": "Ə"})
# Azerbaijani Cyrillic (in use until 1991, still in older and Russian-language sources), letter by letter
# into Azerbaijani Latin: Ҹәбрајыл is Cəbrayıl, Ҝәнҹә is Gəncə (г is q, ҝ is g, ј is y, ҹ is c, ч is ç).
# Read so only for a name with a letter Russian has not (ә ҹ ј ҝ ғ һ ө ү): Russian transliterates otherwise.
_AZ_CYRILLIC_LETTERS = "әҹјҝғһөүӘҸЈҜҒҺӨҮ"
_AZ_CYRILLIC = str.maketrans(dict(zip(
    "абвгғдеәжзиыјкҝлмноөпрстуүфхһчҹшэ" "АБВГҒДЕӘЖЗИЫЈКҜЛМНОӨПРСТУҮФХҺЧҸШЭ",
    "abvqğdeəjziıykglmnoöprstuüfxhçcşe" "ABVQĞDEƏJZIIYKGLMNOÖPRSTUÜFXHÇCŞE")))
# ... and as English-language news writes a name it has only in Azerbaijani (Qaradağlı -> Garadaghli)
_AZ_TO_ENGLISH = str.maketrans({
    "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ğ": "gh", "Ğ": "Gh",
    "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "x": "kh", "X": "Kh", "q": "g", "Q": "G", "c": "j", "C": "J",
})
# Russian я, ю, ё as the Latin press writes them (Гянджа, Gyandzha), where unidecode has ia, iu, io
_RUSSIAN_Y_VOWELS = str.maketrans({"я": "ya", "ю": "yu", "ё": "yo", "Я": "Ya", "Ю": "Yu", "Ё": "Yo"})
_APOSTROPHES = prefilter.compile(r"[\u2018\u2019\u02bc\u02bb\u02bf\u02be`'\"]")
_NOT_ALNUM = prefilter.compile(r"[^a-z0-9]+")
_DOUBLED = prefilter.compile(r"(.)\1+")


def az_latin(name):
    """A name written in Azerbaijani Cyrillic, in Azerbaijani Latin ("Зәнҝилан" -> "Zəngilan"); any other
    name unchanged."""
    if not any(ch in _AZ_CYRILLIC_LETTERS for ch in name):
        return name
    return unicodedata.normalize("NFC", name).translate(_AZ_CYRILLIC)


def english_form(name):
    """A name written in Azerbaijani Latin as English-language news spells it ("Yuxarı Oratağ" ->
    "Yukhari Oratagh"); any other name unchanged."""
    if not _AZ_MARKERS.intersection(name):
        return name
    return unicodedata.normalize("NFC", name).translate(_AZ_TO_ENGLISH)


def _ascii(name):
    """Lower-case ASCII transliteration (Armenian and Cyrillic included)."""
    if name.isascii():                      # the same result, without the Unicode steps
        return _APOSTROPHES.sub("", name).lower()
    name = unicodedata.normalize("NFC", az_latin(name)).translate(_AZ_LETTERS).translate(_RUSSIAN_Y_VOWELS)
    name = _APOSTROPHES.sub("", name)
    # unidecode marks aspirated Armenian letters with a quote (Չ -> Ch`): not a letter of the name
    return _APOSTROPHES.sub("", unidecode(name)).lower()


def _fold(ascii_name):
    """Fold transliteration variants of an ASCII name into one key."""
    s = _NOT_ALNUM.sub(" ", ascii_name).strip()
    s = s.replace("kh", "x").replace("gh", "g").replace("q", "g").replace("dzh", "j").replace("zh", "j")
    s = s.replace("ye", "e").replace("yo", "o")
    s = re.sub(r"y\b", "i", s)          # Khankendy -> Khankendi
    s = _DOUBLED.sub(r"\1", s)           # Shushaa, Aghddam
    return s.replace(" ", "")


@lru_cache(maxsize=200_000)
def name_keys(name):
    """All lookup keys a known name is filed under.

    Parameters
    ----------
    name : str
        A place name in any script.

    Returns
    -------
    tuple of str
        One to three keys; empty if the name has no letters.

    Examples
    --------
    >>> name_keys("Cəbrayıl")
    ('cabrayil', 'jabrayil', 'jebrayil')
    """
    keys = []
    name = az_latin(name).translate(_TURNED_E)
    ascii_name = _ascii(name)
    keys.append(_fold(ascii_name))
    # Azerbaijani Latin c is English j (Cəbrayıl -> Jabrayil); x is kh (folded anyway).
    if _AZ_MARKERS & set(name) or "x" in name.lower():
        keys.append(_fold(ascii_name.replace("c", "j").replace("jh", "ch")))
    # ə is written e as often as a (Xankəndi -> Khankendi).
    if "ə" in name or "Ə" in name:
        e_name = unicodedata.normalize("NFC", name).replace("ə", "e").replace("Ə", "e")
        keys.append(_fold(_ascii(e_name).replace("c", "j").replace("jh", "ch")))
    return tuple(dict.fromkeys(k for k in keys if k))


@lru_cache(maxsize=65_536)
def unaccented_key(name):
    """The key of a Latin name with its letters' marks dropped, none read as another letter: a ş or ç of a
    Persian or Turkish romanisation as the s or c the news types ("Aşlān Dūz", Aslanduz; "Sarıkamış",
    Sarikamis), where :func:`name_keys` reads them as Azerbaijani sh and ch."""
    return _fold(_APOSTROPHES.sub("", unidecode(unicodedata.normalize("NFC", name))).lower())


def unmarked_form(name):
    """The readable form of a Latin name with its letters' marks dropped and nothing else changed (no
    transliteration variant folded): "Şırnak" is "sirnak", as the news types it in plain ASCII."""
    return display_key(unidecode(unicodedata.normalize("NFC", name)))


def query_keys(query):
    """Keys a user's query is looked up with, most literal first."""
    return name_keys(query.strip())


def display_key(name):
    """A readable lower-case ASCII form, used for fuzzy matching and suggestions."""
    return _NOT_ALNUM.sub(" ", _ascii(name)).strip()


# Letters and digraphs that transliterations of the region's names write differently, each mapped to
# one skeleton letter: Azerbaijani c/ç/x/q, Russian dzh/zh/kh, Armenian dz/ts/gh, English j/ch/sh, French ou,
# German sch/tsch.
_SKELETON_STEPS = (
    ("ou", "u"), ("tsch", "C"), ("sch", "s"),       # French and German transliterations: Martouni, Schuscha
    ("dzh", "j"), ("dj", "j"), ("tch", "C"), ("ch", "C"), ("zh", "j"), ("dz", "j"), ("sh", "s"), ("kh", "h"),
    ("gh", "g"), ("x", "h"), ("q", "g"), ("k", "g"), ("w", "v"),
    ("ye", "e"), ("yo", "o"), ("yu", "u"), ("ya", "a"),     # before h goes: Шыхарх's "shykharkh" is no "sar"
    ("h", ""), ("e", "a"), ("y", "i"),
)


@lru_cache(maxsize=200_000)
def variant_keys(name):
    """Looser keys that also meet the vowel and consonant variants of the region's names.

    Beyond :func:`name_keys`: e/a and i/y are one vowel, k/g/q one consonant,
    kh/x/h are dropped, sh/s and doubled letters are one, and Azerbaijani
    Latin c is read as j (Cəbrayıl, Jabrayil), as the ts of Armenian
    transliterations (Caxkasat, Tsaghkashat) and as a ç typed without its
    cedilla (Canaqci, Çanaqçı). So Qelbecer, Kəlbəcər and
    Kelbajar share a key. German spellings get keys of their own (ch as kh,
    dsch as j: Chodschali, Khojaly; s before a vowel as z: Sangilan,
    Zangilan; z as ts and j as y: Zizernawank, Tsitsernavank; Dschabrajil,
    Jabrayil), so do French ones (ch as sh: Chouchi, Shushi), and so does
    a word ending in gh, which is also written kh (Togh, Tokh), in kh, which may be an Armenian
    ք (Vankh, Vank), in a z or s, d or t, the one devoiced or voiced (Tovus, Tovuz; Kyzylkent,
    Kızılkənd), or in the Azerbaijani -lı written -li or -lu (Toparlu, Toparlı). Used only within
    the region, after the exact keys. The keys come in the order of :func:`variant_key_tiers`.

    Examples
    --------
    >>> variant_keys("Qelbecer") == variant_keys("Kelbajar")
    True
    """
    return tuple(key for key, _ in variant_key_tiers(name))


_CH_CONSONANT = prefilter.compile(r"ch[^aeiouyrl]")       # (but German writes Chr and Chl: Chramort, Khramort)


@lru_cache(maxsize=200_000)
def variant_key_tiers(name):
    """The variant keys of a name with their tier: 0 for the readings of the name's own letters (a final kh
    is as often ք as խ), 1 for the readings of another language's conventions (German, French, Western
    Armenian) and of a changed final letter, 2 for a Russian initial Г read as h. A place a name meets at
    tier 0 is a better reading than one it meets only at tier 1 ("Ghajaran" is Kajaran; German j-as-y makes
    it "Garan", an old name of Gogaran)."""
    words = _NOT_ALNUM.sub(" ", _ascii(name)).split()
    s = "".join(words)
    if not s:
        return ()
    keys = {}

    def add(key, tier):
        keys.setdefault(key, tier)
    for c_reading in ("j", "ts", "ch"):
        k = s.replace("ts", "c") if c_reading == "ts" else s
        add(_skeleton(re.sub(r"c(?!h)", {"j": "j", "ts": "c", "ch": "ch"}[c_reading], k)), 0)
    # German never opens a name with ch before a consonant but r or l: "chnarly" is a vowelless script's Çinarlı,
    # and its kh would drop out of the key and leave the bare "narli" of another village
    german_ch = "ch" in s and "ou" not in s and not _CH_CONSONANT.match(s)
    if german_ch:                        # German: ch is kh, dsch is j, tsch is ch (Chodschali, Khojaly);
                                         # with French ou, ch is sh (Sarouchen)
        add(_skeleton(s.replace("dsch", "dzh").replace("tsch", "\0").replace("sch", "sh")
                      .replace("ch", "kh").replace("\0", "tch")), 1)
    if "ch" in s:                        # French: ch is sh, tch is ch (Chouchi, Shushi; Tchartar)
        add(_skeleton(s.replace("tch", "\0").replace("ch", "sh").replace("\0", "ch")), 1)
    german = s.replace("dsch", "\0").replace("j", "y").replace("z", "ts").replace("\0", "dzh")
    german = re.sub(r"(?<![stcz])s(?![ch])(?=[aeiouy])", "z", german)
    if german != s:                      # German: s before a vowel is z, z is ts, j is y, dsch is j
        add(_skeleton(german), 1)        # (Sangilan, Berdsor, Zizernawank, Dschabrajil)
        if "ch" in german and german_ch:     # ... all at once with ch as kh (Göjarch, Göyarx; Asych, Azıx)
            add(_skeleton(german.replace("tsch", "\0").replace("sch", "sh").replace("ch", "kh")
                          .replace("\0", "tch")), 1)
    if name[:1] in "Гг" and len(s) > 3:  # Russian writes the h of the region's names with Г (Горадиз, Horadiz):
        add(_skeleton("h" + s[1:]), 2)   # the weakest reading
    # Western Armenian writes the voiced stops and affricates of the Eastern transliteration voiceless and the
    # other way round (Sdebanagerd, Stepanakert; Khachig, Khachik): both read with the voiceless one
    add(_skeleton(_VOICELESS.sub(lambda m: _VOICELESS_OF[m.group()], s)), 1)
    last = words[-1]
    if last.endswith("gh"):              # a final Armenian gh is also written kh (Togh, Tokh)
        add(_skeleton("".join(words[:-1]) + last[:-2] + "kh"), 1)
    if re.search(r"[^aeiouysc]kh$", last):   # an Armenian final ք written kh, as likely as a խ (Vankh, Vank)
        add(_skeleton("".join(words[:-1]) + last[:-1]), 0)
    stem = "".join(words[:-1]) + last[:-1]
    for pair in ("sz", "dt"):                # a final z or d devoiced, s or t voiced (Tovus, Tovuz; -kend, -kent)
        if re.search(rf"[aeiouyrn][{pair}]$", last):
            for end in pair:
                add(_skeleton(stem + end), 1)
    if re.search(r"l[iuy]$", last):          # the Azerbaijani suffix -lı/-li/-lu/-lü, written -li, -ly or -lu
        for end in "iu":
            add(_skeleton(stem + end), 1)
    return tuple((key, tier) for key, tier in keys.items() if _readable(key))


# a key this short with no vowel is what a script that writes no vowels leaves of a short name: too little to
# read a name by ("اهر", Ahar, left as "r", is no Ararat)
MIN_VOWELLESS_KEY = 3
_VOWEL = prefilter.compile(r"[aeiouy]")


def _readable(key):
    """Is a variant key long enough, or vowelled enough, to read a place's name by?"""
    return len(key) >= MIN_VOWELLESS_KEY or bool(_VOWEL.search(key))


# a y between two vowels is a sound of its own (Qayalı, Jabrayil), read as i; after a consonant ye/yo/yu/ya
# are one Russian vowel letter (Gyandzha, Ganja)
_VOWEL_Y = prefilter.compile(r"(?<=[aeiou])y(?=[aeiou])")
_VOICELESS_OF = {"dzh": "ch", "dz": "ts", "j": "ch", "d": "t", "b": "p", "g": "k"}
_VOICELESS = prefilter.compile(r"dzh|dz|j|d|b|g(?!h)")


def _skeleton(s):
    s = _VOWEL_Y.sub("i", s)
    for old, new in _SKELETON_STEPS:
        s = s.replace(old, new)
    return _DOUBLED.sub(r"\1", s)


@lru_cache(maxsize=200_000)
def query_variant_key_tiers(name):
    """The variant keys a query is looked up with: those of :func:`variant_key_tiers`, and readings only a
    query gets, since they read a letter as another language's (the names filed keep their own):

    * tier 1, Russian х for the Armenian ղ the English transliteration writes gh (Ахавно, Akhavno:
      Aghavno), each kh of the name or all of them;
    * tier 1, Spanish j for kh or gh (Mejri: Meghri; Drajtik: Drakhtik), all of a name's j after its first letter
      at once.
    """
    keys = dict(variant_key_tiers(name))
    s = "".join(_NOT_ALNUM.sub(" ", _ascii(name)).split())

    def add(reading, tier):
        keys.setdefault(_skeleton(reading), tier)
    spots = [m.start() for m in re.finditer("kh", s)]
    for at in spots if len(spots) > 1 else ():
        add(s[:at] + "gh" + s[at + 2:], 1)
    if spots:
        add(s.replace("kh", "gh"), 1)
    if "j" in s[1:] and "dj" not in s:      # French dj is j; an initial J is English j far more often
        add(s[0] + s[1:].replace("j", "kh"), 1)     # ("Japan" is no Ghapan)
        add(s[0] + s[1:].replace("j", "gh"), 1)
    return tuple((key, tier) for key, tier in keys.items() if _readable(key))


_UNWRITTEN_VOWEL = prefilter.compile(r"(?<=[^aeiouy])[ae](?=[^aeiouy])")


@lru_cache(maxsize=50_000)
def unwritten_vowel_keys(name):
    """Variant keys of a name with one of its vowels taken out, where a transliteration writes a vowel
    Armenian spelling leaves unwritten between two consonants ("Beradzor" for Berdzor, Բերձոր): in a name
    of six letters or more, never its first or last letters. A loose reading, for the gazetteer's last
    resort before a typo's guess."""
    s = "".join(_NOT_ALNUM.sub(" ", _ascii(name)).split())
    if len(s) < 6:
        return ()
    keys = (_skeleton(s[:m.start()] + s[m.end():]) for m in _UNWRITTEN_VOWEL.finditer(s)
            if 1 < m.start() < len(s) - 2)
    return tuple(dict.fromkeys(keys))


def names_written(text, names):
    """The ``names`` (a tuple) written in the text as whole words, longest first where two overlap.

    What ``re.findall(r"\\b(name|...)\\b")`` finds, several times faster: without the leading ``\\b`` the
    regex engine skips to the names' first letters, and a match is then kept only where a word starts.
    """
    rx, found, pos = _any_name(names), [], 0
    while names and (m := rx.search(text, pos)) is not None:
        if not _WORD_BOUNDARY.match(text, m.start()):
            pos = m.start() + 1            # it begins inside a word: look on from the next letter
            continue
        found.append(m.group(1))
        pos = m.end()
    return found


_WORD_BOUNDARY = prefilter.compile(r"\b")


@lru_cache(maxsize=8)
def _any_name(names):
    """One pattern for any of the names, the longest tried first, ending a word."""
    return prefilter.compile(r"(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
