"""Round 59 (session 64): round 58's notes and this round's blind sets' misses."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        "Data Intelligence, 120k + 50k + 30k RMB in 2020-10, of which 30k distribution, what's the"
        " commission?",
        "Data Intelligence, 120k + 50k + 30k RMB, of which 30k is distribution",
    ],
)
def test_of_which_after_a_list_of_orders_is_inside_their_sum(question: str) -> None:
    # (The month was 170k: "of which" sat past the few characters looked at before the part.)
    found = answer(question, today=DAY)
    assert found.text.startswith("Commission: 8,500 yuan (tier 2, 5%).")
    assert "month total 200,000 yuan (distribution 30,000)" in found.text


def test_the_next_policy_after_the_old_one() -> None:
    # holdout103 #187 (left in round 58): the refund after the month was answered.
    found = answer(
        "When will Alibaba announce the next fee-discount policy after the 2021 one?", today=DAY
    )
    assert found.text.startswith("The guide's commission discount policy ran from 2016-11-17")
    assert "does not say what commission policy or rates apply after that" in found.text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout106 #128 (invented numbers: a month of 100万).
        (
            "企业应用2021年3月：自营42万+分销8万，正好50万。月初返还的佣金是多少？",
            "次月初返还 29,400元。",
        ),
        (
            "企业应用2021年3月：自营42万，分销8万，正好50万。佣金多少？",
            "佣金 12,600元（第3档 3%）。",
        ),
        # holdout107 #125: the two distribution orders read as none.
        (
            "Website building, Oct 2020: five orders of 50k each, two of them came via distribution."
            " final commission and refund pls",
            "Commission: 22,500 yuan (tier 2, 15%). Refunded early next month: 7,500 yuan.",
        ),
        ("建站2020年10月，5笔订单每笔5万，其中2笔是分销，佣金多少", "佣金 22,500元（第2档 15%）。"),
        ("建站2020年10月两笔各15万，其中一笔是分销，佣金多少", "佣金 22,500元（第2档 15%）。"),
    ],
)
def test_a_month_in_parts(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_an_amount_a_month_for_two_markets() -> None:
    # holdout105 #140: "60w/month" was no amount; "for X and for Y" answered X only.
    found = answer("at 60w/month, what rate applies for 物联网 and for 数据智能?", today=DAY)
    assert "IoT Market: month total 600,000 yuan (distribution 0) → tier 3, 0%" in found.text
    assert "Data Intelligence Market: month total 600,000 yuan (distribution 0) → tier 3, 3%" in (
        found.text
    )


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout107 #1: API integration judged from "做短信接口的".
        (
            "你好，想问下API市场对团队规模有要求吗？我们是做短信接口的",
            "API市场要求：技术及客服团队不少于 20 人",
        ),
        # holdout107 #38: the deposit.
        (
            "What kind of products go into the DevOps market? we build a cloud cost dashboard",
            "DevOps Market (开发运维市场), as the guide describes it:",
        ),
        # holdout107 #84: the twelve markets.
        ("做物流SaaS的，解决方案市场的行业范围我们在不在里面？", "这一条满足。"),
        # holdout106 #2: when the deposit is paid.
        (
            "hi, quick one - how much is the security deposit if we only list on the API market?",
            "Deposit for API Market: 30,000 yuan (CNY, 叁万) in total.",
        ),
        # holdout106 #33: "from what you say it is met".
        (
            "Security market: do we have to ship our software as an ECS image, or can it be SaaS"
            " only?",
            "Yes. Security Market: software deployable on ECS and delivered as an image.",
        ),
        # holdout106 #41: the rule, then the credit line.
        (
            "零售通对阿里巴巴账号有什么要求？我们有淘宝店不知道算不算",
            "零售通市场要求拥有阿里巴巴中国站会员账号并通过企业名称认证的服务型企业；指南没有说淘宝账号可以代替。",
        ),
        # holdout105 #135: the difference dropped.
        (
            "零售通和解决方案两个市场，对注册资金的要求各是啥？有区别吗",
            "不一样：零售通市场要求注册资金超过 100万元，解决方案市场要求注册资金不低于 100万元。\n"
            "正好是这个数时：零售通市场不够（要超过，不含本数），解决方案市场满足（不低于，含本数）。",
        ),
        # holdout105 #175: "是的" from a contract number.
        (
            "合同编号 Y20-2020-0456 这个是不是就是那个框架协议？签完它还要签别的吗",
            "我没法核对这个编号对应哪份文件",
        ),
    ],
)
def test_round_59_judged_misses(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_cost_asked_is_still_the_deposit() -> None:
    found = answer("how much does the devops market cost?", today=DAY)
    assert found.text.startswith("Deposit for DevOps Market: 30,000 yuan")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Black-box s76 D5: the Enterprise Application Market checked.
        (
            "we're a wholly foreign-owned enterprise, is that ok for joining?",
            "The guide says nothing about foreign-owned or overseas companies",
        ),
        ("外资公司能入驻吗", "指南没有说外资或境外公司能不能入驻"),
        # D8: the markets with no rate.
        ("那我们明年的佣金是多少", "指南中的平台服务费减免优惠政策期间：自2016年11月17日起"),
        # D10: the licence-age table.
        (
            "and experience - does experience before the company was founded count? our"
            " founders did this for 5 years",
            "Each market asks for your company's own years of service experience in its field",
        ),
        # D17: declined.
        ("thanks. anything else we need to do after filing it?", "After step 6 (File a ticket)"),
        # D20: read as an errand for the bot.
        (
            "Will you send the receipt to the address in the ticket?",
            "The guide only says the Marketplace issues a receipt after the deposit is paid",
        ),
        # D23: answered as if the vendor had two years.
        ("营业执照满两年是怎么算的", "指南只写“营业执照需要满N年”，没有写具体怎么算。"),
        # D19: "也就是" said the same sentence again.
        (
            "依托啥意思",
            "建站市场这一条的原文是：“提供的服务均以阿里云产品为依托。”这是入驻条件的原话",
        ),
    ],
)
def test_black_box_s76_answers(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_a_month_after_the_policy_is_said_so() -> None:
    # D18: the settlement rule only.
    found = answer("2021年4月的订单怎么算", today=DAY)
    assert "2021年4月不在指南的佣金优惠政策期间（2016年11月17日至2021年3月31日）内" in found.text
    assert "不在指南的佣金优惠政策期间" not in answer("2020年4月的订单怎么算", today=DAY).text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout108 #51: every condition listed.
        (
            "Does the API market expect us to be able to develop against the marketplace API?",
            "Yes. API Market: can integrate with the Marketplace API.",
        ),
        ("API市场要求能对接云市场API吗", "需要。API市场要求：有接口开发能力。"),
        # holdout108 #62: read as a team of 20.
        (
            "20人团队具体指哪些人？要交什么证明材料",
            "指技术人员和客服人员，也就是指南说的“技术及客服团队”",
        ),
        ("who counts in the team?", "It means your technical and customer-service staff"),
    ],
)
def test_holdout108_judged_misses(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 68 R5: the licence-age rule for a commission question.
        (
            "How are software license sales counted toward the commission tier?",
            "Tiers by the month's",
        ),
        # R6: the vendor's date dropped.
        ("营业执照满一年怎么算？我们是2023年5月拿的执照", "按 "),
        # R7: the foreign-ownership reply for a service sold, and over a capital check.
        (
            "we provide offshore data backup services, can we join the data intelligence market?",
            "Entry conditions for Data Intelligence Market",
        ),
        ("我们是中外合资企业，注册资金500万，能入驻安全市场吗？", "这一项满足。"),
        # R8: "submit it" is the application.
        ("where do I submit it?", "Where to apply:"),
        # R11: the market's own figure.
        (
            "Our founder has 10 years of security experience, can we apply to the security market?",
            "Security Market: at least 1 year of security industry experience.",
        ),
        # R12: how it is charged, whether it changes.
        ("今年佣金怎么收", "佣金即平台服务费"),
        ("未来佣金会调整吗", "指南中的佣金优惠政策"),
        # N5: the years too.
        (
            "零售通和数据智能对营业执照年限有啥区别",
            "不一样：零售通市场要求企业成立时间超过 1 年，数据智能市场要求营业执照满 1 年。\n"
            "正好是这个数时：零售通市场不够",
        ),
    ],
)
def test_review_68(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_the_licence_rule_says_more_than_for_retail_link() -> None:
    # R6: "满N年 … 不晚于当天" alone told a vendor at exactly one year they pass 零售通.
    found = answer("营业执照满两年是怎么算的", today=DAY)
    assert "零售通市场写的是“企业成立时间超过 1 年”：要超过，正好满这个年数还不够。" in found.text


def test_an_exact_total_that_is_not_the_sum_is_not_trusted() -> None:
    # N3: 42万 commissionable invented from "自营30万+分销8万，正好50万".
    found = answer("企业应用2021年3月：自营30万+分销8万，正好50万。佣金多少？", today=DAY)
    assert "42万" not in found.text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Black-box s77 D4: "不收" first, about today.
        ("API市场现在要交佣金吗", "以下是指南佣金优惠政策期间"),
        # D3, D9: the commission example, or declined.
        ("必须用阿里云吗", "指南中有这一项要求的集市：建站市场、物联网市场。"),
        ("do we need to build on alibaba cloud?", "Markets with this condition in the guide:"),
    ],
)
def test_black_box_s77_answers(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 69 R3: an unrelated rule.
        ("今年还收佣金吗", "指南中的平台服务费减免优惠政策期间"),
        ("will there be commission next year?", "The guide's commission discount policy ran"),
        # R4: "正好" after a space.
        ("企业应用2021年3月：自营42万+分销8万 正好50万。佣金多少？", "佣金 12,600元（第3档 3%）。"),
        # N4: in English.
        (
            "Enterprise apps March 2021: 420k direct + 80k distribution, exactly 500k. commission?",
            "Commission: 12,600 yuan (tier 3, 3%).",
        ),
        # R5: declined, or another topic.
        ("创始人之前做了5年安全，算不算安全市场的经验", "各市场要求的是贵公司在该业务上的服务经验"),
        (
            "is the founders' prior experience valid?",
            "Each market asks for your company's own years",
        ),
        # R6: declined.
        ("Is a foreign company allowed to join?", "The guide says nothing about foreign-owned"),
        ("作为外资企业，我们能入驻吗", "指南没有说外资或境外公司能不能入驻"),
        # R7: declined.
        ("I submitted it, what now?", "After step 6 (File a ticket) comes step 7"),
        # R10.
        ("营业执照满两年怎么算？我们是做软件销售的", "指南只写“营业执照需要满N年”"),
        ("How are the licence years calculated?", "The guide only says the business license"),
        # N1.
        ("does the API market charge commission now?", "These are the rates of the guide's"),
    ],
)
def test_review_69(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)
