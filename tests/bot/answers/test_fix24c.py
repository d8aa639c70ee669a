"""Round 24 (fix24c; dev18a/b/c after int23): money openings, steps and declines — in wordings of
our own that int23 got wrong:

1. a 0 % market whose tier changed: no refund because tier 1's rate is the same, never "the tier
   did not change";
2. the commission and the refund both asked ("Final commission and refund?", "how much
   commission and refund"): both lead, never the pre-charge the vendor only told;
3. "怎么划分 / 如何划分 / how are … split" is no yes/no: no stray "收。" before the rate table;
4. "why still charged 20%" after a higher tier: the tier-1 pre-charge reason first;
5. the button after something done ("看完介绍后点哪个按钮"): the next sub-step's button (立即加入);
6. days of notice before a policy change, asked across a comma: declined, handed off;
7. the exit steps asked with the deposit's return: "the guide does not describe them" first;
8. a shop used by, or moved to, a subsidiary or parent company: declined, never the 7 steps;
9. tiers "per category or on our total" with markets named: "Separately" first, not one rate table;
10. a month total given as "10万以内 / at most": the tier and its rate, no amount computed from the bound;
11. "what we must do before applying" (no inversion): steps 1 and 2 first, the rules to read after;
12. "考过ACA，没人考ACP": the ACP condition judged (not met), never declined as an exam question;
13. a violation record on an Alibaba platform after stated support hours: judged, not read as a support penalty.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

TODAY = date(2026, 12, 2)


# --- 1. a 0 % market: no refund because the rate is the same ------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "API市场2020年8月流水35万，佣金多少？",
        "物联网市场2020年6月交易额70万元，平台佣金要交多少？",
        "API market, May 2020: 450k of orders. What commission do we owe?",
        "IoT market, October 2019, turnover CNY 800,000 — commission?",
    ],
)
def test_zero_rate_market_no_refund_reason(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert "档位没变" not in text and "tier stays the same" not in text
    assert "0%" in text


# --- 2. commission and refund both asked lead -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "Security market, June 2020: settled total 800k, 300k of it distribution. We were "
            "pre-charged at tier 1. Final commission and refund?",
            ("15,000", "35,000"),
        ),
        (
            "Website market, March 2020, orders worth CNY 600,000. How much commission and refund?",
            ("60,000", "60,000"),
        ),
        (
            "Enterprise app market, Aug 2020, total 300k. Platform took tier 1 upfront. "
            "Commission and refund?",
            ("15,000", "15,000"),
        ),
    ],
)
def test_commission_and_refund_lead(question: str, wanted: tuple[str, str]) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert "Pre-charged" not in first.split(";")[0].split(".")[0]
    for figure in wanted:
        assert figure in first


# --- 3. "how are the tiers split" is no yes/no ------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "服务市场佣金阶梯档位是怎么划分的？",
        "企业应用市场的佣金档位如何划分？",
        "建站市场的阶梯费率怎样分档的？",
        "How are the commission tiers split for the Service market?",
    ],
)
def test_how_split_no_stray_verdict(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert not text.startswith("收。") and not text.startswith("Yes.")


# --- 4. why the tier-1 rate is still charged: the pre-charge reason first -------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们建站市场去年3月流水早就过了50万，为啥平台仍然按20%扣佣金？",
        "安全市场6月流水60万，为什么还是按第一档扣的服务费？",
        "Our website sales passed 500k in Nov 2020 — why is the platform still charging us 20%?",
        "Why are we still being charged the tier 1 rate even though we hit tier 3?",
    ],
)
def test_why_still_tier_one_reason_first(question: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert "第1档" in first or "tier 1" in first
    assert "默认" in first or "pre-charged" in first


# --- 5. the button after something done: the next sub-step's button first -----------------------
@pytest.mark.parametrize(
    "question",
    [
        "选好要入驻的市场、读完入驻要求以后点什么？",
        "浏览完市场的介绍后，该点哪个按钮？",
        "After choosing the market and viewing its details, what do I click?",
        "After reading the market introduction and entry requirements, which button do I click?",
    ],
)
def test_button_after_reading_the_market(question: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert "立即加入" in first
    assert "加入合作伙伴" not in first


# --- 6. days of notice before a policy change: the guide gives none, handed off -----------------
@pytest.mark.parametrize(
    "question",
    [
        "如果平台修改费率，一般提前几天告诉服务商？",
        "佣金规则要是变了，你们会提前多久通知？",
        "要是调整佣金比例的话，阿里云会提前多少天通知？",
        "If Alibaba Cloud changes the commission policy, how many days ahead will we be told?",
    ],
)
def test_policy_change_notice_declined(question: str) -> None:
    reply = answer(question, today=TODAY)
    first = first_sentence(reply.text)
    assert reply.out_of_scope
    assert "没有写" in first or "no number" in first


# --- 7. the exit steps asked with the deposit's return: the guide does not describe them ----------
@pytest.mark.parametrize(
    "question",
    [
        "退出云市场并退回保证金需要走哪些步骤？",
        "想不做了，退出云市场要办哪些手续，押金怎么退？",
        "What steps do we follow to leave the Marketplace and have the deposit refunded?",
        "Walk me through the procedure for exiting the marketplace and getting our deposit returned.",
    ],
)
def test_exit_steps_with_deposit_declined_first(question: str) -> None:
    reply = answer(question, today=TODAY)
    first = first_sentence(reply.text)
    assert reply.out_of_scope
    assert ("没有写退出" in first) or ("does not describe the steps" in first)
    assert "look up" not in first and "查不了" not in first


# --- 8. a shop used by, or moved to, a subsidiary or parent company: declined -------------------
@pytest.mark.parametrize(
    "question",
    [
        "能把云市场店铺转到我们新成立的子公司名下吗？",
        "集团下面的分公司可以共用总公司的云市场店铺吗？",
        "Can our newly formed subsidiary keep using the parent company's Marketplace shop?",
        "We want to move our Marketplace store to a subsidiary. Is that possible?",
    ],
)
def test_shop_to_subsidiary_declined(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope
    assert "7步" not in reply.text and "7 steps" not in reply.text


# --- 9. tiers per category or on the total, markets named: "separately" first --------------------
@pytest.mark.parametrize(
    "question",
    [
        "We are in the Security and IoT markets — is the tier set per market or on our overall total?",
        "For Website plus Service markets, do tiers go per category, or on the total of all our sales?",
        "We list in API and Enterprise Application. Tier by each category, or total of all categories?",
    ],
)
def test_tier_per_category_first(question: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert first.startswith("Separately")


# --- 10. a month total given as "以内 / at most": the tier and rate, no amount from the bound -----
@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("数据智能市场2020年每月流水都在10万以内，佣金比例是多少？", "10%"),
        ("建站市场和安全市场月交易额都在15万之内，费率各是多少？", "20%"),
        ("Website market, monthly sales of at most CNY 150,000 in 2020. What rate applies?", "20%"),
    ],
)
def test_bound_within_gives_rate(question: str, rate: str) -> None:
    text = answer(question, today=TODAY).text
    first = first_line(text)
    assert rate in first
    assert "1万元" not in text and "×" not in text


# --- 11. before applying, the subject before its verb: steps 1 and 2 (and the rules to read) ------
@pytest.mark.parametrize(
    "question",
    [
        "We are new to Alibaba Cloud. What we must do before applying to the marketplace?",
        "New to Aliyun here — what we need to do before we apply to join the Marketplace?",
        "Never used Alibaba Cloud; what we have to complete prior to applying?",
    ],
)
def test_before_applying_register_and_verify(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert "Register" in text and "real-name" in text


# --- 12. an ACA held and "nobody has taken ACP" judged, never declined as an exam question -------
@pytest.mark.parametrize(
    "question",
    [
        "我们有两个人考了ACA，没人考ACP，能进解决方案市场吗？",
        "做政务解决方案的，团队里有人考过阿里云ACA，但是没有人考ACP，符合解决方案市场要求吗？",
        "Three of us passed the ACA exam but nobody has taken ACP yet. Do we meet the Solutions market's requirement?",
    ],
)
def test_aca_not_acp_judged(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope
    assert "ACP" in reply.text
    assert first_sentence(reply.text).startswith(("不能", "No"))


# --- 13. a violation record on an Alibaba platform, beside stated support hours: judged ------------
@pytest.mark.parametrize(
    "question",
    [
        "客服是5×8。我们去年在淘宝上被处罚过，有违规记录，还能进零售通吗？",
        "在线客服5×8没问题。但公司前年在天猫因售假被处罚过一次，对入驻零售通有影响吗？",
        "售后5*8。另外我们在1688有过违规处罚记录，零售通市场还能申请吗？",
    ],
)
def test_violation_record_judged(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope
    assert "违规记录" in reply.text
    assert first_sentence(reply.text).startswith(("不能", "会影响", "有影响", "有问题"))
