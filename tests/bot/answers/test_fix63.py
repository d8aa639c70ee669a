"""Round 48 (session 53; not blind): the answer defects left from round 47's blind readings
(docs/ANSWERS.md "Round 47" Left), each mended before this round's new sets are scored."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout68 #41: "SaaS链接可以么" got only the rule; "可以用SaaS方式交付吗" got 可以.
        ("基础软件市场的软件怎么交付给客户？SaaS链接可以么", "不行：只用 SaaS 链接"),
        ("基础软件市场的产品可以用SaaS方式交付吗", "不行："),
        (
            "Basic software market: can we deliver as a SaaS link instead of an image?",
            "No: a SaaS link",
        ),
    ],
)
def test_a_delivery_that_is_no_image_is_a_no(question: str, head: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(head)
    assert "镜像" in text or "as an image" in text
    assert "可以：" not in text


def test_the_basic_software_note_comes_with_the_delivery_no() -> None:
    text = answer("基础软件市场的软件怎么交付给客户？SaaS链接可以么", today=DAY).text
    assert "非云产品的营销推广工具" in text


def test_image_and_saas_together_meet_the_rule() -> None:
    text = answer("基础软件市场我们有镜像也有SaaS链接，可以吗", today=DAY).text
    assert not text.startswith("不行")


def test_the_guarantee_asked_as_a_requirement_is_the_guarantee() -> None:
    # holdout68 #43: "对服务保障有啥特别要求" got the ten entry conditions first.
    text = answer("建站市场对服务保障有啥特别要求？客户不满意怎么办", today=DAY).text
    assert text.startswith("客户在制作过程中不满意可全额退款")
    assert "入驻条件：" not in text


def test_an_msp_doing_service_work_on_ecs_fits_the_service_market() -> None:
    # holdout67 #61: "on ECS" matched the image condition of two other markets.
    text = answer(
        "We are an MSP doing data migration, env setup, troubleshooting and security hardening"
        " on ECS. Which market fits us?",
        today=DAY,
    ).text
    assert text.startswith("From the guide's description of each market, the closest match is")
    assert "Service Market" in text.split("\n")[0]


def test_signing_up_for_the_marketplace_is_joining_it() -> None:
    # black-box s62 D13: "how do I sign up for the marketplace?" got step 1's account only.
    text = answer("how do I sign up for the marketplace?", today=DAY).text
    assert text.startswith("Joining takes 7 steps:")
