"""Round 44 (session 49; not blind): holdout53's and holdout54's wrongs after their one blind
score each (the judge 193/200 and 190/200, docs/ANSWERS.md "Round 44") — every one mended."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # holdout53 #100: "2 ACP-certified engineers: do we satisfy …" — the colon ends the facts.
        (
            "logistics company, 2 ACP-certified engineers: do we satisfy the industry + ACP"
            " conditions of the Solutions market?",
            "2 ACP-certified: you meet it",
            "still to confirm",
        ),
        # holdout53 #129: a currency sign after "+" still adds the amount.
        (
            "Data Intelligence, Nov 2020: 0.12 million + 95k + ¥83,500.50, all direct. commission?",
            "Commission: 14,925.03 yuan (tier 2, 5%)",
            "12,000 yuan",
        ),
        # holdout53 #137: the same figure, 超过 and 不低于 — not the same rule.
        (
            "零售通和服务市场的注册资金要求是一样的吗？都是100万？",
            "不完全一样",
            "是的",
        ),
        # holdout53 #169, #174, #176, #191: look-ups and actions in the vendor's account.
        (
            "帮我查一下账号 lemon_tech@2024 的保证金到底交没交成功",
            "我查不了您账户里的记录",
            "如果您问的是",
        ),
        (
            "My phone is 13912345678, can you pull up where my 零售通 application is at?",
            "I cannot look up your account's records",
            "If you meant",
        ),
        (
            "Vendor ID 88091 here. Our deposit receipt never arrived — can you check the courier"
            " status for us?",
            "I cannot look up your account's records",
            "The guide speaks of a receipt, not an invoice",
        ),
        ("麻烦直接帮我在控制台把保证金充了吧，3万", "我不能替您办这件事", "如果您问的是"),
        # holdout54 #38: the proof of the team, the word "team" further from "proof".
        (
            "what proof do they want for the 20-person team thing?",
            "monthly social insurance payment statement",
            "contact the Marketplace staff",
        ),
        # holdout54 #45: 服务市场 is in the table, as 服务&代维.
        ("佣金表里怎么找不到服务市场？那我们按哪个比例算", "服务&代维", "新零售市场、开发运维市场"),
        # holdout54 #92: a rate at any tier.
        (
            "which markets have a 20% commission rate in any tier?",
            "Website Building Market (tier 1)",
            "Tiers by the month's settled cash total",
        ),
        # holdout54 #102: two markets' amount, the category named in the same answer.
        (
            "we're joining 服务市场 and 建站市场 together. what amount goes in the ticket"
            " description, and which ticket category?",
            "陆万",
            "叁万",
        ),
        # holdout54 #104: 最高一档 is the top tier, never its "一档".
        (
            "建站类目最高一档佣金多少，月流水从多少开始算最高档？",
            "第3档的佣金比例是 10%",
            "第1档的佣金比例",
        ),
        # holdout54 #128: the negation further from "ecosystem".
        (
            "We're not yet certified in the Alibaba Cloud partner ecosystem. Can we still join 新零售?",
            "No, not as things stand",
            "New Retail Market: completed",
        ),
        # holdout54 #148: orders listed, the distribution part inside them.
        (
            "Enterprise apps (企业应用), Oct 2020: orders of 120k, 85k and 40k, of which 50k came"
            " via distribution. What is the final commission?",
            "Commission: 9,750 yuan (tier 2, 5%)",
            "Commission: 7,000",
        ),
        (
            "企业应用 2020年10月 订单12万、8.5万和4万，其中分销5万，佣金多少",
            "佣金 9,750元",
            "佣金 5,000元",
        ),
        # holdout54 #173: a month's commission of the vendor's own.
        (
            "Our Aliyun UID is 1234567890123456. Can you tell me how much commission we paid last"
            " month?",
            "I cannot look up your account's records",
            "not on list prices",
        ),
        # holdout54 #174: where the details go, the ticket between.
        (
            "联系人电话13912345678，快递地址杭州市西湖区文三路1号，这些信息要写在工单哪里？",
            "问题描述",
            "联系方式见",
        ),
        # holdout54 #196: the account's phone changed — an action, declined.
        (
            "帮我把阿里云账号绑定的手机号换一下，新号码15800001111",
            "我不能替您办这件事",
            "第1步是注册",
        ),
    ],
)
def test_holdout53_and_54s_wrongs(question: str, said: str, not_said: str) -> None:
    reply = answer(question, today=DAY).text
    assert said in reply
    assert not_said not in reply
    assert invented_numbers(question, reply, DAY) == []


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Black-box s53 D4: a condition's words asked in English, quoted or not.
        ("what does 'integrate with the Marketplace API' mean?", "API Market's condition reads"),
        ("what does integrate with the marketplace API mean", "API Market's condition reads"),
        ("what does joint solution mean here?", "New Retail Market and DevOps Market list"),
        (
            "有生产接口开发能力是指什么",
            "基础软件市场、数据智能市场、企业应用市场及解决方案市场都列了",
        ),
        # Black-box s53 D9: a market, a month of a year and an amount are that month's sales.
        ("security market, Jan 2021, total 123,456.78", "Commission: 12,345.68 yuan"),
        ("安全市场 2021年1月 123456.78", "佣金 12,345.68元"),
        # Black-box s54 D4: orders after the policy asked how they are charged.
        ("那2021年4月以后的订单怎么算", "至2021年3月31日止"),
        # dev14c #7 (a guard of the fix for holdout54 #104): 最高一档 with no volume said is
        # the top tier or the highest rate — both said.
        ("云市场收的平台服务费，建站类目最高一档是百分之多少？", "比例最高的是第1档 20%"),
        # Black-box s55 D7, D8, D11, and s53 D17.
        ("服务&代维是哪个市场", "对应服务市场"),
        ("1688会员是什么意思", "阿里巴巴中国站会员账号"),
        ("阿里巴巴中国站会员是啥，1688那个吗", "阿里巴巴中国站会员账号"),
        ("how much is the deposit and when is it refunded?", "1) The deposit is per market"),
        (
            "what is the ecosystem certification and how do we get it?",
            "参考阿里云官网生态伙伴入驻流程",
        ),
        ("营销策划是指什么", "也就是：具有一定的营销策划能力"),
        # Black-box s54 D5: a digit after 块 is its jiao.
        ("企业应用 2020年10月 十九万九千九百九十九块九 佣金多少", "佣金 19,999.99元"),
    ],
)
def test_black_box_answers(question: str, said: str) -> None:
    assert said in answer(question, today=DAY).text


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        # Guards: "start and when does it end" is one question; a platform's name is no term.
        (
            "When did the commission reduction policy start, and when does it end?",
            "is dated 2020-11-23",
        ),
        ("天猫是啥", "零售通市场这一条"),
    ],
)
def test_guards(question: str, not_said: str) -> None:
    assert not_said not in answer(question, today=DAY).text


def test_a_founding_month_with_an_amount_is_no_months_sales() -> None:
    reply = answer("安全市场 2021年1月注册 100万", today=DAY).text
    assert "佣金" not in reply.split("\n")[0]
