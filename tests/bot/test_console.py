"""`onboard-bot console`: piped chat to a ticket, resume after SIGKILL, staff lines."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from bot.storage import load_profile, open_db
from cli.console import chat

ROOT = Path(__file__).resolve().parents[2]
SCRIPT_TO_TICKET = [
    "7",  # 安全市场
    "是",
    "2019-03-01",
    "100万",
    "25",
    "是",
    "7x24",
    "3",
    "是",
    "是",
    "是",
    "起草工单",
    "acc@example.com",
    "杭州某某科技有限公司",
    "浙江省杭州市西湖区文三路1号",
    "张三",
    "13800138000",
    "确认",
]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ONBOARD_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["ONBOARD_TZ"] = "Asia/Shanghai"
    return env


def test_piped_console_reaches_verdict_and_ticket(tmp_path: Path) -> None:
    db_path = tmp_path / "x.db"
    result = subprocess.run(
        [sys.executable, "-m", "cli", "console", "--db", str(db_path)],
        input="\n".join(SCRIPT_TO_TICKET) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert not any(line.startswith("> ") for line in out.splitlines())  # no prompt when piped
    assert "✅ 安全市场：符合入驻条件" in out
    assert "入驻云市场已缴纳保证金叁万元，请转财务\n\n阿里云账号：acc@example.com" in out
    assert "工单内容已确认并保存" in out
    db = open_db(db_path)
    assert db.conn.execute("SELECT status, amount FROM tickets").fetchall() == [("final", 30000)]


def _read_until(stream: io.TextIOBase, marker: str, collected: list[str]) -> None:
    """Read stdout on a thread until `marker` shows up (the caller bounds the wait)."""
    buffer = ""
    while marker not in buffer:
        chunk = stream.readline()
        if not chunk:
            break
        buffer += chunk
    collected.append(buffer)


def test_sigkill_mid_walkthrough_resumes_at_same_question(tmp_path: Path) -> None:
    db_path = tmp_path / "bot.db"
    command = [sys.executable, "-m", "cli", "console", "--db", str(db_path), "--user", "V1"]
    first = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
    )
    assert first.stdin and first.stdout
    first.stdin.write("安全市场\n是\n2019-03-01\n")
    first.stdin.flush()
    collected: list[str] = []
    reader = threading.Thread(
        target=_read_until, args=(first.stdout, "问题 3/10", collected), daemon=True
    )
    reader.start()
    reader.join(timeout=30)
    assert collected and "问题 3/10" in collected[0], "console did not answer in time"
    time.sleep(0.2)  # let it block on the next readline
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert first.returncode == -signal.SIGKILL

    second = subprocess.run(
        command,
        input="进度\n150万\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=60,
    )
    assert second.returncode == 0, second.stderr
    status, answered = second.stdout.split("\n\n问题 3/10")[0], second.stdout
    assert "已回答（2）" in status
    assert "问题 3/10：贵公司的注册资金是多少？" in answered
    assert "已记录：注册资金 = 150万元" in answered and "问题 4/10" in answered
    profile = load_profile(open_db(db_path), "console", "V1")
    assert profile == {
        "legal_entity": True,
        "license_date": "2019-03-01",
        "registered_capital": 1500000,
    }


def _run_chat(lines: list[str], *, staff: bool, tmp_path: Path) -> str:
    db = open_db(memory=True)
    settings = Settings(_env_file=None, onboard_db=tmp_path / "unused.db")
    engine = Engine(db, settings)
    out = io.StringIO()
    code = chat(
        engine,
        db,
        settings,
        ConversationKey("console", "console-user"),
        staff=staff,
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        interactive=False,
    )
    assert code == 0
    return out.getvalue()


def test_onboard_slash_command_and_choices_as_numbered_lines(tmp_path: Path) -> None:
    out = _run_chat(["/onboard", "/onboard help", "安全市场"], staff=False, tmp_path=tmp_path)
    blocks = out.split("\n\n")
    assert "1. API市场" in out and "12. 零售通市场" in out and out.count("12. 零售通市场") == 1
    assert "back: the previous question" in out  # help, in English: "help" is English
    assert "  1. 是\n  2. 否" in out
    assert blocks[-1] == ""


def test_staff_lines_need_staff_flag(tmp_path: Path) -> None:
    refused = _run_chat(["/commission summary 2020-10"], staff=False, tmp_path=tmp_path)
    assert "--staff" in refused
    allowed = _run_chat(["/vendor help"], staff=True, tmp_path=tmp_path)
    assert "--staff" not in allowed and allowed.strip()


def test_exit_word_ends_the_chat(tmp_path: Path) -> None:
    out = _run_chat(["安全市场", "exit", "是"], staff=False, tmp_path=tmp_path)
    assert "已记录" not in out


def test_render_does_not_repeat_a_menu_the_text_already_numbers() -> None:
    from bot.conversation import Choice, Reply
    from cli.console import render

    menu = Reply(
        text="请选择：\n1. API市场\n2. 零售通市场",
        choices=[Choice("api", "API市场"), Choice("retail_link", "零售通市场")],
        multi_select=True,
    )
    assert render(menu).count("API市场") == 1
    yes_no = Reply(text="能否提供？", choices=[Choice("yes", "是"), Choice("no", "否")])
    assert render(yes_no) == "能否提供？\n\n  1. 是\n  2. 否"


def test_staff_vendor_lookup_fills_the_name_and_accepts_console_user_ids(tmp_path: Path) -> None:
    out = _run_chat(
        [
            "/vendor A公司",
            "安全市场",
            "是",
            "/vendor link console-user A公司",
            "/vendor A公司",
            "/vendor console-user",
            "/vendor nobody-here",
        ],
        staff=True,
        tmp_path=tmp_path,
    )
    assert "{query}" not in out
    assert "或先 /vendor link @用户 A公司" in out
    assert "已关联 / Linked: A公司 → @console-user" in out
    assert "<@" not in out and "`" not in out  # no Slack markup printed literally
    shown = "@console-user — A公司\n资料 / Profile (1):\n• 拥有正规的公司资质 / lawfully registered company: 是 / yes"
    assert out.count(shown) == 2
    assert "未找到服务商「nobody-here」" in out


def test_staff_replies_lose_slack_markup() -> None:
    from cli.console import plain_text

    text = plain_text(
        "*2020-10 平台服务费*\n```\n甲&amp;乙  ¥1,000.00\n```\n:x: 用 `/vendor link @用户 A` <@U1>"
    )
    assert text == "2020-10 平台服务费\n甲&乙  ¥1,000.00\n❌ 用 /vendor link @用户 A @U1"


def test_a_list_already_numbered_in_the_text_is_not_printed_again() -> None:
    """The summary of answers on file numbers its items; its choices ("2. 修改 注册资金") are not
    printed a second time (black-box 46, D22). A yes / no keeps its two numbered choices."""
    from bot.conversation.types import Choice, Reply
    from cli.console import render

    summary = Reply(
        text="1. 继续（直接使用以下信息）\n2. 注册资金：80万元\n3. 技术及客服团队人数：32 人",
        choices=[Choice("继续", "继续"), Choice("2", "修改 注册资金"), Choice("3", "修改 人数")],
    )
    assert "修改 注册资金" not in render(summary)
    yes_no = Reply(text="问题 1/7：…？", choices=[Choice("是", "是"), Choice("否", "否")])
    assert "  1. 是\n  2. 否" in render(yes_no)
