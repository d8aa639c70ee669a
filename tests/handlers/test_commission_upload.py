"""Staff import of settlement CSVs by sharing the file in the DM: the real app on the fake Slack."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fakeslack import BOT_TOKEN, file_share_event
from slack_harness import STAFF_USER, VENDOR_USER, SocketBot, settle

from bot.conversation.types import ConversationKey
from handlers.commission import slack_import

GOOD_CSV = (
    "order_id,vendor,category,amount,distribution,settled_on\n"
    "W1,甲公司,网站建设,600000.00,false,2020-10-05\n"
    "W2,甲公司,website,400000.00,true,2020-10-06\n"
)
BAD_CSV = (
    "订单号,服务商,类目,实收金额,是否分销,结算日期\n"
    "W1,甲公司,网站建设,600000.00,否,2020-10-05\n"
    "W2,甲公司,火星市场,12.345,也许,2020-10-06\n"
)
STAFF_DM = f"D{STAFF_USER}"
VENDOR_DM = f"D{VENDOR_USER}"


def orders(bot: SocketBot) -> list[tuple]:
    return [
        tuple(row)
        for row in bot.db.conn.execute(
            "SELECT order_id, vendor, category, amount_fen, distribution, settled_on, import_id"
            " FROM settlement_orders ORDER BY order_id"
        )
    ]


def audit_rows(bot: SocketBot) -> list[tuple]:
    return [
        (actor, action, subject, json.loads(detail) if detail else None)
        for actor, action, subject, detail in bot.db.conn.execute(
            "SELECT actor, action, subject, detail_json FROM audit_log ORDER BY id"
        )
    ]


async def replies(bot: SocketBot, channel: str, count: int = 1) -> list[str]:
    await bot.fake.wait_for(
        "chat.postMessage", count=count, predicate=lambda call: call.params["channel"] == channel
    )
    return [message["text"] for message in bot.fake.messages(channel)]


async def test_staff_upload_imports_rows_and_replies_with_the_summary(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "settlement-2020-10.csv", GOOD_CSV, user=STAFF_USER)
    await fake.send_event(file_share_event(STAFF_USER, [file]))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert orders(dispatch_bot) == [
        ("W1", "甲公司", "website", 60_000_000, 0, "2020-10-05", 1),
        ("W2", "甲公司", "website", 40_000_000, 1, "2020-10-06", 1),
    ]
    assert "已导入 settlement-2020-10.csv（导入编号 #1）" in reply
    assert "读取 2 行；新订单 2 个；已导入过 0 个" in reply
    assert "Rows read: 2; new orders: 2; already known: 0" in reply
    assert "2020-10  甲公司  2" in reply
    assert "`/commission summary 2020-10`" in reply
    [download] = fake.calls("file_download")
    assert download.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert audit_rows(dispatch_bot) == [
        (
            STAFF_USER,
            "commission.import",
            "import:1",
            {"file": "settlement-2020-10.csv", "known": 0, "new": 2, "rows": 2},
        )
    ]
    assert dispatch_bot.engine.calls == []  # the upload never reached the conversation


async def test_bad_csv_names_each_problem_and_writes_nothing(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "bad.csv", BAD_CSV, user=STAFF_USER)
    await fake.send_event(file_share_event(STAFF_USER, [file], text="导入"))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert reply.startswith(":x: bad.csv\n导入被拒绝，未写入任何数据（共 3 个问题）")
    assert "第 3 行 category（类目）: '火星市场' 不是已知类目" in reply
    assert "第 3 行 amount（实收金额）: '12.345' 超过两位小数" in reply
    assert "第 3 行 distribution（是否分销）: '也许' 不是是/否" in reply
    assert "line 3 amount: '12.345' has more than 2 decimals" in reply
    assert orders(dispatch_bot) == []
    assert dispatch_bot.db.conn.execute("SELECT COUNT(*) FROM commission_imports").fetchone() == (
        0,
    )
    assert audit_rows(dispatch_bot) == [
        (STAFF_USER, "commission.import_refused", "bad.csv", {"problems": 3})
    ]


async def test_non_staff_upload_is_refused_audited_and_never_downloaded(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "orders.csv", GOOD_CSV, user=VENDOR_USER)
    await fake.send_event(file_share_event(VENDOR_USER, [file]))
    [reply] = await replies(dispatch_bot, VENDOR_DM)

    assert reply.startswith("抱歉，上传 CSV 导入结算数据仅限运营/财务人员使用")
    assert fake.calls("file_download") == []
    assert orders(dispatch_bot) == []
    assert audit_rows(dispatch_bot) == [
        (VENDOR_USER, "staff.denied", "commission.import", {"files": ["orders.csv"]})
    ]


async def test_non_staff_refusal_follows_the_vendors_english(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "orders.csv", GOOD_CSV, user=VENDOR_USER)
    await fake.send_event(file_share_event(VENDOR_USER, [file], text="import this please"))
    [reply] = await replies(dispatch_bot, VENDOR_DM)
    assert reply.startswith("Sorry: importing settlement data by uploading a CSV is for")
    assert orders(dispatch_bot) == []


async def test_vendor_screenshot_gets_a_polite_note_and_the_text_still_counts(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "license.png", b"\x89PNG", user=VENDOR_USER)
    await fake.send_event(file_share_event(VENDOR_USER, [file], text="是"))
    texts = await replies(dispatch_bot, VENDOR_DM, count=2)

    assert texts[0].startswith("抱歉，我无法读取文件或图片")
    assert texts[1] == "收到：是"
    assert ("text", ConversationKey("T1", VENDOR_USER), "是") in dispatch_bot.engine.calls
    assert audit_rows(dispatch_bot) == []  # not an import attempt


async def test_duplicate_delivery_imports_once_and_a_reupload_changes_nothing(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "settlement.csv", GOOD_CSV, user=STAFF_USER)
    event = file_share_event(STAFF_USER, [file])
    await fake.send_event(event, event_id="EvUPLOAD1")
    await fake.send_event(event, event_id="EvUPLOAD1", retry_attempt=1, retry_reason="timeout")
    await replies(dispatch_bot, STAFF_DM)
    await settle()
    assert len(fake.messages(STAFF_DM)) == 1
    assert len(fake.calls("file_download")) == 1
    first = orders(dispatch_bot)
    assert len(first) == 2

    # The same file shared again as a new message: imported again, but every order is known.
    await fake.send_event(file_share_event(STAFF_USER, [file]), event_id="EvUPLOAD2")
    texts = await replies(dispatch_bot, STAFF_DM, count=2)
    assert "读取 2 行；新订单 0 个；已导入过 2 个" in texts[1]
    assert orders(dispatch_bot) == first
    assert [
        tuple(row)
        for row in dispatch_bot.db.conn.execute(
            "SELECT id, actor, rows_read, new_orders, known_orders FROM commission_imports"
        )
    ] == [(1, STAFF_USER, 2, 2, 0), (2, STAFF_USER, 2, 0, 2)]


async def test_file_over_the_size_limit_is_refused_before_downloading(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "huge.csv", GOOD_CSV, user=STAFF_USER, size=60 * 1024 * 1024)
    await fake.send_event(file_share_event(STAFF_USER, [file]))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert "文件 huge.csv（60.0 MB）超过 50.0 MB 的上限，未导入" in reply
    assert "huge.csv (60.0 MB) is larger than the 50.0 MB limit" in reply
    assert "onboard-bot commission import FILE.csv" in reply
    assert fake.calls("file_download") == []
    assert orders(dispatch_bot) == []


async def test_bytes_beyond_the_limit_stop_the_download_even_if_the_size_lied(
    dispatch_bot: SocketBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(slack_import, "MAX_CSV_BYTES", 100)
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "big.csv", GOOD_CSV, user=STAFF_USER, size=10)
    await fake.send_event(file_share_event(STAFF_USER, [file]))
    [reply] = await replies(dispatch_bot, STAFF_DM)
    assert "文件 big.csv（156 B）超过 100 B 的上限，未导入" in reply
    assert "big.csv (156 B) is larger than the 100 B limit" in reply
    assert orders(dispatch_bot) == []


async def test_partial_file_object_is_completed_with_files_info(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    fake.add_file("F9", "settlement.csv", GOOD_CSV, user=STAFF_USER)
    partial = {"id": "F9", "mode": "hosted", "file_access": "check_file_info"}
    await fake.send_event(file_share_event(STAFF_USER, [partial], text="/commission import"))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert [call.params["file"] for call in fake.calls("files.info")] == ["F9"]
    assert "已导入 settlement.csv" in reply
    assert len(orders(dispatch_bot)) == 2


async def test_staff_sharing_a_file_that_is_no_table_is_told_what_to_upload(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "settlement.pdf", b"%PDF-1.4", user=STAFF_USER)
    await fake.send_event(file_share_event(STAFF_USER, [file], text="import"))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert reply.startswith(":x: settlement.pdf 不是 CSV 或 Excel 工作簿（.xlsx），未导入")
    assert "order_id（订单号）, vendor（服务商）" in reply
    assert "CSV UTF-8" in reply
    assert fake.calls("file_download") == []


async def test_staff_upload_of_an_xlsx_workbook_is_imported(dispatch_bot: SocketBot) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for line in GOOD_CSV.splitlines():
        sheet.append(line.split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "settlement.xlsx", buffer.getvalue(), user=STAFF_USER)
    await fake.send_event(file_share_event(STAFF_USER, [file]))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert "已导入 settlement.xlsx" in reply
    assert [row[:4] for row in orders(dispatch_bot)] == [
        ("W1", "甲公司", "website", 60_000_000),
        ("W2", "甲公司", "website", 40_000_000),
    ]


async def test_staff_upload_of_a_broken_workbook_names_the_problem(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "settlement.xlsx", b"PK\x03\x04", user=STAFF_USER)
    await fake.send_event(file_share_event(STAFF_USER, [file], text="import"))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert reply.startswith(":x: settlement.xlsx")
    assert "不是可读取的 Excel 工作簿" in reply and "not a readable Excel workbook" in reply
    assert orders(dispatch_bot) == []


async def test_two_files_in_one_message_are_imported_separately(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    good = fake.add_file("F1", "good.csv", GOOD_CSV, user=STAFF_USER)
    bad = fake.add_file("F2", "bad.csv", BAD_CSV.replace("W1,", "B1,").replace("W2,", "B2,"))
    await fake.send_event(file_share_event(STAFF_USER, [good, bad]))
    texts = await replies(dispatch_bot, STAFF_DM, count=2)

    assert "已导入 good.csv" in texts[0]
    assert texts[1].startswith(":x: bad.csv")
    assert [row[0] for row in orders(dispatch_bot)] == ["W1", "W2"]


async def test_large_file_gets_an_importing_notice_before_the_result(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "big.csv", GOOD_CSV, user=STAFF_USER, size=2 * 1024 * 1024)
    await fake.send_event(file_share_event(STAFF_USER, [file]))
    texts = await replies(dispatch_bot, STAFF_DM, count=2)

    assert texts[0] == (
        "正在导入 big.csv（2.0 MB），完成后回复结果…… / "
        "importing big.csv (2.0 MB); the result follows when done…"
    )
    assert "已导入 big.csv" in texts[1]
    assert len(orders(dispatch_bot)) == 2


async def test_an_upload_is_streamed_to_a_temporary_file_not_held_in_memory(
    dispatch_bot: SocketBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    real_run_import = slack_import.run_import

    async def recording_run_import(db, data, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(data)
        assert isinstance(data, Path) and data.stat().st_size == len(GOOD_CSV.encode())
        return await real_run_import(db, data, **kwargs)

    monkeypatch.setattr(slack_import, "run_import", recording_run_import)
    fake = dispatch_bot.fake
    file = fake.add_file("F1", "settlement.csv", GOOD_CSV, user=STAFF_USER)
    await fake.send_event(file_share_event(STAFF_USER, [file]))
    [reply] = await replies(dispatch_bot, STAFF_DM)

    assert "已导入 settlement.csv" in reply
    [path] = seen
    assert isinstance(path, Path) and not path.exists(), "the temporary file is removed"
    assert len(orders(dispatch_bot)) == 2
