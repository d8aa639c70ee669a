"""Round 29 (fix29d): a whole profile or a condition pair answered with the verdict first, as
classes, each with paraphrases of our own that int27 got wrong."""

from __future__ import annotations

import re

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0]


# --- 1. a whole profile stating the proof, "协议什么的都接受": 能 first, not the proof line ------


@pytest.mark.parametrize(
    "question",
    [
        "技术客服30人，社保表啥的也都能提供，执照三年，注册资金150万，两年行业经验，客服5x8，"
        "有营销策划能力，协议啥的都接受，能进服务市场吗",
        "团队22人，能提供社保缴费表，执照两年半，注册资本120万，行业经验两年，5*8客服，"
        "营销策划有，协议什么的没问题。服务市场能入驻不？",
        "我们技术和客服一共28人，社保缴费表可以提供，营业执照4年，注册资金300万，"
        "做运维服务5年，5*8在线客服，有营销团队，协议什么的我们都同意，服务市场可以入驻吗",
    ],
)
def test_profile_stating_the_proof_opens_with_the_verdict(question: str) -> None:
    reply = answer(question)
    assert _first_line(reply.text).startswith("能"), reply.text


def test_proof_asked_still_comes_first() -> None:
    reply = answer(
        "技术客服30人，执照三年，注册资金150万，两年行业经验，客服5x8，有营销策划能力，"
        "要提供什么证明？能进服务市场吗"
    )
    assert _first_line(reply.text).startswith("要提供的证明"), reply.text


# --- 2. papers + head count for a market without the 社保 statement: its own rule first ---------


@pytest.mark.parametrize(
    "question",
    [
        "零售通入驻需要提供什么资料，人数最少要多少",
        "Retail Link Market: which documents do we submit and what is the minimum number of "
        "employees?",
        "For the Retail Link market, what documents are needed, and how many employees at least?",
    ],
)
def test_market_without_statement_opens_with_its_own_papers(question: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert "20" not in first and "社保" not in first and "social insurance" not in first, reply.text
    assert "营业执照" in first or "business license" in first, reply.text


def test_team_proof_still_opens_when_asked_generally() -> None:
    reply = answer("How do we prove the 20-person team?")
    assert "social insurance" in _first_line(reply.text), reply.text


# --- 3. "产品成熟稳定，有几个客户案例" in a profile: a count of customers, not of products ------


@pytest.mark.parametrize(
    "question",
    [
        "我们的软硬件产品成熟稳定，有几个知名客户案例，技术客服25人能提供社保缴费表，7*24售后，"
        "全部基于阿里云IoT平台，协议都接受，执照刚办一年，注册资金30万，能入驻物联网市场吗",
        "物联网市场：产品稳定，有几个知名客户案例可追溯，团队40人社保齐全，5x8售后，"
        "基于阿里云IoT，接受协议，营业执照8个月。能进吗？",
        "Our hardware and software products are mature and stable, we have a few well-known "
        "customer cases, 30 tech and support staff with social insurance statements, 5x8 "
        "after-sales, everything built on Alibaba Cloud IoT, and we accept the agreements. "
        "Licence only 6 months, capital 200k. Can we join the IoT market?",
    ],
)
def test_iot_profile_is_judged_not_declined(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert _first_line(reply.text).startswith(("能", "Yes")), reply.text


def test_product_count_still_declined() -> None:
    assert answer("最多能上架几个商品？").out_of_scope


# --- 4. a part whose rule an earlier part said: no "API市场要求。原文。" or "• 安全市场。）" left ----

_FRAGMENT = re.compile(r"要求。原文。|^•[^：:]{0,20}。）|Requires\.\s*Guide\.", re.MULTILINE)


@pytest.mark.parametrize(
    "question",
    [
        "建站市场的技术客服团队有人数要求吗？需要几个人",
        "安全市场售后要几乘几？我们5x8行不行",
        "零售通最少几个员工？别的市场团队要多少人？",
        "Does the Basic Software Market set a team size? How many people?",
    ],
)
def test_no_label_left_alone(question: str) -> None:
    reply = answer(question)
    assert not _FRAGMENT.search(reply.text), reply.text


# --- 5. "is there a minimum team size for most markets?": Yes / 有 first --------------------


@pytest.mark.parametrize(
    "question",
    [
        "Is there a minimum headcount for most markets?",
        "Do most markets require a minimum team size, and what proves it?",
        "大多数市场有没有团队人数要求？",
    ],
)
def test_is_there_a_rule_opens_with_yes(question: str) -> None:
    reply = answer(question)
    assert _first_line(reply.text) in ("Yes.", "有。"), reply.text
