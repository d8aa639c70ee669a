"""Staff commands (`/vendor`, `/commission`) as text in → text out, with no Slack in sight.

Slack's slash-command handler and `console --staff` both call `run_staff_command`; checking
that the caller IS staff is the caller's job (handlers/staff_directory.py for Slack).
"""

from __future__ import annotations

import json
import logging
import re
import time
import unicodedata
from contextvars import ContextVar
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlite_utils

from bot import journey
from bot.config import Settings
from bot.conversation import Engine
from bot.slack_text import escape_mrkdwn
from bot.storage import audit, load_profile, transaction, utc_now
from bot.texts import VERDICT_MARKS, both, t
from rules.markets import market_label
from rules.profile import PROFILE_FIELDS

if TYPE_CHECKING:
    from bot.commission.staff import CommissionSlack

log = logging.getLogger(__name__)

# Words staff type for a /vendor sub-command, besides the English verb.
HELP_WORDS = frozenset({"help", "帮助", "?"})
ALIAS_VERBS = frozenset({"alias", "unalias", "aliases", "别名"})

# `<@U123>`, `<@U123|name>` (how Slack escapes a mention) or a bare user id.
USER_REFERENCE = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$|^([UW][A-Z0-9]{2,})$")

VENDOR_HELP = both("staff.vendor_help", separator="\n\n")
STAFF_REFUSAL = ":no_entry: " + both("staff.refusal", separator="\n")
STAFF_GROUP_UNREADABLE = ":warning: " + both("staff.group_unreadable", separator="\n")


def parse_user_reference(text: str) -> str | None:
    match = USER_REFERENCE.match(text.strip())
    if not match:
        return None
    return match.group(1) or match.group(2)


CONSOLE_TEAM_ID = "console"
BARE_USER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


def resolve_user(db: sqlite_utils.Database, team_id: str, text: str) -> str | None:
    """A Slack mention or id; or a bare id such as the console's `console-user`, accepted in
    the console (no mentions there) or when that user already talked to the bot in this team."""
    user_id = parse_user_reference(text)
    if user_id is not None:
        return user_id
    token = text.strip()
    if not BARE_USER_ID.match(token):
        return None
    if team_id == CONSOLE_TEAM_ID or _has_talked(db, team_id, token):
        return token
    return None


_FOR_SLACK: ContextVar[bool] = ContextVar("staff_output_for_slack", default=False)


def shown(value: object) -> str:
    """A value someone typed, safe in the answer: escaped for Slack (a disguised link or a
    `<!channel>` in a company name stays text), unchanged for the console."""
    text = str(value)
    return escape_mrkdwn(text) if _FOR_SLACK.get() else text


async def run_staff_command(
    db: sqlite_utils.Database,
    settings: Settings,
    *,
    actor: str,
    team_id: str,
    command: str,
    text: str,
    commission_slack: CommissionSlack | None = None,
    for_slack: bool = False,
) -> str:
    """Run `/vendor …` or `/commission …` for an already-authorised staff member.

    `for_slack`: the answer is shown as Slack mrkdwn, so every name people typed (vendor
    names, ticket companies, profile answers, the query) is escaped (`shown`); the console
    shows them as they are."""
    name = command.strip().lstrip("/").lower()
    if name == "vendor" and text.strip().lower().split(maxsplit=1)[:1] == ["erase"]:
        # Call-time: bot.privacy is only needed here. Its long scan runs off the event loop.
        from bot.privacy import erase_command_async

        _, _, target = text.strip().partition(" ")
        return (await erase_command_async(db, target, actor=actor, team_id=team_id))[1]
    if name == "vendor":
        token = _FOR_SLACK.set(for_slack)
        try:
            return vendor_command(db, settings, actor=actor, team_id=team_id, text=text)
        finally:
            _FOR_SLACK.reset(token)
    if name == "commission":
        # Call-time: only `/commission` needs the commission package.
        from bot.commission.staff import handle_commission_command

        return await handle_commission_command(db, settings, actor, text, slack=commission_slack)
    return both("staff.unknown_command", name=name)


def vendor_command(
    db: sqlite_utils.Database, settings: Settings, *, actor: str, team_id: str, text: str
) -> str:
    words = text.strip().split(maxsplit=1)
    if not words or words[0].lower() in HELP_WORDS:
        return VENDOR_HELP
    verb, rest = words[0].lower(), (words[1].strip() if len(words) > 1 else "")
    if verb == "list":
        return _list_links(db)
    if verb == "link":
        return _link(db, actor=actor, team_id=team_id, text=rest)
    if verb == "unlink":
        return _unlink(db, actor=actor, vendor=rest)
    if verb in ALIAS_VERBS:
        # Call-time: only this verb needs the commission package.
        from bot.commission.staff import alias_command

        return alias_command(db, actor=actor, verb=verb, text=rest)
    if verb in {"cases", "case"}:
        # Call-time, like the other verbs' modules.
        from bot.cases import case_command

        return case_command(
            db,
            actor=actor,
            text=rest,
            source=f"command:{actor}:{time.time_ns()}",
            show=shown,
        )
    if verb == "faq":
        from bot.staff_faq import faq_command

        return faq_command(db, actor, rest, show=shown)
    if verb == "erase":
        # Call-time: bot.privacy is only needed for this verb.
        from bot.privacy import erase_command

        return erase_command(db, rest, actor=actor, team_id=team_id)[1]
    step_command = journey.read_staff_command(text)
    if step_command is not None:
        return _journey_step(db, actor=actor, team_id=team_id, command=step_command)
    return _show_vendor(db, settings, team_id=team_id, query=text.strip())


def _journey_step(
    db: sqlite_utils.Database, *, actor: str, team_id: str, command: journey.StaffStepCommand
) -> str:
    """`/vendor <user> step N done|undo`: staff confirm or correct a journey step."""
    user_id = resolve_user(db, team_id, command.who)
    if user_id is None:
        return journey.both("journey_staff_no_user", who=shown(command.who))
    with transaction(db):
        answer = journey.apply_staff_command(
            db, team_id, user_id, command, actor=actor, at=datetime.now(UTC)
        )
        if command.action is not None:
            audit(
                db,
                actor,
                f"journey.{command.action}",
                f"{team_id}/{user_id}",
                {"step": command.step},
            )
    return answer


def _list_links(db: sqlite_utils.Database) -> str:
    rows = db.conn.execute(
        "SELECT vendor, user_id, linked_by, linked_at FROM vendor_links ORDER BY vendor"
    ).fetchall()
    if not rows:
        return both("staff.no_links")
    lines = [both("staff.links_title", separator=" / ") + f" ({len(rows)}):"]
    lines += [
        f"• {shown(vendor)} → <@{user}> (by <@{by}>, {at[:10]})" for vendor, user, by, at in rows
    ]
    return "\n".join(lines)


def _link(db: sqlite_utils.Database, *, actor: str, team_id: str, text: str) -> str:
    parts = text.split(maxsplit=1)
    user_id = resolve_user(db, team_id, parts[0]) if parts else None
    vendor = parts[1].strip() if len(parts) > 1 else ""
    if not user_id or not vendor:
        return both("staff.usage") + ": " + both("staff.link_usage", separator=" ")
    with transaction(db):
        previous = db.conn.execute(
            "SELECT user_id FROM vendor_links WHERE vendor = ?", (vendor,)
        ).fetchone()
        db.conn.execute(
            "INSERT INTO vendor_links (vendor, team_id, user_id, linked_by, linked_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (vendor) DO UPDATE SET team_id = excluded.team_id,"
            " user_id = excluded.user_id, linked_by = excluded.linked_by,"
            " linked_at = excluded.linked_at",
            (vendor, team_id, user_id, actor, utc_now()),
        )
        audit(
            db,
            actor,
            "vendor.link",
            vendor,
            {"user_id": user_id, "previous_user_id": previous[0] if previous else None},
        )
    return both("staff.linked") + f": {shown(vendor)} → <@{user_id}>"


def _unlink(db: sqlite_utils.Database, *, actor: str, vendor: str) -> str:
    if not vendor:
        return both("staff.usage") + ": " + both("staff.unlink_usage", separator=" ")
    with transaction(db):
        row = db.conn.execute(
            "SELECT user_id FROM vendor_links WHERE vendor = ?", (vendor,)
        ).fetchone()
        if row is None:
            return (
                both("staff.no_link", vendor=shown(vendor))
                + " `/vendor list` "
                + both("staff.shows_all")
            )
        db.conn.execute("DELETE FROM vendor_links WHERE vendor = ?", (vendor,))
        audit(db, actor, "vendor.unlink", vendor, {"user_id": row[0]})
    return both("staff.unlinked") + f": {shown(vendor)} (<@{row[0]}>)"


def _show_vendor(db: sqlite_utils.Database, settings: Settings, *, team_id: str, query: str) -> str:
    user_id = parse_user_reference(query)
    vendors: list[str]
    if user_id is None:
        row = db.conn.execute(
            "SELECT team_id, user_id FROM vendor_links WHERE vendor = ?", (query,)
        ).fetchone()
        if row is None and BARE_USER_ID.match(query) and _has_talked(db, team_id, query):
            row = (team_id, query)  # a bare user id, e.g. the console's `console-user`
        if row is None:
            owners = _ticket_company_owners(db, query)
            if len(owners) > 1:
                listed = "\n".join(f"• {shown(company)} → <@{user}>" for _, user, company in owners)
                several = both("staff.several_companies", query=shown(query))
                return f"{several}:\n{listed}\n" + both("staff.mention_instead")
            row = owners[0][:2] if owners else None
        if row is None:
            return (
                both("staff.vendor_not_found", separator="/ ", query=shown(query))
                + " "
                + both("staff.vendor_not_found_hint", separator=" ", query=shown(query))
            )
        team_id, user_id = row
    vendors = [
        name
        for (name,) in db.conn.execute(
            "SELECT vendor FROM vendor_links WHERE team_id = ? AND user_id = ? ORDER BY vendor",
            (team_id, user_id),
        )
    ]
    lines = [f"*<@{user_id}>*" + (f" — {', '.join(map(shown, vendors))}" if vendors else "")]
    profile = load_profile(db, team_id, user_id)
    if profile:
        lines.append(both("staff.profile") + f" ({len(profile)}):")
        lines += [f"• {profile_line(key, value)}" for key, value in profile.items()]
    else:
        lines.append(both("staff.profile") + ": " + both("progress.none_yet"))
    lines += _verdict_lines(db, settings, team_id, user_id)
    lines += _ticket_lines(db, team_id, user_id)
    lines += journey.staff_journey_lines(journey.load_journey(db, team_id, user_id))
    # The help desk's cases (bot/cases.py).
    from bot.cases import vendor_case_lines

    lines += vendor_case_lines(db, team_id, user_id, show=shown)
    return "\n".join(lines)


def _folded(text: str) -> str:
    # Full-width and half-width letters/digits, and upper/lower case, compare equal.
    return unicodedata.normalize("NFKC", text).casefold()


def _ticket_company_owners(db: sqlite_utils.Database, query: str) -> list[tuple[str, str, str]]:
    """(team, user, company) of each vendor whose ticket's company name contains `query`."""
    wanted = _folded(query.strip())
    if not wanted:
        return []
    owners: dict[tuple[str, str], str] = {}
    for team_id, user_id, company in db.conn.execute(
        "SELECT team_id, user_id, json_extract(fields_json, '$.company') FROM tickets"
        " WHERE json_extract(fields_json, '$.company') IS NOT NULL ORDER BY id DESC"
    ):
        if wanted in _folded(str(company)):
            owners.setdefault((team_id, user_id), str(company))
    return [(team, user, company) for (team, user), company in owners.items()]


def profile_line(key: str, value: Any) -> str:
    """One profile answer as staff read it: the field's label and its value in words."""
    field = PROFILE_FIELDS.get(key)
    if field is None:
        return f"{key}: {shown(json.dumps(value, ensure_ascii=False))}"
    label = f"{field.label_zh} / {field.label_en}"
    if field.kind == "bool" and isinstance(value, bool):
        text = both("commission.yes" if value else "commission.no")
    elif field.kind == "money" and isinstance(value, int | float | str):
        amount = Decimal(str(value))
        text = t("staff.yuan", "zh", amount=f"{amount:,.2f}".removesuffix(".00"))
    elif field.kind in {"support", "industry"} and isinstance(value, str):
        text = f"{field.choice_label(value, 'zh')} / {field.choice_label(value, 'en')}"
    elif field.kind == "experience" and isinstance(value, dict):
        text = (
            t("commission.list_separator", "zh").join(
                t("staff.years", "zh", market=market_label(m), years=years)
                for m, years in value.items()
            )
            or "—"
        )
    elif field.kind == "date" and isinstance(value, str):
        text = shown(value[:10])
    else:
        return f"{label}: {shown(value)}"
    return f"{label}: {text}"


def _has_talked(db: sqlite_utils.Database, team_id: str, user_id: str) -> bool:
    return (
        db.conn.execute(
            "SELECT 1 FROM vendor_profiles WHERE team_id = ? AND user_id = ?"
            " UNION ALL SELECT 1 FROM conversations WHERE team_id = ? AND user_id = ? LIMIT 1",
            (team_id, user_id, team_id, user_id),
        ).fetchone()
        is not None
    )


def _verdict_lines(
    db: sqlite_utils.Database, settings: Settings, team_id: str, user_id: str
) -> list[str]:
    try:
        progress = Engine(db, settings).progress(team_id, user_id)
    except Exception:  # noqa: BLE001 - a lookup must still show the rest
        log.exception("progress lookup failed for %s/%s", team_id, user_id)
        return [both("progress.verdicts") + f": ({both('staff.unavailable')})"]
    if not progress.verdicts:
        return [both("progress.verdicts") + ": " + both("progress.none_yet")]
    # The conversation's marks and words for each verdict (was the bare status id here).
    return [both("progress.verdicts") + ":"] + [
        f"• {VERDICT_MARKS.get(v.status, '')} {market_label(v.market)}: "
        + both(f"verdict_word_{v.status}")
        for v in progress.verdicts
    ]


# A stored ticket's status → the ticket_status_* words (a draft is still being filled in).
_TICKET_STATE_WORDS = {"draft": "drafting", "final": "final"}


def _ticket_lines(db: sqlite_utils.Database, team_id: str, user_id: str) -> list[str]:
    rows = db.conn.execute(
        "SELECT id, markets_json, amount, status, created_at, finalized_at FROM tickets"
        " WHERE team_id = ? AND user_id = ? ORDER BY id",
        (team_id, user_id),
    ).fetchall()
    if not rows:
        # "未起草 / not drafted", as chat and App Home say it (was 无 / none).
        return [both("staff.tickets") + ": " + both("ticket_status_none")]
    lines = [both("staff.tickets") + ":"]
    for ticket_id, markets_json, amount, status, created_at, finalized_at in rows:
        markets = ", ".join(market_label(m) for m in json.loads(markets_json))
        when = (finalized_at or created_at)[:10]
        amount_text = t("staff.yuan", "zh", amount=f"{amount:,}")
        # The state in the words chat and App Home use (ticket_status_*), not the stored code.
        state = both(f"ticket_status_{_TICKET_STATE_WORDS.get(status, 'drafting')}")
        lines.append(f"• #{ticket_id} {state} {amount_text} ({markets}) {when}")
    return lines
