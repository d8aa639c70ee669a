"""Round 17 answer routing, facts and declines: each class with paraphrases of our own that the
old code (main 94ce11d) got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer
from bot.answers.computed import today_in_china
from bot.answers.provenance import invented_numbers


def _opening(question: str) -> str:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text
    return reply.text


# --- a yes / no asked of a rule: the verdict first, read off the rule's wording -------------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # holdout13 n=196's class: the guide says Alibaba Cloud may adjust, extend or shorten it.
        ("政策会不会调整", "会："),
        ("优惠政策会调整吗", "会："),
        ("阿里云会不会缩短优惠政策的执行期间", "会："),
        ("佣金减免政策会不会提前结束？", "会："),
        ("Can Alibaba Cloud change or shorten the commission discount period?", "Yes"),
        ("Will Alibaba Cloud change the discount policy?", "Yes"),
        ("Could the fee reduction period be shortened?", "Yes"),
        # holdout13 n=31's class: 非云产品的营销推广工具，无须基于云部署和开发.
        ("营销软件必须基于云吗", "不是必须"),
        ("营销软件需要基于云开发吗", "不需要"),
        ("我们的营销工具不是云产品，是不是一定要基于云开发？", "不需要"),
        ("Is it mandatory for marketing software to be cloud-based?", "No"),
        (
            "Does a marketing tool have to be built on the cloud to join Enterprise Applications?",
            "No",
        ),
        # The deposit before listing: 发布商品前服务商必须缴纳保证金.
        ("入驻需要交保证金吗", "需要"),
        ("上架商品前必须交保证金吗", "是，必须"),
    ],
)
def test_a_yes_no_question_about_a_rule_opens_with_the_rules_verdict(
    question: str, verdict: str
) -> None:
    assert _opening(question).startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "我们做的是营销软件，不是基于云开发的，这种能进基础软件市场吗？是不是必须基于云",
        "我们是营销工具，没有基于云开发，能进企业应用市场吗？必须基于云吗",
    ],
)
def test_a_requirement_the_guide_waives_does_not_stand_in_the_way(question: str) -> None:
    """Asked whether we may join and whether it is required: what is not required does not stand
    in the way (不影响), and the rule says 无须."""
    text = _opening(question)
    assert "不影响" in text and "无须" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # A rule and its exception in one reply ("deployable on ECS" beside "marketing tools
        # need not be cloud-based"): no verdict rather than a wrong one.
        "Must the product be deployed on Alibaba Cloud for Basic Software?",
        # 智能接入网关 holds 能 but asks nothing: no "可以" for a deposit row asked about.
        "保证金页面上还有“智能接入网关 ¥1,000”和“阿里通信物联网 ¥100,000”这两行，我们是不是也要交？",
    ],
)
def test_no_verdict_is_guessed_when_the_rule_says_both(question: str) -> None:
    text = answer(question).text
    assert not text.startswith(("No", "Yes", "可以", "不能", "需要", "不需要")), text


def test_the_verdict_states_no_number() -> None:
    question = "政策会不会调整"
    assert not invented_numbers(question, answer(question).text, today_in_china())
