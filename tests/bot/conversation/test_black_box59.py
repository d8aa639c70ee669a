"""Round 46 (session 51): the sixteenth black-box reading — a new tester who never saw the code
played 12 vendors in the console at d5fb778 (docs/evaluation/black_box_s59/report.md: 29
defects, 3 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question, _at_ticket_field


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("零售通员工4个人行不行", "零售通市场：要求员工人数不少于 4 人"),
        ("基础软件注册资金10万够不够", "基础软件市场：要求注册资金不低于 10万元"),
        ("is 4 employees enough for retail link", "Retail Link Market: needs at least 4 employees"),
    ],
)
def test_another_markets_figure_asked_mid_check_is_answered(
    vendor: Vendor, typed: str, said: str
) -> None:
    # D1 (high): "您选的市场不看员工人数，不需要填写。" for a question about another market.
    _at_question(vendor, "物联网市场", "team_size")
    reply = vendor.say(typed).text
    assert said in reply
    assert "不需要填写" not in reply
    assert vendor.current_question() == "team_size"


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("后来我们又申请了API和服务市场，三个一起交的保证金，帮我写工单", 110_000),
        ("我们交的是API市场的保证金，帮我写工单", 30_000),
    ],
)
def test_ticket_for_the_markets_named_after_a_verdict(
    vendor: Vendor, typed: str, amount: int
) -> None:
    # D2 (high): the ticket was drafted for 零售通 alone (伍万) though three markets were named.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all()
    assert vendor.verdicts() == {"retail_link": "eligible"}
    vendor.say(typed)
    assert vendor.state()["ticket_markets"] in (
        ["api", "service", "retail_link"],
        ["api"],
    )
    from rules.deposit import deposit_for

    assert deposit_for(vendor.state()["ticket_markets"]) == amount


def test_a_statement_about_the_documents_is_no_yes_to_dingtalk(vendor: Vendor) -> None:
    # D3 (high): "营业执照 税务登记证这些扫描件都有" at the DingTalk question stored a yes.
    _at_question(vendor, "零售通", "dingtalk_ops")
    vendor.say("营业执照 税务登记证这些扫描件都有")
    assert "dingtalk_ops" not in vendor.profile()
    assert vendor.current_question() == "dingtalk_ops"


def test_another_cloud_named_at_another_question_is_the_built_on_answer(vendor: Vendor) -> None:
    # D3 (high): "不是，我们用的是华为云的IoT平台" at the customer-cases question stored 否 for
    # the cases and left 以阿里云产品为依托 = 是.
    _at_question(vendor, "物联网市场", "customer_cases")
    reply = vendor.say("不是，我们用的是华为云的IoT平台").text
    assert reply.startswith("已更正：以阿里云产品为依托 = 否")
    assert "customer_cases" not in vendor.profile()
    assert vendor.current_question() == "customer_cases"


@pytest.mark.parametrize(
    ("asked", "follow_up", "said"),
    [
        ("2020年10月建站卖了30万，佣金多少", "那如果里面有10万是分销的呢", "200,000 × 15% = 3万元"),
        (
            "october 2020 website building 300k, commission?",
            "what if 100k of it was distribution?",
            "200,000 × 15% = 30,000 yuan",
        ),
    ],
)
def test_distribution_said_after_a_sum_without_one(
    vendor: Vendor, asked: str, follow_up: str, said: str
) -> None:
    # D4: the follow-up got the rate table, no figures.
    vendor.engine.start(vendor.key)
    vendor.say(asked)
    assert said in vendor.say(follow_up).text


def test_stop_when_the_check_was_never_asked_for(vendor: Vendor) -> None:
    # D8: "我没说要检查物联网，不查了" cancelled and restarted the same check in one reply.
    vendor.engine.start(vendor.key)
    vendor.say("物联网市场")
    reply = vendor.say("我没说要检查物联网，不查了").text
    assert "好的，检查以下市场" not in reply
    assert vendor.step() != "question"


def test_whether_a_market_asks_something_is_no_exclusion(vendor: Vendor) -> None:
    # D9: "零售通要不要20人的团队" was read as every market except 零售通.
    vendor.engine.start(vendor.key)
    reply = vendor.say("零售通要不要20人的团队").text
    assert reply.startswith("不需要。零售通市场要求：员工人数不少于 4 人。")
    assert not vendor.state()["markets"]


def test_a_built_on_correction_mid_form(vendor: Vendor) -> None:
    # D9: "物联网那个是华为云的不是阿里云，改一下" was read as markets to leave out.
    _at_question(vendor, "物联网市场", "team_size")
    vendor.say("物联网那个是华为云的不是阿里云，改一下")
    assert vendor.profile()["built_on_aliyun"] is False
    assert vendor.current_question() == "team_size"


def test_natural_replies_on_the_answers_on_file_screen(vendor: Vendor) -> None:
    # D10: two corrections in one message, and "yes check it", were not understood.
    vendor.engine.start(vendor.key)
    vendor.say("物联网市场")
    vendor.answer_all({**PASSING, "customer_cases": "否"})
    vendor.say("查看其他市场")
    vendor.say("解决方案市场")
    assert vendor.step() == "confirm_known"
    vendor.say("等下，客户案例我们是有的，顺丰中通都做过；物联网那个是华为云的不是阿里云")
    assert vendor.profile()["customer_cases"] is True
    assert vendor.profile()["built_on_aliyun"] is False
    assert vendor.step() == "confirm_known"
    vendor.say("yes check it")
    assert vendor.step() != "confirm_known"


def test_a_question_word_without_its_apostrophe_is_a_question(vendor: Vendor) -> None:
    # D14: "whats the Y20 agreement" was read as an answer with no market chosen.
    vendor.engine.start(vendor.key)
    assert vendor.say("whats the Y20 agreement").text.startswith("Step 4:")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("这个贴到哪里", "提交方式：进入阿里云工单系统"),
        ("ok what now", "第6步（提交工单）之后是第7步"),
        ("然后", "第6步（提交工单）之后是第7步"),
    ],
)
def test_after_the_ticket(vendor: Vendor, typed: str, said: str) -> None:
    # D12, D13: the step-5 payment answer, "outside what I can answer", the whole step list.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("起草工单")
    for field in (
        "vendor@example.com",
        "杭州某某科技有限公司",
        "浙江省杭州市西湖区文三路1号",
        "张三",
    ):
        vendor.say(field)
    vendor.say("13800138000")
    vendor.say("确认")
    assert said in vendor.say(typed).text


def test_after_paying_alone(vendor: Vendor) -> None:
    # D13: "ok and after paying?" was declined.
    vendor.engine.start(vendor.key)
    assert "After step 5 (Pay the deposit) comes step 6" in vendor.say("ok and after paying?").text


@pytest.mark.parametrize("typed", ["english again please", "back to english"])
def test_english_again(vendor: Vendor, typed: str) -> None:
    # D15: "english again please" was read as a market name; Chinese stayed.
    vendor.engine.start(vendor.key)
    vendor.say("中文")
    vendor.say(typed)
    assert vendor.state()["lang"] == "en"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("成都市高新区天府大道中段1268号", "看起来是地址，不是阿里云账号"),
        ("1", "太短，不像阿里云账号"),
    ],
)
def test_the_account_field_refuses_an_address_or_a_digit(
    vendor: Vendor, typed: str, said: str
) -> None:
    # D16: an address and "1" were taken as the account (and "1" confirmed in the ticket).
    _at_ticket_field(vendor, "account")
    assert said in vendor.say(typed).text
    assert "account" not in vendor.state()["ticket_fields"]


def test_a_labelled_account_in_short(vendor: Vendor) -> None:
    # D16: "acct: 13812345678" was refused.
    _at_ticket_field(vendor, "account")
    vendor.say("acct: 13812345678")
    assert vendor.state()["ticket_fields"]["account"] == "13812345678"


def test_markets_corrected_at_a_ticket_field(vendor: Vendor) -> None:
    # D17: "不对，是零售通+API+服务三个市场" at the company prompt became the company name.
    _at_ticket_field(vendor, "company")
    reply = vendor.say("不对，是零售通+API+服务三个市场").text
    assert reply.startswith("已更正：工单市场 = API市场、服务市场、零售通市场（保证金 110,000 元）")
    assert "company" not in vendor.state()["ticket_fields"]
    assert vendor.state()["ticket_markets"] == ["api", "service", "retail_link"]


def test_the_account_said_again_at_the_review(vendor: Vendor) -> None:
    # D18: "账号是xdb_gz，刚才打错了" at the review was not understood.
    _at_ticket_field(vendor, "phone")
    vendor.say("13800138000")
    assert vendor.step() == "ticket_review"
    vendor.say("账号是xdb_gz，刚才打错了")
    assert vendor.state()["ticket_fields"]["account"] == "xdb_gz"


def test_same_as_another_market_then_years(vendor: Vendor) -> None:
    # D19: "same as service, 2 years" overwrote the service market's 3 years.
    _at_question(vendor, "service market and website building", "experience_years:website")
    vendor.say("same as service, 2 years")
    assert vendor.profile()["experience_years"] == {"service": 3, "website": 2}


def test_the_deposit_confirmed_after_the_verdict(vendor: Vendor) -> None:
    # D11: "保证金五万是吧" after 零售通's verdict was not understood.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all()
    assert vendor.say("保证金五万是吧").text.startswith("对，指南写的就是这样。")


def test_why_not_after_the_verdict_shows_the_unmet(vendor: Vendor) -> None:
    # D7: "why can't we join retail link?" ran the check again.
    vendor.engine.start(vendor.key)
    vendor.say("retail link")
    vendor.answer_all({**PASSING, "alibaba_1688_member": "否"})
    reply = vendor.say("why can't we join retail link?").text
    assert "Not met: Alibaba.com China (1688) verified member: no" in reply
    assert vendor.step() == "verdict"


def test_a_market_asked_after_a_rate_answer(vendor: Vendor) -> None:
    # D7: "IoT?" after the DevOps rate started the IoT check.
    vendor.engine.start(vendor.key)
    vendor.say("what about the devops market rate")
    assert vendor.say("IoT?").text.startswith("IoT Market's commission rate is 0% in every tier")
    assert not vendor.state()["markets"]


@pytest.mark.parametrize("typed", ["?", "这是什么意思", "what does this mean?"])
def test_the_question_on_screen_explained(vendor: Vendor, typed: str) -> None:
    # D20: a bare "?" at a question was declined as outside the guide ("这是什么意思" got the
    # commission rules).
    _at_question(vendor, "服务市场", "experience_years:service")
    reply = vendor.say(typed).text
    # (Round 55, black-box s71 D16: the condition in plain words first.)
    assert reply.startswith(("这一题问的是：", "This question asks whether you meet: "))
    assert vendor.current_question() == "experience_years:service"


def test_a_changed_unmet_condition_sits_under_its_market(vendor: Vendor) -> None:
    # D22: the unmet item stood beside the market's line, "有变化" said twice.
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all({**PASSING, "aftersales_support": "5x8", "team_size": "18"})
    reply = vendor.say("哦不对，售后其实是7*24小时的，我们有值班").text
    assert (
        "  · 安全市场：仍暂不符合入驻条件，现在未满足的是：\n      – 技术及客服团队 18 人" in reply
    )


def test_a_misspelt_tens_word(vendor: Vendor) -> None:
    # D28: "fourty" was no whole number.
    _at_question(vendor, "api", "team_size")
    vendor.say("fourty")
    assert vendor.profile()["team_size"] == 40


def test_the_english_answers_on_file_are_listed_once(vendor: Vendor) -> None:
    # D27: the English summary printed its list again as choices in the console.
    from cli.console import render

    vendor.engine.start(vendor.key)
    vendor.say("check data intelligence market")
    vendor.answer_all()
    reply = vendor.say("could we also join the enterprise app market?")
    assert vendor.step() == "confirm_known"
    shown = render(reply)
    assert shown.count("lawfully registered company") == 1


@pytest.mark.parametrize(
    ("markets", "slot", "typed", "key", "value"),
    [
        # blind_conversations24 c24_46: "actually" inside a negation took the no back.
        (
            "api and data intelligence",
            "bigdata_offering",
            "No, we don't actually sell any big data product yet.",
            "bigdata_offering",
            False,
        ),
        # c24_31: a team of 0 stored for "no separate after-sales team".
        (
            "服务市场和API市场",
            "aftersales_support",
            "没有单独的售后技术服务团队。",
            "aftersales_support",
            "none",
        ),
        # c24_24: the certification's correction went to the legal entity.
        (
            "开发运维市场和新零售市场",
            "agreements_accepted",
            "刚才说错了，我们上个月已经完成了阿里云生态伙伴的资质评估和认证。",
            "ecosystem_certified",
            True,
        ),
    ],
)
def test_blind_conversations24_misses(
    vendor: Vendor, markets: str, slot: str, typed: str, key: str, value: object
) -> None:
    overrides = {"ecosystem_certified": "否"} if key == "ecosystem_certified" else {}
    vendor.engine.start(vendor.key)
    vendor.say(markets)
    for _ in range(40):
        current = vendor.current_question()
        assert current is not None
        if current == slot:
            break
        answers = {**PASSING, **overrides}
        vendor.say(answers.get(current, answers[current.partition(":")[0]]))
    vendor.say(typed)
    assert vendor.profile()[key] == value
    assert "team_size" not in vendor.profile() or vendor.profile()["team_size"] == 25


def test_a_platform_denied_drops_no_market(vendor: Vendor) -> None:
    # c24_45: "…不是阿里云IoT。" at the built-on question dropped the IoT market.
    _at_question(vendor, "只要安全和IoT", "built_on_aliyun")
    vendor.say("没有，我们的物联网方案用的是自建平台，不是阿里云IoT。")
    assert vendor.state()["markets"] == ["security", "iot"]
    assert vendor.profile()["built_on_aliyun"] is False
