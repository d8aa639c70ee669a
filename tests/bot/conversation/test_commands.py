"""Commands at any point: back, restart, cancel, status, change an answer, help, human."""

from __future__ import annotations

from tests.bot.conversation.conftest import TICKET, Vendor


def _begin(vendor: Vendor, market: str = "安全市场") -> None:
    vendor.engine.start(vendor.key)
    vendor.say(market)


def test_back_shows_previous_question_with_its_answer(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("是")
    vendor.say("2019-03-01")
    assert vendor.current_question() == "registered_capital"
    back = vendor.say("上一步")
    assert vendor.current_question() == "license_date"
    assert "问题 2/10" in back.text and "您之前的回答：2019-03-01" in back.text
    again = vendor.say("2018-01-01")
    assert vendor.current_question() == "registered_capital" and "问题 3/10" in again.text
    assert vendor.profile()["license_date"] == "2018-01-01"


def test_back_at_first_question_stays(vendor: Vendor) -> None:
    _begin(vendor)
    reply = vendor.say("back")
    assert "已经是第一个问题了" in reply.text
    assert vendor.current_question() == "legal_entity"


def test_restart_keeps_answers_and_says_so(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("是")
    reply = vendor.say("重新开始")
    assert "已重新开始" in reply.text and "保留" in reply.text
    assert vendor.step() == "choose_markets"
    assert vendor.profile() == {"legal_entity": True}
    summary = vendor.say("安全市场")
    assert vendor.step() == "confirm_known" and "拥有正规的公司资质：是" in summary.text


def test_cancel_stops_and_keeps_answers(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("是")
    reply = vendor.say("取消")
    assert "已取消" in reply.text and vendor.step() == "idle"
    assert vendor.profile() == {"legal_entity": True}
    # 取消 promised "回复“开始”可以随时继续": 开始 resumes the question left open (issue 12).
    resumed = vendor.say("开始")
    assert vendor.step() == "question" and vendor.current_question() == "license_date"
    assert "欢迎回来" in resumed.text and "问题 2/" in resumed.text
    assert vendor.profile() == {"legal_entity": True}
    vendor.say("取消")
    restart = vendor.say("重新开始")
    assert vendor.step() == "choose_markets" and "请选择要入驻的市场" in restart.text


def test_status_lists_answered_and_remaining(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("是")
    vendor.say("2019-03-01")
    status = vendor.say("进度")
    assert "市场：安全市场" in status.text
    assert "已回答（2）" in status.text and "营业执照日期（成立日期）：2019-03-01" in status.text
    assert "待回答（8）" in status.text and "注册资金" in status.text
    assert "工单：未起草" in status.text
    assert vendor.current_question() == "registered_capital"  # status does not move


def test_change_an_earlier_answer_then_return(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("是")
    vendor.say("2019-03-01")
    vendor.say("100万")
    ask = vendor.say("修改 注册资金")
    assert ask.text.startswith("修改：") and "您之前的回答：100万元" in ask.text
    back = vendor.say("150万")
    assert "已记录：注册资金 = 150万元" in back.text
    assert vendor.current_question() == "team_size" and "问题 4/10" in back.text
    vendor.say("改 成立日期")
    assert vendor.current_question() == "license_date"
    vendor.say("2018/6/1")
    assert vendor.profile()["license_date"] == "2018-06-01"
    vendor.say("change capital")
    assert vendor.current_question() == "registered_capital"


def test_change_after_verdict_re_evaluates(vendor: Vendor) -> None:
    _begin(vendor)
    verdict = vendor.answer_all()
    assert "✅ 安全市场" in verdict.text
    vendor.say("修改 团队人数")
    again = vendor.say("10")
    assert "❌ 安全市场" in again.text and "低于 20 人" in again.text
    assert vendor.verdicts() == {"security": "not_eligible"}


def test_change_unknown_item_names_what_can_change(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("是")
    reply = vendor.say("修改 星座")
    assert "没找到要修改的项目“星座”" in reply.text and "拥有正规的公司资质" in reply.text
    assert vendor.current_question() == "license_date"


def test_help_lists_commands_and_repeats_question(vendor: Vendor) -> None:
    _begin(vendor)
    reply = vendor.say("帮助")
    assert "上一步" in reply.text and "转人工" in reply.text
    assert "问题 1/10" in reply.text


def test_free_question_is_answered_then_question_repeated(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("是")
    reply = vendor.say("保证金交多少？")
    assert "30,000" in reply.text or "叁万" in reply.text
    assert "我们回到刚才的问题" in reply.text and "问题 2/10" in reply.text
    assert vendor.current_question() == "license_date"


def test_handoff_records_the_last_question_and_notifies(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.say("你们的老板是谁？")
    reply = vendor.say("转人工")
    assert "已将您的问题转给工作人员" in reply.text and "问题 1/10" in reply.text
    [notification] = reply.notifications
    assert notification.kind == "handoff"
    assert notification.data["question"] == "你们的老板是谁？"
    rows = vendor.db.conn.execute("SELECT user_id, question, lang FROM handoffs").fetchall()
    assert rows == [("U1", "你们的老板是谁？", "zh")]


def test_ticket_field_can_be_changed_at_review(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.answer_all()
    vendor.say("起草工单")
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    ask = vendor.say("修改 电话")
    assert "电话" in ask.text and ask.choices[0].value == "13800138000"
    bad = vendor.say("12345")
    assert "不是有效的中国大陆电话号码" in bad.text and vendor.step() == "ticket_field"
    review = vendor.say("010-12345678")
    assert "电话：010-12345678" in review.text and vendor.step() == "ticket_review"
    vendor.say("修改字段")
    assert vendor.step() == "ticket_pick_field"
    vendor.say("2")
    vendor.say("杭州另一家科技有限公司")
    final = vendor.say("确认")
    assert "公司名称：杭州另一家科技有限公司" in final.text
    [ticket] = vendor.tickets()
    assert ticket["status"] == "final" and "电话：010-12345678" in ticket["text"]


def test_second_ticket_offers_previous_values(vendor: Vendor) -> None:
    _begin(vendor)
    vendor.answer_all()
    vendor.say("起草工单")
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    vendor.say("确认")
    vendor.say("API市场")
    vendor.say("继续")
    vendor.answer_all()
    ask = vendor.say("起草工单")
    assert ask.choices[0].value == TICKET["account"]
    assert ask.form_values == TICKET
    reply = vendor.say("1")  # "use: vendor@example.com"
    assert (
        "公司名称" in reply.text and vendor.state()["ticket_fields"]["account"] == TICKET["account"]
    )


def test_ticket_for_chosen_markets_when_none_eligible(vendor: Vendor) -> None:
    _begin(vendor, "零售通")
    from tests.bot.conversation.conftest import PASSING

    vendor.answer_all({**PASSING, "registered_capital": "100万"})
    ask = vendor.say("起草工单")
    assert vendor.step() == "ticket_markets" and "工单要写哪些市场" in ask.text
    intro = vendor.say("12")
    assert "零售通市场" in intro.text and "50,000" in intro.text
