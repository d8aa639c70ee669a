"""Round 59 (session 64): round 58's notes and this round's black-box and blind findings."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question, _at_ticket_field
from tests.bot.conversation.test_round56 import _english_at_question
from tests.bot.conversation.test_round58 import _chinese_ticket


@pytest.mark.parametrize(
    ("typed", "dingtalk"),
    [
        ("yes we can provide them, dingtalk is set up too", True),
        ("yes, dingtalk is set up too", True),
        ("yes we can provide them, but dingtalk is not set up yet", False),
        ("we have them, dingtalk not yet", False),
    ],
)
def test_own_yes_then_another_in_english(vendor: Vendor, typed: str, dingtalk: bool) -> None:
    # Round 58 left: DingTalk was kept and the documents asked again.
    _english_at_question(vendor, "retail link", "documents_ready")
    vendor.say(typed)
    profile = vendor.profile()
    assert (profile["documents_ready"], profile["dingtalk_ops"]) == (True, dingtalk)
    assert vendor.current_question() == "employees"


@pytest.mark.parametrize(
    ("typed", "dingtalk"),
    [
        ("可以提供，钉钉也开通了", True),
        ("有的，钉钉也有", True),
        ("可以提供，钉钉还没开", False),
        ("都有，但是钉钉还没注册", False),
    ],
)
def test_own_yes_then_another_in_chinese(vendor: Vendor, typed: str, dingtalk: bool) -> None:
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say(typed)
    profile = vendor.profile()
    assert (profile["documents_ready"], profile["dingtalk_ops"]) == (True, dingtalk)


def test_another_questions_words_alone_stay_no_yes(vendor: Vendor) -> None:
    # (Black-box 48 D14 kept: "有专人对接" is no yes to the documents.)
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say("有专人对接，钉钉也开了")
    assert "documents_ready" not in vendor.profile()


@pytest.mark.parametrize(
    "typed",
    [
        "产品不是基于阿里云的",
        "我们的产品不是基于阿里云的",
        "our product is not built on alibaba cloud",
    ],
)
def test_the_product_as_subject_at_the_alibaba_cloud_question(vendor: Vendor, typed: str) -> None:
    # Round 58 left: asked again.
    if typed.isascii():
        _english_at_question(vendor, "iot", "built_on_aliyun")
    else:
        _at_question(vendor, "物联网", "built_on_aliyun")
    vendor.say(typed)
    assert vendor.profile()["built_on_aliyun"] is False
    assert "mature_product" in vendor.profile()  # (answered before, never changed)


def test_the_alibaba_cloud_sentence_at_the_mature_question_is_no_answer(vendor: Vendor) -> None:
    _at_question(vendor, "物联网", "mature_product")
    vendor.say("产品不是基于阿里云的")
    assert "mature_product" not in vendor.profile()


@pytest.mark.parametrize("typed", ["isnt built on alibaba cloud", "it isnt built on aliyun"])
def test_a_no_without_its_apostrophe(vendor: Vendor, typed: str) -> None:
    # (Found beside it: "isnt built on alibaba cloud" was stored as a yes.)
    _english_at_question(vendor, "iot", "built_on_aliyun")
    vendor.say(typed)
    assert vendor.profile()["built_on_aliyun"] is False


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("认证做完了。", True), ("认证已经做完了", True), ("还没做完", False), ("快做完了", None)],
)
def test_done_said_at_the_certification_question(
    vendor: Vendor, typed: str, stored: bool | None
) -> None:
    # blind_conversations44 c44_48, c44_50: "认证做完了。" was asked again, twice.
    _at_question(vendor, "新零售", "ecosystem_certified")
    vendor.say(typed)
    assert vendor.profile().get("ecosystem_certified") is stored


def test_a_correction_said_for_now(vendor: Vendor) -> None:
    # blind_conversations45 c45_27 (wrong value): "暂时提供不了…" was refused, so the question
    # was asked again and the old yes kept.
    _at_question(vendor, "物联网", "agreements_accepted")
    vendor.say("社保那个刚才说错了，我们暂时提供不了社保缴费情况表。")
    assert vendor.profile()["social_insurance_proof"] is False
    assert vendor.current_question() == "agreements_accepted"


def test_the_kind_of_company_said_later_is_the_industry(vendor: Vendor) -> None:
    # blind_conversations45 c45_28 (wrong value: 教育 kept).
    _english_at_question(vendor, "solution", "agreements_accepted")
    vendor.say(
        "Oh wait, I said education earlier. We're actually a logistics company; education is just"
        " a side project."
    )
    assert vendor.profile()["industry"] == "logistics"
    assert "agreements_accepted" not in vendor.profile()


@pytest.mark.parametrize(
    "typed",
    [
        "we are an education company",
        # (Review 69 R2: refused, the old industry kept the vendor eligible.)
        "Oh wait, I said finance earlier. We're actually a healthcare company.",
    ],
)
def test_a_company_of_no_listed_industry(vendor: Vendor, typed: str) -> None:
    # "we are an education company" was stored as accepting the agreements.
    _english_at_question(vendor, "solution", "agreements_accepted")
    vendor.say(typed)
    assert vendor.profile()["industry"] == "other"
    assert "agreements_accepted" not in vendor.profile()


def test_a_market_only_done_for_a_year_is_its_experience(vendor: Vendor) -> None:
    # blind_conversations45 c45_43: "建站只做了一年。" started a check of 建站 alone.
    _at_question(vendor, "除了零售通，别的都想试试。", "experience_years:website")
    vendor.say("建站只做了一年。")
    assert len(vendor.state()["markets"]) == 11
    assert vendor.profile()["experience_years"]["website"] == 1


@pytest.mark.parametrize(
    "typed",
    ["不太好，在天猫上有一条违规记录。", "有一条违规记录", "we have one violation on tmall"],
)
def test_a_record_counted_is_bad_credit(vendor: Vendor, typed: str) -> None:
    # blind_conversations45 c45_48: asked again; "有一条违规记录" alone was stored as good credit.
    if typed.isascii():
        _english_at_question(vendor, "retail link", "good_credit")
    else:
        _at_question(vendor, "零售通", "good_credit")
    vendor.say(typed)
    assert vendor.profile()["good_credit"] is False


def test_how_many_not_known_is_unknown(vendor: Vendor) -> None:
    # blind_conversations45 c45_56: "不知道具体多少人，没统计过。" got the contact page.
    _at_question(vendor, "建站", "team_size")
    reply = vendor.say("不知道具体多少人，没统计过。")
    assert reply.text.startswith("已记为“不知道”：技术及客服团队人数")
    assert vendor.current_question() == "social_insurance_proof"


# ----- black-box s76 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "公司叫杭州小满信息技术有限公司",
        "公司名叫杭州小满信息技术有限公司",
        "我们公司叫杭州小满信息技术有限公司",
        "叫杭州小满信息技术有限公司",
    ],
)
def test_the_company_called_so(vendor: Vendor, typed: str) -> None:
    # D1 (high): "叫杭州小满…" on the deposit ticket.
    _at_ticket_field(vendor, "company")
    vendor.say(typed)
    assert vendor.state()["ticket_fields"]["company"] == "杭州小满信息技术有限公司"


def test_the_company_corrected_with_a_remark(vendor: Vendor) -> None:
    # D6: the old value was offered back.
    _chinese_ticket(vendor, "API市场")
    vendor.say("公司名不对，是杭州小满信息技术有限公司，没有叫字")
    assert vendor.state()["ticket_fields"]["company"] == "杭州小满信息技术有限公司"


def test_a_market_dropped_after_the_verdict(vendor: Vendor) -> None:
    # D2 (high): "好的，已了解", then a ticket charging 数据智能 too (玖万).
    vendor.engine.start(vendor.key)
    vendor.say("解决方案、物联网、数据智能")
    vendor.answer_all()
    vendor.say("数据智能先不做了，只做解决方案和物联网")
    assert vendor.state()["markets"] == ["solution", "iot"]
    vendor.say("继续")
    assert "（保证金 60,000 元）" in vendor.say("工单").text


@pytest.mark.parametrize("typed", ["no we don't have a 1688 account", "没有1688账号"])
def test_no_1688_account_at_the_agreements_question(vendor: Vendor, typed: str) -> None:
    # D3 (high): the agreements refused, the next yes stored as a 1688 membership.
    if typed.isascii():
        _english_at_question(vendor, "all markets", "agreements_accepted")
    else:
        _at_question(vendor, "全部", "agreements_accepted")
    vendor.say(typed)
    assert vendor.profile()["alibaba_1688_member"] is False
    assert "agreements_accepted" not in vendor.profile()
    assert vendor.current_question() == "agreements_accepted"


def test_a_foreign_owned_company_names_no_market(vendor: Vendor) -> None:
    # D5: the Enterprise Application Market was checked.
    vendor.engine.start(vendor.key)
    reply = vendor.say("we're a wholly foreign-owned enterprise, is that ok for joining?")
    assert reply.text.startswith("The guide says nothing about foreign-owned or overseas companies")
    assert vendor.state()["markets"] == []


@pytest.mark.parametrize(
    "typed",
    [
        "no, I didn't pick that market. I'm asking if a foreign-owned company (WFOE) can join at all",
        "我没选这个市场，我只是问外资公司能不能入驻",
    ],
)
def test_the_check_objected_to_is_no_answer(vendor: Vendor, typed: str) -> None:
    # D4 (high): registered company = no stored, failing every market.
    if typed.isascii():
        _english_at_question(vendor, "enterprise application", "legal_entity")
    else:
        _at_question(vendor, "企业应用", "legal_entity")
    vendor.say(typed)
    assert "legal_entity" not in vendor.profile()


def test_a_new_figure_asked_with_its_own_question_mark(vendor: Vendor) -> None:
    # D7: "如果正好20万呢？2020年12月，企业应用，没有分销" got 企业应用's conditions.
    vendor.engine.start(vendor.key)
    vendor.say("我们是建站市场，上个月卖了30万，佣金多少")
    reply = vendor.say("如果正好20万呢？2020年12月，企业应用，没有分销")
    assert reply.text.startswith("佣金 1万元（10,000元）（第2档 5%）。")


def test_a_statement_of_the_missing_answer_after_the_verdict(vendor: Vendor) -> None:
    # D9: "用的阿里云服务器" after "依托啥意思" was not understood.
    _at_question(vendor, "建站", "built_on_aliyun")
    vendor.say("不知道")
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))
    assert "也就是" not in vendor.say("依托啥意思").text
    vendor.say("用的阿里云服务器")
    assert vendor.profile()["built_on_aliyun"] is True
    assert vendor.say("行").text.startswith("没能理解这个回答。")


def test_two_corrections_in_two_sentences(vendor: Vendor) -> None:
    # D11: the second correction dropped without a word.
    _english_at_question(vendor, "all markets", "api_integration")
    vendor.say("wait, big data is 1 year not 0. and basic software we have 2 years")
    years = vendor.profile()["experience_years"]
    assert (years["data"], years["software"]) == (1, 2)
    assert vendor.current_question() == "api_integration"


def test_a_correction_said_as_a_statement_after_the_verdict(vendor: Vendor) -> None:
    # D11: "hold on, we DO accept the agreements. it's the 1688 account we don't have" kept the
    # agreements refused.
    _english_at_question(vendor, "all markets", "agreements_accepted")
    vendor.say("no")
    vendor.say("yes")
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))
    vendor.say("hold on, we DO accept the agreements. it's the 1688 account we don't have")
    profile = vendor.profile()
    assert (profile["agreements_accepted"], profile["alibaba_1688_member"]) == (True, False)


def test_an_estimate_at_the_limit_says_why_it_is_asked(vendor: Vendor) -> None:
    # D12: "Change: …" with no word why.
    _english_at_question(vendor, "all markets", "experience_years:software")
    reply = vendor.say("big data about 1 year")
    assert reply.text.startswith('"big data about 1 year" is an estimate')


@pytest.mark.parametrize("typed", ["security, none", "security: no experience", "安全没有"])
def test_none_for_another_markets_experience(vendor: Vendor, typed: str) -> None:
    # D12: "not a number of years", then a 0 stored for the wrong market.
    if typed.isascii():
        _english_at_question(vendor, "all markets", "experience_years:software")
    else:
        _at_question(vendor, "全部", "experience_years:software")
    vendor.say(typed)
    assert vendor.profile()["experience_years"]["security"] == 0
    assert vendor.current_question() == "experience_years:software"


def test_software_yes_without_hardware(vendor: Vendor) -> None:
    # D13: a plain yes stored, IoT eligible.
    _english_at_question(vendor, "all markets", "mature_product")
    vendor.say("yes for software, we don't do hardware though")
    assert vendor.profile()["mature_product"]["iot"] is False


def test_answers_ahead_in_clauses(vendor: Vendor) -> None:
    # D14: "无法判断", the vendor made to repeat.
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say("有专人，钉钉也开了，公司一共15个人")
    profile = vendor.profile()
    assert (profile["dingtalk_ops"], profile["employees"]) == (True, 15)
    vendor.say("信用良好没有违规")
    assert vendor.profile()["good_credit"] is True
    assert vendor.current_question() == "documents_ready"


def test_years_in_words_at_the_hours_question(vendor: Vendor) -> None:
    # D14: "five years in security" refused as service hours.
    _english_at_question(vendor, "security", "aftersales_support")
    vendor.say("five years in security")
    assert vendor.profile()["experience_years"]["security"] == 5


def test_a_correction_with_typo_after_the_verdict(vendor: Vendor) -> None:
    # D15: "sorry employees is 30 not 3, typo" was not understood.
    _english_at_question(vendor, "retail link", "employees")
    vendor.say("3")
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))
    vendor.say("sorry employees is 30 not 3, typo")
    assert vendor.profile()["employees"] == 30


def test_can_we_join_now_with_no_one_named(vendor: Vendor) -> None:
    # D16: the common conditions.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    assert "您可以入驻 1 个：API市场" in vendor.say("那现在能入驻吗").text


def test_is_my_data_still_there(vendor: Vendor) -> None:
    # D25: declined as outside the guide right after the erasure.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.say("是")
    assert vendor.say("我的数据还在吗").text.startswith("您的回答或工单还保存着")
    vendor.say("删除我的数据")
    vendor.say("确认")
    assert vendor.say("我的数据还在吗").text.startswith("这里没有保存您的数据")


def test_the_ticket_text_after_a_deposit_sum(vendor: Vendor) -> None:
    # D22: the template with 叁万 right after 捌万 was worked out.
    vendor.engine.start(vendor.key)
    vendor.say("how much deposit for security and retail link")
    assert (
        "入驻云市场已缴纳保证金捌万元，请转财务" in vendor.say("what do I write in the ticket").text
    )


def test_then_what_after_the_seven_steps(vendor: Vendor) -> None:
    # D21: the seven steps listed again, twice.
    vendor.engine.start(vendor.key)
    vendor.say("how do I join")
    reply = vendor.say("then what")
    assert reply.text.startswith("What comes next depends on where you are")
    assert "Joining takes 7 steps" not in reply.text


# ----- review 68 ------------------------------------------------------------------------------


def _iot_verdict_without_aliyun(vendor: Vendor) -> None:
    _at_question(vendor, "物联网", "built_on_aliyun")
    vendor.say("不知道")
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))


@pytest.mark.parametrize(
    "typed",
    [
        "基于客户需求定制开发",
        "用的是自建的MQTT，数据放在阿里云OSS",
        "用了一点阿里云",
        "用的阿里云服务器",
    ],
)
def test_a_statement_is_no_iot_yes_after_the_verdict(vendor: Vendor, typed: str) -> None:
    # R1 (high): a yes stored and IoT eligible.
    _iot_verdict_without_aliyun(vendor)
    vendor.say(typed)
    assert "built_on_aliyun" not in vendor.profile()


@pytest.mark.parametrize("typed", ["不太好判断", "not 100% sure, need to check"])
def test_a_doubt_is_no_no(vendor: Vendor, typed: str) -> None:
    # R2 (high): 否 stored.
    _at_question(vendor, "物联网", "built_on_aliyun")
    vendor.say(typed)
    assert "built_on_aliyun" not in vendor.profile()


@pytest.mark.parametrize(
    "typed", ["yes, we're a software company", "yes we can, we're a logistics software company"]
)
def test_a_yes_then_the_kind_of_company(vendor: Vendor, typed: str) -> None:
    # R3 (high): industry = other stored, the yes dropped.
    _english_at_question(vendor, "solution", "api_integration")
    vendor.say(typed)
    assert vendor.profile()["api_integration"] is True
    assert "industry" not in vendor.profile()


def test_the_full_name_after_a_group_name(vendor: Vendor) -> None:
    # R4: 小满集团 stored.
    _chinese_ticket(vendor, "API市场")
    vendor.say("公司名不对，是小满集团，全称杭州小满信息技术有限公司")
    assert vendor.state()["ticket_fields"]["company"] == "杭州小满信息技术有限公司"


def test_the_applications_data_is_no_stored_data(vendor: Vendor) -> None:
    # R9: answered as the bot's own storage, deletion offered.
    vendor.engine.start(vendor.key)
    vendor.say("物联网")
    reply = vendor.say("审核被驳回了，之前在阿里云后台填的资料还在吗")
    assert "删除我的数据" not in reply.text


@pytest.mark.parametrize(
    "typed", ["我们只用阿里云IoT平台", "we just use the alibaba cloud IoT platform"]
)
def test_only_in_a_remark_after_the_verdict(vendor: Vendor, typed: str) -> None:
    # R10: the check restarted.
    vendor.engine.start(vendor.key)
    vendor.say("物联网" if not typed.isascii() else "iot")
    vendor.answer_all()
    vendor.say(typed)
    assert vendor.state()["step"] == "verdict"


# ----- black-box s77 --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [("修改 电话 18621005566", "phone", "18621005566"), ("修改 联系人 王芳", "contact", "王芳")],
)
def test_change_a_field_with_its_value(vendor: Vendor, typed: str, field: str, value: str) -> None:
    # D1: "目前还没有可以修改的回答", the old phone kept.
    _chinese_ticket(vendor, "API市场")
    vendor.say(typed)
    assert vendor.state()["ticket_fields"][field] == value


def test_the_ticket_command_as_the_last_clause(vendor: Vendor) -> None:
    # D2: the step-6 template, then "说“生成工单”".
    vendor.engine.start(vendor.key)
    reply = vendor.say("我们已经通过审核了，API市场，生成工单")
    assert reply.text.startswith("好的，为 API市场 起草转财务工单")


@pytest.mark.parametrize(
    "typed",
    [
        "does the IoT market require Alibaba Cloud IoT products?",
        "物联网市场一定要用阿里云IoT产品吗",
    ],
)
def test_one_rule_asked_starts_no_check(vendor: Vendor, typed: str) -> None:
    # D5: the IoT check started.
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert vendor.state()["markets"] == []


def test_i_was_asking_mid_form(vendor: Vendor) -> None:
    # D6: the check started again.
    _at_question(vendor, "开发运维", "legal_entity")
    reply = vendor.say("不是，我问的是开发运维市场的佣金")
    assert reply.text.startswith("开发运维市场不在佣金费率表中")
    assert vendor.current_question() == "legal_entity"


def test_a_noun_beside_a_confirming_yes_is_no_answer(vendor: Vendor) -> None:
    # D7: API integration = yes stored from "yes, REST APIs".
    _english_at_question(vendor, "api", "experience_years:api")
    vendor.say("about a year and a half")
    vendor.say("yes, REST APIs")
    assert "api_integration" not in vendor.profile()


def test_lets_check_after_the_requirements(vendor: Vendor) -> None:
    # D8: "could not tell which markets".
    vendor.engine.start(vendor.key)
    vendor.say("Hi there! We'd like to join the API market. What are the requirements?")
    vendor.say("ok let's check")
    assert vendor.state()["markets"] == ["api"]


def test_ok_de_is_a_yes(vendor: Vendor) -> None:
    # D10.
    _at_question(vendor, "api", "agreements_accepted")
    vendor.say("ok的")
    assert vendor.profile()["agreements_accepted"] is True


def test_all_there_is_no_credit_answer(vendor: Vendor) -> None:
    # D11: "齐" stored 是 for credit.
    _at_question(vendor, "零售通", "good_credit")
    vendor.say("齐")
    assert "good_credit" not in vendor.profile()


def test_a_future_date_in_a_change_says_why(vendor: Vendor) -> None:
    # D12: asked again with no reason.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    assert "2027-01-05 是未来的日期" in vendor.say("修改 营业执照日期 2027年1月5日").text


def test_is_my_ticket_still_there_after_erasure(vendor: Vendor) -> None:
    # D14: step 6 of joining.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.say("删除我的数据")
    vendor.say("是")
    assert vendor.say("我的工单还在吗").text.startswith("这里没有保存您的数据")


# ----- review 69 ------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["update contact and phone", "修改 联系人 是 王芳"])
def test_a_change_command_stores_no_joining_word(vendor: Vendor, typed: str) -> None:
    # R1 (high): "and phone", "是 王芳" stored as the contact.
    if typed.isascii():
        from tests.bot.conversation.test_round55 import _english_ticket

        _english_ticket(vendor, "api", "Room 1201, 88 Century Avenue, Pudong New Area, Shanghai")
    else:
        _chinese_ticket(vendor, "API市场")
    vendor.say(typed)
    assert vendor.state()["ticket_fields"]["contact"] in ("Lucy", "张三", "王芳")


def test_yes_then_actually_another_industry(vendor: Vendor) -> None:
    # R12: the correction dropped.
    _english_at_question(vendor, "solution", "agreements_accepted")
    vendor.say("yes, we're actually a logistics company")
    assert vendor.profile()["industry"] == "logistics"


@pytest.mark.parametrize(
    ("typed", "step"), [("数据删干净了吗", None), ("好的，我的数据还在吗", None)]
)
def test_is_my_data_gone_said_otherwise(vendor: Vendor, typed: str, step: None) -> None:
    # R8: declined as outside the guide.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.say("删除我的数据")
    vendor.say("是")
    assert vendor.say(typed).text.startswith("这里没有保存您的数据")


def test_only_one_of_three_after_the_verdict(vendor: Vendor) -> None:
    # R9: noted, the ticket kept all three.
    vendor.engine.start(vendor.key)
    vendor.say("iot, data and solution")
    vendor.answer_all()
    vendor.say("only iot")
    assert vendor.state()["markets"] == ["iot"]


def test_another_clouds_iot_after_the_verdict_is_a_no(vendor: Vendor) -> None:
    # R11: nothing stored.
    _iot_verdict_without_aliyun(vendor)
    vendor.say("用的华为云IoT")
    assert vendor.profile()["built_on_aliyun"] is False


def test_i_was_asking_keeps_the_market(vendor: Vendor) -> None:
    # R13: the general rule instead of the market's deposit.
    _at_question(vendor, "开发运维", "legal_entity")
    assert vendor.say("不是，我问的是保证金多少").text.startswith(
        "入驻开发运维市场需缴纳保证金共 3万元"
    )


def test_no_ticket_before_approval(vendor: Vendor) -> None:
    # R14: a draft saying the deposit was paid.
    vendor.engine.start(vendor.key)
    vendor.say("我们审核还没通过，API市场，生成工单")
    assert vendor.state()["step"] not in ("ticket_field", "ticket_review")
