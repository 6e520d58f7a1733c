"""Score the extractor on the project's own annotated articles (``tests/articles/``).

Each article ``NN_name.txt`` (or ``.html``) has a ``NN_name.json`` beside it:
its publication date and the events a careful reader finds in it, one per
place per sentence, with the layer, the date the text states (``null`` when it
states none) and who makes the claim (``null`` when nobody is named).

Figures printed (the goals of the geoparsing issue in brackets):

* place recall and precision over the distinct places of each article
  (≥ 0.95 and ≥ 0.90); an annotated ``place`` also matches the gazetteer's own
  name for it when it resolves exactly, and a village the gazetteer keeps apart
  from its namesakes with its district in brackets ("Sarijali (Aghdam)")
  matches the annotated bare name (a rule of 2026-11-30: figures quoted below
  from before that day were taken without it), and an annotated bare "Tartar"
  in a sentence naming "the Tartar district" (or "the Goranboy and Tartar
  districts", "the Tovuz direction") matches the gazetteer's Tartar District
  (a rule of 2026-12-03, the same way); an annotated name two far places share
  (the gazetteer asks between them: "Shahbulag", the Sharur village and the
  fortress by Aghdam) is read by the article's other annotated places, as the
  extractor reads it, when the namesake it gives lies within 40 km of their mean
  point (a rule of 2026-12-07); and an annotated name that answers one place
  exactly while the gazetteer files a namesake with its area in brackets
  ("Hovtashen": the village in Armenia, and "Hovtashen (Martakert)" of
  Aliaghali) is read as that namesake when it lies within 40 km of the article's
  other places and the exact answer does not (a rule of 2026-12-08);
* right layer, for the annotated events whose place was found in the right
  sentence (≥ 0.90);
* exact date, for those of them whose date the text states (≥ 0.90);
* claimed_by, for those of them with a named claimant: both sides are read
  through the canonical actor table (``data/actors.csv``: "Azerbaijan's defence
  ministry" and "Azerbaijani MoD" are one actor), then matched loosely (one
  contains the other, case and "'s" ignored) (≥ 0.85).

``tests/articles/`` was used while writing the rules (a development set);
``tests/articles/heldout/`` was written afterwards and never used to tune them:
its figures are the honest estimate. ``tests/articles/heldout2/`` (six longer
wire-style articles, two of them HTML pages) was written and scored before the
governing-cue rules were added, and those rules were then checked against it.
``tests/articles/heldout3/`` (eight articles, three of them HTML pages) was
written by someone who had not read the extractor, and scored once before any
change (place recall 0.928, precision 0.955, layer 0.874, date 0.879); a few
general fixes followed (deadlines after publication, "fired first at",
"according to them", exclaves), so later figures on it are no longer blind.
``tests/articles/heldout4/`` (fifteen articles, three of them HTML pages, 221
events; conventions in its README) was written by someone who had not read the
extractor, with a list of 257 regional name variants and their true
coordinates (``tests/data/heldout4_variants.csv``). Its first score, with the
code as it was before the rules of issue 11 (commit 9ecf558), taken before
anything was changed for it: place recall 0.793 (134/169), precision 0.838
(134/160), event recall 0.783, layer 0.751 (130/173), date 0.942 (49/52),
claimed_by 0.699 (86/123, loose match without canonical actors); variants
(``python -m bench.eval_variants``) 0.895 within tolerance (230/257), 22 not found,
5 answers further than 50 km, worst 625.5 km. With this scorer (canonical
claimants on both sides, annotated places also matched under the gazetteer's
own name) the same base code scores recall 0.805, precision 0.850, layer
0.749, date 0.942, claimed_by 0.766. After the rules of issue 11 (commit
dc41582; the set's articles were not read, only its README of conventions and
aggregate figures): recall 0.846, precision 0.851, layer 0.809, date 0.944,
claimed_by 0.832; variants 0.961 within tolerance, 7 not found, 3 further
than 50 km, worst 177.4 km. Fixes made after reading its misses follow, so
later figures on it are no longer blind: at the end of issue 11's work, recall
0.941, precision 0.914, layer 0.880, date 0.947, claimed_by 0.916; variants
0.973 within tolerance, 4 not found, 3 further than 50 km (GeoNames names of
other places: Shahumyan, Nerkinshen, Chinar), worst 177.4 km. A second round of
general rules followed, tuned on all the sets above (heldout4 no longer blind):
sourced supplement rows (Armenian names of the districts' places, exclaves,
lakes, reservoirs, a plain, a mountain range), an old name going to the place
it spells, site words in Armenian/Azerbaijani/Russian, "X ... in the Y
district", camps, convoys and movements on a route, people named earlier,
a variant reading far from every other place of the article left out.
Heldout4 then: recall 0.959 (162/169), precision 0.936 (162/173), layer 0.913
(189/207), date 0.949 (56/59), claimed_by 0.932 (138/148); variants 1.000
within tolerance (257/257), none not found, none further than 50 km, worst
0.9 km. The older sets at the same point: tests/articles 1.000 / 0.978 /
0.935 / 1.000 / 0.985 (recall, precision, layer, date, claimed_by), heldout
1.000 / 0.963 / 0.867 / 1.000 / 0.941, heldout2 0.978 / 1.000 / 0.955 / 1.000
/ 1.000, heldout3 0.986 / 0.986 / 0.869 / 0.914 / 0.932.
``tests/articles/heldout5/`` (fourteen articles, three of them HTML pages, 230
events; conventions in its README) was written by someone who had never read
the extractor. Its first blind score, on main at 5ce0461: recall 0.840,
precision 0.855, layer 0.825, date 0.966, claimed_by 0.821 (on 4447df5, before
these fixes: recall 0.840, precision 0.861, layer 0.836, date 0.967,
claimed_by 0.822). Its misses were then read, so it is no longer blind: general
layer and claim rules followed (places people fled to, civilians killed in a
list's places, places lost or aimed at, towns cut off, vehicles and aid on
their way, headings, concrete blocks, protest camps, document checks, a
checkpoint site named again; a claimant is a speaker, never a clause,
"the presidential office" is the president named before, Karabakh's de facto
institutions are its authorities, an ore mine is no landmine). With the
gazetteer rows of the same day (main at b4c1b8e: recall 0.876, precision
0.865, layer 0.826, date 0.968, claimed_by 0.831), heldout5 after them: recall
0.876 (148/169), precision 0.865 (148/171), layer 0.955 (192/201), date 0.968
(60/62), claimed_by 0.968 (120/124). The other sets at the same point
(recall, precision, layer, date, claimed_by): tests/articles 1.000 / 0.978 /
0.935 / 1.000 / 0.985, heldout 1.000 / 0.963 / 0.867 / 1.000 / 0.941,
heldout2 0.978 / 1.000 / 0.955 / 1.000 / 1.000, heldout3 0.986 / 0.986 / 0.879
/ 0.914 / 0.949, heldout4 0.970 / 0.943 / 0.923 / 0.949 / 0.920.
``tests/articles/heldout6/`` (fourteen articles, three of them HTML pages, 218
events, 213 name variants; conventions in its README, those of heldout5) was
written by someone who had never read the extractor while the work above went
on, and nothing was changed for it: every figure on it is blind. First scored
on main at 5230b95 (after the first rules of the day, before the village rows
and the heldout5 fixes): recall 0.900 (135/150), precision 0.888 (135/152),
layer 0.781 (146/187), date 0.871 (61/70), claimed_by 0.692 (74/107); variants
0.859 within tolerance (183/213), 26 not found, 4 further than 50 km, worst
233.6 km. At the end of that work (main at 2fc54b4): recall 0.920 (138/150),
precision 0.896 (138/154), layer 0.779 (148/190), date 0.871 (61/70),
claimed_by 0.697 (76/109); variants 0.915 (195/213), 14 not found, 4 further
than 50 km, worst 233.6 km. So the village rows carried over to a new set and
the layer and claim rules hardly did: those rules still fit their annotators.
Its claim and date misses were then read and general rules followed (the
speaker is the subject of the reporting verb, past relative clauses and
datelines; people, offices and bodies named earlier or without their nation;
quotations over several sentences; one label for plain speakers; passives and
"citing"; a vague date yields to a stated day, a comma or "and" counts against
a date), so its claimed_by and date figures are no longer blind: claimed_by
0.697 → 1.000 (109/109), date 0.871 → 1.000 (70/70). On the same code:
heldout5 claimed_by 0.968 → 1.000, date 0.968 → 1.000; heldout4 claimed_by
0.920 → 0.980, date 0.949 → 1.000; heldout3 date 0.914 → 0.943; heldout
claimed_by 0.941 → 1.000; tests/articles and heldout2 unchanged.
``tests/articles/heldout7/`` (fourteen articles, three HTML pages, 194 events,
200 name variants) was written blind before that work and scored on main at
8534ccd before any of it: recall 0.708 (97/137), precision 0.600 (96/160),
layer 0.811 (103/127), date 0.944 (34/36), claimed_by 0.750 (57/76); variants
0.865 (173/200), 19 not found, 6 further than 50 km, worst 254.5 km. Nobody who
changed the rules read it. After the claim, date, layer and village work above
(main at f11cac3): recall 0.745 (102/137), precision 0.623 (101/162), layer 0.811
(107/132), date 1.000 (37/37), claimed_by 0.765 (62/81); variants 0.875
(175/200), 17 not found, 6 further than 50 km. The rules fitted to heldout4–6
carry over little; most misses on it are villages the gazetteer lacks and
places its annotator did not count as events. Its misses were then read, so it
is no longer blind; at the end of the next round (main at 2b06fe9): recall 0.796
(109/137), precision 0.800 (108/135), layer 0.890 (130/146), date 1.000,
claimed_by 0.856 (77/90); variants 0.955 (191/200), 4 not found, 5 further than
50 km (GeoNames alternate names of other villages), worst 166.3 km.
``tests/articles/heldout8/`` (fifteen articles, three HTML pages, 152 events,
202 name variants) was written blind and scored on 7a1821e before any change of
that round: recall 0.721 (75/104), precision 0.652 (75/115), layer 0.739
(82/111), date 0.848 (28/33), claimed_by 0.585 (38/65); variants 0.881
(178/202), 21 not found, 3 further than 50 km, worst 116.1 km. It was then used
to write rules (its misses read), so its later figures are not blind: at
2b06fe9 recall 0.769 (80/104), precision 0.769 (80/104), layer 0.974 (112/115),
date 1.000 (33/33), claimed_by 0.743 (52/70); variants 0.955 (193/202).
``tests/articles/heldout9/`` (seventeen articles, three HTML pages, 187 events,
200 name variants) was written blind during that round and nobody read its
misses (one rule writer's text searches printed a few of its lines). On 7a1821e,
before the round: recall 0.737 (98/133), precision 0.731 (98/134), layer 0.831
(113/136), date 0.905 (19/21), claimed_by 0.375 (33/88); variants 0.830
(166/200), 25 not found, 4 further than 50 km, worst 137.1 km. After it
(2b06fe9): recall 0.752 (100/133), precision 0.746 (100/134), layer 0.827
(115/139), date 0.913 (21/23), claimed_by 0.478 (43/90); variants 0.840
(168/200), 26 not found, 3 further than 50 km, worst 126.0 km. The rules and
rows written on the sets read carried over to it only a little.
A round of attribution rules followed (claimed_by only), written from the
classes of heldout4-8's claim misses and tested on sentences written for them,
never the sets' own: plain speakers the subject finder lost (a noun in -ly,
people "reached by phone", a group before an apposition, a relative clause
without "who", headmasters, diplomats), bare officials of the side whose people
the article names or of a dateline's country, a ministry without a row of its
own as its government, the president's envoy, namesakes of the table's people,
an officer for his nation's forces heard before, outlets citing unnamed
sources, the outlet's own staff as no claimant, "in what it called", "in his
words", bodies named with capitals, more ways of attributing (a colon, "per",
"as stated in", "informs", "reads", calling names, "found that"), quotations
after "X said:", joint subjects of two sides split into one claim each, a title
alone for the person named before, a claim's owner inside a denial; aliases of
the sides' own press (RA, RF, DSX, NKR, official Baku). claimed_by before →
after, on main at ccbb1b0: tests/articles 0.985 → 0.985, heldout 1.000 →
1.000, heldout2 1.000 → 1.000, heldout3 0.983 → 0.983, heldout4 0.980 → 0.993
(152/153), heldout5 1.000 → 1.000, heldout6 0.991 → 1.000 (113/113), heldout7
0.876 → 0.933 (98/105), heldout8 0.743 → 0.929 (65/70); recall, precision,
layer and dates unchanged on every set. heldout9 was not scored. Misses left
on heldout4/7/8: Armenia's National Security Service and Azerbaijan's State
Border Service annotated as their governments (the older sets keep them apart,
as the table does), an abbot named only in the next sentence, a prediction
("we expect Azerbaijan ... to argue"), an NGO's partners, a photographer who
found bodies, families in an exodus annotated as refugees, a state water
company.
``tests/articles/heldout10/`` (eighteen articles, three HTML pages, 177 events,
330 name variants) was written blind next, by someone who had not read the
extractor. On 08401db, before the round: recall 0.692 (83/120), precision 0.709
(83/117), layer 0.934 (114/122), date 1.000 (55/55), claimed_by 0.689 (51/74);
variants 0.973 (321/330), 2 not found, 5 further than 50 km, worst 201.4 km.
The round (villages named with their district in brackets, a possessive or
"X village of Y district"; villages the gazetteer lacks kept at the district
the sentence names, marked approximate; "the corridor" for the one named
before; a post's list of districts; four sweeps of sourced villages; the
attribution rules above), written without reading heldout9 or heldout10: on
heldout10 recall 0.733 (88/120), precision 0.715 (88/123), layer 0.937
(119/127), date 1.000 (60/60), claimed_by 0.684 (54/79); variants 0.973. Its
misses were then read (it is no longer blind): a village named before its
district after any word, lists of villages of any length (recall 0.750,
precision 0.720). heldout9, still unread, at the end of the round: recall
0.805 (107/133), precision 0.754 (107/142), layer 0.814 (118/145), date 0.923
(24/26), claimed_by 0.490 (47/96); variants 0.850 (170/200), 23 not found, 3
further than 50 km.
The variant misses of heldout9 and heldout10 (and 7-8) were then read (heldout9's
variants are no longer blind) and classed: Azerbaijani Cyrillic, a variant
reading that preferred another village's alternate name to a place's own name,
feature words of more languages (Russian, Spanish, Italian, French with an
elided article, caves, waterfalls, airports), an area in brackets, Armenian
letters that fix the vowels, Western Armenian and Russian readings, and two
places the gazetteer lacked (Mingachevir Reservoir, Mount Kapaz). Variants
before -> after: heldout9 0.850 -> 0.975 (195/200), 2 not found, none further
than 50 km (was 3); heldout10 0.973 -> 0.982 (324/330), 3 further than 50 km
(was 5); heldout4-8 unchanged (1.000, 0.995, 0.995, 0.975, 0.990). Left: names
two places share far apart where the set means the smaller one (Norakert,
Başkənd, Gerger, T'azagyugh, Sovetashen), coordinates where sources disagree
(Murovdag), and spellings no source gives (Carahunj, Khanazakh).
A round of attribution rules followed (claimed_by only), from the classes of
heldout9's and heldout10's claim misses (both now development sets), each
tested on sentences written for it: a nation's press as '<nation> media'
('a Turkish news site', 'Azerbaijani television'); names in another
transliteration (Pashinian, Hikmat Hajiyev, Tatevosyan after Tadevosyan); a
side's state bodies without a row of their own as its government, as
heldout6-10's READMEs annotate (Azerbaijan's roads agency, Artsakh's National
Security Service, the restoration service named with commas), 'the agency'
for the Agency named before, a nationless body for the side the article names
most; counting, pointing out and planning as claims; a side's statement, a
case 'reported by X', a thing named so 'in Baku'; the dateline 'Outlet | Baku |
date' and 'the Defence Ministry' as that country's; 'he said' for the person
the sentence calls 'he'; a sentence going on ('It starts at ...') keeping the
claimant of the one before. claimed_by before → after (a0cda1e → this round):
tests/articles 0.985 → 0.970 (its 07 names 'Azerbaijan's State Road Agency'
by itself, where heldout6-10 give such bodies as their government), heldout4
0.993 → 0.993, heldout5 1.000 → 1.000, heldout6 1.000 → 1.000, heldout7 0.933
→ 0.933, heldout8 0.929 → 0.929, heldout9 0.490 → 0.938 (90/96), heldout10
0.713 → 0.988 (79/80); recall, precision, layer and dates unchanged, and no
event annotated without a claimant got one. Misses left are conventions the
sets disagree on (Armenia's NSS and Azerbaijan's State Border Service as their
governments in heldout7-9, as bodies of their own in heldout4-5 and the
table), an agency official named by name ('Idayat Rustamov of the roads
agency', heldout9) where the rules give the body ('Hunan Tadevosyan of the
emergency service' speaks for the service), a body named only by what
it does ('the service that manages Khankendi ...'), a claim carried into a
paragraph that does not go on with a pronoun, and a clause whose subject is a
capital ('whether Baku has abandoned ...').
A round on the place misses and false places of heldout9 and heldout10 (both
read), with general rules tested on sentences written for them: places that
only describe a quoted speaker, a birthplace, an office's remit, an exception
or a past event (``geo/extract/frames.py``); capitals standing for their
government across a comma, "in which", "according to", "pressure on";
cities abroad second in a list; long lists of districts; an area's own bodies;
"the villages of the district" for the district named before; a spelling read
only as a far variant kept at the area named with it; one reading per name in
an article; roads named only to locate; railways named by the region's towns;
front "directions" as districts. Place recall / precision before -> after
(main at a0cda1e -> this round):
heldout9 0.805/0.754 -> 0.895/0.881, heldout10 0.750/0.720 -> 0.800/0.842,
heldout7 0.898/0.799 -> 0.912/0.812, heldout8 0.779/0.779 -> 0.798/0.798,
heldout5 0.947/0.958 -> 0.941/0.952 (origins and "the Jebrail direction"
annotated there as places), tests/articles and heldout-heldout4, heldout6
unchanged. What is left is mostly conventions the sets do not share (the
exclave as "Nakhchivan", the town's name, or as the autonomous republic; "the
Zangezur corridor" as a corridor or as Syunik; mine blasts as shelling or as
other) and villages and sites no stored page gives coordinates for.

heldout11 (16 articles, 215 events, 212 variants) was written blind by someone
who had not read the extractor, and scored on a0cda1e before any change:
recall 0.764 (120/157), precision 0.811 (120/148), layer 0.861, date 0.923
(36/39), claimed_by 0.736 (67/91); variants 0.962 (1 not found, 5 further
than 50 km). After the heldout9/10 round above, written without reading it:
0.764, 0.811, 0.860, 0.921, 0.733; variants 0.967. Its misses were then read
(it is no longer blind) and general rules followed (a truce or a court order
abroad, places abroad on a named route, fighting in a province named alone,
a nation's adjective before a noun, dateline lines, a post's office, a village
placing a site, where the displaced lived, a namesake listed among another
country's towns, returns of the displaced as 'other', official data, state
companies, the head of state, 'analysts expect', villages the gazetteer lacks
named with a town or after the district that opens the sentence): 0.885,
0.885, 0.909, 0.935, 0.913, every other set unchanged by those rules.

A round on the miss kinds that recur across sets followed: the false and
missed places of every development set were pooled and classed by kind (place
unknown to the gazetteer, place found and dropped by a rule, locator, road end,
origin, headline, geography, another name of the same place...), and only
kinds seen in two sets or more were given rules, each kept only when no set
lost more than one right answer: a village the gazetteer lacks called so
after the district the article named before, small villages further on in a
list after a place word, the community a person heads, river valleys, a
district spelled as only its town is known, gunfire heard "from the direction
of the border", "the Lachin border checkpoint", a headline place the body names
only where nothing happens, a place abroad under a supplement name ("the White
House"), a single shell that landed, where people in a relative clause "came
from", the lands a river separates, vehicles waiting on a route. Before ->
after (recall, precision, layer, dates, claimed_by; counts of right answers
never lower): heldout5 0.941/0.952/0.958/1.000/1.000 -> 0.959/0.953/0.963/
1.000/1.000, heldout6 0.947/0.973/0.929 -> 0.967/0.973/0.935, heldout7
0.905/0.805/0.879/1.000/0.934 -> 0.912/0.812/0.874/1.000/0.926 (more events
matched), heldout8 0.808/0.800/0.967/1.000/0.932 -> 0.827/0.843/0.968/1.000/
0.921, heldout9 0.895/0.881/0.850 -> 0.910/0.883/0.852, heldout10 0.800/0.835/
0.942 -> 0.842/0.849/0.951, heldout11 0.885/0.885/0.909/0.935/0.913 -> 0.898/
0.898/0.927/0.938/0.914, heldout4 precision 0.960 -> 0.966; tests/articles and
heldout-heldout3 unchanged. Kinds left because the sets' conventions disagree:
the exclave as "Nakhchivan" (heldout7-11) or as the autonomous republic
(heldout3-5), "Zangezur corridor" as its own place (heldout8-11) or as Syunik
(tests/articles-heldout4), a province on a route, mine blasts as shelling
(heldout4-5) or other (heldout7, heldout9), state border and security services
as their governments (heldout7-9) or as themselves (heldout3-5), headlines
(annotated in the first three sets only). Left as well: places the gazetteer
lacks (Vorotan of the Goris road, heights, springs, tunnels) and villages found
under the gazetteer's qualified name ("Mughanli (Zangilan)") where the
annotator wrote the bare name the gazetteer does not resolve: right places that
this scorer counts as one miss and one false place each.

heldout12 (14 articles, three HTML pages, 203 events, 203 variants) was written
blind next, by someone who had not read the extractor, and scored on 59ac1fe
before any change: recall 0.798 (103/129), precision 0.844 (103/122), layer
0.791 (117/148), date 0.978 (45/46), claimed_by 0.587 (27/46); variants 0.956
(5 further than 50 km, worst 222.8 km). After the round on recurring kinds
above and the namesake rule, both written without reading it: 0.806, 0.846,
0.805, 0.978, 0.587; variants 0.961 (2 further than 50 km). Its misses were
then read (it is no longer blind) and general rules followed (an office holder
named by name is that person, a body with its acronym in brackets, "expressed
concern", a town's mayor as local officials, "regards" and "officials list",
an official named with his post speaks as himself, a date in a clause written
in the past, a later date taking the year stated before, "the Aghdam village
of X" and "X village of Gazakh", an infiltration tried, firing as a noun and a
bullet, "lost his way"), with four sourced gazetteer rows (Sarijali of Aghdam,
Qaybali, Aralik, the Dilucu gate): 0.829, 0.863, 0.843, 0.979, 0.809, every
other set unchanged by those rules (heldout8 gained from the new rows: recall
0.827 -> 0.846, precision 0.843 -> 0.846).
``tests/articles/heldout13/`` and ``heldout14/`` were written blind at the same
time and first scored on 0b7414d; their figures before and after the next round,
and every set's first blind score, are in ``docs/evaluation.md``
(``python -m bench.eval_all`` prints every set today).

Run: ``python -m bench.eval_extract [-v] [--folder tests/articles/heldout5]``
(``-v`` lists every miss).
"""

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
from geo.article import read_article
from geo.extract import extract_text
from geo.extract.actors import canonical_actor
from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.gazetteer import DISTRICT_KM, distance_km, load_gazetteer

ARTICLES = PROJECT / "tests" / "articles"
QUALIFIER = re.compile(r" \([^()]*\)$")
# a crossing the gazetteer files apart from the village it is named after ("Margara crossing")
CROSSING_WORDS = ("crossing", "checkpoint", "border gate")
CROSSING_KM = 2.0               # the variants' tolerance for sites: the crossing is the village's point
# the sites a sentence may name after a town ("the Lachin checkpoint", "the Fuzuli airport"), see _crossing_named
SITE_WORDS = CROSSING_WORDS + ("airport",)
# Words after a name (alone or closing a list: "the Goranboy, Tartar and Barda districts") that make it a district's.
DISTRICT_WORDS = r"(?:districts?|regions?|directions?)"
# the names listed after the first before those words: ", Tartar and Barda" (one or two words each)
DISTRICT_LIST = r"(?:(?:,|,? and|,? or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)*"
# a district the sentence names ("in the Khojavend district"), to tell a qualified village's namesakes apart
QUOTED_DISTRICT = re.compile(r"\b([A-Z][\w'’-]+) (?:district|region|rayon)\b")
TARGETS = {"place_recall": 0.9, "place_precision": 0.85, "layer_accuracy": 0.85, "date_accuracy": 0.85}


def load_testset(folder=ARTICLES):
    """The annotated articles: list of dicts with path, published, events."""
    items = []
    for gold in sorted(Path(folder).glob("*.json")):
        article = next((gold.with_suffix(ext) for ext in (".txt", ".html") if gold.with_suffix(ext).exists()),
                       None)
        if article is None:
            continue
        data = json.loads(gold.read_text(encoding="utf-8"))
        items.append({"path": article, "published": dt.date.fromisoformat(data["published"]),
                      "events": data["events"]})
    return items


def _gold_names(event, gazetteer, near=None):
    """The names an annotated place may be predicted under: the annotator's, and the gazetteer's
    own name for it when the annotator's name resolves exactly ("Lake Sev" is the supplement's
    "Sev Lich"), or, for a name of places far apart, the one by ``near`` (the mean point of the article's
    other places) when it lies within ``DISTRICT_KM`` of it."""
    place = event.get("place")
    if not place:
        return {gazetteer.resolve(event["text"]).place.name}
    names = set(place) if isinstance(place, list) else {place}
    for name in list(names):
        try:
            match = gazetteer.resolve(name)
        except AmbiguousPlace:
            if near is not None:
                try:
                    found = gazetteer.resolve(name, near=near).place
                except PlaceNotFound:
                    continue               # still asked: places far apart that near does not settle
                # only a namesake among the article's places: one far from all of them may be a wrong guess
                # where the true place has no row ("Tazakand in the Dashkasan district" is no Norashen)
                if distance_km(found.lat, found.lon, *near) <= DISTRICT_KM:
                    names.add(found.name)
            continue
        except PlaceNotFound:
            continue
        if match.how == "exact":
            names.add(match.place.name)
            names.update(_namesake_crossings(name, match.place, gazetteer))
            names.update(_near_qualified_namesakes(name, match.place, near, gazetteer))
        names.update(_district_named(name, event.get("quote", ""), gazetteer))
        names.update(_crossing_named(name, event.get("quote", ""), gazetteer))
    for name in list(names):
        names.update(_filed_qualified(name, event.get("quote", ""), gazetteer))
    # the name as the sentence writes it, when the annotator filed it under another ("Aghdara district" as Martakert)
    if event.get("text"):
        names.update(_district_named(event["text"], event.get("quote", ""), gazetteer))
    return names


def _near_qualified_namesakes(name, place, near, gazetteer):
    """The village filed as "<name> (<area>)" among the article's places when the bare name answers a namesake far
    from them: "Hovtashen" resolves to the village in Armenia, while an article on the Martakert villages means
    the one the gazetteer keeps as Aliaghali, "Hovtashen (Martakert)"."""
    if near is None or distance_km(place.lat, place.lon, *near) <= DISTRICT_KM:
        return set()
    return {p.name for p in gazetteer.qualified_namesakes(name) if distance_km(p.lat, p.lon, *near) <= DISTRICT_KM}


def _article_near(events, gazetteer):
    """The mean point of the places an article's annotations name that resolve unasked, or None."""
    points = []
    for event in events:
        place = event.get("place") or event.get("text")
        for name in ([place] if isinstance(place, str) else place or []):
            try:
                found = gazetteer.resolve(name).place
            except PlaceNotFound:
                continue
            points.append((found.lat, found.lon))
    if not points:
        return None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _other_places(event, events):
    """The article's events at other places than ``event``'s: the point a name is read by leaves the name out,
    so a far namesake it answers does not pull the point towards itself."""
    own = event.get("place") or event.get("text")
    return [e for e in events if (e.get("place") or e.get("text")) != own]


def _district_named(name, quote, gazetteer):
    """The district, when the sentence names it and the annotator wrote its bare name: heldout40 and
    heldout41 annotate "the Goranboy and Tartar districts came under fire" as Goranboy and Tartar,
    most earlier sets as Goranboy District and Tartar District; both mean the districts. "The villages of the
    Martakert region" is the same district (heldout4 and heldout28 write it "Martakert District", heldout42
    "Martakert")."""
    if not re.search(rf"\b{re.escape(name)}{DISTRICT_LIST} {DISTRICT_WORDS}\b", quote):
        return set()
    district = _exact_district(name, gazetteer)
    return {district.name} if district is not None else set()


def _exact_district(name, gazetteer):
    """The district the gazetteer files exactly as "<name> District", or None: the one test both a district the
    annotator wrote bare and one the sentence names go through."""
    try:
        match = gazetteer.resolve(f"{name} District")
    except PlaceNotFound:
        return None
    return match.place if match.how == "exact" and match.place.precision == "district" else None


def _filed_qualified(name, quote, gazetteer):
    """The village the gazetteer files under another name with the annotator's name only qualified: heldout43
    writes Aliyev's "Sur" and "Domi" of the Khojavend district, which the gazetteer keeps as "Sur (Khojavend)"
    of Tsor (Hadrut) and "Domi (Khojavend)" of Tumi. It is the namesake within DISTRICT_KM of a district the
    sentence names, or the only village the gazetteer files the name so for; a name resolving exactly is left
    alone."""
    try:
        if gazetteer.resolve(name).how == "exact":
            return set()
    except PlaceNotFound:
        pass
    namesakes = gazetteer.qualified_namesakes(name)
    if len(namesakes) == 1:
        return {namesakes[0].name}
    found = set()
    for named in QUOTED_DISTRICT.findall(quote):
        area = _exact_district(named, gazetteer)
        if area is not None:
            found.update(p.name for p in namesakes if distance_km(p.lat, p.lon, area.lat, area.lon) <= DISTRICT_KM)
    return found


def _namesake_crossings(name, place, gazetteer):
    """The crossing named after a village, when the gazetteer files it as a site of its own beside
    the village: the annotators of heldout17, 24 and 31 write the bare "Margara" for "the Margara
    checkpoint", which the gazetteer keeps as "Margara crossing" 0.6 km from Margara village."""
    found = set()
    for word in CROSSING_WORDS:
        try:
            match = gazetteer.resolve(f"{name} {word}")
        except PlaceNotFound:
            continue
        site = match.place
        if (match.how == "exact" and site.precision == "site" and site.name != place.name
                and distance_km(place.lat, place.lon, site.lat, site.lon) <= CROSSING_KM):
            found.add(site.name)
    return found


def _crossing_named(name, quote, gazetteer):
    """The crossing or airport the sentence names after a town, when the annotator wrote the town's bare name for it:
    "the Lachin checkpoint" is annotated "Lachin" twenty-one times in the read sets, and the gazetteer files that
    checkpoint, by that very phrase, as the Hakari bridge 10 km from Lachin town, too far for
    :func:`_namesake_crossings`; "the Fuzuli airport" is annotated "Fuzuli" ten times and "Fuzuli Airport" twice
    (where the gazetteer has the airport, the read sets write it by its town's bare name 24 times, by the
    airport's name 18). The sentence's own words decide, so a bare "Lachin" never matches the bridge, nor a bare
    "Fuzuli" the airport."""
    found = set()
    for said in re.finditer(rf"\b{re.escape(name)}(?: border| road| International)? ({'|'.join(SITE_WORDS)})\b", quote):
        try:
            match = gazetteer.resolve(f"{name} {said.group(1)}")
        except PlaceNotFound:
            continue
        if match.how == "exact" and match.place.precision == "site":
            found.add(match.place.name)
    return found


def _claimant_ok(found, expected):
    """Does the claimant found match the annotation, one name or a list of names it was widened to?"""
    return any(_loose(found, name) for name in ([expected] if isinstance(expected, str) else expected))


def _loose(a, b):
    """Same claimant: both read through the canonical actor table, then one contains the other."""
    a, b = canonical_actor(a or "") or a, canonical_actor(b or "") or b

    def norm(s):
        return (s or "").lower().replace("'s", "").replace("’s", "").replace("the ", "").strip()
    a, b = norm(a), norm(b)
    return bool(a and b and (a in b or b in a))


def _unqualified(name):
    """A village the gazetteer keeps apart from its namesakes as "Sarijali (Aghdam)" is the
    annotator's "Sarijali": the district in brackets only tells the namesakes apart."""
    return QUALIFIER.sub("", name)


def _predicted(candidates, gold_names=frozenset()):
    """One row per place of each candidate (a corridor's waypoints count separately); a
    qualified village name is read as the annotated bare name when that is what was annotated."""
    rows = []
    for c in candidates:
        for name in c["place_name"].split(";"):
            if name not in gold_names and _unqualified(name) in gold_names:
                name = _unqualified(name)
            rows.append({"name": name, "layer": c["layer"], "date": c["start_date"],
                         "certain": c["date_certain"], "claimed_by": c["claimed_by"], "quote": c["quote"]})
    return rows


def score(testset=None, gazetteer=None):
    """Extract every article of the test set and compare with its annotations.

    Returns
    -------
    dict
        ``figures`` (the ratios and their counts) and ``misses`` (readable lines).
    """
    gazetteer = gazetteer or load_gazetteer()
    testset = testset if testset is not None else load_testset()
    n = dict(gold_places=0, found_places=0, pred_places=0, right_places=0, gold_events=0, matched=0,
             layer_ok=0, dated=0, date_ok=0, claimed=0, claim_ok=0)
    misses = []
    for item in testset:
        text = read_article(item["path"])
        candidates = extract_text(text, item["published"], gazetteer, source=item["path"].name)
        name = item["path"].name
        gold_sets = [_gold_names(e, gazetteer, _article_near(_other_places(e, item["events"]), gazetteer))
                     for e in item["events"]]
        rows = _predicted(candidates, set().union(*gold_sets) if gold_sets else set())
        # places, per article
        gold_places = {}
        for names in gold_sets:
            gold_places.setdefault(frozenset(names), None)
        predicted_names = {r["name"] for r in rows}
        all_gold = set().union(*gold_places) if gold_places else set()
        n["gold_places"] += len(gold_places)
        n["pred_places"] += len(predicted_names)
        for names in gold_places:
            if names & predicted_names:
                n["found_places"] += 1
            else:
                misses.append(f"{name}: missed place {sorted(names)}")
        for pname in sorted(predicted_names):
            if pname in all_gold:
                n["right_places"] += 1
            else:
                misses.append(f"{name}: false place {pname!r}")
        # events, per sentence
        for event, names in zip(item["events"], gold_sets):
            n["gold_events"] += 1
            matches = [r for r in rows if r["name"] in names and event["quote"] in r["quote"]]
            if not matches:
                misses.append(f"{name}: no candidate for {event['text']!r} in “{event['quote']}”")
                continue
            if event.get("claimed_by"):
                matches.sort(key=lambda r: not _claimant_ok(r["claimed_by"], event["claimed_by"]))
            best = matches[0]
            n["matched"] += 1
            if best["layer"] == event["layer"]:
                n["layer_ok"] += 1
            else:
                misses.append(f"{name}: layer of {event['text']!r} is {best['layer']}, "
                              f"expected {event['layer']} (“{event['quote']}”)")
            if event.get("date"):
                n["dated"] += 1
                if best["date"] == event["date"] and best["certain"]:
                    n["date_ok"] += 1
                else:               # (a row whose text gave no date carries the publication day, not stated)
                    shown = best["date"] if best["certain"] else f"none stated (publication day {best['date']})"
                    misses.append(f"{name}: date of {event['text']!r} is {shown}, "
                                  f"expected {event['date']} (“{event['quote']}”)")
            if event.get("claimed_by"):
                n["claimed"] += 1
                if _claimant_ok(best["claimed_by"], event["claimed_by"]):
                    n["claim_ok"] += 1
                else:
                    misses.append(f"{name}: claimed_by of {event['text']!r} is {best['claimed_by']!r}, "
                                  f"expected {event['claimed_by']!r}")

    def ratio(a, b):
        return round(n[a] / n[b], 3) if n[b] else 1.0
    figures = {
        "articles": len(testset),
        "place_recall": ratio("found_places", "gold_places"),
        "place_precision": ratio("right_places", "pred_places"),
        "event_recall": ratio("matched", "gold_events"),
        "layer_accuracy": ratio("layer_ok", "matched"),
        "date_accuracy": ratio("date_ok", "dated"),
        "claim_accuracy": ratio("claim_ok", "claimed"),
        "counts": n,
    }
    return {"figures": figures, "misses": misses}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    p.add_argument("--folder", default=str(ARTICLES),
                   help="annotated articles (default tests/articles; tests/articles/heldout holds "
                        "articles written after the rules were tuned, never used to tune them)")
    args = p.parse_args(argv)
    result = score(load_testset(args.folder))
    f, n = result["figures"], result["figures"]["counts"]
    print(f"articles:          {f['articles']}")
    print(f"place recall:      {f['place_recall']:.3f}  ({n['found_places']}/{n['gold_places']} distinct places; goal ≥ 0.95)")
    print(f"place precision:   {f['place_precision']:.3f}  ({n['right_places']}/{n['pred_places']}; goal ≥ 0.90)")
    print(f"event recall:      {f['event_recall']:.3f}  ({n['matched']}/{n['gold_events']} place-in-sentence events)")
    print(f"right layer:       {f['layer_accuracy']:.3f}  ({n['layer_ok']}/{n['matched']}; goal ≥ 0.90)")
    print(f"exact date:        {f['date_accuracy']:.3f}  ({n['date_ok']}/{n['dated']} events with a stated date; goal ≥ 0.90)")
    print(f"claimed_by:        {f['claim_accuracy']:.3f}  ({n['claim_ok']}/{n['claimed']} events with a named claimant; goal ≥ 0.85)")
    if args.verbose:
        print()
        for line in result["misses"]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
