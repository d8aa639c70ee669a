"""Numbers that name something rather than count it: order, ticket, invoice and contract
numbers, phone numbers, account ids.

They are never money ("帮我查订单 2020110300017" once went through the tier table), and a
request to look one up is declined with a hand-off: the bot has no order, ticket or invoice
data, only the onboarding guide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from bot.answers.model import Answer
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# The word before a number that makes it an identifier.
_ID_WORDS = (
    r"订单号?|单号|工单号?|发票号?|合同号|合同编号|编号|流水号|账号|帐号|用户id|会员号|手机号?|电话|联系电话"
    r"|营业执照号|执照号|统一社会信用代码|信用代码|税号|纳税人识别号|\btax id\b"
    # "credit code 91330100MA2…": the company's identifier, never a credit record.
    r"|(?<![a-z])(?:unified )?(?:social )?credit code(?![a-z])|\busci\b"
    # No \b around the English words: "服务商ID是 200000" puts CJK letters (word characters)
    # right against "id", and \b then never matched.
    r"|(?<![a-z])(order|ticket|invoice|contract|case|account|phone|tel|mobile|id|uid|ref|reference)"
    r"( ?(no\.?|number|num|#|id))?(?![a-z])|\bno\.|#"
)
# The bare word for an order, with no 号 / "no." after it.
_BARE_ORDER_WORDS = ("订单", "order")
_ID_BEFORE = lazy_compile(r"(" + _ID_WORDS + r")\s*(?:是|为|\bis\b)?\s*[:：#]?\s*$")
# An amount in brackets right after bare digits: "100235 (80000 cny)", "2020002（8万）".
_AMOUNT_IN_BRACKETS = lazy_compile(
    r"\s*[(（]\s*(?:¥|￥|cny|rmb)?\s*\d[\d,.]*\s*(?:万|w|k|千|元|块|cny|rmb|yuan)"
)
# Long digit strings are never an amount a vendor types (amounts come with 万/k/元 or commas).
_LONG_DIGITS = 11
# A digit string starting with 0 (0012345678, 044001900111) is a code, not a quantity.
_LEADING_ZERO = lazy_compile(r"0\d{5,}")
_MOBILE = lazy_compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
# A full stop right after the digits ends the sentence ("… for order 2020110512345."); only a
# decimal point (digits after it) makes them part of an amount.
_NUMBER_RUN = lazy_compile(r"(?<![\d.])\d{6,}(?!\d|\.\d)")
# Four or five digits right after an id word ("服务商ID是88231", "编号 7712"): still a name, never
# an amount; a unit after them (2020年, 8000元) makes them a date or money instead.
_SHORT_LABELLED_RUN = lazy_compile(
    r"(?<![\d.])(?<!\d,)\d{4,5}(?![\d]|[.,]\d|\s*[年月日号万千元块k%％])"
)
# Digits written in groups ("1588 2233 4455 6677", "6222-0200-1234"): an account or card
# number; amounts are grouped by commas, never by spaces or dashes.
# (A comma after the last group ends a clause: "phone 571 8888 6666, founded 2014".)
# ("订单号 1088 3325 6671 9900，2020年…" — holdout79 #20: normalised to "9900,2020年", the last
# group was read as 9,900 yuan: only a thousands comma — three digits after it — continues it.)
_GROUPED_DIGITS = lazy_compile(r"(?<![\d.,])\d{3,4}(?:[ -]\d{3,4}){2,}(?![\d.]|,\d{3}(?!\d))")
# Phone numbers: "+86 571 8888 6666", "+86-13912345678", "0571-88886666", "(0571) 8888 6666",
# "021 6123 4567". A country code or an area code (0 and 2-3 digits) before a 7-8 digit
# number; never an amount, however the digits are grouped.
_PHONE = lazy_compile(
    r"\+\s?86[\s-]*(?:\(?0?\d{2,3}\)?[\s-]*)?\d{3,4}[\s-]?\d{4}(?!\d)"
    r"|(?<![\d.,])\(?0\d{2,3}\)?[\s-]*\d{3,4}[\s-]?\d{4}(?!\d|\.\d)"
)


# A code of letters then digits, maybe dash-joined ("HT-20201123-500000", "SJ20201201009"):
# every digit run in it is part of a name.
_LETTER_CODE = lazy_compile(r"(?<![a-z])[a-z]{1,6}-?\d{4,}(?:-\d+)*", re.IGNORECASE)
# Letters glued right before three digits or more ("Vendor ID V10023", "ID: A123", "账号ab12345"):
# a name however short, never an amount; a currency written before the amount ("rmb30000",
# "cny 200000") is the one exception.
_GLUED_CODE = lazy_compile(
    r"(?<![a-z0-9_])(?!(?:rmb|cny|usd|hkd|yuan)-?\d)[a-z]{1,6}-?\d{3,}(?!\d|\.\d)", re.IGNORECASE
)


_ALNUM_TOKEN = lazy_compile(r"[0-9a-z]+", re.IGNORECASE)
# A figure with its unit glued on ("150k", "15w", "2m", "30000rmb") is an amount, not a code.
_FIGURE_WITH_UNIT = lazy_compile(
    r"(?:rmb|cny|usd|hkd|yuan)?\d+(?:k|w|m|mn|rmb|cny|yuan)?", re.IGNORECASE
)
_CODE_LENGTH = 8


def _inside_code(converted: str, start: int, end: int) -> bool:
    """The digits are part of a code mixing digits and letters ("USCC 91330106MA27XXXX8K", a
    credit code; "INV2020A00123"): a name, never an amount."""
    for token in _ALNUM_TOKEN.finditer(converted):
        if token.start() <= start and end <= token.end():
            text = token.group(0)
            return (
                len(text) >= _CODE_LENGTH
                and sum(ch.isalpha() for ch in text) >= 2
                and not _FIGURE_WITH_UNIT.fullmatch(text)
            )
    return False


def is_identifier(converted: str, start: int, end: int) -> bool:
    """Whether the digits at converted[start:end] (no unit after them) name something."""
    digits = converted[start:end].strip()
    if not digits.isdigit():
        return False
    if any(
        group.start() <= start and end <= group.end()
        for group in (*_GROUPED_DIGITS.finditer(converted), *_PHONE.finditer(converted))
    ):
        return True
    if len(digits) >= _LONG_DIGITS or _LEADING_ZERO.fullmatch(digits):
        return True
    if _inside_code(converted, start, end):
        return True
    if len(digits) >= 6 and any(
        code.start() <= start and end <= code.end() for code in _LETTER_CODE.finditer(converted)
    ):
        return True
    if any(code.start() < start and end <= code.end() for code in _GLUED_CODE.finditer(converted)):
        return True
    if len(digits) >= 4 and _AMOUNT_IN_BRACKETS.match(converted, end):
        # "order 100234 (50,000 CNY), 100235 (80,000 CNY)": the amount in brackets is the
        # order's; the digits before it name the order.
        return True
    if len(digits) < 6 and _SHORT_LABELLED_RUN.match(converted, start) is None:
        return False
    labelled = (
        _ID_BEFORE.search(converted[max(0, start - 24) : start]) if len(digits) >= 4 else None
    )
    if labelled is not None:
        # "直销订单十八万" (read 180000), "订单 120,000": a round figure after the bare word 订单
        # / order is the order's amount; 订单号, "order no." name it.
        return not (labelled.group(1).strip() in _BARE_ORDER_WORDS and digits.endswith("000"))
    if len(digits) >= _PLURAL_ID_DIGITS and _PLURAL_ID_BEFORE.search(
        converted[max(0, start - 24) : start]
    ):
        # "Orders 2020070011, 2020070012": eight digits or more after "orders" name them ("orders
        # 120,000 / 50,000" are amounts).
        return True
    # "订单 2020110512 和 2020110513", "orders 100234, 100235": a run of as many digits joined to
    # an identifier before it names the next record, never an amount.
    joined = _JOINED_RUN_BEFORE.search(converted[max(0, start - 40) : start])
    if joined is None or len(joined.group(1)) != len(digits):
        return False
    run_start = start - len(joined.group(0))
    return is_identifier(converted, run_start, run_start + len(joined.group(1)))


_PLURAL_ID_BEFORE = lazy_compile(
    r"\b(orders|order numbers|order nos\.?|tickets|invoices)\s*[:：#]?\s*$"
)
_PLURAL_ID_DIGITS = 8
# Digits, then a joining word, right before the digits judged: the list's previous item.
_JOINED_RUN_BEFORE = lazy_compile(r"(?<![\d.,])(\d{6,})\s*(?:和|与|及|跟|、|,|，|/|&|\band\b)\s*$")


# A calendar year named by what happened in it ("founded 2014", "est. 2019", "成立于2019",
# "since 2019", "2014 founded"): a date, never an amount — money_mentions' own check covers a
# month's name or "in" before it, and 年 after it.
_YEAR_DIGITS = lazy_compile(r"(?:19|20)\d\d")
_YEAR_EVENT_BEFORE = lazy_compile(
    r"(?:\b(?:founded|established|est\.?|incorporated|registered|set up|started|launched"
    r"|opened|since|until|till|in|year|fy|q[1-4]|h[12]|quarter|(?:first|second|third|fourth) quarter of)"
    # "Q1 2027 pricing", "FY2026", "2026年第一季度" (年 after it is below): a period, not money.
    r"|成立于|注册于|创立于|成立|注册(?!资)|创立|始于|自|从)"
    r"\s*(?:in\s+|the year\s+|是|在)?\s*[:：]?\s*$"
)
_YEAR_EVENT_AFTER = lazy_compile(
    r"\s*(?:年|成立|注册(?!资)|创立|开业|-?\s*(?:founded|established|incorporated|registered)\b)"
)


def is_calendar_year(converted: str, start: int, end: int) -> bool:
    """Whether the digits at converted[start:end] are a year named by an event around them
    ("founded 2014", "(est. 2019)", "成立于2019", "2014成立"): a date, not money."""
    if not _YEAR_DIGITS.fullmatch(converted[start:end]):
        return False
    return bool(
        _YEAR_EVENT_BEFORE.search(converted[max(0, start - 24) : start])
        or _YEAR_EVENT_AFTER.match(converted, end)
    )


def not_an_amount(converted: str, start: int, end: int) -> bool:
    """The bare digits at converted[start:end] are in a role other than money: an identifier
    (id, order, account, phone) or a calendar year. Every reading of amounts asks this
    (text.money_mentions), so a number in another role never feeds a computation."""
    return is_identifier(converted, start, end) or is_calendar_year(converted, start, end)


_EMAIL = lazy_compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def identifiers_in(text: str) -> list[str]:
    """Every identifier in `text` (digits), as written; a part of one found is not listed again
    ("+86 571 8888 6666" once, not also 8888)."""
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        if not any(begin <= start and end <= finish for begin, finish in spans):
            spans.append((start, end))

    for pattern in (_PHONE, _MOBILE, _GROUPED_DIGITS):
        for match in pattern.finditer(text):
            add(match.start(), match.end())
    for match in (*_NUMBER_RUN.finditer(text), *_SHORT_LABELLED_RUN.finditer(text)):
        if is_identifier(text, match.start(), match.end()):
            add(match.start(), match.end())
    found: list[str] = []
    for start, end in spans:
        if text[start:end].strip() not in found:
            found.append(text[start:end].strip())
    return found


# Asking about one particular order, ticket, invoice or payment: its state, where it is,
# whether it was charged right.
_LOOKUP = lazy_compile(
    r"expire|到期|查(一?下|查|询|一查)?|帮我看|处理到|进度|到哪|状态|怎么还没|还没到|是不是扣多了|扣错|核对"
    r"|为什么|为啥|怎么回事|什么时候|何时|算错|错了|不对|多扣|少了|对不对"
    # The state or the charge of that one record: arrived, sent, how much this one cost.
    r"|到账|到帐|寄出|寄了|发出|收到没|了没|没有?[?？]*$|这单|该单|这一单|[扣收]了多少|[扣收]了几"
    # What that account was charged ("扣了我们多少佣金", "how much commission our account was
    # charged"): the account's own money, never the guide's rule.
    r"|[扣收]了?(我们|我司|我的)?多少|被[扣收]|\b(charged|deducted|billed)\b"
    # ("how much more do we pay": the amount asked, a rule, no record looked up; fix30f.)
    r"|\b(did|(?<!how much )(?<!how much more )(?<!how much extra )(?<!deposit )do|does)"
    r" (we|our [\w-]+|my [\w-]+) pay\b"
    r"|(交|付|缴|到|签|寄|开|发|退)了吗"
    # What is left on that account: its balance.
    r"|余额|还剩|剩多少|剩下多少|\b(balance|remaining|left on)\b"
    # Waiting on that record: nobody has answered it yet.
    r"|还没(有)?(人)?(回|回复|答复|处理|消息|动静)|没人(回|理|处理)|一直没"
    r"|\b(still (no|not|waiting)|no (reply|response|answer) yet|what's going on|what is going on"
    r"|nobody (replied|answered)|no one (replied|answered)|yet|approved|expire[sd]?)\b"
    r"|\b(check|look up|lookup|look into|status|where is|where's|track|when will|when is|has it"
    r"|did it|why|was it|on it|arrived|received|refunded"
    # "has finance processed it", "was it handled": that record's handling.
    r"|processed|handled|dealt with|sorted out|gone through|went through)\b"
    r"|处理了|处理好|处理完|办好|办完"
    # "What did I put as the contact phone in ticket 7Q-55102? Please pull it up."
    r"|\b(pull (it|that|them|this) up|what did (i|we) (put|write|enter|fill in|submit|type))\b"
    r"|我(们)?(当时|之前)?(填|写)的[^，,。？?]{0,6}(是)?(什么|啥|多少)"
    # "Ticket #7788123 — what commission refund I got for October": what that account was paid.
    r"|\b(what|how much|which)\b[^.?]{0,30}\b(i|we) (got|received|were (paid|refunded|charged))\b"
)
_RECORD_WORDS = lazy_compile(
    r"订单|这单|该单|这一单|工单|发票|合同|流水|这笔|收据|保证金|账号|帐号|uid"
    # A product or shop named by its id ("商品ID 500001"): its own sales, only in the console.
    r"|商品|产品|店铺"
    # The vendor's own statement or application, named by its number ("服务商ID 300045 的结算单",
    # "入驻申请编号 RZ2020…审核到哪一步").
    r"|结算单|对账单|账单|结算|申请|审核"
    # The vendor's own commission refund ("佣金返还到账没有，服务商ID是88231").
    r"|佣金|返还|返佣"
    r"|\b(order|ticket|invoice|contract|payment|transaction|receipt|deposit|account|case"
    r"|application|product|listing|shop|store|statement|settlement|bill|commission|rebate)\b"
)


# An amount asked of one order ("订单号 2020112300045 的佣金是多少"): that order's own figures,
# which only the vendor's account holds.
_ORDER_AMOUNT = lazy_compile(
    r"(订单|这单|\border\b)[^。；;?？]*(多少|几|\bhow much\b|\bwhat (is|was)\b)"
)


# A unified social credit code / tax id (18 letters and digits, 91330100MA2B3C4D5E); "#88231".
_CREDIT_CODE = lazy_compile(r"(?<![0-9a-z])[0-9a-z]{18}(?![0-9a-z])")
_HASH_NUMBER = lazy_compile(r"#\s?\d{5,}")


# Dash-joined groups of letters and digits in any order ("0098-ab-7781", "w2026-0098765"),
# and user names with an underscore and digits ("aliyun_test_8827"): a record's or an
# account's name.
_DASHED_CODE = lazy_compile(r"(?<![a-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)+(?![a-z0-9-])")
_HANDLE = lazy_compile(
    r"(?<![a-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:@[a-z0-9_.-]+)?(?![a-z0-9_])"
)


def codes_in(norm: str) -> list[str]:
    """Letter-and-digit codes with six digits or more in all ("ys2020-0918-0032",
    "ht-20201123-500000", "0098-ab-7781", a credit code), user names such as
    "aliyun_test_8827" and numbers after # ("#88231"): a record's name, never an amount."""
    codes = [
        match.group(0)
        for match in _LETTER_CODE.finditer(norm)
        if sum(char.isdigit() for char in match.group(0)) >= 6
    ]
    codes += [
        match.group(0)
        for match in _GLUED_CODE.finditer(norm)
        if not any(match.group(0) in code for code in codes)
    ]
    codes += [
        match.group(0)
        for match in (*_DASHED_CODE.finditer(norm), *_HANDLE.finditer(norm))
        if any(char.isalpha() for char in match.group(0))
        and sum(char.isdigit() for char in match.group(0))
        >= (6 if "_" not in match.group(0) else 1)
        and not any(match.group(0) in code for code in codes)
    ]
    codes += [
        match.group(0)
        for match in _CREDIT_CODE.finditer(norm)
        if sum(char.isdigit() for char in match.group(0)) >= 8
        and any(char.isalpha() for char in match.group(0))
        and match.group(0) not in " ".join(codes)
    ]
    return codes + [match.group(0) for match in _HASH_NUMBER.finditer(norm)]


# Asked to look up the vendor's own figures ("帮我查下我们公司上个月的结算总额是多少"), no amount
# given: only the vendor's account holds them.
_OWN_TOTAL_LOOKUP = lazy_compile(
    r"(帮我|帮忙|麻烦)?查(一?下|询|查)[^。？?]*(我们|我的|我司|本公司|我家)[^。？?]*"
    r"(结算|交易额|销售额|收入|流水|营业额|结算单|对账单)"
    # ("Full check for the API market: … our social insurance …, 5x8 after-sales" (holdout81
    # #91): after-sales is a service, no figure of sales.)
    r"|\b(look up|check)\b[^.?]*\b(our|my)\b[^.?]*(?<!after-)(?<!after )"
    r"\b(settlement|sales|revenue|turnover)\b"
    # "What was our total settlement in October?": a past figure of the vendor's own.
    r"|\bwhat (was|were) (our|my)\b[^.?]{0,30}\b(settlement|sales|revenue|turnover|commission"
    r"|payout|refund)s?\b"
    # "What was our settled amount in the Security market last month?": the same, worded
    # by the amount settled.
    r"|\b(what|how much) (was|were|did) (we|our|my)\b[^.?]{0,30}\b(settled|settle)\b"
    r"|(我们|我的|我司)[^。？?,，]{0,12}(上个?月|上周|去年|今年|本月)[^。？?,，]{0,8}的?"
    r"(结算|交易额|销售额|收入|流水|营业额)(了|的)?(金额|额|总额)?(是)?(多少|几)"
    # "上个月我们的结算金额是多少": the month named first.
    r"|(上个?月|上周|去年|今年|本月|这个月)[^。？?,，]{0,6}(我们|我的|我司)的?[^。？?,，]{0,6}(结算|交易额|销售额|收入|流水|营业额)[^。？?,，]{0,6}(是)?(多少|几)"
)


def how_to_beside_number(norm: str) -> bool:
    """ "工单号 #8823190，之前提过一次没人回，…问题描述到底怎么写？": how to write a text or fill
    a form is asked beside a record's number, and nothing about that record (its progress, a
    look-up, what went wrong) is: the guide answers it, and staff can see the record."""
    if not (identifiers_in(norm) or codes_in(norm)):
        return False
    rest = without_identifiers(norm)
    return bool(
        _HOW_TO_WRITE.search(rest)
        # (What staff said was wrong is told, not asked: "客服说我们问题描述写得不对".)
        and not _RECORD_ASKED.search(_SAID_WRONG.sub(" ", rest))
        and not _STATE_ASKED_ZH.search(norm)
        and not _STATE_ASKED_EN.search(norm)
    )


# "之前提过一次没人回", "三天了没人回", "got no reply": a record left unanswered, said beside a question.
_NO_REPLY = lazy_compile(
    r"没人(回|理|管|处理)|没(有)?(回复|回应|答复)|一直没(有)?(回|动静)"
    r"|\b(no (reply|response|answer)|nobody (replied|answered|responded)|not (been )?answered)\b"
)


def no_reply_said(norm: str) -> bool:
    """The record said unanswered ("之前提过一次没人回") or said wrong by staff ("客服说我们问题
    描述写得不对" — holdout58 #175): the guide's way is what is asked, staff see the record."""
    return bool(_NO_REPLY.search(norm) or _SAID_WRONG.search(norm))


_SAID_WRONG = lazy_compile(
    r"(客服|工作人员|财务|审核)[^。？?]{0,4}(说|讲|反馈|回复)[^。？?]{0,12}(不对|不行|错了|有误|不规范|不符合)"
    r"|\b(support|staff|finance|they) (said|told us|says)\b[^.?]{0,40}\b(wrong|incorrect|not right)\b"
)


# A settlement day or month said: "3月31号结算的", "settled on 31 March 2021".
_DAY_SAID = lazy_compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*[-/年]\s*\d{1,2}|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)


def day_said(norm: str) -> bool:
    """A settlement day or month is said, apart from any identifier ("3月31号结算的")."""
    return bool(_DAY_SAID.search(without_identifiers(norm)))


def record_progress_asked(norm: str) -> bool:
    """A record named by its number, and its state or progress asked ("工单号T2026…帮我查下
    进度", "ticket #001 — what did the agent reply?")."""
    return bool(
        (identifiers_in(norm) or codes_in(norm))
        and (_STATE_ASKED_ZH.search(norm) or _STATE_ASKED_EN.search(norm))
    )


def asks_lookup(text: str, norm: str, orders_listed: Callable[[str], bool]) -> bool:
    """ "帮我查订单 2020110300017", "工单号 0012345678 处理到哪了", "where is my order 2020…":
    a question about one record named by its number. `orders_listed` tells whether the text is a
    month's orders typed as a list (amounts given); it is passed in because the order-list
    reader reads amounts with this module's identifiers (an import here would be a cycle)."""
    if _OWN_TOTAL_LOOKUP.search(norm) and not _AMOUNT_GIVEN.search(without_identifiers(norm)):
        # No amount of the vendor's own given (an id or a month may be): only the account knows.
        return True
    # An e-mail address names an account as surely as its id does ("账号是 zhangsan_it@163.com").
    if not identifiers_in(norm) and not codes_in(norm) and not _EMAIL.search(norm):
        return False
    if _QUOTES_OWN_TEXT.search(norm):
        # "工单W26…里问题描述我写的是“已缴纳保证金叁万元”，是不是写错了": what was written is
        # quoted — the guide's rule judges it; nothing needs looking up.
        return False
    if how_to_beside_number(norm):
        # "工单号 #8823190，之前提过一次没人回，保证金那个工单的问题描述到底怎么写？": how to write
        # the ticket is the guide's; the number only says which ticket went unanswered.
        return False
    if only_context(norm):
        # "订单号 2026… 是我们建站市场的一个单子，顺便问下建站市场佣金第一档是多少": the number
        # says whose business it is; the question after it asks the guide's rule.
        return False
    rest = without_identifiers(norm)
    if _ONE_TIER.search(rest) and not (
        _OWN_PERIOD.search(rest)
        or _CHARGED_ALREADY.search(rest)
        or _STATE_ASKED_ZH.search(norm)
        or _DONE_ASKED_ZH.search(norm)
        or _STATE_ASKED_EN.search(norm)
        or _STILL_WAITING.search(norm)
    ):
        # "订单号2020…这单是建站市场的，第一档佣金多少？" (holdout83 #167: declined as a look-up):
        # a tier named is the guide's rate table asked; the number says whose order it is.
        return False
    if _AMOUNT_WORDS.search(rest) or _GROUPED_AMOUNT.search(rest) or orders_listed(text):
        # The vendor's own amounts given beside an id or an order batch ("vendor no. 7731 …
        # 400,000 RMB … how much will be charged"): computed from them, unless the state of
        # one record is what is asked ("订单 2020… 5000元 到账了吗").
        return bool(
            _STATE_ASKED_ZH.search(norm)
            or _DONE_ASKED_ZH.search(norm)
            or _STATE_ASKED_EN.search(norm)
            or _STILL_WAITING.search(norm)
        )
    if _OWN_STATEMENT_CHECK.search(norm):
        # "Order 2020… was a distribution order. Can you confirm it was left out of the
        # commission in our statement?": the statement itself is to be checked.
        return True
    if asks_rule_of_kind(rest) and not _KIND_OF_RECORD_ASKED_EN.search(norm):
        # "订单号380000那笔是分销订单，这单要抽佣吗": the order's kind is stated; the rule for
        # that kind is asked, not the record (the number is neither looked up nor an amount).
        return False
    if (
        _ORDER_AMOUNT.search(norm)
        or _KIND_OF_RECORD_ASKED.search(rest)
        or _KIND_OF_RECORD_ASKED_EN.search(norm)
    ):
        # "订单号 2020101288 是不是分销订单": that order's kind is in the vendor's records.
        return True
    if (
        _ASKS_TIER.search(rest)
        and _OWN.search(rest)
        and _OWN_PERIOD.search(rest)
        and not _TIER_RULE.search(_OWN_PERIOD.sub(" ", rest))
    ):
        # "Vendor ID 88231 — which commission tier are we in this month?": the account's own
        # tier in one of its months, which only its records hold. (With no month named, "服务
        # 商ID是 200000，属于第几档" is told the id is no amount: id_given_for_tier.)
        return True
    # ("Re order no. 2020… — we sell in the 建站 category. Is that category pre-charged at 20% by
    # default?": the category's rule asked, not the order's record.)
    # ("Which rate is pre-charged first?" beside an order number (holdout82 #174): the guide's
    # pre-charge asked as a rule; "how much was our order pre-charged" is still the record's.)
    probe = _PRECHARGE_RULE.sub(" ", norm)
    return bool(
        _LOOKUP.search(probe) and _RECORD_WORDS.search(norm) and not _CATEGORY_RULE.search(norm)
    )


# What was charged on a record ("这单按第一档收了多少佣金", "how much were we charged"): its own.
_CHARGED_ALREADY = lazy_compile(
    r"(收|扣|抽|返|退|交)了[^，,。？?]{0,6}(多少|几多)|\b(were|was|got) (charged|deducted|refunded)\b"
    r"|\b(did|have) (you|they|alibaba|aliyun) (charge|deduct|take)\b"
)
# The rate or tier pre-charged asked in the passive, of no record: "which rate is pre-charged".
_PRECHARGE_RULE = lazy_compile(
    r"\b(which|what) (rate|tier|percentage)\b[^?]{0,20}\b(is|gets|get|are) pre-?\s?charged\b"
)


# A category's rule asked rather than a record's state: "is that category … by default".
_CATEGORY_RULE = lazy_compile(
    r"\b(is|are|does) (that|this|the|our) (category|market)\b[^?]{0,40}\b(by default|default)\b"
    r"|(这个|该|那个)类目[^。？?]{0,12}默认"
)


# The record itself asked of: its progress, a look-up, what went wrong with it ("没人回" alone is
# a complaint beside the question, no look-up asked).
_RECORD_ASKED = lazy_compile(
    r"处理到|进度|到哪|状态|查(一?下|查|询|一查)?|帮我看|看下|看一下|到账|到帐|结果|怎么回事|为什么|为啥"
    r"|不对|错了|退回|驳回|\b(status|progress|look up|check on|check|why|rejected|returned)\b"
)
# How a text is written or a form filled in ("问题描述到底怎么写", "how do we fill in the ticket").
_HOW_TO_WRITE = lazy_compile(
    r"(怎么|如何|该怎么|应该怎么|要怎么)(写|填|填写)|(写|填)(什么|啥)"
    # "标准写法到底是啥" (holdout58 #175): the right wording asked.
    r"|(标准|正确|规范)的?(写法|格式|填法)"
    # "was it supposed to go under finance? which sub-category?" (holdout59 #168): where the
    # ticket is filed, asked beside its number.
    r"|\b(supposed to go (under|in)|which (sub-?)?categor(y|ies)|what (sub-?)?category)\b"
    r"|(应该|该|要)(放|选|提|提交)(在)?(哪|什么)(个)?(分类|类目|类别)|选哪个(分类|类目)"
    r"|\bhow (do|should|can|to) (i|we)? ?(write|fill|word|phrase)\b|\bwhat (do|should) (i|we) (write|put)\b"
)
_QUOTES_OWN_TEXT = lazy_compile(
    r"(写的是|写的|填的是|填的|写了|填了|写成|填成)\s*[“\"「『'‘][^”\"」』'’]{4,}[”\"」』'’]"
    r"|\b(wrote|written|put|filled in|entered|typed)\b[^\"“]{0,20}[\"“][^\"”]{4,}[\"”]"
)
# Where the question proper starts after a record named as context: "顺便问下", "想问",
# "by the way", or a colon right after the number ("order 2026…: what is tier 2 …").
ASKED_AFTER = lazy_compile(
    r"顺便问(一)?下?|顺带问(一)?下?|另外问(一)?下?|想问(一)?下?|请问|问(一)?下"
    r"|\b(by the way|btw|my question is|i want to ask|i'd like to ask|question)\b"
    r"|(?<=\d)\)?\s*[:：](?!\s*\d)"
)
# The record itself pointed at in the question proper: "这单", "that order", "it".
RECORD_POINTED = lazy_compile(
    r"这单|该单|这一单|这笔|那笔|这个订单|该订单|它|\b(this|that|the) (order|payment|ticket|account)\b"
    r"|\b(it|its)\b"
)


def only_context(norm: str) -> bool:
    """A record's number given before the question proper, which asks a rule of the guide and
    neither that record nor its state: the number is context, not a look-up."""
    markers = list(ASKED_AFTER.finditer(norm))
    if not markers:
        return False
    before, asked = norm[: markers[-1].start()], norm[markers[-1].end() :]
    if not asked.strip() or not (identifiers_in(before) or codes_in(before)):
        return False
    if identifiers_in(asked) or codes_in(asked) or _EMAIL.search(asked):
        return False
    return not (
        _LOOKUP.search(before)
        or _LOOKUP.search(asked)
        or RECORD_POINTED.search(asked)
        or _STATE_ASKED_ZH.search(norm)
        or _DONE_ASKED_ZH.search(norm)
        or _STATE_ASKED_EN.search(norm)
        or _STILL_WAITING.search(norm)
        or _OWN_FIGURE_ASKED.search(asked)
    )


# A record's kind stated: 分销 (distribution) orders pay no commission.
_KIND_STATED = lazy_compile(
    r"(是|属于|算|走的?是?|通过|来自)[^，,。;；?？]{0,6}分销|分销(订单|渠道|用户|客户|单)"
    r"|\b(was|is|were|are|came|come|sold|made)\b[^.;?]{0,25}\bdistribut(ion|or|ors|ed)\b"
    r"|\bdistribution (order|sale|channel|user|customer)s?\b"
)
# Whether commission is charged on it, asked as a rule (要抽佣吗, "do we pay commission on it").
_COMMISSION_ASKED = lazy_compile(
    # (吗 may end the message with no question mark: "这一单要交平台佣金吗".)
    r"(抽佣|抽成|收佣|计佣|扣佣|佣金|平台服务费|服务费)[^。；;]{0,8}"
    r"((吗|么|不|没有?)?\s*[?？]|(吗|么)\s*$)|要不要|算不算|用不用"
    r"|\b(commission|commissionable|platform fee)\b[^.;]{0,30}\?"
)
# The state or the charge of that record asked: a look-up all the same.
_STATE_OF_RECORD = lazy_compile(
    r"到账|到帐|扣了|收了|多扣|扣错|被扣|被收|算错|进度|状态|查(一?下|查|询)?|核对|多少"
    # ("does it get charged commission?", "will it be charged" ask the rule — holdout116 #175.)
    r"|\b((?<!get )(?<!be )charged|deducted|billed|how much|refunded|arrived|status|look up|check)\b"
)


# Whether one record is of a kind ("是不是分销订单", "is it a distribution order"): its record.
_KIND_OF_RECORD_ASKED = lazy_compile(
    r"(是不是|是否|属不属于|算不算|是否属于|是否算)[^，,。？?]{0,4}(分销|代销|自营|直销)(的)?(订单|单子|单)?"
    r"|(分销|代销|自营|直销)(订单|单子|单)?(吗|么|嘛)"
)
# In English the verb before its subject asks ("is order 2020… a distribution order?"), read in
# the text with its identifiers ("order #250000 is a distribution order" states the kind).
_KIND_OF_RECORD_ASKED_EN = lazy_compile(
    r"\b(is|was)\s+(it|this|that|this one|that one|this order|that order|order)\b[^.?!;]{0,30}?"
    r"\s(a|an)\s+(distribution|reseller|distributor|self-operated|direct)\s+(order|sale)\b"
)


def asks_rule_of_kind(rest: str) -> bool:
    """ "（订单号…）是分销订单，要抽佣吗", "order … was a distribution order, do we pay commission
    on it?": a kind of order stated and the commission rule for it asked (`rest`: the text
    without its identifiers)."""
    return bool(
        _KIND_STATED.search(rest)
        and _COMMISSION_ASKED.search(rest)
        and not _STATE_OF_RECORD.search(rest)
        # "这个是不是分销订单": the kind asked, not stated (是…分销 reads as stated).
        and not _KIND_OF_RECORD_ASKED.search(rest)
    )


# "this month" / "本月" beside our own tier asked: the account's month, not how tiers work.
_OWN_PERIOD = lazy_compile(r"这个月|本月|上个?月|当月|\b(this|last) month\b|\bthis month's\b")


# An identifier given as context, with the words that label it ("阿里云账号ID是 1688…",
# "order no. 2020…", "UID: 1234567"): they say whose record it is, not what is asked.
_LABELLED = lazy_compile(
    r"(?:我们的?|我的|公司的?|\b(?:our|my|the) )?(?:阿里云|\b(?:alibaba cloud|aliyun) )?"
    r"(?:" + _ID_WORDS + r")?\s*(?:id|uid)?\s*(?:是|为|\bis\b|:|：|=)?\s*$"
)


# A ticket's number goes, the ticket stays: "Ticket #4471829: … what amount should it say" still
# asks about the ticket's text (its amount), only the number names nothing asked.
_TICKET_LABEL = lazy_compile(r"工单|(?<![a-z])ticket(?![a-z])")
# What is asked of the ticket's text (its amount, its wording); "any news on ticket …" asks none.
_TICKET_CONTENT = lazy_compile(
    r"多少|金额|大写|怎么写|写什么|填什么|该写|该填|描述|"
    r"\b(amount|how much|description|say|write|wording|text)\b"
)


def without_identifiers(norm: str, *, keep_ticket: bool = False) -> str:
    """`norm` (normalised text) with every identifier and the label right before it removed,
    so a question asked beside an account id ("我们的阿里云账号ID是 1688123456789012，保证金交
    多少") is routed by what it asks: the deposit, not step 1's account registration.
    `keep_ticket`: a ticket's label stays (its number goes) for routing what is asked of it."""
    found = [m.group(0) for m in _EMAIL.finditer(norm)] + codes_in(norm) + identifiers_in(norm)
    if not found:
        return norm
    keep_ticket = keep_ticket and bool(_TICKET_CONTENT.search(norm))
    text = norm
    # The longest first: "20231108" must not be cut out of "2023110812345".
    for identifier in sorted(found, key=len, reverse=True):
        start = text.find(identifier)
        if start == -1:
            continue
        label = _LABELLED.search(text[max(0, start - 32) : start])
        cut = start - (len(label.group(0)) if label else 0)
        kept = _TICKET_LABEL.search(label.group(0)) if label and keep_ticket else None
        text = (
            text[:cut]
            + " "
            + (kept.group(0) + " " if kept else "")
            + text[start + len(identifier) :]
        )
    return re.sub(r"\s+", " ", text).strip()


# Nothing but a (labelled) identifier: "contract no. Y20-2020-HZ-00871", "订单号 2020110300017".
_BARE_IDENTIFIER = lazy_compile(
    r"(?:(?:我们的?|我的|\b(?:our|my|the))\s*)?(?:(?:" + _ID_WORDS + r")\.?)?\s*(?:id|uid)?\s*"
    r"(?:是|为|\bis\b|:|：|=|#)?\s*[a-z0-9][a-z0-9_/-]*\d{4,}[a-z0-9_/-]*\s*[?？。.!！]*"
)


def only_identifier(norm: str) -> bool:
    """The message is an identifier and its label, nothing asked: all the bot could do with it
    is look the record up, which it cannot."""
    return bool(_BARE_IDENTIFIER.fullmatch(norm))


def lookup_decline(lang: Lang) -> Answer:
    return Answer(
        t("answers_lookup_declined", lang), lang, False, None, None, [], out_of_scope=True
    )


# Asking for a tier or a rate band with no amount but an identifier: "服务商ID是 200000，属于第几档".
_ASKS_TIER = lazy_compile(r"第几档|哪一?档|哪个档|什么档|几档|档位|\b(which|what) tier\b|\btier\b")


def id_given_for_tier(norm: str) -> str | None:
    """The identifier when a tier is asked beside an identifier and no amount: the id is not
    the month's total, so the bot asks for the total instead of rating the id."""
    found = identifiers_in(norm)
    if not found or not _ASKS_TIER.search(norm):
        return None
    rest = without_identifiers(norm)
    if (
        _AMOUNT_WORDS.search(rest)
        or _GROUPED_AMOUNT.search(rest)
        or _ONE_TIER.search(rest)
        or _TIER_RULE.search(rest)
    ):
        # An amount beside the id ("total 520,000") is computed; a tier named ("tier 3 rate?")
        # or how tiers work ("分销算不算进档位", "先按哪一档收") is the rule asked about, the id
        # only context.
        return None
    return found[0]


# How the tiers work, asked beside an id: what counts, when and how it is charged.
_TIER_RULE = lazy_compile(
    r"分销|按|累计|加起来|加在一起|合并|分开|分别|每个|全年|原价|实收|先|预收|什么时候|何时|年\s*\d|月"
    r"|\b(distribution|per|each|combined?|together|counts?|charged?|straight away|decided?"
    r"|re-?checks?|when|how|based|month|year|annual|rates?)\b|费率|扣点|点数|比例"
)


_GROUPED_AMOUNT = lazy_compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])")
_ONE_TIER = lazy_compile(
    r"第\s*[1-3一二三]\s*档|\btier\s*[1-3]\b|\b(first|second|third|top|lowest)[- ]tier\b"
)


# A check of the vendor's own statement or records asked ("confirm it … in our statement").
_OWN_STATEMENT_CHECK = lazy_compile(
    r"\b(confirm|check|verify)\b[^?]{0,60}\b(in|on|against) (our|my) (statement|bill|invoice"
    r"|account|records?)\b"
    r"|(确认|核对|核实|查)(一下)?[^。？?]{0,20}(我们|我司|我)的?(账单|对账单|结算单|记录)(里|上|中)"
)


# An amount the vendor gives (30万, 300k, 300,000, 元): then the figure is computed, not looked up.
_AMOUNT_GIVEN = lazy_compile(
    # (A year after a month — "Oct 2020", "2020年10月" — is no amount: holdout86 #174.)
    r"\d\s*(万|千|元|块|w\b|k\b|m\b|yuan|rmb|cny)|[¥￥]"
    # ("一笔十二万一笔九万五": an amount in Chinese numerals — h131, four sums declined.)
    r"|[一二两三四五六七八九十百千]\s*万"
    r"|(?<!jan )(?<!feb )(?<!mar )(?<!apr )(?<!may )(?<!jun )(?<!jul )(?<!aug )(?<!sep )(?<!oct )"
    r"(?<!nov )(?<!dec )(?<!\d)\d{4,}(?!\s*年)|\d,\d{3}",
    re.IGNORECASE,
)


# An amount written beside the identifier (30万, 20k, 元, yuan): the tier can be computed.
# ("15w": 万 in chat shorthand.)
_AMOUNT_WORDS = lazy_compile(r"\d\s*(万|元|块|w\b|k\b|m\b|yuan|rmb|cny)|[¥￥]", re.IGNORECASE)


# --- The vendor's own record asked about without an id ("我们的保证金退了没", "has our deposit
# been refunded yet?"): a look-up all the same. The bot cannot see accounts, so it hands off and
# says what the guide says of that kind of record (data/out_of_scope.yaml, own_records).

# Whose record: the vendor's own, or one named by a time of its own ("上个月的佣金返还").
_OWN = lazy_compile(
    r"我们|我司|我的|咱们|咱家|本公司|我家|我这边|我方|我公司"
    r"|上个?月|这个月|本月|上周|这周|昨天|前天|今天|上次|前几天"
    r"|\b(our|my|we|us|ours)\b|\b(last|this) (month|week)\b|\byesterday\b"
    # A consultant asking for a client's record: "my client's deposit", "我客户上个月的佣金".
    r"|我的客户|我客户|我们客户|\b(my|our) (client|customer)s?\b"
    # "我2020-10-08提交的入驻申请…你帮我查一下": the vendor's own act, and a look-up asked for it.
    r"|我(?=\s*\d)|我(提交|申请|交|缴|上传|填|发)的|(帮我|替我|给我)查"
)
# What happens to a record: it arrives, is refunded, approved, opened, signed, processed.
_STATE_VERB_ZH = (
    r"(到账|到帐|退款|退回来|退下来|退回|退还|退掉|退|返还|返回来|返回|返|打过来|打款|通过|批下来|批准|批"
    r"|审核完|审核好|审核过|审核通过|审完|审好|审过|审下来|开通|开好|签好|签完|处理好|处理完|处理|收到|生效"
    r"|认证好|认证完|认证成功|认证下来|下来|成功|完成|交上|充上|充好|充值成功|付款成功|支付成功"
    # "我们店铺现在上线了吗": the shop's state.
    r"|上线|开张|开起来"
    # "上次提交的入驻申请是不是被驳回了" (holdout112 #175: the agreement's tick answered): an
    # application's rejection, the record's state too.
    r"|被驳回|被拒绝?|被打回|驳回)"
)
# Asked as done or not: 到账了吗, 退了没, 通过没有; 有没有通过; 进度怎么样; 到哪一步了.
_DONE_ASKED_ZH = lazy_compile(_STATE_VERB_ZH + r"了(吗|么|嘛|没有?|没)(?=[?？。!！,，\s]|$)")
_STATE_ASKED_ZH = lazy_compile(
    # (No 吗 without 了: "违规了保证金还退吗" asks the rule.)
    _STATE_VERB_ZH + r"(没有?|没)(?=[?？。!！,，\s]|$)"
    r"|(有没有|是否|是不是|有无)(已经)?"
    + _STATE_VERB_ZH
    + r"|(进度|结果|状态|进展)(现在)?(怎么样|如何|咋样|是什么|是啥|到哪)|怎么样了|咋样了|到哪一?步了?"
    # ("什么情况下退": under which circumstances, a rule asked.)
    r"|(结果|进展|消息)(出来)?了?(吗|没有?)(?=[?？。!！,，\s]|$)|什么情况(?!下)|啥情况(?!下)"
    # "我们的保证金还没到账" (waiting on it); "营业执照还没下来" is a condition stated instead.
    r"|还没(有)?人?(到账|到帐|退|返还|返|通过|批|审核|开通|收到|处理|回复|消息|动静|理)|没人(处理|回复|理|管)"
    # "工单…提交3天了没动静，帮我查下进度" (holdout85 #167: the category answered, the look-up
    # left out): its progress asked to be looked up.
    r"|(帮我|帮忙|麻烦|请)?(查|看)(一?下|询|查)?(它的|这个的|工单的|申请的)?(进度|进展|状态|处理情况)"
)
# A rule, a duration or a way asked ("保证金能退吗", "审核通过了吗之后怎么签"), or a state
# reached in a sequence ("交了保证金就算入驻成功了吗"): not a record of the vendor's.
_RULE_ASKED = lazy_compile(
    r"怎么(?!样)|如何|怎样|多久|多长时间|几天|几个工作日|什么时候|啥时候|何时|几号|需要|要不要|能不能|能否|可以|可不可以"
    r"|会不会|会吗|一般|通常|流程|步骤|条件|的话|如果|假如|要是|才能|才可以|才算|就算|算是|就可以|就能|就会"
    r"|为什么|为啥|哪些|是不是就|之前|以前|能先|可以先|先拿|先用|能用|能拿|能申请|能入驻|能进|能交|行不行|行吗"
    # "交完保证金店铺就上线了吗": what follows a step, a rule asked.
    r"|(完|了|后)[^，,。？?]{0,6}就|之后|以后"
    r"|\b(how|when|why|should|must|can|could|would|will|if|need|needs|required|usually|normally"
    r"|typically|after|once|automatically|before|what if"
    # "the step-by-step process to exit and get our deposit back": the steps asked, not a record.
    r"|steps?|step-by-step|process|procedure)\b"
)
# English: "has our deposit been refunded", "did we get our rebate", "is our application
# approved yet", "what's the status of our application", "where is our refund".
_STATE_ASKED_EN = lazy_compile(
    # ("where is the deposit paid?" asks step 5's page, not whether ours is paid.)
    # ("Is the tier based on … cash received?": "is the …" asks a rule; "has the …" a record.)
    r"(?<!where )(?<!where's )(\b(has|have|did|was|were)\b (our|my|we|the|it|they|their)"
    r"|\b(is|are)\b (our|my|we|it|they|their))\b"
    r"[^.?!]{0,50}?"
    r"\b(been |got |gotten )?(refunded|returned|approved|accepted|passed|pass|arrived|arrive"
    r"|received|receive|credited|paid|processed|verified|completed|opened|activated|signed"
    r"|reviewed|confirmed|cleared|come (in|through|back)|gone through|go through|went through"
    r"|land|landed|get|got|hear back|heard back|rejected|declined|denied|turned down)\b"
    r"|\b(status|progress|update|news)\b (of|on|with) (our|my)\b"
    # "did our Oct 2020 website-building commission refund actually get paid out?" (holdout86
    # #174: the record's words are long) — only a past payment of ours, so a rule asked at
    # length ("is it true that … we get charged 20%?" — review 57 R1) stays a rule.
    r"|\bdid (our|my)\b[^.?!;]{0,70}?\b(get |got |been )?(paid( out)?|refunded|credited|returned"
    r"|received|arrived)\b"
    # "ticket #0012345678 — what did the agent reply?" (holdout86 #175): a record's content.
    r"|\bwhat did (the|your|an?|that) (agent|staff|support|reviewer|engineer|person|rep)s? "
    r"(say|said|reply|replied|answer|answered|write|wrote|respond|responded)\b"
    r"|\b(our|my) ([\w-]+ ){0,2}(status|progress)\s*[?？]*\s*$"
    # "Has Alibaba received our 30,000 deposit?": someone else acting on our record.
    r"|\b(has|have|did)\b( [\w-]+){1,3} (received|got|gotten|processed|approved|refunded|returned"
    r"|credited|confirmed|reviewed|accepted)\b[^.?!]{0,20}\b(our|my)\b"
    r"|\bwhere (is|are)\b (our|my)\b|\bwhere are we (at|with)\b"
    # "Can you check whether my deposit payment of 30,000 (order 2026…) went through?": that
    # payment's state, however long the words naming it.
    r"|\b(check|confirm|verify|see|find out|tell me) (if|whether)\b (our|my)\b[^?!]{0,90}"
    r"\b(went through|gone through|come through|came through|arrived|cleared|succeeded"
    r"|been (received|paid|credited|processed|approved))\b"
    r"|\b(our|my)\b[^.?!]{0,60}\b(yet|already)\s*[?？]*\s*$"
    # "Is our shop online right now?", "is my store live yet": the shop's state on the account.
    r"|\b(is|are)\b (our|my) ([\w-]+ ){0,2}(shop|store|storefront|listings?|products?)\b[^.?!]{0,12}"
    r"\b(online|live|open|opened|active|activated|up and running|visible|published)\b"
)
_YET = lazy_compile(r"\byet\b|还没|了吗|了没")


# Waiting on it, asked why ("我们上周交的保证金怎么还没显示", "our refund for March hasn't
# arrived, why?"): the record's state, even with 怎么 / why.
_STILL_WAITING = lazy_compile(
    r"(怎么|为什么|为啥|咋)(还)?(没|不)(有)?(显示|到账|到帐|到|退|通过|开通|收到|处理|回复|返还|下来|生效|批)"
    r"|\b(hasn't|has not|haven't|have not|didn't|did not|isn't|is not|still not)\b[^.?!]{0,20}"
    r"\b(arrived|arrive|come|come through|come in|shown up|show up|appeared|landed|been (paid|refunded"
    r"|approved|processed|credited|returned|opened|reviewed))\b"
)


# Our own payment or step asked as done ("我们的保证金交了吗", "我们交了多少保证金").
_OWN_DONE_ZH = lazy_compile(
    r"(我们|我司|咱们|我公司)[^，,。？?]{0,12}(交|缴|付|签|提交|注册|充)了(吗|没有?|么|多少)"
)


# "我们账号V10023上个月的佣金是多少", "how much commission did account V30012 pay last month":
# the vendor's own figure for a past or current month, with no amount to work it out from.
_OWN_FIGURE_ASKED = lazy_compile(
    r"(上个?月|这个?月|本月|当月|去年|今年|\d{1,2}\s*月)(份)?(的)?(实际)?(佣金|服务费|抽佣|扣点|返还)"
    r".{0,6}(是|有|一共|总共)?(多少|几多)"
    r"|(上个?月|这个?月|本月|当月|\d{1,2}\s*月)(份)?.{0,4}(扣|抽|收|返|退)了(我们)?(多少|几多)"
    r"|\b(how much|what) (commission|service fee|platform fee|fees?|rebate)\b.{0,30}"
    r"\b(did|have|has|do) (we|i|account \w+|our \w+|my \w+|they)\b.{0,30}\b(last|this) (month|year)\b"
    # "how much commission we paid last month" (holdout54 #173): no "did".
    r"|\b(how much|what) (commission|service fee|platform fee|fees?)\b.{0,12}\b(we|i) (paid|were charged|got charged)\b"
    r".{0,20}\b(last|this) (month|year)\b"
    # "can you tell me what we paid in commission last month?" (holdout88 #173): the fee named
    # after the payment.
    r"|\b(what|how much) (we|i) (paid|were charged|got charged|owed?) (in|as|for) (the )?"
    r"(commission|service fees?|platform fees?|fees?)\b.{0,20}\b(last|this) (month|year)\b"
    r"|\b(what|how much) (was|is|were) (our|my|account \w+'?s?) (commission|service fee"
    r"|platform fee|rebate)\b.{0,20}\b(last|this) (month|year)\b"
    # "我们店上个月卖了多少钱", "how much did our shop sell last month": the vendor's own sales
    # figures, which only its console shows (never the settlement-month rule instead).
    r"|(上个?月|这个?月|本月|当月|去年|今年|上周|这周|昨天|今天|\d{1,2}\s*月)(份)?(的)?(一共|总共)?"
    r"(卖了|卖出了?|售出了?|成交了?|销售额|交易额|营业额|流水|收入|订单量|订单数|销量)"
    r"(是|有|一共|总共)?(多少|几多|几单)"
    r"|\b(how much|how many)\b.{0,30}\b(did|have|has) (we|i|our \w+|my \w+)\b.{0,12}"
    r"\b(sell|sold|make|made|earn|earned)\b"
    r"|\b(what|how much) (was|were|is|are) (our|my) (\w+ )?(sales|revenue|turnover|gmv|earnings"
    r"|income|order count)\b"
)


def asks_own_figure(norm: str) -> bool:
    """The vendor's own month's commission asked, with no amount given to compute from."""
    if not (_OWN_FIGURE_ASKED.search(norm) and _OWN.search(norm)):
        return False
    return not _AMOUNT_GIVEN.search(without_identifiers(norm))


# "What deposit did we pay?", "how much did we pay as deposit": the vendor's own past payment,
# which only its console shows (never the guide's amounts as if they were its record).
_OWN_PAYMENT_ASKED = lazy_compile(
    r"\b(what|which|how much)( \w+)? (deposit|margin)s?\b.{0,20}"
    r"\b(did|have|has) (we|i|our company|my company)\b.{0,12}\b(pay|paid|top up|topped up)\b"
    r"|\bhow much (did|have) (we|i|our company)\b.{0,12}\b(pay|paid|top up|topped up)\b"
    r".{0,20}\b(deposit|margin)\b"
)


# "我们已经入驻了哪些市场", "账号… 现在入驻了几个市场", "which markets have we joined", "how many
# categories are we listed in": the markets of the vendor's own account, never the twelve
# markets or the steps of a repeat application. ("能入驻哪些市场", "which markets can we join"
# ask the rule.)
_JOINED_ASKED = lazy_compile(
    r"(已经|已|目前|现在|当前|如今)(都)?(入驻|加入|开通|进驻|进入|在)了?(哪些|哪几个|几个|多少个)(市场|集市|类目)"
    r"|(入驻|加入|开通|进驻|进入)了(哪些|哪几个|几个|多少个)(市场|集市|类目)"
    # "我的阿里云UID … 下面现在有几个市场入驻成功了？" (holdout62 #3: the twelve listed).
    r"|(下面|名下|账号下|账户下|账号里)[^，,。？?]{0,6}(有)?(哪些|哪几个|几个|多少个)(市场|集市|类目)"
    r"[^，,。？?]{0,4}(入驻成功|入驻了|通过了|开通了|已入驻|已经入驻)"
    r"|\b(which|what|how many) (markets?|categories)\b[^.?!]{0,30}"
    r"\b(have|has|did|are|is|were) (we|i|our [\w-]+|my [\w-]+|this account|the account|it)\b"
    r"(?![^.?!]{0,20}\b(eligible|allowed|able|qualif\w*|fit|suited|suitable|going|planning|likely"
    r"|supposed|permitted|ok|okay|open|interested)\b)"
    r"[^.?!]{0,20}\b(joined|join|in|on|listed|entered|enrolled|registered|signed up|approved"
    r"|onboarded|part of|admitted|accepted)\b"
)


def asks_joined_markets(norm: str) -> bool:
    """Which (or how many) markets the vendor's own account has joined is asked."""
    # "Which markets has my account (UID 1234-5678-9012) already joined?": read without the id.
    return bool(_JOINED_ASKED.search(norm) or _JOINED_ASKED.search(without_identifiers(norm)))


# Whether the vendor's industry is one a market accepts: its condition or description answers.
_INDUSTRY_FIT = lazy_compile(
    r"行业|\b(industry|industries|sector|sectors|vertical|line of business)\b"
)


def speaks_of_own_record(norm: str) -> bool:
    """A look-up's words and the vendor's own ("How much commission did we pay for October
    2020?"): the part is about the vendor's records, never a question of the guide alone."""
    return bool(_LOOKUP.search(norm) and _OWN.search(norm))


def asks_own_state(norm: str) -> bool:
    """ "我们公司上个月的佣金返还到账没有", "我们的入驻申请审核通过了吗", "has our deposit been
    refunded yet?": the state of one of the vendor's own records (its money, application,
    verification, shop), with or without an id. Only the console and staff can see it."""
    if asks_joined_markets(norm):
        return True
    if _OWN_NOT_YET_WHY.search(norm):
        # "我们保证金还没到账，怎么回事": why one of the vendor's own records is stuck.
        return True
    if _STILL_WAITING.search(norm) and _OWN.search(norm):
        return True
    if _OWN_PAYMENT_ASKED.search(norm) and not _AMOUNT_GIVEN.search(without_identifiers(norm)):
        return True
    if asks_own_figure(norm):
        return True
    if _OWN_DONE_ZH.search(norm) and not _RULE_ASKED.search(norm):
        return True
    if _RULE_ASKED.search(norm):
        return False
    if _DONE_ASKED_ZH.search(norm):
        return True
    if _INDUSTRY_FIT.search(norm):
        # "Is our industry accepted in the Solutions market?": the market's industry list, no record.
        return False
    if _VERDICT_ON_STATED.search(norm):
        # "钉钉还没开通，这条满足吗": the state is the vendor's own statement; a verdict on it
        # is asked, nothing is looked up.
        return False
    if _STATE_ASKED_ZH.search(norm) or _STATE_ASKED_EN.search(norm):
        if _COMMISSION_WORDS.search(norm) and _AMOUNT_GIVEN.search(without_identifiers(norm)):
            # "8月一共结算19.9万…这个月佣金多少？有没有返还": the month's figures are given, the
            # refund is computed from them, nothing is looked up.
            return False
        return bool(_OWN.search(norm) or _YET.search(norm))
    return False


_COMMISSION_WORDS = lazy_compile(r"佣金|服务费|抽佣|\b(commission|fees?)\b")


_OWN_NOT_YET_WHY = lazy_compile(
    r"(还没|还未|没有?|迟迟没)(有)?(到账|到帐|收到|退回|退还|返还|通过|开通|审核|处理|回复)"
    r"[^？?。]{0,8}(怎么回事|为什么|为啥|咋回事|怎么办|咋办|啥情况|什么情况)"
    r"|\b(still|hasn't|has not|haven't|have not)\b[^?.]{0,30}\b(arrived|been (refunded|approved|credited|processed)|come through)\b[^?.]{0,20}\b(why|what's wrong|what happened)\b"
)
_VERDICT_ON_STATED = lazy_compile(
    r"(这条|这一条|这项|这一项|条件)?(满足|符合|达标|够)(吗|么|不|没有?)|能(进|入驻)吗|算不算(满足|符合)"
    r"|\b(does (that|this|it) (meet|satisfy|count)|do we (meet|qualify|satisfy)|is (that|this|it) enough"
    r"|are we eligible"
    # "does our founding date qualify yet?": a verdict on the date the vendor gave.
    r"|does (our|my|the) [\w ]{0,25}\b(qualify|count|meet|pass))\b"
)


# "帮我查下我们营业执照满两年没", "can you check whether our licence is two years old": the bot is
# asked to look a fact of the vendor's own up (its licence, founding, registration), which only
# the vendor's papers show; a fact the vendor states itself ("2019年成立", "we have 25 staff") is
# judged instead (bot/answers/verdicts.py).
_LOOK_UP_FOR_US = lazy_compile(
    r"(?:帮我|帮忙|麻烦|请|你|您)\s*(?:帮我|帮忙)?\s*(?:查|查询|核实|核查|查证)(?:一?下|查|询)?\s*(?:一下)?\s*"
    r"(?:我们|我司|咱们|本公司|我公司|我方|我家)"
    # "查一下我们公司（统一社会信用代码…）是不是已经入驻成功了" (holdout72 #176): the look-up
    # asked with no 帮我 before it.
    r"|^(?:查一下|查下|查查|查询一下|核实一下|核查一下)(?:我们|我司|咱们|本公司|我公司|我方)"
    r"(?![^。？?]*\d\s*(?:万|w|元|k|块))"
    # ("How will we find out …", "how can we check …": how the vendor itself learns it — a
    # step the guide describes, not a look-up asked of the bot.)
    r"|\b(?:can|could|would|will|please)\b(?!\s+(?:we|i)\b)[^.?!]{0,12}"
    r"\b(?:check|look up|verify|confirm|find out)\b"
    r"[^.?!]{0,30}\b(?:our|we)\b"
    # "can you pull up where my 零售通 application is at?", "can you check the courier status
    # for us?" (holdout53 #174, #176): a record of the vendor's own looked up for it.
    r"|\b(?:can|could|would) you\b[^.?!]{0,12}\b(?:pull up|look up|track|check|find out)\b"
    r"[^.?!]{0,40}\b(?:status|where (?:my|our)|for us|for me)\b"
    # "Please pull up the settled order total for our vendor ID V-20391 for November 2020."
    # (holdout100 #176: the settlement rule): a record of the vendor's own, asked by its id.
    r"|^(?:please |pls |can you |could you )?(?:pull up|look up|fetch|retrieve)\b"
    r"[^.?!]{0,40}\b(?:total|orders?|sales|records?|statement|figures?|settle\w*)\b"
    r"[^.?!]{0,40}\b(?:our|my)\b[^.?!]{0,20}\b(?:vendor|account|seller|partner|merchant) id\b"
)
_FACT_STATED = lazy_compile(
    r"(?:19|20)\d\d\s*年|(?:成立|注册)了|\d+\s*(?:人|名|people|staff|employees)"
    r"|\b(?:founded|registered|incorporated) in\b|\bwe have\b|我们有"
)


def asks_own_fact_lookup(norm: str) -> bool:
    """The message asks the bot to look up a fact of the vendor's own that it does not state."""
    return bool(_LOOK_UP_FOR_US.search(norm)) and not _FACT_STATED.search(without_identifiers(norm))


class RecordTopic(Protocol):
    """A kind of record and what the guide says of it (knowledge.Unstated, read from data)."""

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]: ...

    def body(self, lang: Lang) -> str: ...


# Where the vendor can look something up themselves ("在哪里能看到", "where can I check").
_ASKS_WHERE_TO_SEE = lazy_compile(
    r"(在)?(哪里|哪儿|哪个地方|什么地方|哪)(能|可以|去)?(看|查|查看|看到|查到)"
    r"|(怎么|如何)(看|查|查看)"
    r"|\b(where|how) (can|do|could|should) (i|we)\b[^?.]{0,20}\b(see|check|view|track|find|follow)\b"
)


def own_state_decline(
    norm: str, lang: Lang, topics: Sequence[RecordTopic], *, number_given: bool = False
) -> Answer:
    """The hand-off for a look-up of the vendor's own record, with what the guide says of that
    kind of record (`topics`: knowledge.own_record_topics()) when it says something."""
    topic = next(
        (item for item in topics if any(p.search(norm) for p in item.patterns)),
        None,
    )
    # The hand-off mentions "the number you gave" only when one was given.
    number_given = number_given and bool(
        identifiers_in(norm) or codes_in(norm) or _EMAIL.search(norm)
    )
    if topic is None and number_given:
        return lookup_decline(lang)
    handoff = "answers_own_record_handoff_number" if number_given else "answers_own_record_handoff"
    guide_says = topic.body(lang) if topic is not None else ""
    if guide_says and _ASKS_WHERE_TO_SEE.search(norm):
        # "我的UID是…，审核进度在哪里能看到": where to look is what the guide says, so first; that
        # the bot cannot see the record after it.
        gap = " " if lang == "en" else ""
        text = (
            guide_says.rstrip() + gap + t("answers_own_record_cannot_see", lang) + t(handoff, lang)
        )
    else:
        text = t("answers_own_record_cannot_see", lang) + guide_says + t(handoff, lang)
    return Answer(text, lang, False, None, None, [], out_of_scope=True)
