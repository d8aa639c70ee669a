"""fix32e: the first sentence IS the answer to the kind of question asked.

(a) a choice "A还是B" the guide settles (全额还是部分退款): the option the guide gives first;
(b) a difference asked ("有啥区别", "差在哪", "what's the difference"): what each market asks, in
    the first sentence, not "不一样，区别如下。";
(c) the ticket description's first line asked ("第一行写什么", "exact first line"): the line itself
    first; "For one market", never "For 1 markets";
(d) two conditions of one market asked in two parts ("how many employees, and any special app?"):
    both on the opening line, not the second inside the list;
(e) a membership in a market's description list ("哪几个行业？我们做餐饮的，在不在里面"): the
    verdict and the list first, no conditions list;
(f) the clicks of the application asked ("what do I click to apply?"): step 3's click path first,
    not the seven steps.

Each class is tested with paraphrases (both languages where it applies); the assertions are on
the reply's first line or sentence, where the answer to the ask must stand.
"""

from __future__ import annotations

from datetime import date

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer

TODAY = date(2026, 12, 2)


def _reply(question: str) -> str:
    return answer(question, today=TODAY).text


# --- (a) a full or a partial refund: 全额 / full first ----------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("听说在建站市场客户不满意可以退款，是全额退还是部分退？", "全额退款"),
        ("建站市场客户不满意退款，是退一部分还是全部退？", "全额退款"),
        ("建站市场的客户做网站不满意，退款是全额的还是部分的", "全额退款"),
        (
            "Website building market: unhappy customer — full refund or partial refund?",
            "full refund",
        ),
        (
            "On the website building market, is an unhappy customer's refund partial or full?",
            "full refund",
        ),
        ("Can website market customers get a refund if unhappy, full or partial?", "full refund"),
    ],
)
def test_full_or_partial_refund_opens_with_full(question: str, expected: str) -> None:
    head = first_sentence(_reply(question))
    # The option itself opens the reply, not 可以 and the market's whole description.
    assert expected in head.split("：")[0].split(":")[0].lower(), head
    assert "部分退款" not in head and "partial" not in head.lower(), head


# --- (b) a difference: the values in the first sentence -------------------------------------


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("安全市场和企业应用市场的售后要求有啥区别", ("7×24", "5×8")),
        ("安全市场跟企业应用市场售后服务要求差在哪", ("7×24", "5×8")),
        (
            "What's the difference between the security market and the enterprise app market's"
            " after-sales requirement?",
            ("7x24", "5x8"),
        ),
        ("API市场和服务市场的执照年限差在哪", ("API市场没有营业执照年限要求", "满 2 年")),
        (
            "数据智能市场和服务市场的注册资金要求有啥差别",
            ("数据智能市场没有注册资金要求", "100万元"),
        ),
        (
            "What's the difference between the API market and the service market's capital"
            " requirement?",
            ("no registered capital requirement", "1,000,000"),
        ),
    ],
)
def test_difference_opens_with_each_markets_value(question: str, values: tuple[str, ...]) -> None:
    head = first_sentence(_reply(question))
    assert all(value in head for value in values), head
    assert "区别如下" not in head and "see below" not in head, head


def test_same_asked_keeps_its_verdict() -> None:
    # "一样吗" asks whether, not what: 不一样 stays first.
    assert first_sentence(_reply("安全市场和企业应用市场的售后要求一样吗")).startswith("不一样")


# --- (c) the ticket description's first line ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "line"),
    [
        (
            "What's the exact first line of the ticket description after paying the deposit for"
            " one market?",
            "入驻云市场已缴纳保证金叁万元，请转财务",
        ),
        ("工单描述第一行写什么", "入驻云市场已缴纳保证金叁万元，请转财务"),
        ("入了两个市场，问题描述开头那句怎么写", "入驻云市场已缴纳保证金陆万元，请转财务"),
        (
            "We joined the API market. What's the opening line of the ticket text?",
            "叁万元，请转财务",
        ),
        (
            "Ticket description: what goes on the first line?",
            "入驻云市场已缴纳保证金叁万元，请转财务",
        ),
        ("零售通的工单问题描述第一句怎么写", "入驻云市场已缴纳保证金伍万元，请转财务"),
    ],
)
def test_ticket_first_line_comes_first(question: str, line: str) -> None:
    head = first_line(_reply(question))
    assert line in head, head


def test_one_market_is_not_one_markets() -> None:
    text = _reply("We paid the deposit for one market, what's the ticket description?")
    assert "1 markets" not in text, text


# --- (d) two conditions of one market, both on the opening line -------------------------------


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Retail Link: how many employees do we need, and do we need any special app?",
            ("4 employees", "DingTalk"),
        ),
        ("零售通要多少员工？要用什么特定的app吗", ("不少于 4 人", "钉钉")),
        (
            "Retail Link: minimum staff, and is there an app we must use?",
            ("4 employees", "DingTalk"),
        ),
        ("零售通市场对员工人数有要求吗？需要开通钉钉吗？", ("不少于 4 人", "钉钉")),
    ],
)
def test_both_conditions_on_the_opening_line(question: str, parts: tuple[str, ...]) -> None:
    text = _reply(question)
    head = first_line(text)
    assert all(part in head for part in parts), text
    assert "Entry conditions for" not in text and "入驻条件：" not in text, text


# --- (e) a membership in the market's description list --------------------------------------


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("新零售市场主要面向哪几个行业啊？我们是做餐饮的，想看看在不在里面", "新餐饮"),
        ("新零售市场覆盖哪些行业？餐饮算不算", "新餐饮"),
        (
            "Which industries does the new retail market cover? We run restaurants — are we included?",
            "new catering",
        ),
    ],
)
def test_membership_verdict_and_list_first(question: str, item: str) -> None:
    text = _reply(question)
    head = first_line(text)
    assert head.startswith(("是的", "Yes")), text
    assert item in first_sentence(text), text
    for listed in ("服饰", "新旅游") if "新" in item else ("apparel", "new tourism"):
        assert listed in head, text
    assert "入驻条件：" not in text and "Entry conditions for" not in text, text


# --- (f) the clicks of the application --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Once I'm on the Alibaba Cloud partner homepage, what do I click to apply? step by step pls",
        "进了阿里云生态伙伴首页之后点哪里申请？",
        "申请入驻云市场具体怎么点",
        "To join the marketplace, which buttons do I click?",
        "生态伙伴首页上点什么才能入驻？一步步说",
    ],
)
def test_click_path_first(question: str) -> None:
    head = first_sentence(_reply(question))
    assert "加入合作伙伴" in head and "立即加入" in head, head
    assert "7" not in head, head


# --- (a) the same cause elsewhere: the deposit per product or per market, once or instalments --


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("按集市还是按商品交保证金", "按市场类目交"),
        ("保证金是按商品收还是按市场收？", "按市场类目交"),
        ("Is the deposit charged per product or per market?", "Per market"),
        (
            "Vendor asks: do they pay the 30k deposit per product or per market? They plan ~8"
            " products, all in Basic Software.",
            "Per market",
        ),
    ],
)
def test_deposit_per_market_chosen_first(question: str, expected: str) -> None:
    head = first_sentence(_reply(question))
    assert head.startswith(expected), head


def test_deposit_once_without_market_option_keeps_no() -> None:
    # "交一次还是每个商品都要交" names no market: 不是 (per product) stays first (test_fix30f).
    head = first_sentence(_reply("同一个市场里我上好几个商品，保证金是交一次还是每个商品都要交？"))
    assert head.startswith("不是"), head


@pytest.mark.parametrize(
    "question",
    ["保证金一次性交还是可以分期？", "保证金是一次性交清还是分期付款", "押金一次性付还是分批付"],
)
def test_deposit_once_or_instalments_is_the_payment_terms_gap(question: str) -> None:
    found = answer(question, today=TODAY)
    assert found.out_of_scope, found.text
    assert "分期" in first_sentence(found.text), found.text
    assert "每年" not in found.text, found.text


def test_website_full_or_part_short_form() -> None:
    head = first_sentence(
        _reply(
            "website market: if customer not satisfied during the building, can they get refund? full or part?"
        )
    )
    assert "full refund" in head.lower().split(":")[0], head


@pytest.mark.parametrize(
    "question",
    [
        "In the deposit ticket, what fields do I fill under the first line?",
        "工单的问题描述里，除了第一句话，下面还要写哪几项？",
    ],
)
def test_lines_below_the_first_keep_the_fields_first(question: str) -> None:
    head = first_line(_reply(question))
    assert "请转财务" not in head, head
    assert "公司名称" in head or "company name" in head, head
