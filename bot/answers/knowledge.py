"""The knowledge base as data: general entries from `data/knowledge.yaml`, concepts and
out-of-scope topics. Loaded and validated once (a broken YAML file fails at import, in tests)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.answers.facts import fill  # facts from rules/data in place of {placeholders}
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.datafile import parse_yaml


@dataclass(frozen=True)
class Section:
    zh: str
    en: str


@dataclass(frozen=True)
class Entry:
    id: str
    section: Section
    subsection_zh: str | None
    subsection_en: str | None
    title_zh: str
    title_en: str
    seed: str
    keywords: tuple[str, ...]
    answer_zh: str
    answer_en: str
    declines: bool = False  # a known gap: the guide does not answer it, so staff should answer
    # Concepts the question must all carry for this entry to answer it: a gap about how long
    # the review takes is no answer to "审核前交还是审核后交", which shares its words.
    requires: frozenset[str] = frozenset()
    # Concepts that rule the entry out: a customer's order refund is no answer to "deposit
    # refund process?", which shares its words.
    excludes: frozenset[str] = frozenset()

    def title(self, lang: Lang) -> str:
        return self.title_en if lang == "en" else self.title_zh

    def source(self, lang: Lang) -> str:
        return source_line(
            self.section, self.subsection_en if lang == "en" else self.subsection_zh, lang
        )

    def body(self, lang: Lang) -> str:
        return (self.answer_en if lang == "en" else self.answer_zh).strip()


def source_line(section: Section, subsection: str | None, lang: Lang) -> str:
    """ "服务商入驻 › 3.保证金规则及缴纳方式 › 服务商保证金规则" (the guide's own headings)."""
    parts = [t("answers.guide_name", lang), section.en if lang == "en" else section.zh]
    if subsection:
        parts.append(subsection)
    return " › ".join(parts)


_DATA_DIR = Path(__file__).parent / "data"


@cache
def _read_yaml(name: str) -> Any:
    """A data file parsed once (knowledge.yaml feeds sections and entries, out_of_scope.yaml four
    readers: parsing each again was a good part of the first answer's time), and kept parsed on
    disk between processes (rules/cache.py)."""
    # A plain path beside this module, as rules/datafile.py reads rules/data: importlib.resources
    # would import zipfile and tempfile at every start of `onboard-bot ask`.
    source = _DATA_DIR / name
    return parse_yaml(source.read_text(encoding="utf-8"), cache_name=str(source))


@cache
def sections() -> dict[str, Section]:
    raw = _read_yaml("knowledge.yaml")["sections"]
    return {key: Section(zh=value["zh"], en=value["en"]) for key, value in raw.items()}


@cache
def entries() -> tuple[Entry, ...]:
    raw = _read_yaml("knowledge.yaml")
    known_sections = sections()
    loaded: list[Entry] = []
    seen: set[str] = set()
    for item in raw["entries"]:
        entry_id = item["id"]
        if entry_id in seen:
            raise ValueError(f"knowledge.yaml: duplicate entry id {entry_id!r}")
        seen.add(entry_id)
        if item["section"] not in known_sections:
            raise ValueError(f"knowledge.yaml: {entry_id}: unknown section {item['section']!r}")
        for field in ("title_zh", "title_en", "seed", "answer_zh", "answer_en"):
            if not str(item.get(field, "")).strip():
                raise ValueError(f"knowledge.yaml: {entry_id}: {field} is empty")
        loaded.append(
            Entry(
                id=entry_id,
                section=known_sections[item["section"]],
                subsection_zh=item.get("subsection_zh"),
                subsection_en=item.get("subsection_en"),
                title_zh=fill(item["title_zh"], "zh"),
                title_en=fill(item["title_en"], "en"),
                seed=item["seed"].strip(),
                keywords=tuple(item.get("keywords", [])),
                answer_zh=fill(item["answer_zh"], "zh"),
                answer_en=fill(item["answer_en"], "en"),
                declines=bool(item.get("declines", False)),
                requires=frozenset(item.get("requires", [])),
                excludes=frozenset(item.get("excludes", [])),
            )
        )
    return tuple(loaded)


@cache
def entry_by_id() -> dict[str, Entry]:
    return {entry.id: entry for entry in entries()}


@dataclass(frozen=True)
class Concept:
    name: str
    domain: bool
    forms: tuple[str, ...]


@cache
def real_english_words() -> frozenset[str]:
    """English words never read as a typo of a concept's form ("dates" is not "rates")."""
    return frozenset(map(str, _read_yaml("real_english_words.yaml")["words"]))


@cache
def concepts() -> tuple[Concept, ...]:
    raw = _read_yaml("concepts.yaml")["concepts"]
    return tuple(
        Concept(name=name, domain=bool(value.get("domain")), forms=tuple(map(str, value["forms"])))
        for name, value in raw.items()
    )


@cache
def out_of_scope_groups() -> dict[str, tuple[str, ...]]:
    raw = _read_yaml("out_of_scope.yaml")["groups"]
    return {name: tuple(map(str, value["forms"])) for name, value in raw.items()}


@cache
def out_of_scope_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Regular expressions per group, compiled when a question could match them (bot/lazy_re.py;
    tests/bot/test_lazy_re.py compiles every one, so a bad one still fails in tests)."""
    raw = _read_yaml("out_of_scope.yaml")["groups"]
    return {
        name: tuple(lazy_compile(pattern) for pattern in value.get("patterns", []))
        for name, value in raw.items()
    }


@cache
def product_word_patterns() -> tuple[re.Pattern[str], ...]:
    """Alibaba Cloud products and specs, whose prices the guide does not give."""
    raw = _read_yaml("out_of_scope.yaml").get("product_words", [])
    return tuple(lazy_compile(pattern) for pattern in raw)


@dataclass(frozen=True)
class Unstated:
    """An attribute of a covered topic that the guide never states (interest on the deposit)."""

    name: str
    forms: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    zh: str
    en: str

    def body(self, lang: Lang) -> str:
        return (self.en if lang == "en" else self.zh).strip()


@cache
def unstated_attributes() -> tuple[Unstated, ...]:
    raw = _read_yaml("out_of_scope.yaml").get("unstated", {})
    return tuple(
        Unstated(
            name=name,
            forms=tuple(map(str, value.get("forms", []))),
            patterns=tuple(lazy_compile(pattern) for pattern in value.get("patterns", [])),
            zh=value["zh"],
            en=value["en"],
        )
        for name, value in raw.items()
    )


@dataclass(frozen=True)
class Term:
    """A name the guide uses, with what the guide says it is (data/terms.yaml)."""

    name: str
    forms: tuple[str, ...]
    condition: str
    proves: str | None
    zh: str
    en: str

    def body(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.zh


@cache
def terms() -> tuple[Term, ...]:
    raw = _read_yaml("terms.yaml")["terms"]
    return tuple(
        Term(
            name=name,
            forms=tuple(map(str, value["forms"])),
            condition=value["condition"],
            proves=value.get("proves"),
            zh=value["zh"],
            en=value["en"],
        )
        for name, value in raw.items()
    )


@cache
def own_record_topics() -> tuple[Unstated, ...]:
    """What the guide says about each kind of record a vendor may ask the state of ("我们的保证金
    退了没"): the bot cannot see the record, but says what the guide does say of it."""
    raw = _read_yaml("out_of_scope.yaml").get("own_records", {})
    return tuple(
        Unstated(
            name=name,
            forms=(),
            patterns=tuple(lazy_compile(pattern) for pattern in value.get("patterns", [])),
            zh=value["zh"],
            en=value["en"],
        )
        for name, value in raw.items()
    )


@cache
def _description_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = _read_yaml("description_words.yaml")["words"]
    return tuple(
        (_phrase_pattern(str(phrase)), " ".join(str(words).split("、")))
        for phrase, words in raw.items()
    )


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """An English phrase as a whole word (plural too), also right beside Chinese ("做erp的");
    a Chinese phrase anywhere."""
    if not phrase.isascii():
        return re.compile(re.escape(phrase))
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase) + r"s?(?![a-z0-9])")


def guide_words_for(norm: str) -> str:
    """The guide's words for what a question says the vendor sells ("cloud cost management" →
    成本费用管理, 收银 → 门店数字化), to match the markets' descriptions
    (data/description_words.yaml)."""
    return " ".join(words for pattern, words in _description_words() if pattern.search(norm))


def in_guide_words(norm: str) -> str:
    """`norm` with each English phrase of data/description_words.yaml put in the guide's words,
    the longest first, and the guide's words for its Chinese ones added: "image recognition" is
    人工智能, its "image" no 镜像; "verification code" is API托管, its "code" no certificate."""
    english = [(p, w) for p, w in _description_words() if p.pattern.startswith("(?<!")]
    chinese = " ".join(
        words
        for pattern, words in _description_words()
        if not pattern.pattern.startswith("(?<!") and pattern.search(norm)
    )
    for pattern, words in sorted(english, key=lambda pair: -len(pair[0].pattern)):
        norm = pattern.sub(f" {words} ", norm)
    return f"{norm} {chinese}"
