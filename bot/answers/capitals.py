"""ASKED: "what does 捌万 mean", "叁万是多少钱" — the capital numerals (大写) the ticket's first
line and the deposit rules write amounts in. FAILS: declined as out of scope, though the bot had
just written 捌万 into the vendor's ticket. FIX: the amount in digits, and that the ticket's
first line writes it that way (SPEC decision 8)."""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.parsing import ParseError, parse_money
from bot.texts import t
from rules.deposit import amount_in_capitals

# An amount in capital numerals (壹贰叁肆伍陆柒捌玖拾佰仟万), asked what it means.
_CAPITALS = lazy_compile(r"[壹贰叁肆伍陆柒捌玖][壹贰叁肆伍陆柒捌玖拾佰仟零]*万?")
_MEANING_ASKED = lazy_compile(
    r"什么意思|啥意思|是多少|多少钱|是指|代表|\b(mean|means|meaning|stand for|how much is)\b",
)


# Another topic named beside the amount: its own answer, not the numerals'.
_OTHER_TOPIC = lazy_compile(r"保证金|押金|佣金|市场|集市|\b(deposit|commission|market)\b")
_MAX_AROUND = 24


def capitals_answer(question: str, lang: Lang) -> Answer | None:
    """What an amount in capital numerals is in digits; None unless one is asked about."""
    found = _CAPITALS.search(question)
    if found is None or not _MEANING_ASKED.search(question.lower()):
        return None
    if _OTHER_TOPIC.search(question.lower()) or len(question) - len(found.group(0)) > _MAX_AROUND:
        return None  # "零售通保证金是叁万吗": the deposit asked, answered by its own rule
    written = found.group(0)
    try:
        amount = parse_money(written)
    except ParseError:
        return None
    if amount != amount.to_integral_value() or amount_in_capitals(int(amount)) != written:
        return None
    source = source_line(sections()["process"], None, lang)
    body = t("answers_capitals_meaning", lang, written=written, amount=f"{int(amount):,}")
    return Answer(with_source(body, source, lang), lang, True, "ticket.capitals", source, [])
