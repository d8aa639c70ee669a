"""Round 41 (session 46), the third black-box round: a new tester who never saw the code played 12
vendors in the console at 89b30cd (docs/evaluation/black_box_s46/report.md). One test per defect
class fixed, in the tester's wordings and our own. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor

_FIELDS = (
    "账号 erp_cloud，公司 上海云启信息技术有限公司，地址 上海市徐汇区宜山路700号，联系人 陈静，"
    "电话 021-64851234"
)


def _at_ticket_review(vendor: Vendor, markets: str = "API") -> None:
    vendor.engine.start(vendor.key)
    vendor.say(f"生成工单 {markets}")
    vendor.say(_FIELDS)
    assert vendor.step() == "ticket_review"


# ----- D1 (high): the check declined, or "I meant …", is no "no" to the question ------------


@pytest.mark.parametrize("typed", ["不用检查了，生成工单", "skip the check, draft the ticket"])
def test_the_check_declined_for_the_ticket_stores_no_answer(vendor: Vendor, typed: str) -> None:
    vendor.say("我想入驻API市场")
    assert vendor.current_question() == "legal_entity"
    vendor.say(typed)
    assert vendor.profile() == {}
    assert vendor.step() in ("ticket_markets", "ticket_field")


def test_i_meant_another_question_stores_no_answer(vendor: Vendor) -> None:
    vendor.say("english")
    vendor.say("devops market")
    reply = vendor.say("no, I meant the commission rate for DevOps")
    assert vendor.profile() == {}
    assert vendor.current_question() == "legal_entity"
    assert "no rate" in reply.text


def test_i_meant_with_a_figure_is_still_a_correction(vendor: Vendor) -> None:
    vendor.say("security")
    vendor.answer_all()
    vendor.say("Sorry, I meant 5 years of security experience, not 3.")
    assert vendor.profile()["experience_years"] == {"security": 5}


# ----- D2: what a market requires, asked at the menu, is listed; a check starts the form ----


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("零售通市场入驻要什么条件", "零售通市场入驻条件："),
        ("物联网市场对注册资金有要求吗", "没有。指南对物联网市场没有注册资金要求"),
        ("security market requirements", "Entry conditions for Security Market"),
    ],
)
def test_conditions_asked_at_the_menu_are_listed(vendor: Vendor, typed: str, said: str) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert said in reply.text
    assert vendor.step() == "choose_markets"


def test_a_check_asked_at_the_menu_starts_the_form(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("帮我看看零售通能不能进")
    assert vendor.state()["markets"] == ["retail_link"]
    assert vendor.current_question() is not None


# ----- D3: commission follow-ups with new figures, a market, anywhere ---------------------


def test_new_figures_after_a_commission_answer(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("2021年3月安全市场卖了20万，没有分销，佣金多少")
    assert "政策没有给出费率" in vendor.say("新零售2020年10月做了50万呢").text
    assert "2021年4月不在" in vendor.say("2021年4月网站建设60万呢").text
    # The chain goes on after a month outside the policy.
    assert "佣金 1万元（10,000元）（第1档 10%）" in vendor.say("2016年11月基础软件10万呢").text
    assert vendor.step() == "choose_markets"


def test_english_follow_ups_at_a_question_keep_the_form(vendor: Vendor) -> None:
    vendor.say("english")
    vendor.say("basic software")
    asked = vendor.current_question()
    vendor.say("enterprise app market, October 2020, 300k, 100k distribution, commission?")
    reply = vendor.say("and if it had been 500k with nothing from distribution?")
    assert "Commission: 15,000 yuan (tier 3, 3%)" in reply.text
    assert "DevOps Market has no rate" in vendor.say("what about DevOps market?").text
    assert vendor.current_question() == asked
    assert vendor.profile() == {}


# ----- D4: a market found eligible earlier stays so after another check ---------------------


def test_an_earlier_eligible_market_is_kept_after_a_failed_check(vendor: Vendor) -> None:
    vendor.say("基础软件市场")
    vendor.answer_all()
    assert vendor.verdicts() == {"software": "eligible"}
    vendor.say("查看其他市场")
    vendor.say("安全市场")
    vendor.say("继续")
    reply = vendor.answer_all({**PASSING, "experience_years": "0"})
    assert "之前检查过的基础软件市场符合入驻条件" in reply.text
    assert "目前没有可入驻的市场" not in reply.text
    vendor.say("起草转财务工单")
    assert vendor.state()["ticket_markets"] == ["software"]


# ----- D6: markets switched mid-form in English ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("actually let me switch to the website building market instead", ["website"]),
        ("only the API market please, not data intelligence", ["api"]),
        ("change markets to website building", ["website"]),
    ],
)
def test_markets_switched_mid_form_in_english(
    vendor: Vendor, typed: str, markets: list[str]
) -> None:
    vendor.say("english")
    vendor.say("data intelligence and api market")
    vendor.say(typed)
    assert vendor.state()["markets"] == markets
    assert vendor.profile() == {}


# ----- D8: the ticket asked in a sentence --------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "我们已经审核通过了，保证金也交了，帮我写下转财务的工单",
        "we got approved and paid the deposit, please draft the deposit ticket",
    ],
)
def test_the_ticket_asked_in_a_sentence(vendor: Vendor, typed: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert vendor.step() == "ticket_markets"


def test_how_to_write_the_ticket_is_still_answered(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("转财务的工单怎么写？")
    assert "入驻云市场已缴纳保证金叁万元，请转财务" in reply.text
    assert vendor.step() == "choose_markets"


# ----- D10 / D12 / D13: the ticket corrected in words at its review -------------------------


def test_how_a_value_is_written_is_no_part_of_it(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    vendor.say("the address should be in Chinese: 江苏省苏州市工业园区星湖街5号")
    assert vendor.state()["ticket_fields"]["address"] == "江苏省苏州市工业园区星湖街5号"


def test_two_fields_corrected_in_one_line(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    reply = vendor.say("联系人改成王芳，电话改成0571-88886666")
    fields = vendor.state()["ticket_fields"]
    assert (fields["contact"], fields["phone"]) == ("王芳", "0571-88886666")
    assert "已更正：联系人 = 王芳\n已更正：电话 = 0571-88886666" in reply.text


def test_a_bad_field_in_two_changes_changes_neither(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    vendor.say("联系人改成王芳，电话改成abc")
    fields = vendor.state()["ticket_fields"]
    assert (fields["contact"], fields["phone"]) == ("陈静", "021-64851234")


def test_a_market_added_at_the_review(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    reply = vendor.say("再加一个安全市场")
    assert vendor.state()["ticket_markets"] == ["api", "security"]
    assert "入驻云市场已缴纳保证金陆万元，请转财务" in reply.text


# ----- D5: the result asked after a correction ----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("那现在结果是什么", "❌ 服务市场：暂不符合入驻条件"),
        ("我现在符合哪些市场", "❌ 服务市场：暂不符合入驻条件"),
        ("so how much deposit in total now?", "Service Market: not eligible yet"),
    ],
)
def test_the_result_asked_after_a_correction(vendor: Vendor, typed: str, said: str) -> None:
    vendor.say("服务市场")
    vendor.answer_all()
    vendor.say("修改注册资金 80万")
    assert vendor.verdicts() == {"service": "not_eligible"}
    assert said in vendor.say(typed).text


# ----- D7: a market's Chinese name in an English talk is no switch to Chinese ---------------


def test_a_chinese_market_name_keeps_english(vendor: Vendor) -> None:
    vendor.say("hi, we want to join the data intelligence market")
    reply = vendor.say("换成建站市场")
    assert vendor.state()["markets"] == ["website"]
    assert vendor.state()["lang"] == "en"
    assert "Question 1/" in reply.text


# ----- D9: a ticket field corrected after the ticket was confirmed --------------------------


def test_a_field_corrected_after_the_ticket_reopens_it(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    vendor.say("确认")
    assert vendor.step() == "done"
    reply = vendor.say("公司名称打错了，是杭州云科信息科技有限公司")
    assert "已重新打开您最近的工单" in reply.text
    assert vendor.step() == "ticket_review"
    vendor.say("确认")
    tickets = vendor.tickets()
    assert [row["status"] for row in tickets] == ["final", "final"]
    assert "公司名称：杭州云科信息科技有限公司" in tickets[-1]["text"]


def test_change_a_field_after_the_ticket_asks_it(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    vendor.say("确认")
    vendor.say("修改 公司名称")
    assert vendor.step() == "ticket_field"
    vendor.say("杭州云科信息科技有限公司")
    assert vendor.step() == "ticket_review"
    assert vendor.state()["ticket_fields"]["company"] == "杭州云科信息科技有限公司"


def test_a_field_corrected_with_no_ticket_on_file_changes_nothing(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("公司名称打错了，是杭州云科信息科技有限公司")
    assert vendor.tickets() == []
    assert vendor.step() not in ("ticket_review", "ticket_field")


# ----- D18 / D19 / D21 / D23 / D24: the smaller ones -----------------------------------------


def test_a_quoted_answer_is_cut_at_a_word(vendor: Vendor) -> None:
    vendor.say("english")
    vendor.say("security market")
    reply = vendor.say("we would rather keep it simple and not answer this one please")
    assert '"we would rather keep it simple and not…"' in reply.text


def test_english_verdict_notes_are_english(vendor: Vendor) -> None:
    vendor.say("english")
    vendor.say("basic software market")
    reply = vendor.answer_all({**PASSING, "legal_entity": "yes"})
    assert "Note: Marketing and promotion tools" in reply.text
    assert "非云产品的营销推广工具" not in reply.text


def test_then_after_paying_the_deposit_is_the_ticket_with_its_format(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("缴纳保证金怎么做")
    reply = vendor.say("然后呢")
    assert "第5步（缴纳保证金）之后是第6步" in reply.text
    assert "入驻云市场已缴纳保证金叁万元，请转财务" in reply.text
    assert "第6步（提交工单）之后是第7步" in vendor.say("然后呢").text


@pytest.mark.parametrize("typed", ["thanks, bye", "谢谢，先这样"])
def test_a_goodbye_at_the_menu(vendor: Vendor, typed: str) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert "bye" in reply.text.lower() or "再见" in reply.text
    assert "1. API" not in reply.text


def test_the_same_keeps_the_answers_on_file(vendor: Vendor) -> None:
    vendor.say("企业应用市场")
    vendor.answer_all()
    vendor.say("查看其他市场")
    vendor.say("基础软件市场")
    assert vendor.step() == "confirm_known"
    vendor.say("一样")
    assert vendor.step() != "confirm_known"


def test_a_correction_that_changes_the_unmet_conditions_says_so(vendor: Vendor) -> None:
    vendor.say("建站市场")
    vendor.answer_all({**PASSING, "license_date": "2023-06-01"})
    assert vendor.verdicts() == {"website": "not_eligible"}
    reply = vendor.say("还有建站经验其实只有一年半")
    assert "未满足的条件有变化" in reply.text
    assert "建站市场：仍暂不符合入驻条件" in reply.text
    assert "1.5 年" in reply.text.split("变化：")[1]


def test_the_check_asked_of_tomorrow_is_told_not_stored(vendor: Vendor) -> None:
    vendor.say("服务市场")
    vendor.answer_all({**PASSING, "license_date": "2022-05-02"})  # 2 years on 2024-05-02
    assert vendor.verdicts() == {"service": "not_eligible"}
    reply = vendor.say("那我明天再来是不是就可以了")
    assert "到 2024-05-02 的检查结果" in reply.text
    assert "服务市场：符合入驻条件" in reply.text
    assert vendor.verdicts() == {"service": "not_eligible"}
