"""fix25f (dev19a): asks that sit next to a rule the guide states are declined naming what it
does not say; a look-up the guide answers is not refused; the asked topic, verdict or both
parts come first."""

from __future__ import annotations

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # The vendor's own deposit balance (dev19a n=167).
        ("我们保证金账户里现在还剩多少钱", "余额"),
        ("帮我看看押金余额是多少", "余额"),
        ("Our deposit balance: how much is left right now?", "balance"),
        ("What is the remaining balance of our margin?", "balance"),
        # Applying again after rejections, a blacklist (n=189).
        ("审核一直不通过，被驳回好几次了，还能再申请吗", "黑名单"),
        ("申请次数有没有限制？会不会被拉进黑名单", "黑名单"),
        ("How many times can we reapply if we keep getting rejected?", "blacklist"),
        ("We were turned down twice. Are we on some blocklist now?", "blacklist"),
        # The vendor's own site or phone on a listing, deals taken offline (n=193).
        ("商品页面上能不能放我们公司官网的链接，让客户去官网下单", "官网"),
        ("可以把云市场的客户引到线下签约吗", "线下"),
        (
            "Can we steer customers to our own website to close sales outside the marketplace?",
            "offline",
        ),
        (
            "Is it OK to show our own phone number on the listing and settle deals directly with the customer?",
            "offline",
        ),
        # How to join distribution, what it pays (n=194).
        ("分销功能在哪里开通", "分销怎么开通"),
        ("分销返佣比例是多少", "返点"),
        ("How do we enable distribution for our products?", "set up distribution"),
        ("What rebate do resellers get under distribution?", "rebate"),
    ],
)
def test_an_ask_next_to_a_rule_is_declined_naming_the_gap(question: str, says: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert says in reply.text
    # Declined first: the reply opens with what the guide does not say (or that the bot cannot
    # see the account), the related rule after it.
    assert reply.text.startswith(("指南没有", "我看不到", "The guide does not", "I cannot see")), (
        reply.text
    )


@pytest.mark.parametrize(
    "question",
    [
        "分销订单要交佣金吗",
        "Do distribution orders count toward the tier threshold?",
        "第二次申请入驻，还需要再补全公司信息吗",
    ],
)
def test_the_rule_itself_is_still_answered(question: str) -> None:
    assert not answer(question).out_of_scope


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # How the vendor itself learns of progress: the guide's e-mail and 查看进度, no refusal
        # to look up an account (dev19a n=58).
        ("How will we find out that our application has moved forward?", "email"),
        ("How can we find out whether we passed the review?", "email"),
        ("How would we find out the review result?", "email"),
        ("How can I check how far along our application is?", "云市场平台"),
    ],
)
def test_how_we_learn_of_progress_is_answered_not_refused(question: str, says: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "cannot look up" not in reply.text
    assert says in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # "when something changes" is the application named before it (n=138).
        "How do we track our application status, and how are we notified when something changes?",
        "Where can we see how our application is going? And will we get told when anything changes?",
        "What's the way to follow our application's progress, and how do we hear when something happens?",
    ],
)
def test_tracking_and_notice_are_both_answered_with_nothing_unrelated(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope
    assert "云市场平台" in reply.text and "mail" in reply.text
    assert "…" not in reply.text and "commission" not in reply.text


@pytest.mark.parametrize(
    ("question", "first", "then"),
    [
        # Which contracts, then what next: both (n=119).
        ("要签哪几份协议，签好之后做什么", "Y20", "保证金"),
        ("合同是哪两份？签完了下一步是啥", "Y20", "保证金"),
        ("签哪些协议？签完干嘛", "Y20", "保证金"),
        ("Which agreements have to be signed, and what happens next?", "Y20", "deposit"),
    ],
)
def test_which_contracts_and_the_next_step_are_both_answered(
    question: str, first: str, then: str
) -> None:
    reply = answer(question)
    assert first in reply.text and then in reply.text, reply.text
    assert reply.text.index(first) < reply.text.index(then)


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # 第 typed as a homophone before a step's number (n=144).
        ("入驻的地一步是什么", "第1步"),
        ("弟一步要做啥", "第1步"),
        ("低二步是干嘛的", "第2步"),
    ],
)
def test_a_homophone_for_the_step_ordinal_is_read_as_it(question: str, opens: str) -> None:
    assert answer(question).text.startswith(opens)


@pytest.mark.parametrize(
    ("question", "market"),
    [
        # Which market, asked with the market's customers named: its name first (n=155).
        ("我们为零售通的品牌商提供一站式托管，选哪个集市", "零售通市场"),
        ("我们专门帮零售通的小店和经销商做运营托管，应该选哪个市场？", "零售通市场"),
        ("给零售通品牌商做建品报价和营销服务，入哪个集市？", "零售通市场"),
        (
            "We do store operations for Retail Link brand owners and distributors. Which market is ours?",
            "Retail Link",
        ),
    ],
)
def test_which_market_opens_with_the_market_name(question: str, market: str) -> None:
    reply = answer(question).text
    # The name first: the reply's opening, or the first market of its list of matches.
    first_line, second_line = [*reply.splitlines(), ""][:2]
    assert first_line.startswith(market) or second_line.startswith("• " + market), reply


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # What a market sells is its description, not its conditions on products (n=32).
        ("开发运维市场都卖哪些产品", "云资源纳管"),
        ("开发运维集市上架的是什么样的产品", "监控"),
        ("物联网市场主要是哪些产品", "物联网云端一体化"),
        ("What kinds of products does the DevOps market sell?", "cost"),
    ],
)
def test_what_a_market_sells_is_its_description(question: str, says: str) -> None:
    reply = answer(question)
    assert reply.topic == "computed.scope", reply.text
    assert says in reply.text


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # Another cloud said of some customers is no lack of the vendor's own services (n=15).
        ("建站市场的服务必须依托阿里云吗？我们有一部分客户用的是腾讯云", "需要"),
        ("物联网市场必须用阿里云IoT吗？部分客户在用华为云", "需要"),
        (
            "Must website-building services be based on Alibaba Cloud? A few of our customers use Azure.",
            "Yes",
        ),
    ],
)
def test_customers_on_another_cloud_do_not_turn_the_vendor_away(question: str, opens: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opens), reply.text
    assert "不满足" not in reply.text and "not met" not in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # The vendor's own work on another cloud is still a lack (unchanged).
        "我们是做建站的，但给客户做的站都是跑在腾讯云上，能进建站市场吗",
        "Website market: the sites we build for clients run on AWS. Can we join?",
    ],
)
def test_own_work_on_another_cloud_is_still_a_lack(question: str) -> None:
    assert answer(question).text.startswith(("不能", "No"))


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # No company, asked as becoming a vendor (n=59).
        ("I'm an individual developer with no company. Could I become a vendor here?", "No"),
        (
            "We're just two freelancers without a company — could we become sellers on the Marketplace?",
            "No",
        ),
        ("我是个人开发者，没注册公司，能成为云市场服务商吗", "不能"),
        ("没有公司，个人可以当服务商吗", "不能"),
    ],
)
def test_no_company_is_no_first(question: str, opens: str) -> None:
    assert answer(question).text.startswith(opens)


@pytest.mark.parametrize(
    "question",
    [
        # The social-insurance statement said to be unavailable: that condition fails (n=94).
        "API market: our team is 30 people, but we are unable to produce the company's monthly social insurance contribution statement. Are we eligible?",
        "Security market: 40 engineers and support staff, but we can't provide a monthly social insurance payment statement for the team. Can we join?",
    ],
)
def test_a_missing_insurance_statement_is_a_failed_condition(question: str) -> None:
    reply = answer(question).text
    assert reply.startswith("No"), reply
    assert "social insurance" in reply


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # A rule asked with "check" or a misspelt "require" (n=51, n=68).
        ("Does Retail Link check our legal representative's credit record?", "Yes"),
        ("Does the security market check our registered capital?", "Yes"),
        ("does the website market requre services built on alibaba cloud", "Yes"),
        ("Does the DevOps market look at our business licence age?", "Yes"),
    ],
)
def test_a_rule_asked_with_check_or_a_typo_opens_yes(question: str, opens: str) -> None:
    assert answer(question).text.startswith(opens)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # Whole total or the non-distribution part only: the whole, first (n=56).
        ("档位是按含分销订单的总额算，还是只按非分销的部分算？", "包括分销订单"),
        ("定档的时候分销订单算不算进去，是按全部订单还是只按非分销订单？", "包括分销订单"),
        (
            "Is our tier set on the total including distribution sales, or only on the non-distribution orders?",
            "including distribution",
        ),
    ],
)
def test_the_whole_total_picks_the_tier_first(question: str, says: str) -> None:
    assert says in answer(question).text.split("\n")[0]
