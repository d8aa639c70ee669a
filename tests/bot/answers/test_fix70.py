"""Round 55 (session 60): black-box s70 D3 and D18 on the answers' side
(docs/evaluation/black_box_s70/report.md)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.product_parts import markets_asking_mature_product, software_without_hardware

DAY = date(2026, 12, 7)


def test_which_lines_ask_hardware_come_from_the_guide() -> None:
    assert markets_asking_mature_product() == {"software": False, "security": False, "iot": True}


@pytest.mark.parametrize(
    ("said", "split"),
    [
        ("软件都有，但是物联网硬件我们不做", True),
        ("software only, we don't do hardware", True),
        ("we have mature software but no hardware", True),
        ("纯软件", True),
        ("是", False),
        ("没有硬件", False),
        ("有，软件和硬件都有", False),
    ],
)
def test_software_without_hardware(said: str, split: bool) -> None:
    assert (software_without_hardware(said) is not None) is split


def test_software_only_is_no_for_iot_and_quoted_for_security() -> None:
    # D3 on the answers' side: "指南对安全市场没有成熟、稳定的产品要求" — it has one.
    text = answer("我们只有软件没有硬件，能进物联网市场和安全市场吗", today=DAY).text
    assert text.startswith("物联网市场：不能；安全市场：这一项不要求硬件。")
    assert "没有成熟、稳定的产品要求" not in text
    assert "（原文：能提供基于用户需求的成熟、稳定的安全软件。）→ 这一项不要求硬件" in text


def test_software_only_in_english() -> None:
    text = answer(
        "we only do software, no hardware. can we join the IoT market and the security market?",
        today=DAY,
    ).text
    assert text.startswith("IoT Market: no; Security Market: no hardware asked.")
    assert "sets no mature product requirement" not in text


@pytest.mark.parametrize(
    "question", ["镜像交付是啥意思", "镜像交付是什么意思", "镜像交付指的是什么"]
)
def test_image_delivery_is_explained(question: str) -> None:
    # D18: out of scope (and "是什么意思" got the commission rule).
    text = answer(question, today=DAY).text
    assert text.startswith(
        "基础软件市场及安全市场都列了这一条，原文是：“能部署在ECS实例上通过镜像形式交付给用户。”"
    )
    assert "• 基础软件市场：“为用户提供镜像及相关服务，通过预装集成环境及软件" in text
    assert "指南没有更多解释" not in text


def test_image_delivery_in_english() -> None:
    text = answer("what does delivered as an image mean", today=DAY).text
    assert "It provides users with images and related services" in text
    assert "explains it no further" not in text
