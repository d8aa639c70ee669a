"""`onboard-bot eligibility` and `onboard-bot ticket` through cli.main and one subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from bot.storage import open_db
from cli.main import main

ROOT = Path(__file__).parents[2]
PROFILES = ROOT / "tests" / "fixtures" / "profiles"

TICKET_ARGS = [
    "--account", "vendor@example.com",
    "--company", "杭州示例科技有限公司",
    "--address", "杭州市西湖区文三路1号",
    "--contact", "张三",
    "--phone", "+86 138 0013 8000",
]  # fmt: skip


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["eligibility", *args, "--as-of", "2024-01-01", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_all_eligible_profile(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "--answers", str(PROFILES / "all_eligible.json"))
    assert result["as_of"] == "2024-01-01"
    assert [(m["market"], m["status"], m["deposit"]) for m in result["markets"]] == [
        (market_id, "eligible", 50000 if market_id == "retail_link" else 30000)
        for market_id in (
            "api software service website data new_retail security enterprise solution iot "
            "devops retail_link"
        ).split()
    ]


def test_retail_link_at_exactly_one_million(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(PROFILES / "retail_link_capital_exactly_1m.json")
    result = run_json(capsys, "--answers", path, "--market", "零售通", "--market", "服务&代维")
    retail, service = result["markets"]
    assert service == {
        "market": "service",
        "status": "eligible",
        "unmet": [],
        "missing": [],
        "deposit": 30000,
        "notes": [],
    }
    assert retail["status"] == "not_eligible"
    assert retail["missing"] == []
    assert [(u["key"], u["condition"], u["expected"], u["actual"]) for u in retail["unmet"]] == [
        (
            "registered_capital",
            "企业成立时间超过1年以上，注册资金超过100万元。",
            "> 1000000",
            "1000000",
        )
    ]


def test_empty_profile_is_incomplete(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "--answers", str(PROFILES / "empty.json"), "--market", "api")
    [api] = result["markets"]
    assert api["status"] == "incomplete"
    assert api["missing"] == [
        "legal_entity", "team_size", "social_insurance_proof", "aftersales_support",
        "experience_years", "api_integration", "agreements_accepted",
    ]  # fmt: skip


def test_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(PROFILES / "retail_link_capital_exactly_1m.json")
    assert main(["eligibility", "--answers", path, "--as-of", "2024-01-01"]) == 0
    out = capsys.readouterr().out
    # The conversation's verdict words (was 不符合 / not_eligible).
    assert "零售通市场 (retail_link): 暂不符合入驻条件 / not eligible yet" in out
    assert "注册资金 100万元，未超过 100万元" in out
    assert "服务市场 (service): 符合入驻条件 / eligible" in out


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "not valid JSON at line 1"),
        ("[1, 2]", "JSON object"),
        ('{"registered_capital": "很多"}', "registered_capital"),
        ('{"team_sise": 20}', "did you mean team_size"),
        ('{"license_date": "2030-01-01"}', "license_date"),
    ],
)
def test_bad_answers_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, fragment: str
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(content, encoding="utf-8")
    assert main(["eligibility", "--answers", str(answers), "--as-of", "2024-01-01"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert fragment in captured.err


def test_unknown_market_and_bad_date_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    empty = str(PROFILES / "empty.json")
    assert main(["eligibility", "--answers", empty, "--market", "taobao"]) == 2
    assert "retail_link" in capsys.readouterr().err
    assert main(["eligibility", "--answers", empty, "--as-of", "2024-13-01"]) == 2
    assert "--as-of" in capsys.readouterr().err
    assert main(["eligibility", "--answers", "/nonexistent.json"]) == 2


def _counts(path: Path) -> tuple[int, int]:
    db: sqlite_utils.Database = open_db(path)
    try:
        return db["tickets"].count, db["audit_log"].count
    finally:
        db.conn.close()


def test_ticket_prints_and_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "bot.db"
    code = main(
        ["--db", str(db_path), "ticket", "--market", "api", "--market", "零售通", *TICKET_ARGS]
    )
    assert code == 0
    expected = (
        "入驻云市场已缴纳保证金捌万元，请转财务\n\n阿里云账号：vendor@example.com\n"
        "公司名称：杭州示例科技有限公司\n快递地址：杭州市西湖区文三路1号\n联系人：张三\n"
        "电话：13800138000"
    )
    assert capsys.readouterr().out == expected + "\n"
    db = open_db(db_path)
    [row] = list(db["tickets"].rows)
    assert (row["team_id"], row["user_id"], row["status"], row["amount"]) == (
        "cli",
        "cli",
        "final",
        80000,
    )
    assert json.loads(row["markets_json"]) == ["api", "retail_link"]
    assert row["text"] == expected
    [entry] = list(db["audit_log"].rows)
    assert (entry["actor"], entry["action"]) == ("cli", "ticket.final")


@pytest.mark.parametrize(
    ("flag", "value"),
    [("--phone", "123"), ("--address", "   "), ("--company", "杭州\n公司"), ("--contact", "")],
)
def test_bad_ticket_field_exit_2_nothing_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    db_path = tmp_path / "bot.db"
    before = _counts(db_path)
    args = list(TICKET_ARGS)
    args[args.index(flag) + 1] = value
    assert main(["--db", str(db_path), "ticket", "--market", "api", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert flag in captured.err
    assert _counts(db_path) == before == (0, 0)


def test_every_bad_ticket_field_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--account", "", "--company", "", "--address", "", "--contact", "", "--phone", "1"]
    assert main(["--db", str(tmp_path / "x.db"), "ticket", "--market", "api", *args]) == 2
    err = capsys.readouterr().err
    for flag in ("--account", "--company", "--address", "--contact", "--phone"):
        assert flag in err


def test_subprocess_eligibility_json() -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "eligibility",
            "--answers",
            str(PROFILES / "all_eligible.json"),
            "--market",
            "api",
            "--as-of",
            "2024-01-01",
            "--json",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == {
        "as_of": "2024-01-01",
        "markets": [
            {
                "market": "api",
                "status": "eligible",
                "unmet": [],
                "missing": [],
                "deposit": 30000,
                "notes": [],
            }
        ],
    }
