"""Round 26 (fix26b): the asked thing first, and a verdict where the stated facts settle it.
In wordings of our own that int25 got wrong:

1. a further market applied for after one joined ("入驻过一个市场，现在申请第二个市场，还要重新
   补全公司信息吗"): what only a first application asks is not needed — 不需要 / No need first,
   never 需要 (dev19b n=168);
2. only an ACA-certified engineer, a market asking for the ACP, can we join / is it enough:
   不能 / No first, the ACP condition after it (dev19b n=145);
3. no well-known customer case, "只有几个小客户" stated beside it: the case condition not met
   (不能 first), never the declined "how many cases" (dev19b n=29);
4. "需要几年行业经验？我们能进吗" with a profile, a market that sets no experience: that none
   first, before the verdict on the stated points (dev19b n=18).
"""

from __future__ import annotations

import pytest

from bot.answers import answer


# --- 1. a further market: the first application's parts are not asked again ------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("已经入驻了API市场，再加一个数据智能市场，身份信息还要再确认一遍吗", "不需要"),
        ("我们在基础软件市场上架了，想再申请一个服务市场，公司信息要重新填吗？", "不需要"),
        ("入驻过建站市场了，现在想进第二个市场，身份信息还得确认吗？", "不需要"),
        (
            "We are already listed on the API market. For a second market, must we confirm our identity again?",
            "No need",
        ),
        (
            "Applying for another market after joining one — do we redo the real-name verification?",
            "No need",
        ),
    ],
)
def test_further_market_not_first_application(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert "业务资质" in reply.text or "business qualifications" in reply.text, reply.text


# --- 2. an ACA is not the ACP a market asks for ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("我们只有一个ACA认证的工程师，能进解决方案市场吗？", "不能"),
        ("我们团队有两个人拿了阿里云ACA证书，解决方案市场够不够？", "不能"),
        ("Is an engineer holding ACA enough for the Solution market?", "No"),
        (
            "Our single certified engineer has the ACA. Could we get into the Solutions market?",
            "No",
        ),
    ],
)
def test_aca_is_not_the_acp(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert "ACP" in reply.text.split("\n")[0], reply.text


# --- 3. a lacked customer case, a few small customers stated -------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们没有知名客户案例，只有几家本地小企业客户，解决方案市场能进吗？",
        "物联网市场我们其他都满足，就是没有知名客户案例，仅有几个县里的客户，会不会被卡？",
        "我们暂时还没有知名客户案例，只有几家中小客户，解决方案市场会因为这个被拒吗？",
    ],
)
def test_lacked_case_is_not_a_count(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    # fix32c: "会因为这个被拒吗" is answered in its own polarity, 会被拒.
    assert reply.text.startswith(("不能", "会卡住", "会被拒")), reply.text
    assert "知名客户案例" in reply.text, reply.text


# --- 4. a figure asked that the market does not set: none, first ----------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们做OA办公SaaS，2017年拿的执照，注册资金300万，技术加客服30人，售后5x8，能对接云市场API。"
        "企业应用市场需要几年行业经验？能进吗？",
        "我们是做人事管理软件的，执照2019年，注册资本150万，团队22人，5×8售后，能接入云市场API。"
        "进企业应用市场要几年经验？我们行不行？",
        "我们做进销存SaaS，执照2016年，注册资本500万，技术和客服共40人，售后5x8，支持对接云市场API。"
        "请问企业应用市场需要多少年行业经验，我们能入驻吗？",
    ],
)
def test_unset_figure_asked_first(question: str) -> None:
    reply = answer(question)
    assert "没有服务经验要求" in reply.text.split("\n")[0], reply.text
