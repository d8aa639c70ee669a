"""Round 29 (fix29a): a question about a market's DESCRIPTION (what it covers, whom it
serves, whether X is among its industries) is answered from the description, as classes, each
with paraphrases of our own that int27 got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0]


# --- 1. whom a market serves: its description, not its conditions ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "零售通市场主要帮哪些人做运营？",
        "Who are the Retail Link market's customers?",
        "Whom does the Retail Link market serve?",
    ],
)
def test_whom_a_market_serves_is_its_description(question: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert not reply.out_of_scope, reply.text
    assert "品牌商" in first or "brand owners" in first, reply.text


# --- 2. is X among a market's described items: the verdict and the item first ---------------


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("新零售市场包括餐饮行业吗", "新餐饮"),
        ("新零售集市覆盖的行业有没有旅游", "新旅游"),
        ("服务市场包含数据迁移吗", "数据迁移"),
        (
            "Is consumer electronics one of the New Retail market's core industries?",
            "consumer electronics",
        ),
        ("Does the DevOps market include compliance auditing?", "compliance auditing"),
    ],
)
def test_an_item_of_the_description_is_yes_first(question: str, item: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert first.startswith(("是的", "Yes")), reply.text
    assert item in first, reply.text


# --- 3. whether the vendor's industry is accepted: the market's industry list, no record --------


@pytest.mark.parametrize(
    "question",
    [
        "We're in e-commerce — is our sector accepted by the Solution market?",
        "We run a media company. Is our industry accepted in the Solutions market?",
        "Our company does logistics; has our industry been accepted for the Solution market?",
    ],
)
def test_own_industry_accepted_is_the_industry_list(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert _first_line(reply.text).startswith("Yes"), reply.text


# --- 4. how two markets differ: what each covers (descriptions) first, then conditions ---------


@pytest.mark.parametrize(
    ("question", "covers"),
    [
        ("建站市场跟服务市场有啥不同", "运维"),
        ("服务市场和建站市场的差别在哪？", "建站类咨询"),
        (
            "What's the difference between the Website Building market and the Service market?",
            "basic operations",
        ),
    ],
)
def test_two_markets_differ_by_what_they_cover(question: str, covers: str) -> None:
    reply = answer(question)
    head = "\n".join(reply.text.splitlines()[:3])
    assert covers in head, reply.text


# --- 5. "where should a <product> go": the market its description fits, never declined --------


@pytest.mark.parametrize(
    "question",
    [
        "Where does a cloud cost management tool belong?",
        "Where would a monitoring and alerting product fit?",
        "Where should a compliance auditing tool for cloud accounts be listed?",
    ],
)
def test_where_a_product_goes_is_the_fitting_market(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "DevOps" in _first_line(reply.text), reply.text


# --- 6. "我们的<产品>…该进哪个市场": the product's market first, a delivery condition after -----


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("我们的WAF软件以镜像形式交付，该上哪个市场？", "安全市场"),
        ("咱们的防病毒软件通过镜像交付，放哪个集市", "安全市场"),
        ("我司的漏洞扫描产品以ECS镜像交付，该入驻哪个市场", "安全市场"),
    ],
)
def test_own_product_named_fits_by_description(question: str, market: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    # The fitting market alone, not every market with an image condition.
    assert market in first and "基础软件市场" not in first, reply.text
