"""fix37b (round 30, after judging six blind development sets dev28a–f; not blind): the finance
clerk who asks (no ticket), a charge then a refund explained, a budget against the deposits, a
total said roughly at a tier's bound, two companies 甲 and 乙, a correction to a whole amount or a
whole date, a question after "separate question:", a record looked up beside a guide question, the
deposit's amount in yuan with a budget in dollars, a distribution order's commission, the step
after a button and the one after it, the steps before 立即加入, markets missing from the rate
table, sub-steps of a step named by its title, a quoted condition's meaning, the day a licence is
old enough, a condition's rule for several markets and their rates."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers
from bot.answers.text import without_corrections

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("新零售类目的平台佣金比例是多少？财务要做预算", "新零售市场不在佣金费率表中"),
        (
            "我是财务，审计最近在翻我们2020年的老账，发现建站市场的订单当月都是按20%扣的佣金，到了下个月初又退回来一笔，"
            "审计问这是什么规则，我也说不清楚，能帮忙解释下吗？",
            "当月先默认按第1档费率收取平台佣金",
        ),
        ("老板问：我们手里三十来万，想十二个市场全部入驻，保证金够不够？", "不够：保证金共需 380,000 元"),
        ("we have 100k set aside, enough for API and Security deposits?", "Enough: the deposits come to 60,000 yuan"),
        ("安全市场2021年2月全自营，流水差不多50w，佣金按5%还是3%算？", "看实际金额：正好在两档的分界附近"),
        (
            "我们是代理，帮两家服务商对账，都是安全市场2020年12月、都自营：甲公司三十万，乙公司二十万。两家佣金分别多少？",
            "2 家客户各是一个服务商",
        ),
        (
            "零售通 says registered capital must be over 1 million. Ours is 1.01 million — sorry, to be precise it's"
            " ¥1,010,000. Does that pass?",
            "Yes, on this point.",
        ),
        (
            "Ticket #CM-2020-118832 was about our 服务市场 application, unrelated. Separate question: is the deposit"
            " refundable if we quit later, and under what condition?",
            "Yes:",
        ),
        (
            "你好，我们阿里云账号UID是 1876543210987654，上周提交了安全市场的入驻申请，能帮忙看下审核到哪了吗？"
            "另外如果过了的话，安全市场保证金是多少？",
            "1) 我查不了您账户里的记录",
        ),
        (
            "Dear team, for the enterprise app mkt (企业应用) the guarantee money 保证金 is how many RMB exactly? our HQ"
            " budget is in USD so I need the exact CNY figure pls",
            "Enterprise Application Market's deposit is 30,000 yuan",
        ),
        (
            "order 20201015-77812 settled 2020/10/15 in 建站 is a distribution order, amount RMB 12,000. platform"
            " commission for this order?",
            "No. Distribution",
        ),
        ("订单号 208830012774561 是分销单，这一单要算平台服务费吗？", "不收。"),
        ("hi, we just got approved for 企业应用 market. how much deposit do we need to pay before listing? thx", "Enterprise Application Market's deposit is 30,000 yuan"),
        ("sign contract or pay deposit — which one first?", "Step 4 (Sign the contracts) comes first"),
        ("万一你们以后改佣金优惠政策，我们什么时候开始按新的执行？", "政策施行期间阿里云可以调整"),
        ("which markets are not in the commission rate table at all? new retail? devops? any other?", "Markets not in the rate table: New Retail Market, DevOps Market and Retail Link Market"),
        ("Which markets want \"well-known customer cases\" (知名客户案例)? we have almost none lol", "Markets with this condition in the guide: Solution Market, IoT Market"),
        ("Order 2021031512345, settled 2021-03-15, website-building category, 160k total, no distribution. Which rate applies to it?", "160,000 yuan is in tier 1"),
        ("API market lists '有接口开发能力' — what does that actually mean for us? develop against what?", "API Market's condition reads in full"),
        ("零售通对人员和钉钉具体是怎么要求的？", "零售通市场要求：有专人对接运营服务"),
        ("保证金在会计上应该记哪个科目？企业所得税能不能税前扣除？", "抱歉，这个问题不在"),
        ("解决方案市场：我们团队有3个ACA（云计算助理工程师），没有ACP。这样能满足那个认证工程师的要求吗？", "不能"),
        ("API市场：技术+客服正好20个人都交社保，能出社保月缴费表，售后5x8，API业务做满1年了，这几条都满足吗？", "按您说的都满足"),
        ("Once the deposit is paid and the finance ticket is done — is that it? our store gets opened and we can start listing?", "Yes. Once the deposit is paid"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "inside", "not_inside"),
    [
        (
            "在生态伙伴首页点了加入合作伙伴，接下来要点啥？",
            ["单击查看详情", "再下一步 iv：单击立即加入"],
            [],
        ),
        (
            "before we can click \"立即加入\" for a market, which steps must be done already?",
            ["step 1 (Alibaba Cloud account)", "step 2 (Real-name verification)", "before clicking 立即加入"],
            [],
        ),
        (
            "How many steps is the whole onboarding flow, and how many sub-steps are in the 'apply to the"
            " marketplace' step?",
            ["7 steps", "Step 3 (Application) has 6 sub-steps"],
            [],
        ),
        (
            "基础软件市场，我们执照是2026年1月15号刚办的，注册资金50万，团队25人。执照这条能过吗？不能的话最早要等到哪天？",
            ["不满足", "2027年1月15日起满1年"],
            [],
        ),
        (
            "For New Retail (新零售) and DevOps (开发运维): registered capital minimum, and the commission rate?",
            ["registered capital of at least CNY 1,000,000", "not in the commission rate table"],
            [],
        ),
        (
            "API市场跟数据智能市场比，1）营业执照年限 2）行业经验 这两块要求有啥不一样？",
            ["大数据行业服务经验"],
            ["没有行业范围要求"],
        ),
        (
            "零售通那个\"企业成立时间超过1年以上\"，我们公司是2025年12月1号成立的，不对，营业执照上写的是2025年12月2日，现在够不够？",
            ["1年没有超过", "2026年12月3日起超过1年"],
            ["0年零1天"],
        ),
        (
            "Hi! Presales here at a small security shop. We package a host intrusion detection agent as a server"
            " image and the plan is to list it on the 安全市场 (Security market) early next year. Before I put"
            " together the staffing plan for my boss: what after-sales technical support coverage does that"
            " market ask for?",
            ["7x24"],
            ["Separately"],
        ),
        (
            "How many days after month end does the over-charged commission actually land back in our account?",
            ["次月初"],
            ["notified in advance"],
        ),
    ],
)  # fmt: skip
def test_every_part_is_answered(question: str, inside: list[str], not_inside: list[str]) -> None:
    text = answer(question, today=DAY).text
    for part in inside:
        assert part in text, text
    for part in not_inside:
        assert part not in text, text
    assert not invented_numbers(question, text, DAY)


def test_a_quoted_condition_is_no_verdict() -> None:
    text = answer("API市场的“有接口开发能力”是什么意思？", today=DAY).text
    assert text.startswith("API市场这一条的原文是")
    assert "满足" not in text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("注册资本300万，哦不对是30万", "注册资本30万"),
        ("我们公司是2025年12月1号成立的，不对，营业执照上写的是2025年12月2日，现在够不够？", "我们公司是2025年12月2日，现在够不够？"),
        ("Ours is 1.01 million — sorry, to be precise it's ¥1,010,000. Does that pass?", "Ours is 1,010,000. Does that pass?"),
    ],
)  # fmt: skip
def test_a_correction_replaces_the_whole_figure(written: str, read: str) -> None:
    assert without_corrections(written) == read


def test_the_rules_quoted_figure_is_no_vendor_figure() -> None:
    text = answer(
        "零售通市场对团队有啥要求？我看别的市场基本都写20人以上，零售通也是20人吗？", today=DAY
    ).text
    assert "20人满足" not in text
    assert "4 人" in text
