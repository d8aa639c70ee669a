"""A database written by release 0.1.0 opens with today's code and every conversation goes on.

The fixture was made by tests/fixtures/make_db_release_0_1_0.py at the release's commit.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from bot.storage import open_db
from tests.bot.conversation.conftest import PASSING, TICKET, TODAY, Vendor

FIXTURE = Path(__file__).parents[2] / "fixtures" / "db_release_0_1_0.sqlite"


@pytest.fixture
def upgraded(tmp_path: Path) -> sqlite_utils.Database:
    target = tmp_path / "onboard.db"
    shutil.copyfile(FIXTURE, target)
    return open_db(target)


@pytest.fixture
def engine(upgraded: sqlite_utils.Database) -> Engine:
    return Engine(upgraded, Settings(_env_file=None), today=lambda: TODAY)


def vendor_of(engine: Engine, user: str) -> Vendor:
    return Vendor(engine, ConversationKey("T1", user))


def test_every_migration_is_applied(upgraded: sqlite_utils.Database) -> None:
    applied = {row[0] for row in upgraded.conn.execute("SELECT number FROM schema_migrations")}
    assert {13, 14} <= applied


def test_mid_eligibility_resumes_at_the_pending_question(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_MID_ELIGIBILITY")
    again = vendor.engine.start(vendor.key)
    assert "欢迎回来" in again.text and "团队" in again.text
    assert vendor.current_question() == "team_size"
    # The answers given before the upgrade are kept: only the rest is asked.
    verdict = vendor.answer_all()
    assert vendor.asked[0] == "team_size" and "registered_capital" not in vendor.asked
    assert "✅ 安全市场：符合入驻条件" in verdict.text
    assert vendor.profile()["registered_capital"] == 2000000


def test_a_value_waiting_for_yes_is_stored_on_yes(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_CONFIRMING")
    vendor.say("是")
    assert vendor.profile()["team_size"] == 20
    assert vendor.current_question() == "social_insurance_proof"


def test_a_change_of_an_earlier_answer_goes_back_to_where_it_was(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_DETOUR_EN")
    reply = vendor.say("3000000")
    assert vendor.profile()["registered_capital"] == 3000000
    assert vendor.current_question() == "social_insurance_proof"
    assert reply.lang == "en"


def test_at_the_verdict_the_ticket_starts(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_VERDICT")
    first = vendor.say("1")
    assert first.form == "ticket" and "阿里云账号" in first.text
    assert vendor.step() == "ticket_field"
    assert vendor.state()["ticket_markets"] == ["security", "api"]


def test_mid_ticket_keeps_the_fields_filled_and_asks_the_rest(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_MID_TICKET")
    for name in ("address", "contact", "phone"):
        review = vendor.say(TICKET[name])
    assert "公司名称：杭州某某科技有限公司" in review.text
    assert vendor.step() == "ticket_review"
    vendor.say("确认")
    [ticket] = vendor.tickets()
    assert ticket["status"] == "final"
    assert json.loads(ticket["fields_json"]) == TICKET


def test_a_ticket_in_review_is_confirmed(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_TICKET_REVIEW")
    final = vendor.say("确认")
    assert "资金管理 > 创建工单" in final.text
    assert [row["status"] for row in vendor.tickets()] == ["final"]
    assert vendor.step() == "done"


def test_a_ticket_field_being_changed_is_asked_and_returns_to_the_review(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_TICKET_CHANGE")
    # Migration 0014 moved the ticket's detour to the ticket form's own place.
    state = vendor.state()
    assert (state["ticket_detour"], state["ticket_resume_step"]) == ("phone", "ticket_review")
    assert (state["detour"], state["resume_step"]) == (None, None)
    review = vendor.say("13900139000")
    assert vendor.step() == "ticket_review"
    assert "电话：13900139000" in review.text


def test_changing_an_answer_while_changing_a_ticket_field_returns_to_that_field(
    engine: Engine,
) -> None:
    """Release 0.1.0 kept one detour for both forms: the phone being changed was forgotten."""
    vendor = vendor_of(engine, "U_TICKET_CHANGE")
    vendor.say("修改 注册资金")
    assert vendor.current_question() == "registered_capital"
    back = vendor.say("300万")
    assert vendor.step() == "ticket_field" and vendor.state()["ticket_detour"] == "phone"
    assert "电话" in back.text
    vendor.say("13900139000")
    assert vendor.step() == "ticket_review"
    assert vendor.profile()["registered_capital"] == 3000000


def test_a_confirmed_ticket_stays_confirmed(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_CONFIRMED")
    progress = engine.progress("T1", "U_CONFIRMED")
    assert progress.ticket_status == "final" and progress.ticket_amount == 30000
    assert progress.step == "done"
    # And the vendor can start over with their answers on file.
    vendor.say("重新开始")
    vendor.say("安全市场")
    assert vendor.step() == "confirm_known"


def test_a_kept_draft_resumes_where_it_was_left(engine: Engine) -> None:
    vendor = vendor_of(engine, "U_TICKET_DRAFT")
    resumed = vendor.say("起草工单")
    assert "公司名称" in resumed.text
    assert vendor.state()["ticket_fields"] == {"account": TICKET["account"]}
    assert PASSING  # the same passing answers as the release's walk-through
