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
from bot.texts import both, pair, t
from rules.commission import explain_tier, format_percent
from rules.markets import market_label

MAX_MESSAGE_BLOCKS = 50
MAX_HEADER_CHARS = 150
MAX_SECTION_CHARS = 3000
MAX_FIELD_CHARS = 2000
MAX_CONTEXT_CHARS = 2000

VENDOR_NOTE_ZH, VENDOR_NOTE_EN = pair("commission.vendor_note")
NO_RATE = both("commission.no_rate")


Block = dict[str, Any]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def yuan(amount: Decimal | None, lang: str = "zh") -> str:
    """ "1,000,000.00 元" / "1,000,000.00 yuan" — two decimals, thousands separated; "-" when
    there is no figure. The screens that show both languages keep the Chinese unit once."""
    return "-" if amount is None else t("commission.amount_yuan", lang, amount=f"{amount:,.2f}")


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
    tier = both("commission.tier", separator=" · ", tier=result.tier)
    return f"{tier} · {format_percent(result.rate)}"


def category_fields(row: SummaryRow) -> list[dict[str, str]]:
    """The figures of one vendor × category, one field each (at most 10)."""
    result = row.result
    fields = [
        _field(both("commission.blocks.settled_total"), yuan(result.total)),
        _field(both("commission.blocks.distribution"), yuan(result.distribution)),
        _field(both("commission.blocks.commissionable"), yuan(result.commissionable)),
        _field(both("commission.blocks.tier_rate"), _tier_text(row)),
    ]
    if result.status == "no_rate" or result.tier1_rate is None:
        return fields
    return [
        *fields,
        _field(
            both("commission.blocks.precharged", rate=format_percent(result.tier1_rate)),
            yuan(result.precharged),
        ),
        _field(both("commission.blocks.commission_due"), yuan(result.commission)),
        _field(both("commission.blocks.refund"), yuan(result.refund)),
    ]


def build_vendor_summary_blocks(vendor: str, month: str, rows: list[SummaryRow]) -> list[Block]:
    """One vendor's month: a header, per category a section of figures + the tier explained."""
    title = both("commission.blocks.month_title", separator=" · ", month=month)
    blocks: list[Block] = [_header(f"{title} · {vendor}")]
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
        blocks.append(_context(both("commission.blocks.more_categories", more=len(rows) - room)))
    blocks.append(_context(VENDOR_NOTE_ZH, VENDOR_NOTE_EN))
    return blocks


def _overview_row(row: SummaryRow) -> Block:
    result = row.result
    total = yuan(result.total)
    if result.distribution:
        total += f"（{both('commission.blocks.distribution_short')} {yuan(result.distribution)}）"
    fields = [
        _field(both("commission.blocks.total"), total),
        _field(both("commission.blocks.tier_rate"), _tier_text(row)),
    ]
    if result.status != "no_rate":
        fields += [
            _field(both("commission.blocks.commission"), yuan(result.commission)),
            _field(both("commission.blocks.refund"), yuan(result.refund)),
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
        _header(both("commission.blocks.overview_title", month=month)),
        {
            "type": "section",
            "fields": [
                _field(both("commission.blocks.vendors"), f"{len(vendors):,}"),
                _field(both("commission.blocks.total"), yuan(total)),
                _field(both("commission.blocks.commission"), yuan(commission)),
                _field(both("commission.blocks.refund"), yuan(refund)),
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
        blocks.append(_context(both("commission.blocks.more_rows", more=hidden)))
    if unlinked:
        names = ", ".join(escape_mrkdwn(name) for name in unlinked)
        blocks.append(_context(both("commission.blocks.unlinked") + f": {names}"))
    return blocks
