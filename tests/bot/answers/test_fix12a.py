"""Round 12 answer routing, facts and declines: each class with paraphrases of our own that the
old code got wrong (holdout11's judged misses, fixed as classes)."""

from __future__ import annotations

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    "question",
    [
        "Has our commission refund arrived yet? Can you check?",
        "麻烦帮我查一下我们的保证金是不是已经退回了",
        "Can you check whether our company passed real-name verification?",
        "上个月多收的佣金返还了没有，帮忙看下",
    ],
)
def test_a_look_up_of_the_vendors_own_money_or_verification_is_handed_off(question: str) -> None:
    """Whether a refund arrived or a verification passed is in the vendor's own records: the
    whole message is declined with a hand-off, not split into a guide answer per sentence."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "多收的佣金返还到哪个账户？",
        "Is the deposit refunded to our bank account or our balance?",
        "保证金退到哪里？银行卡还是余额",
        "Where will the commission rebate be credited — bank account or Alibaba Cloud balance?",
    ],
)
def test_where_a_refund_is_paid_to_is_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "What are the best-selling categories?",
        "哪些类目最畅销？",
        "现在云市场上什么产品卖得最好",
        "Which markets have the top-selling products?",
    ],
)
def test_sales_figures_are_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "平台对新入驻的服务商有营销补贴吗",
        "Are there ad credits for new sellers?",
        "新商家入驻有没有推广金或者广告金？",
        "Does the marketplace give newly joined vendors any marketing subsidies?",
    ],
)
def test_marketing_subsidies_are_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "入驻以后最短合作期限是多久？",
        "合作满多久才能退出？",
        "Is there a lock-in period?",
        "What's the minimum contract term before we can leave?",
    ],
)
def test_a_minimum_cooperation_period_is_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "基础软件市场的售后要提供多长时间的服务",
        "How long must after-sales support be provided for the Security market?",
        "安全市场客服要在线多久",
        "解决方案市场售后服务时长是多少",
    ],
)
def test_how_long_of_a_markets_support_is_its_hours(question: str) -> None:
    """ "售后要提供多长时间" asks the market's 5*8 / 7*24 condition, which the guide gives; it is
    no joining step's duration to decline."""
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "5×8" in reply.text or "7×24" in reply.text or "7x24" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "零售通主要给什么客户服务",
        "Which customers does the Retail Link market serve?",
        "零售通市场主要给哪类客户提供服务",
        "零售通市场是给哪些客户提供服务的",
    ],
)
def test_whom_a_market_serves_is_its_description(question: str) -> None:
    reply = answer(question)
    # An English reply gives the description in English (fix22e).
    assert ("品牌商" if reply.lang == "zh" else "brand owners") in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "要退押金的话流程在哪里",
        "想退保证金的话，流程去哪看？",
        "退保证金的流程在哪里能看到",
        "where is the deposit refund process described?",
    ],
)
def test_the_deposit_refund_process_points_to_leaving_the_marketplace(question: str) -> None:
    reply = answer(question)
    assert "退出云市场" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "保证金按市场个数累加吗",
        "保证金按市场数量叠加吗？",
        "保证金是按入驻市场的个数叠加的吗",
        "押金按市场个数累加吗？",
    ],
)
def test_deposits_add_up_per_market(question: str) -> None:
    reply = answer(question)
    assert "累计" in reply.text or "add up" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("申请入驻之前要先做哪两步", "企业实名认证"),
        ("What must be done before applying to join?", "real-name"),
        ("What are the steps before we pay the deposit?", "Sign the contracts"),
        ("交保证金之前有哪几个步骤？", "签署云市场合同"),
    ],
)
def test_the_steps_before_a_step_are_listed(question: str, expected: str) -> None:
    reply = answer(question)
    assert expected in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "公司暂时没有考过ACP的工程师，解决方案市场是不是进不了？",
        "我们还没人通过ACP考试，解决方案市场能入驻吗",
        "We have nobody who passed the ACP exam. Can we still join the Solution market?",
        "团队里没有人考过阿里云ACP认证，能申请解决方案市场吗？",
    ],
)
def test_a_lack_of_an_acp_holder_is_judged_not_declined_as_an_exam_question(
    question: str,
) -> None:
    """A stated lack of an ACP holder is the Solution market's condition not met; the exam
    decline (sign-up, cost) is for questions about the exam itself."""
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "ACP" in reply.text, reply.text


@pytest.mark.parametrize("question", ["ACP考试怎么报名", "How much does the ACP exam cost?"])
def test_questions_about_the_acp_exam_itself_stay_declined(question: str) -> None:
    assert answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "Security market check: we're a legally registered company, 4 years old, 2M RMB registered "
        "capital, 35 tech/CS staff on social insurance, 7x24 after-sales support. Are we eligible?",
        "We are a legally incorporated company with 3M capital, 5 years old. Can we join the API "
        "market?",
        "We're a legally established company, 3 years old. Can we join the Service market?",
    ],
)
def test_a_legally_registered_company_is_a_stated_condition_not_legal_advice(
    question: str,
) -> None:
    assert not answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "When is our store actually opened so we can list products?",
        "When is our shop actually opened so we can start selling?",
        "So when is our store opened for listing products?",
    ],
)
def test_when_the_shop_opens_is_step_seven_not_a_record_look_up(question: str) -> None:
    """Step 7 (once the deposit is paid), not a look-up of the vendor's record. Since round 13
    it comes as the duration decline: the step, no number of days, a hand-off
    (test_fix13a.py)."""
    reply = answer(question)
    assert "deposit" in reply.text.lower(), reply.text
    assert "no number of days" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "提交入驻申请之前需要勾选什么吗",
        "提交申请的时候要勾哪个选项",
        "申请入驻前需要勾选什么东西",
    ],
)
def test_what_to_tick_before_submitting_is_the_consent(question: str) -> None:
    assert "同意书" in answer(question).text


@pytest.mark.parametrize(
    "question",
    ["保证金充值以后多久能显示到账？", "保证金交了多久到账", "保证金缴纳后几天能到账"],
)
def test_a_deposit_payment_arriving_is_no_refund_question(question: str) -> None:
    """How long a top-up takes to show is declined as a duration the guide never gives, not
    answered with the refund at the end of the cooperation."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "合作终止" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the 'IoT' market in the deposit rules the same thing as 物联网市场?",
        "Is 'DevOps' in the deposit rules the same as 开发运维市场?",
        "Is 'Enterprise Application' in the deposit rules the same thing as 企业应用市场?",
    ],
)
def test_one_market_named_in_english_and_chinese_is_the_same(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith("Yes"), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "阿里通信物联网那一行要交吗",
        "保证金页面还有其他几行，也要交吗？",
        "The deposits page also lists a Smart Access Gateway row. Do we pay that too?",
        "There are other rows on the deposits page — do we need to pay those as well?",
    ],
)
def test_other_rows_of_the_deposit_page_are_not_the_marketplaces(question: str) -> None:
    """Only the 阿里云通用保证金 row is the Marketplace deposit (seed §2 step 5); 阿里通信物联网
    is another product's deposit, not the IoT market's."""
    reply = answer(question)
    assert "阿里云通用保证金" in reply.text, reply.text
    assert "不是" in reply.text or "not the Marketplace" in reply.text, reply.text
