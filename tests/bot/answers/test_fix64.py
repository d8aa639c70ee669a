"""Round 49 (session 54; not blind): the answer defects left from round 48's blind readings
(docs/ANSWERS.md "Round 48" Left), each mended before this round's new sets are scored."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 6)


def test_half_the_team_outsourced_is_half_the_count() -> None:
    # holdout74 #100: "未给出具体数字" on the count, and the 社保 statement read as lacking.
    text = answer(
        "我们团队30人，不过一半是外包、没在公司交社保，API市场的人数要求能过吗", today=DAY
    ).text
    assert text.startswith("不能")
    assert "在公司交社保的15人不满足" in text
    assert "按您说的情况，不满足" not in text
    assert "未给出具体数字" not in text


def test_half_of_an_odd_team_is_not_guessed() -> None:
    text = answer("我们团队25人，不过一半是外包，API市场的人数要求能过吗", today=DAY).text
    assert "12人" not in text and "13人" not in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout74 #155: 解决方案市场 offered as the best fit.
        ("我们是做在线教育的，有哪个市场会因为行业把我们挡在外面？", "进不了的：解决方案市场"),
        (
            "We do online education. Which market's industry rules would keep us out?",
            "Ruled out: Solution Market",
        ),
        ("我们做金融的，哪个市场会因为行业拒绝我们", "没有市场会因为行业把您挡在外面"),
    ],
)
def test_the_markets_an_industry_rules_out(question: str, head: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(head)
    assert "最相符" not in text and "（）" not in text


@pytest.mark.parametrize(
    "question",
    [
        # holdout69 #19: the rule without 有 first.
        "建站市场对我们提供服务用的云平台有啥限制吗",
        "建站市场对云平台有什么要求吗",
    ],
)
def test_any_limit_on_a_yes_no_condition_gets_yes_first(question: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith("有。")
    assert "以阿里云产品为依托" in text


def test_an_unsaid_yes_no_condition_is_not_a_missing_figure() -> None:
    text = answer(
        "我们团队30人，不过一半是外包、没在公司交社保，API市场的人数要求能过吗", today=DAY
    ).text
    assert "您没有说明，无法判断" in text


def test_does_the_shop_open_after_paying_is_a_yes_no() -> None:
    # Left in round 48: "After we pay the deposit, does the shop get opened?" got the step order.
    text = answer("After we pay the deposit, does the shop get opened?", today=DAY).text
    assert text.startswith("Yes.")
    assert "shop opens" in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Black-box s61 D25: "No." to an either-or.
        (
            "is a personal (individual) account ok or must it be a company?",
            "Company (enterprise) real-name verification",
        ),
        ("个人账号可以吗，还是必须企业账号？", "企业实名认证（入驻流程第2步），不是个人实名。"),
    ],
)
def test_personal_or_company_names_the_company(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_the_member_account_question_stays_retail_links() -> None:
    text = answer("零售通的1688会员账号个人的行还是要企业的？", today=DAY).text
    assert "企业名称认证" in text
    assert "企业实名认证（入驻流程第2步）" not in text


# --- the new sets' judges (holdout75–78, round 49), mended after their first scores ----------


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout75 #46: "有没有…经验" read as 0 years.
        ("安全市场有没有安全行业经验的要求", "有。安全市场要求：一年以上的安全行业服务经验"),
        # holdout76 #87: "刚好一年多一天" read as exactly 1 year.
        (
            '零售通：公司2025年12月5日成立的，刚好一年多一天，"成立超过1年"这条算满足吗',
            "这一项满足",
        ),
        # holdout76 #167: a SaaS-only product at the image rule, no verdict.
        ("基础软件市场，我们产品只有SaaS版，没法打包成云服务器那种交付，能上吗", "不行："),
        # holdout77 #94: no 1688 account read as "not on the account alone".
        ("零售通我们没有1688会员账号，能直接入驻吗", "不能："),
        # holdout77 #87: "does that cut it" read as the commission's cut.
        (
            "We've only done security services for about 6 months. Does that cut it for the "
            "security market?",
            "No: 6 months is below",
        ),
        # holdout78 #37: the ended policy asked "still".
        (
            "我们这个月刚开始在云市场卖东西，佣金还按那个阶梯减免政策算吗？",
            "不能，那个政策已经结束。",
        ),
        # holdout76 #16: "零售通也是一样吗" answered as "是的，指的是同一个".
        ("技术客服团队最少要多少人？零售通也是一样吗", "不一样："),
        (
            "What are the license age and capital rules for Retail Link (零售通)? Same as the others?",
            "They differ:",
        ),
        # holdout77 #39: "cut-offs" read as asking for a lower commission.
        (
            "What are the tier cut-offs for the commission?",
            "Tiers by the month's settled cash total",
        ),
    ],
)
def test_round_49_judged_wrong_now_right(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # holdout75 #124: the two categories' amounts swapped.
        (
            "我们2020年10月同时卖了安全和企业应用：安全30万，企业应用25万，都是自营的，佣金咋算，各多少",
            "佣金：安全市场 1.5万元（15,000元）、企业应用市场 12,500元",
        ),
        # holdout76 #23: 回款 read as payouts and declined.
        (
            "服务市场2020年8月总共回款60万，其中25万是分销的，这个月佣金到底多少？先扣了多少、退多少？",
            "佣金 10,500元（第3档 3%）",
        ),
        # holdout76 #139: "没走分销" left the rate table only.
        (
            "我们建站类目2020年10月一共成交30w，都是自己卖的没走分销，那个月平台佣金最后是多少？",
            "佣金 4.5万元（45,000元）（第2档 15%）",
        ),
        # holdout76 #92: "没有分销，佣金按多少比例" read as a distribution rebate.
        ("数据智能2020年12月实收正好二十万，没有分销，佣金按多少比例，最后交多少？", "佣金 1万元"),
        # holdout78 #112: "一批十八万一批七万" read as 18.1万.
        (
            "企业应用类目2020年8月结算了两批，一批十八万一批七万，都不是分销，当月佣金最后是多少钱？",
            "佣金 12,500元（第2档 5%）",
        ),
        # holdout77 #121: the gap to tier 2 not answered.
        ("安全市场2020年3月结算了19.8万，佣金多少？离第二档还差多少？", "还差 2,000元"),
        # holdout78 #126: the 30k pre-charge added to the month; "get back" read as a refund
        # of customers' orders.
        (
            "data intelligence market, June 2020: two orders of 150k each. we were charged 30k "
            "upfront. how much do we get back?",
            "15,000 yuan",
        ),
        ("数据智能2020年6月两笔各15万，次月返还多少", "次月初返还 1.5万元（15,000元）"),
    ],
)
def test_round_49_commission_readings(question: str, figures: str) -> None:
    text = answer(question, today=DAY).text
    assert figures in text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        # holdout76 #65, #185; holdout75 #191: a step done in the vendor's account.
        "请帮我把PID 2088123456789012 的云市场店铺开通一下，急",
        "麻烦直接帮我在账号里充值3万保证金，卡号我私信你",
        "Please log into our Alibaba Cloud account and top up the 通用保证金 for us.",
    ],
)
def test_acting_in_the_vendors_account_is_declined(question: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(("抱歉，我不能替您办这件事", "Sorry, I cannot do that for you"))


def test_which_of_two_named_markets_sets_a_rule() -> None:
    # holdout77 #141: the 100万 judged as the vendor's capital.
    text = answer("解决方案和物联网，哪个要求营业执照满2年、注册资金100万？", today=DAY).text
    assert text.startswith("只有解决方案市场要求")
    assert "无法判断" not in text


def test_the_review_comes_before_step_4_after_submitting() -> None:
    # holdout78 #165.
    text = answer(
        "we clicked Submit on the application form. what happens next, and what comes after that?",
        today=DAY,
    ).text
    assert text.startswith("First the Marketplace reviews the application")


def test_other_conditions_besides_those_stated() -> None:
    # holdout75 #40: the two stated judged, the others never listed.
    text = answer("服务市场除了5*8客服、20人团队，还有啥额外的能力要求", today=DAY).text
    assert text.startswith("服务市场除此之外还要求：")
    assert "营销策划能力" in text and "两年及以上" in text


def test_the_website_markets_guarantee_for_after_sales() -> None:
    # holdout76 #86: 售后 read as after-sales hours, "no such condition".
    text = answer("建站市场有什么售后保障要求吗，客户不满意怎么办", today=DAY).text
    assert text.startswith("客户在制作过程中不满意可全额退款")


def test_no_capital_or_a_lower_one_names_basic_software() -> None:
    # Black-box s63 D12.
    text = answer("which markets have no capital requirement or a lower one?", today=DAY).text
    assert "Markets with a lower requirement:" in text and "Basic Software Market" in text


def test_what_counts_as_marketing_capability_is_answered() -> None:
    # Black-box s63 D19: the general decline.
    text = answer("what counts as marketing capability?", today=DAY).text
    assert "具有一定的营销策划能力" in text


def test_the_step_before_step_six_in_chinese_digits() -> None:
    # Black-box s63 D6: "第六步之前是哪一步" answered with step 1.
    assert answer("第六步之前是哪一步", today=DAY).text.startswith("第6步（提交工单）之前是第5步")


# --- the second wave's judges (holdout79, 80) ------------------------------------------------


def test_a_grouped_order_number_before_a_comma_is_no_amount() -> None:
    # holdout79 #20 (invented): "订单号 1088 3325 6671 9900，2020年…" gave 佣金 990元.
    text = answer(
        "订单号 1088 3325 6671 9900，2020年10月9日结算的，安全市场。帮我查一下这单被抽了多少佣金",
        today=DAY,
    ).text
    assert text.startswith("我查不了您账户里的记录")
    assert "990" not in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout79 #197: the lowest rates answered.
        (
            "Which market charges 20% commission in the lowest tier?",
            "Markets whose tier 1 rate is 20%: Website Building Market",
        ),
        # holdout79 #154: the table only.
        ("建站的单子平台当月先扣几个点？", "当月先按第1档费率20%预收"),
        # holdout79 #159: the rule only, the penalty said unjudged.
        ("零售通对公司信用有什么要求？法人以前在淘宝被罚过", "按您说的情况，这一条不满足"),
    ],
)
def test_second_wave_judged_wrong_now_right(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_a_market_not_looked_at_is_left_out_of_the_deposit() -> None:
    # holdout79 #130: "Deposit for Retail Link Market: 50,000 yuan".
    text = answer(
        "how much is the deposit per market? we are NOT looking at 零售通", today=DAY
    ).text
    assert not text.startswith("Deposit for Retail Link")
