"""Round 52 (session 57): the black-box reading s66 (docs/evaluation/black_box_s66/report.md,
11 defects, 1 high) on round 51's final code, its defects mended with the tester's own lines."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.names import markets_in_question
from tests.bot.conversation.conftest import PASSING, TICKET, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

# The day the answer questions are asked on (any day after the policy period).
TODAY_ANSWERS = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "markets"),
    [
        # D1 (high): read as a bad date, five turns in a row.
        (
            "hmm actually forget enterprise apps, we'd rather do IoT market instead",
            ["website", "iot"],
        ),
        ("actually scratch enterprise apps, IoT market instead", ["website", "iot"]),
        ("forget enterprise apps, let's do IoT instead", ["website", "iot"]),
    ],
)
def test_a_market_swapped_mid_form_in_a_sentence(
    vendor: Vendor, said: str, markets: list[str]
) -> None:
    _at_question(vendor, "website building and enterprise apps", "license_date")
    reply = vendor.say(said).text
    assert "not a date" not in reply
    assert vendor.state()["markets"] == markets


@pytest.mark.parametrize("said", ["don't forget the IoT market too", "we want the IoT market too"])
def test_a_market_added_mid_form_keeps_the_others(vendor: Vendor, said: str) -> None:
    _at_question(vendor, "website building and enterprise apps", "license_date")
    vendor.say(said)
    assert vendor.state()["markets"] == ["website", "enterprise", "iot"]


@pytest.mark.parametrize("said", ["I forget the exact date", "I forgot"])
def test_i_forget_is_not_known(vendor: Vendor, said: str) -> None:
    _at_question(vendor, "website building", "license_date")
    reply = vendor.say(said).text
    assert reply.startswith("Recorded as unknown: business license date.")
    assert "license_date" not in vendor.profile()


def test_a_day_first_date_in_a_sentence(vendor: Vendor) -> None:
    # D2: "our license is from 15/06/2023" was "not a date" (15/06/2023 alone was read).
    _at_question(vendor, "website building", "license_date")
    vendor.say("our license is from 15/06/2019")
    assert vendor.profile()["license_date"] == "2019-06-15"


def test_an_ambiguous_day_first_date_in_a_sentence_is_not_guessed(vendor: Vendor) -> None:
    _at_question(vendor, "website building", "license_date")
    vendor.say("our license is from 05/06/2019")
    assert "license_date" not in vendor.profile()


@pytest.mark.parametrize(
    ("first", "said", "head"),
    [
        # D3: a check of the three markets started.
        (
            "How much deposit do I need for API and Service markets?",
            "and for retail link + security + IoT?",
            "Deposit for Retail Link Market + Security Market + IoT Market: 110,000 yuan",
        ),
        (
            "How much deposit do I need for API and Service markets?",
            "what about retail link, security and IoT?",
            "Deposit for Retail Link Market + Security Market + IoT Market: 110,000 yuan",
        ),
        (
            "How much deposit do I need for API and Service markets?",
            "and for security?",
            "Deposit for Security Market: 30,000 yuan",
        ),
        (
            "API和服务市场保证金多少",
            "那零售通和安全市场呢？",
            "入驻零售通市场、安全市场需缴纳保证金共 8万元",
        ),
        ("API市场保证金多少", "那零售通呢", "入驻零售通市场需缴纳保证金共 5万元"),
    ],
)
def test_markets_asked_after_a_deposit_answer_get_their_deposit(
    vendor: Vendor, first: str, said: str, head: str
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(first)
    assert vendor.say(said).text.startswith(head)
    assert vendor.step() != "question"


@pytest.mark.parametrize(
    ("said", "head"),
    [
        # D4: declined as outside the guide (the Chinese follow-up worked).
        ("and what if we did the same in march 2022?", "2022-03 is outside the guide's commission"),
        ("what if we sold the same in Jan 2021?", "Commission: 15,000 yuan (tier 3, 3%)."),
    ],
)
def test_the_same_sales_in_another_month(vendor: Vendor, said: str, head: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(
        "we did 600k in Security in Feb 2021, 100k of it via distribution. how much commission?"
    )
    assert vendor.say(said).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "market"),
    [
        (
            "we did 600k in Security in Feb 2021, 100k of it via distribution. how much commission?",
            ["security"],
        ),
        ("we made 300k in website building in March 2020, commission?", ["website"]),
        ("we have security in place since 2019", []),
    ],
)
def test_a_loose_market_name_between_sales_and_their_month(
    question: str, market: list[str]
) -> None:
    assert markets_in_question(question) == market


def test_alibaba_cloud_said_of_websites_is_no_iot_answer(vendor: Vendor) -> None:
    # D5: IoT judged eligible on "以阿里云IoT产品为依托" from an answer about websites.
    _at_question(vendor, "website building and IoT", "social_insurance_proof")
    reply = vendor.say("yes all our sites run on alibaba cloud").text
    assert reply.startswith("I have not noted that one: the IoT Market asks")
    assert "built_on_aliyun" not in vendor.profile()
    assert vendor.current_question() == "social_insurance_proof"


def test_alibaba_cloud_iot_said_at_another_question_is_kept(vendor: Vendor) -> None:
    _at_question(vendor, "website building and IoT", "social_insurance_proof")
    vendor.say("yes, all our products are built on alibaba cloud IoT platform")
    assert vendor.profile().get("built_on_aliyun") is True


def _failed_security_check(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("我们想入驻安全市场")
    vendor.answer_all({**PASSING, "registered_capital": "80万"})
    assert vendor.verdicts() == {"security": "not_eligible"}


@pytest.mark.parametrize(
    "said", ["那我要怎么才能符合", "要怎么做才能满足", "what do we need to change to qualify?"]
)
def test_how_to_qualify_after_a_failed_check_names_what_fails(vendor: Vendor, said: str) -> None:
    # D6: the 7 joining steps and the document's typography legend.
    _failed_security_check(vendor)
    reply = vendor.say(said).text
    assert "100" in reply and ("注册资金 80万元" in reply or "80" in reply)
    assert "通用约定" not in reply and "7步" not in reply


@pytest.mark.parametrize(
    ("said", "head"),
    [
        # D7: every market's capital rule answered.
        ("我之前填的注册资金是多少", "您之前的回答：注册资金 = 80万元"),
        ("我刚才填的人数是几个", "您之前的回答：技术及客服团队人数（公司社保）"),
    ],
)
def test_my_own_answer_asked_back(vendor: Vendor, said: str, head: str) -> None:
    _failed_security_check(vendor)
    assert vendor.say(said).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # D8: "No, it is not charged in brackets" to a question whose right answer is yes.
        (
            "so the 3% applies to the whole 500k, not just the part above 500k?",
            "Yes, the whole amount: the month's total picks one tier",
        ),
        ("is it progressive, like 10% on the first 200k?", "No, it is not charged in brackets"),
        ("佣金是整体按3%算，还是超出部分按3%？", "不是分段计算"),
        ("是不是前20万按10%、后面按5%", "不是分段计算"),
    ],
)
def test_the_whole_amount_asked_gets_a_yes(question: str, head: str) -> None:
    from bot.answers import answer

    assert answer(question, today=TODAY_ANSWERS).text.startswith(head)


@pytest.mark.parametrize(
    ("markets", "lines", "said", "name", "qid"),
    [
        # D9: "change Basic Software Market: years of experience in the market's line of business".
        (
            "basic software",
            {},
            "i don't know",
            "change experience Basic Software Market",
            "experience_years:software",
        ),
        ("安全市场", {}, "不知道", "修改 注册资金", "registered_capital"),
    ],
)
def test_an_unknown_answer_names_a_short_change_command(
    vendor: Vendor, markets: str, lines: dict[str, str], said: str, name: str, qid: str
) -> None:
    _at_question(vendor, markets, qid)
    reply = vendor.say(said).text
    assert f"“{name}”" in reply or f'"{name}"' in reply
    vendor.say(name)
    assert vendor.current_question() == qid


@pytest.mark.parametrize(
    ("question", "offer", "markets"),
    [
        # D10: the steps, then every market's menu; 零售通 typed again.
        (
            "零售通怎么入驻",
            "要检查零售通市场的入驻条件吗？回复“是”开始（零售通市场的保证金为 50,000 元）",
            ["retail_link"],
        ),
        (
            "how do we join the IoT market?",
            "Shall I check the entry conditions of the IoT Market?",
            ["iot"],
        ),
    ],
)
def test_how_to_join_one_market_offers_its_check(
    vendor: Vendor, question: str, offer: str, markets: list[str]
) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say(question).text
    assert "7" in reply and offer in reply
    vendor.say("是" if offer.startswith("要") else "yes")
    assert vendor.state()["markets"] == markets


@pytest.mark.parametrize("said", ["1年", "有", "不知道"])
def test_answers_typed_ahead_at_the_summary_are_told_what_it_waits_for(
    vendor: Vendor, said: str
) -> None:
    # D11: "没能理解这个回答" three times, no hint.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("加数据智能")
    assert vendor.step() == "confirm_known"
    reply = vendor.say(said).text
    assert reply.startswith("这里先确认您之前的回答：没问题请回复“继续”（或 1）")
    assert vendor.step() == "confirm_known"


@pytest.mark.parametrize(
    ("said", "head"),
    [
        # Review 57 R7: their deposit, though their conditions were asked.
        ("那安全市场和物联网市场的入驻条件呢？", "共同的条件："),
        ("那零售通和安全市场呢？", "入驻零售通市场、安全市场需缴纳保证金共 8万元"),
    ],
)
def test_a_follow_up_naming_its_own_topic_is_not_the_deposit(
    vendor: Vendor, said: str, head: str
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("API市场和服务市场保证金多少")
    assert head in vendor.say(said).text


def test_the_rule_asked_beside_an_answer_is_the_rule(vendor: Vendor) -> None:
    # Review 57 R8: "我们填的注册资金要多少才够" read as "what did I fill in".
    _at_question(vendor, "建站市场", "license_date")
    reply = vendor.say("我们填的注册资金要多少才够？").text
    assert reply.startswith("建站市场要求：注册资金不低于 100万元")


@pytest.mark.parametrize(
    "question", ["零售通保证金怎么申请退回？", "建站市场的保证金怎么进行缴纳？"]
)
def test_a_money_question_naming_a_market_offers_no_check(vendor: Vendor, question: str) -> None:
    # Review 57 N1: "要检查零售通市场的入驻条件吗？" after a deposit refund question.
    vendor.engine.start(vendor.key)
    assert "要检查" not in vendor.say(question).text


def test_a_few_dozen_is_asked_as_a_number(vendor: Vendor) -> None:
    # blind_conversations33 c33_59: "a few dozen" employees stored as 12.
    _at_question(vendor, "Retail Link only.", "employees")
    reply = vendor.say("a few dozen").text
    assert reply.startswith('"a few dozen": how many exactly?')
    assert "employees" not in vendor.profile()


# ----- black-box s67 (docs/evaluation/black_box_s67/report.md) --------------------------------


def test_a_market_dropped_after_its_check_leaves_the_ticket(vendor: Vendor) -> None:
    # D1 (high): 物联网 stayed eligible and on the ticket at 陆万.
    vendor.engine.start(vendor.key)
    vendor.say("解决方案市场和物联网市场")
    vendor.answer_all({**PASSING, "industry": "物流"})
    assert vendor.verdicts() == {"iot": "eligible", "solution": "eligible"}
    vendor.say("物联网先不做了，换成数据智能市场看看")
    assert vendor.verdicts() == {"solution": "eligible"}
    vendor.say("取消")
    assert "解决方案市场 起草转财务工单（保证金 30,000 元）" in vendor.say("生成工单").text


def test_a_market_replaced_at_the_review(vendor: Vendor) -> None:
    # D2 (high): API dropped, 零售通 never added.
    vendor.engine.start(vendor.key)
    vendor.say("保证金我已经交了，帮我写下工单")
    vendor.say("API、服务、安全")
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    reply = vendor.say("API那个不要了，换成零售通").text
    assert "已更正：工单市场 = 服务市场、安全市场、零售通市场（保证金 110,000 元）" in reply


def test_a_market_dropped_while_the_ticket_is_typed(vendor: Vendor) -> None:
    # D3: "not an account".
    vendor.engine.start(vendor.key)
    vendor.say("解决方案市场和物联网市场")
    vendor.answer_all({**PASSING, "industry": "物流"})
    vendor.say("生成工单")
    reply = vendor.say("物联网不要，只要解决方案").text
    assert reply.startswith("已更正：工单市场 = 解决方案市场（保证金 30,000 元）")
    assert vendor.state()["ticket_markets"] == ["solution"]


def test_the_deposit_now_is_of_the_markets_found_eligible(vendor: Vendor) -> None:
    # D5: the market just failed priced.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场")
    vendor.answer_all()
    vendor.say("加建站市场")
    vendor.say("继续")
    vendor.answer_all({**PASSING, "experience_years": "1.5年"})
    assert vendor.verdicts() == {"service": "eligible", "website": "not_eligible"}
    assert vendor.say("那我现在要交多少保证金").text.startswith("入驻服务市场需缴纳保证金共 3万元")


def test_whether_a_checked_market_still_counts(vendor: Vendor) -> None:
    # D6: its check started again.
    vendor.engine.start(vendor.key)
    vendor.say("解决方案市场")
    vendor.answer_all({**PASSING, "industry": "物流"})
    vendor.say("加数据智能市场")
    vendor.say("继续")
    vendor.answer_all({**PASSING, "experience_years": "0.5年"})
    reply = vendor.say("那解决方案市场还算吗？保证金要交多少").text
    assert reply.startswith("✅ 解决方案市场：符合入驻条件")
    assert "30,000 元（大写：叁万元）" in reply
    assert vendor.step() == "verdict"


@pytest.mark.parametrize(
    "said", ["那明天再来就满一年了是吧", "成立时间要超过一年，那我们明天就够了吗"]
)
def test_tomorrow_asked_of_a_founding_a_day_short(vendor: Vendor, said: str) -> None:
    # D7: "没能理解" / every market's licence rule.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all({**PASSING, "license_date": "2023-05-01", "registered_capital": "200万"})
    assert vendor.verdicts() == {"retail_link": "not_eligible"}
    assert vendor.say(said).text.startswith("按您现在的回答，到 2024-05-02 的检查结果")


def test_what_an_answer_should_be_after_the_check(vendor: Vendor) -> None:
    # D11: read as "all 11 markets except IoT".
    vendor.engine.start(vendor.key)
    vendor.say("IoT market")
    vendor.answer_all()
    reply = vendor.say("oops, the alibaba IoT one should be no, we are on our own servers").text
    assert reply.startswith("Corrected: built on Alibaba Cloud products = no")
    assert vendor.verdicts() == {"iot": "not_eligible"}


def test_a_head_count_after_hiring(vendor: Vendor) -> None:
    # D13: "I did not understand that answer".
    vendor.engine.start(vendor.key)
    vendor.say("security market")
    vendor.answer_all({**PASSING, "team_size": "18"})
    reply = vendor.say("actually we hired 3 more engineers last month, so its 21 now").text
    assert reply.startswith("Corrected: tech + customer-service team size = 21")
    assert vendor.verdicts() == {"security": "eligible"}


def test_a_login_with_a_remark_at_the_review(vendor: Vendor) -> None:
    # D14: refused as no login.
    vendor.engine.start(vendor.key)
    vendor.say("I paid the deposit, please draft the ticket")
    vendor.say("API")
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    vendor.say("also the account is webpro_2020 with underscore, sorry")
    assert vendor.state()["ticket_fields"]["account"] == "webpro_2020"


def test_ending_in_a_sentence_at_the_answers_on_file(vendor: Vendor) -> None:
    # D15: the list again.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("加数据智能")
    assert vendor.say("不是，我是想结束").text.startswith("已取消当前流程")


def test_ending_in_a_sentence_at_the_menu(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场的条件是什么")
    assert vendor.say("算了先不看了").text.startswith("不客气，再见")


def test_the_markets_checked_after_the_data_was_deleted(vendor: Vendor) -> None:
    # Black-box s67 D22: all twelve markets listed.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("删除我的数据")
    vendor.say("是")
    reply = vendor.say("hi again, what markets did I check before?").text
    assert reply.startswith("I have no earlier check of yours on file")


def test_a_question_then_the_answer(vendor: Vendor) -> None:
    # Black-box s67 D20: the 3 years kept, "服务经验算什么" ignored.
    _at_question(vendor, "api", "experience_years:api")
    reply = vendor.say("服务经验算什么？我们做接口服务三年了").text
    assert reply.startswith("API市场要求：一年以上的服务经验。")
    assert vendor.profile()["experience_years"] == {"api": 3}
