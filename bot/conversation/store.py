"""Rows of the `conversations` and `verdicts` tables (migration 0002).

Callers hold a `transaction(db)`; nothing here commits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from bot.conversation.state import ConversationState
from bot.conversation.types import ConversationKey
from bot.storage import utc_now


class StaleConversation(RuntimeError):
    """Someone else wrote the conversation since we read it; the caller retries."""


@dataclass
class StoredConversation:
    state: ConversationState
    version: int  # 0 when there is no row yet


def load_conversation(db: sqlite_utils.Database, key: ConversationKey) -> StoredConversation:
    row = db.conn.execute(
        "SELECT state_json, version FROM conversations"
        " WHERE team_id = ? AND user_id = ? AND thread_ts = ?",
        (key.team_id, key.user_id, key.thread_ts),
    ).fetchone()
    if row is None:
        return StoredConversation(ConversationState(), 0)
    return StoredConversation(ConversationState.from_json(row[0]), row[1])


def save_conversation(
    db: sqlite_utils.Database, key: ConversationKey, state: ConversationState, read_version: int
) -> int:
    """Write the state if nobody wrote since `read_version`; return the new version."""
    now = utc_now()
    if read_version == 0:
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO conversations (team_id, user_id, thread_ts, step, lang,"
            " state_json, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (
                key.team_id,
                key.user_id,
                key.thread_ts,
                state.step,
                state.lang,
                state.to_json(),
                now,
                now,
            ),
        )
    else:
        cursor = db.conn.execute(
            "UPDATE conversations SET step = ?, lang = ?, state_json = ?, version = version + 1,"
            " updated_at = ? WHERE team_id = ? AND user_id = ? AND thread_ts = ? AND version = ?",
            (
                state.step,
                state.lang,
                state.to_json(),
                now,
                key.team_id,
                key.user_id,
                key.thread_ts,
                read_version,
            ),
        )
    if cursor.rowcount != 1:
        raise StaleConversation(f"{key} changed since version {read_version}")
    return read_version + 1


def latest_conversation(
    db: sqlite_utils.Database, team_id: str, user_id: str
) -> ConversationState | None:
    """The vendor's most recently touched conversation, whatever thread it lives in."""
    row = db.conn.execute(
        "SELECT state_json FROM conversations WHERE team_id = ? AND user_id = ?"
        " ORDER BY updated_at DESC, version DESC LIMIT 1",
        (team_id, user_id),
    ).fetchone()
    return ConversationState.from_json(row[0]) if row else None


def save_verdict(
    db: sqlite_utils.Database,
    team_id: str,
    user_id: str,
    *,
    market: str,
    status: str,
    unmet: list[dict[str, Any]],
    missing: list[str],
    deposit: int,
    as_of: str,
) -> None:
    db.conn.execute(
        "INSERT INTO verdicts (team_id, user_id, market, status, unmet_json, missing_json,"
        " deposit, as_of, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (team_id, user_id, market) DO UPDATE SET status = excluded.status,"
        " unmet_json = excluded.unmet_json, missing_json = excluded.missing_json,"
        " deposit = excluded.deposit, as_of = excluded.as_of, updated_at = excluded.updated_at",
        (
            team_id,
            user_id,
            market,
            status,
            json.dumps(unmet, ensure_ascii=False, sort_keys=True),
            json.dumps(missing, ensure_ascii=False),
            deposit,
            as_of,
            utc_now(),
        ),
    )


def delete_verdicts(
    db: sqlite_utils.Database, team_id: str, user_id: str, markets: list[str]
) -> None:
    """The stored verdicts of `markets`, removed: markets the vendor said it no longer joins."""
    db.conn.executemany(
        "DELETE FROM verdicts WHERE team_id = ? AND user_id = ? AND market = ?",
        [(team_id, user_id, market) for market in markets],
    )


def load_verdicts(db: sqlite_utils.Database, team_id: str, user_id: str) -> list[dict[str, Any]]:
    rows = db.conn.execute(
        "SELECT market, status, unmet_json, missing_json, deposit, as_of FROM verdicts"
        " WHERE team_id = ? AND user_id = ? ORDER BY market",
        (team_id, user_id),
    ).fetchall()
    return [
        {
            "market": market,
            "status": status,
            "unmet": json.loads(unmet),
            "missing": json.loads(missing),
            "deposit": deposit,
            "as_of": as_of,
        }
        for market, status, unmet, missing, deposit, as_of in rows
    ]


def eligible_verdict_markets(db: sqlite_utils.Database, team_id: str, user_id: str) -> list[str]:
    """Markets whose stored verdict is eligible, in the marketplace's market order."""
    from rules.markets import MARKET_IDS

    eligible = {
        row["market"] for row in load_verdicts(db, team_id, user_id) if row["status"] == "eligible"
    }
    return [market for market in MARKET_IDS if market in eligible]


def latest_ticket(db: sqlite_utils.Database, team_id: str, user_id: str) -> dict[str, Any] | None:
    row = db.conn.execute(
        "SELECT id, markets_json, amount, fields_json, text, status, outdated_at FROM tickets"
        " WHERE team_id = ? AND user_id = ? ORDER BY id DESC LIMIT 1",
        (team_id, user_id),
    ).fetchone()
    if row is None:
        return None
    ticket_id, markets, amount, fields_json, text, status, outdated_at = row
    return {
        "outdated": outdated_at is not None,
        "id": ticket_id,
        "markets": json.loads(markets),
        "amount": amount,
        "fields": json.loads(fields_json),
        "text": text,
        "status": status,
    }


def upsert_draft_ticket(
    db: sqlite_utils.Database,
    team_id: str,
    user_id: str,
    ticket_id: int | None,
    *,
    markets: list[str],
    amount: int,
    fields: dict[str, str],
    text: str,
) -> int:
    """Create or refresh the vendor's draft ticket; return its id."""
    markets_json = json.dumps(markets)
    fields_json = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    if ticket_id is not None:
        cursor = db.conn.execute(
            "UPDATE tickets SET markets_json = ?, amount = ?, fields_json = ?, text = ?"
            " WHERE id = ? AND team_id = ? AND user_id = ? AND status = 'draft'",
            (markets_json, amount, fields_json, text, ticket_id, team_id, user_id),
        )
        if cursor.rowcount == 1:
            return ticket_id
    cursor = db.conn.execute(
        "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text, status,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?)",
        (team_id, user_id, markets_json, amount, fields_json, text, utc_now()),
    )
    return int(cursor.lastrowid or 0)


def finalize_ticket(db: sqlite_utils.Database, ticket_id: int) -> None:
    db.conn.execute(
        "UPDATE tickets SET status = 'final', finalized_at = ? WHERE id = ?",
        (utc_now(), ticket_id),
    )


def mark_ticket_outdated(db: sqlite_utils.Database, ticket_id: int) -> None:
    """A confirmed ticket whose deposit no longer matches the verdicts: to be drafted again."""
    db.conn.execute(
        "UPDATE tickets SET outdated_at = ? WHERE id = ? AND outdated_at IS NULL",
        (utc_now(), ticket_id),
    )
