"""Round 57 (session 62): review 64 N1 and N4 in conversation
(docs/evaluation/diff_review_round56c.md)."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question
from tests.bot.conversation.test_round55 import _english_ticket
from tests.bot.conversation.test_round56 import _english_at_question


@pytest.mark.parametrize(
    "said",
    [
        "when does our licence become old enough?",
        "when is our license old enough?",
        "when does the licence turn 2?",
        "when does the license reach two years?",
    ],
)
def test_when_the_licence_is_old_enough_in_english(vendor: Vendor, said: str) -> None:
    # N4: the list of every market's licence rule.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("security")
    vendor.answer_all({**PASSING, "license_date": "2022-05-02"})
    assert "Security Market: 1 more day(s)" in vendor.say(said).text


@pytest.mark.parametrize(
    ("said", "people"), [("就俩员工", 2), ("一共就仨人", 3), ("我们就俩人", 2)]
)
def test_two_and_three_as_people_say_them_at_the_question(
    vendor: Vendor, said: str, people: int
) -> None:
    # N1: "不是整数".
    _at_question(vendor, "零售通", "employees")
    assert vendor.say(said).text.startswith(f"已记录：员工人数 = {people} 人")
    assert vendor.profile()["employees"] == people


def test_none_with_several_words_before_it(vendor: Vendor) -> None:
    # blind_conversations41 c41_36: "不是整数", asked again and again.
    _at_question(vendor, "解决方案市场。", "acp_engineers")
    vendor.say("ACP是什么认证？")
    vendor.say("那我们目前没有ACP认证工程师。")
    assert vendor.profile()["acp_engineers"] == 0


@pytest.mark.parametrize(("said", "value"), [("Then not yet.", False), ("ok then, yes", True)])
def test_then_before_a_yes_or_no(vendor: Vendor, said: str, value: bool) -> None:
    # blind_conversations41 c41_41: "sounds as if it is not complete yet", asked again.
    _english_at_question(vendor, "New Retail market.", "ecosystem_certified")
    vendor.say("What is the ecosystem certification, and where do we get it?")
    vendor.say(said)
    assert vendor.profile()["ecosystem_certified"] is value


@pytest.mark.parametrize(
    ("said", "besides"),
    [
        (
            "yes, and we can ship as ECS image, and product is mature/stable",
            ["ecs_image", "mature_product"],
        ),
        ("yes, and we can ship as ECS image", ["ecs_image"]),
        ("是的，而且可以做成镜像交付", ["ecs_image"]),
        ("是的，另外产品也很成熟稳定", ["mature_product"]),
    ],
)
def test_a_yes_and_other_facts_after_it(vendor: Vendor, said: str, besides: list[str]) -> None:
    # Black-box s72 D12: the facts after "yes, and" dropped (or the yes given to them).
    if said.isascii():
        _english_at_question(vendor, "all", "api_integration")
    else:
        _at_question(vendor, "全部", "api_integration")
    vendor.say(said)
    profile = vendor.profile()
    assert profile["api_integration"] is True
    assert all(profile[name] is True for name in besides)


def test_a_yes_then_another_answer_without_and_keeps_round_51s_reading(vendor: Vendor) -> None:
    _english_at_question(vendor, "all", "api_integration")
    vendor.say("yes, we can ship as ECS image")
    assert vendor.profile()["ecs_image"] is True
    assert vendor.current_question() == "api_integration"


@pytest.mark.parametrize(
    "said",
    [
        # Black-box s74 D1 (high): "too: 深圳市…" stored and put into the ticket.
        "the address should be in Chinese too: 深圳市南山区科兴科学园B栋1203",
        # D2 (high): '"，帮我改成 深圳市…' stored (the colon inside the quotes).
        '工单地址里多了个"too:"，帮我改成 深圳市南山区科兴科学园B栋1203',
    ],
)
def test_the_address_corrected_in_a_sentence(vendor: Vendor, said: str) -> None:
    _english_ticket(vendor, "security", "too: 深圳市南山区科兴科学园B栋1201")
    vendor.say(said)
    assert vendor.state()["ticket_fields"]["address"] == "深圳市南山区科兴科学园B栋1203"


def test_when_joinable_names_the_licence_beside_the_others(vendor: Vendor) -> None:
    # D3 (high): only the marketing capability named, as if it were enough.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("services market")
    vendor.answer_all({**PASSING, "license_date": "2023-03-03", "marketing_capability": "no"})
    reply = vendor.say("so when could we apply to the service market?").text
    assert "it reaches 2 on 2025-03-03" in reply
    assert "marketing capability: no" in reply


@pytest.mark.parametrize(
    ("said", "head"),
    [
        # Black-box s74 D4: the walk-through started.
        ("另外问下，零售通要求公司成立多久？", "零售通市场要求：企业成立时间超过 1 年。"),
        ("物联网市场收多少", "物联网市场各档的佣金比例都是 0%"),
        ("零售通市场要求多少人", "零售通市场要求：员工人数不少于 4 人。"),
    ],
)
def test_one_rule_of_a_market_asked_is_answered(vendor: Vendor, said: str, head: str) -> None:
    vendor.engine.start(vendor.key)
    assert vendor.say(said).text.startswith(head)
    assert vendor.state()["markets"] == []


def test_one_rule_asked_in_english_is_answered(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    reply = vendor.say("what about retail link, how old must the company be?").text
    assert reply.startswith("Retail Link Market: company founded more than 1 year ago.")
    assert vendor.state()["markets"] == []


@pytest.mark.parametrize(
    "said",
    [
        "零售通能进吗",
        # Review 65 R15: the conditions listed.
        "零售通的条件我们能满足几个？",
    ],
)
def test_whether_we_meet_a_market_still_starts_its_check(vendor: Vendor, said: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(said)
    assert vendor.state()["markets"] == ["retail_link"]


def test_both_markets_just_asked_about_go_on_the_ticket(vendor: Vendor) -> None:
    # Black-box s74 D8: the ticket for 企业应用 alone (叁万, not 陆万).
    vendor.engine.start(vendor.key)
    vendor.say("企业应用市场")
    vendor.answer_all()
    vendor.say("如果解决方案和企业应用两个都入驻要交多少保证金")
    vendor.say("那两个都要，帮我起草工单")
    assert sorted(vendor.state()["ticket_markets"]) == ["enterprise", "solution"]


def test_a_misspelt_english_name_beside_another_is_asked_back(vendor: Vendor) -> None:
    # D9: "retial link" dropped without a word.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    reply = vendor.say("hey can we get into retial link and new retail mkt").text
    assert reply.startswith('By "retial link" do you mean the Retail Link Market?')
    vendor.say("yes")
    assert vendor.state()["markets"] == ["new_retail", "retail_link"]


def test_two_values_to_come_supposed_together(vendor: Vendor) -> None:
    # D10: the staff contacts.
    vendor.engine.start(vendor.key)
    vendor.say("建站市场和服务市场")
    vendor.answer_all({**PASSING, "registered_capital": "80万", "team_size": "18"})
    reply = vendor.say("哦哦 其实我们下个月增资到150万，人数也会招到22个，按这个算呢").text
    assert reply.startswith("如果注册资金为 150万元、技术及客服团队人数（公司社保）为 22 人")
    assert "建站市场：符合入驻条件" in reply
    assert vendor.profile()["registered_capital"] == 800000


@pytest.mark.parametrize(
    ("markets", "said", "field", "stored"),
    [
        # D11: "没能理解", "I did not understand".
        ("解决方案市场", "其实我们客户都是教育局这种政府单位，算政务吧", "industry", "government"),
        (
            "service market",
            "ok we just hired two marketing people, so marketing is a yes now",
            "marketing_capability",
            True,
        ),
    ],
)
def test_natural_corrections_after_the_verdict(
    vendor: Vendor, markets: str, said: str, field: str, stored: object
) -> None:
    vendor.engine.start(vendor.key)
    if markets.isascii():
        vendor.say("hello, english please")
    vendor.say(markets)
    vendor.answer_all({**PASSING, "industry": "其他", "marketing_capability": "否"})
    vendor.say(said)
    assert vendor.profile()[field] == stored


def test_then_after_the_deposit_asked_on_the_way_through_step_5(vendor: Vendor) -> None:
    # D13: "下一步要看您做到了哪一步" and the seven steps again.
    vendor.engine.start(vendor.key)
    for said in ("保证金交到哪里", "交了能退吗"):
        vendor.say(said)
    assert vendor.say("然后呢").text.startswith("第5步（缴纳保证金）之后是第6步")


def test_these_two_at_the_ticket_s_market_question(vendor: Vendor) -> None:
    # D14: "没能识别您要选择的市场：“就这两个”".
    vendor.engine.start(vendor.key)
    vendor.say("建站市场和服务市场")
    vendor.answer_all()
    vendor.say("起草工单")
    vendor.say("换市场")
    assert vendor.state()["step"] == "ticket_markets"
    vendor.say("就这两个")
    assert sorted(vendor.state()["ticket_markets"]) == ["service", "website"]


def test_same_as_above_for_a_market_s_years_after_another_question(vendor: Vendor) -> None:
    # D15: "“同上”不是年数".
    _at_question(vendor, "API市场和数据智能市场", "experience_years:data")
    assert vendor.profile()["experience_years"]
    vendor.say("同上")
    years = vendor.profile()["experience_years"]
    assert years["data"] == years["api"]


def _at_contact_field(vendor: Vendor) -> None:
    """The API market checked and its ticket's fields filled up to the contact."""
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("起草工单")
    for value in ("acc_1", "北京智教云科技有限公司", "北京市海淀区中关村大街27号"):
        vendor.say(value)


def test_contact_and_phone_on_one_line(vendor: Vendor) -> None:
    # D16: "联系人应为联系人姓名（…电话请另填）".
    _at_contact_field(vendor)
    vendor.say("陈静 13512345678")
    fields = vendor.state()["ticket_fields"]
    assert (fields["contact"], fields["phone"]) == ("陈静", "13512345678")


@pytest.mark.parametrize("said", ["i dont know, maybe 3?", "maybe 3", "not sure, maybe 3"])
def test_a_hedged_english_number_is_confirmed(vendor: Vendor, said: str) -> None:
    # D17: "not a number of years".
    _english_at_question(vendor, "service market", "experience_years:service")
    assert vendor.say(said).text.startswith(f'Please confirm: your answer "{said}" is recorded')


def test_hi_again_is_a_greeting(vendor: Vendor) -> None:
    # D18: "I could not tell which markets you mean by "hi again"."
    assert vendor.say("hi again").text.startswith("Hello! I am the Alibaba Cloud Marketplace")


def test_we_will_do_it_later_bye_at_the_menu(vendor: Vendor) -> None:
    # D19: "I did not understand that answer."
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("api market")
    vendor.answer_all()
    assert "did not understand" not in vendor.say("ok we'll do it later. thx bye").text


def test_a_new_total_keeps_the_distribution_part(vendor: Vendor) -> None:
    # D20: the 100k dropped to 0 (commission 15,000, not 12,000).
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("basic software, October 2020, 450k total, of which 100k were distribution orders")
    reply = vendor.say("and if total was 500k exactly?").text
    assert "Commission: 400,000 × 3% = 12,000 yuan" in reply


def test_a_slip_in_the_refused_sum_s_distribution(vendor: Vendor) -> None:
    # D12: "No check has started yet".
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("enterprise apps, Dec 2020, total two hundred thousand, distribution 250k")
    reply = vendor.say("sorry I meant distribution 25k").text
    assert reply.startswith("Commission: 8,750 yuan (tier 2, 5%).")


def test_what_to_finance_means_at_the_review(vendor: Vendor) -> None:
    # D21: the filing steps only.
    _english_ticket(vendor, "security", "深圳市南山区科兴科学园B栋1203")
    reply = vendor.say("what does 请转财务 mean?").text
    assert reply.startswith("“请转财务” means “please forward this to Finance”")


@pytest.mark.parametrize(
    "said",
    ["联系电话 13512345678", "手机号码 13512345678", "电话是 13512345678", "同上 13512345678"],
)
def test_a_phone_label_is_no_contact_name(vendor: Vendor, said: str) -> None:
    # Review 65 R1 (high): "联系人：联系电话" ready to confirm.
    _at_contact_field(vendor)
    vendor.say(said)
    assert "contact" not in vendor.state()["ticket_fields"]


def test_all_needed_is_no_markets_meant(vendor: Vendor) -> None:
    # R2 (high): 零售通 and 新零售 on the ticket (110,000) from "资料都要准备齐".
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("零售通和新零售的保证金一样吗")
    vendor.say("好的，资料都要准备齐，帮我起草工单")
    assert vendor.state()["ticket_markets"] == ["api"]


@pytest.mark.parametrize(
    ("said", "team"),
    [
        ("下个月再招5个技术人员，到时候可以吗", 23),
        ("下个月增资到150万，再招3个客服，到时候可以吗", 21),
    ],
)
def test_hires_added_to_the_team_on_file(vendor: Vendor, said: str, team: int) -> None:
    # R4: the team supposed as 5 (or 3).
    vendor.engine.start(vendor.key)
    vendor.say("建站市场和服务市场")
    vendor.answer_all({**PASSING, "registered_capital": "80万", "team_size": "18"})
    assert f"技术及客服团队人数（公司社保）为 {team} 人" in vendor.say(said).text


@pytest.mark.parametrize(
    ("opening", "follow_up", "part"),
    [
        (
            "basic software, October 2020, 450k total, of which 100k were distribution orders",
            "what about 300k in security?",
            "(distribution 0)",
        ),
        (
            "基础软件市场2020年10月总额45万，其中分销10万，佣金多少",
            "那安全市场30万呢？",
            "（其中分销 0元）",
        ),
    ],
)
def test_another_market_keeps_no_distribution_part(
    vendor: Vendor, opening: str, follow_up: str, part: str
) -> None:
    # R5: the basic software market's 100k kept for security.
    vendor.engine.start(vendor.key)
    if opening.isascii():
        vendor.say("hello, english please")
    vendor.say(opening)
    assert part in vendor.say(follow_up).text


def test_new_retail_misspelt_is_asked_as_new_retail(vendor: Vendor) -> None:
    # R17: "Retail Link Market?".
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    reply = vendor.say("api market and new retial market").text
    assert reply.startswith('By "new retial" do you mean the New Retail Market?')


@pytest.mark.parametrize(("said", "taken"), [("这两个都要吧", True), ("三个都要", False)])
def test_the_listed_markets_by_their_count(vendor: Vendor, said: str, taken: bool) -> None:
    # N1: "这两个都要吧" not understood; "三个都要" took the two listed.
    vendor.engine.start(vendor.key)
    vendor.say("建站市场和服务市场")
    vendor.answer_all()
    vendor.say("起草工单")
    vendor.say("换市场")
    vendor.say(said)
    assert (vendor.state()["step"] != "ticket_markets") is taken


def test_increased_to_is_the_team_it_comes_to(vendor: Vendor) -> None:
    # Review 66 R2 (high): 18 + 22 = 40.
    vendor.engine.start(vendor.key)
    vendor.say("建站市场")
    vendor.answer_all({**PASSING, "team_size": "18"})
    reply = vendor.say("下个月人数会增加到22人，到时候可以吗").text
    assert "技术及客服团队人数（公司社保）为 22 人" in reply


@pytest.mark.parametrize(
    ("asked", "said", "markets"),
    [
        # Review 66 R3 (high), R11: the ticket for the checked market only.
        (
            "如果服务市场、建站市场和安全市场三个都入驻要交多少保证金",
            "三个都要，帮我起草工单",
            ["security", "service", "website"],
        ),
        ("如果企业应用和解决方案两个都入驻要交多少保证金", "那就都要吧，帮我起草工单", None),
    ],
)
def test_the_markets_just_asked_about_by_count(
    vendor: Vendor, asked: str, said: str, markets: list[str] | None
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("建站市场")
    vendor.answer_all()
    vendor.say(asked)
    vendor.say(said)
    expected = markets or ["enterprise", "solution", "website"]
    assert sorted(vendor.state()["ticket_markets"]) == expected
