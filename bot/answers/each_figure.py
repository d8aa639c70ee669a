"""One condition asked of two or more companies' figures at once: "两家客户问同一个问题：注册资金
一个是100万整，一个是101万，零售通的注册资金这条哪家能过？".

The per-fact verdict reads one figure; here every amount stated is judged against the one
market's registered-capital rule (超过 excludes the number itself, 不低于 includes it: SPEC
decision 1), in the order the vendor gave them.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.eligibility import format_money_en, format_money_zh
from rules.markets import get_market, market_label

# Which of them passes, or each one's verdict, asked.
_ASKS_EACH = lazy_compile(
    r"哪家|哪个能|哪一个能|哪个过|哪一家|分别|各自|\bwhich (one|company|client|of (them|the two))\b"
    r"|\beach\b"
)
# Several companies spoken of: "两家客户", "一个是…一个是…", "A公司…B公司", "two clients".
_SEVERAL = lazy_compile(
    r"(两|三|几)(家|个)(客户|公司|企业)|一(个|家)是[^，,。？?]{0,12}[，,]\s*(另)?一(个|家)是"
    r"|\b(two|three|both) (clients|companies|customers|firms)\b"
)
_CAPITAL = lazy_compile(r"注册资金|注册资本|注资|\bcapital\b")


def each_figure_answer(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """Each stated capital judged against the one named market's rule; None unless one market,
    several companies' amounts and which of them passes are asked."""
    norm = normalize(question)
    if len(market_ids) != 1 or not (
        _ASKS_EACH.search(norm) and _SEVERAL.search(norm) and _CAPITAL.search(norm)
    ):
        return None
    market = get_market(market_ids[0])
    condition = next((c for c in market.conditions if c.key == "registered_capital"), None)
    if condition is None:
        return None
    amounts = list(dict.fromkeys(mention.value for mention in money_mentions(question)[1]))
    if len(amounts) < 2:
        return None
    limit = condition.decimal_threshold
    fmt = format_money_en if lang == "en" else format_money_zh
    verdicts = [
        t(
            "answers_each_figure_item",
            lang,
            amount=fmt(Decimal(amount)),
            verdict=t(
                "answers_each_figure_met"
                if (amount >= limit if condition.check == "min" else amount > limit)
                else "answers_each_figure_not_met",
                lang,
            ),
        )
        for amount in amounts
    ]
    summary = condition.summary_en if lang == "en" else condition.summary_zh
    body = t(
        "answers_each_figure",
        lang,
        name=market_label(market, lang),
        rule=summary,
        items=t("answers.rule_separator", lang).join(verdicts),
        quote=condition.quote(lang),
    )
    source = source_line(sections()["conditions"], market_label(market, lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.threshold", source, [])
