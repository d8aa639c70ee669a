"""cli.main: a reader that goes away (`… | head -1`) ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TICKET_ARGS = [
    "ticket",
    "--market",
    "api",
    "--account",
    "a@example.com",
    "--company",
    "杭州某某科技有限公司",
    "--address",
    "浙江省杭州市西湖区文三路1号",
    "--contact",
    "张三",
    "--phone",
    "13800138000",
]


def _run_into_closed_pipe(args: list[str], stdin_text: str, tmp_path: Path) -> tuple[int, str]:
    """Run `python -m cli ARGS` with stdout a pipe whose reader is already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, deterministically
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ONBOARD_"))}
    env["PYTHONPATH"] = str(ROOT)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "cli", "--db", str(tmp_path / "x.db"), *args],
            input=stdin_text.encode(),
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=env,
            timeout=60,
        )
    finally:
        os.close(write_end)
    return result.returncode, result.stderr.decode()


@pytest.mark.parametrize(
    ("args", "stdin_text"),
    [(TICKET_ARGS, ""), (["console"], "1亿\n7\n是\n")],
    ids=["ticket", "console"],
)
def test_closed_stdout_ends_quietly_without_a_traceback(
    args: list[str], stdin_text: str, tmp_path: Path
) -> None:
    code, stderr = _run_into_closed_pipe(args, stdin_text, tmp_path)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert code == 1  # what Python itself reports for EPIPE


def _ticket_rows(path: Path) -> int:
    from bot.storage import open_db

    db = open_db(path)
    try:
        return db["tickets"].count
    finally:
        db.conn.close()


def test_ticket_fields_pasted_with_their_labels_are_written_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    args = ["--db", str(tmp_path / "t.db"), "ticket", "--market", "api"]
    args += ["--account", "阿里云账号：a@example.com", "--company", "公司名称：杭州某某"]
    args += ["--address", "快递地址：浙江省杭州市西湖区文三路1号", "--contact", "联系人：张三"]
    args += ["--phone", "电话：13800138000"]
    assert main(args) == 0
    assert capsys.readouterr().out == (
        "入驻云市场已缴纳保证金叁万元，请转财务\n\n阿里云账号：a@example.com\n公司名称：杭州某某\n"
        "快递地址：浙江省杭州市西湖区文三路1号\n联系人：张三\n电话：13800138000\n"
    )


def test_emoji_ticket_fields_are_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    db_path = tmp_path / "t.db"
    args = ["--db", str(db_path), "ticket", "--market", "api", "--account", "😀"]
    args += ["--company", "😀😀", "--address", "😀", "--contact", "😀", "--phone", "13800138000"]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for flag in ("--account", "--company", "--address", "--contact"):
        assert flag in captured.err
    assert "--phone" not in captured.err
    assert _ticket_rows(db_path) == 0
