"""Round 43 (session 48): the eighth black-box reading — a new tester who never saw the code
played 12 vendors in the console at ba50eeb, one process per typed line on one database per
vendor (docs/evaluation/black_box_s51/report.md: 26 defects, 2 high). One test per defect class
fixed. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from bot.conversation.types import Choice, Reply
from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


def _ticket_up_to_the_phone(vendor: Vendor) -> None:
    """A new talk's ticket for the API market, every field typed but the phone."""
    vendor.engine.start(vendor.key)
    for line in (
        "生成工单，API市场",
        "hz_test",
        "杭州云帆科技有限公司",
        "浙江省杭州市西湖区文三路90号",
    ):
        vendor.say(line)
    vendor.say("王晓明")


@pytest.mark.parametrize("typed", ["信用没问题，没有违规记录", "没有违规记录"])
def test_a_clean_record_said_at_the_service_hours_question_is_no_none(
    vendor: Vendor, typed: str
) -> None:
    # D1 (high): "没有" of "没有违规记录" stored 客服在线服务时间 = 无 and failed 零售通.
    _at_question(vendor, "零售通", "online_cs")
    vendor.say(typed)
    assert "online_cs" not in vendor.profile()
    assert vendor.current_question() == "online_cs"


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [
        # (The street kept in its city since black-box s65 D3.)
        ("快递地址写错了，是文三路 98 号，能改吗", "address", "浙江省杭州市西湖区文三路 98 号"),
        (
            "actually the company name should be our registered Chinese name 上海数库信息技术有限公司",
            "company",
            "上海数库信息技术有限公司",
        ),
        ("快递地址：浙江省杭州市西湖区文三路98号5楼", "address", "浙江省杭州市西湖区文三路98号5楼"),
    ],
)
def test_a_ticket_field_corrected_keeps_only_its_value(
    vendor: Vendor, typed: str, field: str, value: str
) -> None:
    # D2 (high): "，能改吗" and "our registered Chinese name" went into the ticket text; D13: the
    # ticket's own "快递地址：…" at the review was not understood.
    _ticket_up_to_the_phone(vendor)
    vendor.say("13805712345")
    assert vendor.step() == "ticket_review"
    vendor.say(typed)
    assert vendor.state()["ticket_fields"][field] == value


@pytest.mark.parametrize(
    "typed",
    ["hey, which markets can we join? check all of them", "我们能入驻哪些市场？全部帮我查一下"],
)
def test_check_all_after_a_question_starts_the_check(vendor: Vendor, typed: str) -> None:
    # D4: the markets were listed and the vendor asked to type "all" again.
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert len(vendor.state()["markets"]) == 12


def test_one_market_and_check_it_is_that_market(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场要求什么？都查一下")
    assert vendor.state()["markets"] == ["security"]


def test_never_mind_at_the_tickets_market_question_leaves_the_ticket(vendor: Vendor) -> None:
    # D5: "算了" said goodbye but kept the question open; "查API" then drafted a ticket.
    vendor.engine.start(vendor.key)
    vendor.say("生成工单")
    vendor.say("算了")
    assert vendor.step() == "idle"
    vendor.say("查API")
    assert vendor.state()["markets"] == ["api"]
    assert vendor.step() == "question"


@pytest.mark.parametrize("typed", ["等一下，我们也想加物联网市场", "我们也想入驻物联网市场"])
def test_a_market_added_mid_form_in_more_words(vendor: Vendor, typed: str) -> None:
    # D6: "…无法判断：请回答 是 或 否".
    _at_question(vendor, "解决方案市场", "license_date")
    vendor.say(typed)
    assert vendor.state()["markets"] == ["solution", "iot"]


def test_the_console_says_several_allowed_in_the_replys_language() -> None:
    # D26: "（可多选，如 1,3） / several allowed, e.g. 1,3" under every English menu.
    from cli.console import render

    choices = [Choice("A", "a"), Choice("B", "b")]
    menu = Reply(text="Pick:", lang="en", choices=choices, multi_select=True)
    assert render(menu).endswith("  (several allowed, e.g. 1,3)")
    assert "可多选" not in render(menu)


def test_which_tier_is_a_question_not_an_answer(vendor: Vendor) -> None:
    # D9: "刚好20万算第几档" → "还没有开始检查：…像是某个问题的回答".
    vendor.engine.start(vendor.key)
    reply = vendor.say("刚好20万算第几档")
    assert "第2档" in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up", "said"),
    [
        (
            "安全市场2021年1月卖了15万，其中分销3万",
            "那如果是2021年4月呢",
            "2021年4月不在指南的佣金政策期间内",
        ),
        (
            "website building market, January 2021, 300,000 sales, commission?",
            "OK what if it was October 2020: 1,000,000 total, 400,000 of it distribution?",
            "Commission: 60,000 yuan (tier 3, 10%)",
        ),
        (
            "website building market, January 2021, 300,000 sales, commission?",
            "and if it was April 2021?",
            "2021-04 is outside the guide's commission policy",
        ),
    ],
)
def test_a_commission_follow_up_keeps_its_context(
    vendor: Vendor, first: str, follow_up: str, said: str
) -> None:
    # D10: "抱歉，这个问题不在…范围内" / "Tell me the market".
    vendor.engine.start(vendor.key)
    vendor.say(first)
    reply = vendor.say(follow_up)
    assert said in reply.text


def test_a_value_to_come_after_the_verdict_is_checked_not_stored(vendor: Vendor) -> None:
    # D11: "我们下个月增资到一百五十万，到时候可以吗" → "不在…范围内".
    _at_question(vendor, "建站市场", "legal_entity")
    vendor.answer_all({**PASSING, "registered_capital": "80万"})
    assert vendor.step() == "verdict"
    reply = vendor.say("我们下个月增资到一百五十万，到时候可以吗")
    assert reply.text.startswith("如果注册资金为 150万元")
    assert "建站市场：符合入驻条件" in reply.text
    assert vendor.profile()["registered_capital"] == 800000


def test_how_much_in_total_after_a_deposit_answer_is_the_deposit(vendor: Vendor) -> None:
    # D12: "我想入驻api和服务市场，总共多少" after "保证金要交多少钱" started the form.
    vendor.engine.start(vendor.key)
    vendor.say("保证金要交多少钱")
    reply = vendor.say("我想入驻api和服务市场，总共多少")
    assert "保证金共 6万元（60,000元）" in reply.text
    assert vendor.state()["markets"] == []


def test_write_the_ticket_with_the_market_after_it_drafts_it(vendor: Vendor) -> None:
    # D14: "帮我写一下工单，建站市场" showed the blank template.
    vendor.engine.start(vendor.key)
    reply = vendor.say("好的明白了。我们建站市场已经审核通过，帮我写一下工单，建站市场")
    assert vendor.step() == "ticket_field"
    assert reply.text.startswith("好的，为 建站市场 起草转财务工单")


def test_an_answer_on_file_asked_again_in_english(vendor: Vendor) -> None:
    # D15: "what's my registered capital again?" listed the markets' rules.
    _at_question(vendor, "basic software", "legal_entity")
    vendor.say("yes")
    vendor.say("2023-01-01")
    vendor.say("100,000 yuan")
    reply = vendor.say("what's my registered capital again?")
    assert reply.text.startswith("Your answer on file: registered capital = CNY 100,000")


def test_a_greeting_wanting_to_join_in_english_is_greeted(vendor: Vendor) -> None:
    # D22: "I could not tell which markets you mean by …".
    vendor.engine.start(vendor.key)
    reply = vendor.say("Hi, we'd like to join the Alibaba Cloud Marketplace")
    assert reply.text.startswith("Hello! I am the Alibaba Cloud Marketplace onboarding assistant")


def test_chinese_asked_for_in_a_sentence_switches_without_a_decline(vendor: Vendor) -> None:
    # D23: "能不能用中文跟我说" → "抱歉，这个问题不在…范围内", then Chinese.
    _at_question(vendor, "api market", "legal_entity")
    vendor.say("yes")
    reply = vendor.say("能不能用中文跟我说")
    assert reply.text.startswith("好的，接下来使用中文。")
    assert "范围" not in reply.text


def test_can_we_sell_our_product_on_a_market_names_that_market(vendor: Vendor) -> None:
    # D3: "…on the basic software market?" got step 7 (the shop opens) and no market.
    vendor.engine.start(vendor.key)
    vendor.say("hello! can we sell our database tool on the basic software market?")
    assert vendor.state()["markets"] == ["software"]


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ("我们有阿里巴巴中国站的会员，企业名称认证过了", "alibaba_1688_member"),
        ("营业执照 税务登记证这些扫描件都有", "documents_ready"),
        ("有专门的运营对接，钉钉也开了", "dingtalk_ops"),
    ],
)
def test_a_thing_said_to_be_had_is_kept_for_its_question(
    vendor: Vendor, typed: str, field: str
) -> None:
    # D7: each was "没能理解 … 请填写服务时间", and asked again later.
    _at_question(vendor, "零售通", "online_cs")
    vendor.say(typed)
    assert vendor.profile()[field] is True
    assert vendor.current_question() == "online_cs"


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [("售后 7*24", "aftersales_support", "7x24"), ("售后其实是7x24", "aftersales_support", "7x24")],
)
def test_a_short_correction_after_the_verdict(
    vendor: Vendor, typed: str, field: str, value: str
) -> None:
    # D8: "售后 7*24" → "没能理解这个回答。"
    _at_question(vendor, "安全市场", "legal_entity")
    vendor.answer_all({**PASSING, "aftersales_support": "5x8"})
    assert vendor.step() == "verdict"
    reply = vendor.say(typed)
    assert vendor.profile()[field] == value
    assert reply.text.startswith("已更正：售后技术服务时间 = 7×24 小时")


def test_a_complaint_with_the_right_value_corrects_it(vendor: Vendor) -> None:
    _at_question(vendor, "零售通", "legal_entity")
    vendor.answer_all({**PASSING, "online_cs": "无"})
    vendor.say("客服我们是5x8的，我没说没有啊")
    assert vendor.profile()["online_cs"] == "5x8"


def test_what_is_5x8_says_what_the_guide_says_of_it(vendor: Vendor) -> None:
    # D16: "what's 5x8 anyway?" listed the markets' conditions.
    vendor.engine.start(vendor.key)
    reply = vendor.say("what's 5x8 anyway?")
    # (Round 47, black-box s60 D25: the notation's own reading first, then what the guide
    # leaves open.)
    assert reply.text.startswith("By the notation, 7x24 is 7 days a week")
    assert "The guide only states the service levels" in reply.text


def test_where_to_file_after_the_ticket_gives_the_confirmed_text(vendor: Vendor) -> None:
    # D19: the blank 叁万 template after an 捌万 ticket was confirmed.
    vendor.engine.start(vendor.key)
    for line in ("生成工单", "API市场和零售通", "abc_cloud", "杭州某某科技有限公司"):
        vendor.say(line)
    for line in ("杭州市西湖区文三路1号", "张三", "13800138000", "确认"):
        vendor.say(line)
    reply = vendor.say("这个工单在哪里提交")
    assert reply.text.startswith("提交方式：进入阿里云工单系统")
    assert "入驻云市场已缴纳保证金捌万元，请转财务" in reply.text
    assert "叁万" not in reply.text


def test_a_no_about_another_question_confirms_nothing(vendor: Vendor) -> None:
    # D20: "no violations, good credit" at "60 employees, right?" was read as "No".
    _at_question(vendor, "零售通", "employees")
    vendor.say("六十来个人")
    vendor.say("no violations, good credit")
    assert vendor.state()["confirming"]["value"] == 60
    vendor.say("是")
    assert vendor.profile()["employees"] == 60


def test_a_phone_said_in_chinese_numerals(vendor: Vendor) -> None:
    # D21: "电话“一三九一一二二三三四四”不是有效的中国大陆电话号码".
    _ticket_up_to_the_phone(vendor)
    vendor.say("一三九一一二二三三四四")
    assert vendor.state()["ticket_fields"]["phone"] == "13911223344"


def test_then_what_tells_a_step_once(vendor: Vendor) -> None:
    # D24: steps 4–6 were told twice (the step, then the same as sub-steps i. ii.).
    vendor.engine.start(vendor.key)
    vendor.say("签合同之前是哪一步")
    reply = vendor.say("第3步之后是哪一步")
    assert reply.text.count("《Y20阿里云合作伙伴框架协议》") == 1


def test_a_marketing_plugin_and_the_cloud_is_the_note(vendor: Vendor) -> None:
    # D17: "No. The guide sets no marketing capability requirement" — the wrong reason.
    vendor.engine.start(vendor.key)
    reply = vendor.say("is our marketing plugin required to run on the cloud?")
    assert "非云产品的营销推广工具，无须基于云部署和开发" in reply.text


def test_a_correction_at_the_tickets_market_question(vendor: Vendor) -> None:
    # The sixth reading's D7 (black-box 49): "注册资金改成150万" at "which markets is the ticket
    # for?" was "没能识别您要选择的市场", in a loop.
    _at_question(vendor, "安全市场", "legal_entity")
    vendor.answer_all({**PASSING, "registered_capital": "80万"})
    vendor.say("生成工单")
    assert vendor.step() == "ticket_markets"
    reply = vendor.say("注册资金改成150万")
    assert reply.text.startswith("已更正：注册资金 = 150万元")
    assert "判定为可入驻的市场：安全市场" in reply.text
    assert vendor.step() == "ticket_markets"
