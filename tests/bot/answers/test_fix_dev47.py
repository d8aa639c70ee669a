"""Round 42 (session 47; not blind): the answer defects of the fifth black-box reading
(docs/evaluation/black_box_s48/report.md), the fourth's left-overs, and the misses of dev47a — a
blind development set of 150 questions written from the guide alone (scored once, 135/150 by the
check, before any of these; docs/ANSWERS.md "Round 42")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # dev47 #5 / #125: two things of the guide are not one.
        (
            '请教下，第二步那个"企业实名认证"跟零售通要求的"企业名称认证"是一回事吗？',
            "不是一回事",
            "是，需要",
        ),
        (
            "Is the 审核 after applying the same as 企业实名认证? and which one comes first?",
            "step 2, then step 3",
            "Yes.",
        ),
        (
            "生态认证和实名认证是一回事吗",
            "新零售市场和开发运维市场的入驻条件",
            "是的，指的是同一个",
        ),
        # dev47 #36: the reason told after the question is no question of its own.
        (
            "Is the deposit money gone for good or refundable? My boss has to approve it before "
            "we sign",
            "refunded after the cooperation ends",
            "comes first",
        ),
        # dev47 #38: an engineer wanted by a market is no engineer the vendor has.
        (
            "Does the 物联网 market also want an ACP-certified engineer like the solutions market "
            "does?",
            "no ACP certified engineer requirement for IoT Market",
            "you meet it",
        ),
        # dev47 #50: quote marks inside a Chinese phrase part no words.
        (
            '服务市场要求的"营销"能力是什么？我们是纯技术团队',
            "服务市场要求：具有一定的营销策划能力",
            "服务市场要求：技术及客服团队",
        ),
        # dev47 #81: the days left, counted.
        ("执照2024年12月6号的，新零售市场还差几天满2年？现在能进吗", "还差 1 天", "还差 2 天"),
        # dev47 #94: an English full stop ends a clause; each market its own amount.
        (
            "We sell in both 企业应用 and 基础软件. Feb 2021: 企业应用 300k, 基础软件 250k, no "
            "distribution. Together 550k, so tier 3 for both?",
            "Basic Software Market: month total 250,000 yuan",
            "Basic Software Market: month total 300,000",
        ),
        # ("各卖了15万" still gives each market the figure; "yj各多少" gives none.)
        (
            "企业应用和基础软件这个月各卖了15万，加起来30万了，能不能合在一起按第二档算？",
            "基础软件市场（费率表：基础软件）当月应结算实收现金总额 15万元",
            "总额 30万元",
        ),
        ("20年11月 IoT卖了30w 零售通卖10w yj各多少", "可计佣金额为 10万元", "可计佣金额为 30万元"),
        # dev47 #99: two markets named one per question mark are asked together.
        (
            "Licence from 2024-03-01, registered capital 0.3 million. Looking only at those two "
            "conditions: 服务市场? 数据智能市场?",
            "Service Market: no; Data Intelligence Market: yes",
            "Entry conditions for Data Intelligence Market",
        ),
        # dev47 #109: the markets that stay open, named.
        (
            "Registered capital only ¥300,000. Which markets would not fail us on capital?",
            "open to you on those points: API Market, Basic Software Market",
            "The other markets are not ruled out",
        ),
        # dev47 #114: a certification done is no product described.
        (
            "我们还没做阿里云生态伙伴认证，哪些市场是硬性要这个的？",
            "新零售市场、开发运维市场",
            "最相符",
        ),
        # dev47 #123: the details read, the next button.
        (
            "On the partner page I picked the market and read the details. What do I click next?",
            "立即加入",
            "Click 查看详情",
        ),
        # dev47 #149: a record in the vendor's account changed for them: declined.
        (
            "please change the phone number on our vendor profile to 13900001111",
            "I cannot do that for you",
            "legal notice",
        ),
        # Black-box 47, D18: a Taobao dispute asked of a market without the credit condition.
        (
            "our legal rep had a minor taobao dispute in 2021, does that matter for security "
            "market?",
            "No effect: The guide sets no credit record requirement for Security Market",
            "outside what I can answer",
        ),
        ("淘宝上有过纠纷，影响进安全市场吗", "没有影响：指南对安全市场没有信用记录要求", "抱歉"),
        # (Retail Link sets it: its rule, with the "yes" it has always had.)
        (
            "Retail Link: do they check our credit history? the founder had a dispute on Taobao "
            "years ago",
            "Yes. Retail Link Market",
            "No effect",
        ),
        # Black-box 47, D22: what the statement is, and where it is issued — both.
        ("社保缴费表是什么，去哪里开", "没有写这张表去哪里开具", "指南中有这一项要求的集市"),
        # Black-box 48, D7: how much, and how to pay — both.
        ("How much is the deposit and how do I pay it", "充值交纳", "Step 6, the ticket"),
        ("保证金多少，怎么交", "充值交纳", "阿里云账号："),
        # Black-box 48, D16: what counts as well-known is the review's.
        ("知名客户怎么算？我们给顺丰做过", "没有写怎样才算“知名”", "退款"),
        # Black-box 48, D24 / D32 / D33.
        ("what next", "depends on where you are", "outside what I can answer"),
        ("what does 捌万 mean", "CNY 80,000", "outside what I can answer"),
        ("佣金?", "各类目平台服务费阶梯比例", "指南示例"),
        # Black-box 48, D40: a what-question about rates today gets no "No.".
        (
            "so what commission rates apply today, in december 2026?",
            "2026-12 is outside the guide's commission policy",
            "No. ",
        ),
    ],
)
def test_the_round_42_answers(question: str, said: str, not_said: str) -> None:
    reply = answer(question, today=DAY).text
    assert said in reply
    assert not_said not in reply


def test_a_capital_shortfall_is_computed_not_invented() -> None:
    question = "注册资金99.5万，企业应用市场差多少？"
    reply = answer(question, today=DAY).text
    assert "还差 5,000元" in reply
    assert invented_numbers(question, reply, DAY) == []


def test_days_left_are_computed_not_invented() -> None:
    question = "licence dated 2024-12-20, how many days until it qualifies for the security market?"
    reply = answer(question, today=DAY).text
    assert "15 day(s) from today" in reply
    assert invented_numbers(question, reply, DAY) == []
