"""fix37c (round 30, after judging dev28g–i; not blind): a duration of years and months, 一笔 as
no numeral, a total pointed at again, "instead of 5x8", a request outside the guide beside a
question, the steps in total, a payment looked up, a deposit added after one paid, 列全 as no
market, a claimed figure of another market, the rules set aside before "what else"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("我们做安全做了一年零两个月，安全市场的行业经验这条满足吗？", "满足"),
        ("数据智能这块，2020年8月两笔单子，一笔十二万一笔八万，都是直销，佣金按几个点算，一共多少钱？", "佣金 1万元（10,000元）（第2档 5%）"),
        ("建站类目2020年12月应结算实收刚好50万整，其中10万是分销。50万这个点到底算第2档还是第3档？最后佣金多少", "佣金 4万元（40,000元）（第3档 10%）"),
        ("Which markets require 7x24 after-sales instead of 5x8?", "Only Security Market requires 7x24"),
        ("帮我订张明天去杭州的机票🙏 另外建站那个类目抽成第一档几个点", "1) 抱歉"),
        ("how many markets r there in total on 云市场? also whats the weather in hangzhou tmrw", "1) The Marketplace has twelve markets"),
        ("how many steps is the whole onboarding thing?", "Joining takes 7 steps"),
        ("已经在服务市场交过3w了 现在还想加安全和零售通 还得再交多少bzj", "新增安全市场及零售通市场：再交 80,000 元"),
        ("解决方案市场只收哪些行业，列全", "解决方案市场要求：属于金融、物流、电商、政务、传媒、物联网"),
        ("零售通保证金是不是也按3w一个类目算", "不是，入驻零售通市场需缴纳保证金共 5万元"),
        ("服务市场除了执照2年、资金100万、20人团队这些硬杠杠，还有哪些能力上的要求？", "服务市场要求：具有一定的营销策划能力"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    "question",
    [
        "pls check whether the deposit for aliyun account 1809004457723 arrived, finance says they transferred 60k on 11/28",
        # One request with 顺便 inside it ("while at it") is no second question.
        "提工单的时候能不能顺便申请云市场首页的广告推广位",
        "审核太慢了，你帮我给云市场审核小二发个消息催一下呗，顺便把我们店里那个商品的价格从999改成899",
    ],
)  # fmt: skip
def test_declined_whole(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


def test_notified_after_submitting() -> None:
    text = answer(
        "after we hit submit on the application how do we find out if theres movement? do we get"
        " notified or do we have to keep refreshing",
        today=DAY,
    ).text
    assert "email" in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # The review's mends: words in every market's conditions name no one condition …
        ("“云市场”是什么意思？", "云市场目前有十二大集市"),
        # … one vendor's options are no clients; a list of conditions is not split by client …
        ("Plan A: we join API market. Plan B: we join Security market. Which costs more in total?", "Deposit for API Market + Security Market"),
        # … users are no money; an amount in yuan asked with no foreign currency is the amount;
        ("我们APP有三十多万用户，建站市场佣金按哪档算？", "建站市场（费率表：网站建设）"),
        ("零售通和API市场保证金是多少人民币？", "入驻零售通市场、API市场需缴纳保证金共 8万元"),
        # a when-question gets no yes; a budget equal to the total is enough, shown in yuan.
        ("If the commission policy changes, when would the change take effect?", "During the policy"),
        ("我们有3万，API市场保证金够吗？", "够：保证金共需 30,000 元，不超过您的 30,000 元"),
        ("手里2.5万，API市场保证金够不够？", "不够：保证金共需 30,000 元，多于您的 25,000 元"),
    ],
)  # fmt: skip
def test_the_reviews_mends(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


def test_a_range_of_years_is_no_year_count() -> None:
    from bot.answers.profile_read import _YEARS_THEN_MONTHS

    assert _YEARS_THEN_MONTHS.search("执照一两年零三个月") is None
    assert _YEARS_THEN_MONTHS.search("做了一年零两个月") is not None
