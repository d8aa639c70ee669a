"""Run by test_thirteenth_market.py in a fresh interpreter with ONBOARD_RULES_DATA pointing at
a copy of rules/data/ with a thirteenth market, 教育市场 (id `education`, deposit 40,000,
rates 12/8/4 %). Not collected on its own: with the packaged data it would fail."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
import sqlite_utils

from bot.answers import answer
from bot.commission.importer import import_csv
from bot.commission.summary import summarize_month
from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from rules.datafile import RULES_DATA_ENV
from rules.markets import MARKET_IDS
from tests.bot.conversation.conftest import PASSING, TICKET, TODAY, Vendor

# 教育市场 asks for 300万 registered capital; the other answers pass every market.
ANSWERS = {**PASSING, "registered_capital": "500万"}


@pytest.fixture
def vendor(fresh_db: sqlite_utils.Database) -> Vendor:
    engine = Engine(fresh_db, Settings(_env_file=None), today=lambda: TODAY)
    return Vendor(engine, ConversationKey("T1", "U1"))


def test_the_fixture_data_is_the_one_read() -> None:
    assert os.environ.get(RULES_DATA_ENV)
    assert len(MARKET_IDS) == 13 and MARKET_IDS[-1] == "education"


def test_the_market_menu_lists_it(vendor: Vendor) -> None:
    greeting = vendor.engine.start(vendor.key)
    assert len(greeting.choices) == 13
    assert "教育市场" in [choice.label for choice in greeting.choices]
    assert "教育市场" in greeting.text


def test_a_walk_through_reaches_a_verdict_deposit_and_ticket_for_it(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    chosen = vendor.say("教育市场")
    assert "教育市场" in chosen.text
    verdict = vendor.answer_all(ANSWERS)
    assert "✅ 教育市场：符合入驻条件" in verdict.text
    assert "合计：40,000 元（大写：肆万元）" in verdict.text
    assert vendor.verdicts() == {"education": "eligible"}

    vendor.say("1")  # draft the finance ticket
    for name in ("account", "company", "address", "contact", "phone"):
        review = vendor.say(TICKET[name])
    assert "入驻云市场已缴纳保证金肆万元，请转财务" in review.text
    [ticket] = vendor.tickets()
    assert ticket["amount"] == 40000


def test_a_vendor_below_its_capital_threshold_is_told_so(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("教育市场")
    verdict = vendor.answer_all({**PASSING, "registered_capital": "100万"})
    assert "教育市场" in verdict.text and "300万" in verdict.text
    assert vendor.verdicts() == {"education": "not_eligible"}


def test_every_market_means_thirteen(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    chosen = vendor.say("全部")
    assert "教育市场" in chosen.text and "零售通市场" in chosen.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("教育市场和安全市场保证金多少", ["70,000", "柒万", "教育市场 40,000"]),
        ("教育市场保证金交多少", ["40,000", "肆万"]),
        ("deposit for the Education Market and the Security Market", ["70,000", "柒万"]),
        ("保证金交多少", ["教育市场", "40,000"]),
    ],
)
def test_the_deposit_and_its_capitals_include_it(question: str, expected: list[str]) -> None:
    text = answer(question).text
    for part in expected:
        assert part in text, (question, text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("有几个市场", ["十三", "教育市场"]),
        ("云市场有哪些集市", ["十三", "教育市场"]),
        ("how many markets are there", ["thirteen", "Education Market (教育市场)"]),
    ],
)
def test_how_many_markets_says_thirteen(question: str, expected: list[str]) -> None:
    text = answer(question).text
    for part in expected:
        assert part in text, (question, text)
    assert "十二" not in text and "twelve" not in text


def test_its_conditions_and_commission_rate_are_answered() -> None:
    conditions = answer("教育市场入驻条件").text
    assert "300万" in conditions
    rate = answer("教育市场佣金费率").text
    assert "12%" in rate, rate


def test_a_commission_summary_includes_it(fresh_db: sqlite_utils.Database) -> None:
    csv = (
        "order_id,vendor,category,amount,distribution,settled_on\n"
        "E1,甲公司,教育,300000.00,false,2020-10-01\n"
        "E2,甲公司,education,100000.00,true,2020-10-02\n"
        "S1,甲公司,security,1000.00,false,2020-10-03\n"
    )
    import_csv(fresh_db, csv.encode(), actor="test")
    rows = {row.category: row for row in summarize_month(fresh_db, "2020-10")}
    assert set(rows) == {"education", "security"}
    education = rows["education"].to_json()
    assert education["status"] == "ok" and education["tier"] == 2
    assert Decimal(education["rate"]) == Decimal("0.08")
    assert Decimal(education["commission"]) == Decimal("24000.00")  # 300,000 × 8 %


def test_what_all_markets_share_leaves_out_the_one_without_a_team_condition() -> None:
    # 教育市场 sets no team-size condition: "every market but 零售通 asks for 20 people" would
    # be wrong now.
    general = answer("入驻条件有哪些").text
    assert "除零售通、教育外，各集市都要求具有 20 人以上" in general, general
    english = answer("what are the entry conditions in general").text
    assert "Every market except Retail Link (零售通) and Education (教育) needs" in english


def test_the_command_line_reads_the_same_rules() -> None:
    # `onboard-bot ask` in its own process, with the environment this one got.
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "cli", "ask", "有几个市场"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "十三大集市" in result.stdout and "教育市场" in result.stdout
