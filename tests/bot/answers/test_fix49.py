"""Round 41 (session 46; not blind): the second black-box round's answer defects left open in
session 45 — digits with spoken units (D8), "website orders" (D18), a deposit for a count of
markets with one named (D20), how to get the ecosystem certification (D24) — the third round's
(commission on the deposit) and holdout49's wrongs after its one blind score (docs/ANSWERS.md
"Round 41")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # D8: 19万9千9百99块9毛9 is 199,999.99 (10% = 19,999.999 → 20,000.00 half up).
        ("基础软件一个月19万9千9百99块9毛9，佣金多少", "199,999.99元", "199,900"),
        ("基础软件一个月19万9千9百99块9毛9，佣金多少", "2万元（20,000元）", "19,990"),
        ("基础软件一个月19万9千9百99元，佣金多少", "199,999元", "199,900"),
        ("注册资金3万5千可以入驻零售通吗", "3.5万元", "5千"),
        # A colloquial tail ("49万9千9" = 499,900) is read as before.
        ("服务市场2020年4月卖了49万9千9，佣金多少", "499,900元", "490,009"),
        # D18: "website orders" name the market.
        (
            "so if in Oct 2020 we had 350k of website orders, 50k of them distribution, how much "
            "commission?",
            "Commission: 45,000 yuan",
            "Tell me the market",
        ),
        # D20: one market named of two: the other counted as "other", not "1 × 30,000".
        ("ok and whats the deposit for two markets, SaaS and data?", "1 other × 30,000", "+ 1 × "),
        ("两个市场 SaaS和数据 保证金多少", "另外 1 个市场 × 30,000", "+ 1 × "),
        ("deposit for two markets?", "2 × 30,000 = 60,000", "other"),
        # D24: how to get the ecosystem certification: the guide's pointer, not who needs it.
        (
            "how do i get the ecosystem certification",
            "ecosystem partner joining process",
            "No such condition",
        ),
        ("生态认证怎么拿", "参考阿里云官网生态伙伴入驻流程", "对这一项没有要求"),
        # … while whether a market needs it is still answered as before.
        ("新零售市场要求生态认证吗", "需要", "没有写具体的办理步骤"),
        # … and the partner page is no certification.
        ("想先看看某个市场的入驻要求，在生态伙伴页面上点哪里", "查看详情", "生态伙伴入驻流程办理"),
        # Third round D16: commission is not charged on the deposit.
        ("is the commission charged on the deposit?", "separate sum", "pre-charged at the tier 1"),
        # holdout49 #23: a template shown for room keeps its first line.
        (
            "after paying the deposit we have to open a ticket right? which category do I pick "
            "in the ticket system?",
            "入驻云市场已缴纳保证金叁万元，请转财务",
            "xx",
        ),
        # #68: the rates compared with another market's, 不一样 first.
        ("服务市场的佣金比例多少？跟建站一样吗", "不一样：", "两个不同的市场"),
        # #89: the capital asked of a market without a capital condition, answered first.
        (
            "注册资金只有30w，执照2018年的，想进数据智能市场，资金这块够不够",
            "数据智能市场对注册资金没有要求，这一项不影响入驻。",
            "xx",
        ),
        # #103: "nothing big-data related" lacks the big-data offering.
        (
            "Data intelligence market: we do ERP software, nothing big-data related. 25 staff, "
            "5x8 support. OK?",
            "No, you cannot join yet",
            "Yes, on these points",
        ),
        ("Data intelligence market: we do big-data related SaaS, 25 staff, 5x8. OK?", "Yes", "NOT"),
        # #140: a floor asked of a market that sets none.
        (
            "What's the minimum registered capital for 零售通 vs 基础软件? And does 物联网 have one?",
            "The guide sets no registered capital requirement for IoT Market",
            "as the guide describes it",
        ),
        # #142: how to pay, then where the ticket goes: both steps.
        ("保证金怎么交，交完工单在哪提？", "第5步缴纳保证金", "xx"),
        ("保证金怎么交，交完工单在哪提？", "第6步提交工单", "xx"),
        # #149: the ecosystem's certification is not an engineer's ACP.
        ("哪几个市场要先过阿里云生态伙伴的资质认证", "新零售市场、开发运维市场。", "解决方案市场"),
        ("哪些市场需要认证", "解决方案市场", "xx"),
        # #186: a listed product's time to go live is not in the guide.
        (
            "Once a product is listed, how many days until it's live for buyers?",
            "does not say",
            "2016",
        ),
        # #190 / #195 / #200: actions asked of the bot, and the ACP exam: declined.
        (
            "Please go ahead and pay the 30k deposit from our account balance",
            "cannot do that",
            "balance (余额)",
        ),
        ("你直接帮我把企业实名认证做了吧，营业执照照片发你", "我不能替您办这件事", "第2步"),
        (
            "How much does the ACP certification exam cost and what's on the syllabus?",
            "says nothing",
            "ACP is the",
        ),
        ("what's ACP", "ACP is the Alibaba Cloud Elastic Compute", "says nothing"),
        # Fourth black-box round: ACA in place of ACP (D10); the 1688 member account (D11).
        ("ACP是什么认证？ACA算不算", "ACA 不是指南要求的认证", "实名认证"),
        ("有阿里巴巴中国站会员吗？这个怎么办", "不是入驻第1步的阿里云账号", "注册阿里云账号（详见"),
        # A size is no industry; an ed-tech company still is one outside the six.
        (
            "We are a two-person startup. Is there any market in the marketplace we could join?",
            "team size 2",
            "no industry",
        ),
        (
            "We're an ed-tech company (K12 SaaS). Can we get into the Solutions market?",
            "No, not as things stand",
            "Entry conditions for",
        ),
    ],
)
def test_black_box_answers(question: str, said: str, not_said: str) -> None:
    text = answer(question, today=DAY).text
    assert said in text
    assert not_said not in text
