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
from bot.texts import LocalizedError, both, pair

MAX_ALIAS_CHAIN = 32


class AliasError(LocalizedError, ValueError):
    """An alias refused (empty or control characters, already one vendor, not an alias)."""


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


def _check_name(name: str, what_key: str) -> str:
    value = name.strip()
    what = pair(what_key)
    if not value:
        raise AliasError(*pair("vendor.alias.name_empty", what=what))
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise AliasError(*pair("vendor.alias.name_control_char", what=what))
    return value


def add_alias(db: sqlite_utils.Database, alias: str, canonical: str, *, actor: str) -> str:
    """Count `alias`'s orders (past and future) as `canonical`'s. Returns the confirmation."""
    alias = _check_name(alias, "vendor.alias.the_alias")
    canonical = _check_name(canonical, "vendor.alias.the_canonical")
    with transaction(db):
        resolver = load_resolver(db)
        alias_key = fold_vendor_name(alias)
        canonical_key = resolver.key(canonical)
        if canonical_key == alias_key:
            raise AliasError(*pair("vendor.alias.same", alias=alias, canonical=canonical))
        existing = db.conn.execute(
            "SELECT canonical FROM vendor_aliases WHERE alias_key = ?", (alias_key,)
        ).fetchone()
        if existing is not None:
            raise AliasError(*pair("vendor.alias.already", alias=alias, canonical=existing[0]))
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
    return both("vendor.alias.merged", alias=alias, canonical=canonical)


def remove_alias(db: sqlite_utils.Database, alias: str, *, actor: str) -> str:
    alias = _check_name(alias, "vendor.alias.the_alias")
    with transaction(db):
        row = db.conn.execute(
            "SELECT alias, canonical FROM vendor_aliases WHERE alias_key = ?",
            (fold_vendor_name(alias),),
        ).fetchone()
        if row is None:
            raise AliasError(*pair("vendor.alias.unknown", alias=alias))
        db.conn.execute(
            "DELETE FROM vendor_aliases WHERE alias_key = ?", (fold_vendor_name(alias),)
        )
        audit(db, actor, "vendor.unalias", row[0], {"canonical": row[1]})
    return both("vendor.alias.removed", alias=row[0], canonical=row[1])


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
        return both("vendor.alias.none")
    lines = [both("vendor.alias.list_title", count=len(aliases))]
    lines += [f"• {a.alias} ⇒ {a.canonical} ({a.actor}, {a.at[:10]})" for a in aliases]
    return "\n".join(lines)
