"""The markets of the seed guide (twelve), their names and entry conditions: data in
`rules/data/markets.yaml` (or `$ONBOARD_RULES_DATA`), validated at import so a broken file
fails loudly."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Literal

from rules.datafile import STRICT, load_data_file

CheckKind = Literal[
    "true", "min", "more_than", "years_min", "years_more_than", "support_min", "one_of"
]

SUPPORT_LEVELS: tuple[str, ...] = ("none", "5x8", "7x24")
INDUSTRIES: tuple[str, ...] = (
    "finance",
    "logistics",
    "ecommerce",
    "government",
    "media",
    "iot",
    "other",
)


@dataclass(frozen=True, kw_only=True)
class Condition:
    """One entry condition of a market, with the seed text it comes from."""

    __pydantic_config__ = STRICT

    key: str
    check: CheckKind
    threshold: int | str | tuple[str, ...] | None = None
    seed_text: str
    # The seed text in English: a faithful rendering of the guide's line, the same numbers.
    seed_text_en: str = ""
    seed_item: int
    summary_zh: str
    summary_en: str

    def quote(self, lang: str) -> str:
        """The guide's line in the reply's language ("en": its English rendering, when the
        data has one; otherwise the guide's own Chinese)."""
        return self.seed_text_en if lang == "en" and self.seed_text_en else self.seed_text

    def __post_init__(self) -> None:
        check, threshold = self.check, self.threshold
        if check == "true" and threshold is not None:
            raise ValueError("a 'true' check takes no threshold")
        if check in ("min", "more_than", "years_min", "years_more_than") and (
            not isinstance(threshold, int) or threshold < 0
        ):
            raise ValueError(f"check {check!r} needs a non-negative integer threshold")
        if check == "support_min" and threshold not in SUPPORT_LEVELS:
            raise ValueError(f"support_min threshold must be one of {SUPPORT_LEVELS}")
        if check == "one_of" and not (
            isinstance(threshold, tuple) and threshold and set(threshold) <= set(INDUSTRIES)
        ):
            raise ValueError(f"one_of threshold must be a list drawn from {INDUSTRIES}")

    @property
    def decimal_threshold(self) -> Decimal:
        assert isinstance(self.threshold, int)
        return Decimal(self.threshold)


@dataclass(frozen=True, kw_only=True)
class Market:
    """A market of the guide: its names, aliases, description and entry conditions."""

    __pydantic_config__ = STRICT

    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    loose_aliases: tuple[str, ...] = ()
    commission_category: str | None
    description: str
    # English renderings of the guide's own description and notes (same facts, same numbers).
    description_en: str = ""
    notes: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()
    conditions: tuple[Condition, ...]

    def described(self, lang: str) -> str:
        """The market's description in the reply's language (the guide's Chinese without an
        English rendering)."""
        return self.description_en if lang == "en" and self.description_en else self.description

    def noted(self, lang: str) -> tuple[str, ...]:
        """The market's notes in the reply's language."""
        return (
            self.notes_en if lang == "en" and len(self.notes_en) == len(self.notes) else self.notes
        )

    @property
    def short_name(self) -> str:
        """Chinese name without 市场 (API市场 keeps its name: "API" alone reads oddly)."""
        return self.name.removesuffix("市场") if self.id != "api" else self.name


@dataclass(frozen=True, kw_only=True)
class _MarketFile:
    """rules/data/markets.yaml."""

    __pydantic_config__ = STRICT

    markets: tuple[Market, ...]


DATA_PATH = "data/markets.yaml"


def _load() -> dict[str, Market]:
    parsed = load_data_file(DATA_PATH, _MarketFile)
    ids = [market.id for market in parsed.markets]
    duplicated = sorted({market_id for market_id in ids if ids.count(market_id) > 1})
    if duplicated:
        raise RuntimeError(f"rules/{DATA_PATH}: market ids listed twice: {duplicated}")
    if not ids:
        raise RuntimeError(f"rules/{DATA_PATH}: no markets")
    return {market.id: market for market in parsed.markets}


_MARKETS = _load()

# Every market id in the data file's order (the menu's order). Derived, never retyped: a market
# added to rules/data/markets.yaml is a market everywhere.
MARKET_IDS: tuple[str, ...] = tuple(_MARKETS)


def market_count() -> int:
    """How many markets there are (12 in the seed guide)."""
    return len(MARKET_IDS)


def get_market(market_id: str) -> Market:
    try:
        return _MARKETS[market_id]
    except KeyError:
        raise KeyError(f"unknown market id {market_id!r}; valid: {', '.join(MARKET_IDS)}") from None


def all_markets() -> list[Market]:
    return [_MARKETS[market_id] for market_id in MARKET_IDS]


_FILLER = re.compile(r"[\s\-_·]+")


def _fold(text: str) -> str:
    """Full-width → half-width, case-insensitive; spaces, hyphens and underscores ignored."""
    return _FILLER.sub("", unicodedata.normalize("NFKC", text).casefold())


def _all_names(market: Market) -> list[str]:
    # The short name (安全, 服务) is not here: for some markets it is an everyday word, so each
    # market lists it under `aliases` or `loose_aliases` itself.
    names = [market.id, market.name, market.name_en, *market.aliases]
    if market.commission_category:
        names.append(market.commission_category)
    return names


@cache
def _exact_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for market in all_markets():
        for name in [*_all_names(market), market.short_name, *market.loose_aliases]:
            folded = _fold(name)
            owner = index.setdefault(folded, market.id)
            if owner != market.id:
                raise RuntimeError(f"market name {name!r} is claimed by {owner} and {market.id}")
    return index


def resolve_market(text: str) -> str | None:
    """One market name (id, Chinese with or without 市场, rate-table name, English) → id."""
    folded = _fold(text)
    if not folded:
        return None
    index = _exact_index()
    if folded in index:
        return index[folded]
    for suffix in ("市场", "集市", "market", "marketplace"):
        if folded.endswith(suffix) and folded.removesuffix(suffix) in index:
            return index[folded.removesuffix(suffix)]
    return None


def _name_pattern(name: str) -> str:
    folded = _fold(name)
    # Spaces may appear anywhere people type them ("API 市场"), so allow them between characters.
    body = r"[\s\-_·]*".join(re.escape(char) for char in folded)
    if folded[0].isascii() and folded[0].isalnum():
        body = r"(?<![a-z0-9_])" + body
    if folded.endswith("market"):
        # "the IoT and the solution markets": two markets named, the plural shared.
        body += "s?"
    if folded[-1].isascii() and folded[-1].isalnum():
        body += r"(?![a-z0-9_])"
    return body


@cache
def _name_regex(name: str) -> re.Pattern[str]:
    return re.compile(_name_pattern(name))


@cache
def _strict_names() -> list[tuple[str, str, str]]:
    """Names safe to spot inside free text, longest first so 安全市场 wins over a shorter name:
    (the folded name's first character, the name, market id). Each name's pattern is compiled
    the first time a text holds that first character (compiling all ~100 up front was a good
    part of `onboard-bot ask`'s start-up, and most texts name no market)."""
    pairs = [(name, market.id) for market in all_markets() for name in _all_names(market)]
    pairs.sort(key=lambda pair: len(_fold(pair[0])), reverse=True)
    return [(_fold(name)[0], name, market_id) for name, market_id in pairs]


# Nouns an everyday market word ("service", "data", "security") qualifies in a description of
# the vendor: "service provider", "data company".
_NOUN_AFTER = re.compile(
    r"\s+(providers?|compan(y|ies)|vendors?|firms?|business(es)?|partners?|agency|teams?|hours)"
    r"(?![a-z])"
)
# "we do WAF software", "we build HR software" (black-box s64 D3: 基础软件 checked): an everyday
# market word after what the vendor makes and a word qualifying it describes the product.
_PRODUCT_DESCRIBED = re.compile(
    r"(?<![a-z])(?:we|i|our (?:company|team|firm))\s+(?:do|make|build|develop|sell|offer|provide|write)"
    r"\s+(?:[a-z0-9\-]+\s+){1,3}$"
)
# "a wholly foreign-owned enterprise", "we are a state-owned enterprise" (black-box s76 D5: the
# Enterprise Application Market checked): what kind of company the vendor is.
_KIND_OF_ENTERPRISE = re.compile(
    r"(?:foreign|state|privately|family|wholly|individually)[- ]?(?:owned|invested|funded)?\s+"
    r"(?:enterprise)?$|(?<![a-z])(?:joint[- ]venture|private|small|medium|sme)\s+(?:enterprise)?$"
)
# The everyday market words a product is described with ("WAF software"); "we build smart
# hardware plus IoT platform applications" still names the IoT market (holdout18 #163).
_PRODUCT_WORDS = frozenset({"software"})
# "the secuirty market" (black-box s64 D3): a misspelt English market word before "market".
_WORD_BEFORE_MARKET = re.compile(r"(?<![a-z])([a-z]{5,})\s+markets?(?![a-z])")


def _edits_apart(left: str, right: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    two neighbouring letters ("secuirty" is one swap from "security")."""
    rows = [list(range(len(right) + 1))]
    for i in range(1, len(left) + 1):
        row = [i] + [0] * len(right)
        for j in range(1, len(right) + 1):
            cost = left[i - 1] != right[j - 1]
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and left[i - 1] == right[j - 2] and left[i - 2] == right[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _misspelt_market(word: str) -> str | None:
    """The market an English word before "market" misspells: one edit (a letter more, less or
    another, or two neighbours swapped), the first letter kept; None when it is near none or
    near two. ("develops", "securing" are two edits away: words of their own — review 56 R11.)"""
    near = {
        market_id
        for name, market_id in _exact_index().items()
        if name.isascii()
        and name.isalpha()
        and len(name) >= 5
        and name[0] == word[0]
        and _edits_apart(word, name) <= 1
    }
    return near.pop() if len(near) == 1 else None


_LIST_SEPARATORS = re.compile(r"[\s,，、;；/|+。？?！!]+|以及|还有|和|与|及|跟|或|\band\b|\bor\b")


@cache
def _chinese_names() -> list[tuple[str, str]]:
    """Every Chinese market name (short ones too), longest first."""
    names = [(n, m) for n, m in _exact_index().items() if n and not n.isascii()]
    return sorted(names, key=lambda pair: len(pair[0]), reverse=True)


def _trailing_name(piece: str) -> tuple[str, str] | None:
    """The Chinese market name a list item ends with, after words that lead into the list."""
    for name, market_id in _chinese_names():
        if len(piece) > len(name) and piece.endswith(name):
            return name, market_id
    return None


def find_markets_in_text(text: str) -> list[str]:
    """Every market named in free text, in order of appearance, each once.

    Full names are found anywhere ("我想入驻安全市场和API市场"); everyday words such as
    安全 or "data" only when they stand alone as a list item ("安全、API", "security, api",
    "安全 服务"), or end the first item of a list ("想进安全 服务 零售通").
    """
    # ("IoT and Solutions." — blind_conversations20 c20_28: the full stop kept "solutions."
    # from being a list item.)
    normalized = unicodedata.normalize("NFKC", text).casefold().rstrip(" .!?。！？~")
    taken = [False] * len(normalized)
    found: list[tuple[int, str]] = []
    for first, name, market_id in _strict_names():
        if first not in normalized:  # every match starts with it
            continue
        for match in _name_regex(name).finditer(normalized):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            if name.isascii() and " " not in name and _NOUN_AFTER.match(normalized, end):
                # "a Retail Link service provider", "a data company": the word describes the
                # vendor, it names no market (blind_conversations15 c15_35).
                continue
            if name in _PRODUCT_WORDS and _PRODUCT_DESCRIBED.search(normalized[:start]):
                continue  # "we do WAF software": the product described, no market named
            if name == "enterprise" and _KIND_OF_ENTERPRISE.search(normalized[:start]):
                continue  # "a wholly foreign-owned enterprise": the company, no market named
            taken[start:end] = [True] * (end - start)
            found.append((start, market_id))
    for match in _WORD_BEFORE_MARKET.finditer(normalized):
        if any(taken[match.start() : match.end()]) or match.group(1) in _exact_index():
            continue
        misspelt = _misspelt_market(match.group(1))
        if misspelt:
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            found.append((match.start(), misspelt))
    pieces: list[tuple[int, str]] = []
    position = 0
    for piece in _LIST_SEPARATORS.split(normalized):
        start = normalized.find(piece, position) if piece else position
        position = start + len(piece)
        if piece:
            pieces.append((start, piece))
    is_item = [
        all(taken[start : start + len(piece)]) or resolve_market(piece) is not None
        for start, piece in pieces
    ]
    for index, (start, piece) in enumerate(pieces):
        if any(taken[start : start + len(piece)]):
            continue
        market_id = resolve_market(piece)
        if market_id and piece.isascii() and _NOUN_AFTER.match(normalized, start + len(piece)):
            continue  # "a data company": as above
        if market_id and piece in _PRODUCT_WORDS and _PRODUCT_DESCRIBED.search(normalized[:start]):
            continue  # "we do WAF software": the product described
        if market_id == "enterprise" and _KIND_OF_ENTERPRISE.search(normalized[:start]):
            continue  # "a foreign-owned enterprise": the company itself
        if market_id:
            found.append((start, market_id))
        elif index + 1 < len(pieces) and is_item[index + 1]:
            # "想同时进安全 服务 零售通": the list's first item carries the sentence's lead-in.
            trailing = _trailing_name(piece)
            if trailing:
                found.append((start + len(piece) - len(trailing[0]), trailing[1]))
    found.sort()
    ordered: list[str] = []
    for _, market_id in found:
        if market_id not in ordered:
            ordered.append(market_id)
    return ordered


def market_label(market: str | Market, lang: str = "zh") -> str:
    """The market's display name in `lang` (安全市场 / Security Market): THE one helper every
    screen uses. An id the rules package does not know (a row stored under other rules data) is
    shown as is."""
    if isinstance(market, str):
        found = _MARKETS.get(market)
        if found is None:
            return market
        market = found
    return market.name_en if lang == "en" else market.name
