"""Vendor identity for commission: folded names and staff-made aliases.

Settlement files spell one company several ways. Orders carry the folded name
(`vendor_names.fold_vendor_name`, migration 0008); summaries map that key through the staff's
aliases to the canonical vendor's key, for names that folding cannot join
(`Alibaba Cloud Beijing` ⇒ `阿里云计算（北京）有限公司`). Aliases live in `vendor_aliases` and apply at read
time, so they cover past and future orders alike and can be undone.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import sqlite_utils

from bot.commission.vendor_names import fold_vendor_name
from bot.storage import audit, transaction, utc_now

MAX_ALIAS_CHAIN = 32


class AliasError(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        self.zh, self.en = zh, en
        super().__init__(f"{zh} / {en}")


@dataclass(frozen=True)
class Alias:
    alias: str
    canonical: str
    actor: str
    at: str


@dataclass(frozen=True)
class VendorResolver:
    """Folded name → vendor key, and the display name staff chose for a canonical key."""

    targets: dict[str, str]
    canonical_names: dict[str, str]

    def key(self, name: str) -> str:
        """The vendor key of a name as typed."""
        return self.resolve(fold_vendor_name(name))

    def resolve(self, key: str) -> str:
        """A folded key (settlement_orders.vendor_key) through the aliases."""
        for _ in range(MAX_ALIAS_CHAIN):
            target = self.targets.get(key)
            if target is None or target == key:
                return key
            key = target
        return key

    def display(self, key: str) -> str | None:
        return self.canonical_names.get(key)


def load_resolver(db: sqlite_utils.Database) -> VendorResolver:
    targets: dict[str, str] = {}
    names: dict[str, str] = {}
    for alias_key, canonical, canonical_key in db.conn.execute(
        "SELECT alias_key, canonical, canonical_key FROM vendor_aliases"
    ):
        targets[alias_key] = canonical_key
        names.setdefault(canonical_key, canonical)
    return VendorResolver(targets, names)


def _check_name(name: str, what_zh: str, what_en: str) -> str:
    value = name.strip()
    if not value:
        raise AliasError(f"{what_zh}为空", f"the {what_en} is empty")
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise AliasError(
            f"{what_zh}含控制字符（如换行），请去掉", f"the {what_en} contains a control character"
        )
    return value


def add_alias(db: sqlite_utils.Database, alias: str, canonical: str, *, actor: str) -> str:
    """Count `alias`'s orders (past and future) as `canonical`'s. Returns the confirmation."""
    alias = _check_name(alias, "别名", "alias")
    canonical = _check_name(canonical, "目标服务商名称", "canonical vendor name")
    with transaction(db):
        resolver = load_resolver(db)
        alias_key = fold_vendor_name(alias)
        canonical_key = resolver.key(canonical)
        if canonical_key == alias_key:
            raise AliasError(
                f"「{alias}」与「{canonical}」已是同一服务商（名称归一后相同或已合并）",
                f"“{alias}” and “{canonical}” are already one vendor (same folded name or merged)",
            )
        existing = db.conn.execute(
            "SELECT canonical FROM vendor_aliases WHERE alias_key = ?", (alias_key,)
        ).fetchone()
        if existing is not None:
            raise AliasError(
                f"「{alias}」已合并到「{existing[0]}」；如需改动请先 unalias",
                f"“{alias}” is already merged into “{existing[0]}”; unalias it first",
            )
        # Names that pointed at the alias now point at the new canonical vendor (no chains).
        db.conn.execute(
            "UPDATE vendor_aliases SET canonical = ?, canonical_key = ? WHERE canonical_key = ?",
            (resolver.display(canonical_key) or canonical, canonical_key, alias_key),
        )
        db.conn.execute(
            "INSERT INTO vendor_aliases (alias_key, alias, canonical, canonical_key, actor, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                alias_key,
                alias,
                resolver.display(canonical_key) or canonical,
                canonical_key,
                actor,
                utc_now(),
            ),
        )
        audit(db, actor, "vendor.alias", alias, {"canonical": canonical})
    return (
        f"已合并 / Merged: 「{alias}」 ⇒ 「{canonical}」（过去和今后的订单都按「{canonical}」计算 / "
        f"past and future orders count for “{canonical}”）"
    )


def remove_alias(db: sqlite_utils.Database, alias: str, *, actor: str) -> str:
    alias = _check_name(alias, "别名", "alias")
    with transaction(db):
        row = db.conn.execute(
            "SELECT alias, canonical FROM vendor_aliases WHERE alias_key = ?",
            (fold_vendor_name(alias),),
        ).fetchone()
        if row is None:
            raise AliasError(
                f"「{alias}」不是别名；`/vendor aliases` 列出全部",
                f"“{alias}” is not an alias; `/vendor aliases` lists them all",
            )
        db.conn.execute(
            "DELETE FROM vendor_aliases WHERE alias_key = ?", (fold_vendor_name(alias),)
        )
        audit(db, actor, "vendor.unalias", row[0], {"canonical": row[1]})
    return f"已撤销合并 / Alias removed: 「{row[0]}」 ⇏ 「{row[1]}」"


def list_aliases(db: sqlite_utils.Database) -> list[Alias]:
    return [
        Alias(*row)
        for row in db.conn.execute(
            "SELECT alias, canonical, actor, at FROM vendor_aliases ORDER BY canonical, alias"
        )
    ]


def aliases_text(db: sqlite_utils.Database) -> str:
    aliases = list_aliases(db)
    if not aliases:
        return "还没有服务商别名 / No vendor aliases yet. `/vendor alias <名称> => <服务商>`"
    lines = [f"服务商别名 / Vendor aliases ({len(aliases)}):"]
    lines += [f"• {a.alias} ⇒ {a.canonical} ({a.actor}, {a.at[:10]})" for a in aliases]
    return "\n".join(lines)
