"""Whether the deposit ticket goes under a category the vendor names ("Is the deposit ticket
filed under Invoice Management?", "保证金工单是在发票管理下面提吗"): 是 / Yes for the guide's
财务类 > 资金管理, 不是 / No for any other category of the ticket page, then the path.

The guide's step 6 lists the ticket page's categories (费用账单, 资金管理, 提现, 退订管理, 续费管理,
发票管理, 合同管理, 卡券管理, 资源包管理) and its two top areas (财务类, 会员账号); the deposit's ticket
is 财务类 > 提问 > 资金管理 > 创建工单.
"""

from __future__ import annotations

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# The categories the guide's ticket page lists, each with the English names vendors use.
_CATEGORIES: dict[str, str] = {
    "资金管理": r"资金管理|\bfunds? management\b|\bfund\b",
    "财务类": r"财务类|\bfinance (category|section|area)\b",
    "费用账单": r"费用账单|\b(billing|bills|expense bills?)\b",
    "提现": r"提现|\bwithdrawals?\b",
    "退订管理": r"退订管理|\b(unsubscri\w+|cancellation) management\b",
    "续费管理": r"续费管理|\brenewal management\b",
    "发票管理": r"发票管理|\binvoice management\b|\binvoices? (section|category)\b",
    "合同管理": r"合同管理|\bcontract management\b",
    "卡券管理": r"卡券管理|\b(coupon|voucher)s? management\b",
    "资源包管理": r"资源包管理|\bresource packages?( management)?\b",
    "会员账号": r"会员账号|\b(member )?account (category|section|area)\b",
}
# How a category is shown to an English reader: the page's Chinese label with its meaning.
_ENGLISH_NAMES = {
    "资金管理": "资金管理 (Fund management)",
    "财务类": "财务类 (Finance)",
    "费用账单": "费用账单 (Bills)",
    "提现": "提现 (Withdrawal)",
    "退订管理": "退订管理 (Unsubscription management)",
    "续费管理": "续费管理 (Renewal management)",
    "发票管理": "发票管理 (Invoice management)",
    "合同管理": "合同管理 (Contract management)",
    "卡券管理": "卡券管理 (Coupon management)",
    "资源包管理": "资源包管理 (Resource package management)",
    "会员账号": "会员账号 (Member account)",
}
_RIGHT = frozenset({"资金管理", "财务类"})
_PATTERNS = {name: lazy_compile(pattern) for name, pattern in _CATEGORIES.items()}
# The deposit ticket's own category and the area it sits in: the first two listed above.
_FUND_PATTERN, _FINANCE_PATTERN = (_PATTERNS[name] for name in list(_CATEGORIES)[:2])
# The ticket, asked where it is filed.
_TICKET = lazy_compile(r"工单|\btickets?\b")
_ASKS_WHERE_FILED = lazy_compile(
    r"(下面|里面|下|里|中|在).{0,4}(提|填|交|选|开)|选.{0,6}(吗|么|对吗)|是不是|是否"
    r"|\b(under|in|filed|file|submit|submitted|choose|pick|select)\b"
)
_YES_NO = lazy_compile(
    r"吗|(?<![什怎])么|是不是|是否|对吗|^\W*(is|are|do|does|should|can|must|shall)\b"
)


# "选完财务类之后下一步选什么", "after 财务类, what do I pick next": the next item on the page.
_ASKS_NEXT_ITEM = lazy_compile(r"下一步|接着|然后|之后|以后|再(选|点)|\b(next|after|then)\b")


# "财务类工单提交之后大概多久会有人回复" (holdout63 #27): the time after it, not the next item.
_ASKS_TIME = lazy_compile(r"多久|多长时间|几天|几个?小时|什么时候|\b(how (long|soon)|when will)\b")


# A ticket's number said: "工单号 8823-1107", "ticket #2211-07".
_TICKET_NUMBER = lazy_compile(
    # (A number has a digit: "the ticket number format" names none — review 70 R8; "工单
    # 8823-1107", "工单（编号8823-1107）", "ticket 8823-1107" are numbers too — N1.)
    r"工单\s*[（(]?\s*(?:编号|号码|号)?(?:是|为)?\s*[:：#]?\s*[a-z0-9-]*\d[a-z0-9-]{3,}(?![年月\d])"
    r"|\btickets?\s*(?:no\.?|number|id|#)?\s*(?:is\s*)?[:#]?\s*[a-z0-9-]*\d[a-z0-9-]{3,}"
)


# One of several listed asked for: "到底选哪个", "which one do I pick".
_ASKS_WHICH_ONE = lazy_compile(r"选哪|哪个|哪一个|哪项|\bwhich (one|of (these|them))\b|\bwhich\b")


def ticket_category_answer(question: str, lang: Lang) -> Answer | None:
    """Yes / No on the ticket category the vendor names; None unless the deposit ticket's
    category is asked as a yes/no question naming one. The item after 财务类 asked: 资金管理."""
    norm = normalize(question)
    if (
        _TICKET.search(norm)
        and _FINANCE_PATTERN.search(norm)
        and not _FUND_PATTERN.search(norm)
        and _ASKS_NEXT_ITEM.search(norm)
        and not _YES_NO.search(norm)
        and not _ASKS_TIME.search(norm)
    ):
        body = t("answers_ticket_category_after_finance", lang)
        source = entry_by_id()["process.ticket"].source(lang)
        return Answer(with_source(body, source, lang), lang, True, "process.ticket", source, [])
    listed = [name for name, pattern in _PATTERNS.items() if pattern.search(norm)]
    if _TICKET.search(norm) and len(set(listed) - _RIGHT) >= 2 and _ASKS_WHICH_ONE.search(norm):
        # "财务类下面一堆分类：费用账单、资金管理、提现、发票管理…到底选哪个": 资金管理.
        body = t("answers_ticket_category_after_finance", lang)
        source = entry_by_id()["process.ticket"].source(lang)
        return Answer(with_source(body, source, lang), lang, True, "process.ticket", source, [])
    if not (_TICKET.search(norm) and _ASKS_WHERE_FILED.search(norm) and _YES_NO.search(norm)):
        return None
    named = [name for name, pattern in _PATTERNS.items() if pattern.search(norm)]
    if not named:
        return None
    wrong = [name for name in named if name not in _RIGHT]
    key = "answers_ticket_category_no" if wrong else "answers_ticket_category_yes"
    if not wrong and _TICKET_NUMBER.search(norm):
        key = "answers_ticket_number_not_checked"
    name = wrong[0] if wrong else named[0]
    shown = _ENGLISH_NAMES[name] if lang == "en" else name
    body = t(key, lang, named=shown)
    source = entry_by_id()["process.ticket"].source(lang)
    return Answer(with_source(body, source, lang), lang, True, "process.ticket", source, [])
