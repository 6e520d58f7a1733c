"""Places a sentence names only to say where something else is, what was threatened or where people come from.

* Relative position: "the height in front of the town of Horadiz", "the heights overlooked the plain of A and B",
  "two places that face the villages of the A and B districts": the places after the locating word place the one
  named before them; nothing happened there. (A town a height overlooks, and villages positions face, may be what
  they fire on: "the heights overlooking the X reservoir", "its positions facing A and B" stay.)
* An area in the apposition describing a town: "Masis, a town of about 20,000 in Ararat province".
* Threats: "from which units had threatened the A district and the town of B", "had once threatened from those hills
  to strike the C reservoir": a danger named, not fire or a move at the place.
* Origins: "a farmer from A, who ..., arrived in B", "a woman from C, the town Azerbaijanis call D, told me",
  "families from E have rented flats in F", "the villages people had come from: A, B, C": who the people are.
* A road told by the way it leaves a town, no end named: "the main road south from A", "South of B the highway
  passes C": the town only points the road; so does a whole province traffic is bound for or crosses ("drivers
  heading for Syunik", "over the passes of Vayots Dzor").
* Places a statement named as where fire came from, told as a list: "Baku named A and B near C as the places the
  fire came from", "it named the two D villages among the places the fire came from": a recap of the statement's
  sources, not fire at them (the fire's target is told elsewhere).
* A letter's signature: "... - Ashot Hakobyan, Goris" names the writer's town; so does "I write from Goris", and
  "who is on the line from A", "calling from B" name a caller's, "the paper, writing from C, ..." a reporter's.
* A namesake told apart: "not to be confused with the town of A" names the place that is not meant.
* Publisher's notes and a programme's host asking: "Editor's note: ... is called Berdzor", "PRESENTER: And in
  Baku?" report nothing.
* Where people go about their lives: a letter headed by its writer's town ("From Ani Petrosyan, Dilijan: ..."), the
  office a town holds, opening a sentence ("The community office in B has the new timetable") and a daily trip
  ("to reach work in C", "drives to D every day", "need to reach E by car"), the route a person is named by ("who
  has driven lorries between A and B for years", "drivers who usually run to C"; not the speaker of a quote named
  so) and the start of the narrator's own journey ("I came back from D and saw ..."): none is a scene. Each is kept
  when the sentence tells harm or a closure, or a letter speaks of "our village". (A hospital the wounded were taken
  to, families who moved to or left for a town and "In X, officials said" stay: the sets file them.)
* Background a notice or a story gives, not a scene: a travel advice ("we advise against all travel to the A and B
  districts"), a contact line with a telephone number ("call the consul in C on +374 ..."), where people stay or
  live ("staying ... in hotels in D", "sleeping in hotel rooms in E", "who had been living in F", "went on to G,
  where we spent weeks in a hotel"; not "staying with relatives in X" or "fled to X, where they spent the night",
  a flight's end), the town a height is said to protect ("to protect the town of H"), a named operation ("the I
  operation of 1994"), a speech or an association's rooms in a town ("in a speech in J"), the directions a
  breakthrough took ("broke through in the K-L and M-N directions"), an area that only places a hill or a village
  described before it or across a district line from it ("A, across the district line in B"), an area named as a
  speaking office when the sentence tells of a village in it, works under way ("is building houses in O") and
  monasteries a road passes near. Each is kept when the sentence tells harm at the place (but for the district
  across a line); a travel advice or a contact line names no place at all unless the sentence tells fire or harm
  ("advised against travel to X after shells hit it").
* Homes and talk, not scenes: the area a border is named by after the village it locates ("the last village before
  the border with A"), where protesters or settlers came from ("came from A, B and other places", "whose parents
  left A"), where a matter was talked about ("talked about in A, in B"), the start of a generic drive or road to no
  named end ("drives down from A to our valley", "the road from A to the south"), a province named as the kind of
  the town before it ("Meghri, the Syunik town ..."), an office's address line ("the editorial office, A."), a
  property's address line ("4. A settlement, building No. 16."), an
  exclave a place is claimed as part of, and the home of residents whose cars may cross. Each is kept when the
  sentence tells fire, harm or a blockade.
* Who a credits line lists, where fire was launched from and the road a site stands on: "Historians and journalists
  from C, D and E; archive film" (a programme's contributors by their homes, nothing told, dropped with the rest of the
  list, when the list closes the line); "rockets fired from F fell around the hospital in G" (the launch sites,
  listed together, when the fire is told to fall around a target named apart; the target is the scene; fire that
  hits a place keeps its origin); "It stood on the road that linked H and I with J" (where a site stands, told by
  the towns its road joins; a later clause's place is not the road's). A credits line and a road's towns are kept
  when the sentence tells harm.
* The sides a border is named by, one of them a province or district: "the Tavush-Gazakh border", "the border
  between the A province and the B district" name the border, not a place where anything happened (kept when fire
  or harm is told; a crossing named by its two ends is a place).
* A mountain range crossed on the way to a pass named right after it: "over the A mountains through the B pass",
  "north over the A range and the B pass": the range only places the pass, the way is the pass (kept when the
  sentence tells fire or harm).
"""
import re

from .. import prefilter
from .cues import has_stem
from .lexicon import COMMUTE_AFTER, ONE_PERSON, OTHERS_OF, PERSON_NOUN, THE_BEFORE, WAR_NEWS, home_harm_told

# the locating word, with what it may name before the place ("a wide area in front of the town of"); a landscape
# a height overlooks ("overlooked the plain of A and B"), not a town it overlooks, which may be what it threatens
_LOCATOR = prefilter.compile(r"\b(?:(?:in\s+front\s+of|opposite)\s+(?:(?:the|a)\s+)?(?:(?:town|city|village)\s+of\s+(?:the\s+)?)?"
                             r"|overlook(?:s|ed|ing)?\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}?(?:plain|valley|area)\s+"
                             r"(?:in\s+front\s+)?of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+(?:the\s+)?)?)$")
# a district or province a place faces across the line: "two places that face the villages of the A district"
_FACES_AREA = prefilter.compile(r"\bfac(?:e|es|ed|ing)\s+(?:the\s+)?(?:villages\s+of\s+)?(?:the\s+)?$")
# the object of a threat: "had threatened the A district", "threatened from those hills to strike the B reservoir"
_THREAT = prefilter.compile(r"\bthreat(?:en|ens|ened|ening)\s+(?:from\s+(?:[\w'’-]+\s+){1,3}?)?(?:to\s+(?:strike|shell|hit|"
                            r"attack|bomb|target)\s+)?(?:(?:the|a)\s+)?(?:(?:town|city|village|district)\s+of\s+(?:the\s+)?)?$")
# a list going on after a locator or a threat: "A and B", "the A and B districts", "A district and the town of B"
_LIST_ON = prefilter.compile(r"\s*(?:(?:district|region|province)s?\s*)?(?:,\s*|,?\s+and\s+)(?:the\s+)?"
                             r"(?:(?:town|city|village|district)\s+of\s+(?:the\s+)?)?")
# a province or district in the apposition describing the place before it: "Masis, a town of about 20,000 in
# Ararat province", "Noyemberyan, a small town in the north of the Tavush province"
_APPOSED_AREA = prefilter.compile(r",\s+an?\s+(?:[\w,.-]+\s+){0,5}?(?:town|village|city|settlement|community)\s+"
                                  r"(?:[\w,.-]+\s+){0,5}?in\s+(?:the\s+)?(?:(?:north|south|east|west|centre|center)\s+of\s+"
                                  r"(?:the\s+)?)?$")
_REACH = 70                 # characters back from a place to its locating word
# a road told by the way it leaves a town, with no end named: "the main road south from A", "the highway west of B",
# "South of C the highway passes D" (the town only points the road; "the road south from A to B" is a route)
# ("of" after a main road only: "shells hit the road north of A" may be fire at A)
_BEARING = r"(?:south|north|east|west)(?:-?(?:east|west))?"      # "south", "north-east", "southwest"
_ROAD_HEADING = prefilter.compile(rf"(?=[hmr])\b(?:(?:road|highway|motorway)\s+(?:runs\s+|leads\s+|heading\s+)?{_BEARING}"
                                  r"(?:wards?)?\s+from"
                                  rf"|(?:main\s+road|highway|motorway)\s+{_BEARING}\s+of)"
                                  r"\s+(?:the\s+(?:town|city)\s+of\s+)?$", re.I)
# the bearing opening a sentence or clause, a road after the town: "South of C the highway passes D"
_HEADING_FIRST = prefilter.compile(rf"(?:^|[.;:]\s+)(?:{_BEARING}\s+of\s+)$", re.I)
_ROAD_AFTER = prefilter.compile(r",?\s+(?:the\s+)?(?:main\s+)?(?:road|highway|motorway)\b", re.I)
# a whole province (not an exclave) as where traffic is bound or what a road crosses: "drivers heading for Syunik",
# "every truck bound for Syunik", "every bus to Syunik", "over the passes of Vayots Dzor and Syunik"
_BOUND_FOR_REGION = prefilter.compile(r"\b(?:(?:heading|headed|bound|making)\s+(?:(?:south|north|east|west)\s+)?"
                                      r"(?:on\s+the\s+[\w-]+\s+)?(?:for|to|towards)"
                                      r"|(?:bus|buses|lorry|lorries|truck|trucks|coach|coaches)\s+(?:to|for)"
                                      r"|passes\s+of)\s+(?:the\s+)?$", re.I)
_ROAD_END = prefilter.compile(r"\s+(?:to|towards|for)\s+[A-ZƏÇŞĞÜÖİ]")

# a person or a group named by the home they come from, with the home's other name in apposition: "a young mother
# from A, the village known in Azerbaijani as B"; a person is described, a group may be travelling from its home.
# A home may be named in two words ("families from Nerkin Hand, A and B": the list goes on past the two-word name)
_HOME_NAME = r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
_GROUP = (r"(?:families|children|women|men|people|residents|villagers|refugees|pensioners|students|farmers|comrades|"
          r"veterans)")
# ... or one of the writer's own people: "our student from A", "my neighbour from B" (read as one person, but kept when
# they speak or another place is named: a member's letter may tell her home's own news; and kept when the sentence
# tells of the border, which may run through that home: "our student from A lost her house when the border was drawn")
_OUR_PERSON = rf"(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){{0,2}}?{PERSON_NOUN}"
_BORDER_TOLD = prefilter.compile(r"\b(?:border|frontier)s?\b", re.I)
# ... or one household, read as one person when the sentence names no other place and the family does not speak:
# "lent his trailer to a family from A", "a family from B has booked the boats" (the sets leave such a family's home
# out; a family on its way to another place, or telling of its journey, is left as it was read)
_ONE_FAMILY = r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?family"
# ... or a visiting party, read as one person: "a school group from A, thirty children", "the school from B has
# booked a visit" (a visit's booking, not news of the home)
_VISITING_PARTY = r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:school\s+(?:group|party|class)|school|tour\s+group)"
# (not a family told sheltering, displaced, under fire or with a soldier: "a family from A hid in the cellar as rockets
# fell", "a refugee family from B moved into the school", "is now sleeping in the church")
_FAMILY_AT_WAR = prefilter.compile(r"\b(?:refugees?|displaced|evacu\w+|rockets?|missiles?|shells?|shelling|bomb\w*|drones?|"
                                   r"h(?:id|ide|ides|iding)|cellars?|basements?|shelter\w*|soldiers?|sleep\w*|slept|moved|"
                                   r"missing|homeless|fled|flee\w*|war)\b", re.I)
# ... or a trade partner, read as one person: "the buyer from A collects the wool in August", "a merchant from B has
# offered a price" (the older sets leave a buyer's or a merchant's home out; a bus bringing traders is a route)
_TRADER = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?:buyers?|traders?|merchants?|dealers?)"
_ORIGIN = prefilter.compile(rf"\b(?:(?P<one>{ONE_PERSON})|(?P<trade>{_TRADER})|(?P<party>{_VISITING_PARTY})|(?P<family>{_ONE_FAMILY})|(?P<ours>{_OUR_PERSON})|{_GROUP})\s+from\s+"
                            r"(?:the\s+(?:village|town|city)\s+of\s+|"
                            r"an?\s+(?:small\s+)?(?:village|town)\s+(?:near|outside|by)\s+|"
                            # (or the area around a town: "a volunteer from the X area", "a soldier from the Y region")
                            r"(?P<area>the\s+)(?=" + _HOME_NAME + r"\s+(?:area|region|district)\b))?"
                            + _HOME_NAME + r"(?:(?:\s*,\s*|,?\s+and\s+)" + _HOME_NAME + r")*"
                            # (and the area of the list: "families from A, B and other villages of C")
                            rf"(?:{OTHERS_OF}[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                            r"(?:,\s+(?:the|a)\s+(?:village|town|city)\s+(?:[\w'’-]+\s+){1,4}?(?:call|calls|called|as)\s+"
                            r"[A-ZƏÇŞĞÜÖİ][\w'’-]+,?)?")
# a family that has settled in another place: "a family from A has already settled in B" (the sets file the place
# settled, not the family's old home)
_SETTLED_IN = prefilter.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|now\s+|since\s+)?(?:settled|moved)\s+(?:in|into)\s+")
# (but a family driven out of A has left it under war, and that is news there: "a displaced family from A has settled
# in B", "... after fleeing the fighting", "... after the town fell")
_DRIVEN_OUT = prefilter.compile(r"\b(?:refugees?|displaced|evacu\w+|fled|flee\w*|expelled|deported|war|fighting|fell|"
                                r"captured|occupied|surrendered)\b", re.I)
# what the people then do: travel from the home (its start), or speak (the home only describes the speaker)
_JOURNEY_NEXT = prefilter.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:to|towards|along|via|through|fled|escaped|left|were\s+evacuated|"
                                  r"returned|went\s+back)\b")
# a person who left the home named: "a teacher from A who now lives in B" (the home may be the news: her parents'
# town under fire)
_MOVED_AWAY = prefilter.compile(r",?\s*who\s+(?:now\s+)?(?:has\s+|had\s+)?(?:lives|lived|living|moved|settled)\b")
# the speaker's words placing something in the home told again by its kind: "a woman from A wrote that soldiers had
# come into the village", "said the town's school had reopened" (the home is where it happened; not "the village of
# Y", "the village Y": another one; nor the town only seen or known, "said she had never seen the town", which may be
# another told before; a dot inside a word is no sentence's end: "told NEWS.am that ...")
HOME_BY_KIND = prefilter.compile(r"\b(?:told|tells|said|says|wrote|writes|posted|posts|added|adds)\b(?:[^.;:]|\.(?=\w))*?"
                                 r"(?:\b(?:in|into|inside|at|to|towards|near|around|outside|from|through|round|of)\s+"
                                 r"(?:the|our|his|her|their)\s+(?:village|town)|\b(?:the|our|his|her|their)\s+(?:village|town)"
                                 r"(?=['’]s))\b(?!\s+(?:of\s+)?(?-i:[A-Z]))(?!\s+of\b)", re.I)
# ... but not the speaker's own life there told before it: "a woman from A wrote that her family had lived in the
# village for generations", "that she was born in the village", "that he still dreams of the village" (who the speaker
# is, no news of the home)
_HOME_LIFE = prefilter.compile(r"\b(?:she|he|I|we|(?:her|his|my|our|their)\s+(?:[a-z]+\s+)?(?:family|families|parents|"
                               r"grandparents|ancestors|children|mother|father|grandmother|grandfather))\s+"
                               r"(?:(?:had|has|have|was|were|is|are|still|always|once|never|also|been|all)\s+)*"
                               r"(?:lived|lives|live|living|born|grew\s+up|grown\s+up|raised|brought\s+up|moved\s+away|"
                               r"dreams?|dreamt|dreamed|remembers?|remembered|misses|missed|spent|spends?|loved?|loves)\b")


def home_by_kind(sentence, pos):
    """The home told again by its kind after ``pos`` (see HOME_BY_KIND), or None when the speaker's own life there is
    what the words tell before it."""
    told = HOME_BY_KIND.search(sentence, pos)
    if told is None or _HOME_LIFE.search(sentence, pos, told.end()):
        return None
    return told


# the home told of in an aside after it: "a teacher from A, half of which was handed over last year, ..."
_HOME_TOLD = prefilter.compile(r",\s+(?:(?:[\w-]+\s+){1,3}?of\s+)?(?:which|where)\b")
# a person hurt or a home burned, which the harm words (_HARM, _HOME_HARM) do not hold: "a visitor from A was hurt in
# the crash", "a resident from B whose house burned down told us" (the home told of with the person: kept; kept out of
# _HOME_HARM, which the other readings of a home share)
_HURT_OR_BURNED = prefilter.compile(r"\b(?:hurt|burn(?:s|ed|t|ing)?)\b", re.I)
_SPEAKS_NEXT = prefilter.compile(r"\s*(?:also\s+)?(?:told|tells|said|says|recalled|explained|added|wrote|writes)\b"
                                 # (or after a short relative clause: "a driver from A who made the trip on Monday said")
                                 r"|\s+who\s+[^,.;:]{1,60}?\s(?:told|tells|said|says|recalled|explained|added)\b")
# the list of homes people came from: "a list of the villages people had come from: A, B, C"
_CAME_FROM_LIST = prefilter.compile(r"\b(?:villages|towns|places|communities)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,2}?"
                                    r"(?:had\s+|have\s+)?(?:come|came)\s+from\s*:")

# a statement's sources named as a list: "named A, B and C as the places the fire came from", "named A among the
# places the fire had come from": the places between the verb and "as" or "among", and those of a list going on
# after it ("..., together with A and B")
_SOURCES_NAMED = prefilter.compile(r"\b(?:named|names|listed|lists|cited|cites|identified|identifies|mentioned|mentions)\b"
                                   r"(?=[^;]{0,160}?\b(?P<as>as|among)\s+(?:one\s+of\s+)?the\s+(?:places?|positions?|villages?|"
                                   r"settlements?|points?|sites?|areas?)\s+(?:where\s+|from\s+which\s+|that\s+)?(?:the\s+)?"
                                   r"(?:fire|shots?|shooting|shelling|firing|attacks?)\s+(?:had\s+|was\s+|were\s+)?"
                                   r"(?:came|come|comes|coming|originated|been\s+fired)\b(?:\s+from)?(?P<more>,?\s+(?:together|along)\s+with\b|,?\s+as\s+well\s+as\b)?)")
# where a list that goes on after "as the places ..." ends: "..., together with A and B near C; ..."
_CLAUSE_END = prefilter.compile(r";|,?\s+(?:and|but)\s+(?:said|says|added|adds|that|it|the)\b")

# a letter's signature closing its last sentence: "... to tell us. - Ashot Hakobyan, Goris", "— A. Mammadli, Barda":
# the writer's home town, not where anything happened
_SIGNED_BEFORE = prefilter.compile(r"(?:^|\s)[-–—]\s*(?:[A-ZƏÇŞĞÜÖİ][\w'’.-]*\s+){1,2}[A-ZƏÇŞĞÜÖİ][\w'’-]+,\s+$")
_SIGNATURE_END = prefilter.compile(r"\s*[.)]?\s*$")
# where a caller or a letter's writer speaks from: "Narine, who is on the line from A", "Gagik, calling from B", "Sir,
# I write from C", "our reporter joins us from D" ("joins us now from", "I write to you from"): who is speaking, not where anything happened (what happened
# there is told in its own words: "shells hit A last night")
_CALLS_FROM = prefilter.compile(r"\b(?:on\s+the\s+(?:line|phone)|calling|phoning|ringing|(?:I|we)\s+(?:write|am\s+writing|"
                                r"are\s+writing)|joins\s+us|joining\s+us)\s+(?:(?:now|live|today|to\s+(?:you|us))\s+)?"
                                r"from\s+(?:the\s+(?:town|village|city)\s+of\s+)?$")
# where an outlet or its reporter writes from, set off by commas: "the Mirror-Spectator, writing from Goris, listed
# strikes on A and B" (who reports, not where anything happened)
_WRITES_FROM = prefilter.compile(r",\s+(?:writing|reporting|filing)\s+from\s+(?:the\s+(?:town|village|city)\s+of\s+)?$")
_APPOSITION_ENDS = prefilter.compile(r"\s*,(?!\s*where\b)")
# (but the place the rest of the sentence speaks of is the scene: "reporting from X, said shells hit the village")
_BACK_TO_PLACE = prefilter.compile(r"\b(?:the\s+(?:village|town|city)\b(?!\s+of\b)|there\b)", re.I)
# a speaker placed in a city before a statement about another place: "In A, the ministry's spokesman wrote that
# fighting went on in B" (A only places the speaker). Kept: the aside "In C, the agency said, shells fell" (the verb
# then a comma), a statement naming no other place ("In D, officials said the mission met refugees"), one that points
# back ("the town", "there", "his village", "here"), and residents or witnesses speaking (they tell what they saw
# at C). The other place must be the statement's own scene, named in its first clause and not only as where something
# came from: "In E, police said a shell fired from F damaged a school", "In G, the governor said a missile destroyed
# houses, the third strike since the shelling of H" keep E and G (the unplaced harm is theirs).
_IN_CITY_OPENS = prefilter.compile(r"^\s*(?:[\"“]\s*)?In\s+$")
_IN_CITY_SPEAKER = prefilter.compile(r",\s+(?P<who>[^;:.!?]{3,100}?)\b(?:said|says|wrote|writes|told|tells|shared|shares|"
                                     r"announced|reported|stated|claimed)\b(?!\s*,)")
_LOCAL_WITNESS = prefilter.compile(r"\b(?:residents?|villagers?|locals?|witness\w*|people|farmers?|families|shopkeepers?|"
                                   r"eyewitness\w*|neighbours?)\b", re.I)
_SPEAKER_BACK = prefilter.compile(r"\b(?:here|locally|the\s+(?:resort|capital|settlement|community|outskirts)\b(?!\s+of\b)|"
                                  r"(?:his|her|their|our|its)\s+(?:own\s+)?(?:village|town|city|community|homes?|district)\b)",
                                  re.I)
_STATEMENT_BREAK = prefilter.compile(r",\s|;|\band\s+that\b")
_FROM_JUST_BEFORE = prefilter.compile(r"\bfrom\s+(?:the\s+)?$")
# a sports fixture line: "12 May: A against B, C against D." names teams by their towns; nothing happens there
_TEAM = r"(?:The\s+)?[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*){0,2}"
_PAIRING = rf"{_TEAM}\s+(?:against|vs?\.?)\s+{_TEAM}"
_FIXTURE_LINE = prefilter.compile(rf"^\s*(?:[\w ]{{1,30}}:\s*)?{_PAIRING}(?:\s*[,;]\s*{_PAIRING})*\s*[.]?\s*$")
# a namesake named only to be told apart: "Aghdam, not to be confused with the town of Aghdam in Karabakh, ...": the
# place after it, and where that one lies ("... with the village of B near C"), are not meant, up to the aside's end
_NOT_CONFUSED = prefilter.compile(r"\bnot\s+to\s+be\s+(?:confused|mixed\s+up)\s+with\b[^,;()]*$")
# what happened at the caller's place, told after it: "on the line from A, where shells hit two houses", "I write
# from B, where the children wait for a bus that rarely comes" (A and B stay: fire, or the place's road and transport)
_FIRE_AFTER = prefilter.compile(r"\b(?:shell\w*|fir(?:e|ed|es|ing)|hit|struck|strikes?|attack\w*|damag\w*|kill\w*|wound\w*|"
                                r"drones?|bomb\w*|explo\w*|closed|blocked|bus|buses|roads?|convoys?|lorr(?:y|ies)|trucks?)\b",
                                re.I)
NOTE = prefilter.compile(r"\s*[\[(]?(?i:(?:translator|editor|publisher)['’]?s['’]?\s+note)\s*:")
# a programme host's question that names a place alone, to hand over to a reporter there ("PRESENTER: And in Baku?",
# "HOST: What about Goris?"); a question that says something ("You drove from X yourself?") is read as the rest
HOST_ASKS_PLACE = prefilter.compile(r"\s*(?:PRESENTER|ANCHOR|HOST|INTERVIEWER|MODERATOR|Presenter|Anchor|Host|Interviewer|"
                                    r"Moderator)\s*:\s+(?:(?:And|But|So|Now)\s+)?(?:(?:what|how)\s+about\s+)?"
                                    r"(?:(?:in|at|on|from|near)\s+)?(?:the\s+)?[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                                    r"\s*\?\s*$", re.I)


# --- where people go about their lives (see the module)
# a letter headed by its writer's name and town, then a colon: "From Ani Petrosyan, Dilijan: ..."
_LETTER_HEAD = prefilter.compile(r"^\s*From\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’.-]*\s+){1,3}?[A-ZƏÇŞĞÜÖİ][\w'’-]+,\s+$")
_LETTER_COLON = prefilter.compile(r"\s*:")
_OUR_PLACE = prefilter.compile(r"\b(?:our|my)\s+(?:village|town|city|community|street|houses?|homes?)\b|\bhere\b", re.I)
# the office or clinic a town holds, opening a sentence that tells no harm: "The community office in B has the
# timetable"
_FACILITY = (r"(?:clinic|hospital|polyclinic|medical\s+(?:centre|center)|health\s+(?:centre|center)|"
             r"(?:community\s+|town\s+|municipal\s+|district\s+|regional\s+)?(?:office|administration|hall))")
_FACILITY_OPENS = prefilter.compile(rf"^\s*(?:[A-Z]\.\s+)?The\s+(?:[\w-]+\s+){{0,2}}?{_FACILITY}\s+in\s+$")
# a daily or weekly trip: "to reach work in C", "need to reach D by car", "drives to E every day" (or "every week"),
# "took the road to F every morning"
_WORK_IN = prefilter.compile(r"(?=[dgrt])\b(?:reach|get\s+to|go\s+to|goes\s+to|drive\s+to|travel\s+to)\s+work\s+in\s+$", re.I)
_TRIP_TO = prefilter.compile(r"(?=[cdgtw])\b(?:drives?|drove|driving|goes|went|travels?|travell?ed|commutes?|commuted|"
                             r"(?:took|takes)\s+the\s+(?:road|bus))\s+to\s+$", re.I)
_EVERY_DAY = prefilter.compile(r"\s+(?:(?:by\s+(?:car|bus)\s+)?every\s+(?:day|morning|evening|weekday|week)|each\s+(?:day|morning|week)|"
                               r"daily\b)")
# a person named by the route they drive for a living: "a classmate's father, who has driven lorries between A and B
# for eighteen years", "members who run minibuses between C and D", "drivers who usually run to E", "members running
# loads between the crossing by F and the capital" (who the people are, not a scene; not the speaker a quote is
# given to, "said X, who drives a lorry between A and B": the sets file that witness's road as often as not)
_VEHICLES = (r"(?:(?:a|an|his|her|their|our)\s+)?(?:[\w'’-]+\s+){0,2}?(?:lorr(?:y|ies)|trucks?|buses|bus|"
             r"minibus(?:es)?|vans?|taxis?|tankers?|coaches|loads|freight|cargo|goods)")
_DRIVES_FOR_LIVING = prefilter.compile(r"(?:\bwho\s+(?:(?:usually|normally|regularly|also|still|often)\s+)?"
                                       r"(?:(?:has|have|had)\s+)?(?:drives?|driven|drove|runs?|run|ran|operates?|operated)\s+"
                                       + _VEHICLES
                                       + r"|\bwho\s+(?:usually|normally|regularly|often)\s+(?:drives?|drove|runs?|ran)"
                                       r"|\b(?:members|drivers|hauliers|carriers|operators|firms|"
                                       r"companies)\s+(?:running|driving|operating)\s+" + _VEHICLES + r")"
                                       r"\s+(?:between|to|from)\b"
                                       # (only the route's own words after it: its towns, "the crossing by F and the
                                       # capital"; not a later clause, "run to A say the police in B")
                                       r"(?:\s+(?:(?:the|a|an|and|or|to|from|via|through|of|by|near|at|central|town|village|"
                                       r"city|capital|port|crossing|border|checkpoint|region|area|district|province)\b|"
                                       r"(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]*)){0,12}\s*$", re.I)
_SPEAKER_BEFORE = prefilter.compile(r"\b(?:said|says|told|according\s+to)\b[^.;:]{0,80}?,\s*$", re.I)
# ... nor the speaker named so before the verb: "X, who drives a lorry between A and B, said ..."
_SPEAKER_AFTER = prefilter.compile(r"[^,;:.]*,\s+(?:said|says|told|tells|added|recalled|explained)\b", re.I)
# a one-off trip, not a living: "volunteers who drove aid lorries to B on Friday", "who drove trucks to C" (the past
# alone, without "has", "usually" or the years it lasted)
_PAST_ALONE = prefilter.compile(r"\bwho\s+(?:drove|ran|operated)\b", re.I)
_YEARS_LONG = prefilter.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}?(?:years?|decades?)\b|\bbefore\s+the\s+war\b", re.I)
_ONE_DAY = prefilter.compile(r"[^,;:.]*?\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)|"
                             r"on\s+\d|yesterday|today|tonight|last\s+(?:week|night|month)|this\s+(?:morning|week))", re.I)
_NEEDS_TO_REACH = prefilter.compile(r"\b(?:needs?|have|has)\s+to\s+(?:reach|get\s+to)\s+$", re.I)
_BY_CAR = prefilter.compile(r"\s+by\s+(?:car|bus)\b")
# harm or a closure told in the sentence: the place may be its scene
# people moved, taken in or sent away told in the sentence: the town they went to or left is the sets' (the hospital
# that took in families, buses of refugees that drove to X every day)
_PEOPLE_MOVED = prefilter.compile(r"(?=[aderst])\b(?:t(?:ook|akes?|aking)\s+in|received|admitted|evacuat\w*|shelter\w*|"
                                  r"refugees|displaced)\b", re.I)
_HARM = prefilter.compile(r"(?=[abcdefhikpsw])\b(?:shell\w*|clash\w*|fir(?:e|ed|es|ing)|shot|shots|shooting|hit|struck|"
                          r"strikes?|attack\w*|damag\w*|kill\w*|wound\w*|injur\w*|drones?|bomb\w*|explo\w*|closed|blocked|"
                          r"cut\s+off|sealed|protest\w*)\b", re.I)
# a border named by its sides: "the Tavush-Gazakh border", "the border between the A province and the B district"
_SIDES_HYPHEN = prefilter.compile(r"\s*[-–]\s*$")
_BORDER_AFTER = prefilter.compile(r"\s+(?:border|frontier|delimitation|boundary)\b(?!\s+(?:crossing|gate|checkpoint|post|point|"
                                  r"station|terminal|bridge)s?\b)", re.I)
_BORDER_BETWEEN = prefilter.compile(r"\b(?:border|frontier|boundary)\s+between\s+(?:the\s+)?$", re.I)
_SIDE_AND = prefilter.compile(r"(?:\s+(?:province|district|region|marz|rayon))?\s+and\s+(?:the\s+)?"
                              r"(?:(?:Azerbaijan|Armenia|Georgia)['’]s\s+)?$", re.I)


def _lives_dropped(sentence, mentions, harm=None):
    """Indexes of the mentions that only tell where people go about their lives, or a border's sides (see the
    module). (``harm``: whether _HARM is in the sentence, when already asked.)"""
    out = set()
    harm = bool(_HARM.search(sentence)) if harm is None else harm
    moved = bool(_PEOPLE_MOVED.search(sentence))
    for i, m in enumerate(mentions):
        before = sentence[:m.begin]
        if _LETTER_HEAD.search(before) and _LETTER_COLON.match(sentence, m.end) \
                and not _OUR_PLACE.search(sentence, m.end):
            out.add(i)
        elif _FACILITY_OPENS.search(before) and not harm and not moved:
            out.add(i)
        elif not harm and not moved and (_WORK_IN.search(before[-40:])
                           or (_TRIP_TO.search(before[-60:]) and _EVERY_DAY.match(sentence, m.end))
                           or (_NEEDS_TO_REACH.search(before[-40:]) and _BY_CAR.match(sentence, m.end))
                           or _drives_for_living(sentence, before, m.end)):
            out.add(i)
        elif not harm and i + 1 < len(mentions) and _SIDES_HYPHEN.fullmatch(sentence, m.end, mentions[i + 1].begin) \
                and _BORDER_AFTER.match(sentence, mentions[i + 1].end) \
                and {m.place.precision, mentions[i + 1].place.precision} & {"region", "district"}:
            out.update((i, i + 1))
        elif not harm and i + 1 < len(mentions) and _BORDER_BETWEEN.search(before[-40:]) \
                and _SIDE_AND.fullmatch(sentence, m.end, mentions[i + 1].begin) \
                and {m.place.precision, mentions[i + 1].place.precision} & {"region", "district"}:
            out.update((i, i + 1))
    return out


def _drives_for_living(sentence, before, end):
    """Is the place at the end of ``before`` (the mention ending at ``end``) a town of the route a person is named by
    ("who has driven lorries between A and B"), the person not the speaker of the sentence's quote, and the route a
    living, not one trip?"""
    found = _DRIVES_FOR_LIVING.search(before[-150:])
    if not found:
        return False
    start = len(before) - len(before[-150:]) + found.start()
    if _SPEAKER_BEFORE.search(sentence, 0, start) or _SPEAKER_AFTER.match(sentence, end):
        return False
    if _ONE_DAY.match(sentence, end):
        return False
    return not (_PAST_ALONE.match(found.group()) and not _YEARS_LONG.search(sentence, end))


# the place the writer or the writer's team set out from: "I came back from A and saw the queue", "we drove from B to
# C in the morning" (the journey's start is where the narrator was, not a scene; where they went may be, as may the
# start when harm is told of it: "we came back from A, which was being shelled")
_OWN_TRIP_FROM = prefilter.compile(r"\b(?:I|[Ww]e|[Oo]ur\s+(?:team|crew|reporters?|correspondents?))\s+"
                                   r"(?:(?:had|have|has)\s+)?(?:(?:was|were)\s+)?(?:just\s+)?"
                                   r"(?:came\s+back|come\s+back|coming\s+back|got\s+back|"
                                   r"returned|returning|drove|driven|driving|travell?ed|travell?ing|flew|flown|flying)\s+"
                                   r"(?:home\s+|back\s+)?from\s+(?:the\s+(?:town|village|city)\s+of\s+)?$")
# ... and the next start of the same journey: "I came back from A and B on Sunday"
_OWN_TRIP_AND = prefilter.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+(?:town|village|city)\s+of\s+)?")
# what is told of the start itself: its own relative clause, or the words up to the next clause
_OWN_TRIP_CLAUSE = prefilter.compile(r",?\s+(?:which|where|that)\b[^;:.]*|[^,;:.]*?(?=,|;|:|\.|\band\b|\bto\b|$)")
# the start taken, burnt or ruined is told of too: "I came back from A, which the troops had captured"
_START_TAKEN = prefilter.compile(r"\b(?:captur\w*|seiz\w*|occup\w*|overr[au]n|took|taken|fell|destroy\w*|burn\w*|burnt|"
                                 r"loot\w*|ruin\w*|razed)\b", re.I)
# harm on the journey itself: the way from the start is the scene ("we drove from A to B and our car was hit on the
# way", "drove from C to D under fire")
_ON_THE_WAY = prefilter.compile(r"\b(?:on\s+the\s+(?:way|road|route)|en\s+route|under\s+(?:fire|shelling)|behind\s+us|"
                                r"(?:our|my)\s+(?:car|bus|van|vehicle|convoy|minibus|jeep)s?)\b", re.I)


def _own_trips_dropped(sentence, mentions, harm=None):
    """Indexes of the mentions naming where the narrator's own journey set out from (see the comment above).
    (``harm``: whether _HARM is in the sentence, when already asked.)"""
    out = set()
    harm = bool(_HARM.search(sentence)) if harm is None else harm
    if "from" not in sentence or (harm and _ON_THE_WAY.search(sentence)):
        return out                         # (harm on the way: the journey itself is the scene)
    for i, m in enumerate(mentions):
        if _OWN_TRIP_FROM.search(sentence, max(0, m.begin - 70), m.begin) \
                or (i - 1 in out and _OWN_TRIP_AND.fullmatch(sentence, mentions[i - 1].end, m.begin)):
            clause = _OWN_TRIP_CLAUSE.match(sentence, m.end)
            told = clause.group(0) if clause else ""
            if not _HARM.search(told) and not _START_TAKEN.search(told):
                out.add(i)
    return out


# --- background a notice or a story gives (see the module)
# a travel advice or a contact line: the whole sentence names no scene
_TRAVEL_ADVICE = prefilter.compile(r"\b(?:advis(?:e|es|ed|ing)|warn(?:s|ed)?|recommend(?:s|ed)?)\s+(?:(?:all\s+)?(?:citizens|"
                                   r"travell?ers|visitors)\s+)?against\s+(?:all\s+)?(?:but\s+essential\s+|non-essential\s+)?"
                                   r"travel\b|\bavoid\s+all\s+(?:but\s+essential\s+|non-essential\s+)?travel\b", re.I)
# ... or a consular notice's advice to its readers: "If you are already in the region, stay in A", "Citizens
# resident in A should register with the Consular Section", "Travel to A remains possible but should be kept to what
# is essential" (where the reader is told to stay, to register or how much to travel is no scene)
_READER_ADVICE = prefilter.compile(r"^\s*if\s+you\s+(?:are|were|must|need|have)\b"
                                   r"|\bshould\s+register\s+with\b|\bregister\s+with\s+(?:the|their|your)\s+(?:consular|embassy)"
                                   r"|\btravel\s+to\b[^.;:]{0,60}?\bshould\s+be\s+(?:kept|limited|restricted|reduced)\b",
                                   re.I)
_PHONE = prefilter.compile(r"(?:\+\d{2,3}|\(0\d{1,4}\))[\s\d()-]{6,}\d")
# where people stay or live: "staying with relatives or in hotels in A", "sleeping in hotel rooms in B", "who had
# been living in C", the region after "has lived in D, in the same E region" (staying with relatives in a town, and
# having lived there since the war, are a flight's end: the sets file them)
_STAYS_IN = prefilter.compile(r"(?=[hlsw])(?:\b(?:stay(?:s|ed|ing)?|sleep(?:s|ing)?|slept|lodg(?:ed|ing))\s+"
                              r"(?:with\s+(?:[\w'’-]+\s+){1,3}?(?:or\s+)?)?"
                              # (a bed named first: "sleeps on a camp bed in a school gym in A")
                              r"(?:on\s+(?:a\s+)?(?:[\w-]+\s+)?(?:beds?|mattress(?:es)?|floors?)\s+)?"
                              r"in\s+(?:hotels?|(?:hotel\s+)?rooms|hostels?|"
                              r"a\s+hotel|a\s+hostel|"
                              r"(?P<hall>(?:a|the)\s+(?:school\s+|sports\s+)?(?:gym|gymnasium|hall|dormitory)))"
                              r"\s+in\s+|\bwho\s+(?:had\s+been|have\s+been|has\s+been|were|are|"
                              # (or in the housing they were given there: "who had been living in temporary housing in B")
                              r"is)\s+living\s+in\s+(?:(?:temporary|rented|makeshift|communal)\s+)?"
                              r"(?:(?:housing|homes|flats|dormitories|hostels|camps)\s+in\s+)?"
                              r"|\b(?:has|have)\s+lived\s+in\s+[^,.;:]{1,40}?,\s+in\s+the\s+(?:same\s+)?)"
                              # (or a district named with its article: "who had been living in the X district of Baku")
                              r"(?:the\s+(?:(?:town|city|village)\s+of\s+)?)?$", re.I)


# where people wait out a night, a plan's visit, an organisation's base, a reader's fuel stop and where a group is
# scattered: "people stranded on the road had to spend the night in A", "consular staff will be in B on Saturday",
# "we will try to send the boxes to C", "they will go to families in D", "we have been working out of a house in E",
# "fuel is available in F", "fill up in G", "pupils now scattered between H, I and J" (none is a scene; the sets
# leave out a night spent, a visit planned, a base and a list of where people now live)
_NIGHT_OR_PLAN = prefilter.compile(r"(?=[dfopsw])\b(?:spen(?:d|ds|t|ding)\s+(?:the|a)\s+night\s+in"
                                   # (a convoy that will be there or be sent is the news: "the convoy will be in A")
                                   r"|(?<!convoy\s)will\s+(?:also\s+)?be\s+(?:back\s+)?in"
                                   r"|will\s+(?:try\s+to\s+)?(?:send|take|bring|go)\b"
                                   r"(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?convoys?\b)"
                                   r"[^,.;:]{0,50}?\b(?:to|in)"
                                   r"|will\s+ask\b[^,.;:]{0,90}?\bin"
                                   r"|(?:working|works?|worked|operat(?:es?|ed|ing))\s+(?:out\s+of|from)(?:\s+(?:a|an|the|our|its)"
                                   r"\s+(?:[\w-]+\s+){0,2}?(?:house|flat|office|building|base|warehouse|room)\s+in)?"
                                   # (a reader's stop, not fuel scarce: "only diesel was available in X")
                                   r"|(?<!only\s)(?<!little\s)(?<!no\s)(?:fuel|petrol|diesel)\s+(?:is\s+|was\s+)?"
                                   r"available\s+in"
                                   r"|(?:fuel|fill)\s+up\s+in"
                                   r"|scattered\s+(?:between|across|among|around|in))"
                                   r"\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)


def _stays_in(before, sentence):
    """Does ``before`` end where someone stays (_STAYS_IN)? A hall or a gym refugees sleep in, or people who fled,
    is where they arrived: "300 refugees who came on Monday sleep in the school gym in A" is kept."""
    stay = _STAYS_IN.search(before)
    return bool(stay) and not (stay.group("hall") and (_PEOPLE_MOVED.search(sentence) or WAR_NEWS.search(sentence)))


# where someone's kin live, told as who they are: "her grandparents live in the A region", "members have parents in
# the villages of B", "relatives who lived in C" (a home named, nothing happening there; not families, whose town
# is often the news)
_KIN_LIVE_IN = prefilter.compile(r"(?=[abcgpru])\b(?:grandparents|parents|relatives|cousins?|aunts?|uncles?|grandmothers?|"
                                 r"grandfathers?)\s+(?:who\s+)?(?:(?:still|now|also|all)\s+)?"
                                 r"(?:(?:live|lives|lived|living)\s+)?in\s+(?:the\s+(?:villages?|towns?)\s+of\s+)?"
                                 r"(?:the\s+)?$", re.I)
# (kin people went to or stay with are a flight's end: "families moved to relatives in A", "left for relatives in B")
_TO_KIN = prefilter.compile(r"\b(?:to|for|with|among|towards)\s+(?:(?:their|his|her|our|my|the)\s+)?$", re.I)


# (kin kept apart are a blockade's news: "pupils' relatives in A who have not been able to visit")
_KIN_KEPT_APART = prefilter.compile(r"\b(?:not\s+(?:been\s+)?able|unable|cannot|can['’]t|could\s+not|couldn['’]t|"
                                    r"no\s+longer\s+(?:visit|see|reach)|cut\s+off)\b", re.I)


def _kin_live_in(before, sentence):
    """Does ``before`` end with where someone's kin live (_KIN_LIVE_IN), not kin people went to or stay with, nor
    kin the sentence says cannot be reached?"""
    kin = _KIN_LIVE_IN.search(before)
    return bool(kin) and not _TO_KIN.search(before, 0, kin.start()) and not _KIN_KEPT_APART.search(sentence)


# "went on to A, where we spent the first weeks in a hotel"
_WHERE_STAYED = prefilter.compile(r",\s+where\s+(?:we|they|he|she|the\s+families|families|many)\s+(?:spent|stayed|lived|"
                                  r"slept|found\s+rooms)\b", re.I)
# (not the end of a flight: "the families fled to A, where they spent the night")
_FLED_TO = prefilter.compile(r"\b(?:fled|moved|evacuated|escaped|relocated)\b[^,.;:]{0,30}?\bto\s+(?:the\s+(?:town|city|"
                             r"village)\s+of\s+)?$|\bleft\s+for\s+$", re.I)
# an area that only places a site or a village described before it: "A is a hill about 300 metres high in the B
# district", "C is a village in the D region"
_DESCRIBED_IN_AREA = prefilter.compile(r"\b(?:is|was)\s+(?:a|an)\s+(?:small\s+|large\s+)?(?:hill|height|village|mountain|peak|"
                                       r"settlement|town|ridge)\b[^,.;:]{0,40}?\s+in\s+(?:the\s+)?$", re.I)
# the district a place named before it lies in, told as across a line: "A, across the district line in B" (B only
# places A, even when A is shelled; the sets leave B out)
_ACROSS_AREA_LINE = prefilter.compile(r"(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+,\s+across\s+the\s+(?:district|province|provincial|"
                                      r"regional)\s+(?:line|border)\s+in\s+(?:the\s+)?$", re.I)
# an area named as a speaking office, the sentence telling of a place in it: "the executive authority of the A
# district said one resident of B had been killed"
_OFFICE_OF = prefilter.compile(r"\b(?:executive\s+(?:authority|power)|administration|governor|head|chief|office)\s+of\s+"
                               r"(?:the\s+)?$", re.I)
_OFFICE_SAYS = prefilter.compile(r"(?:\s+(?:district|region|rayon|province))?(?:,\s+[^,.;]{1,40},)?\s+(?:said|says|reported|"
                                 r"told|announced)\b[^.;]*?\b(?:in|of|at)\s+(?:the\s+village\s+of\s+)?[A-ZƏÇŞĞÜÖİ]")
# works under way, the places after them: "is building houses for the displaced in A and B", "has been building a
# new road between C and D"
_WORKS_BEFORE = prefilter.compile(r"(?=[ahiw])\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
                                  r"(?:building|constructing|repairing|widening|rebuilding)\s+"
                                  r"(?:a\s+|the\s+|new\s+|some\s+|\d+\s+)*(?:new\s+)?"
                                  r"(?:houses|homes|road|roads|school|flats)\b[^.;:]{0,60}?\b(?:in|between|at|for)\s+"
                                  r"(?:the\s+(?:town|city|village)s?\s+of\s+)?(?:(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+(?:\s+(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+)?"
                                  r"(?:,\s+|,?\s+and\s+))*$", re.I)
# works under way as the last item of a list of works done, its subject after ", and": "Uzbekistan has built a school
# in A and Kazakhstan a centre there, and Hungary is building a school in B" (one more builder's work, news as the
# items before it are; not works under way alone, nor after a list of anything else: "the mayor opened a market in A,
# and the firm is building houses in B" has no list of works)
_WORKS_LAST_ITEM = prefilter.compile(r",\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+$", re.I)
_WORKS_DONE = prefilter.compile(r"\b(?:has|have|had)\s+(?:already\s+|also\s+)?(?:built|rebuilt|constructed|restored)\b"
                                r"(?=[^.;:]{0,80}?\b(?:in|at)\s+(?-i:[A-Z]))", re.I)
# (troops building a road or posts is a move at the front, not works: "troops were building a road between A and B")
_MILITARY = prefilter.compile(r"\b(?:troops|soldiers|army|armed\s+forces|military|posts|positions|fortifications)\b", re.I)
# landmarks a road passes near: "passes near the monasteries of A and B"
_PASSES_NEAR = prefilter.compile(r"\bpass(?:es|ed|ing)?\s+(?:near|by|close\s+to)\s+(?:the\s+)?(?:monaster(?:y|ies)|"
                                 r"churche?s?|ruins|fortress(?:es)?)\s+(?:of\s+)?$", re.I)
# the town a height or a line is said to protect: "to protect the town of A"
_PROTECTS = prefilter.compile(r"\bprotect(?:s|ed|ing)?\s+the\s+(?:town|city|village)\s+of\s+$", re.I)
# a named operation: "the A operation of 1994"
_OPERATION_AFTER = prefilter.compile(r"\s+(?:military\s+|offensive\s+)?operation\b(?!\s+(?:in|at|near|against|on)\b)")
# a speech or an association's rooms in a town: "in a speech in A", "at the association's rooms in B"
_SPEECH_IN = prefilter.compile(r"(?=['aht’])\b(?:(?:a|his|her|the)\s+(?:[\w-]+\s+)?(?:speech|lecture)|['’]s\s+(?:rooms|"
                               r"offices|premises|headquarters))\s+in\s+$", re.I)
# the directions a breakthrough took: "broke through in the A-B and C-D directions"
_CHAIN_DASH = prefilter.compile(r"\s*[-–]\s*")
_CHAIN_AND = prefilter.compile(r"\s+and\s+")
_DIRECTIONS_AFTER = prefilter.compile(r"\s+directions?\b", re.I)
_OFFENSIVE = prefilter.compile(r"\b(?:broke|broken|break(?:s|ing)?)\s+through\b", re.I)


def _direction_chains(sentence, mentions):
    """Indexes of the mentions that name the directions a breakthrough took (see the module): hyphen-joined names
    before "direction(s)", all of them in a list of such chains, when the sentence tells a line broken through (a
    response, or fire, "in the A-B direction" keeps its places: the sets file them)."""
    out, chain = set(), []
    for i, m in enumerate(mentions):
        chain.append(i)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and (_CHAIN_DASH.fullmatch(sentence, m.end, nxt.begin)
                                or (_CHAIN_AND.fullmatch(sentence, m.end, nxt.begin) and len(chain) > 1)):
            continue
        end = _DIRECTIONS_AFTER.match(sentence, m.end)
        if end and len(chain) > 1 and _OFFENSIVE.search(sentence):
            out.update(chain)
        chain = []
    return out


def _last_of_works_done(sentence, before, works):
    """Are the works under way ``works`` (matched in ``before``, the text up to the place) the last item of a list
    of works done that the sentence opened (see _WORKS_LAST_ITEM)?"""
    item = _WORKS_LAST_ITEM.search(before, 0, works.start())
    return bool(item) and bool(_WORKS_DONE.search(sentence, 0, len(sentence) - len(before) + item.start()))


def _background_dropped(sentence, mentions, harm=None):
    """Indexes of the mentions that give a notice's or a story's background (see the module). (``harm``: whether
    _HARM is in the sentence, when already asked.)"""
    harm = bool(_HARM.search(sentence)) if harm is None else harm
    # (quick tests first, for speed: every match of _TRAVEL_ADVICE and _READER_ADVICE holds "travel", "register" or
    # "you" (in any case), every match of _PHONE a "+" or a "(")
    if not harm and ((has_stem(sentence, ("travel", "register", "you"))
                      and (_TRAVEL_ADVICE.search(sentence) or _READER_ADVICE.search(sentence)))
                     or (("+" in sentence or "(" in sentence) and _PHONE.search(sentence))):
        return set(range(len(mentions)))
    out = _direction_chains(sentence, mentions) if "direction" in sentence else set()
    for i, m in enumerate(mentions):
        before = sentence[max(0, m.begin - 120):m.begin]
        if (not harm and _PROTECTS.search(before[-40:])) or (
                THE_BEFORE.search(before[-6:]) and _OPERATION_AFTER.match(sentence, m.end)) or (
                _ACROSS_AREA_LINE.search(before[-70:])):
            out.add(i)
        elif m.place.precision in ("region", "district") and (
                (_DESCRIBED_IN_AREA.search(before) and any(n.end <= m.begin for n in mentions[:i]))
                or (_OFFICE_OF.search(before[-50:]) and _OFFICE_SAYS.match(sentence, m.end))):
            out.add(i)
        elif not harm and (((works := _WORKS_BEFORE.search(before)) and not _MILITARY.search(sentence)
                            and not _last_of_works_done(sentence, before, works))
                           or _PASSES_NEAR.search(before[-60:])):
            out.update(_listed_from(sentence, mentions, i))   # the list goes with it: "in A, B and other villages"
        elif not harm and _kin_live_in(before[-90:], sentence) and not _PEOPLE_MOVED.search(sentence) \
                and not WAR_NEWS.search(sentence) and not home_by_kind(sentence, m.end):
            # (the kin's word on their village keeps it: "her parents in A said soldiers had entered the village")
            out.update(_listed_from(sentence, mentions, i))   # the list goes with it: "in A and B"
        elif not harm and (_stays_in(before, sentence) or _SPEECH_IN.search(before[-60:])
                           or (_WHERE_STAYED.match(sentence, m.end) and not _FLED_TO.search(before[-60:]))):
            out.add(i)
        elif not harm and _NIGHT_OR_PLAN.search(before) and not _HOME_HARM.search(sentence) \
                and not _PEOPLE_MOVED.search(sentence) and not WAR_NEWS.search(sentence):
            # (gunfire, refugees or war news keep it: "refugees will be in A by Friday", "mines scattered around B")
            out.update(_listed_from(sentence, mentions, i))   # the list goes with it: "between A, B and C"
    return out


# --- homes and talk (see the module)
# harm, fire or a blockade told in the sentence: a home or a road's start may be the scene
_HOME_HARM = prefilter.compile(r"(?=[abcdefghiksw])\b(?:shell\w*|clash\w*|fir(?:e|ed|es|ing)|gunfire|shots?|shooting|hit|"
                               r"struck|strikes?|attack\w*|damag\w*|kill\w*|wound\w*|injur\w*|drones?|bomb\w*|explo\w*|blew|"
                               r"sabotag\w*|blocked|blockade\w*|cut\s+off)\b", re.I)
# the area a border is named by, after the village it locates: "A is the last village before the border with B"
_BEFORE_BORDER_WITH = prefilter.compile(r"(?=[cstv])\b(?:village|town|settlement|community)\s+(?:before|on|at|near|"
                                        r"by)\s+the\s+(?:[\w-]+\s+){0,2}?border\s+with\s+(?:the\s+)?$", re.I)
# where protesters or settlers came from, a list closed by "and other places": "the protesters came from A, B and
# other places", "refugees who came from C, D and other parts of ..."; a family's past: "whose parents left E"
# (the list's first names may be dropped already: "came from A, B and other places" reaches B)
_CAME_FROM = prefilter.compile(r"\b(?:came|come|had\s+come|have\s+come|hailed|hail)\s+from\s+(?:the\s+(?:villages?|towns?|"
                               r"cities)\s+of\s+)?(?:(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+\s*,\s+)*$", re.I)
_PROTESTERS = prefilter.compile(r"\b(?:protesters|protestors|demonstrators|participants|marchers)\b", re.I)
_OTHER_PLACES = prefilter.compile(r"(?:\s*,\s*|,?\s+and\s+)other\s+(?:places|parts|towns|villages|cities|regions|areas|"
                                  r"communities|settlements)\b", re.I)
# people told by their homes in a list closed by "and other places", then the coming: "people from A, B and other
# villages came to stand with them", "residents from C, D and other places gathered outside" (where they came from,
# not a scene; kept out even when the sentence tells of a road they blocked elsewhere)
_PEOPLE_FROM = prefilter.compile(r"(?=[plrvsa])\b(?:people|residents|villagers|locals|supporters|activists)\s+from\s+"
                                 r"(?:(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+\s*,\s+)*$", re.I)
_CAME_AFTER = prefilter.compile(r"\s+(?:came|had\s+come|have\s+come|gathered|joined|arrived|travelled|traveled|"
                                r"rallied|turned\s+out)\b(?!\s+under\b)", re.I)
# (fire told in the sentence keeps the homes: "people from A, B and other villages arrived in C after shelling
# destroyed their homes"; a road blocked is no fire)
_PEOPLE_FROM_FIRE = prefilter.compile(r"\b(?:shell\w*|fir(?:e|ed|es|ing)|gunfire|shots?|shooting|struck|strikes?|"
                                      r"attack\w*|damag\w*|destroy\w*|kill\w*|wound\w*|injur\w*|drones?|bomb\w*|"
                                      r"explo\w*)\b", re.I)
_FAMILY_LEFT = prefilter.compile(r"(?=w)\bwhose\s+(?:great-)?(?:grand)?(?:parents|father|mother|family|ancestors|relatives|"
                                 r"grandfather|grandmother)\s+(?:had\s+)?(?:left|came\s+from)\s+$", re.I)
# where a matter was talked about: "talked about in A, in B and ..."
_TALKED_IN = prefilter.compile(r"(?=[adgstw])\b(?:talked|spoken|written|argued|debated|discussed|gossiped)\s+about\s+in\s+"
                               r"(?:[\w'’-]+\s*,?\s+(?:and\s+)?in\s+)*$", re.I)
# the start of a generic drive or road to no named end: "anyone who drives down from A to our valley", "the main
# road from B to the south of the country"
_DRIVE_FROM = prefilter.compile(r"\b(?:drives?|driving|travels?|travelling|traveling|(?:main\s+)?(?:road|highway|motorway))\s+"
                                r"(?:down\s+|up\s+|over\s+|out\s+)?from\s+$", re.I)
# ("a road from A to the village" is a road to a village named before: A stays)
_TO_NO_PLACE = prefilter.compile(r"\s+to\s+(?:(?:our|this|your)\s+(?:valley|region|province|plain|area)|the\s+"
                                 r"(?:south|north|east|west)(?:-?(?:east|west))?\s+of)\b", re.I)
# (a road shut from A that way is news at A: "the road from A to the south was closed by landslides")
_ROAD_SHUT = prefilter.compile(r"\b(?:closed|closure|shut|suspended|halted|stopped|reopen\w*|landslides?|washed\s+away|"
                               r"impassable)\b", re.I)
# a province named as the kind of the town before it: "Meghri, the Syunik town through which ..."
_KIND_OF_TOWN = prefilter.compile(r"\s*,\s+the\s+$")
_TOWN_AFTER = prefilter.compile(r"\s+(?:border\s+|mountain\s+|provincial\s+)?(?:town|village|city|community)\b", re.I)
# an office's address line: "Letters and tips: the editorial office, A."
_OFFICE_LINE = prefilter.compile(r"\b(?:editorial\s+(?:office|desk)|newsroom|news\s+desk)\s*,\s+$", re.I)
_ADDRESS_END = prefilter.compile(r"\s*[.]?\s*$")
# a property's address, the whole line, perhaps numbered: "4. A settlement, building No. 16.", "B village, plots 7
# and 8.", "C town, Safarov Street." (a notice's or a listing's heading of an item; what befell it comes after)
_ITEM_NUMBER = prefilter.compile(r"\s*(?:\d{1,3}[.)]\s*)?")
_PROPERTY_ADDRESS = prefilter.compile(r"\s+(?:village|town|settlement|city)\s*"
                                      r"(?=,\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|Avenue|Road)\b|,\s+(?:plots?|building|house|"
                                      r"flat|block)\s+(?:No\.?\s*)?\d)"
                                      r"(?:,\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|Avenue|Road))?"
                                      r"(?:,\s+(?:plots?|building|house|flat|block)\s+(?:No\.?\s*)?\d+[a-z]?"
                                      r"(?:\s+and\s+\d+[a-z]?)?)?\s*[.]?\s*")
# an exclave a place is claimed as part of: "which Azerbaijan ... claims as part of its A exclave"
_PART_OF_CLAIMED = prefilter.compile(r"(?=[cr])\b(?:claims?|claimed|considers?|regards?)\s+"
                                     r"(?:it\s+)?as\s+(?:a\s+)?part\s+of\s+(?:its|their|the)\s+$", re.I)
# the home of residents whose cars may cross: "private cars of residents of A", "cars belonging to residents of B"
_RESIDENTS_CARS = prefilter.compile(r"\b(?:cars|vehicles|lorries|trucks)\s+(?:belonging\s+to|of|owned\s+by)\s+"
                                    r"(?:the\s+)?residents\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I)


def _homes_dropped(sentence, mentions, home_harm=None):
    """Indexes of the mentions that name a border's side after its village, a group's homes, where a matter was
    talked about and the like (see the module). (``home_harm``: whether _HOME_HARM is in the sentence, when already
    asked.)"""
    out = set()
    last = len(mentions) - 1
    people_fire = _PEOPLE_FROM_FIRE.search(sentence) is not None
    for i, m in enumerate(mentions):
        if people_fire or i in out or not _PEOPLE_FROM.search(sentence[max(0, m.begin - 80):m.begin]):
            continue
        j = i
        while j < last and _LIST_ON.fullmatch(sentence, mentions[j].end, mentions[j + 1].begin):
            j += 1
        other = _OTHER_PLACES.match(sentence, mentions[j].end)
        if other and _CAME_AFTER.match(sentence, other.end()):
            out.update(range(i, j + 1))
    if home_harm is None:
        home_harm = _HOME_HARM.search(sentence) is not None
    if home_harm:
        return out
    for i, m in enumerate(mentions):
        before = sentence[max(0, m.begin - 90):m.begin]
        if _BEFORE_BORDER_WITH.search(before[-60:]) or _FAMILY_LEFT.search(before[-60:]) \
                or _TALKED_IN.search(before[-80:]) or _PART_OF_CLAIMED.search(before[-50:]) \
                or _RESIDENTS_CARS.search(before[-70:]):
            out.add(i)
        elif _DRIVE_FROM.search(before[-40:]) and _TO_NO_PLACE.match(sentence, m.end) \
                and not _ROAD_SHUT.search(sentence):
            out.add(i)
        elif m.place.precision in ("region", "district") and i > 0 \
                and _KIND_OF_TOWN.fullmatch(sentence, mentions[i - 1].end, m.begin) \
                and _TOWN_AFTER.match(sentence, m.end):
            out.add(i)
        elif _OFFICE_LINE.search(before[-40:]) and _ADDRESS_END.fullmatch(sentence, m.end):
            out.add(i)
        elif _ITEM_NUMBER.fullmatch(sentence, 0, m.begin) and _PROPERTY_ADDRESS.fullmatch(sentence, m.end):
            out.add(i)
        elif _CAME_FROM.search(before[-80:]):
            j = i
            while j < last and _LIST_ON.fullmatch(sentence, mentions[j].end, mentions[j + 1].begin):
                j += 1
            if _PROTESTERS.search(sentence, 0, m.begin) or _OTHER_PLACES.match(sentence, mentions[j].end):
                out.update(range(i, j + 1))
    return out


# what comes between an area and its other name: " district, which Armenians call ", " region that locals know as "
_AREA_OTHER_NAME = prefilter.compile(r"(?:\s+(?:district|region|province|area))?\s*(?:,\s*which|that)\s+(?:[\w'’-]+\s+){0,2}"
                                     r"(?:calls?|called|names?|knows?\s+as|refers?\s+to\s+as)\s+(?:the\s+)?", re.I)


# a bridge or a crossing told by what it joins: "the old bridge, which links the X district with Iran", "a crossing
# that joins the Y region to the south" (the sides it stands between describe it; nothing happened in them). The
# bridge keeps its own event; a sentence that tells of harm or a closure, in the clause or after it ("the bridge,
# which links A with B, was shelled"), is news at its ends too and keeps them.
# (the crossing the clause's subject, not a road named after it: "checkpoints along the road, which links A with B"
# names the road's ends)
_CROSSING_LINKS = prefilter.compile(r"\b(?:bridges?|crossings?|crossing\s+points?|checkpoints?)\b"
                                    r"(?:(?!\b(?:roads?|highways?|routes?|railways?|lines?|tracks?|corridors?|motorways?)\b)"
                                    r"[^.;:()]){0,40}?(?:,\s*|\s+)"
                                    r"(?:which|that)\s+(?:links|joins|connects|has\s+(?:long\s+)?(?:linked|joined|connected))"
                                    r"\s+(?P<clause>[^.;:,()]{0,60})$", re.I)


def _crossing_links_dropped(sentence, mentions):
    """Indices of the mentions in a bridge's or a crossing's clause telling what it links (see _CROSSING_LINKS)."""
    if _HARM.search(sentence):
        return set()
    dropped = set()
    for i, m in enumerate(mentions):
        said = _CROSSING_LINKS.search(sentence, max(0, m.begin - 160), m.begin)
        if said is not None and re.fullmatch(r"(?:the\s+)?(?:[\w'’-]+\s+){0,8}?(?:(?:with|to|and)\s+(?:the\s+)?)?",
                                             said.group("clause"), re.I):
            dropped.add(i)
    return dropped


# the places something is said to matter for: "the peak matters for A and for the nearby villages of B, C and D", "the
# road is vital for E", "the height is strategically important to F" (what it means to them, nothing that happened
# there); a place named after the words with harm told after it keeps its news ("is vital for A, which was shelled")
_MATTERS_FOR = prefilter.compile(r"\b(?:matters?|mattered|(?:is|are|was|were|remains?|remained)\s+(?:(?:so|very|most|"
                                 r"especially|particularly|strategically|vitally|critically|also)\s+)?(?:important|vital|"
                                 r"crucial|key|essential|critical|of\s+(?:great\s+|strategic\s+|vital\s+|key\s+)?"
                                 r"importance))\s+(?:for|to)\s+(?P<between>[^.;:]{0,80}?)$", re.I)
# (between the words and the place only a list's joints and its nouns: "and for the nearby villages of", no verb)
_MATTERS_VERB = prefilter.compile(r"\b(?:is|are|was|were|had|has|have|been|said|says|told|after|when|where|which|who|that)\b",
                                  re.I)


# (a siege or a capture told after the place is its news too: "crucial for A, which has been under blockade since")
_MATTERS_HARM_AFTER = prefilter.compile(r"\b(?:blockade\w*|besieg\w*|siege|captur\w*|seiz\w*|occupied)\b", re.I)
# (the words in a relative clause of a thing that was hit: "shelled positions that are important to A", which places
# the fire by A; not "the shelling of A matters for B")
_MATTERS_RELATIVE_BEFORE = prefilter.compile(r"\b(?:that|which)\s+$", re.I)


def _matters_for_dropped(sentence, mentions):
    """Indices of the places something is only said to matter for (see _MATTERS_FOR)."""
    dropped = set()
    for i, m in enumerate(mentions):
        said = _MATTERS_FOR.search(sentence, max(0, m.begin - 160), m.begin)
        if said is None or _MATTERS_VERB.search(said.group("between")):
            continue
        if _MATTERS_RELATIVE_BEFORE.search(sentence, max(0, said.start() - 12), said.start()) \
                and _HARM.search(sentence, 0, said.start()):
            continue                       # "Azerbaijani forces shelled positions that are important to A"
        rest = re.split(r"[;:]", sentence[m.end:], maxsplit=1)[0]
        if not _HARM.search(rest) and not _MATTERS_HARM_AFTER.search(rest):
            dropped.add(i)
    return dropped


_RANGE_TO_PASS = prefilter.compile(r"(?P<range>\s+(?:mountains|range))?\s+(?:and|through|via|by|to)\s+(?:the\s+)?", re.I)
_RANGE_NAMED = prefilter.compile(r"\b(?:mountains|range)$", re.I)
_PASS_NEXT = prefilter.compile(r"\s+pass\b", re.I)


def _ranges_before_pass_dropped(sentence, mentions, harm):
    """Indices of the mountain ranges named just before a pass they lead to (see the module)."""
    if harm or "pass" not in sentence.lower():
        return set()
    out = set()
    for i, (m, n) in enumerate(zip(mentions, mentions[1:])):
        link = _RANGE_TO_PASS.fullmatch(sentence, m.end, n.begin)
        if link and n.place != m.place and (link.group("range") or _RANGE_NAMED.search(m.text)) \
                and (n.text.lower().endswith(" pass") or _PASS_NEXT.match(sentence, n.end)):
            out.add(i)
    return out


def asides_dropped(sentence, mentions):
    """The mentions without the places a locating word, a threat or an origin names (see the module); a locator
    needs a place named before it, which it places."""
    if not mentions:
        return mentions
    if (" against " in sentence or " v" in sentence) and _FIXTURE_LINE.match(sentence):
        return []
    dropped, list_end, told_apart = set(), None, False
    for i, m in enumerate(mentions):
        if list_end is not None and _LIST_ON.fullmatch(sentence, list_end, m.begin) \
                and not (told_apart and "," in sentence[list_end:m.begin]):
            dropped.add(i)             # (a namesake's aside ends at its comma: "A, not to be confused with B, and C")
            list_end = m.end
            continue
        list_end = None
        before = sentence[max(0, m.begin - _REACH):m.begin]
        area = m.place.precision in ("region", "district") and m.place.source != "approximate"   # (not a village
        # the gazetteer lacks, placed at its district)
        located = ((_LOCATOR.search(before) or (area and _FACES_AREA.search(before)))
                   and any(n.end <= m.begin and n.place != m.place for n in mentions))
        threat = "threat" in before and _THREAT.search(before)
        apposed = (area and _APPOSED_AREA.search(before)
                   and any(n.end <= m.begin and n.place != m.place for n in mentions))
        heading = ((_ROAD_HEADING.search(before) and not _ROAD_END.match(sentence, m.end))
                   or (_HEADING_FIRST.search(before) and _ROAD_AFTER.match(sentence, m.end)))
        province = m.place.precision == "region" and m.place.name.endswith(" Province")   # (an exclave goods
        # are bound for is their destination: "goods bound for Nakhchivan")
        bound = province and _BOUND_FOR_REGION.search(before)
        signed = _SIGNED_BEFORE.search(before) and _SIGNATURE_END.fullmatch(sentence, m.end)
        caller = "from" in before and ((_CALLS_FROM.search(before) and not _FIRE_AFTER.search(sentence, m.end))
                                       or (_WRITES_FROM.search(before) and _APPOSITION_ENDS.match(sentence, m.end)
                                           and not _BACK_TO_PLACE.search(sentence, m.end)))
        namesake = "confused" in before and _NOT_CONFUSED.search(before)
        speaker_city = i == 0 and _in_city_speaker(sentence, mentions)
        if speaker_city or located or apposed or threat or heading or bound or signed or caller or namesake:
            dropped.add(i)
            list_end = m.end
            told_apart = bool(namesake)
    dropped |= _origins(sentence, mentions)
    if " of " in sentence:
        dropped |= _named_persons_homes(sentence, mentions)
    if "our " in sentence or "ing from " in sentence:
        dropped |= _own_public_homes(sentence, mentions)
    if "'s " in sentence or "’s " in sentence:
        dropped |= {i for i, m in enumerate(mentions) if _OWN_OUTLET_AFTER.match(sentence, m.end)
                    and _OUTLET_THE.search(sentence, max(0, m.begin - 12), m.begin)}
    harm = bool(_HARM.search(sentence))        # (asked once for the three readings that use it)
    dropped |= _lives_dropped(sentence, mentions, harm)
    dropped |= _background_dropped(sentence, mentions, harm)
    home_harm = _HOME_HARM.search(sentence) is not None    # (asked once for the two readings below)
    dropped |= _homes_dropped(sentence, mentions, home_harm)
    dropped |= _credits_and_launch_sites_dropped(sentence, mentions, home_harm)
    dropped |= _own_trips_dropped(sentence, mentions, harm)
    dropped |= _ranges_before_pass_dropped(sentence, mentions, harm)
    if "which" in sentence or "that" in sentence:
        dropped |= _crossing_links_dropped(sentence, mentions)
    if " for " in sentence or " to " in sentence:
        dropped |= _matters_for_dropped(sentence, mentions)
    # a dropped area's other name goes with it: "a village placed in the X district, which Armenians call Y"
    dropped |= {i + 1 for i in dropped if i + 1 < len(mentions)
                and _AREA_OTHER_NAME.fullmatch(sentence, mentions[i].end, mentions[i + 1].begin)}
    if "named" in sentence or "listed" in sentence or "cite" in sentence or "ntifie" in sentence \
            or "mention" in sentence or "names" in sentence or "lists" in sentence:
        dropped |= _sources_named(sentence, mentions)
    return [m for i, m in enumerate(mentions) if i not in dropped]


def _in_city_speaker(sentence, mentions):
    """Does the first mention, opening the sentence as "In A, ...", only place a speaker whose statement names
    another place (see _IN_CITY_OPENS)?"""
    first = mentions[0]
    if not _IN_CITY_OPENS.match(sentence[:first.begin]):
        return False
    spoke = _IN_CITY_SPEAKER.match(sentence, first.end)
    if not spoke or _LOCAL_WITNESS.search(spoke.group("who")) \
            or any(first.end < n.begin < spoke.end() for n in mentions):   # (the city's other name or its aside:
        return False                                                        # "In A, called B by Armenians, ...")
    if _BACK_TO_PLACE.search(sentence, spoke.end()) or _SPEAKER_BACK.search(sentence, spoke.end()):
        return False
    return any(n.begin >= spoke.end() and n.place != first.place
               and not _STATEMENT_BREAK.search(sentence, spoke.end(), n.begin)
               and not _FROM_JUST_BEFORE.search(sentence, max(0, n.begin - 12), n.begin) for n in mentions)


def _sources_named(sentence, mentions):
    """Indexes of the mentions a statement names as where fire came from, in a list (see the module)."""
    out = set()
    for named in _SOURCES_NAMED.finditer(sentence):
        stop = named.start("as")      # the list stands between the verb and "as the places ..."
        if named.group("more"):       # ... or goes on after it, up to the clause's end
            end = _CLAUSE_END.search(sentence, named.end("more"))
            stop = end.start() if end else len(sentence)
        out.update(i for i, m in enumerate(mentions) if named.start() < m.begin < stop)
    return out


# a relative clause told of the area a person comes from: "a resident from the A area, where shells fell, said"
_AREA_CLAUSE = prefilter.compile(r"\s+(?:area|region|district)\s*,\s+(?P<clause>(?:where|which|that)\b[^,;]*)")


def _origins(sentence, mentions):
    """Indexes of the mentions that name where the people of the sentence come from (see the module): kept when
    the sentence names no other place and the people do not speak, or a group sets off from its home."""
    out = set()
    if "from" not in sentence:
        return out
    listed = _CAME_FROM_LIST.search(sentence)
    if listed:
        out.update(i for i, m in enumerate(mentions) if m.begin >= listed.end())
    for origin in _ORIGIN.finditer(sentence):
        home = {i for i, m in enumerate(mentions) if origin.start() < m.begin < origin.end()}
        homes = {mentions[i].place for i in home}
        if not home:
            continue
        others = any(m.place not in homes for m in mentions)
        if _MOVED_AWAY.match(sentence, origin.end()):
            continue
        if origin.group("area") and not others:
            continue                       # "a villager from the X region tells that the army fled": the area
                                           # alone, what is told may be its news (only another scene drops it)
        area_told = _AREA_CLAUSE.match(sentence, origin.end()) if origin.group("area") else None
        if area_told and (_HARM.search(area_told.group("clause")) or _HOME_HARM.search(area_told.group("clause"))):
            continue                       # "a resident from the A area, where shells fell on Tuesday, said he fled
                                           # to B": the area's own fire, told of it
        speaks = _SPEAKS_NEXT.match(sentence, origin.end())
        if origin.group("family") and others and _SETTLED_IN.match(sentence, origin.end()) \
                and not _HARM.search(sentence) and not _DRIVEN_OUT.search(sentence):
            out |= home                    # "a family from A has settled in B": the newcomers' home describes them,
            continue                       # where they settled is the news
        if origin.group("family") and (speaks or others or _FAMILY_AT_WAR.search(sentence)):
            continue                       # (a family sheltering, displaced or under fire: left as it was read)
        if origin.group("ours") and (speaks or others or _BORDER_TOLD.search(sentence)):
            continue                       # "our member from A writes that ...": her own account, left as it was
        if speaks and (WAR_NEWS.search(speaks.group()) or _HOME_HARM.search(speaks.group())
                       or _HURT_OR_BURNED.search(speaks.group())):
            speaks = None                  # "a woman from A who fled on Saturday said", "a nurse from A who was
                                           # wounded when shells hit the town said": the clause tells war news or
                                           # harm that may have come to the home
        if speaks and origin.group("one") and not others and home_harm_told(sentence, speaks.end()):
            continue                       # "a farmer from A said shells hit his barn": no other place, his home
                                           # is where the fire fell
        if origin.group("party") and (speaks or others):
            continue                       # a party telling of its home, or on its way: left as it was read
        if speaks and origin.group("one") and not others and home_by_kind(sentence, origin.end()):
            continue                       # "a woman from A wrote that soldiers had come into the village": her
                                           # words tell of the home
        if speaks or (others and (origin.group("one") or not _JOURNEY_NEXT.match(sentence, origin.end()))):
            out |= home
        elif (origin.group("one") or origin.group("trade") or origin.group("ours") or origin.group("family")
              or origin.group("party")) \
                and not _HARM.search(sentence) \
                and not _HOME_HARM.search(sentence) and not _PEOPLE_MOVED.search(sentence) and not _MILITARY.search(sentence) \
                and not WAR_NEWS.search(sentence) and not _HURT_OR_BURNED.search(sentence) \
                and not _JOURNEY_NEXT.match(sentence, origin.end()) \
                and not _HOME_TOLD.match(sentence, origin.end()):
            out |= home                    # alone, with nothing told of harm, a move or troops: "an album lent by a
                                           # visitor from A, whose parents sang in the choir" describes the person
    return out


# a person named with the home they come from, "Anvar Mammadov of A", when the sentence tells of another place:
# "X Y of A fell in the battle at B", "X Y of A was wounded near B" (the sets file B, not the man's home; his home
# stays when the sentence comes back to it: "said shells fell on his village", "... there")
_PERSON_OF = prefilter.compile(r"\b[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+\s+[A-ZƏÇŞĞÜÖİ][a-zəçşğüöı'’-]+"
                               r"(?:ov|ev|yev|ova|eva|yan|ian|li|lu|ly|zade)\s+of\s+$")
_HOME_BACK = prefilter.compile(r"\b(?:there|his|her|their)\b(?:\s+(?:own\s+|native\s+)?(?:village|town|city|home|house|"
                               r"yard|street))?|\bthe\s+(?:same\s+)?village\b|\bhome\b", re.I)
_HOME_APPOSED = prefilter.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:village|town|city|settlement|suburb)\b")


def _named_persons_homes(sentence, mentions):
    """Indexes of the mentions that only name a person's home ("X Y of A"), when another place follows and the
    sentence does not come back to the home (see _PERSON_OF)."""
    out = set()
    for i, m in enumerate(mentions):
        if not _PERSON_OF.search(sentence, max(0, m.begin - 60), m.begin) or _HOME_APPOSED.match(sentence, m.end):
            continue
        if any(n.begin >= m.end and n.place != m.place for n in mentions) \
                and not _HOME_BACK.search(sentence, m.end):
            out.add(i)
    return out


# a town or district owning an outlet: "the A district's memorial website", "the B town's news site" (whose site it
# is, not where the news happened; but the A district still places the villages the sentence names without one, so
# it goes here, after the areas were read, and not with the outlets the finder leaves out)
_OWN_OUTLET_AFTER = prefilter.compile(r"(?:\s+(?:district|region|town|city|community|municipality))?['’]s\s+(?:[\w-]+\s+)?"
                                      r"(?:newspapers?|papers?|websites?|news\s+sites?|portals?)\b"
                                      r"(?!['’]s\s+(?:offices?|building)|\s+(?:offices?|building|headquarters|premises)\b)", re.I)
_OUTLET_THE = prefilter.compile(r"\b(?:the|a)\s+$", re.I)

# the writer's own public described by where it comes from: "Many of our customers are families from the A villages",
# "most of our members come from B", "four of our pupils travel in from C" (the sets file no event there; a home
# told of after it, ", which was shelled", or harm in the sentence keeps it); so too the writer's own staff: "two of
# our keepers come from the D district" (older sets 9 of 9 file none)
_OWN_PUBLIC_FROM = prefilter.compile(r"\b[Oo]ur\s+(?:customers|clients|buyers|regulars|members|pupils|students|guests|readers|"
                                     r"subscribers|visitors|growers|suppliers|"
                                     r"staff|keepers|guides|workers|employees|colleagues|volunteers|teachers|drivers)\s+(?:are|were|come|came|travel|travell?ed)\s+"
                                     r"(?:in\s+)?"
                                     r"(?:(?:mostly|mainly|all|originally|families|people)\s+)*from\s+(?:the\s+)?$")


# ... or by the way it comes, with what it may do: "Patients coming from the A district can ask for a later time",
# "members travelling from B may meet at the station" (advice to the public, nothing happened at the place)
_PUBLIC_COMING_FROM = prefilter.compile(r"\b(?:[Pp]atients|[Cc]ustomers|[Cc]lients|[Mm]embers|[Pp]upils|[Ss]tudents|[Gg]uests|"
                                        r"[Vv]isitors|[Pp]arents|[Rr]eaders|[Bb]uyers)\s+(?:coming|travell?ing)\s+(?:in\s+)?"
                                        r"from\s+(?:the\s+)?$")
_ADVICE_NEXT = prefilter.compile(r"(?:\s+(?:district|region|villages?|area))?\s+(?:(?:can|could|may|should)"
                                 # (what they may do, not what may be done to them: "students travelling from X may be
                                 # stopped at the border")
                                 r"(?!\s+(?:be|not|no|never)\b)|are\s+(?:asked|welcome|invited))\s", re.I)


def _own_public_homes(sentence, mentions):
    """Indexes of the mentions naming only where the writer's customers or members come from (see above)."""
    if _HARM.search(sentence) or _HOME_HARM.search(sentence):
        return set()
    return {i for i, m in enumerate(mentions)
            if _OWN_PUBLIC_FROM.search(sentence, max(0, m.begin - 90), m.begin)
            and not _HOME_TOLD.match(sentence, m.end) and not _OWN_PUBLIC_WENT.match(sentence, m.end)
            or _PUBLIC_COMING_FROM.search(sentence, max(0, m.begin - 40), m.begin)
            and _ADVICE_NEXT.match(sentence, m.end)}


# (a journey of theirs told after it keeps the place: "our customers come from X and travelled to the rally by bus",
# "our pupils are from Y and fled in October", "our members come from Z by bus every day")
_OWN_PUBLIC_WENT = prefilter.compile(r"\s*,?\s+(?:and\s+|who\s+)?(?:[\w'’-]+\s+){0,2}?(?:travell?ed|came|drove|walked|"
                                     r"went|arrived|fled|escaped|left|were\s+(?:displaced|evacuated|expelled|brought))\b|"
                                     # (nor the way they come daily, as the finder reads members: "come from X by bus")
                                     + COMMUTE_AFTER.pattern)


# --- credits, launch sites and a site's road (see the module)
# a credits line: people named by the places they come from, opening the sentence ("Historians and journalists
# from A, B and C; ...")
_CREDITS_FROM = prefilter.compile(r"^\W*(?:[A-Z][\w-]*\s+(?:and\s+|,\s*)?){0,3}?(?:historians|journalists|experts|scholars|"
                                  r"guests|speakers|contributors|reporters|writers|analysts|academics|musicians|artists|"
                                  r"witnesses|survivors|veterans)\s+from\s+$", re.I)
# where rockets or shells were launched from: "rockets fired from A"
_LAUNCHED_FROM = prefilter.compile(r"(?=[gmrs])\b(?:rockets?|shells?|missiles?|rounds|mortar\s+bombs|"
                                   r"grads?)\s+(?:that\s+had\s+been\s+|that\s+were\s+|were\s+|had\s+been\s+|"
                                   r"being\s+)?(?:fired|launched)\s+from\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
# a site placed by the road it stands on: "It stood on the road that linked A and B with C" (where the site is,
# nothing told of the road's towns)
_STOOD_ON_ROAD = prefilter.compile(r"(?=[ls])\b(?:stood|stands|lies|lay|sits|sat)\s+on\s+the\s+(?:main\s+|old\s+)?"
                                   r"(?:road|highway)\s+(?:(?:(?:that|which)\s+(?:links|linked|connects|connected|joins|"
                                   r"joined))|linking|connecting|joining)\b\s*", re.I)
# the road's first town, right after it: "that linked A", "that linked the towns of A"
_ROAD_FIRST_TOWN = prefilter.compile(r"(?:the\s+)?(?:(?:towns?|villages?|cit(?:y|ies))\s+of\s+)?")
# the road's towns, one after the other: "A and B with C", "A to B"
_ROAD_TOWNS_ON = prefilter.compile(r"\s*(?:,\s*|,?\s+and\s+|\s+(?:with|to)\s+)(?:the\s+)?")
# a credits line closes with its list: "... from A, B and C; archive film" (a sentence that goes on with a verb
# tells what people from those towns did); names the gazetteer lacks may end the list: "..., B and Moscow;"
_CREDITS_CLOSE = prefilter.compile(r"(?:\s*(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s*(?:;|[.]?\s*$)")
# the fire told to fall around its target: "rockets fired from A fell around them" (the target named apart: "the
# troops in B ..."); fire told to hit a place ("rockets fired from A hit B") keeps A, the fire's origin, as the older
# sets annotate it
_FIRE_AROUND = prefilter.compile(r"\b(?:fell|fall|falls|falling|landed|lands|landing|exploded|exploding)\s+(?:all\s+)?around\b",
                                 re.I)


def _credits_and_launch_sites_dropped(sentence, mentions, home_harm=None):
    """Indexes of the mentions that name a credits line's homes, the site fire was launched from while its target
    is named apart, or the towns of the road a site stands on (see the module). (``home_harm``: whether _HOME_HARM
    is in the sentence, when already asked.)"""
    out = set()
    if home_harm is None:
        home_harm = _HOME_HARM.search(sentence) is not None
    road = _STOOD_ON_ROAD.search(sentence)
    if road and not home_harm:
        first = next((i for i, m in enumerate(mentions) if m.begin >= road.end()
                      and _ROAD_FIRST_TOWN.fullmatch(sentence, road.end(), m.begin)), None)
        if first is not None:              # the road's towns only: "A and B with C" (not a later clause's place)
            out.add(first)
            for j in range(first + 1, len(mentions)):
                if not _ROAD_TOWNS_ON.fullmatch(sentence, mentions[j - 1].end, mentions[j].begin):
                    break
                out.add(j)
    for i, m in enumerate(mentions):
        if _CREDITS_FROM.search(sentence[:m.begin]) and not home_harm:
            listed = _listed_from(sentence, mentions, i)       # the list goes with it: "from A, B and C"
            if _CREDITS_CLOSE.match(sentence, mentions[listed[-1]].end):
                out.update(listed)
        elif _LAUNCHED_FROM.search(sentence[max(0, m.begin - 60):m.begin]):
            listed = _listed_from(sentence, mentions, i)       # the sites listed: "fired from A and B"
            last = mentions[listed[-1]]
            if _FIRE_AROUND.search(sentence, last.end) \
                    and any(n.place != m.place for k, n in enumerate(mentions) if k not in listed):
                out.update(listed)
    return out


def _listed_from(sentence, mentions, i):
    """Indexes of the mention at ``i`` and of those listed right after it ("A, B and C"), which go together."""
    listed = [i]
    for j in range(i + 1, len(mentions)):
        if not _LIST_ON.fullmatch(sentence, mentions[j - 1].end, mentions[j].begin):
            break
        listed.append(j)
    return listed
