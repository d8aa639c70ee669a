"""English as vendors write it, read as the plain wording the routing knows.

Two things happen to an English message before it is routed (`plain_english`):

- the e-mail around the question is dropped: greetings ("Hi team, hope you are well."),
  courtesies ("Thanks in advance") and the signature ("Best regards, Tom, Sales Manager") —
  "Hi team" is no question about the team;
- other names for the guide's terms are written as the guide's English names ("guarantee money"
  → deposit, "Retail Pass" → Retail Link, "work order" → ticket, "take rate" → commission rate).

The phrases are data (`data/english.yaml`). A message with no English sentence (Chinese, or a
Chinese sentence naming an English term) is returned unchanged, and so is one that would be
left with nothing to ask.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.lang import detect_lang
from bot.lazy_re import lazy_compile
from rules.datafile import parse_yaml

_DATA_FILE = Path(__file__).parent / "data" / "english.yaml"
_HAS_LATIN_WORD = lazy_compile(r"[A-Za-z]{2,}")
# What is left must still ask or say something: two words at least.
_WORDS = lazy_compile(r"[A-Za-z\u3400-\u9fff0-9]+")
_MIN_WORDS_LEFT = 2
# A sentence or clause boundary: the message's start, a full stop, !, ?, a comma, a line break.
_BOUNDARY = r"(?:^|(?<=[.!?,;\n。！？，]))\s*"
_CLAUSE_END = r"\s*(?:[.!,;~]+|(?=\n)|$)"


def _phrase(words: str) -> str:
    """A phrase as a pattern: any case, a hyphen or spaces between its words alike."""
    parts = re.split(r"[\s-]+", words.strip())
    return r"[\s-]*".join(re.escape(part) for part in parts)


@cache
def _data() -> dict:
    return parse_yaml(_DATA_FILE.read_text(encoding="utf-8"), cache_name=str(_DATA_FILE))


@cache
def _word_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    found: list[tuple[str, str]] = []
    for plain, variants in _data()["words"].items():
        found.extend((str(variant), str(plain)) for variant in variants)
    # Longest first: "platform commission rate" before "commission rate".
    found.sort(key=lambda item: -len(item[0]))
    return tuple(
        (re.compile(r"(?<![A-Za-z])" + _phrase(variant) + r"(?![A-Za-z])", re.IGNORECASE), plain)
        for variant, plain in found
    )


@cache
def _email_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    email = _data()["email"]

    def alternatives(key: str) -> str:
        phrases = sorted((str(phrase) for phrase in email[key]), key=len, reverse=True)
        return "|".join(_phrase(phrase) for phrase in phrases)

    # "Hi team,", "Dear Sir/Madam,", "Hello Ms Wang,": an opening with a name of up to three
    # words after Hi/Hello/Dear, ended by a comma, a full stop, ! or a line break.
    opening = re.compile(
        r"^\s*(?:(?:" + alternatives("openings") + r")"
        r"|(?:hi|hello|hey|dear)(?:\s+[A-Za-z.'/]+){0,3}(?=\s*[,!\n]))"
        r"\s*[,.!:\n]+",
        re.IGNORECASE,
    )
    courtesy = re.compile(
        _BOUNDARY + r"(?:" + alternatives("courtesies") + r")" + _CLAUSE_END,
        re.IGNORECASE,
    )
    # A sign-off starts a sentence and runs to the end: up to ten words of name, title and
    # company, no question mark.
    closing = re.compile(
        _BOUNDARY + r"(?:" + alternatives("closings") + r")\s*[,.!\n]+[^?？]{0,120}$"
        r"|" + _BOUNDARY + r"(?:" + alternatives("closings") + r")\s*$",
        re.IGNORECASE,
    )
    return opening, courtesy, closing


def without_email_frame(text: str) -> str:
    """`text` without its greeting, courtesies and signature; unchanged when nothing would be
    left to ask."""
    opening, courtesy, closing = _email_patterns()
    stripped = closing.sub("", text)
    stripped = opening.sub("", stripped, count=1)
    stripped = courtesy.sub(" ", stripped)
    stripped = re.sub(r"[ \t]+", " ", stripped).strip(" ,;\n")
    if len(_WORDS.findall(stripped)) < _MIN_WORDS_LEFT:
        return text
    return stripped


def with_guide_words(text: str) -> str:
    """`text` with other names for the guide's terms written as the guide's English names."""
    for pattern, plain in _word_patterns():
        text = pattern.sub(plain, text)
    return text


def plain_english(text: str) -> str:
    """An English message as the routing reads it (see the module's docstring); any other
    message unchanged."""
    if not _HAS_LATIN_WORD.search(text) or detect_lang(text) != "en":
        return text
    return with_guide_words(without_email_frame(text))
