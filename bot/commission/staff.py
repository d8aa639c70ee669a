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
from bot.slack_text import escape_mrkdwn
from rules.commission import CommissionInputError, PolicyPeriodError, explain_tier

HELP = """`/commission` 用法 / usage:
• `/commission summary 2020-10 [服务商]` — 某月各服务商各类目的佣金 / a month's commission per vendor and category
• `/commission post 2020-10` — 私信各服务商并在汇总频道发布（不会重复发送）/ DM each linked vendor and post the overview (never twice); after changes, the correction (old → new)
• `/commission void <订单号> <原因>` — 作废订单（不再计入，留审计）/ void an order (audited)
• `/commission amend <订单号> <金额> [是/否 分销] <原因>` — 更正订单 / correct an order (audited)
• `/commission import` — 如何导入结算 CSV / how to import the settlement CSV
• `/commission help` — 本说明 / this help"""

IMPORT_HELP = f"""*导入结算数据 / importing settlement data*
斜杠命令无法附带文件，请这样导入 / slash commands cannot carry files, so:
1. 打开与本机器人的私信（Apps → onboard-bot → Messages）/ open your DM with the bot.
2. 上传结算 CSV 或 .xlsx（可附言 `导入` 或 `import`），我会校验并回复导入结果或逐行错误 / upload the settlement CSV or .xlsx (optionally with the message `import`); I check it and reply with the summary or the errors, row by row.
文件：CSV（UTF-8、GBK 或 UTF-16）或 Excel 工作簿 .xlsx，含表头、最大 {MAX_CSV_BYTES // (1024 * 1024)} MB；金额可带 ¥ / 元 和千位分隔符；列（英文或中文表头均可）/ CSV (UTF-8, GBK or UTF-16) or an Excel workbook (.xlsx) with a header row, at most {MAX_CSV_BYTES // (1024 * 1024)} MB; amounts may carry ¥ / 元 and thousands separators; columns (English or Chinese headers):
{expected_columns_text()}
全部校验通过才写入；重复导入同一订单不会重复计算 / all or nothing; re-importing the same orders changes nothing.
更大的文件请在服务器上运行 / larger files, on the server: `onboard-bot commission import FILE.csv`"""


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
    if action in {"help", "帮助", "?"}:
        return HELP
    if action in {"import", "导入"}:
        return IMPORT_HELP
    if action in {"summary", "汇总"}:
        if len(words) < 2:
            return "请给出月份 / give a month: `/commission summary 2020-10 [服务商 vendor]`"
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
    if action in {"post", "发送", "发布"}:
        if len(words) != 2:
            return "用法 / usage: `/commission post 2020-10`"
        if slack is None:
            return "这里无法连接 Slack，请在 Slack 中使用或运行 `onboard-bot commission post --month …` / no Slack client here"
        return await slack.post_month(words[1], actor=actor)
    if action in {"void", "作废"}:
        if len(words) < 3:
            return "用法 / usage: `/commission void <订单号 order id> <原因 reason…>`"
        try:
            change = void_order(db, words[1], reason=" ".join(words[2:]), actor=actor)
        except OrderChangeError as exc:
            return f"{exc.zh}\n{exc.en}"
        return _after_change(db, change.text(), {change.month})
    if action in {"amend", "更正", "修改"}:
        return _amend(db, actor, words)
    return f"未知操作 / unknown action `{words[0]}`\n{HELP}"


AMEND_USAGE = (
    "用法 / usage: `/commission amend <订单号 order id> <金额 amount> [是否分销 是/否] "
    "<原因 reason…>`"
)


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
    lines = [f"*{month} 平台服务费（佣金）/ commission for {month}*"]
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
    return (
        f"*{month} 平台服务费（佣金）/ commission for {month}*\n"
        f"服务商 {vendors} 家、{len(rows)} 行 / {vendors} vendors, {len(rows)} rows; "
        f"总额 total {yuan(sums['total'])}; 佣金 commission {yuan(sums['commission'])}; "
        f"返还 refund {yuan(sums['refund'])}"
    )


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
        title=f"{month} 平台服务费明细 / commission table",
        content=summary_csv_text(rows),
        comment=short,
    )
    if error is not None:
        return (
            f"{short}\n表格太长，且发送 CSV 失败（{error}）；请在服务器上运行 "
            f"`onboard-bot commission summary --month {month} --format csv` / the table is too "
            "long for a message and the CSV could not be sent; run the CLI export instead."
        )
    return (
        f"{short}\n表格较长（{len(rows)} 行），完整明细已作为 CSV 文件发到与我的私信 / the full "
        f"table ({len(rows)} rows) is in your DM with me as a CSV file."
    )


ALIAS_USAGE = (
    "用法 / usage: `/vendor alias <名称 name> => <服务商 canonical vendor>` · "
    "`/vendor unalias <名称>` · `/vendor aliases`"
)
_ALIAS_ARROWS = ("=>", "⇒", "->", "→")


def alias_command(db: sqlite_utils.Database, *, actor: str, verb: str, text: str) -> str:
    """`/vendor alias A => B`, `/vendor unalias A`, `/vendor aliases` (staff, audited)."""
    # Slack sends & < > in a command's text as entities ("=>" arrives as "=&gt;").
    text = text.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
    try:
        if verb in {"aliases", "别名"} or (verb == "alias" and not text):
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
