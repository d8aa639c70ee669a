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
        # holdout55 #65: the invoiced amount set against the cash received.
        ("佣金按什么金额算？开票金额还是实收的？", "实收现金", "我无法确定"),
        # holdout55 #128: joined before (先入驻了), then more: the amount added and the total.
        (
            "我们先入驻了API市场交了3万，现在还想加服务市场和物联网，一共应该交多少？还要补多少？",
            "再交 60,000 元",
            "大写玖万元：API市场",
        ),
        # holdout55 #152: the rate triple named with "tier scheme".
        (
            "which categories use the 10% / 5% / 3% tier scheme?",
            "Enterprise Application Market",
            "commission base",
        ),
        # holdout55 #156: exceptions asked: 零售通, never the twelve markets' total.
        ("是不是所有市场保证金都是3万？有没有例外", "不一样：零售通市场 5万元", "叁拾捌万"),
        # holdout55 #162: the click after 查看详情, "pick a market and" between.
        (
            "In the application flow, after I pick a market and click 查看详情, what do I click"
            " next?",
            "立即加入",
            "Click 查看详情 (details): step 3 iii",
        ),
        # holdout55 #175: the settlement day said beside an order number: the period's rule.
        (
            "订单号2021033112345，3月31号结算的，这单还在佣金优惠政策期间内吗",
            "至2021年3月31日止",
            "我查不了",
        ),
        # holdout55 #199: another platform's deposit, declined.
        (
            "How much deposit does Tmall require to open a flagship store?",
            "says nothing about opening a shop on other platforms",
            "your Marketplace shop opens",
        ),
        # holdout56 #50: "do we have to be 24/7?" asks the rule; no 7x24 stated.
        (
            "what support hours does the 物联网 market need? do we have to be 24/7?",
            "No. IoT Market: 5x8",
            "7x24 meets it",
        ),
        # holdout56 #79: not a single ACP engineer, words between.
        ("团队里一个ACP认证工程师都没有，解决方案市场是不是就进不去了", "不能", "原文：符合"),
        # holdout56 #120: the months' refunds added up when asked.
        (
            "解决方案市场2020年一季度：1月15万，2月22万，3月60万（3月里有20万是分销），三个月佣金一共"
            "多少？总共返还多少？",
            "各月返还合计：3.9万元（39,000元）",
            "各月返还合计：0",
        ),
        # holdout56 #123: "分销这2万" points back at the 2万 said before.
        (
            "企业应用2020年10月：自营19万，分销2万，分销这2万会不会把档位拉到第二档？佣金多少",
            "21万元（210,000元）（其中分销 2万元（20,000元））",
            "23万",
        ),
        # holdout56 #136: the two contracts signed, not the agreements accepted.
        (
            "一次问清楚：只入驻建站市场的话保证金多少、要签哪两个协议、交完保证金的工单选哪个分类",
            "Y20阿里云合作伙伴框架协议",
            "接受云市场服务商入驻协议",
        ),
        # holdout56 #156: which markets require the API integration, by its English words.
        (
            "Which markets require the ability to integrate with the marketplace API?",
            "in production: Basic Software Market",
            "The Marketplace has twelve markets",
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
