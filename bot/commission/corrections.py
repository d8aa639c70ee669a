"""Posted figures and corrections: what each vendor was shown for a month, and what changed since.

`commission_posted_figures` holds, per month and vendor (key), the per-category figures last
shown — by the monthly post (round 0) or a correction (round N). When orders change a posted
month (a late import, a void, an amendment, an alias), `changes_since_posted` tells old → new;
the importer and the staff commands say so at once, and `post_month` posts a correction round
(`commission_corrections`): one DM per changed linked vendor and one reply in the overview's
thread, each exactly once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlite_utils

from bot.commission.summary import SummaryRow, summarize_month
from bot.storage import transaction, utc_now
from bot.texts import both, t
from rules.markets import market_label

Figures = dict[str, dict[str, Any]]  # category -> SummaryRow.to_json() minus vendor/month


def figures_of(rows: Iterable[SummaryRow]) -> dict[str, tuple[str, Figures]]:
    """vendor key -> (display name, figures per category)."""
    out: dict[str, tuple[str, Figures]] = {}
    for row in rows:
        data = {k: v for k, v in row.to_json().items() if k not in ("vendor", "month")}
        key = row.vendor_key or row.vendor
        out.setdefault(key, (row.vendor, {}))[1][row.category] = data
    return out


@dataclass(frozen=True)
class VendorChange:
    month: str
    vendor_key: str
    vendor: str
    old: Figures
    new: Figures

    def to_json(self) -> dict[str, Any]:
        return {
            "vendor_key": self.vendor_key,
            "vendor": self.vendor,
            "old": self.old,
            "new": self.new,
        }

    @classmethod
    def from_json(cls, month: str, data: dict[str, Any]) -> VendorChange:
        return cls(month, data["vendor_key"], data["vendor"], data["old"], data["new"])

    def totals(self, which: str) -> dict[str, Decimal]:
        figures = self.old if which == "old" else self.new
        return {
            name: sum(
                (Decimal(f[name]) for f in figures.values() if f.get(name) is not None),
                start=Decimal("0.00"),
            )
            for name in ("total", "commission", "refund")
        }


def yuan(amount: Decimal | str | None) -> str:
    """¥ with thousands separators and two decimals; "-" when there is no figure."""
    return "-" if amount is None else f"¥{Decimal(amount):,.2f}"


def _snapshot(db: sqlite_utils.Database, month: str) -> dict[str, tuple[str, Figures]]:
    return {
        key: (vendor, json.loads(figures))
        for key, vendor, figures in db.conn.execute(
            "SELECT vendor_key, vendor, figures_json FROM commission_posted_figures WHERE month = ?",
            (month,),
        )
    }


def has_snapshot(db: sqlite_utils.Database, month: str) -> bool:
    return (
        db.conn.execute(
            "SELECT 1 FROM commission_posted_figures WHERE month = ? LIMIT 1", (month,)
        ).fetchone()
        is not None
    )


def changes_since_posted(
    db: sqlite_utils.Database, month: str, rows: list[SummaryRow] | None = None
) -> list[VendorChange]:
    """Vendors whose figures differ from what they were last shown (none if never posted)."""
    posted = _snapshot(db, month)
    if not posted:
        return []
    current = figures_of(summarize_month(db, month) if rows is None else rows)
    changes = []
    for key in sorted(set(posted) | set(current), key=lambda k: (current.get(k) or posted[k])[0]):
        old = posted.get(key, ("", {}))[1]
        name, new = current.get(key, (posted.get(key, ("", {}))[0], {}))
        if old != new:
            changes.append(VendorChange(month, key, name, old, new))
    return changes


def record_shown(
    db: sqlite_utils.Database,
    month: str,
    figures: dict[str, tuple[str, Figures]],
    round_no: int,
    keys: Iterable[str] | None = None,
) -> None:
    """Remember what `keys` (default: all) are being shown; a vendor now without orders that
    is in `keys` is forgotten (it is shown nothing)."""
    for key in figures if keys is None else keys:
        if key in figures:
            name, data = figures[key]
            db.conn.execute(
                "INSERT INTO commission_posted_figures (month, vendor_key, vendor, figures_json,"
                " round) VALUES (?, ?, ?, ?, ?) ON CONFLICT (month, vendor_key) DO UPDATE SET"
                " vendor = excluded.vendor, figures_json = excluded.figures_json,"
                " round = excluded.round",
                (month, key, name, json.dumps(data, ensure_ascii=False, sort_keys=True), round_no),
            )
        else:
            db.conn.execute(
                "DELETE FROM commission_posted_figures WHERE month = ? AND vendor_key = ?",
                (month, key),
            )


@dataclass(frozen=True)
class CorrectionRound:
    month: str
    round_no: int
    changes: list[VendorChange]


def start_round(
    db: sqlite_utils.Database, month: str, changes: list[VendorChange], actor: str
) -> CorrectionRound:
    """Commit a new round with its changes; the new figures count as shown from now on (the
    round's posts are claimed and sent exactly once afterwards, across crashes)."""
    with transaction(db):
        last = db.conn.execute(
            "SELECT COALESCE(MAX(round), 0) FROM commission_corrections WHERE month = ?", (month,)
        ).fetchone()[0]
        round_no = int(last) + 1
        db.conn.execute(
            "INSERT INTO commission_corrections (month, round, created_at, actor, changes_json)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                month,
                round_no,
                utc_now(),
                actor,
                json.dumps([c.to_json() for c in changes], ensure_ascii=False),
            ),
        )
        shown = {c.vendor_key: (c.vendor, c.new) for c in changes if c.new}
        record_shown(db, month, shown, round_no, keys=[c.vendor_key for c in changes])
    return CorrectionRound(month, round_no, changes)


def load_rounds(db: sqlite_utils.Database, month: str) -> list[CorrectionRound]:
    return [
        CorrectionRound(
            month, round_no, [VendorChange.from_json(month, c) for c in json.loads(raw)]
        )
        for round_no, raw in db.conn.execute(
            "SELECT round, changes_json FROM commission_corrections WHERE month = ? ORDER BY round",
            (month,),
        )
    ]


# ---------------------------------------------------------------- texts


def _arrow(old: Any, new: Any) -> str:
    return f"{yuan(old)} → {yuan(new)}"


def _category_lines(change: VendorChange, lang: str) -> list[str]:
    lines = []
    for category in sorted(set(change.old) | set(change.new)):
        old, new = change.old.get(category, {}), change.new.get(category, {})
        if old == new:
            continue
        lines.append(
            t(
                "commission.correction.category_line",
                lang,
                category=market_label(category, lang),
                total=_arrow(old.get("total"), new.get("total")),
                old_tier=old.get("tier") or "-",
                new_tier=new.get("tier") or "-",
                commission=_arrow(old.get("commission"), new.get("commission")),
                refund=_arrow(old.get("refund"), new.get("refund")),
            )
        )
    return lines


def totals_line(change: VendorChange, lang: str) -> str:
    old, new = change.totals("old"), change.totals("new")
    return t(
        "commission.correction.totals",
        lang,
        commission=_arrow(old["commission"], new["commission"]),
        refund=_arrow(old["refund"], new["refund"]),
    )


def vendor_correction_message(change: VendorChange, round_no: int) -> str:
    """The vendor's DM, Chinese then English (like the monthly summary it corrects)."""
    lines: list[str] = []
    for lang in ("zh", "en"):
        if lines:
            lines.append("")
        values = {"round": round_no, "month": change.month, "vendor": change.vendor}
        lines += [
            "*" + t("commission.correction.vendor_title", lang, **values) + "*",
            t("commission.correction.vendor_intro", lang, **values),
            *_category_lines(change, lang),
            t("commission.correction.total", lang, totals=totals_line(change, lang)),
        ]
    return "\n".join(lines)


def _both_totals(change: VendorChange) -> str:
    return f"{totals_line(change, 'zh')} / {totals_line(change, 'en')}"


def overview_correction_message(
    month: str, round_no: int, changes: list[VendorChange], max_chars: int = 3500
) -> str:
    title = both(
        "commission.correction.overview_title", round=round_no, month=month, count=len(changes)
    )
    lines = [f"*{title}*"]
    used = 0
    for index, change in enumerate(changes):
        line = f"• {change.vendor}: {_both_totals(change)}"
        if used + len(line) > max_chars:
            lines.append(both("commission.correction.more", more=len(changes) - index, month=month))
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines)


def posted_changes_notice(db: sqlite_utils.Database, months: Iterable[str]) -> str:
    """What the importer (or a void/amend/alias) prints: changed figures of posted months."""
    blocks = []
    for month in sorted(set(months)):
        changes = changes_since_posted(db, month)
        if not changes:
            continue
        lines = [both("commission.correction.posted_changed", month=month)]
        lines += [f"  {c.vendor}: {_both_totals(c)}" for c in changes]
        lines.append(
            f"{both('commission.correction.to_post')}: "
            f"`onboard-bot commission post --month {month}` {both('commission.or')} "
            f"`/commission post {month}`"
        )
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def all_posted_months(db: sqlite_utils.Database) -> list[str]:
    return [
        month
        for (month,) in db.conn.execute(
            "SELECT DISTINCT month FROM commission_posted_figures ORDER BY month"
        )
    ]
