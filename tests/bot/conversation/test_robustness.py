"""Garbage at every question type, random text at every step, forms, concurrency."""

from __future__ import annotations

import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from bot.conversation.state import STEPS
from bot.i18n import MESSAGES
from bot.storage import open_db
from tests.bot.conversation.conftest import PASSING, TICKET, TODAY, Vendor

INTERNAL_ERROR = MESSAGES["internal_error"]

GARBAGE = [
    "",
    "   ",
    "🙂🙂🙂",
    "x" * 10240,
    "-5",
    "2019-02-30",
    "2030-01-01",
    "asdfqwer",
    "\x00\x07",
    "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９",
]

# One question id per kind of question (bool, date, money, int, support, industry, experience).
QUESTION_KINDS = [
    "legal_entity",
    "license_date",
    "registered_capital",
    "team_size",
    "aftersales_support",
    "industry",
    "experience_years:security",
]


def _vendor_at_question(qid: str) -> Vendor:
    engine = Engine(open_db(memory=True), Settings(_env_file=None), today=lambda: TODAY)
    vendor = Vendor(engine, ConversationKey("T1", "U1"))
    engine.start(vendor.key)
    vendor.say("解决方案市场、安全市场")
    for _ in range(40):
        current = vendor.current_question()
        if current == qid:
            return vendor
        assert current is not None
        vendor.say(PASSING[current.partition(":")[0]])
    raise AssertionError(f"never reached {qid}")


@pytest.mark.parametrize("qid", QUESTION_KINDS)
def test_garbage_gets_a_clear_reply_and_the_same_question(qid: str) -> None:
    vendor = _vendor_at_question(qid)
    before_profile = vendor.profile()
    header = next(line for line in vendor.replies[-1].text.splitlines() if line.startswith("问题 "))
    for garbage in GARBAGE:
        reply = vendor.say(garbage)
        assert reply.text not in INTERNAL_ERROR
        assert vendor.current_question() == qid, garbage[:20]
        assert header in reply.text, garbage[:20]
        # the first paragraph says what was wrong
        first = reply.text.split("\n\n")[0]
        assert first and header not in first, (garbage[:20], first)
    # a future license date (for the date question) must not be accepted either
    assert vendor.profile() == before_profile


def test_too_long_message_says_how_long(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    reply = vendor.say("1" * 10240)
    assert "消息太长了（10240 个字符）" in reply.text
    assert vendor.current_question() == "legal_entity"


def _snapshot(vendor: Vendor) -> tuple[tuple, tuple | None]:
    conv = vendor.db.conn.execute("SELECT step, lang, state_json FROM conversations").fetchone()
    profile = vendor.db.conn.execute("SELECT profile_json FROM vendor_profiles").fetchone()
    return conv, profile


def _restore(vendor: Vendor, snapshot: tuple[tuple, tuple | None]) -> None:
    (step, lang, state_json), profile = snapshot
    conn = vendor.db.conn
    conn.execute(
        "UPDATE conversations SET step = ?, lang = ?, state_json = ?", (step, lang, state_json)
    )
    if profile:
        conn.execute("UPDATE vendor_profiles SET profile_json = ?", profile)
    conn.execute("DELETE FROM tickets")


def _position(name: str) -> Vendor:
    engine = Engine(open_db(memory=True), Settings(_env_file=None), today=lambda: TODAY)
    vendor = Vendor(engine, ConversationKey("T1", "U1"))
    engine.start(vendor.key)
    if name == "choose_markets":
        return vendor
    if name.startswith("question:"):
        return _vendor_at_question(name.partition(":")[2])
    vendor.say("安全市场")
    vendor.answer_all()
    if name == "verdict":
        return vendor
    if name == "confirm_known":
        vendor.say("查看其他市场")
        vendor.say("API市场")
        return vendor
    vendor.say("起草工单")
    if name == "ticket_field":
        return vendor
    for field in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[field])
    if name == "ticket_review":
        return vendor
    if name == "ticket_pick_field":
        vendor.say("修改字段")
        return vendor
    vendor.say("确认")
    assert name == "done"
    return vendor


POSITIONS = [
    "choose_markets",
    *(f"question:{qid}" for qid in QUESTION_KINDS),
    "confirm_known",
    "verdict",
    "ticket_field",
    "ticket_review",
    "ticket_pick_field",
    "done",
]


@pytest.mark.parametrize("position", POSITIONS)
def test_random_text_at_every_step_never_breaks(position: str) -> None:
    vendor = _position(position)
    snapshot = _snapshot(vendor)

    @settings(
        max_examples=int(os.environ.get("CONVERSATION_FUZZ_EXAMPLES", "25")),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(st.text(max_size=300) | st.sampled_from(GARBAGE))
    def feed(text: str) -> None:
        _restore(vendor, snapshot)
        reply = vendor.say(text)
        assert reply.text.strip()
        assert reply.text not in INTERNAL_ERROR
        state = vendor.state()
        assert state["step"] in STEPS
        if state["step"] == "question":
            assert vendor.current_question() is not None

    feed()


def test_form_with_errors_names_each_field_and_stores_nothing(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("起草工单")
    before = vendor.state()
    errors = vendor.engine.submit_ticket_form(
        vendor.key, {**TICKET, "phone": "123", "address": "  ", "contact": ""}
    )
    assert isinstance(errors, dict)
    assert set(errors) == {"phone", "address", "contact"}
    assert "电话" in errors["phone"]
    assert vendor.state() == before and vendor.tickets() == []


def test_form_success_moves_to_review(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("起草工单")
    reply = vendor.engine.submit_ticket_form(vendor.key, TICKET)
    assert not isinstance(reply, dict)
    assert "入驻云市场已缴纳保证金叁万元，请转财务" in reply.text
    assert vendor.step() == "ticket_review"
    assert [t["status"] for t in vendor.tickets()] == ["draft"]


def test_progress_for_app_home(vendor: Vendor) -> None:
    empty = vendor.engine.progress("T1", "U1")
    assert (empty.step, empty.markets, empty.ticket_status) == ("idle", [], "none")
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.say("是")
    mid = vendor.engine.progress("T1", "U1")
    assert (mid.step, mid.markets, mid.answered, mid.remaining) == ("question", ["security"], 1, 9)
    vendor.answer_all()
    vendor.say("起草工单")
    for field in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[field])
    review = vendor.engine.progress("T1", "U1")
    assert review.ticket_status == "review" and review.ticket_amount == 30000
    vendor.say("确认")
    done = vendor.engine.progress("T1", "U1")
    assert done.step == "done" and done.ticket_status == "final"
    assert [(v.market, v.status) for v in done.verdicts] == [("security", "eligible")]


def test_concurrent_messages_for_one_vendor_do_not_corrupt_state(tmp_path) -> None:
    path = tmp_path / "bot.db"
    settings_ = Settings(_env_file=None)
    key = ConversationKey("T1", "U1")
    Engine(open_db(path), settings_, today=lambda: TODAY).start(key)
    Vendor(Engine(open_db(path), settings_, today=lambda: TODAY), key).say("安全市场")
    # two processes' worth of engines (separate connections) plus threads sharing one engine
    shared = Engine(open_db(path), settings_, today=lambda: TODAY)
    engines = [shared, shared, Engine(open_db(path), settings_, today=lambda: TODAY)]
    errors: list[BaseException] = []

    def send(engine: Engine) -> None:
        try:
            for _ in range(5):
                engine.handle_text(key, "进度")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=send, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    db = open_db(path)
    version = db.conn.execute("SELECT version FROM conversations").fetchone()[0]
    assert version == 2 + 15  # start, market choice, then every status turn written once
    vendor = Vendor(Engine(db, settings_, today=lambda: TODAY), key)
    assert vendor.current_question() == "legal_entity"
