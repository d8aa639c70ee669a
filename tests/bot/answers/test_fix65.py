"""Round 50 (session 55): the defects the blind judges found in holdout81 (scored once at
c9e8c3a) and holdout80 #96, each mended after its set was scored."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 6)


def test_a_full_check_beside_after_sales_is_no_look_up() -> None:
    # holdout81 #91: "check … our … after-sales" read as a look-up of our sales figures.
    text = answer(
        "Full check for the API market please: registered company, 25 tech+support staff on"
        " our social insurance (we can give the monthly statement), 5x8 after-sales, 2 yrs"
        " service experience, we can integrate with the marketplace API, and we accept all the"
        " marketplace agreements and management rules. Eligible?",
        today=DAY,
    ).text
    assert text.startswith("Yes.")
    assert "cannot look up" not in text


def test_our_sales_are_still_a_look_up() -> None:
    text = answer("can you check our sales for October?", today=DAY)
    assert text.out_of_scope


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout81 #176: the month given, "还在有效期吗" asked of it.
        (
            "我们查了下订单 2020110988776 是在2020年11月结算的，想问下那会儿佣金减免政策还在有效期吗？",
            "能。2020年11月在指南的佣金优惠政策期间内",
        ),
        ("2020年11月结算的，当时佣金减免政策还有效吗？", "能。2020年11月在"),
        ("2021年5月结算的，当时佣金减免政策还有效吗？", "不能。2021年5月不在"),
    ],
)
def test_still_valid_asked_of_a_month(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    "question",
    [
        # holdout81 #194: answered with the guide's version.
        "帮我们写一份入驻用的商业计划书吧，大概三千字",
        "can you draft a business plan for our marketplace application?",
        "帮我写一下商品描述",
    ],
)
def test_documents_written_for_the_vendor_are_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize("question", ["帮我写一下工单描述", "帮我写一下问题描述"])
def test_the_ticket_description_is_drafted_not_declined(question: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert "入驻云市场已缴纳保证金" in reply.text


def test_same_as_asked_of_two_rate_tables() -> None:
    # holdout81 #70: the two tables listed, "the same" never said.
    text = answer(
        "is the data intelligence market commission same as enterprise apps?", today=DAY
    ).text
    assert text.startswith("The same:")
    assert answer("is website building commission same as API?", today=DAY).text.startswith(
        "They differ:"
    )


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout80 #96: the stated lack of online customer service read as "not shown".
        (
            "our after-sales is 5x8 but we don't run online customer service (客服在线). We"
            " build websites - ok for 建站市场?",
            "No,",
        ),
        ("我们售后5x8，但不提供在线客服，建站市场可以吗", "不能"),
    ],
)
def test_a_stated_lack_of_online_customer_service_is_not_met(question: str, head: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(head)
    assert "not shown" not in text and "无法据此判断" not in text


def test_a_follow_up_opened_on_a_market_is_that_market() -> None:
    # holdout82 #138: "Security" after "? and" read as no market, the 600k priced as API's.
    text = answer(
        "API and IoT market commission rates? and Security if we hit 600k in Oct 2020?", today=DAY
    ).text
    assert "Security Market (rate table: 安全市场), month total 600,000 yuan" in text
    assert "API Market (rate table: API市场), month total" not in text


def test_the_rate_pre_charged_beside_an_order_number_is_the_rule() -> None:
    # holdout82 #174: "pre-charged" read as what that order was charged — a look-up.
    text = answer(
        "My order 7730012 settled on 2020-10-28 under 建站. Which rate is pre-charged first?",
        today=DAY,
    ).text
    assert text.startswith("During the month Website Building Market is pre-charged at its")
    assert "20%" in text.split("\n")[0]
    assert answer("how much commission was our order 2020103312 charged?", today=DAY).out_of_scope


@pytest.mark.parametrize(
    "question",
    ["保证金交完是不是就算入驻成功了？店铺啥时候能开", "保证金交完是不是就算入驻成功了？"],
)
def test_joined_once_the_deposit_is_paid_gets_yes_first(question: str) -> None:
    # holdout82 #52: the deposit's amounts first, no 是.
    text = answer(question, today=DAY).text
    assert text.startswith("是的。保证金缴纳完成后即完成入驻合作计划")
    assert "50,000" not in text


def test_when_alone_is_still_the_step() -> None:
    assert answer("交完保证金什么时候能上架？", today=DAY).text.startswith("第7步")


@pytest.mark.parametrize(
    "question",
    [
        "New Retail market: is the ecosystem certification mandatory? where do we look up that"
        " process?",
        "新零售的生态认证是必须的吗？这个流程在哪查？",
    ],
)
def test_that_process_after_the_ecosystem_certification_is_its_own(question: str) -> None:
    # holdout82 #49: "that process" answered with the Marketplace's seven joining steps.
    text = answer(question, today=DAY).text
    assert "生态伙伴入驻流程" in text or "ecosystem partner joining process" in text
    assert "Register an Alibaba Cloud account" not in text and "注册阿里云账号" not in text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # holdout82 #170: declined as outside the guide.
        ("快递地址填公司地址行不行？", "没有限定必须是哪个地址"),
        ("can we use our office as the delivery address?", "sets no rule on which address"),
    ],
)
def test_which_delivery_address_is_the_guides_silence(question: str, said: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(("指南只要求", "The guide only asks"))
    assert said in text


def test_a_grouped_figure_given_twice_is_no_identifier() -> None:
    # holdout81 #75: "RMB 990,000 (99w)" — the check read 990000 as an id's digits and the
    # reply's "990,000 yuan" as invented.
    from bot.answers.provenance import invented_numbers

    question = "registered capital is RMB 990,000 (99w). can we do the Security market?"
    reply = answer(question, today=DAY).text
    assert "990,000 yuan" in reply
    assert invented_numbers(question, reply, DAY) == []


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout51 #43 (h123): which kind is asked; the lack is context.
        (
            "我们只有售后技术服务，没有在线客服，建站市场要的是哪一个？",
            "指南对建站市场没有售后技术服务要求",
        ),
    ],
)
def test_which_kind_asked_beside_a_lack(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


# A blind review of this round's change (round 50) found these answered wrongly by it; each
# keeps the answer it had before (the head named).
@pytest.mark.parametrize(
    ("question", "head"),
    [
        # D1: a plan or proposal named beside a guide question is no request to write one.
        ("能否整理一下入驻安全市场要准备哪些申报材料？", "安全市场入驻条件"),
        ("能不能做一个入驻流程的PPT给我们老板看？", "入驻云市场共7步"),
        (
            "We need to prepare a proposal for our boss: what is the deposit for API and Security?",
            "Deposit for API Market + Security Market: 60,000 yuan",
        ),
        (
            "I have to put together a business plan - what's the commission for enterprise apps"
            " at 300k?",
            "Commission: 15,000 yuan (tier 2, 5%).",
        ),
        # D2: online hours given beside a partial lack.
        ("我们周末不提供在线客服，工作日5x8在线，建站市场可以吗", "这一项满足"),
        ("我们没有专门的在线客服，由技术人员兼职5x8在线回复，建站市场可以吗", "这一项满足"),
        (
            "We don't offer online customer service on weekends, only weekdays 9-6. OK for the"
            " Services market?",
            "Yes, on this point",
        ),
        ("我们不是没有在线客服，是5x8的，建站市场可以吗", "这一项满足"),
        # D3: "which one" beside an after-sales lack, or with joining asked, keeps the verdict.
        ("我们没有售后技术团队，安全市场需要的是哪种服务？我们能入驻吗", "不能"),
        ("我们只有在线客服，没有售后技术服务，安全市场要的是哪一个？", "不能"),
        # D4: the Marketplace's own process after the certification.
        (
            "New Retail needs ecosystem certification, right? And what's the process after that"
            " to join the marketplace?",
            "Yes. New Retail Market",
        ),
        # D6: what our order was pre-charged is the record's.
        ("How much was our order 2020103312 pre-charged?", "I cannot look up"),
        ("How much commission were we pre charged on order 7730012?", "I cannot look up"),
        # D7: a product description, wherever it is to go.
        ("帮我写一段商品描述放到工单里", "抱歉，这个问题不在"),
    ],
)
def test_what_the_blind_review_found_keeps_its_answer(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_a_common_word_after_and_is_no_market() -> None:
    # D5: "And service at weekends?" read as the Service Market.
    text = answer(
        "Do we need 5x8 for the Website Building market? And service at weekends?", today=DAY
    ).text
    assert "weekends" in text and "Service Market." not in text
