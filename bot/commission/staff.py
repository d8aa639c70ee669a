"""`/commission …` for staff: text in, text out (Slack and `console --staff`)."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.post import PostError, post_month
from bot.commission.slack_import import MAX_CSV_BYTES, expected_columns_text
from bot.commission.summary import (
    MonthError,
    SummaryRow,
    check_month_in_policy,
    empty_summary_text,
    format_table,
    summarize_month,
)
from bot.config import Settings
from rules.commission import CommissionInputError, PolicyPeriodError, explain_tier
from rules.markets import get_market

HELP = """`/commission` 用法 / usage:
• `/commission summary 2020-10 [服务商]` — 某月各服务商各类目的佣金 / a month's commission per vendor and category
• `/commission post 2020-10` — 私信各服务商并在汇总频道发布（不会重复发送）/ DM each linked vendor and post the overview (never twice)
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


def category_label(row: SummaryRow) -> str:
    """The category as staff know it: the market's name, plus the rate table's row name when
    that differs (建站市场（网站建设）); the id only if the market is unknown."""
    try:
        name = get_market(row.category).name
    except KeyError:
        return row.category
    table_name = row.result.table_name
    return f"{name}（{table_name}）" if table_name and table_name != name else name


async def handle_commission_command(
    db: sqlite_utils.Database,
    settings: Settings,
    actor: str,
    text: str,
    client: AsyncWebClient | None = None,
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
        month = rows[0].month
        lines = [f"*{month} 平台服务费（佣金）/ commission for {month}*"]
        named = [
            replace(row, result=replace(row.result, category=category_label(row))) for row in rows
        ]
        lines.append(f"```\n{format_table(named, 'zh')}\n```")
        lines.extend(
            f"{row.vendor} / {category_label(row)}: {explain_tier(row.result)}" for row in rows
        )
        return "\n".join(lines)
    if action in {"post", "发送", "发布"}:
        if len(words) != 2:
            return "用法 / usage: `/commission post 2020-10`"
        if client is None:
            return "这里无法连接 Slack，请在 Slack 中使用或运行 `onboard-bot commission post --month …` / no Slack client here"
        try:
            report = await post_month(db, settings, client, words[1], actor=actor)
        except (MonthError, PostError) as exc:
            return f"{exc.zh}\n{exc.en}"
        return report.text()
    return f"未知操作 / unknown action `{words[0]}`\n{HELP}"
