""" "入了三个市场，财务只转了60000元保证金，够不够？差多少？", "We paid 50,000 for Security and
API — is that enough?": an amount the vendor has paid set against the deposits the markets it
names add up to. 够 / 不够 (Yes / No) first, then how much is still owed (or paid over), each
figure from the rules (rules/deposit.py) and the vendor's own amount.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answers import computed, facts
from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import deposit_for
from rules.markets import get_market, market_label

# The answer's topic: the message's later questions ("差多少？") lean on the amount it states, so
# the whole message is one answer.
TOPIC = "computed.deposit_paid"
# A deposit word, near an amount paid.
_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
# Paying stated: "转了", "已交", "打了", "we paid", "have transferred".
_PAID = lazy_compile(
    r"(转|交|缴|付|打|汇|充)(了|过)|已(经)?(转|交|缴|付|打|汇|充|缴纳)"
    r"|\b(paid|transferred|wired|sent|topped up|remitted)\b"
)
# Whether it is enough, or what is missing, is asked.
# ("还要补多少" alone asks the amount to add: bot/answers/computed.py answers it.)
_ASKS_ENOUGH = lazy_compile(r"够不够|够吗|够了吗|够没够|足够|\b(enough|sufficient|cover|covers)\b")


def paid_deposit_answer(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """够 / 不够 and the difference, when the question states one amount paid toward the deposit
    of the markets it names and asks whether that is enough; None otherwise."""
    norm = normalize(question)
    if not market_ids or not (_DEPOSIT.search(norm) and _PAID.search(norm)):
        return None
    if not _ASKS_ENOUGH.search(norm):
        return None
    _, mentions = money_mentions(question)
    if len(mentions) != 1:
        return None
    paid = mentions[0].value
    ids = list(dict.fromkeys(market_ids))
    total = Decimal(deposit_for(ids))
    names = facts.join_names([market_label(get_market(m), lang) for m in ids], lang)
    money = {
        "names": names,
        "total": computed.money_text(total, lang),
        "paid": computed.money_text(paid, lang),
    }
    if paid < total:
        body = t(
            "answers_deposit_paid_short",
            lang,
            gap=computed.money_text(total - paid, lang),
            **money,
        )
    elif paid == total:
        body = t("answers_deposit_paid_even", lang, **money)
    else:
        body = t(
            "answers_deposit_paid_over",
            lang,
            gap=computed.money_text(paid - total, lang),
            **money,
        )
    body += t("answers_deposit_budget_tail", lang)
    source = source_line(sections()["deposit"], t("answers.deposit_subsection", lang), lang)
    return Answer(with_source(body, source, lang), lang, True, TOPIC, source, [])
