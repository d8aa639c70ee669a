"""Block Kit for the monthly commission messages: pure functions, summary rows in, JSON out.

`post_month` sends these as `blocks=` next to the plain text it always sent (the text stays
the notification and the fallback). Labels are bilingual, as the texts are: the DM goes to the
vendor, whose language the poster does not know; the overview goes to staff.

Limits (Slack; `slack_sdk.models` checks them in the tests): 50 blocks per message, header
text 150 characters, section text 3,000, a field 2,000 and at most 10 fields per section.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.commission.summary import SummaryRow
from bot.slack_text import escape_mrkdwn
from rules.commission import explain_tier, format_percent
from rules.markets import market_label

MAX_MESSAGE_BLOCKS = 50
MAX_HEADER_CHARS = 150
MAX_SECTION_CHARS = 3000
MAX_FIELD_CHARS = 2000
MAX_CONTEXT_CHARS = 2000

VENDOR_NOTE_ZH = (
    "说明：当月先按第1档费率预收，次月初按当月各类目应结算实收现金总额（含分销）核定档位，"
    "多收部分返还；分销订单不参与抽佣。"
)
VENDOR_NOTE_EN = (
    "During the month the tier-1 rate is pre-charged; early next month each category's settled "
    "cash total (distribution included) sets the tier and any excess is refunded. "
    "Distribution orders pay no commission."
)
NO_RATE = "无费率 / no rate in the policy"


Block = dict[str, Any]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def yuan(amount: Decimal | None) -> str:
    """ "1,000,000.00 元" — two decimals, thousands separated; "-" when there is no figure."""
    return "-" if amount is None else f"{amount:,.2f} 元"


def _mrkdwn(text: str, limit: int) -> dict[str, str]:
    return {"type": "mrkdwn", "text": _clip(text, limit)}


def _header(text: str) -> Block:
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": _clip(text, MAX_HEADER_CHARS), "emoji": True},
    }


def _field(label: str, value: str) -> dict[str, str]:
    return _mrkdwn(f"*{label}*\n{value}", MAX_FIELD_CHARS)


def _context(*texts: str) -> Block:
    return {"type": "context", "elements": [_mrkdwn(text, MAX_CONTEXT_CHARS) for text in texts]}


def category_title(row: SummaryRow) -> str:
    """ "网站建设（建站市场 · Website Building Market）": the rate-table name and the market."""
    result = row.result
    market_zh, market_en = market_label(result.category), market_label(result.category, "en")
    name = result.table_name or market_zh
    if name == market_zh:
        return f"{name}（{market_en}）"
    return f"{name}（{market_zh} · {market_en}）"


def _tier_text(row: SummaryRow) -> str:
    result = row.result
    if result.status == "no_rate" or result.rate is None:
        return NO_RATE
    return f"第{result.tier}档 · tier {result.tier} · {format_percent(result.rate)}"


def category_fields(row: SummaryRow) -> list[dict[str, str]]:
    """The figures of one vendor × category, one field each (at most 10)."""
    result = row.result
    fields = [
        _field("应结算实收现金总额 / Settled total", yuan(result.total)),
        _field("其中分销 / Distribution", yuan(result.distribution)),
        _field("计佣金额 / Commissionable", yuan(result.commissionable)),
        _field("档位 · 费率 / Tier · rate", _tier_text(row)),
    ]
    if result.status == "no_rate" or result.tier1_rate is None:
        return fields
    return [
        *fields,
        _field(
            f"已预收（第1档 {format_percent(result.tier1_rate)}）/ Pre-charged",
            yuan(result.precharged),
        ),
        _field("应收佣金 / Commission", yuan(result.commission)),
        _field("返还 / Refund", yuan(result.refund)),
    ]


def build_vendor_summary_blocks(vendor: str, month: str, rows: list[SummaryRow]) -> list[Block]:
    """One vendor's month: a header, per category a section of figures + the tier explained."""
    blocks: list[Block] = [_header(f"{month} 平台服务费月结 · Commission {month} · {vendor}")]
    # header + note + per category (section + context) must stay within 50 blocks.
    room = (MAX_MESSAGE_BLOCKS - 3) // 2
    for row in rows[:room]:
        blocks.append(
            {
                "type": "section",
                "text": _mrkdwn(f"*{escape_mrkdwn(category_title(row))}*", MAX_SECTION_CHARS),
                "fields": category_fields(row),
            }
        )
        blocks.append(_context(explain_tier(row.result, "zh"), explain_tier(row.result, "en")))
    if len(rows) > room:
        blocks.append(
            _context(
                f"…… 其余 {len(rows) - room} 个类目见上方文字 / "
                f"{len(rows) - room} more categories in the text above"
            )
        )
    blocks.append(_context(VENDOR_NOTE_ZH, VENDOR_NOTE_EN))
    return blocks


def _overview_row(row: SummaryRow) -> Block:
    result = row.result
    total = yuan(result.total)
    if result.distribution:
        total += f"（分销 / distribution {yuan(result.distribution)}）"
    fields = [
        _field("总额 / Total", total),
        _field("档位 · 费率 / Tier · rate", _tier_text(row)),
    ]
    if result.status != "no_rate":
        fields += [
            _field("佣金 / Commission", yuan(result.commission)),
            _field("返还 / Refund", yuan(result.refund)),
        ]
    title = f"*{escape_mrkdwn(row.vendor)}* · {escape_mrkdwn(category_title(row))}"
    return {"type": "section", "text": _mrkdwn(title, MAX_SECTION_CHARS), "fields": fields}


def build_overview_blocks(month: str, rows: list[SummaryRow], unlinked: list[str]) -> list[Block]:
    """The staff channel's overview: totals, then a section per vendor × category.

    Rows that do not fit in 50 blocks are counted in a context line pointing at the CSV that
    `post_month` attaches in the thread (it has every row).
    """
    ok = [row for row in rows if row.result.status == "ok"]
    total = sum((row.result.total for row in rows), start=Decimal(0))
    commission = sum((row.result.commission or Decimal(0) for row in ok), start=Decimal(0))
    refund = sum((row.result.refund or Decimal(0) for row in ok), start=Decimal(0))
    vendors = {row.vendor for row in rows}
    blocks: list[Block] = [
        _header(f"{month} 平台服务费月结 / Commission summary {month}"),
        {
            "type": "section",
            "fields": [
                _field("服务商 / Vendors", f"{len(vendors):,}"),
                _field("总额 / Total", yuan(total)),
                _field("佣金 / Commission", yuan(commission)),
                _field("返还 / Refund", yuan(refund)),
            ],
        },
        {"type": "divider"},
    ]
    tail = 1 if unlinked else 0
    room = MAX_MESSAGE_BLOCKS - len(blocks) - tail
    if len(rows) > room:
        room -= 1  # the "more rows" line
    blocks.extend(_overview_row(row) for row in rows[:room])
    if len(rows) > room:
        hidden = len(rows) - room
        blocks.append(
            _context(f"…… 其余 {hidden} 行见附件 CSV / {hidden} more rows in the attached CSV")
        )
    if unlinked:
        names = ", ".join(escape_mrkdwn(name) for name in unlinked)
        blocks.append(
            _context(
                "未关联 Slack 用户、未收到私信的服务商 / vendors not linked to a Slack user "
                f"(no DM): {names}"
            )
        )
    return blocks
