"""Round 40 (session 45): what a black-box tester, playing twelve vendors in the console without
seeing the code, found wrong (docs/ANSWERS.md "Black-box round 40"). Each test is one defect's
class, in our own wordings beside the tester's."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, TICKET, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

# ----- D3: sentences that are no answer are never stored as 是 -------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "我们上个月建站卖了30万，有5万是分销的，佣金要交多少",
        "保证金是交到哪个账户的，我们先了解一下",
        "不不，我们已经通过审核了",
        "no no, we're already approved. I just need the ticket text",
        "审核已经通过了，现在要交保证金",
    ],
)
def test_a_question_or_the_process_s_place_at_a_yes_no_question_stores_nothing(
    vendor: Vendor, typed: str
) -> None:
    vendor.say("API市场")
    assert vendor.current_question() == "legal_entity"
    vendor.say(typed)
    assert "legal_entity" not in vendor.profile()
    assert vendor.current_question() == "legal_entity"


@pytest.mark.parametrize("typed", ["we do 9 to 6 on weekdays", "周一到周五9点到6点"])
def test_service_hours_at_a_yes_no_question_are_no_yes(vendor: Vendor, typed: str) -> None:
    _at_question(vendor, "API market", "social_insurance_proof")
    vendor.say(typed)
    assert "social_insurance_proof" not in vendor.profile()


@pytest.mark.parametrize("typed", ["没有", "否", "no", "不能提供"])
def test_a_plain_no_still_answers_the_yes_no_question(vendor: Vendor, typed: str) -> None:
    _at_question(vendor, "API market", "social_insurance_proof")
    vendor.say(typed)
    assert vendor.profile()["social_insurance_proof"] is False


# ----- D4: people counted in a correction are the team's size ---------------------------------


@pytest.mark.parametrize(
    ("typed", "size"),
    [("还有社保的人其实只有19个", 19), ("交社保的其实只有18人", 18)],
)
def test_people_counted_in_a_correction_are_the_team_size(
    vendor: Vendor, typed: str, size: int
) -> None:
    vendor.say("服务市场")
    vendor.answer_all()
    reply = vendor.say(typed)
    assert vendor.profile()["team_size"] == size
    assert vendor.profile()["social_insurance_proof"] is True
    # The verdict that changed says why.
    assert "暂不符合入驻条件" in reply.text and "20 人" in reply.text


def test_a_staff_count_named_as_such_stays_the_staff_count(vendor: Vendor) -> None:
    vendor.say("零售通")
    vendor.answer_all()
    vendor.say("员工人数说错了，是6个人")
    assert vendor.profile()["employees"] == 6


# ----- D5 / D9 / D10 / D20: the ticket, as people fill and fix it ----------------------------


def _at_ticket_review(vendor: Vendor) -> None:
    vendor.say("API市场")
    vendor.answer_all()
    vendor.say("生成工单")
    vendor.say(
        "账号 erp_cloud，公司 上海云启信息技术有限公司，地址 上海市徐汇区宜山路700号，"
        "联系人 陈静，电话 021-64851234"
    )
    assert vendor.step() == "ticket_review"


def test_the_five_fields_on_one_line_with_labels_and_no_colons_are_split(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    fields = vendor.state()["ticket_fields"]
    assert fields == {
        "account": "erp_cloud",
        "company": "上海云启信息技术有限公司",
        "address": "上海市徐汇区宜山路700号",
        "contact": "陈静",
        "phone": "021-64851234",
    }


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [
        ("电话改成0571-88886666", "phone", "0571-88886666"),
        ("地址写错了，应该是杭州市文三路199号，其他不变", "address", "杭州市文三路199号"),
        ("联系人应该是李伟，不是陈静", "contact", "李伟"),
        ("the contact should be Li Wei, not Emily", "contact", "Li Wei"),
        ("change the phone to 13800138000", "phone", "13800138000"),
    ],
)
def test_a_field_corrected_in_words_at_the_review(
    vendor: Vendor, typed: str, field: str, value: str
) -> None:
    _at_ticket_review(vendor)
    reply = vendor.say(typed)
    assert vendor.state()["ticket_fields"][field] == value
    assert vendor.step() == "ticket_review"
    assert value in reply.text


def test_a_bad_value_in_a_correction_is_refused_and_the_old_kept(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    reply = vendor.say("电话改成555-1234")
    assert "区号" in reply.text
    assert vendor.state()["ticket_fields"]["phone"] == "021-64851234"


def test_the_markets_of_the_ticket_are_changed_at_its_review(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    vendor.say("修改 市场")
    assert vendor.step() == "ticket_markets"
    reply = vendor.say("API和数据智能")
    assert "入驻云市场已缴纳保证金陆万元，请转财务" in reply.text
    # The fields typed before are kept.
    assert vendor.state()["ticket_fields"]["contact"] == "陈静"


@pytest.mark.parametrize("typed", ["ok", "好", "没问题", "looks good"])
def test_a_plain_ok_confirms_the_ticket(vendor: Vendor, typed: str) -> None:
    _at_ticket_review(vendor)
    vendor.say(typed)
    assert vendor.tickets()[-1]["status"] == "final"


# ----- D12: a market found eligible earlier stays in the ticket ------------------------------


def test_a_second_market_checked_keeps_the_first_in_the_ticket(vendor: Vendor) -> None:
    vendor.say("解决方案市场")
    vendor.answer_all()
    vendor.say("企业应用市场")
    vendor.say("继续")  # the answers on file are used
    vendor.answer_all()
    reply = vendor.say("生成工单")
    assert set(vendor.state()["ticket_markets"]) == {"solution", "enterprise"}
    assert "60,000" in reply.text


# ----- D1 / D2: questions naming a market are answered, not a walk-through --------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("那建站市场现在抽几个点", "20%"),
        ("新零售市场的佣金比例", "不在佣金费率表中"),
        ("2020年10月 建站 100万 其中40万分销", "6万元"),
        ("website building, Jan 2021, 100,000 yuan, no distribution", "Commission: 20,000"),
        ("佣金是整体按一个比例还是分段累进算的", "不是分段"),
        ("分销订单算不算档位", "计入"),
    ],
)
def test_a_commission_question_at_the_market_menu_is_answered(
    vendor: Vendor, typed: str, said: str
) -> None:
    reply = vendor.say(typed)
    assert said in reply.text
    assert vendor.step() in ("idle", "choose_markets")
    assert vendor.profile() == {}


def test_a_market_alone_still_starts_its_walk_through(vendor: Vendor) -> None:
    vendor.say("建站市场")
    assert vendor.current_question() == "legal_entity"


# ----- D6 / D7: the next step, asked bare, in both languages ----------------------------------


def test_then_what_in_english_follows_the_steps(vendor: Vendor) -> None:
    vendor.say("how do I do the real-name verification")
    assert "comes step 3" in vendor.say("and then?").text
    assert "comes step 4" in vendor.say("then what").text
    assert "comes step 5" in vendor.say("what comes after that").text
    assert "step-6 ticket" in vendor.say("next").text


def test_chinese_follow_ups_keep_the_chain(vendor: Vendor) -> None:
    vendor.say("实名认证怎么做")
    for number in (3, 4, 5, 6):
        typed = {3: "然后呢", 4: "再然后呢", 5: "接下来呢", 6: "下一步"}[number]
        assert f"之后是第{number}步" in vendor.say(typed).text


# ----- D13: why a market is not met, asked after the verdict --------------------------------


@pytest.mark.parametrize("typed", ["为什么不符合", "看下结果", "结果", "why not?"])
def test_why_not_shows_the_unmet_condition(vendor: Vendor, typed: str) -> None:
    vendor.say("服务市场")
    vendor.answer_all({**PASSING, "registered_capital": "99万"})
    reply = vendor.say(typed)
    assert "注册资金 99万元，低于 100万元" in reply.text or "below" in reply.text


# ----- D16 / D21: language asked in words; thanks closes the talk ---------------------------


@pytest.mark.parametrize(
    ("typed", "lang"),
    [("请用英文回复我", "en"), ("english pls", "en"), ("切回中文", "zh"), ("说中文", "zh")],
)
def test_a_language_asked_in_words(vendor: Vendor, typed: str, lang: str) -> None:
    vendor.say("hello")
    vendor.say(typed)
    assert vendor.state()["lang"] == lang


@pytest.mark.parametrize("typed", ["好的谢谢", "谢谢，先这样", "ok thanks, that's all"])
def test_thanks_after_the_verdict_closes_politely(vendor: Vendor, typed: str) -> None:
    vendor.say("API市场")
    vendor.answer_all()
    reply = vendor.say(typed)
    assert "没能理解" not in reply.text and "did not understand" not in reply.text
    assert "不客气" in reply.text or "welcome" in reply.text


# ----- D22 / D30 / D31: the words around --------------------------------------------------


def test_a_question_after_cancel_is_not_taken_back_to_a_menu(vendor: Vendor) -> None:
    vendor.say("API市场")
    vendor.say("取消")
    reply = vendor.say("保证金多少")
    assert "我们回到刚才的问题" not in reply.text
    assert "30,000" in reply.text


def test_the_answers_on_file_are_numbered_from_one(vendor: Vendor) -> None:
    vendor.say("API市场")
    vendor.answer_all()
    reply = vendor.say("安全市场")
    assert "1. 继续" in reply.text
    assert reply.text.index("1. 继续") < reply.text.index("2. ")


def test_the_ticket_fixture_is_still_what_the_form_takes(vendor: Vendor) -> None:
    # The pasted fixture of older tests (labels with colons) is still read in one go.
    vendor.say("API市场")
    vendor.answer_all()
    vendor.say("生成工单")
    vendor.say("，".join(f"{label}：{TICKET[name]}" for name, label in (
        ("account", "阿里云账号"), ("company", "公司名称"), ("address", "快递地址"),
        ("contact", "联系人"), ("phone", "电话"),
    )))  # fmt: skip
    assert vendor.step() == "ticket_review"


# ----- D8 / D11: markets changed in a sentence; a ticket asked with its markets ---------------


def test_a_market_swapped_in_a_sentence_mid_form(vendor: Vendor) -> None:
    vendor.say("企业应用市场")
    vendor.say("是")
    vendor.say("算了我们还是想先看解决方案市场，企业应用先不看了")
    assert vendor.state()["markets"] == ["solution"]


def test_a_market_added_mid_form(vendor: Vendor) -> None:
    vendor.say("security market")
    vendor.say("yes")
    vendor.say("also add the API market please")
    assert sorted(vendor.state()["markets"]) == ["api", "security"]


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("生成工单 API和零售通", "80,000"), ("draft ticket for IoT and Data Intelligence", "60,000")],
)
def test_a_ticket_asked_with_its_markets_starts_the_ticket(
    vendor: Vendor, typed: str, amount: str
) -> None:
    reply = vendor.say(typed)
    assert vendor.step() == "ticket_field"
    assert amount in reply.text


# ----- D14 / D24: a condition's term asked, unquoted -----------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("联合解决方案是啥意思", "联合解决方案、SaaS化上云改造"),
        ("营销策划是指什么", "营销策划能力"),
    ],
)
def test_a_condition_s_term_asked_is_the_condition_s_sentence(
    vendor: Vendor, typed: str, said: str
) -> None:
    reply = vendor.say(typed)
    assert said in reply.text and "指南没有更多解释" in reply.text
    assert vendor.profile() == {}


# ----- D19: a missing answer supplied in words after the verdict ----------------------------


@pytest.mark.parametrize(
    "typed",
    ["HR confirmed we can provide the social insurance statement", "社保缴费表可以提供"],
)
def test_a_missing_answer_given_in_words_after_the_verdict(vendor: Vendor, typed: str) -> None:
    vendor.say("API市场")
    vendor.answer_all({**PASSING, "social_insurance_proof": "不知道"})
    assert vendor.verdicts()["api"] == "incomplete"
    vendor.say(typed)
    assert vendor.profile()["social_insurance_proof"] is True
    assert vendor.verdicts()["api"] == "eligible"


# ----- D25: "多少钱" right after the ticket is that ticket's deposit --------------------------


def test_how_much_after_the_ticket_is_its_deposit(vendor: Vendor) -> None:
    _at_ticket_review(vendor)
    vendor.say("确认")
    reply = vendor.say("多少钱")
    assert "30,000" in reply.text and "不在云市场服务商入驻指南的范围内" not in reply.text
