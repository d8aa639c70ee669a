"""The deposit asked of an application the review turns down: "审核不通过的话，保证金会退吗",
"Is the deposit refundable if we get rejected during review?".

No deposit has been paid by then: it is paid after the review passes and the contracts are
signed (the joining step that pays it, rules/data/process.yaml), so a rejection leaves nothing
to refund. The guide's own refund (after the cooperation ends, no rule broken) follows. Never
"Yes" to a refund of money not yet paid.
"""

from __future__ import annotations

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS

_REFUND_ENTRY = "deposit.refund"
_DEPOSIT = lazy_compile(r"保证金|押金|\b(deposits?|margin)\b")
# The review turning the application down: "审核不通过", "没过审", "被驳回", "rejected".
_REJECTED = lazy_compile(
    r"审核(没|未|不|没有)(通过|过)|(没|未|不)(通过|过)审核?|没过审|被拒|被驳回|驳回|审核失败|申请失败"
    r"|\b(rejected|declined|turned down|denied)\b"
    r"|\b(not|isn't|is not|aren't|don't|do not|doesn't|does not|didn't|did not|never) "
    r"(get )?(approved|accepted|pass|passed)\b"
    r"|\bfail(s|ed)? (the |our |its )?(review|approval|application)\b"
)
# Whether the money comes back (or is kept) is asked.
_ASKS_BACK = lazy_compile(
    r"退|返还|拿回|扣|没收|不还|\b(refund\w*|returned|back|lose|lost|forfeit\w*|keep|kept)\b"
)
_DEPOSIT_WORD = "保证金"
# A product's review after joining, or a rule broken: the deposit has been paid then.
_AFTER_JOINING = lazy_compile(
    r"商品|上架|违规|退出|终止|\b(products?|listings?|listed|violat\w*|exit\w*|leav\w*|terminat\w*)\b"
)


def deposit_before_review_answer(question: str, lang: Lang) -> Answer | None:
    """No deposit yet when the review turns the application down; None unless that is asked."""
    norm = normalize(question)
    if not (_DEPOSIT.search(norm) and _REJECTED.search(norm) and _ASKS_BACK.search(norm)):
        return None
    if _AFTER_JOINING.search(norm):
        return None
    step = next((s for s in JOINING_STEPS if _DEPOSIT_WORD in s.title_zh), None)
    if step is None:
        return None
    body = t("answers_deposit_before_review", lang, step=step.number)
    source = entry_by_id()[_REFUND_ENTRY].source(lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])
