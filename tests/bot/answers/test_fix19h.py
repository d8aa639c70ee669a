"""Round 19 (fix19h): computations and sums, two-part questions, declines, wrong topics. Each
class in paraphrases of our own that the code before this round (a06ecd3) got wrong:

1. "零售通、新零售、开发运维三个市场都入驻": 都入驻 after named markets joins those markets,
   not all twelve;
2. a ticket's number beside what is asked of the ticket ("工单号…：应该写多少") leaves the ticket
   asked about: the summed amount in capitals, the number no amount;
3. "一共三笔订单：8万、7万、4万": a count of orders is no stated total; the list is summed;
4. "保证金一共多少，能退吗" / "…, and is it refundable?": both parts answered;
5. "帮我查下我们营业执照满两年没": a look-up of the vendor's own papers is declined;
6. appealing a buyer's bad review is declined (not the shop-opening step);
7. "我们好提前找财务要": the vendor's own finance staff is no finance ticket; the documents asked
   are answered;
8. "现在要交保证金，在哪里交": the place (user center › 保证金 › 阿里云通用保证金 › 充值交纳);
9. "这个月（2026年12月）…佣金是不是按15%收": a named month after the policy is declined first;
10. "which market fits": a second market is listed only when it fits by a word of its own (not
    SaaS, nor the 分析 of 舆情分析 the best match took; not "HR and finance" split in two);
11. "ecosystem qualification assessment and certification" is the ecosystem condition alone,
    not the Solution market's ACP engineer.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.answers import answer
from rules.deposit import deposit_for
from rules.markets import MARKET_IDS

TODAY = date(2026, 12, 1)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[。！？])|(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0]


def _deposit_total(*market_ids: str) -> int:
    return deposit_for(market_ids)


def _amount_forms(total: int) -> tuple[str, ...]:
    return (f"{total:,}", f"{total // 10000}万")


# --- 1. 都入驻 after named markets --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "markets"),
    [
        ("零售通和新零售都入驻，保证金合计多少？", ("retail_link", "new_retail")),
        ("新零售、开发运维两个都入驻的话保证金一共多少", ("new_retail", "devops")),
        (
            "安全、物联网、零售通三个都入驻，保证金总共要交多少？",
            ("security", "iot", "retail_link"),
        ),
    ],
)
def test_all_joined_after_named_markets_sums_those_markets(
    question: str, markets: tuple[str, ...]
) -> None:
    reply = answer(question, today=TODAY)
    first = _first_sentence(reply.text)
    assert any(form in first for form in _amount_forms(_deposit_total(*markets))), reply.text
    assert f"{_deposit_total(*MARKET_IDS):,}" not in reply.text, reply.text


def test_all_joined_alone_still_means_every_market() -> None:
    reply = answer("我们打算全部入驻，保证金一共多少", today=TODAY)
    assert f"{_deposit_total(*MARKET_IDS):,}" in reply.text, reply.text


# --- 2. a ticket number beside a ticket question ----------------------------------------


@pytest.mark.parametrize(
    ("question", "markets"),
    [
        (
            "工单号8812345：描述里写了叁万，但我们入了API、安全、开发运维三个市场，应该写多少？",
            ("api", "security", "devops"),
        ),
        (
            "Re ticket #5583920 - we are in Security and Retail Link, what amount goes in the"
            " description?",
            ("security", "retail_link"),
        ),
        (
            "工单 7712093 里的保证金金额该填多少？我们入了基础软件和零售通",
            ("software", "retail_link"),
        ),
    ],
)
def test_a_ticket_number_leaves_the_ticket_asked(question: str, markets: tuple[str, ...]) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope, reply.text
    total = _deposit_total(*markets)
    assert f"{total:,}" in reply.text, reply.text
    digits = re.search(r"\d{7}", question)
    assert digits is not None
    assert digits.group(0) not in reply.text
    assert f"{int(digits.group(0)):,}" not in reply.text


def test_news_on_a_ticket_is_still_a_lookup() -> None:
    assert answer("工单 8812345 处理到哪了", today=TODAY).out_of_scope


# --- 3. a count of orders before the list ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("2020年5月安全市场总共4笔单子：5万、6万、3万、2万，没有分销，佣金怎么算", "160,000"),
        ("2020年6月建站市场一共有三笔订单，6万、5万、4万，都不是分销，佣金多少？", "150,000"),
        (
            "May 2020, Security market: three orders in total, 50k, 60k and 30k, none via"
            " resellers. What is the commission?",
            "140,000",
        ),
    ],
)
def test_a_count_of_orders_is_no_stated_total(question: str, total: str) -> None:
    reply = answer(question, today=TODAY)
    assert total in reply.text, reply.text


# --- 4. an amount and a yes / no in one sentence ----------------------------------------


@pytest.mark.parametrize(
    ("question", "markets"),
    [
        ("安全和开发运维两个市场保证金合计多少，以后可以退吗", ("security", "devops")),
        ("零售通加服务市场保证金一共多少，能退吗？", ("retail_link", "service")),
        (
            "For API and DevOps, how much deposit in total, and can we get it back?",
            ("api", "devops"),
        ),
        (
            "What's the combined deposit for Security and IoT, and is it refundable at the end?",
            ("security", "iot"),
        ),
    ],
)
def test_total_and_refund_both_answered(question: str, markets: tuple[str, ...]) -> None:
    reply = answer(question, today=TODAY)
    total = _deposit_total(*markets)
    assert any(form in _first_sentence(reply.text) for form in _amount_forms(total)), reply.text
    assert re.search(r"退回|refunded", reply.text, re.IGNORECASE), reply.text


# --- 5. a look-up of the vendor's own papers ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "麻烦查一下我们公司注册满三年了吗",
        "信用代码 91440300MA5F1234XY，你帮我核实下我们执照满一年没有",
        "Could you check whether our business licence is over two years old?",
    ],
)
def test_looking_up_our_own_papers_is_declined(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text


def test_a_stated_team_size_is_still_judged() -> None:
    assert not answer("帮我看下我们能不能入驻安全市场，我们有25人", today=TODAY).out_of_scope


# --- 6. buyers' reviews -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "店铺里有个差评，怎么处理",
        "上架的商品收到恶意差评，怎么投诉",
        "A customer gave our product a bad review. How do we get it removed?",
        "How can we dispute a negative review on our Marketplace product?",
    ],
)
def test_appealing_a_review_is_declined(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text


# --- 7. the vendor's own finance staff ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "零售通需要哪些证件，我们找财务准备一下",
        "零售通要提供什么证件？我们公司财务那边要提前准备",
        "零售通入驻要交哪些证件的扫描件，我去问财务要",
    ],
)
def test_own_finance_staff_is_no_ticket(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert "营业执照" in reply.text.split("\n", 1)[0], reply.text
    assert "工单系统" not in reply.text


# --- 8. where the deposit is paid --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "现在要交保证金了，在哪里交",
        "审核通过了，保证金去哪儿缴纳？",
        "合同签完，现在要交保证金，请问去哪里交呢",
        "We passed the review and signed the contracts. Where do we pay the deposit now?",
    ],
)
def test_where_to_pay_the_deposit_is_the_place(question: str) -> None:
    reply = answer(question, today=TODAY)
    first = reply.text.split("\n", 1)[0]
    assert "用户中心" in first or "user center" in first, reply.text
    assert "阿里云通用保证金" in first, reply.text


# --- 9. a rate claimed for a month after the policy --------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "2025年6月我们安全市场卖了60万，佣金是不是按3%算",
        "今年（2026年10月）建站市场做了30万，平台是不是收15%？",
        "In November 2026 our Website market sales were 300k - is the commission 15%?",
    ],
)
def test_a_rate_claimed_after_the_policy_is_declined_first(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    first = _first_sentence(reply.text)
    assert not first.startswith(("不完全是", "Not exactly", "对", "不对", "Yes", "No")), reply.text
    assert "2021" in reply.text.split("\n", 1)[0], reply.text


# --- 10. a second market that fits only by the best match's words ----------------------


@pytest.mark.parametrize(
    ("question", "market_name"),
    [
        ("我们是做舆情分析和BI的SaaS，入驻哪个集市合适？", "数据智能市场"),
        ("我们做舆情监测和BI看板的SaaS，入哪个市场合适", "数据智能市场"),
        ("我们的产品：舆情分析SaaS，带BI报表，适合进哪个市场？", "数据智能市场"),
    ],
)
def test_a_runner_up_needs_a_fit_of_its_own(question: str, market_name: str) -> None:
    reply = answer(question, today=TODAY)
    listed = [line for line in reply.text.split("\n") if line.startswith("•")]
    assert listed and market_name in listed[0], reply.text
    assert len(listed) == 1, reply.text


# --- 11. the ecosystem assessment named in English words apart -------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which markets ask for the ecosystem qualification assessment?",
        "Which markets want the Alibaba Cloud ecosystem assessment and certification done?",
        "List the markets that require Alibaba Cloud ecosystem qualification certification.",
    ],
)
def test_the_ecosystem_assessment_is_not_the_acp_engineer(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert "New Retail" in reply.text and "DevOps" in reply.text, reply.text
    assert "ACP" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "We sell an HR and finance management SaaS for small and medium companies. Which market?",
        "We offer an HR and payroll SaaS for SMEs, which market fits?",
        "Our product is an HR and finance management SaaS for small firms. Which market?",
    ],
)
def test_one_product_in_words_joined_by_and_is_one_fit(question: str) -> None:
    reply = answer(question, today=TODAY)
    listed = [line for line in reply.text.split("\n") if line.startswith("•")]
    assert len(listed) == 1 and "Enterprise Application" in listed[0], reply.text
