"""One condition asked to be all a market needs: "API市场是不是只要团队够20个人就行了？",
"Is a 20-person team all we need for the API Market?".

Every market has several entry conditions (§1), all of which must be met; one alone is never
all. The reply's rule stays, but its first word is 不是 / No with that said, not the 是的 / Yes
the rule's own wording would give.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

# One thing supposed to suffice: 只要…就行 / 只需 / 光有…就够, "all we need", "only need".
_ONLY_ENOUGH = lazy_compile(
    r"(只要|只需要?|仅需要?|光有|光要)[^，,。？?]{1,30}(就行|就够|就可以|就能|就好|即可)"
    r"|(只要|只需要?|仅需要?)[^，,。？?]{1,30}(吗|么|嘛|是吧|对吧|[?？])"
    r"|\b(all|everything) (we|i|you|one) (need|needs|require|requires)\b"
    r"|\b(do|does|would) (we|i|you|one) (only|just) need\b|\bis (that|this|it) all\b"
    # "单凭这两条是不是就够进安全市场了", "are these two alone enough for Security?"
    r"|(单凭|光凭|只凭|仅凭|就凭|单靠|光靠|只靠)[^，,。？?]{0,20}(就够|够|就能|能|可以|就行|行)"
    # (A thing of a joined condition alone — "software alone" — is both_asked.py's.)
    r"|\b(these|those|they|both)\b[^.?!]{0,20}\b(alone|by themselves|on their own)\b[^.?!]{0,20}"
    r"\b(enough|sufficient)\b"
)
# The bar restated as what suffices: "open to anyone who meets the 2-year / 1M bar",
# "是不是满足执照2年、资本100万就行".
_MEETS_BAR_ENOUGH = lazy_compile(
    r"\b(open to )?(anyone|everyone|any company|whoever) (who |that )?(meets?|clears?|passes)\b"
    r"|满足[^，,。？?]{1,30}就(行|够|可以|能进|能入驻)"
)
# The other condition asked about beside it: "or do we ALSO need …", "还是还要…".
_OR_ALSO_NEED = lazy_compile(
    r"\bor (do|does|would|will) (we|i|you|they|one) (also|additionally|further) (need|have to)\b"
    r"|还是(还|也|另外)(要|需要|得)"
)


def also_needed_part(question: str) -> str | None:
    """ "Is 新零售 open to anyone who meets the 2-year / 1M bar, or do we ALSO need some
    ecosystem certification?": the other condition's question, with the market named ("新零售
    do we ALSO need …"); None unless such a pair is asked of one market."""
    norm = normalize(question)
    markets = markets_in_question(question)
    also = _OR_ALSO_NEED.search(norm)
    if len(markets) != 1 or also is None:
        return None
    if not (_ONLY_ENOUGH.search(norm[: also.start()]) or _MEETS_BAR_ENOUGH.search(norm)):
        return None
    return f"{market_label(markets[0], 'zh')} {norm[also.start() + 2 :].strip()}"


def not_alone_head(question: str, lang: str) -> str:
    """不是 / No, one condition is not all, for the one market named."""
    return t("answers_not_alone", lang, market=market_label(markets_in_question(question)[0], lang))


def without_opening_verdict(text: str) -> str:
    opening = _OPENING_VERDICT.match(text)
    return text[opening.end() :] if opening else text


# The vendor telling its own figures ("我们执照3年"), not restating the rule's.
_VENDOR_SPEAKS = lazy_compile(r"我们|我司|咱们|本公司|\b(we|our|us|i|my)\b")
# The condition reply's opening verdict on the rule ("是的。", "需要。", "Yes, on this point.").
_OPENING_VERDICT = lazy_compile(
    r"\s*((是的|需要|要求|有|对|是|这几项都满足|这一项满足)[。，,]\s*|(yes|no)\b[^.\n]{0,30}[.\n]\s*)",
    flags=2,
)
_CONDITION_TOPICS = ("computed.conditions", "computed.threshold")


def with_not_alone(
    question: str,
    found: Answer,
    others: Callable[[str, tuple[str, ...]], Answer | None] | None = None,
) -> Answer:
    """不是 / No first, the market's other conditions said to count too, when one condition of
    one named market is asked to be all it takes."""
    if found.out_of_scope or found.topic not in _CONDITION_TOPICS:
        return found
    markets = markets_in_question(question)
    if len(markets) != 1 or not _ONLY_ENOUGH.search(normalize(question)):
        return found
    opening = _OPENING_VERDICT.match(found.text)
    rest = found.text[opening.end() :] if opening else found.text
    head = t("answers_not_alone", found.lang, market=market_label(markets[0], found.lang))
    if (
        found.topic == "computed.threshold"
        and others is not None
        and not _VENDOR_SPEAKS.search(normalize(question))
    ):
        # "也就是说企业应用市场只要执照满2年、注册资金100万就能进了？": the rule's own figures
        # restated, nothing of the vendor's to judge — the other conditions are the answer.
        market = get_market(markets[0])
        named = tuple(
            c.key
            for c in market.conditions
            if (c.summary_en if found.lang == "en" else c.summary_zh) in found.text
        )
        listed = others(markets[0], named) if named else None
        if listed is not None:
            found.text = head + "\n" + listed.text
            return found
    found.text = head + "\n" + rest
    return found
