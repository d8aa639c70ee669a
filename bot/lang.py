"""Which language a vendor writes in: the one rule every part of the bot uses.

Kept free of our other modules so the conversation, the answers and the Slack handlers can all
import it without a cycle.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.conversation.types import Lang

# CJK unified ideographs (with extension A) and the compatibility block.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# One letter ("5x8", "a") is no English word; two or more are.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# A Chinese character carries about as much as a short English word: English wins only when
# the Latin letters clearly outweigh the Chinese ("How much is the deposit for 零售通?" is
# English, "API市场佣金多少" is Chinese).
_LATIN_LETTERS_PER_CJK = 4
# An English sentence around a quotation: a few words at least ("是 'ok' 吗" is not one).
_MIN_WORDS_AROUND_QUOTE = 3
# An English question around one Chinese term ("What is 零售通?") needs two English words.
_MIN_WORDS_AROUND_TERM = 2
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


# A quotation of the guide's Chinese inside an English sentence (The guide says "先默认按照第1档
# …". What does that mean?) is what the vendor asks about, not the language they write in.
_QUOTED = re.compile(
    r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"|'[^'A-Za-z]*[\u3400-\u9fff][^'A-Za-z]*'"
)


# A message that opens with an English question or subject word is written in English.
_ENGLISH_OPENING = re.compile(
    r"\s*(is|are|was|were|what|what's|whats|how|can|could|do|does|did|which|where|when|why|who"
    r"|should|will|would|may|please|hi|hello|hey|we|we're|our|my)\b",
    re.IGNORECASE,
)


# The words that carry a sentence's grammar (question words, pronouns, particles, linking and
# helping verbs), as against the names of things (market names, "deposit", 保证金) that vendors
# mix in from the other language: a mixed message is written in the language whose grammar
# words it uses ("Security market的deposit是多少？" is Chinese, "API市场 commission is zero
# right?" English).
_CHINESE_GRAMMAR = re.compile(
    r"的|是|吗|呢|吧|嘛|么|啊|呀|我们|我|你们|你|您|多少|什么|啥|怎么|怎样|如何|哪|几|(?<!智)能|可以"
    r"|需要|要不要|有没有|没有|还是|或者|请问|一共|如果|就|都|还|和|跟|了"
)
_ENGLISH_GRAMMAR = re.compile(
    r"\b(is|are|was|were|be|what|what's|whats|how|which|where|when|why|who|do|does|did|can|could"
    r"|should|would|will|may|must|the|an|of|for|to|in|on|with|and|or|if|we|our|us|you|your|my|i"
    r"|it|its|this|that|there|much|many|any|have|has|please|not|don't|doesn't|right"
    # "done 企业实名认证 already, what's next?": the adverbs of time carry its grammar too.
    r"|already|yet|next|then|now|after|before|just)\b",
    re.IGNORECASE,
)
# The guide's market names in Chinese: a message whose only Chinese is these names is written in
# the language of its other words ("零售通 + API + 服务 + 安全 four markets, bond total?").
_CHINESE_MARKET_NAMES = re.compile(
    r"(零售通|新零售|基础软件|软件|服务|代维|建站|网站建设|数据智能|大数据|安全|企业应用|解决方案|物联网|开发运维"
    r"|云市场|阿里云)(市场|集市)?"
)
# English words that are no acronym (API, IoT, BI are names, not the language of a sentence).
_ENGLISH_WORD = re.compile(r"\b(?![A-Z]{2,}\b|IoT\b|SaaS\b)[A-Za-z][a-z]+\b")
# English grammar decides only with two of its words at least ("请问 how many markets?").
_MIN_ENGLISH_GRAMMAR = 2


def _grammar_lang(text: str) -> Lang | None:
    """The language whose grammar words a mixed message uses more, or None on a tie."""
    chinese = len(_CHINESE_GRAMMAR.findall(text))
    english = len(_ENGLISH_GRAMMAR.findall(text))
    if chinese > english:
        return "zh"
    if english > chinese and english >= _MIN_ENGLISH_GRAMMAR:
        return "en"
    if (
        not chinese
        and cjk_count(_CHINESE_MARKET_NAMES.sub(" ", text)) == 0
        and len(_ENGLISH_WORD.findall(text)) >= _MIN_ENGLISH_GRAMMAR
    ):
        # Chinese only in market names, English words around them.
        return "en"
    return None


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def detect_lang(text: str) -> Lang | None:
    """The language a message is written in, or None when it has no words to tell by.

    Chinese when it has Chinese characters, unless its Latin letters outweigh them (a market
    name in Chinese does not make an English sentence Chinese); English when it has an English
    word and no Chinese; None for digits, punctuation or single letters.
    """
    folded = unicodedata.normalize("NFKC", text or "")  # full-width Ａ is a Latin letter
    cjk = cjk_count(folded)
    if cjk == 0:
        return "en" if _LATIN_WORD.search(folded) else None
    latin = len(_LATIN_LETTER.findall(folded))
    if _LATIN_WORD.search(folded):
        # Both languages' words: the grammar tells, outside any quotation of the guide.
        by_grammar = _grammar_lang(_QUOTED.sub(" ", folded))
        if by_grammar is not None:
            return by_grammar
    if latin >= _LATIN_LETTERS_PER_CJK * cjk:
        return "en"
    if (
        _ENGLISH_OPENING.match(folded)
        and len(_LATIN_WORD.findall(folded)) >= _MIN_WORDS_AROUND_QUOTE
    ):
        # "Are 售后技术服务 and 客服在线服务 the same?": an English sentence naming Chinese terms.
        return "en"
    if (
        _ENGLISH_OPENING.match(folded)
        and len(_LATIN_WORD.findall(folded)) >= _MIN_WORDS_AROUND_TERM
        and len(_CJK_RUN.findall(folded)) == 1
    ):
        # "What is 零售通?", "Is 建站市场 open?": a short English question around one Chinese term.
        return "en"
    unquoted = _QUOTED.sub(" ", folded)
    if unquoted != folded and len(_LATIN_WORD.findall(unquoted)) >= _MIN_WORDS_AROUND_QUOTE:
        # Only the words around the quotation tell the language.
        rest = cjk_count(unquoted)
        return (
            "en" if len(_LATIN_LETTER.findall(unquoted)) >= _LATIN_LETTERS_PER_CJK * rest else "zh"
        )
    return "zh"


def detect_lang_or_zh(text: str) -> Lang:
    """detect_lang, with Chinese (the marketplace's own language) when the text does not say."""
    return detect_lang(text) or "zh"


def has_latin_word(text: str) -> bool:
    return _LATIN_WORD.search(text) is not None
