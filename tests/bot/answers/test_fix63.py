"""Round 48 (session 53; not blind): the answer defects left from round 47's blind readings
(docs/ANSWERS.md "Round 47" Left), each mended before this round's new sets are scored."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout68 #41: "SaaS链接可以么" got only the rule; "可以用SaaS方式交付吗" got 可以.
        ("基础软件市场的软件怎么交付给客户？SaaS链接可以么", "不行：只用 SaaS 链接"),
        ("基础软件市场的产品可以用SaaS方式交付吗", "不行："),
        (
            "Basic software market: can we deliver as a SaaS link instead of an image?",
            "No: a SaaS link",
        ),
    ],
)
def test_a_delivery_that_is_no_image_is_a_no(question: str, head: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(head)
    assert "镜像" in text or "as an image" in text
    assert "可以：" not in text


def test_the_basic_software_note_comes_with_the_delivery_no() -> None:
    text = answer("基础软件市场的软件怎么交付给客户？SaaS链接可以么", today=DAY).text
    assert "非云产品的营销推广工具" in text


def test_image_and_saas_together_meet_the_rule() -> None:
    text = answer("基础软件市场我们有镜像也有SaaS链接，可以吗", today=DAY).text
    assert not text.startswith("不行")


def test_the_guarantee_asked_as_a_requirement_is_the_guarantee() -> None:
    # holdout68 #43: "对服务保障有啥特别要求" got the ten entry conditions first.
    text = answer("建站市场对服务保障有啥特别要求？客户不满意怎么办", today=DAY).text
    assert text.startswith("客户在制作过程中不满意可全额退款")
    assert "入驻条件：" not in text


def test_an_msp_doing_service_work_on_ecs_fits_the_service_market() -> None:
    # holdout67 #61: "on ECS" matched the image condition of two other markets.
    text = answer(
        "We are an MSP doing data migration, env setup, troubleshooting and security hardening"
        " on ECS. Which market fits us?",
        today=DAY,
    ).text
    assert text.startswith("From the guide's description of each market, the closest match is")
    assert "Service Market" in text.split("\n")[0]


def test_signing_up_for_the_marketplace_is_joining_it() -> None:
    # black-box s62 D13: "how do I sign up for the marketplace?" got step 1's account only.
    text = answer("how do I sign up for the marketplace?", today=DAY).text
    assert text.startswith("Joining takes 7 steps:")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout69 #14, #22: what is asked after a "besides" is answered, not what is set aside.
        (
            "零售通除了员工人数，还要开通什么办公软件？",
            "零售通市场要求：有专人对接运营服务并已开通钉钉",
        ),
        (
            "开发运维市场除了执照年限和注册资本，还得先过阿里云哪个评估？",
            "开发运维市场要求：完成阿里云官方生态体系资质评估和认证",
        ),
        # holdout69 #51: the row's market, then the two markets' rates compared.
        (
            "佣金表里写的“服务&代维”对应的是哪个集市？费率跟网站建设一样吗",
            "费率表里的“服务&代维”对应服务市场。\n不一样：",
        ),
        # holdout69 #62: the deposit is not paid with the application.
        ("保证金是提交入驻申请的时候一起交吗？", "不是：审核通过（并签署合同）后再交"),
        # holdout69 #108: no customer cases at either market.
        (
            "We have zero customer cases so far. Is either the Solutions market or the IoT market possible for us?",
            "No, not as things stand",
        ),
        # holdout70 #1: the number of markets, with two named as examples.
        (
            "请问云市场现在一共分几个集市啊？我只知道有API、安全这些，想知道总共多少个",
            "云市场目前有十二大集市",
        ),
        # holdout70 #58: this month's commission, outside the policy period, 30w read.
        (
            "我们这个月建站大概卖了30w，平台这个月佣金按多少比例收？",
            "本月（2026年12月）不在指南的佣金政策期间内",
        ),
        # holdout70 #78: the founding day judged.
        (
            "company was founded on 5 Dec 2025. does that count as 'more than 1 year' for Retail Link as of today?",
            "Yes, on this point.",
        ),
        # holdout70 #164: the click after reading the details.
        (
            "in step 3, after picking the market and reading the details, what do I click?",
            "After clicking 查看详情, the next thing to do is step 3 iv: Click 立即加入",
        ),
        # holdout71 #31, #50, #56, #58.
        (
            "Lingshoutong (零售通) — what do they look at regarding our credit history?",
            "Retail Link Market: good credit",
        ),
        ("开发运维市场主要收哪类产品？", "开发运维（DevOps）集市是为企业客户提供"),
        (
            "进了工单系统以后，第一个点哪个？",
            "第6步提交工单：进入阿里云工单系统 > 财务类区域单击“提问”",
        ),
        ("我们同时在基础软件和安全两个类目都有销售，佣金阶梯是合起来算还是分开算", "分开算："),
        # holdout71 #70, #122, #176.
        (
            "Our sales guy says the deposit is 50k for every market we join — true?",
            "No, that's not what the guide says",
        ),
        (
            "我们已经交了API市场的3万保证金，现在还想加安全和解决方案两个市场，还要补多少？总共多少？",
            "保证金合计 90,000 元",
        ),
        (
            "Invoice INV-20201031-77: for Oct 2020 建站 we were charged 20% during the month on about ¥600k of sales. Is that wrong?",
            "No, that is not a mistake: the tier-1 rate (20%) is pre-charged",
        ),
        # holdout72 #55, #85.
        (
            "保证金是入驻几个市场就交几份吗？还是交一次就完事了",
            "按市场类目分别交，不是整个账号只交一次",
        ),
        ("零售通这边，我们专门对接运营的一共就3个人，够吗？钉钉有开", "专人对接运营这一条"),
        # holdout74 #33, #167: why the tier-1 rate was taken, first.
        (
            "订单号20201015883721，建站的单子，为啥被按20%扣佣了？我们那个月总共超过50万了啊",
            "20%是当月先按第1档默认预收的佣金",
        ),
    ],
)
def test_round_48_wrongs_mended(question: str, head: str) -> None:
    assert answer(question, today=date(2026, 12, 6)).text.startswith(head)


@pytest.mark.parametrize(
    "question",
    [
        "查一下我们公司（统一社会信用代码91310000MA1FL1234X）是不是已经入驻成功了",
        "Where do you think Alibaba stock (BABA) is going next year?",
        "你帮我们点一下审核通过呗，急着上架",
        "How do I register a domain name on Alibaba Cloud?",
        "Please log into my console and accept the Y20 framework agreement for me.",
    ],
)
def test_round_48_declines(question: str) -> None:
    # holdout72 #176, #196, #198; holdout73 #55; holdout74 #195.
    assert answer(question, today=date(2026, 12, 6)).out_of_scope


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # holdout74 #165 (the check's miss; the judge counted it right): the step before it.
        ("签合同是第几步？它前面那步是什么？", "第4步（签署云市场合同）之前是第3步"),
        ("签合同是第几步？它后面那步是什么？", "第4步（签署云市场合同）之后是第5步"),
    ],
)
def test_the_step_before_or_after_its_number(question: str, wanted: str) -> None:
    assert wanted in answer(question, today=DAY).text
