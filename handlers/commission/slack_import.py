"""Settlement file import from Slack: a staff member shares the CSV or .xlsx in the DM.

Slash commands cannot carry files, so the DM is the way in (`/commission import` explains it).
The file is streamed from `url_private_download` with the bot token (needs the `files:read`
scope) into a temporary file, never larger than `MAX_CSV_BYTES`, then handed to the same
streaming `import_csv` the CLI uses: all or nothing, and re-importing known orders changes
nothing, so a redelivered event cannot count an order twice. The bytes never sit in memory.

A long import (a 50 MB file is about 860,000 rows, ~15 s) must not stall the event loop that
acks Slack within 3 s: on a database file it runs in a worker thread on its own connection,
one import at a time. An in-memory database (tests) has only the one connection, so there it
runs inline.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import aiohttp
import sqlite_utils
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.corrections import posted_changes_notice
from bot.commission.import_errors import MAX_CSV_BYTES, expected_columns_text
from bot.commission.importer import ImportRejected, ImportReport, import_csv
from bot.config import Settings
from bot.conversation.types import Lang
from bot.slack_text import escape_mrkdwn
from bot.storage import audit, open_db
from bot.texts import Localized, LocalizedError, both, pair, t
from handlers.staff_directory import StaffDirectory

log = logging.getLogger(__name__)

# Above this size the staff member is told the import has started (it can take a while).
LARGE_FILE_NOTICE_BYTES = 1024 * 1024
DOWNLOAD_TIMEOUT_SECONDS = 120
DOWNLOAD_CHUNK_BYTES = 64 * 1024
# Per-month-and-vendor lines shown in the reply; the rest are summarised in one line.
MAX_REPORT_LINES = 30

# "导入" may run straight into more Chinese; "import" must not be the start of a longer word.
_IMPORT_REQUEST = re.compile(r"^\s*(?:(?:/commission\s+)?import(?![a-z])|导入)", re.IGNORECASE)
_SLACK_FILE_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*slack\.com$")
# One import at a time per process: two concurrent 1M-row copies would outlast the busy timeout.
_IMPORT_LOCK = threading.Lock()


def asks_for_import(text: str) -> bool:
    """The message text asks for an import: "/commission import", "import" or "导入" first."""
    return bool(_IMPORT_REQUEST.match(text or ""))


_XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def is_csv_file(file: Mapping[str, Any]) -> bool:
    """A settlement file staff may share: CSV or .xlsx (the importer then checks the bytes)."""
    name = str(file.get("name") or "").lower()
    return (
        name.endswith((".csv", ".xlsx"))
        or str(file.get("filetype") or "").lower() in {"csv", "xlsx"}
        or str(file.get("mimetype") or "").lower()
        in {"text/csv", "application/csv", _XLSX_MIMETYPE}
    )


class FileFetchError(LocalizedError):
    """The shared file could not be fetched; `.zh` / `.en` say why and what to do."""


def _megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size:,} B"
    return f"{size / (1024 * 1024):.1f} MB"


def _fetch_error(key: str, **values: object) -> FileFetchError:
    return FileFetchError(*pair(key, **values))


def _too_large(name: str, size: int | None, max_bytes: int) -> FileFetchError:
    actual = (
        pair("commission.upload.actual_size", size=_megabytes(size))
        if size is not None
        else Localized(" ", "")
    )
    return _fetch_error(
        "commission.upload.too_large", name=name, actual=actual, limit=_megabytes(max_bytes)
    )


def _may_receive_token(url: str, api_base_url: str) -> bool:
    """The bot token goes only to Slack itself (or to the configured Web API host in tests)."""
    target, api = urlsplit(url), urlsplit(api_base_url)
    if (target.scheme, target.netloc) == (api.scheme, api.netloc):
        return True
    return target.scheme == "https" and bool(_SLACK_FILE_HOST.match(target.hostname or ""))


async def complete_file_info(client: AsyncWebClient, file: Mapping[str, Any]) -> dict[str, Any]:
    """The full file object: events may carry only `{"id", "file_access": "check_file_info"}`."""
    if file.get("url_private_download") and file.get("file_access") != "check_file_info":
        return dict(file)
    try:
        response = await client.files_info(file=str(file.get("id") or ""))
    except SlackApiError as exc:
        error = exc.response.get("error") if exc.response is not None else str(exc)
        raise _fetch_error("commission.upload.no_file_info", error=error) from None
    return dict(response["file"])


async def download_file(
    client: AsyncWebClient,
    file: Mapping[str, Any],
    out: BinaryIO,
    *,
    max_bytes: int | None = None,
) -> int:
    """Stream the file from `url_private_download` (bot token) into `out`; bytes written.

    Refused before downloading when Slack reports a size over the limit, and cut off while
    streaming when the bytes exceed it anyway.
    """
    limit = MAX_CSV_BYTES if max_bytes is None else max_bytes
    name = str(file.get("name") or file.get("id") or "file")
    size = file.get("size")
    if isinstance(size, int) and size > limit:
        raise _too_large(name, size, limit)
    url = str(file.get("url_private_download") or file.get("url_private") or "")
    if not url:
        raise _fetch_error("commission.upload.no_url", name=name)
    if not _may_receive_token(url, client.base_url):
        raise _fetch_error("commission.upload.not_on_slack", name=name)
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_SECONDS)
    headers = {"Authorization": f"Bearer {client.token}"}
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.get(url, headers=headers, proxy=client.proxy, ssl=client.ssl) as response,
        ):
            if response.status != 200:
                raise _fetch_error(
                    "commission.upload.http_error", name=name, status=response.status
                )
            if response.content_type == "text/html":
                # files.slack.com answers a token without files:read with its sign-in page.
                raise _fetch_error("commission.upload.sign_in_page", name=name)
            if response.content_length is not None and response.content_length > limit:
                raise _too_large(name, response.content_length, limit)
            written = 0
            async for chunk in response.content.iter_chunked(DOWNLOAD_CHUNK_BYTES):
                written += len(chunk)
                if written > limit:
                    raise _too_large(name, None, limit)
                out.write(chunk)
            return written
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise _fetch_error(
            "commission.upload.connection_error", name=name, error=type(exc).__name__
        ) from None


def _database_file(db: sqlite_utils.Database) -> Path | None:
    for _, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def _import_on_own_connection(
    path: Path, data: bytes | Path, actor: str, file_name: str
) -> ImportReport:
    with _IMPORT_LOCK:
        worker_db = open_db(path)
        try:
            return import_csv(worker_db, data, actor=actor, file_name=file_name)
        finally:
            worker_db.close()


async def run_import(
    db: sqlite_utils.Database, data: bytes | Path, *, actor: str, file_name: str
) -> ImportReport:
    """`import_csv` off the event loop when the database is a file (see the module docstring)."""
    path = _database_file(db)
    if path is None:
        return import_csv(db, data, actor=actor, file_name=file_name)
    return await asyncio.to_thread(_import_on_own_connection, path, data, actor, file_name)


def _trimmed(report: ImportReport) -> tuple[ImportReport, int]:
    hidden = max(0, len(report.per_month_vendor) - MAX_REPORT_LINES)
    if not hidden:
        return report, 0
    shown = dataclasses.replace(report, per_month_vendor=report.per_month_vendor[:MAX_REPORT_LINES])
    return shown, hidden


def format_import_success(report: ImportReport, file_name: str) -> str:
    """Both languages, as every staff answer is; the per-vendor lines capped for Slack."""
    shown, hidden = _trimmed(report)
    months = sorted({month for month, _, _ in report.per_month_vendor})
    done = {"name": file_name, "import_id": report.import_id}
    zh = [":white_check_mark: " + t("commission.upload.imported", "zh", **done), shown.text("zh")]
    en = [t("commission.upload.imported", "en", **done), shown.text("en")]
    for lang, lines in (("zh", zh), ("en", en)):
        if hidden:
            lines.append("  " + t("commission.upload.more_lines", lang, more=hidden))
        if months:
            lines.append(t("commission.upload.see_summary", lang, month=months[-1]))
    return escape_mrkdwn("\n".join([*zh, "", *en]))


def format_import_failure(file_name: str, zh: str, en: str) -> str:
    return escape_mrkdwn(f":x: {file_name}\n{zh}\n\n{en}")


def _staff_not_csv(name: str) -> str:
    zh, en = pair("commission.upload.not_a_sheet", name=name)
    header = t("commission.upload.expected_header", "zh", columns=expected_columns_text())
    return escape_mrkdwn(f":x: {zh}\n{header}\n\n{en}")


async def handle_file_share(
    db: sqlite_utils.Database,
    settings: Settings,
    client: AsyncWebClient,
    staff: StaffDirectory,
    event: Mapping[str, Any],
    *,
    vendor_lang: Callable[[], Lang],
) -> bool:
    """Deal with files shared in the DM. True: done; False: the text still goes to the chat.

    Staff: each CSV is imported (all or nothing) and answered with the summary or the errors.
    Anyone else: told politely that files are for staff imports; an attempted import (a CSV,
    or text asking for one) is audited as "staff.denied".
    """
    del settings  # the same signature as the other commission entry points
    user = str(event.get("user") or "")
    channel = str(event["channel"])
    thread_ts = event.get("thread_ts")
    files = [file for file in event.get("files") or [] if isinstance(file, Mapping)]
    text = str(event.get("text") or "")
    wants_import = asks_for_import(text) or any(is_csv_file(file) for file in files)

    async def say(message: str) -> None:
        kwargs: dict[str, Any] = {"channel": channel, "text": message}
        if thread_ts:
            kwargs["thread_ts"] = thread_ts
        await client.chat_postMessage(**kwargs)

    if not await staff.is_staff(user, client):
        if wants_import:
            names = [str(file.get("name") or file.get("id")) for file in files]
            audit(db, user, "staff.denied", "commission.import", {"files": names})
            await say(t("commission.upload.staff_only", vendor_lang()))
            return True
        await say(t("commission.upload.no_files", vendor_lang()))
        return False

    for shared in files:
        await _import_one(db, client, user, shared, say)
    return True


async def _import_one(
    db: sqlite_utils.Database,
    client: AsyncWebClient,
    user: str,
    shared: Mapping[str, Any],
    say: Callable[[str], Any],
) -> None:
    name = str(shared.get("name") or shared.get("id") or "file")
    try:
        file = await complete_file_info(client, shared)
        name = str(file.get("name") or name)
        if not is_csv_file(file):
            await say(_staff_not_csv(name))
            return
        size = file.get("size")
        if isinstance(size, int) and LARGE_FILE_NOTICE_BYTES <= size <= MAX_CSV_BYTES:
            await say(
                escape_mrkdwn(both("commission.upload.importing", name=name, size=_megabytes(size)))
            )
        with tempfile.TemporaryDirectory(prefix="onboard-import-") as folder:
            path = Path(folder) / "upload"
            with path.open("wb") as out:
                await download_file(client, file, out)
            report = await run_import(db, path, actor=user, file_name=name)
    except FileFetchError as exc:
        audit(db, user, "commission.import_refused", name, {"reason": exc.en})
        await say(format_import_failure(name, exc.zh, exc.en))
        return
    except ImportRejected as exc:
        audit(
            db,
            user,
            "commission.import_refused",
            name,
            {"problems": len(exc.errors) + exc.more},
        )
        await say(format_import_failure(name, exc.text("zh"), exc.text("en")))
        return
    except Exception:
        log.exception("import of %s by %s failed", name, user)
        await say(format_import_failure(name, *pair("commission.upload.failed")))
        return
    await say(format_import_success(report, name))
    # Months already posted whose figures this file changed: said at once (old → new).
    notice = posted_changes_notice(db, {month for month, _, _ in report.per_month_vendor})
    if notice:
        await say(escape_mrkdwn(notice))
