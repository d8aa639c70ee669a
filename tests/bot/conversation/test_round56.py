"""Round 56 (session 61): black-box s71 D4 and D18, review 61 N5 and N6 in conversation
(docs/evaluation/black_box_s71/report.md, docs/evaluation/diff_review_round55b.md)."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question
from tests.bot.conversation.test_round55 import _english_ticket


def _english_at_question(vendor: Vendor, markets: str, qid: str) -> None:
    """English asked for, `markets` chosen and answered (with PASSING) until `qid` is asked."""
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    _at_question(vendor, markets, qid)


def test_another_market_after_a_refused_sum_gets_its_rates(vendor: Vendor) -> None:
    # s71 D4: the same refusal (distribution above the total) said again.
    vendor.engine.start(vendor.key)
    assert vendor.say("数据智能市场2020年6月 交易额120万 其中分销130万").text.startswith("无法计算")
    reply = vendor.say("物联网呢").text
    assert reply.startswith("物联网市场各档的佣金比例都是 0%")
    assert vendor.state()["markets"] == []


def test_a_settlement_day_follow_up_in_chinese(vendor: Vendor) -> None:
    # s71 D4: "2021年4月1日呢" declined as outside the guide, then an API check started.
    vendor.engine.start(vendor.key)
    vendor.say("基础软件市场2021年3月31日结算 总额25万 没有分销")
    assert vendor.say("2021年4月1日呢").text.startswith("2021年4月不在指南的佣金政策期间内")
    reply = vendor.say("API市场如果一个月100万呢").text
    assert reply.startswith("佣金 0元（第3档 0%）。")
    assert "该期间已于2021年3月31日截止" in reply
    assert vendor.say("那2021年3月31日呢").text.startswith("佣金 0元（第3档 0%）。")
    assert vendor.state()["markets"] == []


def test_a_month_supposed_after_a_declined_month_in_english(vendor: Vendor) -> None:
    # s71 D4: "what about the API market if we do 1 million a month" started the API check.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("March 31 2021 settled orders, basic software, 250000 total, none distributed")
    vendor.say("April 1 2021?")
    reply = vendor.say("what about the API market if we do 1 million a month").text
    assert reply.startswith("Commission: 0 yuan (tier 3, 0%).")
    assert vendor.say("and security 300k?").text.startswith("Commission: 15,000 yuan (tier 2, 5%).")


def test_agreements_accepted_before_are_not_asked_again(vendor: Vendor) -> None:
    # s71 D18: 服务+建站's agreements asked again after a 基础软件 check in between.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场和建站市场")
    vendor.answer_all()
    vendor.say("结束")
    vendor.say("检查基础软件市场")
    vendor.say("继续")
    vendor.answer_all()
    vendor.say("结束")
    reply = vendor.say("检查服务市场和建站市场").text
    assert "接受云市场相关协议及管理规范：是" in reply
    vendor.say("继续")
    assert vendor.step() == "verdict"


def test_agreements_asked_when_a_market_asks_more(vendor: Vendor) -> None:
    # (s55 D2 kept: 数据智能's rules do not cover the API market's entry agreements.)
    vendor.engine.start(vendor.key)
    vendor.say("数据智能市场")
    vendor.answer_all()
    vendor.say("结束")
    vendor.say("检查API市场")
    vendor.say("继续")
    assert (
        vendor.current_question() == "agreements_accepted"
        or "agreements_accepted" in (vendor.state()["pending"])
    )


@pytest.mark.parametrize(
    "said", ["forget retail link, don't add it", "retail link, never mind", "skip retail link"]
)
def test_a_market_let_go_at_the_english_ticket_review(vendor: Vendor, said: str) -> None:
    # Review 61 N5: "I did not understand that answer."
    _english_ticket(vendor, "api and retail link", "Room 1203, 8 Tianhe Road, Guangzhou")
    reply = vendor.say(said).text
    assert reply.startswith("Corrected: the ticket's markets = API Market (deposit 30,000 yuan)")
    assert vendor.state()["ticket_markets"] == ["api"]


def test_a_market_not_added_is_not_added(vendor: Vendor) -> None:
    # ("don't add" is no add.)
    _english_ticket(vendor, "api", "Room 1203, 8 Tianhe Road, Guangzhou")
    vendor.say("don't add security")
    assert vendor.state()["ticket_markets"] == ["api"]


def test_a_forgotten_market_on_the_confirmed_english_ticket(vendor: Vendor) -> None:
    # Review 61 N3: "forgot the security market" without "add".
    _english_ticket(vendor, "data intelligence", "Room 1203, 8 Tianhe Road, Guangzhou")
    vendor.say("confirm")
    reply = vendor.say("oops, forgot the security market, we paid 60k in total").text
    assert "Data Intelligence Market, Security Market (deposit 60,000 yuan)" in reply
    assert vendor.state()["markets"] == []


@pytest.mark.parametrize(
    ("said", "head"),
    [
        ("零售通市场需要什么？", "零售通市场入驻条件："),
        ("what does retail link need from us?", "Entry conditions for Retail Link Market"),
    ],
)
def test_what_a_market_needs_at_the_what_next_menu(vendor: Vendor, said: str, head: str) -> None:
    # Review 61 N6: a 零售通 check started.
    vendor.engine.start(vendor.key)
    vendor.say("物联网市场")
    vendor.answer_all()
    assert vendor.say(said).text.startswith(head)
    assert vendor.state()["markets"] == ["iot"]


def test_an_estimate_waits_again_after_another_estimate_out_of_turn(vendor: Vendor) -> None:
    # s65 D12: "三十来个人" waited for 是, "安全这块做了三年多" replaced it and the team was
    # asked again.
    _at_question(vendor, "安全市场", "team_size")
    vendor.say("技术加客服一共三十来个人吧")
    vendor.say("安全这块做了三年多")
    reply = vendor.say("是的").text
    assert "已记录：安全市场：该市场业务的服务经验（年） = 3 年" in reply
    assert (
        "请确认：您的回答“技术加客服一共三十来个人吧”按 技术及客服团队人数（公司社保） = 30 人"
        in reply
    )
    vendor.say("是")
    assert vendor.profile()["team_size"] == 30
    assert vendor.current_question() != "team_size"


def test_the_listing_before_the_deposit_in_chinese_order() -> None:
    # s65 D21: "顺序反了" and the rule four times.
    from bot.answers import answer

    found = answer("交保证金之前能上架商品吗")
    assert found.text.startswith("不能。未缴纳保证金的服务商不得上架商品")
    assert found.text.count("不得上架商品") == 1


def test_a_market_after_a_refused_sum_keeps_its_figures_for_the_next(vendor: Vendor) -> None:
    # Review 62 R1: the figures dropped, "那如果分销只有13万呢" got the rates again.
    vendor.engine.start(vendor.key)
    vendor.say("数据智能市场2020年6月 交易额120万 其中分销130万")
    assert vendor.say("建站市场呢").text.startswith("建站市场（费率表：网站建设）")
    reply = vendor.say("那如果分销只有13万呢").text
    assert reply.startswith("佣金 10.7万元（107,000元）（第3档 10%）。")


@pytest.mark.parametrize(
    "said",
    [
        "add security, and please don't skip retail link",
        "add security too, don't forget it",
        "add the security market too, never mind what I said earlier",
    ],
)
def test_an_added_market_stays_beside_a_drop_word(vendor: Vendor, said: str) -> None:
    # Review 62 R2 (high): the market just added dropped, or not understood.
    _english_ticket(vendor, "api and retail link", "Room 1203, 8 Tianhe Road, Guangzhou")
    vendor.say(said)
    assert vendor.state()["ticket_markets"] == ["api", "retail_link", "security"]


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("再加一个安全市场，别的不加了", ["api", "retail_link", "security"]),
        ("零售通，算了", ["api"]),
    ],
)
def test_a_chinese_ticket_market_added_or_let_go(
    vendor: Vendor, said: str, kept: list[str]
) -> None:
    # Review 62 R2, N4.
    vendor.engine.start(vendor.key)
    vendor.say("起草工单")
    vendor.say("API和零售通")
    for value in (
        "acc_1",
        "广州绿盾网络安全有限公司",
        "广州市天河路8号1203室",
        "李四",
        "13800138000",
    ):
        vendor.say(value)
    vendor.say(said)
    assert vendor.state()["ticket_markets"] == kept


def _retail_link_verdict(vendor: Vendor) -> None:
    """零售通 checked on 2024-05-01, failing on its founding date (exactly one year) and its
    capital (exactly 100万): "超过" both."""
    vendor.engine.start(vendor.key)
    vendor.say("帮我检查一下零售通")
    vendor.answer_all({**PASSING, "license_date": "2023/5/1", "registered_capital": "壹佰万元"})


def test_two_corrections_in_one_line_after_the_verdict(vendor: Vendor) -> None:
    # s72 D4 (high): the founding date dropped without a word, the verdict left wrong.
    _retail_link_verdict(vendor)
    reply = vendor.say("不好意思 注册资金是一百二十万，成立是2022年6月").text
    assert vendor.profile()["registered_capital"] == 1200000
    assert vendor.profile()["license_date"] == "2022-06-01"
    assert "零售通市场：暂不符合入驻条件 → 符合入驻条件" in reply
    assert reply.count("根据您修改后的回答") == 1


def test_a_plain_founding_date_after_the_verdict(vendor: Vendor) -> None:
    # s72 D7: "没能理解这个回答".
    _retail_link_verdict(vendor)
    reply = vendor.say("成立是2022年6月").text
    assert vendor.profile()["license_date"] == "2022-06-01"
    assert "没能理解" not in reply


def test_an_estimate_corrected_after_the_verdict_asks_its_yes(vendor: Vendor) -> None:
    # s72 D3: the 建站 check started again, the old 1.5 offered for reuse.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场和建站市场")
    vendor.answer_all({**PASSING, "experience_years:website": "一年半"})
    reply = vendor.say("等下 建站其实做了两年多，刚才说错了").text
    assert "建站市场：该市场业务的服务经验（年） = 2 年 记录，对吗？" in reply
    vendor.say("是")
    assert vendor.profile()["experience_years"]["website"] == 2
    assert vendor.verdicts()["website"] == "eligible"


# Black-box s72 (docs/evaluation/black_box_s72/report.md).


@pytest.mark.parametrize(
    ("lines", "head"),
    [
        (
            [
                "hi how do i registr as a vendor on aliyun marketplce",
                "ok whats next after real name verification",
                "and then?",
                "and after that",
                "how much is it",
            ],
            "The deposit is per market",
        ),
        (["签完合同之后呢", "要多少钱"], "保证金按市场类目计"),
    ],
)
def test_how_much_right_after_the_deposit_step(vendor: Vendor, lines: list[str], head: str) -> None:
    # D2: declined as outside the guide.
    vendor.engine.start(vendor.key)
    for line in lines[:-1]:
        vendor.say(line)
    assert vendor.say(lines[-1]).text.startswith(head)


def _security_failed_on_support(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("security market")
    vendor.answer_all({**PASSING, "aftersales_support": "5x8"})


def test_support_to_come_after_the_verdict_is_supposed(vendor: Vendor) -> None:
    # D5: the commission's settlement rule.
    _security_failed_on_support(vendor)
    reply = vendor.say("actually we are launching 24/7 support next month, does that count?").text
    assert reply.startswith("If the after-sales technical service hours were 7×24 hours")
    assert vendor.profile()["aftersales_support"] == "5x8"


def test_support_as_it_is_now_after_the_verdict(vendor: Vendor) -> None:
    # D7: "I did not understand that answer."
    _security_failed_on_support(vendor)
    reply = vendor.say("ok, we have 24/7 support now").text
    assert reply.startswith("Corrected: after-sales technical service hours = 7×24 hours")
    assert vendor.verdicts()["security"] == "eligible"


def test_years_of_a_line_of_business_at_another_question(vendor: Vendor) -> None:
    # D8: a yes to the big-data offering stored, the 3 years lost.
    _at_question(vendor, "数据智能市场", "license_date")
    assert vendor.say("大数据做了三年了").text.startswith(
        "已记录：数据智能市场：该市场业务的服务经验（年） = 3 年"
    )
    assert vendor.profile()["experience_years"] == {"data": 3}
    assert "bigdata_offering" not in vendor.profile()


def test_still_not_known(vendor: Vendor) -> None:
    # D9: "not a date".
    _at_question(vendor, "数据智能市场", "license_date")
    assert vendor.say("还是不知道").text.startswith("已记为“不知道”：营业执照日期（成立日期）")


def test_a_yes_naming_another_question(vendor: Vendor) -> None:
    # D10: the agreements accepted from "yes we're 1688 verified".
    _english_at_question(vendor, "retail link and api", "agreements_accepted")
    vendor.say("yes we are 1688 verified service company")
    assert "agreements_accepted" not in vendor.profile()
    assert vendor.profile()["alibaba_1688_member"] is True
    assert vendor.current_question() == "agreements_accepted"


def test_the_whole_staff_is_the_employees(vendor: Vendor) -> None:
    # D11: the tech + CS team overwritten with the company's headcount.
    _english_at_question(vendor, "retail link and api", "dingtalk_ops")
    vendor.say("yes dingtalk + dedicated ops person, we have 19 staff total")
    assert vendor.profile()["employees"] == 19
    assert vendor.profile()["team_size"] != 19


def test_a_market_dropped_beside_show_results(vendor: Vendor) -> None:
    # D13: the Retail Link questions asked on.
    _english_at_question(vendor, "all", "dingtalk_ops")
    vendor.say("skip retail link, we don't need it. just show results")
    assert "retail_link" not in vendor.state()["markets"]
    assert vendor.current_question() is None


def test_stop_asking_about_a_market(vendor: Vendor) -> None:
    # D13: "please answer yes or no".
    _english_at_question(vendor, "all", "dingtalk_ops")
    vendor.say("stop asking about retail link pls")
    assert "retail_link" not in vendor.state()["markets"]


def test_a_contact_remark_in_brackets_and_just_write(vendor: Vendor) -> None:
    # D14: "(his Chinese name)" written into the ticket; "no, just write 周凯" not understood.
    _english_ticket(vendor, "api", "Room 1203, 8 Tianhe Road, Guangzhou")
    vendor.say("sorry, contact person should be Zhou Kai (his Chinese name), not Kevin")
    assert vendor.state()["ticket_fields"]["contact"] == "Zhou Kai"
    vendor.say("no, just write 周凯")
    assert vendor.state()["ticket_fields"]["contact"] == "周凯"


def _chinese_ticket_of(vendor: Vendor, markets: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("起草工单")
    vendor.say(markets)
    for value in (
        "acc_1",
        "广州绿盾网络安全有限公司",
        "广州市天河路8号1203室",
        "李四",
        "13800138000",
    ):
        vendor.say(value)


@pytest.mark.parametrize("said", ["安全市场先不交了，只写零售通的", "只写零售通"])
def test_a_market_left_off_the_chinese_ticket(vendor: Vendor, said: str) -> None:
    # D15: not understood.
    _chinese_ticket_of(vendor, "零售通和安全市场")
    assert vendor.say(said).text.startswith("已更正：工单市场 = 零售通市场（保证金 50,000 元）")


def test_where_the_ticket_goes_with_the_draft_on_screen(vendor: Vendor) -> None:
    # D16: the 叁万 template beside the 伍万 draft, and an offer to draft one.
    _chinese_ticket_of(vendor, "零售通")
    reply = vendor.say("这个工单在哪提交啊").text
    assert reply.startswith("在阿里云工单系统提交：财务类区域单击“提问”")
    assert "叁万" not in reply
    assert "生成工单" not in reply


def test_same_as_after_sales(vendor: Vendor) -> None:
    # D17: "Cannot read".
    _english_at_question(vendor, "retail link and security", "online_cs")
    vendor.say("same as after-sales")
    assert vendor.profile()["online_cs"] == vendor.profile()["aftersales_support"]


def test_results_so_far_indent_each_market_s_reasons(vendor: Vendor) -> None:
    # D18: a flat list, and "nothing is saved".
    _english_at_question(vendor, "service and security", "aftersales_support")
    reply = vendor.say("just show me the results with what you have").text
    assert "your answers are kept" in reply
    assert "  · Security Market: information missing\n      – " in reply


@pytest.mark.parametrize(
    "said", ["we don't have 24/7 support now", "目前还没有7x24售后", "7x24还没有，现在只有5x8"]
)
def test_hours_lacked_after_the_verdict_are_no_correction(vendor: Vendor, said: str) -> None:
    # Review 63 R2 (high): stored as 7x24, the market eligible.
    _security_failed_on_support(vendor)
    vendor.say(said)
    assert vendor.profile()["aftersales_support"] == "5x8"


def test_a_market_kept_beside_show_results(vendor: Vendor) -> None:
    # Review 63 R3 (high): "don't skip retail link" dropped it silently.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("check api and retail link")
    vendor.say("yes")
    vendor.say("don't skip retail link. just show me the results so far")
    assert vendor.state()["markets"] == ["api", "retail_link"]


def test_a_dropped_market_is_said(vendor: Vendor) -> None:
    # Review 63 N3: the drop was silent.
    _english_at_question(vendor, "all", "dingtalk_ops")
    reply = vendor.say("skip retail link, we don't need it. just show results").text
    assert reply.startswith("OK, no longer checking: Retail Link Market.")


@pytest.mark.parametrize("said", ["写陆万", "不对，写捌万元", "写上海"])
def test_write_an_amount_or_a_place_is_no_contact(vendor: Vendor, said: str) -> None:
    # Review 63 R5: the contact overwritten.
    _chinese_ticket_of(vendor, "零售通和安全市场")
    vendor.say(said)
    assert vendor.state()["ticket_fields"]["contact"] == "李四"


def test_planned_online_service_for_retail_link(vendor: Vendor) -> None:
    # Review 63 R6: supposed as after-sales hours, which 零售通 does not ask.
    vendor.engine.start(vendor.key)
    vendor.say("检查零售通")
    vendor.answer_all({**PASSING, "online_cs": "无"})
    reply = vendor.say("我们下个月上线5x8的服务，算满足吗").text
    assert "修改 售后技术服务时间" not in reply


def test_staff_in_total_tech_and_support_is_the_team(vendor: Vendor) -> None:
    # Review 63 R8.
    _english_at_question(vendor, "retail link and api", "dingtalk_ops")
    vendor.say("yes, and we have 25 staff in total, tech and support")
    assert vendor.profile().get("employees") != 25


# Black-box s73 (docs/evaluation/black_box_s73/report.md).


def test_people_who_passed_an_exam_are_the_acp_holders(vendor: Vendor) -> None:
    # D1 (high): the team of 120 became 2.
    _at_question(vendor, "解决方案市场和物联网市场", "api_integration")
    vendor.say("ACP是什么")
    vendor.say("我们有两个人考过了")
    assert vendor.profile()["team_size"] == 25
    assert vendor.profile()["acp_engineers"] == 2


def test_switch_markets_with_a_leading_no(vendor: Vendor) -> None:
    # D2 (high): stored as after-sales = none, the switch ignored.
    _english_at_question(vendor, "website building and enterprise apps", "aftersales_support")
    vendor.say("no I want to switch markets: website building and new retail")
    assert vendor.state()["markets"] == ["website", "new_retail"]
    assert "aftersales_support" not in vendor.profile()


def test_a_term_asked_then_its_answer(vendor: Vendor) -> None:
    # D3 (high): "mature, stable product = yes" from a line about marketing.
    _english_at_question(vendor, "security and service", "mature_product")
    vendor.say("营销策划? we have a small marketing team")
    assert "mature_product" not in vendor.profile()
    assert vendor.profile()["marketing_capability"] is True


def test_when_the_licence_is_old_enough(vendor: Vendor) -> None:
    # D5, D6: the commission policy's period; a "✓ 满足" list.
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all({**PASSING, "license_date": "2022-05-02"})
    for said in ("那我什么时候能满足", "营业执照什么时候满两年"):
        assert "安全市场：还差 1 天（2024-05-02 起满足“营业执照满 2 年”）" in vendor.say(said).text


def test_capital_raised_after_the_verdict(vendor: Vendor) -> None:
    # D7: not understood.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all({**PASSING, "registered_capital": "100万"})
    assert vendor.say("我们上个月增资了，现在是150万").text.startswith("已更正：注册资金 = 150万元")


def test_change_after_two_fillers(vendor: Vendor) -> None:
    # D7: "I did not understand that answer."
    _security_failed_on_support(vendor)
    reply = vendor.say("ok then change after-sales to 7x24, we'll staff it").text
    assert "I did not understand" not in reply


def test_what_data_you_still_have(vendor: Vendor) -> None:
    # D8: a Data Intelligence check started.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("what data do you still have on me?")
    assert vendor.state()["markets"] == []


def test_why_did_a_market_fail(vendor: Vendor) -> None:
    # D9: the staff contacts.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("security market and service market")
    vendor.answer_all({**PASSING, "aftersales_support": "5x8"})
    reply = vendor.say("why did security fail? we do 5x8 and on-call at night").text
    assert reply.startswith("❌ Security Market: not eligible yet")


def test_a_casual_yes_to_a_market_read_with_a_typo(vendor: Vendor) -> None:
    # D11: "是滴" dropped the markets.
    vendor.engine.start(vendor.key)
    vendor.say("解决方按市场和物联网市场")
    vendor.say("是滴")
    assert vendor.state()["markets"] == ["solution", "iot"]


def test_whats_next_after_a_step_done(vendor: Vendor) -> None:
    # D12: read as markets.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("how do i registr an aliyun acount?")
    reply = vendor.say("ok i registered the account. whats next").text
    assert reply.startswith("After step 1 (Register an Alibaba Cloud account) comes step 2")


def test_a_month_s_figures_after_a_market_s_rates(vendor: Vendor) -> None:
    # D13: the tier without the market.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("hey, what commission does the marketplace take on security products?")
    reply = vendor.say(
        "in Feb 2021 we had 450k settled, 50k of it through distribution. what do we owe?"
    ).text
    assert reply.startswith("Commission: 20,000 yuan (tier 2, 5%).")


def test_a_1688_statement_at_another_question(vendor: Vendor) -> None:
    # D15: not understood.
    _at_question(vendor, "零售通", "online_cs")
    vendor.say("我们是1688会员，企业名称认证过了，服务型企业")
    assert vendor.profile()["alibaba_1688_member"] is True


def test_a_market_after_a_yes_no_rule_question(vendor: Vendor) -> None:
    # Black-box s73 D14: the brackets' "No" said again before DevOps's rate.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("so the 5% applies to everything, not just the part above 200k?")
    reply = vendor.say("what about devops market").text
    assert reply.startswith("DevOps Market is not in the commission rate table")


@pytest.mark.parametrize("said", ["可以做成镜像", "we can ship it as an ECS image"])
def test_an_image_said_at_the_team_question(vendor: Vendor, said: str) -> None:
    # Black-box s65 D13: "not a whole number".
    _at_question(vendor, "基础软件市场", "team_size")
    vendor.say(said)
    assert vendor.profile()["ecs_image"] is True
    assert vendor.current_question() == "team_size"


# Review 64 (blind, `e1a3fe3d` → `5afc2d87`, docs/evaluation/diff_review_round56c.md).


def test_a_headcount_with_a_word_of_passing_is_the_team(vendor: Vendor) -> None:
    # R2 (high): "参考了" wrote the ACP count.
    _at_question(vendor, "解决方案市场", "social_insurance_proof")
    vendor.say("参考了你们的要求，社保上是32个人")
    assert vendor.profile()["team_size"] == 32
    assert "acp_engineers" not in vendor.profile()


def test_a_raise_by_an_amount_is_no_capital(vendor: Vendor) -> None:
    # R3 (high): "增资了50万" stored as the capital.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all({**PASSING, "registered_capital": "100万"})
    vendor.say("我们上个月增资了50万")
    assert vendor.profile()["registered_capital"] == 1000000


def test_real_name_verification_is_no_ecosystem_certification(vendor: Vendor) -> None:
    # R4 (high).
    _at_question(vendor, "新零售市场", "team_size")
    vendor.say("实名认证通过了")
    assert len(vendor.profile()) == len({**vendor.profile()})  # nothing new but the answers
    assert all(
        key in ("legal_entity", "license_date", "registered_capital") for key in vendor.profile()
    )


@pytest.mark.parametrize(
    ("said", "stored"),
    [("yes, 1688 verified service company", "alibaba_1688_member")],
)
def test_a_yes_and_another_answer_at_the_agreements(vendor: Vendor, said: str, stored: str) -> None:
    # R5 (high): the agreements accepted, the 1688 answer lost.
    _english_at_question(vendor, "retail link and solution market", "agreements_accepted")
    vendor.say(said)
    assert "agreements_accepted" not in vendor.profile()
    assert vendor.profile()[stored] is True


def test_why_did_the_ticket_fail_is_no_verdict(vendor: Vendor) -> None:
    # R8.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("security market and service market")
    vendor.answer_all({**PASSING, "aftersales_support": "5x8"})
    reply = vendor.say("why did the ticket submission fail yesterday").text
    assert not reply.startswith("Eligibility check")


def test_tier_three_is_no_licence_countdown(vendor: Vendor) -> None:
    # R10.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("security market")
    vendor.answer_all({**PASSING, "license_date": "2023-06-01"})
    assert "more day(s)" not in vendor.say("when can we reach tier 3?").text


def test_dont_change_markets(vendor: Vendor) -> None:
    # R15.
    _english_at_question(vendor, "security and service market", "registered_capital")
    vendor.say("don't change markets: keep security and service")
    assert vendor.current_question() == "registered_capital"
