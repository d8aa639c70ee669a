"""fix34a (after holdout23's first score, not blind): a real English word is no typo of a
concept's form ("dates" is not "rates"), "licence dates from 2021" states the licence's year,
and a series of questions ("…, …, and …" or 、) has every part answered."""

from __future__ import annotations

import pytest

from bot.answers import answer
from bot.answers.matcher import find_concepts
from bot.answers.questions import question_parts


@pytest.mark.parametrize(
    ("word", "not_read_as"),
    [("dates", "commission"), ("quality", "qualification"), ("there", "contact")],
)
def test_real_word_is_no_typo(word: str, not_read_as: str) -> None:
    typo_of = {"dates": "rates", "quality": "qualify", "there": "where"}[word]
    # The misspelling itself is still read; the real word is not.
    assert find_concepts(f"our {word} question") != find_concepts(f"our {typo_of} question")


def test_typo_still_read() -> None:
    assert find_concepts("what are the comission rates") == find_concepts(
        "what are the commission rates"
    )


def test_licence_dates_from_a_year() -> None:
    text = answer(
        "Registered capital is exactly RMB 100,000 and our licence dates from 2021. Does our "
        "capital meet the requirement of the 基础软件市场?"
    ).text
    assert text.startswith("Yes")
    assert "tier 1" not in text  # no commission rates for "dates"


@pytest.mark.parametrize(
    "question",
    [
        "For the Service Market: how much is the deposit, do I get a receipt, and is it "
        "returned when I leave?",
        "服务市场保证金多少、开不开收据、退出的时候能退吗",
    ],
)
def test_series_of_three_questions_all_answered(question: str) -> None:
    assert len(question_parts(question)) == 3
    text = answer(question).text
    assert "30,000" in text
    assert "receipt" in text or "收据" in text
    assert "refunded" in text or "退回" in text


@pytest.mark.parametrize(
    "question",
    [
        "If we join the API market, do we pay a deposit, and what is the commission?",
        "营业执照、税务登记证都要吗",
        "安全市场要几个人、售后几乘几",
    ],
)
def test_scene_or_one_list_is_not_split_at_commas(question: str) -> None:
    assert len(question_parts(question)) <= 2


@pytest.mark.parametrize(
    "question",
    [
        "签完合同多久能收到保证金收据？",
        "After signing the contracts, how long until we get the deposit receipt?",
    ],
)
def test_receipt_waited_for_after_another_step(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope  # no days given: handed to staff
    assert "收据" in reply.text or "receipt" in reply.text
    assert "合同的期限" not in reply.text


# Round 27 development sets (dev24a/b, written blind, judged on main dc0b115; not blind after).


@pytest.mark.parametrize(
    ("question", "answered", "declined_part"),
    [
        (
            "企业应用类目一个月成交过了50万的话佣金几个点？另外顺便问下，阿里云账号的发票抬头怎么改",
            "3%",
            "2) 抱歉",
        ),
        (
            "我们注册资金30w，执照3年了，想入驻基础软件市场，这两项达标吗？另外ECS镜像怎么打包你能手把手教下吗",
            "都满足",
            "2) 指南没有讲怎么制作 ECS 镜像",
        ),
        (
            "Sept 2020 settlements: API market ¥800k and 安全市场 ¥150k, no distribution. What is "
            "the commission for each? And what VAT rate do we add on top?",
            "15,000",
            "2) Sorry",
        ),
        (
            "hi, finance here. what is the deposite for 安全市场 (Security)? also what does a 4c8g "
            "ECS cost per year right now? need both for the budget sheet",
            "30,000",
            "2) Sorry",
        ),
        (
            "网站建设那个类目，最低那一档平台服务费是百分之几？顺便问下国际站那边能不能同步上架",
            "20%",
            "2) 抱歉",
        ),
        (
            "签合同那一步要签哪两份协议？另外合同里有几条我们法务想改，能改吗",
            "《云市场协议》",
            "2) 抱歉",
        ),
    ],
)
def test_guide_part_answered_beside_an_outside_part(
    question: str, answered: str, declined_part: str
) -> None:
    reply = answer(question)
    assert reply.text.startswith("1) ")
    assert answered in reply.text.split("2) ")[0]
    assert declined_part in reply.text


def test_team_in_devs_is_judged() -> None:
    text = answer(
        "We are a small startup: 3 devs, capital ¥100,000 even, license since March 2023. Is the "
        "Basic Software market possible for us?"
    ).text
    assert text.startswith("No")
    assert "3 people does NOT meet it" in text


@pytest.mark.parametrize(
    "question",
    ["佣金第2档和第3档分别对应多少交易额？", "What amounts do tier 2 and tier 3 correspond to?"],
)
def test_tier_amounts_asked(question: str) -> None:
    text = answer(question).text
    assert ("20万" in text or "200,000" in text) and ("50万" in text or "500,000" in text)
    assert text.index("20") < 120


@pytest.mark.parametrize(
    "question",
    [
        "Please withdraw our 零售通 application and submit a new one for the Security market on our behalf.",
        "帮我们把零售通的申请撤回，改成安全市场",
        "how to open port 443 in ECS security group? our marketplace image needs it",
    ],
)
def test_actions_and_server_setup_declined(question: str) -> None:
    assert answer(question).out_of_scope


def test_social_insurance_doc_named() -> None:
    assert (
        "social insurance payment statement"
        in answer("what social insurance doc exactly? HR asks which form to export").text
    )


@pytest.mark.parametrize(
    "question",
    [
        "security category: Oct 2020 sold 15w, Nov 2020 sold 40w. total platform fee for the 2 months?",
        "Security market: October 2020 sales 150k, November 2020 sales 400k. Total commission for both months?",
    ],
)
def test_two_months_with_their_year_each(question: str) -> None:
    text = answer(question).text
    assert text.startswith("Commission: Oct 15,000 yuan, Nov 20,000 yuan; total 35,000 yuan.")
    assert "2,020" not in text


def test_how_many_steps_from_first_to_last() -> None:
    assert answer(
        "how many steps total in onboarding flow, from account to shop open?"
    ).text.startswith("Joining takes 7 steps")


def test_ticket_text_quoted_is_judged_not_looked_up() -> None:
    reply = answer(
        "工单W2611280031里问题描述我写的是“已缴纳保证金叁万元”，但我们同时入驻了API和服务两个市场，是不是写错了？"
    )
    assert not reply.out_of_scope
    assert "陆万" in reply.text


def test_credit_code_is_no_capital() -> None:
    text = answer(
        "licence issued 2019-05-20, USCC 91330106MA27XXXX8K. for 安全市场 is licence age ok?"
    ).text
    assert "91,330,106" not in text
    assert "meets it" in text


def test_discount_policy_dates_not_negotiation() -> None:
    text = answer("佣金打折的优惠政策，有效期是哪天到哪天？").text
    assert "2016年11月17日" in text.split("。")[0]
    assert "协商" not in text


@pytest.mark.parametrize(
    "question",
    ["审核通过了！接下来是先交钱还是先签合同？", "接下来是先交钱还是先签合同？"],
)
def test_sign_before_pay_compared(question: str) -> None:
    assert answer(question).text.startswith("先签署云市场合同（第4步），后缴纳保证金（第5步）")


def test_guarantee_to_buyers_first() -> None:
    assert answer(
        "建站市场对买家有啥服务保障要求？比如做网站做一半客户不满意怎么办"
    ).text.startswith("客户在制作过程中不满意可全额退款")


def test_deposit_row_amount_for_named_market() -> None:
    assert answer(
        "只入驻建站市场，保证金页面里通用保证金那行“所需缴纳费用”显示个“-”，到底该充多少？"
    ).text.startswith("建站市场：在“阿里云通用保证金”那行充 3万元（30,000元）（大写叁万）")


def test_quarter_year_is_no_amount() -> None:
    text = answer(
        "We are doing Q1 2027 pricing. Is the commission discount policy (平台服务费减免) still in effect now?"
    ).text
    assert "2,027" not in text
    assert "2021-03-31" in text


def test_anything_blocking_is_yes_when_a_condition_fails() -> None:
    text = answer(
        "Security startup: license dated 2025-01-10, capital ¥3M, 7x24 support, 1 yr security "
        "experience. Is anything blocking us for the Security market (安全市场)?"
    ).text
    assert "yes, that would stop you" in text.split("\n")[0]


def test_deposit_paid_what_is_left() -> None:
    assert answer(
        "Deposit paid. What do we still have to do before the store opens?"
    ).text.startswith("After step 5 (Pay the deposit) comes step 6: File a ticket")


def test_industry_aspect_judged_first() -> None:
    text = answer(
        "我们是做物流行业SaaS的，注册资金300万，执照2019年的，解决方案市场行业这一条符合吗"
    ).text
    first, second = text.split("\n")[:2]
    assert "满足" in first and "不" not in first
    assert "行业" in second


def test_market_offering_asked_in_english_gets_its_description() -> None:
    reply = answer("Does the API market provide metering and billing?")
    assert reply.topic == "computed.scope"
    assert "metering and billing" in reply.text
    # A cloud product's own API is no question about the API market.
    assert answer("How do I integrate the Alibaba Cloud SMS API into my product?").out_of_scope


def test_money_back_promise_said_once() -> None:
    text = answer(
        "Does the Website Building Market give customers their money back if they are unhappy?"
    ).text
    assert text.startswith("Yes. A full refund")
    assert "Yes: the guide's description" not in text


def test_review_passed_then_two_steps_compared() -> None:
    assert answer("审核过了！！接下来是先交钱还是先签合同").text.startswith(
        "先签署云市场合同（第4步），后缴纳保证金（第5步）"
    )


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "What happens to our deposit if we break the rules?",
            "Under the guide's rule it is not refunded",
        ),
        ("违规了保证金会怎么样？", "按指南的规定不会退回"),
        ("If we violate the rules, is the deposit refunded?", "No, not under the guide's rule"),
    ],
)
def test_deposit_after_a_violation(question: str, opening: str) -> None:
    assert answer(question).text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "How do I reset my Alibaba Cloud account password?",
        "我们想在云市场做广告投放，怎么收费？",
    ],
)
def test_account_and_advertising_declined(question: str) -> None:
    assert answer(question).out_of_scope


def test_pre_charge_said_as_a_noun_is_no_month_total() -> None:
    text = answer(
        "If our tier 1 pre-charge was 20,000 and the month ended at 300k in security, how much "
        "comes back?"
    ).text
    assert "month total 300,000 yuan" in text
    assert "15,000" in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "新零售覆盖几个核心行业？",
            "新零售市场覆盖七大核心行业：服饰、快消、消费电子、美家、新商业、新餐饮、新旅游。",
        ),
        (
            "new retail (新零售) market targets which core industries? sales team asking",
            "The New Retail Market covers 7 core industries: apparel,",
        ),
    ],
)
def test_description_list_asked_comes_first(question: str, opening: str) -> None:
    assert answer(question).text.startswith(opening)


def test_list_asked_beside_a_condition_keeps_both() -> None:
    text = answer("新零售覆盖几个核心行业？新零售市场执照要满几年？").text
    assert text.startswith("新零售市场覆盖七大核心行业")
    assert "营业执照满 2 年" in text
