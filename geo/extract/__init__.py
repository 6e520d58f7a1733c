"""Extract candidate events from a news article: text → sentences → place mentions → events.

A user pastes or uploads an English news report; this package proposes the
events a reviewer then accepts, fixes or rejects (``geo.review``). It is a
transparent rule-based pipeline, fast enough to run as the user types and easy
to correct when it is wrong:

1. **Text**: :mod:`geo.article` reads the file and removes markup and page
   furniture.
2. **Sentences**: each paragraph is split into sentences, keeping
   abbreviations such as "Sept." and "U.S." intact.
3. **Place mentions**: runs of capitalised words are looked up in the offline
   gazetteer (:mod:`geo.gazetteer`), longest first, with fuzzy matching for
   typos ("Yevlah") where the context says a place follows ("in", "near",
   "village of"). GeoNames has many villages and world towns whose names are
   English words or people's names, so a mention is kept only when it is
   capitalised mid-sentence or not a common word, is not part of a person's or
   an organisation's name, and is not a capital standing for its government
   ("Baku said", "Yerevan accuses"). Places abroad (Geneva, Moscow, Brussels)
   are kept only where something happens there: a meeting, a visit, talks.
4. **Events**: the sentence's wording nearest to the place decides the layer
   and kind (shelling, firing, missile, drone, rocket → ``shelling``;
   checkpoint, barrier, blockade, blocking → ``checkpoints``; road, route,
   corridor, bypass, closure → ``corridors``; anything else → ``other``), the
   nearest date expression gives the date (:mod:`geo.dates`), and the nearest
   attribution ("Azerbaijan said", "according to Dargahli") gives
   ``claimed_by``. Two sides' claims about the same place stay two candidates.
   Corridor places of one sentence become one candidate with its waypoints in
   order.

The result of :func:`extract_files` is a GeoJSON FeatureCollection (lon/lat),
one Feature per candidate, with the event fields of docs/design.md plus
``date_certain`` (False when only the publication date is known), the place as
resolved, and how it was matched.

The modules follow the stages: :mod:`.lexicon` (word lists and cue patterns,
data only), :mod:`.sentences`, :mod:`.glosses` (sentences that say what places
are called), :mod:`.mentions`, :mod:`.abroad` (which of two far-apart towns
abroad an article means), :mod:`.frames` (places that only describe someone: a
speaker's home, a birthplace, an office's remit), :mod:`.unknown` (villages the
gazetteer lacks), :mod:`.routes` (roads and corridors), :mod:`.cues` (layer and
kind), :mod:`.claims` (who says so), :mod:`.actors` (one name per actor),
:mod:`.documents` and :mod:`.digests` (texts printed in full and press digests,
whose unattributed sentences have an issuer) and :mod:`.pipeline` (the whole,
and the GeoJSON output).
"""

from .claims import normalise_actor
from .mentions import Mention
from .pipeline import extract_article, extract_files, extract_text, feature_collection, to_feature
from .sentences import Sentence, split_sentences

__all__ = ["Mention", "Sentence", "extract_article", "extract_files", "extract_text", "feature_collection",
           "normalise_actor", "split_sentences", "to_feature"]
