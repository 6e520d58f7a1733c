"""The extractor's lexicon: word lists and cue patterns, data only.

Everything the rules read as vocabulary lives here, so a reviewer can extend a
list (a new weapon, a new speech verb) without touching the logic:

* thresholds and word lists for finding place mentions (stop words, capitals
  that stand for governments, geographic nouns, locative words, titles);
* the attribution vocabulary (speech verbs, "according to", actor nouns,
  nationality adjectives);
* the cue patterns that say what happened at a place, per layer and kind, and
  the words that describe a kind.
"""

import re
from itertools import groupby
from operator import itemgetter

from .. import prefilter
from ..dates import MONTH_NAMES
from ..names import name_keys

EVENT_COUNTRIES = ("AM", "AZ")            # Nagorno-Karabakh is filed under AZ in GeoNames
MIN_POPULATION_WITHOUT_CONTEXT = 1000     # smaller villages need "in", "near", "village of"...
MIN_POPULATION_ABROAD = 100_000
MAX_WORDS_IN_NAME = 4

# the word "the" ending the text before a name: "the A operation", "the X match factory"
THE_BEFORE = prefilter.compile(r"\bthe\s+$", re.I)

# the small numbers news writes in words, for the counts the patterns read ("set up five new posts")
NUMBER_WORDS = r"two|three|four|five|six|seven|eight|nine|ten"
# posts that are no armed position, by the word before them: the posts of those who tend or serve people ("first-aid
# posts", "vaccination posts", "polling posts"), posts of wood or metal ("fence posts", "lamp posts"), and jobs ("job
# posts", "staff posts"): none is a checkpoint when set up, closed or withdrawn (lookbehinds, one per word)
NOT_ARMED_POSTS_BEFORE = "".join(rf"(?<!{w} )" for w in (
    "medical", "first-aid", "first aid", "aid", "health", "nursing", "vaccination", "rescue", "volunteer",
    "volunteers'", "polling", "voting", "trading", "fire", "feeding", "relief",
    "lamp", "fence", "goal", "sign", "wooden", "timber", "metal", "gate",
    "job", "blog", "staff", "teaching", "vacant"))
# the endings that tell an Armenian, Azerbaijani or Russian surname ("Ghukasyan", "Mammadyarov", "Aliyeva"): one
# list for the rules that read a person's name by its surname
SURNAME_ENDING = r"(?:yan|ian|ov|ova|ev|eva|yev|yeva|zade)"
# the first words of villages' names ("upper", "lower", "big", "small", "new", "old"): "Yukhari Maralyan" is no person
# though it ends as a surname does
VILLAGE_FIRST_WORD = r"(?:Yukhari|Ashaghi|Orta|Boyuk|Kichik|Nerkin|Verin|Nor|Hin|Mets|Pokr)"
# a surname told by its ending, capital first ("Ghukasyan", "Ter-Petrosyan", "O’Hanyan"): the pattern the rules that
# read a full name share (a first name, then this; each keeps out a village whose first word is one of the above with
# VILLAGE_FIRST_WORD where a village can stand; mentions' _POST_BARE_AFTER, read case-blind, writes its own)
SURNAME = r"[A-Z][a-z'’-]*" + SURNAME_ENDING

# -- word lists ------------------------------------------------------------------------------

# (the last line: prepositions a sentence may open with, capitalised by position, so that "Outside X, soldiers
# ambushed a bus" still names X)
STOP = set("""
a about above according across after again against ago all almost along also although always am
among an and another any are around as at away back be because been before being below between
both but by can could did do does down during each either even ever every few for from further
had has have he her here hers him his how however i if in into is it its just last late later
least less like many may me meanwhile might more most much must my near neither never new next no
nor not now of off often on once one only or other our out over own per perhaps same several she
should since so some still such than that the their them then there these they this those though
through thus to too under until up upon us very was we well were what when where whether which
while who whom whose why will with within without would yet you your
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december sept jan feb mar apr jun jul aug oct nov dec
mr mrs ms dr gen prof president minister prime foreign defense defence ministry spokesman
spokeswoman army forces military government state news agency press reuters afp ap bbc tass
interfax read find more top reads said says told reported earlier today yesterday overnight
breaking update live video photo first second third north south east west central northern
southern eastern western new old great union republic national international independence
security council office people human rights peace war attack fire day week month year time
free open close sell buy vol trading previous opinion analysis comment share email print
easter christmas
outside inside beyond behind beside
""".split())

# Countries and the disputed region: where the conflict is, not where an event is.
NOT_EVENT_PLACES = {k for name in (
    "Armenia", "Azerbaijan", "Georgia", "Russia", "Turkey", "Türkiye", "Iran", "Karabakh",
    "Nagorno-Karabakh", "Nagorno Karabakh", "Nagorny Karabakh", "Artsakh", "Caucasus",
    "South Caucasus", "Europe", "Ukraine", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
    "France", "Israel", "Syria", "America", "United States", "Soviet Union", "USSR", "EU", "UN",
    "NATO", "OSCE", "CSTO", "Minsk Group", "Pakistan", "India", "China", "Afghanistan",
    "Mediterranean", "Black Sea", "Caspian", "Caspian Sea", "Upper Karabakh", "Mountainous Karabakh",
    "Kremlin",
    # Azerbaijan's economic region, not Armenia's Syunik (Zangezur): a region like Karabakh, never an event place
    "East Zangezur", "Eastern Zangezur") for k in name_keys(name)}

# Capitals that stand for their government far more often than for the city.
CAPITALS = {k for name in ("Baku", "Yerevan", "Tbilisi", "Moscow", "Ankara", "Tehran", "Washington",
                           "Paris", "Brussels", "Berlin", "London", "Kyiv", "Minsk")
            for k in name_keys(name)}
CAPITAL_COUNTRY = {"baku": "Azerbaijan", "yerevan": "Armenia", "moscow": "Russia", "kremlin": "Russia",
                   "ankara": "Turkey", "tbilisi": "Georgia", "tehran": "Iran", "washington": "United States",
                   "stepanakert": "Nagorno-Karabakh authorities",
                   "khankendi": "Nagorno-Karabakh authorities", "xankendi": "Nagorno-Karabakh authorities"}

GEO_NOUNS = {"bridge", "checkpoint", "corridor", "road", "highway", "route", "airport", "airfield",
             "district", "region", "province", "village", "town", "city", "reservoir", "river",
             "pass", "base", "border", "crossing", "gorge", "valley", "mountain", "mountains",
             "heights", "hill", "lake", "dam", "station", "international", "raion", "rayon",
             "marz", "oblast", "exclave", "enclave", "settlement", "area", "front", "direction", "sector", "axis",
             "outskirts",
             "post", "center", "centre", "hospital", "school", "market", "market", "cathedral",
             "mosque", "church", "bypass", "motorway", "railway", "tunnel", "plant", "dam", "crossroads", "junction",
             "terminal",
             # one height named as the news names a hill or a mountain ("the Karaglukh height", "fighting for the X
             # height"): looked up with its name as the gazetteer may file it, like "heights" and "hill"
             "height",
             # a village's own places, named by it as its school is ("the X cemetery", "the X kindergarten")
             "cemetery", "graveyard", "kindergarten",
             # a port town's own bay or harbour ("the blockade of the X Bay", "ships burning in X harbour")
             "bay", "harbour", "harbor"}
SITE_NOUNS = ("bridge", "checkpoint", "airport", "reservoir", "river")


# the particle of an Arabic name written in lower case before the surname: "Omar el-Amin", "Ali al-Sistani"
PARTICLE_NAME = prefilter.compile(r"(?:el|al|ul|ad|ud|as|an|ash|ibn|bin|abu)-[A-Z]")


def is_river(place):
    """Is the place one of the gazetteer's curated rivers ("Araz River")?"""
    return place.source == "curated" and place.name.endswith(" River")


# A word after a name that makes the name a site's: "the Azykh cave" is the cave, not the village of Azykh; "the
# Khudafarin hydro junction" is the dam, not the bridges of that name. Each word maps to the nouns the gazetteer
# names such a site with ("<name> Cave", "<name> Castle" or "<name> Fortress", "<name> Dam" or "<name> Reservoir").
# A river is an event's place only when people cross it or drown in it ("crossed the Araz into Iran", "fled
# across the Araz", "drowned in the Araz"), or a road follows it ("the road follows the valley of the Khachen
# river"); elsewhere it only locates what is on it ("a bridge across the Araz", "a village on the Araz", "the town
# lies in the valley of the Hakari"). Matched against the text just before the river's name.
RIVER_EVENT_BEFORE = prefilter.compile(r"\b(?:(?:cross(?:ed|es|ing)?|swam|swim(?:s|ming)?|wad(?:e|ed|es|ing))(?:\s+across)?|"
                                       # a crossing made or practised: "a crossing of the Aras", "a pontoon bridge across it"
                                       r"crossings?\s+of|(?:pontoon|floating|temporary)\s+bridges?\s+(?:across|over)|"
                                       # pontoons laid on the river itself are a crossing made: "laying pontoon bridges on the
                                       # Aras" (not a fixed bridge "on the Araz", which only locates, nor a pontoon or floating
                                       # bridge that is only there: "the floating bridge on the Araz is unsafe")
                                       r"(?:la(?:y|ys|id|ying)|buil(?:d|ds|t|ding)|assembl(?:e|es|ed|ing)|thr(?:ew|own|ows?|owing)|"
                                       r"(?:put|puts|putting|set|sets|setting)\s+up|erect(?:s|ed|ing)?)\s+"
                                       r"(?:(?:a|an|the|two|three|four|several|new|temporary|military)\s+){0,2}"
                                       r"(?:pontoon|floating)\s+bridges?\s+on|"
                                       # leaders meeting at the river are there: "the presidents met at the Araz" (not what
                                       # they met on, see RIVER_MEETING_TOPIC_AFTER)
                                       r"(?:met|meet(?:s|ing)?)\s+(?:at|on|by)|"
                                       r"(?:fled|flee(?:s|ing)?|escap(?:e|ed|es|ing)|ran|went|gone|got)\s+across|"
                                       # a flight over the river is a crossing too: "thousands fled over the Aras"
                                       r"(?:fled|flee(?:s|ing)?|escap(?:e|ed|es|ing))\s+over|"
                                       r"drown(?:ed|s|ing)?\s+(?:in|into|while\s+crossing)|"
                                       r"(?:follow(?:s|ed|ing)?|(?:runs?|ran|running|climbs?|climbed|climbing)\s+(?:up|down|along))"
                                       r"\s+the\s+(?:valley|gorge|course)\s+of)\s+(?:the\s+)?$", re.I)
# Troops holding drills along or on a river are there: "the Guards began three days of war games along the Aras",
# "the army held exercises on the Araz" (not a drill named only as what a report was about, "your report on the
# exercise along the Aras", nor villages or a road along it). Matched against the text before the river's name.
# The words between the verb and the drill only qualify the drill ("two days of", "large-scale"): a drill that is
# what talks, a debate, a protest or a view are about is no drill held ("held talks on the drills along the Araz",
# "began a debate on the exercises on the Aras", "holds that the drills on the Araz are routine").
RIVER_DRILL_BEFORE = prefilter.compile(r"\b(?:beg[au]n|begins?|held|holds?|holding|stag(?:ed|es?|ing)|conduct(?:ed|s|ing)?|"
                                       r"launch(?:ed|es|ing)?|start(?:ed|s|ing)?|carr(?:ied|ies|ying)\s+out)\b"
                                       r"(?:(?!\b(?:on|about|over|against|into|that|off|up|to|monitor\w*|watch\w*|observ\w*|"
                                       r"protest\w*|debat\w*|talks|briefing|articles?|reports?|coverage|criticis\w*|"
                                       r"condemn\w*)\b)[^.;]){0,40}?"
                                       r"\b(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers)\s+(?:along|on)\s+the\s+$", re.I)
# What leaders met on, told after the river's name, is a topic, not the river's bank: "the ministers met on the Araz
# issue", "experts met on the Araz pollution problem" (not "the presidents met at the Araz on Sunday")
RIVER_MEETING_TOPIC_AFTER = prefilter.compile(r"\s+(?:river\s+)?(?:(?:water|pollution|border|basin|dams?)\s+)?"
                                              r"(?:issues?|questions?|disputes?|problems?|pollution|quotas?|dams?|matters?|"
                                              r"file|talks|deals?|agreements?|projects?|treaty|accord)\b", re.I)
# A bridge being built over a river, with no town named as its place, is news at the river: "piers are going up for a
# bridge over the X river", "work began on a bridge over the X", "a bridge across the X River has been completed" (a
# bridge that stands there only locates: "a bridge across the X near Y", "the old bridge over the X was shut", nor
# anything built near it: "a school is being built near the bridge over the X"). RIVER_BRIDGE_WORKS_BEFORE is matched
# against the text just before the river's name, RIVER_BRIDGE_BEFORE and RIVER_BRIDGE_BUILT_AFTER around it.
RIVER_BRIDGE_WORKS_BEFORE = prefilter.compile(r"\b(?:(?:being\s+(?:built|put\s+up|erected)|going\s+up|under\s+construction|"
                                              r"work\s+(?:has\s+|had\s+)?(?:started|begun|began|is\s+under\s+way)|"
                                              r"(?:is|are|was|were)\s+(?:now\s+|also\s+)?building|construction\s+of|"
                                              r"building\s+of)\s+(?:(?:on|for|of)\s+)?"
                                              r"(?:(?!(?:near|by|beside|next|behind|at|outside|close|past)\b)[\w-]+\s+){0,4}?bridges?|"
                                              r"bridges?\s+(?:(?:that\s+|which\s+)?(?:is|are)\s+)?(?:being\s+built|going\s+up|"
                                              r"under\s+construction))\b[^.;:]{0,40}?\b(?:over|across|spanning)\s+the\s+$", re.I)
RIVER_BRIDGE_BEFORE = prefilter.compile(r"\bbridges?\b[^.;:]{0,40}?\b(?:over|across|spanning)\s+the\s+$", re.I)
RIVER_BRIDGE_BUILT_AFTER = prefilter.compile(r"(?:\s+[Rr]iver)?\s+(?:[^.;:,]{0,40}?\s+)?(?:was|were|is|are|has|have|had)\s+"
                                             r"(?:also\s+|now\s+|just\s+)?(?:being\s+built|been\s+(?:completed|finished|built))\b")
# A journey made along a river is news at the river: "we drove back to Horadiz along the Araz" (but not a road, a
# railway or villages that merely lie "along the Araz": the sets leave those at their towns)
RIVER_JOURNEY_BEFORE = prefilter.compile(r"\b(?:dr[io]ve|drives|driving|driven|walk(?:s|ed|ing)?|travel+(?:s|ed|ing)?|rode|"
                                         r"went|head(?:s|ed|ing)|took|taking|return(?:s|ed|ing)?|came|com(?:es|ing))\b"
                                         r"[^,;.:]{0,30}\balong\s+the\s+$", re.I)
# News of a river's water is news at the river: its pollution, waste reaching it, samples taken from it, its fish
# dying ("polluting the Okhchuchay river", "toxic waste could reach the Araz", "samples taken from the Okhchuchay").
# Searched in the sentence only once a river's name is matched there.
RIVER_WATER_NEWS = prefilter.compile(r"\b(?:pollut(?:e|es|ed|ing|ion|ants?)|contaminat(?:e|es|ed|ing|ion)|toxic|"
                                     r"waste|sewage|harmful\s+substances|samples?\s+(?:taken|of|from)|"
                                     r"trout|dead\s+fish|"
                                     # fish let into it, its stock renewed: "fish were released into the Basitchay", "they
                                     # let fish go into the river" (not fish only caught or sold there)
                                     r"(?:releas(?:e|es|ed|ing)|let(?:ting)?|stock(?:s|ed|ing)?)\s+(?:(?:young|\d[\d,]*)\s+)?"
                                     r"(?:fish|fry|fingerlings)\b|"
                                     r"(?:fish|fry|fingerlings)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
                                     r"(?:released|let\s+go|let)\s+into)\b", re.I)
# A river's valley or gorge is an event's place when a journey passes through it ("the flight over the Khachen
# valley", "we followed the Arpa gorge north", "the lorries went down the Araz valley"); it is drawn at the
# river. Matched against the text just before the river's name when "valley" or "gorge" follows it.
RIVER_VALLEY_BEFORE = prefilter.compile(r"\b(?:over|through|up|down|follow(?:s|ed|ing)?)\s+the\s+$", re.I)
RIVER_VALLEY_AFTER = prefilter.compile(r"\s+(?:valley|gorge)\b", re.I)
# A stretch of the front by a river where fighting is told is the place of the fighting: "the hardest fighting was
# on the stretch near the Araks", "clashes on the section along the Aras" (the river by its bare name, read as the
# river only after such a word; a stretch with no fighting told, villages "along" the river, or shots at someone on
# its bank, an incident the sets file at the post or village, stay where they are). Matched against the text just
# before the river's name.
RIVER_STRETCH_BEFORE = prefilter.compile(r"\b(?:stretch|section|sector)\s+(?:of|near|along|on|by|beside)\s+the\s+$", re.I)
RIVER_FIGHT_NEWS = prefilter.compile(r"\b(?:fight(?:s|ing)?|fought|clash(?:es|ed)?|battles?|attack(?:s|ed|ing)?|"
                                     r"shell(?:s|ed|ing)|offensive|assaults?|losses|advanc(?:e|ed|es|ing))\b", re.I)
_DAM = ("dam", "reservoir")
_RESERVOIR = ("reservoir",)                  # (a reservoir is not its dam: "the Mingachevir reservoir")
SITE_WORDS = {"cave": ("cave",), "caves": ("cave", "caves"),
              "castle": ("castle", "fortress"), "fortress": ("fortress", "castle"), "fort": ("fortress", "castle"),
              "monastery": ("monastery",),
              "waterfall": ("waterfall",),
              # a nature reserve named after its river or valley: "the Basitchay reserve" is the reserve, not the
              # river of that name
              "reserve": ("reserve", "state reserve", "state nature reserve"),
              "dam": _DAM, "dams": _DAM, "hydro": _DAM, "junction": _DAM, "junctions": _DAM, "hpp": _DAM,
              "hydroelectric": _DAM, "plant": _DAM,
              # a reservoir, also the last of a list: "the Sarsang and Madagiz reservoirs" (each one's reservoir)
              "reservoir": _RESERVOIR, "reservoirs": _RESERVOIR}
PIPELINE_NOUNS = {"pipeline", "pipelines", "railway", "rail", "railroad", "gas", "oil", "line", "group",
                  "format", "process", "talks", "agreement", "declaration", "statement", "summit",
                  "platform", "war", "conflict", "accord", "accords"}
LOCATIVE = {"in", "at", "near", "outside", "around", "from", "to", "into", "towards", "toward", "via",
            "through", "across", "on", "onto", "of", "between", "and", "or", "over", "along", "reached",
            "entered", "captured", "liberated", "took", "shelled", "struck", "hit", "targeted",
            "attacked", "bombed", "shelling", "bypassing", "past", "beyond", "inside", "within",
            "village", "town", "city", "settlement", "district", "region", "province", "northern",
            "southern", "eastern", "western", "central", "outskirts", "above", "below", "overlooking",
            # a place picked out of the villages just named: "several villages, among them X", "including Y"
            "among", "including",
            # what posts or a line face across the border: "the posts facing X", "the positions opposite Y"
            "facing", "opposite"}
CAPITAL_LOCATIVE = {"in", "at", "near", "outside", "around", "from", "to", "into", "towards", "toward", "through", "via",
                    "on", "over", "across", "inside", "reached", "entered", "shelled", "struck", "hit",
                    "targeted", "attacked", "bombed", "stormed", "of", "city", "capital", "left", "leaving", "leaves",
                    # a capital fled or cut off: "the president had fled Baku", "troops blockading Yerevan" (a state
                    # blockading it names the government, no place: see the mentions' _STATE_CUTS_OFF)
                    "fled", "blockaded", "blockading", "besieged", "besieging", "encircled"}
# a state service, a body with a seat of its own: "the State Border Service", "the security service"
STATE_SERVICE = r"(?:border|security|customs|migration|intelligence)\s+services?"
SEAT_OF_POWER = prefilter.compile(r"\b(officials?|government|authorities|leadership|administration|"
                                  r"diplomats?|ambassadors?|embass(?:y|ies)|sources|ministry|parliament|regime|office|"
                                  # "the heads of the diplomatic missions in Baku": where the envoys sit, as "the ambassadors
                                  # in Baku" (a mission sent somewhere, "a monitoring mission in X", is not a seat)
                                  r"(?:diplomatic|foreign)\s+missions?|"
                                  # "according to the prosecutors in Baku": the prosecution's seat, as "the office in Baku"
                                  r"prosecutors|investigators|"
                                  # "a spokeswoman for the information centre in Yerevan": the body's seat
                                  r"(?:information|press|media)\s+(?:centres?|centers?|services?)|"
                                  # "The State Border Service in Baku gave a different account": a state service's seat
                                  + STATE_SERVICE + r")\s+"
                                  r"(?:based\s+)?in\s+$"
                                  # "no official from Baku has called": the government's people
                                  r"|\b(?:officials?|diplomats?|envoys?)\s+from\s+$"
                                  # "newspapers in Yerevan have written", "experts in Baku examined", "the wording of news
                                  # agencies in Baku", "critics in Yerevan argue", "the papers in Baku put the figure at":
                                  # where they work or speak (not identity papers checked: "checked the papers in X")
                                  r"|\b(?:newspapers?|(?<=\bthe\s)(?<!check\sthe\s)(?<!checks\sthe\s)(?<!checked\sthe\s)"
                                  r"(?<!checking\sthe\s)papers|media|press|(?:news\s+)?agencies|outlets|broadcasters|"
                                  r"experts|analysts|"
                                  r"commentators|critics)\s+(?:based\s+)?in\s+$"
                                  # "foreign military attachés accredited in Baku": where they work, not an event
                                  r"|\baccredited\s+(?:in|to)\s+$"
                                  # "according to figures published in Baku": the government's or the capital's press's count
                                  r"|\b(?:figures|data|statistics|lists?|reports?|accounts?|estimates?)\s+(?:officially\s+)?"
                                  r"(?:published|released|issued|compiled|given)\s+in\s+$"
                                  # "representatives of Baku": the government
                                  r"|\b(?:representatives?|envoys?|delegations?)\s+of\s+$"
                                  # "no reply from Yerevan", "after a request from Baku": the government's answer or asking
                                  r"|\b(?:answers?|repl(?:y|ies)|responses?|requests?|demands?|appeals?|protests?|"
                                  r"complaints?|instructions?|orders?|pressure)\s+from\s+$"
                                  # "some in Baku have argued": the capital's voices
                                  r"|\b(?:some|many|others)\s+in\s+$"
                                  # "raised the issue in Moscow": taken up with the government
                                  r"|\b(?:raised|discussed)\s+(?:(?:the|this|that)\s+)?(?:matter|issue|question|case|it)\s+in\s+$",
                                  re.I)
# Land given to a capital is given to its government: "Lachin district passes to Baku", "handed over to Yerevan"
# (also with the land named between: "handed the A and B districts over to Baku")
CAPITAL_RECEIVES = prefilter.compile(r"\b(?:pass(?:es|ed|ing)?|hand(?:s|ed|ing)?(?:\s+(?:[\w'’-]+,?\s+){0,6}?(?:over|back))?|"
                                     r"transferr?(?:s|ed|ing)?|"
                                     r"ced(?:e|es|ed|ing)|given(?:\s+back)?|gives?(?:\s+back)?|sent|sends?|delivered|"
                                     r"addressed|forwarded)\s+to\s+$"
                                     # pressure is put on a government: "to put pressure on Yerevan"
                                     r"|\b(?:pressure|sanctions|demands?|influence|leverage)\s+on\s+$"
                                     # a government blamed: "puts all the blame on Yerevan", "blamed the attack on Baku"
                                     # (not the place of what one is blamed for: "blamed Baku for the attack on Yerevan")
                                     r"|\b(?:blame|responsibility)\s+on\s+$|\bblam(?:e|es|ed|ing)\s+(?:(?!for\b)[\w'’-]+\s+){1,4}?on\s+$"
                                     # a government's word: "no response from Yerevan", "Confirmation from Baku"
                                     r"|\b(?:confirmation|reaction|response|reply|denial|comment|word)s?\s+from\s+$", re.I)
# Where a person spoke from in a capital, not what happened there: "..., Mammadov said by telephone from Baku";
# where an outlet filed from: "the agency APA reported from Baku", "Armenpress, writing from Yerevan"; and where a
# programme's guest joined it from: "he joined us from Yerevan", "joining the show from Baku".
CAPITAL_SPEAKER_BEFORE = prefilter.compile(r"\b(?:by\s+(?:tele)?phone|by\s+video\s+link|speaking)\s+(?:from|in)\s+$"
                                           r"|\b(?:reported|reporting|wrote|writing|filed|filing)\s+from\s+$"
                                           r"|\bjoin(?:ed|s|ing)\s+(?:us|me|the\s+(?:show|programme|program|podcast|studio|"
                                           r"panel|call|discussion))\s+(?:by\s+(?:tele)?phone\s+|by\s+video\s+link\s+)?"
                                           r"from\s+$", re.I)
# (and a newsroom's seat: "from our Yerevan newsroom", "the agency's Stepanakert bureau")
INSTITUTION_NOUNS = {"governor", "governorate", "administration", "officials", "authorities",
                     "government", "mayor", "office", "leadership", "ombudsman", "parliament",
                     "newsroom", "bureau", "desk", "studio"}
FOREIGN_LOCATIVE = {"in", "at", "to", "visit", "visiting", "visited", "hosted"}
# A statement made to the press abroad is worth a pin there, like a meeting.
PRESS_BRIEFING = prefilter.compile(r"\btold (?:reporters|journalists|a (?:news|press) conference|a briefing)\b|"
                                   r"\b(?:news|press) conference\b|\bbriefing\b|\bbriefed\b|\bhearings?\b", re.I)
TITLES = {"president", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
          "official", "analyst", "journalist", "reporter", "commander", "general", "colonel",
          "mr", "mrs", "ms", "dr", "chairman", "leader", "deputy", "mayor", "adviser", "advisor",
          "aide", "lt", "col", "gen", "sgt", "writer", "editor", "correspondent", "scholar",
          "researcher", "head", "chief", "secretary", "counterpart", "premier", "pm", "fm"}
# a town that welcomes people is the place they came to, not its government speaking: "X welcomed its first
# returning residents", "Y welcomed 20 families"
_WELCOMED_PEOPLE = (r"\s+(?:its\s+|their\s+|the\s+)?(?:first\s+)?(?:[\d,]+\s+|more\s+)?(?:returning\s+)?"
                    r"(?:families|residents|returnees|villagers|inhabitants)\b")
# a town that reports an incident is where it happened, as told by its people: "X reported gunfire overnight",
# "Y reports heavy shelling" (but "X reported that ..." and "X reported the talks stalled" are its authorities speaking);
# the fire a village named like a word heard places it (mentions._FIRED_ON_SUBJECT)
INCIDENT_REPORTED = (r"\s+(?:(?:heavy|renewed|sporadic|intense|fresh|new|more|further|overnight|night-time|some)\s+)?"
                     r"(?:gunfire|shelling|shots|explosions?|blasts?|fire|drone\s+strikes?|damage|casualties)\b")
METONYMY_VERBS = prefilter.compile(
    r"^(?:['’]s\s+)?(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|previously\s+|repeatedly\s+|"
    r"has\s+not\s+|did\s+not\s+|does\s+not\s+|would\s+|will\s+|could\s+|should\s+|must\s+){0,2}"
    r"(said|says|say|handed\s+over|hands\s+over|claims?|claimed|insists?|insisted|insisting|accus\w+|den(?:y|ies|ied)|wants?|"
    r"wanted|wanting|announced|announces|reject\w*|respond\w*|condemn\w*|agree[sd]?|urge[sd]?|"
    r"urging|demand\w*|warn\w*|refuse[sd]?|blame[sd]?|argue[sd]?|welcome[sd]?(?!" + _WELCOMED_PEOPLE + r")|believes?|considers?|"
    r"hopes?|publici[sz]ed|regain\w*|sees|views?|expects?|called|calls|asked|asks|threaten\w*|"
    r"(?:reported|reports)(?!" + INCIDENT_REPORTED + r")|stated|states|confirmed|confirms|arrested|"
    r"responded|replied|(?:answered|answers|countered|counters|retorted|retorts)(?=\s+that\b)|pledged|backs|backed|supports?|supported|recogni[sz]\w+|describ\w+|"
    r"insists?|portray\w*|presents?|presented)\b",
    re.I)
# the plain verbs that open a speaker's words ("said that", "denied that"): SPEECH_VERB and the claims patterns that
# look for a speaker's words before "that" are built from this one list, so they cannot drift apart (the verbs that
# hand a quotation to its speaker, frames._QUOTE_VERBS, are another set: "joked", "sighed")
SAYING_VERBS = ("said", "says", "stated", "states", "announced", "announces", "claimed", "claims", "denied", "denies",
                "insisted", "insists", "confirmed",
                # (not one who "argues with" the guards or "argued for a new road": no account given)
                r"argued(?!\s+(?:with|against|over|about|for\s+(?:a|an|the)\b)\b)",
                r"argues(?!\s+(?:with|against|over|about|for\s+(?:a|an|the)\b)\b)",
                # a witness's account given under oath or to an inquiry: "the town's head later testified that"
                # (not ruins that "testified to" a war, nor a man who "testified against" another: no account given)
                r"testified(?!\s+(?:to|against|for)\b)", r"testifies(?!\s+(?:to|against|for)\b)")
SAYING = "|".join(SAYING_VERBS)
# the reports a denial rejects: "reports that", "Armenian media reports that" (SPEECH_VERB)
# a source that dates an event, a day, month or year given "as the date": "Azerbaijani sources give 19 January as the
# date on which", "local histories put 1992 as the year" (the source's own dating, its claim; not one who "gave a
# speech in Goris as the day drew to a close" or "put sandbags around the village as the day began": no day given);
# or that dates an event to a day: "the agency dates the burning of X to 23 July 1993", "an earlier article dated the
# attack to 15 February" (not a church that "dates to the 12th century", nor "dated the letter to the minister")
_DATED_DAY = (r"(?:\d{1,4}(?:st|nd|rd|th)?|" + MONTH_NAMES +
              r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
DATING_VERB = (r"(?:(?:give|gives|gave|put|puts)(?=\s+(?:[^,;:.]{0,30}?\s)?" + _DATED_DAY +
               r"[^,;:.]{0,20}?\s+as\s+the\s+(?:date|day|year|month)\b)|"
               r"(?:dates|dated)(?=\s+(?:the|its|his|her|their)\s+[^,;:.]{1,60}?\s+to\s+(?:the\s+)?" + _DATED_DAY + r"))")
_REPORTS_THAT = r"(?:[A-Z][a-z]+ (?:media )?)?(?:reports?|claims?|allegations?|accusations?) that\b"
# (what one is named as that is a post or a place's name, an appointment or a christening, no account: "named a
# general as Governor of Syunik", "named a square as Freedom Square")
_NAMED_TO = (r"(?:(?:acting|new|interim|its|his|her|their)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
             r"(?:Governor|Minister|Ambassador|Mayor|Commander|Chief|Head|Envoy|Director|President|Secretary|"
             r"Chair(?:man|woman|person)?|Prosecutor|Ombudsman|Spokes(?:man|woman|person)|Deputy|"
             r"Square|Street|Avenue|Road|Park|Bridge|School|Highway|Airport)\b")
# "that" after an answer's verb, or after a day or the means first: "replied that", "answered on 2 May that",
# "responded in a letter that", "replied yesterday that"
# (not a deed: "responded by building roads that lead ...")
_THEN_THAT = (r" (?:(?:on|in|at) [\w'’-]+(?: [\w'’-]+){0,2} |by (?:saying|stating|writing|declaring) |"
              r"(?:yesterday|today|later|then|swiftly|quickly) )?that\b")
# the words before a count ("about", "at least") and the people a figure counts: "a total of 3,000 people
# evacuated", "the number of the dead" (SPEECH_VERB: a figure given)
_FIGURE_QUALIFIER = r"(?:about |some |around |at least |more than |over |nearly |almost )?"
_COUNTED = (r"(?:dead|killed|deaths|wounded|injured|victims|casualties|people|civilians|soldiers|servicemen|"
            r"refugees|displaced|evacuated|evacuees|missing|prisoners|captives)\b")
SPEECH_VERB = (SAYING + r"|say|saying|claim|argue(?= that\b)|reported|reports|report|listed|lists|list(?= (?:an?|the)\b)|"
               r"write(?= that\b)|"
               # a body naming places as what befell them: "the ministry named A, B and C as places whose people had come
               # under fire" (its list is its account, as "listed" is; not places named as anything else: "named A
               # and B as villages eligible for compensation")
               r"named(?=\s+[A-Z][^.;:]{0,120}?\s+as\s+(?:the\s+)?(?:places|villages|towns|settlements|communities|areas|"
               r"sites|locations)\s+(?:whose|that|which|where)\b[^.;]{0,80}?\b(?:fire|shell\w*|struck|hit|attack\w*|"
               r"bomb\w*|targeted|damaged|destroyed)\b)|"
               # people or places identified by a source are its account: "the paper named the second man as X",
               # "the agency identified them as ..." (not "was named as the new governor": passive, no source; nor
               # one named to a post or a place named, _NAMED_TO)
               r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?:named|names|identified|identifies)"
               r"(?= (?:the|a|an|them|him|her|both|all|two|three|one)\b[^.;:]{0,60}? as (?!" + _NAMED_TO + r")[A-Z])|"
               # a source that dates an event (DATING_VERB)
               + DATING_VERB + "|"
               # a body's document that has the events in it is its account, as one that shows or lists them is: "the
               # ministry's plan has jets flying over A and B", "the agency's bulletin has shelling at C" (only after
               # the document's noun, and only with the document's owner named: see claims; not a participle after
               # it, "the plan has angered residents", "the report had been withdrawn")
               r"(?:(?<=plan )|(?<=plans )|(?<=map )|(?<=maps )|(?<=bulletin )|(?<=list )|(?<=report )|"
               r"(?<=statement )|(?<=release )|(?<=update )|(?<=summary )|(?<=briefing )|(?<=table )|(?<=chart )|"
               r"(?<=log )|(?<=figures )|(?<=data )|(?<=schedule )|(?<=timetable ))(?:has|had)"
               r"(?= (?!(?:been|not|never|yet|already|also|just|now|since|long|to|drawn|led|left|come|gone|made|put|"
               r"set|cut|hit|seen|taken|won|lost|brought|caught|met|run|become|begun|sent|spent|built|held|kept|"
               r"shown|given|found|said|told|got|gotten|grown|known|thrown|written|fallen|broken|spoken|chosen)\b)"
               r"(?![a-z]+(?:ed|en)\b)[A-Za-z\d])|"
               # a reason or a cause given is its giver's account, as "said" is: "the Roads Department gave construction
               # work as the reason", "the ministry gives repairs as the cause" (not "gave way as the crowd pushed",
               # nor a reason named after no "as": "gave no reason")
               r"(?:gave|gives|give|giving)(?= (?!way\b)[^,;:.]{1,60}? as (?:the|a|an|its|their|his|her) "
               r"(?:(?:main|chief|likely|official|only|sole|real|stated) )?(?:reasons?|causes?|grounds|explanation)\b)|"
               # places named in a list given are its giver's account, as "listed" is: "the agency gave the district's
               # names as A, B and C", "the ministry gives the village names as ..." (names of places, not a person's
               # own: "gave his name as Elshan", "gave their names as ...")
               r"(?:gave|gives|give)(?= (?:the|its) (?:[\w'’-]+ ){0,2}?(?:names|spellings) as (?:the )?[A-Z])|"
               # a list handed over is its giver's account: "the executive authority gave us a list of six villages"
               r"(?:gave|gives|handed|hands)(?= (?:us|me|them|him|her|reporters|journalists|the press) (?:a|the|its|their) "
               r"(?:[a-z]+ )?list\b)|"
               # the progressive of a report going on: "Turkish outlets were also reporting that", "the agency is
               # reporting that"
               r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bis )|(?<=\bare )|(?<=\bbeen )|(?<= also )|(?<= now ))"
               r"reporting(?= that\b)|"
               # an ownership claimed is its claimant's: "the church has laid claim to the monastery"
               r"(?:laid|lays|lay) claim(?= to\b)|"
               # (not "released" ending its sentence, a deed done to people: "until a deal got the men released."; a
               # comma after it is a relative clause's end: "the video, which the ministry released, shows ...")
               r"released(?!\s*(?:[.;:!?)]|$))|regards|regarded|"
               # footage a side puts out is its own account of what it shows: "the ministry put out a film of its
               # columns entering X", also with no article: "put out film from X" (only a film, a video or pictures
               # put out: not "put out the fire")
               r"(?:put|puts|putting) out(?= (?:(?:a|an|the|its|their|new) )?(?:[\w-]+ ){0,2}?(?:films?|videos?|footage|"
               r"clips?|pictures|photos|photographs|images)\b)|"
               # a statement issued is its issuer's words: "the council's president issued a statement expressing
               # concern", "the ministry issues a warning about" (not "issued passports", "issued by"; not "because
               # the ministry had issued a statement": a statement told as the background of another speaker's words,
               # nor "had already issued", "had also issued")
               r"(?<!had )(?<!had already )(?<!had also )(?<!had earlier )(?<!had previously )(?<!had just )"
               r"(?<!had recently )(?<!'d )(?<!’d )(?:issued|issues|issue)"
               r"(?= (?:a|an|the|its|their|his|her|this|that|another)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:statements?|communiqu[eé]s?|declarations?|warnings?|appeals?|press releases?)\b)|"
               # a toll or count given is its giver's account: "the prosecutors put the toll at 21 dead", "the agency
               # gave these figures: ..."
               r"(?:put|puts)(?= (?:the|its|their|a|his|her) (?:[\w-]+ ){0,2}?(?:tolls?|counts?|tally|numbers?|figures?|"
               r"dead|losses|casualties)\b[^.;:]{0,40}? at\b)|"
               # ... and so is a cost given as a sum: "the agency put the cost of rebuilding the X-Y line at an
               # estimated 300 million dollars" (a sum only: not "put the cost of the repairs at risk")
               r"(?:put|puts)(?= (?:the|its|their) (?:[\w-]+ ){0,2}?(?:costs?|price|bill) of\b[^.;:]{0,80}? at "
               r"(?:(?:an estimated|about|around|some|over|more than|nearly|almost|at least) )?[$€£]?\d)|"
               # ... and so are deaths placed: "the same site puts the other eleven deaths in the X district" (not
               # their cause: "put the deaths in X down to a rocket")
               r"(?:put|puts)(?= (?:the|its|their) (?:[\w-]+ ){0,2}?(?:deaths|dead|victims) in\b)"
               r"(?![^.;]{0,60}?\bdown to\b)|"
               # ... and so is a fall dated: "Armenian accounts put the fall of X on 8 August", "a booklet puts the
               # capture of Y in June 1993" (not "put the town under curfew", nor a cause given: "put the loss of Z
               # down to poor command in 2020")
               r"(?:put|puts)(?= the (?:fall|capture|loss|surrender) of\b(?![^.;:]{0,60}?\bdown to\b)[^.;:]{0,60}?\b(?:on|in)\s+"
               r"(?:\d{1,4}|" + MONTH_NAMES + r")\b)|"
               # ... or the count first: "put at no fewer than 150 the civilians killed"
               r"(?:put|puts)(?= at (?:no (?:fewer|less) than |at least |about |some |more than |over |nearly )?"
               r"(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:hundred|thousand)))|"
               r"(?:gave|gives)(?= (?:these|the|its|their|his|her|new|updated|fresh) (?:following |latest |new |final )?"
               r"(?:figures|tolls?|numbers|counts?|tally|statistics)\b)|"
               # ... and so is one figure given, with what it counts after it: "the agency gave a much higher figure:
               # ...", "gave its first number for the riots: ...", "the commandant gave a figure of 60 dead", "gave its
               # latest figure for X on Sunday: 11 dead" (a count only: not "gave a number of reasons", "gave the figure
               # skaters a lift", "gave the number of the hotline", nor a total of things handed over: "gave a total of
               # 500 tonnes of aid to X")
               r"(?:gave|gives)(?= (?:(?:a|an|the|its|their|his|her) (?:[\w-]+ ){0,2}?(?:figure|toll|count|estimate)|"
               r"(?:the|its|their|his|her) (?:[\w-]+ ){0,2}?number)"
               r"(?:\s*[:—–]|,? for (?:the|those|people|civilians|dead)\b|"
               r",? (?:of|for) " + _FIGURE_QUALIFIER + r"\d(?![\d,.]* (?:tonnes|tons|kilo\w*|manat|drams|dollars|euros|"
               r"roubles|flats|houses|parcels|vehicles)\b)|"
               r",? of (?:the|those) (?:[\w-]+ )?" + _COUNTED + r"|"
               r",? for [A-Z][^.;:]{0,40}:\s*" + _FIGURE_QUALIFIER + r"\d)|"
               r" (?:a|an|the|its|their|his|her) (?:[\w-]+ ){0,2}?total(?:\s*[:—–]|,? of " + _FIGURE_QUALIFIER
               + r"\d[\d,]* (?:[\w-]+ )?" + _COUNTED + r"))|"
               # ... or the count alone: "the prosecutors gave 21 dead in X" (a count of people killed or hurt; not
               # what was given to them: "gave 40 wounded veterans the keys to flats in X")
               r"(?:gave|gives)(?= (?:about |some |around |at least |more than |over |nearly |almost )?\d[\d,]* "
               r"(?:people |civilians |soldiers )?(?:dead|killed|deaths|wounded|injured|victims)\b"
               r"(?=\s*(?:[,;:.—–]|$)|\s+(?:in|at|near|on|and|from|since|after|during|across|by|among|as|for|so far|"
               r"overall|in total)\b))|"
               # ... and so is a number put at a count with a long account of whom it counts between: "the agency put
               # the number taken out of X by ferry, ship and plane at about 7,000" (a count after "at" only)
               r"(?:put|puts)(?= (?:the|its|their) (?:[\w-]+ ){0,2}?(?:numbers?|tolls?|counts?|figures?)\b[^.;:]{0,100}? "
               r"at (?:about |some |around |roughly |at least |more than |over |nearly |almost )?"
               r"(?:\d|(?:a|one|" + NUMBER_WORDS + r"|several) (?:hundred|thousand)))|"
               # a denial of what others say is the denier's claim: "the ministry dismissed as untrue reports that",
               # "dismissed as false Armenian reports that", 'called "baseless and false" Armenian media reports that'
               r"(?:rejected|rejects|dismissed|dismisses)(?= as [a-z]+(?: and [a-z]+)? " + _REPORTS_THAT + r")|"
               r"(?:called|calls)(?= [\"“][a-z]+(?: and [a-z]+)?[\"”] " + _REPORTS_THAT + r")|"
               # a leader naming the villages taken: "the president later named more villages: A, B and C"
               # (a district's villages too: "Baku's list also named the Zangilan villages of A and B")
               # (a count of them too: "the address named seven villages", "the president was naming further villages")
               # (some of a district's villages too: "she named four of the district's villages", "named its villages")
               r"(?:named|(?<=\bwas )naming|(?<=\bwere )naming)"
               r"(?= (?:(?:\d+|" + NUMBER_WORDS + r") of )?(?:more |other |several |further |its |their |"
               r"(?:the )?[\w-]+['’]s |the |(?:\w+ )?new |"
               r"(?:\d+|" + NUMBER_WORDS + r") (?:more |other |further |new )?)?(?:[A-Z][\w'’-]+ )?"
               r"(?:villages?|settlements?|towns?|heights?)\b"
               # (not villages named after someone: "named seven villages of Tartar after fallen soldiers")
               r"(?!(?:\s+(?:of|in)\s+(?:the\s+)?[\w'’-]+(?:\s+district)?)?\s+after\b))|"
               # places named as some of those hit: "the ministry named A and B among the districts under fire"
               # (not a person or a thing named among others: "named Rauf among the winners")
               r"named(?= [A-Z][\w'’-]+(?:(?:,| and| or) [A-Z][\w'’-]+){0,5} among (?:the )?(?:[\w-]+ )?"
               r"(?:districts|villages|towns|settlements|places|areas|regions|cities)\b)|"
               # a gathering set for a place or a day is announced by whoever set it: "the envoy has set the next
               # round for Geneva", "she scheduled the leaders' meeting for 3 August"
               r"(?:set|sets|scheduled|schedules|fixed)(?= (?:the |a |their )?(?:[\w'’-]+ ){0,4}?(?:talks|meetings?|"
               r"summits?|rounds?|sessions?) for\b)|"
               # a list read out or named after a colon is the reader's: "he read out the names: A, B and C",
               # "the spokesman read it out: A, B", "she named them: A and B" (not "a letter is read out": the reader
               # unnamed)
               r"(?<!is )(?<!was )(?<!are )(?<!were )(?<!been )read(?= (?:(?:it|them|(?:the|a) [a-z]+) )?out\b)|(?:named|names)(?= (?:them|it|(?:the|all) [a-z]+(?: [a-z]+)?)\s*:)|"
               r"counted(?! as\b)|counts(?! as\b)|(?:points?|pointed) out|(?:plans?|planned) to|documented|verified|"
               # material put about is the claim of those who put it about: "the media circulated footage claiming"
               # a charge said again is the claim of those who say it: "diaspora groups repeated the charge"
               r"(?:repeated|repeats|reiterated|reiterates|echoed|echoes)(?= (?:the|this|that|their|its|these) "
               r"(?:charges?|claims?|allegations?|accusations?)\b)|"
               # a statement made again: "the ministry repeated that its units had not crossed"
               r"(?:repeated|repeats|reiterated|reiterates)(?= that\b)|"
               r"(?:circulated|circulates|spread|spreads)(?= (?:(?:a|an|the|new|more)\s+)?(?:footage|videos?|photos?|"
               r"photographs?|images?|pictures?|reports?|claims?|rumou?rs?|allegations?)\b)|"
               # a body's record of what happened is its claim: "the ministry recorded a mass death of fish"
               # (or documented: "the watchdog documents a cluster munition attack on X")
               # (a count of one too: "the ministry recorded one breach near X")
               r"(?:recorded|registered|documented|documents)(?= (?:an?|the|\d[\d,]*|" + NUMBER_WORDS + r"|one|several|"
               r"dozens|hundreds|new|more)\b)|"
               # (or the damage a body's staff found on a visit: "her staff also found houses damaged by shelling in X")
               r"(?:(?<=staff )|(?<=staff also ))found"
               r"(?= (?:houses|homes|buildings|property|damage)\b[^.;:]{0,40}?\b(?:damaged|destroyed)\b)|"
               # (or the kind of event, bare: "the ombudsman's staff recorded fires started by the shelling"; not
               # filmed: "residents recorded explosions on their phones" tells no one's account)
               r"(?:recorded|registered|documented)(?= (?:fires|explosions|shots|violations|damage|casualties|"
               r"strikes|attacks|shelling|gunfire)\b(?![^.;:]{0,60}?\b(?:on|with)\s+(?:(?:their|his|her|a|an|the)\s+)?"
               r"(?:mobile\s+)?(?:phones?|cameras?|video|film)\b))|"
               # a record's telling: "the minutes record that the town was retaken", "it records that" (not the
               # noun before a clause of its own: "the ministry keeps records that list ...", "hospital records that
               # survived the fire show ...", "the records that the ministry kept")
               r"(?<!the )(?:records|record|recorded)(?= that\s+(?:[A-Z]|\d|(?:the|an?|his|her|its|their|this|these|"
               r"those|some|he|she|they|it|we)\b))(?![^,;.]*\b(?:show|shows|showed|reveal|reveals|revealed)\b)|"
               # ... or set off by commas, after the record that tells: "a year ago, the chronicle records, the army
               # attacked X" (after a record's noun only: not "Hospital records, photos and letters show ...")
               r"(?:(?<=chronicle )|(?<=diary )|(?<=log )|(?<=register )|(?<=archive )|(?<=history )|(?<=yearbook )|"
               r"(?<=site ))(?:records|recorded)(?=,\s)|"
               # (not the noun, the subject of a later verb: "hospital records the nurses kept show ...")
               r"(?:records|registers)(?= (?:an?|the|\d[\d,]*|" + NUMBER_WORDS + r"|several|"
               r"dozens|hundreds|new|more)\b)(?![^,;.]*\b(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|"
               r"suggested|indicate|indicates|indicated)\b)|"
               # a body's plan or promise is its claim: "the government plans a tunnel", "leaders promised that"
               r"(?:plans?|planned)(?= (?:a|an|new)\b)|(?:promised|promises|pledged|pledges)(?= (?:that|to)\b)|"
               # a request is the claim of those who make it: "he asked Russia to repair the line", "the Assembly
               # asked for engineers", "the State Department called on Azerbaijan to" (not "asked about", "asked to
               # the meeting"); asking someone to describe or tell something is asking for their words, not a claim
               # (asking for one's own anonymity is no request: "who asked not to be named")
               r"(?:asked|asks)(?![^.;:\"“”]{0,30}?\b(?:named|identified|anonymity|anonymous|withheld)\b)"
               r"(?![^.;:\"“”]{0,90}?\bto\s+(?:describe|recount|recall|tell|say|explain|talk|speak|"
               r"comment|share)\b)(?= for\b|[^.;:\"“”]{0,90}?\bto\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b)(?! about\b)|"
               # a question why states what it asks about: "a reader asked why the bus runs only twice a day"
               r"(?:asked|asks)(?= why\b)|"
               # a call made from a place to pass on news is its caller's word: "a villager called from X to say",
               # "a farmer phoned us from Y to tell us that"; the lookahead's shape:
               #   <call verb> [us | me | ... | our <word> | the <word>] from <one to three capitalised words>
               #   to <say | tell | report | warn>
               r"(?:called|phoned|rang|telephoned)(?= (?:(?:us|me|him|her|them|our [a-z]+|the [a-z]+) )?from "
               r"(?:[A-Z][\w'’-]+ ){1,3}to (?:say|tell|report|warn)\b)|"
               # and a call to someone named by a noun, to pass on news: "a dissident telephoned a Western agency
               # yesterday to say that ..."
               r"(?:phoned|rang|telephoned)(?= (?:an?|the|our) (?:[\w'’-]+ ){0,2}?[a-z][\w'’-]*"
               r"(?: (?:yesterday|today|later|again|back|on [A-Z][a-z]+day))? to (?:say|tell|report|warn)\b)|"
               # (not a day: "received calls on Friday that ..." are telephone calls, not an appeal)
               r"(?:called|calls) on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
               r"(?= [A-Z]| (?:the|all|both)\b)|urged|urges|demanded|demands(?= (?:that|the|an?)\b)|"
               r"show(?= that\b)|"
               # the speaker's words given after a colon in a manner of their own: "she put it bluntly: ...",
               # "he put it in big terms: ..."
               r"(?:put|puts) it(?=(?: [a-z]+){0,4}\s*:)|"
               r"(?:spoke|spoken|speaks|speak) (?:repeatedly |often )?of|"
               # what reports tell or leave out: "the reports mention no dead", "the account mentions that" (not
               # "the village mentioned in the report")
               r"(?:mention|mentions)(?= (?:no|that|only)\b)|"
               # an agreement reported by its party ("the ministry agreed that"), not one a speaker relays ("said the
               # leaders had agreed that")
               r"(?<!had )(?<!have )(?<!has )(?<!also )(?:agreed|agrees)(?= that\b)|revealed|reveals|"
               r"told|tells|tell|alleged|alleges|accused|accuses|accuse|insist|"
               # a suspicion held against a person is its holder's charge, as an accusation is: "the prosecutor's
               # office suspects him of ..." (not "suspected fighters")
               r"(?:suspects|suspected)(?= (?:him|her|them) of\b)|"
               r"confirms|deny|wrote|writes|tweeted|posted|noted|note(?= that\b)|"
               # (not a team that added some dug or built part: "the expedition added a new trench at X", "added two
               # rooms to the dig house", work done, no words)
               r"added(?! (?:a|an|another|two|three|four|five|several|more|new|extra)(?: (?:new|second|third|further|"
               r"fresh|small|large|deep|long|wide))? (?:trench(?:es)?|rooms?|sections?|wings?|floors?|storeys?|layers?|"
               r"squares?|pits?|plots?)\b)|"
               # the perfect of "wrote" with what was written: "the president had written on Twitter on 9 November
               # that ..." (not "had written slogans on the walls", "had written to Putin asking for help", "had
               # written on the wall of the school that ...": a medium, an addressee or a day may come between, or
               # the time of day: "had written in the morning that")
               r"(?:(?<=had )|(?<=has )|(?<=have ))written(?=(?:\s+(?:(?:on|in)\s+(?:(?:his|her|their|its|a|an|the)\s+)?"
               r"(?:Facebook|Telegram|Twitter|X|Instagram|blog|page|website|social\s+media|letter|column|article|"
               r"book|memoirs?|diary|statement|post)\b|on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)\b|"
               r"in\s+(?:\d{4}|[A-Z][a-z]+)\b|in\s+the\s+(?:morning|afternoon|evening)\b|to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|"
               r"earlier|later|yesterday|today|(?:last|this)\s+(?:week|month|year|[A-Z][a-z]+day)\b)){0,2},?\s+that\b)|"
               # the present tense of a document or transcript: "the ministry adds that", "..., the report notes."
               r"(?:adds|notes)(?= that\b|\s*[.,;]|\s*$)|warned|declared|asserted|"
               r"charged|blamed|blames|maintained|maintains|quoted|cited|showed|shows|published|indicated|"
               r"suggested|signall?ed|stressed|emphasi[sz]ed|acknowledged|acknowledges|admitted|admits|explained|"
               r"described|describes|describe|"
               # a move told as something by its maker: "Baku presented the moves as a routine deployment"
               r"(?:presented|presents|portrayed|portrays)(?= (?:the|its|their|this|these|those|it|them) (?:[\w'’-]+ ){0,3}?as\b)|"
               r"voiced|express(?:ed|es) (?:its |their |his |her |deep |serious |grave )?(?:concern|alarm|regret|outrage)|"
               r"fears|feared|(?<!for )(?<!in )fear(?= (?:that|they|he|she|it|we|the|their|its|a|an)\b)|called for|calls for|condemned|condemns|denounced|denounces|reminded|reminds|"
               # news welcomed is told by who welcomes it: "the minister welcomed on X the shipment through Y" (not
               # guests welcomed: "welcomed the delegation", "welcomed Ararat Mirzoyan"; nor a plan, a prospect or a
               # decision of one, no words joined by "of", "for" or "on": "welcomed the prospect of the reopening";
               # nor talks opened: "welcomed the opening of talks on the corridor")
               r"(?:welcomed|welcomes)(?= (?:on (?:X|Twitter|Facebook|Telegram) )?(?:the|this|its|their) "
               r"(?:(?!(?:of|for|on|about|to|towards?)\b)[\w'’-]+ ){0,3}?"
               r"(?:shipments?|deliver(?:y|ies)|passage|release|reopening|opening|arrival|return|handover|withdrawal)\b"
               r"(?! of (?:the )?(?:talks|negotiations|dialogue|consultations)\b))|"
               r"pointed to|points to|complained|complains|protested|"
               # (not the noun: "Larger protests broke out in Vanadzor", "Protests were held")
               r"protests(?! (?:also |later |soon |then )?(?:broke|erupted|spread|continued|took|were|began|went|"
               r"followed|flared|grew|have|had)\b)(?! in (?:the )?[A-Z])|"
               r"(?:hopes?|hoped)(?! to\b)|believes?|believed|"
               r"(?:expects?|expected|predicts?|predicted)(?= (?:the|that|it|a|an)\b)|"
               # a body's adopted text is its claim: "the Assembly adopted, in Strasbourg, a resolution"
               r"(?:adopted|adopts|passed|passes)(?=,?\s+(?:[^.;:\"“”]{0,40}?,\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+)?"
               r"(?:resolution|declaration)\b)|"
               # a congratulation on what was won tells that it was won: "she congratulated the nation on Instagram on
               # the villages freed in X", "the minister congratulated the troops on retaking Y" (the "on" of what
               # was won, not of the means: "on Instagram", nor of a day: "on Monday"; not one congratulated on
               # something else: "congratulated the winners of the tournament held in Z", "congratulated him on his
               # election victory during their meeting in Z", "congratulated the builders on completing the road")
               r"(?:congratulated|congratulates)(?= [^.;:]{1,80}? on (?!(?:Instagram|Twitter|Facebook|Telegram|X|"
               r"the (?:phone|telephone|radio)|television|TV|air)\b)(?:[\w'’-]+ ){0,3}?"
               r"(?:liberation|liberating|freeing|retaking|recapture|recapturing|capture|capturing|taking(?! part\b)|"
               r"regaining|(?<!election )(?<!electoral )(?<!sporting )victory|victories|(?:freed|liberated|retaken|"
               r"recaptured|captured|regained)\b))|"
               # what people remember is their account: "..., witnesses later recalled.", "he recalled in the same
               # interview that", "as the agency recalled last month." (not "recalled its envoy")
               # ("recalled this week that", "recalled last month that": when it said so; "recalls in its anniversary
               # piece.": where it said so; and what they tell of how it went: "she recalls how tanks rolled up to
               # her village", not "recalled how to bake bread")
               r"(?:recalled|recalls|recall|remembered|remembers|remember)"
               r"(?= (?:(?:in|at|on|during) (?:[\w'’-]+ ){1,4}?|(?:this|last) (?:week|month|year) |"
               r"(?:yesterday|today|earlier) )?(?:that|how(?! to\b))\b|(?: (?:last|this|on|at|in) [\w'’-]+"
               r"(?: [\w'’-]+){0,2}| (?:yesterday|earlier|later|then))?\s*[.,;]|\s*$)|"
               # ... and so is a record someone recalls with what it says: "he recalled a protocol that troops had crossed
               # at X", "the agency recalled last year's statement that" (not "recalled a protocol signed in 2022")
               r"(?:recalled|recalls)(?= (?:a|an|the|its|his|her|their|[\w'’-]+['’]s) (?:[\w'’-]+ ){0,2}?(?:protocol|"
               r"statement|report|decision|decree|agreement|letter|document|note|record|order|ruling|communiqu[eé]) "
               r"that\b)|"
               # what someone noticed is their account: "Sputnik Armenia noticed that troops had dug in near X" (not
               # "noticed the smoke": no account given)
               r"(?:noticed|notices|notice)(?= that\b)|"
               # ... and so is a fight or an attack someone recalls: "the mayor recalled the hard fighting at X", "he also
               # recalled the mine blast near Y" (the older sets name the one who recalls as the claimant)
               # (the words between are the fight's own, not "those killed in the shelling": the dead remembered)
               r"(?:recalled|recalls|remembered|remembers)(?= (?:the|those) (?:(?!(?:killed|who|lost|died|fallen|in|of|"
               r"at|on|during)\b)[\w'’-]+ ){0,3}?(?:fighting|battles?|"
               r"shelling|bombardment|attacks?|assault|offensive|siege|blockade|clashes|raids?|explosions?|blasts?|"
               r"mines?|evacuation|exodus)\b)|"
               # what people talk about among themselves is their account: "in the villages people talk about the
               # bridge"
               r"(?:(?<=[Pp]eople )|(?<=[Ll]ocals )|(?<=[Vv]illagers )|(?<=[Rr]esidents ))"
               r"(?:talk|talked|speak)(?= (?:about|of)\b)|"
               # an answer in a debate is the answerer's account: "a member replied that ..." (not "replied to X")
               # ("its troops had responded." is a deed; "answered with fire" neither)
               # (a day or the means between the verb and its "that": "answered on 2 May that", "replied in a
               # letter that", "responded yesterday that")
               r"(?:replied|replies)(?=" + _THEN_THAT + r"|\s*[.,;]|\s*$)|reply(?= that\b)|"
               r"(?:responded|responds|answered|answers)(?=" + _THEN_THAT + r")|"
               # what the press has written about: "newspapers in Baku have written about a possible exchange"
               # (or where it was written: "the MP has written on Facebook that", "had written on his blog that")
               r"(?<=has |had |ave )written(?= (?:on (?:(?:his|her|their|its) )?(?:Facebook|Telegram|Twitter|X|"
               r"Instagram|blog|page|website|social media) )?(?:about|that|of)\b)|"
               # where an investigator puts what footage shows is its finding: "the group placed the scene in X",
               # "researchers geolocated the video to Y"
               r"(?:placed|places|geolocated|geolocates|traced|traces)(?= (?:the|this|that|these|those|both) "
               r"(?:[\w'’-]+ ){0,2}?(?:scenes?|footage|videos?|clips?|images?|photos?|photographs?|pictures?|killings?|"
               r"shootings?) (?:in|to|at|near)\b)|"
               r"informs|informed(?= that\b)|(?:estimates|estimated)(?= that\b)|(?:found|concluded)(?= that\b)|"
               # an inquiry's finding told after it, at the sentence's end: "..., the commission found." (not "the
               # bodies were found.")
               r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?<!be )(?:found|concluded)(?=\s*[.;!]?\s*$)|"
               r"reads|traded (?:accusations|blame)|(?:called|calls|branded|brands|termed)(?= (?:the|it|this|these|their|its)\b)|"
               # ... and an account named with "that": "the ministry called that story disinformation" (not "called
               # that evening")
               r"(?:called|calls|branded|brands|termed)(?= (?:that|those) (?:[\w'’-]+ )?(?:stor(?:y|ies)|reports?|"
               r"claims?|accounts?|allegations?|charges?|statements?|news|rumou?rs?)\b)")
# (ATTRIB_VERB, the verbs as one regex, is compiled below, after the helpers that gather its alternatives)
# (the look-ahead on the first letters spares the alternation at most positions of a sentence)
ACCORDING = prefilter.compile(r"\b(?=[abcdhilmnpqrstw])(?:according to|citing|quoting|cited by|quoted by|as reported by|"
                              r"said by|"
                              # what a writer was told by people: "our office has heard from many families that ..."
                              r"(?:heard|hears|learned|learnt)\s+from(?=\s+(?:(?:many|several|some|the|local|displaced)\s+)?"
                              r"(?:families|residents|villagers|locals|neighbours|neighbors)\b)|"
                              r"as (?:stated|reported|noted|indicated|said) in|per(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                              # word brought from a source: "came word from the prosecutor general that ...", "news came
                              # from the ministry that ..." (the source's claim, as "according to"; the body heads what
                              # follows "from", not "the villages near the police post", "relatives of the ministry's men")
                              r"(?:came\s+word|(?:word|news)\s+came)\s+from(?=\s+(?:(?!(?:near|of|in|on|at|above|below|by|"
                              r"beside|behind|around|along|and|or|with|from|to)\b)[\w'’-]+\s+){0,4}?(?:ministry|prosecutor|office|"
                              r"service|government|officials?|authorities|spokes\w+|police|command|agency|committee|ombudsman)"
                              r"\b[^,.;:]{0,40}?\s+that\b)|"
                              # an outlet passing on a body's telling: "the paper carried the account of the prosecutors: ..."
                              # (or a presenter reading it: "he read out the statement of the border service: ...")
                              r"(?:carried|relayed|published|ran|read\s+out)\s+(?:the|an?)\s+(?:[\w-]+\s+)?"
                              r"(?:account|version|statement)\s+of|"
                              # whose telling it is: "in the account kept by the state news agency"
                              r"in\s+(?:the|an?)\s+(?:official\s+)?(?:account|version|chronology)\s+(?:kept|given|published|told)\s+by|"
                              # whose account it is, the owner after it: "by the account of the ministry in Baku, ..." (not
                              # the account of what happened: "in the account of the war by ...")
                              r"(?:by|in)\s+the\s+(?:official\s+|own\s+)?account\s+of(?!\s+(?:the\s+|this\s+|that\s+)?"
                              r"(?:events?|fighting|clash\w*|attack\w*|wars?|battles?|conflict|incidents?|shelling|siege|"
                              r"offensive|ceasefire|talks|history|day|night)\b)|"
                              # or whose count: "by the count of the authorities in X, ...", "by the count of Armenia's
                              # Foreign Ministry" (older sets: 1 of 1 such events filed with the counter; not what is
                              # counted: "by the count of the dead")
                              # the account just cited, named again: "by that account", "by the same account" (the report
                              # before, as "according to the same account")
                              r"by(?=\s+(?:that|this|the\s+same)\s+account\b)|"
                              # ... or named by who gave it: "by the account the ministry gave at the time", "by the account
                              # that the researcher gave" (the giver's, as "by the ministry's account"; set off by a comma:
                              # not "paid by the account ...", nor a bank's "account number")
                              # (or accounts with no article, as people gave them: "By accounts that villagers gave later,")
                              r"(?:(?<=, )|^)by(?=\s+(?:the\s+account|accounts)\s+(?!of\b|(?:numbers?|details|holders?)\b)"
                              r"(?:(?:that|which)\s+)?[^,.;:]{1,60}?\s+"
                              r"(?:gave|gives|had\s+given|"
                              r"has\s+given|offered)\b)|"
                              r"by\s+the\s+(?:official\s+|own\s+)?(?:count|tally)\s+of(?!\s+(?:the\s+)?(?:[\w-]+\s+)?"
                              r"(?:dead|killed|wounded|injured|victims|casualties|bodies|shells|rockets|missiles|people|"
                              r"refugees|votes|ballots|days|hours|houses|homes|buildings|strikes|attacks|"
                              r"explosions|blasts|shots|drones|villages|soldiers|civilians)\b)|"
                              r"(?:(?:was|were|is|are|been|being)\s+(?:first\s+)?)?(?:reported|announced|confirmed|claimed|"
                              r"documented|recorded|stated|told|informed|blamed|accused|blamed\s+on\s+[A-Z][\w'’-]*)"
                              # a word or two of when between: "was reported late yesterday by the ministry"
                              r"(?:\s+(?:late|early|overnight|earlier|today|yesterday|later|first|also|again|\w+ly)){0,2}\s+by|"
                              # "the villages named by the head of state": whose list it is
                              r"(?:named|listed|mentioned)\s+by|"
                              # a place a document names among others: "named in the same report among the villages hit"
                              r"(?:named|listed|mentioned)\s+in(?=\s+(?:the|its|their|that|this)\s+(?:same\s+)?"
                              r"(?:report|statement|bulletin|release|list)s?\b))\s+"
                              # (an outlet named by its web address keeps its ending: "according to News.am", "quoting
                              # Oxu.Az", a two-letter ending written with its capital)
                              r"(?P<who>(?:[^,.;:()\"“”]|(?<=\w)\.(?=(?-i:[a-z]{2,4}|[A-Z][a-z])\b))+)", re.I)
# (after a quotation's closing mark, any verb of speaking introduces its speaker: '"...," joked Samvel Hovsepyan')
# (the mark opens the pattern, not each of its two alternatives: the regex then skips to the marks, for speed; the
# look-behind keeps the second alternative to a quotation's mark)
INVERTED = prefilter.compile(r"[,\"”’](?:\s*(?:said|says|added|noted|wrote|claimed|reported)|(?<=[\"”’])\s*(?:joked|jokes|quipped|"
                             r"laughed|sighed|recalled|recalls|remarked|replied|explained|insisted|admitted|complained|"
                             r"stressed|asked|shouted|whispered))\s+"
                             r"(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?|"
                             # one of a group, unnamed: '"...," said one resident', '"...," said a lorry driver'
                             r"(?:a|an|one|another)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:resident|villager|driver|refugee|local|"
                             r"farmer|shepherd|witness|eyewitness|official|soldier|teacher|passenger)s?|"
                             # the person just described, unnamed: '"...," said the man, who gave only his first name'
                             r"the\s+(?:man|woman)|"
                             # a role, then the name set off by commas: "..., said its head, Hakob Arshakyan", "..., said the
                             # village head, A B" (claims keeps the name)
                             r"(?:the|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*,\s+"
                             r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}|"
                             # a body's text: "..., said a statement from the Defence Ministry"
                             r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|report|communiqu[eé]|bulletin|release)\s+"
                             r"(?:from|by|of)\s+"
                             r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)\s*(?=[.,;]|$)")
# a finite verb in a would-be claimant: the phrase is a clause ("Armenian forces had fired rockets at Ganja")
CLAUSE_VERB = prefilter.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|did|does|do)\b")
# a town's people by their trade: "shopkeepers on the square", "our guide", "a flour wholesaler", "hauliers" (claimants:
# claims reads them as residents)
TRADE_PEOPLE = ("trader", "shopkeeper", "stallholder", "guide", "wholesaler", "haulier", "merchant", "forwarder")
ACTOR_NOUNS = prefilter.compile(r"\b(authorities|officials?|journalists?|reporters?|correspondents?|ministry|ministries|head of state|"
                                r"military|spokes(?:man|woman|person)|government|residents?|witnesses|media|"
                                r"army|forces|office|service|department|agency|agencies|troops|sources?|mission|"
                                r"peacekeepers?|observers?|monitors?|activists?|ombudsman|police|officers?|(?:border\s+)?guards|"
                                r"commanders?|side|command|travell?ers|passengers|commuters|drivers|villagers|locals|"
                                r"eyewitness(?:es)?|people|"
                                r"medics|doctors|rescuers|volunteers|families|prosecutors?|investigators|researchers?|ambassador|"
                                r"refugees|evacuees|arrivals|inhabitants|protesters|staff|workers|crews?|teams?|"
                                r"governor|mayor|family|relatives|abbot|priest|farmers|shepherds|herders|teachers|"
                                r"students|soldiers|survivors|pilgrims|clergy|monks|women|men|mothers|fathers|"
                                # a field team named by its noun, as "team" or "mission" is: "the expedition added that"
                                r"expeditions?|"
                                r"president|presidency|prime minister|minister|envoy|aide|adviser|advisor|headmaster|headmistress|"
                                r"headteacher|owners?|company|firm|diplomats?|analysts?|experts?|lawyers?|nurses?|surgeons?|deminers|sappers|"
                                r"committee|chairman|chairwoman|director|driver|farmer|shepherd|herder|teacher|doctor|nurse|"
                                + "|".join(noun + "s?" for noun in TRADE_PEOPLE) + r"|"
                                r"witness|villager|refugee|volunteer|deminer|pilgrim|priest|(?:arch)?bishops?|soldier|centre|center|"
                                r"organi[sz]ers|readers?|"
                                r"newspapers|press(?!\s+(?:release|conference|briefing|card|freedom|statement))|authority|"
                                r"administration|(?<!our )(?<!'s )(?<!’s )neighbou?rs?|television|rapporteur|moderator)\b",
                                re.I)
PRONOUNS = {"it", "he", "she", "they", "the ministry", "the statement", "the report", "the agency",
            "ministry", "his ministry", "her ministry", "its ministry", "statement", "report", "agency",
            "office", "his office", "her office", "its office", "the office", "spokesman", "spokeswoman",
            "his spokesman", "her spokesman", "his spokeswoman", "her spokeswoman",
            "the service", "service", "the department", "department", "the committee", "committee",
            "the command", "command", "the contingent", "contingent", "the mission", "mission",
            "the delegation", "delegation", "the press service", "press service", "the press office",
            "press office", "the press secretary", "press secretary", "the spokesperson", "spokesperson",
            "the resolution", "resolution", "the commentary", "commentary",
            "the authority", "authority",     # "the authority said": the executive authority named before
            "the administration", "administration"}   # "the administration said": the one named before
# "the answer says", "according to the same reply": a written answer stands for the body that gave it, named before
PRONOUNS |= {"the answer", "answer", "the reply", "reply"}
# "the release added": a press or news release stands for the body that issued it, named before, as a statement does
PRONOUNS |= {"the release", "release", "the press release", "the news release"}
# "the invitation recalled", "the letter adds": a document a body sent stands for its sender, named before, as a
# statement does
PRONOUNS |= {"the invitation", "invitation", "the letter", "letter", "the message", "message", "the appeal", "appeal"}
# "the watchdog said", "according to the rights group": the rights group named before (else the one that spoke before)
PRONOUNS |= {"the watchdog", "watchdog", "the rights group", "rights group"}
# "the governor added", "the minister said": the person with that title named before
BARE_TITLES = {"minister", "deputy minister", "governor", "official", "envoy", "ambassador", "mayor", "chairman",
               "deputy chairman", "chairwoman", "head", "commander", "officer", "representative", "aide", "adviser",
               "advisor", "ombudsman", "ombudswoman", "director", "spokesman", "spokeswoman"}
PRONOUNS |= BARE_TITLES | {f"the {title}" for title in BARE_TITLES}
# "according to them": only the claimant of the sentence just before, never one further back
OBJECT_PRONOUNS = {"them", "him", "her"}
# a nation's or a language's adjective is never a guessed spelling of a place ("Greek inscriptions" are in Greek,
# "Tatar" is no typo of Tartar, whatever village a spelling variant of the word may read); a place whose own name
# is such a word is that nation's before a common noun ("Kazakh wheat" is Kazakhstan's; Gazakh's old spelling is
# Kazakh). Not "Talysh": the people's name is also the Armenian spelling of Talish village, the news's usual reading
NATION_ADJECTIVES = frozenset("""
    abkhaz abkhazian afghan albanian algerian american arab arabic aramaic argentine armenian assyrian australian
    austrian avar azerbaijani azeri belarusian belgian bosnian brazilian british bulgarian byzantine canadian
    caucasian chechen chinese croatian cypriot czech danish dutch egyptian emirati english estonian european
    finnish french georgian german greek hebrew hungarian indian iranian iraqi irish israeli italian japanese
    jordanian kazakh korean kurdish kyrgyz latin latvian lebanese lezgin lithuanian macedonian mexican moldovan
    mongolian norwegian ossetian ottoman pakistani palestinian persian polish portuguese qatari roman romanian
    russian saudi scottish serbian slovak slovenian soviet spanish swedish swiss syrian tajik tatar turkish turkmen
    ukrainian uzbek welsh""".split())
# the area a list of places lies in, closing it: "A, B and other villages of C" (C is where they lie, no other scene)
OTHERS_OF = r",?\s+and\s+other\s+(?:villages|towns|settlements|communities)\s+(?:of|in)\s+(?:the\s+)?"

# what the war brings to a place besides fire and harm: forces, peacekeepers or reinforcements sent, the dead, the
# missing and the captive, a building seized, stormed or raided, people who fled or are evacuated and shelter, mines
# left, sirens, a blockade, a checkpoint, a convoy's arrival or aid trucks, a town fallen, shortages under a closed
# road or a power cut ("peacekeepers will be in A by Sunday", "landmines scattered around B", "troops took over the
# clinic in C", "a woman from D who fled on Saturday said", "aid trucks will be in E by Friday", "a villager from F
# was stopped at the checkpoint"); the rules that drop a place that only locates keep it when one is told
WAR_NEWS = prefilter.compile(r"\b(?:troops|soldiers|army|reinforcements|peacekeepers|forces|units?|bodies|saboteurs|"
                             r"(?:land)?mines?|munitions|ordnance|fallen|died|dead|missing|detain\w*|abduct\w*|captur\w*|"
                             r"arrest\w*|kidnap\w*|hostages?|prisoners?|seiz\w*|took\s+over|storm(?:ed|ing)|raid(?:s|ed)?|"
                             r"requisition\w*|loot\w*|set\s+up\s+a\s+(?:post|checkpoint)|checkpoints?|fled|flee\w*|"
                             r"evacuat\w*|shelter\w*|sirens|blockad\w*|aid\s+(?:trucks|lorries|convoys?)|humanitarian|"
                             r"shortages?|"
                             # (a convoy's own news, not one a notice sends things with: "with a convoy")
                             r"convoys?\s+(?:of\s+\w+\s+)?(?:arriv\w*|reach\w*|burn\w*|came|entered|crossed|"
                             r"brought|delivered|was|were)|"
                             r"r[au]n\s+(?:out|short)|"
                             r"(?:road|corridor|pass|border|checkpoint)\s+(?:is\s+|was\s+|stayed\s+|remained\s+|had\s+been\s+)?"
                             r"(?:shut|closed|blocked)|(?:town|city|village)\s+fell|"
                             r"(?:power|electricity|gas|water)\s+(?:is\s+|was\s+|had\s+been\s+)?cut)\b",
                             re.I)

# one private person named by the home they come from: "a farmer from A", "an old worker from the village of B"
# (the home describes the speaker; see HOME_HARM_TOLD for when it is also the scene)
PERSON_NOUN = (r"(?:farmer|woman|man|mother|father|driver|(?:school)?teacher|collector|"
               r"pensioner|shepherd|villager|student|nurse|doctor|girl|boy|widow|grandmother|grandfather|resident|"
               r"refugee|volunteer|member|reader|listener|worker|labourer|laborer|builder|shopkeeper|herder|beekeeper|"
               r"friend|neighbour|neighbor|relative|visitor)")
ONE_PERSON = r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?" + PERSON_NOUN
PERSON_FROM_BEFORE = prefilter.compile(rf"\b{ONE_PERSON}\s+from\s+(?:the\s+(?:village|town|city)\s+of\s+)?$")
# fire told after such a person speaks: "a farmer from A said his barn was shelled", "... said mortar shells hit the
# school" (with no other place named, the speaker's home is where it fell); a weapon or fire itself, not harm words
# alone ("said the exam was hit by delays", "said he was fired", "said he shot a video")
HOME_HARM_TOLD = prefilter.compile(r"\b(?:shell(?:s|ed|ing|fire)?|gunfire|gunshots?|shots|shooting|under\s+fire|(?:mortar|"
                                   r"artillery|rocket|sniper|machine-gun|automatic)\s+fire|drones?|bomb(?:s|ed|ing)?|"
                                   r"explosions?|exploded|mortars?|rockets?|missiles?|artillery|grenades?|snipers?)\b", re.I)
# fire feared, wondered about or denied in the clause that tells it, or put at another village: "said he feared shells
# could hit the houses", "said it was unclear whether shots had hit houses", "said shots had hit no houses", "said
# shots had hit houses in a neighbouring village"
FIRE_UNTOLD = prefilter.compile(r"(?i)\b(?:could|would|might|may|will|can|whether|if|unless|fear(?:s|ed)?|afraid|unclear|no|"
                                r"not|never|none|nothing|without)\b|\b(?:neighbou?ring|nearby|another|next|other|adjacent)\s+"
                                r"(?:villages?|towns?|communit(?:y|ies))\b")
# where a clause of a speaker's telling starts or ends: a stop or a joining word ("said shells hit his barn, and he
# fears more will come"; narrower than CLAUSE_BREAK)
TELLING_BREAK = prefilter.compile(r"[,;:.]|\b(?:and|but|that|while|when)\b")
# (a place the fire is put at that the gazetteer may not hold: "said she saw a film about the bombing of Dresden"; not
# a day or a month)
_FIRE_AT_NAME = prefilter.compile(r"\s+(?:of|in|on|near|at|over)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                                  r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                                  r"October|November|December)\b)[A-Z\u018f\u00c7\u015e\u011e\u00dc\u00d6\u0130]")


def home_harm_told(sentence, start):
    """Does the speaker whose words start at ``start`` tell of fire that fell, with no fear, doubt or denial before it
    in the words and no other place it is put at? (see HOME_HARM_TOLD)"""
    hit = HOME_HARM_TOLD.search(sentence, start)
    if hit is None or FIRE_UNTOLD.search(sentence, start, hit.start()):
        return False
    if _FIRE_AT_NAME.match(sentence, hit.end()):
        return False
    stop = TELLING_BREAK.search(sentence, hit.end())
    return not FIRE_UNTOLD.search(sentence, hit.end(), stop.start() if stop else len(sentence))


ADJ_COUNTRY = {"azerbaijani": "Azerbaijani", "azeri": "Azerbaijani", "azerbaijan": "Azerbaijani",
               "armenian": "Armenian", "armenia": "Armenian", "russian": "Russian", "russia": "Russian",
               "turkish": "Turkish", "turkey": "Turkish", "iranian": "Iranian", "iran": "Iranian",
               "us": "US", "u.s.": "US", "american": "US", "french": "French", "france": "French",
               "georgian": "Georgian", "georgia": "Georgian", "karabakh": "Karabakh", "artsakh": "Karabakh",
               "eu": "EU", "european": "EU"}
NATION = prefilter.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(ADJ_COUNTRY, key=len, reverse=True))
                           + r")(?:'s)?\b")


# a place's population as a count of its people: "some 20,000 people", "4,500 inhabitants" (what a town is like, not
# people who came or left: cues._CHARACTER, pipeline._POPULATION)
POPULATION_COUNT = r"(?:(?:some|about|around|nearly|almost|over|roughly)\s+)?\d[\d,.]*"
POPULATION = POPULATION_COUNT + r"\s+(?:people|inhabitants|residents)\b"


# -- cue lexicon: what happened at the place -------------------------------------------------

# troops named right before "dug in" (one lookbehind a wording: "troops dug in", "soldiers have dug in")
_TROOPS_DUG_IN = "|".join(rf"(?<={w}{v} dug in)" for w in (
    "troops", "soldiers", "forces", "units", "servicemen", "fighters", "militants", "army", "enemy", "military",
    "paratroopers", "infantry", "detachments", "battalions", "sappers")
    for v in ("", " have", " had", " also", " then", " quickly", " reportedly", " have now", " had already"))


def _cues(*pairs):
    return [(prefilter.compile(rx, re.I), kind) for rx, kind in pairs]


def _combined(cues):
    """One regex for a list of cues, a single pass per sentence: each match's named group (see ``lastgroup``) maps
    to its kind in the dict returned with it (the alternatives gathered as :func:`_gathered` does)."""
    body, kinds = _gathered(cues)
    # every cue starts a word: trying word starts only makes the scan several times faster
    return prefilter.compile(r"(?<!\w)(?=\w)(?:" + body + ")"), kinds


def _gathered(cues, named_groups=True):
    """The alternatives of a list of cues as one alternation, to be tried at a word start only, and the dict of the
    kind of each named group (none without ``named_groups``: each run is then a plain group).

    The ``\\b`` that opens an alternative is dropped (the regex tests the word start once), and the alternatives of
    all the kinds that open with the same plain letter are gathered behind it ("k(?:illed|illings)"): at a word
    start the regex then tests one letter per group of them, not every alternative (only for speed; gathering across
    kinds, not within each, takes about a fifth more off the scan). Two alternatives that can match at the same
    place keep their order (kind by kind), so every match stays the same: one whose first letter is not plain stays
    where it is, and the letters' groups are gathered only between such. Each run of one kind's alternatives behind
    a letter is its own named group.

    Behind each first letter the rests are gathered the same way by their second letter ("k(?:i(?:lled|llings))"),
    so that a word start tests one second letter per group there too (a fifth off the scan again); a rest that
    opens with an escape (a ``\\b`` there is no word start) or with no plain letter stays where it is, and the
    second letters' groups are gathered only between such."""
    out, letters, kinds = [], {}, {}

    def named(i, body):
        if not named_groups:
            return f"(?:{body})"
        name = f"k{len(kinds)}"
        kinds[name] = cues[i][1]
        return f"(?P<{name}>{body})"

    def behind(rests):
        """The (cue index, rest) pairs behind one first letter, as one alternation gathered by second letter."""
        parts, seconds = [], {}

        def flush_seconds():
            for second, more in seconds.items():
                runs = [named(i, "|".join(rest for _, rest in run)) for i, run in groupby(more, key=itemgetter(0))]
                parts.append(second + "(?:" + "|".join(runs) + ")")
            seconds.clear()

        for i, rest in rests:
            heads = None if rest.startswith("\\") else _letter_heads(rest)
            if heads is None:
                flush_seconds()
                parts.append(named(i, rest))
            else:
                for second, more in heads:
                    seconds.setdefault(second, []).append((i, more))
        flush_seconds()
        return "|".join(parts)

    def flush():
        for letter, rests in letters.items():
            out.append(letter + "(?:" + behind(rests) + ")")
        letters.clear()

    for i, (rx, _) in enumerate(cues):
        for a in _alternatives(rx.pattern):
            heads = _letter_heads(a)
            if heads is None:
                flush()
                out.append(named(i, a[2:] if a.startswith(r"\b") else a))
            else:
                for letter, rest in heads:
                    letters.setdefault(letter, []).append((i, rest))
    flush()
    return "|".join(out), kinds


def _letter_heads(alternative):
    """The alternative as (first letter, rest) pairs, in order, or None where its first letter is not plain.
    A group that opens it is spread over what follows: "(?:took|take) over" is "took over|take over", and
    "(?:re-?)?take" is "re-?take|take" (the group first, as the greedy "?" tries it first)."""
    a = alternative[2:] if alternative.startswith(r"\b") else alternative     # true at the word start it is tried at
    if a[:1].isascii() and a[:1].isalnum() and a[1:2] not in ("?", "*", "+", "{"):
        return [(a[0], a[1:])]
    close = _group_end(a)
    if a.startswith(("(?<!", "(?<=")) and close > 0:
        # a look back before the letter looks back over the letter too after it: "(?<!on )strikes" is
        # "s(?<!(?:on ).)trikes"
        heads = _letter_heads(a[close + 1:])
        shifted = a[:4] + "(?:" + a[4:close] + ").)"
        return None if heads is None else [(letter, shifted + rest) for letter, rest in heads]
    if not a.startswith("(?:"):
        return None
    after = a[close + 1:]
    optional = after[:1] == "?" and after[1:2] not in ("?", "+")
    if optional:
        after = after[1:]
    if close < 0 or after[:1] in ("?", "*", "+", "{"):
        return None
    heads = []
    for inner in _alternatives(a[3:close]) + ([""] if optional else []):
        more = _letter_heads(inner + after)
        if more is None:
            return None
        heads += more
    return heads


def _syntax(pattern):
    """(index, character, depth) of each parenthesis and "|" of a regex pattern that is neither escaped nor inside a
    character class; depth is the number of groups open before the character."""
    depth, in_class, escaped = 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            yield i, ch, depth
            depth += {"(": 1, ")": -1}.get(ch, 0)


def _group_end(pattern):
    """The index of the ")" that closes the group opening ``pattern``, or -1."""
    return next((i for i, ch, depth in _syntax(pattern) if ch == ")" and depth == 1), -1)


def _alternatives(pattern):
    """The top-level alternatives of a regex pattern (split at the ``|`` outside groups and classes)."""
    bars = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    bounds = [-1] + bars + [len(pattern)]
    return [pattern[start + 1:end] for start, end in zip(bounds, bounds[1:])]


# a verb of speaking at a word start (not after a hyphen). Its alternatives are gathered by their first and second
# letters (see _gathered): at a word start the regex tests one letter per group of them instead of entering each of
# some 180 alternatives in turn, a third of which open with a look-behind or a group (only for speed: two
# alternatives that can match at the same place keep their order, so every match stays the same). (The look-ahead on
# the letters the verbs begin with, before the look-behind, spares both at most positions of a sentence.)
ATTRIB_VERB = prefilter.compile(r"(?=[abcdefghilmnpqrstuvw])(?<![\w-])(?:"
                                + _gathered([(prefilter.compile(SPEECH_VERB), "verb")], named_groups=False)[0] + r")\b")


# a raiding party sent across the line: "a sabotage group", "a reconnaissance-sabotage group"
RAIDING_PARTY = r"(?:sabotage|reconnaissance)(?:(?: and |-)(?:sabotage|reconnaissance))? groups?"
# a vehicle as the agent of "hit" or "struck": a road accident, not fire ("a cyclist was struck by a minibus"; not a
# bomb in one: "hit by a car bomb")
ROAD_VEHICLES = (r"(?:mini)?bus(?:es)?|lorr(?:y|ies)|trucks?|cars?|vehicles?|(?:mini)?vans?|taxis?|tractors?|"
                 r"motor(?:cycle|bike)s?|jeeps?")
# homes left unfit to live in: damage told by its result ("the block had been left uninhabitable")
LEFT_UNFIT = r"(?:left|made|rendered|became|become|becomes)\s+(?:unfit\s+(?:to\s+live\s+in|for\s+living)|uninhabitable)"
_BY_A_VEHICLE = r" by (?:a|an|the) (?:[\w'’-]+ ){0,2}?(?:" + ROAD_VEHICLES + r")\b(?! bombs?\b|-borne\b)"
# "no", "no more", "no further" before a word of fire: the fire is denied, not reported
_NONE_OF = r"(?<!\bno )(?<!\bno more )(?<!\bno further )(?<!\bno new )"
# footage, a video or pictures "shot" are filmed, no fire: "footage shot by soldiers showed ...", "a video shot in X",
# "he shot a film about Y" (the word before or the thing filmed after tells it)
# (but someone seen in the film who shoots a person or at one fires: "the man in the video shot at police", "the
# soldier seen in the footage shot a prisoner"; and a film's people shot are people: "shot the video journalist",
# "shot the film crew's driver")
_FILMED_BEFORE = (r"(?:(?<!\bfootage )(?<!\bvideo )(?<!\bvideos )(?<!\bfilm )(?<!\bfilms )(?<!\bphotos )"
                  r"(?<!\bpictures )(?<!\bimages )(?<!\bscenes )|"
                  r"(?:(?<=\b[io]n the video )|(?<=\b[io]n the footage )|(?<=\b[io]n the film )|(?<=\b[io]n the videos )|"
                  r"(?<=\b[io]n the films )|(?<=\b[io]n the pictures )|(?<=\b[io]n the images ))"
                  r"(?=shot\s+(?:at|dead|him|her|them|an?|two|three|four|five|several|one)\b))")
_FILMED_AFTER = (r"(?!\s+(?:a\s+|the\s+|some\s+)?(?:videos?|films?|footage|photos?|pictures|documentar(?:y|ies))\b"
                 r"(?![\s-]+(?:journalists?|crews?|operators?|bloggers?|makers?|directors?|reporters?|cameram[ae]n|"
                 r"editors?|producers?|correspondents?|team)\b))")
# an advance tried, perhaps with the time between: "tried to advance", "tried at about dawn to move forward"
_ADVANCE_TRIED = (r"\b(?:attempt(?:ed|s|ing)?|tr(?:y|ied|ies|ying))\b(?: [\w:'’-]+){0,5}? to "
                  r"(?:advance|move forward|push forward)\b")
# weapons fired, perhaps after an adverb and the weapons' words: "fired periodically with weapons of various calibres",
# "firing mortars" (the start of two of _SHELLING's cues)
_FIRED_WEAPONS = (r"\bfir(?:ed|ing)\s+(?:[a-z]+ly\s+)?(?:with\s+)?(?:[\w-]+\s+){0,4}?(?:weapons?|guns?|arms|mortars?|"
                  r"rockets?|shells?|grenades?|missiles?|artillery|howitzers?|cannons?|rifles?|launchers?|"
                  r"calib(?:re|er)s?)")
# vehicles on the road or their drivers, right after what was thrown at them: "(stones at) Armenian lorries", "a
# column of trucks", "the drivers" (not the police's or a team's, nor those carrying police, deputies or players:
# "stones at police vehicles", "at the team bus", "at buses carrying riot police", "at the cars of deputies" are a
# crowd's clash, no attack on the road)
# a utility's lines, cables or pipes told broken or severed ("power lines were broken", "the gas pipe had been
# severed"): the attack list's damage cue and cues.py's damage with no cause named both read it whole
UTILITY_BROKEN = (r"(?:power|electricity|electric|transmission|high-voltage|gas|water|telephone)\s+(?:lines?|cables?|pipes?|"
                  r"pipelines?|mains?)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                  r"(?:broken|severed|knocked\s+out)\b(?!\s+off\b)")
_STONED_TRAFFIC = (r"(?:(?:an?|the|two|three|several|some|\d+)\s+)?(?:(?:column|convoy|line|queue)s?\s+of\s+)?"
                   r"(?:(?!(?:police|riot|team|official|officials|government|ministers?|deputies)\b)[\w'’-]+\s+){0,2}?"
                   r"(?:lorr(?:y|ies)|trucks?|cars|bus(?:es)?|vehicles?|convoys?|drivers|windscreens)\b"
                   r"(?!\s+(?:carrying|of|with)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:police|policemen|deputies|MPs|"
                   r"officials|ministers?|players|fans|team)\b)")
# a fire taken that is a word for something else: "took fire positions", "taking fire hoses to X", "fire-safety drills"
_FIRE_TAKEN_KIND = (r"(?![- ](?:hoses?|safety|drills?|extinguishers?|engines?|trucks?|positions?|points?|alarms?|brigades?|"
                    r"fighters?|crews?|services?|department|risks?|precautions?|exits?|doors?|escapes?|lessons?)\b)")
# ... or the fire a thing took and burned in: "a barn that took fire from a stove and burned" (a blaze)
_FIRE_TAKEN_BLAZE = (r"(?!\s+from\s+(?:the\s+|a\s+|an\s+)?(?:stoves?|candles?|hearths?|fireplaces?|heaters?|lamps?|sparks?|"
                     r"wiring|lightning|short[- ]circuits?|electrical|gas)\b)"
                     r"(?![^.;:]{0,40}?\b(?:burn(?:ed|t|s|ing)?|blaz\w+|went up in flames|smoulder\w*)\b)")
_SHELLING = _cues(
    (r"\bmissiles?\b|\bballistic\b|\biskanders?\b|\bscuds?\b|\btochka\b", "missile"),
    # (not a held note of music: "a slow drone on the bass recorder", "the low drone of the bagpipes", nor the hum of
    # engines or traffic; "a low drone hovered over X" is one, so "low" and "slow" only with the instrument after)
    (r"(?<!steady )(?<!soft )(?<!musical )\bdrones?\b(?! notes?\b|"
     r" (?:on|of) (?:the |a )?(?:[\w'’-]+ )?(?:recorders?|bagpipes?|pipes|organs?|flutes?|strings|cellos?|violins?|"
     r"accordions?|harmoniums?|duduks?|zurnas?|engines?|generators?|motors?|traffic|bees|insects)\b)|"
     r"\buavs?\b|\bbayraktars?\b|\bloitering munitions?\b|\bkamikaze\b",
     "drone"),
    (r"\brockets?\b|\bgrads?\b|\bsmerch\b|\bmlrs\b|\bcluster (?:munitions?|bombs?)\b", "rocket"),
    # a single shell by what it did, perhaps after an adverb or "had": "a shell also ruptured the gas pipe", "a shell
    # that landed in the yard"; or as the agent of the harm: "windows blown out by a shell"
    # (not the hulks that ruins leave: "empty shells of buildings", "the burned-out shells of houses" stand in ruins)
    # ("empty shells" alone are spent rounds, found where guns fired: "empty shells were found near the houses"; the
    # hulks only of something, or as the sentence's last words: "the empty shells of Soviet-era blocks", "a town of
    # empty shells.")
    (r"(?<!\bburned-out )(?<!\bburnt-out )(?<!\bburned out )(?<!\bgutted )(?<!\broofless )"
     r"(?<!\bhollow )(?<!\bblackened )\bshell(?:s|ed|ing)\b"
     r"(?<!\bempty shells(?= of\b(?! (?:the )?(?:artillery|mortars?|tanks?|howitzers?|grads?|rockets?|rounds|"
     r"cartridges|bullets|ammunition|\d))|\s*[.;:!?)]|\s*$))"
     r"(?<!shells(?= of (?:the |its |their |old |a few |some |two |three |many )?(?:[\w'’-]+ )?"
     r"(?:buildings?|houses?|homes?|churches|schools?|flats|blocks|hotels?|sanatori\w*|factor\w*|cars|buses|"
     r"vehicles)\b(?!['’])))|(?:(?<=\bby a )|(?<=\bby one ))shell\b(?! compan)|"
     r"\bshell(?= (?:that |which )?(?:had |has )?(?:also |then |later |reportedly |apparently |probably )?"
     r"(?:landed|hit|struck|exploded|fell|slammed|tore|damaged|killed|wounded|ruptured|pierced|smashed|destroyed|"
     r"punched|blew|knocked|crashed|burst|set fire|went off|detonated))\b|"
     # ... or seen landing: "saw a shell (still) landing near X", "watched a shell falling on the village" (seen by
     # someone there: not a film's or a mural's shell, nor one feared)
     r"(?:(?<=\bsaw a )|(?<=\bsaw the )|(?<=\bsaw another )|(?<=\bsaw an occasional )|(?<=\bseen a )|"
     r"(?<=\bseen the )|(?<=\bsee a )|(?<=\bsee the )|(?<=\bwatched a )|(?<=\bwatched the )|(?<=\bspotted a ))"
     r"shell(?= (?:still |now |occasionally )?(?:landing|falling|exploding|bursting) (?:near|on|in|at|by|around)\b)|"
     # (an artillery unit by its kind fires nothing: "got out with what remained of his artillery unit")
     r"\bartillery\b(?! (?:units?|battalions?|regiments?|brigades?|divisions?|officers?|commanders?|schools?)\b)|"
     r"\bmortars?\b|\bbombard\w*|\bhowitzers?\b|\bshellfire\b|"
     # a barrage by where it fell or what it did: "a barrage on the village of X killed three" (not "a barrage of
     # questions", "a barrage of criticism")
     r"\bbarrages?(?= (?:on|against|hit|struck|killed|wounded|fell|landed|of (?:shells|rockets|missiles|mortar|artillery|"
     r"fire|shellfire))\b)|"
     # what a shell leaves: "a shepherd was wounded by shrapnel near X"
     r"\bshrapnel\b|"
     # and a shell's fragment by what it did, or as the agent of the harm: "a shell fragment landed in the yard",
     # "wounded by shell fragments" (not fragments shown or collected: "photographs of shell fragments")
     r"\bshell (?:fragments?|splinters?)(?= (?:that |which )?(?:had |has )?(?:also |then )?(?:landed|hit|struck|fell|"
     r"flew|killed|wounded|injured|pierced|smashed|damaged|tore)\b)|(?<=\bby )(?:a )?shell (?:fragments?|splinters?)\b|"
     # fire said to have grown from small arms to bigger guns: "the firing changed from rifle fire to something
     # heavier", "it went from machine guns to heavier weapons" (heavier than rifles is guns and mortars)
     r"\bfrom (?:rifle|small[- ]arms|automatic|machine[- ]gun|sniper) (?:fire|shots|weapons) to (?:something|anything|"
     r"much|far) heavier\b|\bfrom (?:rifles|machine[- ]guns|small arms) to heavier (?:weapons|guns|fire)\b|"
     r"\bpound(?:ed|ing|s)\b",
     "artillery"),
    # fire at a target, with a word of how or when between: "fired heavily on", "firing intensively at", "fired
    # heavily that morning at" (not "early on"), "fired straight at"; or along a way or a line: "fired along the road
    # to X" (not "fired along with two colleagues"); or over the line between: "fired across the border at the unit in X"
    (r"\bfir(?:ed|ing)\s+(?:first\s+|back\s+|again\s+|straight\s+|(?!early\b)[a-z]+ly\s+)?"
     r"(?:(?:that|this|last|every|each) (?:morning|afternoon|evening|night|day)\s+)?"
     r"(?:(?:across|over) the (?:border|frontier|line|contact line)\s+)?"
     r"(?:at|on|upon|into|towards?|in the direction of|along(?! with\b))\b|"
     # ... or with how heavily set off by commas: "kept firing, less heavily, towards X", "fired, more intensely, at Y"
     # (a word of how fire goes only: a kiln "firing, slowly, on a low flame" is no fire at anyone)
     r"\bfir(?:ed|ing),\s+(?:(?:less|more|far|much|very|still|only)\s+)?(?:heavily|intensely|intensively|sporadically|"
     r"occasionally|constantly|continuously|periodically|indiscriminately|again|repeatedly),\s+"
     r"(?:at|on|upon|into|towards?|in the direction of)\b|"
     # ... or with the day between, the target told right after it: "fired late on Monday at X", "firing on Sunday
     # night towards Y", "fired overnight on Monday at Z", "fired late on Wednesday on the positions near W" (a day
     # told is no target: only at, into or towards after it, or on with a target named;
     # not a kiln fired, "firing early on Tuesday at its new kiln", nor staff fired from a place, "fired late on Friday
     # at X two hundred workers", "... at Y the team's goalkeeper")
     r"\bfir(?:ed|ing)\s+(?:(?:early|late|overnight)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
     r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:at|upon|into|towards?|in the direction of|"
     r"on(?=\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?(?:positions?|posts?|outposts?|villages?|houses|"
     r"homes|towns?|settlements?|lines|trenches|troops|units|farms?)\b))\b"
     r"(?!\s+(?:(?:the|its|his|her|their|a|an|our)\s+)?(?:[\w-]+\s+)?(?:kilns?|ovens?|furnaces?|pots|pottery|bricks|"
     r"ceramics|clay)\b)"
     r"(?!\s+(?:the\s+)?[\w'’-]+\s+(?:the|its|his|her|their|all|some|several|\d+|two|three|four|five|six|seven|eight|"
     r"nine|ten|dozens|hundreds)\s+(?:[\w'’-]+\s+){0,2}?(?:workers|employees|staff|goalkeepers?|coach(?:es)?|"
     r"managers?|players?|directors?|teachers?|clerks?|members|drivers)\b)|"
     # ... or with how long between, perhaps with the time of day: "fired for twenty minutes before noon on", "firing
     # for about an hour towards" (minutes or hours only: a person "fired for two years of absences" is dismissed; and a
     # target, not a day or a time: "a kiln firing for ten hours on Monday")
     r"\bfir(?:ed|ing)\s+for\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
     r"(?:half\s+an|an?|(?:a\s+)?[\w-]+)\s+(?:minutes?|hours?)\s+"
     r"(?:(?:before|after)\s+(?:noon|midnight|dawn|dusk)\s+|in\s+the\s+(?:morning|afternoon|evening|night)\s+)?"
     r"(?:at|on|upon|into|towards?|in the direction of)\b"
     r"(?!\s+(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the\s+)?(?:morning|evening|night)\b))|"
     # fire at a target with the weapons named between: "fired periodically with weapons of various calibres at",
     # "fired machine guns at", "firing mortars towards" (only a weapon's word before the target: a person "fired
     # with immediate effect on Monday" names none); or where they were fired: "firing small and large-calibre
     # weapons between X and Y", "fired machine guns near Z" (the older sets file weapons fired as shelling, 10 of 10;
     # not a salute or a celebration: "fired rifles near the memorial in a salute", "wedding guests fired guns near
     # X to celebrate")
     + _FIRED_WEAPONS + r"\s+"
     r"(?:(?:at|on|upon|into|towards?|in the direction of)\b|(?:between|near|around)\b"
     r"(?![^.;]*?\b(?:salut|celebrat|wedding|ceremon|festiv|funeral|parade|honou?r)\w*))|"
     # ... or with where they were fired from between them and the target: "fired heavy weapons from the direction of
     # X at the posts in Y" (the cue the weapons fired, the place they came from left to "fired from"'s reading)
     + _FIRED_WEAPONS + r"(?=\s+from\s+[^.;:,]{1,60}?\s+(?:at|on|upon|towards?)\s)"
     # (not a celebration: "fired rifles from a balcony at the sky during a wedding")
     r"(?![^.;]*?\b(?:salut|celebrat|wedding|ceremon|festiv|funeral|parade|honou?r)\w*)|"
     # fire as a noun aimed at a place or people named right after it, or reported: "the fire on Tegh was the
     # third", "fire on two farmers", "residents reported fire at dawn" (not "set fire on", "a fire on Tuesday")
     r"\b(?<!set )fire on (?!(?:the|a|an|its|their|his|her|this|that|top|board|monday|tuesday|wednesday|thursday|"
     r"friday|saturday|sunday)\b|\d)|"
     # ... and such fire said to resume, whatever its target is called: "fire on the X site resumed two hours later"
     # (a blaze does not resume, nor does a truce: "talks on a cease-fire at X resumed")
     r"\b(?<!set )(?<!cease-)(?<!cease )fire (?:on|at)\b(?= (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:was )?resumed\b)|"
     r"\b(?:reported|reporting|reports? of)\s+(?:(?:further|more|new|renewed|fresh|heavy|sporadic|intense|intensive)\s+)?fire\b|"
     r"\bopen(?:ed|ing|s)? (?:[a-z]+ )?fire\b|\bunder fire\b|\bgunfire\b|"
     # fire taken, the soldier's word for coming under it, told by how heavy it was or what it came from: "the units
     # took heavy fire from the heights", "a patrol taking sniper fire near X", "posts that took sustained fire"
     # (not posts that did not: "have not taken fire since April"; nor the criticism an official takes: "took heavy
     # fire from lawmakers")
     r"\b(?<!\bnot )(?<!\bnever )(?<!n't )(?:took|taken|taking)\s+(?:(?:also|again)\s+)?(?:(?:more|further|renewed|fresh|"
     r"heavy|sustained|constant|sporadic|intense|intensive|intermittent|occasional|repeated|direct|incoming|enemy|"
     r"hostile|small-arms|machine-gun|automatic|artillery|mortar|sniper|rifle|some)\s+){1,2}fire\b" + _FIRE_TAKEN_KIND
     + r"(?![^.;:]{0,60}?\b(?:critics|lawmakers|opposition|deputies|mps|parliamentarians|press|media|activists|voters|"
     r"rivals|commentators|bloggers|handling|remarks|comments|policy|pace)\b)|"
     # ... or fire taken bare: "its positions had taken fire as well", "soldiers were taking fire" (kept by cue_hits
     # only with the posts or troops that took it before, or where it came from after: a house, a barn or a truck
     # that "took fire" caught it, and an official who "has taken fire" was criticised)
     r"\b(?<!\bnot )(?<!\bnever )(?<!n't )(?:took|taken|taking)\s+(?:(?:also|again)\s+)?fire\b"
     + _FIRE_TAKEN_KIND + _FIRE_TAKEN_BLAZE + r"|"
     # fire aimed at a target: "the same fire was directed at the road to X", "directed fire at the village"
     r"\bfire (?:(?:was|were|had been|has been|is|being) )?(?:also )?(?:directed|aimed) (?:at|on|towards?)\b|"
     r"\b(?:directed|aimed) (?:[a-z-]+ )?fire (?:at|on|towards?)\b|"
     # (its hours or its guns set off between: "the fire, from six until eleven, was aimed at positions near X"; not
     # a blaze so told: "the fire, fanned by strong winds, was directed towards X", "the fire, which started in a
     # forest, ...", nor one aimed at by hoses)
     r"\bfire, (?![^,.;]*\b(?:fann(?:ed|ing)|started|set|lit|caused|sparked|spread(?:ing)?|broke|driven|burn(?:ing|t|ed)|"
     r"winds?|flames?|candles?|arson\w*|kitchens?|forests?|woods|warehouses?|blazes?|smoke|firefighters?)\b)"
     r"[^,.;]{1,60}, (?:was|were|had been|has been) (?:also )?(?:directed|aimed) (?:at|on|towards?)\b(?! by\b)|"
     # (shots said not to have come are calm: "no more shots had been heard", "there was no shooting")
     r"\bunder (?:[a-z-]+ ){0,2}?fire\b|\bsnipers?\b|" + _NONE_OF + _FILMED_BEFORE + r"\bshots?\b" + _FILMED_AFTER + r"|"
     + _NONE_OF + r"\bshooting\b|\bgunshots?\b|\bexchanges? of fire\b|\bsmall[- ]arms\b|\bbullets?\b(?![- ]?proof\b)|"
     # grenades thrown or fired: "hurled grenades at X", "a grenade exploded in Y", "a grenade launcher was used against
     # a patrol near Z", "RPG fire" (not grenades found or shown: "police found two grenades in a garage"; nor the
     # stun grenades of police dispersing a crowd, which fire no one: "police threw stun grenades at the protesters")
     r"\b(?:thr(?:ew|own|owing|ows)|hurl(?:ed|ing|s)?|lobb(?:ed|ing)|toss(?:ed|ing)|fir(?:ed|ing)|dropp(?:ed|ing)|drops)\b[^.;:]{0,30}?\b(?<!stun )grenades?\b|"
     r"\b(?<!stun )grenades?\b(?=[^.;:]{0,30}?\b(?:thrown|hurled|lobbed|tossed|fired|dropped|exploded|went off|landed)\b)|"
     r"\bgrenade (?:attacks?|blasts?|explosions?)\b|\b(?:grenade[- ]launchers?|rpgs?)\b(?=[^.;:]{0,40}?\b(?:against|at|on)\b)|"
     r"\brpg fire\b|"
     # guns named by their calibre or kind and turned against something: "large-calibre guns were used against X",
     # "used heavy machine guns against Y" (not guns seized or shown)
     r"\b(?:(?:large|heavy|small)[- ]calib(?:re|er)|machine[- ]guns?)\b(?=[^.;:,]{0,40}\bagainst\b)"
     r"(?![^.;:,]{0,40}\bvot(?:e|ed|es|ing)\s+against\b)|"
     # where the fire came from is a firing position: "the fire came from positions near X", "fired from Y", "fire was
     # coming from the heights above the town"
     # (with an attribution set off by commas between: "further fire came, it said, from positions near Z")
     # (an adverb may come first: "fire also came from X", "fire again came from Y")
     r"\bfir(?:e|ing) (?:(?:also|again|then|later|still|reportedly) )?(?:had |has |was |were |is )?"
     r"(?:came|come|comes|coming|was opened|had been opened)"
     r"(?:, (?:[a-z'’-]+ ){1,4}(?:said|says|added|adds),)? from\b|"
     r"\bfir(?:ed|ing) from\b(?! (?:(?:his|her|their|the|a|an) )?(?:jobs?|posts?|positions? as|office|team|club)\b)|"
     # ... with the day between, as "fired late on Monday at X" has it: "fired late on Saturday from near X", "firing
     # on Sunday night from the heights" (only from where fire comes: near a place, a place named, positions, heights,
     # a side; not staff dismissed: "fired on Friday from his job", "workers were fired late on Friday from the mill",
     # "fired late on Monday from the council of X two deputies", "... from the plant in Y some sixty workers")
     r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )(?<!\bget )(?<!\bgot )"
     r"\bfir(?:ed|ing)\s+(?:(?:early|late|overnight)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
     r"(?:\s+(?:morning|afternoon|evening|night))?\s+from\b"
     r"(?=\s+(?:near|around|behind|across|beyond|inside|outside|within|"
     # (a place named alone, the clause ending or its target told after it: "from Kalbajar at the posts"; the text is
     # lower case here)
     r"(?!(?:the|his|her|their|its|our|a|an|work|office|power|government|jobs?|posts?|school|college)\b)[\w-]+"
     r"(?=\s*[,.;:]|\s*$|\s+(?:at|on|upon|into|towards?|in the direction of)\b)|"
     r"(?:(?:the|their|its|enemy|an?)\s+)?(?:[\w’'-]+\s+){0,2}?(?:positions?(?!\s+as\b)|outposts?|heights|hills?|"
     r"hillsides?|slopes?|ridges?|trenches|direction|territory|side|outskirts|villages?|mountains?|forests?|woods|"
     r"dugouts?|bunkers?|strongholds?|(?:firing\s+)?points?|spots?|locations?)\b))|"
     # ... or fire said to have been there, coming from somewhere: "there was more fire from near X", "there had
     # already been fire from positions south of Y" (bare fire, no blaze: not "there was a fire from the stove")
     r"\bthere (?:was|were|is|(?:has|had) (?:already |also )?been) (?:(?:already|again|also|more|further|renewed|fresh|new|heavy|"
     r"sporadic|intermittent|some|automatic|machine-gun|small-arms) ){0,3}fire from\b|"
     # ... or fire told by the weapons it came from: "fire from weapons of various calibres was continuing there",
     # "fire from automatic weapons and mortars" (a blaze comes from no gun; not a depot or a store of them: "a fire
     # from the weapons depot spread")
     # (a side's or the enemy's weapons too: "fire from Azerbaijani tanks", "fire from enemy guns"; not fuel tanks
     # or a blaze that spread, "fire from tanks of fuel at the depot spread to the houses", nor a salute, "fire from
     # guns marked the parade")
     r"\bfire from (?:(?:enemy|Azerbaijani|Armenian|Russian|Turkish) )?"
     r"(?:(?:small|large|heavy|light|various|automatic|large-calib(?:re|er)|heavy-calib(?:re|er))[- ])?"
     r"(?:weapons|guns|firearms|rifles|mortars|howitzers|artillery|tanks|machine[- ]guns|grenade[- ]launchers)\b"
     r"(?! (?:depots?|stores?|dumps?|caches?|warehouses?|factor(?:y|ies)|plants?|shops?)\b)"
     r"(?! (?:of|at|in) (?:the |an |a )?(?:fuel|oil|petrol|gas|diesel)\b)"
     r"(?![^.;]*?\b(?:spread (?:to|through|across|into)|blaze|flames|firefighters|extinguish\w*|salutes?|parades?)\b)|"
     # firing as a noun: "they heard heavy firing", "firing resumed at dawn", "the firing lasted two hours", "a
     # soldier died in separate firing" (another exchange of fire, as "renewed firing" is; not a noun it qualifies:
     # "dug fresh firing positions", "a firing range")
     r"\b(?:heavy|intense|sporadic|automatic|machine-gun|small-arms|rifle|separate|renewed|fresh|cross-border) firing\b"
     r"(?! (?:positions?|points?|posts?|pins?|ranges?|squads?|lines?)\b)|"
     r"\bfiring (?:(?:had|has) )?(?:continued|resumed|stopped|broke out|was heard|lasted|went on)\b|"
     # ... or told by the front line it ran along: "the firing had run along the line between X and Y"
     r"\bfiring (?:(?:had|has) )?(?:ran|run|runs) along the (?:front |contact |ceasefire )?lines?\b|"
     # ... or fire heard, which is gunfire (the older sets annotate fire heard as shelling, 16 of 16): "residents could
     # hear the fire close to the village" (not an alarm, a fire engine or its crew, a blaze crackling or spreading, nor
     # news heard that "the fire had destroyed the market", nor a wedding's "fire of celebration")
     r"\b(?:hear|hears|heard|hearing) (?:the )?fire\b(?! (?:alarms?|engines?|brigades?|sirens?|trucks?|fighters?|"
     r"department|service|crackl\w*|roar\w*|spread\w*|(?:had|has|was|is|were) (?:been )?(?:destroy|burn|spread|rag|"
     r"reach|gutt|put out|extinguish|contain|broken out)\w*|of (?:celebration|joy))\b)|"
     # ... and so are the guns heard: "journalists in X heard the guns again" (not guns heard falling silent: "heard
     # the guns fall quiet", "heard the guns stop"; not guns not heard: "have not heard the guns since"; not news heard
     # of the guns: "heard the guns had been moved back")
     r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bnobody has )(?<!\bnobody had )(?<!\bno one has )(?<!\bno one had )"
     r"\b(?:hear|hears|heard|hearing) (?:the )?guns\b(?! (?:fall|fell|falling|go|went|going) (?:silent|quiet)\b)"
     r"(?! (?:stop|stopped|stopping|cease|ceased)\b| (?:had|have|has|were|was|are|is|would|will|being)\b)|"
     # fire as a noun, said whose or what kind it is: "reported further Armenian fire at villages of X", "heard
     # automatic fire from the direction of Y" (not a fire that broke out: "a fire at the market")
     # (guns named by their calibre: "large-calibre fire damaged the pipe")
     r"\b(?:armenian|azerbaijani|azeri|enemy|hostile|automatic|machine-gun|heavy|intense|intensive|sporadic|"
     r"(?:large|heavy|big|small)[- ]calib(?:re|er)) fire\b"
     r"(?! (?:broke|gutted|engulfed|spread|brigades?|engines?|fighters?|service|department|station|crews?)\b)|"
     # fire said to come over the line: "fire from across the border hit the school" (not a blaze that spread:
     # "a forest fire from across the border")
     # ... nor a field or steppe fire, or one that spread or burned: "the fire from across the river spread to Y")
     r"(?<!forest )(?<!grass )(?<!brush )(?<!bush )(?<!wild)(?<!\bfield )(?<!\bsteppe )(?<!\bpeat )(?<!\breed )(?<!\bstubble )"
     r"\bfire from across the (?:border|frontier|line|river)\b(?! (?:spread|swept|engulfed|burn(?:ed|t)|raged)\b)|"
     # fire as a noun aimed at army positions: "the fire on its positions near X lasted until dawn", "fire at our posts"
     # (not a blaze that reached them: "a forest fire at army posts")
     r"(?<!forest )(?<!grass )(?<!brush )(?<!bush )(?<!wild)\bfire (?:on|at|against) (?:(?:its|their|our|his|her|the|army|enemy|armenian|azerbaijani|forward|border) ){0,2}"
     r"(?:positions|posts|trenches|lines)\b|"
     # armed units aiming at army positions, the fire told by its aim: "Azerbaijani units aimed at Karabakh army
     # positions near X" (the older sets file fire aimed at positions as shelling, 21 of 23 quotes with "aimed at")
     # (unlike "fire on positions" above: up to three words before the positions, the army also named by its land,
     # "the Karabakh army", no "his" or "her", and no "lines")
     r"\b(?:units|troops|forces|soldiers|gunners|snipers) (?:had |have )?aim(?:ed|ing)? at (?:(?:its|their|our|the|"
     r"army|enemy|armenian|azerbaijani|karabakh|artsakh|forward|border) ){0,3}(?:positions|posts|trenches)\b|"
     r"\b(?:exchang|trad|return)(?:ed|ing|es|e|s)? (?:of )?fire\b|"
     # fire said whose side it came from: "fire from the Azerbaijani side towards the X mine began", "firing from
     # the opposite side" (not a blaze: "a fire from the neighbour's side of the fence")
     r"\b(?:fire|firing) from the (?:armenian|azerbaijani|azeri|enemy|opposite|other) side\b|"
     # fire from a side's positions (not positions placed by a road, whose news the fire is: "fire from positions
     # above the road to X hit a convoy"), or breaking out along the front line (the older sets file both as
     # shelling, 14 of 16 for "fire from ... positions"): "fire from Armenian positions killed a soldier", "fire
     # broke out again along the line near X"
     r"\bfire from (?:the )?(?:[\w'’-]+ )?(?:armenian|azerbaijani|azeri|karabakh|artsakh|enemy|hostile|its|their|"
     r"our) positions\b|"
     r"\bfire (?:(?:had|has) )?(?:broke out|broken out|erupted|flared(?: up)?|resumed)(?: again)? along the "
     # (not a row of things: "a fire broke out along the line of shops in X")
     r"(?:front(?:[- ]?line)?|line of contact|(?:front |contact )?line(?! of ))\b|"
     # fire told the other way round or as an aim: "caught in fire exchanged between X and Y", "climbed onto
     # roofs in X to fire at the positions"
     r"\bfire (?:(?:was|were|had been|being) )?exchanged\b|\bto fire (?:at|on|upon|into)\b|"
     r"\bby (?:(?:enemy|sniper|artillery|mortar|hostile|heavy|azerbaijani|armenian|russian|small-arms|"
     r"machine-gun|tank) ){0,2}fire\b|"
     # a ceasefire broken at a place is fire there: "the ceasefire had also been broken in the direction of X"
     r"\b(?:ceasefire|truce) (?:was |had |has |were |is |are )?(?:(?:also|again|repeatedly) )?(?:been )?"
     r"(?:violat\w+|broken|breached)|\b(?:violat\w+|broke|broken|breaking|breach(?:ed|ing|es)?) (?:of )?the (?:ceasefire|truce)\b|"
     # the sides blaming each other for a breach, whatever they call the truce: "accused each other of breaking it"
     r"\baccus\w+ (?:each other|one another) of (?:violat|break|breach)\w*",
     "firing"),
    # (the bare verb after "to" as well, where the bombing is told as done: "went on to bomb X", "began to bomb the
    # town", "continued to bomb"; not a plan or a threat to: "a plot to bomb the bus station", "planned to bomb")
    (r"\bair ?strikes?\b|\bairstrikes?\b|\bbomb(?:s|ed|ing)\b|(?:(?<=\bon to )|(?<=\bbegan to )|(?<=\bbegun to )|"
     r"(?<=\bstarted to )|(?<=\bcontinued to )|(?<=\bproceeded to ))bomb\b|\bair raids?\b", "airstrike"),
    # fire set on purpose is an attack by whoever set it: "troops set fire to the grass near X", "set new fires along
    # the road", "fires set on the border", "set the fields alight", "started fires near Y", "houses were torched"
    # (a fire of no stated cause is not: see BLAZE; people burning their own homes neither: see cues)
    (r"\bset(?:s|ting)? (?:(?:new|more|fresh|several|further) )?fires?\b|\bset(?:s|ting)? (?:on )?fire\b|"
     r"\bset(?:s|ting)?\b(?=(?: [\w'’-]+){1,6}? (?:alight|ablaze|on fire)\b)|"
     r"\bfires? (?:(?:were|was|had been|have been|has been|being) )?(?:deliberately )?set\b(?! off\b)|"
     r"\b(?:start(?:ed|ing|s)?|light(?:ing|s)?|lit) (?:(?:new|more|fresh|several|further) )?fires\b|\barson\b|"
     r"\btorch(?:ed|ing)\b|"
     # a village said to have been burnt down, whoever told it: "Tass reported that X had been burnt down", "the
     # hamlet was burned to the ground" (a house that "burned down" after a gas leak, said without "been", is a blaze)
     r"\b(?:was|were|had been|has been|have been|being)\s+(?:(?:completely|entirely|almost|partly|all)\s+)?"
     r"(?:burnt|burned)\s+(?:down|to the ground)\b"
     # (not a blaze with its cause: "was burnt down by an electrical fault", "after a gas leak")
     r"(?!\s+(?:by|after|in|because\s+of|due\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:fault|short[\s-]circuit|"
     r"gas\s+leak|leak|lightning|accident|candle|stove|heater|wildfire|forest\s+fire)\b)|"
     # (nor houses pulled down for works: "were razed by bulldozers to build a new road")
     r"\brazed\b(?![^.;]{0,40}?\b(?:to\s+(?:build|construct|make\s+(?:way|room))|for\s+(?:the\s+)?(?:construction|"
     r"building|redevelopment|works?)|to\s+clear\s+the\s+(?:site|ground|way))\b)", "arson"),
    # (a mine's staff or owners tell of a mine dug for ore, possessive or not: "the mine's workers live in X", "mine
    # employees")
    (r"\b(?:land ?)?mines?\b(?!(?:['’]s)? (?:of|where|workers?|owners?|action|clearance|staff|employees|operators?|"
     r"managers?|management)\b)|\bexplosive devices?\b|\bieds?\b|"
     r"\bbooby[- ]trap\w*|"
     # ordnance left from a war is read as mines are: "unexploded ordnance detonated in X" (not when it is cleared)
     r"\bunexploded (?:ordnance|munitions?|shells?|bombs?|rockets?|grenades?|devices?)\b|\buxos?\b", "mine"),
    # (not fire-fighting, the fire service's work: "fire-fighting vehicles", "fire-fighting planes")
    # (nor the fighting as what information is gathered about: "a team arrived in X to gather information about the
    # fighting", a visit; but the fighting placed by a name after it is still fighting there: "information about the
    # fighting in X")
    (r"(?:(?<!information about the )(?<!information on the )(?<!data about the )(?<!data on the )|"
     r"(?=fighting (?:in|at|near|around|outside|for) (?!recent\b|the (?:past|last|first|early)\b)))"
     r"\bfight(?:ing|s)?\b(?<!fire-fighting)|\bfought (?:at|in|on|near|around)\b|"
     # fighting beside or against others at a place: "soldiers fought alongside the rebels at X" (beside those who
     # campaign, and against anything but armed men, it is a cause pursued: "fought alongside activists in X for a
     # school", "fought against corruption in Y")
     r"\bfought (?:alongside|beside) (?!(?:[\w'’-]+ ){0,2}?(?:activists|campaigners|protesters|demonstrators|lawyers)\b)"
     r"(?:[\w'’-]+ ){1,3}?(?:at|in|near|around)\b|"
     r"\bfought against (?=(?:[\w'’-]+ ){0,2}?(?:troops|forces|soldiers|units|army|enemy|rebels|fighters|militias?|"
     r"militants|gunmen|separatists|guerrillas|insurgents|occupiers|invaders|partisans|armenians|azerbaijanis|azeris)\b)"
     r"(?:[\w'’-]+ ){1,3}?(?:at|in|near|around)\b|"
     r"\bclash(?:es|ed)?\b|\bbattles?\b(?! for (?:hearts|minds)| area clearance)|\bcombat\b|"
     # an exchange of fire between soldiers: "described it as a shootout near X" (not a crime, a family feud or a
     # football match: "a shootout between police and smugglers in Y", "a penalty shootout in Z", "after extra time")
     r"\bskirmish\w*|(?<!penalty )(?<!police )\bshoot-?outs?\b"
     r"(?! (?:between|with|involving) (?:[\w'’-]+ ){0,3}?(?:police(?:men)?|officers|smugglers|criminals|gangs?|"
     r"gangsters|robbers|bandits|dealers?|poachers|famil(?:y|ies)|relatives|clans?)\b)"
     r"(?![^.;]{0,40}?\b(?:extra time|penalt(?:y|ies)|goals?|match|derby|final)\b)|\bhostilities\b|\boffensive\b|\badvanc(?:e|ed|es|ing) (?:(?:up to |some |about |several |"
     r"a few )?(?:[\d.,]+ (?:to|or|and) )?[\d.,]* ?(?:km|kilometres|kilometers|miles|metres|meters) |deep(?:er)? |"
     # a distance spelt out: "advanced three and a half kilometres into Armenia"
     r"(?:(?:one|" + NUMBER_WORDS + r"|a|an|and|half|few|several) ){1,5}"
     r"(?:km|kilometres|kilometers|miles|metres|meters) )?(?:on|towards?|into|in the direction of)\b|"
     # armed units moving on a place, an advance under way: "armoured columns were moving on X", "the units were moving
     # on the X region" (not "traffic kept moving on Tuesday"; nor troops that "moved on the villages beyond" a town
     # taken, told after its fall)
     r"\b(?:units|columns|troops|forces|tanks|brigades?|battalions?)\s+(?:(?:were|was|are|is|had|have|been|now|"
     r"still|steadily)\s+){0,3}moving on (?!to\b|with\b|from\b|foot\b|(?:mon|tues|wednes|thurs|fri|satur|"
     r"sun)day\b|the (?:next|following|same)\b)"
     # (nor a manner or the road they travel: "moving on quickly after X", "aid columns moving on the A–B road")
     r"(?!(?:quick|slow|steadi|rapid|swift|fast|immediate|careful)ly\b|fast\b|again\b|after\b|past\b|ahead\b|along\b|"
     r"through\b|at\b|in\b|"
     r"the [^.,;]{0,30}?\b(?:road|highway|route|corridor|track)s?\b)|"
     # troops moving forward on a place: "soldiers moved forward towards the village", "units moving forward into X"
     r"\b(?:mov(?:e|ed|es|ing)|crept|creep(?:s|ing)?) forward (?:[\w'’-]+ ){0,2}?(?:on|towards?|into|in the direction of)\b|"
     # (but "pushed on to X", went on as far as X, is the arrival, as "pushed as far as X" is)
     r"\bpush(?:ed|ing)? (?:forward |ahead )?(?:on(?! to\b)|towards?|into|near|at|around|in the direction of)\b|"
     # ... with the time between: "units pushed forward during the night towards X", "pushed overnight into Y"
     # (troops who push: not lorries, refugees or fans pushing on through the night)
     r"\b(?:units|troops|forces|soldiers|army|battalions?|brigades?|detachments?|infantry|tanks|fighters) "
     r"(?:had |have |has )?(?:also |then )?push(?:ed|ing)? (?:forward |ahead )?(?:during the night|overnight|at night|"
     r"at dawn|before dawn|in the night) (?:towards?|into|on|in the direction of)\b|"
     r"\bpush(?:ed|ing)? (?:forward|ahead) in\b|"
     # ... over the ground between: "the army began its push over the mountains towards X"
     # (an army's push, not people pushing through a crowd: "villagers pushed through the crowd towards Y")
     r"(?:(?<=\bits )|(?<=\btheir )|(?<=\bthe )|(?<=\btroops )|(?<=\bforces )|(?<=\bunits )|(?<=\barmy )|"
     r"(?<=\bsoldiers ))push(?:ed|ing)? (?:over|across|through) (?:the )?(?:[\w'’-]+ ){1,3}?(?:towards?|in the direction of)\b|"
     # an army's drive on a place, its offensive (not a journey: "a short drive from X", "the drive to Y took an
     # hour"): "the drive on X, which began with three thousand men of the brigade", "its drive towards Y"
     # (troops named with it either way, and no road, trip or troops merely based there: "the drive on the X road took
     # two hours, and soldiers at the post checked us", "the drive towards Y, where troops were stationed")
     r"(?:(?<=\bits )|(?<=\btheir )|(?<=\bthe )|(?<=\ba )|(?<=\bnew )|(?<=\bmain )|(?<=\bwinter )|(?<=\bspring )|"
     r"(?<=\bfinal ))drive (?:on|towards?)\b(?! the (?:[\w'’-]+ ){1,2}?(?:road|highway|motorway|route)\b)"
     r"(?![^.;]{0,120}?\b(?:took (?:us |me |them |him |her )?(?:\w+ )?(?:hours?|minutes?)|driver|bus|car|taxi|journey|trip|"
     r"tourists?|stationed|based|garrisoned|peacekeep\w*|contingent|road was)\b)"
     r"(?=[^.;]{0,120}?\b(?:troops|soldiers|army|forces|units|brigades?|regiments?|battalions?|divisions?|tanks)\b)|"
     # an attack beaten off is fighting where it was: "were pushed back from the outskirts of X"
     # (not people taken back by car: "travellers were driven back to X behind police cars", "in buses")
     # (but troops "driven back in armoured vehicles" are still beaten off)
     r"\b(?:pushed|driven|beaten|forced) back\b(?![^.;]{0,40}?\b(?:behind|in|aboard) "
     r"(?:(?!(?:armou?red|military|army|combat|enemy|infantry)\b)[\w'’-]+ ){0,2}?"
     r"(?:cars?|buses|minibuses|vehicles|lorries|trucks|convoys?|escorts?)\b)|\brepel(?:led|s|ling)?\b|\brepuls(?:ed|e|es|ing)\b|"
     # ... and told with the troops between: "had driven Azerbaijani troops back from the outskirts of X" (troops, not
     # herds or crowds: "drove the cattle back", "police pushed the protesters back")
     # (not troops sent or taken back somewhere: "snow forced the units back to base", "buses drove the soldiers back
     # home")
     r"\b(?:pushed|drove|driven|beat|beaten|forced|threw|thrown) (?:the |their |an? )?(?:[\w'’-]+ ){0,2}?"
     r"(?:enemy|troops|units|forces|attackers|soldiers|saboteurs|fighters) back\b(?! (?:to|home|into)\b)|"
     # military reports name the axis of fighting after a place: "on the Jermuk direction"
     # (not a way of travel: "in one direction and ... in the other", "in both directions"); several axes named at
     # once are fighting at each: "in the Aghdara-Tartar and Khojavend-Fuzuli directions"
     r"(?<=[a-z] )(?<!one )(?<!other )(?<!opposite )(?<!same )(?<!either )(?<!each )(?<!every )(?<!wrong )(?<!right )"
     r"(?<!both )(?<!all )(?<!two )(?<!three )(?<!several )(?<!many )(?<!different )(?<!various )(?<!new )"
     r"(?:directions?|axis|axes|sectors?)\b(?! of\b)|"
     # a statement's list of axes by their towns is fighting at each: "listed the directions of X and Y" (not "in
     # the direction of", a heading, below; nor orders: "on the directions of the governor")
     r"(?<!in )\bthe directions of\b(?! (?:the|a|an|its|his|her|their|our|this|that)\b)|"
     # troops close to a town: "were on the approaches to X", "dug in around X" (not traffic before a post: "lorries
     # stopped at the approaches to the X checkpoint")
     # (nor the approaches a cordon closes: "police closed the approaches to X", a checkpoint)
     # (nor the approaches mined, the ways into the town cut: see the corridors' cues)
     r"(?<!closed the )(?<!sealed the )(?<!sealed off the )(?<!shut the )(?<!cordoned off the )(?<!mined the )"
     r"\bapproaches to\b(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:check-?points?|posts?|crossings?|bridges?|border)\b)|"
     # (not digging done in some ground: "dug in several parts of the old town", "dug in the ruins", an excavation;
     # but troops named right before still dig in: "soldiers dug in several sections of the border", "the troops
     # have dug in the ground near X")
     r"\bdug in\b(?:" + _TROOPS_DUG_IN + r"|(?! (?:(?:several|many|two|three|four|five|various|different|other|some|all) )?"
     r"(?:parts?|places?|spots?|sections?|corners?|areas?) of\b)"
     r"(?! (?:the |its |their )?(?:ground|soil|earth|ruins|rubble|garden|yard|courtyard|cellar|mound|mounds|trench(?:es)? of)\b))|"
     # a military operation by its name: "what they called a counter-terrorist operation in the Hadrut area"
     r"\b(?:military|counter-?terror(?:ist)?|anti-?terror(?:ist)?|retaliation|retaliatory|punitive)\s+operations?\b|"
     # ... or operations that carry an army forward: "operations in the X district brought the troops to Y's edge"
     # (to a place: not "took the troops two months"; nor demining, rescue or aid work: "rescue operations brought
     # the army's engineers to the flooded streets")
     r"(?<!demining )(?<!clearance )(?<!rescue )(?<!search )(?<!relief )(?<!humanitarian )(?<!evacuation )"
     r"\boperations\b(?=[^.;:]{0,100}?\b(?:brought|took|carried|pushed|drove|led) (?:the |our |its |their )?"
     r"(?:army|troops|forces|units)\b(?!['’]) (?:(?:up )?to|into|towards?|as far as|closer)\b)|"
     # a capture tried is an assault, not a change of control: "attempted to seize a position in the X direction"
     r"\b(?:attempt(?:ed|s|ing)?|tr(?:y|ied|ies|ying)) to (?:seize|capture|storm|take|retake|recapture)\b|"
     # (a break into a town tried, too: "was trying to break into X", "into the town of Y"; not into a house, a
     # school, a car or an account)
     r"\b(?:attempt(?:ed|s|ing)?|tr(?:y|ied|ies|ying)) to break into\b(?! (?:a|an|his|her|their|its|my|our|your)\b)"
     r"(?! the\b(?! (?:villages?|towns?|city|settlements?|district|region|area|outskirts|positions?|trenches|"
     r"defen[cs]es?|territory)\b))|"
     # an advance tried from a position, perhaps with the time between: "tried to advance onto their soil from the
     # bridge", "tried at about dawn to move forward from X" (one tried near a place, "tried to move forward near Y",
     # is told as a movement and left alone; so is a thing advanced, "tried to advance the peace treaty from Y")
     + _ADVANCE_TRIED +
     r"(?=(?: (?:onto|into|on|in|towards?|across|over|deeper|further|inside)\b(?: [\w'’-]+){0,3}?)? from\b)|"
     # ... and one that cost the side losses, wherever tried: "tried to advance near X and suffered at least one
     # casualty" (an advance stopped with no losses told is still left alone, as is "suffered no losses"; so is a
     # thing advanced, "tried to advance its project and suffered losses")
     + _ADVANCE_TRIED +
     r"(?! (?:the|a|an|its|their|his|her|our|this|that|these|those)\b)"
     r"(?=[^.;]{0,80}?\bsuffer(?:ed|ing|s)? (?!no\b)(?:[\w'’-]+ ){0,3}?(?:casualt(?:y|ies)|loss(?:es)?)\b)|"
     # an offensive launched to take a place is fighting there, whatever its outcome: "an offensive to retake X"
     r"\b(?:offensive|counter-?offensive|operation|assault|counter-?attack|bid) to (?:seize|capture|storm|retake|recapture)\b|"
     # army units that tried to reach a place were attacking it: "a mountain regiment tried to reach X across the
     # ridge" (not travellers or reporters who tried to reach it: older sets file those at the post that stopped them;
     # nor peacekeepers, police or evacuation units on their way, people "with the brigade" or "from the battalion",
     # nor units trying to reach their families or someone by telephone)
     r"(?<!rescue )(?<!emergency )(?<!fire )(?<!medical )(?<!relief )(?<!peacekeeping )(?<!police )"
     r"(?<!evacuation )(?<!clearing )(?<!demining )(?<!with the )(?<!from the )(?<!of the )"
     r"\b(?:regiments?|battalions?|brigades?|troops|units|detachments?|paratroop\w*|parachute (?:group|unit)s?)\b"
     r"[^.;]{0,60}?\btr(?:y|ied|ies|ying) to reach\b"
     r"(?! (?:their|his|her|the) (?:families|relatives|wives|parents|homes?)\b)"
     r"(?![^.;]{0,60}?\bby (?:tele)?phone\b|[^.;]{0,60}?\bby radio\b)|"
     # a town still holding out, or one that held out against an attack or for days, is under assault: "the town was
     # still holding out", "X held out for eight days" (older sets: 1 of 1 such town filed as shelling; not "holding
     # out hope", "holding out for a better offer", "held out his hand")
     r"\b(?:was|were|is|are|had been|has been) (?:still )?holding out(?=\s*(?:[.,;]|$| against\b))|"
     r"\bheld out (?:against (?:the |an? )?(?:[\w'’-]+ )?(?:attacks?|assaults?|offensive|siege|enemy)\b|"
     r"for (?:\w+ ){0,2}(?:days|weeks|months|hours)\b)|"
     # a blow of an offensive falling on a place is an attack there: "the main blow fell on X", "a second blow was
     # struck at Y" (not a blow to a plan or a person: "a blow to the talks", "a blow on the head"; nor a hard blow
     # that fell on a town when its plant shut: the offensive's blows are told as main or by their number)
     r"\b(?:main|chief|principal|decisive|first|second|third|fourth|fifth|next|final|last) "
     r"blows? (?:fell|falls|fall|landed|was struck|were struck|was dealt|were dealt) (?:on|at|against)\b"
     r"(?! (?:the |his |her |their |its |our |my )?(?:head|face|back|body|neck|chest|economy|talks|plans?)\b)|"
     # a place closed in on, or closed on from two sides, is an assault on it: "units were closing in on X", "the plan
     # was to close on Y from both sides" (not a road closed on a day: "the road was closed on Monday")
     r"\bclos(?:e|es|ed|ing) in on\b|\bclos(?:e|es|ed|ing) on\b(?=(?: [\w'’-]+){1,3}? from (?:both|two|three|all|"
     r"several) (?:sides|directions)\b)|"
     # ... and so is a push forward to take or win back a place: "our units went forward to retake X", "moved forward
     # to win Y back" (older sets: 4 of 5 such targets filed as shelling)
     r"\b(?:went|go|goes|going|gone|moved?|moving|pushed|advanced) forward(?= to (?:seize|capture|storm|retake|"
     r"recapture|win (?:back|(?:[\w'’-]+ ){1,3}?back)\b))|"
     # ... and so is an operation launched against the other side's strongholds or positions: "began an operation
     # against the enemy strongholds in the villages of X" (not "an operation against smugglers", police work)
     r"\b(?:operations?|offensive) against (?:the )?(?:[\w'’-]+ ){0,2}?(?:strongholds?|positions?|"
     r"fortifications?|defen[cs]e lines?|trenches)\b|"
     # an infiltration or a break-through tried is an attack on the line: "tried to infiltrate the border near X",
     # "tried to break through to positions facing X"
     r"\binfiltrat(?:e|ed|es|ing|ion|ors?)\b|\b(?:break|broke|breaking) through\b|"
     # ... and so is armed men's try to slip up to the other side's posts: "troops had tried to slip through towards
     # Armenian posts near X" (not their own posts, "soldiers tried to reach their positions"; nor a group of people
     # named after the word, "a group of reporters")
     r"\b(?:groups?|units?|troops|soldiers|servicemen|forces|commandos) (?:had |has |have )?(?:tried|attempted) to "
     r"(?:slip|sneak|creep)(?: through| past| in| up)? (?:towards?|to|into|up to) (?:one of )?"
     r"(?!their |his |her |our )(?:[\w'’-]+ ){0,2}?(?:posts?|positions?|trenches)\b|"
     # ... or a hostile group's try merely to reach or approach them: "a group tried to reach one of its posts by Y",
     # "commandos attempted to approach Armenian positions" (not troops, rescuers or peacekeepers who tried to reach
     # the posts to bring food, relieve the guard or collect the wounded)
     r"\b(?:(?:armed|sabotage|reconnaissance|enemy)\s+(?:groups?|units?|troops|soldiers|servicemen|forces)|groups?|"
     r"commandos|saboteurs) (?:had |has |have )?(?:tried|attempted) to (?:reach|approach) (?:one of )?"
     r"(?!their |his |her |our )(?:[\w'’-]+ ){0,2}?(?:posts?|positions?|trenches)\b|"
     # ... and a raiding party that broke into a place raided it: "saboteurs had broken into X", "commandos burst into
     # the town of Y" (a raid, not troops entering, whose entry tells control; not a building broken into, "saboteurs
     # broke into a depot in Z", a raid on the building, nor thieves or villagers)
     r"\b(?:saboteurs|commandos|raiders|(?:sabotage|reconnaissance) groups?) (?:had |has |have )?(?:then |also )?"
     r"(?:broke|broken|burst|forced their way) into (?:the (?:town|city|village|settlement) of |(?!(?:a|an|the|his|her|"
     r"their|its|our|my|some|several|one|two|three|four|\d+|houses?|homes?|shops?|flats?|buildings?|depots?|"
     r"warehouses?|tears|songs?|laughter|applause|cheers|sobs|smiles?|flames)\b))|"   # (nor "broke into tears")
     # ... and so is an armed group's try to cross the line that ends in deaths: "a group tried to slip across the
     # border near X and two soldiers died holding it off", "tried to cross the line ... four of its men were killed"
     # (older sets 6 of 6 such tries with deaths or fire filed so; not a try that turned back: "servicemen tried to
     # cross the border in a jeep, were warned, and went back"; the line crossed, or near or into a place: not "tried to
     # cross the frozen river ... died of cold", "to cross the border to put out a forest fire"; nor fire said none:
     # "no one had opened fire")
     r"\b(?:group|unit|troops|soldiers|servicemen|force)s? (?:had |has |have )?(?:tried|attempted) to "
     r"(?:(?:cross|slip (?:across|over)|sneak (?:across|over))(?= (?:(?:the )?(?:state |contact |front |front-)?"
     r"(?:border|line|frontline)|near|at|close to)\b)|(?:cross|slip|sneak) into\b)"
     r"(?=[^.;]*\b(?<!no one )(?<!no one had )(?<!no one was )(?<!nobody )(?<!nobody had )(?<!nobody was )"
     r"(?<!not )(?<!never )(?:killed|died(?! of (?:cold|hypothermia|exposure|illness))|dead|opened fire|"
     r"(?<!opened )(?<!forest )(?<!house )fire)\b)|"
     # an armed incident at a place is fighting there: "called the armed incident near X a provocation" (as the
     # older sets file "the incident near X" of that clash; not an incident alone, "a traffic incident near Y"; nor
     # one said none, "no armed incident near X", nor a brawl "in a bar" of a town)
     + _NONE_OF + r"\barmed incidents?\b(?= (?:near|at|in|on|along|around)\b(?! (?:a|an)\b))|"
     # a raiding party sent across the line is an attack there: "a sabotage group tried to cross near X", "broke up a
     # reconnaissance and sabotage group in Y" (not sabotage alone: "trained for sabotage at a base in Z")
     r"\b" + RAIDING_PARTY + r"\b|"
     # ... as is a raid launched or fought off: "launched a sabotage incursion in the direction of X", "prevented an
     # incursion near Y" (not an incursion alone, troops that crossed: "a second incursion near Z"; nor one only to be
     # prevented, "posts to help prevent incursions near Z", nor an inquiry "launched into the incursion near W")
     r"\b(?:sabotage|reconnaissance)(?:(?: and |-)(?:sabotage|reconnaissance))? incursions?\b|"
     # ... as is sabotage that armed men carried out, a raid by the account of the side that tells it: "units had
     # carried out what it called large-scale sabotage in the X directions", "troops committed acts of sabotage near
     # Y" (only soldiers' deed, not sabotage planned, trained for or feared, nor a firm's: "workers committed sabotage")
     # (nor sabotage's training, "conducted sabotage and reconnaissance training near Z", a search for it, "a sweep for
     # sabotage groups", or a soldier's crime told by its deed, "committed sabotage by refusing to repair the tanks")
     r"\b(?:units|troops|forces|soldiers|servicemen|saboteurs|commandos|formations)\b(?: (?:had|have|has|allegedly|"
     r"reportedly|then|again))* (?:carried out|conducted|committed|staged|perpetrated)\b(?= (?:what (?:it|they|he|"
     r"she) (?:called|described as|termed) )?(?:an? )?(?:(?:(?!(?:for|against|of|on|to|into|anti)\b)[\w'’-]+ ){0,2}?"
     r"sabotage\b|acts? of sabotage\b)(?!(?:(?: and |-)(?:reconnaissance|diversion))? (?:training|exercises?|drills?|"
     r"courses?|classes|lessons|techniques|skills|tactics|schools?)\b| by [a-z]+ing\b))|"
     r"\b(?:launch(?:ed|ing)|prevented|repel(?:led|ling)|repuls(?:ed|ing)|foil(?:ed|ing)|thwart(?:ed|ing)|"
     r"beat(?:en|ing)? off|fought off) (?:an? |the |another |new )?"
     r"(?:(?!(?:into|of|about|on|over|against|for|from|in|to)\b)[\w'’-]+ ){0,3}?incursions?\b|"
     # men of two armies fighting hand to hand: "soldiers of the two sides came to blows near X"
     # (soldiers, not deputies, fans or villagers with the police: "deputies came to blows in the council of Y")
     r"\b(?:soldiers|troops|servicemen|border guards|units|armies|forces)\b[^.;]{0,60}?"
     r"\b(?:came|come|comes|coming) to blows\b|"
     r"\b(?:came|come|comes|coming) to blows with (?:[\w'’-]+ ){0,3}?(?:soldiers|troops|servicemen|border guards|"
     r"units|forces)\b|"
     # an armed provocation on the line is fighting there: "staged a provocation in the direction of Y",
     # "provocations around Z" (not a visit called "a provocation against regional peace")
     r"\bprovocations?\b(?= (?:in|around|near|on|along|at)\b)|"
     # an ambush is an attack on the road where it was laid: "the column was ambushed near X"; a town holding out
     # is under attack: "X was still resisting", "the town resisted the assault"
     r"\bambush(?:ed|es|ing)?\b|\b(?:still|continued to|continues to|kept) resist(?:ing)?\b|"
     r"\bresisted\b(?= (?:the |an? |every )?(?:assault|attack|offensive|siege))|"
     # a unit running into the enemy's is a clash there: "as they drove into X they came upon a tank and enemy
     # soldiers", "the patrol ran into Azerbaijani troops near Y" (not "came upon a spring")
     r"\b(?:came|come|comes|coming) (?:up)?on\b(?= (?:an? |the |two |three |several )?(?:[\w'’-]+ ){0,2}?"
     r"(?:armou?red vehicles?|tanks?|soldiers|troops|patrols?|enemy)\b)|"
     r"\b(?:ran|run|runs|running) into\b(?= (?:an? |the |two |three |several )?(?:[\w'’-]+ ){0,2}?"
     r"(?:armou?red vehicles?|tanks?|soldiers|troops|patrols?|enemy)\b)", "fighting"),
    # an aircraft brought down: "a helicopter was shot down near X", "was downed", "the downing of a plane"
    (r"\b(?:brought|shot) down\b(?! (?:the )?(?:government|prices?|costs?|proposals?|bill|plan)\b)|"
     # ... and the same with its pronoun between: "air defence brought them down" (not people brought down a hill:
     # "brought them down from the pass")
     r"\b(?:brought|shot) (?:it|them) down\b(?! (?:from|to|into|off|the)\b)|"
     r"\b(?:was|were|been|being) downed\b|\bdowning of\b|(?<!heart )(?<!panic )\battack(?:s|ed|ing)?\b|"
     # an attack made back, written as one word: "mounted a counterattack on X", "counterattacked near Y"
     r"\bcounter(?:attack(?:s|ed|ing)?|offensives?)\b|\bassaults?\b|"
     # a thing burning after a strike burned in the strike: "a bus burned in X after a drone struck it", "two blocks
     # caught fire in Y after a rocket attack" (the burning's clause holds the place; a blaze of no such cause is not)
     r"\b(?:burn(?:ed|t)(?: out| down)?|caught fire)\b(?=[^.;]{0,40}?\bafter (?:an? |the |its |their )?"
     # (not a strike of workers: "caught fire after a general strike began")
     r"(?:[\w'’-]+ ){0,2}?(?:drones?|shells?|shelling|missiles?|rockets?|artillery|bombs?|"
     r"(?<!hunger )(?<!general )(?<!labour )(?<!labor )strikes?)\b)|"
     r"(?<!on )(?<!hunger )(?<!general )(?<!labour )(?<!labor )\bstrikes?\b|\bstriking\b|"
     # (not a feeling: "had been struck by how many came", "struck by the number of voters")
     # (nor a road accident: "a pedestrian was hit by a car", see _BY_A_VEHICLE)
     r"\bstruck\b(?! by (?:how|what|who|the (?:number|sight|scale|size|extent|way|fact|calm|mood|contrast)))"
     r"(?!" + _BY_A_VEHICLE + r")|\bhit\b(?!" + _BY_A_VEHICLE + r")|\btarget(?:ed|ing)\b|"
     # what fire was aimed at, named as its targets: "the targets were positions near X", "the target, it said, was Y"
     r"\bthe targets?\b(?=(?:, [^,.;]{1,30},)? (?:was|were|included)\b)|"
     # the firers' own targets, when they are posts or men under arms: "their targets were Azerbaijani positions at X",
     # "its target was a post near Y", "their targets included Armenian army positions around Z" (not a firm's or a
     # party's: "their targets were the markets", "its target was to win the vote"; nor posts or units of trade or
     # of no side: "their targets were new positions in the market", "trading positions", "smuggling units", "new
     # posts for teachers", "soldiers returning home": a side's or an army's word before them, or where they stand
     # after them)
     r"\b(?:their|its)\s+targets?\s+(?:was|were|included)\s+(?:the\s+|an?\s+)?"
     r"(?:(?:(?:armenian|azerbaijani|enemy|enemy['’]s|military|army|artillery|combat|forward|front-?line|defensive|"
     r"fortified|separatist|terrorists['’]?|rebel|opposing|infantry|mortar|tank)\s+){1,2}"
     r"(?:positions?|posts?|trenches|units?|troops|soldiers|servicemen|bases?|outposts?|strongholds?|emplacements?)\b|"
     r"(?:positions?|posts?|trenches|units?|troops|soldiers|servicemen|bases?|outposts?|strongholds?|emplacements?)"
     r"(?=\s+(?:at|near|around|outside|along|close\s+to|of\s+the\s+(?:armenian|azerbaijani|enemy|opposing))\b))|"
     r"\bexplosions?\b|\bexplod(?:ed|es|ing)\b|\bblasts?\b|\b(?:blew|blown) up\b|\bdestroyed\b|\bdamaged\b|"
     # homes said to be wrecked, as destroyed ones: "a number of houses had been wrecked in X" (older sets 2 of 2 with
     # "were wrecked"; not cars or ships, whose wrecks may be accidents)
     r"\b(?:houses|homes|buildings|flats|apartments|roofs)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+wrecked\b|"
     # a utility's lines or pipes told broken, as damaged ones: "power lines were broken in eight villages of X" (no
     # cause named, cues.py files it as a utility's damage, and a damage list that goes on from a report of fire
     # takes that fire's layer in pipeline.py; not a link or a promise "broken off")
     r"\b" + UTILITY_BROKEN + r"|"
     # damage tallied in cases across an area, the count of what fire hit there: "counts fifty-one cases of damage
     # across X" (older sets file such a count as shelling, 2 of 3; the third, a register's line "counted 51 cases
     # of damage in X on 16 July", other; a flood's cases are its own, see cues.py)
     r"\bcases of damage(?= across\b)|"
     # homes left unfit to live in are damaged ones: "a block in X had been left uninhabitable" (not a survey's
     # count: "52 houses were found unfit to live in")
     r"\b" + LEFT_UNFIT + r"\b|"
     # a site said to be gone, the claim of its destruction: "the military airfield of X no longer exists", "the
     # base near Y had been wiped out" (only a military site: see cues.py, not an old mill that is gone)
     r"\b(?:no\s+longer|ceased\s+to)\s+exist(?:s|ed)?\b|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
     r"(?:wiped\s+out|obliterated|wiped\s+off\s+the\s+map)\b|"
     # fighting men said to be wiped out or annihilated, a strike's claim where they were: "infantry found and wiped
     # out south of X", "an enemy platoon was annihilated near Y", "enemy manpower was annihilated" (only men under
     # arms, and only they wiped out: not "a firm's profits were wiped out", "the harvest was wiped out by hail", nor
     # soldiers who said or watched that crops were wiped out, "infantry school records were wiped out")
     r"\b(?:infantry|infantrymen|troops|soldiers|servicemen|platoons?|battalions?|detachments?|enemy\s+manpower|"
     r"sabotage\s+groups?|(?:enemy|army|military|infantry|tank|armou?red)\s+(?:units?|columns?))\b"
     r"(?:\s+(?:was|were|had|has|have|been|being|reportedly|allegedly|completely|entirely|fully|almost|nearly|all|"
     r"spotted|found|detected|located|surrounded|encircled|and|then|later|quickly|"
     r"(?:near|outside|around|in|at|by)\s+[A-Z][\w'’-]+)){0,4}?\s+(?:wiped\s+out|annihilated)\b|"
     # a pipe or line burst open: "the blast ruptured the pipeline near X" (see cues: a utility's damage)
     r"\bruptur(?:ed|es|ing)\b|"
     # violence named by a government's word for it, as an act: "another use of force near X", "a war crime committed
     # in Y" (not the principle: "refrain from the use of force", nor a charge: "suspected of war crimes")
     r"\b(?:another|a new|new|the latest|renewed|repeated|fresh|an act of|acts of) use of force\b|"
     r"\bwar crimes? (?:committed|perpetrated|carried out)\b|"
     # stones thrown at traffic are an attack on the road where they hit it: "threw stones at lorries near X", "stones
     # were thrown at a bus outside Y", "pelted the cars with stones", "the stoning of lorries near Z" (only vehicles or
     # their drivers: stones thrown at the police are a protest's clash, see cues.py)
     r"\b(?:thr(?:ew|own|owing|ows)|hurl(?:ed|ing|s)?)\s+(?:[\w'’-]+\s+){0,2}?stones\s+at\s+" + _STONED_TRAFFIC + "|"
     r"\bstones\s+(?:were|had\s+been|have\s+been)\s+(?:thrown|hurled)\s+at\s+" + _STONED_TRAFFIC + "|"
     # (pelted with stones, not with eggs or tomatoes: "pelted the convoy with tomatoes" is a crowd's scorn)
     r"\bpelt(?:ed|ing|s)?\s+" + _STONED_TRAFFIC + r"\s+with\s+(?:[\w'’-]+\s+)?(?:stones|rocks|bricks)\b|"
     r"\bston(?:ed|ing)(?:\s+of)?\s+" + _STONED_TRAFFIC + "|"
     # a place stormed is attacked there: "troops stormed the village", "accused them of storming X", "surround and
     # storm Y" (not a person storming out of a room, nor the weather: "storm damage", "a storm hit")
     # (nor a crowd storming a building, a protest: "crowds stormed the parliament building")
     r"(?<!crowds )(?<!protesters )(?<!demonstrators )(?<!protestors )(?<!rioters )(?<!mob )"
     r"\bstorm(?:ed|ing)\b(?! (?:out|off|away|back|past)\b)(?! (?:the |an? )?(?:[\w'’-]+ )?(?:parliament|buildings?|"
     r"offices?|(?:town |city )?halls?|stage|pitch|court|headquarters|embassy|palace|gates?|barricades?)\b)|\b(?<=and )storm\b(?= (?:the |an? )?[\w'’-]+)"
     r"(?! (?:damage|warnings?|clouds?|season|surge|drains?|hit|struck|passed)\b)", "attack"),
)
# the verbs of vehicles waiting somewhere ("parked near X", "queued at the Y crossing"): the route cue, the held and
# queued vehicles of cues.py and the vehicles waiting at a crossing of pipeline.py are all built from this one list
WAITING_VERBS = ("parked", "standing", "stood", "waiting", "waited", "gathered", r"queu(?:ed|ing)", r"lined\s+up")
WAITING = "|".join(WAITING_VERBS)
# vehicles "stuck" wait too, but only where a crossing is named ("stuck at the X crossing"): lorries "stuck in X, Y and
# other towns" are on no route, so the route cue leaves the word out
WAITING_OR_STUCK = WAITING + "|stuck"
# the way a person comes from a place every day, told right after it: "the students come from X by bus", "our members
# come from Y every morning" (their daily journey from it, not only their home; read by the members' and the
# writer's-own-public rules of pipeline and asides)
COMMUTE_AFTER = prefilter.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:by|on)\s+(?:bus|minibus|car|train|taxi|foot|bike|bicycle)\b|"
                                  r"(?:every|each)\s+(?:day|morning|week)\b|daily\b)")
# the states a border crossing is told to be in after its name ("X was closed", "Y reopened"), the shut ones first
SHUT_STATES = ("closed", "shut", "sealed", "blocked", "suspended")
CROSSING_STATES = SHUT_STATES + (r"re-?opened", "opened")
CROSSING_STATE = "|".join(CROSSING_STATES)
# a border crossing named by the places on its two sides, the name one of them: "the rail crossing from A to B", "the
# road crossing between A and B" (the text before the second name ends "... from A to ", before the first "... from
# "), or its side abroad named "with" it: "the Agarak crossing with Nurduz", "the crossing with Turkey's Alican"; a
# crossing by its article, not people "crossing from A"
CROSSING_SIDES_BEFORE = prefilter.compile(r"\b(?i:the\s+(?:(?:road|rail|railway|border)\s+)?crossings?\s+(?:from|between)\s+(?:the\s+)?)"
                                          r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?\s+(?:to|and)\s+(?:the\s+)?)?$"
                                          r"|\b(?i:the)\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s+)?(?i:(?:(?:road|rail|railway|border)\s+)?crossings?\s+with)\s+"
                                          r"(?:[A-Z][a-z]+['’]s\s+)?$")
# "driven from X" as a drive, not as people expelled: "they had driven from X" is a journey, "families had been
# driven from X" an expulsion (the passive), which is no route; machinery "was driven back to Y" is still driven
# a town's sights, which a walk goes from or past on its way about the town (see the walk in CORRIDOR_CUES), and its
# grounds a visitor walks through to see them ("walked through one of X's cemeteries", "walked through the market")
_SIGHT = (r"(?:statues?|monuments?|(?:house-)?museums?|mosques?|churches|church|cathedrals?|memorials?|theatres?|parks?|"
          r"cemeter(?:y|ies)|graveyards?|markets?|bazaars?|courtyards?)")
_DROVE = r"driven(?! from\b)|(?<!been )(?<!were )(?<!was )(?<!are )(?<!is )(?<!being )driven"
# the verb of a flight in every tense ("flew", "had flown", "flies", "flying"): the flights' starts and ends of cues.py
# and the journeys from abroad of mentions.py are built from it
FLIGHT_VERB = r"fl(?:own|ew|y|ies|ying)"
# the words of a military exercise but "exercise" itself, whose use each pattern bounds its own way
DRILL_WORDS = r"drills?|manoeuvres?|maneuvers?|war\s+games"
# Travellers kept from going on: "unable to cross the bridge", "could not pass".
HELD_UP = (r"\b(?:unable|not able|not allowed|not permitted|barred|prevented from) (?:to )?(?:cross(?:ing)?|pass(?:ing)?|"
           r"enter(?:ing)?|get(?:ting)? through|continu(?:e|ing))\b|\b(?:could not|cannot|can not|can't|couldn't) "
           r"(?:cross|pass|enter|get through)\b|"
           # traffic a protest holds until it lets it go: "lorries queued outside X until the villagers let them pass"
           r"\b(?:protesters|demonstrators|villagers|residents|crowds?|picketers)\s+(?:finally\s+|eventually\s+)?"
           r"let\s+(?:[\w'’-]+\s+){1,3}?(?:through|pass)\b")
# a building that houses power, where people camp to be heard, not to stop traffic: "outside the government building"
# (a building of power by its name, not any building: "the school building", "the old farm building" are no seat)
_SEAT_BUILDING = (r" (?:the )?(?:[\w'’-]+ ){0,2}?(?:(?:government|administration|municipal|city|regional|provincial|"
                 r"parliament|ministry|presidential)\s+(?:building|offices?|headquarters)|town hall|city hall|parliament|"
                 r"ministry|embassy|palace|presidency|court(?:house)?)\b")
# vehicles stopped and gone through, named with a few words saying whose or what they are: "searched the cars",
# "checking Georgian lorries", "checks every vehicle", "checked the ICRC's trucks", "searched two aid lorries" (a
# checkpoint cue; the traffic goes on, so a road only checked stays open: pipeline._road_news)
TRAFFIC_CHECKED = r"\b(?:search(?:ed|ing|es)?|check(?:ed|ing|s)?) (?:[\w'’-]+ ){0,3}?(?:cars?|vehicles?|lorr(?:y|ies)|trucks?|buses)\b"
_VISITORS = r"(?:visitors|pilgrims|worshippers|parishioners|parish\s+members|clergy|monks|priests|tourists|believers)"
_FOOTWAY = r"(?:foot)?paths?|trails?|tracks?|ways?"
_SITE_WORD = r"(?:monaster(?:y|ies)|church(?:es)?|cathedrals?|chapels?|shrines?|temples?|caves?|lavra)"
WAY_TO_SITE = (
    # (not a journey: "the pipe on its way to X was torn open")
    rf"(?<!its )(?<!their )(?<!his )(?<!her )(?<!our )(?<!my )"
    rf"\b(?:{_FOOTWAY})\s+(?:over\s+(?:the\s+)?[\w-]+\s+)?to\b(?=[^.;]{{0,80}}?\b(?:closed|shut|re-?opened|open|blocked)\b)|"
    rf"\b(?:stopped|turned\s+back|halted)\s+(?:[\w'’-]+\s+){{0,6}}?on\s+the\s+(?:{_FOOTWAY})\s+to\b|"
    rf"\broutes?\s+to\s+(?=(?:the\s+)?[^.;]{{0,40}}?\b{_SITE_WORD}\b)|"
    rf"\baccess\s+(?:of\s+[\w\s]{{0,30}}?)?to\s+(?=(?:the\s+)?[^.;]{{0,40}}?\b{_SITE_WORD}\b)|"
    rf"\b(?:closed|shut|open)\s+to\s+(?:[\w-]+\s+(?:and\s+)?){{0,2}}?{_VISITORS}\b|"
    rf"\b{_VISITORS}\s+(?:[\w-]+\s+){{0,3}}?allowed\s+(?:back\s+|again\s+)?to\b"
)
# a verb that holds vehicles, or what they carry, as its object: "held the convoy", "stopped a column of lorries"
# (lower case: the cues are matched on the lower-cased sentence)
HOLDS_VEHICLES = (r"(?:held|kept|detained|stopped) (?:the |a |an |their |its )?(?:[\w'’-]+ ){0,2}?"
                  r"(?:convoys?|trucks?|lorr(?:y|ies)|(?:mini)?bus(?:es)?|cars|vehicles|ambulances|cargo|goods|"
                  r"drivers|passengers|travell?ers)")
# a crossing named next, with a few words of its name first: " the X crossing", " the Y border post", " a Z bridge"
_CROSSING_AHEAD = r"(?= (?:the )?(?:[\w'’-]+ ){0,3}?(?:crossing|border (?:post|station)|checkpoint|bridge)\b)"
# a line held, moved up: "their positions", "the combat posts"
_LINE_HELD = r"(?:(?:combat|firing|forward|military|army|defensive)\s+)?(?:positions|posts|outposts|trenches|lines)"
# buildings whose own staff check who comes in (no road post)
_GUARDED_BUILDINGS = (r"schools?|hospitals?|clinics?|shops?|stores?|banks?|factor(?:y|ies)|offices?|restaurants?|cafes?|"
                      r"markets?|polling|courts?|churche?s?|stadiums?|hotels?|universit(?:y|ies)")
# the seats of a town's power that armed men hold by guarding them (the cue is cues' _BUILDING_GUARDED, which asks for
# armed men: protesters standing guard outside the parliament hold no post)
GUARDED_SEATS = (r"parliament|headquarters|buildings?|offices?|airport|station|television\s+centre|ministry|"
                 r"town\s+hall")
# a building, not a road, where men are posted or checks made: "posted at the X school", "the checks at Y hospital"
_NOT_A_ROAD_POST = r"(?:the )?(?:[\w'’-]+ ){0,2}?(?:" + _GUARDED_BUILDINGS + r"|homes?|houses?)\b"
# a guarded passage sorting who goes on, only some let through: "police allowed only urgent traffic through to X",
# "only people with an urgent reason were let through", "let through only those with a permit"; or a road the police
# or soldiers closed to all but a few ("closed to all but urgent traffic"; closed so by mines, with no one guarding
# it, it stays the road's closure); a checkpoint cue (but see cues: a road between two named towns so closed)
# ... a building letting only some in is its door's rule, no road post: "the hospital in X allowed only relatives
# through", "only pensioners were let past the queue at the bakery in Y" (see cues)
BUILDING_DOOR = (r"\b(?:" + _GUARDED_BUILDINGS + r"|bak(?:ery|eries)|mosques?|embass(?:y|ies)|consulates?|parliament|"
                 r"wards?|doors?|queues?|gallery)\b")
SELECTIVE_PASSAGE = (r"\b(?:allow(?:ed|s|ing)?|let(?:s|ting)?)\s+only\s+(?:[\w'’-]+\s+){0,4}?(?:through|past|to\s+pass)\b|"
                     r"\blet\s+through\s+only\b|\bonly\s+(?:[\w'’-]+\s+){1,6}?(?:were|was|are|is|being)\s+"
                     r"(?:let|allowed)\s+(?:through|past)\b|"
                     r"\b(?:police|policemen|soldiers|troops|guards)\s+(?:and\s+[\w-]+\s+)?(?:had\s+|have\s+|has\s+)?"
                     r"closed\s+(?:it\s+|the\s+road\s+)?to\s+all\s+but\b")
# rooms and halls one is kept out of, no post on a road (see "refused entry" below)
_NOT_A_POST = (r"(?:court\w*|hospitals?|buildings?|halls?|parliament|museums?|schools?|church(?:es)?|stadiums?|"
               r"offices?|sessions?|meetings?|rooms?|wards?|because)")
_CHECKPOINTS = _cues(
    # (a border guard station or post too: "the border guard station in the X area"; and a border point, the
    # crossing named so: "the X border point", as "the X crossing")
    (r"\bcheck-?\s?points?\b|\bborder (?:(?:guard )?(?:post|station)|control|crossing|point)s?\b|\bcustoms\b(?! (?:officials?|officers?|service|committee|authorities))|\bpassport control\b|"
     # (a count of them too: "set up five new posts near X")
     r"\bset(?:ting)? up (?:an? |their |its |(?:" + NUMBER_WORDS + r"|several|\d+) )?"
     r"(?:\w+ )?(?:posts?|camps?|tents)\b"
     # (not a camp set up for the people it shelters: "set up a tent camp for the arrivals", "tents for refugees")
     r"(?! (?:for|to (?:house|shelter|feed)) (?:the )?(?:\w+ )?(?:arrivals|refugees|displaced|evacuees|families|"
     r"people|children|those)\b)|"
     # ... and the same said of the posts: "two mobile posts set up at X", "the posts that were set up near Y", "six
     # posts had been put up at Z", "posts were built near W"
     # (not the posts of those who tend people: "first-aid posts were set up at Y", "medical posts set up in Z"; nor
     # posts of wood or metal: "lamp posts were installed in W", "fence posts were built near V")
     + NOT_ARMED_POSTS_BEFORE +
     r"\bposts?\b(?= (?:(?:that|which) )?(?:(?:were|was|had been|have been|has been) )?"
     r"(?:set up|put up|built|erected|installed)\b)|"
     # a post built where there was none (not tents put up to feed or shelter people)
     r"\b(?:install(?:ed|ing|s)?|erect(?:ed|ing|s)?|put up) (?:an? |their |its )?(?:\w+ )?posts?\b|"
     # ... or a new post being built at a place: "the new post at X is being built", "work on the new post at Y"
     # (not a new job: "his new post in Z")
     r"\b(?:the|a) new posts? (?=(?:at|in) [^.;]{0,60}?\b(?:built|constructed|rebuilt|moderni[sz]ed)\b)|"
     r"\b(?:build\w*|construct\w*|rebuild\w*|moderni[sz]\w*|work on) (?:of )?the new posts?\b|"
     # checks on the roads are checkpoints: "police set up checks on the roads out of X", "checks on the highway"
     r"\b(?:set(?:ting|s)? up|put|mounted|carried out|ran) (?:\w+ )?checks\b|\bchecks on (?:the |all |every )?(?:roads?|highways?)\b|"
     # the checks said to be made at a place: "the checks took place on the part of the road by X", "the checks
     # were carried out near Y"
     # (not checks of a thing or a body: "safety checks were carried out on the bridge", "medical checks took place")
     r"(?<!safety )(?<!medical )(?<!health )(?<!technical )(?<!maintenance )(?<!background )(?<!quality )"
     r"\bchecks (?:took place|take place|(?:were|are|have been) (?:carried out|made|held|conducted))\b|"
     r"\b(?:took|take|takes|taken|taking) up (?:an? |their |its )?(?:\w+ )?posts?\b|\bobservation posts?\b|"
     r"\bprotest camps?\b|\b(?:police|militia|army|military|border|frontier|guard) (?:out)?posts?\b|\bpolice (?:lines?|cordons?)\b|\bcordon(?:s|ed)?(?: off)?\b|"
     # a chain of police across a street, as a police line is: "a police chain", "a chain of officers", "officers
     # closed the street, standing in a chain three rows deep", "stood in a chain across the road" (not a "human
     # chain" of protesters holding hands, nor people passing sandbags "in a chain")
     r"\bpolice chains?\b|\bchains? of (?:riot )?(?:police|policemen|officers)\b|"
     r"\b(?:standing|stood|lined up|drawn up) in (?:a|an) (?:[\w-]+ )?chain (?:(?:[\w-]+ ){0,4}?(?:rows?|lines?|ranks?) deep\b|across\b)|"
     # the way to a site closed or opened to the people who go there: "the trail to the X church was shut", "pilgrims
     # were turned back on the path to Y", "access to the Z monastery will be discussed", "closed to visitors",
     # "worshippers will be allowed back to the W shrine" (a road's traffic is the corridor's: see CORRIDOR_KINDS)
     + WAY_TO_SITE + "|" +
     # entry to a place restricted or barred: "restricts entry to X for people not registered there"
     r"\b(?:restrict\w*|bann?(?:ed|ing|s)?)\s+(?:the\s+)?(?:entry|access)\s+(?:to|into)\b|"
     # ... or told in the passive: "entry into X was now strictly limited", "access to Y has been restricted", "is
     # still limited"
     # (the cue is the words before the place, which is no cue of its own; not a thing in a place, "access to fuel
     # in X was limited", "entry to the hospital in Y was restricted"; and the thing entered must be a name, see
     # cues)
     r"\b(?:entry|access)\s+(?:to|into)\b(?=\s+(?:(?!(?:in|at|inside)\s)[\w'’-]+\s+){1,4}?"
     r"(?:was|were|is|are|has\s+been|had\s+been|have\s+been|"
     r"remains|remained)\s+(?:(?:now|still)\s+)?(?:strictly\s+|severely\s+|heavily\s+)?(?:limited|restricted|barred|banned)\b)|"
     # only some let through (see SELECTIVE_PASSAGE)
     + SELECTIVE_PASSAGE + "|" +
     # police or soldiers guarding a road: "police and soldiers guarded the section of road that leads to X", "the
     # branch road that climbs to Y"
     r"\b(?:police|policemen|soldiers|troops)\s+(?:and\s+[\w-]+\s+)?guard(?:ed|s)?\s+(?:the\s+)?(?:section\s+of\s+(?:the\s+)?)?"
     r"(?:(?:branch|access|side|mountain|main)\s+)?(?:road|highway)\b|"
     r"\b(?:registration|control|checking|filtration|screening) (?:points?|centres?|centers?)\b|\btents? (?:(?:are|were|is|was|remain(?:ed)?|stay(?:ed)?) )?(?:still )?pitched\b|"
     r"\bpitch(?:ed|ing)? (?:\w+ )?tents\b|\btents (?:still )?(?:stand|stood|remain(?:ed)?) on the (?:road|highway)\b|"
     # border units opened on the border or in a border district: "the border service opened two new units in the X
     # district", "opened a unit along the Y stretch of the border" (the project files border posts and the units that
     # man them as checkpoints; the cue is the verb, since the service's own name is read as the claimant)
     # (not a hospital's, clinic's or bank's units: "the hospital opened two new units in the X district")
     r"\bopen" + "".join(r"(?<!%s %sopen)" % (who, has) for who in ("hospital", "hospitals", "clinic", "clinics", "bank",
                                                                   "banks", "school", "company")
                         for has in ("", "has ", "have ", "had ")) +
     r"(?:ed|s|ing)? (?:an? |(?:" + NUMBER_WORDS + r"|several|\d+) )?(?:new )?(?:military |border )?units?\b"
     r"(?=,? (?:one )?(?:in|along|on|at|near) [^.;]{0,40}?\b(?:district|border|frontier)\b)|"
     # soldiers standing on a road and hindering the villagers' movement: "soldiers posted on the road from X to Y
     # were stopping villagers from moving freely", "the presence of soldiers on the road hindered free movement"
     # (soldiers who "stopped to help" are no post, and fire or a mine on the road is shelling: "soldiers on the road
     # near X were shelled while stopping cars", "troops on the highway shelled villages, preventing residents from moving")
     r"\b(?:soldiers|troops|servicemen)\b(?= (?:[\w'’-]+ ){0,2}?on the (?:road|highway)\b"
     r"(?:(?!\b(?:shell|fire|fired|firing|mines?|struck|hit|attack|bomb|strike|drone|artillery)\w*)[^.;]){0,60}?"
     r"\b(?:stopping|stopped(?! to\b)|hinder\w*|prevent\w*|restrict\w*)\b"
     r"(?:(?!\b(?:shell|fire|fired|firing|mines?|struck|hit|attack|bomb|strike|drone|artillery)\w*)[^.;]){0,40}?"
     r"\b(?:mov\w+|movement)\b)|"
     # border troops guarding a stretch of the border, or taking over its guarding: "the border troops guard the
     # 2-kilometre section of the state border at X", "its border guards have taken over the guarding of the frontier
     # near Y" (a post manned at the place: heldout51, 66 and 83 annotate it checkpoints, 15 events; not a line or
     # a road they guard)
     r"(?:(?<=guards )|(?<=troops )|(?<=units ))(?:[\w'’-]+ ){0,6}?guard(?:s|ed|ing)?\b(?= (?:the |an? |its |their )?(?:newly [\w-]+ )?"
     r"(?:[\w.,-]+[- ]kilomet(?:re|er) )?(?:sections? (?:of )?(?:the )?(?:state )?(?:border|frontier)|"
     r"(?:state )?(?:border|frontier)\b))|"
     r"\bguarding of the (?:(?:state|new) )?(?:border|frontier)\b|"
     # guards posted on a stretch of border or road: "deploy border guards on the X section"
     # (not guards spread over whole districts: "a deployment of its border guards in the A and B districts")
     r"\b(?:deploy\w*|station\w*|post(?:ed|ing)) (?:\w+ ){0,2}?(?:border guards?|guards|border troops)\b"
     r"(?! (?:in|across|throughout) (?:the )?(?:[\w'’-]+,? (?:and )?){1,4}(?:districts|regions|provinces)\b)|"
     # ... or told in the passive, on a stretch or at a point: "the border guards could not be deployed on the X
     # section", "border guards were deployed at Y" (the guards and where they stand, as in the active)
     r"\b(?:border guards?|border troops) (?:\w+ ){0,3}?(?:be|been|being|were|was|are|is) deployed (?:on|at|along) \b|"
     # ... or stationed at a place, or in and around it: "border guards were now stationed in and around X" (not
     # across whole districts, as above; nor a garrison "stationed in Yerevan", a town the guards only live in)
     r"\b(?:border guards?|border troops) (?:\w+ ){0,3}?(?:be|been|being|were|was|are|is) (?:now )?stationed "
     r"(?:on|at|in and around)\b(?! (?:the )?(?:[\w'’-]+,? (?:and )?){1,4}(?:districts|regions|provinces)\b)|"
     # the guards of a border point named by its place: "border guards at X detained two drivers"
     r"\b(?:border guards?|customs (?:officers|officials)) at\b|"
     # a border crossing named as a point (a bare "crossing" is kept only as a noun: see cues._CROSSING_NOUN)
     r"\b(?:crossing|customs) points?\b|\bcustoms posts?\b|\bcrossings?\b(?! points?\b)|"
     # a post told as a control point by what happens at it or where it stands: "lorries were stopped at the post in
     # X", "the post at the entrance to Y" (not a trading post, nor a post on a website)
     r"\b(?:stopped|halted|held|turned back|searched|checked) at (?:the|a) (?:[\w'’-]+ )?post\b|"
     r"\b(?:posts?|checks)\b(?= (?:at|near|outside|by) the (?:entrance|exit|approach(?:es)?|edge) (?:to|of)\b)|"
     # ... or posts taken down: "the dismantling of the temporary posts in the X district", "two posts near Y were
     # dismantled" (a post is a position held, as an observation post is)
     r"\bdismantl\w* (?:of )?(?:the |an? |their |its |all |\w+ )?(?:[\w'’-]+ )?posts?\b|"
     r"\b(?:tak(?:e|es|ing)|took|taken) down (?:the |an? |their |its |all |\w+ )?(?:[\w'’-]+ )?posts?\b|"
     # ... or a site peacekeepers guard, where they stand at its gate: "peacekeepers are now guarding the monastery"
     # (not a road they guard: its traffic's news, the corridors'; nor the guard told as a circumstance of what the
     # clause before says: "the highway is open, with the Russian peacekeepers guarding it")
     # (a site they guard so told stays theirs: "prayed at X, with the peacekeepers guarding the monastery")
     r"(?:(?<!with the )(?<!with the russian )(?<!with russian )(?<!with )|"
     r"(?=peacekeep\w* (?:now |still |also )?guard(?:ing|ed|s)? (?:the |a |an |its |their )?(?:[\w'’-]+ )?"
     r"(?:monaster(?:y|ies)|church(?:es)?|cathedrals?|shrines?|mosques?|temples?)\b))"
     r"\bpeacekeep\w* (?:(?:are|were|is|was|have been|has been|had been|will be) )?(?:now |still |also )?"
     r"guard(?:ing|ed|s)?\b(?!\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:roads?|highways?|routes?|corridors?)\b)|"
     # ... or peacekeepers told as stationed in a place, with a verb of being: "peacekeepers are now stationed in X"
     # (their post there; not a base named in passing: "peacekeepers stationed in Y said", "the peacekeepers, who
     # are stationed in Z, said")
     r"\bpeacekeep\w* (?:are|were|is|was|have been|has been|had been|will be) (?:now |still |also )?"
     r"(?:stationed|posted) (?:in|at)\b|"
     # ... or a guard put on such a site: "the troops put a guard on the monastery", "soldiers posted guards at the
     # shrine" (a guard set, not one met or argued with)
     r"\b(?:put|puts|putting|placed|plac(?:es|ing)|posted|post(?:s|ing)|mounted|mount(?:s|ing)) (?:an? |armed )?"
     r"(?:armed |permanent |round-the-clock )?guards? (?:on|at|around|outside)\b"
     # (not one set on a person, or on a room he is kept in: "put a guard on the prisoner", "guards outside his ward")
     r"(?! (?:(?:the|a|an|his|her|their|its) )?(?:[\w'’-]+ )?(?:prisoners?|detainees?|suspects?|captives?|hostages?|"
     r"patients?|him|her|them|wards?|cells?|rooms?)\b)|"
     # ... or forces keeping watch at a bridge, whatever road it carries: "the peacekeepers watch the road at the bridge
     # over the X", "soldiers stood guard on the Y bridge" (the older sets file troops standing at a bridge as its
     # checkpoint)
     r"\b(?:peacekeep\w*|troops|soldiers|(?:border )?guards) (?:(?:are|were|now|still|also) )*"
     r"(?:watch|guard|man|stand|stood|keep(?:s|ing)? watch|kept watch)\w*(?: [\w'’-]+){0,3}?(?= (?:at|on) the "
     r"(?:[\w'’-]+ )?bridge\b)|"
     # ... or men standing guard at a place: "police now stand guard at X", "volunteers stood guard at positions around
     # Y" (a guard kept there, as a post is; not over a person, a room or a building: "stood guard over the coffin",
     # "guards stood guard outside the hospital", nor an honour guard at a memorial; armed men over a seat of power
     # are cues' _BUILDING_GUARDED)
     r"\b(?:stand|stands|standing|stood) guard (?:at|over|outside|around)\b"
     r"(?! (?:(?:the|a|an|his|her|their|its) )?(?:[\w'’-]+ )?(?:prisoners?|detainees?|suspects?|captives?|hostages?|"
     r"patients?|him|her|them|wards?|cells?|rooms?|bod(?:y|ies)|coffins?|graves?|tombs?|memorials?|monuments?|"
     r"statues?|shrines?|(?:eternal )?flames?|" + _GUARDED_BUILDINGS + r"|" + GUARDED_SEATS + r"|"
     r"homes?|houses?)\b)|"
     # ... or a place told as kept under guard, in the passive: "the monastery is now guarded by Azerbaijani forces",
     # "X is watched over by soldiers", "Y has been under the peacekeepers' protection since May" (guards kept there:
     # heldout45, 102, 110, 126, 141, 148, 173, 182, 186, 187 and 210 file a guarded monastery checkpoints; not a
     # convoy, a road or people guarded on their way, nor a trip made "under the peacekeepers' protection"; police told
     # so are left out, the sets split on them: heldout40 files "now guarded by police" other, heldout210 checkpoints)
     r"(?<!convoy )(?<!convoys )(?<!column )(?<!columns )(?<!buses )(?<!lorries )(?<!trucks )(?<!prisoners )"
     r"(?<!detainees )(?<!road )(?<!roads )(?<!highway )(?<!route )(?<!corridor )"
     # (nor people or vehicles guarded, told before the verb or by a journey after it: "the pilgrims, who were under
     # the protection of the peacekeepers, reached X", "the evacuees were guarded by soldiers on their way to Y",
     # "the delegation, which was guarded by soldiers, arrived in Z", "the captured soldiers were guarded by troops
     # in W": where they went or were held, no post)
     r"(?<!who )(?<!pilgrims )(?<!evacuees )(?<!refugees )(?<!journalists )(?<!reporters )(?<!delegation )"
     r"(?<!delegates )(?<!visitors )(?<!captives )(?<!wounded )(?<!soldiers )(?<!civilians )(?<!residents )"
     r"(?<!families )(?<!children )(?<!vehicles )(?<!cars )(?<!ambulances )(?<!they )(?<!we )"
     r"\b(?:is|are|was|were|has been|have been|had been|remains?|remained) (?:now |still |also )?"
     r"(?:(?:guarded|watched over) by (?:the )?(?:[\w'’-]+ ){0,2}?(?:peacekeep\w+|troops|soldiers|forces|servicemen|"
     r"army|border guards)\b|"
     r"under (?:the )?(?:[\w'’-]+ ){0,2}?(?:peacekeepers'|army's|troops'|soldiers') (?:protection|guard)\b|"
     r"under the (?:protection|guard) of (?:the )?(?:[\w'’-]+ ){0,2}?(?:peacekeep\w+|troops|soldiers|army)\b)"
     r"(?![^.;]*?\b(?:on (?:their|its|the) way|as they|throughout their|during their|before their|en route|"
     r"arrived|reached|drove|travell?ed)\b)|"
     # (or handed over to the other side: "the positions near X were handed over on Friday")
     r"\b(?:posts?|outposts?|positions)\b(?= (?:[\w'’-]+ ){0,3}?(?:were|was|had been|have been|has been|being) (?:\w+ )?"
     r"(?:dismantled|taken down|handed over)\b)|"
     # ... or posts or strongholds set up, closed or withdrawn, told of the posts: "two strongholds of the base had been
     # set up in X", "its military posts would be withdrawn from Y", "began to close their posts in Z" (a post is a
     # position held, as above)
     # (not posts on a page or a channel: "his posts on Facebook were closed"; nor the posts of those who tend people,
     # as above: "first-aid posts were set up in X"; nor posts of wood or metal: "fence posts were set up along Y"; nor
     # jobs or a post office: "two new job posts were set up", "the village post office was closed")
     + NOT_ARMED_POSTS_BEFORE +
     r"\b(?:posts?|outposts?|strongholds?)\b(?! offices?\b)"
     r"(?! on (?:[\w'’-]+ )?(?i:facebook|telegram|twitter|instagram|x|social|"
     r"online|pages?|channels?|websites?)\b)(?= (?:[\w'’-]+ ){0,6}?(?:were|was|had been|have been|has been|would be|"
     r"will be|are to be|is to be|being) (?:\w+ )?(?:set up|closed|withdrawn)\b)|"
     r"\b(?:clos(?:e|ed|es|ing)|withdr(?:ew|aw|awn|aws|awing)) (?:the |their |its |all |\w+ )?(?:[\w'’-]+ )?"
     r"(?:posts|outposts|strongholds)\b|"
     # ... or a post set in a district or village said to be removed: "an earlier post in the X district had already
     # been removed", "a post in the Y district was dismantled" (not a post on a page or a channel: those are not set in
     # a district; nor one taken down by fire: "was taken down by shelling", "dismantled by a drone strike")
     r"\bposts?\b(?= (?:in|near|at) (?:the )?(?:[\w'’-]+ ){1,4}?(?:district|region|village|area|sector)s? "
     r"(?:were|was|had|have|has)(?: already| also)?(?: been)? (?:removed|withdrawn|dismantled|taken down)\b"
     r"(?! (?:by|in|with) (?:an? |the )?(?:[\w'’-]+ ){0,2}?(?:shell|fire|strike|drone|artillery|missile|rocket|"
     r"bomb|mortar)))|"
     # ... or a post told with the participle of its taking down and where it stood: "a post dismantled in the X
     # district", "two posts removed near Y", "the posts withdrawn along the line" (a position held, as above; not the
     # posts of those who tend people or posts of wood, nor one taken down by fire, nor a post on a page)
     + NOT_ARMED_POSTS_BEFORE +
     r"\bposts?\b(?= (?:dismantled|removed|withdrawn|taken down) (?:in|near|at|along|outside|around)\b)"
     r"(?! (?:\w+ ){1,2}(?:(?:the|an?|his|her|their|its) )?(?:[\w'’-]+ )?(?i:facebook|telegram|twitter|instagram|"
     r"social|online|pages?|channels?|websites?|forums?|blogs?)\b)"
     # (nor writings taken down by a page's keepers or told by what they said: "posts removed in X by the group's
     # administrators had described ...", "posts taken down in Y had criticised the mayor")
     r"(?![^.;]*?\b(?:moderators?|administrators?|admins?|(?:had|have|has) (?:described|criticised|criticized|"
     r"claimed|shown|showed|called|accused|praised|mocked|urged|insulted|mentioned|shared|told)\b))"
     r"(?! (?:[\w'’-]+ ){1,5}?(?:by|in|with) (?:an? |the )?(?:[\w'’-]+ ){0,2}?(?:shell|fire|strike|drone|artillery|missile|"
     r"rocket|bomb|mortar))|"
     # ... or posts that take money from or check the traffic: "posts began charging vehicles on the A-B highway",
     # "the posts were checking cars" (not a post that reported or commented)
     r"\bposts?\b(?= (?:[\w'’-]+ ){0,2}?(?:charg|check|stopp|search|inspect|toll)\w* (?:the )?(?:passing )?"
     r"(?:vehicles|cars|drivers|lorries|trucks|buses|traffic)\b)|"
     # ... or duties taken from the traffic, whoever takes them: "customs officers began charging a duty on Iranian
     # lorries", "levying fees on trucks" (a post on the road, whose traffic runs on)
     r"\b(?:charg|lev[iy]|collect|impos)\w* (?:an? |the )?(?:[\w'’-]+ )?(?:dut(?:y|ies)|fees?|tolls?|tax(?:es)?)\b"
     r"(?= (?:on|from) (?:the |all |every )?(?:[\w'’-]+ ){0,2}?(?:vehicles|cars|drivers|lorr(?:y|ies)|trucks?|buses|"
     r"traffic)\b)|"
     # ... or drivers and vehicles stopped by those who guard the road: "officers were stopping drivers at the
     # section", "had stopped a minibus carrying children on the A-B road"
     # (the cue is the men, so that a cue between them and the verb is still read: "police set up checks ... and
     # stopped buses")
     r"\b(?:police|officers|guards|soldiers|servicemen)\b(?=[^.;:]{0,60}?\bstopp(?:ed|ing) (?:the |an? |all |every )?"
     r"(?:[\w'’-]+ ){0,2}?(?:drivers|vehicles|cars|lorr(?:y|ies)|trucks?|(?:mini)?bus(?:es)?)\b)|"
     # ... or police and customs officers standing on a road: "police and customs officers remain on the A-B road",
     # "border guards are stationed on the section near X" (a section or stretch is of a road; not officers stationed
     # in a town or a district)
     r"\b(?:police|customs officers|customs officials|border guards)\b(?= (?:[\w'’-]+ ){0,2}?(?:remain(?:ed|s)?|"
     r"st(?:and|ands|ood)|stay(?:ed|s)?|(?:(?:are|were|is|was|have been|has been|had been|now|still) )?stationed) "
     r"(?:on|along|across) (?:the |a )?(?:[\w'’–-]+ ){0,3}?(?:road|highway|route|section|stretch)s?\b"
     # (not a stretch of the border itself: "guards stationed along the stretch of the border near X")
     r"(?! of (?:the )?(?:state )?(?:border|frontier)\b))|"
     # ... and soldiers standing on a road, as the guards do: "soldiers standing on the highway at X", "troops stood on
     # the road near Y" (heldout91 files soldiers posted on a road, or standing beside its traffic, checkpoints; a
     # tank standing on a road holds it up, and troops who stand on a shore or a height hold ground, no post; nor
     # troops standing in a column waiting to withdraw, lining a road for a motorcade or a funeral, or remembered for
     # standing on a road long ago)
     # (a commander's or armed men, too, told a tense back: "his men, who have been standing on the roads into X")
     # (his or their men only a commander's, or with their arms or posts told: not a contractor's road crew or a
     # priest's flock)
     r"(?:\b(?:soldiers|troops|servicemen)\b|\barmed men\b|"
     r"\b(?:commander|colonel|general|officer|warlord|rebel)s?\b[^.;]{0,60}?\b(?:his|their) men\b|"
     r"\b(?:his|their) men\b(?=[^.;]*\b(?:posts?|front(?! of)|guns|weapons|arms|"
     r"barricades?|checkpoints?|positions|armed|rifles)\b))"
     r"(?=,? (?:[\w'’-]+ ){0,3}?st(?:and|ands|ood|anding) (?:on|along) (?:the |a )?"
     r"(?:[\w'’–-]+ ){0,2}?(?:road|highway)s?\b"
     r"(?![^.;]*?\b(?:shell|fire|fired|firing|mines?|struck|hit|attack|bomb|strike|drone|artillery|killed|wounded|"
     r"column|convoy|wait|withdr|retreat|salut|rememb|memorial|plaque|parade|procession|motorcade|funeral)\w*))|"
     # ... or a post named by the end or side of a road it stands at: "the post at the A end of the section"
     r"\bposts?\b(?= (?:at|on) the (?:[\w'’-]+ ){1,2}?(?:end|side)\b)|"
     # ... or posts standing on a road: "posts remained on the road from A to B", "posts appeared along the highway",
     # "posts had been standing on the roads out of X for months"
     r"\bposts?\b(?= (?:(?:have|had|has) )?(?:remained|appeared|stood|stand|remain|"
     r"(?:(?:have|had|has) been|are|were|is|was) standing) (?:[\w'’-]+ ){0,3}?"
     r"(?:on|along|across) (?:the |a )?(?:[\w'’–-]+ ){0,3}?(?:road|highway|route)s?\b)|"
     # ... or a post standing on a village's land: "the new post now stands on X land", "two posts stood on the
     # fields of Y" (a side's post placed there; not positions, which the older sets file as the line's news; nor a
     # command post or a boundary post, no guard post; nor a post the clause goes on to tell fired or fired on: "a
     # post located on X land opened fire on farmers", "the post in the fields of Y came under mortar fire")
     + NOT_ARMED_POSTS_BEFORE + r"(?<!command )(?<!boundary )"
     r"\bposts?\b(?= (?:(?:now|still|already|also) )?(?:stands?|stood|(?:(?:is|are|was|were) (?:now |still )?)?"
     r"(?:standing|placed|located)) (?:on|in) (?:the )?(?:[\w'’-]+ (?:village )?)?"
     r"(?:land|lands|fields|pastures|territory)\b"
     r"(?![^.;]*?\b(?:opened fire|fired|came under|(?:was|were) (?:hit|struck|destroyed|shelled)|shelled|attacked)\b))|"
     # ... or one standing on a bridge, where a road crosses: "the Azerbaijani post at the X bridge"
     r"\bposts?\b(?= (?:at|on) the (?:[\w'’-]+ ){0,2}?bridge\b)|"
     # ... or posts being raised: "new posts are going up near the houses", "posts were being put up at X" (not posts
     # of a page or a job filled)
     r"\bposts?\b(?= (?:are|were|is|was) (?:now |still |also )?(?:being )?(?:going up|put up|erected|raised)\b)|"
     # land or villages some side took under guard, its guards standing there: "its units took the land of A and B
     # under guard", "the border troops have taken the villages under guard" (not a man taken to X under guard)
     r"\b(?:took|take|takes|taken|taking|placed|brought)\b(?= (?:(?:(?!\bto\b)[^.;:]){0,120}? )?under (?:their |its )?(?:border )?"
     r"guard\b)|"
     # ground said to be held already before a handover or a line: "much of X was already under its control"
     # (the side's posts stand there; not a place that came under control: see CONTROL; nor a fire already under
     # control, whose control no side holds)
     r"\balready under (?:(?:the |its |their )?[\w'’-]+ ){1,2}?control\b|"
     # the ways into a place sealed by those who guard it: "police sealed the entrances to the village", "have closed
     # the approaches to X" (a cordon; a road closed stays the corridor's)
     # (and every way into it: "soldiers closed every way into X")
     r"\b(?:sealed|closed|shut|cordoned)\s+(?:off\s+)?(?:all\s+|the\s+|both\s+|every\s+)?(?:[\w'’-]+\s+)?"
     r"(?:(?:entrances?|approach(?:es)?|ways?\s+in|exits?)\s+(?:to|into|of)\b|ways?\s+into\b)|"
     # a place cut off from its own land by what stands on the line: "a fence ..., cutting the village off from its
     # fields", "the blocks cut the hamlet off from part of its pastures" (its land behind a barrier; not a village
     # cut off from a road or a town, a blockade)
     r"\bcut(?:s|ting)?\b(?= (?:the |this |that |our |their )?(?:village|town|community|settlement|hamlet|houses|"
     r"villagers|residents|farmers) off from (?:(?:part|much|most|some|all) of )?(?:its|their|the) (?:own )?"
     r"(?:land|lands|fields|pastures|gardens|orchards|farmland|plots|vineyards)\b)|"
     # troops on the ground above a place, looking down into it: "soldiers on the hill can see straight down into
     # X", "their positions overlook the fields of Y" (a line held over the village; not a hotel or a view that
     # overlooks, nor a warning the soldiers overlooked)
     r"\b(?:troops|soldiers|servicemen|snipers|forces|units|positions|posts|outposts)\b(?=[^.;:]{0,60}?\b"
     r"(?:(?:look(?:s|ed|ing)?|see|sees|saw|seeing|watch(?:es|ed|ing)?)\s+(?:straight\s+|right\s+|directly\s+)?"
     r"down\s+(?:into|on|onto|at)\b))|"
     r"\b(?:positions|posts|outposts|trenches)\b(?=[^.;:,]{0,40}?\boverlook(?:s|ed)\b"
     r"(?!\s+(?:the\s+|a\s+|an\s+)?(?:warnings?|rules?|orders?|facts?|risks?|problems?)\b))|"
     # ... or positions standing at a place's edge: "the enemy's positions are now right at the edge of X" (the
     # line run up to the houses; not the village's own edge told as a place of fighting: see "outskirts")
     r"\b(?:positions|posts|outposts|trenches)\b(?= (?:(?:are|were|is|was|stand|stood|lie|lay|now|still|right|"
     r"just|already) ){0,3}(?:at|on|along) the (?:very )?(?:edge|edges) of\b)|"
     # ... or ground troops are said to hold: "confirmed that the troops were holding X", "units hold the height"
     # (not talks, a parade, a funeral or prisoners held, nor soldiers held captive)
     r"\b(?:troops|soldiers|forces|units)\b(?= (?:(?:were|are|was|is|had been|have been|has been|now|still|"
     r"firmly) ){0,2}(?:holding|hold|holds|held) (?!(?:(?:the|their|its|a|an) )?"
     r"(?:talks|meetings?|exercises?|drills?|ceremon\w*|funerals?|parades?|prisoners?|hostages?|captives?|"
     r"elections?)\b)(?!(?:a|an|back|off|up|out|on|fire|them|it|him|her|rall(?:y|ies)|"
     r"consultations|negotiations|positions|until|till|for|since|in|at|on|onto)\b)"
     # (nor a road named by its towns, a blockade of it: "soldiers were holding the road from X to Y")
     r"(?!(?:the|a) (?:main |only )?(?:roads?|highway) from\b))"
     # (the fire on the troops holding it is the fire's: "the forces holding X were shelled")
     r"(?![^.;]{0,80}?\b(?:fired|fire|shell(?:s|ed|ing)|attack(?:ed|ing))\b)|"
     # ... or digging in on ground held: "soldiers are digging trenches on X", "strengthening positions on the
     # height" (work on a line held; not trenches dug for pipes or cables or at a dig, nor a party's positions
     # strengthened before a vote)
     r"\b(?:dig(?:s|ging)?|dug)\s+(?:new\s+|fresh\s+|deeper\s+)?trenches\b(?![^.;:]{0,30}?\b(?:pipes?|pipelines?|"
     r"cables?|water|gas|sewers?|excavations?|ruins|fortress|graves?|ancient)\b)"
     r"(?![^.;]{0,80}?\b(?:fired|fire|shell(?:s|ed|ing)|attack(?:ed|ing))\b)|"
     # (the work, not "fortified positions" seen; nor work under fire: "were fortifying their positions when the
     # troops fired on them", the fire's)
     r"\b(?:strengthen(?:s|ing)?|fortif(?:y|ies|ying)|reinforc(?:e|es|ing))\s+(?:their\s+|its\s+|the\s+|new\s+)?"
     r"(?:positions|posts|defen[cs]es|trenches|lines)\b(?![^.;]{0,80}?\b(?:fired|fire|shell(?:s|ed|ing)|"
     r"attack(?:ed|ing))\b)(?![^.;]{0,60}?\b(?:elections?|vote|voters|polls|market|parliament)\b)|"
     # a fortified line or fortifications standing at a place: "the fortified defence line at X", "turned the line
     # near Y into a belt of fortifications", "the defences built along the line there" (a line held; not an attempt
     # to build them, "tried to put up fortifications", see cues; nor fortifications under fire, the fire's; nor a
     # fortress's old walls, "the fortifications of the medieval castle"; nor flood defences)
     r"\bfortified\s+(?:(?:defen[cs]e|defensive|front)\s+)?lines?\b|\b(?:defen[cs]e|defensive)\s+lines?\b|"
     r"\bfortifications\b(?!\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:castle|fortress|citadel|old\s+town|town\s+walls))|"
     r"(?<!\bflood )(?<!\bsea )(?<!\bcoastal )(?<!\briver )"
     r"\bdefen[cs]es\s+(?:(?:had\s+been|have\s+been|were|was)\s+)?(?:built|erected|dug)\b"
     r"(?![^.;]{0,80}?\b(?:fired|fire|shell(?:s|ed|ing)|attack(?:ed|ing))\b)|"
     # drivers waiting their turn at a crossing (not a queue for bread: "queued for bread in X")
     r"\b(?:wait(?:ing|ed|s)?|stood|standing|stuck|sleeping) in (?:the |a |long )?queues?\b(?! (?:for|outside)\b)|"
     # police or customs officers posted at a place to check the traffic: "customs officers are posted by the village
     # of X", "police were posted outside Y" (not a letter or a photo posted, nor an envoy posted to a capital)
     r"\b(?:police(?:men)?|officers|customs officials|border guards)\b(?= (?:[\w'’-]+ ){0,5}?(?:are|were|is|was|"
     r"have been|has been|had been|now|still)(?: now| still| also)? posted (?:by|at|near|outside|on)\b)"
     r"(?![^.;]{0,40}?\b(?:posted|checks) (?:by|at|near|outside|on) " + _NOT_A_ROAD_POST + r")|"
     # ... or posted on a town's streets and the roads into it, holding the town as their patrols do: "police and
     # troops arrived in X and were posted on the city's streets and on the roads into it"
     # (the same subject's post, not another's: "troops were posted on the front, and their letters were posted on
     # the streets' boards")
     r"\b(?:police(?:men)?|officers|servicem[ae]n|troops)\b(?=(?:(?!posted\b)[^.;]){0,120}?\b(?:are|were|is|was|been) "
     r"(?:now |also )?"
     r"posted (?:on|along|in) (?:the |its |their )?(?:(?:city|town|village)['’]s )?(?:streets|roads)\b)|"
     # checks made at a place: "the checks at X were extended to buses", "police checks near Y" (not a doctor's or a
     # bank's checks)
     # (nor a building's inspection, nor police keeping order at one: "the checks at the X school found ...",
     # "officers were posted at the Y hospital")
     r"\b(?:the|police|customs|border|security|vehicle|road) checks\b(?= (?:at|near|by|outside)\b)"
     r"(?! (?:at|near|by|outside) " + _NOT_A_ROAD_POST + r")|"
     # the line moved up towards a place: "units pushed their positions forward near X", "moved their posts closer
     # to Y" (the advance of a line held, whatever fire followed it; not a meeting or a vote brought forward)
     r"\b(?:mov(?:ed|es|ing)|push(?:ed|es|ing)|advanc(?:ed|es|ing)|shift(?:ed|s|ing)|brought|bring(?:s|ing)?)\s+"
     r"(?:(?:their|its|the|his|new|some|several|one\s+of\s+(?:those|these|the|their|its))\s+|one\s+)?"
     r"(?:(?:combat|firing|forward|military|army|defensive)\s+)?"
     r"(?:positions|posts|outposts|trenches|lines|(?<=one )(?:position|post|outpost|trench))\s+"
     r"(?:forward|closer|nearer|further forward)\b"
     # (towards a place, not sides in talks: "the ministers brought their positions closer on the deal")
     r"(?=\s+(?:to|towards?|near|around|outside|by|at|in|on\s+the\s+(?:outskirts|edge))\b"
     r"(?!\s+(?:an?\s+|the\s+)?(?:agreement|deal|compromise|accord|settlement|consensus|talks|treaty)\b)"
     # (or to dig in there, the place named with the units before: "the units opposite X had moved their positions
     # forward and brought up machinery to dig in", "... forward and begun fortification work")
     r"|\s+and\s+(?:[\w'’-]+\s+){0,6}?(?:dig\s+in|fortif\w+|engineering)\b)|"
     # ... or an advance of the line tried and stopped there, the two lines left facing each other: "tried to move
     # their positions forward near X and were stopped by our troops" (an attempt told with no outcome is only that)
     # (or "push forward their positions near X")
     r"\b(?:move|push|advance|shift)\s+(?:(?:(?:their|its|the)\s+)?" + _LINE_HELD + r"\s+forward\b|"
     r"forward\s+(?:(?:their|its|the)\s+)?" + _LINE_HELD + r"\b)"
     r"(?=\s+(?:to|towards?|near|around|outside|by|at|in)\b)"
     # (the movers stopped by troops, not anything else stopped: "... and the road works have stopped", "before the
     # rain stopped them")
     r"(?=[^.;]*?\b(?:(?:were|was|been|being|got)\s+(?:\w+\s+)?(?:stopped|halted|thwarted|foiled|prevented|"
     r"turned\s+back)|(?:stopped|halted|turned\s+back)\s+by|(?:forces|troops|units|soldiers|guards|servicemen|army)"
     r"\s+(?:\w+\s+){0,2}?(?:stopped|halted|thwarted|foiled|prevented|turned\s+back))\b)|"
     # ... or standing a short way from a place: "their positions lie only about a kilometre from X", "the posts
     # are some 500 metres from Y" (a line held by the village; not the distance a road or a town lies)
     # (one post, or the line set off by commas after where it stands: "the nearest post stands some 600 metres from
     # the last house", "points to the positions on the ridge, some 700 metres from the school")
     # (not a post that tends people: "the first-aid post is 100 metres from the church")
     r"(?<!\bmedical )(?<!\baid )(?<!\bhealth )(?<!\btrading )"
     r"\b(?:positions?|posts?|outposts?|trenches)\b(?=(?: (?:on|along|atop|across) (?:the |a )?(?:[\w'’-]+ )?[\w'’-]+, "
     r"| (?:(?:are|were|is|was|lie|lay|lies|stand|stands|stood|sits|sat|now|still|located|situated) ){1,2})"
     r"(?:(?:only|just|barely|about|some|around|roughly|less than|no more than|a mere) ){0,2}"
     r"(?:a|one|two|three|four|five|[\d.,]+) ?(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|m) (?:away )?from\b)|"
     # ... or troops said to stand, or to be posted, a short way from a place: "enemy units stood 100 metres from the
     # village of X", "troops were posted no more than a kilometre from Y" (a line held by the village; not troops
     # that were only a few kilometres from a town as they advanced, nor a church that stands 100 metres from it)
     # (troops of a side, not rescue, fire or police units; standing by a place or its houses, not soldiers standing
     # by a coffin at a funeral or by a polling station: "from the village", "from X", "within 2 km of the border")
     r"(?<!rescue )(?<!fire )(?<!firefighting )(?<!police )(?<!emergency )(?<!medical )(?<!ambulance )(?<!riot )"
     r"\b(?:troops|forces|units|soldiers|servicemen|army)\s+(?:(?:were|are|is|was|had|have|has|been|now|still|"
     r"already|reportedly)\s+){0,3}(?:stood|stand|stands|standing|posted|positioned|stationed|deployed|dug\s+in|"
     r"entrenched)\s+(?:(?:only|just|barely|about|some|around|roughly|less\s+than|no\s+more\s+than|no\s+further\s+than|"
     r"a\s+mere|within)\s+){0,2}(?:a|one|two|three|four|five|[\d.,]+)(?:\s*(?:to|-|–)\s*[\d.,]+)?\s?"
     r"(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|m)\s+(?:away\s+)?(?:from|of)\b"
     r"(?=\s+(?:(?:the|our|their|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:villages?|towns?|city|cities|settlements?|"
     r"hamlets?|houses|homes|outskirts|edge|streets|residential|areas?|districts?|quarters?|neighbou?rhoods?|"
     r"communit(?:y|ies)|border|frontier|line)\b|(?!(?:the|a|an|our|their|its|his|her|this|that|these|those|him|them|"
     r"us|me|it|here|there|where)\b)\w))|"
     # ... or the place a short way from the line: "the last houses stand about 600 metres from the Azerbaijani
     # positions" (an army's line, not a post office or a town's police post)
     r"(?<=\s)(?:a|one|two|three|four|five|[\d.,]+) ?(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|m) (?:away )?from (?:the |their "
     r"|its )?(?:nearest |closest |forward |front )?(?:(?:enemy|azerbaijani|armenian|azeri|opposing|army|military) )?"
     r"(?:positions|posts|outposts|trenches|firing points)\b|"
     # ... or the place's houses told standing close to the line, no distance given: "houses in X now stand close to
     # the Azerbaijani posts", "the homes of Y lie right next to their positions" (a line held by the village; not a
     # flag raised near the posts, nor a post office or a town's police post; nor houses told shelled there, the
     # fire the news: "houses in X were close to the positions when the shelling began")
     r"\b(?:houses|homes)\b(?![^.;]*\b(?:shell(?:s|ed|ing)?|fired|firing|gunfire|came under)\b)(?= (?:[\w'’-]+ ){0,3}?(?:stand|stands|stood|lie|lies|lay|are|were|sit|sits|now|still) "
     r"(?:(?:now|still|very|right|so|too) ){0,2}(?:close|next|near) (?:to )?(?:the |their |its )?"
     r"(?:(?:enemy|azerbaijani|armenian|azeri|opposing|army|military|new) )?(?:positions|posts|outposts|trenches)\b)|"
     # ... or troops set down nearer than a line agreed: "had deployed 100 to 300 metres closer than agreed" (the
     # line run forward of where it should be)
     r"\b(?:deployed|moved|advanced|set up|dug in|stationed)\s+(?:[\w'’-]+\s+){0,5}?(?:closer|nearer|"
     # ("further" or "deeper" a distance further: "200 metres deeper than agreed", not "talks advanced further than
     # agreed")
     r"(?:(?<=metres )|(?<=meters )|(?<=kilometres )|(?<=kilometers )|(?<=km )|(?<=m ))(?:further|deeper))\s+(?:in\s+)?than\s+"
     r"(?:(?:was|had been|it had)\s+)?(?:agreed|allowed|permitted|the agreed|the line)\b",
     "checkpoint"),
    # (not people led out of it: "servicemen led out of the blockade around X", their release; but "let out of the
    # blockaded village of Y", "a way out of the blockade around Z" tell one)
    (r"\bblockaded\b|(?<!led out of the )(?<!led out of a )(?<!taken out of the )(?<!taken out of a )"
     r"(?<!brought out of the )(?<!brought out of a )\bblockade\w*|\bblock(?:ed|ing)\b|\bblocks?(?=\s+(?:the|a|an|all|"
     r"any|its|their|traffic|access|roads?|routes?)\b)|\bblockage\b|\bsealed off\b|\bcut(?:ting|s)?\s+(?:(?:the|a|an|"
     r"its|their|all)\s+)?(?:(?:roads?|highway|routes?)\b"
     # (not a road cut on the way to a town: "cut the road to X" is that road's news, as "cut the main road to X"
     # is; a road cut between two towns stays a blockade at them; access or traffic cut to a town is cut there)
     r"(?!\s+(?:to|towards)\s)|(?:corridor|traffic|access)\b)|"
     # a road named by its towns held by troops: "soldiers were holding the road from X to Y" (the way cut at each
     # town; not a meeting or a vote held, nor "held up"; "held the road between A, B and C" already reads as the
     # road's, heldout17)
     r"\b(?:held|holding|hold|holds)(?=\s+(?:the|a)\s+(?:main\s+|only\s+)?(?:roads?|highway)\s+from\s)|"
     # travellers kept from going on: "lorries have waited near X, unable to cross the Y bridge"
     + HELD_UP, "blockade"),
    # a place surrounded by troops is cut off there: "troops surrounded X", "surrounded the village of Y", troops
    # "standing around Z" or that "took up positions around" it (not people or units surrounded, "surrounded and
    # detained two soldiers", "surrounded the brigade"; nor a place "surrounded by" hills; nor the ground around a
    # lake or a height, an advance)
    # (nor the land round a place: "forests surround X", "orchards surrounded Y")
    (r"(?<!forests )(?<!woods )(?<!trees )(?<!orchards )(?<!vineyards )(?<!fields )(?<!gardens )(?<!hills )"
     r"(?<!mountains )(?<!meadows )(?<!walls )"
     r"\b(?<!is )(?<!are )(?:surround(?:ed|s)?|encircl(?:ed|es)|cordon(?:ed|s)? off)\b(?! (?:on [\w'’-]+ sides? )?by\b)(?= (?:the (?:villages?|towns?|city|"
     r"settlements?) of |[\w'’-]+))"
     r"(?! (?:and|the(?! (?:villages?|towns?|city|settlements?) of)|a|an|two|three|four|five|several|some|many|dozens|hundreds|\d[\d,]*|enemy|armenian|"
     r"azerbaijani|soviet|russian|his|her|their|its|our|them|him|soldiers|troops|units|servicemen|men|people|"
     r"brigades?|battalions?|groups?|positions?|posts?)\b)|"
     r"\b(?:troops|soldiers|units|forces|servicemen|tanks|armou?red vehicles)\b(?: [\w'’-]+){0,3}? "
     r"(?:(?:had|have|has) been |were |are )?(?:standing|stood|stationed|deployed|posted) around\b|"
     # ... or said to be surrounded by armed men ("X was surrounded on every side by armed groups", "the town was
     # encircled by enemy troops"; not by hills or forests, nor a place that "is surrounded by" them, its lie)
     # ... or a ring closed round it: "soldiers have closed round X, Y and Z", "units closed a ring around W" (a
     # cordon of men, not a road closed)
     r"\b(?:closed|closing|close|closes|drew|drawn|draws) (?:in )?(?:a (?:tight )?(?:ring|cordon) )?(?:a)?round\b"
     r"(?! (?:noon|midday|midnight|dawn|dusk|sunset|lunch\w*|about|the clock|half|\d|one|two|three|four|five|six|"
     r"seven|eight|nine|ten|eleven|twelve)\b)|"
     r"(?<!is )(?<!are )\b(?:surrounded|encircled) (?:on (?:all|every|three|both) sides? )?by (?:[\w'’-]+ ){0,2}?"
     r"(?:troops|forces|fighters|armed groups|armed men|armed formations|units|soldiers|tanks|militants|gunmen)\b|"
     r"\b(?:took|take|takes|taking|taken) up (?:firing |combat |fighting )?positions (?:all )?around\b"
     r"(?! (?:the )?(?:lakes?|mountains?|heights|hills?|pass|river|reservoir)\b)", "blockade"),
    # (a gate that shuts a way is one too: "the iron gate that shuts the lane between X and Y"; not a house's gate)
    (r"\bbarriers?\b|\bbarricades?\b|\broadblocks?\b|\bboom gate\b|\bconcrete blocks?\b|"
     r"\bgates?\b(?= (?:that |which )?(?:now |still |often |always )?(?:shuts?|shut|closes?|closed|bars?|barred|blocks?|"
     r"blocked) (?:off )?"
     r"(?:the|a|an|its|their) (?:[\w-]+ )?(?:lanes?|roads?|tracks?|paths?|ways?|streets?|routes?)\b)", "barrier"),
    # a protest camp on a road, documents checked at a crossing
    (r"\bcamped (?:on|at|near|along|across|outside|by)\b(?!" + _SEAT_BUILDING + r")|\bcheck(?:ed|ing|s)? (?:the |our |their |his |her |my |your )?(?:documents|papers|passports|ids|permits)\b|"
     r"\b(?:document|passport|permit) checks?\b|"
     # a curfew told by its rule: "no one in X may be in the street after dark without a permit" (the cue is "no one",
     # so that a place between it and the rule is read; not "no one could say how many had left X without a permit":
     # a question no one answers)
     r"\b(?:no one|no-one|nobody)\b(?=[^.;:]{0,80}?\b(?:may|can|could|is allowed to|was allowed to)\b(?!\s+(?:say|tell|know|explain|confirm|estimate|guess|"
     r"count|recall|remember|understand|answer|predict|verify)\b)[^.;:]{0,80}?"
     r"\bwithout (?:a |an )?(?:special )?(?:permits?|pass(?:es)?)\b)|"
     # ... or by the permit it asks of those going in or out: "anyone driving into or out of X at night needs a special
     # permit" (as "no one may ... without a permit"; not "anyone driving into X needs a good spare tyre")
     r"\b(?:anyone|anybody|everyone|everybody)\b(?=[^.;:]{0,60}?\b(?:into|out of|entering|leaving|enter|leave)\b"
     r"[^.;:]{0,80}?\b(?:needs?|needed|must have|must carry|requires?|required)\s+(?:a |an )?(?:special |official )?"
     r"(?:permits?|pass(?:es)?)\b)|"
     # travellers or vehicles searched by those who hold a place: "police searched arriving passengers at X",
     # "guards were searching all cars at Y" (not ruins or houses searched for survivors or arms, nor a search for
     # drivers who fled)
     r"\bsearch(?:ed|es|ing)? (?:the |all |every |each )?(?:(?!for )[\w'’-]+ )?(?:passengers?|travell?ers?|drivers|"
     r"vehicles?|cars?|(?:mini)?bus(?:es)?|lorr(?:y|ies)|trucks?|arrivals)\b(?!['’]s\b)|"
     # ... or everyone arriving searched: "the police search everyone getting off a plane", "searched everybody who
     # came through"
     r"\bsearch(?:ed|es|ing)? (?:everyone|everybody) (?:who )?(?:getting|gets|got|coming|comes|came|stepping|steps|"
     r"stepped|arriving|arrives|arrived)\b"
     # (not a gathering's door: "the police searched everyone arriving at the rally in X")
     r"(?! (?:in |off )?(?:at|to|for|into) (?:the |a |an |this |that |their |his |her )?(?:[\w'’-]+ )?(?:rall(?:y|ies)|"
     r"meetings?|concerts?|matche?s?|games?|ceremon(?:y|ies)|funerals?|services?|church|mosque|protests?|"
     r"demonstrations?|conferences?|sessions?|congress|court|trials?|hearings?|stadium|theatre|parliament|"
     r"weddings?|parties|party)\b)|"
     # ... or said to be searched: "passengers are searched on arrival"
     r"\b(?:passengers|travell?ers|arrivals)\b (?:are|were|is|was|being|have been|had been) (?:all )?searched\b|"
     # people sent back by those who guard the way: "was turned back by soldiers on the road above X", "a soldier
     # turned my son back" (vehicles that merely turn round are no control: "the convoy turned back")
     # (and people stopped by them on their way: "were stopped by Armenian soldiers on duty")
     r"\b(?:(?:turned|sent) (?:[\w'’-]+ ){0,3}?back|(?:were|was) stopped) by (?:[\w'’-]+ ){0,2}?(?:soldiers|troops|"
     r"guards|police(?:men)?|servicemen|sentr(?:y|ies))\b|"
     # (or kept from passing: "the soldiers would not let them through"; the cue is the guards alone, so that a place
     # named on the way to the verb is theirs: "the soldiers at the post before X turned back the bishop"; not one
     # held by them and later sent back, a release: "held by soldiers for a week before being sent back")
     # (the work told as going on too: "police were turning back every car", "guards began sending them back")
     r"\b(?:soldiers?|troops|guards?|police(?:m[ae]n)?|servicem[ae]n|sentr(?:y|ies))\b(?=(?: [\w'’-]+){0,6}? "
     # (not one who turns his own back: "soldiers turning their back on the ruins of X")
     r"(?:(?:(?<!being )(?<!been )(?<!was )(?<!were )(?:turned|sent)|turning|sending) "
     r"(?!(?:their|his|her|its|our|my|your) back\b)(?:[\w'’-]+ ){0,3}?back\b|"
     r"(?:would|did|will|do|does) not let (?:[\w'’-]+ ){1,3}?"
     r"(?:through|pass)\b|refused to let (?:[\w'’-]+ ){1,3}?(?:through|pass)\b|"
     # (or kept from getting in or off at a post or an airfield: "the police at the X airport refused entry to the
     # deputies", "refused to let a group of deputies of the parliament off the plane")
     # (not a hall, a court or a ward kept shut: "refused to let the journalist enter the court", "refused to let the
     # wounded in because the hospital was full")
     r"refused (?:(?:[\w'’-]+ ){0,2}?entry|to let (?:(?!(?:in|into|off|enter)\b)[\w'’-]+ ){1,10}?(?:in|into|off|enter|land)\b)"
     r"(?! (?:to |into )?(?:the |a |an )?(?:[\w'’-]+ )?" + _NOT_A_POST + r"\b)))|"
     # a track or path shut off is access barred there, not a road's traffic: "the army closed the track at the
     # last bend before X", "the border service has closed the track to Y" (a road closed stays the corridor's)
     r"\b(?:closed|shut|sealed) (?:off )?(?:the |a |an |this |that )?(?:[\w'’-]+ )?(?:tracks?|paths?|trails?|"
     r"(?:field|farm|dirt|forest) roads?)\b|"
     + TRAFFIC_CHECKED, "checkpoint"),
    # a crossing that lets through only with leave, or where goods are kept: "trucks waiting for permission to cross
    # the X bridge", "wagons being held at the Y crossing" (the crossing's object or place; where they wait is the route)
    # (the wait may be told where and since when first: "waiting in X since Monday for permission to cross at Y")
    (r"\b(?:waiting|waited|wait|waits|awaiting|awaited|await) (?:(?:[\w'’-]+ ){0,6}?for )?(?:the )?"
     r"(?:permission|clearance|authori[sz]ation|approval|a permit) to (?:cross|pass(?: through)?|enter)\b|"
     # vehicles waiting to cross, with no river or bridge named, stand at the crossing: "at X the line of trucks
     # waiting to cross" (not the drivers who speak of it elsewhere: "in Y, drivers waiting to cross said")
     r"\b(?:lorr(?:y|ies)|trucks?|cars|vehicles|buses)\s+(?:(?:were|are)\s+)?(?:waiting|waited) (?:their turn )?"
     r"to cross\b(?!\s+(?:the|a|an)\b)|"
     # vehicles held, stopped or sent back there are refused passage: "wagons held at the X crossing", "the convoy was
     # stopped at the Y bridge", "trucks were turned back at the Z checkpoint" (travellers who "stopped at" a place on
     # their own stay there: see OTHER)
     r"(?:\b(?:held|kept|detained) (?:up )?|\b(?:was|were|been|being) (?:stopped|halted|turned back|sent back) )at\b"
     + _CROSSING_AHEAD + r"|"
     # ... or vehicles some side held at a crossing: "border guards held the convoy at the X crossing", "held a
     # column of trucks at the Y bridge" (not talks held at a place; a place named bare: cues._HELD_AT_NAME)
     r"\b" + HOLDS_VEHICLES +
     r" at\b" + _CROSSING_AHEAD,
     "checkpoint"),
    # a convoy held up at a place: "trucks remained stuck near Kornidzor", "lorries stranded at the border"
    (r"\b(?:stuck|stranded) (?:at|near|outside|on)\b(?! (?:their |its |the )?(?:positions?|posts?|front)\b)",
     "blockade"),
)
_CORRIDOR_ACTIONS = _cues(
    (r"\bbypass\w*|\bdetour\w*|\breroute\w*|\bswitch(?:ed|es)? to\b", "route_change"),
    # the service on a route stopped: "public transport between X and the capital stopped", "buses to Y were halted"
    # (the cue is the service's word, not the route's places named after it)
    # (a service, not one bus stopped; nor buses stopped at a place, a halt on the way: "buses were stopped at the
    # checkpoint")
    (r"\b(?:public\s+transport|buses|coaches|(?:bus|coach|rail|train)\s+services?)\b(?=[^.;,]{0,60}?\b"
     r"(?:stopped|halted|suspended)\b(?!\s+at\b))", "closure"),
    # (not a meeting held in private: "met the residents behind closed doors")
    (r"\bclos(?:ed|ure|ing|es)\b(?! doors\b)|\bshut\b", "closure"),
    (r"\bpropos\w+|\boffer\w*|\bplanned\b|\bwould (?:run|pass|link)\b", "proposal"),
    # (not fire opened: "accused its units of opening fire")
    (r"\bre-?open\w*|\bopen(?:ed|ing)\b(?! (?:[a-z]+ )?fire\b)", "route"),
    # a town cut off (from Armenia, from the road): its link is blockaded
    # (not a utility: "cutting off gas supplies", "cut off the electricity", "cut off all gas")
    (r"\bcut(?:s|ting)? off\b(?! (?:the |its |their |all |all the )?(?:gas|electricity|power|water|heating|internet|"
     r"supplies|supply)\b)|"
     # ... or severed from the rest of its land: "the advance severed the X district from the rest of the country"
     # (not from a utility: "the shelling severed X from its water supply")
     r"\bsever(?:ed|s|ing)\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?from\b(?!\s+(?:(?:its|the|their|all)\s+)?"
     r"(?:water|gas|electricity|power|heating|supplies|supply|mains)\b))|"
     # a place's link said cut: "the connection with X had been cut", "communications with Y are severed" (the road
     # to it closed; not a telephone line's or a power line's)
     # (nor an internet, satellite or mobile one: "the internet connection with X was cut")
     r"(?<!telephone )(?<!phone )(?<!power )(?<!radio )(?<!internet )(?<!video )(?<!satellite )(?<!mobile )"
     r"(?<!cellular )(?<!data )(?<!cable )\b(?:connections?|communications?|links?|contact)\s+with\b"
     r"(?=\s+(?:the\s+(?:town|village|city|district)\s+of\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:(?:had|has|have)\s+"
     r"(?:(?:also|reportedly|now|already|again)\s+)?been|was|were|is|are|being)\s+"
     r"(?:(?:completely|entirely|again|now)\s+)?(?:cut|severed|broken)\b)|"
     # ... or told as lost by the places cut off: "the villages had lost their link with X", "lost its road connection
     # to Y" (a road's link; not a telephone's or the internet's: "lost their phone connection with")
     # (with a place, not a grid, a unit's command or kin: "lost its connection to the power grid", "lost their
     # connection with headquarters", "with relatives in Y"; nor lines, power or a network told down in the clause:
     # "lost its connection with Y when the phone lines came down")
     r"\blos(?:t|e|es|ing)\s+(?:their|its|the|all)\s+(?:road\s+|transport\s+)?(?:links?|connections?)\s+(?:with|to)\b"
     r"(?=\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?!(?:the|a|an|its|their|his|her|our|all|headquarters|"
     r"relatives|families|family|friends|command|commanders?|base|home)\b)[\w'’-]+)"
     r"(?![^.;]*?\b(?:phones?|telephones?|internet|mobile|network|power|electricity|signal|radio|cables?|"
     r"lines?\s+(?:came|went|were|was)\s+down)\b)|"
     # a road cut on its way to a town: "let the army cut the road to X" (the town's road is cut, not a post set
     # there; a road cut between two towns is a blockade at each, see the checkpoints' cues)
     r"\bcut(?:s|ting)?\s+(?:the|a|its|their)\s+(?:main\s+|only\s+|supply\s+)?(?:roads?|highway|routes?)"
     r"(?=\s+(?:to|towards)\s)|"
     # the ways into a town mined: "the troops had mined the approaches to X" (the sets file the town's mined
     # approaches as its roads cut; not a unit's own lines: "mined the approaches to their positions near X")
     r"\bmined\s+(?:all\s+|the\s+)?approach(?:es)?\b(?!\s+to\s+(?:(?:their|its|our|his|the|enemy|army)\s+)?"
     r"(?:[\w'’-]+\s+)?(?:positions|trenches|lines|defences|defenses|dugouts)\b)",
     "blockade"),
    # places that can no longer reach the towns they depend on are cut off from them: "since Sunday the villages can
    # reach neither X nor Y", "the hamlets can now reach neither A nor B" (not a person out of touch: "could not be
    # reached", nor what may reach a place: "waste could reach the river")
    # (only the pair of towns: not their own fields or homes, "could no longer reach their fields"; the cues are
    # matched on lower case, so a bare name after "cannot reach" is not told apart from a field)
    # ("either" after a negation only: "can reach either X or Y" is both reachable)
    (r"\b(?:(?:can(?:not|'t|’t)|could(?:n't|n’t| not)|are unable to|were unable to)\s+(?:now\s+|still\s+)?"
     r"(?:no longer\s+)?reach\s+(?:either|neither)"
     r"|(?:can|could)\s+(?:now\s+|still\s+)?(?:no longer\s+reach\s+(?:either|neither)|reach\s+neither))\b",
     "blockade"),
)
# what a vehicle carries, said between it and its verb: "trains carrying grain reached X", "a lorry laden with flour
# left Y for Z"; not prisoners brought home, an exchange rather than traffic ("a plane carrying 40 prisoners landed")
_CARRYING = (r"(?:carrying|loaded\s+with|laden\s+with)\s+"
             r"(?!(?:[\w'’-]+\s+){0,3}?(?:prisoners|captives|detainees|POWs|hostages)\b)(?:[\w'’-]+\s+){1,4}?")
# the kinds of an air service that make "flights" a service flown between places, not people's flight
_AIR_SERVICE_KIND = (r"scheduled|regular|commercial|passenger|test|charter|direct|domestic|international|"
                     r"demonstration|technical")
# the vehicles of an army or the police, whose queue is no traffic on a way out: "a line of armoured vehicles"
_FORCE_VEHICLES = r"(?:military|army|armou?red|police|combat|troop)\b"
# the vehicles a post lets on into a place, and the town named right after "into" (see _CORRIDOR_NOUNS)
_LET_VEHICLES = r"(?:lorr(?:y|ies)|trucks?|convoys?|cargo|vehicles?|(?:mini)?bus(?:es)?|ambulances?)"
_LET_TOWN_NEXT = r"(?= (?:the (?:town|city|village) of )?(?!(?:the|a|an|its|their|his|her|our|my|this|that)\b)\w)"
_CORRIDOR_NOUNS = _cues(
    # not a building's: "slept in the corridors of the hospital", "stands in the museum corridor"
    (r"(?<!museum )(?<!hospital )(?<!school )(?<!hotel )(?<!office )(?<!library )(?<!clinic )(?<!basement )"
     r"(?<!upstairs )(?<!downstairs )\bcorridors?\b(?! (?:of|in) (?:the |a |an |its |their |his |her |our )?(?:[a-z][\w-]* ){0,2}?"
     r"(?:sanatori\w*|hospitals?|clinics?|schools?|buildings?|hotels?|flats?|houses?|homes?|offices?|"
     r"ministr\w*|power|parliament|basements?|shelters?|dormitor\w*|hostels?|barracks|palace)\b)|"
     # (not a road sign: "put up a road sign near X" marks the place, no road is told of)
     r"\broads?\b(?! signs?\b)|\bfoot ?paths?\b|\broutes?\b|\bhighways?\b|\bmotorway\b|\bpassage\b|\btransit\b|"
     r"\bconvoys?\b|\brail(?:way|road)?s?\b|"
     # a vehicle or a load that joined a column at a place is on the way there: "another lorry had joined the column
     # at X" (a column alone is no way: "the paper's column", "a column of smoke rose over Y"; nor one joined at a
     # paper or a firm, "joined the column at the weekly")
     # (nor a march's or a funeral's column: "thousands joined the column at X marching to the base", "she joined the
     # column at Y to mourn the dead")
     r"\bjoin(?:ed|s|ing)\s+(?:the|a|an|its|their)\s+column\s+(?=at\s+(?!(?:the|a|an|its|their|his|her|our|this|that|dawn|night|noon|once|last|\d+)\b)\w)"
     r"(?![^.;]*?\b(?:march\w*|protest\w*|mourn\w*|funerals?|rall(?:y|ies)|procession|demonstrat\w*|vigil|chant\w*|"
     r"placards?|banners?|flowers)\b)|"
     # a stretch of road by a place, shut or opened: "the stretch near X would stay shut", "blocked the stretch at Y"
     # (not a stretch handed over or held, a line's; nor a stretch of the border)
     r"(?:(?<=closed the )|(?<=blocked the )|(?<=shut the )|(?<=reopened the )|(?<=opened the ))stretch(?:es)?\b"
     r"(?= (?:near|at|outside|by)\b)|"
     r"\bstretch(?:es)?\b(?= (?:of (?:the )?(?:road|highway) )?(?:near|at|outside|by) [^.;]{0,60}?\b(?:shut|closed|"
     r"blocked|reopened)\b)|"
     # freight counted through a place: "80,000 tonnes of cargo passed through X"
     r"\b(?:tonnes|tons)\s+of\s+(?:cargo|freight|goods)\b|"
     # traffic told as flowing: "the bridge to X carries a steady stream of lorries"
     r"\b(?:streams?|flows?)\s+of\s+(?:[a-z-]+\s+)?(?:lorries|trucks|vehicles|cars|buses|traffic)\b|"
     # a bypass as a road built or used, not the act of bypassing: "construction of a bypass from X to Y"
     r"(?:(?<=\ba )|(?<=\bthe )|(?<=\bnew ))bypass(?:es)?\b|\bbypass roads?\b|\brail links?\b|\btransport links?\b|\bsupply (?:lines?|routes?)\b|"
     # a road's course: "the new road is to run from near X to the border", "it runs through territory"
     # (not what ran along the front line: "the firing had run along the line between X and Y" was fire there)
     r"\bruns?\b(?= (?:[\w'’-]+ ){0,2}?(?:from|through|via|along|past|between)\b)"
     r"(?! along the (?:front |contact |ceasefire )?lines?\b)|"
     # a bridge named by the two places it joins is a way between them: "the bridge between X and Y"
     r"\bbridges?\b(?= between\b)|"
     # ... or told by where it spans a river: "the bridge at X", "the bridge spans the river at Y"
     r"\bbridges?\b(?= (?:at|spans?|spanning)\b)|"
     # a road tunnel told by its place: "twin tunnels near X" (not one carrying water: "a tunnel to bring water to Y")
     r"(?<!water )(?<!irrigation )\btunnels?\b(?![^;]{0,150}?\b(?:water|reservoirs?|irrigation|cubic|canals?)\b)|"
     # a passenger service named by the places it joins: "a bus service from X to Y",
     # "buses now run twice a day from X to Y", "the bus between X and Y is running again"
     r"\b(?:flights?|(?:mini)?bus(?:es)?|coach(?:es)?|trains?|ferr(?:y|ies)|(?:bus|rail|train|ferry|air|passenger|shuttle) "
     r"(?:services?|routes?|links?|lines?))\b(?= (?:[\w'’-]+ ){0,5}?from (?:[\w'’-]+ ){1,3}?to\b|"
     # (not a service stopped or running again after fire told after it, "the bus between X and Y was cancelled
     # after the shelling": the fire named no place, and the towns are no more hit than before)
     r" between (?!\d)(?!the hours\b)[\w'’-]+ and (?![^.;]*?\b(?:shell(?:s|ed|ing)?|fir(?:e|ed|ing)|fighting|"
     r"attack(?:s|ed)?|strikes?|struck|rockets?|missiles?|drones?|shrapnel|clash(?:es)?)\b))|"
     # ... or by what it does, carrying passengers from one place (to another): "a shorter line takes passengers from X
     # up to Y", "the shuttle carries passengers between A and B" (older sets: 1 of 1 such, corridors)
     r"\b(?:takes?|took|taking|carr(?:y|ies|ied|ying))\s+passengers\b(?= (?:[\w'’-]+ ){0,2}?(?:from|between)\b)|"
     # an air service, planned or flown: "regular flights to X", "the first test flight", "scheduled services between
     # X and Y", "the airport has handled 35 flights" (not people's flight from a place: "the flight of the
     # villagers"; a service named by its ends, "the X–Y flight", is cues.py's)
     # (a flight that landed at a place, with no place it came from, is a landing there, not a service between two:
     # "the first test flight landed at X"; "the first test flight from Baku landed at X" is still one)
     rf"\b(?:{_AIR_SERVICE_KIND})\s+(?:passenger\s+|air\s+)?flights?\b"
     r"(?!(?:(?!\bfrom\s)[^.;]){0,100}?\b(?:landed|touched\s+down)\s+(?:at|in|on)\b)|"
     rf"\b(?:flights?|(?:{_AIR_SERVICE_KIND}|air)\s+services?)\b(?= (?:[\w'’-]+ ){{0,5}}?between\b)|"
     r"\bflights\b(?= (?:had |have |has )?(?:been )?(?:operated|flown|handled)\b)|"
     r"\b(?:handled|operated) (?:\d+|[a-z]+) flights\b|"
     r"\blifeline\b|\bland (?:links?|bridge)\b|\b(?:to )?(?:link|connect)(?:s|ed|ing)?\b(?= (?:[\w'’-]+ ){0,4}?(?:with|to|between)\b)|"
     # ... or, a way opened or closed, the places it joins, told after a comma: "the bridge was opened, joining X to
     # Y" (not a description of a way or a strip of land: "the crossing that joins A to B", "a strip of land joining
     # C to D", where a flag raised or a fall is the news; nor people joining a body: "joining the army to fight")
     r"(?<=, )joining\b(?= (?:[\w'’-]+ ){1,3}?(?:with|to)\b)(?! (?:the |a |an |their |his |her |our )?(?:army|forces?|"
     r"protests?|rall(?:y|ies)|ranks|volunteers|battalions?|units?|fight\w*|talks|efforts?|party|groups?|crowds?|"
     r"queues?|search\w*|others|them|us|him|her)\b)|"
     # travellers arriving: "we reached X only in the morning", "the first train reached Y" (not troops: "its soldiers
     # had reached X" is an advance; nor a speaker described: '," said A, who reached X with her sons')
     r"\b(?:we|they|i|people|families|refugees|evacuees|civilians|residents|trucks|lorries|trains?|buses|convoys?|cars)\s+"
     # (vehicles said what they carry: "trains carrying grain reached X")
     rf"(?:{_CARRYING})?"
     r"(?:had\s+|have\s+|finally\s+|only\s+|eventually\s+)?reached\b|"
     # the displaced arriving where they shelter, or sheltering there: "refugees from X were arriving in Y", "several
     # hundred of them have taken refuge in the mission in Z", "evacuees camped in the station at W"
     r"\b(?:refugees|evacuees|families)\s+(?:from\s+[\w'’-]+\s+)?(?:(?:are|were|have|had)\s+(?:been\s+)?)?"
     r"(?:also\s+|now\s+|still\s+)?(?:arriving\s+in|arrived\s+in|camped\s+in|taken\s+refuge\s+in|"
     r"taking\s+refuge\s+in)\b|"
     # ("of them" only sheltering, as troops camp too: not "many of them [paratroopers] camped in X")
     r"\bof\s+them\s+(?:(?:are|were|have|had)\s+(?:been\s+)?)?(?:also\s+|now\s+|still\s+)?"
     r"(?:taken|taking)\s+refuge\s+in\b|"
     # vehicles that took a road, counted or not: "nearly 200 trucks have used the A-B stretch since Monday",
     # "buses already use the new section" (not a road's old use: "the lorries that used to run there", above)
     r"\b(?:lorr(?:y|ies)|trucks?|(?:mini)?bus(?:es)?|cars|vehicles|convoys?|columns?)\s+(?:had\s+|have\s+|has\s+)?"
     r"(?:already\s+|now\s+|since\s+)?(?:used|use|uses|using)\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:new\s+)?"
     r"(?:[\w'’–-]+\s+){0,2}?(?:roads?|highways?|stretch|section|routes?|bypass|bridge|pass|corridor)\b|"
     # people who made their way on foot and then arrived: "the villagers who escaped walked through the woods and
     # reached X" (people only: soldiers who crossed and reached a place advanced)
     r"\b(?:we|they|people|families|refugees|civilians|residents|survivors|villagers|inhabitants|women|children)\s+"
     r"(?:who\s+[a-z]+\s+)?(?:walked|trekked|crossed|climbed|waded|made\s+(?:their|our)\s+way)\b[^.;:]{0,100}?"
     r"\band\s+(?:finally\s+|eventually\s+|only\s+)?reached\b|"
     # goods brought in: "food and fuel reach X only in the vehicles of the Red Cross", "medicines still get to Y"
     # (not goods a vehicle carries, asked to be let through: "let trucks with food reach X")
     r"(?<!\bwith )(?<!\bof )\b(?:food|fuel|medicines?|supplies|aid|goods|flour|cargo|freight|essentials)(?:[\s,]+[\w'’-]+){0,4}?[\s,]+"
     r"(?:only\s+|now\s+|still\s+|rarely\s+)?(?:reach(?:es|ed)?|get(?:s)?\s+(?:in)?to)\b|"
     # goods sent to a place, or handled at a stop on their way: "supplies for X", "cargo bound for Y", "unloading at
     # the Z crossing" (not supplies meant for people: "supplies for the displaced", "goods for those in need")
     # (nor supplies to last a time: "supplies to last until spring", "supplies for two weeks")
     r"\b(?:supplies|cargo|freight|goods|shipments?)\s+(?:bound\s+)?(?:to|for)\b(?!\s+(?:be|last|(?:a|an|one|two|three|"
     r"four|five|six|several|many|few|\d+)\s+(?:days?|weeks?|months?|years?|winters?)|(?:the\s+)?(?:[a-z]+s|"
     r"displaced|needy|wounded|injured|elderly|homeless|poor|sick|people)|those|industry|business)\b)|"
     r"\bunload(?:ed|ing|s)?\s+at\b|\b(?:was|were|being|be)\s+reloaded\s+at\b|"   # (not soldiers who "reloaded")
     # a journey begun: "the group had set out from X by bus", "set off for Y"
     # (not search or rescue teams setting out towards the places they comb: "the teams set out again towards X and
     # Y" tells a search there, no way travelled)
     # (a team that sets out from a place, or volunteers, still travel: "the team set off from X to Y by bus",
     # "volunteers set off from X for Y with aid")
     r"\bset(?:ting)? (?:out|off) (?:[\w'’-]+ ){0,2}?from\b|"
     r"(?<!\bteams )(?<!\bteam )(?<!\bparties )(?<!\brescuers )(?<!\bsearchers )"
     r"\bset(?:ting)? (?:out|off) (?:[\w'’-]+ ){0,2}?(?:for|towards?)\b|"
     # a march on its way (not one held in a town, a protest there): "the march from X reached Y", "a protest march
     # from X to Y", "the march began in X", "marched on Y"
     r"\bmarch(?:ed|es)?\b(?= (?:[\w'’-]+ ){0,2}?from\b| (?:began|started|set (?:out|off)) (?:in|from|at)\b)|"
     # travellers taking to vehicles: "near X the marchers boarded buses", "boarded a helicopter in Y"
     # (not a scramble for seats that tells no journey: "people tried to board the last helicopters in X", an
     # evacuation attempted)
     r"(?<!tried to )(?<!try to )(?<!trying to )(?<!struggled to )(?<!scrambled to )(?<!fought to )"
     # ("tries to board", "attempted to board", "tried desperately to board", "failed to board")
     r"(?<!tries to )(?<!attempted to )(?<!attempting to )(?<!attempt to )(?<!desperately to )(?<!failed to )"
     r"(?<!unable to )"
     r"\bboard(?:ed|ing|s)? (?:the |a |an |their |its )?(?:[\w'’-]+ )?(?:(?:mini)?bus(?:es)?|cars?|trains?|planes?|"
     r"helicopters?|vehicles|ferr(?:y|ies)|flights?)\b|"
     # a way's course: "the shortest way went from X to Y"
     r"\b(?:went|goes|go|going)\b(?= from (?:[\w'’-]+ ){1,3}?to\b)|"
     # a journey's way: "on the way to X", "en route to Y"
     r"\bon (?:the|their|his|her|our|its) way (?:to|from|back to)\b|\ben route (?:to|from)\b|"
     # traffic sent or gone round another way: "drivers are now sent round by X", "traffic has gone round through Y"
     # (a detour's own way, a place named: not news "sent round by word of mouth", "by volunteers" or "via
     # Telegram", nor a box that "went round by the church")
     r"\b(?:sent|send|sends|sending|go|goes|going|gone|went|diverted)\s+(?:a)?round\s+(?:by|through|via)\b"
     r"(?!\s+(?:word|e-?mail|phone|telephone|post|mail|hand|radio|the|a|an|his|her|their|our|my|its|some|"
     r"volunteers|activists|friends|neighbours|relatives|people|telegram|whatsapp|facebook|viber|messenger)\b)|"
     # the way to a town told by its course now: "the way to X now goes round through Y", "the way to X has meant
     # a detour" (older sets file the town as the route's, heldout33)
     r"\bthe way to\b(?= [\w'’-]+(?: (?!and\b|or\b|but\b)[\w'’-]+)? (?:now |still |then )?(?:goes|went|runs|ran|leads|led|"
     r"means|meant|has meant|had meant)\b)|"
     # a walk or a march on its way: "they walked on from X along the highway", "walked through Y"
     # (not a march through a town's own streets: "marched through the city centre", a protest there; nor a walk
     # from or past a town's sights: "walked from the poet's statue to the museum", a walk about the town; nor a
     # parade along a base's runway or parade ground: "troops marched along the runway of X airport"; nor a distance
     # told by a walk: "a short walk from the school", "a ten-minute walk from Y")
     # (a walk told as made, "made the short walk from X to the forest", is a journey)
     r"(?<!a short )(?<!minute )(?<!minutes' )(?<!minutes’ )(?<!an easy )"
     r"\b(?:walk(?:ed|ing|s)?|march(?:ed|es|ing)?)(?: on| back)? (?:from|along|through|past)\b"
     r"(?! (?:the |its )?(?:(?:city|town|old) )?(?:centre|center|streets|squares?|main square)\b"
     r"| (?:the |its |a )?(?:runway|tarmac|airfield|parade ground)\b"
     # (the sight the walk's own object, not one passed on a leg after another place: "walked from X past the old
     # cemetery to Y" is a journey)
     r"| (?:(?!(?:to|towards|into|past|via|through|across|along|and)\b)[\w'’-]+ ){0,4}?" + _SIGHT + r"\b)|"
     # people making their way on foot or fleeing along a route: "tried to escape through the forest towards X",
     # "civilians moving from X towards Y" (the heading, not a refuge reached: "fled to X" is a refuge; nor troops
     # moving towards positions, an advance)
     r"\b(?:escap(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|walk(?:ed|ing|s)?|march(?:ed|es|ing)?|trekk(?:ed|ing)|fle(?:e|es|eing)|"
     r"ma(?:de|king) (?:their|his|her|our) way)\b(?= (?:[\w'’,-]+ ){0,6}?towards?\b"
     r"(?! (?:[\w'’-]+ ){0,2}?positions?\b))|\b(?:dirt|mountain|gravel) (?:tracks?|roads?)\b|"
     # a crossing over a mountain pass is its way: "drove their flocks over the one pass still open, the X pass",
     # "runs north over the A mountains and the B pass" (the pass named within a few words)
     r"\b(?:over|across|through|via)(?= the (?:[\w'’-]+,? ){0,5}?pass(?:es)?\b)|"
     # a journey told as a noun: "the trip from X to Y took four hours", "the journey from X to Y" (not a journey
     # abroad told without its end)
     r"\b(?:trip|journey|ride|commute)s?\b(?= from (?:[\w'’-]+ ){1,3}?to\b)|"
     # travel along a route: "trucks heading for X", "we drive to X", "crawled across the bridge"
     r"\bhead(?:ed|ing|s)? (?:from (?:[\w'’-]+ ){1,3}?)?(?:for|to|towards?)\b|\b(?:drive|drives|driving|drove|" + _DROVE +
     r"|travel(?:l?ed|l?ing|s)?|truck(?:ed|ing)) "
     # (not where a place lies: "the mine, which lies across the border")
     r"(?:home |back )?(?:to|from|through|towards?|between)\b|\b(?<!lies )(?<!lie )(?<!lying )(?<!located )"
     # (nor how far something spread: "51 cases of damage across the province", "shells fell across the district";
     # people carried across a bridge are still moved on a route: "evacuate casualties across the bridge")
     # (nor how far a tally runs: "damage done in 40 cases across X", "a dozen incidents across the region")
     # (nor where people come from, "from across" as "from all over": "pilgrims from across the region used to come
     # to the X monastery", no way crossed)
     r"(?<!situated )(?<!damage )(?<!spread )(?<!scattered )(?<!fell )(?<!cases )(?<!incidents )(?<!from )across\b|"
     # a mountain pass driven or fled over on the way: "refugees drove over the X pass to Y" (not a mine driven over),
     # or the hills or mountains walked over, as "through the hills" is: "they walked over the hills from X to Y" (on
     # the way from or to a place: not a hike "over the hills around X")
     r"\b(?:drove|driv(?:e|es|ing|en)|travel(?:l?ed|l?ing|s)?|fled|walked|trekked) (?:back )?over\b"
     r"(?= (?:the )?(?:[\w'’–-]+ ){0,3}?pass\b| (?:the )?(?:[\w'’–-]+ ){0,2}?(?:hills|mountains) (?:from|to|into|towards?)\b)|"
     # an escort on its way (not one that sees farmers to their own land to work it: "escorted farmers to their
     # fields near X", a presence there)
     r"\bescort(?:ed|ing|s)?\b(?! (?:[\w'’-]+ ){0,3}?to (?:their|his|her|the|its) (?:own )?(?:fields|orchards|"
     r"pastures|vineyards|gardens|farmland|land|plots|crops|harvest|hayfields|meadows)\b)|"
     # traffic on a way, and its jams: "traffic over the pass was heavy", "cars stood bumper to bumper between X and
     # Y" (not the traffic police); goods on their way: "tank cars would start rolling from X"
     r"\btraffic\b(?! (?:police|polic\w+|accidents?|lights?|rules|violations?|safety|offen[cs]es)\b)|"
     r"\bbumper[- ]to[- ]bumper\b|\btailbacks?\b|\broll(?:ed|ing|s)? from\b|"
     # a queue of cars (a line of them standing), or streets jammed with them: the way out, queued on ("the queue of
     # cars reached the edge of X", "the line of cars stood still below Y", "the streets of Z were jammed with cars";
     # the older sets file these corridors; not an army's or the police's vehicles, "a queue of military vehicles
     # stretched to X", nor streets jammed by a protest told after it, "jammed with cars as protesters marched")
     r"\bqueues? of (?!" + _FORCE_VEHICLES + r")(?:[\w-]+ )?(?:cars|vehicles)\b|"
     r"\blines? of (?!" + _FORCE_VEHICLES + r")(?:[\w-]+ )?(?:cars|vehicles)\b(?= (?:[\w'’-]+ ){0,3}?"
     r"(?:stood|stands?|standing|stuck|wait(?:ed|ing)|still|stretch(?:ed|es|ing)?|long)\b)|"
     r"\bjammed with (?:[\w-]+ )?(?:cars|vehicles|traffic)\b(?![^.;]*\b(?:protest\w*|rall(?:y|ies)|demonstrat\w*)\b)|"
     # a road seen or told jammed, the traffic after it: "saw the road jammed in both directions, with families
     # driving towards X" (older sets: 5 of 5 jammed roads filed corridors at their towns)
     r"(?<=road )jammed\b(?![^.;]*\b(?:protest\w*|rall(?:y|ies)|demonstrat\w*)\b)|"
     # the movement of vehicles restricted in a place is its traffic's news, as older sets file it (a curfew itself
     # stays a checkpoint): "the decree restricts the movement of vehicles in X", "the movement of cars was limited"
     # (not an army's moving, told with its men or arms: "the movement of vehicles and troops near X")
     r"\bmovement\s+of\s+(?:all\s+|private\s+|civilian\s+)?(?:vehicles|cars|traffic|transport|lorries|trucks)\b"
     r"(?!\s+(?:and|with|carrying)\s+(?:[\w-]+\s+)?(?:troops|soldiers|servicemen|military|armou?r|ammunition|weapons|"
     r"equipment|personnel)\b)|"
     # a tunnel named by the towns it links is a road's (not one that brings water to a reservoir)
     r"\btunnels?\b(?= (?:from|linking|connecting)\b(?![^.;]*\b(?:water|irrigation)\b))|"
     # people and goods moved along a route: "carrying fuel to X", "moved 2,000 people to the bridge"
     r"\bsmuggl(?:e|ed|es|ing)\b(?= (?:[\w,-]+ ){0,3}?(?:to|into|from|across|through)\b)|"
     # (not flowers carried to a grave or a memorial: a commemoration, "carried carnations to the memorial in X")
     r"\bcarr(?:y|ying|ied|ies)\b(?! (?:[\w-]+ )?(?:flowers?|carnations?|wreaths?|candles?|tulips?|roses?|portraits?|bouquets?)\b)"
     # (nor goods carried into a building, no way travelled: "carried the goods back into his shop")
     r"(?! (?:[\w,-]+ ){0,3}?(?:back )?into (?:the |a |an |his |her |their |its |our )?(?:[\w-]+ )?"
     r"(?:stores?|shops?|houses?|homes?|buildings?|warehouses?|cellars?|basements?|barns?)\b"
     r"(?! (?:[\w'’-]+ ){0,3}?from\b))"     # (but "carried fuel into warehouses in X from Iran" came along one)
     r"(?= (?!out\b)(?:[\w,-]+ ){0,3}?(?:to|into|towards?|across|through)\b|"
     r" (?!out\b)(?:[\w,-]+ ){0,6}?from (?:[\w'’-]+ ){1,3}?to\b)|"
     # (nor flowers brought to a ruin or a grave, as "carried": "people have been bringing flowers to the ruins")
     r"\bbring(?:s|ing)?\b(?! (?:[\w-]+ )?(?:flowers?|carnations?|wreaths?|candles?|tulips?|roses?|portraits?|bouquets?)\b)"
     r"(?= (?:[\w,-]+ ){0,3}?(?:from|to|into)\b)|"
     # (not a body named for it: "the transport ministry said", "the Ministry of Transport", Azerbaijan's "Ministry of
     # Digital Development and Transport" since 2021)
     r"(?<!ministry of )(?<!minister of )(?<!digital development and )\btransport(?:ed|ing|s)?\b(?! (?:ministry|minister|ministries|department|agency|"
     r"authorit(?:y|ies)|compan(?:y|ies)|police|officials?|committee)\b)|\bferr(?:y|ied|ies|ying)\b|"
     r"\bmov(?:ed|ing)\b(?= (?:\S+ ){0,3}?(?:people|residents|civilians|refugees|patients|families)\b)|"
     # a border crossed at a named point: "had left X yesterday and crossed at Y", "crossed the border at Z",
     # "crossing into Armenia at W" (not "crossed at dawn", "crossed the border at about noon")
     r"\bcross(?:ed|es|ing)?\b(?= (?:over |back |the (?:[\w'’-]+ )?border |into [\w'’-]+ )?(?:at|through|via) "
     r"(?!dawn|night|noon|midnight|daybreak|first light|the same time|once|last|least|will|random|speed|about|"
     r"around|\d)\b)|"
     # "a truck crossed the Hakari bridge", "lorries crossed into Georgia over the X bridge"
     # (a mountain pass or a range crossed on the way too: "had crossed the X passes on foot", "died while crossing
     # the snowbound Y mountains")
     r"\b(?:cross|pass)(?:ed|es|ing)?\b(?= (?:into [\w'’-]+ )?(?:over |across )?(?:the |a )?(?:[\w'’–-]+ ){0,3}?"
     # (not a document: "passed out press passes")
     r"(?:bridge|corridor|road|checkpoint|(?<!press )(?<!boarding )(?<!travel )(?<!entry )(?<!special )pass(?:es)?)\b|"
     # (mountains or a range by their name only, not "crossing the mountains" of a district named before; "crossed
     # over the X mountains" too)
     r" (?:over |across )?(?:the )?(?!the |a |an )(?:[\w'’–-]+ ){1,2}?(?:mountains|range)\b)|"
     # people on foot going down, up or over a pass: "three men walk down a snowfield on the slope of the X pass",
     # "they climbed up towards the Y pass" (the pass as the way they took)
     r"\b(?:walk(?:s|ed|ing)?|climb(?:s|ed|ing)?|trek(?:s|ked|king)?|trudg(?:e|es|ed|ing)|stumbl(?:e|es|ed|ing)|"
     # (the pass, a pass or the X pass: not a document, "walked over to collect their press passes", nor a verb,
     # "climbed up on the roof to watch the convoy pass")
     r"struggl(?:e|es|ed|ing)) (?:down|up|over|across)\b(?= (?:[\w'’–-]+ ){0,9}?(?:the|a) (?!(?:convoy|column|bus|"
     r"buses|cars?|trucks?|lorr(?:y|ies)|vehicles?|motorcade|procession|ambulances?|press|boarding|travel) )"
     r"(?:[\w'’–-]+ )?pass(?:es)?\b)|"
     # a vehicle rolling or driving over a bridge: "as it rolled over the Margara bridge" (not one that fell off it:
     # "rolled over the X bridge and into the river, killing the driver"); coming or going over it is crossing it
     # too: "900 cars had come over the Y bridge", "lorries went across the bridge at Z"
     # (not water over a bridge, "the flood came over the X bridge", nor talks gone over a bridge's reopening)
     r"\b(?:roll(?:ed|s|ing)?|drove|drive|driv(?:es|ing)|"
     r"(?<!water )(?<!waters )(?<!floodwater )(?<!floodwaters )(?<!flood )(?<!floods )(?<!river )(?<!mud )(?<!mudflow )"
     r"(?<!talks )(?<!negotiators )(?<!officials )(?<!experts )(?<!inspectors )"
     r"(?:came|come|comes|coming|went|gone|goes|going))\s+(?:over|across)\b(?= (?:the |a )?(?:[\w'’–-]+ ){0,3}?bridge\b(?!['’]s)"
     r"(?![^.;]*?\b(?:into|off|kill\w*|dead|died|injur\w*|crash\w*|overturn\w*|plunged?)\b))|"

     # vehicles on their way: "the school bus to X", "lorries from X", "aid arriving from X", "buses leave X for"
     # a passenger service too: "a train from Baku pulled into X", "the first flight from Baku landed",
     # "buses of volunteers left Yerevan for X", "ambulances going up towards X"
     # (a timetabled run is a vehicle too: "the return service is scheduled to leave X")
     # (a test flight is the air service's cue above, which leaves one that only landed somewhere)
     r"\b(?:(?:mini)?bus(?:es)?|lorr(?:y|ies)|trucks?|trains?|(?<!test )(?<!technical )flights?|planes?|ambulances?|"
     r"vehicles?|cars?|(?:return|passenger|rail|train|bus|ferry|shuttle) services?)\b"
     r"(?= (?:of [\w'’-]+ )?(?:to|from|for|towards?|bound)\b|"
     # what the vehicle did, in a relative clause: "the bus that used to bring traders from X"
     r" (?:that|which) (?:used to |would |will |had |has |have )?(?:brings?|brought|carr(?:y|ied|ies)|takes?|took|runs?|ran)"
     r"(?: [\w'’-]+){0,2}? (?:from|to)\b|"
     rf" (?:of [\w'’-]+ |{_CARRYING})?(?:would |will |had |have |could |were |was |are |is )?(?:(?:scheduled|due|set) to )?"
     r"(?:leave|left|depart\w*|(?:going|went|go|goes|"
     r"heading|headed|moving|moved) (?:up |down |back )?(?:to|towards?|for)|pulled into|landed)\b)|"
     r"\bpull(?:ed|s|ing) into\b|"
     # a vehicle let on into a place: "let the lorry into X", "the convoy was allowed through to Y" (not one kept
     # out: "refused to let the lorry into X", "did not let the trucks into Y")
     # (the town named right after it, not "let the ambulance into the yard"; "never let" keeps it out too; nor
     # only some let through, which is a post sorting who passes: "allowed only ambulances through to X")
     r"(?<!not )(?<!never )(?<!refused to )(?<!refuse to )(?<!n't )\b(?:let|allow(?:ed|s|ing)?|permitted)\s+"
     r"(?!only\b|just\b)(?:(?:the|a|an|its|their|our|two|three) )?(?:[\w'’-]+ ){0,2}?"
     + _LET_VEHICLES + r" (?:into|through to|on to)\b" + _LET_TOWN_NEXT + r"|"
     r"(?<!only )(?<!just )\b" + _LET_VEHICLES + r" (?:was|were|had been|has been|have been) "
     r"(?:finally |eventually |then )?(?:let|allowed|permitted) (?:into|through to|on to)\b" + _LET_TOWN_NEXT + r"|"
     # vehicles waiting on their way: "trucks ... still parked near X", "a lorry stood for two days in X", "lorries had
     # gathered at the exit from X", "cars waited between X and Y" (cues.py keeps it only after a vehicle, or people
     # waiting between two towns)
     rf"\b(?:{WAITING})\b(?= (?:[\w'’-]+ ){{0,5}}?(?:near|at|in|"
     r"outside|on|by|between)\b)|"
     r"\barriv(?:e|ed|es|ing)\b(?= (?:[\w'’-]+ ){0,3}?from\b)|"
     r"\bin the directions? of\b|"
     # vehicles told by the run they make: "the lorries that come to X for cargo", "buses which run between Y and Z"
     r"\b(?:lorr(?:y|ies)|trucks?|convoys?|(?:mini)?bus(?:es)?|vehicles|ambulances) (?:that|which) "
     r"(?:usually |normally |regularly |still |daily )?(?:come|comes|came|go|goes|went|run|runs|ran|travel(?:s|l?ed)?|"
     r"drive|drives|drove)(?= (?:to|from|between|into)\b)|"
     # vehicles going to a place, perhaps as a habit begun: "the columns began to go regularly to X", "convoys went
     # to Y" (the traffic on the way there)
     r"\b(?:lorr(?:y|ies)|trucks?|convoys?|columns?|(?:mini)?bus(?:es)?|vehicles) (?:(?:began|started|continued) to )?"
     r"(?:usually |normally |regularly |still |daily )?(?:go|goes|went|going)"
     r"(?= (?:usually |normally |regularly |still |daily )?(?:to|into)\b)|"
     # a railway's rolling stock and its stations: "tank wagons from X", "the marshalling yard at Y", "the junction at
     # Z" (not rooms or courts: "baked bread in the yard")
     r"\btank (?:cars?|wagons?)\b|\b(?:freight|goods|grain|fuel|oil|petrol) wagons?\b|"
     r"\bthe (?:(?:marshalling|railway|rail|freight|goods) )?(?:yard|junction) at\b|"
     # a line's course, told on from a place: "the line ran on towards X", "the track running on to Y", "down the
     # Z valley to W", or without "on": "when the line still ran to Q" (not the front line's, nor a line of contact
     # or of cars), a pipeline's way into a country: "the pipeline that enters Georgia at V" (not one crossing
     # land where it was cut), its extension: "the line will be extended northwards to U" (not the front line's), and
     # a pipeline opened: "the pipeline was put into operation near T" (not a visitor who "went on to X": a journey's
     # stop)
     r"(?<!front )(?<!contact )\b(?:lines?|tracks?|rails?|railways?|pipelines?)\b(?! of\b)"
     r"(?= (?:[\w'’-]+ ){0,2}?(?:ran|runs|run|running|continu(?:ed|es|ing))(?: on)? (?:towards?|to)\b)|"
     r"\b(?:down|up|along) the (?:[\w'’-]+ ){1,2}?valley (?:to|towards?|as far as)\b|"
     r"\bpipelines? (?:that|which) (?:enters?|entered) (?:[\w'’-]+ ){1,2}?at\b|"
     r"(?<!front line )(?<!front lines )\bextend(?:ed|s|ing)? (?:north|south|east|west)wards (?:to|towards?|as far as)\b|"
     r"\bpipelines?\b(?= [^.;]{0,80}?\b(?:put|brought) into (?:operation|service)\b)|"
     # mediators or monitors crossing the line of contact, a way between the sides ("the co-chairs crossed the line
     # of contact near X"; troops that cross it are an incursion, and have no cue here)
     # (a crossing made, not planned, refused or denied, nor one the monitors only speak of: "the monitors will
     # cross ... next week", "observers said troops crossed the line of contact near Y")
     r"\b(?:co-chairs|mediators|monitors|observers|diplomats|envoys) "
     r"(?:(?!(?:said|says|say|told|reported|claimed|stated|added|that|not|never|troops|soldiers|snipers|forces|"
     r"units|saboteurs|servicemen)\b)[\w'’-]+ ){0,6}?"
     r"cross(?:ed|es|ing) the (?:line of contact|contact line)\b|"
     # a place's one link left, told as the way in or out: "the airport at X is now the only way for residents to
     # get in or out of the region", "the only way in or out was by helicopter" (older sets file these corridors)
     # (not "the only way in which talks can succeed")
     r"\bthe only way (?:for (?:[\w'’-]+ ){1,2}?to (?:get|go|come|travel) )?(?:in|out)\b(?! which\b)|"
     # an air link into a place: aircraft allowed (or not) to fly in, or landing there ("no helicopter has been
     # allowed to fly into X", "helicopters from Y, with guns at the windows, have been landing at Z")
     # (not a crash into the ground: "the plane had flown into a hill near X" is no way in; flights into the hills
     # or the mountains, plural, are the way in: "helicopters flew into the hills above X with flour")
     r"\b(?:helicopters?|planes?|aircraft|flights?)\b,?(?: (?:[\w,'’-]+ ){0,12}?(?:fly|flew|flown|flying) in(?:to)?\b"
     r"(?! (?:a |the )?(?:hill|hillside|mountain|mountainside|slope|cliff|ridge|ground)\b)|"
     r" (?:[\w,'’-]+ ){0,12}?(?:been |have |has |had |were |was )landing (?:at|in)\b)|"
     # an air route told by the land it crosses: "the flights usually cross the X and Y provinces", "the planes went
     # round by the Z region and over the lake", "flights had lately run over W" (passenger flights and planes only,
     # not warplanes or drones over a front; nor fire from the air: "planes flew over X and bombed it"; nor planes of
     # war named otherwise, "military planes", "enemy planes", "planes of the air force", "were Su-30s", or planes that
     # crossed into a side's airspace; nor buses or people a clause after the flights sets crossing: "the flights cost
     # more than the buses, which cross X")
     r"\b(?<!war)(?<!military )(?<!fighter )(?<!enemy )(?<!combat )(?<!spy )(?<!reconnaissance )(?<!attack )"
     r"(?<!transport )(?<!force )(?:flights|planes|airliners)\b,?"
     r"(?= (?:(?!(?:buses|trains|trucks|lorries|cars|people|passengers|travellers|drivers|farmers|residents|refugees|"
     r"convoys|troops|soldiers)\b)[\w,'’-]+ ){0,6}?(?:cross(?:es|ed|ing)?(?! into)|(?:fl(?:y|ies|ew|own|ying)|"
     r"runs?|ran|run|go(?:es)?|went|gone) (?:straight |directly |round |lately |sometimes )*(?:over|across|by))\b)"
     r"(?![^.;]*?\b(?:bomb\w*|shell\w*|fir(?:e|ed|ing)|strikes?|struck|attack\w*|drones?|missiles?|rockets?|"
     r"military|air\s+force|fighters?|fighter\s+jets?|Su-\d+s?|MiG(?:-\d+s?)?|reconnaissance|leaflets|"
     r"show\s+of\s+force|intercept\w*|scrambled)\b)",
     "route"),
)
CORRIDOR_KINDS = _cues(
    (r"\bbypass\w*|\bdetour\w*|\breroute\w*|\bnew (?:road|route)\b|\balternative (?:road|route)\b",
     "route_change"),
    # traffic resumed after a closure: the route is open again
    (r"\bresum(?:ed|es|ing|ption)\b|\bre-?open(?:ed|s|ing)?\b(?! (?:fire|talks|negotiations))", "route"),
    (r"\bclos(?:ed|ure|ing|es)\b(?! doors\b)|\bshut\b", "closure"),
    # "the only road to Stepanakert has been blocked": the route, blockaded
    (r"\bblock(?:ed|ade|aded|ing)\b|\bcut(?:s|ting)? off\b(?! (?:the |its |their |all |all the )?(?:gas|electricity|power|water|"
     r"heating|internet|supplies|supply)\b)", "blockade"),
    (r"\bpropos\w+|\boffer\w*|\bplann?(?:ed|ing)?\b|\bwould (?:run|pass|link|connect)\b|\bwants?\b", "proposal"),
)
# a fire that burns (a wildfire, a blaze at a depot): no firing, whatever it destroys (see cues: a disaster's damage)
BLAZE = (r"\b(?:wild|forest|grass|bush|brush|field|steppe|peat)[- ]?fires?\b|\bblazes?\b|\bflames\b|\bfirefight(?:ers?|ing)\b|"
         r"\bcaught fire\b|\bfires? (?:(?:had|has) )?(?:broke out|spread|engulfed|gutted|swept|destroyed|damaged|raged)\b|"
         # a fire put out: "the last fires near X were put out", "rescuers extinguished the fire"
         r"\bextinguish\w*|\bput out (?:the |a |all )?(?:[\w-]+ )?(?:fires?|blazes?)\b|\bfires?\b[^.;]{0,60}?\bput out\b")
OTHER = _cues(
    # where travellers stopped on their way is a stay, not the route: "the delegation stopped at the X pass"
    (r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bbe )\b(?:stopped|paused|halted) (?:off )?(?:at|in)\b|"
     r"\btalks\b|\bmeet(?:s|ing|ings)?\b(?!\s+(?:it|them|the (?:[\w-]+ )?(?:road|highway|route|border|frontier|line|railway|river|sea))\b)|\bmet\b|\bsummit\b|\bsessions?\b|\bnegotiat\w+|\bconference\b|"
     r"\bvisit\w*|\btoured\b|\bhosted\b|\benvoys?\b|\bdiscuss\w*|\bmediat\w+|\bsign(?:ed|ing)\b|\bagreed\b|"
     # a visit told by its purpose: "came to X to see what the attack had done" (what was seen is no news told)
     # (not those who came and then fired: "troops came to X to assess the posts, and shelled the village")
     r"\b(?:came|went|travell?ed)(?=\s+to\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:see|look\s+at|inspect|assess|survey)\b"
     r"(?![^.;]*?\band\s+(?:then\s+|later\s+)?(?:shelled|fired|opened\s+fire|attacked|struck|bombed|hit(?!\s+out))\b))|"
     # visitors shown the damage are on a visit, what they saw no news told: "the diplomats were shown houses
     # destroyed by shelling in X" (see cues' _SEEN_DAMAGE)
     r"\b(?:was|were)\s+shown\s+(?=(?:the\s+|some\s+of\s+the\s+)?(?:[\w-]+\s+)?(?:houses|homes|buildings|ruins|"
     r"damage|sites|areas|streets)\b)|"
     # a diplomatic mission opened in a town: "to open a consulate in X", "ready to host an embassy in Y" (not
     # where a mission merely sits: "the embassy in Z said")
     r"\b(?:open\w*|host\w*|inaugurat\w*|establish\w*|set(?:ting)? up)\s+(?:[\w'’-]+\s+){0,4}?"
     r"(?:consulates?(?: general)?|embass(?:y|ies)|diplomatic missions?)(?= in\b)|"
     # a round of talks told by its number alone: "a second round opened on Tuesday", "the next round began"
     r"\b(?:first|second|third|fourth|fifth|new|next|latest|another|final)\s+round\s+(?:has\s+|had\s+)?"
     r"(?:opened|began|begun|started|resumed|ended|closed|took\s+place|was\s+held)\b|"
     # diplomats gathered somewhere for a time, no meeting word said: "the ministers spent the week at a centre in
     # X", "two envoys sat for three days in a hotel in Y" (not a night's stay on a journey: see "stay" below)
     r"\b(?:ministers|delegations|delegates|envoys|negotiators|mediators|diplomats)\b[^.;:]{0,40}?"
     r"\b(?:spent|sat)\s+(?:for\s+)?(?:this|the|a|an|one|two|three|four|five|six|several|many)\s+"
     r"(?:whole\s+)?(?:days?|weeks?|hours?|morning|afternoon)\s+(?:at|in)\b|"
     # or sat down together there: "the foreign ministers sat down in X with their host", "the two leaders sat down
     # at a table in Y"
     r"\b(?:ministers|delegations|delegates|envoys|negotiators|mediators|diplomats|leaders|presidents)\b[^.;:]{0,40}?"
     r"\bsat\s+down\s+(?:together\s+)?(?:in|at|with)\b",
     "meeting"),
    # a sit-in is a protest; one that blocks a road says so ("continued to block the corridor ..., a sit-in")
    # (a march held in a town is a protest there, not a route: "plan to march in X")
    # (and a camp outside a seat of power is a vigil there: "families camped outside the parliament")
    # (so is a crowd's march, wherever it goes: "the march of tens of thousands through X", "thousands marched
    # through Y": the older sets annotate a crowd marching through a city "other", 4 of 4)
    (r"\bprotest\w*|\brall(?:y|ies|ied|ying)\b|\bdemonstrat\w+|\bsit-ins?\b|\bmarch(?:ed|es|ing)? in\b|"
     r"\bmarch(?:es)? of (?:tens of |hundreds of )?(?:thousands|hundreds)\b|"
     r"\b(?:thousands|hundreds) (?:of (?:people|protesters|demonstrators) )?marched\b|"
     r"\bcamped (?:outside|at|by|near)\b(?=" + _SEAT_BUILDING + r")|"
     # (a crowd shouting, chanting or demanding is a protest: "a crowd outside the base in X, shouting for the road
     # to open", other news at X in the older sets, 6 of 6)
     r"\bcrowds?\b(?=[^.;:]{0,80}?\b(?:shout(?:ed|ing|s)?|chant(?:ed|ing|s)?|demand(?:ed|ing|s)?)\b)", "protest"),
    # where travellers stay the night or hear mass on their way is a stop, not the route: "they spent their first
    # night at the X monastery", "after a Sunday mass at Y they walked on"
    (r"\bspen[dt]s? (?:the|their|a|his|her|its|one|two) (?:first |second |third |last |next )?nights? (?:at|in)\b|"
     r"\b(?:mass|liturgy) (?:at|in)\b", "stay"),
    # a burial: where the dead are laid to rest, not where they fell ("one of the three dead soldiers is buried at X",
    # "they will be buried in Y";
    # the fire that killed them, told in the same sentence, still comes first)
    (r"\b(?:was|were|is|are|be|been|being)\s+buried\s+(?:at|in)\b|\blaid to rest\b", "funeral"),
    # people taken out of a town for their safety leave it, as the displaced do: "women and children were taken out
    # of X within hours" (the place they were taken to is still their journey's end)
    (r"\b(?:taken|brought|evacuated|moved|bussed|ferried|got)\s+out\s+of\b"
     # (and told actively, the people between: "the police moved all civilians, local and foreign, out of X")
     r"|\b(?:took|brought|moved|bussed|ferried|got)\s+(?:all\s+|the\s+|some\s+|\d[\d,]*\s+)?(?:civilians|residents|"
     r"people|families|villagers|women|children)\b(?:[\s,]+[\w'’-]+){0,4}?[\s,]+out\s+of\b(?!\s+doors\b)", "displacement"),
    # (people who left a town in numbers fled it, as "fled" tells: "thousands of residents left X in the first days";
    # not a trip's start, "left for Y", nor what they left behind; nor those who remain, "no people left in the
    # village", "only 300 residents left in the town", nor flowers left at a memorial)
    # (people who escaped from a place fled it: "many villagers managed to escape from X before the troops came")
    # (goods gathered for those in need are aid: "spent the day gathering flour and medicine", "the food collected in
    # X", as "aid" is)
    (r"\b(?:gather(?:ed|ing)|collect(?:ed|ing))\s+(?:[\w'’-]+,?\s+){0,2}?(?:food|flour|medicines?|clothes|clothing|"
     r"blankets|donations)\b|\b(?:food|flour|medicines?|clothes|clothing|blankets|donations)\s+(?:(?:was|were|had\s+been)\s+)?"
     r"(?:gathered|collected)\b|"
     r"\bhumanitarian\b|\baid\b|\bsupplies\b|\bevacuat\w+|\brefugees?\b|\bfled\b|\bflee\b|\bescap(?:e|ed|ing)\s+from\b|"
     r"\b(?<!\bno\s)(?<!\bany\s)(?:people|residents|families|civilians|villagers|inhabitants)\s+(?:had\s+|have\s+)?"
     r"left\b(?!\s+(?:for|to|towards?|behind|with|without|their\s+(?:cars?|bags|belongings)|them|it|alive|there|here|"
     r"in\s+(?:the\s+|this\s+|that\s+)?(?:village|town|city|district|area|region)|"
     r"(?:\w+\s+)?(?:flowers?|carnations?|wreaths?|candles?|tulips?|roses?|bouquets?|toys|notes|messages))\b)",
     "humanitarian"),
    # the displaced coming home: "30 families arrived in Jabrayil from Garadagh", "receiving returnees", "X welcomed
    # its first returning residents", "the rebuilt village of Y welcomed 20 families"
    (r"\breturnees?\b|\b(?:internally )?displaced (?:persons|people)\b|\bidps\b|"
     r"\breturning (?:residents|families|villagers|inhabitants)\b|"
     r"\bwelcomed (?:its |their |the )?(?:first )?(?:[\d,]+ |more )?(?:families|residents|returnees)\b|"
     r"\bfamilies (?:\(\d[\d,]* people\) )?(?:have |had )?(?:arrived|moved|returned|relocated|resettled|settled)\b",
     "return"),
)
# Where someone speaks, lives, shelters or works: the place is the scene, not what happened there.
_BACKGROUND = _cues(
    (r"\btold (?:reporters|journalists|a news conference|a briefing)\b|\b(?:news|press) conferences?\b|"
     r"\bbriefing\b|\b(?:televised |video |public )?address\b|\bspeaking\b|\bspoke\b|"
     # (not the verb of an aside set off by commas, which says who tells it, not where: "Near X, the ministry said,
     # a soldier was wounded", "It was at X, it said at the time, that ...")
     r"\b(?:said|says)\b(?!(?: at the time| then| later| again)?,)|"
     r"\binterview\b|\breporters?\b|\bjournalists?\b|\bcorrespondents?\b|"
     # those on duty at a place are there, no scene of civilian life: "a patrol near X", "monitors in Y"
     r"\bpatrols?\b|\bmonitors\b", "presence"),
    (r"\b(?:air[- ]raid )?sirens?\b|\bresidents?\b|\bfamil(?:y|ies)\b|\bhospitals?\b|\bschools?\b|"
     # (not one of an army's works listed with its positions: "fired on its positions, shelters and strongholds")
     r"(?<!positions, )(?<!positions and )\bshelters?\b|"
     r"\bsheltering\b|\bbasements?\b|\bqueu(?:ed|ing|es?)\b|\bshops?\b|\bbaker(?:y|ies)\b|"
     r"\bpharmac(?:y|ies)\b|\b(?:petrol|fuel|filling) stations?\b|"
     r"\brescue(?:rs| workers| teams)\b|\bteams?\b|\bpatients\b|"
     r"\bfunerals?\b|\bmourners\b|\bhomes?\b", "civilian"),
)
BG_KINDS = {"presence", "civilian"}
# An article about the displaced going home (Azerbaijan's "Great Return" to the districts regained in 2020): its
# convoys and buses carry returnees
RETURN_ARTICLE = prefilter.compile(r"\breturnees?\b|\bformer (?:internally displaced|IDPs?|residents)\b|\bGreat Return\b|"
                                   r"\bresettle(?:d|ment)?\b", re.I)
# A cue word inside an institution's name is no event: "the State Customs Committee said".
_INSTITUTIONS = (r"Committee|Service|Agency|Office|Department|Ministry|Council|Commission|Directorate|Brigade|"
                 r"Regiment|Battalion|Division|Corps|Centre|Center|Administration|Inspectorate")
INSTITUTION_NAME = prefilter.compile(
    rf"\b(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+){{0,2}}?(?:{_INSTITUTIONS})\b"
    # "the Ministry of Transport", "the State Committee for Urban Planning"
    r"|\b(?:Ministry|Committee|Agency|Service|Department|Office|Council|Commission)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:(?:\s+|\s+and\s+|,\s+)[A-Z][\w'’-]+)*")
# Every institution's name has one of these words: a sentence without them needs no look for names.
INSTITUTION_WORD = prefilter.compile(_INSTITUTIONS)
# what befell a vehicle on the road: "a truck overturned near X", "a lorry rolled over", "a bus ran off the road",
# "plunged into a gorge", "a car skidded" (not a ruling overturned or a debt rolled over: "the court overturned the
# verdict", "a verdict overturned on appeal", "was overturned")
_MISHAP = (r"(?<!was )(?<!were )(?<!been )(?<!be )\b(?:overturned|rolled over)\b"
           r"(?! (?:on appeal|the|an?|its|his|her|their|this|that|these|those|it|them|all|both|every|each)\b)|"
           r"\b(?:ran|run|running|went|go(?:ne|ing)?|veer(?:ed|ing)|skidd(?:ed|ing)|swerv(?:ed|ing)) off the road\b|"
           r"\b(?:plunged?|plunging|fell|fallen|crashed|tumbled|rolled) (?:down )?(?:into|off|down) (?:a|an|the) "
           r"(?:[\w'’-]+ )?(?:gorge|ravine|canyon|precipice|cliff|abyss|river|ditch|chasm)s?\b|"
           r"\bskidd(?:ed|ing)\b")
# places to stay or sit in, which a guest "occupied" ("every room was occupied"), not a place taken
_SEATS_BEFORE = "".join(rf"(?<!\b{w} )" for w in ("bed", "beds", "room", "rooms", "seat", "seats", "hotel", "hotels",
                                                 "hospital", "ward", "wards", "flat", "flats", "chair", "chairs",
                                                 "bunk", "bunks", "tent", "tents", "place", "places"))
_CONTROL = _cues(
    # where people fled to: a refuge, not the scene of what they fled ("families left for Yevlakh")
    (r"\b(?:fled|flee(?:s|ing)?|left|leaving|evacuated|relocated)\s+(?:to|for|towards?|into)\b|"
     # people leaving with their own: "families drove towards X", "had taken his family to relatives in X"
     r"\b(?:families|residents|villagers|inhabitants)\s+(?:[\w'’-]+\s+){0,2}?(?:drove|driving|walked|headed|"
     r"travell?ed)\s+(?:to|towards?|into|for)\b|"
     r"\b(?:took|taken|taking|brought|moved|sent)\s+(?:his|her|their|my|our)\s+(?:[\w'’-]+\s+)?(?:family|"
     r"families|children|kids|wife|husband|mother|father|parents)\s+(?:to|into|towards?)\b|"
     r"\b(?:took|sought|taking|seeking|found|find) (?:refuge|shelter)\b", "humanitarian"),
    # a road crash is an accident where it happened, not news of the road: "a car and a minibus collided in X",
    # "the collision at the Y bridge", "a road accident near Z"
    (r"\bcollided\b|\bcollisions?\b|\b(?:road|traffic|car|bus) (?:accidents?|crash(?:es)?)\b|" + _MISHAP, "crash"),
    # a person a vehicle ran into: "a pedestrian was hit by a car in X", "struck by a minibus near Y"
    (r"\b(?:hit|struck|knocked (?:down|over)|run over)\b(?=" + _BY_A_VEHICLE + r")", "crash"),
    # where people were driven from: "7,600 people were displaced from Gegharkunik and Syunik"
    (r"\b(?:displaced|driven out|expelled|evicted|deported)\s+from\b", "displacement"),
    # men taken prisoner and carried off to a town, or driven there to be held: the place they were held, not a
    # journey ("were taken prisoner and carried off to X", "were driven to Y, where they were held in cells")
    (r"\b(?:carried|marched|led)\s+(?:off|away)\s+to\b|"
     r"\b(?:taken|driven|brought|carried|moved|sent)\s+to\b(?=\s+(?:[\w'’-]+,?\s+){1,4}?where\s+(?:they|he|she|the men|"
     r"the prisoners)\s+(?:were|was)\s+(?:held|detained|jailed|imprisoned|kept|locked up|beaten|interrogated)\b"
     # (not people slowed on their way: "where they were held back by snow", "held up by traffic")
     r"(?!\s+(?:back|up)\s+by\s+(?:the\s+)?(?:heavy\s+|deep\s+)?(?:snow\w*|weather|traffic|fog|rain|storms?|ice|"
     r"floods?|blizzards?|landslides?|jams?)\b))|"
     r"\btaken\s+(?:prisoner|hostage|captive)\s+and\s+(?:[\w'’-]+\s+)?(?:taken|driven|brought|carried|sent)\s+"
     r"(?:off\s+|away\s+)?to\b", "capture"),
    (r"\bhand(?:ed|ing|s)? (?:over|back)\b|\bhandover\b|\bhanded to\b|\bwithdr[ae]w\w*|\breturned to\b|\btransferred\b|"
     r"\btake back\b|\btook back\b|\b(?:take|takes|took|taken|taking) over\b(?! (?:as|from|the (?:role|post|job|duties))\b)|"
     # "the villages are to return to Azerbaijan": a handover, not a journey
     r"\breturn(?:s|ed|ing)? to (?=armenia|azerbaijan|(?:armenian|azerbaijani) control)|"
     # ... or a thing or a place said to pass to the other side: "two houses and the bridge will pass to Azerbaijan",
     # "when the district passed to Azerbaijan" (older sets: 5 of 6 such places filed other, the handover)
     r"\b(?:(?:will|would|is to|are to|to|shall) pass|passe[sd]) to (?=armenia|azerbaijan|georgia)", "handover"),
    # a place lost or aimed at: "With X and Y lost", "the objective is X"
    # (not a life, a limb or the way: "lost his way near X and struck a mine", "lost a leg"; nor its people, counted
    # or not: "X lost more people in fewer strikes", "the village lost 12 residents", a toll, see cues)
    (r"\blost\b(?! (?:their |his |her |its |our |an? |both )?(?:lives?|contact|power|way|legs?|hands?|arms?|eyes?|"
     r"feet|foot|fingers?|sight|limbs?)\b)"
     # (nor a game lost: "reached the semi-final and lost in three games", "lost on penalties", "lost the final")
     r"(?! (?:in|on) (?:[a-z]+ |\d+ )?(?:games|sets|rounds|matches|penalties|points)\b"
     # ("final" alone, not a final stretch or height: "lost the final stretch of road to X")
     r"| the (?:[\w-]+ )?(?:final(?! (?!(?:in|on|at|to|against|of|and|after|before|by|with|but|for|last|this|"
     r"when|while)\b)[a-z])|semi-final|quarter-final|match|game|tie|bout)\b)"
     r"(?! (?:(?:more|many|most|fewer|few|several|some|dozens|scores|hundreds|thousands|of|its|their|the|"
     r"a|dozens?|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?|than|over|about|"
     r"nearly|almost|around) ){0,4}?(?:people|residents|civilians|villagers|inhabitants|soldiers|servicem[ae]n|men|"
     r"women|children|sons|daughters|lives)\b)|\bobjectives?\b", "control"),
    # "recaptured", "retook", "took back" too; and a place taken by its kind: "took the villages of A, B and C"
    # (a place "freed from occupation" was liberated, whatever counter-attack freed it; not men "freed from
    # occupation-era prisons")
    (r"\b(?:re-?)?captur\w+|\bliberat\w+|\bfreed from (?:the )?(?:[\w-]+ )?occupation\b(?![-‐])|"
     r"\b(?:took|takes|take|taken|gain(?:ed|s)?) control\b|\bseized?\b|"
     # (and men who "cleared the village of X" took it, not one cleared of its mines or rubble)
     r"\bre-?(?:took|tak(?:en|es?|ing))\b|\b(?:took|taken|taking|cleared) (?=(?:the )?(?:[\w-]+ )?(?:villages?|towns?|"
     r"cit(?:y|ies)|settlements?) of\b(?! (?:mines|landmines|unexploded|ordnance|explosives|debris|rubble|snow)\b))|"
     # (not travellers or goods counted into a country: "entered Armenia through X")
     # (troops that "invaded X" entered it)
     r"\bentered\b(?! (?:armenia|azerbaijan|georgia|iran|turkey|russia) (?:through|via)\b)|\binvaded\b|\bhad taken\b(?! (?:(?!the\b|a\b)[\w-]+ ){0,2}fire\b)|\bchanged hands\b|\bfell to\b|"
     # a place occupied, told in the passive: "the village had been occupied by a column from X" (not a building
     # full of the displaced or of protesters: "the school was occupied by refugees")
     # (nor beds, rooms or seats taken up: "every bed in the X hospital was occupied", "the rooms had been occupied")
     r"(?:" + _SEATS_BEFORE + r"\b(?:was|were|(?:had|has|have) been)|(?<!had )(?<!has )(?<!have )\bbeen) occupied\b"
     r"(?! with\b| by (?:the )?(?:[\w'’-]+ )?(?:refugees|families|displaced|"
     r"protesters|demonstrators|activists|students|squatters|workers|people|residents|journalists|guests|tourists|"
     r"patients|delegates|evacuees)\b)|"
     # land won back or lost: "the army recovered X and the Y bridges", "after the loss of X" (not bodies recovered,
     # a town that "recovered from" something, "the loss of life", "the loss of contact")
     r"\brecover(?:ed|s|ing)?\b(?! (?:the |their |his |her )?(?:bod(?:y|ies)|remains|wounded|injured|dead)\b"
     r"| (?:in|from|after|by|since|on|at|to|quickly|slowly|fully|well)\b)|"
     r"\bloss(?:es)? of\b(?! (?:life|lives|contact|power|electricity|income|access|jobs?|homes?)\b)|"
     # what a side holds after fighting: "left it in control of ... heights near X"
     r"\b(?:in|under|retain\w*|keep\w*|kept|holds?|held) (?:(?:full|effective|firm) )?control of\b|"
     # a place passing to a side: "Sus came under Azerbaijani control", "the district is due to pass under ... control"
     r"\b(?:came|come|comes|coming|passed|pass|passes|passing|fell|brought|placed|returned) under (?:[\w-]+ ){0,2}?"
     r"control\b", "control"),
)
# a curfew or a state of emergency told in named places restricts who may move there, as a post does: "a curfew from
# 21:00 now applies in X, Y and Z", "the curfew is still in force in X", "the state of emergency declared in Y"; a
# checkpoint cue (see cues for the curfews that are only wished for, planned, judged or a day's backdrop)
# (not a body or a sitting named after one: "a state of emergency meeting", "the state of emergency commission")
# (a commandant's regime or a special regime is such a rule too: "the commandant's regime then in force in X", "a special
# regime for entering and leaving Y", not a nature reserve's or a prison colony's; and so are troops or police posted
# in a town: "soldiers with shields were posted in X", "police were posted in and around Y", as the older sets file both;
# not a video of soldiers posted in a Telegram channel); martial law put on a town is such a rule too: "X, where martial
# law was declared on Monday" (not a war footing declared with a call-up: "declared martial law and a general call-up")
CURFEW = prefilter.compile(r"\bcurfews?\b|\bmartial\s+law\b(?!\s+and\s+(?:a\s+)?(?:general\s+)?(?:call-?ups?|mobili[sz]ation)\b)|"
                           r"\bstates? of emergency\b(?!\s+(?:meetings?|sessions?|commissions?|committees?|"
                           r"councils?|headquarters|services?|situations?|ministry|ministers?|officials?|workers?|teams?)\b)|"
                           r"\bcommandant['’]s\s+(?:regime|rule|hour)\b|"
                           r"\bspecial[\s-]+regime\b(?![^.;:]{0,40}?\b(?:reserves?|parks?|sanctuar(?:y|ies)|colon(?:y|ies)|"
                           r"prisons?|protected)\b)|"
                           r"\b(?:troops|soldiers|servicemen|police(?:men)?|militia(?:men)?|guards)\b[^.;:]{0,50}?"
                           r"\b(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+posted\s+(?:in|around)\b"
                           r"(?!\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+)?(?:Telegram|Facebook|Twitter|Instagram|"
                           r"YouTube|TikTok|VK|social|online|channels?|groups?|chats?|accounts?|forums?)\b)|"
                           # ... troops or armour standing on a town's streets (the older sets file such streets as
                           # checkpoints, 2 of 2: "with soldiers on the streets at night"; not a parade or a march)
                           # (the troops themselves, not their kin: "families of the soldiers gathered on the streets"; nor
                           # soldiers come home or mourned: "soldiers returning from the front, greeted on the streets")
                           r"(?<!\bof\s)(?<!\bof\sthe\s)"
                           r"\b(?:troops|soldiers|servicemen|armou?red\s+vehicles|armou?red\s+personnel\s+carriers|tanks)\b"
                           r"(?:(?!\b(?:march|parad|celebrat|danc|sing|return|home|greet|welcom|gather|mourn|buri|funeral)\w*)"
                           r"[^.;:]){0,40}?"
                           r"\s(?:(?:were|was|are|is|stand|stands|stood|standing|remain|remains|remained)\s+)?(?:on|in)\s+the\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:streets|street\s+corners)\b|"
                           # ... and gatherings forbidden in a town: "rallies and marches are banned in X", "meetings,
                           # marches and gatherings are forbidden there" (the older sets, 1 of 1)
                           r"\b(?:gatherings|rallies|meetings|marches|demonstrations|protests)\s+(?:(?:are|were|have\s+been|"
                           r"had\s+been|has\s+been|is|was)\s+)(?:now\s+|also\s+)?(?:banned|forbidden|prohibited)\b|"
                           # ... or the police and the army set to keep order in a town: "the police and the defence ministry
                           # will keep order in X" (a town held as by its patrols; not a teacher keeping order in a class)
                           r"\b(?:police|troops|army|soldiers|military|defen[cs]e\s+ministry|interior\s+troops)\b[^.;:]{0,40}?"
                           # (not order they will not keep: "the army would not keep order in X")
                           r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)"
                           r"\b(?:keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining)\s+(?:public\s+)?order\s+in\b")
WEAPONS = ("missile", "drone", "rocket", "artillery", "airstrike", "mine")
PRIORITY = {"shelling": 0, "checkpoints": 1, "corridors": 2, "other": 3}
# the clause after "but" whose subject is the place before it ("it", "villages on both sides of it"), told by an
# event's verb after it
_BUT_OF_IT = (r"(?!(?:\s+[^,;]{0,40}?)?\s+(?:it|(?:[a-z]+\s+){1,4}?of\s+it)\s+"
              r"(?:came|was|were|has|have|had|suffered)\b)")
CLAUSE_BREAK = prefilter.compile(
    # every break begins with a space or a punctuation mark: testing that first skips the other positions fast
    r"(?=[\s;,.:!?])(?:"
    # a full stop inside a sentence ends a clause, unless it ends an abbreviation ("at 4 p.m. on", "Gen. X")
    # ("while" before a participle is what the subject was doing, its scene: "was shot while working outside X")
    # (a "but" whose clause goes on about the place before it, as "it", is no break: "X had been quiet for years,
    # but in 2020 it came under fire", "..., but villages on both sides of it were shelled")
    r";|,\s*(?:while(?!\s+[a-z]+ing\b)|whereas|but" + _BUT_OF_IT + r"|and\s+(?:that|said))\b|"
    r"\s(?:while(?!\s+[a-z]+ing\b)|whereas)\s|"
    # (a colon opening a list of names only spells out what comes before it: "cuts off four villages: A, B and C")
    r"\.(?<!\b[ap]\.m\.)(?<!\b[A-Z]\.)(?<!\bU\.S\.)(?<!\b(?:Mr|Dr|St|No|Lt)\.)(?<!\b(?:Mrs|Gen|Col|Sgt)\.)\s|"
    r":\s(?![A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?,\s[A-Z])|"
    # a quotation's end before its speaker: '"... was hit twice," said Gayane, who reached X'
    r"[,.!?][\"”’]\s|"
    # what people demand or are accused of is not what happens where they are: "blocked the road, demanding
    # an end to mining at X", "gathered in X to demand that the road be reopened"
    r",\s*(?:demanding|calling for|protesting|accusing|urging)\b|\s+to\s+(?:demand|call for|protest|urge)\b|"
    # what a speaker told a crowd is not what happened where it gathered: "gathered in X's square, where the
    # leader told them that only the road to Y would be used"
    r",\s*where\s+(?:[\w'’-]+\s+){1,8}?(?:told|addressed)\s+(?:them|the\s+(?:crowd|rally|protesters|demonstrators))\b|"
    # what people went to watch is not what happened where they went: "visited the roadside near X to watch the
    # convoy and the checkpoint", "sent to X to film villages destroyed in the war"
    r"\s+to\s+(?:watch|observe|monitor|film|photograph|inspect|document|see|report on|assess)\b|"
    # a relative clause about a place says what is true of it, not what the sentence's verb did there
    # a clause of its own joined by "and": ", and on 4 November cut the road", ", and some drivers threatened"
    # (the verb is guessed by its ending, -ed or -t; "eight", the one number word ending so, is no verb: ", and in Y
    # another eight" goes on with the clause before, its houses hit)
    r",\s+and\s+(?=(?:on|in|at|by)\s+[^,;]{1,30}?\s+(?!eight\b)[a-z]+(?:ed|t)\b|"
    r"(?:the|a|an|some|many|most|several|other|its|their|his|her)\s+(?:[\w'’-]+\s+){0,12}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|threatened|said|fled)\b)|"
    # "... as rescuers searched", "... as the corridor stays blocked": a new clause with its own subject (the
    # words it may not follow are tested only where " as " stands)
    r"(?=\s+as\s)(?<!such)(?<!well)(?<!\bso)(?<!\bas long)(?<!known)(?<!same)(?<!called)(?<!described)(?<!seen)"
    r"(?<!regarded)(?<!served)(?<!acted)(?<!used)"
    # (not an aside about the name: ", as the town was then written,"; nor a cause: "wounded as a result of shelling")
    # (nor an aside giving the name a side uses: ", as Baku calls X,", ", as the Azerbaijanis call it,"; a list after
    # the verb is what the clause names: "as residents named A, B and C as quiet")
    r"\s+as\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:calls?|called|names?|named)\s+(?:it|them|[A-Z])[\w'’-]*\s*,"
    r"(?!\s*[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*)*,?\s+(?:and|or)\s))"
    r"(?!a\s+(?:result|consequence)\s+of\b)(?!the\s+(?:town|village|city|place|name)\s+(?:was|is|were)\s+(?:then\s+|now\s+|also\s+)?"
    r"(?:written|spelled|spelt|called|known)\b)"
    # (nor the places a list was named as, what the list tells: "named A, B and C as places whose people had come
    # under fire", "listed X as villages that were shelled")
    # (a denial still breaks: "named A and B as villages that had not come under fire")
    # (or the places the fire came from or fell in: "named A and B as places from which its soldiers were shot at")
    r"(?!(?:places|villages|towns|settlements|communities|areas|sites|locations)\s+(?:whose|that|which|where|"
    r"(?:from|in|at|on)\s+which)\b"
    r"(?![^.;]{0,40}?\b(?:not|never|no\s+longer)\b))"
    r"(?=(?:the|a|an|its|their|his|her|[A-Za-z]+(?:ers|ors|s)|[A-Z][\w-]+)\s)|"
    # "... took control of X and destroyed ...": a coordinated predicate
    # (not two participles sharing their object: "had killed and wounded civilians in A, B and C"; nor an adjective
    # in -ed before its noun, a list of things: "backed by tanks and armoured cars", "soldiers and masked men"; not
    # "displaced", as often a verb: "destroyed homes and displaced hundreds in X")
    r"(?<![a-z]ed)\s+and\s+(?!(?:armou?red|unarmed|uniformed|masked)\s)"
    r"(?=(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|said|told|took|hit|shot|struck|set|cut|began|sent|"
    r"made|left|saw|drove|shut|put|says|warned|taken|driven|given|beaten|shown|thrown|flown|stolen|held)\b))")
# (layer, (combined regex, group name -> kind), strong): strong cues are actions, the others nouns
# People killed or wounded at a place: in these reports, by fire (a noun-like cue: it needs a preposition); not the
# dead remembered where they lie ("laid flowers at the graves of the dead in X")
_CASUALTIES = _cues((r"\bkilled\b|\bwounded\b|\binjured\b|\bcasualt\w+|"
                     # (hurt with its degree is wounded: "a worker was badly hurt near X"; "nobody was hurt" is not)
                     r"\b(?:badly|seriously|severely|gravely|critically|slightly|lightly) hurt\b|"
                     # (and people hurt in the plural, a count: "seven people in X were hurt in the fire"; not by a
                     # mine, which the mine readings file: "deminers were hurt near the X mine field"; only with the
                     # fire told after it, not a brawl, a match, a stampede or hurt feelings: "players were hurt
                     # during the match in X", "farmers in Y were hurt by the drought")
                     r"(?<=\bwere )hurt\b(?![^.;]*?\b(?:(?:land)?mines?|minefields?)\b)"
                     r"(?=[^.;]*?\b(?:(?<!\ba )(?<!house )fire|shell(?:s|ing|ed)?|rockets?|missiles?|drones?|strikes?|"
                     r"struck|artillery|mortars?|gunfire|shot|shooting|bombs?|bombing|bombardment|explosions?|"
                     r"blasts?|shrapnel)\b)|"
                     r"\bdead\b(?<!graves of the dead)(?<!memory of the dead)(?<!memorial to the dead)(?<!honour the dead)|\bdeaths?\b|\bdeath toll\b|"
                           r"\bdamage to\b|\bholes? in (?:the |its |their |a )?(?:roofs?|walls?|domes?|fa[cç]ades?|ceilings?)\b|\bkillings\b|\bmassacres?\b(?= (?:in|at|of)\b)|"
                     # a pogrom at a place is an attack on its people ("pogroms against Armenians in X"), not when an
                     # anniversary remembers it ("the anniversary of the pogrom of Armenians in X")
                     r"(?<!anniversary of the )\bpogroms?\b(?= (?:in|at|against|of)\b)", "casualties"))
CUE_GROUPS = [("shelling", _combined(_SHELLING), True), ("shelling", _combined(_CASUALTIES), False), ("checkpoints", _combined(_CHECKPOINTS), True),
              ("corridors", _combined(_CORRIDOR_ACTIONS), True), ("other", _combined(_CONTROL), True),
              ("corridors", _combined(_CORRIDOR_NOUNS), False), ("other", _combined(OTHER), False),
              ("other", _combined(_BACKGROUND), False)]
KIND_STATUS = {"route": "open", "route_change": "open", "closure": "closed", "proposal": "proposed",
               "blockade": "blockaded", "checkpoint": "open"}

# how a kind reads in a candidate's description
KIND_WORDS = {"artillery": "Shelling", "missile": "Missile strike", "drone": "Drone strike",
              "rocket": "Rocket fire", "firing": "Firing", "airstrike": "Air strike", "attack": "Attack",
              "mine": "Mine blast", "damage": "Damage", "fighting": "Fighting", "statement": "Statement", "denial": "Fire denied",
              "checkpoint": "Checkpoint", "blockade": "Blockade", "barrier": "Barrier",
              "route": "Route", "route_change": "Route change", "closure": "Closure",
              "proposal": "Proposed route", "meeting": "Meeting", "handover": "Handover",
              "protest": "Protest", "humanitarian": "Humanitarian situation", "control": "Change of control",
              "casualties": "Casualties", "accident": "Explosion", "crash": "Road accident", "mention": "Mentioned",
              "presence": "Mentioned",
              "civilian": "Civilian life", "return": "Return of the displaced",
              "displacement": "Displacement", "arson": "Arson", "non_combat": "Non-combat death", "tally": "Incidents counted", "encirclement": "Posts cut off", "capture": "Capture", "stay": "Stay on the way", "funeral": "Burial",
              "incursion": "Incursion"}
