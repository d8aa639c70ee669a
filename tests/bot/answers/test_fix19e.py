"""Round 19 (fix19e): the reply's FIRST sentence answers what was asked — the step(s) asked, where
the application starts, which button first, the repeat application's rule, the ticket category,
how the deposit is got back, why a deposit, who interprets the policy, per category or combined,
and the values asked for several markets. Paraphrases of our own (dev15a/b's classes); each
failed on the code before the fix (main af8ff4f)."""

from __future__ import annotations

import re

import pytest

from bot.answers import answer

_FIRST = re.compile(r"^.+?(?:[。！？]|[.!?](?=\s)|\n|$)", re.DOTALL)


def _first_sentence(question: str) -> str:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    match = _FIRST.match(reply.text.strip())
    assert match is not None
    return match.group(0)


def _first_line(question: str) -> str:
    return answer(question).text.strip().split("\n", 1)[0]


# --- several joining steps asked by number: those steps, not all seven (dev15a n=150) ------
@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("第3步和第4步各是做什么的？", "第3步", "第4步"),
        ("入驻流程的第五步、第六步分别是什么", "第5步", "第6步"),
        ("Could you explain steps 4 and 5 of onboarding?", "Step 4", "Step 5"),
        ("What do steps 2 and 3 involve?", "Step 2", "Step 3"),
    ],
)
def test_several_steps_asked_open_with_those_steps(question: str, first: str, second: str) -> None:
    text = answer(question).text
    assert text.startswith(first), text
    assert second in text.split("\n")[1], text
    assert "7步" not in text and "7 steps" not in text


# --- where the application starts: the entry point first (dev15b n=40) ---------------------
@pytest.mark.parametrize(
    "question",
    [
        "Where can I begin my vendor application?",
        "Where do we submit the application to join the Marketplace?",
        "去哪里提交入驻申请？",
        "从哪里开始申请入驻？",
    ],
)
def test_where_to_apply_opens_with_the_entry_point(question: str) -> None:
    first = _first_sentence(question)
    assert "生态伙伴" in first and "加入合作伙伴" in first, first


# --- which of two application buttons first: the guide's order first (dev15b n=164) --------
@pytest.mark.parametrize(
    ("question", "earlier", "later"),
    [
        ("“立即加入”和“查看详情”哪个先点？", "查看详情", "立即加入"),
        ("Should I click Join now or View details first?", "查看详情", "立即加入"),
        ("加入合作伙伴和查看详情，顺序是怎样的", "加入合作伙伴", "查看详情"),
    ],
)
def test_button_order_opens_with_the_first_button(question: str, earlier: str, later: str) -> None:
    first = _first_sentence(question)
    assert re.match(r"先点|First click", first), first
    assert earlier in first and later in first, first
    assert first.index(earlier) < first.index(later), first


# --- a repeat application: its rule first, not the first application's (dev15a 34, b 42/43) -
@pytest.mark.parametrize(
    "question",
    [
        "被拒了以后重新申请，需要填写什么？",
        "已经入驻过API市场，再申请别的市场要填什么",
        "We want to reapply after being rejected — what do we fill in?",
        "What information does a second application need?",
    ],
)
def test_repeat_application_opens_with_its_rule(question: str) -> None:
    first = _first_sentence(question)
    assert re.search(r"再次申请|Repeat application", first), first
    assert re.search(r"业务资质|business qualifications", first), first
    assert not re.search(r"首次申请|First application", first), first


# --- which ticket category: 财务类 > 资金管理 first (dev15b n=52) ----------------------------
@pytest.mark.parametrize(
    "question",
    [
        "After the deposit is paid, which category do we file the ticket under?",
        "保证金交了之后，工单要选什么类别？",
        "缴纳保证金后工单分类选什么？",
    ],
)
def test_ticket_category_opens_with_finance_fund_management(question: str) -> None:
    first = _first_line(question)
    assert "财务类" in first and "资金管理" in first, first


# --- how the deposit is got back: the guide's way first (dev15b n=60) ----------------------
@pytest.mark.parametrize(
    "question",
    [
        "退出云市场时怎样拿回保证金？",
        "保证金退回的流程是什么",
        "How do we get our deposit back when we leave?",
    ],
)
def test_how_to_get_the_deposit_back_opens_with_the_way(question: str) -> None:
    assert "服务商退出云市场" in _first_sentence(question)


# --- why a deposit: the reason first (dev15b n=62) ------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "交保证金的目的是什么？",
        "保证金有什么用",
        "Why must vendors pay a deposit?",
        "What is the deposit for?",
    ],
)
def test_why_a_deposit_opens_with_the_reason(question: str) -> None:
    first = _first_sentence(question)
    assert re.search(r"保障|protects", first), first


# --- who interprets the policy: 阿里云 first (dev15b n=83) -----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "佣金政策最终由谁解释？",
        "Who has the final say on interpreting the commission rules?",
        "佣金政策的解释权在哪一方",
    ],
)
def test_who_interprets_opens_with_alibaba_cloud(question: str) -> None:
    first = _first_sentence(question)
    assert re.search(r"阿里云.*解释权|Alibaba Cloud interprets", first), first


# --- per category or combined: 按每个类目分别计算 first (dev15b n=78) ------------------------
@pytest.mark.parametrize(
    "question",
    [
        "阶梯减免是按单个类目还是所有类目加总？",
        "Is the commission ladder applied per category, or across all categories combined?",
        "佣金阶梯按类目分开还是总额合并？",
        "平台服务费的阶梯是分类目计算还是合并计算？",
    ],
)
def test_per_category_or_combined_opens_with_per_category(question: str) -> None:
    first = _first_sentence(question)
    assert re.search(r"分开|分别|每个类目|[Ss]eparately|each category", first), first


# --- the values asked for several markets: in the first sentence (dev15a 141/148, b 137/138) -
@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("安全市场和建站市场的注册资金各要多少？", ["安全市场", "建站市场", "100万"]),
        ("企业应用和服务市场营业执照各要满几年", ["企业应用市场", "服务市场", "2 年"]),
        (
            "How old must the business license be for Basic Software and API?",
            ["Basic Software", "1 year", "API Market: no"],
        ),
        (
            "What founding-time or licence rule applies to Retail Link and to Basic Software?",
            ["Retail Link", "1 year", "Basic Software"],
        ),
    ],
)
def test_values_for_several_markets_in_the_first_sentence(question: str, values: list[str]) -> None:
    first = _first_line(question)
    for value in values:
        assert value in first, first
    assert not re.search(r"都有|Yes, all|Not all", first), first


# A yes / no asked of several markets keeps its verdict lead.
def test_whether_several_markets_set_a_condition_keeps_the_verdict() -> None:
    first = _first_line("服务市场和基础软件市场都要求注册资金吗？")
    assert "都有" in first, first


# --- what comes after paying the deposit: step 6, the ticket, first (dev15b n=155) ---------
@pytest.mark.parametrize(
    "question",
    [
        "What happens after the deposit has been paid?",
        "What happens once we've paid the deposit?",
        "Deposit paid — what's next?",
        "交完保证金以后会发生什么？",
        "保证金交完之后下一步做什么？",
    ],
)
def test_after_the_deposit_opens_with_the_ticket(question: str) -> None:
    first = _first_sentence(question)
    assert re.search(r"工单|ticket", first), first
