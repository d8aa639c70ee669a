"""Settlement files as finance has them, read row by row without holding the file in memory.

A file is recognised by its first bytes, never by its name: CSV in UTF-8 (± BOM), GBK/GB18030
(Excel's "CSV" on Chinese Windows) or UTF-16 with a byte-order mark (Excel's "Unicode text"),
and .xlsx workbooks (first sheet, streamed by openpyxl in read-only mode). Anything else is
refused with a message saying what the file looks like and how to save it instead.

`open_sheet` yields `(line, cells)`: `line` is the physical line where the row starts (CSV) or
the sheet's row number (.xlsx), the number a person finds in their editor or in Excel.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import BinaryIO

from bot.commission.import_errors import ImportRejected, RowError
from bot.texts import pair, t

SNIFF_BYTES = 64 * 1024
# A cell longer than this is not a settlement value: almost always a quote that was never
# closed, which would otherwise swallow the rest of the file into one cell.
MAX_CELL_CHARS = 4096

_XLSX_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls (and .doc, .msg)


class WrongGuess(Exception):
    """The encoding guessed from the first bytes failed further on; the caller re-reads."""


@dataclass
class Sheet:
    """One readable table: its header, its rows, and how far reading has got."""

    kind_zh: str
    kind_en: str
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]
    progress_done: Callable[[], int]
    progress_total: int | None
    progress_unit: str  # "B" (bytes of a CSV) or "rows" (of a sheet)
    encoding: str  # the codec a CSV was read with, or "xlsx"


def _refuse(key: str, *, save_as: bool = False, **values: object) -> ImportRejected:
    """The whole file refused with the catalogue's text `key`; `save_as` adds how to re-save it."""
    zh, en = pair(key, **values)
    if save_as:
        zh += t("commission.file.save_as", "zh")
        en += " " + t("commission.file.save_as", "en")
    return ImportRejected.whole_file(zh, en)


def sniff_encoding(head: bytes) -> str:
    """'xlsx', or the codec to read a CSV with; ImportRejected naming what the file is."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom) and not head[len(bom) :].strip(b" \t\r\n\0"):
            raise _refuse("commission.file.empty")
    if not head.strip():
        raise _refuse("commission.file.empty")
    if head.startswith(_XLSX_MAGIC):
        return "xlsx"
    if head.startswith(_OLE2_MAGIC):
        raise _refuse("commission.file.xls")
    if head.startswith(b"%PDF"):
        raise _refuse("commission.file.pdf")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # the BOM says which byte order
    nuls = head.count(b"\0")
    if nuls > len(head) // 4:
        even, odd = head[0::2].count(b"\0"), head[1::2].count(b"\0")
        if even > 3 * odd or odd > 3 * even:
            raise _refuse("commission.file.utf16_without_bom", save_as=True)
        raise _refuse("commission.file.binary", save_as=True)
    for codec in ("utf-8", "gb18030"):
        try:
            codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return codec
    raise _refuse("commission.file.unknown_encoding", save_as=True)


@contextmanager
def open_sheet(binary: BinaryIO, total_bytes: int | None, encoding: str | None = None):  # type: ignore[no-untyped-def]
    """The file's table (see the module docstring). `encoding` overrides the guess."""
    head = binary.read(SNIFF_BYTES)
    binary.seek(0)
    if encoding is None:
        encoding = sniff_encoding(head)
    if encoding == "xlsx":
        with _open_xlsx(binary) as sheet:
            yield sheet
        return
    # UTF-16 cannot be split at b"\n"; bare-CR line ends (old Mac "CSV") need universal
    # newlines: both go through TextIOWrapper, whose block decoding places errors less exactly.
    if encoding == "utf-16" or (b"\r" in head and b"\n" not in head):
        text = io.TextIOWrapper(binary, encoding=encoding, errors="strict", newline="")
        try:
            yield _csv_sheet(binary, text, encoding, total_bytes)
        finally:
            text.detach()  # the caller owns the binary file
        return
    yield _csv_sheet(binary, _decoded_lines(binary, encoding), encoding, total_bytes)


def _decoded_lines(binary: BinaryIO, encoding: str) -> Iterator[str]:
    """Lines decoded one by one, so a byte that cannot be read is placed on its line.

    Splitting the bytes at b"\n" is safe for UTF-8 and GB18030: neither uses 0x0A inside a
    multi-byte character.
    """
    first = True
    for raw in binary:
        if first:
            first = False
            if encoding == "utf-8-sig":
                yield raw.decode("utf-8-sig")
                continue
        yield raw.decode(encoding)


_ENCODING_NAME_KEYS = {
    "utf-8": "commission.file.encoding.utf8",
    "utf-8-sig": "commission.file.encoding.utf8_bom",
    "gb18030": "commission.file.encoding.gb18030",
    "utf-16": "commission.file.encoding.utf16",
}


def _csv_sheet(binary: BinaryIO, text: Iterator[str], encoding: str, total: int | None) -> Sheet:
    reader = csv.reader(text, strict=True)
    encoding_name = pair(_ENCODING_NAME_KEYS[encoding])

    def records() -> Iterator[tuple[int, list[str]]]:
        ended = 0
        while True:
            start = ended + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                if encoding == "utf-8":
                    raise WrongGuess from None
                # Through TextIOWrapper (UTF-16) the decoder reads ahead, so the line is near.
                raise _refuse(
                    "commission.file.unreadable_bytes",
                    save_as=True,
                    encoding=encoding_name,
                    line=reader.line_num + 1,
                ) from None
            except csv.Error as exc:
                raise ImportRejected([_quote_error(start, reader.line_num, str(exc))]) from None
            ended = reader.line_num
            if ended > start and any(len(cell) > MAX_CELL_CHARS for cell in cells):
                raise ImportRejected([_quote_error(start, ended, "field larger than limit")])
            yield start, cells

    rows = records()
    try:
        header = next(rows)[1]
    except StopIteration:
        raise _refuse("commission.file.empty") from None
    kind_zh, kind_en = pair("commission.file.kind_csv", encoding=encoding_name)
    return Sheet(
        kind_zh=kind_zh,
        kind_en=kind_en,
        header=header,
        rows=rows,
        progress_done=binary.tell,
        progress_total=total,
        progress_unit="B",
        encoding=encoding,
    )


def _quote_error(start: int, end: int, detail: str) -> RowError:
    """csv's own words ("unexpected end of data", "',' expected after '\"'") mean little to
    finance; nearly always a cell opened a double quote and never closed it."""
    if "end of data" in detail or "larger than" in detail or end > start:
        return RowError(start, None, *pair("commission.file.quote_not_closed", end=end))
    return RowError(start, None, *pair("commission.file.quote_misplaced", detail=detail))


def cell_text(value: object) -> str:
    """An .xlsx cell as the text a CSV export would have: exact numbers, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Whole numbers (order ids typed as numbers) lose the ".0"; others are shown to 15
        # significant digits, as Excel shows them, so a formula's binary noise
        # (0.30000000000000004) reads as the 0.3 finance sees in the cell.
        if value.is_integer():
            return str(int(value))
        text = f"{value:.15g}"
        return text if "e" not in text else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@contextmanager
def _open_xlsx(binary: BinaryIO):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook  # only .xlsx imports pay for openpyxl

    try:
        workbook = load_workbook(binary, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _refuse(
            "commission.file.zip_not_xlsx", save_as=True, error=type(exc).__name__
        ) from None
    try:
        worksheet = workbook.worksheets[0]
        total = worksheet.max_row
        position = [0]

        def records() -> Iterator[tuple[int, list[str]]]:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                position[0] = number
                yield number, [cell_text(value) for value in values]

        rows = records()
        try:
            header = next(rows)[1]
        except StopIteration:
            raise _refuse("commission.file.first_sheet_empty") from None
        while header and not header[-1].strip():
            header.pop()  # formatted but empty columns at the right
        yield Sheet(
            kind_zh=t("commission.file.kind_xlsx", "zh"),
            kind_en=t("commission.file.kind_xlsx", "en"),
            header=header,
            rows=rows,
            progress_done=lambda: position[0],
            progress_total=total,
            progress_unit="rows",
            encoding="xlsx",
        )
    finally:
        workbook.close()
