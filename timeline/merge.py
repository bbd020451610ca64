"""One row per event when several articles report it, merged only on evidence that it is one happening.

Two rows from different articles are candidates only when their intervals cover the same days ("Tuesday
morning" and "yesterday" may be one Tuesday): rows are blocked by date, and within a block only rows that share
a name, a figure or a word are compared (an inverted index; a feature that hundreds of rows of a block share is
no evidence), so the cost grows about as n log n. A candidate pair is merged when

- its participants agree: when each side names someone or something (a person, company, place) that the other
  article never names (by none of its words, nor its initials: "Betty Ford Clinic" meets "Betty Ford Center",
  "National Football League" meets "NFL"), they are different events ("Klitschko stopped Rahman" /
  "Klitschko stopped Thompson", "Indonesia's West Papua" / "Indonesia's Aceh"). Only the same kind disagrees:
  two places, or two people or organisations ("in California" holds "the Betty Ford Center"); a cited source
  ("the USGS said") is no participant. Two or more participants in common outweigh as many that differ on
  either side ("Klitschko stopped Rahman" at "SAP Arena" and in "Mannheim": a hall in a city);
- there is evidence beyond wording: a shared name or figure, or two articles that tell one story (half the
  participants of one are the other's); report templates ("reported third-quarter results", "closed at ... in
  composite trading", "said on Tuesday") share only words and never merge on them;
- in one language, the clauses share a word of what happened: a stem, not a title such as "President", and
  on one side at least a common word, not a name ("Obama" or "Microsoft" tells who acted, not what they did);
  the same people doing something else on that day are another event. A clause with no such word is a
  fragment ("On Friday, 36 - year"), told by its whole sentence; and a sentence with one date tells one dated
  happening, so its words of what happened count in any of its clauses ("Souza signed ..., the club announced
  on Monday"). A figure both clauses state ("beat the Jaguars 31-24" / "a 31-24 win") tells it too;
- a longer interval than a month ("this year", "the fourth quarter") holds many happenings: there, half of
  the smaller side must be shared;
- two clock times agree ("at 7:48 a.m." and "at 7:37 a.m." are two quakes), up to a few minutes or a time zone;
- enough of each side is shared: names (compared across languages and scripts, see `timeline.names`), figures
  ("12,89"/"12.89") and words (a short stem without accents, so cognates meet: "Allianz"/"alliance"). Across
  languages only names, figures and cognates can meet, so there the share is of those alone.

No bilingual word list is used. Pairs are joined best-first; a group never takes two rows of one article (the
two events an article reports on one day stay apart), nor joins another group when a quarter of their member
pairs name different participants, or fewer than half of them are candidate pairs themselves (a chain of
reports, each like the next, must not join two different events).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import schema
from .event_resources import available, load
from .names import TERRITORY, fold, name_keys

STEM_CHARS = 6
MIN_STEM = 4
MIN_SHARED = 2.0  # shared weight needed: two words, or a name and a word
MIN_OVERLAP = 0.25  # shared weight over the smaller side's weight
MIN_SHARED_TERSE = 1.5  # ...or this much, when it is most of a terse clause ("die erste Zinssenkung seit 2019")
TERSE_OVERLAP = 0.7
MIN_SHARED_ACROSS = 1.5  # across languages: one shared name or figure...
MIN_OVERLAP_ACROSS = 0.5  # ...that is half of what the smaller side names
NAME_WEIGHT = 1.5  # a shared participant says more than a shared word
NUMBER_WEIGHT = 1.5  # so does a shared figure ("60 Milliarden", "12,89 Meter")
SENTENCE_WEIGHT = 0.5  # words of the sentence outside the event's clause
STORY_OVERLAP = 0.5  # two articles tell one story when this share of the smaller one's names are the other's
AGREEING_PARTICIPANTS = 2  # participants in common that outweigh as many differing ones
MAX_GROUP_CONFLICTS = 0.25  # share of member pairs with different participants that keeps two groups apart
MIN_GROUP_SUPPORT = 0.5  # share of member pairs that must be candidates themselves for two groups to join
CLOCK = frozenset({"minute", "second"})  # granularities of a clock time ("7:48 a.m.")
CLOCK_SLACK = pd.Timedelta(minutes=5)  # reports of one moment may round it
COARSE_OVERLAP = 0.5  # a shared month, quarter or year is weak evidence: most of each side must agree
MAX_POSTING = 200  # a feature that more rows of one date block share is no evidence of one event
NAME = "@"  # name features; "@@RU" is a territory
NUMBER = "#"
SENTENCE = "§"  # in an article's cast: a sentence that holds several rows
ACRONYM = "acronym:"
ACRONYM_CHARS = 6
_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][\w’'\-]*")
_NAME_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)+")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


@dataclass(frozen=True)
class _Vocabulary:
    stopwords: frozenset[str]
    suffixes: tuple[str, ...]  # longest first
    titles: frozenset[str]  # folded title words ("president", "ministre"): who someone is, not what happened


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    """Every language's words at once: articles in different languages are compared with each other."""
    stopwords: set[str] = set()
    suffixes: set[str] = set()
    titles: set[str] = set()
    for lang in available():
        data = load(lang)
        stopwords |= {fold(word) for word in data["stopwords"]["words"]}
        stopwords |= {fold(word) for word in data["labels"]["date_prepositions"]}
        stopwords |= {fold(word) for word in data["dct"]["months"]}
        stopwords |= {fold(word) for word in data["dct"]["weekdays"]}
        suffixes |= set(data.get("merge", {}).get("suffixes", []))
        titles |= {fold(word) for title in data["labels"]["titles"] for word in title.split()}
    return _Vocabulary(frozenset(stopwords), tuple(sorted(suffixes, key=len, reverse=True)), frozenset(titles))


@lru_cache(maxsize=None)
def _capitalises_names(lang: str) -> bool:
    return lang not in available() or bool(load(lang)["actors"].get("capitalised_names"))


def _stem(word: str, vocabulary: _Vocabulary) -> str:
    for suffix in vocabulary.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


@lru_cache(maxsize=65536)
def _token_feature(token: str) -> tuple[str, float] | None:
    """What one token counts as: its digits for a figure (not a year: years are dates), else its stem."""
    if token[0].isdigit():
        digits = re.sub(r"\D", "", token)
        if _YEAR.fullmatch(token) or len(digits) < 2:
            return None  # "2019" is a date, "3" too common to tell events apart
        return NUMBER + digits, NUMBER_WEIGHT
    if token.isupper() and 2 <= len(token) <= ACRONYM_CHARS:  # "ECB", "NASA"
        return ACRONYM + fold(token), 1.0
    folded = fold(token)
    vocabulary = _vocabulary()
    if len(folded) < 3 or folded in vocabulary.stopwords:
        return None
    return _stem(folded, vocabulary), 1.0


def _words(text: str) -> dict[str, float]:
    features: dict[str, float] = {}
    for token in _TOKEN.findall(text):
        feature = _token_feature(token)
        if feature is not None:
            features[feature[0]] = feature[1]
    # "European Central Bank" also counts as "ECB", should another article use the abbreviation.
    for run in _NAME_RUN.findall(text):
        initials = _initials(run)
        if initials:
            features.setdefault(ACRONYM + fold(initials), 1.0)
    return features


def _initials(name: str) -> str:
    """"NFL" of "National Football League" (function words left out), or "" when that is no acronym."""
    stopwords = _vocabulary().stopwords
    initials = "".join(word[0] for word in name.split() if fold(word) not in stopwords and word[0].isupper())
    return initials if 2 <= len(initials) <= ACRONYM_CHARS and len(name.split()) > 1 else ""


def _capitalised_keys(sentence: str, lang: str) -> frozenset[str]:
    """Keys of the capitalised words of a sentence but its first and date or function words ("Saturday", "The"):
    what the sentence may mention, in any form."""
    keys: set[str] = set()
    stopwords = _vocabulary().stopwords
    for match in _CAPITALISED.finditer(sentence):
        token = re.sub(r"['’]s$", "", match.group())
        if sentence[:match.start()].strip(" \"'“”„«»(-–—") and fold(token) not in stopwords:
            keys |= name_keys(token, lang)
    for run in _NAME_RUN.findall(sentence):  # "National Football League" is also the "NFL" of another report
        keys |= name_keys(_initials(run), lang) if _initials(run) else frozenset()
    return frozenset(keys)


def _action_words(clause: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the clause's words that may say what happened (not a figure, nor a title: "President",
    "Präsident"), and of those among them that are common words: where a language capitalises only names,
    those written in lower case ("Microsoft" and "Obama" name who acted, not what they did)."""
    titles = _vocabulary().titles
    capitalised = _capitalises_names(lang)
    words, common = set(), set()
    for token in _TOKEN.findall(clause):
        feature = None if token[0].isdigit() or fold(token) in titles else _token_feature(token)
        if feature is not None and not feature[0].startswith(ACRONYM):
            words.add(feature[0])
            if not (capitalised and token[0].isupper()):
                common.add(feature[0])
    return frozenset(words), frozenset(common)


@dataclass
class _Row:
    doc: str
    features: dict[str, float]
    actions: frozenset[str]  # stems of the clause's words that may say what happened
    common: frozenset[str]  # those of them written as common words, not names
    names: frozenset[str]  # keys of the clause's participants
    heads: tuple[tuple[bool, frozenset[str]], ...]  # per participant that surely is a name: (a place?, its keys)
    mentioned: frozenset[str]  # keys of every capitalised word of the sentence
    seen: frozenset[str]  # ...and of its first word: a participant the sentence opens with is named there too


def _head(actor: str, lang: str, initials: bool = True) -> frozenset[str]:
    """What a participant is known by: a territory's code, else any of its words ("Betty Ford Center" is met by
    "Betty Ford Clinic") or its initials ("National Football League" by "NFL")."""
    keys = name_keys(actor, lang)
    territories = frozenset(key for key in keys if key.startswith(TERRITORY))
    acronym = _initials(actor) if initials else ""
    return territories or (keys | name_keys(acronym, lang) if acronym else keys)


@lru_cache(maxsize=None)
def _reporting(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Patterns for a name right before a reporting verb ("Reuters reported") and right after a reporting
    preposition ("according to Reuters")."""
    if lang not in available():
        return None
    data = load(lang).get("merge", {})
    after = "|".join(map(re.escape, sorted(data.get("reporting_after", []), key=len, reverse=True)))
    before = "|".join(map(re.escape, sorted(data.get("reporting_before", []), key=len, reverse=True)))
    name = r"[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][\w’'.\-]*(?:\s+[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][\w’'.\-]*)*"
    return (re.compile(rf"({name}),?\s+(?:{after})\b") if after else re.compile(r"(?!)"),
            re.compile(rf"\b(?:{before})\s+({name})") if before else re.compile(r"(?!)"))


def _sources(sentence: str, lang: str) -> frozenset[str]:
    """Names that a sentence cites as its source rather than as a participant."""
    patterns = _reporting(lang)
    if patterns is None:
        return frozenset()
    return frozenset(m.group(1) for pattern in patterns for m in pattern.finditer(sentence))


def _row(doc: str, lang: str, clause: str, sentence: str, expression: str, actors: list[str],
         places: Sequence[str] = (), alone: bool = False) -> _Row:
    """The evidence of one row: its clause's words in full, the rest of its sentence's at a discount ("On July 4,
    Britain voted and Labour won a landslide" tells the July 4 event in both clauses), and its participants.
    A clause without a word of what happened ("On Friday, 36 - year") is a fragment: its sentence tells it."""
    clause_text = clause.replace(expression, " ") if expression else clause
    sentence_text = sentence.replace(expression, " ") if expression else sentence
    actions, common = _action_words(clause_text, lang)
    if not common:
        clause_text = sentence_text
        actions, common = _action_words(clause_text, lang)
    elif alone:
        more, more_common = _action_words(sentence_text, lang)
        actions, common = actions | more, common | more_common
    features = _words(clause_text)
    for key, weight in _words(sentence_text).items():
        features.setdefault(key, weight * SENTENCE_WEIGHT)
    names: set[str] = set()
    heads = []
    sources = _sources(sentence, lang)
    for actor in list(actors) + list(places):
        keys = name_keys(actor, lang)
        names |= keys
        sure = _capitalises_names(lang) or " " in actor.strip() or actor.isupper()
        head = _head(actor, lang)
        if head and (sure or any(key.startswith(TERRITORY) for key in head)) and not any(actor in source or source in actor for source in sources):
            heads.append((actor in places or any(key.startswith(TERRITORY) for key in head), head))
    mentioned = _capitalised_keys(sentence, lang) | frozenset(names)
    for key in names:
        features[NAME + key] = NAME_WEIGHT
    for key in mentioned - names:
        features.setdefault(NAME + key, NAME_WEIGHT * SENTENCE_WEIGHT)
    opening = _CAPITALISED.match(sentence.lstrip(" \"'“”„«»(-–—"))
    seen = mentioned | (name_keys(re.sub(r"['’]s$", "", opening.group()), lang) if opening else frozenset())
    return _Row(doc, features, actions, common, frozenset(names), tuple(heads), mentioned, seen)


def _unmatched(row: _Row, other: _Row, cast: frozenset[str]) -> list[bool]:
    """The kinds (place or not) of the participants `row` names that neither `other`'s sentence nor the rest of
    its article names."""
    return [place for place, head in row.heads if not (head & other.seen) and not (head & cast)]


def _different_participants(left: _Row, right: _Row, casts: dict[str, frozenset[str]]) -> bool:
    """Each side names a participant of one kind (a place; a person or organisation) that the other article never
    names: "Hasim Rahman" and "Tony Thompson" though both fought "Wladimir Klitschko"; "West Papua" and "Aceh"
    though both are in "Indonesia". Sources ("the US Geological Survey said") are no participants. Unless at least
    two participants agree, and no fewer than differ on either side: "Klitschko stopped Rahman" at "SAP Arena"
    and in "Mannheim"."""
    one = _unmatched(left, right, casts.get(right.doc, frozenset()))
    two = _unmatched(right, left, casts.get(left.doc, frozenset()))
    if not set(one) & set(two):
        return False
    agreeing = sum(any(head & other for _, other in right.heads) for _, head in left.heads)
    return agreeing < AGREEING_PARTICIPANTS or agreeing < max(len(one), len(two))


def _independent_weight(features: dict[str, float]) -> float:
    """Weight of what any language writes alike: names, figures, acronyms."""
    return sum(weight for key, weight in features.items() if key.startswith((NAME, NUMBER, ACRONYM)))


def _similarity(one: _Row, two: _Row, one_story: bool, one_language: bool) -> float:
    left, right = one.features, two.features
    shared = 0.0
    participant = figure = False
    for key, weight in left.items():
        if key in right:
            shared += min(weight, right[key])
            participant |= key.startswith((NAME, NUMBER, ACRONYM))
            figure |= key.startswith(NUMBER) and weight == right[key] == NUMBER_WEIGHT  # in both clauses
    action = figure or bool(one.common & two.actions or one.actions & two.common)
    if not (participant or one_story):
        return 0.0  # only wording in common: a report template ("reported third-quarter results")
    if one_language and not action:
        return 0.0  # the same people, but nothing they do in common ("Klitschko led the crowd" / "Klitschko won")
    if not one_language:  # words cannot meet across languages (but cognates): judged on names and figures
        smaller = min(_independent_weight(left), _independent_weight(right))
        overlap = shared / smaller if smaller else 0.0
        return min(overlap, 1.0) if participant and shared >= MIN_SHARED_ACROSS and overlap >= MIN_OVERLAP_ACROSS else 0.0
    smaller = min(sum(left.values()), sum(right.values()))
    overlap = shared / smaller if smaller else 0.0
    # Two shared words, or for a terse clause ("die erste Zinssenkung seit 2019") nearly all of it.
    enough = shared >= MIN_SHARED or (shared >= MIN_SHARED_TERSE and overlap >= TERSE_OVERLAP)
    return overlap if enough and overlap >= MIN_OVERLAP else 0.0


def names_of(cast: frozenset[str]) -> frozenset[str]:
    """An article's cast without its `SENTENCE` keys: the names it gives."""
    return frozenset(key for key in cast if not key.startswith(SENTENCE))


def _one_story(left: frozenset[str], right: frozenset[str]) -> bool:
    """Whether half the smaller of two articles' names (`names_of` their casts) is the other's."""
    smaller = min(len(left), len(right))
    return smaller > 0 and len(left & right) >= STORY_OVERLAP * smaller


def _other_moment(one: object, two: object) -> bool:
    """Whether two clock times of one day are different moments: more than a few minutes apart, and not a whole
    number of hours, as the same moment is in another time zone ("4 p.m. local time (1100 GMT)")."""
    gap = abs(pd.Timestamp(one) - pd.Timestamp(two))
    hours = round(gap / pd.Timedelta(hours=1))
    return gap > CLOCK_SLACK and abs(gap - pd.Timedelta(hours=hours)) > CLOCK_SLACK


def _sentence_key(sentence_start: int | None) -> str:
    return SENTENCE + ("" if sentence_start is None or pd.isna(sentence_start) else str(int(sentence_start)))


def article_casts(frame: pd.DataFrame) -> dict[str, frozenset[str]]:
    """The participants each article's rows name (name heads), by doc_id: the evidence that blocks a merge; and
    its sentences that hold more than one row (`SENTENCE` and the sentence's offset): a sentence with one date
    tells one dated happening, whatever its clauses."""
    casts: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    for doc, lang, actors, places, start in zip(frame["doc_id"].tolist(), frame["lang"].tolist(),
                                                frame["actors"].tolist(), frame["places"].tolist(),
                                                frame["sentence_start"].tolist()):
        for actor in list(actors if actors is not None else []) + list(places if places is not None else []):
            casts[str(doc)] |= _head(actor, str(lang), initials=False)
        sentence = (str(doc), _sentence_key(start))
        if sentence in seen:
            casts[str(doc)].add(sentence[1])
        seen.add(sentence)
    return {doc: frozenset(names) for doc, names in casts.items()}


def merge_groups(frame: pd.DataFrame, casts: dict[str, frozenset[str]] | None = None) -> list[list[int]]:
    """Row positions grouped by event, every row in exactly one group, groups in order of their first row.
    `casts`: each article's participants (`article_casts` of all its rows) when `frame` holds only some of them."""
    doc_ids = [str(doc) for doc in frame["doc_id"].tolist()]
    langs = [str(lang) for lang in frame["lang"].tolist()]
    clauses = [str(c or l) for c, l in zip(frame["clause"].tolist(), frame["label"].tolist())]
    sentences = [str(s) for s in frame["sentence"].tolist()]
    expressions = [str(e) for e in frame["expression"].tolist()]
    actors, places = frame["actors"].tolist(), frame["places"].tolist()
    granularities, starts = frame["granularity"].tolist(), frame["date_start"].tolist()
    sentence_starts = frame["sentence_start"].tolist()

    def other_moment(x: int, y: int) -> bool:
        return granularities[x] in CLOCK and granularities[y] in CLOCK and _other_moment(starts[x], starts[y])

    buckets: dict[tuple, list[int]] = {}
    for position, (start, end) in enumerate(zip(starts, frame["date_end"].tolist())):
        if not pd.isna(start) and not pd.isna(end):  # durations, sets, unresolved: no interval
            # Blocked by the days the interval covers: "Tuesday morning" and "yesterday" may be one Tuesday.
            buckets.setdefault((str(start)[:10], str(end)[:10]), []).append(position)
    buckets = {key: positions for key, positions in buckets.items() if len({doc_ids[p] for p in positions}) > 1}
    frozen_casts = (casts if casts is not None else article_casts(frame)) if buckets else {}
    stories: dict[tuple[str, str], bool] = {}
    names: dict[str, frozenset[str]] = {}
    owner = list(range(len(frame)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(frame))}
    docs: dict[int, set[str]] = {i: {doc} for i, doc in enumerate(doc_ids)}
    # Rows of different buckets are never compared nor joined, so each bucket is decided on its own (the same
    # decisions as sorting every bucket's candidates together), and only one bucket's evidence is held at a time.
    for (first_day, last_day), positions in buckets.items():
        coarse = pd.Timestamp(last_day) - pd.Timestamp(first_day) > pd.Timedelta(days=31)
        rows = {p: _row(doc_ids[p], langs[p], clauses[p], sentences[p], expressions[p],
                        list(actors[p] or []), list(places[p] or []),
                        _sentence_key(sentence_starts[p]) not in frozen_casts.get(doc_ids[p], frozenset()))
                for p in positions}
        postings: dict[str, list[int]] = defaultdict(list)
        for p in positions:
            for key in rows[p].features:
                postings[key].append(p)
        pairs: set[tuple[int, int]] = set()
        for posting in postings.values():
            if 1 < len(posting) <= MAX_POSTING:
                pairs.update((a, b) for i, a in enumerate(posting) for b in posting[i + 1:] if doc_ids[a] != doc_ids[b])
        candidates = []
        linked: set[tuple[int, int]] = set()
        for left, right in pairs:
            a, b = rows[left], rows[right]
            if other_moment(left, right):
                continue
            if _different_participants(a, b, frozen_casts):
                continue
            pair = (a.doc, b.doc) if a.doc < b.doc else (b.doc, a.doc)
            if pair not in stories:
                for doc in pair:
                    if doc not in names:
                        names[doc] = names_of(frozen_casts.get(doc, frozenset()))
                stories[pair] = _one_story(names[pair[0]], names[pair[1]])
            score = _similarity(a, b, stories[pair], langs[left] == langs[right])
            if coarse and score < COARSE_OVERLAP:
                score = 0.0
            if score > 0:
                candidates.append((-score, left, right))
                linked.add((left, right) if left < right else (right, left))
        for _, left, right in sorted(candidates):
            one, other = owner[left], owner[right]
            if one == other or docs[one] & docs[other]:
                continue  # already together, or the union would hold two rows of one article
            if any(other_moment(x, y) for x in members[one] for y in members[other]):
                continue  # "at 7:48 a.m." and "at 7:37 a.m." are two moments, whatever else the reports share
            conflicts = sum(_different_participants(rows[x], rows[y], frozen_casts)
                            for x in members[one] for y in members[other])
            if conflicts > MAX_GROUP_CONFLICTS * len(members[one]) * len(members[other]):
                continue  # joined through third reports, but most of the two sides name different participants
            support = sum((min(x, y), max(x, y)) in linked for x in members[one] for y in members[other])
            if support < MIN_GROUP_SUPPORT * len(members[one]) * len(members[other]):
                continue  # a chain: A is like B and B like C, but most of A's reports are not like C's
            keep, drop = min(one, other), max(one, other)
            for position in members[drop]:
                owner[position] = keep
            members[keep] = sorted(members[keep] + members.pop(drop))
            docs[keep] |= docs.pop(drop)
    return [members[i] for i in sorted(members)]


def _reports(frame: pd.DataFrame, position: int) -> list[dict]:
    """The reports a row stands for: its own `reports` when it was merged before, else its own fields."""
    reports = frame["reports"].iat[position]
    if len(reports):
        return list(reports)
    return [{
        "doc_id": str(frame["doc_id"].iat[position]), "title": str(frame["title"].iat[position]),
        "start": None if pd.isna(frame["start"].iat[position]) else int(frame["start"].iat[position]),
        "end": None if pd.isna(frame["end"].iat[position]) else int(frame["end"].iat[position]),
        "expression": str(frame["expression"].iat[position]), "sentence": str(frame["sentence"].iat[position]),
    }]


def merge_events(frame: pd.DataFrame, casts: dict[str, frozenset[str]] | None = None) -> pd.DataFrame:
    """The frame with one row per reported event: rows of a merged event become its first row (in frame order),
    whose `sources` lists every article's doc_id, whose `reports` keeps each source's own expression, offsets,
    sentence and title, and whose `actors` and `places` gather everyone's."""
    if list(frame.columns) != list(schema.COLUMNS):
        frame = schema.conform(frame)
    groups = merge_groups(frame, casts)
    merged = frame.iloc[[group[0] for group in groups]].reset_index(drop=True)
    if len(merged) == len(frame):
        return merged
    sources_column, actors_column = frame["sources"].tolist(), frame["actors"].tolist()
    places_column = frame["places"].tolist()
    doc_ids = frame["doc_id"].tolist()
    sources, actors, places, reports = [], [], [], []
    for group in groups:
        group_sources: list[str] = []
        group_actors: list[str] = []
        group_places: list[str] = []
        for position in group:
            for source in sources_column[position] or [doc_ids[position]]:
                if source not in group_sources:
                    group_sources.append(source)
            group_actors += [actor for actor in actors_column[position] if actor not in group_actors]
            group_places += [place for place in places_column[position] if place not in group_places]
        sources.append(group_sources)
        actors.append(group_actors)
        places.append(group_places)
        reports.append([report for position in group for report in _reports(frame, position)] if len(group) > 1
                       else list(frame["reports"].iat[group[0]]))
    merged["sources"] = pd.Series(sources, dtype="object")
    merged["actors"] = pd.Series(actors, dtype="object")
    merged["places"] = pd.Series(places, dtype="object")
    merged["reports"] = pd.Series(reports, dtype="object")
    return merged
