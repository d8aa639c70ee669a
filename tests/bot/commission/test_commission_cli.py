"""`onboard-bot commission …` contracts: months outside the policy, missing databases,
progress only on a terminal, one summary at the end."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlite_utils

from cli.main import main
from rules.commission import default_policy

CSV = (
    "order_id,vendor,category,amount,distribution,settled_on\n"
    "A1,甲公司,website,600000.00,false,2020-10-03\n"
    'A2,乙公司,api,"¥1,234.50",是,2020-11-03\n'
)


@pytest.fixture
def loaded_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db_path, csv_path = tmp_path / "c.db", tmp_path / "s.csv"
    csv_path.write_text(CSV, "utf-8")
    assert main(["commission", "import", str(csv_path), "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


@pytest.mark.parametrize("month", ["2016-10", "2021-04", "1999-01"])
def test_summary_of_a_month_outside_the_policy_exits_2(
    loaded_db: Path, capsys: pytest.CaptureFixture[str], month: str
) -> None:
    assert main(["commission", "summary", "--month", month, "--db", str(loaded_db)]) == 2
    err = capsys.readouterr().err
    [period] = default_policy().periods
    assert f"{month} 不在佣金政策期间内" in err and f"{month} is outside" in err
    assert str(period.valid_from) in err and str(period.valid_to) in err


@pytest.mark.parametrize("month", ["2016-11", "2021-03"])
def test_months_partly_inside_the_policy_are_summarised(
    loaded_db: Path, capsys: pytest.CaptureFixture[str], month: str
) -> None:
    assert main(["commission", "summary", "--month", month, "--db", str(loaded_db)]) == 0
    assert "没有已导入的结算订单" in capsys.readouterr().out


def test_post_of_a_month_outside_the_policy_exits_2(
    loaded_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["commission", "post", "--month", "2021-04", "--db", str(loaded_db)]) == 2
    assert "outside the commission policy period" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["commission", "summary", "--month", "2020-10"],
        ["commission", "summary", "--month", "2020-10", "--json"],
        ["commission", "post", "--month", "2020-10"],
    ],
)
def test_read_commands_on_a_missing_database_exit_2_and_create_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("ONBOARD_COMMISSION_CHANNEL", "C1")
    missing = tmp_path / "typo" / "onboard.db"
    assert main([*args, "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err
    assert "数据库文件不存在" in err and "database file not found" in err
    assert not missing.parent.exists(), "no file and no folder is created"


def test_import_prints_one_summary_and_no_progress_when_piped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "s.csv"
    csv_path.write_text(CSV, "utf-8")
    assert main(["commission", "import", str(csv_path), "--db", str(tmp_path / "c.db")]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.splitlines() == [
        "读取 2 行；新订单 2 个；已导入过 0 个；文件内完全相同的重复行 0 个；服务商 2 个；"
        "月份 2020-10 … 2020-11 (2)；金额合计 ¥601,234.50",
        "Rows read: 2; new orders: 2; already known: 0; identical duplicates in the file: 0; "
        "vendors: 2; months: 2020-10 … 2020-11 (2); amount total: ¥601,234.50",
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_import_shows_a_progress_bar_with_total_percentage_and_time_left_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f"O{n:06d},V{n % 9},api,1.00,false,2020-10-01\n" for n in range(30_000))
    csv_path = tmp_path / "s.csv"
    csv_path.write_text(CSV.splitlines()[0] + "\n" + rows, "utf-8")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["commission", "import", str(csv_path), "--db", str(tmp_path / "c.db")]) == 0
    shown = terminal.getvalue()
    size_mb = f"{csv_path.stat().st_size / 1e6:.2f}M"
    assert "导入 importing" in shown
    assert "100%" in shown and size_mb in shown  # the total
    assert "<" in shown  # tqdm's elapsed<remaining
    assert shown.count("\n") <= 2, "redrawn in place, not a line per step"
    assert "Rows read: 30,000" in capsys.readouterr().out


async def test_staff_summary_of_a_month_outside_the_policy_says_so(
    fresh_db: sqlite_utils.Database,
) -> None:
    from bot.commission.staff import handle_commission_command
    from bot.config import Settings

    answer = await handle_commission_command(
        fresh_db, Settings(_env_file=None), "U1", "summary 2021-04"
    )
    assert "2021-04 不在佣金政策期间内" in answer and "2021-04 is outside" in answer


def test_the_schedule_may_ask_about_any_month_without_an_error(
    fresh_db: sqlite_utils.Database,
) -> None:
    from bot.commission.summary import summarize_month

    assert summarize_month(fresh_db, "2026-10") == []


def test_a_refused_import_into_a_new_database_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "order_id,vendor,category,amount,distribution,settled_on\n"
        "A1,A公司,建站市场,twelve,否,2020-10-08\n",
        encoding="utf-8",
    )
    new_db = tmp_path / "new" / "folder" / "onboard.db"
    assert main(["commission", "import", str(bad), "--db", str(new_db)]) == 2
    assert "amount" in capsys.readouterr().err.lower()
    assert not (tmp_path / "new").exists(), "no database, companion file or folder is left"
