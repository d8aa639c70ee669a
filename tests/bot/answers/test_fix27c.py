"""Round 27 (fix27c): holdout19 / dev19g judged wrongs, in wordings of our own:

1. when commission is taken ("先扣还是月底算完再扣", "is it taken up front or after month-end"):
   the pre-charge rule opens the reply (tier 1 first, re-rated early next month, excess
   refunded), never the definition of 佣金 or the rate table;
2. a month's commission asked for a month after the policy period ("this month", 上个月, 本月)
   where all of it came through distribution: the period's end first, then the reference
   figure (0 commission) — never the bare rate table; the breakdown never says two different
   tier rates are "both" one rate;
3. what only the vendor's records or another office know: which markets WE have joined (with or
   without an account id), whether ONE order was overcharged, where a document the guide only
   names is issued — declined (out of scope), with the related rule after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

TODAY = date(2026, 12, 2)


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


# --- 1. when commission is charged ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("平台佣金是先收还是月底结算后再收？", "zh"),
        ("抽佣是在月中就扣还是等月底统计完再扣？", "zh"),
        ("佣金是怎么收取的，先扣还是后扣？", "zh"),
        ("服务费是每笔订单先扣掉，还是月底汇总完再一次性扣？", "zh"),
        ("When does Alibaba take its commission?", "en"),
        (
            "Does the platform take its fee as orders come in, or only once the month is closed?",
            "en",
        ),
        ("Is the commission deducted before the month ends or after?", "en"),
    ],
)
def test_when_commission_is_charged_opens_with_the_precharge(question: str, lang: str) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    head = _first_line(found.text)
    assert not found.out_of_scope
    assert not head.startswith(("佣金即", "These are the rates", "以下是"))
    if lang == "zh":
        assert "第1档" in head and "次月" in head and "返还" in head
    else:
        assert "tier 1" in head and "following month" in head and "refund" in head


def test_when_asked_with_amounts_still_computes() -> None:
    # An amount given: the month is computed, not the rule repeated.
    found = answer("建站市场2020年10月做了30万，佣金什么时候扣、扣多少？", "zh", today=TODAY)
    assert "45,000" in found.text or "4.5万" in found.text


# --- 2. a month after the policy, all distribution -----------------------------------------
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("数据智能这个月的30万都是通过分销渠道卖的，要付多少佣金", "zh"),
        ("建站市场上个月的40万全都是走分销来的，佣金怎么算？", "zh"),
        ("安全市场本月25万，全部都是通过分销商卖出的，要交多少佣金？", "zh"),
        (
            "In Website Building all our 300,000 this month came through distribution orders. "
            "What commission is due?",
            "en",
        ),
        (
            "This month every yuan of our 300k in Security came via distributors. What's the "
            "commission?",
            "en",
        ),
        (
            "Last month, all of the 250,000 we made in Basic Software was through resellers. "
            "Commission?",
            "en",
        ),
    ],
)
def test_after_policy_all_distribution_period_first_then_zero(question: str, lang: str) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    head = _first_line(found.text)
    if lang == "zh":
        assert "2021年3月31日" in head and "结束" in head
        assert "0元" in found.text
    else:
        assert "2021-03-31" in head and "ended" in head
        assert "0 yuan" in found.text
    # The figure, not the bare rate table.
    assert "15,000" not in found.text and "30,000" not in found.text


def test_all_distribution_in_a_policy_month_is_computed() -> None:
    found = answer(
        "In Data Intelligence all our 300,000 in October 2020 came through distribution "
        "orders. How much commission do we pay?",
        "en",
        today=TODAY,
    )
    assert "0 yuan" in _first_line(found.text)


@pytest.mark.parametrize(
    ("question", "lang", "wrong"),
    [
        ("建站市场2020年10月30万全是分销订单，要交多少佣金？", "zh", "两档费率都是"),
        ("Website Building, October 2020: 300,000, all distribution. Commission?", "en", "both"),
        ("服务市场2020年8月25万全部是分销，佣金多少", "zh", "两档费率都是"),
    ],
)
def test_nothing_commissionable_never_says_the_rates_are_the_same(
    question: str, lang: str, wrong: str
) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    assert wrong not in found.text


# --- 3. the vendor's own records and facts the guide cannot know ----------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们的阿里云账号是1688123456789012，我们已经入驻了哪些市场？",
        "账号ID 1688000011112222 现在入驻了几个市场？",
        "我们现在已经加入了哪些集市？",
        "Account 5512345678901234 — which categories are we currently listed in?",
        "Which markets have we joined so far?",
        "UID 1688777766665555: how many markets are we in right now?",
    ],
)
def test_markets_we_joined_declined_with_where_to_see(question: str) -> None:
    found = answer(question, today=TODAY)
    assert found.out_of_scope
    assert "云市场平台" in found.text
    assert "十二大集市" not in found.text and "twelve markets" not in found.text


def test_which_markets_may_we_join_is_still_answered() -> None:
    # A rule, not a record: which markets a vendor may join.
    found = answer("我们已经入驻了API市场，还能再入驻别的市场吗？", today=TODAY)
    assert not found.out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "Was order 2020101512345 overcharged on commission?",
        "订单2020111200345是不是多收了佣金？",
        "Did you take too much commission on order 2020112233445?",
        "单号2020120300001那笔，服务费是不是扣多了",
    ],
)
def test_one_orders_commission_declined_with_the_rerating_rule(question: str) -> None:
    found = answer(question, today=TODAY)
    assert found.out_of_scope
    assert not found.text.startswith(("是的", "Yes", "During the month"))
    assert "第1档" in found.text or "tier-1" in found.text or "tier 1" in found.text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        (
            "Where do we get the social insurance payment statement — the social security "
            "bureau or the tax bureau?",
            "en",
        ),
        ("税务登记证去哪里办？", "zh"),
        ("组织机构代码证要到哪个部门开？", "zh"),
        ("营业执照是在工商局办还是在市场监管局办？", "zh"),
        ("Where can we obtain the organisation code certificate?", "en"),
        ("How do we get a tax registration certificate issued?", "en"),
    ],
)
def test_where_a_named_document_is_issued_declined_with_the_rule(question: str, lang: str) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    assert found.out_of_scope
    if lang == "zh":
        assert "指南只" in found.text
    else:
        assert "The guide only" in found.text


@pytest.mark.parametrize(
    "question",
    [
        "零售通需要提供哪些证件？",
        "营业执照要满几年？",
        "营业执照在哪一步上传？",
    ],
)
def test_document_rules_still_answered(question: str) -> None:
    assert not answer(question, today=TODAY).out_of_scope


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("数据智能市场本月30万全部是分销的，要交佣金吗", "zh"),
        ("上个月建站市场的40万全是分销订单，还要交佣金吗？", "zh"),
        (
            "Security market, this month 200k, all through distribution — do we pay commission on it?",
            "en",
        ),
        (
            "Data Intelligence: our whole 300,000 last month came through distribution orders. "
            "Commission?",
            "en",
        ),
    ],
)
def test_after_policy_all_distribution_yes_no_says_the_period_first(
    question: str, lang: str
) -> None:
    head = _first_line(answer(question, lang, today=TODAY).text)  # type: ignore[arg-type]
    assert ("2021年3月31日" in head) if lang == "zh" else ("2021-03-31" in head)


# --- fix27c2: "all but N came through distribution": N is the OTHER part -------------------
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("2020年6月建站市场一共60万，除了15万以外，其余都走分销，佣金多少？", "zh"),
        ("2020年6月建站市场总共60万，除去15万，剩下的全是分销卖的，佣金是多少？", "zh"),
        ("2020年6月建站市场60万，其中15万是自营，其余都是分销，要交多少佣金？", "zh"),
        (
            "June 2020, website market: 600,000 in all, everything except 150,000 was sold "
            "through resellers. How much commission?",
            "en",
        ),
        (
            "Website market, June 2020: all but 150k of our 600k came via distributors. "
            "Commission?",
            "en",
        ),
        (
            "Website market in June 2020: 600k total, 150k direct and the rest through "
            "distribution. What commission do we pay?",
            "en",
        ),
    ],
)
def test_all_but_n_is_distribution_takes_n_as_the_own_part(question: str, lang: str) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    # Tier 3 (600k) at 10% on the 150k sold directly: 15,000, never 45,000 (450k charged).
    assert "15,000" in found.text or "1.5万" in found.text
    assert "45,000" not in found.text and "4.5万" not in found.text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("2020年6月建站市场总共60万，其中15万是分销，其余是自营，佣金多少？", "zh"),
        ("2020年6月建站市场60万，分销15万，佣金多少？", "zh"),
        ("Website market June 2020: 600k, of which 150k through distribution. Commission?", "en"),
    ],
)
def test_the_distribution_part_named_is_still_distribution(question: str, lang: str) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    # 450k commissionable at 10%: 45,000.
    assert "45,000" in found.text or "4.5万" in found.text


# --- fix27c2: the vendor's own ticket or shop state; agreements with its own customers -----
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("工单号202012010077是保证金转财务的那个，财务处理好了吗？", "zh"),
        ("Ticket 202012010077 about our deposit receipt: has it been dealt with yet?", "en"),
        ("Our ticket 202101050033 for the deposit — has finance handled it?", "en"),
        ("我们店铺现在上线了吗？", "zh"),
        ("我们的店开起来了没有？", "zh"),
        ("Is my store live at the moment?", "en"),
        ("Is our storefront open yet?", "en"),
    ],
)
def test_own_ticket_or_shop_state_declined(question: str, lang: str) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    assert found.out_of_scope
    assert not found.text.startswith(("Step 6", "第6步", "Once the deposit", "保证金缴纳完成后"))


@pytest.mark.parametrize(
    "question", ["交完保证金店铺就上线了吗？", "Once the deposit is paid, is the shop online?"]
)
def test_when_the_shop_opens_is_still_the_rule(question: str) -> None:
    found = answer(question, "zh" if "保证金" in question else "en", today=TODAY)
    assert not found.out_of_scope


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("我们在云市场卖软件，要和买家签保密协议吗？", "zh"),
        ("和自己的客户需要签服务合同吗？", "zh"),
        ("Should our buyers sign a non-disclosure agreement with us?", "en"),
        (
            "Do we have to sign a contract with our customers for each sale on the Marketplace?",
            "en",
        ),
    ],
)
def test_agreements_with_own_customers_declined_with_the_joining_contracts(
    question: str, lang: str
) -> None:
    found = answer(question, lang, today=TODAY)  # type: ignore[arg-type]
    assert found.out_of_scope
    assert "《云市场协议》" in found.text
    assert "1." not in _first_line(found.text) and not found.text.startswith("Joining takes")


def test_the_joining_contracts_are_still_answered() -> None:
    found = answer("入驻要签哪些协议？", "zh", today=TODAY)
    assert not found.out_of_scope and "《Y20阿里云合作伙伴框架协议》" in found.text
