"""Finding the knowledge-base entry a question is about.

Pure Python, no model downloads: every question and every entry is turned into tokens —
concept tokens (synonyms across Chinese and English, typos tolerated), Chinese character
bigrams (Chinese needs no word segmentation this way) and English word stems — and entries
are ranked with BM25 (Okapi). Concepts weigh double: they carry the meaning across languages.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

import snowballstemmer

from bot.answers.knowledge import (
    Entry,
    Unstated,
    concepts,
    entries,
    out_of_scope_groups,
    out_of_scope_patterns,
    product_word_patterns,
    real_english_words,
    unstated_attributes,
)
from bot.answers.text import normalize
from bot.answers.token_cache import cached_tokens
from bot.lazy_re import lazy_compile

BM25_K1 = 1.2
BM25_B = 0.4
CONCEPT_WEIGHT = 2.0

_CJK_RUN = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_WORD = lazy_compile(r"[a-z0-9][a-z0-9\-*/]*")
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
    english: bool  # English forms match as whole words …
    stemmed: str  # … or as whole stems ("onboarded" meets "onboard"); "" for Chinese forms


# What may not touch an English form on either side for it to count as a whole word.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def has_whole_word(text: str, form: str) -> bool:
    """`form` occurs in `text` with no letter, digit or hyphen right before or after it.
    (A plain scan, not a regular expression per form: compiling hundreds of them was a good
    part of `onboard-bot ask`'s start-up.)"""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        if (start == 0 or text[start - 1] not in _WORD_CHARS) and (
            end == len(text) or text[end] not in _WORD_CHARS
        ):
            return True
        start = text.find(form, start + 1)
    return False


@cache
def _forms() -> tuple[_Form, ...]:
    forms = []
    for concept in concepts():
        for raw in concept.forms:
            form = normalize(raw)
            if _is_cjk(form):
                forms.append(_Form(form, concept.name, False, ""))
            else:
                forms.append(_Form(form, concept.name, True, stemmed_words(form)))
    return tuple(forms)


@cache
def _fuzzy_english_words() -> dict[str, str]:
    """Single English words long enough that one typo cannot turn them into another word."""
    return {
        form.text: form.concept
        for form in _forms()
        if form.english and " " not in form.text and len(form.text) >= 5
    }


_LATIN_OR_DIGIT = lazy_compile(r"[a-z0-9]")


@cache
def _english_forms() -> tuple[_Form, ...]:
    return tuple(form for form in _forms() if form.english)


@cache
def _english_forms_without_latin() -> tuple[_Form, ...]:
    return tuple(form for form in _english_forms() if not _LATIN_OR_DIGIT.search(form.text))


@cache
def _fuzzy_english_word_list() -> list[str]:
    return list(_fuzzy_english_words())


@cache
def _fuzzy_chinese_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Chinese forms of 3+ characters by their first character: (form, concept). A typo may
    only be inside a form, so a window of a question can be one only where the first character
    is right; most characters of a long sentence start no form and cost one look-up (the index
    is built from hundreds of the guide's sentences: this search was most of start-up)."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for form in _forms():
        if not form.english and len(form.text) >= 3:
            by_first.setdefault(form.text[0], []).append((form.text, form.concept))
    return {first: tuple(forms) for first, forms in by_first.items()}


@cache
def _chinese_forms_by_first() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Chinese forms by first character, longest first, each with the concepts of every form
    inside it. A form present in a text starts where some longest form starts and is a prefix
    of it, so checking the longest form at each position finds all of them (one pass over the
    text instead of a substring search per form: tokenising the guide's sentences at start-up
    is most of `onboard-bot ask`'s time)."""
    chinese = [form for form in _forms() if not form.english]
    texts = sorted({form.text for form in chinese}, key=len, reverse=True)
    by_first: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for text in texts:
        within = frozenset(form.concept for form in chinese if form.text in text)
        by_first.setdefault(text[0], []).append((text, within))
    return {first: tuple(forms) for first, forms in by_first.items()}


@cache
def _edit_distance_search() -> tuple[Any, Any]:
    """rapidfuzz's `process.extract` and Levenshtein distance, imported when an English word
    is first looked up for typos: a question in Chinese never needs them, and importing the
    library was a twentieth of a one-off `onboard-bot ask` (a running bot imports it at start,
    with the other builders, in bot/answers/prepare.py)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    return process.extract, Levenshtein.distance


# Words joined by a hyphen: "commission-policy", "sub-markets".
_JOINED_WORDS = lazy_compile(r"\b[a-z]+(?:-[a-z]+)+\b")


@cache
def _hyphenated_form_words() -> frozenset[str]:
    """Hyphen-joined words that some concept's form is written with ("after-sales")."""
    return frozenset(word for form in _english_forms() for word in _JOINED_WORDS.findall(form.text))


# The vendor's own finance staff ("我们好提前找财务要", "我们公司财务"): people at the vendor,
# never the finance ticket (财务类 › 资金管理) the guide's 财务 stands for.
_OWN_FINANCE_STAFF = lazy_compile(
    r"(?:我们|我司|咱们|本公司|我们公司|公司)的?财务(?:部门|部|同事|人员|那边|小姐姐)?"
    r"|(?:找|问|让|请|跟|和|向)(?:一下)?财务(?:部门|部|同事|人员|那边)?(?=要|拿|申请|准备|批|报|说|确认)"
)

# "API文档", "档案": a document or a file, no commission tier (档).
_NOT_A_TIER = lazy_compile(r"文档|档案|存档|归档")
# "trying to model our margins", "profit margin": the vendor's own profit, no deposit ("margin"
# alone is one of the deposit's English names).
_PROFIT_MARGIN = lazy_compile(
    r"\b(?:profit|gross|net|operating|our|their|my)\s+margins?\b|\bmargins\b|利润率|毛利率?"
)
_EXPERIENCE_YEARS = lazy_compile(r"(?:经验|从业|服务)年限")
_EXPERIENCE_WORD = "经验"  # the experience concept's own form
# "对服务时长的要求", "客服在线时长": the hours support is given (a market's 5*8 / 7*24), never how
# long something takes — its 时长 is no duration asked.
_SUPPORT_SPAN = lazy_compile(r"(?:服务|客服|售后|在线|值班|支持)(?:的)?时长")
_SUPPORT_WORD = "服务时间"  # the support concept's own form


_RMB_ZH = "人民币"


def find_concepts(text: str) -> set[str]:
    """Concept names present in `text` (already normalised or not), typos tolerated:
    an English word one edit away (two for long words), a Chinese term of 3+ characters with
    one inner character wrong (保正金 → 保证金, but 保证能 is not 保证金)."""
    norm = _NOT_A_TIER.sub(" ", _OWN_FINANCE_STAFF.sub(" ", normalize(text)))
    norm = _PROFIT_MARGIN.sub(" ", norm)
    # "行业经验年限", "从业年限": the years of experience, not the licence's 年限.
    norm = _EXPERIENCE_YEARS.sub(_EXPERIENCE_WORD, norm)
    norm = _SUPPORT_SPAN.sub(_SUPPORT_WORD, norm)
    # "多少人民币": the currency, no count of people (多少人).
    norm = norm.replace(_RMB_ZH, " rmb ")
    found: set[str] = set()
    joined = [
        match.group(0)
        for match in _JOINED_WORDS.finditer(norm)
        if match.group(0) not in _hyphenated_form_words()
    ]
    if joined:
        # "commission-policy notice", "sub-markets": words joined by a hyphen count alone too,
        # unless a form is written with that hyphen ("after-sales" is support, not sales).
        apart = norm
        for word in joined:
            apart = apart.replace(word, word.replace("-", " "))
        found |= find_concepts(apart)
    stemmed = stemmed_words(norm)
    chinese_forms = _chinese_forms_by_first()
    for start, first in enumerate(norm):
        for form, within in chinese_forms.get(first, ()):
            if norm.startswith(form, start):
                found.update(within)
                break
    # Most of the guide's sentences are all Chinese: then only English forms without a letter
    # or digit could be in them, and none of the typo search for English words applies.
    latin = _LATIN_OR_DIGIT.search(norm) is not None
    for form in _english_forms() if latin else _english_forms_without_latin():
        if form.concept in found:
            continue
        if (form.text in norm and has_whole_word(norm, form.text)) or (
            form.stemmed in stemmed and has_whole_word(stemmed, form.stemmed)
        ):
            found.add(form.concept)
    fuzzy_words = _fuzzy_english_words()
    known_words = _fuzzy_english_word_list()
    real_words = real_english_words()
    for word in set(_WORD.findall(norm)) if latin else ():
        if len(word) < 5 or word in fuzzy_words or word in real_words:
            continue
        limit = 2 if len(word) >= 8 else 1
        extract, distance = _edit_distance_search()
        for known, _distance, _index in extract(
            word, known_words, scorer=distance, score_cutoff=limit, limit=None
        ):
            found.add(fuzzy_words[known])
    fuzzy_chinese = _fuzzy_chinese_forms()
    for run in _CJK_RUN.findall(norm):
        for start, first in enumerate(run):
            for form, concept in fuzzy_chinese.get(first, ()):
                end = start + len(form)
                if concept in found or end > len(run) or run[end - 1] != form[-1]:
                    continue
                # Only an inner character may be wrong: the first and last carry the meaning
                # often enough (们公司 is not 新公司) that a typo there is not worth guessing.
                inner = run[start + 1 : end - 1]
                if sum(typed != meant for typed, meant in zip(inner, form[1:-1], strict=True)) == 1:
                    found.add(concept)
    return found


@cache
def _out_of_scope_forms() -> tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]:
    """Each group's forms normalised once, with whether each is Chinese (a substring test)."""
    return tuple(
        (group, tuple((normalize(raw), _is_cjk(normalize(raw))) for raw in forms))
        for group, forms in out_of_scope_groups().items()
    )


def out_of_scope_topic(text: str) -> str | None:
    """The group name when the question is about something the bot must not answer."""
    norm = normalize(text)
    for group, forms in _out_of_scope_forms():
        for form, chinese in forms:
            if chinese:
                if form in norm:
                    return group
            elif form in norm and has_whole_word(norm, form):
                return group
    for group, patterns in out_of_scope_patterns().items():
        if any(pattern.search(norm) for pattern in patterns):
            return group
    return None


def _has_form(form: str, norm: str) -> bool:
    form = normalize(form)
    if _is_cjk(form):
        return form in norm
    return has_whole_word(norm, form)


def unstated_attribute(text: str) -> Unstated | None:
    """The attribute the question asks about that the guide never states, if any."""
    norm = normalize(text)
    for attribute in unstated_attributes():
        if any(_has_form(form, norm) for form in attribute.forms) or any(
            pattern.search(norm) for pattern in attribute.patterns
        ):
            return attribute
    return None


def without_brand(norm: str) -> str:
    """`norm` without the brand words (阿里云, Alibaba Cloud): they name the cloud every
    question is about, so they point to no topic (not even the Marketplace)."""
    return _BRAND.sub(" ", norm)


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


def data_tokens(text: str) -> Counter[str]:
    """`tokens` of a text from the data files (never a question's: the result is kept on
    disk between processes, bot/answers/token_cache.py)."""
    return cached_tokens(text, tokens)


_BRAND = lazy_compile(r"阿里云|\b(alibaba cloud|alibaba|aliyun)\b")
_ANNOTATION = lazy_compile(r"[(（][^()（）]*[)）]\s*$")


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
                counts.update(data_tokens(phrase))
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
        # "Alibaba Cloud" / 阿里云 is in nearly every question and names no topic; left in, it
        # pulled "…Alibaba Cloud Marketplace, what are the steps" to step 1's account entry.
        query = tokens(without_brand(normalize(question)))
        scored = []
        for entry, counts, length in zip(self.entries, self.doc_tokens, self.lengths, strict=True):
            if not all("@" + concept in query for concept in entry.requires):
                continue
            if any("@" + concept in query for concept in entry.excludes):
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
