"""Chinese typed as pinyin or chat initials ("ling shou tong bao zheng jin duo shao", "零售通加建站，
bzj一共多少", "jiejue fangan 市场 yj?", "qy应用 抽成"): the terms written in Chinese before the
question is routed, so it is read (and answered, in Chinese) like the same question typed in
characters. Only whole pinyin terms of two syllables or more and a few initials vendors use for
the guide's own words are read; an English word is never touched.
"""

from __future__ import annotations

import re
from functools import cache

from bot.lazy_re import lazy_compile
from rules.datafile import parse_yaml

# A pinyin term (its syllables, spaces optional) or initials → the guide's word.
_TERMS_FILE = "shorthand.yaml"
# Quick test: a message with no Latin letters has nothing to expand.
_HAS_LATIN = lazy_compile(r"[a-z]", re.IGNORECASE)


@cache
def _terms() -> tuple[tuple[re.Pattern[str], str], ...]:
    from pathlib import Path

    source = Path(__file__).parent / "data" / _TERMS_FILE
    raw = parse_yaml(source.read_text(encoding="utf-8"), cache_name=str(source))
    found: list[tuple[re.Pattern[str], str]] = []
    for chinese, spellings in raw["pinyin"].items():
        for spelling in spellings:
            syllables = str(spelling).split()
            pattern = r"(?<![a-z])" + r"\s*".join(map(re.escape, syllables)) + r"(?![a-z])"
            found.append((re.compile(pattern, re.IGNORECASE), str(chinese)))
    for chinese, initials in raw["initials"].items():
        for letters in initials:
            found.append(
                (
                    re.compile(
                        r"(?<![a-z])" + re.escape(str(letters)) + r"(?![a-z])", re.IGNORECASE
                    ),
                    str(chinese),
                )
            )
    # Longest spellings first: "xin ling shou" before "ling shou".
    return tuple(sorted(found, key=lambda item: -len(item[0].pattern)))


# English words of the guide's market names and topics a vendor mistypes ("secuirty markt"):
# a word one edit (a swap counts as one) from exactly one of them is read as it. Plurals and
# the words themselves are left alone, and so are common words one edit away ("marked").
_GUIDE_WORDS = (
    "security", "website", "software", "enterprise", "solution", "intelligence", "devops",
    "retail", "building", "application", "market", "marketplace", "deposit", "commission",
    "services",
)  # fmt: skip
_COMMON_WORDS = frozenset({"marked", "marker", "retain", "depose", "service", "solutions"})
_ENGLISH_WORD = lazy_compile(r"[A-Za-z]{5,}")


# "入驻地一步是干啥", "弟二步填什么": 第 typed as a homophone (di) before a step's number. (的 is
# left alone: "最关键的一步" is "the key step".)
_STEP_ORDINAL_TYPO = lazy_compile(r"[地弟低帝递滴](?=[一二三四五六七1-7]\s*步)")
_STEP_ORDINAL = "第"


def spelled_right(text: str) -> str:
    """`text` with mistyped guide words corrected ("wat is the deposit for secuirty markt" →
    "… security market", "入驻地一步" → "入驻第一步")."""
    text = _STEP_ORDINAL_TYPO.sub(_STEP_ORDINAL, text)

    def fixed(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in _GUIDE_WORDS or lower in _COMMON_WORDS or lower.rstrip("s") in _GUIDE_WORDS:
            return word
        close = [w for w in _GUIDE_WORDS if _one_edit_apart(lower, w)]
        return close[0] if len(close) == 1 else word

    return _ENGLISH_WORD.sub(fixed, text)


def _one_edit_apart(typed: str, word: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped (no rapidfuzz: importing
    it would slow every `onboard-bot ask`, tests/bot/answers/test_startup.py)."""
    if abs(len(typed) - len(word)) > 1 or typed == word:
        return False
    start = 0
    while start < min(len(typed), len(word)) and typed[start] == word[start]:
        start += 1
    a, b = typed[start:], word[start:]
    return (
        a[1:] == b[1:]  # changed
        or a[1:] == b  # added
        or a == b[1:]  # dropped
        or (len(a) >= 2 and a[0] == b[1:2] and a[1] == b[0] and a[2:] == b[2:])  # swapped
    )


# yj as 佣金: a month's sales, its tiers, rates or orders said beside it.
_YJ = lazy_compile(r"(?<![a-z])yj(?![a-z])", re.IGNORECASE)
_COMMISSION = "佣金"
_COMMISSION_CUES = lazy_compile(
    r"比例|费率|档|分销|自营|结算|抽|收不收|表里|\d\s*[w万](?![a-z])|%|月"
    r"|\b(tier\w*|rates?|sold|sales|orders?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b",
    re.IGNORECASE,
)


def yj_read(text: str) -> str:
    """ "建站 20年10月 自营12w 分销9w yj最后多少": yj beside a month's sales, tiers, rates or
    orders is 佣金 (yong jin), not the deposit (ya jin) it is read as elsewhere. Read on the
    whole message, before its parts are split apart."""
    if not _YJ.search(text) or not _COMMISSION_CUES.search(text):
        return text
    return _YJ.sub(_COMMISSION, text)


def in_chinese(text: str) -> str:
    """`text` with pinyin terms and chat initials written in Chinese; unchanged when it has
    none."""
    if not _HAS_LATIN.search(text):
        return text
    expanded = yj_read(text)
    for pattern, chinese in _terms():
        expanded = pattern.sub(chinese, expanded)
    if expanded == text:
        return text
    # Spaces left between Chinese characters ("零售通 保证金 多少") carry nothing.
    return re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", expanded)
