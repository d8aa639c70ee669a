"""Settlement CSV import (SPEC "Settlement CSV"): validate every row, then all or nothing.

Rows are validated in Python while streaming into a TEMP staging table; duplicates within the
file and conflicts with orders already stored are found in SQL (a 1,000,000-row file never sits
in a Python dict). Only when nothing is wrong are the new orders copied in, in one transaction.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils

from bot.commission.vendor_names import fold_vendor_name
from bot.config import Settings
from bot.storage import audit, transaction, utc_now
from rules.commission import KNOWN_MARKET_IDS, CommissionPolicy, default_policy
from rules.markets import resolve_market

MAX_ERRORS = 20
BATCH_ROWS = 20_000
# Keeps a month's SUM(amount_fen) far inside SQLite's 64-bit integers even for millions of rows.
MAX_AMOUNT_YUAN = 10_000_000_000

# canonical column -> (Chinese header, accepted header spellings, lowercased)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "order_id": ("订单号", ("order_id", "订单号", "order id", "订单编号")),
    "vendor": ("服务商", ("vendor", "服务商")),
    "category": ("类目", ("category", "类目")),
    "amount": ("实收金额", ("amount", "实收金额")),
    "distribution": ("是否分销", ("distribution", "是否分销", "分销")),
    "settled_on": ("结算日期", ("settled_on", "结算日期", "settled on")),
}
TRUE_WORDS = frozenset({"true", "1", "是", "yes", "y", "t"})
FALSE_WORDS = frozenset({"false", "0", "否", "no", "n", "f"})

_PLAIN_AMOUNT = re.compile(r"(\d+)(?:\.(\d{1,2}))?")
_GROUPED_AMOUNT = re.compile(r"(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?")
_DATE_FORMS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"),
)


def column_label(column: str) -> str:
    return f"{column}（{COLUMNS[column][0]}）"


@dataclass(frozen=True)
class RowError:
    """One problem, located: line number in the file (header = line 1) and column."""

    line: int | None
    column: str | None
    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        if lang == "en":
            where = " ".join(
                part
                for part in (f"line {self.line}" if self.line else "", self.column or "")
                if part
            )
            return f"{where}: {self.en}" if where else self.en
        where = " ".join(
            part
            for part in (
                f"第 {self.line} 行" if self.line else "",
                column_label(self.column) if self.column else "",
            )
            if part
        )
        return f"{where}: {self.zh}" if where else self.zh

    def __str__(self) -> str:
        return f"{self.text('zh')} / {self.text('en')}"


class ImportRejected(Exception):
    """The file was refused; nothing was written."""

    def __init__(self, errors: list[RowError], more: int = 0) -> None:
        self.errors = errors
        self.more = more
        super().__init__(self.text("zh"))

    def text(self, lang: str = "zh") -> str:
        if lang == "en":
            head = (
                f"Import rejected, nothing was written ({len(self.errors) + self.more} problem(s)):"
            )
            tail = f"… and {self.more} more" if self.more else ""
        else:
            head = f"导入被拒绝，未写入任何数据（共 {len(self.errors) + self.more} 个问题）："
            tail = f"…… 另有 {self.more} 个问题未列出" if self.more else ""
        lines = [head, *(f"  {error.text(lang)}" for error in self.errors)]
        if tail:
            lines.append(f"  {tail}")
        return "\n".join(lines)

    @property
    def zh(self) -> str:
        return self.text("zh")

    @property
    def en(self) -> str:
        return self.text("en")


@dataclass
class ImportReport:
    import_id: int
    file_name: str | None
    rows_read: int
    new_orders: int
    known_orders: int
    duplicates_in_file: int
    per_month_vendor: list[tuple[str, str, int]] = field(default_factory=list)

    def text(self, lang: str = "zh") -> str:
        if lang == "en":
            lines = [
                f"Rows read: {self.rows_read:,}; new orders: {self.new_orders:,}; "
                f"already known: {self.known_orders:,}; identical duplicates in the file: "
                f"{self.duplicates_in_file:,}"
            ]
            if self.per_month_vendor:
                lines.append("New orders per month and vendor:")
        else:
            lines = [
                f"读取 {self.rows_read:,} 行；新订单 {self.new_orders:,} 个；已导入过 "
                f"{self.known_orders:,} 个；文件内完全相同的重复行 {self.duplicates_in_file:,} 个"
            ]
            if self.per_month_vendor:
                lines.append("按月份和服务商统计的新订单：")
        lines.extend(
            f"  {month}  {vendor}  {count:,}" for month, vendor, count in self.per_month_vendor
        )
        return "\n".join(lines)


def resolve_category(text: str) -> str | None:
    """Market id from any accepted category name (id, Chinese name, rate-table name, English)."""
    return resolve_market(text)


def accepted_category_names() -> str:
    return ", ".join(sorted(KNOWN_MARKET_IDS)) + " (或中文市场名/费率表名 / or the Chinese names)"


def parse_amount_fen(text: str) -> tuple[int | None, str, str]:
    """Integer fen, or (None, zh reason, en reason)."""
    value = text.strip()
    match = _PLAIN_AMOUNT.fullmatch(value) or _GROUPED_AMOUNT.fullmatch(value)
    if match:
        whole = int(match.group(1).replace(",", ""))
        if whole > MAX_AMOUNT_YUAN:
            return (
                None,
                f"'{value}' 超过单笔上限 {MAX_AMOUNT_YUAN:,} 元，请核对",
                f"'{value}' exceeds the per-order limit of CNY {MAX_AMOUNT_YUAN:,}; check it",
            )
        cents = (match.group(2) or "").ljust(2, "0")
        return whole * 100 + int(cents), "", ""
    if not value:
        return None, "金额为空", "amount is empty"
    if value.startswith("-"):
        return None, f"'{value}' 是负数，金额不能为负", f"'{value}' is negative; amounts cannot be"
    if re.fullmatch(r"[\d,]*\.\d{3,}", value):
        return (
            None,
            f"'{value}' 超过两位小数（金额精确到分）",
            f"'{value}' has more than 2 decimals (amounts are to the fen)",
        )
    if re.fullmatch(r"[+-]?\d+(\.\d*)?[eE][+-]?\d+", value):
        return (
            None,
            f"'{value}' 是科学计数法，请写成普通数字（如 100000.00）",
            f"'{value}' is in scientific notation; write it out (e.g. 100000.00)",
        )
    return (
        None,
        f"'{value}' 不是金额（应为如 1234.56 的数字，最多两位小数）",
        f"'{value}' is not an amount (expected a number like 1234.56, up to 2 decimals)",
    )


def parse_settled_on(text: str) -> date | None:
    value = text.strip()
    for form in _DATE_FORMS:
        match = form.fullmatch(value)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                return None
    return None


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ImportRejected([RowError(None, None, "文件是空的", "the file is empty")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        looks_gbk = True
        try:
            data.decode("gb18030")
        except UnicodeDecodeError:
            looks_gbk = False
        guess_zh = "（看起来是 GBK/GB18030 编码）" if looks_gbk else ""
        guess_en = " (it looks like GBK/GB18030)" if looks_gbk else ""
        raise ImportRejected(
            [
                RowError(
                    None,
                    None,
                    f"文件不是 UTF-8 编码{guess_zh}，第 {exc.start + 1} 个字节无法读取。"
                    "请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重新导入。",
                    f"the file is not UTF-8{guess_en}; byte {exc.start + 1} cannot be read. "
                    "Save it as 'CSV UTF-8 (comma delimited)' and import it again.",
                )
            ]
        ) from None


def _map_header(header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    errors: list[RowError] = []
    for index, raw in enumerate(header):
        name = raw.strip().lower()
        for column, (_, spellings) in COLUMNS.items():
            if name in spellings:
                if column in positions:
                    errors.append(
                        RowError(1, column, "表头中重复出现", "appears twice in the header")
                    )
                positions[column] = index
    for column in COLUMNS:
        if column not in positions:
            errors.append(
                RowError(
                    1,
                    column,
                    f"缺少这一列（表头应包含 {column} 或 {COLUMNS[column][0]}）",
                    f"column is missing (the header needs {column} or {COLUMNS[column][0]})",
                )
            )
    if errors:
        raise ImportRejected(errors)
    return positions


class _ErrorSink:
    def __init__(self) -> None:
        self.errors: list[RowError] = []
        self.more = 0

    def add(self, error: RowError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(error)
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.errors)


StagedRow = tuple[int, str, str, str, str, int, int, str, str]


def _validate_rows(
    reader: Iterator[list[str]],
    positions: dict[str, int],
    header_width: int,
    policy: CommissionPolicy,
    sink: _ErrorSink,
    progress: Callable[[int], None] | None,
) -> Iterator[list[StagedRow]]:
    """Yield batches of valid rows (line, order_id, vendor, category, fen, dist, day, month)."""
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
    width = header_width
    categories: dict[str, str | None] = {}
    dates: dict[str, tuple[str, str] | RowError] = {}
    batch: list[StagedRow] = []
    line = 1
    for record in reader:
        line = reader.line_num  # type: ignore[attr-defined]
        if not record or not any(cell.strip() for cell in record):
            continue  # blank line
        if len(record) != width and (
            len(record) < width or any(cell.strip() for cell in record[width:])
        ):
            sink.add(
                RowError(
                    line,
                    None,
                    f"有 {len(record)} 列，表头有 {width} 列（金额中的逗号要用双引号括起来，"
                    "或是少了逗号）",
                    f"has {len(record)} columns, the header has {width} (quote amounts that "
                    "contain commas, or a comma is missing)",
                )
            )
            continue
        ok = True
        order_id = record[p_order].strip()
        if not order_id:
            sink.add(RowError(line, "order_id", "订单号为空", "order id is empty"))
            ok = False
        vendor = record[p_vendor].strip()
        if not vendor:
            sink.add(RowError(line, "vendor", "服务商为空", "vendor is empty"))
            ok = False
        raw_category = record[p_category]
        if raw_category not in categories:
            categories[raw_category] = (
                resolve_category(raw_category) if raw_category.strip() else None
            )
        category = categories[raw_category]
        if category is None:
            sink.add(
                RowError(
                    line,
                    "category",
                    f"'{raw_category.strip()}' 不是已知类目；可用：{accepted_category_names()}",
                    f"'{raw_category.strip()}' is not a known category; accepted: "
                    f"{', '.join(sorted(KNOWN_MARKET_IDS))} or their Chinese names",
                )
            )
            ok = False
        fen, why_zh, why_en = parse_amount_fen(record[p_amount])
        if fen is None:
            sink.add(RowError(line, "amount", why_zh, why_en))
            ok = False
        flag = record[p_dist].strip().lower()
        if flag in TRUE_WORDS:
            distribution = 1
        elif flag in FALSE_WORDS:
            distribution = 0
        else:
            sink.add(
                RowError(
                    line,
                    "distribution",
                    f"'{record[p_dist].strip()}' 不是是/否（可用 true/false/是/否/1/0）",
                    f"'{record[p_dist].strip()}' is not yes/no (use true/false/是/否/1/0)",
                )
            )
            ok = False
        raw_date = record[p_date]
        day_month = dates.get(raw_date)
        if day_month is None:
            day_month = _check_date(raw_date, policy)
            dates[raw_date] = day_month
        if isinstance(day_month, RowError):
            sink.add(RowError(line, "settled_on", day_month.zh, day_month.en))
            ok = False
        if ok and not sink:
            assert fen is not None and category is not None and not isinstance(day_month, RowError)
            batch.append(
                (
                    line,
                    order_id,
                    vendor,
                    fold_vendor_name(vendor),
                    category,
                    fen,
                    distribution,
                    *day_month,
                )
            )
            if len(batch) >= BATCH_ROWS:
                yield batch
                batch = []
                if progress:
                    progress(line)
    if batch and not sink:
        yield batch
    if progress:
        progress(line)


def _check_date(raw: str, policy: CommissionPolicy) -> tuple[str, str] | RowError:
    day = parse_settled_on(raw)
    if day is None:
        return RowError(
            None,
            None,
            f"'{raw.strip()}' 不是有效日期（应为 YYYY-MM-DD，如 2020-10-15）",
            f"'{raw.strip()}' is not a valid date (expected YYYY-MM-DD, e.g. 2020-10-15)",
        )
    if not any(period.covers(day) for period in policy.periods):
        spans = "、".join(f"{p.valid_from} 至 {p.valid_to}" for p in policy.periods)
        spans_en = ", ".join(f"{p.valid_from} to {p.valid_to}" for p in policy.periods)
        return RowError(
            None,
            None,
            f"结算日期 {day} 不在佣金政策期间内（{spans}）",
            f"settlement date {day} is outside the commission policy period ({spans_en})",
        )
    iso = day.isoformat()
    return iso, iso[:7]


def import_csv(
    db: sqlite_utils.Database,
    data: bytes | str | Path,
    *,
    actor: str,
    settings: Settings | None = None,
    file_name: str | None = None,
    policy: CommissionPolicy | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import a settlement CSV (bytes, or a path). All or nothing: raises ImportRejected.

    `settings` is accepted for symmetry with the other entry points (nothing in it is needed
    today: settlement dates are already local dates).
    """
    del settings
    if isinstance(data, bytes):
        raw = data
    else:
        path = Path(data)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ImportRejected(
                [
                    RowError(
                        None,
                        None,
                        f"无法读取文件 {path}：{exc.strerror}",
                        f"cannot read {path}: {exc.strerror}",
                    )
                ]
            ) from None
        file_name = file_name or path.name
    policy = policy or default_policy()
    text = _decode(raw)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected([RowError(None, None, "文件是空的", "the file is empty")]) from None
    except csv.Error as exc:
        raise ImportRejected(
            [RowError(1, None, f"CSV 格式错误：{exc}", f"bad CSV: {exc}")]
        ) from None
    positions = _map_header(header)
    header_width = len(header)

    conn = db.conn
    conn.execute("DROP TABLE IF EXISTS temp.commission_staging")
    conn.execute(
        "CREATE TEMP TABLE commission_staging (line INTEGER, order_id TEXT, vendor TEXT,"
        " vendor_key TEXT, category TEXT, amount_fen INTEGER, distribution INTEGER, settled_on TEXT, month TEXT)"
    )
    try:
        return _stage_and_commit(
            db,
            reader,
            positions,
            header_width,
            policy,
            progress,
            actor=actor,
            file_name=file_name,
            raw=raw,
        )
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.commission_staging")


def _stage_and_commit(
    db: sqlite_utils.Database,
    reader: Iterator[list[str]],
    positions: dict[str, int],
    header_width: int,
    policy: CommissionPolicy,
    progress: Callable[[int], None] | None,
    *,
    actor: str,
    file_name: str | None,
    raw: bytes,
) -> ImportReport:
    conn = db.conn
    sink = _ErrorSink()
    # Staging lives in the temp database: filling it takes no lock on the real one.
    conn.execute("BEGIN")
    try:
        for batch in _validate_rows(reader, positions, header_width, policy, sink, progress):
            conn.executemany(
                "INSERT INTO temp.commission_staging VALUES (?,?,?,?,?,?,?,?,?)", batch
            )
    except csv.Error as exc:
        sink.add(RowError(reader.line_num, None, f"CSV 格式错误：{exc}", f"bad CSV: {exc}"))  # type: ignore[attr-defined]
    finally:
        conn.execute("COMMIT")
    if sink:
        raise ImportRejected(sink.errors, sink.more)
    rows_read = conn.execute("SELECT COUNT(*) FROM temp.commission_staging").fetchone()[0]
    if rows_read == 0:
        raise ImportRejected(
            [RowError(None, None, "文件只有表头，没有数据行", "the file has a header but no rows")]
        )
    conn.execute("CREATE INDEX temp.commission_staging_order ON commission_staging (order_id)")
    _find_conflicts_in_file(conn, sink)
    if sink:
        raise ImportRejected(sink.errors, sink.more)
    distinct = conn.execute(
        "SELECT COUNT(DISTINCT order_id) FROM temp.commission_staging"
    ).fetchone()[0]
    with transaction(db):
        _find_conflicts_with_db(conn, sink)
        if sink:
            raise ImportRejected(sink.errors, sink.more)
        cursor = conn.execute(
            "INSERT INTO commission_imports (actor, at, file_name, sha256, rows_read, new_orders,"
            " known_orders, duplicates_in_file) VALUES (?, ?, ?, ?, ?, 0, 0, ?)",
            (
                actor,
                utc_now(),
                file_name,
                hashlib.sha256(raw).hexdigest(),
                rows_read,
                rows_read - distinct,
            ),
        )
        import_id = int(cursor.lastrowid or 0)
        # Identical duplicates and orders already stored are skipped by the primary key.
        new_orders = conn.execute(
            "INSERT OR IGNORE INTO settlement_orders (order_id, vendor, vendor_key, category,"
            " amount_fen, distribution, settled_on, month, import_id)"
            " SELECT order_id, vendor, vendor_key, category, amount_fen, distribution,"
            " settled_on, month, ? FROM temp.commission_staging"
            " ORDER BY month, vendor_key, category",
            (import_id,),
        ).rowcount
        # A vendor key seen for the first time keeps the spelling of its first row.
        conn.execute(
            "INSERT OR IGNORE INTO commission_vendor_names (vendor_key, display_name)"
            " SELECT vendor_key, vendor FROM temp.commission_staging ORDER BY line"
        )
        known = distinct - new_orders
        conn.execute(
            "UPDATE commission_imports SET new_orders = ?, known_orders = ? WHERE id = ?",
            (new_orders, known, import_id),
        )
        per_month_vendor = [
            (month, vendor, count)
            for month, vendor, count in conn.execute(
                "SELECT month, vendor, COUNT(*) FROM settlement_orders WHERE import_id = ?"
                " GROUP BY month, vendor ORDER BY month, vendor",
                (import_id,),
            )
        ]
        audit(
            db,
            actor,
            "commission.import",
            f"import:{import_id}",
            {"file": file_name, "rows": rows_read, "new": new_orders, "known": known},
        )
    return ImportReport(
        import_id=import_id,
        file_name=file_name,
        rows_read=rows_read,
        new_orders=new_orders,
        known_orders=known,
        duplicates_in_file=rows_read - distinct,
        per_month_vendor=per_month_vendor,
    )


_SAME_DATA = ("vendor", "category", "amount_fen", "distribution", "settled_on")


def _find_conflicts_in_file(conn: object, sink: _ErrorSink) -> None:
    differs = " OR ".join(f"MIN({c}) <> MAX({c})" for c in _SAME_DATA)
    rows = conn.execute(  # type: ignore[attr-defined]
        f"SELECT order_id, MIN(line), MAX(line) FROM temp.commission_staging GROUP BY order_id"
        f" HAVING COUNT(*) > 1 AND ({differs}) ORDER BY MIN(line) LIMIT {MAX_ERRORS + 1}"
    ).fetchall()
    for order_id, first, last in rows:
        sink.add(
            RowError(
                last,
                "order_id",
                f"订单号 '{order_id}' 已在第 {first} 行出现，但数据不同",
                f"order id '{order_id}' already appears on line {first} with different data",
            )
        )


def _find_conflicts_with_db(conn: object, sink: _ErrorSink) -> None:
    differs = " OR ".join(f"s.{c} IS NOT o.{c}" for c in _SAME_DATA)
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT s.line, s.order_id, o.vendor, o.category, o.amount_fen, o.distribution,"
        " o.settled_on FROM temp.commission_staging s JOIN settlement_orders o USING (order_id)"
        f" WHERE ({differs})"
        # An order amended by staff keeps the staff's figures; the file's are known and skipped.
        " AND NOT EXISTS (SELECT 1 FROM commission_order_changes c"
        " WHERE c.order_id = s.order_id AND c.action = 'amend')"
        f" ORDER BY s.line LIMIT {MAX_ERRORS + 1}"
    ).fetchall()
    for line, order_id, vendor, category, fen, dist, settled_on in rows:
        stored = f"{vendor}, {category}, {fen // 100}.{fen % 100:02d}, {'是' if dist else '否'}, {settled_on}"
        sink.add(
            RowError(
                line,
                "order_id",
                f"订单号 '{order_id}' 已导入过，但数据不同（已存：{stored}）；请核对后更正",
                f"order id '{order_id}' was imported before with different data "
                f"(stored: {stored}); check and correct it",
            )
        )
