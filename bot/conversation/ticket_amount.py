"""Why the drafted ticket's deposit is what it is: "零售通的保证金不是也是3万吗，怎么是11万"
after a ticket for 服务、安全 and 零售通 (black-box s67 D18: the 零售通 deposit alone, with a
ticket line of 伍万 that contradicted the ticket just confirmed). The sum is told market by
market, with the guide's line; a market's amount said wrongly is corrected first."""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.types import Lang
from bot.i18n import t
from bot.lazy_re import lazy_compile
from rules.deposit import (
    DEPOSIT_AMOUNT_SEED_TEXT,
    amount_in_capitals,
    deposit_for,
    deposit_for_market,
)
from rules.markets import market_label

# "怎么是11万", "为什么要交11万", "11万怎么来的", "why is it 110,000", "how did you get 110k".
_WHY_AMOUNT = lazy_compile(
    r"(怎么|为什么|为啥|咋|凭什么)(会|就|还)?(是|要|交|收|变成|成了|这么多)"
    r"|怎么(来的|算的|算出来)|哪来的|从哪来|是怎么算|(是|咋)?怎么(加|合计)"
    r"|(?<![a-z])(why|how come|how did you get|where does|where did|how is (it|that|this)"
    r"|explain|how do you get)(?![a-z])",
)
# The ticket's amount asked how it is made up, with no number ("这个金额怎么算的", "how is the
# total worked out?") — never why a deposit is paid or how ("为什么要交保证金", "保证金怎么交":
# review 59 R1).
_AMOUNT_NAMED = lazy_compile(
    r"(金额|总额|总数|这个数|合计)[^，,。？?]{0,6}(怎么|如何)(算|来|计算|得出|加)"
    r"|(怎么|如何)(算|得出|计算)(出)?(的|来的)?[^，,。？?]{0,4}(金额|总额|这个数)"
    r"|(?<![a-z])(how (is|was|did you get|do you get) (the|this|that) (amount|total|sum|figure)"
    r"|(amount|total|sum|figure) (calculated|worked out|computed|made up)"
    r"|where does (the|this|that) (amount|total|sum|figure|number) come from)(?![a-z])"
)

# The ticket's amount asked again, nothing else said ("金额是多少来着" right after the ticket —
# black-box s80 D7: declined as outside the guide; "how much was it again?").
_AMOUNT_AGAIN = lazy_compile(
    r"(那|那个|这个|工单的?|保证金的?)?(金额|总额|钱|保证金)(是|一共|总共)?(多少|几)(钱)?(来着|来的|啊|呀)?[?？。!！]*"
    r"|(一共|总共)?(要交|交)?多少钱?来着[?？。!！]*"
    r"|(and |so )?(how much (was|is) it|what (was|is|'s) the (amount|total|sum))"
    r"( again| in total)?[?.!]*"
)


def explain_ticket_amount(
    text: str, ticket_markets: Sequence[str], lang: Lang, *, ticket_on_screen: bool
) -> str | None:
    """The ticket's deposit told market by market, when `text` asks why it is that amount —
    naming the amount, or (`ticket_on_screen`) the deposit in words; None otherwise."""
    folded = text.casefold().strip()
    again = ticket_on_screen and bool(_AMOUNT_AGAIN.fullmatch(folded))
    if not ticket_markets or not (_WHY_AMOUNT.search(folded) or again):
        return None
    from bot.answers.names import markets_in_question
    from bot.answers.text import money_mentions

    total = deposit_for(ticket_markets)
    said = [int(mention.value) for mention in money_mentions(text)[1]]
    if total not in said and not (
        ticket_on_screen and not said and (again or _AMOUNT_NAMED.search(folded))
    ):
        return None
    parts = " + ".join(
        t(
            "ticket_amount_part",
            lang,
            market=market_label(market, lang),
            amount=f"{deposit_for_market(market):,}",
        )
        for market in dict.fromkeys(ticket_markets)
    )
    body = t(
        "ticket_amount_why",
        lang,
        total=f"{total:,}",
        capitals=amount_in_capitals(total),
        count=len(dict.fromkeys(ticket_markets)),
        parts=parts,
        seed=DEPOSIT_AMOUNT_SEED_TEXT,
    )
    named = [market for market in markets_in_question(text) if market in ticket_markets]
    wrong = [amount for amount in said if amount != total]
    if len(named) == 1 and wrong and deposit_for_market(named[0]) not in said:
        # "零售通的保证金不是也是3万吗": that market's own amount, first.
        amount = deposit_for_market(named[0])
        body = (
            t(
                "ticket_amount_market_not_that",
                lang,
                market=market_label(named[0], lang),
                amount=f"{amount:,}",
                capitals=amount_in_capitals(amount),
            )
            + body
        )
    return body
