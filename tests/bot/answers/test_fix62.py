"""Round 47 (session 52; not blind): the answer defects left from round 46's blind readings
(docs/ANSWERS.md "Round 46" Left), each mended before this round's new sets are scored."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        # holdout64 #113: a tier's bound the sum is compared with is no order of the month.
        (
            "基础软件 2020年11月：12w+6w+1.5w，全是自营。差一点到20万，按第几档？扣多少",
            "佣金 19,500元（第1档 10%）",
            "12,000",
        ),
        (
            "basic software nov 2020: 120k + 60k + 15k, all our own sales, just under 200k. commission?",
            "Commission: 19,500 yuan (tier 1, 10%)",
            "12,000",
        ),
        # holdout63 #118: two orders "各25万", more orders added after them, one big one is
        # distribution: 540,000 in the month, 290,000 charged.
        (
            "数据智能类目2021年3月：两笔大单各25万，另外零散订单一共4万，其中一笔25万的大单是分销。"
            "佣金多少？退回多少？",
            "佣金 8,700元（第3档 3%）；次月初返还 20,300元",
            "全部是分销",
        ),
    ],
)
def test_month_amounts_summed(question: str, wanted: str, unwanted: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(wanted)
    assert unwanted not in text


def test_sum_with_bound_said_first_is_left_as_before() -> None:
    # Only a bound said after the orders is set aside; the plain sum is still read.
    assert answer("API市场 2020年11月：12w+6w+1.5w，都是自营。佣金多少", today=DAY).text.startswith(
        "佣金 0元"
    )


@pytest.mark.parametrize(
    "question", ["企业应用最高那一档佣金是多少%", "企业应用最高的那档佣金是多少%"]
)
def test_top_tier_pointed_at(question: str) -> None:
    # holdout63 #37: "最高那一档" is the top tier (3%), beside the highest rate (10%).
    assert answer(question, today=DAY).text.startswith(
        "企业应用市场最高一档（第3档，50万元（含）及以上）的佣金比例是 3%"
    )


def test_ticket_reply_time_after_finance_category() -> None:
    # holdout63 #27: "财务类工单提交之后多久" asks the reply time, not the item after 财务类.
    text = answer("财务类工单提交之后大概多久会有人回复？", today=DAY).text
    assert "1小时20分钟" in text


def test_second_question_after_which_markets_is_answered() -> None:
    # holdout63 #136: "另外安全市场要几年行业经验" is a question of its own, not a remark.
    text = answer(
        "安全市场和基础软件市场，哪个要求ECS镜像交付？另外安全市场要几年行业经验", today=DAY
    ).text
    assert text.startswith("安全市场、基础软件市场都有ECS镜像交付要求。")
    assert "一年以上的安全行业服务经验" in text


def test_a_remark_after_which_markets_is_still_set_aside() -> None:
    text = answer("只要执照满一年就行的是哪几个市场？满两年的我们还差点", today=DAY).text
    assert text.startswith("指南中有这一项要求的集市：")


def test_what_kind_of_software_they_want_gives_the_conditions() -> None:
    # holdout61 #63 (English): the market's conditions (mature software, image delivery), not
    # its description.
    text = answer(
        "For the Security market, what kind of software do they want and how does it get delivered?",
        today=DAY,
    ).text
    assert "mature" in text and "image" in text
    assert "as the guide describes it" not in text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("what does 7x24 mean exactly?", "By the notation, 7x24 is 7 days a week, 24 hours a day"),
        ("7x24是什么意思", "按记法，7*24 是每周 7 天、每天 24 小时"),
    ],
)
def test_support_levels_read_by_their_notation(question: str, start: str) -> None:
    # Black-box s60 D25: "what does 7x24 mean exactly?" got only "the guide does not define".
    found = answer(question, today=DAY)
    assert found.text.startswith(start)
    assert "weekends" in found.text or "周末" in found.text


def test_a_bare_refund_after_the_commission_is_the_commission_refund() -> None:
    # Black-box s59 D23: "先收20%然后再退？什么时候退" also got the deposit's refund.
    text = answer("先收20%然后再退？什么时候退", today=DAY).text
    assert "次月初" in text
    assert "保证金" not in text
    # The deposit named is still the deposit's.
    assert "退回保证金" in answer("佣金先按10%收然后再退？那保证金什么时候退", today=DAY).text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # holdout65 #62: the deposit's purpose asked after it (the payment row was given).
        ("你们收保证金主要是为了啥", "指南说，收保证金是“为了更好地保障阿里云用户的权益"),
        ("保证金是为了保障用户权益吗", "指南说，收保证金是“为了更好地保障阿里云用户的权益"),
        ("what's the purpose of the deposit?", "The guide says the deposit protects"),
        # holdout65 #67: the commission's official name (the before-joining note was given).
        ("佣金在文件里正式叫什么名字？财务记账要用", "佣金即平台服务费"),
        # holdout65 #114: 其中有10万是分销 is the part inside the three orders, no total.
        (
            "安全市场2020年12月：三笔订单12万、18万、25万，其中有10万是分销。最后平台收多少佣金，返多少？",
            "佣金 13,500元（第3档 3%）；次月初返还 31,500元。",
        ),
    ],
)
def test_round47_first_wave(question: str, start: str) -> None:
    assert answer(question, today=DAY).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    ["帮我在我的阿里云账号里开一台2核4G的ECS", "can you spin up an ECS instance for us?"],
)
def test_a_cloud_resource_bought_for_the_vendor_is_declined(question: str) -> None:
    # holdout65 #199: step 2 (real-name verification) was given.
    found = answer(question, today=DAY)
    assert found.out_of_scope
    assert "阿里云账号" in found.text or "Alibaba Cloud account" in found.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # holdout65 #35: the lack said last is judged, in one breath with the rule asked.
        (
            "零售通对信用有啥要求，法人以前在淘宝有过处罚会影响吗",
            "会影响：这一条是入驻条件，按您说的情况不满足。",
        ),
        (
            "what does retail link require on credit, our legal rep had a taobao penalty - does that matter?",
            "You cannot join as things stand, so yes, it matters",
        ),
        # holdout65 #70: the market's software conditions picked out.
        (
            "Security market - what kind of software do they want?",
            "Security Market: offers mature, stable security software; software deployable on ECS",
        ),
        # holdout66 #30: "weekend 没人值班" is the vendor's week, no definition asked.
        ("安全市场售后做到5x8够不够？我们小团队 weekend 没人值班", "不能。"),
        # holdout66 #49: "none of them 零售通" leaves it out.
        (
            "We want to get into 3 markets, none of them 零售通 — total deposit?",
            "3 market(s): 3 × 30,000 = 90,000 yuan",
        ),
        # holdout66 #92: a founding year that passes the market's licence rule from its last day.
        ("零售通：注册资金120万，公司2024年成立的，这两条符合吗", "这几项都满足。"),
        # holdout66 #130: "+ ¥60,000, the 60k one was distribution": one list, the month its sum.
        (
            "Solutions market, Dec 2020: ¥150,000 + ¥60,000, the 60k one was distribution",
            "Commission: 7,500 yuan (tier 2, 5%).",
        ),
        # holdout66 #152: 有, then the market without the rule.
        ("有没有不要求20人团队的市场？是哪个", "有。没有这方面要求的市场：零售通市场。"),
        # holdout66 #163: the steps left, in order.
        (
            "We just got approved. What do we do next, in order?",
            "After step 3 (Apply to join the Marketplace) these steps remain, in order:",
        ),
    ],
)
def test_round47_second_wave(question: str, start: str) -> None:
    assert answer(question, today=DAY).text.startswith(start)


def test_another_platforms_shop_and_its_short_follow_up_are_declined() -> None:
    # holdout66 #193: "要什么资质" after the Tmall store got the Marketplace's conditions.
    found = answer("天猫旗舰店怎么开？要什么资质", today=DAY)
    assert found.out_of_scope
    assert "入驻条件不同" not in found.text
    # A later part with its own subject is still answered.
    assert (
        "退回保证金" in answer("公司要注销，工商那边需要准备哪些材料？保证金能退吗", today=DAY).text
    )


@pytest.mark.parametrize(
    ("question", "start", "absent"),
    [
        # Caught by the score run h106 (not blind): a list's order pointed at in English is
        # inside the sum, never added again.
        (
            "Enterprise apps (企业应用), Mar 2021: three orders ¥120,000 + ¥90,000 + ¥310,000; "
            "the ¥90,000 one was a distribution order. Final commission and refund?",
            "Commission: 12,900 yuan (tier 3, 3%).",
            "610,000",
        ),
        # A tier taken back: the one said after it.
        (
            "建站市场抽佣最高那档…哦不对，是月流水最少那档，抽几个点？",
            "建站市场第1档的佣金比例是 20%。",
            "第3档的佣金比例",
        ),
        # A same question said again after the rule's markets is no question of its own.
        (
            "请问哪几个市场要求先完成阿里云官方生态体系的资质评估和认证？我们还没做，想先看看哪些市场会被卡住。",
            "指南中有这一项要求的集市：新零售市场、开发运维市场。",
            "十二大集市",
        ),
        # "what proof do they want" is the statement, no list of every condition.
        (
            "what proof do they want for the 20-person team thing?",
            "The team size is proven by",
            "Entry conditions for",
        ),
    ],
)
def test_round47_regressions_taken_back(question: str, start: str, absent: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(start)
    assert absent not in text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # holdout67 #36: "佣近" is the commission mistyped.
        ("物联网类目的佣近比例是多少", "物联网市场各档的佣金比例都是 0%"),
        # holdout67 #105: "blockers" asks whether anything stands in the way.
        (
            "Security market: license 2023-05-01, capital 2 million, support 7x24, 30 staff. Any numeric blockers?",
            "No, that would not stop you",
        ),
        # holdout68 #95: "能不能" before the colon denies nothing of the company.
        (
            "建站市场，帮我看看能不能入：公司正规合法，执照2023年3月1日，注册资金120万，技术客服25人社保表齐全，"
            "5x8在线客服，做网站三年了，服务全部基于阿里云产品，入驻协议平台协议和管理规范都接受",
            "能。按您说的情况，建站市场的入驻条件都满足",
        ),
        # holdout68 #166: after the details, 立即加入.
        (
            "After I pick the market and look at the details, what do I click next?",
            "After clicking 查看详情, the next thing to do is step 3 iv: Click 立即加入",
        ),
    ],
)
def test_round47_third_wave(question: str, start: str) -> None:
    assert answer(question, today=DAY).text.startswith(start)


def test_three_bare_numbered_questions_each_answered() -> None:
    # holdout67 #142: "1 … 2 … 3 …" answered only the second.
    text = answer(
        "三个问题：1 转保证金的工单怎么提 2 保证金以后能退吗 3 有没有收据", today=DAY
    ).text
    assert "资金管理" in text and "退回保证金" in text and "收据" in text


def test_the_shop_after_the_deposit_names_step_seven() -> None:
    # holdout67 #47: the ticket only.
    text = answer(
        "Once the deposit is paid, what happens next with our account / store?", today=DAY
    ).text
    assert (
        "Step 7: Once the deposit is paid, joining is complete, your Marketplace shop opens" in text
    )


@pytest.mark.parametrize(
    "question",
    [
        "怎么在云服务器上装MySQL 8？",  # holdout68 #195
        "Can you review our reseller contract for legal risks?",  # holdout68 #200
        "Please pull up our Oct 2020 commission refund, vendor id V-3391.",  # holdout68 #176
    ],
)
def test_round47_declines(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # Black-box s61 D7: "交完保证金以后呢" got the deposit's refund.
        ("交完保证金以后呢", "第5步（缴纳保证金）之后是第6步"),
        # Black-box s61 D14: this month's sales, the tiers with no word of the policy's end.
        (
            "what about our sales this month?",
            "This month (2026-12) is outside the guide's commission policy",
        ),
        # Black-box s61 D15: "where do I paste this?" declined.
        ("where do I paste this?", "Step 6, the ticket:"),
    ],
)
def test_black_box61_answers(question: str, start: str) -> None:
    assert answer(question, today=DAY).text.startswith(start)


def test_the_vendors_own_phone_is_filled_into_the_ticket_text() -> None:
    # holdout67 #170: "我手机139…" left 电话 empty.
    text = answer(
        "我手机13912345678，联系人张三，公司杭州某某科技有限公司，地址杭州市西湖区文三路1号，阿里云账号 zhangsan_2020，"
        "入驻的是安全市场，帮我把保证金工单的描述写一下",
        today=DAY,
    ).text
    assert "电话：13912345678" in text
