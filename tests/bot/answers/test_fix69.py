"""Round 54 (session 59): black-box s67 D17 (docs/evaluation/black_box_s67/report.md) — the
general commission question in Chinese gets the whole rule, as the English one does."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    ["云市场的佣金怎么收的", "佣金是怎么收的", "云市场怎么收佣金的", "平台的佣金怎么算？"],
)
def test_how_commission_is_charged_is_the_whole_rule(question: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith("佣金即平台服务费")
    assert "第1档 <20万，第2档 20万≤额<50万，第3档 ≥50万（含）" in text
    assert "现已结束" in text


def test_a_market_named_keeps_its_rates() -> None:
    text = answer("建站市场的佣金怎么收的", today=DAY).text
    assert text.startswith("建站市场（费率表：网站建设）按当月该类目应结算实收现金总额分档")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # s69 D3: "X呢 <question>" answered with the market's conditions.
        ("物联网呢 费率多少", "物联网市场各档的佣金比例都是 0%"),
        ("零售通呢 保证金多少", "入驻零售通市场需缴纳保证金共 5万元"),
    ],
)
def test_a_market_then_a_question_asks_it_of_that_market(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # s69 D7: the 10 of 10万 read as the day (declined); the 20 of 20万 dropped the note.
        ("服务&代维 2016年11月 10万", "佣金 1万元（10,000元）（第1档 10%）。"),
        ("2016年11月 20万 服务市场", "佣金 1万元（10,000元）（第2档 5%）。"),
    ],
)
def test_an_amount_after_the_month_is_no_day(question: str, head: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(head)
    assert "优惠政策自2016年11月17日起执行" in text


def test_a_day_written_out_is_still_the_day() -> None:
    assert answer("2016年11月10日结算的10万 服务市场", today=DAY).text.startswith(
        "2016年11月10日结算的订单不在指南的佣金优惠政策期间"
    )


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout89 #62: the receipt, for why a deposit is asked at all.
        (
            "why does the marketplace make vendors pay a deposit at all?",
            "It protects Alibaba Cloud users and keeps service and product quality up.",
        ),
        # holdout89 #138: "是的，指的是同一个" and the staff contacts.
        (
            "零售通员工人数要求是多少？跟其他市场那个20人团队是一回事吗",
            "不是一回事。零售通市场要求公司员工人数不少于4人（原文：有专人对接运营服务，"
            "注册并开通钉钉，且员工人数不少于4人。），不要求20人团队，也不要求社保个人月缴费信息情况表。"
            "其他 11 个市场的“20人以上”指技术及客服团队的人数",
        ),
        (
            "Is Retail Link's 4 employees the same thing as the 20-person team of other markets?",
            "No, they are different. Retail Link Market asks for at least 4 employees",
        ),
        # holdout89 #57: whether small customers count, never answered.
        (
            "物联网市场要有客户案例吗？小客户算不算",
            "需要。物联网市场要求“有成功可追溯的知名客户案例。”指南没有定义什么样的客户算“知名”",
        ),
        (
            "小客户的案例算知名客户案例吗",
            "不一定。解决方案市场、物联网市场要求“有成功可追溯的知名客户案例。”",
        ),
        (
            "do cases with small local clients count for the solutions market?",
            "Not necessarily. Solution Market — the guide asks for",
        ),
    ],
)
def test_holdout89_mended(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # s69 D11: step 2 again, for the documents asked.
        (
            "what documents do i need for the real name verifcation",
            "The guide only says step 2 is completing enterprise real-name verification",
        ),
        # s69 D12: a circular definition, then every market's conditions.
        (
            "what is 生态体系资质评估和认证? how do I get it",
            "The guide only says New Retail and DevOps partners must complete",
        ),
        ("生态伙伴认证是什么？怎么申请", "指南只写了新零售市场和开发运维市场的入驻伙伴需要完成"),
    ],
)
def test_black_box_s69_answers(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout90 #3: "这一项满足" for a level only asked about.
        (
            "我们是做API的，售后技术服务要求到什么程度？要不要7x24那种",
            "不需要24小时：API市场要求的是提供 5×8 小时售后技术服务",
        ),
        # holdout90 #8: "Yes, for the markets below" for a staff list as proof.
        (
            "Is a headcount list enough to prove our team size, or do you need something specific?",
            "The guide does not say a staff list will do as proof; it asks for the company's"
            " monthly social-insurance payment statement",
        ),
        ("员工名单能证明团队人数吗", "指南没有说员工名单可以作为证明"),
        # holdout90 #15: the order of steps 3 and 7 for a shop on Tmall.
        (
            "我们老板之前在天猫开店有过一次违规，零售通那边审核会看这个吗",
            "不能：这一条是入驻条件，按您说的情况不满足。\n• 零售通市场要求：企业主体及法定代表人信用良好",
        ),
        # holdout90 #59: declined as the hours' meaning.
        (
            "基础软件那个“5x8”是指售后技术服务还是在线客服啊？我们只有在线客服",
            "是在线客服（不是售后技术服务）：基础软件市场要求不少于 5×8 小时的客服在线服务。",
        ),
        # holdout90 #176: declined as a look-up of the vendor's records.
        (
            "Settlement date 2021-02-28, order no. 20210210-778, 安全市场, self-operated."
            " What is the tier-1 rate?",
            "Security Market's tier 1 commission rate is 10%.",
        ),
    ],
)
def test_holdout90_mended(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_a_list_of_documents_is_no_staff_list() -> None:
    assert "员工名单" not in answer("资料清单能发我吗", today=DAY).text


# Review 59 (a blind review of this round's diff): its regressions, held.


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # R4: a day before the policy, priced.
        (
            "2016-11-16 website building 100k commission",
            "An order settled on 2016-11-16 is outside",
        ),
        ("2016-11-15,10万 建站佣金", "2016年11月15日结算的订单不在指南的佣金优惠政策期间"),
        ("2016-11-15 web hosting 100k commission", "An order settled on 2016-11-15 is outside"),
        # R5: the small-customers answer for markets without the condition, or other questions.
        ("API市场需要客户案例吗？我们客户都是小企业", "API 市场提供高性能"),
        (
            "企业应用市场面向中小企业，需要客户案例吗",
            "不需要。指南对企业应用市场没有知名客户案例要求。",
        ),
        ("我们是小公司，没有知名客户案例，能入驻哪些市场", "按您说的情况，进不了的市场："),
        (
            "In that case, can small companies still apply for the service market?",
            "Entry conditions for Service Market",
        ),
        (
            "解决方案市场的客户案例要几个？我们客户大多是中小企业",
            "指南只要求解决方案市场和物联网市场“有成功可追溯的知名客户案例”",
        ),
        # R7: "what is X? how …" keeps the definition for anything but the ecosystem certification.
        ("what is ACP? how do I get it", "ACP is the Alibaba Cloud Elastic Compute"),
        ("零售通是什么？怎么申请", "为零售通事业部商家"),
        # N1: the comma and "and" forms of the ecosystem question.
        (
            "what is 生态体系资质评估和认证, and how do I get it?",
            "The guide only says New Retail and DevOps partners must complete",
        ),
        # R10, N2: "X呢 <question>" only when the question names what it asks.
        ("安全呢，怎么收费的", "指南写到的费用只有两项"),
        ("物联网呢？费率多少", "物联网市场各档的佣金比例都是 0%"),
    ],
)
def test_review59_regressions(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)
