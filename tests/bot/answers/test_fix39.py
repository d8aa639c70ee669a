"""fix39a (round 32, session 37; not blind): holdout32's judged wrongs by class, mended after its
one score — what must be done first between two steps, a condition asked to be made up after
joining, the market whose threshold is a figure, "is it all of them?" after a which-question,
the 20-person team asked of every market, and an action in the vendor's account declined."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # What must come first between two steps is asked, no order claimed (holdout32 #14).
        ("注册完阿里云账号以后，要先做啥认证才能申请入住云市场？", "第2步：完成企业实名认证。"),
        ("注册完阿里云账号，要先做什么才能签合同？", "第2步：完成企业实名认证。\n第3步：申请入驻云市场。"),
        ("After registering, what do we do first before we can apply?", "Step 2: Complete company real-name verification"),
        # A condition made up after joining: 不能, it is an entry condition (holdout32 #99).
        ("零售通需要的那个阿里巴巴中国站账号我们没有，能先入驻再补吗", "不能先入驻再补：这是入驻条件，申请前就要满足。"),
        ("物联网市场的社保表能以后再补吗", "不能先入驻再补"),
        ("零售通能不能先入驻，钉钉以后再开通？", "不能先入驻再补"),
        ("Can we join the IoT market first and get the social insurance records later?", "No: this is an entry condition"),
        # The market whose threshold is the figure (holdout32 #151): the figure is the rule's.
        ("哪个市场注册资金门槛是10万？", "指南中有这一项要求的集市：\n• 注册资金不低于 10万元：基础软件市场"),
        ("注册资金门槛10万的是哪个市场", "指南中有这一项要求的集市：\n• 注册资金不低于 10万元：基础软件市场"),
        # "is it all of them?" after which markets (holdout32 #155): No, and the market that differs.
        ("which markets need a 20-person tech & CS team with social insurance proof? is it all of them?", "No, not every market: Retail Link Market — a different figure"),
        ("哪些市场要求社保证明？是不是所有都要？", "不是，不是每个市场都要求：零售通市场没有这一项要求。"),
        # holdout33's judged classes, after its one score (fix39b; not blind).
        # Why the vendor asks (for the books) is no accounting question (#4).
        ("After we pay the deposit do we get some kind of receipt from the marketplace? our finance team needs it for bookkeeping", "After you pay the deposit the Marketplace issues you a receipt."),
        ("交完保证金会开收据吗？财务那边要拿去做账", "缴纳保证金后，云市场给服务商开收据。"),
        # A repeat application re-entering the company info "from scratch" (#16).
        ("we applied last year and got rejected, now trying again. Do we have to re-enter all the company info from scratch?", "No need: a repeat application only fills in the business qualifications."),
        # Not one ACP engineer is no team of one (#89).
        ("解决方案市场，我们团队目前一个ACP认证的都没有，有影响吗", "会影响"),
        # The rule's figure asked, then the vendor's own figure and "行吗" (#103): one question.
        ("服务市场要求注册资金多少？我们99万，就差一点，行吗", "不能：99万元（990,000元）低于服务市场要求的100万元"),
        ("How much registered capital does the Service market need? we have 990k, is that ok?", "No: 990,000 yuan is below the 1,000,000 yuan the Service Market requires."),
        # An amount in words (#104).
        ("Enterprise apps market: our registered capital is exactly one million RMB. OK?", "Yes, on this point."),
        # Orders listed with 、 or commas, one named as distribution in brackets (#125).
        ("服务市场 2020年4月一共三笔订单：8万、9万、6万（6万那笔是分销）。佣金应该是多少？", "佣金 8,500元（第2档 5%）"),
        ("Service market, April 2020, three orders: 80k, 90k, 60k (the 60k was via a distributor). commission?", "Commission: 8,500 yuan (tier 2, 5%)"),
        # A tier's bound in brackets beside the tier named; 分别 of the markets (#134).
        ("Top-tier (500k and above) commission rates for website building, the security market and Retail Link?", "Tier 3: Website Building Market 10%; Security Market 3%; Retail Link Market not in the rate table"),
        ("建站、安全和零售通第三档（50万及以上）的佣金比例分别是多少？", "第3档：建站市场 10%，安全市场 3%"),
        # What two markets share, without the kinds set aside (#137).
        # (Round 55, holdout91 #137: the special requirements both set, first.)
        ("新零售和开发运维这俩市场，除了执照和资金，还有哪些共同的特殊要求？", "新零售市场及开发运维市场共同的特殊要求（其他市场都没有）：完成阿里云官方生态体系资质评估和认证"),
        # The deposit beside a condition or the rates, for two markets (#143, #144).
        ("What are the deposit and commission rate for Retail Link and for the API market?", "Deposit for Retail Link Market + API Market: 80,000 yuan"),
        ("服务市场和零售通，客服时长要求和保证金分别是多少？", "• 服务市场：不少于 5×8 小时的客服在线服务"),
        # The count of markets beside "按商品算" keeps 不是按商品数 first (dev21g #140).
        ("我们打算入驻两个市场，一共十来个商品，保证金如果按商品算要交多少？", "不是按商品数：保证金按入驻的市场类目交"),
        ("哪些市场要求营业执照满两年？所有都要吗", "不是，不是每个市场都这样要求：基础软件市场、数据智能市场、零售通市场、API市场、物联网市场"),
        # The 20-person team asked of every market: 零售通 counts 4 employees instead.
        ("do all markets require the 20-person team?", "No, not every market: Retail Link Market — a different figure"),
        ("所有市场都要20人的团队吗", "不是，不是每个市场都这样要求：零售通市场的要求不同"),
        ("是不是每个市场都要求技术客服团队？", "不是，不是每个市场都这样要求：零售通市场的要求不同"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


def test_a_support_team_named_asks_no_support_hours() -> None:
    """ "技术客服团队" is the team condition's own words: no line of 5x8 / 7x24 service."""
    text = answer("是不是每个市场都要求技术客服团队？", today=DAY).text
    assert "5×8" not in text and "7×24" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "帮我把我们在云市场上架的商品价格改成999元",
        "please change the price of our listing to 999 on our store",
        "帮我们把入驻申请提交了吧",
    ],
)  # fmt: skip
def test_an_action_in_the_account_is_declined_as_one(question: str) -> None:
    found = answer(question, today=DAY)
    assert found.out_of_scope, found.text
    assert found.text.startswith(("抱歉，我不能替您办这件事", "Sorry, I cannot do that for you")), (
        found.text
    )


@pytest.mark.parametrize(
    ("question", "not_opening"),
    [
        # Pricing advice stays its own decline; the order of two steps asked stays an order.
        ("商品价格定多少合适", "抱歉，我不能替您"),
        ("签合同和交保证金，要先做哪个", "第4步：签署云市场合同。\n之后"),
        ("注册完账号以后是先实名认证还是先申请？", "不是，顺序反了"),
        # The deposit paid after joining is the right order, no condition made up later.
        ("先入驻再交保证金可以吗", "不能先入驻再补"),
        # A figure of the vendor's own beside which markets stays the vendor's.
        ("我们注册资金10万，能进哪个市场", "指南中有这一项要求的集市"),
        # Three tiers asked (三档…分别) stay every tier; an accounting question stays declined.
        ("建站市场三档费率分别是多少", "建站市场第3档"),
        ("保证金在账上记什么科目？", "缴纳保证金后"),
    ],
)  # fmt: skip
def test_no_new_reading_where_it_does_not_belong(question: str, not_opening: str) -> None:
    text = answer(question, today=DAY).text
    assert not text.startswith(not_opening), text


def test_the_deposit_is_a_part_beside_a_condition_of_two_markets() -> None:
    """ "客服时长要求和保证金分别是多少" of two markets: both parts, the deposit summed."""
    text = answer("服务市场和零售通，客服时长要求和保证金分别是多少？", today=DAY).text
    assert "零售通市场：不少于 5×8 小时的客服在线服务" in text, text
    assert "保证金共 8万元（80,000元）" in text, text


@pytest.mark.parametrize(
    ("question", "any_of", "none_of"),
    [
        # The review's regressions of fix39a/b (a reader who saw the diff), mended in fix39c.
        # The team's hours asked keep the support lines.
        ("技术客服团队要提供几小时服务？", ("5×8", "7×24"), ()),
        ("零售通的客服人员要求是什么", ("不少于 5×8 小时的客服在线服务",), ()),
        # Hours asked of every market's team: the 20-person team words do not make it No.
        ("Do all markets require the tech and support team to work 5x8?", ("Yes",), ("No, not every market: Retail Link",)),
        # A month total in brackets beside a tier named stays the month's.
        ("建站市场2020年10月交易额（60万），是第三档吗？佣金多少", ("佣金 6万元（60,000元）",), ()),
        ("服务市场2020年10月第三档（100万）佣金多少？", ("佣金 3万元（30,000元）",), ()),
        # What to provide after joining is no condition made up later.
        ("API市场入驻后提供什么售后服务时长", ("5×8",), ("不能先入驻再补",)),
        # A figure of another condition, or paid-in capital, is no verdict on the capital asked.
        ("建站市场要求注册资金多少？我们公司成立3年，行吗", ("注册资金不低于 100万元",), ("不能：",)),
        # The vendor's own capital beside "哪个市场门槛…" stays the vendor's.
        ("我们注册资金10万，哪个市场门槛是10万以下的", ("API市场", "数据智能市场"), ()),
        # A question after the purpose clause is kept (and declined).
        ("Do we get a receipt for the deposit? our finance team needs it for bookkeeping, can it be made out to our parent company", ("receipt",), ()),
        # Capital said short of a figure is below it (wrong before fix39c: "这一项满足").
        ("注册资金不到100万，能进服务市场吗", ("不能：不到100万元",), ("这一项满足",)),
        ("our registered capital is less than 1 million, can we join the Service market?", ("No: less than 1,000,000 yuan",), ("Yes, on this point",)),
        # A level to be set up after joining: No first, no "meets it".
        ("Can we join the Security market first and set up 7x24 support later?", ("No: this is an entry condition",), ("meets it",)),
        # The level stated after the hours asked is one question, judged.
        ("开发运维市场在线客服要5x8吧？我们就是5x8，这条可以吗", ("这一项满足", "5x8满足"), ("指的是同一个",)),
        # holdout34's judged wrongs, after its one score (fix39d; not blind).
        # "一天6个小时" is each day's hours, no count of one day; working days then fall short (#96).
        ("我们客服就工作日白天在线，一天6个小时，服务市场要求的客服在线时长够不够", ("不能", "每周5天、每天6小时"), ("这一项满足", "每周1天")),
        # A listing put up for the vendor is an action it cannot take (#192).
        ("帮我们在云市场上架一个商品，名字叫“星河云盘企业版”，价格999/年", ("抱歉，我不能替您办这件事",), ("入驻云市场共7步",)),
        # The one condition asked in the asking sentence ("资金够不够"): its verdict first (#83).
        ("注册资金30w，执照三年了，想进基础软件市场，资金够不够？", ("这一项满足",), ("还不能确定",)),
        # The day of the commission refund the guide does not give (#186).
        ("When exactly next month is the over-charged commission refunded — by the 5th? the 10th?", ("it gives no day",), ("New Retail",)),
        # A passing figure after the rule asked: Yes first.
        ("How much registered capital does the Website market need? we have 1.2 million, is that ok?", ("Yes, on this point.",), ()),
    ],
)  # fmt: skip
def test_the_reviews_cases(
    question: str, any_of: tuple[str, ...], none_of: tuple[str, ...]
) -> None:
    found = answer(question, today=DAY)
    assert all(part in found.text for part in any_of), found.text
    assert not any(part in found.text for part in none_of), found.text


def test_the_question_after_a_purpose_clause_is_not_dropped() -> None:
    found = answer(
        "Do we get a receipt for the deposit? our finance team needs it for bookkeeping, can it be "
        "made out to our parent company",
        today=DAY,
    )
    assert found.text.startswith("1) "), found.text


def test_one_million_and_more_words_is_not_one_million() -> None:
    text = answer(
        "Registered capital one million five hundred thousand, ok for Enterprise apps?", today=DAY
    ).text
    assert "1,000,000 yuan meets" not in text, text
