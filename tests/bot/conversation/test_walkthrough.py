"""Whole conversations through Engine: text in, text out, stored rows checked."""

from __future__ import annotations

import json

from bot.conversation import ConversationKey, Engine
from bot.conversation.questions import requests_by_id
from tests.bot.conversation.conftest import PASSING, TICKET, TODAY, Vendor

EXPECTED_SECURITY_TICKET = (
    "入驻云市场已缴纳保证金叁万元，请转财务\n"
    "\n"
    "阿里云账号：vendor@example.com\n"
    "公司名称：杭州某某科技有限公司\n"
    "快递地址：浙江省杭州市西湖区文三路1号\n"
    "联系人：张三\n"
    "电话：13800138000"
)


def test_security_vendor_is_eligible_and_drafts_the_ticket(vendor: Vendor) -> None:
    greeting = vendor.engine.start(vendor.key)
    assert "安全市场" in greeting.text and len(greeting.choices) == 12
    chosen = vendor.say("安全市场")
    assert "检查以下市场：安全市场" in chosen.text
    verdict = vendor.answer_all()

    assert "✅ 安全市场：符合入驻条件" in verdict.text
    assert "合计：30,000 元（大写：叁万元）" in verdict.text
    assert "1. 注册阿里云账号" in verdict.text  # the joining steps
    assert [n.kind for n in verdict.notifications] == ["eligible"]
    assert verdict.notifications[0].data["market"] == "security"
    assert [c.label for c in verdict.choices] == ["起草转财务工单", "查看其他市场", "结束"]
    assert vendor.verdicts() == {"security": "eligible"}

    first_field = vendor.say("1")
    assert first_field.form == "ticket" and "阿里云账号" in first_field.text
    for name in ("account", "company", "address", "contact", "phone"):
        review = vendor.say(TICKET[name])
    assert EXPECTED_SECURITY_TICKET in review.text
    assert [row["status"] for row in vendor.tickets()] == ["draft"]

    final = vendor.say("确认")
    assert EXPECTED_SECURITY_TICKET in final.text
    assert "资金管理 > 创建工单" in final.text
    assert "未缴纳保证金不得上架商品" in final.text
    [notification] = final.notifications
    assert notification.kind == "ticket_drafted"
    # Staff hear what finance matches the deposit by, not the contact data (docs/PRIVACY.md).
    assert TICKET["company"] in notification.text and TICKET["account"] in notification.text
    for private in ("address", "contact", "phone"):
        assert TICKET[private] not in notification.text
        assert TICKET[private] not in json.dumps(notification.data, ensure_ascii=False)

    [ticket] = vendor.tickets()
    assert ticket["status"] == "final" and ticket["finalized_at"]
    assert ticket["text"] == EXPECTED_SECURITY_TICKET
    assert ticket["amount"] == 30000
    assert json.loads(ticket["markets_json"]) == ["security"]
    assert json.loads(ticket["fields_json"]) == TICKET
    actions = [row[0] for row in vendor.db.conn.execute("SELECT action FROM audit_log")]
    assert "ticket.final" in actions and "eligibility.verdict" in actions
    assert vendor.step() == "done"


def test_retail_link_fails_on_capital_of_exactly_one_million(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    verdict = vendor.answer_all({**PASSING, "registered_capital": "100万"})

    assert "❌ 零售通市场：暂不符合入驻条件" in verdict.text
    unmet_line = next(line for line in verdict.text.splitlines() if "未满足" in line)
    assert "注册资金" in unmet_line and "超过" in unmet_line and "100万" in unmet_line
    assert "原文：“企业成立时间超过1年以上，注册资金超过100万元。”" in verdict.text
    assert "目前没有可入驻的市场" in verdict.text
    assert verdict.notifications == []
    assert vendor.verdicts() == {"retail_link": "not_eligible"}
    row = vendor.db.conn.execute("SELECT unmet_json FROM verdicts").fetchone()
    assert [u["key"] for u in json.loads(row[0])] == ["registered_capital"]


def test_three_markets_ask_each_shared_question_once(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场、服务市场和建站市场")
    verdict = vendor.answer_all()

    assert len(vendor.asked) == len(set(vendor.asked))
    expected = list(requests_by_id(["security", "service", "website"]))
    assert vendor.asked == expected
    per_market = sum(len(requests_by_id([m])) for m in ("security", "service", "website"))
    assert len(vendor.asked) < per_market
    assert vendor.asked.count("registered_capital") == 1
    # experience is per market (SPEC decision 5): one question for each
    assert {q for q in vendor.asked if q.startswith("experience_years")} == {
        "experience_years:security",
        "experience_years:service",
        "experience_years:website",
    }
    assert "合计：90,000 元（大写：玖万元）" in verdict.text
    assert vendor.verdicts() == {
        "security": "eligible",
        "service": "eligible",
        "website": "eligible",
    }


def test_known_answers_are_not_asked_again_but_shown(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("查看其他市场")
    summary = vendor.say("服务市场")
    assert vendor.step() == "confirm_known"
    assert "注册资金：200万元" in summary.text
    assert summary.choices[0].label == "继续"
    question = vendor.say("继续")
    # only what security did not need: online service hours, experience, marketing capability
    assert vendor.state()["pending"] == [
        "online_cs",
        "experience_years:service",
        "marketing_capability",
    ]
    assert "服务市场" in question.text


def test_number_in_summary_changes_that_answer_then_returns(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("查看其他市场")
    vendor.say("服务市场")
    summary_lines = vendor.replies[-1].text.splitlines()
    number = next(line.split(".")[0] for line in summary_lines if "注册资金" in line)
    ask = vendor.say(number)
    assert "注册资金" in ask.text and "您之前的回答：200万元" in ask.text
    back = vendor.say("300万")
    assert vendor.step() == "confirm_known" and "注册资金：300万元" in back.text
    assert vendor.profile()["registered_capital"] == 3000000


def test_english_conversation(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    chosen = vendor.say("security and api please")
    assert "OK, checking these markets: Security Market, API Market." in chosen.text
    assert "Why I ask:" in chosen.text and "Answer yes or no" in chosen.text
    english = {key: value for key, value in PASSING.items()}
    english.update(
        {
            "legal_entity": "yes",
            "registered_capital": "2,000,000",
            "experience_years": "3",
            "social_insurance_proof": "yes",
        }
    )
    english = {k: ("yes" if v == "是" else v) for k, v in english.items()}
    verdict = vendor.answer_all(english)
    assert "✅ Security Market: eligible" in verdict.text
    assert "✅ API Market: eligible" in verdict.text
    assert "Total: CNY 60,000 (in capitals: 陆万元)" in verdict.text
    assert verdict.lang == "en"
    drafting = vendor.say("draft ticket")
    assert "Please give the Alibaba Cloud account" in drafting.text
    for name in ("account", "company", "address", "contact", "phone"):
        review = vendor.say(TICKET[name])
    assert "入驻云市场已缴纳保证金陆万元，请转财务" in review.text
    assert vendor.state()["lang"] == "en"  # Chinese company name did not switch language
    final = vendor.say("confirm")
    assert "Once the deposit is paid" in final.text
    assert vendor.tickets()[0]["amount"] == 60000


def test_language_switch_commands(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    english = vendor.say("English")
    assert "OK, I will continue in English." in english.text
    assert "Question 1/" in english.text
    chinese = vendor.say("中文")
    assert "好的，接下来使用中文。" in chinese.text and "问题 1/" in chinese.text


def test_restart_process_keeps_everything(vendor: Vendor, settings) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.say("是")
    vendor.say("2019-03-01")
    # a new Engine over the same database is what a restarted process sees
    again = Vendor(Engine(vendor.db, settings, today=lambda: TODAY), vendor.key)
    welcome = again.engine.start(again.key)
    assert "欢迎回来" in welcome.text and "问题 3/10" in welcome.text and "注册资金" in welcome.text
    assert again.profile() == {"legal_entity": True, "license_date": "2019-03-01"}


def test_threads_are_separate_conversations(engine: Engine) -> None:
    main = Vendor(engine, ConversationKey("T1", "U1"))
    thread = Vendor(engine, ConversationKey("T1", "U1", "1700000000.000100"))
    main.engine.start(main.key)
    main.say("安全市场")
    thread.engine.start(thread.key)
    thread.say("API市场")
    assert main.state()["markets"] == ["security"]
    assert thread.state()["markets"] == ["api"]
