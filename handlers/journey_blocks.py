"""Pure Block Kit for the joining journey: the vendor's part of App Home and the staff Home.

Data in (bot.journey.Journey, bot.staff_overview.StaffOverview), Slack JSON out. Slack's
limits hold by construction: 100 blocks per view, 3,000 characters per section text (long
sections are cut with a note), 75 per button label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from bot.conversation.types import Lang
from bot.journey import STEP_COUNT, Journey, next_step_text
from bot.slack_text import escape_mrkdwn
from bot.staff_overview import FunnelRow, OpenCase, StaffOverview, StalledVendor
from bot.texts import t
from handlers.blocks import (
    MAX_SECTION_CHARS,
    MAX_VIEW_BLOCKS,
    _button,
    _plain,
    _section,
    truncate,
)
from rules.markets import market_label
from rules.process import JOINING_STEPS

JOURNEY_DONE_ACTION = "journey_step_done"
MAX_QUESTION_CHARS = 80
_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")


def _who(user_id: str) -> str:
    return f"<@{user_id}>" if _SLACK_USER.match(user_id) else escape_mrkdwn(user_id)


def _fit(text: str) -> str:
    return truncate(text, MAX_SECTION_CHARS)


def build_journey_blocks(journey: Journey | None, lang: Lang) -> list[dict[str, Any]]:
    """The vendor's seven steps, the guide's text for the next one, and a button to mark it
    done. Nothing before the journey starts (an eligible verdict or a first marked step)."""
    if journey is None:
        return []
    steps = []
    for step in JOINING_STEPS:
        mark = (
            "✅"
            if step.number <= journey.steps_done
            else ("➡️" if step.number == journey.steps_done + 1 else "⬜")
        )
        line = f"{mark} {t('journey_step_line', lang, number=step.number, title=step.title(lang))}"
        if journey.confirmed_by(step.number):
            line += t("journey_confirmed_suffix", lang)
        steps.append(escape_mrkdwn(line))
    header = t("journey_header", lang, done=journey.steps_done, total=STEP_COUNT)
    blocks: list[dict[str, Any]] = [
        {"type": "divider"},
        _section(_fit(f"*{escape_mrkdwn(header)}*\n" + "\n".join(steps))),
        _section(_fit(escape_mrkdwn(next_step_text(journey, lang)))),
    ]
    following = journey.next_step
    if following is not None:
        label = t("journey_home_done_button", lang, number=following.number)
        blocks.append(
            {
                "type": "actions",
                "block_id": "journey_actions",
                "elements": [
                    _button(label, JOURNEY_DONE_ACTION, str(following.number), primary=True)
                ],
            }
        )
    return blocks


# ----------------------------------------------------------------- staff Home


def _age(age: timedelta, lang: Lang) -> str:
    hours = max(int(age.total_seconds() // 3600), 0)
    return t("staff_home_age", lang, days=hours // 24, hours=hours % 24)


def _case_lines(cases: Sequence[OpenCase], lang: Lang) -> list[str]:
    return [
        t(
            "staff_home_case_line",
            lang,
            id=case.case_id,
            who=_who(case.user_id),
            # Open cases only: resolved ones are not listed.
            state=t(f"staff_home_case_state_{case.state}", lang),
            age=_age(case.age, lang),
            question=escape_mrkdwn(truncate(" ".join(case.question.split()), MAX_QUESTION_CHARS)),
        )
        for case in cases
    ]


def _funnel_line(row: FunnelRow, lang: Lang) -> str:
    name = (
        t("staff_home_funnel_all", lang) if row.market is None else market_label(row.market, lang)
    )
    # ①..⑦: vendors whose next step is that one; ✓: every step done.
    cells = [f"{chr(0x2460 + index)}{count}" for index, count in enumerate(row.by_steps_done[:-1])]
    cells.append(f"✓{row.by_steps_done[-1]}")
    return f"*{escape_mrkdwn(name)}* ({row.total}): " + " ".join(cells)


def _stalled_line(vendor: StalledVendor, lang: Lang) -> str:
    step = JOINING_STEPS[vendor.steps_done]
    line = t(
        "staff_home_stalled_line",
        lang,
        who=_who(vendor.user_id),
        number=step.number,
        title=step.title(lang),
        days=vendor.idle.days,
    )
    return line + (t("staff_home_reminders_off", lang) if vendor.reminders_off else "")


def build_staff_home_view(overview: StaffOverview, lang: Lang) -> dict[str, Any]:
    """A staff member's App Home: open cases with their age, the funnel per step and market,
    the vendors stalled longest, and the month's commission status."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain(t("staff_home_title", lang), 150)},
    ]
    if overview.open_cases is None:
        cases_text = t("staff_home_cases_unavailable", lang)
    elif not overview.open_cases:
        cases_text = t("staff_home_cases_none", lang)
    else:
        cases_text = "\n".join(_case_lines(overview.open_cases, lang))
    count = overview.open_case_count
    blocks.append(_section(_fit(f"*{t('staff_home_cases', lang, count=count)}*\n{cases_text}")))
    blocks.append({"type": "divider"})
    funnel = "\n".join(_funnel_line(row, lang) for row in overview.funnel)
    blocks.append(_section(_fit(f"*{t('staff_home_funnel', lang)}*\n{funnel}")))
    blocks.append(
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": t("staff_home_funnel_legend", lang)}],
        }
    )
    blocks.append({"type": "divider"})
    stalled = "\n".join(_stalled_line(vendor, lang) for vendor in overview.stalled)
    stalled = stalled or t("staff_home_stalled_none", lang)
    blocks.append(_section(_fit(f"*{t('staff_home_stalled', lang)}*\n{stalled}")))
    blocks.append({"type": "divider"})
    commission = overview.commission
    status = (
        t("staff_home_commission_posted", lang, count=commission.vendor_posts)
        if commission.overview_posted
        else t("staff_home_commission_not_posted", lang)
    )
    figures = t(
        "staff_home_commission_line",
        lang,
        orders=commission.orders,
        vendors=commission.vendors,
        total=f"{commission.total:,.2f}",
    )
    title = t("staff_home_commission", lang, month=commission.month)
    blocks.append(_section(_fit(f"*{title}*\n{figures}\n{status}")))
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}
