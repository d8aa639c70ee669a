"""Round 46 (session 51; not blind): the answer defects left from round 45 and this round's blind
readings, each mended after its one score (docs/ANSWERS.md "Round 46")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        # holdout58 #67: whether the team must be insured leads, not the head count judged.
        (
            "does our 20 person team have to be on our own company social insurance?",
            "Proof to provide: can provide the company's monthly social insurance payment statement",
        ),
        ("我们20人的团队都要在本公司交社保吗", "要提供的证明：能提供公司社保个人月缴费信息情况表"),
        ("我们20人，社保要交吗", "要提供的证明：能提供公司社保个人月缴费信息情况表"),
    ],
)
def test_insurance_required_leads(question: str, first_line: str) -> None:
    assert answer(question, today=DAY).text.startswith(first_line)


@pytest.mark.parametrize(
    ("question", "first_words"),
    [
        # Black-box s58 D18: a yearless policy boundary day got no yes or no.
        ("3月31号当天结算的订单还能享受优惠吗", "能。2021年3月31日在指南的佣金优惠政策期间内"),
        ("11月17日结算的订单能享受优惠吗", "能。2016年11月17日在"),
        ("4月1号结算的订单还能享受优惠吗", "不能。"),
        # Black-box s58 D19: "after <a step>?" alone re-explained the step.
        ("ok and after signing the contracts?", "After step 4 (Sign the contracts) comes step 5"),
        ("and after the review passes?", "After step 3"),
    ],
)
def test_policy_day_and_step_after(question: str, first_words: str) -> None:
    assert answer(question, today=DAY).text.startswith(first_words)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Black-box s59 D6: two months side by side got the market's description.
        (
            "what about march 2021 vs april 2021 for security 300k?",
            [
                "1) March 2021: Commission: 15,000 yuan (tier 2, 5%).",
                "2) April 2021: 2021-04 is outside",
            ],
        ),
        (
            "安全市场30万，2021年3月和2021年4月分别佣金多少",
            ["1) 2021年3月：佣金 1.5万元（15,000元）（第2档 5%）。", "2) 2021年4月：2021年4月不在"],
        ),
    ],
)
def test_two_months_side_by_side(question: str, said: list[str]) -> None:
    text = answer(question, today=DAY).text
    for part in said:
        assert part in text


@pytest.mark.parametrize(
    ("question", "first_words"),
    [
        # holdout62 #3: the vendor's own joined markets (the twelve were listed).
        ("我的阿里云UID 1888xxxx2233 下面现在有几个市场入驻成功了？", "我查不了您账户里的记录"),
        # holdout62 #17: "（按云市场API接入）" named the API market alone.
        ("哪几个市场要有接口开发能力（按云市场API接入）", "指南中有这一项要求的集市："),
        # holdout62 #31: the contact fallback.
        (
            "the 20-person team thing — do we have to prove it somehow?",
            "The team size is proven by the company's monthly social insurance payment statement",
        ),
        # holdout62 #57: an invoice asked to be issued.
        ("帮我开张发票，抬头杭州某某科技有限公司，税号后面发你", "抱歉，我不能替您办这件事"),
        # holdout62 #104: the ticket page's own estimate.
        (
            "once the ticket is filed, roughly how soon does someone pick it up? the page said"
            " something about an engineer",
            "The ticket page shown in step 6 of the guide says",
        ),
        # holdout62 #133: the period, no verdict.
        ("2016年12月结算的单子在佣金优惠政策期内吗", "能。2016年12月在指南的佣金优惠政策期间内"),
        # holdout61 #53: a bare "Yes." to an either-or question.
        (
            "For the website building market, can we deliver sites on other clouds, or does it all"
            " have to be Alibaba Cloud?",
            "It has to be: Website Building Market: all services are built on Alibaba Cloud",
        ),
        # holdout61 #63 (in Chinese; the English reply still gives the description).
        ("安全市场要什么样的软件，怎么交付？", "安全市场要求：能提供成熟、稳定的安全软件"),
        # holdout61 #149: the twelve's total instead of the one apart.
        ("十二个市场里，哪个的保证金不是3万？", "不同的是：零售通市场 5万元（50,000元）"),
        # holdout61 #185: a "Like, …" restatement answered "Yes:" apart.
        (
            "Is there a minimum cooperation period? Like, do we have to stay a year before we can"
            " get the deposit back?",
            "The guide sets no minimum cooperation period",
        ),
        # holdout61 #193: labour law.
        (
            "员工社保少交了一个月，按劳动法会有什么后果？",
            "抱歉，这个问题不在云市场服务商入驻指南的范围内",
        ),
    ],
)
def test_holdout61_62_wrongs(question: str, first_words: str) -> None:
    assert answer(question, today=DAY).text.startswith(first_words)


def test_a_month_as_a_what_if_after_a_sum() -> None:
    # holdout61 #130: April 2021 as a what-if was left out.
    text = answer(
        "website building: March 2021 we had 300k self-operated, what's the commission? and what"
        " if the same 300k lands in April 2021?",
        today=DAY,
    ).text
    assert "1) March 2021: Commission: 45,000 yuan (tier 2, 15%)." in text
    assert "2) April 2021: 2021-04 is outside the guide's commission policy" in text


@pytest.mark.parametrize(
    ("question", "first_words"),
    [
        # holdout64 #20: "round the clock" read as asking what the levels mean.
        (
            "security market after-sales: is 5x8 ok or do they want round the clock?",
            "No.\n• Security Market: needs 7x24 after-sales technical service",
        ),
        # holdout64 #68: the contracts answered.
        ("平台啥时候重新核算我们落在哪个档？", "当月先默认按第1档费率收取平台佣金；次月初再核算"),
        # holdout64 #147: read as the vendor's own 7x24.
        ("哪个市场售后要7x24的？", "只有安全市场要求 7x24。"),
        # holdout63 #66: the fees listed.
        ("为啥要收保证金啊，这钱拿去干嘛的", "指南说，收保证金是“为了更好地保障阿里云用户的权益"),
        # holdout64 #101: "(way under 5x8)" read as 5x8 met.
        (
            "Services market: licence since 2023-03-01, capital 2 million, 25 ppl on social"
            " insurance, 3 yrs ops experience, but our support desk is only staffed 9-12 on"
            " weekdays (way under 5x8). can we join?",
            "No: as you describe it, Service Market's entry conditions are NOT all met",
        ),
        # holdout64 #47: whom the market sells to (the conditions listed).
        ("企业应用市场主要卖给谁？卖些啥？", "企业应用市场为中小企业用户"),
        # holdout64 #78: "does 20 count?" answered with who counts.
        (
            "we have exactly 20 tech+support staff on our social insurance. Data Intelligence says"
            " 20+, does 20 count?",
            "Yes, on these points.",
        ),
        # holdout64 #154 (h103): "就是能按云市场API做对接的" named the API market.
        ("哪些市场要求有接口开发能力，就是能按云市场API做对接的", "指南中有这一项要求的集市："),
        # holdout63 #200: deregistering a company.
        (
            "公司要注销，工商那边需要准备哪些材料？",
            "抱歉，这个问题不在云市场服务商入驻指南的范围内",
        ),
    ],
)
def test_holdout63_64_wrongs(question: str, first_words: str) -> None:
    assert answer(question, today=DAY).text.startswith(first_words)
