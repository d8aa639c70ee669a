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
        if lang == "en":
            lines.append(
                f"• {market_label(category, 'en')}: settled total {_arrow(old.get('total'), new.get('total'))}; "
                f"tier {old.get('tier') or '-'} → {new.get('tier') or '-'}; commission "
                f"{_arrow(old.get('commission'), new.get('commission'))}; refund "
                f"{_arrow(old.get('refund'), new.get('refund'))}"
            )
        else:
            lines.append(
                f"• {market_label(category)}：应结算实收现金总额 {_arrow(old.get('total'), new.get('total'))}；"
                f"档位 第{old.get('tier') or '-'}档 → 第{new.get('tier') or '-'}档；佣金 "
                f"{_arrow(old.get('commission'), new.get('commission'))}；返还 "
                f"{_arrow(old.get('refund'), new.get('refund'))}"
            )
    return lines


def totals_line(change: VendorChange, lang: str) -> str:
    old, new = change.totals("old"), change.totals("new")
    if lang == "en":
        return (
            f"commission {_arrow(old['commission'], new['commission'])}, refund "
            f"{_arrow(old['refund'], new['refund'])}"
        )
    return (
        f"佣金 {_arrow(old['commission'], new['commission'])}，返还 "
        f"{_arrow(old['refund'], new['refund'])}"
    )


def vendor_correction_message(change: VendorChange, round_no: int) -> str:
    month = change.month
    lines = [
        f"*更正 #{round_no}：{month} 云市场平台服务费（佣金）· {change.vendor}*",
        f"此前发给您的 {month} 月结数字因订单变动（补录、作废或更正）有变，以下为新数字（旧 → 新）：",
        *_category_lines(change, "zh"),
        f"合计：{totals_line(change, 'zh')}",
        "",
        f"*Correction #{round_no}: Marketplace commission for {month} · {change.vendor}*",
        f"The {month} figures sent to you earlier changed (orders added, voided or corrected); "
        "old → new:",
        *_category_lines(change, "en"),
        f"Total: {totals_line(change, 'en')}",
    ]
    return "\n".join(lines)


def overview_correction_message(
    month: str, round_no: int, changes: list[VendorChange], max_chars: int = 3500
) -> str:
    lines = [
        f"*更正 #{round_no}：{month} 月结有 {len(changes)} 家服务商的数字变化 / correction #{round_no}: "
        f"{month} figures changed for {len(changes)} vendor(s)*"
    ]
    used = 0
    for index, change in enumerate(changes):
        line = f"• {change.vendor}: {totals_line(change, 'zh')} / {totals_line(change, 'en')}"
        if used + len(line) > max_chars:
            more = len(changes) - index
            lines.append(
                f"…… 另有 {more} 家，见 `/commission summary {month}` / {more} more: "
                f"`/commission summary {month}`"
            )
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
        lines = [
            f"注意：{month} 已发布过，以下服务商的数字变了 / note: {month} was already posted and "
            "these vendors' figures changed:"
        ]
        lines += [f"  {c.vendor}: {totals_line(c, 'zh')} / {totals_line(c, 'en')}" for c in changes]
        lines.append(
            f"发送更正 / to post the correction: `onboard-bot commission post --month {month}` "
            f"或 / or `/commission post {month}`"
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
