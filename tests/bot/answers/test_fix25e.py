"""Round 25 (fix25e; dev19c): the seven steps asked pointedly, facts asked directly, and
declines of asks that only contain a guide word — in wordings of our own:

1. a step asked by its number beside a step said done ("工单提交完了，第七步是什么"): that step;
2. a step's number asked with what comes after it: the number first, then the next step;
3. several steps said done together, "what happens": the step after the last of them;
4. "which two things before applying": steps 1 and 2;
5. "实名认证还没做，可以先申请吗": 不能 first;
6. where the deposit's refund is explained, asked with 以后: 服务商退出云市场 first, no order;
7. "分成几个集市": the markets' count (12), never the commission's 分成;
8. several ticket fields' place: the 问题描述's lines, never the staff contacts;
9. two markets' team size asked (多大规模 / 多少人): no "lower bar" lead from support hours;
10. a 1688 member account asked to be enough to join: 不能 / No first;
11. the notice's date taken for the policy's start: 不是 / No, with the period's start;
12. declines: another product's how-to (DingTalk), Retail Link services' prices, product call
    pricing, a shop's sales ranking, the vendor's own past deposit payment.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

TODAY = date(2026, 12, 2)


# --- 1. a step asked by its number beside a step said done --------------------------------------
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("工单已经提交了，第七步是干什么？", ("店铺", "上架")),
        ("合同签完了，那第五步是什么？", ("保证金",)),
        ("We have filed the ticket. What is step seven?", ("shop", "list")),
        ("Contracts are signed; what's the fifth step?", ("deposit",)),
    ],
)
def test_step_number_asked_beside_done_step(question: str, wanted: tuple[str, ...]) -> None:
    reply = answer(question, today=TODAY)
    first = first_line(reply.text)
    assert not reply.out_of_scope
    assert any(word in first for word in wanted)


# --- 2. a step's number and the step after it -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "number", "following"),
    [
        ("交保证金属于第几步？后面是什么？", 5, 6),
        ("签合同是第几步？之后呢？", 4, 5),
        ("Which step number is paying the deposit, and what happens after it?", 5, 6),
        ("Which step number is the ticket and what happens after that?", 6, 7),
    ],
)
def test_step_number_then_next(question: str, number: int, following: int) -> None:
    lines = answer(question, today=TODAY).text.strip().split("\n")
    assert f"第{number}步" in lines[0] or f"step {number}" in lines[0]
    assert f"第{following}步" in lines[1] or f"step {following}" in lines[1]


# --- 3. several steps said done together: the step after the last -----------------------------
@pytest.mark.parametrize(
    ("question", "following"),
    [
        ("押金和工单都搞定了，之后会怎样？", 7),
        ("合同和保证金都弄完了，然后呢？", 6),
        ("When the deposit and the ticket are both done, what happens?", 7),
        ("Once the contracts and the deposit are done, what happens next?", 6),
    ],
)
def test_all_done_then_next(question: str, following: int) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert f"之后是第{following}步" in first or f"comes step {following}" in first


# --- 4. which two things before applying: steps 1 and 2 ----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "提交入驻申请以前，要先办好哪几件事？",
        "申请入驻前得先处理好哪两件事情？",
        "Which two things must we sort out before applying to join?",
        "Before we apply, what two things have to be done first?",
    ],
)
def test_two_things_before_applying(question: str) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert ("注册" in first and "实名" in first) or ("Register" in first and "real-name" in first)


# --- 5. verification not done, apply first? 不能 --------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "实名认证还没弄好，能先申请入驻吗？",
        "企业实名认证还没完成，可以先把入驻申请交上去吗？",
        "实名验证尚未通过，可以提交申请吗",
    ],
)
def test_realname_not_done_apply_no(question: str) -> None:
    assert answer(question, today=TODAY).text.startswith("不能")


# --- 6. where the refund is explained, asked with 以后 ------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "以后如果不干了，保证金退还去看哪个说明？",
        "将来退出的话，申请退保证金参考哪部分？",
        "If we stop later, which part explains applying for the deposit refund?",
        "Which section covers getting our deposit back when we leave?",
    ],
)
def test_refund_section_first(question: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert "服务商退出云市场" in first


# --- 7. 分成几个集市: the count -------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "云市场一共分为几个集市？",
        "云市场现在分成了几个大集市？",
        "How many markets is the Marketplace divided into?",
    ],
)
def test_divided_into_markets(question: str) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert "十二" in first or "twelve" in first


# --- 8. several ticket fields' place ----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "保证金工单里，公司名、收件地址和电话分别写在哪？",
        "Where in the ticket do our company name and contact phone go?",
        "In the finance ticket, where should we enter the company name and mailing address?",
    ],
)
def test_several_fields_place(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope
    assert "问题描述" in reply.text or "problem description" in reply.text
    assert "公司名称：" in first_line(reply.text)


# --- 9. team size of two markets: no "lower bar" lead ----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "安全市场和物联网市场对技术客服团队分别要求多大规模？",
        "建站和安全市场的技术客服团队各要求多大规模？",
        "安全市场和基础软件市场的团队分别要求多大？",
    ],
)
def test_team_size_of_two_markets(question: str) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert "门槛更低" not in first
    assert "20" in first


# --- 10. a 1688 member account asked to be enough ---------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们有阿里巴巴中国站会员账号，可以直接进零售通吗？",
        "1688会员号 abc-778899 就能入驻零售通了吧，够不够？",
        "We have a 1688 member account. Is that enough to join Retail Link directly?",
    ],
)
def test_member_account_not_enough(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert first_sentence(text).startswith(("不能", "No"))
    assert "企业名称认证" in text or "company name verification" in text


# --- 11. the notice's date is not the policy's start ------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "减免政策的公告是2020年11月发布的，是不是那时候才开始执行？",
        "佣金优惠的通知落款2020年11月23日，优惠从那天才开始吗",
        "The fee reduction notice was issued in November 2020 — did the tiered rates only begin then?",
    ],
)
def test_notice_date_not_start(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert first_sentence(text).startswith(("不是", "No"))
    assert "2016" in text


# --- 12. asks that only contain a guide word: declined -----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How do I set up a DingTalk company account?",
        "怎么在钉钉上注册公司账号？",
        "零售通的小店运营服务是怎么收费的？",
        "How are Retail Link's salesman services priced?",
        "API网关按调用次数的费用怎么算？",
        "How is API Gateway priced per call?",
        "我们店的销售排名怎么样？",
        "Where does our shop rank in sales this quarter?",
        "Our account is 2088 1234. How much deposit did we pay?",
        "What deposit did we pay last spring? Our ID is 4455 6677.",
    ],
)
def test_guide_word_only_declined(question: str) -> None:
    assert answer(question, today=TODAY).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "零售通要求开通钉钉吗？",
        "API市场的佣金是多少",
        "How much deposit do we pay for two markets?",
    ],
)
def test_guide_questions_still_answered(question: str) -> None:
    assert not answer(question, today=TODAY).out_of_scope
