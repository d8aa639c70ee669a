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
   refund alone;
7. which rate categories are 0 % ("Which commission categories …"): the markets first;
8. the markets without a condition asked as "neither … nor", "…的有哪些", or restated after a
   vaguer question ("哪个门槛最低？我想知道…"): those markets first;
9. a deposit amount asked to be so ("是要交10万保证金吗"): 不对 with the named markets' deposit;
10. one condition asked (the product itself, customer references, marketing "besides the team"):
   that condition, not every condition of the market;
11. deposits: the total asked of markets held and added ("这三个加起来一共多少") first; which of
   two is cheaper: that market first;
12. two markets compared on several conditions: which has the lower bar on the kinds asked, or
   per kind whether both set it and which one only;
13. a rule's words asked ("要求在哪些平台上没有违规记录"): the rule, never "这一条满足" as if the
   vendor had stated it;
14. "我的客户做…" (a consultant asking for a client): 客户 is no word of the product, so the
   market the product fits comes first;
15. the guide's worked example asked for its result ("A公司那个例子最后返还多少"): the result's
   sentence first, not the example's inputs;
16. a consultant asking for a client's own record ("did my client pay", "has their deposit been
   received yet"): declined, with the hand-off — never the rate table or the receipt rule.
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


# --- 7. which categories are 0 % ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which commission categories charge 0%?",
        "Which rate categories have zero commission?",
        "What marketplace categories are at 0% commission?",
    ],
)
def test_zero_rate_categories_named_first(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first = _first_sentence(reply.text)
    assert "API" in first and "IoT" in first, reply.text


# --- 8. the markets without a condition --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "markets"),
    [
        (
            "Which markets need neither a business license age nor registered capital?",
            ("API", "IoT"),
        ),
        ("既不要求执照年限也不要求注册资金的有哪些？", ("API", "物联网")),
        ("哪个市场最好进？我是想问，不要求注册资金的市场有哪些？", ("API", "物联网", "数据智能")),
        ("不要求注册资本的有哪些", ("API", "物联网", "数据智能")),
    ],
)
def test_markets_without_a_condition_first(question: str, markets: tuple[str, ...]) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first = reply.text.split("\n", 1)[0]
    for market in markets:
        assert market in first, reply.text
    assert "基础软件" not in first and "Basic Software" not in first, reply.text


# --- 9. a deposit amount asked to be so --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening", "amount"),
    [
        ("我们入驻安全市场，是要交10万的押金吗？", "不对", "30,000"),
        ("客户去物联网市场，要交5万保证金吗", "不对", "30,000"),
        ("零售通和API市场是要交6万保证金吗？", "不对", "80,000"),
        ("入驻建站市场是要交3万保证金吗", "对", "30,000"),
    ],
)
def test_deposit_amount_asked_opens_with_verdict_and_amount(
    question: str, opening: str, amount: str
) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text
    assert amount in reply.text.split("\n", 2)[0] + reply.text.split("\n", 2)[1], reply.text


# --- 10. one condition asked -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "wanted", "not_wanted"),
    [
        ("新零售市场对产品本身有啥要求？", "联合解决方案", "20 人"),
        ("企业应用市场对提供的产品有什么要求", "SaaS", "100万"),
        ("IoT market: what kind of products do they accept?", "Alibaba Cloud IoT", "1,000,000"),
        ("Does the Solutions market want customer references?", "well-known customers", "ACP"),
        ("服务市场除了团队人数和客服时间，营销方面有要求吗", "营销策划", "20 人"),
        (
            "Apart from the team size and support hours, does the Service market ask for marketing?",
            "marketing",
            "20 people",
        ),
    ],
)
def test_one_condition_asked_not_all(question: str, wanted: str, not_wanted: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert wanted in reply.text, reply.text
    assert not_wanted not in reply.text, reply.text


# --- 11. deposits: the total, the cheaper --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "我们已经在API市场了，现在再加安全市场和零售通，三个市场保证金加起来一共多少？",
            "110,000",
        ),
        (
            "We're already in the Website market and now add IoT. What is the total deposit?",
            "60,000",
        ),
        ("已入驻建站市场，又要加入数据智能市场，保证金合计多少", "60,000"),
    ],
)
def test_total_deposit_of_held_and_added_first(question: str, total: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert total in _first_sentence(reply.text.replace(":", "。").replace("：", "。")) or (
        total in re.split(r"[：:]", reply.text, maxsplit=1)[0]
    ), reply.text


@pytest.mark.parametrize(
    ("question", "cheaper"),
    [
        ("零售通和安全市场哪个保证金更便宜？", "安全市场"),
        ("新零售和零售通，哪一个押金交得少", "新零售市场"),
        ("Retail Link or API market: which one has the cheaper deposit?", "API Market"),
    ],
)
def test_cheaper_deposit_named_first(question: str, cheaper: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(cheaper), reply.text


# --- 12. two markets compared on several conditions --------------------------------------------
@pytest.mark.parametrize(
    ("question", "lower"),
    [
        ("数据智能市场和安全市场哪个门槛低？比一下执照年限和注册资金", "数据智能市场"),
        ("服务市场跟基础软件市场，注册资金和执照年限上哪个要求更低？", "基础软件市场"),
        (
            "Basic Software vs Security: which is easier on capital and licence age?",
            "Basic Software",
        ),
    ],
)
def test_lower_bar_named_first(question: str, lower: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(lower), reply.text


@pytest.mark.parametrize(
    ("question", "both", "only"),
    [
        (
            "Do Solutions and IoT both ask for customer cases, and which one needs an ACP engineer?",
            "all of them",
            "Only Solution Market",
        ),
        ("解决方案和物联网市场都要求客户案例吗？哪个还要ACP？", "都有", "解决方案市场"),
    ],
)
def test_kinds_asked_of_two_markets_answered_first(question: str, both: str, only: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    head = "\n".join(reply.text.split("\n")[:2])
    assert both in head, reply.text
    assert re.search(f"({only}|只有{only}|不是都要求：{only})[^•]*ACP", reply.text), reply.text


# --- 13. a rule's words asked, nothing stated ----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "零售通规定在哪些平台上不能有违规记录？",
        "零售通市场的信用条件要求在哪几个平台上没有不良记录",
        "For Retail Link, on which platforms must the vendor have no violation records?",
    ],
)
def test_rule_words_asked_are_no_statement(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "满足" not in reply.text.split("\n", 1)[0] and "meet" not in reply.text.lower()[:40]
    assert "淘宝" in reply.text or "Taobao" in reply.text, reply.text


# --- 14. the consultant's client is no product word ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("我的客户做舆情分析和数据可视化的SaaS，适合哪个市场？", "数据智能市场"),
        ("我客户做舆情分析和BI报表的软件，应该入驻哪个集市？", "数据智能市场"),
        ("我们的客户做舆情分析、BI看板的SaaS，适合入驻哪个市场", "数据智能市场"),
        (
            "My client sells a BI and public-opinion analysis SaaS. Which market fits?",
            "Data Intelligence",
        ),
    ],
)
def test_client_word_does_not_pick_the_market(question: str, market: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first_market = next(line for line in reply.text.split("\n") if line.startswith("•"))
    assert market in first_market, reply.text


# --- 15. the worked example's result -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("指南里A公司的例子，最后退回给A公司多少？", "6万"),
        ("佣金举例那个A公司，实际佣金最终是多少", "6万"),
        ("The worked example with company A: how much did it get back in the end?", "60,000"),
    ],
)
def test_example_result_first(question: str, figure: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first = re.split(r"[。\n]|\. ", reply.text, maxsplit=1)[0]
    assert figure in first, reply.text


# --- 16. a client's own record ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How much commission did my client pay last month?",
        "Account 1234567890123 is my client's. Has their deposit been received yet?",
        "Has my customer's deposit been refunded yet?",
        "What commission did my client's shop pay this month?",
    ],
)
def test_client_record_lookup_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "cannot look up" in reply.text, reply.text
