"""Round 22 (fix22v): the reply's first sentence answers what was asked — in wordings of our own
that main (dd71668) got wrong:

1. whether the guide's note (marketing tools need not be cloud-based) applies to the markets
   named ("apply to both …?", "两个市场都有这条说明吗"): 是的 / Yes when every market named
   carries it, 不是 / No when one does not — never "No" read off the note's own "need not";
2. whether the commission policy may be changed midway ("会不会中途改", "will they change it"):
   会 / Yes first — not the policy period with the change in a closing parenthesis;
3. the one step before a step ("提交工单之前，需要先完成哪一步") or right after one ("the step
   right after registering"): that step first, never the step named;
4. whether a tier's rate is marginal or on the whole amount ("分段累进还是全额"): the
   whole-amount sentence first, not the tier table;
5. how many tiers ("是不是只有三档，会不会更低") and where one tier starts ("第三档从多少开始"):
   是的 / the count and the last tier, or that tier's band, first;
6. two figures of a month asked in one clause ("最终佣金和返还各是多少"): both first, not the
   refund alone.
"""

from __future__ import annotations

import re

import pytest

from bot.answers import answer


def _first_sentence(text: str) -> str:
    return re.split(r"[。.!?！？\n]", text.strip(), maxsplit=1)[0]


# --- 1. the note asked to hold for the markets named ---------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Does the rule that marketing tools need not be cloud-based cover both Basic Software"
            " and Enterprise Application?",
            "Yes",
        ),
        (
            "非云产品的营销推广工具无须基于云部署，这条说明基础软件和企业应用两个市场都适用吗？",
            "是的",
        ),
        ("营销软件无须基于云开发那条，企业应用市场也有吗？", "是的"),
        (
            "Does the marketing-tools note (no need to be cloud-based) also apply to the API market?",
            "No",
        ),
        ("营销推广工具不用基于云部署的说明，安全市场也适用吗", "不是"),
    ],
)
def test_note_applies_to_markets_named(question: str, opening: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text


# --- 2. may the policy be changed midway -----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "佣金减免政策会不会中途改？改了以后从哪天开始执行",
        "优惠政策会不会变啊",
        "Will Alibaba Cloud change the commission discount policy while it runs?",
        "服务费优惠政策中途会被调整吗？",
    ],
)
def test_policy_change_asked_opens_with_it_may(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first = _first_sentence(reply.text)
    assert re.match(r"(有可能|可以|会|Yes)", first), reply.text
    assert "提前通知" in reply.text or "in advance" in reply.text, reply.text


# --- 3. the step before / right after a step --------------------------------------------------
@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("提交工单之前，得先完成哪一步？", "第5步"),
        ("签合同之前需要先完成哪一步", "第3步"),
        ("Which step must be finished before we sign the contracts?", "step 3"),
        ("What is the step right after registering the account?", "step 2"),
        ("What's the step that comes directly after real-name verification?", "step 3"),
    ],
)
def test_step_before_or_after_opens_with_that_step(question: str, step: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first = _first_sentence(reply.text)
    assert step in first.replace("Step", "step"), reply.text
    assert reply.topic == "computed.order", reply.text


# --- 4. marginal or the whole amount ----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "佣金是超额累进算，还是全部金额按所在档位算？",
        "佣金档位是分段算的吗，还是整体都按一个比例？",
        "Is the tier rate applied progressively like tax brackets or on the entire amount?",
        "Commission: marginal brackets, or the whole month at one rate?",
    ],
)
def test_marginal_or_whole_opens_with_the_whole_amount(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first = _first_sentence(reply.text)
    assert re.search(r"不是分段|全部可计佣|whole|not (charged in )?(marginal|brackets)", first), (
        reply.text
    )


# --- 5. how many tiers, where one starts --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("阶梯佣金是不是只有三档？做到两百万会不会更低？", "是的"),
        ("佣金阶梯就三档吗", "是的"),
        ("Are there just three commission tiers?", "Yes"),
        ("佣金档位是不是只有两档", "不是"),
    ],
)
def test_tier_count_opens_with_the_count(question: str, opening: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text
    first = _first_sentence(reply.text)
    assert "3" in first and ("50万" in first or "500,000" in first), reply.text


@pytest.mark.parametrize(
    ("question", "band"),
    [
        ("第三档从多少开始算", "50万元（含）及以上"),
        ("第2档的区间是多少？", "20万元≤交易额<50万元"),
        ("Where does the second tier start?", "CNY 200,000 up to"),
        ("What is the threshold of the 3rd commission tier?", "CNY 500,000 and above"),
    ],
)
def test_one_tier_band_first(question: str, band: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert band in _first_sentence(reply.text), reply.text


# --- 6. two figures asked in one clause -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("服务市场这个月自营45万、分销10万，最终佣金和返还各是多少？", ("13,500", "31,500")),
        ("安全市场10月交易额60万，佣金跟返还各多少？", ("18,000", "42,000")),
        ("建站市场10月30万，预收和返还分别多少", ("60,000", "15,000")),
    ],
)
def test_two_figures_asked_together_open_the_reply(question: str, figures: tuple[str, str]) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    head = next(
        line for line in reply.text.split("\n") if re.search(r"\d", line) and "政策期间" not in line
    )
    for figure in figures:
        assert figure in head, reply.text
