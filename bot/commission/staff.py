"""`/commission …` for staff: text in, text out (Slack and `console --staff`)."""

from __future__ import annotations

from typing import Protocol

import sqlite_utils

from bot.commission.corrections import all_posted_months, posted_changes_notice
from bot.commission.export import summary_csv_text
from bot.commission.import_errors import MAX_CSV_BYTES, expected_columns_text
from bot.commission.orders import OrderChangeError, amend_order, parse_distribution, void_order
from bot.commission.summary import (
    MonthError,
    SummaryRow,
    category_label,
    check_month_in_policy,
    empty_summary_text,
    format_table,
    sum_rows,
    summarize_month,
    yuan,
)
from bot.commission.vendors import AliasError, add_alias, aliases_text, remove_alias
from bot.config import Settings
from bot.slack_text import escape_mrkdwn, unescape_entities
from bot.texts import both
from rules.commission import CommissionInputError, PolicyPeriodError, explain_tier

HELP = both("commission.staff.help", separator="\n\n")
IMPORT_HELP = both(
    "commission.staff.import_help",
    separator="\n\n",
    max_mb=MAX_CSV_BYTES // (1024 * 1024),
    columns=expected_columns_text(),
)

# Sub-command words staff type, besides the English verb.
HELP_WORDS = frozenset({"help", "帮助", "?"})
IMPORT_WORDS = frozenset({"import", "导入"})
SUMMARY_WORDS = frozenset({"summary", "汇总"})
POST_WORDS = frozenset({"post", "发送", "发布"})
VOID_WORDS = frozenset({"void", "作废"})
AMEND_WORDS = frozenset({"amend", "更正", "修改"})
ALIAS_LIST_WORDS = frozenset({"aliases", "别名"})


class CommissionSlack(Protocol):
    """What `/commission` needs from Slack (handlers/commission/staff_slack.py has it); the
    console has none, so there `post` says to use Slack or the CLI."""

    async def post_month(self, month: str, *, actor: str) -> str:
        """Post the month (exactly once) and return the report, or the refusal (zh + en)."""
        ...

    async def send_csv_to_dm(
        self, *, user: str, filename: str, title: str, content: str, comment: str
    ) -> str | None:
        """Send a CSV file to `user`'s DM with the bot: None when sent, else Slack's error."""
        ...


async def handle_commission_command(
    db: sqlite_utils.Database,
    settings: Settings,
    actor: str,
    text: str,
    slack: CommissionSlack | None = None,
) -> str:
    words = text.split()
    action = words[0].lower() if words else "help"
    if action in HELP_WORDS:
        return HELP
    if action in IMPORT_WORDS:
        return IMPORT_HELP
    if action in SUMMARY_WORDS:
        if len(words) < 2:
            return both("commission.staff.give_month")
        vendor = " ".join(words[2:]) or None
        try:
            check_month_in_policy(words[1])
            rows = summarize_month(db, words[1], vendor)
        except (MonthError, PolicyPeriodError, CommissionInputError) as exc:
            return f"{exc.zh}\n{exc.en}"
        if not rows:
            month = words[1].strip()
            return (
                f"{empty_summary_text(db, month, vendor, 'zh')}\n"
                f"{empty_summary_text(db, month, vendor, 'en')}"
            )
        return await _summary_reply(rows, actor, slack)
    if action in POST_WORDS:
        if len(words) != 2:
            return both("staff.usage") + ": `/commission post 2020-10`"
        if slack is None:
            return both("commission.staff.no_slack")
        return await slack.post_month(words[1], actor=actor)
    if action in VOID_WORDS:
        if len(words) < 3:
            return both("staff.usage") + ": " + both("commission.staff.void_usage")
        try:
            change = void_order(db, words[1], reason=" ".join(words[2:]), actor=actor)
        except OrderChangeError as exc:
            return f"{exc.zh}\n{exc.en}"
        return _after_change(db, change.text(), {change.month})
    if action in AMEND_WORDS:
        return _amend(db, actor, words)
    return both("commission.staff.unknown_action", action=words[0]) + f"\n{HELP}"


AMEND_USAGE = both("staff.usage") + ": " + both("commission.staff.amend_usage")


def _amend(db: sqlite_utils.Database, actor: str, words: list[str]) -> str:
    if len(words) < 4:
        return AMEND_USAGE
    order_id, amount, rest = words[1], words[2], words[3:]
    distribution = None
    if len(rest) > 1:
        try:
            parse_distribution(rest[0])
            distribution, rest = rest[0], rest[1:]
        except OrderChangeError:
            pass  # not a yes/no: the reason starts here
    try:
        change = amend_order(
            db,
            order_id,
            amount=amount,
            distribution=distribution,
            reason=" ".join(rest),
            actor=actor,
        )
    except OrderChangeError as exc:
        return f"{exc.zh}\n{exc.en}\n{AMEND_USAGE}"
    return _after_change(db, change.text(), {change.month})


def _after_change(db: sqlite_utils.Database, text: str, months: set[str]) -> str:
    notice = posted_changes_notice(db, months)
    return escape_mrkdwn(f"{text}\n{notice}" if notice else text)


# Slack: a message's text up to 40,000 characters, a section block's up to 3,000 (12,000 in
# all for a message's blocks). A staff table longer than this goes as a CSV file.
SUMMARY_TEXT_LIMIT = 12_000


def summary_text(rows: list[SummaryRow]) -> str:
    month = rows[0].month
    lines = [f"*{both('commission.summary_title', month=month)}*"]
    lines.append(f"```\n{escape_mrkdwn(format_table(rows, 'zh'))}\n```")
    lines.extend(
        escape_mrkdwn(f"{row.vendor} / {category_label(row)}: {explain_tier(row.result)}")
        for row in rows
    )
    return "\n".join(lines)


def short_summary_text(rows: list[SummaryRow]) -> str:
    month = rows[0].month
    sums = sum_rows(rows)
    vendors = len({row.vendor for row in rows})
    totals = both(
        "commission.staff.short_totals",
        vendors=vendors,
        rows=len(rows),
        total=yuan(sums["total"]),
        commission=yuan(sums["commission"]),
        refund=yuan(sums["refund"]),
    )
    return f"*{both('commission.summary_title', month=month)}*\n{totals}"


async def _summary_reply(rows: list[SummaryRow], actor: str, slack: CommissionSlack | None) -> str:
    """The table in the reply; in Slack, a table too long for a message goes as a CSV file
    to the staff member's DM, with the totals in the reply."""
    text = summary_text(rows)
    if slack is None or len(text) <= SUMMARY_TEXT_LIMIT:
        return text
    month = rows[0].month
    short = short_summary_text(rows)
    error = await slack.send_csv_to_dm(
        user=actor,
        filename=f"commission-{month}.csv",
        title=both("commission.post.csv_title", month=month),
        content=summary_csv_text(rows),
        comment=short,
    )
    if error is not None:
        return f"{short}\n" + both("commission.staff.csv_failed", error=error, month=month)
    return f"{short}\n" + both("commission.staff.csv_sent", rows=len(rows))


ALIAS_USAGE = both("staff.usage") + ": " + both("commission.staff.alias_usage")
_ALIAS_ARROWS = ("=>", "⇒", "->", "→")


def alias_command(db: sqlite_utils.Database, *, actor: str, verb: str, text: str) -> str:
    """`/vendor alias A => B`, `/vendor unalias A`, `/vendor aliases` (staff, audited)."""
    # Slack sends & < > in a command's text as entities ("=>" arrives as "=&gt;").
    text = unescape_entities(text)
    try:
        if verb in ALIAS_LIST_WORDS or (verb == "alias" and not text):
            return escape_mrkdwn(aliases_text(db))
        if verb == "unalias":
            answer = remove_alias(db, text, actor=actor)
        else:
            arrow = next((a for a in _ALIAS_ARROWS if a in text), None)
            if arrow is None:
                return ALIAS_USAGE
            alias, canonical = (part.strip() for part in text.split(arrow, 1))
            answer = add_alias(db, alias, canonical, actor=actor)
    except AliasError as exc:
        return escape_mrkdwn(f"{exc.zh}\n{exc.en}") + f"\n{ALIAS_USAGE}"
    return _after_change(db, answer, set(all_posted_months(db)))
