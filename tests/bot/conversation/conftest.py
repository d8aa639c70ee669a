"""A scripted vendor for conversation tests: text in, Reply out, stored rows at hand."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
import sqlite_utils

from bot.config import Settings
from bot.conversation import ConversationKey, Engine, Reply

TODAY = date(2024, 5, 1)

# Answers (as a vendor types them) that pass every condition of every market.
PASSING: dict[str, str] = {
    "legal_entity": "是",
    "license_date": "2019-03-01",
    "registered_capital": "200万",
    "team_size": "25",
    "social_insurance_proof": "是",
    "aftersales_support": "7x24",
    "online_cs": "7x24",
    "experience_years": "3年",
    "api_integration": "是",
    "ecs_image": "是",
    "mature_product": "是",
    "marketing_capability": "是",
    "built_on_aliyun": "是",
    "bigdata_offering": "是",
    "enterprise_offering": "是",
    "ecosystem_certified": "是",
    "joint_solution": "是",
    "industry": "金融",
    "acp_engineers": "2",
    "customer_cases": "是",
    "agreements_accepted": "是",
    "alibaba_1688_member": "是",
    "documents_ready": "是",
    "dingtalk_ops": "是",
    "employees": "30",
    "good_credit": "是",
}

TICKET = {
    "account": "vendor@example.com",
    "company": "杭州某某科技有限公司",
    "address": "浙江省杭州市西湖区文三路1号",
    "contact": "张三",
    "phone": "13800138000",
}


class Vendor:
    """One vendor talking to the engine, with helpers to read what got stored."""

    def __init__(self, engine: Engine, key: ConversationKey) -> None:
        self.engine = engine
        self.key = key
        self.replies: list[Reply] = []
        self.asked: list[str] = []  # question ids the bot put, in order

    @property
    def db(self) -> sqlite_utils.Database:
        return self.engine.db

    def say(self, text: str) -> Reply:
        reply = self.engine.handle_text(self.key, text)
        self.replies.append(reply)
        return reply

    def click(self, value: str) -> Reply:
        reply = self.engine.handle_choice(self.key, value)
        self.replies.append(reply)
        return reply

    def state(self) -> dict[str, Any]:
        row = self.db.conn.execute(
            "SELECT state_json FROM conversations WHERE team_id = ? AND user_id = ?"
            " AND thread_ts = ?",
            (self.key.team_id, self.key.user_id, self.key.thread_ts),
        ).fetchone()
        return json.loads(row[0]) if row else {}

    def step(self) -> str:
        return self.state().get("step", "idle")

    def current_question(self) -> str | None:
        state = self.state()
        if state.get("step") != "question":
            return None
        return state.get("detour") or (state["pending"][0] if state["pending"] else None)

    def answer_all(self, answers: Mapping[str, str] = PASSING) -> Reply:
        """Answer every question put until the walk-through leaves the question step."""
        reply = self.replies[-1] if self.replies else None
        for _ in range(60):
            qid = self.current_question()
            if qid is None:
                break
            self.asked.append(qid)
            key = qid.partition(":")[0]
            reply = self.say(answers.get(qid, answers[key]))
        assert reply is not None
        return reply

    def profile(self) -> dict[str, Any]:
        row = self.db.conn.execute(
            "SELECT profile_json FROM vendor_profiles WHERE team_id = ? AND user_id = ?",
            (self.key.team_id, self.key.user_id),
        ).fetchone()
        return json.loads(row[0]) if row else {}

    def verdicts(self) -> dict[str, str]:
        rows = self.db.conn.execute(
            "SELECT market, status FROM verdicts WHERE team_id = ? AND user_id = ?",
            (self.key.team_id, self.key.user_id),
        ).fetchall()
        return dict(rows)

    def tickets(self) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT * FROM tickets WHERE team_id = ? AND user_id = ? ORDER BY id",
                [self.key.team_id, self.key.user_id],
            )
        )


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None)


@pytest.fixture
def engine(fresh_db: sqlite_utils.Database, settings: Settings) -> Engine:
    return Engine(fresh_db, settings, today=lambda: TODAY)


@pytest.fixture
def vendor(engine: Engine) -> Vendor:
    return Vendor(engine, ConversationKey("T1", "U1"))
