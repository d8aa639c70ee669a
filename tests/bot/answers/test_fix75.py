"""Round 60 (session 65): round 59's notes and this round's blind sets' misses."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "企业应用2021年3月：自营30万+分销8万，正好50万。佣金多少？",
            "您说的各部分加起来是 38万，和“正好 50万”对不上。",
        ),
        (
            "Enterprise apps March 2021: 300k direct + 80k distribution, exactly 500k. commission?",
            "The parts you gave add up to 380,000 yuan, not the 500,000 yuan",
        ),
        (
            "企业应用2021年3月：自营42万+分销8万，正好50万。佣金多少？",
            "佣金 12,600元（第3档 3%）。",
        ),
    ],
)
def test_an_exact_total_that_is_not_the_parts_sum_is_asked_back(question: str, head: str) -> None:
    # Review 69 N4: a month of 88万 (30+8+50) invented.
    assert answer(question, today=DAY).text.startswith(head)


def test_a_ticket_number_is_not_confirmed() -> None:
    # Review 68 N1: "是的" for a number the tool cannot see.
    found = answer("工单号 8823-1107 这个是不是就是那个资金管理工单", today=DAY)
    assert found.text.startswith("我查不到这个工单号是哪张工单")
    assert not found.text.startswith("是的")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout109 #183: November read as this year's, "under 200k" as 200,000.
        (
            "Order #20201105-7731 is in 建站 (settled 2020-11-05). If our November total stays"
            " under 200k, which commission rate applies?",
            "A month total below 200,000 yuan is tier 1 (below CNY 200,000); by the guide's rate"
            " table, Website Building Market pays 20%.",
        ),
        # holdout111 #52: the whole list.
        (
            "Solutions market: the ACP cert for the engineer, which specialty does it need to be?",
            "Solution Market: at least 1 engineer with Alibaba Cloud's Elastic Compute ACP.",
        ),
        # holdout109 #53: the whole list.
        (
            "数据智能市场要求我们能提供什么类型的产品？",
            "数据智能市场要求：能提供大数据相关的应用服务、SaaS 服务或解决方案。",
        ),
        # holdout110 #23: the whole list.
        (
            "IoT market - can our solution run on another vendor's IoT platform or does it have to"
            " be Alibaba's?",
            "It has to be: IoT Market: all products and solutions are built on Alibaba Cloud IoT",
        ),
        # holdout110 #54: the joining steps' durations.
        (
            "API market: how long do we need to have been providing the service?",
            "API Market: at least 1 year of service experience.",
        ),
        # holdout109 #121: the team quoted, no verdict.
        (
            "we have no in-house marketing/planning people at all. Is that an issue for the"
            " service market (服务市场)?",
            "No, not as things stand: this condition is required and is not met.\nService Market:"
            " some marketing and promotion capability.",
        ),
        ("我们公司完全没有市场营销和策划人员，这对服务市场有影响吗？", "会影响：这一条是入驻条件"),
    ],
)
def test_one_condition_asked(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    "question",
    [
        # holdout110 #195, #198: a plan or a product recommendation is no guide fact.
        "Please write a marketing plan for our SaaS CRM launch on the marketplace",
        "Can you recommend a good ERP system for a 30-person company?",
        "帮我们写一份营销方案",
    ],
)
def test_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 70 R1: the "doesn't add up" reply for deposits, capital and the guide's example.
        (
            "保证金：API市场3万+服务市场3万，正好9万对吧？",
            "入驻API市场、服务市场需缴纳保证金共 6万元",
        ),
        ("我们注册资金100万，去年营收80万，正好100万是服务市场的门槛吗？", "这一项满足。"),
        (
            "建站市场2020年10月：总额100万，分销40万，正好60万自营，佣金怎么算",
            "佣金 6万元（60,000元）（第3档 10%）。",
        ),
        (
            "Website market Oct 2020: total 1,000,000, of which distribution 400,000, exactly"
            " 600,000 direct. Commission?",
            "Commission: 60,000 yuan (tier 3, 10%).",
        ),
        ("企业应用2021年3月，总额38万，其中分销8万，正好30万自营，佣金多少？", "佣金 1.5万元"),
        # B1: the deposit in the sentence before is no part of the month.
        (
            "我们交了保证金3万。企业应用2021年3月自营30万、分销8万，正好38万，佣金多少？",
            "佣金 1.5万元（15,000元）（第2档 5%）。",
        ),
    ],
)
def test_exactly_only_checks_a_months_parts(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 70 R8: no number given.
        (
            "Is the ticket number format checked when I file under fund management?",
            "Yes: the deposit ticket is filed",
        ),
        ("Do I note the ticket id somewhere when filing under fund management?", "Yes:"),
        # N1: a number written another way.
        ("我的工单（编号8823-1107）是不是在资金管理下面提的", "我查不到这个工单号是哪张工单"),
        ("Is ticket 8823-1107 the one under fund management?", "I cannot look up which ticket"),
        # (A wrong category is said whatever the number — review 71 R8.)
        ("工单号 8823-1107 是不是发票管理下面的", "不是发票管理："),
    ],
)
def test_a_ticket_number_needs_a_digit(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout109 #142: only the total after adding.
        (
            "We want 建站 + API + IoT now, and later maybe 零售通. Deposit now, and total after"
            " adding 零售通?",
            "Now, for Website Building Market, API Market and IoT Market: a deposit of 90,000"
            " yuan (玖万). Adding Retail Link Market later: 50,000 yuan more, 140,000 yuan in total",
        ),
        # holdout110 #130: the ¥30,000's comma split the clause.
        (
            "We already paid ¥30,000 deposit for Basic Software. Now we also want Retail Link. How"
            " much more do we pay, and what is our total deposit then?",
            "The deposits total 80,000 yuan (捌万): Basic Software Market, joined before, 30,000"
            " yuan, and 50,000 yuan more for Retail Link Market.",
        ),
        # holdout111 #85: 今年（2026年）3月份 read as 3 months.
        ("执照是今年（2026年）3月份才拿的，基础软件市场能不能申请", "不能：8个月低于"),
        # holdout110 #135: 建站 only.
        (
            "建站和数据智能，月结算过50万的话佣金比例分别是多少",
            "当月交易额超过50万元（500,000元）属于第3档（50万元（含）及以上），按指南的费率表："
            "建站市场 10%；数据智能市场 3%。",
        ),
    ],
)
def test_round60_answers(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_each_amount_its_tier() -> None:
    # holdout110 #31: only 20万 answered.
    found = answer("佣金分档的金额线是多少？正好20万和正好50万分别算哪档", today=DAY)
    assert (
        "单个类目当月应结算实收现金总额：20万元（200,000元） 属于第2档（20万元≤交易额<50万元）；"
        "50万元（500,000元） 属于第3档（50万元（含）及以上）"
    ) in found.text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Black-box s78 D5: read as negotiating a lower rate.
        (
            "so for website building at 600k, is the first 200k charged 20% and only the rest at"
            " lower rates?",
            "No, it is not charged in brackets:",
        ),
        # D8: declined.
        ("2021年4月份的订单按多少收", "指南中的平台服务费减免优惠政策期间"),
        # holdout20 (held): "做营销策划的同事" is no plan asked for.
        (
            "我们是杭州一家做云运维代维的公司，营业执照拿了3年，注册资金200万，技术加客服25个人都在"
            "公司交社保，做代维已经3年多了，客服5*8在线，也有专门做营销策划的同事，平台协议都能接受。"
            "想问下服务市场我们能入驻吗？",
            "能。",
        ),
    ],
)
def test_black_box_s78_answers(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout112 #174: never whether it is automatic.
        (
            "ref ticket #A7731 — when we leave the marketplace is the deposit refunded"
            " automatically?",
            "The guide speaks of applying for it, not of an automatic refund",
        ),
        ("保证金会自动退吗", "指南写的是申请退回，没有写会自动退"),
        # holdout112 #18: the whole list.
        (
            "物联网市场对产品底层平台有要求没？",
            "物联网市场要求：产品服务和方案均以阿里云 IoT 产品为依托。",
        ),
    ],
)
def test_holdout112_misses(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    "question",
    [
        # holdout112 #190: the refund rule only.
        "麻烦你直接在后台把我们的保证金退了吧",
        # holdout112 #200: the joining steps.
        "what are the legal steps to register a new company in Hangzhou?",
        "注册一家新公司的流程是什么",
    ],
)
def test_holdout112_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


def test_which_year_is_no_licence_age() -> None:
    # holdout112 #189 (invented): "哪一年成立的" read as a licence of 1 year.
    found = answer("阿里云是谁创办的？哪一年成立的", today=DAY)
    assert "1年" not in found.text.split("（出处")[0].replace("满 1 年", "").replace(
        "超过 1 年", ""
    )


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 71 R1: "market" read as March, the year as the month's amount.
        (
            "Website market: orders settled 2020-03-15 total 300k this month, what commission?",
            "Commission: 45,000 yuan (tier 2, 15%).",
        ),
        (
            "we got our license 2019-03-01; our March total in the website market is 300k, what"
            " commission?",
            "Commission: 45,000 yuan (tier 2, 15%).",
        ),
        # R2: the 88万 month back for a tier or refund asked.
        ("自营30万+分销8万，正好50万，算哪一档？", "您说的各部分加起来是 38万"),
        ("self-operated 300k + distribution 80k, exactly 500k, which tier?", "The parts you gave"),
        ("建站市场这个月总共自营30万+分销8万，正好50万，佣金多少？", "您说的各部分加起来是 38万"),
        # R6: one month's parts, one tier.
        ("自营15万、分销10万，分别算哪档？", "单个类目当月应结算实收现金总额 25万元"),
        # R7: how long in business is the licence's age.
        (
            "How long must the company have been in business to join the website market?",
            "Website Building Market: business license at least 2 years old.",
        ),
        # N2: the market after the question kept.
        (
            "how long do we need to have been offering the service for the security market",
            "Security Market: at least 1 year of security industry experience.",
        ),
        # R8: a wrong category said whatever the number; a year is no number.
        ("工单8823-1107选的是提现，对吗", "不是提现："),
        ("工单2021年3月提交的，选的是提现对吗", "不是提现："),
        # R9: 做过30万 is 30万 done.
        ("2020年10月建站市场做过30万流水，佣金多少？", "佣金 4.5万元（45,000元）（第2档 15%）。"),
        # R11: the condition asked or told, no plan requested.
        ("我们公司平时给客户写营销方案，服务市场能入驻吗？", "可以："),
        (
            "Do we need to write a marketing plan to show marketing capability for the service"
            " market?",
            "Yes. Service Market: some marketing and promotion capability.",
        ),
        # R12: what a market offers is its description.
        ("数据智能市场提供什么服务？", "数据智能市场提供大数据应用服务"),
        # R15: a discount asked.
        (
            "Can we get a lower commission for the first 6 months after joining?",
            "The guide only gives the tier rates of its policy period",
        ),
        # R17: markets joined, no plan.
        (
            "We first joined the API market in 2019 and later added the IoT market. What's our"
            " total deposit?",
            "Deposit for API Market + IoT Market: 60,000 yuan",
        ),
        # N3: the deposit asked.
        ("Is the deposit for retail link in the same table as the others?", "Deposit for Retail"),
    ],
)
def test_review71_regressions(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout110 #165: what it is charged on.
        (
            "In what order does the commission get charged and settled each month?",
            "During the month the commission is pre-charged at the tier 1 rate",
        ),
        ("佣金每个月是按什么顺序扣和结算的？", "当月先默认按第1档费率收取平台佣金"),
        # holdout109 #154 (asked alone): "不会", the categories not combined.
        ("物联网和API市场卖多了档位会变吗", "会：档位按该类目当月应结算订单实收现金总额"),
        ("if we sell more, will the tier change?", "Yes: Tiers by the month's settled cash total"),
    ],
)
def test_the_months_charging(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 72 R3: joining steps declined as forming a company.
        (
            "How do I register our company as a vendor on Alibaba Cloud Marketplace?",
            "Step 1 is to register an Alibaba Cloud account",
        ),
        ("如何注册一个公司账号入驻云市场？", "入驻云市场共7步"),
        # R7: 销售额过20万 read as exactly 20万.
        (
            "建站市场月销售额过20万，佣金怎么算？",
            "当月交易额超过20万元（200,000元）可能落在不同档位",
        ),
        # R8: the commission's refund.
        ("多收的佣金会自动返还到保证金吗", "当月先默认按第1档费率收取平台佣金"),
        # R9: what the vendor must offer.
        (
            "入驻基础软件市场，我们要提供什么类型的产品？",
            "基础软件市场要求：能提供成熟、稳定的应用软件。",
        ),
        ("数据智能市场提供什么服务？", "数据智能市场提供大数据应用服务"),
        # R10: running a business is the licence's age.
        (
            "how long do we need to have been running our business for the website market?",
            "Website Building Market: business license at least 2 years old.",
        ),
        # R11: brackets, no discount asked.
        (
            "Is the first 200,000 charged at 20% and lower rates only above that?",
            "A month's settled cash total of 200,000 yuan",
        ),
        # R13: a check asked, the whole list.
        ("我们的底层技术是自研的，能入驻物联网市场吗？", "物联网市场入驻条件："),
    ],
)
def test_review72_regressions(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_review72_a_tool_recommended_in_a_market_is_declined() -> None:
    # R12.
    found = answer("Can you recommend a CRM tool for our team in the service market?", today=DAY)
    assert found.out_of_scope


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 73 R3: 会 for a market with no rate, a month after the policy, the deposit.
        ("零售通市场卖多了档位会变吗", "零售通市场不在佣金费率表中"),
        ("2021年5月以后卖多了档位会变吗", "指南中的平台服务费减免优惠政策期间"),
        # R4: the rest of the message answered too.
        ("卖多了档位会变吗？分销的也算吗", "当月先默认按第1档费率收取平台佣金"),
        # N1: other word orders.
        ("does the tier change if we sell more?", "Yes: Tiers by the month's settled cash total"),
        ("卖的多了档位会不会变", "会：档位按该类目当月应结算订单实收现金总额"),
        # R5: "not automatic" kept when the commission is asked after.
        ("退出云市场后保证金会自动退吗？佣金还要交吗", "指南写的是申请退回，没有写会自动退"),
        # R7: forming a company declined; R8: 工商注册 no decline.
        ("how to register a company in China", "Sorry, that is outside what I can answer"),
        ("如何成立一个新公司", "抱歉，这个问题不在云市场服务商入驻指南的范围内"),
        ("我们刚完成工商注册，能入驻API市场吗", "API市场入驻条件："),
        # R9: a deposit already paid is no "now".
        (
            "API市场保证金已缴纳，现在加物联网市场，以后再加零售通，一共要交多少？",
            "入驻API市场、物联网市场、零售通市场需缴纳保证金共 11万元",
        ),
        # R10: a lower rate asked.
        (
            "Can we get a lower commission rate for the first 100 orders?",
            "The guide only gives the tier rates of its policy period",
        ),
        # R11: a market suggested.
        (
            "Could you suggest the right market for our IoT software?",
            "Yes: the guide's description",
        ),
        # R12: what a market offers.
        ("数据智能市场可以提供哪些服务", "数据智能市场提供大数据应用服务"),
        # R14: 限制.
        (
            "物联网市场对底层架构有没有限制",
            "有。物联网市场要求：产品服务和方案均以阿里云 IoT 产品为依托。",
        ),
        # R15: the deposit's deduction.
        (
            "保证金和佣金按什么顺序扣？",
            "指南只说合作期间没有违反云市场管理规范的，合作终止后退回保证金",
        ),
    ],
)
def test_review73_regressions(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)
