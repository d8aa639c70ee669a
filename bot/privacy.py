"""Personal data: erasing a vendor, and purging old event bodies and sent messages.

What is stored where, for how long and why: docs/PRIVACY.md. Erasure removes a vendor's
personal data from every table that can hold it; the audit log keeps that the erasure (and
everything before it) happened — who, when, which vendor id — with the details redacted
(migration 0012 allows exactly that redaction and nothing else).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

import sqlite_utils

from bot.config import Settings
from bot.inbox import inbox_for
from bot.storage import audit, utc_now
from bot.texts import both, pair

# bot.conversation.types.Lang; not imported, since the conversation engine imports this module.
Lang = Literal["zh", "en"]

log = logging.getLogger(__name__)

PURGE_INTERVAL_SECONDS = 24 * 60 * 60
# Rows per purge transaction: ~40 ms each here, so acks never wait long behind a backlog.
PURGE_BATCH_ROWS = 1000
# A ticket value shorter than this ("张三" is 2) is not searched for in free text: it would
# match unrelated messages. Rows are still found by the vendor's id.
_MIN_VALUE_CHARS = 4
ERASED_MARK = "erased"

# ----------------------------------------------------------------- the vendor's request

# Compared after folding (NFKC, lower case, spaces and end punctuation dropped).
_ERASE_ZH = re.compile(
    # ("好的 那删除我的数据吧" — black-box 48, D21: an ok / 那 before the request.)
    r"^(?:好的?|好吧|嗯|行|ok|那|那么|那就|还是)*(?:请|麻烦)?(?:帮我|给我)?(?:把)?"
    r"(?:删除|删掉|删了|清除|清空|抹掉|注销)(?:掉)?(?:我的|我们的|本人的)?"
    r"(?:全部|所有)?(?:的)?(?:个人)?(?:数据|资料|信息|记录)(?:吧|谢谢)?$"
)
_ERASE_EN = re.compile(
    r"^(?:(?:ok|okay|alright|then|so|yes|fine),? )*(?:please )?(?:delete|erase|remove|wipe|clear)"
    r" (?:all )?(?:of )?(?:my|our) "
    r"(?:personal )?(?:data|information|info|details|records)(?: please)?$"
    r"|^(?:please )?forget (?:about )?me(?: please)?$"
)


def _by_lang(key: str) -> dict[Lang, str]:
    return pair(key)._asdict()  # type: ignore[return-value]


# The vendor's "delete my data" exchange (texts in bot/texts.py), by language.
ERASE_TEXTS: dict[str, dict[Lang, str]] = {
    "confirm": _by_lang("privacy.confirm"),
    "erased": _by_lang("privacy.erased"),
    "kept": _by_lang("privacy.kept"),
}
YES_LABEL: dict[Lang, str] = _by_lang("privacy.yes")
NO_LABEL: dict[Lang, str] = _by_lang("privacy.no")


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"\s+", " ", folded).strip(" 。.!！?？~～，,")
    return folded


# The request inside a sentence (black-box 52, D3: "ok. pls delete my data now, the phone and
# address" started a 数据智能 check; "算了我们再考虑一下，把我的资料都删掉吧" was no market).
_ERASE_IN_SENTENCE_ZH = re.compile(
    r"(?:删除|删掉|清除|清空|抹掉)(?:掉)?(?:我的|我们的|本人的)(?:全部|所有)?(?:的)?(?:个人)?"
    r"(?:数据|资料|信息|记录)(?!库|智能|中心|分析|产品|服务|方案|备份|表|平台|系统)"
    r"|(?:把)(?:我的|我们的|本人的)?(?:全部|所有)?(?:的)?(?:个人)?(?:数据|资料|信息|记录)"
    r"(?:都|全部|全)?(?:删除|删掉|删了|清除|清空|抹掉)"
)
_ERASE_IN_SENTENCE_EN = re.compile(
    r"(?<![a-z])(?:delete|erase|remove|wipe|clear) (?:all )?(?:of )?(?:my|our) (?:personal )?"
    r"(?:data|information|info|details|records)(?![a-z])"
)
# A question about erasing, not a request: "删除我的数据后还能恢复吗", "how do I delete my data?".
_ERASE_ASKED_ABOUT = re.compile(
    r"吗|么|怎么|如何|能不能恢复|是否|[?？]|(?<![a-z])(?:how|what|when|why|whether|if)(?![a-z])"
)


def is_erase_request(text: str) -> bool:
    """ "删除我的数据", "请删除我的个人信息", "delete my data", "forget me", … in either language,
    alone or inside a sentence ("pls delete my data now, the phone and address")."""
    folded = _fold(text)
    if _ERASE_ZH.match(folded.replace(" ", "")) or _ERASE_EN.match(folded):
        return True
    inside = _ERASE_IN_SENTENCE_ZH.search(folded.replace(" ", "")) or _ERASE_IN_SENTENCE_EN.search(
        folded
    )
    return inside is not None and not _ERASE_ASKED_ABOUT.search(folded)


# ----------------------------------------------------------------- erasing


@dataclass
class ErasureReport:
    """Rows touched per table (counts only: the report itself holds no personal data)."""

    vendors: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, count: int) -> None:
        if count:
            self.rows[table] = self.rows.get(table, 0) + count

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        if not self.rows:
            return "0"
        return ", ".join(f"{table} {count}" for table, count in sorted(self.rows.items()))


@contextmanager
def _atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """Join the caller's transaction, or run in one of our own."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _personal_values(conn: sqlite3.Connection, team_id: str, user_id: str) -> list[str]:
    """What the vendor typed into tickets (account, company, address, contact, phone): looked
    for in free text (messages, stored event bodies) besides the rows keyed by their id."""
    values: set[str] = set()
    for (fields_json,) in conn.execute(
        "SELECT fields_json FROM tickets WHERE team_id = ? AND user_id = ?", (team_id, user_id)
    ):
        try:
            fields = json.loads(fields_json)
        except json.JSONDecodeError:
            continue
        if isinstance(fields, dict):
            values.update(str(v) for v in fields.values() if isinstance(v, str))
    for (state_json,) in conn.execute(
        "SELECT state_json FROM conversations WHERE team_id = ? AND user_id = ?",
        (team_id, user_id),
    ):
        try:
            fields = json.loads(state_json).get("ticket_fields") or {}
        except (json.JSONDecodeError, AttributeError):
            continue
        if isinstance(fields, dict):
            values.update(str(v) for v in fields.values() if isinstance(v, str))
    return sorted(v for v in values if len(v.strip()) >= _MIN_VALUE_CHARS)


def _mentions(column: str, values: list[str]) -> tuple[str, list[str]]:
    """SQL `(instr(column, ?) > 0 OR …)` for each value, and its parameters. JSON columns
    hold non-ASCII text as is (ensure_ascii=False), so plain instr finds it."""
    if not values:
        return "0", []
    clause = " OR ".join(f"instr({column}, ?) > 0" for _ in values)
    return f"({clause})", list(values)


@dataclass
class _Found:
    """Rows holding the vendor's data, found by a scan; `upto` = the highest rowid/id of
    each table when the scan began (a later scan only needs the rows after it)."""

    values: list[str]
    linked: list[str]
    events: set[int] = field(default_factory=set)
    outbox: set[int] = field(default_factory=set)
    audit: set[int] = field(default_factory=set)
    upto: tuple[int, int, int] = (0, 0, 0)


def _linked_names(conn: sqlite3.Connection, team_id: str, user_id: str) -> list[str]:
    return [
        vendor
        for (vendor,) in conn.execute(
            "SELECT vendor FROM vendor_links WHERE team_id = ? AND user_id = ? ORDER BY vendor",
            (team_id, user_id),
        )
    ]


def _scan(
    conn: sqlite3.Connection,
    team_id: str,
    user_id: str,
    found: _Found | None = None,
) -> _Found:
    """Find every stored event body, outbox message and audit row sent by or about the
    vendor (by their id, and by the values they typed into tickets). Given an earlier scan
    with the same values, only rows added since are read."""
    values = _personal_values(conn, team_id, user_id)
    linked = _linked_names(conn, team_id, user_id)
    if found is None or found.values != values or found.linked != linked:
        found = _Found(values, linked)
    since_event, since_outbox, since_audit = found.upto
    found.upto = tuple(  # type: ignore[assignment]
        conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
        for table in ("slack_events", "outbox", "audit_log")
    )
    quoted = json.dumps(user_id)
    body_mention, body_params = _mentions("body_json", values)
    found.events.update(
        rowid
        for (rowid,) in conn.execute(
            "SELECT rowid FROM slack_events WHERE rowid > ? AND body_json IS NOT NULL"
            f" AND (instr(body_json, ?) > 0 OR {body_mention})",
            (since_event, quoted, *body_params),
        )
    )
    text_mention, text_params = _mentions("text", values)
    data_mention, data_params = _mentions("data_json", values)
    # Plain instr first (cheap); the JSON is parsed only for rows that matched.
    found.outbox.update(
        row_id
        for (row_id,) in conn.execute(
            "SELECT id FROM outbox WHERE id > ? AND (channel = ? OR instr(data_json, ?) > 0"
            f" OR instr(text, ?) > 0 OR {text_mention} OR {data_mention})"
            " AND json_extract(data_json, '$.erased') IS NULL",
            (since_outbox, user_id, quoted, f"<@{user_id}>", *text_params, *data_params),
        )
    )
    detail_mention, detail_params = _mentions("detail_json", values)
    subject_mention, subject_params = _mentions("subject", values)
    linked_in = ",".join("?" for _ in linked) or "NULL"
    found.audit.update(
        row_id
        for (row_id,) in conn.execute(
            "SELECT id FROM audit_log WHERE id > ? AND action != 'vendor.erase' AND ("
            " subject = ? OR actor = ? OR instr(detail_json, ?) > 0"
            f" OR subject IN ({linked_in}) OR {detail_mention} OR {subject_mention})",
            (
                since_audit,
                f"{team_id}/{user_id}",
                user_id,
                quoted,
                *linked,
                *detail_params,
                *subject_params,
            ),
        )
    )
    return found


def erase_vendor(
    db: sqlite_utils.Database,
    team_id: str,
    user_id: str,
    *,
    actor: str,
    prescanned: _Found | None = None,
) -> ErasureReport:
    """Remove the vendor's personal data from every table, atomically; audit the erasure.

    The full scan of free text runs first without the write lock (WAL: readers never block
    the inbox's writes); the transaction then re-reads only what was added meanwhile.
    Inside a transaction already open on `db` (the engine's turn) all of it joins that.
    `prescanned`: that first scan, done elsewhere (`erase_command_async`: in a thread).
    """
    conn = db.conn
    report = ErasureReport(vendors=[(team_id, user_id)])
    subject = f"{team_id}/{user_id}"
    found = prescanned
    if found is None and not conn.in_transaction:
        found = _scan(conn, team_id, user_id)
    with _atomic(conn):
        found = _scan(conn, team_id, user_id, found)
        owned = (team_id, user_id)
        # Help-desk cases (bot/cases.py): what was said on them, their hand-off links, then
        # the cases. A staff FAQ entry made from one stays (staff reviewed it as a general
        # question and answer) but loses its link to the vendor's case.
        case_ids = "SELECT id FROM cases WHERE team_id = ? AND user_id = ?"
        for table in ("case_messages", "case_handoffs"):
            cursor = conn.execute(f"DELETE FROM {table} WHERE case_id IN ({case_ids})", owned)
            report.add(table, cursor.rowcount)
        conn.execute(f"UPDATE staff_faq SET case_id = NULL WHERE case_id IN ({case_ids})", owned)
        for table in (
            "cases",
            "tickets",
            "conversations",
            "vendor_profiles",
            "verdicts",
            "handoffs",
            # The joining journey and who marked its steps (bot/journey.py).
            "journeys",
            "journey_history",
            # A vendor-name link ties a person to a company: it goes (the audit keeps that it
            # existed, under the vendor id). Commission orders keep company names: business.
            "vendor_links",
        ):
            cursor = conn.execute(f"DELETE FROM {table} WHERE team_id = ? AND user_id = ?", owned)
            report.add(table, cursor.rowcount)
        report.add("slack_events", _erase_event_bodies(conn, found.events))
        report.add("outbox", _erase_outbox(conn, found.outbox))
        report.add("audit_log", _redact_audit(conn, subject, found))
        audit(db, actor, "vendor.erase", subject, {"rows": report.rows})
    report.add("slack_events", _erase_inbox_bodies(db, user_id, found.values))
    return report


def _erase_inbox_bodies(db: sqlite_utils.Database, user_id: str, values: list[str]) -> int:
    """Event bodies also live in the inbox file (bot/inbox.py, its own SQLite file beside the
    main database so acks never wait for the main write lock): the vendor's go there too."""
    inbox = inbox_for(db)
    if not inbox.separate:
        return 0  # an in-memory database keeps its bodies in the main slack_events, done above
    mention, params = _mentions("body_json", values)
    with _atomic(inbox.conn):
        return inbox.conn.execute(
            "UPDATE slack_events SET body_json = NULL, status = 'done',"
            " done_at = COALESCE(done_at, ?) WHERE body_json IS NOT NULL"
            f" AND (instr(body_json, ?) > 0 OR {mention})",
            (utc_now(), json.dumps(user_id), *params),
        ).rowcount


def _purge_inbox_bodies(db: sqlite_utils.Database, cutoff: str, report: PurgeReport) -> None:
    """Expired bodies in the inbox file (see `_erase_inbox_bodies`)."""
    inbox = inbox_for(db)
    if not inbox.separate:
        return
    with _atomic(inbox.conn):
        report.event_bodies += inbox.conn.execute(
            "UPDATE slack_events SET body_json = NULL, status = 'done',"
            " done_at = COALESCE(done_at, ?) WHERE body_json IS NOT NULL AND received_at < ?",
            (utc_now(), cutoff),
        ).rowcount


def _erase_event_bodies(conn: sqlite3.Connection, rowids: set[int]) -> int:
    """Stored event bodies sent by or about the vendor lose their body. The event id stays
    (so a late redelivery is still recognised) and an unprocessed one is not replayed."""
    now = utc_now()
    conn.executemany(
        "UPDATE slack_events SET body_json = NULL, status = 'done',"
        " done_at = COALESCE(done_at, ?) WHERE rowid = ?",
        [(now, rowid) for rowid in sorted(rowids)],
    )
    return len(rowids)


def _erase_outbox(conn: sqlite3.Connection, ids: set[int]) -> int:
    """Messages to or about the vendor keep only ids (the reply's owner, so an old button
    is still recognised as old); unsent ones are never sent."""
    now = utc_now()
    for row_id in sorted(ids):
        row = conn.execute("SELECT data_json FROM outbox WHERE id = ?", (row_id,)).fetchone()
        conn.execute(
            "UPDATE outbox SET text = '', data_json = ?, last_error = NULL,"
            " failed_at = CASE WHEN sent_at IS NULL THEN COALESCE(failed_at, ?) END"
            " WHERE id = ?",
            (_ids_only(row[0] if row else None, erased=True), now, row_id),
        )
    return len(ids)


def _ids_only(data_json: str | None, *, erased: bool = False) -> str:
    """An outbox row's data reduced to ids and language (what click checks and dedupe use)."""
    try:
        data = json.loads(data_json) if data_json else {}
    except json.JSONDecodeError:
        data = {}
    kept = {
        key: data[key]
        for key in ("user", "lang", "team_id", "user_id", "posted_with", "thread_of")
        if isinstance(data, dict) and key in data
    }
    if erased:
        kept[ERASED_MARK] = True
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


def _redact_audit(conn: sqlite3.Connection, subject: str, found: _Found) -> int:
    """Audit rows about the vendor keep who/what/when; their detail is cleared and a
    company-name subject (a vendor link) becomes the vendor id."""
    redacted = 0
    for row_id in sorted(found.audit):
        row_subject, detail_json = conn.execute(
            "SELECT subject, detail_json FROM audit_log WHERE id = ?", (row_id,)
        ).fetchone()
        names_company = row_subject in found.linked or any(
            value in (row_subject or "") for value in found.values
        )
        new_subject = subject if names_company else row_subject
        if detail_json is None and new_subject == row_subject:
            continue
        conn.execute(
            "UPDATE audit_log SET detail_json = NULL, subject = ? WHERE id = ?",
            (new_subject, row_id),
        )
        redacted += 1
    return redacted


# ----------------------------------------------------------------- finding whom to erase

_USER_REFERENCE = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$|^([UW][A-Z0-9]{2,})$")
_BARE_USER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
_TABLES_WITH_OWNER = (
    "vendor_profiles",
    "conversations",
    "tickets",
    "verdicts",
    "handoffs",
    "cases",
)


class EraseTargetError(ValueError):
    """The staff member's reference names nobody, or several vendors."""


def _teams_of(conn: sqlite3.Connection, user_id: str, team_id: str | None) -> list[str]:
    union = " UNION ".join(
        f"SELECT team_id FROM {table} WHERE user_id = ?"
        for table in (*_TABLES_WITH_OWNER, "vendor_links")
    )
    teams = [
        team
        for (team,) in conn.execute(
            f"SELECT DISTINCT team_id FROM ({union}) ORDER BY team_id",
            (user_id,) * (len(_TABLES_WITH_OWNER) + 1),
        )
    ]
    if team_id is not None:
        teams = [team for team in teams if team == team_id]
    return teams


def find_vendors(
    db: sqlite_utils.Database, query: str, *, team_id: str | None = None
) -> list[tuple[str, str]]:
    """(team, user) pairs `query` names: a Slack mention or user id, a bare id that talked to
    the bot (the console's `console-user`), a linked vendor name, or a ticket's company name
    (one vendor only). `team_id` limits the search to one workspace (Slack); the CLI sees all.
    Raises EraseTargetError naming the problem."""
    conn = db.conn
    text = query.strip()
    if not text:
        raise EraseTargetError(both("privacy.erase.no_target"))
    match = _USER_REFERENCE.match(text)
    if match:
        user_id = match.group(1) or match.group(2)
        teams = _teams_of(conn, user_id, team_id)
        # A Slack user with nothing in the tables may still have event bodies or messages.
        return [(team, user_id) for team in teams] or [(team_id or "", user_id)]
    if _BARE_USER_ID.match(text):
        teams = _teams_of(conn, text, team_id)
        if teams:
            return [(team, text) for team in teams]
    rows = conn.execute(
        "SELECT team_id, user_id FROM vendor_links WHERE vendor = ?"
        + (" AND team_id = ?" if team_id is not None else ""),
        (text,) if team_id is None else (text, team_id),
    ).fetchall()
    if rows:
        return [(team, user) for team, user in rows]
    wanted = unicodedata.normalize("NFKC", text).casefold()
    owners: dict[tuple[str, str], str] = {}
    for team, user, company in conn.execute(
        "SELECT team_id, user_id, json_extract(fields_json, '$.company') FROM tickets"
        " WHERE json_extract(fields_json, '$.company') IS NOT NULL ORDER BY id DESC"
    ):
        if team_id is not None and team != team_id:
            continue
        if wanted in unicodedata.normalize("NFKC", str(company)).casefold():
            owners.setdefault((team, user), str(company))
    if len(owners) > 1:
        listed = "; ".join(f"{company} → {user}" for (_, user), company in owners.items())
        raise EraseTargetError(both("privacy.erase.several", text=text, listed=listed))
    if owners:
        return list(owners)
    raise EraseTargetError(both("privacy.erase.not_found", text=text))


def erase_command(
    db: sqlite_utils.Database, query: str, *, actor: str, team_id: str | None
) -> tuple[bool, str]:
    """`/vendor erase …` and `onboard-bot vendor erase …`: (ok, message for the staff)."""
    try:
        targets = find_vendors(db, query, team_id=team_id)
    except EraseTargetError as error:
        return False, str(error)
    lines = []
    for team, user in targets:
        report = erase_vendor(db, team, user, actor=actor)
        lines.append(_erased_line(team, user, report))
    return True, "\n".join(lines)


def _database_file(db: sqlite_utils.Database) -> str | None:
    """The main database's file, None for an in-memory one."""
    for _, name, path in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(path) or None
    return None


def _scan_in_own_connection(path: str, team_id: str, user_id: str) -> _Found:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _scan(conn, team_id, user_id)
    finally:
        conn.close()


async def erase_command_async(
    db: sqlite_utils.Database, query: str, *, actor: str, team_id: str | None
) -> tuple[bool, str]:
    """`erase_command` for the bot's event loop (`/vendor erase` in Slack): the long scan of
    free text runs in a thread on its own read-only connection, so acks and replies go on;
    only the short transaction runs on the loop."""
    path = _database_file(db)
    if path is None:
        return erase_command(db, query, actor=actor, team_id=team_id)
    try:
        targets = find_vendors(db, query, team_id=team_id)
    except EraseTargetError as error:
        return False, str(error)
    lines = []
    for team, user in targets:
        found = await asyncio.to_thread(_scan_in_own_connection, path, team, user)
        report = erase_vendor(db, team, user, actor=actor, prescanned=found)
        lines.append(_erased_line(team, user, report))
    return True, "\n".join(lines)


def _erased_line(team: str, user: str, report: ErasureReport) -> str:
    who = f"<@{user}>" if _USER_REFERENCE.match(user) else user
    return (
        both("privacy.erase.done", who=who)
        + (f" (team {team})" if team else "")
        + f": {report.summary()}"
    )


# ----------------------------------------------------------------- retention


@dataclass
class PurgeReport:
    event_bodies: int = 0
    outbox_rows: int = 0
    # Where the next batch starts.
    last_event_rowid: int = 0
    last_outbox_id: int = 0

    def summary(self) -> str:
        return f"event bodies {self.event_bodies}, sent messages {self.outbox_rows}"


def purge_expired(
    db: sqlite_utils.Database, retention_days: int, *, now: datetime | None = None
) -> PurgeReport:
    """Forget stored event bodies and the text of sent (or given-up) messages older than
    `retention_days`. Event ids and outbox ids stay (dedupe, stale-click checks).

    Works in short batches (each its own transaction), so a large backlog never holds the
    write lock for long."""
    cutoff = _cutoff(retention_days, now)
    report = PurgeReport()
    while _purge_batch(db, cutoff, report):
        pass
    _purge_inbox_bodies(db, cutoff, report)
    _audit_purge(db, retention_days, report)
    return report


async def purge_expired_async(
    db: sqlite_utils.Database, retention_days: int, *, now: datetime | None = None
) -> PurgeReport:
    """`purge_expired` for the bot's event loop: it yields between batches, so acks and
    replies go on while a backlog is purged."""
    cutoff = _cutoff(retention_days, now)
    report = PurgeReport()
    while _purge_batch(db, cutoff, report):
        await asyncio.sleep(0)
    _purge_inbox_bodies(db, cutoff, report)
    _audit_purge(db, retention_days, report)
    return report


def _cutoff(retention_days: int, now: datetime | None) -> str:
    moment = now or datetime.now(UTC)
    return (moment - timedelta(days=retention_days)).isoformat(timespec="milliseconds")


def _purge_batch(db: sqlite_utils.Database, cutoff: str, report: PurgeReport) -> bool:
    """One batch of each kind; True while there may be more."""
    conn = db.conn
    with _atomic(conn):
        # An event never processed within the retention period is not replayed either.
        # Both walk forward from where the last batch ended (no rescans of purged rows).
        event_rowids = [
            rowid
            for (rowid,) in conn.execute(
                "SELECT rowid FROM slack_events WHERE rowid > ? AND body_json IS NOT NULL"
                " AND received_at < ? ORDER BY rowid LIMIT ?",
                (report.last_event_rowid, cutoff, PURGE_BATCH_ROWS),
            )
        ]
        events = 0
        if event_rowids:
            events = conn.execute(
                "UPDATE slack_events SET body_json = NULL, status = 'done',"
                " done_at = COALESCE(done_at, ?) WHERE rowid BETWEEN ? AND ?"
                " AND body_json IS NOT NULL AND received_at < ?",
                (utc_now(), event_rowids[0], event_rowids[-1], cutoff),
            ).rowcount
            report.last_event_rowid = event_rowids[-1]
        rows = conn.execute(
            "SELECT id, data_json FROM outbox WHERE id > ? AND ((sent_at IS NOT NULL"
            " AND sent_at < ?) OR (failed_at IS NOT NULL AND failed_at < ?)) AND (text != ''"
            " OR last_error IS NOT NULL OR json_extract(data_json, '$.blocks') IS NOT NULL"
            " OR json_extract(data_json, '$.question') IS NOT NULL) ORDER BY id LIMIT ?",
            (report.last_outbox_id, cutoff, cutoff, PURGE_BATCH_ROWS),
        ).fetchall()
        if rows:
            report.last_outbox_id = rows[-1][0]
        for row_id, data_json in rows:
            conn.execute(
                "UPDATE outbox SET text = '', data_json = ?, last_error = NULL WHERE id = ?",
                (_ids_only(data_json), row_id),
            )
    report.event_bodies += events
    report.outbox_rows += len(rows)
    return len(event_rowids) == PURGE_BATCH_ROWS or len(rows) == PURGE_BATCH_ROWS


def _audit_purge(db: sqlite_utils.Database, retention_days: int, report: PurgeReport) -> None:
    if not (report.event_bodies or report.outbox_rows):
        return
    with _atomic(db.conn):
        audit(
            db,
            "system",
            "retention.purge",
            None,
            {
                "retention_days": retention_days,
                "event_bodies": report.event_bodies,
                "outbox_rows": report.outbox_rows,
            },
        )


async def run_purge_schedule(
    db: sqlite_utils.Database,
    settings: Settings,
    *,
    interval: float = PURGE_INTERVAL_SECONDS,
    now: Callable[[], datetime] | None = None,
) -> None:
    """In the bot: purge at start, then once per `interval` (a day), until cancelled."""
    while True:
        try:
            report = await purge_expired_async(
                db, settings.onboard_retention_days, now=now() if now else None
            )
            if report.event_bodies or report.outbox_rows:
                log.info("retention purge: %s", report.summary())
        except Exception:  # noqa: BLE001 - retried tomorrow; the bot keeps serving
            log.exception("retention purge failed")
        await asyncio.sleep(interval)
