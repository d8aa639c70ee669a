"""Round 25 (fix25b): profile verdicts — the asked condition, the verdict first, nothing "to
confirm" that is settled. In wordings of our own that main (b971a71) got wrong:

1. an industry asked ("二是目前开放哪些行业") is no industry the vendor states: both asks of
   an enumerated message answered from the rule (dev18b n=112);
2. a receipt asked of the one who gives it ("Will Alibaba Cloud give us a receipt", "会给我们开
   收据吗", "有没有收据"): Yes / 会给 first (dev18b n=183);
3. a profile whose only unstated conditions are the agreements: 能 / Yes, the agreements named
   after it as accepted by applying (ticking the 同意书), never "还不能确定" (holdout18 n=95);
4. "卡在100万，能入驻服务市场吗": the join asked, so 能 first, not "不会卡住" (dev18b n=12);
5. a market asked whether marketing software must be cloud-deployed: the note (无须), not the
   ECS-image condition 部署 also names (dev18b n=175);
6. which documents to scan, asked beside a profile: Retail Link's documents condition first
   (dev18b n=161);
7. the join and the deposit asked in one sentence: both answered, the deposit summed over the
   markets (dev18b n=131);
8. a profile that says nobody holds the certification, then asks "Is that required?": Yes, it
   is required (the ACP engineer), and not met — never "No" first (dev18b n=65).
"""

from __future__ import annotations

import pytest

from bot.answers import answer


# --- 1. an industry asked is not one stated --------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们准备入驻解决方案市场，请教两件事：一是ACP认证工程师有什么要求，二是现阶段开放哪些行业？",
        "我司想进解决方案市场，一是认证工程师方面有什么要求；二是当前对哪些行业开放",
        "解决方案市场这边，一是工程师要什么认证，二是目前对什么行业开放？",
    ],
)
def test_industry_asked_is_not_stated(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert not reply.text.startswith("不能"), reply.text
    for word in ("ACP", "金融", "物流", "电商", "政务", "传媒", "物联网"):
        assert word in reply.text, reply.text


# --- 2. a receipt asked of the one who gives it ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Will the Marketplace give us a receipt once the deposit is paid?", "Yes"),
        ("Would Alibaba Cloud provide us a receipt for the deposit we paid?", "Yes"),
        ("Does Alibaba Cloud issue a receipt after we pay the deposit?", "Yes"),
        ("押金交完之后，平台会给开收据吗", "会给"),
        ("缴了保证金以后有没有收据拿", "会给"),
    ],
)
def test_receipt_given_first(question: str, opening: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text


@pytest.mark.parametrize("question", ["交完保证金，店铺会开通吗", "缴完保证金，云市场会开发票吗"])
def test_no_receipt_verdict_elsewhere(question: str) -> None:
    reply = answer(question)
    assert not reply.text.startswith("会给"), reply.text


# --- 3. the agreements are accepted by applying ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "公司成立三年，注册资本200万，技术客服30人都有社保，提供5*8售后，做了两年API对接服务，"
            "有接口开发能力。能入驻API市场吗？",
            "能",
        ),
        (
            "我们执照3年，资本300万，40个技术和客服全交社保，售后7x24，做安全服务两年，有成熟的安全软件，"
            "能打包成ECS镜像交付。安全市场能进吗",
            "能",
        ),
        (
            "Our license is 4 years old, capital 5M, 35 tech and support staff with social insurance, "
            "5x8 online customer service, 3 years of website building, everything built on Alibaba "
            "Cloud products. Can we join the Website Building market?",
            "Yes",
        ),
    ],
)
def test_agreements_not_left_to_confirm(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert "还不能确定" not in reply.text and "要确认" not in reply.text, reply.text
    if opening == "能":
        assert "《云市场协议》" in reply.text, reply.text  # step 4 signs it (round 24)


def test_agreements_per_market_verdict() -> None:
    reply = answer(
        "执照1年半，注册资金60万，30人有社保，5x8售后，做大数据分析三年，有生产接口开发能力。"
        "数据智能和服务市场都想进，可以吗？"
    )
    assert reply.text.startswith("数据智能市场：能"), reply.text
    assert "还不能确定" not in reply.text, reply.text


def test_agreements_refused_still_fail() -> None:
    reply = answer(
        "公司成立三年，注册资本200万，技术客服30人都有社保，提供5*8售后，做了两年API对接服务，"
        "有接口开发能力，但不接受平台协议。能入驻API市场吗？"
    )
    assert reply.text.startswith("不能"), reply.text


# --- 4. the join asked beside 卡在 -------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "公司2017年成立，注册资本刚好100万，30个技术和客服都有社保，做建站业务三年，客服5x8在线，"
        "服务都基于阿里云。资金正好卡在100万这条线上，可以入驻建站市场吗？",
        "执照五年，注册资金100万整，技术客服22人交社保，做运维代维三年，客服5x8在线，有营销策划能力，"
        "协议都接受。注册资金刚好卡线，能进服务市场吗",
        "我们注册资本正好卡在100万，能进企业应用市场吗",
    ],
)
def test_join_asked_beside_stuck_word(question: str) -> None:
    reply = answer(question)
    assert not reply.text.startswith("不会卡住"), reply.text
    assert reply.text.startswith(("能", "这一项满足")), reply.text


# --- 5. marketing software and the cloud: the note --------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "我们卖邮件营销工具（群发、自动化），产品本身不是在云上开发的。"
            "基础软件市场是否要求营销软件必须基于云部署？",
            "不是",
        ),
        (
            "我司的营销工具产品本身是本地版，不基于云开发。企业应用市场是不是要求营销软件必须基于云部署？",
            "不是",
        ),
        (
            "营销推广软件这个产品本身不在云上开发，基础软件市场是不是要求营销软件一定要基于云部署？",
            "不是",
        ),
        (
            "Does the Basic Software market require our marketing tool to be deployed on the cloud?",
            "No",
        ),
    ],
)
def test_marketing_cloud_note(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert "ECS" not in reply.text.split("\n")[0], reply.text


# --- 6. which documents, beside a profile -----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们做钉钉代运营，5个人，打算进零售通，证件要准备什么？",
        "我们是零售通的小店运营服务商，团队9个人，现在在整理材料，要提供哪些证件的扫描件",
        "We run store operations for Retail Link shops, 6 staff. Which documents do we need to scan?",
    ],
)
def test_documents_asked_beside_profile(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert ("营业执照" in reply.text) or ("business license" in reply.text), reply.text
    assert ("税务登记证" in reply.text) or ("tax registration" in reply.text), reply.text


# --- 7. the join and the deposit in one sentence ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "verdict", "total"),
    [
        (
            "我们2015年成立，注册资金500万，技术和客服40人都交社保，做运维服务4年，客服5x8在线，"
            "有营销策划能力，协议都接受。能不能进服务市场和安全市场，保证金总共多少",
            "服务市场：能",
            "6万",
        ),
        (
            "License since 2014, capital 20M, 150 tech and CS staff with social insurance, ecosystem "
            "assessment and certification done, joint solutions and SaaS transformation done, 5x8 "
            "online CS, we accept the agreements. Can we join New Retail and DevOps, and the deposit "
            "total is how much?",
            "New Retail Market: yes",
            "60,000",
        ),
        (
            "成立四年，注册资本300万，技术客服25人有社保，5x8售后，做大数据三年，有接口开发能力，"
            "想进数据智能和API市场，能进吗，另外保证金一共多少？",
            "数据智能市场：能",
            "6万",
        ),
    ],
)
def test_join_and_deposit_both_answered(question: str, verdict: str, total: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text
    assert total in reply.text, reply.text


# --- 8. a lack stated, then "is that required?" -----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "We do e-commerce solutions, licensed in 2015, 5M capital, 30 tech and CS staff with social "
        "insurance, 5x8 after-sales, known customer cases. Nobody in our company has Alibaba Cloud "
        "certification. Is that required for the Solutions market?",
        "Media solutions vendor, 25 staff with social insurance, 5x8 after-sales support. We have no "
        "ACP-certified engineer. Is that required for the Solutions market?",
        "We build government solutions with 40 insured tech and support staff and 5x8 after-sales. "
        "No one on the team holds an Alibaba Cloud certification. Is this required for Solutions?",
    ],
)
def test_lack_then_is_that_required(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith("Yes"), reply.text
    assert "ACP" in reply.text, reply.text
