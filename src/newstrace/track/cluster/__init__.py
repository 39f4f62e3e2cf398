"""Stories: claims about the same event across articles.

Reads :class:`~newstrace.records.Reading` records (never spaCy Docs) and groups their claims
(``kind == "claim"``) into clusters, one per real-world event, the way topic detection and
tracking groups news stories online (Allan et al., "Topic Detection and Tracking Pilot Study",
1998): claims are taken in publication order and each joins the best existing cluster whose
members it matches closely enough, or starts a new one.

Two claims match on

* **text similarity**: cosine of sentence embeddings (all-MiniLM-L6-v2, Reimers & Gurevych,
  "Sentence-BERT", 2019, run as an int8 ONNX export), or of TF-IDF vectors when the embedding
  model is not installed (:mod:`newstrace.track.embeddings`);
* **the event signature** (:class:`Signature`): PLOVER type, actor, target, event times and
  countries, as the ``events``, ``times`` and ``places`` components set them. A conditional or
  threatened event never merges with an actual one; differing types, times or countries
  lower the score; shared participants and proper names raise it, other parties in one role
  (another actor or other victims) lower it;
* **the article topic** (:mod:`newstrace.track.topics`): claims from articles that tell
  different stories rarely report one event, and claims that share their predicate
  ("executed" … "execution" is not enough: the lemma) within one topic usually do — the
  same-lemma heuristic of event coreference (Upadhyay et al. 2016; Kenyon-Dean et al. 2018)
  made safe by the topic. This is the main rule: a claim first joins a story of its topic
  with its predicate (or CAMEO code) that the signature does not set apart;
  only a claim with no such story is compared by text and signature, on a high bar
  (:data:`THRESHOLD`), so that near-identical wordings with different predicates still meet.
  On ECB+ train, text-similarity merges beyond that lowered precision more than they raised
  recall (``benchmarks/track.py ecbplus --split train``).

A claim that denies or refutes an event (the author's or a source's label ``denied``, a
negated event, a refutation phrase such as "proven false", or a re-appearance such as
"appeared in public") joins the story it contradicts with ``relation = "contradicts"``
(:func:`contradiction`), on a lower similarity bar but only when it shares a name with it.

Its modules, by kind:

* :mod:`.words`: names, stems and datelines of a claim's text;
* :mod:`.predicates`: a claim's predicate key and the text before its predicate;
* :mod:`.polarity`: whether a claim's predication is negated and speaks of the future;
* :mod:`.parties`: who takes part in a claim's event, and whether two participants may be one party;
* :mod:`.mentions`: a claim's amounts, victim count and named objects;
* :mod:`.signatures`: :class:`Signature`, a claim's event in comparable form;
* :mod:`.contradictions`: whether a claim denies or refutes the event it states;
* :mod:`.refs`: :class:`ClaimRef`, the claims to cluster in publication order;
* :mod:`.scores`: :func:`pair_score`, how well two claims match as reports of one event;
* :mod:`.denials`: which story a denial or refutation may join;
* :mod:`.stories`: :func:`cluster`, the online clustering itself.

The names below are the package's public ones; a name with a leading underscore is shared only
between its modules.
"""
from newstrace.track.cluster.words import strip_dateline
from newstrace.track.cluster.mentions import amounts, object_names, victim_count
from newstrace.track.cluster.signatures import signature
from newstrace.track.cluster.contradictions import contradiction, denied_as_stated, negation_only
from newstrace.track.cluster.refs import ClaimRef, claim_refs, main_countries
from newstrace.track.cluster.scores import TOPIC_PENALTY, pair_score
from newstrace.track.cluster.polarity import future
from newstrace.track.cluster.stories import KEY_THRESHOLD, THRESHOLD, cluster, similar_predicates

__all__ = ["ClaimRef", "KEY_THRESHOLD", "THRESHOLD", "TOPIC_PENALTY", "amounts", "claim_refs", "cluster",
           "contradiction", "denied_as_stated", "future", "main_countries", "negation_only", "object_names",
           "pair_score", "signature", "similar_predicates", "strip_dateline", "victim_count"]
