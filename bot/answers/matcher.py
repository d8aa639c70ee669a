"""Finding the knowledge-base entry a question is about.

Pure Python, no model downloads: every question and every entry is turned into tokens —
concept tokens (synonyms across Chinese and English, typos tolerated), Chinese character
bigrams (Chinese needs no word segmentation this way) and English word stems — and entries
are ranked with BM25 (Okapi). Concepts weigh double: they carry the meaning across languages.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import snowballstemmer
from rapidfuzz.distance import Levenshtein

from bot.answers.knowledge import (
    Entry,
    Unstated,
    concepts,
    entries,
    out_of_scope_groups,
    out_of_scope_patterns,
    product_word_patterns,
    unstated_attributes,
)
from bot.answers.text import normalize

BM25_K1 = 1.2
BM25_B = 0.4
CONCEPT_WEIGHT = 2.0

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_WORD = re.compile(r"[a-z0-9][a-z0-9\-*/]*")
_STOPWORDS = frozenset(
    "a an the is are was were be been do does did i we you my our your it its to of in on for "
    "at by with and or if can could should would will me us this that there what which who "
    "when how much many any some have has had get from as so please tell about need".split()
)


def _is_cjk(text: str) -> bool:
    return bool(_CJK_RUN.search(text))


_STEMMER = snowballstemmer.stemmer("english")


@cache
def _stem(word: str) -> str:
    """Snowball (Porter 2) stem: onboard/onboarded/onboarding, run/runs, step/steps meet."""
    return str(_STEMMER.stemWord(word))


def stemmed_words(norm: str) -> str:
    """The English words of normalised text, each replaced by its stem (Chinese kept):
    "steps to get onboarded" → "step to get onboard"."""
    return _WORD.sub(lambda match: _stem(match.group(0)), norm)


@dataclass(frozen=True)
class _Form:
    text: str
    concept: str
    pattern: re.Pattern[str] | None  # English forms match as whole words
    stemmed: re.Pattern[str] | None  # … or as whole stems ("onboarded" meets "onboard")


def _whole_words(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9\-])" + re.escape(form) + r"(?![a-z0-9\-])")


@cache
def _forms() -> tuple[_Form, ...]:
    forms = []
    for concept in concepts():
        for raw in concept.forms:
            form = normalize(raw)
            if _is_cjk(form):
                forms.append(_Form(form, concept.name, None, None))
                continue
            stemmed = stemmed_words(form)
            forms.append(_Form(form, concept.name, _whole_words(form), _whole_words(stemmed)))
    return tuple(forms)


@cache
def _fuzzy_english_words() -> dict[str, str]:
    """Single English words long enough that one typo cannot turn them into another word."""
    return {
        form.text: form.concept
        for form in _forms()
        if form.pattern is not None and " " not in form.text and len(form.text) >= 5
    }


@cache
def _fuzzy_chinese_forms() -> tuple[_Form, ...]:
    return tuple(form for form in _forms() if form.pattern is None and len(form.text) >= 3)


def find_concepts(text: str) -> set[str]:
    """Concept names present in `text` (already normalised or not), typos tolerated:
    an English word one edit away (two for long words), a Chinese term of 3+ characters with
    one inner character wrong (保正金 → 保证金, but 保证能 is not 保证金)."""
    norm = normalize(text)
    stemmed = stemmed_words(norm)
    found: set[str] = set()
    for form in _forms():
        if form.concept in found:
            continue
        if form.pattern is None:
            if form.text in norm:
                found.add(form.concept)
        elif form.pattern.search(norm) or (form.stemmed and form.stemmed.search(stemmed)):
            found.add(form.concept)
    fuzzy_words = _fuzzy_english_words()
    for word in set(_WORD.findall(norm)):
        if len(word) < 5 or word in fuzzy_words:
            continue
        limit = 2 if len(word) >= 8 else 1
        for known, concept in fuzzy_words.items():
            if (
                concept not in found
                and abs(len(known) - len(word)) <= limit
                and (Levenshtein.distance(word, known, score_cutoff=limit) <= limit)
            ):
                found.add(concept)
    for run in _CJK_RUN.findall(norm):
        for form in _fuzzy_chinese_forms():
            if form.concept in found or len(run) < len(form.text):
                continue
            size = len(form.text)
            for start in range(len(run) - size + 1):
                window = run[start : start + size]
                mismatches = [i for i in range(size) if window[i] != form.text[i]]
                # Only an inner character may be wrong: the first and last carry the meaning
                # often enough (们公司 is not 新公司) that a typo there is not worth guessing.
                if len(mismatches) == 1 and 0 < mismatches[0] < size - 1:
                    found.add(form.concept)
                    break
    return found


def out_of_scope_topic(text: str) -> str | None:
    """The group name when the question is about something the bot must not answer."""
    norm = normalize(text)
    for group, forms in out_of_scope_groups().items():
        for raw in forms:
            form = normalize(raw)
            if _is_cjk(form):
                if form in norm:
                    return group
            elif re.search(r"(?<![a-z0-9\-])" + re.escape(form) + r"(?![a-z0-9\-])", norm):
                return group
    for group, patterns in out_of_scope_patterns().items():
        if any(pattern.search(norm) for pattern in patterns):
            return group
    return None


def _has_form(form: str, norm: str) -> bool:
    form = normalize(form)
    if _is_cjk(form):
        return form in norm
    return re.search(r"(?<![a-z0-9\-])" + re.escape(form) + r"(?![a-z0-9\-])", norm) is not None


def unstated_attribute(text: str) -> Unstated | None:
    """The attribute the question asks about that the guide never states, if any."""
    norm = normalize(text)
    for attribute in unstated_attributes():
        if any(_has_form(form, norm) for form in attribute.forms) or any(
            pattern.search(norm) for pattern in attribute.patterns
        ):
            return attribute
    return None


def names_cloud_product(text: str) -> bool:
    """The question names an Alibaba Cloud product or spec (ECS, 服务器, 2核4G, instance)."""
    norm = normalize(text)
    return any(pattern.search(norm) for pattern in product_word_patterns())


def domain_concepts() -> frozenset[str]:
    return frozenset(concept.name for concept in concepts() if concept.domain)


def tokens(text: str) -> Counter[str]:
    """Weighted tokens: @concept, Chinese bigrams (and single characters of 1-char runs),
    English stems."""
    norm = normalize(text)
    counts: Counter[str] = Counter()
    for concept in find_concepts(norm):
        counts["@" + concept] += 1
    for run in _CJK_RUN.findall(norm):
        if len(run) == 1:
            counts[run] += 1
        for i in range(len(run) - 1):
            counts[run[i : i + 2]] += 1
    for word in _WORD.findall(norm):
        if word not in _STOPWORDS:
            counts[_stem(word)] += 1
    return counts


_ANNOTATION = re.compile(r"[(（][^()（）]*[)）]\s*$")


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float


class Index:
    """BM25 over the knowledge-base entries (title + keyword phrasings of each)."""

    def __init__(self, docs: tuple[Entry, ...]) -> None:
        self.entries = docs
        self.doc_tokens: list[Counter[str]] = []
        for entry in docs:
            counts: Counter[str] = Counter()
            titles = (entry.title_zh, entry.title_en)
            if entry.declines:
                # "(not in the onboarding guide)" says what kind of entry it is, not what it is
                # about: indexed, it made "steps to onboard" look like a customer refund.
                titles = tuple(_ANNOTATION.sub("", title) for title in titles)
            for phrase in (*titles, *entry.keywords):
                # A concept repeated across many phrasings should not swamp the rest: cap it.
                counts.update(tokens(phrase))
            for token in list(counts):
                if token.startswith("@"):
                    counts[token] = min(counts[token], 3)
            self.doc_tokens.append(counts)
        self.lengths = [sum(counts.values()) for counts in self.doc_tokens]
        self.avg_length = sum(self.lengths) / max(len(self.lengths), 1)
        document_frequency: Counter[str] = Counter()
        for counts in self.doc_tokens:
            document_frequency.update(counts.keys())
        total = len(docs)
        self.idf = {
            token: math.log(1 + (total - df + 0.5) / (df + 0.5))
            for token, df in document_frequency.items()
        }

    def search(self, question: str, limit: int = 5) -> list[Hit]:
        query = tokens(question)
        scored = []
        for entry, counts, length in zip(self.entries, self.doc_tokens, self.lengths, strict=True):
            if not all("@" + concept in query for concept in entry.requires):
                continue
            score = 0.0
            for token, query_count in query.items():
                frequency = counts.get(token)
                if not frequency:
                    continue
                weight = CONCEPT_WEIGHT if token.startswith("@") else 1.0
                norm = BM25_K1 * (1 - BM25_B + BM25_B * length / self.avg_length)
                score += (
                    weight
                    * min(query_count, 2)
                    * self.idf[token]
                    * frequency
                    * (BM25_K1 + 1)
                    / (frequency + norm)
                )
            if score > 0:
                scored.append(Hit(entry, score))
        scored.sort(key=lambda hit: hit.score, reverse=True)
        return scored[:limit]


@cache
def default_index() -> Index:
    return Index(entries())
