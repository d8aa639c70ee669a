"""The help desk in the terminal: two consoles on one database file. The vendor's console hands
a question off; `console --staff` lists, claims, answers and resolves it; the vendor's console
shows the staff answer (marked as from staff) at its next prompt, once."""

from __future__ import annotations

import io
from pathlib import Path

from bot.config import Settings
from bot.conversation import CONSOLE_TEAM, ConversationKey, Engine
from bot.storage import open_db
from cli.console import chat, respond

QUESTION = "可以去你们杭州办公室当面咨询吗？"
ANSWER = "可以，请提前一天预约。"


def test_staff_console_answers_and_the_vendor_console_sees_it(tmp_path: Path) -> None:
    settings = Settings(onboard_db=str(tmp_path / "bot.db"))
    vendor_db, staff_db = open_db(settings.onboard_db), open_db(settings.onboard_db)
    vendor_engine, staff_engine = Engine(vendor_db, settings), Engine(staff_db, settings)
    vendor = ConversationKey(CONSOLE_TEAM, "console-user")
    staff = ConversationKey(CONSOLE_TEAM, "staff-anna")

    handed = respond(vendor_engine, vendor_db, settings, vendor, f"转人工 {QUESTION}", staff=False)
    assert "转给工作人员" in handed

    def as_staff(line: str) -> str:
        return respond(staff_engine, staff_db, settings, staff, line, staff=True)

    listing = as_staff("/vendor cases")
    assert "#1" in listing and QUESTION[:10] in listing and "待认领" in listing
    assert "已认领" in as_staff("/vendor case claim 1")
    assert "already" in as_staff("/vendor case claim 1")  # yours already: nothing changes
    assert "已答复" in as_staff(f"/vendor case answer 1 {ANSWER}")

    out = io.StringIO()
    chat(
        vendor_engine,
        vendor_db,
        settings,
        vendor,
        staff=False,
        stdin=io.StringIO("谢谢，要带什么？\n解决了\n"),
        stdout=out,
        interactive=False,
    )
    shown = out.getvalue()
    assert shown.count(ANSWER) == 1 and "客服回复" in shown
    assert "已把您的补充转给处理问题 #1 的客服" in shown
    assert "问题 #1 已关闭" in shown
    assert "已解决" in as_staff("/vendor case 1")
    assert "要带什么" in as_staff("/vendor case 1")  # the follow-up, on the case
    assert "console-user" in as_staff("/vendor console-user")
