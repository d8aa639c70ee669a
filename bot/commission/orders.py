"""Staff voids and amends settled orders, with a reason; every change is kept and audited.

A voided order keeps its row (`voided_at` set): re-importing the file it came from does not
bring it back. An amended order keeps its id; the file's original figures stay in
`commission_order_changes`, and a later import of the same order is taken as known (the staff
amendment wins over the file). If the order's month was already posted, the next
`commission post --month M` sends a correction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlite_utils

from bot.commission.importer import FALSE_WORDS, TRUE_WORDS, parse_amount_fen
from bot.storage import audit, transaction, utc_now
from bot.texts import Localized, LocalizedError, both, pair

# Words for the distribution flag besides yes/no: 分销 (distribution) and 非分销 / 不分销.
DISTRIBUTION_WORDS = frozenset({"分销"})
NOT_DISTRIBUTION_WORDS = frozenset({"非分销", "不分销"})


class OrderChangeError(LocalizedError, ValueError):
    """A void or amendment refused (unknown order, no reason, a bad amount)."""


@dataclass(frozen=True)
class OrderChange:
    order_id: str
    action: str
    month: str
    before: dict[str, Any]
    after: dict[str, Any]
    month_posted: bool

    def text(self) -> str:
        if self.action == "void":
            done = both("commission.order.voided", order_id=self.order_id, month=self.month)
        else:
            done = both(
                "commission.order.amended",
                order_id=self.order_id,
                month=self.month,
                old_amount=_yuan(self.before["amount_fen"]),
                new_amount=_yuan(self.after["amount_fen"]),
                old_distribution=_yes_no(self.before["distribution"]),
                new_distribution=_yes_no(self.after["distribution"]),
            )
        lines = [done]
        if self.month_posted:
            lines.append(both("commission.order.month_posted", month=self.month))
        return "\n".join(lines)


def _yuan(fen: int) -> str:
    return f"¥{Decimal(fen).scaleb(-2):,.2f}"


def _yes_no(flag: int) -> Localized:
    return pair("commission.yes" if flag else "commission.no")


def parse_distribution(text: str) -> int:
    flag = text.strip().lower()
    if flag in TRUE_WORDS or flag in DISTRIBUTION_WORDS:
        return 1
    if flag in FALSE_WORDS or flag in NOT_DISTRIBUTION_WORDS:
        return 0
    raise OrderChangeError(*pair("commission.yes_no_invalid", value=text.strip()))


def _reason(reason: str) -> str:
    value = " ".join(reason.split())
    if not value:
        raise OrderChangeError(*pair("commission.order.reason_missing"))
    return value


def _load(db: sqlite_utils.Database, order_id: str) -> dict[str, Any]:
    row = db.conn.execute(
        "SELECT order_id, vendor, category, amount_fen, distribution, settled_on, month,"
        " voided_at FROM settlement_orders WHERE order_id = ?",
        (order_id.strip(),),
    ).fetchone()
    if row is None:
        raise OrderChangeError(*pair("commission.order.unknown", order_id=order_id.strip()))
    keys = ("order_id", "vendor", "category", "amount_fen", "distribution", "settled_on")
    order = dict(zip((*keys, "month", "voided_at"), row, strict=True))
    if order["voided_at"]:
        raise OrderChangeError(
            *pair(
                "commission.order.already_void",
                order_id=order["order_id"],
                day=order["voided_at"][:10],
            )
        )
    return order


def month_posted(db: sqlite_utils.Database, month: str) -> bool:
    return (
        db.conn.execute(
            "SELECT 1 FROM commission_posts WHERE month = ? AND state = 'sent' LIMIT 1", (month,)
        ).fetchone()
        is not None
    )


def _record(
    db: sqlite_utils.Database,
    action: str,
    order: dict[str, Any],
    after: dict[str, Any],
    reason: str,
    actor: str,
) -> None:
    before = {k: order[k] for k in ("vendor", "category", "amount_fen", "distribution")}
    db.conn.execute(
        "INSERT INTO commission_order_changes (order_id, action, reason, actor, at, before_json,"
        " after_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            order["order_id"],
            action,
            reason,
            actor,
            utc_now(),
            json.dumps(before, ensure_ascii=False),
            json.dumps(after, ensure_ascii=False),
        ),
    )
    audit(
        db,
        actor,
        f"commission.{action}",
        f"order:{order['order_id']}",
        {"reason": reason, "before": before, "after": after},
    )


def void_order(db: sqlite_utils.Database, order_id: str, *, reason: str, actor: str) -> OrderChange:
    reason = _reason(reason)
    with transaction(db):
        order = _load(db, order_id)
        db.conn.execute(
            "UPDATE settlement_orders SET voided_at = ? WHERE order_id = ?",
            (utc_now(), order["order_id"]),
        )
        _record(db, "void", order, {"voided": True}, reason, actor)
    return OrderChange(
        order["order_id"], "void", order["month"], order, {}, month_posted(db, order["month"])
    )


def amend_order(
    db: sqlite_utils.Database,
    order_id: str,
    *,
    amount: str,
    distribution: str | None = None,
    reason: str,
    actor: str,
) -> OrderChange:
    reason = _reason(reason)
    fen, why_zh, why_en = parse_amount_fen(amount)
    if fen is None:
        raise OrderChangeError(
            *pair("commission.order.amount_invalid", why=Localized(why_zh, why_en))
        )
    with transaction(db):
        order = _load(db, order_id)
        flag = order["distribution"] if distribution is None else parse_distribution(distribution)
        after = {"amount_fen": fen, "distribution": flag}
        db.conn.execute(
            "UPDATE settlement_orders SET amount_fen = ?, distribution = ? WHERE order_id = ?",
            (fen, flag, order["order_id"]),
        )
        _record(db, "amend", order, after, reason, actor)
    return OrderChange(
        order["order_id"], "amend", order["month"], order, after, month_posted(db, order["month"])
    )
