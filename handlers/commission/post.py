"""Post a month's commission to Slack exactly once: a DM per linked vendor, one overview.

Exactly once, across crashes, restarts and second runs:
1. Every post has a row in `commission_posts`, UNIQUE (month, target). It is *claimed*
   (committed) before the Slack call and marked *sent* with the message ts after it.
2. Each message carries Slack message metadata `{"event_type": "onboard_commission_summary",
   "event_payload": {"marker": "<month>|<target>"}}`. A row still *claimed* on a later run may
   or may not have reached Slack (the process died in between); it is resolved by reading the
   channel's history since the claim (conversations.history with include_all_metadata) and
   looking for the marker: found → marked sent, not resent; absent → sent now.
   The CSV attached to the overview is resolved the same way through the overview's thread
   (conversations.replies), by its file name.
3. Only one poster works on a month at a time (`commission_post_leases`), so the history check
   never races a live sender. A lease whose process is gone is taken over at once.
The client never retries by itself (no retry handlers, whichever client the caller passes:
the CLI's, the slash command's or the schedule's): a post Slack stored but answered with a
5xx or a dropped connection would be delivered twice by a blind retry. The claim → post →
confirm above is the only retry path; a 429 (Slack did not take the call) is waited out
here, after Retry-After (`_rate_limited`).
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlite_utils
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.corrections import (
    CorrectionRound,
    changes_since_posted,
    figures_of,
    has_snapshot,
    load_rounds,
    overview_correction_message,
    record_shown,
    start_round,
    vendor_correction_message,
)
from bot.commission.export import EXPORT_FIELDS, csv_text
from bot.commission.summary import (
    SummaryRow,
    category_label,
    parse_month,
    summarize_month,
    yuan,
)
from bot.commission.vendors import load_resolver
from bot.config import Settings
from bot.slack_text import escape_mrkdwn, fit_message
from bot.storage import audit, transaction, utc_now
from bot.texts import LocalizedError, both, pair, t
from handlers.commission_blocks import (
    build_overview_blocks,
    build_vendor_summary_blocks,
)
from handlers.outbox_sender import find_marked_message
from rules.commission import explain_tier, format_percent

MARKER_EVENT = "onboard_commission_summary"
OVERVIEW = "overview"
OVERVIEW_CSV = "overview-csv"
OVERVIEW_CHART = "overview-chart"
CHANNEL_PACE_SECONDS = 1.0  # chat.postMessage: about one message per second per channel
LEASE_STALE_SECONDS = 120.0
HISTORY_MARGIN_SECONDS = 120.0  # clock skew between us and Slack when reading history
OVERVIEW_MAX_CHARS = 3500


class PostError(LocalizedError):
    """The month cannot be posted now (no channel configured, another run holds the lease)."""


@dataclass
class PostReport:
    month: str
    sent: list[str] = field(default_factory=list)
    confirmed_after_crash: list[str] = field(default_factory=list)
    already_sent: list[str] = field(default_factory=list)
    unlinked_vendors: list[str] = field(default_factory=list)
    nothing_to_post: bool = False
    corrections: list[str] = field(default_factory=list)  # correction targets sent now
    correction_rounds: list[int] = field(default_factory=list)

    def text(self) -> str:
        if self.nothing_to_post:
            return both("commission.post.nothing", month=self.month)
        counts = {
            "sent": len(self.sent),
            "already": len(self.already_sent),
            "confirmed": len(self.confirmed_after_crash),
        }
        lines = [f"{self.month}: " + both("commission.post.report", **counts)]
        if self.correction_rounds:
            rounds = ", ".join(f"#{n}" for n in self.correction_rounds)
            lines.append(
                "  "
                + both("commission.post.corrections", rounds=rounds, sent=len(self.corrections))
            )
        if self.sent:
            lines.append("  sent: " + ", ".join(self.sent))
        if self.unlinked_vendors:
            lines.append(
                "  " + both("commission.post.unlinked") + ": " + ", ".join(self.unlinked_vendors)
            )
        return "\n".join(lines)


RATE_LIMIT_RETRIES = 5
MAX_RETRY_AFTER_SECONDS = 60.0


def make_client(settings: Settings) -> AsyncWebClient:
    """Web API client for posting: SLACK_API_URL and no retry handlers (see module doc)."""
    # Explicitly none: slack_sdk's default retries a reset connection blindly.
    return AsyncWebClient(
        token=settings.slack_bot_token, base_url=settings.slack_api_url, retry_handlers=[]
    )


def posting_client(client: AsyncWebClient) -> AsyncWebClient:
    """`client` (same token, URL, session, timeout) without its retry handlers: the app's
    client retries 5xx and dropped connections itself, which could post a summary twice."""
    if not client.retry_handlers:
        return client
    return AsyncWebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=client.timeout,
        session=client.session,
        retry_handlers=[],
    )


async def _rate_limited(call: Callable[[], Awaitable[Any]]) -> Any:
    """Run a Web API call, waiting out HTTP 429 (Slack did not take the call, so repeating
    it cannot duplicate anything); every other failure is the caller's."""
    for attempt in range(RATE_LIMIT_RETRIES + 1):
        try:
            return await call()
        except SlackApiError as exc:
            status = getattr(exc.response, "status_code", 200)
            if status != 429 or attempt == RATE_LIMIT_RETRIES:
                raise
            headers = {k.lower(): v for k, v in dict(exc.response.headers or {}).items()}
            raw = headers.get("retry-after", "1")
            raw = raw[0] if isinstance(raw, list) else raw
            try:
                delay = float(raw)
            except (TypeError, ValueError):
                delay = 1.0
            await asyncio.sleep(min(MAX_RETRY_AFTER_SECONDS, max(0.0, delay)))
    raise AssertionError("unreachable")


# ---------------------------------------------------------------- texts


def _money(amount: Decimal | None, lang: str) -> str:
    return "-" if amount is None else t("commission.post.money", lang, amount=amount)


def _figures(row: SummaryRow, lang: str) -> list[str]:
    r = row.result
    head = t(
        "commission.post.figures",
        lang,
        category=category_label(row, lang),
        total=_money(r.total, lang),
        distribution=_money(r.distribution, lang),
        commissionable=_money(r.commissionable, lang),
    )
    if r.status == "no_rate":
        return [head, f"  {explain_tier(r, lang)}"]
    assert r.rate is not None and r.tier1_rate is not None
    tier_line = t(
        "commission.post.tier_figures",
        lang,
        tier=r.tier,
        rate=format_percent(r.rate),
        tier1_rate=format_percent(r.tier1_rate),
        precharged=_money(r.precharged, lang),
        commission=_money(r.commission, lang),
        refund=_money(r.refund, lang),
    )
    return [head, f"  {tier_line}", f"  {explain_tier(r, lang)}"]


def vendor_message(vendor: str, month: str, rows: list[SummaryRow]) -> str:
    """The vendor's DM: the month's figures in Chinese, then in English."""
    name = escape_mrkdwn(vendor)  # from the settlement CSV: never markup
    lines: list[str] = []
    for lang in ("zh", "en"):
        if lines:
            lines.append("")
        lines.append("*" + t("commission.post.vendor_title", lang, month=month, vendor=name) + "*")
        for row in rows:
            lines.extend(_figures(row, lang))
        lines.append(t("commission.vendor_note", lang))
    return "\n".join(lines)


def overview_message(month: str, rows: list[SummaryRow], unlinked: list[str]) -> str:
    ok = [row for row in rows if row.result.status == "ok"]
    total = sum((row.result.total for row in rows), start=0)
    commission = sum((row.result.commission or 0 for row in ok), start=0)
    refund = sum((row.result.refund or 0 for row in ok), start=0)
    vendors = sorted({row.vendor for row in rows})
    lines = [
        "*" + both("commission.blocks.overview_title", month=month) + "*",
        both(
            "commission.post.overview_totals",
            vendors=len(vendors),
            total=yuan(total),  # type: ignore[arg-type]
            commission=yuan(commission),  # type: ignore[arg-type]
            refund=yuan(refund),  # type: ignore[arg-type]
        ),
    ]
    body: list[str] = []
    for row in rows:
        r = row.result
        if r.status == "no_rate":
            figures = both("commission.no_rate")
        else:
            assert r.rate is not None
            figures = both(
                "commission.post.overview_tier",
                tier=r.tier,
                rate=format_percent(r.rate),
                precharged=yuan(r.precharged),
                commission=yuan(r.commission),
                refund=yuan(r.refund),
            )
        total_line = t(
            "commission.post.overview_total",
            "zh",
            total=yuan(r.total),
            distribution=yuan(r.distribution),
        )
        body.append(f"• {escape_mrkdwn(row.vendor)} / {category_label(row)}: {total_line}{figures}")
    shown, used = [], 0
    for line in body:
        if used + len(line) > OVERVIEW_MAX_CHARS:
            shown.append(both("commission.blocks.more_rows", more=len(body) - len(shown)))
            break
        shown.append(line)
        used += len(line) + 1
    lines.extend(shown)
    if unlinked:
        lines.append(
            both("commission.blocks.unlinked")
            + ": "
            + ", ".join(escape_mrkdwn(name) for name in unlinked)
        )
    return "\n".join(lines)


def summary_csv(rows: list[SummaryRow], linked: set[str]) -> str:
    """The table attached to the overview; cells neutralised against formula injection."""
    fields = [name for name in EXPORT_FIELDS if name != "category_name"]
    return csv_text(
        [*fields, "slack_linked"],
        (
            [*(row.to_json()[k] for k in fields), "yes" if row.vendor in linked else "no"]
            for row in rows
        ),
    )


# ---------------------------------------------------------------- bookkeeping


def _lease_is_free(row: tuple[str, str, int, float] | None, now: float) -> bool:
    if row is None:
        return True
    _, host, pid, heartbeat = row
    if now - heartbeat > LEASE_STALE_SECONDS:
        return True
    if host == socket.gethostname() and pid != os.getpid():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    return False


def _take_lease(db: sqlite_utils.Database, month: str, run_id: str) -> None:
    now = time.time()
    with transaction(db) as conn:
        row = conn.execute(
            "SELECT run_id, host, pid, heartbeat_at FROM commission_post_leases WHERE month = ?",
            (month,),
        ).fetchone()
        if not _lease_is_free(row, now):
            raise PostError(*pair("commission.post.leased", month=month, host=row[1], pid=row[2]))
        conn.execute(
            "INSERT INTO commission_post_leases (month, run_id, host, pid, heartbeat_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (month) DO UPDATE SET run_id = excluded.run_id,"
            " host = excluded.host, pid = excluded.pid, heartbeat_at = excluded.heartbeat_at",
            (month, run_id, socket.gethostname(), os.getpid(), now),
        )


def _heartbeat(db: sqlite_utils.Database, month: str, run_id: str) -> None:
    db.conn.execute(
        "UPDATE commission_post_leases SET heartbeat_at = ? WHERE month = ? AND run_id = ?",
        (time.time(), month, run_id),
    )


def _release_lease(db: sqlite_utils.Database, month: str, run_id: str) -> None:
    db.conn.execute(
        "DELETE FROM commission_post_leases WHERE month = ? AND run_id = ?", (month, run_id)
    )


@dataclass
class _Post:
    month: str
    target: str
    vendor: str | None
    channel: str
    marker: str
    state: str
    claimed_epoch: float
    ts: str | None


def _load_post(db: sqlite_utils.Database, month: str, target: str) -> _Post | None:
    row = db.conn.execute(
        "SELECT vendor, channel, marker, state, claimed_at, ts FROM commission_posts"
        " WHERE month = ? AND target = ?",
        (month, target),
    ).fetchone()
    if row is None:
        return None
    vendor, channel, marker, state, claimed_at, ts = row
    return _Post(
        month,
        target,
        vendor,
        channel,
        marker,
        state,
        datetime.fromisoformat(claimed_at).timestamp(),
        ts,
    )


def _claim(
    db: sqlite_utils.Database, month: str, target: str, vendor: str | None, channel: str
) -> _Post:
    now = utc_now()
    marker = f"{month}|{target}"
    db.conn.execute(
        "INSERT INTO commission_posts (month, target, vendor, channel, marker, state, claimed_at)"
        " VALUES (?, ?, ?, ?, ?, 'claimed', ?)",
        (month, target, vendor, channel, marker, now),
    )
    return _Post(
        month,
        target,
        vendor,
        channel,
        marker,
        "claimed",
        datetime.fromisoformat(now).timestamp(),
        None,
    )


def _mark_sent(db: sqlite_utils.Database, post: _Post, ts: str, actor: str) -> None:
    with transaction(db):
        db.conn.execute(
            "UPDATE commission_posts SET state = 'sent', sent_at = ?, ts = ? WHERE month = ?"
            " AND target = ?",
            (utc_now(), ts, post.month, post.target),
        )
        audit(
            db,
            actor,
            "commission.post",
            f"{post.month}/{post.target}",
            {"channel": post.channel, "ts": ts},
        )


def _retry_count(db: sqlite_utils.Database, post: _Post) -> None:
    db.conn.execute(
        "UPDATE commission_posts SET attempts = attempts + 1 WHERE month = ? AND target = ?",
        (post.month, post.target),
    )


# ---------------------------------------------------------------- Slack


async def _find_marked_message(
    client: AsyncWebClient, post: _Post, thread_ts: str | None = None
) -> str | None:
    """ts of a message in post.channel (or that thread) carrying post.marker, since the claim."""
    return await find_marked_message(
        client,
        post.channel,
        lambda payload: payload.get("marker") == post.marker,
        oldest=post.claimed_epoch - HISTORY_MARGIN_SECONDS,
        thread_ts=thread_ts,
    )


async def _find_thread_file(
    client: AsyncWebClient, channel: str, thread_ts: str, filename: str
) -> str | None:
    cursor: str | None = None
    while True:
        kwargs: dict[str, Any] = {"channel": channel, "ts": thread_ts, "limit": 200}
        if cursor:
            kwargs["cursor"] = cursor
        page = await client.conversations_replies(**kwargs)
        for message in page.get("messages", []):
            for file in message.get("files") or []:
                if file.get("name") == filename:
                    return str(message.get("ts") or file.get("id"))
        cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            return None


class _Pacer:
    """At most one chat.postMessage per second per channel."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self.last: dict[str, float] = {}

    async def wait(self, channel: str) -> None:
        last = self.last.get(channel)
        if last is not None:
            delay = self.seconds - (self.clock() - last)
            if delay > 0:
                await asyncio.sleep(delay)
        self.last[channel] = self.clock()


async def _claim_or_recover(
    db: sqlite_utils.Database, month: str, target: str, vendor: str | None, channel: str
) -> tuple[_Post, bool]:
    """(post, recovering): recovering means an earlier run claimed it and its fate is unknown."""
    existing = _load_post(db, month, target)
    if existing is not None:
        if existing.state == "claimed":
            _retry_count(db, existing)
        return existing, existing.state == "claimed"
    return _claim(db, month, target, vendor, channel), False


async def post_month(
    db: sqlite_utils.Database,
    settings: Settings,
    client: AsyncWebClient,
    month: str,
    *,
    actor: str = "commission-poster",
    pace_seconds: float = CHANNEL_PACE_SECONDS,
) -> PostReport:
    """DM each linked vendor its figures and post the overview (+ CSV) to the staff channel."""
    month = parse_month(month)
    channel = settings.onboard_commission_channel
    if not channel:
        raise PostError(*pair("commission.post.no_channel"))
    report = PostReport(month)
    rows = summarize_month(db, month)
    original_done = _original_done(db, month)
    if not rows and not original_done and not has_snapshot(db, month):
        report.nothing_to_post = True
        return report
    client = posting_client(client)
    run_id = uuid.uuid4().hex
    _take_lease(db, month, run_id)
    try:
        pacer = _Pacer(pace_seconds)
        links = _links_by_key(db)
        if not original_done and rows:
            _remember_unshown(db, month, rows)
            await _post_all(db, client, month, channel, rows, report, actor, pacer, run_id, links)
        else:
            report.already_sent.extend(
                target
                for (target,) in db.conn.execute(
                    "SELECT target FROM commission_posts WHERE month = ? AND state = 'sent'"
                    " AND target NOT LIKE 'correction-%' ORDER BY id",
                    (month,),
                )
            )
        # Never a second summary: whatever changed since it was shown goes out as a correction.
        await _post_corrections(db, client, month, channel, rows, report, actor, pacer, links)
    finally:
        _release_lease(db, month, run_id)
    return report


def _original_done(db: sqlite_utils.Database, month: str) -> bool:
    """The monthly overview went out (after it, changes are corrections)."""
    return (
        db.conn.execute(
            "SELECT 1 FROM commission_posts WHERE month = ? AND target = ? AND state = 'sent'",
            (month, OVERVIEW),
        ).fetchone()
        is not None
    )


def _links_by_key(db: sqlite_utils.Database) -> dict[str, str]:
    """vendor key -> Slack user, through the same folding and aliases as the grouping."""
    resolver = load_resolver(db)
    links: dict[str, str] = {}
    for vendor, user_id in db.conn.execute(
        "SELECT vendor, user_id FROM vendor_links ORDER BY vendor"
    ):
        links.setdefault(resolver.key(vendor), user_id)
    return links


def _remember_unshown(db: sqlite_utils.Database, month: str, rows: list[SummaryRow]) -> None:
    """Before (re)running the monthly post: vendors not yet shown anything (no DM sent, no
    overview) are remembered with today's figures; those already DM'd keep what they saw."""
    figures = figures_of(rows)
    dm_sent = {
        vendor
        for (vendor,) in db.conn.execute(
            "SELECT vendor FROM commission_posts WHERE month = ? AND target LIKE 'vendor:%'"
            " AND state = 'sent'",
            (month,),
        )
    }
    with transaction(db):
        names = {
            key: name
            for key, name in db.conn.execute(
                "SELECT vendor_key, vendor FROM commission_posted_figures WHERE month = ?",
                (month,),
            )
        }
        names.update((key, name) for key, (name, _) in figures.items())
        unshown = [key for key, name in names.items() if name not in dm_sent]
        record_shown(db, month, figures, 0, keys=unshown)


async def _post_corrections(
    db: sqlite_utils.Database,
    client: AsyncWebClient,
    month: str,
    channel: str,
    rows: list[SummaryRow],
    report: PostReport,
    actor: str,
    pacer: _Pacer,
    links: dict[str, str],
) -> None:
    # A round that a crash interrupted is finished first, exactly as it was decided; then
    # whatever changed since (including during that round) becomes a new round.
    for correction in pending_rounds(db, month):
        await _post_round(db, client, month, channel, correction, report, actor, pacer, links)
    if _original_done(db, month):
        changes = changes_since_posted(db, month, rows)
        if changes:
            correction = start_round(db, month, changes, actor)
            await _post_round(db, client, month, channel, correction, report, actor, pacer, links)


async def _post_round(
    db: sqlite_utils.Database,
    client: AsyncWebClient,
    month: str,
    channel: str,
    correction: CorrectionRound,
    report: PostReport,
    actor: str,
    pacer: _Pacer,
    links: dict[str, str],
) -> None:
    overview = _load_post(db, month, OVERVIEW)
    report.correction_rounds.append(correction.round_no)
    prefix = f"correction-{correction.round_no}"
    for change in correction.changes:
        user = links.get(change.vendor_key)
        if user is None:
            continue
        target = f"{prefix}:vendor:{change.vendor}"
        dm_channel = await _unsent_dm_channel(db, client, report, month, target, user)
        if dm_channel is None:
            continue
        before = len(report.sent)
        await _post_once(
            db,
            client,
            report,
            pacer,
            month,
            target,
            change.vendor,
            dm_channel,
            escape_mrkdwn(vendor_correction_message(change, correction.round_no)),
            actor,
        )
        report.corrections.extend(report.sent[before:])
    before = len(report.sent)
    await _post_once(
        db,
        client,
        report,
        pacer,
        month,
        f"{prefix}:{OVERVIEW}",
        None,
        channel,
        escape_mrkdwn(overview_correction_message(month, correction.round_no, correction.changes)),
        actor,
        thread_ts=overview.ts if overview is not None else None,
    )
    report.corrections.extend(report.sent[before:])


def pending_rounds(db: sqlite_utils.Database, month: str) -> list[CorrectionRound]:
    """Correction rounds begun but not finished (a crash or a Slack error in between)."""
    return [r for r in load_rounds(db, month) if not _round_done(db, r)]


def _round_done(db: sqlite_utils.Database, correction: CorrectionRound) -> bool:
    """A round ends with its overview reply (the DMs go first)."""
    post = _load_post(db, correction.month, f"correction-{correction.round_no}:{OVERVIEW}")
    return post is not None and post.state == "sent"


async def _post_all(
    db: sqlite_utils.Database,
    client: AsyncWebClient,
    month: str,
    channel: str,
    rows: list[SummaryRow],
    report: PostReport,
    actor: str,
    pacer: _Pacer,
    run_id: str,
    links_by_key: dict[str, str],
) -> None:
    by_vendor: dict[str, list[SummaryRow]] = {}
    links: dict[str, str] = {}
    for row in rows:
        by_vendor.setdefault(row.vendor, []).append(row)
        if row.vendor_key in links_by_key:
            links[row.vendor] = links_by_key[row.vendor_key]
    report.unlinked_vendors = sorted(vendor for vendor in by_vendor if vendor not in links)

    for vendor in sorted(by_vendor):
        if vendor not in links:
            continue
        target = f"vendor:{vendor}"
        dm_channel = await _unsent_dm_channel(db, client, report, month, target, links[vendor])
        if dm_channel is None:
            continue
        text = vendor_message(vendor, month, by_vendor[vendor])
        blocks = build_vendor_summary_blocks(vendor, month, by_vendor[vendor])
        await _post_once(
            db, client, report, pacer, month, target, vendor, dm_channel, text, actor, blocks
        )
        _heartbeat(db, month, run_id)

    overview = overview_message(month, rows, report.unlinked_vendors)
    overview_blocks = build_overview_blocks(month, rows, report.unlinked_vendors)
    overview_ts = await _post_once(
        db, client, report, pacer, month, OVERVIEW, None, channel, overview, actor, overview_blocks
    )
    uploads = (
        _Upload(
            OVERVIEW_CSV,
            f"commission-{month}.csv",
            both("commission.post.csv_title", month=month),
            lambda: summary_csv(rows, set(links)),
        ),
        _Upload(
            OVERVIEW_CHART,
            f"commission-{month}.png",
            both("commission.post.chart_title", month=month),
            lambda: _chart(rows, month),
        ),
    )
    for upload in uploads:
        await _upload_once(db, client, report, month, channel, overview_ts, upload, actor)


def _chart(rows: list[SummaryRow], month: str) -> bytes:
    # Call-time: matplotlib is loaded only when a month is really posted.
    from bot.commission.chart import render_month_chart

    return render_month_chart(rows, month)


async def _unsent_dm_channel(
    db: sqlite_utils.Database,
    client: AsyncWebClient,
    report: PostReport,
    month: str,
    target: str,
    user: str,
) -> str | None:
    """The DM channel a vendor's post goes to: the one a crashed run already chose, else a
    newly opened one; None (and noted in the report) when the post was sent already."""
    existing = _load_post(db, month, target)
    if existing is not None and existing.state == "sent":
        report.already_sent.append(target)
        return None
    if existing is not None:
        return existing.channel
    opened = await _rate_limited(lambda: client.conversations_open(users=user))
    return str(opened["channel"]["id"])


async def _post_once(
    db: sqlite_utils.Database,
    client: AsyncWebClient,
    report: PostReport,
    pacer: _Pacer,
    month: str,
    target: str,
    vendor: str | None,
    channel: str,
    text: str,
    actor: str,
    blocks: list[dict[str, Any]] | None = None,
    *,
    thread_ts: str | None = None,
) -> str:
    post, recovering = await _claim_or_recover(db, month, target, vendor, channel)
    if post.state == "sent":
        report.already_sent.append(target)
        return post.ts or ""
    if recovering:
        found = await _rate_limited(lambda: _find_marked_message(client, post, thread_ts))
        if found:
            _mark_sent(db, post, found, actor)
            report.confirmed_after_crash.append(target)
            return found
    await pacer.wait(post.channel)
    # The text stays: it is the notification and the fallback where blocks are not shown.
    text, blocks = fit_message(text, blocks)  # the last guard on size
    response = await _rate_limited(
        lambda: client.chat_postMessage(
            channel=post.channel,
            text=text,
            blocks=blocks,
            thread_ts=thread_ts,
            metadata={"event_type": MARKER_EVENT, "event_payload": {"marker": post.marker}},
            unfurl_links=False,
        )
    )
    ts = str(response["ts"])
    _mark_sent(db, post, ts, actor)
    report.sent.append(target)
    return ts


async def _upload_once(
    db: sqlite_utils.Database,
    client: AsyncWebClient,
    report: PostReport,
    month: str,
    channel: str,
    overview_ts: str,
    upload: _Upload,
    actor: str,
) -> None:
    """A file in the overview's thread, exactly once (found again by its name after a crash)."""
    post, recovering = await _claim_or_recover(db, month, upload.target, None, channel)
    if post.state == "sent":
        report.already_sent.append(upload.target)
        return
    if recovering:
        found = await _rate_limited(
            lambda: _find_thread_file(client, channel, overview_ts, upload.filename)
        )
        if found:
            _mark_sent(db, post, found, actor)
            report.confirmed_after_crash.append(upload.target)
            return
    # Building it (the chart takes about a second) must not stall the bot's event loop.
    content = await asyncio.to_thread(upload.content)
    response = await _rate_limited(
        lambda: client.files_upload_v2(
            channel=channel,
            thread_ts=overview_ts,
            filename=upload.filename,
            title=upload.title,
            content=content,
        )
    )
    files = response.get("files") or [response.get("file") or {}]
    _mark_sent(db, post, str(files[0].get("id") or overview_ts), actor)
    report.sent.append(upload.target)


@dataclass(frozen=True)
class _Upload:
    target: str
    filename: str
    title: str
    content: Callable[[], str | bytes]  # built only when it is really sent
