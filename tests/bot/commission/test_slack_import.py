"""handlers.commission.slack_import: import requests, downloads (limits, scope, hosts), worker import."""

from __future__ import annotations

import io
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlite_utils
from aiohttp import web
from aiohttp.test_utils import TestServer
from fakeslack import BOT_TOKEN, FakeSlack
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.importer import ImportReport
from bot.commission.staff import handle_commission_command
from bot.config import Settings
from bot.storage import open_db
from handlers.commission import slack_import
from handlers.commission.slack_import import (
    FileFetchError,
    asks_for_import,
    download_file,
    escape_mrkdwn,
    format_import_success,
    is_csv_file,
    run_import,
)

CSV = (
    "order_id,vendor,category,amount,distribution,settled_on\n"
    "W1,甲公司,website,100.00,false,2020-10-05\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/commission import", True),
        ("/Commission   Import 十月", True),
        ("import", True),
        ("Import: October", True),
        ("导入", True),
        ("导入十月结算", True),
        ("", False),
        ("important numbers", False),
        ("请帮我导入", False),
        ("/commission summary 2020-10", False),
    ],
)
def test_asks_for_import(text: str, expected: bool) -> None:
    assert asks_for_import(text) is expected


def test_is_csv_file_by_name_type_or_mimetype() -> None:
    assert is_csv_file({"name": "Orders.CSV"})
    assert is_csv_file({"name": "orders", "filetype": "csv"})
    assert is_csv_file({"name": "orders.txt", "mimetype": "text/csv"})
    assert is_csv_file({"name": "orders.xlsx", "filetype": "xlsx"})
    assert not is_csv_file({"name": "orders.pdf", "filetype": "pdf"})
    assert not is_csv_file({"name": "orders.xls", "filetype": "xls"})


async def test_import_help_explains_the_dm_upload_and_both_headers(
    fresh_db: sqlite_utils.Database,
) -> None:
    answer = await handle_commission_command(fresh_db, Settings(_env_file=None), "U1", "import")
    assert "私信" in answer and "open your DM with the bot" in answer
    assert "order_id（订单号）, vendor（服务商）, category（类目）, amount（实收金额）" in answer
    assert "distribution（是否分销）, settled_on（结算日期）" in answer
    assert "50 MB" in answer
    assert "`onboard-bot commission import FILE.csv`" in answer


async def test_download_sends_the_bot_token(fake_slack: FakeSlack) -> None:
    file = fake_slack.add_file("F1", "a.csv", CSV)
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)
    out = io.BytesIO()
    assert await download_file(client, file, out) == len(CSV.encode())
    assert out.getvalue() == CSV.encode()
    [call] = fake_slack.calls("file_download")
    assert call.token == BOT_TOKEN


async def test_sign_in_page_means_the_files_read_scope_is_missing(fake_slack: FakeSlack) -> None:
    file = fake_slack.add_file("F1", "a.csv", CSV)
    client = AsyncWebClient(token="not-a-slack-token", base_url=fake_slack.api_url)
    with pytest.raises(FileFetchError) as caught:
        await download_file(client, file, io.BytesIO())
    assert "files:read" in caught.value.zh and "files:read" in caught.value.en


async def test_missing_file_is_a_clear_http_error(fake_slack: FakeSlack) -> None:
    file = fake_slack.add_file("F1", "a.csv", CSV)
    file["url_private_download"] = file["url_private_download"].replace("-F1/", "-F404/")
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)
    with pytest.raises(FileFetchError) as caught:
        await download_file(client, file, io.BytesIO())
    assert caught.value.en == "downloading a.csv failed (HTTP 404); upload it again later."


async def test_token_is_never_sent_to_a_host_outside_slack(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)
    file = {"name": "a.csv", "size": 10, "url_private_download": "https://evil.example/a.csv"}
    with pytest.raises(FileFetchError) as caught:
        await download_file(client, file, io.BytesIO())
    assert "not hosted on Slack" in caught.value.en
    assert fake_slack.calls() == []


def test_slack_file_hosts_are_trusted() -> None:
    api = "https://slack.com/api/"
    assert slack_import._may_receive_token("https://files.slack.com/files-pri/T1-F1/a.csv", api)
    assert not slack_import._may_receive_token("http://files.slack.com/files-pri/a.csv", api)
    assert not slack_import._may_receive_token("https://files.slack.com.evil.io/a.csv", api)
    assert not slack_import._may_receive_token("https://notslack.com/a.csv", api)


@pytest.fixture
async def chunked_server() -> AsyncIterator[TestServer]:
    """Serves 10 chunks of 1,000 bytes with no Content-Length (as a streamed download can)."""

    async def stream(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/csv"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for _ in range(10):
            await response.write(b"x" * 1000)
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_get("/files-pri/T1-F1/download/a.csv", stream)
    server = TestServer(app)
    await server.start_server()
    try:
        yield server
    finally:
        await server.close()


async def test_stream_beyond_the_limit_is_cut_off(chunked_server: TestServer) -> None:
    base = str(chunked_server.make_url("/"))
    client = AsyncWebClient(token=BOT_TOKEN, base_url=base + "api/")
    file = {"name": "a.csv", "url_private_download": base + "files-pri/T1-F1/download/a.csv"}
    assert await download_file(client, file, io.BytesIO(), max_bytes=10_000) == 10_000
    with pytest.raises(FileFetchError) as caught:
        await download_file(client, file, io.BytesIO(), max_bytes=2_500)
    assert caught.value.zh.startswith("文件 a.csv 超过 2,500 B 的上限，未导入")


async def test_file_database_imports_in_a_worker_thread_on_its_own_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_db(tmp_path / "onboard.db")
    threads: list[int] = []
    real_import = slack_import.import_csv

    def recording_import(*args: object, **kwargs: object) -> ImportReport:
        threads.append(threading.get_ident())
        return real_import(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(slack_import, "import_csv", recording_import)
    report = await run_import(db, CSV.encode(), actor="USTAFF", file_name="a.csv")
    assert (report.rows_read, report.new_orders) == (1, 1)
    assert threads and threads[0] != threading.get_ident()
    assert db.conn.execute("SELECT order_id, import_id FROM settlement_orders").fetchall() == [
        ("W1", 1)
    ]
    db.close()


async def test_memory_database_imports_inline(fresh_db: sqlite_utils.Database) -> None:
    report = await run_import(fresh_db, CSV.encode(), actor="USTAFF", file_name="a.csv")
    assert report.new_orders == 1
    assert fresh_db.conn.execute("SELECT actor FROM commission_imports").fetchall() == [("USTAFF",)]


def test_success_text_caps_the_vendor_lines_and_escapes_names() -> None:
    lines = [("2020-10", f"<公司{i}>", 1) for i in range(slack_import.MAX_REPORT_LINES + 5)]
    report = ImportReport(7, "a&b.csv", 35, 35, 0, 0, lines)
    text = format_import_success(report, "a&b.csv")
    assert text.startswith(":white_check_mark: 已导入 a&amp;b.csv（导入编号 #7）")
    assert "2020-10  &lt;公司0&gt;  1" in text
    assert f"&lt;公司{slack_import.MAX_REPORT_LINES}&gt;" not in text
    assert "…… 另有 5 行未列出" in text and "… and 5 more" in text
    assert "`/commission summary 2020-10`" in text


def test_escape_mrkdwn() -> None:
    assert escape_mrkdwn("<@U1> & co > x") == "&lt;@U1&gt; &amp; co &gt; x"


async def test_upload_changing_a_posted_month_says_which_vendors_changed(
    fake_slack: FakeSlack,
    fresh_db: sqlite_utils.Database,
) -> None:
    from bot.commission.importer import import_csv
    from handlers.commission.post import make_client, post_month
    from handlers.staff_directory import StaffDirectory

    import_csv(fresh_db, CSV.encode(), actor="t")
    settings = fake_slack.settings(onboard_commission_channel="CC", onboard_staff_users="UFIN")
    client = make_client(settings)
    await post_month(fresh_db, settings, client, "2020-10", pace_seconds=0)
    late = CSV.replace("W1,", "W2,").replace("100.00", "200000.00")
    shared = fake_slack.add_file("F1", "late.csv", late, user="UFIN")
    event = {"user": "UFIN", "channel": "DFIN", "text": "", "files": [shared]}
    assert await slack_import.handle_file_share(
        fresh_db, settings, client, StaffDirectory(settings), event, vendor_lang=lambda: "zh"
    )
    said = [m["text"] for m in fake_slack.messages("DFIN")]
    assert len(said) == 2 and "已导入 late.csv" in said[0]
    assert "2020-10 已发布过" in said[1] and "甲公司" in said[1]
    assert "佣金 ¥20.00 → ¥30,015.00" in said[1]
    assert "/commission post 2020-10" in said[1]
