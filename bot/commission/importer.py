"""Settlement file import (SPEC "Settlement file"): validate every row, then all or nothing.

Streaming with bounded memory: the file is read row by row (`sources.open_sheet`: CSV in
UTF-8/GBK/UTF-16, or .xlsx), each row validated in Python and inserted in batches straight into
`settlement_orders`, all inside ONE transaction that is rolled back on the first bad row (the
rest of the file is still read, to list up to MAX_ERRORS problems). Nothing grows with the
number of rows: an order id already stored (in an earlier import, or earlier in this file) is
skipped by the primary key (`ON CONFLICT DO NOTHING`); only a batch where rows were skipped is
compared with what is stored (through a small TEMP table) to find conflicts and exact repeats,
so a first import pays nothing for those checks; once a batch turns out mostly known (a
re-import), the next is compared first and only its new orders inserted: one look-up per row.
"""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

import sqlite_utils
from rapidfuzz import fuzz, process

from bot.commission.import_errors import COLUMNS, ImportRejected, RowError, column_label
from bot.commission.sources import Sheet, WrongGuess, open_sheet
from bot.commission.vendor_names import fold_vendor_name
from bot.config import Settings
from bot.storage import audit, utc_now
from bot.texts import Localized, pair, t
from rules.commission import KNOWN_MARKET_IDS, CommissionPolicy, default_policy
from rules.markets import resolve_market

__all__ = [
    "COLUMNS",
    "ImportRejected",
    "ImportReport",
    "NameNotice",
    "RowError",
    "column_label",
    "import_csv",
    "import_file",
    "parse_amount_fen",
    "parse_settled_on",
]

MAX_ERRORS = 20
BATCH_ROWS = 10_000
# The per-order limit the importer states (and enforces to the fen): keeps a month's
# SUM(amount_fen) far inside SQLite's 64-bit integers even for millions of rows.
MAX_AMOUNT_YUAN = 10_000_000_000
MAX_AMOUNT_FEN = MAX_AMOUNT_YUAN * 100
# The import connection's page cache while it runs (KiB, as SQLite's negative cache_size):
# large enough that the month index stays in memory, small enough for the memory budget.
IMPORT_CACHE_KIB = 32 * 1024
# Similar-name check: comparisons allowed (new names × all names), and the score (0–100,
# rapidfuzz ratio of the folded names) from which two names are reported as similar.
MAX_NAME_COMPARISONS = 5_000_000
# A load expected to add at least this many orders, and at least as many as are stored,
# builds the month index once at the end instead of row by row (see
# _drop_month_index_for_a_large_load).
REBUILD_INDEX_MIN_ROWS = 100_000
SIMILAR_NAME_SCORE = 90
MAX_NAME_NOTICES = 20
# Distinct raw values remembered per column (dates, categories, flags); past this the cache
# starts over, so a hostile file cannot grow it without bound.
MAX_CACHED_VALUES = 10_000

TRUE_WORDS = frozenset({"true", "1", "是", "yes", "y", "t"})
FALSE_WORDS = frozenset({"false", "0", "否", "no", "n", "f"})

# ASCII digits only ([0-9], never \d, which also matches ١٢٣ and other scripts' digits).
_AMOUNT = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))?")
_CURRENCY = re.compile(r"^(?:¥|CNY|RMB)?\s*(.*?)\s*(?:元|CNY|RMB)?$", re.IGNORECASE)
_DATE_FORMS = (
    re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"),
    re.compile(r"([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})"),
    re.compile(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日"),
    re.compile(r"([0-9]{4})\.([0-9]{1,2})\.([0-9]{1,2})"),
)
# Control characters (C0, DEL, C1) and the Unicode line/paragraph separators: never part of
# an order id, a vendor name or any other settlement value.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_NAME_KEYS = {
    "\x00": "commission.import.control.nul",
    "\n": "commission.import.control.line_feed",
    "\r": "commission.import.control.carriage_return",
}


@dataclass(frozen=True)
class NameNotice:
    """Vendor names staff should look at: `folded` spellings counted as one vendor, or
    `similar` names counted as different vendors."""

    kind: str  # "folded" | "similar" | "too_many" (the similar-name check was skipped)
    names: tuple[str, ...]

    def text(self, lang: str = "zh") -> str:
        if self.kind == "too_many":
            return t("commission.import.names_too_many", lang)
        joined = t("commission.import.names_separator", lang).join(self.names)
        if self.kind == "folded":
            return t("commission.import.names_folded", lang, names=joined)
        return t("commission.import.names_similar", lang, names=joined)


@dataclass
class ImportReport:
    import_id: int
    file_name: str | None
    rows_read: int
    new_orders: int
    known_orders: int
    duplicates_in_file: int
    per_month_vendor: list[tuple[str, str, int]] = field(default_factory=list)
    vendors: int = 0
    months: list[str] = field(default_factory=list)
    amount_fen: int = 0
    file_kind: str = ""
    name_notices: list[NameNotice] = field(default_factory=list)
    more_name_notices: int = 0

    @property
    def amount_text(self) -> str:
        return f"¥{self.amount_fen // 100:,}.{self.amount_fen % 100:02d}"

    def _months_text(self) -> str:
        if not self.months:
            return "-"
        if len(self.months) == 1:
            return self.months[0]
        return f"{self.months[0]} … {self.months[-1]} ({len(self.months)})"

    def summary_line(self, lang: str = "zh") -> str:
        """The one line that reconciles with the source file (rows and the amount total)."""
        line = t(
            "commission.import.summary",
            lang,
            rows=self.rows_read,
            new=self.new_orders,
            known=self.known_orders,
            duplicates=self.duplicates_in_file,
            vendors=self.vendors,
            months=self._months_text(),
            amount=self.amount_text,
        )
        if not self.new_orders:
            line += t("commission.import.nothing_changed", lang)
        return line

    def notices_text(self, lang: str = "zh") -> str:
        if not self.name_notices:
            return ""
        head = t("commission.import.names_to_check", lang)
        lines = [head, *(f"  {notice.text(lang)}" for notice in self.name_notices)]
        if self.more_name_notices:
            lines.append(
                "  " + t("commission.import.names_more", lang, more=self.more_name_notices)
            )
        return "\n".join(lines)

    def text(self, lang: str = "zh") -> str:
        lines = [self.summary_line(lang)]
        notices = self.notices_text(lang)
        if notices:
            lines.append(notices)
        if self.per_month_vendor:
            lines.append(t("commission.import.per_month_vendor", lang))
        lines.extend(
            f"  {month}  {vendor}  {count:,}" for month, vendor, count in self.per_month_vendor
        )
        return "\n".join(lines)


def resolve_category(text: str) -> str | None:
    """Market id from any accepted category name (id, Chinese name, rate-table name, English)."""
    return resolve_market(text)


def accepted_category_names() -> str:
    return ", ".join(sorted(KNOWN_MARKET_IDS))


def parse_amount_fen(text: str) -> tuple[int | None, str, str]:
    """Integer fen, or (None, zh reason, en reason).

    Accepted: `1234.56`, `1,234.56`, with `¥`/`￥` before or `元` after (Excel's currency
    formats); full-width digits are folded (NFKC) first. Only ASCII digits count.
    """
    value = text.strip()
    match = _AMOUNT.fullmatch(value)
    if match is None:
        return _parse_amount_slow(value)
    fen = int(match.group(1).replace(",", "")) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if fen > MAX_AMOUNT_FEN:
        return None, *_over_limit(value)
    return fen, "", ""


def _over_limit(value: str) -> tuple[str, str]:
    return pair("commission.import.amount_over_limit", value=value, limit=MAX_AMOUNT_YUAN)


def _parse_amount_slow(value: str) -> tuple[int | None, str, str]:
    """Currency signs, full-width forms and every way an amount can be wrong."""
    if not value:
        return None, *pair("commission.import.amount_empty")
    folded = unicodedata.normalize("NFKC", value) if not value.isascii() else value
    bare = _CURRENCY.fullmatch(folded)
    number = bare.group(1) if bare else folded
    match = _AMOUNT.fullmatch(number)
    if match:
        fen = int(match.group(1).replace(",", "")) * 100 + int(
            (match.group(2) or "0").ljust(2, "0")
        )
        if fen > MAX_AMOUNT_FEN:
            return None, *_over_limit(value)
        return fen, "", ""
    if any(ch.isdigit() and not ("0" <= ch <= "9") for ch in number):
        return None, *pair("commission.import.amount_non_ascii", value=value)
    if number.startswith("-") or (number.startswith("(") and number.endswith(")")):
        return None, *pair("commission.import.amount_negative", value=value)
    if re.fullmatch(r"[0-9,]*\.[0-9]{3,}", number):
        return None, *pair("commission.import.amount_decimals", value=value)
    if re.fullmatch(r"[+-]?[0-9]+(\.[0-9]*)?[eE][+-]?[0-9]+", number):
        return None, *pair("commission.import.amount_scientific", value=value)
    return None, *pair("commission.import.amount_invalid", value=value)


def parse_settled_on(text: str) -> date | None:
    value = text.strip()
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    for form in _DATE_FORMS:
        match = form.fullmatch(value)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                return None
    return None


def _check_date(raw: str, policy: CommissionPolicy) -> tuple[str, str] | RowError:
    day = parse_settled_on(raw)
    if day is None:
        return RowError(None, None, *pair("commission.import.date_invalid", value=raw.strip()))
    if not any(period.covers(day) for period in policy.periods):
        spans = Localized(
            *(
                t("commission.list_separator", lang).join(
                    t("commission.import.period", lang, start=p.valid_from, end=p.valid_to)
                    for p in policy.periods
                )
                for lang in ("zh", "en")
            )
        )
        return RowError(None, None, *pair("commission.import.date_outside", day=day, spans=spans))
    iso = day.isoformat()
    return iso, iso[:7]


def _map_header(header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    errors: list[RowError] = []
    for index, raw in enumerate(header):
        name = unicodedata.normalize("NFKC", raw).strip().lower()
        for column, (_, spellings) in COLUMNS.items():
            if name in spellings:
                if column in positions:
                    errors.append(RowError(1, column, *pair("commission.import.column_twice")))
                positions[column] = index
    for column in COLUMNS:
        if column not in positions:
            errors.append(
                RowError(
                    1,
                    column,
                    *pair(
                        "commission.import.column_missing", column=column, header=COLUMNS[column][0]
                    ),
                )
            )
    if errors:
        raise ImportRejected(errors)
    return positions


class _ErrorSink:
    def __init__(self) -> None:
        self.errors: list[RowError] = []
        self.more = 0
        # error index -> order id, for "already appears on line N" (N found later)
        self.in_file_conflicts: dict[int, str] = {}

    def add(self, error: RowError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(error)
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.errors)


def _control_error(line: int, header_columns: dict[int, str], cells: list[str]) -> RowError:
    for index, cell in enumerate(cells):
        found = _CONTROL.search(cell.strip())
        if found:
            char = found.group()
            key = _CONTROL_NAME_KEYS.get(char)
            name = pair(key) if key else f"U+{ord(char):04X}"
            hint = pair("commission.import.control_line_hint") if char in "\r\n" else ""
            return RowError(
                line,
                header_columns.get(index, f"#{index + 1}"),
                *pair("commission.import.control_char", name=name, hint=hint),
            )
    raise AssertionError("no control character found")  # pragma: no cover - caller checked


@dataclass
class _FileStats:
    """What the whole file holds (valid rows), for the summary line and the name checks.

    Grows with the number of distinct vendor spellings, never with the number of rows."""

    rows: int = 0
    amount_fen: int = 0
    months: set[str] = field(default_factory=set)
    key_of_spelling: dict[str, str] = field(default_factory=dict)
    first_spelling: dict[str, str] = field(default_factory=dict)
    other_spellings: dict[str, list[str]] = field(default_factory=dict)

    def vendor_key(self, vendor: str) -> str:
        key = fold_vendor_name(vendor)
        self.key_of_spelling[vendor] = key
        first = self.first_spelling.setdefault(key, vendor)
        if first != vendor:
            self.other_spellings.setdefault(key, []).append(vendor)
        return key


Row = tuple[str, str, str, str, int, int, str, str, int]


@dataclass
class Batch:
    """Rows ready to insert, and the file line of each (kept apart: only errors need them)."""

    lines: list[int] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)


def _validated_batches(
    rows: Iterator[tuple[int, list[str]]],
    positions: dict[str, int],
    header_width: int,
    policy: CommissionPolicy,
    import_id: int,
    sink: _ErrorSink,
    stats: _FileStats,
) -> Iterator[Batch]:
    """Batches of (line, row to insert). After the first problem, rows are only checked."""
    p_order, p_vendor, p_category = (
        positions["order_id"],
        positions["vendor"],
        positions["category"],
    )
    p_amount, p_dist, p_date = (
        positions["amount"],
        positions["distribution"],
        positions["settled_on"],
    )
    header_columns = {index: column for column, index in positions.items()}
    width = header_width
    categories: dict[str, str | None] = {}
    flags: dict[str, int | None] = {}
    dates: dict[str, tuple[str, str] | RowError] = {}
    keys = stats.key_of_spelling
    months = stats.months
    control = _CONTROL.search
    failed = sink.errors  # the same list: empty (falsy) until the first problem
    row_count, amount_total = stats.rows, stats.amount_fen
    batch = Batch()
    lines, batch_rows = batch.lines, batch.rows
    for line, record in rows:
        if len(record) != width:
            if not any(cell.strip() for cell in record):
                continue  # blank line
            if len(record) < width or any(cell.strip() for cell in record[width:]):
                sink.add(
                    RowError(
                        line,
                        None,
                        *pair("commission.import.column_count", count=len(record), width=width),
                    )
                )
                continue
        if control(",".join(record)):
            if not any(control(cell.strip()) for cell in record):
                pass  # only surrounding whitespace such as a trailing tab: stripped below
            else:
                sink.add(_control_error(line, header_columns, record))
                continue
        ok = True
        order_id = record[p_order].strip()
        if not order_id:
            sink.add(RowError(line, "order_id", *pair("commission.import.order_id_empty")))
            ok = False
        vendor = record[p_vendor].strip()
        if not vendor:
            sink.add(RowError(line, "vendor", *pair("commission.import.vendor_empty")))
            ok = False
        raw_category = record[p_category]
        category = categories.get(raw_category, "")
        if category == "":
            if len(categories) > MAX_CACHED_VALUES:
                categories.clear()
            category = resolve_category(raw_category) if raw_category.strip() else None
            categories[raw_category] = category
        if category is None:
            sink.add(
                RowError(
                    line,
                    "category",
                    *pair(
                        "commission.import.category_unknown",
                        value=raw_category.strip(),
                        ids=accepted_category_names(),
                    ),
                )
            )
            ok = False
        raw_amount = record[p_amount]
        # The common case inline (plain ASCII 1234.56, no regex); anything else, and any
        # amount near the limit, goes through parse_amount_fen.
        whole, dot, cents = raw_amount.partition(".")
        if (
            whole.isdigit()
            and whole.isascii()
            and len(whole) < 11
            and (not dot or (0 < len(cents) < 3 and cents.isdigit() and cents.isascii()))
        ):
            fen = int(whole) * 100 + (
                (int(cents) * 10 if len(cents) == 1 else int(cents)) if cents else 0
            )
        else:
            fen, why_zh, why_en = parse_amount_fen(raw_amount)
        if fen is None:
            sink.add(RowError(line, "amount", why_zh, why_en))
            ok = False
        raw_flag = record[p_dist]
        distribution = flags.get(raw_flag, -1)
        if distribution == -1:
            if len(flags) > MAX_CACHED_VALUES:
                flags.clear()
            word = unicodedata.normalize("NFKC", raw_flag).strip().lower()
            distribution = 1 if word in TRUE_WORDS else 0 if word in FALSE_WORDS else None
            flags[raw_flag] = distribution
        if distribution is None:
            sink.add(
                RowError(
                    line,
                    "distribution",
                    *pair("commission.yes_no_invalid", value=raw_flag.strip()),
                )
            )
            ok = False
        raw_date = record[p_date]
        day_month = dates.get(raw_date)
        if day_month is None:
            if len(dates) > MAX_CACHED_VALUES:
                dates.clear()
            day_month = _check_date(raw_date, policy)
            dates[raw_date] = day_month
        if isinstance(day_month, RowError):
            sink.add(RowError(line, "settled_on", day_month.zh, day_month.en))
            ok = False
        if not ok or failed:
            continue
        key = keys.get(vendor) or stats.vendor_key(vendor)
        day, month = day_month  # type: ignore[misc]
        row_count += 1
        amount_total += fen  # type: ignore[operator]
        if month not in months:
            months.add(month)
        lines.append(line)
        batch_rows.append(
            (order_id, vendor, key, category, fen, distribution, day, month, import_id)  # type: ignore[arg-type]
        )
        if len(batch_rows) >= BATCH_ROWS:
            stats.rows, stats.amount_fen = row_count, amount_total
            yield batch
            batch = Batch()
            lines, batch_rows = batch.lines, batch.rows
    stats.rows, stats.amount_fen = row_count, amount_total
    if batch_rows and not sink:
        yield batch


_INSERT = (
    "INSERT INTO settlement_orders (order_id, vendor, vendor_key, category, amount_fen,"
    " distribution, settled_on, month, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (order_id) DO NOTHING"
)
_SAME_DATA = ("vendor_key", "category", "amount_fen", "distribution", "settled_on")
# An order amended by staff keeps the staff's figures: the file's differing ones are known
# (skipped), not a conflict (migration 0009, bot/commission/orders.py).
_DIFFERS = (
    "(("
    + " OR ".join(f"o.{c} IS NOT b.{c}" for c in _SAME_DATA)
    + ") AND NOT EXISTS (SELECT 1 FROM commission_order_changes AS c"
    " WHERE c.order_id = b.order_id AND c.action = 'amend'))"
)
# A batch where some rows were skipped (their order id was already stored): those rows, with
# what is stored for them. Rows plainly known (same data, an earlier import) are left out.
_SKIPPED_ROWS = (
    "SELECT b.rowid - 1, b.order_id, o.rowid > ?, o.import_id = ?, (" + _DIFFERS + "),"
    " o.vendor || ', ' || o.category || ', ' || (o.amount_fen / 100) || '.'"
    " || substr('0' || (o.amount_fen % 100), -2) || ', '"
    " || CASE o.distribution WHEN 1 THEN '是' ELSE '否' END || ', ' || o.settled_on"
    " FROM temp.commission_import_batch AS b JOIN settlement_orders AS o USING (order_id)"
    " WHERE o.import_id = ? OR " + _DIFFERS + " ORDER BY b.rowid"
)


def import_file(
    db: sqlite_utils.Database,
    binary: BinaryIO,
    *,
    actor: str,
    file_name: str | None = None,
    total_bytes: int | None = None,
    policy: CommissionPolicy | None = None,
    progress: Callable[[int, int | None, str], None] | None = None,
) -> ImportReport:
    """Import an open, seekable binary file (CSV or .xlsx). All or nothing: ImportRejected.

    `progress(done, total, unit)` is called every batch (unit "B" or "rows").
    """
    policy = policy or default_policy()
    try:
        return _import_once(db, binary, None, actor, file_name, total_bytes, policy, progress)
    except WrongGuess:
        # Valid UTF-8 at the start, GBK further on (a file mostly ASCII): nothing was kept,
        # read it again as GB18030.
        binary.seek(0)
        try:
            return _import_once(
                db, binary, "gb18030", actor, file_name, total_bytes, policy, progress
            )
        except WrongGuess:  # pragma: no cover - only raised for a utf-8 read
            raise AssertionError("unreachable") from None


def import_csv(
    db: sqlite_utils.Database,
    data: bytes | str | Path,
    *,
    actor: str,
    settings: Settings | None = None,
    file_name: str | None = None,
    policy: CommissionPolicy | None = None,
    progress: Callable[[int, int | None, str], None] | None = None,
) -> ImportReport:
    """Import a settlement file (bytes, or a path; CSV or .xlsx). Raises ImportRejected.

    `settings` is accepted for symmetry with the other entry points (nothing in it is needed
    today: settlement dates are already local dates).
    """
    del settings
    if isinstance(data, bytes):
        return import_file(
            db,
            io.BytesIO(data),
            actor=actor,
            file_name=file_name,
            total_bytes=len(data),
            policy=policy,
            progress=progress,
        )
    path = Path(data)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportRejected.whole_file(
            *pair("commission.import.cannot_read", path=path, error=exc.strerror)
        ) from None
    with handle:
        try:
            size = path.stat().st_size
        except OSError:
            size = None
        return import_file(
            db,
            handle,
            actor=actor,
            file_name=file_name or path.name,
            total_bytes=size,
            policy=policy,
            progress=progress,
        )


def _sha256(binary: BinaryIO) -> str:
    binary.seek(0)
    digest = hashlib.sha256()
    for chunk in iter(lambda: binary.read(1 << 20), b""):
        digest.update(chunk)
    binary.seek(0)
    return digest.hexdigest()


def _import_once(
    db: sqlite_utils.Database,
    binary: BinaryIO,
    encoding: str | None,
    actor: str,
    file_name: str | None,
    total_bytes: int | None,
    policy: CommissionPolicy,
    progress: Callable[[int, int | None, str], None] | None,
) -> ImportReport:
    sha256 = _sha256(binary)
    with open_sheet(binary, total_bytes, encoding) as sheet:
        positions = _map_header(sheet.header)
        conn = db.conn
        cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        conn.execute("DROP TABLE IF EXISTS temp.commission_import_batch")
        conn.execute(
            "CREATE TEMP TABLE commission_import_batch (order_id TEXT, vendor TEXT,"
            " vendor_key TEXT, category TEXT, amount_fen INTEGER, distribution INTEGER,"
            " settled_on TEXT, month TEXT, import_id INTEGER)"
        )
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                report = _load(
                    db, sheet, positions, policy, actor, file_name, sha256, progress, cache_size
                )
            except _InFileConflicts as conflicts:
                conn.execute("ROLLBACK")
                binary.seek(0)
                with open_sheet(binary, total_bytes, encoding or sheet.encoding) as again:
                    first_lines = _first_lines(again, positions, conflicts.ids)
                raise conflicts.rejected(first_lines) from None
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")
            return report
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.commission_import_batch")
            conn.execute(f"PRAGMA cache_size = {cache_size}")


def _load(
    db: sqlite_utils.Database,
    sheet: Sheet,
    positions: dict[str, int],
    policy: CommissionPolicy,
    actor: str,
    file_name: str | None,
    sha256: str,
    progress: Callable[[int, int | None, str], None] | None,
    cache_size: int,
) -> ImportReport:
    conn = db.conn
    import_id = int(
        conn.execute(
            "INSERT INTO commission_imports (actor, at, file_name, sha256, rows_read, new_orders,"
            " known_orders, duplicates_in_file) VALUES (?, ?, ?, ?, 0, 0, 0, 0)",
            (actor, utc_now(), file_name, sha256),
        ).lastrowid
        or 0
    )
    known_vendor_keys = {
        key for (key,) in conn.execute("SELECT vendor_key FROM commission_vendor_names")
    }
    sink = _ErrorSink()
    stats = _FileStats()
    duplicates = 0
    # New orders per (month, vendor key), counted here when a batch was all new; a batch of
    # new and known orders mixed leaves it to one query at the end.
    new_per_group: Counter[tuple[str, str]] = Counter()
    some_batch_mixed = False
    month_index_sql: str | None = None
    batches = 0
    mostly_known = False
    for batch in _validated_batches(
        sheet.rows, positions, len(sheet.header), policy, import_id, sink, stats
    ):
        if mostly_known:
            inserted, repeats = _load_checked_first(conn, batch, import_id, sink)
            duplicates += repeats
        else:
            last_rowid = conn.execute(
                "SELECT COALESCE(MAX(rowid), 0) FROM settlement_orders"
            ).fetchone()[0]
            changes = conn.total_changes
            conn.executemany(_INSERT, batch.rows)
            inserted = conn.total_changes - changes
            if inserted < len(batch.rows):
                duplicates += _check_skipped_rows(conn, batch, import_id, last_rowid, sink)
        # Mostly known orders (a re-import): the next batch is checked before inserting,
        # which spares the insert attempt for every known order.
        mostly_known = inserted * 2 < len(batch.rows)
        if inserted == len(batch.rows):
            new_per_group.update((row[7], row[2]) for row in batch.rows)
        elif inserted:
            some_batch_mixed = True
        if month_index_sql is None and batches == 0:
            month_index_sql = _drop_month_index_for_a_large_load(conn, sheet, batch, inserted)
        batches += 1
        if progress:
            progress(sheet.progress_done(), sheet.progress_total, sheet.progress_unit)
    if progress:
        progress(
            sheet.progress_total or sheet.progress_done(), sheet.progress_total, sheet.progress_unit
        )
    if sink.in_file_conflicts:
        raise _InFileConflicts(sink)
    if month_index_sql and not sink:
        # The sort behind CREATE INDEX keeps up to the page cache's size in memory before it
        # spills to temporary files: back to the connection's own cache for it.
        conn.execute(f"PRAGMA cache_size = {cache_size}")
        conn.execute(month_index_sql)
    if sink:
        raise ImportRejected(sink.errors, sink.more)
    if stats.rows == 0:
        raise ImportRejected.whole_file(*pair("commission.import.header_only"))
    new_orders = conn.execute(
        "SELECT COUNT(*) FROM settlement_orders WHERE import_id = ?", (import_id,)
    ).fetchone()[0]
    known = stats.rows - new_orders - duplicates
    conn.executemany(
        "INSERT INTO commission_vendor_names (vendor_key, display_name) VALUES (?, ?)"
        " ON CONFLICT (vendor_key) DO NOTHING",
        stats.first_spelling.items(),
    )
    conn.execute(
        "UPDATE commission_imports SET rows_read = ?, new_orders = ?, known_orders = ?,"
        " duplicates_in_file = ? WHERE id = ?",
        (stats.rows, new_orders, known, duplicates, import_id),
    )
    conn.execute(f"PRAGMA cache_size = {cache_size}")  # the queries below need no big cache
    if some_batch_mixed:
        new_per_group = Counter(
            {
                (month, key): count
                for month, key, count in conn.execute(
                    "SELECT month, vendor_key, COUNT(*) FROM settlement_orders"
                    " WHERE import_id = ? GROUP BY month, vendor_key",
                    (import_id,),
                )
            }
        )
    display = dict(conn.execute("SELECT vendor_key, display_name FROM commission_vendor_names"))
    per_month_vendor = sorted(
        (month, display[key], count) for (month, key), count in new_per_group.items()
    )
    notices, more_notices = _name_notices(display, stats, known_vendor_keys)
    audit(
        db,
        actor,
        "commission.import",
        f"import:{import_id}",
        {"file": file_name, "rows": stats.rows, "new": new_orders, "known": known},
    )
    return ImportReport(
        import_id=import_id,
        file_name=file_name,
        rows_read=stats.rows,
        new_orders=new_orders,
        known_orders=known,
        duplicates_in_file=duplicates,
        per_month_vendor=per_month_vendor,
        vendors=len(stats.first_spelling),
        months=sorted(stats.months),
        amount_fen=stats.amount_fen,
        file_kind=sheet.kind_en,
        name_notices=notices,
        more_name_notices=more_notices,
    )


class _InFileConflicts(Exception):
    """The file is refused and names order ids repeated with different data; the lines where
    they first appear are looked up by reading the file once more."""

    def __init__(self, sink: _ErrorSink) -> None:
        self.sink = sink
        self.ids = set(sink.in_file_conflicts.values())

    def rejected(self, first_lines: dict[str, int]) -> ImportRejected:
        errors = list(self.sink.errors)
        for index, order_id in self.sink.in_file_conflicts.items():
            errors[index] = _in_file_conflict(
                errors[index].line, order_id, first_lines.get(order_id)
            )
        return ImportRejected(errors, self.sink.more)


def _in_file_conflict(line: int | None, order_id: str, first: int | None) -> RowError:
    return RowError(
        line,
        "order_id",
        *(
            pair("commission.import.order_on_line", order_id=order_id, first=first)
            if first
            else pair("commission.import.order_earlier", order_id=order_id)
        ),
    )


def _first_lines(sheet: Sheet, positions: dict[str, int], ids: set[str]) -> dict[str, int]:
    column = positions["order_id"]
    found: dict[str, int] = {}
    for line, record in sheet.rows:
        if len(record) > column:
            order_id = record[column].strip()
            if order_id in ids and order_id not in found:
                found[order_id] = line
                if len(found) == len(ids):
                    break
    return found


def _drop_month_index_for_a_large_load(
    conn: sqlite3.Connection, sheet: Sheet, first_batch: Batch, inserted: int
) -> str | None:
    """Drop the month's covering index for a load that will more than double the table, and
    return its SQL to build it again at the end (inside the same transaction, so readers and a
    rollback still see it whole).

    Written row by row in file order, that index is the one B-tree whose inserts land all
    over it; once it outgrows the page cache every insert reads and writes a page (a 1,000,000-
    order import took 4.5× a bare load). Built at the end, SQLite sorts the keys and writes it
    once, in order. A re-import or a small file keeps the index and skips nothing.
    """
    rows = len(first_batch.rows)
    if inserted * 2 < rows or sheet.progress_total is None:
        return None
    done = max(sheet.progress_done(), 1)
    expected_new = sheet.progress_total * inserted // done
    if expected_new < REBUILD_INDEX_MIN_ROWS:
        return None
    stored = conn.execute("SELECT COUNT(*) FROM settlement_orders").fetchone()[0] - inserted
    if expected_new < stored:
        return None
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'settlement_orders_month'"
    ).fetchone()
    if not found:
        return None
    conn.execute("DROP INDEX settlement_orders_month")
    return str(found[0])


def _check_skipped_rows(
    conn: sqlite3.Connection, batch: Batch, import_id: int, last_rowid: int, sink: _ErrorSink
) -> int:
    """A batch where some order ids were already stored: conflicts become errors (with their
    lines), exact repeats within this file are counted and returned. A batch of only new
    orders never comes here, so the common first import pays nothing for these checks."""
    # Emptied, the table numbers its rows from 1 again: rowid - 1 is the row's batch position.
    conn.execute("DELETE FROM temp.commission_import_batch")
    conn.executemany(
        "INSERT INTO temp.commission_import_batch VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch.rows
    )
    repeats = 0
    inserted_here: set[str] = set()
    for pos, order_id, new_in_batch, same_import, conflict, stored in conn.execute(
        _SKIPPED_ROWS, (last_rowid, import_id, import_id)
    ):
        if new_in_batch and order_id not in inserted_here:
            inserted_here.add(order_id)  # this row is the one that stored it
            continue
        line = batch.lines[pos]
        if same_import and not conflict:
            repeats += 1
        else:
            _add_conflict(sink, line, order_id, None if same_import else stored)
    return repeats


_CHECK_FIRST = (
    "SELECT b.rowid - 1, b.order_id, o.order_id IS NULL, o.import_id = ?, (" + _DIFFERS + "),"
    " o.vendor || ', ' || o.category || ', ' || (o.amount_fen / 100) || '.'"
    " || substr('0' || (o.amount_fen % 100), -2) || ', '"
    " || CASE o.distribution WHEN 1 THEN '是' ELSE '否' END || ', ' || o.settled_on"
    " FROM temp.commission_import_batch AS b LEFT JOIN settlement_orders AS o USING (order_id)"
    " WHERE o.order_id IS NULL OR o.import_id = ? OR " + _DIFFERS + " ORDER BY b.rowid"
)


def _load_checked_first(
    conn: sqlite3.Connection, batch: Batch, import_id: int, sink: _ErrorSink
) -> tuple[int, int]:
    """A batch expected to be mostly known: compared with what is stored first (one look-up
    per row), then only if some orders are new is the batch inserted. (inserted, repeats)."""
    conn.execute("DELETE FROM temp.commission_import_batch")
    conn.executemany(
        "INSERT INTO temp.commission_import_batch VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch.rows
    )
    repeats = 0
    first_of_new: dict[str, Row] = {}
    for pos, order_id, is_new, same_import, conflict, stored in conn.execute(
        _CHECK_FIRST, (import_id, import_id)
    ):
        line = batch.lines[pos]
        if is_new:
            row = batch.rows[pos]
            first = first_of_new.setdefault(order_id, row)
            if first is row:
                continue
            if first[2:7] == row[2:7]:
                repeats += 1
            else:
                _add_conflict(sink, line, order_id, None)
        elif same_import and not conflict:
            repeats += 1
        else:
            _add_conflict(sink, line, order_id, None if same_import else stored)
    if not first_of_new or sink.errors:
        return 0, repeats
    changes = conn.total_changes
    conn.execute(
        "INSERT INTO settlement_orders (order_id, vendor, vendor_key, category, amount_fen,"
        " distribution, settled_on, month, import_id) SELECT * FROM temp.commission_import_batch"
        " WHERE true ORDER BY rowid ON CONFLICT (order_id) DO NOTHING"
    )
    return conn.total_changes - changes, repeats


def _add_conflict(sink: _ErrorSink, line: int, order_id: str, stored: str | None) -> None:
    """An order id with different data: earlier in this file (`stored` None) or stored by an
    earlier import (`stored` says what)."""
    if stored is None:
        # Which earlier line is found by a second read, once, if the file is refused.
        if len(sink.errors) < MAX_ERRORS:
            sink.in_file_conflicts[len(sink.errors)] = order_id
        sink.add(_in_file_conflict(line, order_id, None))
        return
    sink.add(
        RowError(
            line,
            "order_id",
            *pair("commission.import.order_stored_differs", order_id=order_id, stored=stored),
        )
    )


def _name_notices(
    stored: dict[str, str], stats: _FileStats, known_vendor_keys: set[str]
) -> tuple[list[NameNotice], int]:
    """Spellings folded together, and new names close to another name (not merged)."""
    notices: list[NameNotice] = []
    for key, first in stats.first_spelling.items():
        spellings = [stored.get(key, first), first, *stats.other_spellings.get(key, [])]
        distinct = tuple(dict.fromkeys(spellings))
        if len(distinct) > 1:
            notices.append(NameNotice("folded", distinct))
    new_keys = [key for key in stats.first_spelling if key not in known_vendor_keys]
    all_keys = list(stored)
    if len(new_keys) * len(all_keys) > MAX_NAME_COMPARISONS:
        notices.append(NameNotice("too_many", ()))
    elif new_keys:
        reported: set[frozenset[str]] = set()
        for key in new_keys:
            if len(key) < 4:
                continue  # two short names always look alike
            for other, _score, _ in process.extract(
                key,
                all_keys,
                scorer=fuzz.ratio,
                score_cutoff=SIMILAR_NAME_SCORE,
                limit=5,
            ):
                pair = frozenset((key, other))
                if other == key or pair in reported:
                    continue
                reported.add(pair)
                notices.append(NameNotice("similar", (stored[key], stored[other])))
    shown = notices[:MAX_NAME_NOTICES]
    return shown, len(notices) - len(shown)
