"""`/commission …` for staff: text in, text out (Slack and `console --staff`)."""

from __future__ import annotations

import sqlite_utils
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.post import PostError, post_month
from bot.commission.summary import MonthError, format_summary, format_table, summarize_month
from bot.config import Settings
from rules.commission import CommissionInputError, PolicyPeriodError, explain_tier

HELP = """`/commission` 用法 / usage:
• `/commission summary 2020-10 [服务商]` — 某月各服务商各类目的佣金 / a month's commission per vendor and category
• `/commission post 2020-10` — 私信各服务商并在汇总频道发布（不会重复发送）/ DM each linked vendor and post the overview (never twice)
• `/commission import` — 如何导入结算 CSV / how to import the settlement CSV
• `/commission help` — 本说明 / this help"""

IMPORT_HELP = """导入结算数据 / importing settlement data:
结算 CSV（UTF-8，含表头）列为 order_id(订单号), vendor(服务商), category(类目), amount(实收金额), distribution(是否分销), settled_on(结算日期)。
请在服务器上运行 / run on the server: `onboard-bot commission import FILE.csv`
（全部校验通过才写入，重复导入同一订单不会重复计算 / all or nothing; re-importing the same orders changes nothing）"""


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
            rows = summarize_month(db, words[1], vendor)
        except (MonthError, PolicyPeriodError, CommissionInputError) as exc:
            return f"{exc.zh}\n{exc.en}"
        if not rows:
            month = words[1].strip()
            return f"{format_summary(rows, month, 'zh')}\n{format_summary(rows, month, 'en')}"
        month = rows[0].month
        lines = [f"*{month} 平台服务费（佣金）/ commission for {month}*"]
        lines.append(f"```\n{format_table(rows, 'zh')}\n```")
        lines.extend(f"{row.vendor} / {row.category}: {explain_tier(row.result)}" for row in rows)
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
