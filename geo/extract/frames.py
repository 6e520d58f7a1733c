"""Places a sentence names only to describe someone or something, never as the scene of an event.

* the speaker's description after a quotation: '"...," said Vagif, a retired
  teacher born in Shusha who now lives in Sumgayit' (where a speaker lives or
  comes from; but where the speaker went or what the speaker saw is news);
* a person's home, when the sentence names where it happened: "a resident of the
  village of Matagis was wounded during farm work in the Martakert district";
* a birthplace: "Asgarov was born in 1960 in Azizli, a village of the Vardenis
  district", "a native of Goris";
* the remit of an office or a service: "the Restoration Service for Khankendi
  and the Aghdara and Khojaly districts said", "the service that manages
  Khankendi";
* an exception: "the liberated territories, except the Shusha district";
* where displaced people lived in the meantime: "they had until now lived in Ganja and Yevlakh", "spent the
  next twenty years in the neighbouring Beylagan district";
* a named past event: "the Khojaly events of 1992", "the Sumgait pogrom";
* an office named after its area: "the Gazakh District Prosecutor's Office", "the Barda regional press service",
  "the head of the Shushi region's administration";
* the towns that places named before are cut off from: "A and B are cut off from both C and D", "A and B can reach
  neither C nor D" (the news is at A and B);
* a sports club named after its town: "football club Qarabag Agdam", "Shirak FC";
* a sports fixture's other side or ground: "away in Baku on Saturday", "the away match in Gabala", "plays Ganja away",
  "Sheki v Oguz, home, 14:00" (:func:`_in_away_fixture`);
* where people described in a relative clause came from: "engineers, several of whom came from Khankendi";
* where a civilian service keeps its people: "fire crews based in Sisian and Goris";
* a military unit's home base: "the 4th Army Corps, headquartered in Ganja, took part in the exercise", "the
  division, whose headquarters are in Tabriz";
* the lands a line separates: "the stretch of the Araz that separates Iran from Azerbaijan's Jabrayil district";
* the area across a border from a place: "Tegh lies on the border with the Lachin district";
* the districts something lies between: "the mountain range between the Kəlbəcər and Laçın districts", "its land
  divided between the Tartar, Aghdam and Kalbajar districts", "Berd, on the border between the Tavush province and
  the Tovuz district";
* people named by their district: "two residents of the Aghdam district", "refugees from the Gubadli district";
* a group named by its home town, the sentence going on to another place: "electricians from Goris were repairing
  the line in Kornidzor", "families from villages around Askeran" (but a journey from it is the route);
* a soldier's home: "who had been drafted from the Imishli district", "Parvin, 19, from the Sabirabad district";
* where gunfire was heard "from the direction of the border": "residents of Noravan heard firing from the
  direction of the border" (the place after "from the direction of" is where the fire was);
* a visit or a journey said not to have been made: "the minister has never visited Tbilisi", "had not travelled to
  Moscow or Minsk since the summit", "hasn't been to Stepanakert" (but "not only visited X");
* what would, could or might have happened: "would have gone to Goris if the road had been open";
* an instruction not to travel: "no staff are to travel to the districts of A or B", "advised against travel to C";
* a contributor's note on the author: "The author teaches history at a school in Ganja", "The writer is a
  journalist based in Yerevan" (where the author works, not news);
* where goods come from, when they are lacking or waiting elsewhere: "shortages of goods from Yerevan", "medicines
  prepared in Yerevan are waiting in Goris"; a journey refused: "patients were denied transport to Yerevan";
* where the writer met the speaker: "A driver I spoke to in Goris last month said ..." (where the words were
  heard);
* where the outlet's correspondent reports from on another place: "Our correspondent in Goris says residents of Tegh
  heard gunfire";
* where the outlet's correspondent is, said alone: "Our correspondent Anna Petrosyan is in Goris", "Our reporter
  has been following it from Ganja" (where the report comes from, not what happened there), and where its crew set
  out from: "Our crew, which drove down from Artashat, saw smoke";
* a home left long ago, told as an unnamed village of a district: "had come from a village of the Kalbajar
  district decades ago";
* the venue of a truce or a deal: "a truce brokered in Washington took effect";
* a visit only hoped for: "Next month I hope to visit Goranboy";
* a notice of a community's own gathering to come: "The parish council will meet in Ijevan on Thursday", "A service
  will be held at the church in Goris" (not the meetings of commissions or officials, a funeral or a ceremony);
* the seat of a local civilian service: "took the pensioners to the clinic in Berd" (unless harm, or
  someone's treatment there, is told);
* a firm's home town, the firm the source of something: "lorries hired from two Baku firms", "built by a Yerevan
  company";
* a small trade's errands: where its goods are ordered from or its tradesmen work ("we can order new ones from X",
  "bought from a collector in Y", "our supplier in Z"), where its parcels are posted or its orders delivered ("tops
  posted to A and B", "orders are delivered free inside C") and whom an order-book line is for ("Twelve smokers for
  D, due in January"), a piece of work a customer named by their town ordered ("the rug ordered by the church in
  G") (:func:`_trade_errand`), a shop's or a market's town and a customer's town ("the fish comes from
  the market in E", "a customer from F rang") when only trade is told;
* where someone is staying with kin or friends for now: "the rest of us are staying with relatives in X" (a private
  lodging; fire told there keeps it), or told after the town they came to: "his mother has come to Y and is staying
  with him", or at kin's home told by the possessive alone: "who is at his sister's in Z";
* where travellers stopped for a meal on the way: "we stopped for soup in X";
* the capital an office of the state speaks in, opening the sentence: "In Yerevan, the Security Council confirmed
  ...", "In Baku, A B, the president's aide, answered ..." (:func:`_capital_office_speaks`);
* the surname of someone the article names in full: "Arkadi Ghukasyan" and then "Ghukasyan was wounded" is the
  man, not Ashotsk under its Soviet name (:func:`surnames_in`, :func:`surname_alone`).

:func:`described_dropped` leaves these mentions out of a sentence's places.
"""

import re

from .. import prefilter
from .asides import _OWN_PUBLIC_WENT, home_by_kind
from .cues import FIRE_FROM_HEIGHTS, ends_with_word, has_stem
from ..names import name_keys
from .lexicon import (ADJ_COUNTRY, CAPITALS, NUMBER_WORDS, OTHERS_OF, PERSON_FROM_BEFORE, SPEECH_VERB, STOP,
                      SURNAME, TITLES, VILLAGE_FIRST_WORD, WAR_NEWS, home_harm_told)

_NAME = r"[A-ZƏÇŞĞÜÖİ][\w'’.-]*"
# the verbs that hand a quotation to its speaker ('"...," joked Aram, a driver from Sisian'); not lexicon.SAYING, the
# verbs that open a speaker's words
_QUOTE_VERBS = ("said", "says", "added", "recalled", "explained", "wrote", "asked", "joked", "complained", "remarked",
                "noted", "sighed", "insisted")
# what follows "said a" when it is the said clause's subject, not the speaker: "..., said a shell hit her house", also
# with the subject's place ("..., citing X, said a man in Y had burned his house": Y is where it happened; not when
# the man only saw, heard or was told it: "said a man in Y had watched shells fall on Z" locates the watcher)
_WITNESS_VERB = r"(?:seen|watched|watching|heard|witnessed|filmed|photographed|told|described|spoken|phoned|called|learned|learnt)"
_CLAUSE_SUBJECT = (rf"[a-z]+(?:\s+(?:in|from|at|of)\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*(?!\s+(?:had|has|was|were)\s+{_WITNESS_VERB}\b))?\s+"
                   r"(?:hit|hits|struck|landed|fell|exploded|killed|damaged|destroyed|wounded|was|were|had|has)\b")
# '"...," said Elmira Gasimova, 67, a displaced woman ...', '," said Giragosian, who heads ...',
# '," said a woman from Krkzhan who ...': the description starts after the speaker's name
_SPEAKER = prefilter.compile(rf"[,\"”’]\s*(?:{'|'.join(_QUOTE_VERBS)})\s+"
                             rf"(?:(?:a|an)\s+(?=[a-z])(?!{_CLAUSE_SUBJECT})|{_NAME}(?:\s+{_NAME}){{0,3}}(?:,\s*\d{{1,3}})?"
                             rf"(?:\s*,\s*(?=(?:a|an|the|who|whose)\s)|\s+(?=who\s)))")
# what the speaker did or went through is news still: '," said Anahit, who left Berdzor on Thursday for Goris',
# '..., who reached Kornidzor', 'speaking by telephone from Vardenis', 'adding that ... stranded in Goris'
_JOURNEY = prefilter.compile(r"\b(?:left|leaving|reached|came|arrived|arriving|stranded|drove|drives|driving|driven|carries|taken|took|moving|"
                             r"moved|fled|fleeing|evacuated|returned|returning|crossed|waited|spent|watched|speaking|"
                             r"adding)\b")
# "was born in 1960 in Azizli", "born in a village of the Terter district", "a native of Gyumri", "who hails from
# Sisian", "who grew up in Ijevan", "originally from Fuzuli", "who comes from Goris", "families who have roots in
# Lachin": where someone was born or comes from, not where what
# the sentence tells happened ("Born in 1950 in ..."), and "raised in Tartar" opening the sentence or after "who
# was"; "the Goris-born engineer" is no such clause (the compound names no place; what follows it is the news)
_BORN = prefilter.compile(r"\b(?:(?<!-)[Bb]orn|[Nn]atives?\s+of|hail(?:s|ed|ing)\s+from|grew\s+up|[Oo]riginally\s+from|"
                          r"(?:have|has|had|with)\s+(?:their|his|her|its|family\s+)?roots\s+in|"
                          r"(?:^|(?<=\bwho\s)(?:was|were)\s+)[Rr]aised\s+in|(?<=\bwho\s)(?:comes?|is|are)\s+from|"
                          # a person's or a family's home told in the present: "Our teacher, A B, comes from X", "her
                          # family comes from Y", "many of our members come from Z" (not a thing's source: "the fuel comes
                          # from X"; nor a trip: "my parents come from X to see us"; nor people arriving: "hundreds of
                          # families come from X, fleeing the shelling", "the students come from Y by bus": people in the
                          # plural only as someone's or a group's; one's kin as the family: "the owner's wife comes from Z")
                          r"(?:\b(?:[Ff]amily|[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Gg]randmother|[Gg]randfather|[Dd]aughter|"
                          r"[Ss]on-in-law|[Dd]aughter-in-law|[A-Z][a-z]+(?:yan|ian|ov|ova|ev|eva)),?\s+comes|"
                          r"\b(?:[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our|whose|[Mm]any|[Ss]ome|[Ss]everal|[Mm]ost)\s+"
                          r"(?:of\s+(?:our|the|their)\s+)?(?:[\w'’-]+\s+)?(?:famil(?:y|ies)|parents|teachers?|students?|"
                          r"members|sisters|brothers|cousins?),?\s+(?:comes|come)|"
                          # (two people already named, taken together: "both men come from X", "all three brothers come
                          # from Y")
                          r"\b(?:[Bb]oth|[Aa]ll)\s+(?:(?:two|three|four|five)\s+)?(?:men|women|brothers|sisters|sons|"
                          r"daughters|farmers|neighbours|neighbors)\s+come"
                          # (not with harm or a fight told after the home: "both men come from X, where shells hit their
                          # houses", "all three brothers come from Y and fought in the town")
                          r"(?![^.;]*?\b(?:where|which|fought|fighting|fled|shell\w*|killed|wounded|hurt|attack\w*|"
                          r"destroyed|struck)\b))\s+from"
                          r"(?![^,;.]*?\s(?:to|into|towards|every|each)\s))\b")
# a birthplace written before the word: "a Martakert native" (the name alone, not the clause after it, which tells
# what the person did)
_BORN_AFTER_NAME = prefilter.compile(r"\b(?:[A-ZƏÇŞĞÜÖİ][\w'’]*\s){1,2}(?=natives?\b(?!\s+of\b))")
# the clause a birthplace is named in ends at a semicolon or a comma, unless an apposition says what the place
# is ("born in 1960 in Azizli, a village in ..."; not "born in 1966, stepped on a mine near Goyarkh")
_CLAUSE_END = prefilter.compile(r";|,(?!\s+(?:a|an|then|now)\s)")
# "the Service for Khankendi and the Aghdara districts", "the service that manages Khankendi" (not a thing put back
# "into service" or "returned to service")
_REMIT = prefilter.compile(r"\b(?:(?<!to )(?<!into )(?<!in )[Ss]ervice|[Oo]ffice|[Aa]gency|[Aa]dministration|[Dd]epartment|[Cc]ommittee|"
                           r"[Rr]epresentation)\s+(?:(?:for|of)|(?:that|which)\s+(?:manages|runs|governs|oversees|"
                           r"administers|covers))\s+(?:(?:the|city|town|and)\s+){0,4}$")
# an envoy or representative "for" places names the places of the post, a list of names and districts included:
# "his special representative for Khankendi and the Aghdara and Khojaly districts" (his title, nothing happened there)
_ENVOY_FOR = prefilter.compile(r"\b(?:[Rr]epresentatives?|[Ee]nvoys?)\s+for\s+(?:(?:the|and|[A-Z][\w'’-]+,?)\s+){0,6}$")
# an office or officeholder "in" a list of places names its remit: "the Restoration Service in Aghdam, Fuzuli and
# Khojavend", "the special representative of the president in Khankendi and Khojaly", "the district prosecutors in
# A, B and C" (a list only: "the office in Goris was hit" is news; not a thing put "into service in A and B")
_REMIT_IN = prefilter.compile(r"\b(?:(?<!to )(?<!into )(?<!in )[Ss]ervice|[Oo]ffices?|[Aa]gency|[Aa]dministration|"
                              r"[Dd]epartment|[Cc]ommittee|[Rr]epresentatives?|[Ee]nvoys?|[Pp]rosecutors?|[Gg]overnors?)"
                              r"(?:\s+of\s+the\s+(?:president|prime\s+minister))?\s+in\s+(?:the\s+)?$")
# (offices opened, set up or closed in several towns are news there: "the mission opened offices in A, B and C")
_OFFICE_SET_UP = prefilter.compile(r"\b(?:open(?:s|ed|ing)?|set\s+up|establish(?:es|ed|ing)?|new|clos(?:es|ed|ing))\s+"
                                   r"(?:[\w'’-]+\s+){0,2}$", re.I)
_EXCEPT = prefilter.compile(r"\b(?:except|excluding|apart\s+from|other\s+than|save\s+for)\s+(?:for\s+)?(?:the\s+)?$",
                            re.I)
# what joins the names of a list: a comma, "and", "or"
_JOINER = r"(?:,|,?\s+and|,?\s+or)"
# a list goes on: "Khankendi and the Aghdara", "the Aghdam, Fuzuli", "Barda, and in other villages of the Tartar"
_LIST_GAP = prefilter.compile(rf"^\s*{_JOINER}\s+(?:in\s+(?:other\s+|the\s+)?(?:villages|towns|settlements|parts)"
                              r"\s+of\s+)?(?:the\s+)?$")
# "a resident of the village of Matagis was wounded during farm work in the Martakert district": a person's home
_HOME_OF = prefilter.compile(r"\b(?:an?|the)\s+(?:\d+-year-old\s+|former\s+)?resident\s+of\s+(?:the\s+)?"
                             r"(?:(?:village|town|city)\s+of\s+)?$", re.I)
# a person held in another country, said after the person's home: "..., has been held in Azerbaijan since June",
# "is being held in Azerbaijan", "was taken to Iran"
_HELD_ABROAD = prefilter.compile(r"\b(?:held|detained|jailed|imprisoned|kept|taken|remains?|in\s+custody)\s+(?:captive\s+)?"
                                 r"(?:in|to)\s+(?:Azerbaijan|Armenia|Iran|Turkey|Georgia|Russia)\b")
# a person named by a home: "Karen Avetisyan of X", "a 30-year-old from X", "a lorry driver from X"
_PERSON_OF = prefilter.compile(r"(?:\b[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+of|\ban?\s+(?:\d+-year-old|"
                               r"(?:[a-z]+\s+)?(?:man|woman|driver|farmer|shepherd|villager|soldier|conscript|teacher))"
                               r"\s+from)\s+(?:the\s+(?:village|town)\s+of\s+)?$")
# districts named as one office's remit, the office told after them: "the A, B and C districts share one special
# representative", "the A and B districts have a single governor" (an administrative fact, nothing happening there)
_SHARED_OFFICE = prefilter.compile(r"[^.;]{0,80}?\bdistricts?\s+(?:share|shares|shared|have|has|had)\s+(?:one|a|a single|"
                                   r"the same|a joint|a common)\s+(?:[\w'’-]+\s+){0,2}?(?:representatives?|governors?|"
                                   r"administrations?|heads?|envoys?|offices?)\b")
# what a facility was built to serve, described: "the reservoir was built to supply water to the A, B and C
# districts", "a canal dug to irrigate the fields of X" (a work's purpose, nothing happening there; not a plan told
# in the future: "the pipeline will supply gas to X")
_BUILT_TO_SERVE = prefilter.compile(r"(?=[bcdilm])\b(?:built|dug|designed|constructed|laid|meant|intended)\s+to\s+"
                                    r"(?:supply|irrigate|serve|water|feed|provide|power)\b"
                                    r"(?:[^.;:,]{0,40}?\b(?:to|in|for|of))?\s+(?:the\s+)?$", re.I)
# the fields a reservoir's water reaches, in a sentence of water and no harm: "the fields of the A, B and C districts
# would have their water back", "it supplies the fields of the X community" (where the water goes, nothing happening
# there; the sets leave them out; "shots fired at a tractor in the fields of X" is a scene)
_FIELDS_OF = prefilter.compile(r"\bfields\s+of\s+(?:the\s+)?$", re.I)
_WATER_TOLD = prefilter.compile(r"\b(?:water|irrigation|irrigated?)\b", re.I)
# where a speaker was heard, told after the one who heard: "farmers told me in Goris that ...", "she told our
# correspondent in X": the interview's place, not the news
_HEARD_IN = prefilter.compile(r"\b(?:told|telling)\s+(?:me|us|him|her|them|this\s+(?:reporter|newspaper|paper|site)|"
                              r"our\s+(?:reporter|correspondent)|the\s+author)\s+in\s+$", re.I)
# fire reported nowhere, the place its object: "We have no reports of anything falling on X today", "there was no word
# of shelling in X" (not "no reports of casualties in X": the fire may have come, harming no one)
_NOTHING_REPORTED = prefilter.compile(r"\bno\s+(?:reports?|word|news|sign)\s+of\s+(?:any(?:thing)?\s+|new\s+|fresh\s+|further\s+)*"
                                      r"(?:(?:shelling|fire|firing|strikes?|shells?|missiles?|rockets?|attacks?|explosions?|"
                                      r"incidents?)\s+|(?<=anything\s))(?:(?:falling|landing|hitting|fired)\s+)?"
                                      r"(?:in|on|at|near)\s+(?:the\s+)?$", re.I)
# a place said not to exist, or a name said to be no place's: "there is no village called X in the Y district", "there
# is no such town as Z", "no settlement named W exists" (a dispute about a name, nothing happened at X)
_NO_SUCH_PLACE = prefilter.compile(r"\b(?:there\s+(?:is|was|are|were)\s+no|no)\s+(?:such\s+)?(?P<kind>villages?|towns?|"
                                   r"settlements?|places?|localit(?:y|ies)|cit(?:y|ies)|hamlets?)\s+"
                                   r"(?:called|named|by\s+the\s+name(?:\s+of)?|as)\s+(?:the\s+)?[\"“'‘]?$", re.I)
# the places a risk or threat rating is given for: "Risk rating for the A and B areas raised from MEDIUM to HIGH",
# "the threat level for X remains high" (an assessment of the places, nothing that happened there)
_RATED_FOR = prefilter.compile(r"\b(?:risk|threat|security)\s+(?:ratings?|levels?|assessments?)\s+(?:for|of|in)\s+"
                               r"(?:the\s+)?$", re.I)
# ... and a risk note's own rating: "we do not change our rating for the routes through Y and Z" (kept where the
# sentence tells of the war: "our rating for Y was raised after shells hit the city")
_OWN_RATING_FOR = prefilter.compile(r"\b(?:our|its|their)\s+ratings?\s+(?:for|of)\s+(?:the\s+)?"
                                    r"(?:(?:routes?|roads?)\s+(?:through|via|to)\s+)?$", re.I)
# the words the text before a mention ends with for _HOME_OF, _REMIT or _EXCEPT to match
_FRAME_LAST_WORDS = ("of", "the", "for", "city", "town", "and", "manages", "runs", "governs", "oversees",
                     "administers", "covers", "except", "excluding", "from", "than")
# where a civilian service keeps its people: "fire crews based in Sisian and Goris stood by", "a medical team based
# in Ijevan" (their base, not where anything happened; the list goes on: "..., and Dilijan")
_BASED_IN = prefilter.compile(r"\b(?:firefighters|rescuers|crews?|teams?|brigades?|volunteers|doctors|medics|paramedics|"
                              r"staff|units?\s+of\s+the\s+(?:fire|rescue)\s+service)\s+based\s+(?:in|at)\s+(?:the\s+)?$",
                              re.I)
# a military unit's home base: "the 4th Army Corps, headquartered in Ganja", "the regiment, which is based in X",
# "the division, whose headquarters are in Y" (its home, not where it drilled or fought)
_UNIT_HOME = prefilter.compile(r"\b(?:corps|army|armies|divisions?|regiments?|battalions?|brigades?|units?|garrisons?|"
                               r"command|fleet|flotilla)\b[\w\s'’-]{0,20}?,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?"
                               r"(?:headquartered|based)\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$|"
                               r"\bwhose\s+(?:headquarters|base)\s+(?:is|are|was|were)\s+(?:in|at)\s+(?:the\s+)?$|"
                               # (or a unit or a base said in an aside to be stationed there: "the 102nd base, which is
                               # stationed in X", "the regiment, which was stationed in Y"; not "units stationed in Z were
                               # shelled", told of the place)
                               r"\b(?:bases?|divisions?|regiments?|battalions?|brigades?|units?|garrisons?)\b[\w\s'’-]{0,20}?,\s+"
                               r"(?:which|that)\s+(?:is|was|are|were)\s+(?:permanently\s+)?stationed\s+(?:in|at)\s+(?:the\s+)?$",
                               re.I)


def _unit_hit_at_home(sentence, m, mentions):
    """Is the unit named by its home at ``m`` ("the regiment, which was stationed in X,") told hit by fire or harm,
    and no other place named? It was hit at home then: "the regiment, which was stationed in X, was shelled"."""
    return bool(_HARM_TOLD.search(sentence)) and all(n.place == m.place for n in mentions)


# where displaced people lived for years: "who have lived for three decades in settlements for displaced people
# in Sumgayit", "had spent three decades in a former school building in Sabirabad", or the town itself: "they had
# lived for many years in Baku" (the list goes on: "..., Baku")
_LIVED_IN = prefilter.compile(r"\b(?:have|has|had)\s+(?:lived|spent)\s+(?:for\s+)?(?:(?:almost|nearly|about|over|more\s+than|"
                              r"some|three|two|four|several|many|\d+)\s+)*(?:years|decades)\s+(?:(?P<within>in|at)\b[^.;:!?]{0,80}?"
                              r"\b)?(?:in|at)\s+(?:the\s+)?$", re.I)
# (the town itself, right after the years, stays when the sentence tells harm there: "had lived for decades in X,
# and on Monday a rocket hit his house there", "lived for 40 years in Y until a shell destroyed the house")
_STRUCK = prefilter.compile(r"\b(?:rockets?|missiles?|hit|struck)\b", re.I)


def _lived_before(before, sentence):
    """Do the words ``before`` a place tell years lived there before the news (and no harm told in the sentence, when
    the town follows the years directly)?"""
    lived = _LIVED_IN.search(before)
    return bool(lived) and (lived.group("within") is not None
                            or not (_HARM_TOLD.search(sentence) or _STRUCK.search(sentence)))
# gunfire heard "from the direction of the border": where it was heard is no scene of fire ("residents of Noravan
# and Aghitu heard firing from the direction of the border", "shots heard in Kapan from the direction of ...")
# heights named by the road they look down on: "several heights that overlook the Lachin road", "the hills above the
# Goris highway" (the road only says where the heights are; nothing happens on it)
_HEIGHTS_ABOVE = prefilter.compile(r"\b(?:heights|hills|peaks|ridges?|positions)\s+(?:(?:that|which)\s+)?"
                                   r"(?:overlook(?:s|ing)?|above|dominat(?:e|es|ing))\s+the\s+$", re.I)
_ROAD_AFTER = prefilter.compile(r"\s+(?:road|highway|corridor)\b")
_HEARD_FROM = prefilter.compile(r"\bheard\b[^.;:]{0,80}?\bfrom\s+the\s+direction\s+of\b", re.I)
# where people described in a relative clause came from: "engineers, several of whom came from Khankendi", "a retired
# engineer who came for the ceremony from Sumgayit" (their origin, not a journey the news is about)
_CAME_FROM = prefilter.compile(r"\b(?:who|whom)\s+(?:had\s+)?came\b[^.;:,]{0,40}?\bfrom\s+(?:the\s+)?"
                               r"(?:(?:village|town|city)\s+of\s+)?$", re.I)
# the home people came from, told as an unnamed village of a district: "the family had come from a village of the
# Kalbajar district decades ago", "they moved here from a small town in the Zangilan district" (the district only
# locates a home left long ago)
_FROM_VILLAGE_OF = prefilter.compile(r"\b(?:come|comes|came|coming|moved|originally|(?P<be>is|are|was|were))\s+"
                                     r"(?:here\s+|there\s+)?from\s+"
                                     r"(?:a|one|another)\s+(?:small\s+|remote\s+|mountain\s+)?(?:village|town|settlement|"
                                     r"hamlet)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# (told with "is" or "was", the home is only who a person is when the sentence tells no fire, harm or return: not
# "the fire was from a village in the X district", "the families who returned on Monday are from a village of the Y
# district": there the district is where it happened)
# ... but not fire that came from there, nor a home left under fire: "the shelling came from a village in the X
# district", "they had come from a village of the Y district after shells hit their homes"
_FIRE_CAME = prefilter.compile(r"\b(?:shell(?:s|ing)?|fire|shots?|rockets?|missiles?|rounds|mortars?|artillery|salvos?|"
                               r"strikes?|attacks?|drones?)\s+(?:(?:had|has|have|was|were|reportedly|also|apparently)\s+)*"
                               r"(?:come|comes|came|coming)\s+from\s+[^.;:,]*$", re.I)
_LEFT_UNDER_FIRE = prefilter.compile(r"[^.;:,]{0,40}?\b(?:after|when|as)\b[^.;:,]{0,60}?\b(?:shell|rocket|missile|fire[ds]?\b|"
                                     r"strikes?\b|drones?\b|attack|bomb|mortar)", re.I)
# the venue of a truce or a deal, named only as where it was brokered: "a truce brokered in Washington took
# effect", "the ceasefire mediated in Moscow" (where diplomats met, not where anything happened on the ground)
_BROKERED_IN = prefilter.compile(r"\b(?:truce|ceasefire|cease-fire|deal|agreement|accord|armistice)s?\s+(?:that\s+was\s+|"
                                 r"(?:which|that)\s+(?:was|had\s+been)\s+|(?:was|were|had\s+been)\s+)?(?:brokered|mediated)"
                                 r"\s+in\s+$", re.I)
# a visit someone only hopes or wishes to make: "Next month I hope to visit Goranboy", "she would like to travel to
# Shusha one day" (a wish, nothing has happened there; a plan or a set visit is still told: "plans to visit X next
# week", "will visit X on Friday"); so is a move or a settling only wanted, and a group or a thing someone hopes to
# take or bring to a town: "one family wanted to move to Y", "we hope to take the choir to Z in the spring"; and a
# trip only promised: "they have promised to come to X for the spring tournament if the road allows"
_HOPED_VISIT = prefilter.compile(r"\b(?:(?:hope|hopes|hoped|hoping|wish|wishes|would\s+like|'d\s+like)\s+to\s+"
                                 r"(?:(?:go\s+and\s+)?visit|go\s+to|travel\s+to|return\s+to|move\s+to|settle\s+in|"
                                 r"(?:take|bring|send)\s+(?:our\s+|the\s+|their\s+|his\s+|her\s+|my\s+)?[\w'’-]+\s+to)|"
                                 r"want(?:s|ed)?\s+to\s+(?:move\s+to|settle\s+in)|"
                                 # (or only promised: "they have promised to come to X for the tournament")
                                 r"(?:promise|promises|promised|promising)\s+to\s+(?:visit|(?:come|go|travel)\s+"
                                 r"(?:back\s+|down\s+|up\s+|over\s+)?to))\s+(?:the\s+)?"
                                 r"(?:(?:city|town|village)\s+of\s+)?$", re.I)
# ... unless the sentence goes on to tell the move made: "40 families who had wanted to move to X moved into new
# houses in the town on Tuesday", "who had hoped to return to Y finally arrived there" (the return told)
_WISH_MET = prefilter.compile(r"\b(?:moved|settled|arrived|returned)\s+(?:(?:in|into|to)\s+(?:(?:their|the|new|the\s+new)\s+)?"
                              r"(?:houses|homes|flats|apartments|town|village|city)\b|there\b|home\b)", re.I)
# a venue only mooted, and the list that goes on from it: "a second meeting might be held in X, Y or Z", "the talks
# could be held in X", "could take place in X or Y" (a guess at a meeting to come, nothing held there, though a
# clause after the place may tell what was: "could be held in X, where the first round took place"; a meeting set
# for a day, "will be held in X on Friday", is still told), and a side asked or urged to come or go to a place:
# "asking the delegates to come to X", "suggesting the other side go to Y" (an invitation or a proposal, not a
# journey made; but not people urged to leave for safety or taken on a trip: "urging residents to go to X",
# "inviting journalists to travel to Y")
_MOOTED_VENUE = prefilter.compile(r"(?:\b(?:meeting|talks|round|summit|session)\s+(?:[\w'’-]+\s+){0,2}?(?:might|could)\s+"
                                  r"(?:well\s+|also\s+)?(?:be\s+held|take\s+place)\s+(?:in|at)|"
                                  r"\b(?:asking|inviting|urging|suggesting|proposing)\s+(?:that\s+)?"
                                  r"(?!(?:[\w'’-]+\s+){0,3}?(?:residents|civilians|villagers|families|people|population|"
                                  r"inhabitants|journalists|reporters|tourists)\b)(?:[\w'’-]+\s+){1,4}?"
                                  r"(?:to\s+)?(?:come|go|travel)\s+(?:to|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?)"
                                  r"\s*(?:[A-Z][\w'’-]*(?:\s*,\s*|,?\s+and\s+|,?\s+or\s+))*$")
# ... and border work only mooted, on a stretch named by its ends: "the delimitation could begin on the section from
# X to Y", "demarcation might start in Z" (a possibility, nothing done there yet; work set to begin on a day, "will
# begin in X on Monday", is still told)
_MOOTED_BORDER_WORK = prefilter.compile(r"\b(?:delimitation|demarcation|work)\b[^.;:]{0,30}?\b(?:could|might|may)\s+"
                                        r"(?:well\s+|also\s+)?(?:begin|start)\s+(?:on|in|at|with|from|near)\s+(?:the\s+)?"
                                        r"(?:(?:section|stretch|part|segment)s?\s+(?:from|between|of|near|at)\s+(?:the\s+)?)?"
                                        r"(?:[A-Z][\w'’-]*(?:\s*,\s*|,?\s+(?:and|to|or)\s+))*$")
# a line between lands: "the stretch of the Araz that separates Iran from Azerbaijan's Jabrayil district", "where
# the Aras separates Iran from the Nakhchivan exclave and from Armenia's Meghri region"
_SEPARATES = prefilter.compile(r"\bseparat(?:es|ed|ing|e)\s+[^.;:]{0,60}?\bfrom\s+(?:[^.;:]{0,60}?\band\s+from\s+)?"
                               r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
# the same, the years said after the places: "have lived in Horadiz, Beylagan and Baku for almost thirty years",
# "since 1993" (a bare year; not "since the 2020 war", the war that is the news)
_LIVED_IN_BEFORE = prefilter.compile(r"\b(?:have|has|had)\s+(?:lived|been\s+living)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# where a group from a home lives now, told to say who they are: "families from Gubadli who now live in dormitories
# in Baku and Sumgayit" (the home may be the news; and one person's new home may be: "a nurse from Hadrut who has
# lived in Stepanakert since the war, said ...")
_FROM_WHO_LIVE_IN = prefilter.compile(r"\b(?:families|people|residents|refugees|IDPs|villagers)\s+from\s+(?:the\s+)?"
                                      r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+(?:district|region))?,?\s+who\s+(?:now\s+|still\s+)?"
                                      r"(?:live|are\s+living|(?:have|has)\s+(?:lived|been\s+living))\s+"
                                      r"(?:[^.;:,]{0,40}?\s)?in\s+(?:the\s+)?$", re.I)
# a private person's move, told to say who they are: "a gift from a member who moved to X", "our old neighbour who has
# since settled in Y" (a club's or a family's own people; families or residents moving home are news, and stay)
_MEMBER_MOVED_TO = prefilter.compile(r"\b(?:an?|our|one|the)\s+(?:former\s+|old\s+)?(?:member|friend|neighbou?r|colleague|"
                                     r"classmate|pupil|regular|customer)\s+(?:of\s+(?:ours|mine)\s+)?who\s+"
                                     r"(?:has\s+|had\s+)?(?:since\s+|later\s+)?(?:moved|emigrated|relocated)\s+to\s+"
                                     r"(?:the\s+)?$|\b(?:an?|our|one|the)\s+(?:former\s+|old\s+)?(?:member|friend|"
                                     r"neighbou?r|colleague|classmate|pupil|regular|customer)\s+who\s+(?:has\s+|had\s+)?"
                                     r"(?:since\s+|later\s+)?settled\s+in\s+(?:the\s+)?$", re.I)
# ... a move told with its time is news of the move, not who the person is: "a former pupil who relocated to X last
# month", "a friend who moved to Y on Monday"
_MOVE_DATED = prefilter.compile(r",?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                                r"(?:last|this|earlier\s+this)\s+(?:week|weekend|month|year|spring|summer|autumn|winter)|"
                                r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                                r"December)\b(?!\s+\d{4})|yesterday|today|recently|(?:a|one|two|three|four|five|six|\d+)\s+"
                                r"(?:days?|weeks?|months?)\s+ago)\b")
# a private person described by where a parent or kin lived or worked: "a member whose father farmed near X", "Anna,
# whose grandmother taught in Y" (who the person is, told by a verb of work or life; kin who died, perished, went
# missing, were killed or were taken there, or who resettled there, are another matter)
_KIN_WORKED_AT = prefilter.compile(r"\bwhose\s+(?:late\s+)?(?:father|mother|grandfather|grandmother|grandparents|parents|"
                                   r"uncle|aunt|family)\s+(?!died\b|killed\b|wounded\b|injured\b|captured\b|buried\b)"
                                   r"(?:worked|farmed|taught|lived|studied|practi[sc]ed|traded|fished|herded|preached|"
                                   r"laboured|labored|grew\s+up|kept\s+\w+|ran\s+\w+|owned\s+\w+)\s+"
                                   r"(?:in|near|at|outside)\s+(?:the\s+)?$",
                                   re.I)
# a family's long stay in temporary lodgings, told to say who someone is: "a family that lived for thirty years in a
# hostel in X", "refugees who lived for years in a hotel in Y" (the lodging of the displaced, years long; no event there)
_YEARS_IN_LODGING = prefilter.compile(r"\blived\s+for\s+(?:[\w-]+\s+){0,3}?(?:years|decades)\s+in\s+(?:an?\s+|the\s+)?"
                                      r"(?:[\w-]+\s+)?(?:hostels?|hotels?|dormitor(?:y|ies)|sanatori(?:um|ums|a))\s+"
                                      r"in\s+(?:the\s+)?$", re.I)
# where people lived in the meantime, before the return the news is about: "the returnees had until now lived in
# Baku, Barda ...", "many of them spent the following decades in the neighbouring Tartar and Barda districts"
# ("Until now they had lived in Baku and Barda": the same with the time said first)
_LIVED_MEANWHILE = prefilter.compile(r"\b(?:(?:have|has|had)\s+(?:until\s+(?:now|then)|so\s+far|since\s+then|meanwhile|"
                                     r"in\s+the\s+meantime)\s+(?:lived|been\s+living)|"
                                     r"(?:until|till|up\s+to)\s+(?:now|then)\s*,?\s+(?:[\w'’-]+\s+){1,3}?(?:have|has|had)\s+"
                                     r"(?:lived|been\s+living)|spent\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                                     r"(?:years|decades)(?:\s+since(?:\s+then)?)?)\s+(?:in|at)\s+(?:the\s+)?"
                                     r"(?:neighbou?ring\s+|nearby\s+)?$", re.I)
# a home left before the news: "We lived in Shushi until the war of 2020", "they used to live in Hadrut, which ...,
# until 2020" (not "the families who had lived in Berdzor left on Thursday": where they left from)
_LIVED_UNTIL = prefilter.compile(r"\b(?:lived|used\s+to\s+live)\s+in\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?", re.I)
_UNTIL_AFTER = prefilter.compile(r"(?:\s*(?:\([^()]{1,40}\)|,[^.;:]{0,60}?,))?\s+until\b")
_FOR_YEARS = prefilter.compile(r"[^.;:!?]{0,80}?\bfor\s+(?:(?:almost|nearly|about|over|more\s+than|some|\w+)\s+){0,3}"
                               r"(?:years|decades)\b|[^.;:!?]{0,80}?\bsince\s+(?:1[89]|20)\d\d\b", re.I)
# a place a stated distance of 10 km or more away is where something is measured from, not where it is: "the town
# lies about 40 kilometres from Stepanakert", "the airport lies some 300 kilometres from Baku" (but "troops were a
# few kilometres from Stepanakert", "2 km from Kornidzor": so near, the place is where it happened)
_FAR_FROM = prefilter.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?:\s*|-)(km|kilometres|kilometers|kilometre|kilometer|miles)"
                              r"\s+(?:(?:to\s+the\s+)?(?:north|south|east|west|north-east|north-west|south-east|south-west|"
                              r"northeast|northwest|southeast|southwest)(?:\s+of)?|from|away\s+from)\s+(?:the\s+)?"
                              r"(?:(?:town|city|village|regional\s+capital|capital)\s+of\s+)?$", re.I)
FAR_FROM_KM = 10
# ... and a second figure after a first, with the unit left out: "thirty kilometres from our town and about sixty from
# X" (the figure in digits or words)
_FIGURE = r"(\d[\d,]*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|hundred|ten|" \
          r"eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
_FAR_FROM_UNIT_LEFT_OUT = prefilter.compile(r"\b(?:km|kilometres|kilometers|miles)\s+(?:away\s+)?from\b[^.;:!?]{1,60}?"
                                            r"(?:,|\band|\bor)\s+(?:(?:about|some|nearly|almost|around|roughly|over|"
                                            r"more\s+than|just\s+over)\s+)?" + _FIGURE + r"\s+(?:away\s+)?from\s+(?:the\s+)?"
                                            r"(?:(?:town|city|village)\s+of\s+)?$", re.I)
_FIGURE_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
# a road's own length told from its end: "the road runs 28 kilometres from X", "the highway, about 116 km from X to
# Y", "a section of 22 km from X" (X is where the road starts, not a point it is measured from)
_ROAD_LENGTH_BEFORE = prefilter.compile(r"\b(?:road|highway|motorway|route|railway|section|stretch|bypass)\s*,?\s+"
                                        r"(?:(?:runs|ran|stretches|stretched|extends|extended|is|was|of)\s+)?"
                                        r"(?:(?:about|some|nearly|almost|around|roughly|over|more\s+than|just\s+over)\s+)?$",
                                        re.I)
# (not a spot on a road so far from the town: "a mine exploded on the highway 25 km from X")
_ON_ROAD_BEFORE = prefilter.compile(r"\b(?:on|along|off|near|at|by|beside|across|onto)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?"
                                    r"(?:[\w'’-]+\s+)?$", re.I)
# the districts a line, a range or divided land lies between: "the mountain range between the Kəlbəcər and Laçın
# districts", "its land divided between the Tartar, Aghdam and Kalbajar districts", "the border between Armenia's
# Tavush province and Azerbaijan's Tovuz and Gazakh districts" (what lies there is told, not what happened there)
# (and the other side named with its own area word: "between Armenia's Tavush and Gegharkunik provinces and
# Azerbaijan's Tovuz and Gadabay districts and the Kalbajar district")
_BETWEEN_AREAS = prefilter.compile(r"\bbetween\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?[A-ZƏÇŞĞÜÖİ][^.;:()]{0,80}?"
                                   r"\b(?:districts|provinces|regions|rayons)\b"
                                   r"(?:,?\s+and\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?[A-ZƏÇŞĞÜÖİ][^.;:()]{0,60}?"
                                   r"\b(?:districts?|provinces?|regions?|rayons?)\b){0,2}")
# two areas said to face each other: "where the Tovuz district of Azerbaijan faces Armenia's Tavush province", "the
# Syunik province faces the Zangilan district across the river" (where they lie, nothing happening there)
_AREA = r"(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s+" \
        r"(?:district|province|region)s?\b(?:\s+of\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
_AREAS_FACE = prefilter.compile(rf"{_AREA}\s+(?:faces|face|faced|facing)\s+{_AREA}")
# a border told by the course it runs: "the state border that runs past the orchards of Berd and the vineyards of
# Tovuz", "the line, which runs along the ridge above Tegh," (where it runs, up to the clause's end)
_BORDER_RUNS = prefilter.compile(r"\b(?:border|frontier|boundary)\s*,?\s+(?:that|which)\s+(?:runs?|ran|passes|passed|winds?|"
                                 r"wound)\s+(?:past|along|through|by|beside|above|below|near)\b[^,;.:()]{0,100}")
# but the border as where something was done: "troops fired along the border that runs past X" (X is the scene)
_FIRED_ALONG = prefilter.compile(r"\b(?:fired|firing|fire|shot|shooting|shelled|shelling|attacked|clashed|clashes)\s+"
                                 r"(?:[a-z]+\s+){0,2}?(?:along|across|at|on|over|near)\s+(?:the\s+)?(?:state\s+)?$")
# a border told by the lands on each side of it: "the state border (Tavush on one side; Gazakh and Tovuz on the
# other)", "the border, with Syunik on one side and the Zangilan district on the other" (where the line runs)
# (the lands named, "Tavush and the Gegharkunik edge", not a clause telling what happened where: "shelling along
# the border damaged homes in A on one side and in B on the other")
_SIDE_LANDS = r"(?:(?!(?:in|at|near|from|into|inside)\b)(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*|[a-z][\w'’-]*(?<!ed))\s*,?\s+){1,10}?"
_BORDER_SIDES = prefilter.compile(r"\b(?:border|frontier|boundary|line)\s*[(,:]?\s*(?:with\s+)?" + _SIDE_LANDS
                                  + r"on\s+(?:the\s+)?one\s+side\b\s*(?:[;,]\s*|,?\s+and\s+)" + _SIDE_LANDS
                                  + r"on\s+the\s+other(?:\s+side)?\b")
# but terrain where something happened between them is the scene: "fighting broke out in the mountains between the
# Lachin and Kalbajar districts", "clashes on the heights between the A and B districts" (not "which lies on ...")
_SCENE_BEFORE_BETWEEN = prefilter.compile(r"\b(?:in|on|at|across|along|over)\s+the\s+(?:mountains|heights|hills|ridges|"
                                          r"slopes|forests|woods|positions)\s+$")
_LIES = prefilter.compile(r"\b(?:lies|lie|lying|located|situated|stands|runs)\b")
# a place said to lie on the border between two areas: "the reservoir on the border between Armenia's Tavush province
# and Azerbaijan's Gazakh district", "a lake on the line between Syunik and the Lachin district" (the areas say where
# the border runs; alone, they are where things happened)
_ON_BORDER_BETWEEN = prefilter.compile(r"\bon\s+the\s+(?:border|frontier|boundary|line)\s+between\s+[^.;:()]{0,80}?"
                                       r"\b(?:district|province|region)s?\b(?:[^.;:()]{0,60}?\b(?:district|province|region)s?\b)?")
# the area on the other side of a border from a place named before it: "Tegh lies on the border with the Lachin
# district", "a pasture of Kut that runs along the border with the Kalbajar district" (the area says where the border
# runs; alone, it is where things happened)
_BORDER_WITH_AREA = prefilter.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?"
                                      r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s+(?:district|province|region)\b")
# a landmark named by a capitalised common noun and what it honours: "the Alley of Honour", "Square of Martyrs"
_LANDMARK_NOUNS = frozenset({"Alley", "Avenue", "Square", "Boulevard", "Garden", "Gardens", "Park", "Street"})
_LANDMARK_OF = prefilter.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# a body's local branch named by its town, closing the line: "the Council of Veterans, Ganja branch"
_BRANCH_CLOSES = prefilter.compile(r"\s+(?:[Bb]ranch|[Cc]hapter|[Oo]ffice)\s*[.]?\s*$")
# an office named after its area: "the Gazakh District Prosecutor's Office", "the Lachin District Police Department",
# "the Interior Ministry's Barda regional press service", "the Zangilan District Executive Authority" (which sits in
# Baku): the name says whose office it is, not where anything happened
# (and a member's seat: "a deputy from the Tartar constituency"; a church body: "the Abovyan district parish council")
_OFFICE_AFTER = prefilter.compile(r"(?:\s+(?:[Dd]istrict|[Rr]egional|[Rr]egion|[Cc]ity|[Mm]ilitary|[Pp]rovincial|[Tt]own))*\s+"
                                  r"(?:[Pp]rosecutor['’]s\s+[Oo]ffice|[Pp]olice\s+(?:[Dd]epartment|[Oo]ffice)|[Pp]ress\s+[Ss]ervice|"
                                  r"[Ee]xecutive\s+(?:[Pp]ower|[Aa]uthority|[Cc]ommittee)|[Cc]onstituenc(?:y|ies)|[Pp]arish\s+[Cc]ouncil|[Dd]iocese)\b")
# a town's own club, team, shop, venue or gathering named by the town after "our" or a preposition's "the" or "a":
# "thanks to the Goris club", "from the Stepanakert pharmacy", "at the Ganja summer fair", "members of the Martakert
# team" (who or what it is; the older sets leave such a name unannotated unless harm is told of it: "shells hit the
# Khnapat club")
_TOWNS_OWN_AFTER = prefilter.compile(r"\s+(?:(?:summer|spring|autumn|winter|annual|wine|music|film|book|youth|junior|chess|"
                                     r"football|rowing|fishing|hunting|climbing|sports)\s+)?(?:clubs?|teams?|tournaments?|fairs?|festivals?|championships?|"
                                     r"contests?|pharmac(?:y|ies)|baker(?:y|ies)|shops|mills?|museums?|studios?|choirs?|"
                                     r"orchestras?|hall)\b")
# ... or a tradesman named by the town he works in: "two wheels for the Shamkir knife grinder", "a gate from the Goris
# blacksmith" (a customer or a supplier of the trade, told as the town's craftsman: nothing happened in the town)
_TRADESMAN_AFTER = prefilter.compile(r"\s+(?:(?:knife|scissors|tool|stone|saw)\s+)?(?:grinders?|carpenters?|joiners?|"
                                     r"blacksmiths?|tinsmiths?|locksmiths?|coppersmiths?|silversmiths?|potters?|tailors?|"
                                     r"cobblers?|shoemakers?|saddlers?|coopers?|weavers?|stonemasons?|masons?|glaziers?|"
                                     r"upholsterers?|wheelwrights?|beekeepers?)\b")
# (after "our", or "the" or "a" that a preposition opens: "thanks to the X pharmacy", "our stall at the Y fair"; not the
# thing as the sentence's subject or object, whose state is news: "the X bakeries closed as flour ran out", "a rocket
# hit the Y hall", "evacuees are sleeping in the Z hall")
# (or thanked: "the lodge thanks the Z fishing club for the beds", "thanks the W bakery": older sets 1 of 1 unannotated)
_THE_OR_OURS = prefilter.compile(r"(?:(?<![\w'’])[Oo]ur|\b(?:to|at|from|with|by|for|of|thank|thanks|thanked)\s+(?:the|a))\s+$")
# ... or a gathering opening the sentence: "The Ganja summer fair opens on Friday"
_THE_GATHERING = prefilter.compile(r"^\s*The\s+$")
_GATHERING_AFTER = prefilter.compile(r"\s+(?:\w+\s+)?(?:tournaments?|fairs?|festivals?|championships?|contests?)\b")
_STRUCK_TOLD = prefilter.compile(r"\b(?:rockets?|missiles?|strikes?|struck|hit|loot\w*|destr\w*|seiz\w*|captur\w*)\b", re.I)
# ... or one named by its district or region in the possessive: "the head of the X region's administration said",
# "the Y district's police chief" with another place named (whose office it is; alone, the district is where it
# happened: "the Aghdam district's Executive Authority said two houses burned"; a building of it is a place too)
_AREA_OFFICE_AFTER = prefilter.compile(r"(?:\s+(?:district|region|province))?['’]s\s+(?:[\w-]+\s+)?(?:administration|authorities|"
                                       r"governor|head|office|police|prosecutor|council|executive|mayor|officials?)\b"
                                       r"(?!\s+(?:building|headquarters|premises|compound)\b)", re.I)
# the towns that places named before are cut off from, or can no longer reach: "A and B have been cut off from C and
# from D alike", "the villages of A and B are cut off from both C and D", "A and B can reach neither C nor D" (the
# news is at the places cut off; C and D only say from where. Alone they are the news: "several villages have been
# cut off from C", with no village named, is annotated at C)
_CUT_OFF_FROM = prefilter.compile(r"\b(?:(?:cut|sealed)\s+off|isolated)\s+(?:(?:both|entirely|completely|altogether|now)\s+)*"
                                  r"from\s+|\breach\s+neither\s+|(?:\bnot|n['’]t|\bcannot|\bunable\s+to|\blonger)\s+"
                                  r"(?:(?:now|still)\s+)?reach\s+either\s+")   # (not "can reach either X or Y")
_CUT_OFF_LIST = prefilter.compile(r"(?:both\s+|either\s+|neither\s+)?(?:the\s+)?(?:(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s*){1,3}"
                                  r"(?:,|\s+and|\s+or|\s+nor|\s+as\s+well\s+as)\s+(?:from\s+)?(?:the\s+)?)*$")
# a sports club named after its town: "football club Qarabag Agdam", "FC Gandzasar Kapan", "Shirak FC" (the club,
# wherever it plays, not its town; but "the club's stadium in Aghdam" is the town)
_CLUB_BEFORE = prefilter.compile(r"\b(?:(?:[Ff]ootball|[Ss]ports?|[Bb]asketball|[Vv]olleyball|[Hh]ockey|[Cc]hess)\s+[Cc]lub|"
                                 r"F\.?C\.?|FK|PFK)\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s+){0,2}$")
_CLUB_AFTER = prefilter.compile(r"(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*){0,2}\s+(?:F\.?C\b\.?|FK\b|[Ff]ootball\s+[Cc]lub\b)")
# a word that each club pattern needs (tested once a sentence: most sentences name no club)
_CLUB_WORD = prefilter.compile(r"[Cc]lub|F\.?C|FK")
# where a club comes from, was founded or plays, said of the club: "the club from X", "founded in X", "plays its home
# games in Y", "has played its home games in Z ever since" (its town, not where something happened; a past "played
# in Z" alone may be a match there, kept)
_CLUB_PLACE = prefilter.compile(r"\b(?:(?:club|team|side)\s+from|founded\s+in|plays?\s+(?:its\s+|their\s+)?(?:(?:home\s+)?"
                                r"(?:games|matches)\s+)?in|play(?:ed|ing)\s+(?:its|their)\s+home\s+(?:games|matches)\s+in)"
                                r"\s+(?:the\s+)?$")
# teams named by their towns answering an invitation: "teams from X, Y and Z have said yes", "the team from W will
# decide next week", "two teams from V have entered" (a contest's or a league's entrants, no event at their towns;
# not a team sent to work, "a rescue team from X reached the village", nor one told with fire or harm)
_TEAMS_FROM = prefilter.compile(r"\b(?:[Tt]eams?|[Ss]quads?)\s+from\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s*(?:,|and)\s+)*$")
_TEAM_ANSWERS = prefilter.compile(r"\s+(?:(?:have|has|had|will|would|may|might|could)\s+)?(?:(?:already|also|not|yet)\s+)?"
                                  r"(?:said\s+(?:yes|no)|agreed|accepted|declined|decided?|decides|entered|enter|signed\s+up|"
                                  r"confirmed|withdrawn|withdrew|pulled\s+out|(?:be\s+)?coming|come)\b"
                                  r"(?!\s+(?:to|into|from)\s+(?:the\s+)?[A-ZƏÇŞĞÜÖİ])")
# a club's opponents in a game, named by their town: "the friendly against the riders from X is put off", "the
# match with the Y players is cancelled" (who the other side is, not where anything happened; the game's ground is
# told by "in" or "at", and war told in the sentence keeps the town)
_GAME_AGAINST_THE = (r"\b(?:friendly|match|game|fixture|tie|bout|meet)\s+(?:against|with|versus|v)\s+the\s+")
_OPPONENTS = r"(?:players|riders|team|side|squad|club|visitors|guests)"
_OPPONENTS_FROM = prefilter.compile(_GAME_AGAINST_THE + r"(?:[\w'’-]+\s+)?" + _OPPONENTS + r"\s+from\s+(?:the\s+)?$", re.I)
_GAME_AGAINST_TOWN = prefilter.compile(_GAME_AGAINST_THE + r"$", re.I)
_OPPONENTS_AFTER = prefilter.compile(r"\s+" + _OPPONENTS + r"\b", re.I)
# a match result: "Gandzasar Kapan beat Urartu 2-1", "drew with Ararat Yerevan in the Premier League" (the places in
# the teams' names are the clubs, not where anything happened)
_SCORE = prefilter.compile(r"(?<![\d-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d-])|\b(?:Premier\s+League|Champions\s+League|"
                           r"Europa\s+(?:Conference\s+)?League|[Cc]up\s+(?:final|tie|match))")
# a string every _SCORE match holds (keep the two together)
_SCORE_PARTS = ("-", "–", "League", "up")
_SCORE_NUMS = r"\d{1,2}\s?[-–]\s?\d{1,2}\s+"
_RESULT_VERB = (r"(?:beat(?!\s+(?:back|off)\b)|defeated|thrashed|drew\s+(?:" + _SCORE_NUMS + r")?with|"
                r"lost\s+(?:" + _SCORE_NUMS + r")?to)")
_TEAM_BEFORE = prefilter.compile(r"\b" + _RESULT_VERB + r"\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s+)?$")
_TEAM_AFTER = prefilter.compile(r"(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?\s+" + _RESULT_VERB + r"\b")
# a fixture between two teams, "A v B" or "A vs B": a place in either team's name, with the team's word after it, is
# the team ("Riverside A v Kapan Eagles (home)", "Goris Lions vs Sisian Rovers"), not its town
_FIXTURE = prefilter.compile(r"[A-ZƏÇŞĞÜÖİ][\w'’-]* (?:v|vs)\.? [A-ZƏÇŞĞÜÖİ]")
_FIXTURE_BEFORE = prefilter.compile(r"\b(?:v|vs)\.? (?:[A-ZƏÇŞĞÜÖİ][\w'’-]* ){0,2}$")
_FIXTURE_AFTER = prefilter.compile(r"(?: [A-ZƏÇŞĞÜÖİ][\w'’-]*){0,2} (?:v|vs)\.? [A-ZƏÇŞĞÜÖİ]")
_TEAM_WORD_AFTER = prefilter.compile(r" [A-ZƏÇŞĞÜÖİ][\w'’-]*")
# a sentence about a club's people, games or season (a club named by its town there is the club: "Gandzasar Kapan's
# coach resigned", "the Shirak Gyumri striker", "fans of Qarabag Agdam")
_SPORTS_WORD = prefilter.compile(r"\b(?:coach(?:es)?|strikers?|midfielders?|goalkeepers?|defenders?|footballers?|fans|"
                                 r"league|season|match(?:es)?|transfers?|squad|kit)\b", re.I)
# the stems every match of _SPORTS_WORD holds, for a quick test first (only for speed; keep the two together)
_SPORTS_STEMS = ("coach", "striker", "midfielder", "goalkeeper", "defender", "footballer", "fans", "league", "season",
                 "match", "transfer", "squad", "kit")
# a capitalised word a single space before or after the place, naming the club with it ("Shirak Gyumri"); not a
# word of its own ("In Tartar", "on Sunday", "Azerbaijani") nor a venue in the town ("the Baku Olympic Stadium")
_WORD_BEFORE = prefilter.compile(r"(?:^|(?<=[\s(\"“]))([A-ZƏÇŞĞÜÖİ][\w'’-]*) $")
_WORD_AFTER = prefilter.compile(r" ([A-ZƏÇŞĞÜÖİ][\w-]*)")
_VENUE_WORDS = frozenset({"stadium", "arena", "olympic", "sports", "city", "state", "republican", "central"})
# a family's holding named by its surname, read as a place only through a spelling variant: "a lamb from the Hakobyan
# farm", "the Sargsyan family" (a town whose own name ends so, "the Noyemberyan farm", is still the town)
_SURNAME_WORD = prefilter.compile(SURNAME)
_FAMILY_THING = prefilter.compile(r"\s+(?:farm|family|families|house|home|shop|store|orchard|vineyard|bakery|garden|estate|"
                                  r"brothers|sisters|clan)\b")
# a "where" clause saying where a site lies, by the way that meets something there: "a checkpoint at the bridge,
# where the X corridor meets the border", "..., where the road from Y enters the Z corridor" (the named ways only
# place the site, as the older sets file them; a town the road comes from is left to the other rules)
_WHERE_WAY_MEETS = prefilter.compile(r",\s+where\s+the\s+[^,.;:]{0,80}?\b(?:meets|enters|joins|reaches)\s+the\s+[^,.;:]{0,60}")
_WAY_NOUN_AFTER = prefilter.compile(r"\s+(?:corridor|road|highway|motorway|railway)\b")
# ... unless the sentence tells a way shut or opened there, the way's own news: "guards closed the bridge, where the X
# corridor meets the border", "protesters blocked the road at Y, where the X road meets ..."
_SHUT_OR_OPENED = prefilter.compile(r"\b(?:clos(?:ed|es|ing)|block(?:ed|s|ing|ade\w*)|shut|sealed|cut\s+off|"
                                    r"reopen(?:ed|s|ing)?)\b", re.I)
# a mountain seen in a direction, the view described: "the slopes of X to the north", "the twin peaks of Y to the
# south" (scenery; not "troops remain on one slope of Z", where no view is told, nor "fighting raged on the slopes of
# X to the north", "troops took the summits of Y to the east of Z", a place of the news in a direction: the sentence
# tells of seeing it, or the point it is seen from: "From the top, on a clear day, the slopes of X to the north")
_VIEW_OF = prefilter.compile(r"\b(?:slopes?|peaks?|summits?|snows?|cone)\s+of\s+(?:Mount\s+)?$")
_VIEW_TOWARDS = prefilter.compile(r"\s+(?:to|in)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\b")
_VIEW_TOLD = prefilter.compile(r"\b(?:see|sees|seen|saw|make\s+out|makes\s+out|made\s+out|views?|windows?|overlook\w*|"
                               r"visible|loom\w*|glimpse\w*|horizon|fill(?:s|ed)?\s+the|in\s+the\s+distance|"
                               r"on\s+a\s+clear\s+day|from\s+(?:the|its|our|this)\s+(?:top|roof|terrace|tower|balcony|"
                               r"belfry|bell\s+room|gallery|platform|viewpoint|lookout))\b", re.I)
# a landmark named as what a place holds: "Sisian, home to Zorats Karer, ..."
_HOME_TO = prefilter.compile(r",\s+(?:also\s+)?home\s+to\s+(?:the\s+)?$")


def _in_team_result(sentence, mention, before):
    """Is the mention a team's name in a match result ("Gandzasar Kapan beat Urartu 2-1")?"""
    return bool(_TEAM_AFTER.match(sentence, mention.end) or _TEAM_BEFORE.search(before))


def _in_fixture(sentence, mention, before):
    """Is the mention a team's name in a fixture ("Riverside A v Kapan Eagles", "Goris Lions vs Sisian Rovers"): the
    place with a capitalised word after it (the team's), on either side of "v"?"""
    if not _TEAM_WORD_AFTER.match(sentence, mention.end):
        return False
    return bool(_FIXTURE_BEFORE.search(before) or _FIXTURE_AFTER.match(sentence, mention.end))



# a fixture told by its ground or its other side, in a sentence with no war news or officials (read sets: 3 of 3 such
# places unannotated): "away in X on Saturday", "the away match in Y", "home against the Z school team", and a team
# named by its town alone, "plays X away", "Sheki v Oguz, home" (a bare "A v B" only beside a fixture's words:
# "Armenia v. Azerbaijan" is a court case). A home only as a fixture's: "at home in X" is someone's home, "is away in
# Y" someone's trip; a tournament's town is where it is held, kept. A bare "away in" only after a verb of play or at a
# list's head ("play away in X", "; away in Y"): people "turned away at X" or who "stayed away in Y" are no fixture.
_AWAY_AT = prefilter.compile(r"(?:(?:(?:^|[;:,(]\s*)|\b(?:play|plays|played|playing|face|faces|faced|facing|meet|meets|race|"
                             r"races|raced|racing|start|starts|open|opens|finish|finishes|then|and|next)\s+)away\s+(?:in|at|against)|"
                             r"\baway\s+(?:match(?:es)?|games?|fixtures?|legs?)\s+(?:in|at|against)|\bhome\s+(?:(?:match(?:es)?|"
                             r"games?|fixtures?|legs?)\s+(?:in|at|against)|against))\s+(?:the\s+)?$", re.I)
_PLAYS_BEFORE = prefilter.compile(r"\b(?:plays?|played|playing|meets?|met|against|host(?:s|ed|ing)?)\s+$")
_AWAY_AFTER = prefilter.compile(r"\s+(?:away|at\s+home)\b")
_BARE_FIXTURE_BEFORE = prefilter.compile(r"\b(?:v|vs)\.?\s+$")
_BARE_FIXTURE_AFTER = prefilter.compile(r"\s+(?:v|vs)\.?\s+[A-ZƏÇŞĞÜÖİ]")
_FIXTURE_WORDS = prefilter.compile(r"\b(?:home|away|kick-off|neutral\s+ground|stadium|rink|pitch|fixtures?)\b", re.I)


def _in_away_fixture(sentence, mention, before):
    """Is the mention a fixture's ground or its other side ("away in X", "plays Y away", "Z v W, home")?"""
    if not (_AWAY_AT.search(before)
            or (_PLAYS_BEFORE.search(before) and _AWAY_AFTER.match(sentence, mention.end))
            or ((_BARE_FIXTURE_BEFORE.search(before) or _BARE_FIXTURE_AFTER.match(sentence, mention.end))
                and _FIXTURE_WORDS.search(sentence))):
        return False
    return not _war_told(sentence) and not _OFFICIAL_GATHERING.search(sentence)

def _in_club_name(sentence, mention, before):
    """Is the mention part of a sports club's name ("football club Qarabag Agdam", "Shirak FC")?"""
    return bool(_CLUB_BEFORE.search(before) or _CLUB_AFTER.match(sentence, mention.end))


def _club_by_town(sentence, mention, before):
    """Is the mention, in a sports sentence, glued to another name word ("Gandzasar Kapan's coach resigned")?"""
    word_before = _WORD_BEFORE.search(before)
    word_after = _WORD_AFTER.match(sentence, mention.end)
    if word_after and word_after.group(1).lower() in _VENUE_WORDS:
        return False
    return any(w and w.group(1).lower() not in STOP and w.group(1).lower() not in ADJ_COUNTRY
               for w in (word_before, word_after))


_CLAUSE_OPENS = prefilter.compile(r";|,\s+(?:and|but|while|whereas)\s|\.\s")
_PAST_EVENT = prefilter.compile(r"\s+(?:events|massacre|genocide|tragedy|pogroms?|killings)\b", re.I)
# a place a comparison holds up with a past year: "as Aghdam was in 1993", "like Fuzuli in 1993" (the year after the
# place), "the worst since the 2018 fire in Dilijan", "recalled the attacks on Ganja in 2020" (a past event named
# to measure the news by, not news there)
_YEAR = r"(?:1[89]|20)\d\d\b"
# (not the "as" of "as far as", "such as", "as well as")
_LIKE_BEFORE = prefilter.compile(r"(?<!\bfar\s)(?<!\bsuch\s)(?<!\bwell\s)(?<!\bsame\s)(?<!\bmuch\s)"
                                 r"\b(?:[Aa]s|[Ll]ike|[Uu]nlike)\s+$")
_YEAR_AFTER = prefilter.compile(rf"\s+(?:(?:was|were|did|had\s+been)\s+)?in\s+(?:[A-Z][a-z]+\s+)?{_YEAR}")
# a rank that a place is measured against: "the second largest town of the province after X" (X only ranks the town)
_RANKED_AFTER = prefilter.compile(r"\b(?:second|third|fourth|fifth)[\s-]+(?:largest|biggest|most\s+populous|oldest|"
                                  r"most\s+important)\b(?P<gap>[^.;:()]{0,80}?)\bafter\s+(?:the\s+)?$")
# a clause or a span of time between the rank and "after" (or a verb after the place): "the fourth largest city was
# hit hours after X was struck" tells one event after another, not a ranking
_RANK_GAP_CLAUSE = prefilter.compile(r"\b(?:was|were|is|are|been|hours?|days?|weeks?|months?|minutes?|shortly|soon|just)\b")
_CLAUSE_AFTER = prefilter.compile(r"\s+(?:was|were|had|has|is|are|came|come|fell|itself)\b")
_MEASURED_BY = prefilter.compile(rf"\b(?:since|than|recalled|recalling|recalls|remembers?|remembered|remembering|echoed|"
                                 rf"echoing|evoked|evoking|reminiscent\s+of)\s+the\s+(?:{_YEAR}\s+)?(?:[a-z]+\s+){{1,3}}"
                                 r"(?:in|at|on|of)\s+$")


# a note on the article's author, opening the sentence: "The author is a teacher in Ganja", "The writer lives in Goris"
# (what the author is or does for a living; "The writer was in Tartar when ..." stays news)
_AUTHOR_NOTE = prefilter.compile(r"(?:The|Our)\s+(?:author|writer|columnist)\s+(?:(?:is|was)\s+an?|teaches|taught|"
                                 r"lives|works|grew\s+up)\b")


# a seat in a parliament or council named by its constituency: "The member for Berd asked ...", "MEMBER FOR IJEVAN:",
# "the MP for Kapan" (the member's seat says who the member is, nothing happened there)
_SEAT_FOR = prefilter.compile(r"(?=[CDMcdm])\b(?:[Mm]ember|MEMBER|MPs?|[Dd]eputy|DEPUTY|[Cc]ouncillor|"
                              r"COUNCILLOR)s?\s+(?:[Ff]or|FOR)\s+(?:the\s+|THE\s+)?$")
# the writer's own thing named by a place: "our X diorama", "our Y orders", "our Z newsroom" (where the model, the
# customers or the staff are; older sets annotate 0 of 14 such places; not the writer's own village, road or border
# named so, nor a sentence that tells fire or harm)
_OUR_BEFORE = prefilter.compile(r"\b[Oo]ur\s+$")
# (nor one the sentence tells was fled, emptied or taken: "our X relatives fled", "our Y flat was looted")
_OWN_THING_LOST = prefilter.compile(r"\b(?:fled|flee(?:s|ing)?|evacuat\w*|displaced|deported|expelled|loot\w*|"
                                    r"occupied|captured|fell)\b")
_OWN_THING_AFTER = prefilter.compile(r"\s+(?!(?:villages?|towns?|city|district|region|province|border|frontier|roads?|"
                                     r"highway|corridor|section|stretch|front|positions?|community|side|land|homes?|houses?)\b)"
                                     r"[a-z][a-z-]*\b")
# a transcript's credit line for its reporter: "Reporter in Berd: Anna Petrosyan." (where the reporter is, no event)
_REPORTER_CREDIT_IN = prefilter.compile(r"^(?:[A-Z][\w'’-]*\s+)?(?:[Rr]eporter|REPORTER|[Cc]orrespondent|CORRESPONDENT)s?\s+"
                                        r"(?:in|IN|at|AT)\s+(?:the\s+)?$")


# where a newsroom's own people are, opening the sentence: "Our photographer is in Y and is filing later", "Duty
# editor in Z until 23:00" (where the report comes from or the desk sits; a sentence that tells fire or harm keeps its
# places). Not "Our correspondent in X says the families left": what the correspondent tells is of X, and X is kept
_STAFF_IN = prefilter.compile(r"^(?:[A-Z]+:\s+)?(?:(?:Our|The|A|An|One|Its)\s+)?(?:(?i:own|local|duty|night|overnight|news|"
                              r"picture|photo)\s+)?(?:(?:[Rr]eporter|[Cc]orrespondent|[Pp]hotographer|[Cc]ameraman|[Ss]tringer|"
                              r"[Ee]ditor)s?\s+(?:is|are)\s+(?:now\s+|still\s+|already\s+)?|[Ee]ditors?\s+)(?:in|at)\s+(?:the\s+)?$")
# a desk or bureau named by its town, the town only its label: "filing through the X desk", "our Y bureau"
_DESK_AFTER = prefilter.compile(r"\s+(?:desk|bureau|newsroom)\b")
# the place where the newsroom's people are, then told of: "Our reporter is in X, where a rocket struck a bus stop",
# "is at the Y checkpoint, which has been closed since Monday", "is in Z as families bury the dead" (the news of it)
_STAFF_PLACE_TOLD = prefilter.compile(r"(?:\s+[a-z]+)?\s*,?\s+(?:where|which|whose|as)\s")


# where the writer met the speaker: "A driver I spoke to in Goris last month said ...", "a nurse we met in Kapan told
# me" (where the words were heard, not where what they tell happened; "when we met in Vienna" is no speaker)
_MET_SPEAKER_IN = prefilter.compile(r"\b(?!(?i:when|as|after|before|since|until|where|if|once|while)\b)[A-Za-z]+\s+(?:I|we)\s+"
                                    r"(?:(?:spoke|talked)\s+(?:to|with)|met|interviewed)\s+(?:(?:by\s+the\s+\w+|there|"
                                    r"later|earlier)\s+)?(?:in|at)\s+(?:the\s+)?$")
# where goods come from, said of goods that are lacking or still on their way elsewhere: "shortages of goods from
# Yerevan", "a lack of fresh food from Goris", "a convoy of medicines prepared in Yerevan is waiting in Goris" (their
# origin, not where anything happened; goods stranded in a town are news there)
_GOODS = (r"(?:goods|food|foodstuffs?|supplies|products|produce|flour|fuel|medicines?|medical\s+supplies|aid|parcels|"
          r"cargo|freight|grain|wheat|fruit|vegetables)")
_GOODS_LACKED_FROM = prefilter.compile(rf"\b(?:shortages?|lack|absence|scarcity)\s+of\s+(?:[a-z]+\s+)?{_GOODS}\s+from\s+"
                                       r"(?:the\s+)?$", re.I)
# a shop's or a market's own stock or a season's harvest brought from a town: "bringing our stock from X", "the
# season's harvest from Y was already in the city" (where the goods came from, not news there; older sets never file
# the origin of goods brought)
_STOCK_FROM = prefilter.compile(r"\b(?:stock|harvest|crops?)\s+from\s+(?:the\s+)?$", re.I)
# ... but not the crops harmed where they grow: "Crops from X were destroyed by shelling", "the harvest from Y burned
# after shells hit the fields" (the harm is news there)
# (perhaps after the place's fields or villages, or lost: "Crops from X villages were burned", "the harvest from Y
# was lost when shells set the fields on fire")
_STOCK_HARMED = prefilter.compile(r"(?:\s+(?:villages?|fields?|farms?|orchards?|vineyards?|district))?"
                                  r"\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:destroyed|burn(?:ed|t)|"
                                  r"damaged|ruined|hit|shelled|lost|set\s+(?:on\s+)?(?:fire|alight)|torched)\b", re.I)
_GOODS_MADE_IN = prefilter.compile(rf"(?=[acfgmpsvw])\b{_GOODS}\s+(?:prepared|packed|collected|bought|loaded|made|produced|"
                                   r"donated)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# a book's or a map's imprint with its year: "a manual of openings, printed in X in 1978", "a map published in Y in
# 1902" (where the edition came out, no event; a sentence telling war keeps it; without the year the town may be
# where the books are shown: "books he wrote that were printed in X", annotated in older sets)
_PRINTED_IN = prefilter.compile(r"\b(?:books?|booklets?|manuals?|maps?|atlas|editions?|pamphlets?|brochures?|catalogues?|"
                                r"guides?|dictionar(?:y|ies)|textbooks?|chronicles?|volumes?|"
                                # (not copies of a paper that comes out there: "copies of the weekly, printed in X in 2023")
                                r"cop(?:y|ies)(?!\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?"
                                r"(?:newspapers?|papers?|weekl(?:y|ies)|dail(?:y|ies)|magazines?|journals?|bulletins?)\b))"
                                r"\b[^.;:]{0,40}?"
                                r"\b(?:printed|published)\s+in\s+(?:the\s+)?$", re.I)
_IN_YEAR = prefilter.compile(r"\s+in\s+(?:1[89]|20)\d\d\b")
# the town named again after its imprint: "a book printed in X in 1975, lost when the town fell" (the town's own news)
_TOWN_AGAIN = prefilter.compile(r"\bthe\s+(?:town|village|city)\b(?!\s+of\b)")
# goods held up on their way, after their origin: "... has been waiting in Goris", "stood at Bagratashen", "were held
# at the X crossing"
_WAITING = prefilter.compile(r"\b(?:waiting|waited|waits|stuck|stranded|held\s+(?:up|at|near|for)|stood|standing|parked|"
                             r"queu(?:e|ed|ing))\b")
# a journey refused to people, to the place they were to be taken: "patients were denied transport to Yerevan",
# "refused transfer to a hospital in Goris" (it did not happen; entry or passage refused at a place is news there)
_JOURNEY_REFUSED = prefilter.compile(r"\b(?:denied|refused)\s+(?:(?:any|their|a)\s+)?(?:transport|transfer|evacuation|"
                                     r"travel)\s+to\s+(?:(?:a|the)\s+(?:hospital|clinic|doctor)s?\s+in\s+)?(?:the\s+)?$", re.I)

# where the outlet's own crew set out from: "Our crew, which drove down from Artashat, saw smoke" (the report's
# journey, not the news)
_CREW_FROM = prefilter.compile(r"\b[Oo]ur\s+(?:(?:film|camera|television|TV|news)\s+)?(?:crew|team|reporters?|correspondents?|"
                               r"journalists?)\b,?\s+(?:(?:which|who|that)\s+)?(?:had\s+)?(?:drove|travelled|traveled|came|"
                               r"flew|set\s+out|went)\s+(?:(?:down|up|over|in|out|back)\s+)?"
                               # (the journey's end and means between: "travelled to X by road from Y")
                               r"(?:to\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?\s+)?"
                               r"(?:by\s+(?:road|car|air|bus|train|helicopter|plane)\s+)?from\s+(?:the\s+)?$")
# a place that only says where a firm is from, its firm the source of something: "lorries hired from two Baku firms",
# "the school was built by a Yerevan company"
_FIRM_OF = prefilter.compile(r"\b(?:from|by)\s+(?:(?:the|a|an|one|two|three|four|five|several|local|private|its|their)\s+)*$")
_FIRM_AFTER = prefilter.compile(r"(?:-based)?\s+(?:firms?|compan(?:y|ies)|contractors?|businesses|hauliers)\b")


# the speaker's verb after the place and a time phrase: "... in Goris last month said", "... in Kapan told me"
_SPEAKS_AFTER = prefilter.compile(r"(?:\s+(?:last|this|on|in|earlier|yesterday|today|\w+day|week|month|year)\b){0,3}"
                                  r",?\s+(?:said|says|told|tells|described|recalled|explained|complained|insisted)\b")


# the outlet's own correspondent opening the line, maybe after a speaker's label ("HOST: Our correspondent")
_OUR_CORRESPONDENT = r"^(?:[A-Z]+:\s+)?Our\s+(?:correspondent|reporter)s?"
# the correspondent's whereabouts as the whole sentence, maybe after a speaker's label: "HOST: Our correspondent
# Anna Petrosyan is in Goris.", "Our reporter has been following it from Ganja.", "Our correspondent reports from
# Kapan."
_CORRESPONDENT_WHERE = prefilter.compile(rf"{_OUR_CORRESPONDENT}(?:\s+{_NAME}){{0,3}}\s+"
                                         r"(?:(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:(?:now|still|also)\s+)?|"
                                         r"(?:reports?|writes?)\s+(?=from\b))"
                                         r"(?:(?:following|covering|watching|reporting|writing)\s+"
                                         r"(?:(?:it|this|events|the\s+\w+)\s+)?from|from|"
                                         rf"on\s+the\s+line\s+from|with\s+us\s+from|in)\s+{_NAME}(?:\s+{_NAME})?"
                                         # where the correspondent will be, with the day: "Our reporter Anna Petrosyan will
                                         # be in Goris tomorrow" (where the next report will come from)
                                         r"(?:\s+(?:tomorrow|today|tonight|this\s+(?:morning|afternoon|evening|week)|"
                                         r"next\s+week|on\s+[A-Z][a-z]+day))?\s*[.?!]?$")
# the correspondent's whereabouts with a report still to come: "Our correspondent in Barda will file a report later
# today", "Our reporter in Goris will have more this evening" (where the report will come from; nothing has happened
# there yet)
# (also the outlet's team, crew or stringer, in two towns or two of them joined: "Our team in X and our stringer in Y
# will bring you the latest through the day", "Our crews in X and Y will send updates"; a line that tells fire or
# harm, "... will send the footage of the shelled school", keeps its place)
_OUR_STAFF_IN = (r"(?:correspondent|reporter|stringer|team|crew|journalist)s?\s+in\s+" + _NAME + r"(?:\s+" + _NAME
                 + r")?(?:\s+and\s+" + _NAME + r"(?:\s+" + _NAME + r")?(?=\s+will\b))?")
_CORRESPONDENT_WILL_FILE = prefilter.compile(rf"^(?:[A-Z]+:\s+)?Our\s+{_OUR_STAFF_IN}"
                                             rf"(?:,\s+{_NAME}(?:\s+{_NAME})?,)?(?:\s+and\s+our\s+{_OUR_STAFF_IN})?"
                                             r"\s+will\s+(?:file|send|bring|have)\b"
                                             r"(?:\s+(?:us|you))?\s+(?:a\s+|an\s+|the\s+|more\b|details\b|updates\b|"
                                             r"pictures\b|footage\b|reports\b)")

# the outlet's own people at work somewhere, as the whole sentence: "Our photographer spent the past week in the
# villages of X", "Our crew spent two days in Y" (where the report was made, not what happened there)
_CREW_SPENT = prefilter.compile(rf"^(?:[A-Z]+:\s+)?Our\s+(?:(?:film|camera|television|TV|news)\s+)?(?:correspondent|reporter|"
                                rf"photographer|crew|team|journalist)s?(?:\s+{_NAME}){{0,3}}\s+(?:(?:has|have)\s+)?spent\s+"
                                r"(?:(?:the|a|an|two|three|four|five|several|a\s+few|past|last|previous|whole|entire)\s+)*"
                                r"(?:days?|weeks?|months?|hours?|nights?|mornings?|afternoons?)\s+(?:travelling\s+|working\s+)?"
                                r"(?:in|at|among|around)\b[^.;:!?]*[.!]?$")

# a person's family history in a "whose" aside: "A man named Aram, whose family had moved from X and lived in Y,
# fell ill", "Ramil, whose parents live in Z, said ..." (who the person is; the aside's places are no scene), also
# where a kinsman serves, works or studies: "Gohar, whose grandson serves in X, asks ..." (older sets: 3 of 3 such
# asides unannotated)
_WHOSE_KIN = prefilter.compile(r",\s+whose\s+(?:family|families|parents|relatives|mother|father|grandparents|grandfather|"
                               r"grandmother|husband|wife|sons?|daughters?|brothers?|sisters?|ancestors|grandsons?|"
                               r"granddaughters?|nephews?|nieces?|cousins?)\s+[^,;:.]*?\b"
                               r"(?:moved|lived|live|lives|came|come|comes|fled|(?:is|are|was|were)\s+(?:originally\s+)?from|"
                               r"originally|born|serves?|served|(?:is|are)\s+serving|works?|worked|stud(?:y|ies|ied))\b[^,;:.]*,")
# the aside's place told again after it: "..., said shells fell there", "..., said the town was shelled"
_PLACE_TOLD_AGAIN = prefilter.compile(r"\b(?:there|the\s+(?:town|village|city))\b")
_KIN_POSTED = prefilter.compile(r"\b(?:serves?|served|serving|works?|worked|stud(?:y|ies|ied))\b")

# the district or region a place belongs or belonged to: "in Soviet times the area was part of the X district", "the
# village is part of the Y region" (its administration, not a scene; "the fighting was part of the battle for Z" is no
# district's); also as one side counts it: "Azerbaijan regards the village as part of its X district", "made it part of
# its Y district", "villages that Armenians consider part of the A and B regions"
_PART_OF_AREA = prefilter.compile(r"\b(?:(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+(?:once\s+|formerly\s+|"
                                  r"still\s+|officially\s+|administratively\s+)?(?:a\s+)?|"
                                  r"(?:regard(?:s|ed|ing)?|consider(?:s|ed|ing)?|count(?:s|ed|ing)?|treat(?:s|ed|ing)?|"
                                  r"see(?:s|ing)?|saw|claim(?:s|ed|ing)?)\s+(?:(?:the\s+|its\s+)?[\w'’-]+\s+)?(?:as\s+)?|"
                                  r"(?:made|make|makes|making)\s+(?:it|them|the\s+\w+)\s+)"
                                  r"part\s+of\s+(?:the\s+|its\s+|their\s+)?"
                                  r"(?:Soviet(?:-era)?\s+|former\s+|old\s+)?([^.;:,]{1,40}?)\s+"
                                  r"(?:district|region|raion|rayon|province|oblast|autonomous\s+oblast)s?\b", re.I)


# a visit's programme listing the meetings or stops it was to hold: "her programme for the visit listed meetings with
# the heads of the A and B districts", "the schedule foresaw talks in C" (a plan: the places follow it; but "the
# programme included visits to D" may tell what was done)
_PROGRAMME_LISTED = prefilter.compile(r"\b(?:programme|program|schedule|agenda|itinerary)\b[^.;:]{0,60}?\b(?:listed|lists|"
                                      r"foresaw|foresees|envisaged|envisages|provided\s+for|provides\s+for)\s+"
                                      r"(?:(?:a|an|the|two|three|four|five|six|several)\s+)?(?:[\w-]+\s+)?(?:meetings?|talks|"
                                      r"stops|visits|trips)\b")
# a contact line for the press: "For press enquiries, contact the press service in X" (where to call, no news)
# (one that tells whom to call: not "For more details of the shelling of X, the ministry ...", nor a journey's aim:
# "To reach X, the trucks must cross Y")
_CONTACT_LINE = prefilter.compile(r"^(?:For\s+(?:press|media|further|more)\s+(?:enquiries|inquiries|information|details)\s*,?\s+"
                                  r"(?:please\s+)?(?:contact|call|write|e-?mail|phone|see|visit)\b|"
                                  r"To\s+(?:contact|reach)\s+(?:us\b|our\b|(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
                                  r"(?:press|media|editor|newsroom|spokes)))", re.I)


# the origin of reports or claims a speaker denies: "rejected the reports from Baku", "denies claims from Yerevan"
# (the town the reports came from, no event there; "denied reports of shelling in X" keeps X, the event denied)
_DENIED_FROM = prefilter.compile(r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses)\s+(?:the\s+|these\s+|those\s+|"
                                 r"such\s+)?(?:reports?|claims?|accounts?|allegations?)\s+from\s+(?:the\s+)?$")

# where a private person's call came from: "my nephew telephoned from X in a fright", "a customer phoned from Y to say
# the order can wait" (heldout179, 188 file no event there; a call from a body or an official is no such call)
_CALLED_FROM = prefilter.compile(r"\b(?:my|our|his|her|their|a|the)\s+(?:[a-z]+\s+)?(?:cousin|brother|sister|uncle|aunt|"
                                 r"nephew|niece|son|daughter|mother|father|husband|wife|friend|neighbou?r|customer|client|"
                                 r"colleague)\s+(?:had\s+)?(?:tele)?phoned\s+(?:us\s+|me\s+|him\s+|her\s+)?from\s+(?:the\s+)?$", re.I)

# a capital the sentence's reports come from, as their subject: "The reports from Baku speak of ...", "Reports from
# Yerevan mention ..." (a side's reports, see claims.normalise_actor; a village's reports keep it: the news is of it)
_REPORTS_FROM_OPEN = prefilter.compile(r"(?:^|[;:]\s+|,\s+(?:but|and|while)\s+)(?:the\s+)?(?:reports?|accounts?)\s+from\s+$", re.I)
# a capital named as where a government's word came from, the word the object of another verb: "answered a letter
# from Baku", "the sixth such report from Baku this month", "another statement from Yerevan" (whose word it is, as the
# reports above; the older sets annotate none of 9 such capitals), or a list of capitals so ("statements from Yerevan,
# Baku and Moscow"); not a named outlet's report, where its reporter filed it ("an AP report from Baku")
_WORD_FROM_CAPITAL = prefilter.compile(r"(?P<before>\S+)\s+(?:letters?|notes?|messages?|requests?|protests?|complaints?|"
                                       r"reports?|statements?|appeals?|replies|reply|answers?|demands?|warnings?|proposals?|"
                                       r"news|word|calls?)\s+from\s+(?:the\s+)?(?:(?:Baku|Yerevan|Moscow|Ankara|Tehran|Tbilisi|"
                                       r"Washington|Paris|Brussels|Berlin|London)(?:,\s+|\s+and\s+))*$")


def _word_from_capital(sentence, mention):
    """Is the capital at ``mention`` where a government's word came from (see _WORD_FROM_CAPITAL)?"""
    m = _WORD_FROM_CAPITAL.search(sentence, max(0, mention.begin - 60), mention.begin)
    return bool(m) and not m.group("before")[:1].isupper()


# (the capital only naming where in it the reports come from keeps it: "Reports from Baku hospitals said ...")
_CAPITAL_QUALIFIES = prefilter.compile(r"\s+(?:hospitals?|clinics?|morgues?|streets?|suburbs?|districts?|neighbou?rhoods?|"
                                       r"schools?|shelters?|airport|residents?|families)\b")


def described_dropped(sentence, mentions):
    """The mentions without those that describe a speaker, a birthplace, an office's remit or an exception,
    or name a past event (see the module)."""
    if not mentions or _AUTHOR_NOTE.match(sentence) or _CORRESPONDENT_WHERE.match(sentence) \
            or (_CORRESPONDENT_WILL_FILE.match(sentence) and not _HARM_TOLD.search(sentence)) \
            or _CREW_SPENT.match(sentence) \
            or (sentence[:3] in ("For", "To ") and _CONTACT_LINE.match(sentence)):
        return []
    if _MADE_BY_LINE.match(sentence) and not _war_told(sentence) and not _FLIGHT_TOLD.search(sentence):
        return []                          # "Drawn in a X school in 2020 by a girl from Y.": how an object was made
                                           # (but "by a boy who fled Z" tells a flight from Z)
    if _MAP_SHOWS.match(sentence) and _nothing_told(sentence):
        return []                          # "The map shows the region and the districts facing it": its extent
    if _COVERAGE_PLAN.match(sentence) and not _HARM_TOLD.search(sentence):
        return []                          # "We will report on the water supply of X": the outlet's plan
    if _COVERAGE_PLAN_OURS.match(sentence) and not _HARM_TOLD.search(sentence) \
            and not _EVENT_TOLD.search(sentence):
        return []                          # "Further frames from X will follow": the outlet's plan
    if ("will" in sentence or "meet" in sentence) and _GATHERING_NOTICE.search(sentence) \
            and not _OFFICIAL_GATHERING.search(sentence) and not _war_told(sentence) \
            and not _EVENT_TOLD.search(sentence):
        # "The parish council will meet in X on Thursday": a notice, no event; but a place after war news stays, the
        # news told of it ("a requiem for the fallen will be held in X", "to house the families who fled Y")
        mentions = [m for m in mentions if WAR_NEWS.search(sentence, 0, m.begin)]
        if not mentions:
            return []
    if ":" in sentence and (head := _OWN_AFFAIRS_HEAD.match(sentence)) and _nothing_told(sentence) \
            and not _war_told(sentence) and not WAR_NEWS.search(sentence) and not _TRADE_NEWS.search(sentence) \
            and not _NEWS_UNDER_HEAD.match(sentence, head.end()) and not _NEWS_MARK.search(sentence, head.end()):
        return []                          # "Orders: six gates for the farm at X": a club's or a shop's own business
    if "harvest" in sentence and _HARVEST_TOLD.search(sentence) and not _HARM_TOLD.search(sentence) \
            and not _HARVEST_BARRED.search(sentence):
        return []                          # "growers around X report a late but good harvest": farm news
    if "rogram" in sentence or "chedule" in sentence or "genda" in sentence or "tinerar" in sentence:
        plan = _PROGRAMME_LISTED.search(sentence)
        if plan:                           # the places of a programme's list are plans (not those of a clause after)
            close = _CLAUSE_OPENS.search(sentence, plan.end())
            close = close.start() if close else len(sentence)
            mentions = [m for m in mentions if not plan.start() <= m.begin < close]
    described = _speaker_description(sentence)
    born = _born_spans(sentence)
    # (the sentence's own frames, read once for all its places: a capital's body speaking, a scene heading, a notice)
    capital_body = _CAPITAL_BODY_SPEAKS.match(sentence)
    capital_office = _capital_office_speaks(sentence) if "In " in sentence[:40] else None
    capital_news = capital_office is not None and (bool(_CAPITAL_NEWS.search(sentence)) or (
        (_war_told(sentence) or bool(_EVENT_TOLD.search(sentence)))
        and bool(_CITY_SITE.search(sentence, capital_office.end()))))
    scene_heading = _SLUG_PLACES.match(sentence)
    notice_head = _NOTICE_HEAD.match(sentence)
    # (alone, the business's town is where it happened: "who runs a bakery in Berd, said shelling hit her street")
    born += [(b, e) for b, e in _owner_spans(sentence)
             if any(n.begin >= e for n in mentions) or _PLACE_NAMED_AFTER.search(sentence, e)]
    heard = _HEARD_FROM.search(sentence) if "heard" in sentence else None
    if heard:                          # (in the clause that says so)
        opens = max((b.end() for b in _CLAUSE_OPENS.finditer(sentence, 0, heard.start())), default=0)
        mentions = [m for m in mentions if not opens <= m.begin < heard.end()]
    if " from " in sentence:               # "rejected the reports from Baku": where the denied reports came from
        mentions = [m for m in mentions if not _DENIED_FROM.search(sentence, max(0, m.begin - 60), m.begin)
                    and not _CALLED_FROM.search(sentence, max(0, m.begin - 60), m.begin)
                    and not (_is_capital(m) and (_REPORTS_FROM_OPEN.search(sentence, max(0, m.begin - 30), m.begin)
                                                 or _word_from_capital(sentence, m))
                             and not _CAPITAL_QUALIFIES.match(sentence, m.end))]
    if "between" in sentence or " with " in sentence:
        bounds = [(b.start(), b.end()) for b in _BETWEEN_AREAS.finditer(sentence)
                  if not (_SCENE_BEFORE_BETWEEN.search(sentence, max(0, b.start() - 30), b.start())
                          and not _LIES.search(sentence, max(0, b.start() - 60), b.start()))]
        bounds += [(b.start(), b.end()) for pattern in (_ON_BORDER_BETWEEN, _BORDER_WITH_AREA)
                   for b in pattern.finditer(sentence) if any(m.end <= b.start() for m in mentions)]
        mentions = [m for m in mentions if not any(b <= m.begin < e for b, e in bounds)]
    if "one side" in sentence:
        sides = [(b.start(), b.end()) for b in _BORDER_SIDES.finditer(sentence)]
        mentions = [m for m in mentions if not any(b <= m.begin < e for b, e in sides)]
    if " fac" in sentence or "border" in sentence:
        told = [(b.start(), b.end()) for pattern in (_AREAS_FACE, _BORDER_RUNS) for b in pattern.finditer(sentence)
                if pattern is not _BORDER_RUNS or not _FIRED_ALONG.search(sentence, 0, b.start())]
        mentions = [m for m in mentions if not any(b <= m.begin < e for b, e in told)]
    if "live" in sentence:
        mentions = _former_home_dropped(sentence, mentions)
    if "came " in sentence or "moved " in sentence or "come" in sentence or " in from " in sentence:
        mentions = _own_people_came_dropped(sentence, mentions)
    if "part of" in sentence:
        areas = [p.span(1) for p in _PART_OF_AREA.finditer(sentence)]
        mentions = [m for m in mentions if not any(b <= m.begin < e for b, e in areas)]
    if " where the " in sentence and not _SHUT_OR_OPENED.search(sentence):
        meets = [(w.start(), w.end()) for w in _WHERE_WAY_MEETS.finditer(sentence)]
        mentions = [m for m in mentions if not (any(b <= m.begin < e for b, e in meets)
                                                and _WAY_NOUN_AFTER.match(sentence, m.end))]
    if "whose" in sentence:
        # (a kinsman's posting stays when the sentence tells of its place again: "Gohar, whose son serves in X,
        # said shells fell there"; a family's moves do not: "whose family had moved from X and lived in Y, fell ill
        # there" is told of Y, the person's home)
        kin = [(w.start(), w.end()) for w in _WHOSE_KIN.finditer(sentence)
               if not (_KIN_POSTED.search(w.group()) and _PLACE_TOLD_AGAIN.search(sentence, w.end()))]
        mentions = [m for m in mentions if not any(b <= m.begin < e for b, e in kin)]
    if " from " in sentence or " of " in sentence:
        mentions = _origins_dropped(sentence, mentions)
    if ("used to" in sentence or "once" in sentence) and not _war_told(sentence):
        habit = _PRIVATE_HABIT.search(sentence)
        if habit:
            mentions = [m for m in mentions if m.begin < habit.start()
                        or any(end.start() < m.begin for end in _HABIT_CLAUSE_ENDS.finditer(sentence, habit.end()))]
            # "Nigar's uncle used to drive a lorry to X", "one of our members, who once played cards on the night
            # train to Y": a private life's memory, no event at either (in the habit's clause only: "my father used
            # to go to X; on Monday he returned to Y", "..., but on Monday he returned to Z" tell the return)
    out, listed_end, home_end, supply_end = [], None, None, None
    # (quick tests first, for speed: every _CLUB_WORD match holds "lub" or "F"; every _SCORE match a dash between its
    # numbers, or "League" or "up")
    club = ("lub" in sentence or "F" in sentence) and _CLUB_WORD.search(sentence) is not None
    result = any(map(sentence.__contains__, _SCORE_PARTS)) and _SCORE.search(sentence) is not None
    sports = has_stem(sentence, _SPORTS_STEMS) and _SPORTS_WORD.search(sentence) is not None
    fixture = (" v" in sentence) and _FIXTURE.search(sentence) is not None
    away_told = any(map(sentence.__contains__, (" v", "away", "home")))
    for m in mentions:
        if described and described[0] <= m.begin < described[1] \
                and not _JOURNEY.search(sentence, described[0], m.begin):
            continue
        if any(b <= m.begin < e for b, e in born):
            continue
        before = sentence[max(0, m.begin - 80):m.begin]
        framed = ends_with_word(before, _FRAME_LAST_WORDS)        # (a quick test before the regexes)
        if framed and _HOME_OF.search(before) and (any(n.begin > m.end for n in mentions)
                                                   or _HELD_ABROAD.search(sentence, m.end)):
            continue                       # (alone, the home is where it happened: "a resident of Shusha was
                                           # killed by mortar fire on the town"; but "a resident of X, has been
                                           # held in Azerbaijan since June" is held in the other country)
        if (home_end is not None and _LIST_JOIN.fullmatch(sentence, home_end, m.begin)) or (
                before.endswith(("from ", "the ", " at ", " in ", " of ")) and (
                    (_HELPERS_FROM.search(before) and _AT_WORK.search(sentence)
                     and not _TO_AFTER.match(sentence, _list_after(sentence, m, mentions)[0])) or (
                    (_PERSON_FROM.search(before) or _PUNDIT_IN.search(before))
                    and _speaks_next(sentence, m, mentions)
                    and not _home_harm_told(sentence, m, mentions, before)
                    and not _home_told_back(sentence, m, mentions, before)) or (
                    (_PATRON_FROM.search(before) or _THE_PATRON_FROM.search(before))
                    and not home_harm_told(sentence, m.end)
                    and not _HOME_AGAIN.search(sentence, m.end) and not HOME_NEWS_AFTER.search(sentence, m.end)
                    and not _own_people_in_the_news(sentence, before)))):
            home_end = m.end               # "firefighters from X and Y worked ...", "a friend from Z told me":
            continue                       # who they are, not where it happened
        if before.endswith((" from ", " to ", " between ")) and _DRIVES_RUN_BEFORE.search(before) \
                and _ASIDE_THEN_SPEAKS.match(sentence, m.end) and not _war_told(sentence) \
                and not _ROAD_TOLD.search(sentence, m.end):
            continue                       # "the cousin, who drives the flour lorry from X, says ...": who the
                                           # teller is
        if before.endswith("the ") and _WORKS_AT_BEFORE.search(before) and _WORKPLACE_TELLS.match(sentence, m.end) \
                and any(n.place != m.place for n in mentions):
            continue                       # "a customer who works at the X coach station told us that ... Y":
                                           # where the teller works, the news is at Y
        if before.endswith((" in ", " at ", "the ")) and ((_STAFF_IN.search(sentence, 0, m.begin)
                                                           and not _STAFF_PLACE_TOLD.match(sentence, m.end))
                                                          or _DESK_AFTER.match(sentence, m.end)) \
                and not _HARM_TOLD.search(sentence):
            continue                       # "Our photographer is in X", "Duty editor in Y until 23:00",
                                           # "filing through the Z desk": where the newsroom's people sit, no news
        if before.endswith("ur ") and _OUR_BEFORE.search(before) and _OWN_THING_AFTER.match(sentence, m.end) \
                and not _war_told(sentence) and not _OWN_THING_LOST.search(sentence):
            continue                       # "Our X diorama was begun last autumn": the writer's own thing
        if before.endswith((" ", "the ")) and (_SEAT_FOR.search(before) or (
                _REPORTER_CREDIT_IN.search(sentence[:m.begin]) and sentence[m.end:m.end + 2].lstrip().startswith(":"))):
            continue                       # "The member for X", "Reporter in Y: ...": who the person is
        heights = before.endswith("the ") and _HEIGHTS_ABOVE.search(before)
        if heights and _ROAD_AFTER.match(sentence, m.end) and not FIRE_FROM_HEIGHTS.search(before, 0, heights.start()):
            continue                       # "heights that overlook the Lachin road": where the heights are (but
                                           # "fired on cars from heights above the Goris road": the road is hit)
        if before.endswith(("from ", " in ", "the ")) and _ADDRESSEES_IN.search(before):
            continue                       # "if any of you in X can help": where the readers are
        if before.endswith(" in ") and _CUSTOMERS_ADDRESSED.search(sentence, 0, m.begin) \
                and sentence.startswith(":", _list_after(sentence, m, mentions)[0]):
            home_end = m.end               # "Customers in X and Y: bring your bags ...": a notice's readers, by
            continue                       # where they are
        if before.endswith(("from ", "from the ", " in ", "in the ")) \
                and (_BACKERS_AT.search(before) or (_DONOR_AT.search(before) and _DONOR_GAVE.match(sentence, m.end))) \
                and not _TO_AFTER.match(sentence, _list_after(sentence, m, mentions)[0]):
            home_end = m.end               # "listeners from X and Y sent messages": who they are
            continue
        if before.endswith((" to ", " for ", " in ", " at ", " near ")) \
                and (_ROUND_TO.search(before) or (_BY_RUN_TO.search(before) and _RUNS_WEEKLY.match(sentence, m.end))) \
                and not _HARM_TOLD.search(sentence) and not _SHUT_OR_OPENED.search(sentence) \
                and not _RUN_RESUMED_OR_STOPPED.search(sentence):
            home_end = m.end               # "sent by the Thursday van to X, Y and Z": where a shop's van or a
            continue                       # club's trip goes (and the list it opens)
        home_end = None
        if before.endswith((" in ", " at ", " near ", "the ")) and _SERVES_AT.search(before) \
                and not _UNIT_AFTER.match(sentence, m.end):
            continue                       # "his brother is doing his military service in X": where he serves
        if before.endswith((" in ", " at ")) and _FAMILY_OCCASION_IN.search(before) and not _war_told(sentence) \
                and not _DAY_NEXT.match(sentence, m.end):
            continue                       # "horns for a wedding in X", "away for his grandmother's funeral in Y":
                                           # where a family's day is held, no event (older sets: 0 of 4 annotated;
                                           # but "attended a wedding in Z on Sunday" reports the day held there)
        if before.endswith((" in ", " at ")) and "stop" in before and _MEAL_STOP_IN.search(before) \
                and not _war_told(sentence) and not _EVENT_TOLD.search(sentence):
            continue                       # "we stopped for soup in X on the way home": a traveller's meal, no event
        if before.endswith(("from ", "from the ", "around ", "near ")) and _GROUP_FROM.search(before) \
                and (_named_elsewhere_after(sentence, m, mentions) or _STAYING_NOW.match(sentence, m.end)):
            home_end = m.end               # "workers from X were on their way to Y": their home, not the scene
            continue                       # (and the list it opens: "from X and Z")
        if before.endswith(("from ", "from the ")) and _REACTION_FROM.search(before):
            home_end = m.end               # "no reaction from X", "the answer from X and Y": the sides' word
            continue                       # (and the list it opens)
        if before.endswith(("from ", "from the ")) and _WHERE_GROUP_FROM.search(before):
            continue                       # "..., where a family from X shared their tea"
        kin = before.endswith(("in ", "in the ", "from ", "from the ")) \
            and (_OWN_KIN_IN.search(before) or _WE_HAVE_KIN_IN.search(before)
                 or (_YOUR_KIN_IN.search(before) and any(n.begin > m.end and n.place != m.place for n in mentions))) \
            and not (before.endswith(("from ", "from the ")) and HOME_NEWS_AFTER.search(sentence, m.end)) \
            and not _KIN_LIST_TOLD.match(sentence, _list_after(sentence, m, mentions)[0])
        # (kin from a place told captured or fled keep it, and kin in places whose news a clause after their list
        # tells: "have family in Lachin and Kalbajar, which were handed over on Monday")
        staying = "stay" in before and _STAYING_WITH_KIN_IN.search(before) and not _EVENT_TOLD.search(sentence) \
            and not _GROUP_FLED.search(sentence)
        if before.endswith(("in ", "in the ", "from ", "from the ")) and not _war_told(sentence) and (
                _LIFE_YEARS_IN.search(before) or _KIN_HOME_IN.search(before) or kin or staying
                or (_AT_KIN_S_IN.search(before) and not _GROUP_FLED.search(sentence)
                    and not _EVENT_TOLD.search(sentence) and not _KIN_STAY_NEWS.search(sentence))
                or (_DIED_IN.search(before) and _AT_AGE.search(sentence, m.end))):
            if kin or staying:
                home_end = m.end           # (and the list it opens: "have family in the X and Y districts",
                                           # "staying with relatives in X and Y")
            continue                       # "apart from his student years in X", "in a cousin's flat in Y", "died
                                           # in Z at the age of 80", "our secretary has family in W": a private
                                           # life's places, no event there
                                           # ("who is at his sister's in V": a stay at kin's home)
        if before.endswith(("to ", "to the ")) and _CAME_TO_STAY_BEFORE.search(before) \
                and _STAYING_WITH_AFTER.match(sentence, m.end) and not _war_told(sentence) \
                and not _EVENT_TOLD.search(sentence):
            continue                       # "his mother has come to X and is staying with him": a private lodging
        if _TIME_BY_PLACE.fullmatch(sentence, 0, m.begin) and _TELLER_ASIDE.match(sentence, m.end) \
                and any(n.begin > m.end and n.place != m.place for n in mentions):
            continue                       # "After Sumgait, the site writes, the first step in X was ...": a time
                                           # told by a place's known events, the news is at the place after it
        if before.endswith(("in ", "at ")) and _WHAT_HAPPENED.search(before) and not _war_told(sentence) \
                and not sentence.startswith(", where", m.end):
            home_end = m.end               # "held responsible for what happened in X, Y and Z": events told
            continue                       # elsewhere, named again (and the list it opens)
        if before.endswith(("in ", "in the ")) and _TRADERS_IN.search(before) and not _HARM_TOLD.search(sentence) \
                and _group_of_elsewhere(sentence, m, mentions):
            home_end = m.end               # "fuel traders in X spent the day reading the news from Y": where the
            continue                       # market sits, not the scene
        if before.endswith(("in ", "in the ")) and _MEMBERS_IN.search(before) and not _war_told(sentence) \
                and _group_of_elsewhere(sentence, m, mentions):
            home_end = m.end               # "goes to 400 former pupils in X, Y and Z": where a readership or a
            continue                       # membership lives (and the list it opens), no event there (not
                                           # "students in X returned to classes", told of the town alone)
        if before.endswith((" in ", " at ", "the ")) and _SERVICE_IN.search(before) \
                and not _SERVICE_NEWS.search(before) and not _SERVICE_NEWS_AFTER.match(sentence, m.end) \
                and not _HARM_TOLD.search(sentence) and not _EVENT_TOLD.search(sentence) \
                and not _TREATED.search(sentence) and not WAR_NEWS.search(sentence):
            continue                       # "took them to the clinic in X": where the service is, not an event
                                           # (not "troops took over the clinic in X", "families who fled shelter")
        if _trade_errand(sentence, m.begin):
            continue                       # "tops posted to X", "our supplier in Y": a trade's errands, no event
        if before.endswith(("of ", "of the ")) and _CARD_OF.search(before) and not _war_told(sentence) \
                and not _HARM_TOLD.search(sentence):
            continue                       # "a card of X taken in 1910", "the postcard of the Y cathedral": what a
                                           # collector's picture shows, no event there
        if len(mentions) > 1 and (("grave" in before and _KIN_GRAVE.search(before)) or (
                before.endswith((" from a ", " from an ")) and _FROM_TOWN_BUILDING.match(sentence, m.end))):
            continue                       # "earth from his father's grave in X", "a family from a Y hostel", told
                                           # with another place: family history and homes, not the news's scene
        if before.endswith(("the ", "enlarged ", "consolidated ", "united ", "rural ")) \
                and _COMMUNITY_AFTER.match(sentence, m.end):
            if _COMMUNITY_OF.search(before) and (any(n.place != m.place for n in mentions)
                                                 or not (_SETTLEMENT_AGAIN.search(sentence, m.end)
                                                         or _HARM_TOLD.search(sentence))):
                continue                   # "the head of the enlarged X community" with its villages, or alone
                                           # in the title of one who speaks of other things: an office
        if m.begin == 3 and sentence.startswith("In ") and _OFFICE_OPENS.match(sentence, m.end) and (
                _VILLAGES_WORD.search(sentence, m.end) or any(n.place != m.place for n in mentions)):
            continue                       # "In X, officials say a plan for the four villages ...": their seat
        if before.endswith(" in ") and (((_TAKEN_IN_CAPITAL.search(before) or (
                _DECREE_IN_CAPITAL.search(before) and _DECREE_ACTS.match(sentence, m.end)))
                                         and _is_capital(m)
                                         and any(n.place != m.place for n in mentions))
                                        or _MATCH_VENUE.search(before)):
            continue                       # "remembered in Baku", "lost two-nil in Yerevan": no event there
        if before.endswith(" in ") and _TAKEN_AS_IN_CAPITAL.search(before) and _AS_AFTER.match(sentence, m.end) \
                and _is_capital(m):
            continue                       # "still seen in Baku as the high point": a judgement held there
        if before.endswith("from ") and _WROTE_FROM.search(before) and not _HARM_TOLD.search(sentence):
            continue                       # "a reader wrote to us from X": where the writer is
        if (before.endswith(("of ", "of the ")) and _TREATY_OF.search(before)) or _TREATY_AFTER.match(sentence, m.end):
            continue                       # "under the Treaty of X": a treaty's name
        if before.endswith(("name ", "of ")) and _UNDER_NAME.search(before):
            continue                       # "under the name of X": a name given, not a place of the event
        if before.endswith(" in ") and _REACTION_IN.search(before) and _is_capital(m) \
                and not _HARM_TOLD.search(sentence) and not _EVENT_TOLD.search(sentence) \
                and not _CROWD_TOLD.search(sentence) and not _WHERE_AFTER.match(sentence, m.end):
            continue                       # "the reaction in Baku will follow": what a capital says, no event there
        if before.endswith("from ") and _LED_FROM.search(before) and not _HARM_TOLD.search(sentence) \
                and not _EVENT_TOLD.search(sentence) \
                and not _TO_AFTER.match(sentence, _list_after(sentence, m, mentions)[0]):
            continue                       # "the fighters were led from X": the seat of command
        if _BORDERS_BEFORE.search(before) and not _BORDERING_THE.search(before) and not _HARM_TOLD.search(sentence) \
                and not _EVENT_TOLD.search(sentence) and not _SHUT_TOLD.search(sentence):
            continue                       # "the district borders X, the second city": where the area lies
        if before.endswith(" in ") and _CONTACT_IN.search(before) and _WHO_IS.match(sentence, m.end) \
                and not _HARM_TOLD.search(sentence, m.end) and not _EVENT_TOLD.search(sentence, m.end):
            continue                       # "a cousin in X who spends her days at the office": where she lives
        if _MERGED_TO.search(before) and _AREA_WORD_AFTER.match(sentence, m.end):
            continue                       # "joined it to the neighbouring X district": an administrative act
        if before.endswith(" in ") and _SEAT_IN.search(before) and not _HARM_TOLD.search(sentence) \
                and not _SEAT_RAIDED.search(sentence) and not _GOODS_LEFT.search(sentence) \
                and not _EVENT_TOLD.search(sentence) and not _PROTEST_AT_SEAT.search(before):
            continue                       # "at the regional office in X", "the studio in Y": where a body sits
        if "through" in before and _ROUTE_THROUGH.search(sentence, 0, m.begin) \
                and _AREAS_AFTER.match(sentence, m.end) \
                and not _ROUTE_NEWS.search(sentence) and not _war_told(sentence):
            continue                       # "the road passes through the A and B districts": its course
        if before.endswith((" in ", " in the ")) \
                and (_WORKPLACE_IN.search(before) or (_WORKS_IN_TOWN.search(before, max(0, m.begin - 40))
                                                      and not _TOWN_TOLD_AGAIN.search(sentence, m.end))) \
                and not _HARM_TOLD.search(sentence) \
                and not _war_told(sentence) and not _WORK_DAY_AFTER.match(sentence, m.end):
            continue                       # "now teaches in a school in X", "who works in Y": where the person works
        site = (_SITE_AFTER.match(sentence, m.end) or _SITE_WORD_END.search(m.text)) \
            if before.endswith(("at the ", "in the ")) and _WORK_AT_SITE.search(before) \
            and not _WORK_STOPPED.search(sentence) else None
        # (the site's own name blanked: its "mine" is no landmine, no harm told)
        unnamed = sentence[:m.begin] + " " * (max(m.end, site.end()) - m.begin) + sentence[max(m.end, site.end()):] \
            if site else ""
        if site and not _HARM_TOLD.search(unnamed) and not _war_told(unnamed) \
                and not _WORK_DAY_AFTER.match(sentence, site.end()):
            continue                       # "most work for a firm and some at the X mine": where they earn a living
        if before.endswith(" in ") and _ACCORDING_TO_BODY_IN.search(before) \
                and any(n.place != m.place for n in mentions):
            continue                       # "according to the Defence Army in X": the speaker's seat
        if m.begin < 4 and capital_body and _is_capital(m) and capital_body.end(1) == m.end:
            continue                       # "In Baku the defence ministry said ...": the ministry's seat
        if capital_office and capital_office.end(1) == m.end and _is_capital(m) and (
                not capital_news or any(n.begin > m.end and n.place != m.place for n in mentions)):
            continue                       # "In Yerevan, the Security Council confirmed ...": the office's seat
                                           # (harm, arrests or a meeting told with no other place are the capital's)
        if scene_heading and m.end <= scene_heading.end() and _nothing_told(sentence):
            continue                       # "SC 04 (10:00-12:30) X, street at dusk.": a scene's heading
        if notice_head and m.end <= notice_head.end() and _NOTICE_PLAN.search(sentence) and _nothing_told(sentence):
            continue                       # "X: the choir will meet on Thursday": a parish notice
        if before.endswith((" of ", " in ", " of the ", " in the ")) and _NOT_REACHED.search(before) \
                and not _HARM_TOLD.search(sentence):
            home_end = m.end               # "could not reach the village heads of X or Y": people the outlet
            continue                       # tried to call, nothing told of their villages
        if before.endswith("work in ") and _WORK_IN.search(before) and not _HARM_TOLD.search(sentence):
            home_end = m.end               # "some men go to work in X or Y": where people earn a living
            continue
        if before.endswith(("to ", "for ")) and _FOR_WORK_AFTER.match(sentence, m.end) and _GONE_TO.search(before) \
                and not _HARM_TOLD.search(sentence):
            home_end = m.end               # "have gone to X or Y for work": the same, the work told after
            continue
        if sentence[m.end:m.end + 1] in "'’" and _TEAM_OF.match(sentence, m.end):
            continue                       # "Syunik's youth team lost two-nil": the team, not its province
        if (" team" in sentence or " side" in sentence or " club" in sentence or " squad" in sentence) \
                and not _HARM_TOLD.search(sentence) and (
                _TEAM_NAMED.match(sentence, m.end) or (
                before.endswith("from ") and _RIVALS_FROM.search(before))):
            continue                       # "the Goris youth team beat its rivals from Sisian 3-1": two towns'
                                           # teams, a match result and no event in either town
        if before.endswith(", ") and _BRANCH_CLOSES.match(sentence, m.end) and not _HARM_TOLD.search(sentence):
            continue                       # "From the Council of Veterans, Ganja branch": a letterhead's sender
        if m.text in _LANDMARK_NOUNS and _LANDMARK_OF.match(sentence, m.end):
            continue                       # "buried in the Alley of Honour in X": a landmark's name (GeoNames
                                           # has towns spelled like the common noun), not a town
        if _SHARED_OFFICE.match(sentence, m.end):
            continue                       # "the A and B districts share one representative": a remit
        if ends_with_word(before, ("in", "on", "at", "near")) and _NOTHING_REPORTED.search(before):
            continue                       # "we have no reports of anything falling on X": nothing happened there
        if ends_with_word(before, ("of", "from")) and _PERSON_OF.search(before) \
                and _HELD_ABROAD.search(sentence, m.end):
            continue                       # "Karen, a 30-year-old from X, is held in Azerbaijan", "Karen Avetisyan
                                           # of X is being held in Azerbaijan": his home, not where he is held
        no_such = _NO_SUCH_PLACE.search(before) if " no " in f" {before.lower()}" else None
        if no_such:                        # "there is no village called X", "No settlement named Y exists": a name
            listed_end = m.end if no_such.group("kind").endswith("s") else None   # disputed, no event at X (nor
            continue                       # at B of "no villages called A and B")
        if (framed and (_REMIT.search(before) or _EXCEPT.search(before))) or (
                ("epresentative" in before or "nvoy" in before) and _ENVOY_FOR.search(before)) or (
                m.place.precision in ("district", "region")
                and m.place.source != "approximate"   # (not a village placed at its area: "families from X in Syunik")
                and _PEOPLE_OF_AREA.search(before) and not _AREA_LEFT.match(sentence, m.end)) or (
                ("lived" in before or "spent" in before) and _lived_before(before, sentence)) or (
                ("lived" in before or "living" in before) and _LIVED_IN_BEFORE.search(before)
                and _FOR_YEARS.match(sentence, m.end)) or (
                ("lived" in before or "living" in before or "spent" in before) and _LIVED_MEANWHILE.search(before)
                and not (_REL_AFTER.match(sentence, m.end) and _war_told(sentence))) or (
                "who" in before and _FROM_WHO_LIVE_IN.search(before)) or (
                "based" in before and _BASED_IN.search(before)) or (
                ("base" in before or "headquarter" in before or "stationed" in before)
                and _UNIT_HOME.search(before) and not _unit_hit_at_home(sentence, m, mentions)) or (
                listed_end is not None and _LIST_GAP.match(sentence[listed_end:m.begin])) or (
                before.endswith(("in ", "in the ")) and _remit_listed(sentence, m, mentions, before)) or (
                " to " in before and _BUILT_TO_SERVE.search(before)) or (
                "fields" in before and _FIELDS_OF.search(before) and _WATER_TOLD.search(sentence)
                and not _HARM_TOLD.search(sentence) and not WAR_NEWS.search(sentence)) or (
                ("isk" in before or "hreat" in before or "ecurity" in before) and _RATED_FOR.search(before)) or (
                "rating" in before and _OWN_RATING_FOR.search(before) and not WAR_NEWS.search(sentence)
                and not home_harm_told(sentence, 0)) or (
                before.endswith(" in ") and _HEARD_IN.search(before)):
            listed_end = m.end             # "for Khankendi and the Aghdara and Khojaly districts"
            continue
        listed_end = None
        if (("not" in before or "never" in before or "n't" in before or "n’t" in before)
                and _NOT_VISITED.search(before) and not _WHERE_AFTER.match(sentence, m.end)):
            continue
        if "not" in before and _NOT_THERE.search(before):
            continue                       # "positioned around the lake, not in X or in Y": where they are not
        if " not " in sentence and _NOT_UNDER_RULE.match(sentence, m.end) and not _HARM_TOLD.search(sentence) \
                and not _STRUCK.search(sentence) and not _RULE_LIFTED.match(sentence, _NOT_UNDER_RULE.match(sentence, m.end).end()):
            continue                       # "X is not under the curfew": the rule does not reach the place
        if "have" in before and _COUNTERFACTUAL.search(before):
            continue                       # "would have gone to X had the road been open": it did not happen
        if (" be held " in before or " take place " in before or "ing " in before) and _MOOTED_VENUE.search(before) \
                and not _WHERE_AFTER.match(sentence, m.end):
            continue                       # "the talks might be held in X or Y", "asking them to come to Z": a
                                           # venue guessed at or offered, nothing held there
        if (" could " in before or " might " in before or " may " in before) and _MOOTED_BORDER_WORK.search(before) \
                and not _HARM_TOLD.search(sentence) and not _WHERE_AFTER.search(sentence, m.end):
            continue                       # "delimitation could begin on the section from X to Y": work mooted
            # (not with what happened there told after it: "..., where troops advanced on Tuesday")
        if "now" in before and (_NOW_LIVE_IN.search(before) or (
                _NOW_LIVING_APPOSED.search(before) and not _HARM_TOLD.search(sentence)
                and not (_REL_AFTER.match(sentence, m.end) and _war_told(sentence)))):
            continue                       # "our people who now live in Yerevan": who they are, their home since
        if before.endswith(" in ") and _BRIEFING_VENUE.search(before) and _words_tell_elsewhere(sentence, m, mentions):
            continue                       # "told a briefing in X that Y was lost": the venue of the words
        if before.endswith(" in ") and _SAID_IN.search(before) and _words_tell_elsewhere(sentence, m, mentions) \
                and not _town_before_others(sentence, m, mentions):
            continue                       # "a delegate said in X yesterday that he had been in Y": where he spoke
        if before.endswith(" in ") and _TOLD_REPORTERS_IN.search(before) and _words_tell_elsewhere(sentence, m, mentions) \
                and _PLAN_TOLD.search(sentence, m.end) and not _war_told(sentence):
            continue                       # "told reporters in X that the roads of Y should be finished": the same
        if before.endswith(" in ") and _SAID_IN.search(before) and _SPOKESMAN_BEFORE.search(before) \
                and (not _THAT_BACK.match(sentence, m.end) or _THAT_THERE_IS.match(sentence, m.end)) \
                and not _CITY_ITSELF.search(sentence, m.end):
            continue                       # "a spokesman said in X that the front held": his office's seat
        if m.begin == len(_FROM_OPENING) and sentence.startswith(_FROM_OPENING) and _from_speaker(sentence, m, mentions):
            continue                       # "From X, the spokesman claimed that troops neared Y": where he spoke from
        if before.endswith((" from ", " near ", " outside ")) and _DATELINE_FROM.search(before) \
                and _words_tell_elsewhere(sentence, m, mentions) and not _TOWN_ITSELF.search(sentence, m.end):
            continue                       # "the agency reported from X that Y was blockaded": where it wrote from
        if "travel" in before and _TRAVEL_BARRED.search(before):
            continue                       # "no staff are to travel to X": an instruction, nothing happened there
        if (" sell " in before or " buy " in before or " trade " in before or " shop " in before) \
                and _TRADES_IN.search(before):
            continue                       # "I sell in X, Y and the villages around Z": a trader's habit
        if ("need" in before and _NEEDED_TO_GO.search(before)) or (" to " in before and _MEANT_TO_GO.search(before)
                                                                   and not _REL_AFTER.match(sentence, m.end)):
            continue                       # "patients needed to be taken to X", "were to be driven on to Y": a
                                           # need or a plan, not an event (but "were to be taken to Z, where they
                                           # arrived at dawn" tells what came of it)
        if (supply_end is not None and _SUPPLY_LIST_GAP.match(sentence[supply_end:m.begin])) or (
                (" to " in before or " in " in before or "reach" in before) and _SUPPLY_BACK.search(before)):
            supply_end = m.end             # "gas would reach X on 28 March": a utility back, routine (and the
            continue                       # list or other name after it: "X, which Armenians call Y")
        supply_end = None
        if _comparison(sentence, m, before):
            continue
        if before.endswith((" of ", " from ", " near ", " outside ", "the ", " to ")) \
                and _apposed_locator(sentence, m, mentions):
            continue                       # "Yelpin, near Yeghegnadzor, said", "took X, an enclave belonging to Y":
                                           # where Yelpin lies, the area X is part of
        if before.endswith(" in ") and (_CORRESPONDENT_IN.search(before) or _CONTACT_IN.search(before)) \
                and _speaks_next(sentence, m, mentions) \
                and any(n.begin > m.end and n.place != m.place for n in mentions):
            continue                       # "Our correspondent in X says shots hit Y": where the report comes from
        if before.endswith(" in ") and _SPEAKER_BODY_IN.search(before) \
                and (_speaks_next(sentence, m, mentions) or _QUOTED_AS_SAYING.match(sentence, m.end)) \
                and any(n.place != m.place and not (n.begin <= m.begin < n.end) for n in mentions) \
                and not _TOWN_ITSELF.search(sentence, m.end) and not _THERE_AFTER.search(sentence, m.end):
            continue                       # "a ministry spokesman in X added that Y fell": where the speaker sits
        if _cut_off_from(sentence, m, mentions, before):
            continue                       # "A and B are cut off from C": C only says from where
        if _PAST_EVENT.match(sentence, m.end) or _far_from(before) or _distance_to(sentence, m, before) \
                or _OFFICE_AFTER.match(sentence, m.end) \
                or (m.place.precision in ("district", "region") and ("'s " in sentence or "’s " in sentence)
                    and _AREA_OFFICE_AFTER.match(sentence, m.end) and any(n.place != m.place for n in mentions)) \
                or ("home" in before and _HOME_TO.search(before)):
            continue
        if (_TOWNS_OWN_AFTER.match(sentence, m.end) or _TRADESMAN_AFTER.match(sentence, m.end)) and (
                _THE_OR_OURS.search(before) or (
                _THE_GATHERING.search(sentence[:m.begin]) and _GATHERING_AFTER.match(sentence, m.end))) \
                and not _HARM_TOLD.search(sentence) and not _STRUCK_TOLD.search(sentence):
            continue                       # "thanks to the Stepanakert pharmacy", "the Ganja summer fair": the
                                           # town's shop or gathering, nothing that happened in the town
        if club and (_in_club_name(sentence, m, before) or _CLUB_PLACE.search(before)):
            continue
        if "team" in before and _TEAMS_FROM.search(before) \
                and _TEAM_ANSWERS.match(sentence, _list_after(sentence, m, mentions)[0]) and not _war_told(sentence):
            continue                       # "teams from X and Y have said yes": a contest's entrants by their towns
        if before.endswith(("from ", "from the ", "the ")) \
                and (_OPPONENTS_FROM.search(before)
                     or (_GAME_AGAINST_TOWN.search(before) and _OPPONENTS_AFTER.match(sentence, m.end))) \
                and not _war_told(sentence):
            continue                       # "the friendly against the riders from X": the other side, by its town
        if sports and _club_by_town(sentence, m, before):
            continue                       # "the Shirak Gyumri striker": the club, not its town
        if result and _in_team_result(sentence, m, before):
            continue                       # "Gandzasar Kapan beat Urartu 2-1": the clubs, not their towns
        if fixture and _in_fixture(sentence, m, before):
            continue                       # "Riverside A v Kapan Eagles (home)": the team, not its town
        if away_told and _in_away_fixture(sentence, m, before):
            continue                       # "away in X", "Y v Z, home": a fixture's ground or side, no event
        if m.how != "exact" and before.endswith("the ") and _SURNAME_WORD.fullmatch(m.text) \
                and _FAMILY_THING.match(sentence, m.end):
            continue                       # "the Hakobyan farm": a family's, not a village a variant spelling reads
        if " of " in before and _VIEW_OF.search(before) and _VIEW_TOWARDS.match(sentence, m.end) \
                and _VIEW_TOLD.search(sentence):
            continue                       # "the slopes of X to the north": a mountain in the view
        if before.endswith(("from ", "from the ")) and _SOME_FROM.search(before) and _SOME_OTHERS.search(sentence):
            continue                       # "Some came from A, some from B": the group's homes, part by part
        if ("came" in before and _CAME_FROM.search(before)) or ("separat" in before and _SEPARATES.search(before)):
            if "came" in before and _CAME_FROM.search(before) and not HOME_NEWS_AFTER.search(sentence, m.end) \
                    and not home_harm_told(sentence, m.end):
                home_end = m.end           # (and the list it opens: "families who came from X and Y"; not one
                                           # left under fire: "who came from X and Y after the shelling")
            continue
        if before.endswith(("from ", "from the ")) and " of " in before and _PART_OF_THEM_FROM.search(before) \
                and not _GROUP_DRIVEN_OUT.search(sentence, 0, m.begin) and not _ROUNDS_FIRED.search(sentence, 0, m.begin) \
                and not HOME_NEWS_AFTER.search(sentence, m.end) and not home_harm_told(sentence, m.end):
            home_end = m.end               # "families arrived in X, some of them from A, B and C": where the people
            continue                       # of the sentence come from, no event there (and the list it opens)
        if (" from " in before and m.place.precision in ("district", "region")
                and (home := _FROM_VILLAGE_OF.search(before))
                and not (home.group("be") and (_war_told(sentence) or _RETURN_WORDS.search(sentence)))
                and not _FIRE_CAME.search(before) and not _LEFT_UNDER_FIRE.match(sentence, m.end)) \
                or ("ed in" in before and _BROKERED_IN.search(before)) \
                or (" to " in before and (hoped := _HOPED_VISIT.search(before)) and not _WISH_MET.search(sentence, m.end)
                    # (a promised trip, unless harm is told: "promised to come to X, and drones struck the town")
                    and not ("romis" in hoped.group() and _HARM_TOLD.search(sentence, m.end))):
            continue                       # "had come from a village of the X district", "a truce brokered in Y",
                                           # "I hope to visit Z": a home, a venue, a wish (see the patterns)
        if ((" to " in before or " in " in before) and _MEMBER_MOVED_TO.search(before)
                and not _MOVE_DATED.match(sentence, m.end)
                or ("whose" in before and _KIN_WORKED_AT.search(before))
                or ("lived" in before and _YEARS_IN_LODGING.search(before))) and not _war_told(sentence):
            continue                       # "a member who moved to X", "whose father farmed near Y", "lived for
                                           # years in a hostel in Z": who a private person is, no event there
        if _goods_origin(sentence, m, mentions, before) or (
                ("denied" in before or "refused" in before) and _JOURNEY_REFUSED.search(before)):
            continue
        if (" I " in before or " we " in before) and _MET_SPEAKER_IN.search(before) \
                and _SPEAKS_AFTER.match(sentence, m.end):
            continue                       # "a driver I spoke to in Goris said": where the words were heard
        if before.endswith(("from ", "from the ")) and ("Our " in before or "our " in before) \
                and _CREW_FROM.search(before):
            continue                       # "Our crew, which drove down from X": the reporters' journey
        if _FIRM_AFTER.match(sentence, m.end) and _FIRM_OF.search(before):
            continue                       # "lorries hired from two Baku firms": the firm's town, not the scene
        if before.endswith(("from ", "from the ")) and (_DRAFTED_FROM.search(before) or (
                _AGE_FROM.search(before) and _DISTRICT_AFTER.match(sentence, m.end))):
            continue                       # "drafted from the Imishli district", "Parvin, 19, from the Sabirabad
                                           # district": a soldier's home, not where he fell
        out.append(m)
    return out


# a place before the cue that only says where the places cut off lie: "villages in the X area had been cut off from Y"
_LOCATOR_BEFORE = prefilter.compile(r"\b(?:in|near|around|outside|across)\s+(?:the\s+)?$")


def _cut_off_from(sentence, mention, mentions, before):
    """Is the mention a town that places named before it in the sentence are cut off from (see _CUT_OFF_FROM)?"""
    if "from" not in before and "reach" not in before:
        return False
    for cue in _CUT_OFF_FROM.finditer(before):
        if _CUT_OFF_LIST.fullmatch(before, cue.end()):
            start = mention.begin - len(before) + cue.start()
            return any(n.end <= start and n.place != mention.place
                       and not _LOCATOR_BEFORE.search(sentence, max(0, n.begin - 20), n.begin) for n in mentions)
    return False


# a visit or a journey negated right before the place, or before a list that the place goes on ("has never visited
# A or B", "had not yet travelled to C", "didn't go to D"; not "not only visited", nor a way barred: "could not
# travel to E because the road was closed", "couldn't go to F")
_NOT_VISITED = prefilter.compile(r"(?:\b(?<!\bcould\s)(?:never|not|no\s+longer)|(?<!could)(?<!\bca)n['’]t)\s+(?!only\b)"
                                 r"(?:(?:yet|once|ever|again|even|since|personally|officially|actually)\s+)*(?:(?:have|has|had|be)\s+)?(?:visit(?:ed|ing|s)?|"
                                 r"been\s+(?:back\s+)?to|travell?(?:ed|ing)?\s+(?:back\s+)?to|(?:gone|go|went|come|came|flown|fly|"
                                 r"flew)\s+to|set\s+foot\s+in)\s+(?:the\s+)?"
                                 rf"(?:{_NAME}(?:\s+{_NAME})?(?:\s*,\s*|\s+(?:and|or|nor)\s+)(?:the\s+)?)*$")


# a place said to be where people or things are not, or the list that goes on from it: "the troops are positioned
# around the lake, not in A or in B", "the soldiers were not in C" (a correction of where they are; the place is no
# event, as a denial is not)
_NOT_THERE = prefilter.compile(r"(?:,|\b(?:are|is|were|was))\s+(?:but\s+)?not\s+(?:in|at|inside)\s+(?:the\s+)?"
                               rf"(?:{_NAME}(?:\s+{_NAME})?(?:\s*,\s*|\s+(?:and|or|nor)\s+)(?:(?:in|at|inside)\s+)?(?:the\s+)?)*$")


# a place, or a list of places, said to be outside a restriction: "X is not under the curfew", "A and B are not
# covered by martial law" (nothing is in force there; "X is now under the curfew" is news)
_NOT_UNDER_RULE = prefilter.compile(rf"(?:\s+(?:district|region|town|city))?(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?{_NAME}"
                                    r"(?:\s+(?:district|region|town|city))?)*\s+(?:is|are|was|were|remains?|remained)\s+not\s+"
                                    r"(?:yet\s+|even\s+)?(?:under|subject\s+to|covered\s+by|included\s+in|among\s+the\s+places\s+"
                                    r"under)\s+(?:the\s+|any\s+|a\s+)?(?:curfew|martial\s+law|lockdown|quarantine|"
                                    r"state\s+of\s+emergency)\b", re.I)
# (a rule lifted is the place's news: "X is not under the curfew any more")
_RULE_LIFTED = prefilter.compile(r"\s+(?:any\s*more|any\s+longer|no\s+longer)\b", re.I)


# a modal perfect before the place in its clause: what would, could or might have happened did not ("would have
# gone to X if the road had been open", "could have asked about the road through Y", "had the pass been open, the
# buses could have reached Z"); the clause runs to the place with no punctuation between; "could" or "might" before a
# passive guesses at what did happen ("the drone might have been launched from X") and is left alone, as is a need
# ("supplies would have to pass through Y")
_COUNTERFACTUAL = prefilter.compile(r"(?:\bwould(?:\s+not|n['’]t)?\s+have|"
                                    r"\b(?:could|might)(?:\s+not|n['’]t)?\s+have(?!\s+been\b))"
                                    r"(?!\s+to\b)\s+[^,;:.!?()\"“”—–]{1,60}$")


# where people described in a relative clause live now, after leaving home: "including our people who now live in
# Yerevan", "said Gayane, who now lives in Yerevan", also after another verb of the same clause: "Aram, who learned
# the trade from his father and now lives in X" (who they are; the sets leave it out, as the home a speaker's
# description gives: 24 of 28 "lives in X" unannotated)
_NOW_LIVE_IN = prefilter.compile(r"\bwho\s+(?:[^,;:.()]{1,60}?\s+and\s+)?(?:now|today)\s+"
                                 r"(?:lives?|are\s+living|is\s+living)\s+in\s+(?:the\s+)?$")
# "Two survivors, now living near X, describe ...": the apposition says who they are (kept when the sentence tells
# harm: "Two brothers, now living in X, were wounded by shelling")
_NOW_LIVING_APPOSED = prefilter.compile(r",\s+(?:now|today)\s+(?:(?:aged\s+)?\d{1,3}\s+and\s+)?living\s+(?:in|near|outside|"
                                        r"around)\s+(?:the\s+)?$")
# the venue of a briefing or news conference where a speaker tells of another place: "told a briefing in X that Y had
# been lost", "admitted at a news conference in X that ..." (where the words were said; most sets, 5 against 3, leave
# it out when the sentence's news is at another named place)
# (the words follow at once: "... in X that ..."; not "Speaking at a news conference in X on Friday, ...", which the
# sets keep at X)
# (a day may come between: "reported from X today that ...", "... on Monday that ...")
_DAY_BETWEEN = r"(?:\s+(?:today|yesterday|tonight|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
_THAT_AFTER = prefilter.compile(r",?" + _DAY_BETWEEN + r",?\s+that\b", re.I)
# ... unless the words tell of the venue itself: "told a briefing in X that the city had been shelled and that Y ..."
# (not "that the village of Y ...", which names another place)
_THAT_BACK = prefilter.compile(r",?" + _DAY_BETWEEN + r",?\s+that\s+(?:the\s+(?:city|town|village|capital|settlement)\b(?!\s+of\b)|"
                               r"it|itself|there|here)\b", re.I)
# a relative clause on the place: "now living in X, where a rocket struck ...", "in X, which was shelled in 2020"
# (with war or harm told, the place is the scene, not only a home)
_REL_AFTER = prefilter.compile(r",?\s+(?:where|which)\b")
# an outlet's dateline, told as where it reported from, before the words it reports: "the agency reported from X that
# Y had been blockaded" (as the venue above: the sets keep X when the words tell of X itself, "TASS reported from X
# that the city had been fired on", and leave it out when they tell of another named place)
# (from near it too: "TASS reported from near X today that ...")
_DATELINE_FROM = prefilter.compile(r"\b(?:reported|wrote|cabled|said)\s+from\s+(?:near\s+|outside\s+)?$")
# ... and kept when its words tell of the town anywhere in them: "reported from X that shells hit the city and Y"
_TOWN_ITSELF = prefilter.compile(r"\bthe\s+(?:city|town|capital)\b(?!\s+of\b)", re.I)
_BRIEFING_VENUE = prefilter.compile(r"\b(?:at|told|to|gave|held)\s+an?\s+(?:press\s+|news\s+)?(?:briefing|conference)\s+in\s+$")
# ... or said there before words of another named place: "a Red Cross delegate said in X yesterday that he had seen Y
# burning" (as the venue above; alone, the town is the news: "the minister said in X that the bridge was too small")
# (not "told reporters in X that ...", which the older sets keep as where the news was given when the words tell of
# war: "told reporters in X that units trying to enter Y were driven back"; a plan for another place leaves it: "told
# reporters in X that the roads of Y should be finished in spring")
_SAID_IN = prefilter.compile(r"\b(?:said|stated|declared|claimed|announced)\s+in\s+$")
_TOLD_REPORTERS_IN = prefilter.compile(r"\btold\s+(?:reporters|journalists)\s+in\s+$")
_PLAN_TOLD = prefilter.compile(r"\b(?:should|will|would|must|is\s+to|are\s+to)\s+be\s+(?:finished|built|completed|opened|"
                               r"ready|repaired|rebuilt)\b")
# ... or a spokesman said there, whatever his words tell: "a spokesman for the defence ministry said in X that the
# front held" (older sets: 3 of 3 such towns unannotated: the seat of the office he speaks for), unless the words tell
# of the town itself ("said in X that the city had been shelled")
_SPOKESMAN_BEFORE = prefilter.compile(r"\bspokes(?:man|woman|person|men|women|people)\b[^.;:]{0,80}$", re.I)
_CITY_ITSELF = prefilter.compile(r"\bthe\s+(?:city|capital)\b(?!\s+of\b)", re.I)
# ("that there was a danger" is no word of the town: "there" opens the clause)
_THAT_THERE_IS = prefilter.compile(r",?" + _DAY_BETWEEN + r",?\s+that\s+there\s+(?:is|are|was|were|had|has|have|will|would)\b",
                                   re.I)
# a sentence opening with the town a speaker speaks from, before words of another named place: "From X, the
# spokesman claimed that troops had come within a mile of Y" (not "From X, the road runs on to Y", nor "From X,
# the prosecutor says bullets struck the walls", which tells of X itself)
_FROM_OPENING = "From "
_FROM_SPEAKER = prefilter.compile(r",\s+(?:the\s+|an?\s+|its\s+|their\s+)?[^,.;:]{0,60}?\b(?:said|says|claimed|claims|"
                                  r"reported|reports|announced|announces|insisted|insists|told\s+\w+)\s+(?:that\s+)?")


def _town_before_others(sentence, m, mentions):
    """Do the words after ``m`` tell of "the town" before they name another place ("said in X that rockets struck
    the town and Y": X itself; not "said in X that he had driven into Y and seen houses burning outside the town")?"""
    others = [n.begin for n in mentions if n.begin >= m.end and n.place != m.place]
    return bool(_TOWN_ITSELF.search(sentence[:min(others, default=len(sentence))], m.end))


def _from_speaker(sentence, m, mentions):
    """Does the sentence open "From X, <speaker> said ..." and name another place after the verb (see _FROM_SPEAKER)?"""
    said = _FROM_SPEAKER.match(sentence, m.end)
    return said is not None and any(n.begin >= said.end() and n.place != m.place for n in mentions) \
        and not _TOWN_ITSELF.search(sentence, said.end())
# a utility supply promised to come back to a place: "gas would reach Khankendi on 28 March", "gas was to be supplied
# to X again", "power will be restored in Y"; a promise is no event there (a supply restored is: "gas was restored to
# Z after repairs"; nor is a new supply sent along a route: "gas was expected to reach Tbilisi through Gardabani")
_SUPPLY_BACK = prefilter.compile(r"(?=[eghpw])\b(?:gas|electricity|power|water|heating)(?:\s+(?:supply|supplies))?\s+"
                                 r"(?:would|will|was|were|is|are)\s+(?:to\s+)?"
                                 r"(?:again\s+|soon\s+|then\s+)?(?:reach|return\s+to|come\s+back\s+to|"
                                 r"be\s+(?:supplied|restored|delivered|resumed)\s+(?:again\s+)?(?:to|in))\s+"
                                 r"(?:(?:the|homes|consumers|households|in|of)\s+)*$", re.I)
# what goes on from one place of such a supply to the next: a list, or the place's other name ("Khankendi, which
# Armenians call Stepanakert", "Khankendi, the town Armenians call Stepanakert")
_SUPPLY_LIST_GAP = prefilter.compile(r"^\s*(?:,?\s+(?:and|or)\s+(?:the\s+)?|,\s*(?:(?:which|the\s+(?:town|city)(?:\s+that)?)\s+"
                                     r"(?:[\w'’-]+\s+){1,2}?(?:calls?|names?|knows?)\s+)?)$")
# an instruction not to travel, before the places or the list they go on: "no staff are to travel to the districts
# of A or B, or to the C border villages", "urged people not to travel to D", "advised against all travel to E"; an
# advisory's imperative too: "Defer non-essential travel to F, G and H", "avoid all travel to J", "Reconsider travel to
# K"
_TRAVEL_BARRED = prefilter.compile(r"(?:\b[Nn]o\s+\w+\s+(?:are|is)\s+to|\bnot\s+to|\b(?:should|must)\s+not|\badvised?\s+against"
                                   r"(?:\s+all)?(?:\s+(?:non-essential|unnecessary))?"
                                   r"|\b(?:[Dd]efer|[Pp]ostpone|[Aa]void|[Rr]econsider)\s+(?:all\s+)?(?:non-essential|unnecessary|"
                                   r"non-urgent)\s+|\b[Rr]econsider\s+(?:all\s+|your\s+)?)\s*travel(?:ling)?\s+(?:to|into)\s+"
                                   rf"(?:(?:the|districts?|provinces?|regions?|areas?|of|or|and|to|border|frontline|villages?|"
                                   rf"{_NAME})\b[\s,]*)*$")


# the participles of moving people or things somewhere, in the passive ("to be taken to X")
_MOVED = r"(?:taken|brought|moved|evacuated|transferred|sent|driven|flown|carried)"
# a need to move people or things to a place, told in the passive: "the wounded needed to be taken to X", "patients
# urgently need to be brought to Y" (what ought to happen; nothing has happened there yet)
_NEEDED_TO_GO = prefilter.compile(r"\bneed(?:s|ed)?\s+(?:urgently\s+)?to\s+be\s+(?:urgently\s+|quickly\s+)?" + _MOVED
                                  + r"\s+(?:back\s+)?(?:to|into)\s+(?:the\s+)?$")
# ... and a move told as what was to happen next: "the patients were to be driven on to hospitals in X", "from where
# they were to go on to Y" (a plan, told in the past; nothing is told as having happened there)
_MEANT_TO_GO = prefilter.compile(r"\b(?:was|were)\s+(?:then\s+)?to\s+(?:be\s+" + _MOVED + r"|go|travel|continue)"
                                 r"\s+(?:on\s+)?(?:to|into)\s+(?:the\s+)?(?:(?:hospitals?|clinics?)\s+in\s+)?$")


# where a speaker trades as a habit, told in the plain present, and the list that goes on from it: "I sell in X, Y and
# the villages around Z", "we usually buy in X" (a way of life, no event on a day)
_TRADES_IN = prefilter.compile(r"\b(?:I|[Ww]e)\s+(?:usually\s+|normally\s+|mostly\s+|still\s+|also\s+)?(?:sell|buy|trade|shop)"
                               r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*,\s*|,?\s+and\s+|,?\s+or\s+)"
                               r"(?:(?:in\s+)?(?:the\s+)?(?:villages|towns|settlements)\s+(?:around|near|of)\s+)?(?:the\s+)?)*$")


# what happened at the place not visited, told after it: "never came to Berd, where drones struck on Monday"
_WHERE_AFTER = prefilter.compile(r",?\s+where\b")
# a town set between commas after a place to say where the place lies: "Yelpin, near Yeghegnadzor, said",
# "Verishen, about three kilometres from Goris, say" (the town locates the place before it; nothing happened there),
# also with the place's kind first: "Shurnukh, a village two kilometres from Goris, said"
_LOCATES_BEFORE = prefilter.compile(r",\s+(?:(?:a|an|the)\s+(?:(?:small|little|border|frontier|mountain|hill)\s+){0,2}"
                                    r"(?:village|town|hamlet|settlement|community)\s+"
                                    # and its size: "Tegh, a village of some 900 people near Goris"
                                    r"(?:of\s+(?:some\s+|about\s+|around\s+)?[\d,]+\s+(?:people|residents|inhabitants)\s+)?"
                                    r"(?=(?:\S+\s+){0,3}(?:kilomet|km\b|miles?\b|near\b|outside\b)))?"
                                    r"(?:(?:just|only|some|about|around|roughly|nearly|barely|a\s+few|a|an|half\s+an?|"
                                    r"\d+(?:\.\d+)?|one|" + NUMBER_WORDS + r")\s+){0,3}"
                                    r"(?:(?:kilometres?|kilometers?|km|miles?|hours?|minutes?)(?:['’]\s+drive)?\s+)?"
                                    r"(?:near|outside|from|away\s+from|(?:(?:north|south|east|west)(?:-?(?:east|west))?)\s+of)"
                                    r"\s+(?:the\s+)?(?:(?:town|city|regional\s+centre)\s+of\s+)?$", re.I)
APPOSITION_CLOSES = prefilter.compile(r"\s*,")


# people named by the district they come from: "two residents of the Aghdam district", "refugees from the Gubadli
# district" (the district says who they are; but "depriving farmers in the Tartar district of water" is news there)
# (or a family, children or a man so told, or come from it, or from its villages: "a family from the X region",
# "children from the Y district", "a family that has come from the Z district", "girls from the villages of the W
# district": older sets 9 of 9 such districts unannotated when no flight is told)
_PEOPLE_OF_AREA = prefilter.compile(r"\b(?:residents?|villagers|people|farmers|refugees|inhabitants|natives?|families|"
                                    r"locals|IDPs|family|children|pupils|students|girls|boys|(?:young\s+)?m[ae]n|wom[ae]n|"
                                    r"patients)\s+(?:(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:come|came)\s+(?:here\s+)?|"
                                    r"coming\s+)?(?:of|from)\s+(?:the\s+)?(?:neighbouring\s+)?"
                                    r"(?:(?:a\s+village|the\s+villages)\s+of\s+(?:the\s+)?)?$", re.I)
# ... unless the sentence says they left it: "families from the Tartar district have gone to shelters", "people from
# the Zangilan district were forced out" (a flight from the district, which the sets file there)
_AREA_LEFT = prefilter.compile(r"(?:\s+(?:district|region|province))?\s+(?:(?:have|has|had|were|was)\s+)?"
                               r"(?:(?:been|all|already|since)\s+)*(?:fled|left\b(?!\s+(?:behind|over|for\s+work))"
                               # (left the district, their homes, or with nothing after; not what they left somewhere or
                               # another town they left: "left flowers at", "left Yerevan for the village")
                               r"(?=\s*(?:[,.;:]|$)|\s+(?:(?:their|his|her|the)\s+(?:homes?|houses?|villages?|district|region|"
                               r"area|land)|home|it|there|in\s+\d{4})\b)|"
                               r"gone\s+to\s+(?:shelters?|relatives|stay)|forced\s+(?:out|to\s+(?:leave|flee))|"
                               r"driven\s+out|displaced|evacuated(?!\s+from\s+(?-i:[A-Z]))|"
                               # (or began to leave, or were leaving, with nothing after or told as a flight: "residents
                               # of the X district began leaving in large numbers"; not "were leaving for work")
                               r"(?:began|begun|started|have\s+started|are|were|kept)\s+(?:to\s+(?:leave|flee)|leaving|fleeing)"
                               r"(?=\s*(?:[,.;:]|$)|\s+(?:in\s+(?:large|great|growing|big)\s+numbers|en\s+masse|"
                               r"(?:their|his|her|the)\s+(?:homes?|houses?|villages?|district|region|area|land)|home)\b))", re.I)


# a group of people named by the town they come from, when the sentence goes on to another place: "gas workers from
# Dilijan were on their way to X", "civilians from villages around Askeran" (who they are, not where it happened)
_GROUP_FROM = prefilter.compile(r"\b(?:[a-z]+(?:workers|ians|ists|fighters|men)|workers|soldiers?|conscripts?|civilians|"
                                r"families|residents|villagers|people|engineers|volunteers|crews?|teams?|staff|pilgrims|"
                                r"visitors|tourists|guests|"
                                r"students|refugees|IDPs)"
                                r"\s+(?:[^.;:]{0,40}?,\s+)?from\s+"
                                r"(?:(?:the\s+)?(?:villages|towns|settlements)\s+(?:around|near)\s+)?(?:the\s+)?$", re.I)

# people sent to help, named by the town or the base they come from, told at work: "firefighters from A and B worked
# on the slopes", "officers from the base at C are taking part", "volunteers from D helped" (the work is elsewhere)
_HELPERS_FROM = prefilter.compile(r"(?=[defmoprsv])\b(?:fire\s*fighters|firemen|rescuers|volunteers|officers|medics|"
                                  r"paramedics|doctors|deminers|sappers|electricians|engineers)\s+from\s+"
                                  r"(?:the\s+(?:base|garrison|station|depot|hospital|unit)\s+(?:at|in)\s+)?(?:the\s+)?$", re.I)
_AT_WORK = prefilter.compile(r"\b(?:work(?:s|ed|ing)?|help(?:s|ed|ing)?|fought|fight(?:s|ing)?|battl(?:ed|ing)|put\s+out|"
                             r"extinguish(?:ed|ing)?|t(?:ake|akes|ook|aking)\s+part|join(?:s|ed|ing)?|assist(?:s|ed|ing)?|"
                             r"repair(?:s|ed|ing)?|clear(?:s|ed|ing)?|treat(?:s|ed|ing)?|search(?:es|ed|ing)?|fix(?:es|ed|ing)?|"
                             r"mend(?:s|ed|ing)?|rebuil(?:d|ds|t|ding)|distribut(?:e|es|ed|ing))\b", re.I)
# people who back the news from where they are, named by their towns: "listeners from A, B and C sent messages",
# "money collected from fans in A and even B" (who they are, not where it happened; a journey keeps its start) (and
# those named by where their kin are: "for readers with family in the X region")
_BACKERS_AT = prefilter.compile(r"\b(?:listeners|viewers|readers|callers|fans|supporters|donors|well-wishers|sympathi[sz]ers|"
                                r"followers)(?:\s+(?:with|who\s+have)\s+(?:family|families|relatives|friends|loved\s+ones))?"
                                r"\s+(?:from|in)\s+(?:the\s+)?$", re.I)
# one donor named by her town, as the giver of what she sent: "the heaters a donor in C sent us" (not a donor the
# news befell there: "a shell killed a donor in C", "the house of a donor in C was hit")
_DONOR_AT = prefilter.compile(r"\b(?:a|an|one|our|the)\s+donor\s+(?:from|in)\s+(?:the\s+)?$", re.I)
_DONOR_GAVE = prefilter.compile(r"\s+(?:had\s+|has\s+)?(?:sent|sends|gave|gives|donated|donates|paid|pays|bought|buys|"
                                r"brought|brings|collected|raised)\b")
# where a soldier serves or served, told of his life: "is doing his military service in A", "he served for two years
# on the border near B" (not a unit named by its town: "served in the C battalion")
_SERVES_AT = prefilter.compile(r"(?=[achimnstw])\b(?:(?:military|army|national|conscript)\s+service|"
                               r"(?:he|she|they|who|I|we)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?served)"
                               r"\s+(?:[^.;:,]{0,60}?\s)?"
                               # (or some of those serving: "serve their military service this winter, two of them near X")
                               r"(?:[^.;:,]{0,40}?,\s+(?:one|two|three|four|five|some|several|most|all|both|each|many)\s+of\s+"
                               r"them\s+)?(?:in|at|near)\s+(?:the\s+)?$", re.I)
# a family's day named with where it is held: "for a wedding in X", "his grandmother's funeral in Y" (not fire at
# one: "fired on mourners at a funeral in Z", kept by the harm words)
_FAMILY_OCCASION_IN = prefilter.compile(r"\b(?:wedding|funeral|christening|baptism|birthday|engagement)s?"
                                        r"(?:\s+(?:party|feast|dinner|celebration))?\s+(?:in|at)\s+$", re.I)
_DAY_NEXT = prefilter.compile(r"\s+(?:on\s+|last\s+|this\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|yesterday\b|"
                              r"today\b|on\s+\d)")
_UNIT_AFTER = prefilter.compile(r"\s+(?:battalion|regiment|brigade|division|unit|corps|detachment|garrison)s?\b", re.I)
# a person named by the home they come from who speaks, or whose kin is told: "a friend from A told me", "A woman
# from B whose nephew serves", "a reader from C put it this way", "another student, Aram from D, said" (who is
# speaking, not where it happened)
# (or from the village or town named after it: "a factory worker from the nearby village of X told him")
_PERSON_FROM = prefilter.compile(r"(?=[ahmot])\b(?:an?|one|another|my|our|his|her|their)\s+(?:\w+\s+)?(?:friend|woman|man|"
                                 r"neighbou?r|relative|cousin|acquaintance|colleague|shepherd|farmer|driver|teacher|pensioner|"
                                 r"mother|father|student|worker|labourer|nurse|doctor|mechanic)(?:,\s+[A-Z][\w'’-]+)?"
                                 r"\s+from\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring|next)\s+)?"
                                 r"(?:(?:village|town|hamlet|settlement)\s+of\s+)?$", re.I)
# a business's own customer named by their home, whatever they do: "A customer from X has lent us a map" (who the
# customer is, not where anything happened; fire or harm told of the home still is, see home_harm_told); so too a
# club's or a notice's own people, one or a few: "a gardener from Y", "our handler from Z", "two brothers from W",
# "a ringer from V", "two walkers from U", "a photographer from T" (who they are; the older sets leave such homes
# unannotated)
_OWN_PEOPLE = (r"(?:members?|visitors?|buyers?|suppliers?|players?|judges?|handlers?|stall-holders?|gardeners?|"
               r"beekeepers?|brothers|sisters|ringers?|walkers?|hikers?|photographers?)")
_PATRON_FROM = prefilter.compile(r"(?=[aotnsf])\b(?:an?|one|another|our|two|three|four|five|several|some|new|few)\s+"
                                 r"(?:[\w-]+\s+)?(?:customer|client|patient|guest|" + _OWN_PEOPLE + r")"
                                 r"\s+from\s+$", re.I)
# ... and the one customer a shop's notice already has in mind: "the customer from X will call on Monday" (a
# customer, client or patient only: "the guests from Y" may be a delegation, the news)
_THE_PATRON_FROM = prefilter.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:customer|client|patient)\s+from\s+$", re.I)
# one of a shop's or a club's people told by the place they work at, who tells of another place: "a customer who
# works at the X coach station told us that ... were buried in Y" (who the teller is; the news is at the other place)
_WORKS_AT_BEFORE = prefilter.compile(r"\b(?:an?|one|another|our|my)\s+(?:[\w'’-]+\s+)?(?:customer|client|friend|neighbou?r|"
                                     r"relative|cousin|acquaintance|member|reader|regular)\s+who\s+(?:works|worked)\s+(?:at|in)"
                                     r"\s+the\s+$", re.I)
_WORKPLACE_TELLS = prefilter.compile(r"(?:\s+[a-z]+){1,2}\s+(?:told|tells|said|says|wrote|writes)\b")
# a teller told by the run they drive, in an aside before they speak: "the miller's cousin, who drives the flour
# lorry from X, says ..." (who the teller is, no journey told; war told in the sentence keeps the town)
_DRIVES_RUN_BEFORE = prefilter.compile(r",\s+who\s+(?:drives|drove|runs|ran)\s+(?:the|a|an|his|her)\s+(?:[\w'’-]+\s+)?"
                                       r"(?:lorry|truck|van|bus|minibus|taxi|coach)\s+(?:from|to|between)\s+$", re.I)
_ASIDE_THEN_SPEAKS = prefilter.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]+)?\s*,\s+(?:says|said|tells|told|writes|wrote)\b")
# (but what the driver says of the road is news of the run: "..., who drives the van from X, says the road is open")
_ROAD_TOLD = prefilter.compile(r"\b(?:roads?|route|highway|checkpoints?|corridor|pass|convoys?|closed|blocked|reopened)\b")
# ... but a club's own people in war news or hurt are the news, and so is their home: "a visitor from X lost both
# legs to a mine", "a beekeeper from Y points out the soldiers' posts above his hives", "a member from Z was hurt"
_OWN_PEOPLE_FROM = prefilter.compile(_OWN_PEOPLE + r"\s+from\s+$", re.I)
_HURT = prefilter.compile(r"\b(?:hurt|injur\w*|maimed)\b", re.I)


def _own_people_in_the_news(sentence, before):
    """Is the person named by their home one of a club's own people (not a customer) in a sentence of war news or
    harm? Then the home stays (see _OWN_PEOPLE_FROM)."""
    return bool(_OWN_PEOPLE_FROM.search(before)) and bool(
        WAR_NEWS.search(sentence) or _HARM_TOLD.search(sentence) or _HURT.search(sentence))


# the home named again after the customer, or the customer's own death: "A guest from X told of the blockade and
# the empty shops there", "A patient from Y died of wounds" (the home's news, as harm told of it is)
_HOME_AGAIN = prefilter.compile(r"\b(?:there|(?:the|his|her|their|that)\s+(?:town|village|city)(?!['’])|died|dies)\b")
# ... or the home's war news told after it: people fleeing it, its road shut, the town taken ("some buyers from X
# could not come because the corridor was closed", "new visitors from Y arrived, fleeing the offensive", "carpets
# from Z were looted when it was taken"; also read for goods named by their home, pipeline._GOODS_FROM)
HOME_NEWS_AFTER = prefilter.compile(r"\b(?:fle(?:d|e|es|eing)|escap(?:ed|ing)|evacuat\w*|displaced|offensive|blockade\w*|"
                                    r"besieged|siege|looted|plundered|captured|taken|seized|occupied|fell|"
                                    r"(?:corridor|road|highway|border|pass|route)s?\s+(?:(?:is|was|were|had\s+been|has\s+been|"
                                    r"stayed|remained)\s+)?(?:closed|shut|blocked|cut))\b", re.I)
# the same for a writer or a pundit named by the town they write in: "One columnist in Baku wrote", "an analyst in
# Yerevan said" (where the comment was made, not the news)
_PUNDIT_IN = prefilter.compile(r"\b(?:an?|one|another|our)\s+(?:\w+\s+)?(?:columnist|commentator|analyst|blogger|observer|"
                               r"reader|listener|viewer|caller|"
                               r"editorialist|pundit)\s+(?:in|from)\s+(?:the\s+)?$", re.I)
# a business's customers addressed by where they are, opening a notice's line: "Private customers in X and Y: ..."
_CUSTOMERS_ADDRESSED = prefilter.compile(r"^\s*(?:(?:private|regular|our|all|new)\s+)?(?:customers|clients|patients|"
                                         r"subscribers|members|buyers)\s+in\s+$", re.I)
# the readers or listeners a writer turns to, by where they are: "if any of you in X can help", "those of you from Y
# who ..." (an appeal, not anything happening there)
_ADDRESSEES_IN = prefilter.compile(r"\b(?:any|those|all|some|each|many|one|none)\s+of\s+you\s+(?:who\s+(?:are|live)\s+)?"
                                   r"(?:(?:still|now|back)\s+)?(?:in|from)\s+(?:the\s+)?$", re.I)
_SPEAKS_NEXT = prefilter.compile(r"(?:,(?![^,]*\b(?:which|where)\b)[^,.;:]{0,60},|,)?\s+"
                                 r"(?:whose\b|(?:also\s+)?(?:told|tells|said|says|wrote|writes|"
                                 r"asked|asks|called|recalled|remembered|remembers|explained|added|puts?\s+it)\b)")

# the outlet's correspondent named by the town the report comes from, the report being of another place: "Our
# correspondent in X says residents of Y heard gunfire" (alone, the town is the news: "Our correspondent in X says the
# families left")
_CORRESPONDENT_IN = prefilter.compile(r"\b(?:our|the\s+\w+['’]s|its)\s+(?:own\s+|local\s+)?(?:correspondent|reporter|stringer)s?\s+"
                                      r"in\s+(?:the\s+)?$", re.I)
# ... or a ministry, an agency or a spokesman named by the town they speak from, in a sentence that names another
# place: "a ministry spokesman in X added that the fall of Y had closed the highway", "closed the road between A and
# B, the interior ministry in X said" (the seat of the speaker; alone, the town is the news: "an ICRC spokesman in X
# said", "the authorities in X said the city had been under fire", as the older sets keep them)
_SPEAKER_BODY_IN = prefilter.compile(r"\b(?:ministry|ministry['’]s\s+men|agency|spokes(?:man|woman|person)|press\s+service)\s+"
                                     r"in\s+$", re.I)
_QUOTED_AS_SAYING = prefilter.compile(r"\s+as\s+saying\b")
# (not when the words tell of the speaker's town too: "a spokesman in X said the city came under fire and that Y was
# hit", "said shelling had killed two there and one in Y"; "there had been fighting near Y" is no such "there")
_THERE_AFTER = prefilter.compile(r"\b(?:there|here)\b(?!\s+(?:is|are|was|were|had|has|have|will|would|could|might|may)\b)",
                                 re.I)
# a shop's or a club's own run: its van or a sailing to a town, a club's or a class's trip to a town or to a gathering
# there ("sent by the Thursday van to X, Y and Z", "the evening sailing to X leaves at 21:30", "the juniors' trip to
# the tournament in X", "a day trip to the cliffs near X", "to drive the juniors to the match in X"): where the run
# goes, no event (the older sets leave these unannotated; an official's "visit to X" is no such trip, and a run
# stopped or shut is news: "the school bus to X had not run", left to the bus's own words)
# (the run is its owner's: "the Friday van", "the evening sailing", "the choir's trip", "our club's outing", "a day
# trip", or "its trip to the show in X"; not "aid vans to X", "the prime minister's trip to X", "buses made the trip to
# X with evacuees")
_ROUND_TO = prefilter.compile(r"\b(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|daily|"
                              r"weekly|delivery|shop['’]s|bakery['’]s|our)\s+(?:van|sailing)s?\s+(?:to|for)|"
                              r"(?:(?:club|class|choir|school|team|juniors?|seniors?|pupils|children|members|society|scouts|"
                              r"group)['’]s?|our|day|school|class|club)\s+(?:trip|outing|excursion)\s+to(?:\s+the\s+[a-z]+"
                              r"(?:\s+[a-z]+)?\s+(?:in|at|near))?|"
                              r"(?:its|their)\s+(?:trip|outing|excursion)\s+to\s+the\s+(?:[a-z]+\s+)?(?:show|fair|festival|tournament|"
                              r"championship|contest|competition|match|concert)s?\s+(?:in|at|near)|"
                              # ... or a club's members driven there: "to drive the juniors to the tournament in X"
                              r"(?:drive|take|bring)\s+(?:the|our)\s+(?:juniors?|seniors?|pupils|children|members|team|choir|"
                              r"class|scouts)\s+to\s+the\s+(?:[a-z]+\s+)?(?:show|fair|festival|tournament|championship|"
                              r"contest|competition|match|concert)s?\s+(?:in|at|near))\s+$")
# ... or a way a shop's customers may go, a vehicle's run by its timetable: "collection by the minibus to X on
# Saturdays" (the weekday in the plural: every week's run, no one journey)
_BY_RUN_TO = prefilter.compile(r"\bby\s+the\s+(?:minibus|bus|van)\s+to\s+$")
_RUNS_WEEKLY = prefilter.compile(r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|every\s+(?:day|week|"
                                 r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|daily)\b")
# ... a service resumed or stopped is news of its way: "the bus company resumed trips to X", "the bus to Y stopped"
_RUN_RESUMED_OR_STOPPED = prefilter.compile(r"\b(?:resum|suspend|stopp|halt|cancel)\w*", re.I)
# the same for a personal source named by the town the word comes from: "a friend in X told me the shooting near Y
# grew heavier", "my cousin in X wrote that Z was shelled" (alone, the town is the news: "a friend in X told me the
# shops were empty")
_CONTACT_IN = prefilter.compile(r"\b(?:an?|my|our|one|his|her|their)\s+(?:old\s+|close\s+)?(?:friend|relative|cousin|colleague|"
                                r"acquaintance|neighbour|neighbor|brother|sister|uncle|aunt|son|daughter)s?\s+in\s+(?:the\s+)?$",
                                re.I)
# an enlarged community named for its office, in a sentence that names its villages: "the head of the enlarged A
# community, ..., said the fires in B and C were out", "X, who heads the A community, said" (Armenia's communities
# since 2016 join several villages under one name; the villages, not the office, are where things happened)
_COMMUNITY_OF = prefilter.compile(r"\b(?:(?:head|mayor|chief|leader|council)\s+of|(?:who\s+)?(?:heads|headed|leads|led|runs)"
                                  r")\s+the\s+"
                                  r"(?:enlarged\s+|consolidated\s+|united\s+|rural\s+)?$", re.I)
_COMMUNITY_AFTER = prefilter.compile(r"\s+community\b", re.I)
# the community's place spoken of again after the title, or harm told with no other place, which is then there:
# "the head of the X community said nine families had stayed in the village", "the head of the X community told me
# the orchards were shelled again" (then the office's place is the scene)
_SETTLEMENT_AGAIN = prefilter.compile(r"\bcommunity\b.*\b(?:the|our|this|that|his|her|their)\s+(?:village|town|community|"
                                      r"settlement)\b", re.I)
_HARM_TOLD = prefilter.compile(r"(?=[abdefgikmsw])\b(?:shell(?:s|ed|ing)?|fir(?:e|ed|ing)|shots?|shooting|gunfire|"
                               r"damag(?:e|ed)|destroyed|wounded|killed|injured|attack(?:s|ed)?|drones?|mines?|"
                               r"explo(?:ded|sions?)|burn(?:ed|t|ing))\b", re.I)

# a sentence opening with the town where an office sits that then speaks of villages: "In Goris, the regional
# administration says it has no plans to move anyone out of the two villages", "In X, officials say a plan for the
# four villages is drawn up" (the office's seat, not where anything happened)
_OFFICE_OPENS = prefilter.compile(r",\s+(?:the\s+)?(?:(?:local|regional|district|provincial|town|city|municipal|state)\s+)?"
                                  r"(?:officials|authorities|administration|municipality|governor['’]s\s+office|"
                                  r"mayor['’]s\s+office|council|executive(?:\s+power)?)\s+(?:say|says|said|told|tell|insist|"
                                  r"insists|insisted|den(?:y|ies|ied))\b", re.I)
_VILLAGES_WORD = prefilter.compile(r"\bvillages?\b", re.I)

# what a map or a sheet takes in: "The map shows the X region and the districts facing it", "This sheet
# covers Y and Z" (the area drawn, nothing happening there)
_MAP_SHOWS = prefilter.compile(r"^(?:The|This|Our|Each)\s+(?:\w+\s+)?(?:map|sheet|inset|atlas|plate)\s+(?:shows|covers|"
                               r"depicts|takes\s+in|spans)\b")
# the seat of a body or an office: "a meeting at the regional office in X", "issued by the diocesan office in Y",
# "call the studio in Z", "the desk in W files the next roundup" (where the body sits; kept when the sentence tells
# of harm, which may be there). A desk is an outlet's only as "the", "its", "our" or "their" desk: "at his desk in
# X when the sirens sounded" is a man at work in X. (Not one pattern with _SERVICE_IN below, on purpose: a body's
# seat is named only by "the" or an owner's word and before "in", and is news when it is raided or aid is brought
# there; a service's place comes after "the" or "a", "in" or "at", and is news when it opens, shuts or treats.)
_SEAT_IN = prefilter.compile(r"\b(?:(?:the|its|our|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:office|studio|bureau|"
                             r"headquarters|newsroom|secretariat)|(?:the|its|our|their)\s+(?:[\w'’-]+\s+){0,2}?desk)"
                             r"\s+in\s+$", re.I)
# a protest held at a body's seat is news in its town: "a sit-in outside the Red Cross office in X", "relatives
# gathered in front of the ICRC office in Y" (older sets annotate such protests at the town, 6 of 7; not the press
# waiting for news: "reporters gathered outside the prime minister's office in Z")
# (mentions' _GATHERED_AT_SEAT reads a like gathering for another end, a town not taken for a government that
# speaks: it takes a state building's seat too, and mourners, wreaths and ceremonies, and does not set reporters apart)
_PROTEST_AT_SEAT = prefilter.compile(r"\b(?:protests?|protesters|rall(?:y|ies|ied)|pickets?|picketed|sit-ins?|"
                                     r"demonstrat\w*|vigils?|(?<!reporters\s)(?<!journalists\s)(?<!correspondents\s)"
                                     r"gathered|crowds?)\b[^.;:]{0,60}?\b(?:outside|in\s+front\s+of|"
                                     r"near|around)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:office|headquarters|bureau)"
                                     r"\s+in\s+$", re.I)
# the areas a road's course runs through, told as what the road is: "the road is 101 km long and passes through the
# A, B and C districts", "the highway runs through the X district" (its route, background; not a convoy moving
# through them, nor a road opened, shut or hit there)
_ROUTE_THROUGH = prefilter.compile(r"\b(?:road|highway|motorway|route|railway|line|pipeline)\b[^.;:]{0,80}?\b(?:runs|passes|"
                                   r"goes|crosses|stretches|winds|will\s+(?:run|pass|go|cross))\s+through\s+(?:the\s+)?"
                                   r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s*,\s*|\s*,?\s+and\s+))*$")
_AREAS_AFTER = prefilter.compile(r"(?:\s*,\s*[A-ZƏÇŞĞÜÖİ][\w'’-]+)*(?:\s*,?\s+and\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s+"
                                 r"(?:districts?|regions?|provinces?)\b")
_ROUTE_NEWS = prefilter.compile(r"\b(?:open\w*|inaugurat\w*|clos\w*|block\w*|shut|reopen\w*|shell\w*|hit|attack\w*|"
                                r"convoys?|columns?|fired|damag\w*|front|contact|evacuat\w*|civilians|refugees|displaced|"
                                r"troops|fighting)\b", re.I)
# where someone works: "now teaches in a school in X", "works at a bank in Y", "works for a firm in the Z district"
# (the person's workplace, not where anything happened; kept when the sentence tells of harm; not "his work at a
# school in Z", nor one's studies, which may be where one was going). _RUNS_SOMETHING below also reads a workplace
# ("..., who teaches at a school in X,"), but as the span of a relative clause, dropped when a place is named after
# it; this one reads the words before one place, with its own guards (harm or war told, the day's work after it).
_WORKPLACE_IN = prefilter.compile(r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bmy\s)(?<!\bour\s)"
                                  r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
                                  r"\b(?:teach(?:es|ing)?|taught|works|worked|working)\s+"
                                  r"(?:[a-z]+\s+){0,2}?(?:at|in|for)\s+(?:a|an|the|his|her|their|our|a\s+local)\s+"
                                  r"(?:[\w'’-]+\s+){0,2}?(?:school|college|university|hospital|clinic|library|firm|factory|"
                                  r"shop|bank|company|kindergarten)\s+in\s+(?:the\s+)?$", re.I)
# ... or the town itself, in a clause describing the person: "my old pupil, who teaches in X now, has promised to ask",
# "her brother, who works in Y," (where the person earns a living, told to say who they are; not "he worked in Z
# when the shelling began", a clause of the sentence's own, nor "who works in W was wounded", harm told)
_WORKS_IN_TOWN = prefilter.compile(r"\bwho\s+(?:now\s+|still\s+)?(?:teaches|works|lectures|practises|practices)\s+in\s+"
                                   r"(?:the\s+)?$", re.I)
# (but the town told of again after the clause is the news's: "A, who works in X, says the road from the town has
# been busy since")
_TOWN_TOLD_AGAIN = prefilter.compile(r"\b(?:the\s+(?:town|city|village)|there)\b(?!\s+(?:of|is|are|was|were)\b)", re.I)
# ... or a mine or a quarry named by its place, where people work: "most of its people work for a firm and some at
# the X mine" (a livelihood, no event at the site; not a minefield, nor work there on a day told, nor harm told, nor
# work stopped or resumed: "suspended work at the Y mine" is the mine's news; a plant's workforce counted, "820 work
# at the Z plant", is left as the older sets file it)
_WORK_AT_SITE = prefilter.compile(r"\b(?:work(?:s|ed|ing)?|employed|jobs?)\b[^.;:]{0,60}?\b(?:at|in)\s+the\s+$", re.I)
_WORK_STOPPED = prefilter.compile(r"\b(?:stop\w*|suspend\w*|halt\w*|resum\w*|start\w*|began|begin|ceas\w*|end\w*|"
                                  r"restart\w*)\s+(?:all\s+)?work\b|"
                                  # (told after it too: "work at the Y mine was suspended and the staff evacuated")
                                  r"\b(?:suspended|stopped|halted|resumed|restarted|evacuated|closed)\b", re.I)
_SITE_AFTER = prefilter.compile(r"\s+(?:mines?(?!\s*field)|quarr(?:y|ies))\b", re.I)
_SITE_WORD_END = prefilter.compile(r"\s(?:mines?|quarr(?:y|ies))$", re.I)
# the day the work was done, after its place: "worked at a school in X on Sunday" (what was done there that day, not
# a workplace; nor is work in progress, "were working at a school in Y")
_WORK_DAY_AFTER = prefilter.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)|"
                                    r"yesterday|today|tonight|overnight|this\s+(?:morning|afternoon|evening|week)|"
                                    r"last\s+(?:night|week))\b", re.I)
# (goods brought to the office are the sets' aid delivered there: "drove a van of blankets to the community office
# in X")
_GOODS_LEFT = prefilter.compile(r"\b(?:deliver\w*|drove|driven|brought|vans?|lorr(?:y|ies)|trucks?|blankets|supplies|aid|"
                                r"parcels)\b", re.I)
_SEAT_RAIDED = prefilter.compile(r"\b(?:raid\w*|search\w*|storm\w*|seiz\w*|occup\w*|surround\w*|picket\w*|protest\w*|"
                                 r"took\s+(?:over|control)|(?:forces|troops|units|soldiers)\s+took)\b", re.I)
# (a road or a crossing shut or opened is news of it: "X: the road to the village will remain closed", "the map
# shows the road that protesters blocked"; the map, the scene or the notice is then of an event, the office's seat too)
_WAY_SHUT = prefilter.compile(r"\b(?:roads?|highways?|crossings?|checkpoints?|pass|bridges?|corridor)\b[^.;:]{0,40}?\b"
                              r"(?:blocked|closed|shut|reopen\w*)\b|"
                              r"\b(?:block\w*|clos\w*|shut\w*)\s+(?:off\s+)?(?:the\s+)?(?:roads?|highways?|crossings?|"
                              r"checkpoints?|corridor)\b", re.I)
# a speaking body named with its seat after "according to": "according to the Defence Army in X", "according to the
# ministry in Y" (the seat of who speaks, not where it happened, when the sentence names where it happened: alone,
# "according to the village administration in X, shelling damaged two houses", the seat is the news's place)
_ACCORDING_TO_BODY_IN = prefilter.compile(r"\baccording\s+to\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:army|ministry|"
                                          r"government|command|headquarters|authorities|officials|administration|"
                                          r"presidency|service)\s+in\s+$", re.I)
# a sentence opening with a capital and then its body speaking: "In Baku the defence ministry said on Wednesday that
# ...", "In Yerevan, the government announced ..." (the capital is the ministry's seat)
_CAPITAL_BODY_SPEAKS = prefilter.compile(r"^In\s+([A-ZƏÇŞĞÜÖİ][\w'’-]+),?\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
                                         r"(?:ministry|government|presidency|army|command|parliament|authorities|officials|"
                                         r"spokes(?:man|woman|person))\s+(?:(?:also|again|later|then)\s+)?(?:said|says|"
                                         r"announced|announces|reported|reports|stated|claimed|claims|denied|denies)\b")
# ... or an office of the state speaking, told by its body or with an apposition, after a bulletin's label or time:
# "ANCHOR: In Yerevan, the defence ministry's spokeswoman, A B, rejected ...", "Morning bulletin: In Baku, the
# committee said ...", "In Baku, C D, the president's aide, answered ...", "11:45 In Yerevan, the Security Council
# confirmed ...", "In Moscow, diplomats say ..." (the capital is the office's seat, no event; read sets: 9 of 9 such
# capitals unannotated; a leader named by title alone, "In Yerevan, Prime Minister A B said", is left as the sets split
# on it, 2 unannotated to 1)
_CAPITAL_OFFICE_SPEAKS = prefilter.compile(r"^(?:[A-Z][A-Z'’ -]{1,30}:\s+|[A-Z][a-z]+(?:\s+[a-z]+){0,2}:\s+|"
                                           r"\d{1,2}[:.]\d\d\s+(?:[—–-]\s+)?)?"
                                           r"In\s+([A-ZƏÇŞĞÜÖİ][\w'’-]+),\s+(?:meanwhile,\s+)?(?P<who>[^.;:!?]{1,110}?)\s+"
                                           r"(?:also\s+|later\s+|then\s+)?(?:said|says|say|answered|answers|replied|told|"
                                           r"confirmed|rejected|refused|denied|insisted|warned|accused|announced)\b")
_STATE_OFFICE = prefilter.compile(r"\b(?:minister|ministry|ministry['’]s|spokes(?:man|woman|person)|aide|adviser|advisor|"
                                  r"secretary|council|committee|embassy|diplomats|government|presidency)\b", re.I)
# (the office told by its body, "the ...", "our embassy", an apposition or "of the ministry"; or plural diplomats)
_OFFICE_TOLD = prefilter.compile(r"^(?:the|our|its)\s|,|\sof\s|^diplomats\b")
# (and the speaker opening the words before the verb: the office itself, "the foreign ministry spokeswoman", "a
# spokesman for the Security Council", or a name before its apposition or "of", "A B, the president's aide,", "C D of
# the defence ministry"; or after the other capitals of a bulletin, "In X, Y and Z, foreign ministry officials said";
# not people told beside an office, "hundreds of people outside the government building said", "mothers of missing
# soldiers confronted the defence minister and said", who are an event in the capital)
_OFFICE_HEADS = prefilter.compile(r"^(?:(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+,\s+){0,3}[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+and\s+"
                                  r"[A-ZƏÇŞĞÜÖİ][\w'’-]+,\s+|"
                                  r"(?:the|our|its|an?)\s+(?:[\w'’-]+\s+){0,3}?(?i:minister|ministry|spokes(?:man|woman|"
                                  r"person)|aide|adviser|advisor|secretary|council|committee|embassy|government|"
                                  r"presidency)\b|"
                                  r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+){0,4}[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[a-z][\w'’-]*){0,2}?"
                                  r"(?:,|\s+of\s)|diplomats\b)")
# what such a sentence tells happening in the capital itself: arrests, a blast, a curfew, a session or a meeting held, a
# visit ("the investigative committee said two men were arrested over the blast", "the Security Council, meeting in
# emergency session, announced a curfew", "A B, hosting talks between the ministers, said"); the capital is kept
# unless another place is named after it, where it happened
_CAPITAL_NEWS = prefilter.compile(r"\b(?:arrest\w*|detain\w*|raids?|blasts?|curfew|funeral|met|hosted|hosting|convened|"
                                  r"convening|session|attend(?:s|ed|ing)?|visits?|visited|visiting)\b", re.I)
# ... or harm told with a site of the city in what the office says: "said a grenade exploded in a cafe on X Street",
# "told reporters that a bomb had exploded near the embassy", "said 12 people were injured when police used stun
# grenades" (not the war the office speaks of, "answers that militias first fired on the border villages", "said
# that Iran had not attacked Azerbaijan with heavy artillery", told with no site: the capital stays the seat)
_CITY_SITE = prefilter.compile(r"\b(?:police|markets?|caf[eé]s?|restaurants?|shops?|streets?|avenues?|squares?|"
                               r"embass(?:y|ies)|parliament|buildings?|stations?|airport|hotels?|metro|warehouses?|factory|"
                               r"hospitals?|the\s+(?:city|capital))\b", re.I)


def _capital_office_speaks(sentence):
    """The match of an office of the state speaking in the capital that opens the sentence ("In Yerevan, the Security
    Council confirmed ..."), or None; a rally told there keeps the capital."""
    said = _CAPITAL_OFFICE_SPEAKS.match(sentence)
    if said is None or not _STATE_OFFICE.search(said.group("who")) or not _OFFICE_TOLD.search(said.group("who")) \
            or not _OFFICE_HEADS.match(said.group("who")):
        return None
    return None if _CROWD_TOLD.search(sentence) else said


# a scene's heading in a shot list: "SC 04 (10:00-12:30) X, street at dusk.", "Scene 7: X and Y, interviews with
# teachers" (the places the scene was filmed in, nothing happening there)
_SLUG_PLACES = prefilter.compile(r"^(?:SC|Sc|Scene|SCENE|Shot|SHOT)\.?\s*\d+[A-Za-z]?\s*(?:\([^()]{0,30}\)\s*)?[:.-]?\s*"
                                 r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                                 r"(?:(?:,\s+|\s+and\s+)[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?){0,3}(?=,\s+[a-z0-9])")
# a notice headed by its town, asking for help or telling what will be held: "X: the church board asks for helpers
# to ...", "Y, St Gayane: a service will be held on Sunday" (a plan or a request, nothing that happened there)
_NOTICE_HEAD = prefilter.compile(r"^[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?(?:,\s+[^:,.;]{1,40})?:\s")
_NOTICE_PLAN = prefilter.compile(r"\b(?:will|shall|asks?|invites?|requests?)\b")
# a line a club's minutes, a shop's book or a school's notes head with their own business before a colon: "Orders:
# ...", "Delivery: ...", "Club business: ...", "Any other business: ...", "Show report: ...", "News of the school:
# ...", "Work in the shop this week: ...", "Accounts for the week: ...", "Notes from the spring outing to X: ..." (the members', customers' and
# outings' towns, no event there unless the line tells one)
_OWN_AFFAIRS_HEAD = prefilter.compile(
    r"^(?:(?:New\s+)?[Oo]rders?(?:\s+book)?|Deliver(?:y|ies)|Collections?|Accounts(?:\s+for\s+the\s+(?:day|week|month))?|Any\s+[Oo]ther\s+[Bb]usiness|AOB|"
    # (a ledger's week, a farm's or a shop's chores ahead, its next round: "Ledger for the week: ...", "Grove work
    # for the coming weeks: ...", "Next delivery run up the X valley: ...")
    r"(?:Ledger|Book|Tally)(?:\s+for\s+the\s+(?:day|week|month))?|"
    r"(?:[A-Z][a-z]+\s+)?(?:[Ww]ork|[Jj]obs|[Tt]asks|[Cc]hores)\s+for\s+the\s+(?:coming|next)\s+(?:days|weeks?|months?)|"
    r"Next\s+(?:delivery|collection|milk|bread)(?:\s+(?:run|round|trip))?\b[^:.;]{0,40}?|"
    r"(?:Club|Society|Circle|Class|School|Shop|Workshop|Kitchen|Guild)(?:['’]s)?\s+(?:business|news|notes|matters)|"
    r"(?:Show|Exhibition|Competition|Festival|Match)\s+(?:report|results|news)|"
    r"News\s+(?:of|from)\s+the\s+(?:school|club|society|circle|class|shop|workshop|guild|choir)|"
    r"Work\s+(?:in|at)\s+the\s+(?:shop|workshop|yard|kitchen|studio|forge)(?:\s+this\s+(?:week|month))?|"
    r"Notes\s+(?:from|on)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:outing|trip|excursion|show|meeting|visit)\b[^:.;]{0,40}?)"
    r":\s")
# ... but a news report set under such a heading, as a roundup's are, is told: its sentence opens with a capital
# article ("Deliveries: The first train from Baku arrived in X on Saturday", "Festival news: The X festival opened in
# Y"; a club's or a shop's line goes on in small letters or with a member's name: "Orders: four benches for ...",
# "Show report: Anahit's cock took second place in Z"), or it tells a first since the war or a vehicle arriving
# ("the first match in X since 1993", "the first train reached Y")
_NEWS_UNDER_HEAD = prefilter.compile(r"(?:The|A|An)\s")
_NEWS_MARK = prefilter.compile(r"\bfor\s+the\s+first\s+time\b|\bfirst\b[^.;:]{0,80}?\bsince\s+(?:\d{4}|the\s+war)\b|"
                               r"\b(?:trains?|flights?|planes?|convoys?|buses|bus)\b[^.;:]{0,60}?\b(?:arrived|reached|landed)\b")


def _nothing_told(sentence):
    """Does the sentence tell of no harm, no event and no way shut or opened? A map's, a shot list's or a notice's
    places are then no news."""
    return not _HARM_TOLD.search(sentence) and not _EVENT_TOLD.search(sentence) and not _WAY_SHUT.search(sentence)


def _is_capital(mention):
    """Is the mention a capital ("Baku", "Yerevan") by any key of its name, which may be written other ways?"""
    return any(k in CAPITALS for k in name_keys(mention.text))


# a capital named for how its people or press took something: "the attack on X is remembered in Baku every year",
# "pictures that were read in Baku as confirming the advance near Y", "according to reports in Yerevan" (the capital
# speaking, not anything happening in it; only with another place, which is where it happened)
_TAKEN_IN_CAPITAL = prefilter.compile(r"\b(?:remembered|commemorated|mourned|read|seen|viewed|taken|interpreted|welcomed|"
                                      r"celebrated|critici[sz]ed|reports?|reported)\s+in\s+$", re.I)
# a government's act named by its seat, the act doing something: "a decree in Baku (had) joined X to Y" (not an act
# people acted on in the capital: "crowds protested against the decree in Baku on Sunday" is an event there)
_DECREE_IN_CAPITAL = prefilter.compile(r"\b(?:decrees?|resolutions?)\s+in\s+$", re.I)
_DECREE_ACTS = prefilter.compile(r"\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(?:\w+ed|made|set|gave|put|took|split|drew|cut|"
                                 r"left|brought|sent|(?:join|make|transfer|create|move|order|merge)s)\b")
# the same with what it is taken for after the capital: "the offensive is still seen in Baku as its high point", "the
# retreat is regarded in Yerevan as a betrayal" (a judgement held there; dropped even when no other place is named)
_TAKEN_AS_IN_CAPITAL = prefilter.compile(r"\b(?:remembered|seen|viewed|regarded|considered|treated|described|known)\s+in\s+$",
                                         re.I)
_AS_AFTER = prefilter.compile(r"\s+as\s+(?:the|a|an|its|their|his|her|one|proof|evidence|part)\b"   # (not "as they fell")
                              # (nor a clause of what went on while it was seen: "drones were seen in Yerevan as the sirens
                              # sounded", "smoke was seen in Baku as a fire spread": a sighting there)
                              r"(?!(?:\s+[\w'’-]+)?\s+[\w'’-]+\s+(?:\w+ed|fell|spread|rose|came|went|began|hit|struck|"
                              r"flew|shook|burnt|ran|broke|was|were)\b)")
# the name of a treaty: "the Treaty of X", "the X treaty of 1813" (a treaty's name, not news of the place)
_TREATY_OF = prefilter.compile(r"\btreaty\s+of\s+(?:the\s+)?$", re.I)
_TREATY_AFTER = prefilter.compile(r"\s+(?:peace\s+)?treaty\b", re.I)
# the town a reader's or a writer's letter came from: "A reader wrote to us from X", "she writes to the paper from Y"
# (where the writer is; kept when the sentence tells of harm, which may be in that town)
_WROTE_FROM = prefilter.compile(r"\b(?:wrote|writes|writing|has\s+written|emailed|e-mailed)\s+(?:to\s+(?:us|the\s+(?:paper|"
                                r"editor|newspaper|desk))\s+|in\s+)?from\s+(?:the\s+)?$", re.I)
# (where an attacking force set out from, "a column advancing from X seized Y", is pipeline.landmarks_dropped's)
# a name something was given or known under: "joined to the next district under the name of X", "held since 1992
# under the name Y" (the name, not an event at a place of that name)
_UNDER_NAME = prefilter.compile(r"\bunder\s+the\s+(?:new\s+)?name\s+(?:of\s+)?$", re.I)
# what a capital said of the news, in the outlet's words: "a short item on the reaction in Baku will follow", "the
# first reactions in Yerevan to the reports" (the capital speaking, nothing happening in it)
_REACTION_IN = prefilter.compile(r"\breactions?\s+in\s+$", re.I)
# a reaction told as people out in the streets, which is an event in the capital: "the reaction in X was a rally of
# thousands", "reactions in Y spilled into the streets"
_CROWD_TOLD = prefilter.compile(r"\b(?:rall(?:y|ies|ied)|crowds?|demonstrat\w*|march(?:ed|es|ers)?|marching|streets|"
                                r"gathered|riots?|rioting)\b", re.I)
# the seat a force was commanded from: "the fighters who held out in the hills were led from X", "the operation was
# directed from Y" (where the command sat; kept when the sentence tells of harm, which may be there)
_LED_FROM = prefilter.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:led|commanded|directed|coordinated|"
                              r"run|controlled)\s+from\s+(?:the\s+)?$", re.I)
# a neighbour named for where an area lies: "the district borders X", "the villages bordering Y" (geography; kept when
# the sentence tells of harm)
_BORDERS_BEFORE = prefilter.compile(r"(?=[ab])\b(?:borders|bordered|bordering|adjoins|adjoined|adjoining)\s+"
                                    r"(?:on\s+)?(?:the\s+)?$", re.I)
# a closing of what lies by the town: "police closed the roads bordering X" (the town says where the closure was)
_SHUT_TOLD = prefilter.compile(r"\b(?:closed|closes|closing|closure|shut|blocked|sealed|cordoned)\b", re.I)
# the same words as an adjective before the name, which is then the place itself: "evacuated from the adjoining X
# district", "fled into bordering Y"
_BORDERING_THE = prefilter.compile(r"\b(?:the|a|an|in|into|from|to|of|on|at|across|through|towards|and)\s+"
                                   r"(?:bordering|adjoining)\s+$", re.I)
# a relative or a friend named by the town they live in and then described: "a cousin in X who spends her days at
# the registration office" (where that person lives, not where the news happened)
_WHO_IS = prefilter.compile(r",?\s+who\s+(?:\w+ly\s+)?(?:(?:spends|spent|works|worked|lives|lived|teaches|taught|runs|ran|"
                            r"studies|studied|keeps|kept)\b|"
                            # "who is a nurse", "who has a shop" (what the person is or has, not what befell them: "who was
                            # arrested on Monday", "who is hiding in a basement")
                            r"(?:is|was|has|had)\s+(?:still\s+)?(?:a|an|the|his|her|their|two|three|four|five|several)\s)")
# a district another was joined to: "in 1991 a decree joined it to the neighbouring X district", "merged with the
# Y district" (the administrative act, background; the district word after the name)
# (what is joined is said, "was merged with", or is a pronoun, a settlement or an area, or named: not "joined the
# march into the X district", "united with local fighters to push into Y district")
_MERGED_TO = prefilter.compile(r"(?=[aijmu])\b(?:joined|merged|attached|annexed|incorporated|united)"
                               r"(?:\s+(?:it|them|this|these|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:villages?|towns?|"
                               r"settlements?|communit(?:y|ies)|districts?|regions?|areas?|parish(?:es)?|raions?)|"
                               r"[A-Z][\w'’-]+(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]+)*))?"
                               r"(?:\s+(?:in\s+\d{4}|later|formally|administratively|\w+ly))?"
                               r"\s+(?:to|with|into)\s+(?:the\s+)?(?:neighbou?ring\s+|adjacent\s+|next\s+)?$", re.I)
_AREA_WORD_AFTER = prefilter.compile(r"\s+(?:district|region|province|raion)s?\b", re.I)
# a match's venue after the result: "the youth team lost two-nil in Yerevan", "the side won 3-1 in Gyumri"
_MATCH_VENUE = prefilter.compile(r"\b(?:team|side|club|squad|eleven)\s+(?:\w+\s+){0,2}?(?:lost|won|drew)\s+"
                                 r"(?:\d{1,2}\s?[-–]\s?\d{1,2}|(?:one|two|three|four|five|six|nil)[-–](?:nil|one|two|three|"
                                 r"four|five|six)|on\s+penalties)\s+(?:away\s+|at\s+home\s+)?in\s+(?:the\s+)?$", re.I)
# a team named by its town or province in such a result: "Syunik's youth team lost two-nil", "Goris's side won"
_TEAM_OF = prefilter.compile(r"['’]s?\s+(?:\w+\s+){0,2}?(?:team|side|club|squad|eleven)\s+(?:\w+\s+){0,2}?(?:lost|won|drew)\b",
                             re.I)

# what the outlet will cover next, as the whole sentence's frame: "We will report on the schools' preparations and on
# the water supply of X", "Next week we will look at the markets of Y" (a plan of coverage; nothing has happened)
# (its opening time, its verb of intent and the promise of more, shared with _COVERAGE_PLAN_OURS)
_PLAN_OPENING = r"^(?:(?:Next|This|Later|Tomorrow|On\s+[A-Z][a-z]+day)\b[^,.;:]{0,20}?,?\s+)?"
_PLAN_WILL = r"(?:will|shall|['’]ll|plan\s+to|hope\s+to)\s+(?:also\s+|soon\s+)?"
_BRING_MORE = (r"bring\s+you\s+(?:more|a\s+report|a\s+story|the\s+(?:[\w'’-]+\s+){0,2}?(?:commemorations?|"
               r"ceremon(?:y|ies)|events|reactions?|speeches|celebrations?))")
_COVERAGE_PLAN = prefilter.compile(_PLAN_OPENING + r"[Ww]e\s+" + _PLAN_WILL +
                                   r"(?:report|look|return|come\s+back|write|" + _BRING_MORE + r")\b")
# the same with the outlet's own team or club named: "Next month the history club will write about the road to Y",
# "Our newsroom will look at the markets of Y" (not anyone else's team: "The rescue team will return to Y", "The
# monitoring team will report on the violations near Y"; nor a club going back to a town: "The drama club will
# return to Y"); or more of its material promised: "Further frames from Z will follow on sheet 15", "More photos of
# Z are to follow"
_COVERAGE_PLAN_OURS = prefilter.compile(_PLAN_OPENING +
                                        r"(?:[Oo]ur\s+(?:[\w'’-]+\s+){0,2}?(?:club|class|desk|team|newsroom|editors|reporters|"
                                        r"correspondents?|crew)|[Tt]he\s+(?:[\w'’-]+\s+){0,2}?(?:club|class|desk|newsroom|"
                                        r"editors|(?:news|editorial|reporting)\s+(?:team|crew)))\s+" + _PLAN_WILL +
                                        r"(?:report|look|write|" + _BRING_MORE + r"|"
                                        r"(?:return|come\s+back)\s+to\s+(?:the|this|that|our)\s+(?:story|subject|topic|question|"
                                        r"theme|matter|series))\b"
                                        r"|^(?:Further|More)\s+(?:frames|pictures|photos|photographs|images|footage|reports|"
                                        r"dispatches)\s+(?:from|of)\s+[^,.;:]{1,40}?\s+(?:will|are\s+to)\s+(?:follow|come)\b")
# a notice of a community's own gathering to come: "The parish council will meet in X on Thursday", "A requiem
# service will be held at the church in Y", "The cooperative will hold its open day in Z", "we still meet each month
# in the library hall" (where a meeting, a service or an exam is to be held is a notice, not an event; but not the
# meetings of commissions, officials or leaders, nor a funeral or a ceremony, which the annotations keep as events)
_GATHERING = (r"(?:services?|prayers|requiem|liturgy|vigil|exams?|examinations|open\s+(?:day|evening)|sessions?|"
              r"briefing|check\s+days|pilgrimage|(?:general|annual|members['’]?|parish|community)\s+meeting|"
              r"meeting\s+of\s+the\s+(?:branch|board|society|association|union|club|cooperative|co-operative)|"
              r"(?:memorial|poetry|open|community)\s+evening|evening\s+of\s+\w+)")
# a club's season meeting, event, night, picnic, supper, exhibition or contest: "the winter meeting will be held in
# X", "our score event will be held above Y", "the outreach night will be held in Z" (older sets: 0 of 15 such places
# annotated). Only as the subject of "will be held", with at most a phrase naming no place or a plan between ("the
# winter meeting of members", "the competition in mental arithmetic, planned for December,"): not "in the coming
# nights the power cuts in X will take place", "since the events in Y, elections will be held", "memorial events for
# the victims of Z"
_CLUB_GATHERING = (r"(?:(?:winter|spring|summer|autumn)\s+meeting|events?|nights?|picnics?|suppers?|exhibitions?|"
                   r"competitions?|tournaments?)")
# ... a club's contest or outing with the one town it is held in before the verb: "the under-12 tournament in X will
# take place on 3 May", "the spring picnic at Y will be held" (the same notice, its venue told first; not an
# exhibition or an event, which a ministry may hold)
_CLUB_CONTEST = r"(?:tournaments?|competitions?|matches|picnics?|suppers?|(?:winter|spring|summer|autumn)\s+meeting)"
_GATHERING_BODY = (r"(?:board|council|committee|society|cooperative|co-operative|branch|parish|club|school|network|"
                   r"association|choir|people\s+from\s+[A-Z][\w'’-]*)")
_GATHERING_NOTICE = prefilter.compile(rf"\b{_GATHERING}\b[^.;:]{{0,80}}?\bwill\s+(?:be\s+held|take\s+place)\b|"
                                      rf"\b{_CLUB_GATHERING}(?:\s+(?:of|in|for)(?:\s+[a-z][\w'’-]*){{1,5}}?)?(?:\s*,\s*"
                                      rf"(?:planned|scheduled|due)\s+for\s+[^,.;:]{{1,40}},)?\s+will\s+(?:be\s+held|"
                                      rf"take\s+place)\b|"
                                      rf"\b{_CLUB_CONTEST}\s+(?:in|at)\s+[A-Z][\w'’-]*\s+will\s+(?:be\s+held|take\s+place)\b|"
                                      rf"\b{_GATHERING_BODY}\s+will\s+(?:hold|meet)\b|"
                                      rf"\bwill\s+hold\s+(?:its|their|our|an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                      rf"(?:{_GATHERING}|{_CLUB_GATHERING})\b|"
                                      r"\b[Ww]e\s+(?:still\s+|also\s+)?meet\s+(?:on|every|each|once|twice)\b|"
                                      # (or told in the present as a timetable: "the general meeting is on Saturday at the
                                      # school in X", "the spring meeting is on 6 June in Y": older sets 0 of 3 annotated)
                                      r"\b(?:general|annual|members['’]?|parish|community|winter|spring|summer|autumn)\s+"
                                      r"meeting\s+is\s+on\b")
# what makes such a notice official business, kept as an event
_OFFICIAL_GATHERING = prefilter.compile(r"\b(?:commissions?|officials|leaders|ministers?|ministry|presidents?|prime\s+minister|talks|"
                                        r"summit|negotiat\w*|delegations?|envoys?|funeral|ceremony|peacekeepers|troops|army|"
                                        r"Security\s+Council|United\s+Nations|OSCE|parliament|National\s+Assembly)\b", re.I)
# a small trade's errands, no event at the town (read sets: 28 of 28 such places unannotated; the sets file aid
# delivered to a village, goods stranded in a town and parcels a closed road stops, so a sentence telling war, aid,
# officials or a closure keeps its places). Each pattern ends where the town stands, maybe after others of a list
# ("posted to A and ").
_TRADE_LIST = (r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?\s*(?:,|,?\s+and|,?\s+or)\s+)*"
               r"(?:the\s+)?$")
# goods ordered or bought from the town: "we can order new ones from X", "has ordered a table, which should arrive
# from Y" (not "in order ... from", nor an order given to someone named: "to order Azerbaijan to pull back from", nor
# a command to people to go or keep away: "ordered drivers to turn back from X", "ordered his men back from Y")
_ORDERED_FROM = prefilter.compile(r"(?<!\bin\s)\b(?:order(?:ed|ing)?|bought|buy|buys)\s+(?!(?-i:[A-ZƏÇŞĞÜÖİ]))"
                                  r"(?:(?!\b(?:to\s+(?!(?:the|a|an|our|my|his|her|their|its|us|me|you|them|be)\b)[a-z]+|back|away|"
                                  r"out|off)\b)[^.;:!?]){0,80}?\bfrom\s+" + _TRADE_LIST, re.I)
# a tradesman's or a supplier's town: "bought from a collector in X", "our supplier in Y", "the saddler from Z" (not a
# warehouse: goods "from a warehouse in X" travel a route, goods stored there may be stranded)
_TRADER_AT = prefilter.compile(r"\b(?:[Tt]he|[Aa]|[Oo]ur|his|her|my)\s+(?:[\w'’-]+\s+){0,2}?(?:collector|dealer|specialist|"
                               r"joiner|carpenter|tannery|saddler|cobbler|tailor|potter|bookbinder|engraver|glazier|"
                               # (and the crafts of the building trade: "the laths for the plasterer in X")
                               r"upholsterer|mill|supplier|seller|maker|printers?|plasterer|stonemason|mason|roofer|"
                               r"blacksmith|weaver)\s+(?:in|at|from)\s+" + _TRADE_LIST)
# a piece of work ordered by a customer named by their town: "the rug ordered by the church in X", "the dial that the
# family in Y ordered", "commissioned by a school in Z" (whom a workshop works for; not an order given: "ordered by the
# commander in W to withdraw", an order to people, read by what follows it)
_ORDERED_BY = prefilter.compile(r"\b(?:ordered|commissioned)\s+by\s+(?:the|a|an|our)\s+(?:[\w'’-]+\s+){0,2}?"
                                r"(?:family|church|school|customer|client|couple|museum|library|club|parish|monastery)\s+"
                                r"(?:in|at|from)\s+" + _TRADE_LIST, re.I)
_CUSTOMER_BEFORE = prefilter.compile(r"\b(?:that|which)\s+(?:the|a|an|our)\s+(?:[\w'’-]+\s+){0,2}?(?:family|church|school|"
                                     r"customer|client|couple|museum|library|club|parish|monastery)\s+(?:in|at|from)\s+"
                                     + _TRADE_LIST, re.I)
_ORDERED_AFTER = prefilter.compile(r"\s+(?:has\s+|had\s+)?(?:ordered|commissioned)\b(?!\s+(?:us|them|him|her|the\s+\w+)\s+to\b)")
# parcels posted to the town, the sentence saying it goes by post: "tops posted to X", "we no longer post fans to Y
# while the parcels take so long" (not a police post "at the entrance to W"; not goods "sent to" a town, a shipment)
_POSTED_TO = prefilter.compile(r"(?:\b(?:we|they|I|you|will|would|can|to|longer)\s+(?:still\s+|also\s+|now\s+|only\s+)?"
                               r"post|\bposted|\bmail(?:ed|s)?)\s+(?:[\w'’-]+\s+){0,3}?to\s+" + _TRADE_LIST, re.I)
_POST_WORD = prefilter.compile(r"\b(?:parcels?|post|posted|postage|mail|mailed|courier)\b", re.I)
# a shop's delivery area, told with its orders: "orders are delivered free inside X", "deliveries beyond Y are paused"
_DELIVERED_IN = prefilter.compile(r"\b(?:delivered|deliver|deliveries|delivery)\s+(?:free\s+)?"
                                  r"(?:inside|within|beyond|in|to)\s+(?:the\s+(?:district|town|city)\s+of\s+)?"
                                  + _TRADE_LIST, re.I)
_ORDERS_WORD = prefilter.compile(r"\b(?:orders?|buyers?|customers?|free)\b", re.I)
# an order-book line, the work for a customer in a town and its state: "Twelve smokers for X, due at the end of
# January", "Four hives for a keeper in Y, who wants them painted", "The bow ordered by the club in Z is still in the
# clamp"
_ORDER_LINE = prefilter.compile(r"^(?:(?:[A-Z][a-z]+|\d+)\s+(?:[\w'’-]+\s+){0,6}?|The\s+(?:[\w'’-]+\s+){1,6}?)"
                                r"(?:for|ordered\s+by)\s+(?:(?:the|a|an|our)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+)?"
                                + _TRADE_LIST)
# a collector's picture named by what it shows: "a stereo card of X", "the postcard of the Y cathedral", "an
# engraving of Z" (its subject, no event there; a picture of harm is told by the sentence's war words)
_CARD_OF = prefilter.compile(r"\b(?:(?:post|stereo|picture|cabinet)\s*cards?|cards?|stereo\s*views?|stereoviews?|"
                             r"(?:lantern\s+)?slides?|engravings?|lithographs?|etchings?|prints?)\s+of\s+(?:the\s+)?$", re.I)
# a ledger's line, a customer named by its town and trade, a dash, the goods and whether they are paid: "X dairy - two
# bottles of rennet, paid", "Y guest house - one packet of culture, to be paid on Friday" (an account, no event)
_LEDGER_ENTRY = prefilter.compile(r"[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[a-z][\w'’-]*){1,2}\s+[-–—]\s+(?:an?|one|two|three|four|five|six|"
                                  r"seven|eight|nine|ten|twelve|half|\d+)\b[^.;]*?\b(?:paid|unpaid|owed|owing|on\s+account|"
                                  r"on\s+credit|settled)\b")
_ORDER_STATE = prefilter.compile(r"\b(?:due|to\s+be\s+(?:finished|ready|collected|delivered)|(?:is|are)\s+(?:finished|ready|"
                                 r"cut|done|still)|will\s+be\s+delivered|wants?\s+(?:them|it))\b")
# a shop's or a market's town, where its goods are sold or fetched: "black seed in small jars for the shops in X",
# "the fish comes from the market in Y", "the repair shop in Z" (read sets: 12 of 14 such towns unannotated, the two
# annotated telling shops that ration food and a shop hit by fire: a shortage's news, _SHORTAGE_TOLD, or war's)
# (not someone at the market: "said a beekeeper at the market in W" is where the words were heard)
# (nor someone outside, inside or near it: "joked Aram, a baker, outside a shop in W")
_SHOP_IN = prefilter.compile(r"(?<!\bat\sthe\s)(?<!\bat\sa\s)(?<!\boutside\sthe\s)(?<!\boutside\sa\s)(?<!\binside\sthe\s)"
                             r"(?<!\binside\sa\s)(?<!\bnear\sthe\s)(?<!\bnear\sa\s)"
                             r"\b(?:market|bazaar|shops?|stalls?)\s+in\s+" + _TRADE_LIST, re.I)
_SHORTAGE_TOLD = prefilter.compile(r"\b(?:ration\w*|shortages?|queues?|queued|empty|ran\s+out|run\s+out|short\s+of|"
                                   # (or told in other words: shelves "bare" or "stripped", "no sugar or flour for a
                                   # week", "for lack of goods", power cuts, prices tripled, a shop shut or a road cut or
                                   # blocked: a blockade's news in the besieged town)
                                   r"(?:are|were|is|was|stand|stood|left)\s+bare|(?:are|were|was|been)\s+stripped|lack\s+of|scarce|no\s+(?:more\s+)?(?:bread|flour|sugar|salt|oil|"
                                   r"cooking\s+oil|butter|fuel|petrol|diesel|gas|milk|meat|fruit|vegetables|eggs|medicines?|"
                                   r"food|goods|electricity|power|fresh\s+\w+)|power\s+cuts?|blackouts?|"
                                   r"(?:doubled|tripled|quadrupled|soared|soaring|skyrocket\w*)|"
                                   r"up\s+from\s+(?:about\s+)?(?:[$€£]\s?)?\d+|shut|blocked|"
                                   r"(?:road|roads|corridor|highway|supplies|supply|gas|power|electricity)\s+"
                                   r"(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?cut|"
                                   # (or the shop or the market hit: "the market in X was hit overnight", "was struck")
                                   r"(?:was|were|been|being)\s+(?:hit|struck)|"
                                   # (or its own news, a market opened: "the market in Y opens on Sunday")
                                   r"(?:re)?open(?:s|ed)\s+(?:on|in|last|this|next|for\s+the\s+first)|new\s+market)\b", re.I)
# a customer's or a buyer's town, said to tell who they are: "a customer from X rang to ask", "our customers in Y"
# (read sets: 9 of 10 such towns unannotated; the one kept tells a family killed by shelling, a war sentence)
_CUSTOMER_OF = prefilter.compile(r"\b(?:customers?|clients?|buyers?)\s+(?:[\w'’-]+\s+)?(?:from|in)\s+" + _TRADE_LIST, re.I)
# (customers who travel are a journey's people: "customers from X travelled to Y by bus", "our customers come from Z
# by minibus", the journey told before the town as well as after it)
_CUSTOMERS_TRAVEL = prefilter.compile(r"\b(?:travel\w*|drove|driven|drive|came|come|comes|went|walked|flew|arriv\w*|left|"
                                      r"returned|fled|moved)\s+(?:back\s+)?(?:to|from|into|home)\b", re.I)
# what makes a trade's sentence news: aid, officials, families on the move, a closure (besides war, _war_told)
_TRADE_NEWS = prefilter.compile(r"\b(?:aid|humanitarian|relief|Red\s+Cross|Red\s+Crescent|ICRC|charity|donat\w*|refugees|"
                                r"displaced|families|evacuat\w*|blockad\w*|closed|closure|cut\s+off|captives?|ministry|"
                                r"president|government|officials|court|"
                                # (goods or parcels stopped on the way, as a closure stops them: "parcels posted to X have
                                # been held up at Y", "fuel for Z was turned back at the bridge")
                                r"held\s+up|turned\s+back|stuck|stranded|seized|confiscated|(?:was|were|been)\s+stopped)\b", re.I)
# a place named as the seat of a local civilian service, shop or society: "took the residents to the clinic in X",
# "bring it to the diocesan house in Y", "the consular section in Z can be reached day and night", "the lenses come
# from the laboratory in W" (older sets: 6 of 6 suppliers' towns unannotated) (where the service
# is, not an event; a clinic hit by fire is kept by _HARM_TOLD; not a hospital, which takes in the wounded, nor a shop
# or a market, where people are met and words heard: "said Aram, outside a shop in X"). Kept apart from _SEAT_IN:
# other nouns, "a" as well as "the", "at" as well as "in", and its own news (_SERVICE_NEWS, _SERVICE_NEWS_AFTER,
# _TREATED, WAR_NEWS) where the seat's is a raid or goods left (_SEAT_RAIDED, _GOODS_LEFT).
_SERVICE_IN = prefilter.compile(r"\b(?:[Tt]he|[Aa])\s+(?:[\w'’-]+\s+){0,2}?(?:clinic|polyclinic|pharmacy|library|"
                                # (and the tradesman a shop deals with: "ordered rod from the wholesaler in X", "the
                                # smith in Y charged the same", "sent to the repairer in Z")
                                r"wholesaler|repairer|repairman|smith|blacksmith|"
                                r"diocesan\s+house|House\s+of\s+Culture|consular\s+section|supplier|wholesale\s+yard|"
                                r"workshop|branch|mosque\s+committee|laboratory|forge|smithy|nursery)\s+(?:in|at)\s+(?:the\s+)?$")
# the service itself as the news: "would pay for a clinic in X", "opened a new library in Y", "repaired the clinic in Z"
_SERVICE_NEWS = prefilter.compile(r"(?:\b(?:for|build|builds|building|built|open|opens|opened|opening|fund|funds|funded|"
                                  r"funding|repair\w*|rebuil\w*|clos(?:e|es|ed|ing)|equip\w*)\s+(?:the|a|an)\s+|"
                                  r"\bnew\s+)(?:[\w'’-]+\s+){0,2}?\w+\s+(?:in|at)\s+(?:the\s+)?$")
# the service's own news after it: "the clinic in X had reopened", "the library in Y closed on Monday", or the
# tradesman's return or flight: "the smith in Z returned to his forge", "the wholesaler in W fled"
_SERVICE_NEWS_AFTER = prefilter.compile(r"(?:\s*,[^,.;:]{1,60},)?\s+(?:(?:had|has|have|was|were|is|are|will|would)\s+"
                                        r"(?:been\s+|be\s+)?)?(?:reopen\w*|opened|closed|shut|resumed|"
                                        r"return(?:ed|s)?\s+(?:to|home)|came\s+back|fled|evacuated)\b")
# someone's treatment at such a clinic, part of the person's story: "he was to undergo an operation at a clinic in X"
_TREATED = prefilter.compile(r"\b(?:operations?|surgery|treat(?:ed|ment)|undergo(?:es)?|underwent|patients|sick|"
                             r"ambulances?)\b")
# what else such a sentence tells of the place, which is then an event there: "after the evacuation", "as the clashes
# go on", "showing the ruins of the mosque", "on the blockade of X" (besides harm, kept by _HARM_TOLD)
_EVENT_TOLD = prefilter.compile(r"\b(?:clash(?:es|ed)?|fight(?:ing)?|fought|battles?|evacuat\w*|protests?|blockad\w*|"
                                r"captur\w*|died|dead|deaths?|bomb\w*|strikes?|missiles?|rockets?|artillery|ruins?|ruined|"
                                r"looted|refugees|displaced|violations?)\b", re.I)
# how a harvest went, told with no harm: "Apricot growers around X report a late but good harvest", "farmers near
# Y expect a record harvest" (farm news, no event; a harvest lost to fire or shelling is kept by _HARM_TOLD)
_HARVEST_TOLD = prefilter.compile(r"\b(?:a|an|the|this\s+year['’]s|last\s+year['’]s)\s+(?:\w+\s+){0,3}?(?:good|poor|bad|late|"
                                  r"early|record|bumper|rich|modest|fine|small|big|large|average|plentiful|meagre)\s+"
                                  r"(?:\w+\s+)?harvests?\b", re.I)
# soldiers keeping farmers from a harvest: "lost a good harvest because soldiers barred them from the fields" (news
# of the fields, not farm news)
_HARVEST_BARRED = prefilter.compile(r"\b(?:soldiers|troops|servicemen|army|military|guards|barred|blocked|cut\s+off)\b", re.I)
# people the outlet or its source could not reach, named by their place: "Our desk could not reach the village heads
# of X or Y this evening", "we were unable to contact officials in Z"
_NOT_REACHED = prefilter.compile(r"\b(?:could\s+not|couldn['’]t|cannot|can['’]t|(?:was|were)\s+(?:not\s+)?(?:unable|able)\s+to|"
                                 r"failed\s+to|did\s+not|didn['’]t)\s+(?:(?:yet|immediately)\s+)?(?:reach|contact|get\s+through\s+to|"
                                 r"speak\s+to|speak\s+with)\s+(?:the\s+|any\s+)?(?:\w+\s+)?(?:heads?|mayors?|chiefs?|"
                                 r"officials?|administrators?|residents|people|villagers|authorities|governors?)\s+(?:of|in)\s+"
                                 r"(?:the\s+)?$", re.I)
# where people go to earn a living: "some men go to work in X or Y", "young people leave to find work in Z"
_WORK_IN = prefilter.compile(r"\b(?:go|goes|went|going|travel(?:s|led|ling)?|commute[sd]?|commuting|leave|leaves|left|"
                             r"move[sd]?|moving)\s+(?:(?:away|abroad|out)\s+)?to\s+(?:find\s+|look\s+for\s+)?work\s+in\s+"
                             r"$", re.I)
# ... or the town first, the work after: "have gone to X or Y for work", "are moving to Z for work", "left for Z to find
# work" (older sets: 4 of 4 such towns unannotated)
_GONE_TO = prefilter.compile(r"\b(?:go|goes|gone|went|going|travel(?:s|led|ling)?|move[sd]?|moving|leave|leaves|left|"
                             r"leaving)\s+(?:(?:away|abroad|out)\s+)?(?:to|for)\s+$", re.I)
_FOR_WORK_AFTER = prefilter.compile(r"(?:(?:\s*,|,?\s+or|,?\s+and)\s+[A-Z][\w'’-]*)*\s+(?:for\s+work|to\s+(?:find|look\s+for|"
                                    r"seek)\s+(?:work|jobs?)|in\s+search\s+of\s+(?:work|jobs?))\b")
# a team named by its town before its result: "The Goris youth football team beat ...", "the Kapan side won ..."
# (a team's noun in the sentence is tested first)
_TEAM_NAMED = prefilter.compile(r"\s+(?:(?:youth|junior|women['’]s|men['’]s|school|under-\d+|football|basketball|volleyball|"
                                r"wrestling|chess|handball|futsal|national|city|town|village)\s+){0,3}"
                                # (a "side" with its result right after it: not "on the X side the guards held ...")
                                r"(?:(?:team|club|squad|eleven)\s+(?:\w+\s+){0,2}?|side\s+)"
                                r"(?:lost|won|drew|beat|defeated|thrashed|edged|held)\b", re.I)
# the other team of a match named by its town: "beat its rivals from Sisian", "lost to the visitors from Goris"
_RIVALS_FROM = prefilter.compile(r"\b(?:beat|defeated|thrashed|edged|lost\s+to|drew\s+with|played|hosted|faced?|faces|met)\s+"
                                 r"(?:its|their|the)\s+(?:\w+\s+)?(?:rivals|opponents|visitors|guests|hosts|team|side|"
                                 r"club|squad)\s+from\s+$", re.I)

# where a group named by its home stays now, told in a relative clause: "families from X who are still in hotels",
# "families from Y who now live in dormitories"
# (the temporary housing of the displaced is the news, not their home)
_STAYING_NOW = prefilter.compile(r"\s*,?\s*who\s+(?:(?:are|were|have\s+been|remain)\s+(?:still\s+|now\s+)?"
                                 r"(?:living\s+|staying\s+|housed\s+|lodged\s+|sheltered\s+)?|"
                                 r"(?:still\s+|now\s+)?(?:live|lived|stay|stayed)\s+)in\s+(?:the\s+)?(?:\w+\s+)?"
                                 r"(?:hotels?|hostels?|dormitor(?:y|ies)|shelters?|sanatori(?:um|ums|a)|temporary\s+"
                                 r"(?:housing|accommodation|homes?)|rented\s+(?:flats?|rooms?|apartments?|houses?))\b", re.I)

# a group named by its home inside a clause about another scene: "the spring at X, where a family from Y shared their
# tea with us", "the market, where pilgrims from Z bought candles" (the scene is what "where" refers to; Y is who
# they are)
_WHERE_GROUP_FROM = prefilter.compile(r",\s+where\s+(?:(?:an?|the|one|some|two|three|several|many|\d+)\s+)?"
                                      r"(?:[a-z]+\s+)?(?:family\s+from\s+(?:the\s+)?$|"
                                      + _GROUP_FROM.pattern.removeprefix(r"\b") + ")", re.I)
# a side's answer named by its capital or its seat: "no reaction from Yerevan", "There was no immediate response from
# Baku", "has drawn criticism from Baku" (the government speaking, not anything happening in the town)
# (also with a word of time between: "no comment so far from Yerevan", "no response yet from Baku"; and "any
# statement from Baku")
_REACTION_FROM = prefilter.compile(r"\b(?:reactions?|responses?|replies|reply|answers?|comments?|criticism|condemnation|"
                                   r"objections?|statements?)"
                                   r"\s+(?:(?:so\s+far|as\s+yet|yet|immediately|officially)\s+)?(?:came\s+)?from\s+$", re.I)
# an exhibit's or a picture's line telling who made it and where, opening with the making: "Drawn in a X school in
# November 2020 by a girl from Y.", "Embroidered in Z by her grandmother." (the object's story, no event)
_MADE_BY_LINE = prefilter.compile(r"(?:Drawn|Painted|Sketched|Made|Sewn|Stitched|Embroidered|Carved|Knitted|Woven|Crafted)\s+"
                                  r"(?:in|at)\s+[^.;:]{0,80}?\bby\s+(?:an?|the|his|her|their|my|our|[A-Z])")
# a flight told in such a line: "by a boy who fled Z", "by a girl evacuated from Y" (words of flight only, not
# lexicon.WAR_NEWS: the two share "fled", but this one adds "escaped", "evacuated" and "displaced", and holds none of
# WAR_NEWS's troops, dead, captives or mines)
_FLIGHT_TOLD = prefilter.compile(r"\b(?:fled|escaped|evacuated|displaced)\b", re.I)
# a private life told by its places, in an obituary or a profile: "apart from his student years in X", "her school
# years in Y", "living in a relative's flat in Z", "moved to her son's house in W" (where a person studied or lodged;
# not "my father's house in X had a walnut tree", the home a speaker tells of)
_LIFE_YEARS_IN = prefilter.compile(r"\b(?:his|her|their|my|our)\s+(?:student|school|university|college|army|early|childhood|"
                                   r"teenage|working|last)\s+years\s+in\s+(?:the\s+)?$", re.I)
_KIN_HOME_IN = prefilter.compile(r"\b(?:in|into|to|at)\s+(?:an?|his|her|their|my|our)\s+(?:[\w-]+\s+)?"
                                 r"(?:relative|cousin|friend|son|daughter|brother|sister|uncle|aunt|parent|grandparent|"
                                 r"grandmother|grandfather|mother|father|niece|nephew|in-law)(?:['’]s|s['’])\s+"
                                 r"(?:flat|apartment|house|home|dacha|room)\s+in\s+(?:the\s+)?$", re.I)
# ... or told by the kin's possessive alone: "who is at his sister's in X", "then I go to my daughter's in Y", "the
# hens at my sister's in Z" (a stay at kin's home, no event; read sets: 8 of 9 such towns unannotated, the one kept a
# family moved there from shelling, told with "house")
_AT_KIN_S_IN = prefilter.compile(r"\b(?:at|to)\s+(?:his|her|their|my|our|your)\s+(?:[\w-]+\s+)?"
                                 r"(?:relative|cousin|friend|son|daughter|brother|sister|uncle|aunt|parent|grandparent|"
                                 r"grandmother|grandfather|mother|father|niece|nephew|in-law)(?:['’]s|s['’])\s+in\s+$", re.I)
# ... kept when a flight, a shelter or what the law or a crime did there is told: "the family, who fled X, are
# sheltering at their cousins' in Y", "police detained him at his cousin's in Z", "armed men broke into the house at
# his father's in W" (with _EVENT_TOLD and _GROUP_FLED; not "the choir missing its tenor, who is at his daughter's")
_KIN_STAY_NEWS = prefilter.compile(r"\b(?:fled|flee(?:s|ing)?|escaped|evacuees|refuge|shelter(?:s|ed|ing)?|arrest\w*|"
                                   r"detain\w*|raid(?:s|ed)?|search(?:ed|es)|abduct\w*|kidnapp\w*|(?:went|gone|reported)\s+"
                                   r"missing|hiding|found|broke\s+in(?:to)?|burst\s+in(?:to)?|questioned|rob(?:bed|bery)|"
                                   r"stole|stolen)\b", re.I)
# where someone is staying with kin or friends for now: "the rest of us are staying with relatives in X", "his wife
# will stay with her mother in Y" (a private lodging; read sets: 8 of 9 such towns unannotated, the one kept named
# with others in an exodus; fire, harm or refugees told keep the town: "refugees, many of whom are staying with
# relatives in W", an official's news; and a stay in the past, "stayed with relatives in Z until Wednesday", is a
# flight's shelter, left alone)
_STAYING_WITH_KIN_IN = prefilter.compile(r"\b(?:staying|stay)\s+with\s+(?:[\w'’-]+\s+){0,3}?(?:relatives|relations|family|friends?|"
                                         r"cousins?|mother|father|parents|sisters?|brothers?|sons?|daughters?|aunts?|uncles?|"
                                         r"grandparents|grandmother|grandfather|in-laws|kin|us)\s+"
                                         r"(?:and\s+(?:[\w'’-]+\s+){0,4}?)?in\s+(?:the\s+)?$", re.I)
# ... or told after the town they came to: "his mother has come to X and is staying with him", "who came to Y in
# October and are staying with families in the town" (the same private lodging; fire, harm or refugees told keep it)
_CAME_TO_STAY_BEFORE = prefilter.compile(r"\b(?:come|came|comes|coming|moved|gone|went)\s+(?:back\s+|over\s+|down\s+|up\s+)?"
                                         r"to\s+(?:the\s+)?$", re.I)
_STAYING_WITH_AFTER = prefilter.compile(r"(?:\s+(?:in|on|last|this|for)\s+[\w'’-]+){0,2}\s*,?\s+and\s+(?:are|is|were|was|"
                                        r"have\s+been|has\s+been|will\s+be)\s+(?:now\s+|still\s+)?staying\s+with\s+"
                                        r"(?:him|her|them|us|me|(?:[\w'’-]+\s+){0,3}?(?:relatives|relations|family|families|"
                                        r"friends?|cousins?|mother|father|parents|sisters?|brothers?|sons?|daughters?|aunts?|"
                                        r"uncles?|grandparents|in-laws|kin))\b", re.I)
# a stop for a meal on a trip: "we stopped for soup in X", "stopping for lunch at Y on the way back" (where travellers
# ate, no event; not a convoy that "stopped for the night", nor a stop told with fire, harm or refugees)
_MEAL_STOP_IN = prefilter.compile(r"\bstop(?:ped|s|ping)?\s+(?:off\s+|again\s+)?for\s+(?:a\s+|an\s+|some\s+|our\s+|their\s+)?"
                                  r"(?:[\w-]+\s+)?(?:soup|lunch|tea|coffee|dinner|supper|breakfast|meals?|picnic|snacks?|"
                                  r"kebabs?|ice\s+cream)\s+(?:in|at)\s+(?:the\s+(?:town|village)\s+of\s+)?$", re.I)
# (but people told in a flight stay the exodus's: "residents who fled X are staying with relatives in Y", "families
# forced out of X", "130 residents have left their homes and are staying with relatives in Y", the town where they
# shelter named as the sets name it after "refugees"; one person's flight, "Anahit, who fled X and is staying with
# relatives in Armenia", is left out as the sets leave it)
_GROUP_FLED = prefilter.compile(r"\b(?:people|residents|families|villagers|inhabitants|those|thousands|hundreds|dozens|"
                                r"children|women)\b[^.;:]{0,60}?\b(?:(?:fled|escaped|evacuated|displaced|abandoned|"
                                r"(?:forced|driven)\s+(?:out|from)|left\s+their\s+homes)\b|"
                                r"left\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
# the writer's own people told by where their kin live: "our secretary has family in X", "our treasurer, who has
# relatives in Y", "several of our members have relatives in the Z villages" (who they are; older sets: 0 of 6 such
# towns annotated; fire or harm told in the sentence keeps the town, see _war_told; not a body that cares for
# families: "our village has families in Y", "our army has families in Z to evacuate")
# (or a count of a club's or a shop's people with no "our": "several members have relatives in the Z district")
_OWN_KIN_IN = prefilter.compile(r"\b(?:(?:our|my)\s+(?:[\w'’-]+\s+)?(?!(?:village|town|city|country|government|army|state|"
                                r"community|region|district|side|nation|people|church|school|party)\b)[\w'’-]+|"
                                r"(?:one|two|three|some|several|many|most|a\s+few)\s+"
                                r"(?:of\s+(?:our|my|us)(?:\s+[\w'’-]+){0,2}?|(?:members|customers|clients|regulars|pupils|"
                                r"students|parishioners|readers|subscribers)))(?:,\s+who)?\s+(?:still\s+|also\s+)?(?:has|have)\s+"
                                # (or kin from there: "several of our members have relatives from the Z district", older
                                # sets 3 of 3 such places unannotated when nothing is told of them)
                                r"(?:family|families|relatives|kin|cousins)\s+(?:in|from)\s+(?:the\s+)?$", re.I)
# a clause after the places where the writer's people have kin, telling those places' news: "..., which were handed
# over", "... districts, where the gas was cut off"
_KIN_LIST_TOLD = prefilter.compile(r"(?:\s+(?:districts?|regions?|provinces?|villages?|towns?))?\s*,\s+(?:where|which)\b")
# a private person's journeys told as a habit or a memory: a kinsman or the writer's own members who "used to" travel
# somewhere or "once" went by train or lorry, and what such a kinsman says the trains or the lorries "used to" do
# ("my uncle used to drive a lorry to X", "one of our members, who once played cards on the night train to Y", "my
# father says the trains from A to B used to be full"): the places after it are a private life's, no event (older
# sets: neither of the 2 such sentences annotated; what a kinsman used to do in a town, "my grandmother used to buy
# her bread in X", is annotated there once and stays; the war told keeps the places)
_PRIVATE_ONE = (r"(?:\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+['’]s|(?:[Mm]y|[Oo]ur)\s+[a-z]+['’]s)\s+(?:(?:late|old|older|elder|eldest|"
                r"younger|youngest|great-)\s*)?(?:uncle|aunt|father|mother|grandfather|grandmother|grandparents|parents|"
                r"brother|sister|cousin|husband|wife|son|daughter|nephew|niece)s?\b"
                r"|\b(?:[Oo]ne|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree)\s+of\s+our\s+(?:[a-z]+\s+)?members\b"
                r"|\b[Oo]ur\s+(?:(?:old|older|oldest)\s+)?members?\b)")
# where the habit's clause ends: a semicolon, a colon, a comma, or "and" or "but" opening a clause of its own ("and
# on Monday", not a list of towns "to A and B")
_HABIT_CLAUSE_ENDS = prefilter.compile(r"[;:,]|\b(?:and|but)\s+(?!(?:the\s+)?[A-ZƏÇŞĞÜÖİ])")
_WAY_WORD = (r"\b(?:trains?|buses|bus|lorry|lorries|trucks?|ferry|ferries|coaches|minibus(?:es)?|planes?|flights?|"
             r"road|railway|line)\b")
_PRIVATE_HABIT = prefilter.compile(_PRIVATE_ONE + r"(?:,\s+who)?\s+(?:used\s+to\s+(?:drive|ride|travel|go|take|walk|fly|carry|"
                                   r"bring|come)\b|once\s+(?:drove|rode|travell?ed|went|took|walked|flew|carried|brought|came|"
                                   r"[a-z]+ed\b[^.;:,]{0,40}?" + _WAY_WORD + r")|[^.;:]{0,80}?\b(?:says?|said|remembers?|"
                                   r"recalls?)\b[^.;:]{0,30}?" + _WAY_WORD + r"[^.;:]{0,50}?\bused\s+to\b)")
# the readers addressed, by where their kin are, before the news of another place: "several of you have relatives in
# the X villages, and some of you have asked what is happening in Y" (the readers' kin locate them; alone, the kin's
# home is what the writer goes on to report: "many of you have family in the X villages, so here is the news")
_YOUR_KIN_IN = prefilter.compile(r"\b(?:one|two|some|several|many|most|a\s+few|all|those)\s+of\s+you\s+(?:still\s+|also\s+)?"
                                 r"(?:has|have)\s+(?:family|families|relatives|kin|cousins)\s+(?:in|from)\s+(?:the\s+)?$",
                                 re.I)
# ... or the writers themselves: "we have a cousin in X", "we have a cousin of our engraver in Y" (who they are, as
# above; not "we have a team in X", a body's own staff)
_WE_HAVE_KIN_IN = prefilter.compile(r"\b(?:we|I)\s+(?:still\s+|also\s+)?have\s+(?:an?|two|three|some|several)\s+"
                                    r"(?:cousin|relative|uncle|aunt|brother|sister|nephew|niece)s?"
                                    r"(?:\s+of\s+(?:our|my)\s+[\w'’-]+)?\s+in\s+(?:the\s+)?$", re.I)
# a death told with the age, of old age or illness: "died in X on 15 December at the age of 71", "died in Y, aged 80"
# (a death by fire tells its cause: the sentence's harm words keep the place)
_DIED_IN = prefilter.compile(r"\b(?:died|passed\s+away)\s+(?:(?:peacefully|suddenly|at\s+home)\s+)?in\s+(?:the\s+)?$", re.I)
_AT_AGE = prefilter.compile(r"[^.;]*?(?:\bat\s+the\s+age\s+of\s+\d{1,3}\b|,\s+aged\s+\d{1,3}\b)")
# the war in a private life's sentence in words _HARM_TOLD does not hold: "died in X of his wounds, aged 21", "her
# working years in Y ended when the factory was bombed", "troops took up positions in a relative's house in Z"
# (weapons, wounds and fighters only, so that _war_told is _HARM_TOLD widened; lexicon.WAR_NEWS, which shares "troops"
# and "soldiers", is wider still: the dead, the captive, flight, mines, shortages)
_WAR_TOLD = prefilter.compile(r"\b(?:wounds|shrapnel|bomb(?:s|ed|ing)?|siege|rockets?|missiles?|artillery|troops|soldiers|"
                              r"gunmen|militants)\b", re.I)


def _war_told(sentence):
    """Does the sentence tell fire, harm or war (_HARM_TOLD's words, or the war words it lacks: _WAR_TOLD)?"""
    return bool(_HARM_TOLD.search(sentence) or _WAR_TOLD.search(sentence))


# a sentence opening with a time told by a place's known events, a teller's aside after it: "After Sumgait, the site
# writes, ...", "After Shusha, the site recalled, troops took the villages around X" (the older sets annotate the
# place after it, not this one; not a way or a sequence told with no teller: "After Kapan, the convoy went on to
# Goris", "After Tartar, Barda was shelled too")
_TIME_BY_PLACE = prefilter.compile(r"(?:After|Before|Since)\s+")
_TELLER_ASIDE = prefilter.compile(r",\s+(?:[\w'’-]+\s+){1,8}?(?:writes|wrote|recalls|recalled|says|said|reports|reported|"
                                  r"notes|noted|remembers|remembered)\s*,")
# events named again by where they happened, none told: "held responsible for what happened in X", "spoke about what
# happened in Y", "two days before the events in Z", "letters on the events in W" (the older sets annotate no event
# there; but "the events in X, where police detained 40" tells them)
_WHAT_HAPPENED = prefilter.compile(r"\b(?:what\s+(?:had\s+|has\s+)?happened|the\s+events)\s+(?:in|at)\s+$")
# the people of a market named by the town they trade in: "fuel traders in X", "hauliers in Y", "dealers in Z"
_TRADERS_IN = prefilter.compile(r"\b(?:traders|dealers|hauliers|merchants|wholesalers|retailers|importers|exporters|investors|"
                                r"brokers|bankers|shopkeepers|businessmen|businesspeople)\s+in\s+(?:the\s+)?$", re.I)
# the people of a readership or a membership named by where they live: "former pupils in X", "our members in Y",
# "subscribers in Z" (who they are, as "traders in X" is); so a shop's own public: "our buyers in A and B will have
# noticed" (older sets file 0 of 6 "our customers / buyers / members in X")
_MEMBERS_IN = prefilter.compile(r"\b(?:pupils|students|alumni|graduates|members|readers|subscribers|parishioners|"
                                r"our\s+(?:buyers|customers|clients))\s+"
                                r"(?:(?:living|scattered|now)\s+)?in\s+(?:the\s+)?$", re.I)
# where the members of a group came from, told part by part: "Some came from A, some from B, one family from C",
# "some were from A, others from B" (who the people are, not where the news happened)
_SOME_FROM = prefilter.compile(r"\b(?:[Ss]ome|others|many|most|one\s+family|a\s+few)\s+(?:(?:came|come|were|are)\s+)?"
                               r"from\s+(?:the\s+)?$")
# part of a group told before, by where it comes from: "families arrived in X, some of them from A, B and C", "forty
# people, most of whom were from Y" (their homes, not the scene; the group's journey is told with its own verb)
_PART_OF_THEM_FROM = prefilter.compile(r"(?:,|—|–|\()\s*(?:some|many|most|several|a\s+few|half|all|one|two|three|four|five|"
                                       r"six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|whom)\s+(?:(?:were|are|was|is|being)\s+)?"
                                       r"(?:originally\s+)?from\s+(?:the\s+)?$", re.I)
# ... but not people told as driven from those homes: "the people living there were themselves displaced, many of them
# from A and B" (a flight from each, as "refugees who fled from A" is)
_GROUP_DRIVEN_OUT = prefilter.compile(r"\b(?:displaced|fled|flee(?:ing)?|refugees|IDPs|evacuated|evacuees|driven\s+out|expelled|"
                                      r"deported|escaped|uprooted)\b", re.I)
# ... nor rounds told fired, part of which came from each place: "shells were fired at X, some of them from A and B"
# (where the fire came from, as "fire from A" is)
_ROUNDS_FIRED = prefilter.compile(r"\b(?:shells?|rockets?|missiles?|rounds|mortars?|grenades|drones?|projectiles|salvos?|"
                                  r"bombs?|shots|bullets|fired|launched)\b", re.I)
_SOME_OTHERS = prefilter.compile(r"\b[Ss]ome\b[^.;:]{0,40}?,\s+(?:and\s+)?(?:some|others|the\s+rest|one\s+family)\b")
# a home named by a building of its town: "a family from a Ganja hostel", "people from a Baku dormitory"
_FROM_TOWN_BUILDING = prefilter.compile(r"\s+(?:hotels?|hostels?|dormitor(?:y|ies)|shelters?|camps?|flats?|apartments?|"
                                        r"sanatori(?:um|ums|a))\b", re.I)
# a relative's grave: "from her mother's grave in X", "his parents' graves in Y" (where a family's dead lie)
_KIN_GRAVE = prefilter.compile(r"\b(?:mother|father|parent|grand(?:mother|father|parent)|brother|sister|son|daughter|husband|"
                               r"wife|uncle|aunt|famil(?:y|ie))s?['’]s?\s+graves?\s+(?:in|at)\s+(?:the\s+)?$", re.I)


_LIST_JOIN = prefilter.compile(rf"\s*{_JOINER}\s+(?:even\s+)?(?:the\s+)?")     # ("A, B and even C")
# a journey after the group and its home: the home is where the journey starts ("pilgrims from A travelled by bus to
# B", "workers from A were on their way to B", "villagers from A fled to B", "families from A were evacuated to B",
# "families from A along the highway to B", "buses carry people from A across Georgia to B"; with a direction before
# it and a place after: "pilgrims from A down to B", "from A down to the B district"; not "from A down to the last one",
# "from A up to the age of seventy")
_TO_AFTER = prefilter.compile(r"\s+(?:down|up|back|over)\s+to\s+(?:the\s+)?(?=[A-ZƏÇŞĞÜÖİ])|"
                              r"\s+(?:to|for|towards|along|via|through|across)\b|\s+(?:[\w'’-]+\s+){0,3}?(?:travell?ed|drove|came|went|arrived|flew|"
                              r"walked|journeyed|set\s+(?:off|out)|left|headed|(?:on|en)\s+(?:their|the)\s+way|en\s+route|"
                              r"fled|escaped|evacuated|returned|moved|relocated|taken|brought|bussed|"
                              # the journey told as going on: "families from X driving towards Y", "were heading for Y"
                              r"(?:driving|travell?ing|heading|walking|fleeing)\s+(?:to|towards|for|into)\b)")


def _remit_listed(sentence, m, mentions, before):
    """Whether ``m`` opens the list of places an office serves ("the Service in A, B and C"), see _REMIT_IN."""
    office = _REMIT_IN.search(before)
    return bool(office) and not _OFFICE_SET_UP.search(before, 0, office.start()) and any(
        n.begin >= m.end and _LIST_GAP.match(sentence[m.end:n.begin]) for n in mentions)


# names the gazetteer may lack, listed before the next one: "Sghnakh, Mokhshmhat, "
_NAMES_LISTED = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*,\s*|,?\s+(?:and|or)\s+))*"
# people named by the home they were displaced from, or for whom houses are built: "for the families of A and B",
# "95 families displaced from the villages of A", "I come from A or from B" (who they are, not where it happened)
_ORIGIN_PEOPLE = prefilter.compile(r"(?=[fiprv])(?:\bfor\s+(?:the\s+)?(?:\d+\s+)?(?:displaced\s+)?"
                                   r"(?:people|families|residents|refugees|IDPs|villagers)\s+(?:displaced\s+)?(?:of|from)"
                                   r"|\b(?:people|families|residents|refugees|"
                                   r"IDPs|villagers)\s+(?:displaced|evicted|expelled|uprooted)\s+from)\s+(?:the\s+)?"
                                   r"(?:(?:villages?|towns?|city|cities)\s+of\s+)?" + _NAMES_LISTED + "$", re.I)
# said of oneself, where no other place is needed: "I come from Hadrut", "we are originally from Shushi"; or of a
# group of people the sentence counts: "Most come from A; others are from B", "Several of the new members come from
# the villages around C" (who the people are, not where anything happened; not what is counted of fire or weapons:
# "Most of the shelling comes from A", "Several of the shells are from the villages near B")
_COUNTED_PEOPLE = (r"(?i:most|many|some|others|several|a\s+few)(?:\s+of\s+(?:them|us|these|those|"
                   r"(?:the|our|their)\s+(?:[\w-]+\s+)?(?:members|pupils|students|children|families|people|"
                   r"residents|refugees|evacuees|volunteers|donors|newcomers|guests|staff|workers|recruits)))?"
                   r"(?=\s+(?:originally\s+)?(?:come|are)\b)")
_SELF_FROM = prefilter.compile(r"\b(?:I|we|they|he|she|(?:(?i:my|our|his|her|their)\s+(?:[\w-]+['’]s\s+)?(?:family|families|"
                               r"parents|grandparents|people|ancestors|relatives))|" + _COUNTED_PEOPLE + r")\s+(?:originally\s+)?"
                               r"(?:come|comes|am|are|is)\s+(?:originally\s+)?"
                               r"from\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+|villages\s+(?:around|near)\s+)?$")
# the origin list goes on: "A and B", "A of C, of D", "A in the C region, B in the D region", "A or from B"
_ORIGIN_GAP = prefilter.compile(r"\s*(?:(?:in\s+the\s+[A-Z][\w'’-]*\s+)?(?:[Dd]istrict|[Rr]egion|[Pp]rovince)\b\s*)?"
                                r"(?:,\s*|,?\s*(?:and|or)\s+)?(?:(?:of|in|from)\s+)?(?:the\s+)?" + _NAMES_LISTED)


def _origins_dropped(sentence, mentions):
    """The mentions without the homes of the people a sentence names by them, and the list those homes go on
    (with the districts that locate them), when the sentence names another place or the speaker says it of
    oneself; a return to the home is news there ("families displaced from A returned to A")."""
    ordered = sorted(mentions, key=lambda m: m.begin)
    dropped = set()
    for i, m in enumerate(ordered):
        if i in dropped:
            continue
        before = sentence[max(0, m.begin - 80):m.begin]
        own = _SELF_FROM.search(before)
        if own and (_TO_AFTER.match(sentence, m.end) or (_WHERE_AFTER.match(sentence, m.end)
                                                          and _HARM_TOLD.search(sentence, m.end))):
            own = None                     # "my parents come from X to see us": a journey; "we are from X, where
                                           # shelling destroyed our house": news of the home
        if not (own or _ORIGIN_PEOPLE.search(before)):
            continue
        listed, end = [i], m.end
        for j in range(i + 1, len(ordered)):
            if not _ORIGIN_GAP.fullmatch(sentence, end, ordered[j].begin):
                break
            listed.append(j)
            end = ordered[j].end
        homes = {ordered[k].place for k in listed}
        others = [n for n in ordered if n.place not in homes]
        if own or (others and not _RETURN_WORDS.search(sentence)):
            dropped.update(listed)
    gone = {id(ordered[k]) for k in dropped}
    return [m for m in mentions if id(m) not in gone]


_RETURN_WORDS = prefilter.compile(r"\b(?:return(?:s|ed|ing)?|go(?:ing)?\s+back|went\s+back|back\s+home)\b", re.I)


# the writer's own people who came to a place, opening the sentence: "Many of our members came to X from the villages
# of Y", "Our grandfather came to Z as a young man", "Our founder's grandparents came to W from V in 1988" (a family's
# or a membership's history, as the older sets leave it; not people who left or fled, nor others' families)
# (so too where they come from, told in the present: "Two of our guides come from the villages of the Y district",
# "One of our papermakers comes from a family of Z", "Several of our students come to us from the villages near W"
# (who they are; older sets leave 5 of 7 such homes unannotated); with a count before "of our", any of the writer's
# people)
_OWN_PEOPLE_CAME = prefilter.compile(r"(?:(?:(?:Many|Some|Most|Several|A\s+few|All|One|Two|Three|Four|Five)\s+of\s+(?:our|my)"
                                     # (one named after a comma too: "One of our runners, Lilit, comes from the X villages")
                                     r"\s+(?:own\s+)?(?:[\w'’-]+\s+)??[\w'’-]+(?:,\s+(?-i:[A-Z])[\w'’-]+,)?\s+(?=(?:come|comes)\s))|"
                                     r"(?:(?:Many|Some|Most|Several|A\s+few|All)\s+of\s+(?:our|my)|Our|My)\s+(?:own\s+)?"
                                     r"(?:[\w'’-]+\s+){0,2}?(?:grandfathers?|grandmothers?|grandparents|parents|mothers?|"
                                     r"fathers?|famil(?:y|ies)|ancestors|relatives|members|customers|clients|pupils|"
                                     r"students|readers|subscribers|parishioners|neighbours)\s+)"
                                     r"(?:came|moved|come|comes)\s+(?:to|from)\b")


# ... or the writer's people who come in from where they live, anywhere in the sentence: "since several of our players
# come in from the villages of the X district", "two of our singers travel in from Y" (commuters: their homes, no
# event there; the journey's dangers, if told, are news of the road, not of the homes)
_OWN_PEOPLE_COME_IN = prefilter.compile(r"\b(?:(?:many|some|most|several|a\s+few|all|one|two|three|four|five)\s+of\s+)?"
                                        r"(?:our|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}?(?:players|members|pupils|students|"
                                        r"staff|workers|girls|boys|children|teachers|singers|dancers|volunteers)\s+"
                                        r"(?:come|comes|travel|travels|commute|commutes)\s+in\s+from\b", re.I)


# (told in the present, the home is an area or a family: "come from the villages of X", "from families of the Y
# district", "come to us from the villages near Z")
_FROM_AREA_OR_KIN = prefilter.compile(r"\s+(?:us\s+from\s+)?(?:the|a|an|families|villages)\b")


# ... a history, not the news of the days its clause tells ("Our members came to X on Monday to deliver blankets",
# "Our students came to Y today")
_DAYS_NEWS = prefilter.compile(r"\b(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                               r"today|yesterday|tonight|this\s+(?:week|morning|afternoon|evening)|last\s+(?:week|night))\b",
                               re.I)
# a clause of its own after it, with its own verb: "as the road was blocked near X", "when shells hit Y"
_OWN_CLAUSE = prefilter.compile(r"\s(?:as|when|while|because|after)\s+(?:the|a|an|its|their)\s+[^,;.]{1,40}?\b"
                                r"(?:was|were|had|has|have|is|are)\b")


def _own_people_came_dropped(sentence, mentions):
    """The mentions without the places of the clause telling how the writer's own people came (_OWN_PEOPLE_CAME),
    when the sentence tells no war."""
    came = _OWN_PEOPLE_CAME.match(sentence)
    if came is None and " in from " in sentence and (commute := _OWN_PEOPLE_COME_IN.search(sentence)) \
            and not _war_told(sentence):
        # (the places they come in from, to the end of that clause: where they live)
        end = next((b.start() for b in _CLAUSE_OPENS.finditer(sentence, commute.end())), len(sentence))
        return [m for m in mentions if not (commute.end() <= m.begin < end)]
    if not came or _war_told(sentence):
        return mentions
    end = next((b.start() for b in _CLAUSE_OPENS.finditer(sentence, came.end())), len(sentence))
    if _DAYS_NEWS.search(sentence, came.end(), end):
        return mentions                    # (the clause's own day: "came to X on Monday"; not a later clause's,
                                           # "..., and for them yesterday was not an ordinary Wednesday")
    if own := _OWN_CLAUSE.search(sentence, came.end(), end):
        end = own.start()                  # (not a clause of its own: "as the road was blocked near X")
    present = came.group().endswith(("come to", "comes to", "come from", "comes from"))
    if present and not _FROM_AREA_OR_KIN.match(sentence, came.end()):
        return mentions                    # (a bare town, "come from X", may be named for its news elsewhere)
    return [m for m in mentions if not (came.end() <= m.begin < end)
            or (present and _OWN_PUBLIC_WENT.match(sentence, m.end))]
                                           # (but the way they come or went: "come from X by bus", "come from Y
                                           # and travelled to the rally", as the members' rules read it)


def _former_home_dropped(sentence, mentions):
    """The mentions without a home the sentence says was left before the news ("We lived in Shushi, which Azerbaijan
    calls Shusha, until the war"), the other name in its apposition included."""
    for lived in _LIVED_UNTIL.finditer(sentence):
        home = next((m for m in mentions if m.begin == lived.end()), None)
        until = home and _UNTIL_AFTER.match(sentence, home.end)
        if until:
            mentions = [m for m in mentions if not (home.begin <= m.begin < until.end() and m.place == home.place)]
    return mentions


def _apposed_locator(sentence, m, mentions):
    """Is ``m`` a town set between commas right after another place to say where that place lies ("Yelpin, near
    Yeghegnadzor, said"), or the area that place belongs to, in an aside right after it ("Karki, an enclave belonging
    to Nakhichevan")?"""
    opening = _LOCATES_BEFORE.search(sentence, max(0, m.begin - 80), m.begin)
    if opening and (opening.end() != m.begin or APPOSITION_CLOSES.match(sentence, m.end) is None):
        opening = None
    opening = opening or _BELONGS_AFTER_PLACE.search(sentence, max(0, m.begin - 120), m.begin)
    return bool(opening) and any(n.end == opening.start() and n.place != m.place for n in mentions)


# an aside after a place telling the area it belongs to: "took Karki, an enclave belonging to Nakhichevan that lies
# inside Armenia", "captured X, a small village that belonged to the Y district of Z", "X, a hamlet which is part of
# the Y community" (the area is the place's administration, not the scene of what happened at the place)
_BELONGS_AFTER_PLACE = prefilter.compile(r",\s+(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?:village|enclave|exclave|town|hamlet|"
                                         r"settlement|community|outpost)\s+(?:(?:that|which)\s+(?:once\s+|formerly\s+|"
                                         r"still\s+)?(?:belongs|belonged|is\s+part|was\s+part)|belonging|part)\s+(?:to|of)\s+"
                                         r"(?:the\s+)?"
                                         r"(?:[A-Z][\w'’-]*\s+(?:district|region|rayon|province)\s+of\s+(?:the\s+)?)?$")


def _speaks_next(sentence, m, mentions):
    """Does a verb of saying follow the list of places that ``m`` opens ("a friend from X and Y told me")?"""
    return _SPEAKS_NEXT.match(sentence, _list_after(sentence, m, mentions)[0]) is not None


def _words_tell_elsewhere(sentence, m, mentions):
    """Do words reported right after the place at ``m`` ("... in X that ...", "... from X that ...") tell of another
    named place, not of X itself ("that the city ...", "that it ...")?"""
    return (_THAT_AFTER.match(sentence, m.end) is not None and not _THAT_BACK.match(sentence, m.end)
            and any(n.place != m.place for n in mentions))


def _group_of_elsewhere(sentence, m, mentions):
    """Is a group named by the town at ``m`` ("fuel traders in X", "our members in Y") only where it sits: another
    place is named, or the group speaks next?"""
    return any(n.place != m.place for n in mentions) or _speaks_next(sentence, m, mentions)


def _list_after(sentence, m, mentions):
    """Where the list of places that ``m`` opens ends ("A and B", "A, B or C"), and the next place the sentence
    names after it (None when there is none)."""
    end = m.end
    for n in sorted((n for n in mentions if n.begin >= m.end), key=lambda n: n.begin):
        if not _LIST_JOIN.fullmatch(sentence, end, n.begin) and not _OTHERS_OF.fullmatch(sentence, end, n.begin):
            return end, n
        end = n.end
    return end, None


_OTHERS_OF = prefilter.compile(OTHERS_OF)


def _named_elsewhere_after(sentence, m, mentions):
    """Does the sentence name another place after ``m`` and the list it ends, with no journey from ``m`` between
    ("electricians from A were repairing the line in B", but not "civilians from A to B", "pilgrims from A travelled
    to B", "refugees from A and B")?"""
    end, after = _list_after(sentence, m, mentions)
    return after is not None and not _TO_AFTER.match(sentence, end)


# where a soldier was called up from: "who had been drafted from the Imishli district"
_DRAFTED_FROM = prefilter.compile(r"\b(?:drafted|conscripted|called\s+up|mobili[sz]ed|enlisted)\s+(?:into\s+the\s+\w+\s+)?"
                                  r"from\s+(?:the\s+)?$")
# a person named with an age and a home district: "Parvin Abdullayev, 19, from the Sabirabad district"
_AGE_FROM = prefilter.compile(r"[A-ZƏÇŞĞÜÖİ][\w'’-]+,\s*\d{1,3},\s+from\s+(?:the\s+)?$")
_DISTRICT_AFTER = prefilter.compile(r"\s+(?:district|region|rayon|raion)\b", re.I)


# the description ends where the sentence goes on: '..., said Arman, who runs a bakery in Goris, after the shelling'
# (and where the speaker spoke, after the description: '," said Narek, a father of three, in Goris')
_DESCRIPTION_END = prefilter.compile(r";|,\s+(?:after|as|when|while|before|during|following|in|at|near|outside)\b")


def _goods_origin(sentence, m, mentions, before):
    """Is the mention where goods come from: goods lacking ("shortages of goods from X"), stock or a harvest brought
    from it ("our stock from X"), a book printed in it ("a manual printed in X"), or goods made ready in it while the
    sentence goes on to another place ("medicines prepared in X are waiting in Y")?"""
    # (the last word first, a quick test, for speed; "ı" and "İ" (casefolded "i̇"): the case-insensitive pattern
    # reads each as an "i")
    if ends_with_word(before, ("from", "the")) and (_GOODS_LACKED_FROM.search(before) or (
            _STOCK_FROM.search(before) and not _STOCK_HARMED.match(sentence, m.end))):
        return True
    if ends_with_word(before, ("in", "the")) and _PRINTED_IN.search(before, max(0, len(before) - 120)) \
            and _IN_YEAR.match(sentence, m.end) and not _war_told(sentence) \
            and not _TOWN_AGAIN.search(sentence, m.end):
        return True                        # "a manual printed in X in 1978": the edition's imprint
    return (ends_with_word(before, ("in", "ın", "i\u0307n", "at", "the")) and _GOODS_MADE_IN.search(before) is not None
            and any(n.begin > m.end for n in mentions) and _WAITING.search(sentence, m.end) is not None)


def _trade_errand(sentence, begin):
    """Is the mention at ``begin`` a small trade's errand (see _ORDERED_FROM, _TRADER_AT, _POSTED_TO, _DELIVERED_IN,
    _ORDER_LINE, _SHOP_IN, _CUSTOMER_OF): where goods are ordered from or posted to, a tradesman's town, a shop's
    delivery area, an order's customer, a shop's or a market's town, a customer's town?"""
    start = max(0, begin - 120)
    errand = (_ORDERED_FROM.search(sentence, start, begin) or _TRADER_AT.search(sentence, start, begin)
              or (_POSTED_TO.search(sentence, start, begin) and _POST_WORD.search(sentence))
              or (_DELIVERED_IN.search(sentence, start, begin) and _ORDERS_WORD.search(sentence))
              or (_ORDER_LINE.match(sentence, 0, begin) and _ORDER_STATE.search(sentence))
              or ((begin == 0 or sentence.endswith(": ", 0, begin)) and _LEDGER_ENTRY.match(sentence, begin))
              or (_SHOP_IN.search(sentence, start, begin) and not _SHORTAGE_TOLD.search(sentence))
              or (_CUSTOMER_OF.search(sentence, start, begin) and not _CUSTOMERS_TRAVEL.search(sentence, start)
                  and not _SHORTAGE_TOLD.search(sentence))
              or (_ORDERED_BY.search(sentence, start, begin) and not _ORDER_TO_ACT.match(sentence, begin))
              or (_CUSTOMER_BEFORE.search(sentence, start, begin) and _ordered_after(sentence, begin)))
    return bool(errand) and not (_TRADE_NEWS.search(sentence) or WAR_NEWS.search(sentence)
                                 or _EVENT_TOLD.search(sentence) or _war_told(sentence))


# (an order to act given by someone there: "ordered by the club in X to close its doors" is no piece of work)
_ORDER_TO_ACT = prefilter.compile(r"[\w'’ -]{0,30}?\s+to\s+(?!be\b)[a-z]+\b")


def _ordered_after(sentence, begin):
    """Does an order of the customer named at ``begin`` follow the town ("the family in X ordered")?"""
    end = re.match(r"[\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?", sentence[begin:])
    return bool(end) and bool(_ORDERED_AFTER.match(sentence, begin + end.end()))


def _comparison(sentence, mention, before):
    """Is the mention a past year's place that a comparison holds the news up to ("as Aghdam was in 1993", "the
    worst since the 2018 fire in Dilijan")?"""
    if ends_with_word(before, ("after", "the")):
        ranked = _RANKED_AFTER.search(before)
        if ranked and not _RANK_GAP_CLAUSE.search(ranked.group("gap")) \
                and not _CLAUSE_AFTER.match(sentence, mention.end):
            return True                    # "the second largest town after X": a ranking, nothing at X
    if ends_with_word(before, ("as", "like")) and _LIKE_BEFORE.search(before):   # (the last word first, for speed)
        return bool(_YEAR_AFTER.match(sentence, mention.end))
    hit = _MEASURED_BY.search(before) if ends_with_word(before, ("in", "at", "on", "of")) else None
    return bool(hit) and (re.search(_YEAR, hit.group()) is not None or _YEAR_AFTER.match(sentence, mention.end))


# a distance told from the place on to its figure: "Distance by road to X about 100 kilometres; to Y about 300", "the
# distance from X is some 40 km" (where the place is measured to, not where anything is)
_DISTANCE_TO = prefilter.compile(r"\bdistances?\b[^.!?]{0,80}?\b(?:to|from)\s+(?:the\s+)?$", re.I)
_FIGURE_AFTER = prefilter.compile(r"(?:\s+(?:is|was|of))?\s+(?:(?:about|some|roughly|around|approximately|nearly|almost|"
                                  r"over|just\s+over|under|more\s+than|less\s+than)\s+)?(\d[\d,]*(?:\.\d+)?)\s*"
                                  r"(?:km|kilometres|kilometers|kilometre|kilometer|miles)\b", re.I)


def _distance_to(sentence, mention, before):
    """Is the place one a stated distance is measured to ("Distance by road to X about 100 kilometres")? Not when
    the sentence tells harm or war a short way from it ("shells fell at a distance from X of about 2 km")."""
    if not (before.endswith(("to ", "from ", "the ")) and _DISTANCE_TO.search(before)):
        return False
    figure = _FIGURE_AFTER.match(sentence, mention.end)
    if figure is None:
        return False
    km = float(figure.group(1).replace(",", "")) * (1.609 if "mile" in figure.group(0).lower() else 1)
    return km >= FAR_FROM_KM or not _war_told(sentence)


def _far_from(before):
    """Does the text before a place end with a distance from it of FAR_FROM_KM or more ("about 40 kilometres
    from ")?"""
    if not ends_with_word(before, ("from", "of", "the", "north", "south", "east", "west", "north-east", "north-west",
                                   "south-east", "south-west", "northeast", "northwest", "southeast", "southwest")):
        return False
    hit = _FAR_FROM.search(before)
    if hit is None:
        left_out = _FAR_FROM_UNIT_LEFT_OUT.search(before)
        return left_out is not None and _figure_km(left_out.group(1)) >= FAR_FROM_KM
    road = _ROAD_LENGTH_BEFORE.search(before, max(0, hit.start() - 40), hit.start())
    if road and not _ON_ROAD_BEFORE.search(before, max(0, road.start() - 30), road.start()):
        return False
    km = _figure_km(hit.group(1)) * (1.609 if hit.group(2).lower() == "miles" else 1)
    return km >= FAR_FROM_KM


def _figure_km(figure):
    """The number a distance's figure stands for, in digits or words ("40", "thirty", "twenty-five" as 20)."""
    figure = figure.lower().replace(",", "")
    return float(figure) if figure[0].isdigit() else _FIGURE_WORDS.get(figure.split("-")[0], 0)


# a person described by the business or body they run: "Hovsep, who owns a small hotel in Jermuk, said ..." (the
# clause runs to its closing comma; the place is where they work, not where the news happened; see _WORKPLACE_IN for
# a workplace told in the sentence's own words, not in a clause)
_RUNS_SOMETHING = prefilter.compile(r",\s+who\s+(?:owns?|owned|runs?|ran|manages?|managed|operates?|operated|heads?|headed|"
                                    r"directs?|directed|chairs?|chaired)\s+(?:a|an|the|his|her|their|its|two|three|several)\b"
                                    r"[^,;]*"
                                    r"|,\s+who\s+(?:teach(?:es)?|taught|lectures?|lectured|works?|worked|"
                                    r"stud(?:ies|ied))\s+at\s+[^,;]*")


# a place named later in the sentence, known to the gazetteer or not: "... parked outside Stepantsminda"
_PLACE_NAMED_AFTER = prefilter.compile(r"\b(?:in|at|near|outside|to|for|from|towards|through|into)\s+(?:the\s+)?"
                                       r"[A-ZƏÇŞĞÜÖİ]")


def _owner_spans(sentence):
    """The spans of relative clauses that say what business or body someone runs, and where."""
    if "who" not in sentence:
        return []
    return [(hit.start(), hit.end()) for hit in _RUNS_SOMETHING.finditer(sentence)]


def _home_harm_told(sentence, m, mentions, before):
    """Does a private person named by their home ("a farmer from X said ...") tell of fire or harm with no other
    place named in the sentence? Then the home is where it fell ("said shells hit his barn", "said the school was
    hit"); with another place named, that place is the scene and the home only describes the speaker."""
    return (_PERSON_FROM.search(before) is not None and PERSON_FROM_BEFORE.search(before) is not None
            and all(n.place == m.place for n in mentions)
            and home_harm_told(sentence, m.end))


def _home_told_back(sentence, m, mentions, before):
    """Does a private person named by their home ("a woman from X wrote that ...") tell of the home again as "the
    village" or "the town", no other place named in the sentence? Then the home is where it happened ("a woman from X
    wrote that soldiers had come into the village"), as it is when the head of X says so."""
    return (_PERSON_FROM.search(before) is not None and all(n.place == m.place for n in mentions)
            and home_by_kind(sentence, m.end) is not None)


def _speaker_description(sentence):
    """The span of the description of a quotation's speaker, or None."""
    if not any(verb in sentence for verb in _QUOTE_VERBS):
        return None
    hit = _SPEAKER.search(sentence)
    if not hit:
        return None
    end = _DESCRIPTION_END.search(sentence, hit.end())
    return hit.end(), end.start() if end else len(sentence)


# harm the sentence tells "there", of the place just named: "I was born in X ... the woman who was killed there"
_HARMED_THERE = prefilter.compile(r"\b(?:killed|wounded|injured|hit|shelled|struck|destroyed|damaged|died|fell|landed|"
                                  r"exploded)\s+there\b")


# "born in 2002", "born on 3 May 1990" followed by what the person did ("was injured"), not by where they were
# born ("born in 1960 in Azizli", "born on 1 May 1924 into a family in a village of X")
_BORN_YEAR_ONLY = prefilter.compile(r"\s+(?:in|on)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+)?\d{4}\b"
                                    r"(?=\s+(?:was|were|is|are|has|had|died|lost|stepped|who)\b)")


# the place a family's roots are in, after "roots in": "the X district", "Y and Z"
_ROOTS_PLACE = prefilter.compile(r"\s+(?:the\s+)?[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:(?:\s+|\s*,\s*|\s+and\s+)[A-ZƏÇŞĞÜÖİ][\w'’-]+)*"
                                 r"(?:\s+(?:districts?|regions?|provinces?))?")


def _born_spans(sentence):
    """The spans of the clauses that say where someone was born (none when the sentence tells harm done "there":
    the birthplace is then where it happened)."""
    spans = []
    if "orn" not in sentence and "ative" not in sentence and "hail" not in sentence and "grew" not in sentence \
            and "riginally" not in sentence and "aised" not in sentence and "who " not in sentence \
            and "roots" not in sentence and "ome from" not in sentence and "omes from" not in sentence:
        return spans                     # (the regex would be tried at every position)
    if " there" in sentence and _HARMED_THERE.search(sentence):
        return spans
    for hit in _BORN.finditer(sentence):
        year = _BORN_YEAR_ONLY.match(sentence, hit.end())
        if year:
            continue                     # "a worker born in 2002 was injured at X": a year, no birthplace
        if "roots" in hit.group():       # "families with roots in X gathered in Y": only the place named
            rooted = _ROOTS_PLACE.match(sentence, hit.end())
            spans.append((hit.end(), rooted.end() if rooted else hit.end()))
            continue
        end = _CLAUSE_END.search(sentence, hit.end())
        spans.append((hit.end(), end.start() if end else len(sentence)))
    spans += [hit.span() for hit in _BORN_AFTER_NAME.finditer(sentence)]
    return spans


# a first name and an Armenian, Azerbaijani or Russian surname, told by its ending: "Arkadi Ghukasyan", "Samvel
# Babayan", "Elmar Mammadyarov" (the ending keeps villages out: "Nerkin Karmiraghbyur", "Yukhari Veysalli"; a
# village's first word keeps out those that end as a surname does: "Yukhari Maralyan")
_FULL_NAME = prefilter.compile(r"\b(?!" + VILLAGE_FIRST_WORD + r"\s)([A-Z][a-z]+)\s+(" + SURNAME + r")\b")
_PLACE_WORD_BEFORE = prefilter.compile(r"\b(?:village|town|city|settlement|district|region)\s+of\s+$", re.I)


def surnames_in(text, is_own_place_name=lambda word: False):
    """Surnames of the people the article names with a first name; some are also the old names of towns
    (Ghukasyan was Ashotsk's, Babayan Lorut's), which the person's surname alone must not bring onto the map. A
    word that is a place's own name (``is_own_place_name``: "Sisian") is a place, whatever word stands before it
    ("Drone Strike Hits Sisian")."""
    return {m.group(2) for m in _FULL_NAME.finditer(text)
            if m.group(1).lower() not in STOP and m.group(1).lower() not in TITLES
            and not is_own_place_name(m.group(2))}


# a person introduced by a kin word and a first name: "the father of our classmate Narek", "my cousin Arpi" (the
# name, also a village's, is the person's wherever the article names them again: "our thanks to Narek")
# (the kin words by whom "she" or "he" may mean: a sister is "she", a cousin either)
_KIN_SHE = "sister|daughter|wife|aunt|niece|granddaughter"
_KIN_HE = "brother|son|husband|uncle|nephew|grandson"
_KIN_EITHER = "friend|cousin|classmate|schoolmate|colleague"
_KIN_WORDS = "|".join((_KIN_SHE, _KIN_HE, _KIN_EITHER))
_KIN_NAMED = prefilter.compile(r"(?=[HMOTYhmoty])\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+(?:(?:old|best|young|"
                               r"elder|younger|little|eldest|youngest)\s+)?(?P<kin>" + _KIN_WORDS + r"),?\s+"
                               r"(?P<name>[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+)\b")
# a pronoun telling something opening the next sentence ("She says", "According to her", not "She was crying": what
# follows that is no longer hers for sure), and another relative named after the one named by name ("my friend Aram
# and his wife": "she" is the wife)
_PRONOUN_OPENING = prefilter.compile(r"[\s\"“]*(?:(?P<subject>She|He)\s+(?:also\s+|then\s+)?(?:" + SPEECH_VERB + r")\b|"
                                     r"According\s+to\s+(?P<object>her|him)\b)")
_KIN_AFTER = prefilter.compile(r"\b(?:his|her|their)\s+(?:" + _KIN_WORDS + r")\b", re.I)
# a word before the name that makes it a place again: "in Narek", "the village of Narek"
# or a deed done to a place: "troops shelled Narek", "the shelling of Narek" (the kind and "of" are surname_alone's)
_PLACE_BEFORE_KIN_NAME = prefilter.compile(r"\b(?:in|near|at|on|over|outside|from|into|towards?|around|shelled|bombed|"
                                           r"bombarded|entered|captured|seized|liberated|occupied|evacuated|"
                                           r"(?:shelling|bombing)\s+of)\s+$|" + _PLACE_WORD_BEFORE.pattern, re.I)


# ... or by a role of the writer's own circle and a full name: "our opening bowler, Narek Mirzoyan", "my neighbour
# Arpi Sargsyan" (the first name is the person's when the article names them again by it: "Narek bowled well")
_OWN_ROLE_FULL_NAME = prefilter.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+(?P<name>[A-Z][a-z]+)\s+"
                                        + SURNAME + r"\b")


# ... or by a role of the writer's own circle and a first name set off by commas: "our apprentice, Narek, starts",
# "thanks to Madina, our accompanist," (people of a club, a shop or a school; not "our village, X,")
_OWN_ROLES = (r"(?:apprentice|accompanist|assistant|coach|trainer|teacher|tutor|secretary|treasurer|chairman|"
              r"chairwoman|captain|neighbou?r|groundsman|caretaker|cook|baker|driver|pianist|musician|volunteer|"
              r"helper|nurse|instructor|conductor|librarian|founder|guide|manager|member)")
# (the comma after the role may be left out: "our member Nizami, who ..."; and the one after the name, when a verb
# only a person's subject takes follows: "our treasurer Narek has grandparents in X", "our coach Ani says", "my coach
# Narek remembers", "our treasurer Narek now has")
_OWN_ROLE_NAME = prefilter.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+){0,2}?" + _OWN_ROLES + r",?\s+"
                                   r"(?P<name>[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+)(?:,|\s+(?:(?:also|now|still|often|always|"
                                   r"already|recently|once)\s+)?(?:has|had|says|said|asked|told|wrote|writes|tells|lives|"
                                   r"lived|wants|wanted|thinks|thought|believes|believed|remembers|remembered|recalls|"
                                   r"recalled|hopes|hoped|knows|knew|grew\s+up|(?:is|was)\s+(?:from|born))\b)"
                                   r"|(?<![\w'’-])(?P<first>[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+),\s+(?:my|our)\s+(?:[a-z-]+\s+){0,2}?"
                                   + _OWN_ROLES + r"(?=\s*[,.;:)])")      # (not "X, our neighbour village")
# ... or as the owner of a relative: "Narek's grandfather lived in X" (a place has no grandfather; a word after the kin
# word may make it a thing of the place's: "Shusha's mother church")
_NAME_S_KIN = prefilter.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)['’]s\s+(?:grandfather|grandmother|grandparents|father|"
                                r"mother|parents|brother|sister|uncle|aunt|cousin|grandson|granddaughter|nephew|niece|"
                                r"husband|wife)\b(?!\s+(?:church|cathedral|city|town|tongue|see|land|house|"
                                r"company|ship)\b)")


# ... or as the subject of a craft only a person does, after a clause's opening: "and Narek has modelled the tents",
# "Arpi has painted the backdrop" (a place is shelled or built up, it does not paint; not "Narek has been modelled",
# nor a capital or a country that "has painted the clash as a provocation")
_NAME_MAKES = prefilter.compile(r"(?:^|[.!?;:]\s+|,\s+and\s+|\band\s+)(?P<name>[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+)\s+"
                                r"(?:has|had|will|would)\s+(?:also\s+|now\s+|already\s+)?"
                                r"(?:modell?ed|model|painted|paint|sculpted|sculpt|carved|carve|knitted|knit|sewn|sewed|sew|"
                                r"sketched|sketch|glued|soldered|baked|bake|whittled|embroidered|crocheted)\s+"
                                r"(?:the|a|an|his|her|their|our|some|two|three|six|every)\b", re.M)


# ... or as the one who did a chore of the garden, the farm or the house, a first name opening the sentence: "Narek
# wrapped the two youngest trees in sacking", "Ani pruned the vines" (a village does no such work; not one done to it:
# "X was cleared of mines"; nor a town's deed for many, told by what it was done to: "Goris fed the refugees",
# "X swept the board", "Y planted a thousand trees" — the chore's object is of the garden, the farm or the house)
_NAME_TENDS = prefilter.compile(r"(?:^|[.!?;:]\s+)(?P<name>[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+)\s+(?:also\s+|then\s+)?"
                                r"(?:wrapped|pruned|planted|watered|weeded|grafted|dug|raked|swept|mended|milked|sheared|"
                                r"stacked|plaited|scrubbed|fed|tied|staked|mulched|hoed|ploughed|plowed)\s+"
                                r"(?:up\s+)?(?:the|a|an|his|her|their|our|my|some|two|three|four|every|all)\s+"
                                r"(?:(?!(?:hundreds?|thousands?|dozens?|tons?|tonnes?|\d[\d,]*)\b)[\w'’-]+\s+){0,3}?"
                                r"(?:trees?|vines?|saplings?|seedlings?|bushes|roses|gardens?|beds?|rows?|plots?|orchards?|"
                                r"terraces?|yards?|courtyards?|floors?|steps|porch|fences?|gates?|roofs?|hay|straw|"
                                r"(?:fire)?wood|logs|sheep|ewes?|lambs?|goats?|cows?|calf|calves|cattle|hens|chickens|"
                                r"geese|ducks|pigs?|horses?|donkeys?|dogs?|animals|bees|hives?|tomatoes|potatoes|beans|"
                                r"cabbages?|peppers|apricots?|grapes|wheat|barley|grass|weeds|soil|ground|carpets?|"
                                r"rugs?|washing|laundry|dishes|pots|stoves?|bread|dough|wool|fleeces?|sacks?|"
                                r"baskets?|hair|plaits?|clothes|tents?|windows?)\b", re.M)


# ... or given a placing in a results list after a class or an event and a colon: "Under 60 kilos: Aram, second.",
# "Juniors: Ani, first place" (a place is not ranked so; not "Shelled: X, for the second time")
_PLACED_NAME = prefilter.compile(r":\s+(?P<name>[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+),\s+(?:first|second|third|fourth|fifth|sixth|"
                                 r"1st|2nd|3rd|[4-9]th)(?=\s*[.,;]|\s+place\b)")


def kin_named_in(text):
    """First names of the people the article introduces by a kin word ("our classmate Narek"), by a role of the
    writer's circle and a full name ("our opening bowler, Narek Mirzoyan") or a first name in commas ("our
    apprentice, Narek,"), as a relative's owner ("Narek's grandfather"), as the maker of a craft ("and Narek has
    modelled the tents"), as the one who did a chore ("Narek wrapped the young trees") or as one placed in a results
    list ("Under 60 kilos: Narek, second.")."""
    return {m.group("name") for m in _KIN_NAMED.finditer(text)} | \
        {m.group("name") for m in _NAME_MAKES.finditer(text)
         if m.group("name").lower() not in STOP and not CAPITALS.intersection(name_keys(m.group("name")))
         and m.group("name").lower() not in ADJ_COUNTRY} | \
        {m.group("name") for m in _OWN_ROLE_FULL_NAME.finditer(text) if m.group("name").lower() not in STOP} | \
        {m.group("name") for m in _NAME_S_KIN.finditer(text) if m.group("name").lower() not in STOP} | \
        {m.group("name") for m in _PLACED_NAME.finditer(text) if m.group("name").lower() not in STOP} | \
        {m.group("name") for m in _NAME_TENDS.finditer(text) if m.group("name").lower() not in STOP
         and not CAPITALS.intersection(name_keys(m.group("name"))) and m.group("name").lower() not in ADJ_COUNTRY} | \
        {m.group("name") or m.group("first") for m in _OWN_ROLE_NAME.finditer(text)
         if (m.group("name") or m.group("first")).lower() not in STOP}


def relative_named(sentence, following):
    """The first name of the writer's own relative or friend a sentence names ("Called my sister Anahit."), when the
    ``following`` sentence opens with the pronoun that fits them ("She says ..."), or "": whom that "she" means (not
    a sentence with a subject of its own, "The ministry says ...", nor "she" when another relative is named after:
    "Met my cousin Lusine and her husband Vardan. He says ...")."""
    pronoun = _PRONOUN_OPENING.match(following)
    own = next((m for m in _KIN_NAMED.finditer(sentence) if m.group()[:1] in "MmOo"), None)
    if not pronoun or not own or _KIN_AFTER.search(sentence, own.end()):
        return ""
    kin = own.group("kin").lower()
    she = (pronoun.group("subject") or pronoun.group("object")).lower() in ("she", "her")
    fits = re.fullmatch(_KIN_EITHER + "|" + (_KIN_SHE if she else _KIN_HE), kin)
    return own.group("name") if fits else ""


# a sentence opened by a person's full name, a surname by its ending: "Ruzanna Melikyan, who bakes on Mondays, ..."
# (not a person's name given to a street or a building: "Hrant Melkonyan Street was closed"; nor a village:
# "Yukhari Maralyan came under fire")
_FULL_NAME_OPENING = prefilter.compile(r"[\s\"“]*(?!" + VILLAGE_FIRST_WORD + r"\s)"
                                       r"(?P<name>[A-Z][a-z'’-]+\s+" + SURNAME + r")\b(?!['’])"
                                       r"(?!\s+(?:Street|St|Avenue|Ave|Boulevard|Square|Park|Lane|Road|Highway|Bridge|School|"
                                       r"Hospital|Airport|Station|Stadium|Museum|Library|Institute|University|Prospekt|"
                                       r"Prospect|Cemetery|Centre|Center|Foundation|Fund)\b)")


def person_opening(sentence, following):
    """The full name a sentence opens with ("Ruzanna Melikyan, who bakes on Mondays, has a brother in X."), when the
    ``following`` sentence opens with "She says", "He told us" or "According to her", or "": whom that pronoun means,
    as with a relative named (not when the sentence names a kin of theirs after: "... and her husband Vardan")."""
    own = _FULL_NAME_OPENING.match(sentence)
    if not own or not _PRONOUN_OPENING.match(following) or _KIN_AFTER.search(sentence, own.end()):
        return ""
    return own.group("name")


# an outlet's interview with a person named in full, a surname by its ending: "the agency carried an interview with
# Karen Petrosyan, the deputy head of X", "Armenpress published its interview with Anna Avetisyan" (the one who answers;
# not an interview a person gave to an outlet, "an interview with Reuters", nor one no outlet ran: "he refused an
# interview with Lilit Sargsyan")
_INTERVIEW_RUN_WITH = prefilter.compile(r"\b(?:carried|published|ran|aired|broadcast|printed|posted|released)\s+"
                                        r"(?:an?|its|the)\s+(?:[a-z]+\s+)?interview\s+with\s+"
                                        r"(?!" + VILLAGE_FIRST_WORD + r"\s)(?P<name>[A-Z][a-z'’-]+\s+" + SURNAME + r")\b(?!['’])")


def interviewee_named(sentence, following):
    """The person an outlet's interview the sentence tells of was with ("On Friday the agency carried an interview
    with Karen Petrosyan, the deputy head of X."), when the ``following`` sentence opens with "He told the agency",
    "She said" or "According to him", or "": whom that pronoun means (the outlet is no he or she)."""
    own = _INTERVIEW_RUN_WITH.search(sentence) if "interview" in sentence else None
    pronoun = _PRONOUN_OPENING.match(following) if own else None
    if not pronoun or _KIN_AFTER.search(sentence, own.end()):
        return ""
    surname = own.group("name").split()[-1]
    if any(other.group() != surname and not _VILLAGE_FIRST_BEFORE.search(sentence, 0, other.start())
           for other in _SURNAME_AFTER.finditer(sentence, own.end())):
        return ""                          # "... with X Y, and the ombudsman Z W commented on it. He said": maybe W
    she = (pronoun.group("subject") or pronoun.group("object")).lower() in ("she", "her")
    if _SURNAME_OTHER_SEX[she].search(surname):
        return ""                          # "an interview with Elnur Mammadov. She said": not him
    return own.group("name")


# another person named by a surname after the interviewee, who may be the "he" or "she" next: "... conducted by its
# correspondent Anna Hakobyan", "and the ministry's spokesman Aram Torosyan said"
_SURNAME_AFTER = prefilter.compile(r"(?<![\w'’-])" + SURNAME + r"\b")
_VILLAGE_FIRST_BEFORE = prefilter.compile(r"\b" + VILLAGE_FIRST_WORD + r"\s+$")    # (not "Yukhari Maralyan")
# a surname whose ending tells the other sex than the pronoun's: "Mammadova" is no "he", "Mammadov" no "she"
_SURNAME_OTHER_SEX = {False: prefilter.compile(r"(?:ova|eva|yeva)$"), True: prefilter.compile(r"(?:ov|ev|yev)$")}


def kin_name_alone(sentence, mention, names):
    """Is the mention the first name of someone the article introduced by a kin word, named again without a word
    that makes it a place ("Our thanks to Narek for the photographs")?"""
    return mention.text in names and not _PLACE_BEFORE_KIN_NAME.search(sentence, max(0, mention.begin - 30),
                                                                      mention.begin) \
        and not _PLACE_DEED_AFTER.match(sentence, mention.end)


# ... or after it, a deed done only to a place: "Narek was shelled on Monday", "Narek has been occupied since 1993"
_PLACE_DEED_AFTER = prefilter.compile(r"\s+(?:was|were|is|has\s+been|had\s+been|is\s+being|was\s+being)\s+(?:again\s+)?"
                                      r"(?:shelled|bombed|bombarded|captured|seized|liberated|occupied)\b")


# a note signed with a first name: "A note from Karen at the front desk", "Lines by Narek" (the name the first name of
# someone the article names in full: "Karen Hovsepyan" at its end)
_NOTE_FROM = prefilter.compile(r"\b(?:note|letter|message|word|lines?)\s+(?:from|by)\s+$", re.I)


def full_name_firsts(text):
    """The first names of the people the article names in full by a surname told by its ending ("Karen
    Hovsepyan")."""
    return {m.group(1) for m in _FULL_NAME.finditer(text) if m.group(1).lower() not in STOP}


def note_signer_alone(sentence, mention, firsts):
    """Is the mention the first name of a note's writer, named in full elsewhere in the article ("A note from Karen",
    "Karen Hovsepyan" signing it)? A village of that name would be a place the note came from, which a note in the
    article's own voice does not tell."""
    return mention.text in firsts and bool(_NOTE_FROM.search(sentence, max(0, mention.begin - 30), mention.begin))


def surname_alone(sentence, mention, surnames):
    """Is the mention only the surname of someone the article named in full ("Ghukasyan was wounded")? Not when
    the sentence calls it a place ("the village of Ghukasyan")."""
    return mention.text in surnames and not _PLACE_WORD_BEFORE.search(sentence, max(0, mention.begin - 30),
                                                                      mention.begin)


# a person sent, appointed or invited somewhere, named by the surname alone: "the minister sent Tumanyan to X",
# "appointed Sisian as envoy", "decided to send Tumanyan to X", "assigned Tumanyan to Y" (a town is sent nowhere;
# what is done to a town, "Drone Strike Hits Sisian", stays)
_SENT_BEFORE = prefilter.compile(r"\b(?:sent|sends|send|sending|dispatched|despatched|appointed|invited|posted|seconded|"
                                 r"assigned|reassigned|transferred|nominated)\s+$")
_SENT_AFTER = prefilter.compile(r"\s+(?:to|as|for)\b")


def surname_sent(sentence, mention, surnames):
    """Is the mention the surname of someone the article named in full, a place's own name too, told as the person
    sent or appointed ("sent Tumanyan to Meghri", after "Artashes Tumanyan")? (``surnames``: all such surnames,
    whatever place bears them; :func:`surname_alone` reads those that are no place's own name.)"""
    return mention.text in surnames and bool(_SENT_BEFORE.search(sentence, max(0, mention.begin - 20), mention.begin)) \
        and bool(_SENT_AFTER.match(sentence, mention.end))
