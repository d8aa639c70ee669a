"""fix36b (round 29, after judging three more blind development sets dev26f–h; not blind): chat
initials (yj as 佣金 beside a month's sales, mkt, exp), amounts typed with spaces or summed with
"=", a market's "+"-joined amounts among several markets, the gap asked (差多少), a step's
sub-steps counted, a second market joined from step 3, which of two markets needs 7x24, agency
and client requests, the notice's date, a deposit paid and what is left."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.parts import with_market_sums, without_sum_restated
from bot.answers.provenance import invented_numbers
from bot.answers.shorthand import yj_read

DAY = date(2026, 12, 2)


def reply(question: str) -> str:
    return answer(question, today=DAY).text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("建站 20年10月 自营12w 分销9w yj最后多少", "建站 20年10月 自营12w 分销9w 佣金最后多少"),
        ("API mkt yj多少 收不收", "API mkt 佣金多少 收不收"),
        # With nothing of a month's sales beside it, yj stays the deposit's (ya jin).
        ("零售通 yj多少", "零售通 yj多少"),
    ],
)
def test_yj_beside_a_months_sales_is_the_commission(written: str, read: str) -> None:
    assert yj_read(written) == read


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("API mkt yj多少 收不收", "0%"),
        ("which mkts 0% yj", "API Market and IoT Market"),
        ("基础软件 20年9月15w 10月25w 两个月yj一共", "27,500"),
        ("服务市场 2020年12月 三笔6w 7w 7w 都自营 yj多少 退回多少", "1万元（10,000元）"),
        ("enterprise app jun 2020 three orders 8w 15w 30w no distribution, yj??", "15,900"),
        ("建站 2020.2 全是分销单 30w yj?", "0元"),
        ("指南那个例子 建站100w 分销40w 最后退多少yj", "6万"),
        ("新零售 注册资本80w 差多少", "还差 20万元"),
        ("software mkt 5x8 online cs ok but only 1yr industry exp eligible?", "No"),
        ("bzj一个类目多少 非零售通", "30,000"),
    ],
)
def test_chat_shorthand_is_read(question: str, expected: str) -> None:
    text = reply(question)
    assert expected in text
    assert not invented_numbers(question, text, DAY)


def test_a_sum_written_out_after_equals_is_the_total() -> None:
    assert without_sum_restated("30万+20万=50万，佣金多少") == "50万,佣金多少"
    assert without_sum_restated("30万+20万=60万") == "30万+20万=60万"
    question = (
        "Security market, January 2021, all direct sales: 0.3 million + ¥200,000 = exactly 500k."
        " What is the final commission and how much is refunded?"
    )
    assert "35,000" in reply(question)


def test_a_markets_amounts_joined_by_plus_among_several_markets() -> None:
    assert "550000元" in with_market_sums("物联网市场卖了40万+15万，建站市场卖了18万")
    text = reply(
        "2021年2月：物联网市场卖了40万+15万，建站市场卖了18万，都是自营。两个类目各交多少平台佣金？"
    )
    assert "55万元" in text and "3.6万元" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("第3步“申请入驻云市场”底下一共几个小步骤？最后一个小步骤是什么？", "共 6 个小步骤"),
        ("how many sub-steps does step 3 have?", "6 sub-steps"),
        (
            "我们已经在API市场了，想再加个建站市场，流程从哪一步开始？账号、实名这些要重新搞吗",
            "不用重新注册",
        ),
        (
            "We're already on the API market. To add Security, do we start over from step 1?",
            "start at step 3",
        ),
        (
            "Data Intelligence and Security — experience requirement for each? And which of the two needs 24/7 support?",
            "Security Market: 7x24 required",
        ),
        ("安全市场和API市场需要7x24还是5x8", "要求 7x24 的是：安全市场"),
        (
            "My colleague (138-0013-8000) says we need 60,000 for API市场 + 服务市场. Could you call him to confirm?",
            "cannot make phone calls",
        ),
        ("my cell 13812345678 call me pls. also 零售通 bzj amt?", "cannot make phone calls"),
        (
            "From the notice: the start date, the end date of the policy period, and the date the notice was issued?",
            "2020-11-23",
        ),
        (
            "We already paid the deposit. Is there anything left to do before our store opens?",
            "step 6",
        ),
        ("保证金已经交了，开店前还有什么要做的吗", "第6步"),
        ("工单提完是不是就算正式入驻了？流程最后一步是啥", "店铺开通"),
        ("客户着急上架，保证金能不能晚几天再交，先把商品挂上去？", "不能"),
        ("客户M注册资金才80万，执照3年了，想进数据智能市场，注册资金这块会不会卡？", "不会"),
        ("执照才办了半年，注册资金30万，想进物联网市场，会不会卡在执照或者注册资金上？", "不会"),
        (
            "API市场 — our company got a new business licence only 6 months ago (restructuring). Is the licence age a blocker for the API market?",
            "no business licence age requirement",
        ),
        (
            "各位好，我这边是做入驻代办的，手上好几家客户在跑云市场。想确认下解决方案市场现在只对哪几个行业开放？",
            "金融、物流、电商、政务、传媒、物联网",
        ),
    ],
)
def test_asked_things_answered_first(question: str, expected: str) -> None:
    found = answer(question, today=DAY)
    assert expected in found.text.split("\n")[0] or expected in found.text


def test_an_agency_states_no_industry() -> None:
    text = reply(
        "各位好，我这边是做入驻代办的，手上好几家客户在跑云市场。想确认下解决方案市场现在只对哪几个行业开放？"
    )
    assert "不满足" not in text and "不能" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Ticket #2026120100871 for our client Hangzhou Qiyun Tech — can you check whether their ¥30k deposit has landed?",
        "Can you just go ahead and submit the deposit ticket for client A from their account? I'll send you their details.",
        "客户C不做了，你直接帮他们把保证金退了吧",
        "客户的应用想在阿里云上搭一套CI/CD流水线，用啥方案最省事？",
        "our server is being used for crypto mining, CPU at 100%, how do we clean it?",
        "帮我后台把商品上架下 急急急",
    ],
)
def test_requests_and_other_products_are_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "DevOps tool vendor here. Our CI/CD product did SaaS cloud transformation. Which market fits and what deposit?",
        "The commission notice is dated 2020-11-23. Does that mean the discount only started then?",
        "For the deposit ticket, do we need both a phone number and a mailing address in the description?",
    ],
)
def test_not_declined(question: str) -> None:
    assert not answer(question, today=DAY).out_of_scope
