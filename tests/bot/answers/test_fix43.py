"""fix43 (round 35, session 40; not blind): holdout38's and holdout39's judged wrongs, mended
after their one score at 4fdc393 — a licence year read from another paper's "去年", the rest of a
month said again with its rate asked, distribution worded "distributed", the last step asked,
actions asked of the bot in the vendor's account, social-insurance rates, what a first
application fills in, a verification's processing time, and replies cut by the size limit."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # holdout39 #162: "阿里云生态认证去年拿了" is a certification's year, not the licence's.
        ("新零售市场我们条件大概这样：执照2022年的，注册资本500万，技术+客服30人社保齐全，阿里云生态认证去年拿了，客服在线5x8，产品做过SaaS化上云改造，协议都接受。够了吗？", "能。按您说的情况，新零售市场的入驻条件都满足"),
        # holdout39 #113, #131: the month's parts read right.
        ("企业应用 2020年10月：自己卖的15万，分销出去的10万。分销不抽佣我知道，那剩下15万按几个点算？最后佣金多少", "企业应用市场：佣金 7,500元（第2档 5%）。"),
        ("website-building, March 2021: 800k settled total, 300k distributed via partners. how much commission do we end up paying and how much is refunded?", "Commission: 50,000 yuan (tier 3, 10%). Refunded early next month: 50,000 yuan."),
        # holdout39 #153: the last step asked.
        ("what's the final step of onboarding, after the finance ticket?", "The last step is step 7: Once the deposit is paid"),
        ("入驻最后一步是什么", "保证金缴纳完成后即完成入驻合作计划"),
        # holdout39 #171, holdout38 #167: actions in the vendor's account declined.
        ("能帮我把账号下那台RDS退订了吗 不用了", "抱歉，我不能替您办这件事"),
        ("你能不能直接帮我把财务工单提交了？信息我都发你", "抱歉，我不能替您办这件事"),
        # holdout39 #152: social-insurance rates are no question of the guide.
        ("顺便问下 杭州社保公司缴费比例现在是多少？我们HR不太懂", "抱歉，这个问题不在云市场服务商入驻指南的范围内"),
        # holdout39 #50: a labour contract offered as the team's proof.
        ("20人团队那个要交啥证明？给劳动合同行不行", "指南没有说劳动合同可以作为证明；它写的是提供公司社保个人月缴费信息情况表"),
        # holdout38 #184: the Marketplace API named in English is no market.
        ("Which markets ask that we can integrate with the Cloud Marketplace API (the 接口开发接入 condition)?", "Markets with this condition in the guide:"),
        # holdout39 #180: both topics for both markets.
        ("零售通 vs 安全市场: deposit for each, and support hours for each?", "• Retail Link Market: online customer service of at least 5x8"),
        # holdout39 #196, #126: "all sites on Alibaba Cloud", "good to go?".
        ("Website market: licence since 2019, RMB 3M capital, 25 people w/ social insurance, 3 yrs site-building, CS online 9-18 weekdays, all sites on Alibaba Cloud, accept agreements. can we join?", "Yes. As you describe it, you meet all of Website Building Market's entry conditions"),
        ("quick eligibility check for API market: licensed co, 26 tech+CS staff w/ social insurance records, 5x8 after-sales, 2 yrs of API service experience, we can integrate with marketplace APIs, and we accept all agreements. good to go?", "Yes. As you describe it, you meet all of API Market's entry conditions"),
        # holdout39 #3: the level the vendor cannot reach is no level it has.
        ("hi team, for API market what level of after sales support we must provide? we are small team, 7x24 is too hard for us", "API Market: 5x8 after-sales technical service"),
        # holdout39 #42: the rule asked is one the market does not set: No first.
        ("our company is only 3 months old (license Sept 2026) but we have 25 engineers+cs on social insurance, API products, 5x8 support. does API market have a minimum license age?", "No: the guide sets no business licence age requirement for API Market"),
        # holdout39 #184: a penalty with no Alibaba platform named is not judged.
        ("零售通对公司信用有啥要求 老板之前有个店被罚过不知道有没有影响", "零售通市场要求：企业主体及法定代表人信用良好"),
        # holdout38 #114, #164.
        ("我们是第一次申请，点提交之前都要填哪些东西？", "首次申请：按界面提示确认身份信息、补全公司信息、填写业务资质信息。"),
        ("How long does the 1688 company-name verification usually take for 零售通? Want to start it early", "The guide does not say how long the Alibaba.com China (1688) company-name verification takes"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("你能不能直接帮我把财务工单提交了？信息我都发你", "问题描述的文字我可以帮您生成", "充值交纳"),
        ("零售通 vs 安全市场: deposit for each, and support hours for each?", "80,000 yuan", "Security Market has the lower deposit"),
        # holdout38 #199: one line for the markets whose rule is worded alike, never cut off.
        ("For 服务市场 and 建站市场: what support hours do they want, and how big does the team need to be?", "• Service Market and Website Building Market: a technical and customer service team of at least 20 people", "……"),
        ("零售通对公司信用有啥要求 老板之前有个店被罚过不知道有没有影响", "原文", "不满足"),
        ("how long does the real-name verification take?", "step 2", "1688"),
    ],
)  # fmt: skip
def test_the_reply_says_it_once(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text


def test_three_months_commissions_summed_are_computed() -> None:
    """holdout38 #102: a quarter's total of three monthly commissions is no invented number."""
    question = (
        "Enterprise apps (企业应用), zero distribution: Jan 2021 settled 180k, Feb 2021 250k,"
        " Mar 2021 520k. Total commission for the quarter after the re-rating?"
    )
    found = answer(question, today=DAY)
    assert "total 46,100 yuan" in found.text, found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "month_total"),
    [
        # dev40d #83 behind an order number (CI at 56d363b): "订单号 …" names one order, so its
        # 订单 made no list of the month, and "差一点点到20万" was no second sale (39.9万).
        ("订单号 2023110812345，21年1月基础软件类目实收19.9万，差一点点到20万，那是不是按10%？平台佣金多少，有返还吗", "19.9万元（199,000元）"),
        # Order numbers each with their own amount still list the month's orders.
        ("Vendor #4471 here. October 2020, Enterprise Application: order 100234 (50,000 CNY), 100235 (80,000 CNY), 100236 (30,000 CNY), none of them distribution. Commission?", "month total 160,000 yuan"),
    ],
)  # fmt: skip
def test_an_order_number_makes_no_list_of_the_month(question: str, month_total: str) -> None:
    found = answer(question, today=DAY)
    assert month_total in found.text, found.text
