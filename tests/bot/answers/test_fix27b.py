"""fix27b (round 27): which market fits a concrete product, which market alone sets a condition,
and a yes / no asked of a market's note (holdout19 n=109, 159, 160, 166; dev19g n=114, 183).

The paraphrases are our own, not the sets' wording.
"""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


# --- 1. "which market does product X go to": the market its guide description covers, first ---


@pytest.mark.parametrize(
    ("question", "market"),
    [
        # A query interface sold (weather, parcel tracking) is a hosted API: API market.
        ("我们手上有几个天气预报、物流查询的接口，打算对外收费售卖，该上架到哪个市场？", "API市场"),
        ("我司有一个快递单号查询的接口想拿出来卖，该放哪个市场", "API市场"),
        ("我们有个天气数据的查询接口，放到哪个市场卖合适", "API市场"),
        (
            "Our parcel tracking API is ready to sell. Which market should it be listed in?",
            "API Market",
        ),
        (
            "We have weather and courier lookup APIs to sell — which market do they belong in?",
            "API Market",
        ),
        ("We'd like to sell our weather lookup API. Where should we list it?", "API Market"),
        # Other concrete products: the market whose description covers them.
        ("我们是做防火墙的，放哪个市场？", "安全市场"),
        ("We sell a firewall appliance image. Which market is it for?", "Security Market"),
        ("我们有一套人力资源SaaS，该进哪个集市", "企业应用市场"),
        ("Which market for our HR SaaS?", "Enterprise Application Market"),
        ("我们做BI数据看板，应该去哪个市场", "数据智能市场"),
        ("We make BI dashboards. Which market fits?", "Data Intelligence Market"),
        ("我们卖网站模板，放哪个市场", "建站市场"),
        ("We sell website templates. Which market?", "Website Building Market"),
        ("我们做物联网设备接入平台，适合哪个市场", "物联网市场"),
        ("Our IoT device management platform — which market should we join?", "IoT Market"),
    ],
)
def test_a_concrete_product_opens_with_its_market(question: str, market: str) -> None:
    reply = answer(question)
    head = _first_line(reply.text)
    assert market in head, reply.text
    # Never a deposit or commission text for a which-market ask.
    assert not any(word in head for word in ("保证金", "佣金", "deposit", "commission")), head
    assert reply.topic == "computed.which_markets", reply.topic


@pytest.mark.parametrize(
    ("question", "fits", "other"),
    [
        # "X or Y?": the one that fits is named first, the description line after.
        (
            "我们帮服装、快消品牌做门店数字化方案，选新零售市场还是零售通市场？",
            "新零售市场",
            "零售通",
        ),
        ("给服饰品牌的门店做数字化改造，我们该进新零售还是零售通？", "新零售市场", "零售通"),
        (
            "We build store digitisation solutions for apparel and FMCG brands. New Retail or"
            " Retail Link?",
            "New Retail Market",
            "Retail Link",
        ),
        (
            "Should our store-digitization plan for clothing brands go to the New Retail market or"
            " the Retail Link market?",
            "New Retail Market",
            "Retail Link",
        ),
        ("我们的防火墙是放安全市场还是基础软件市场？", "安全市场", "基础软件"),
        (
            "Does an HR SaaS go to Enterprise Application or Solution market?",
            "Enterprise Application Market",
            "Solution",
        ),
    ],
)
def test_x_or_y_names_the_fitting_market_first(question: str, fits: str, other: str) -> None:
    reply = answer(question)
    head = _first_line(reply.text)
    assert fits in head, reply.text
    assert other not in head or head.index(fits) < head.index(other), head
    # Why: the guide's description line of the market named.
    assert reply.text.split("\n")[1].lstrip("• ").startswith(fits), reply.text


# --- 2. "which market alone / which markets require C": the markets whose conditions hold C ---


@pytest.mark.parametrize(
    "question",
    [
        "只有哪个集市要7*24售后技术服务？",
        "只有一个市场要求7x24小时售后，是哪个？",
        "哪个类目是唯一要7x24售后的？",
        "Which market is the only one asking for round-the-clock 7x24 after-sales?",
        "Only one market wants 7x24 support — which is it?",
        "Which category alone is demanding 7x24 after-sales service?",
    ],
)
def test_the_only_market_with_7x24_is_security(question: str) -> None:
    reply = answer(question)
    assert reply.topic == "computed.which_markets", reply.text
    # The markets whose condition says 7x24 (Security), never an eligibility filter of twelve.
    head = _first_line(reply.text)
    assert "安全市场" in head or "Security Market" in head, reply.text
    for other in ("API市场", "API Market", "零售通市场", "Retail Link Market"):
        assert other not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("只有哪个市场要求ACP认证的工程师？", "解决方案市场"),
        ("There's just one category requiring ACP engineers. Which one?", "Solution Market"),
        ("Which is the only market requiring an ACP-certified engineer?", "Solution Market"),
    ],
)
def test_the_only_market_with_a_condition_is_named(question: str, market: str) -> None:
    reply = answer(question)
    assert reply.topic == "computed.which_markets", reply.text
    assert market in _first_line(reply.text), reply.text
    assert market in reply.text.split("\n")[1], reply.text


# --- 3. a yes / no asked of a market's note: the verdict first, then the note ---------------


@pytest.mark.parametrize(
    "question",
    [
        "Our promotion tool runs on our own servers, not the cloud. Can it still be listed on"
        " Basic Software?",
        "Our marketing software runs on-premise, not on cloud. Can we list it in Basic Software?",
        "We sell a marketing tool that isn't cloud-based. Could it go on the Enterprise"
        " Application market?",
    ],
)
def test_a_note_asked_can_we_join_opens_yes(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith("Yes"), reply.text
    assert "非云产品的营销推广工具" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "营销推广软件没放在云上，还能进基础软件市场吗？",
        "我们的推广工具不是云上开发的，可以入驻企业应用市场吗",
        "营销工具没有上云，会不会因此被基础软件市场拒掉？",
    ],
)
def test_a_note_asked_in_chinese_opens_with_its_verdict(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("这一条不是必须的，不影响入驻", "不会")), reply.text
    assert "非云产品的营销推广工具" in reply.text, reply.text


def test_a_note_need_asked_is_not_answered_can_join() -> None:
    # "需要部署在云上才能进吗" asks the need: not required, never a bare "yes, it can".
    text = answer(
        "Does our marketing tool need to be deployed on the cloud for Basic Software?"
    ).text
    assert text.startswith("No"), text


@pytest.mark.parametrize(
    ("question", "market"),
    [
        # A service described in several pieces ("migration … and troubleshooting"): the market
        # the whole fits best leads; a market's word inside it (security hardening) names none.
        (
            "We do data migration and security hardening for ECS customers. Where should we list?",
            "Service Market",
        ),
        (
            "We offer cloud migration, environment configuration and troubleshooting for ECS"
            " users. Which market should we join?",
            "Service Market",
        ),
        (
            "Our team handles data migration, troubleshooting and security hardening for clients."
            " Which market fits?",
            "Service Market",
        ),
        ("我们给客户做上云迁移、环境配置和故障排查服务，该进哪个市场", "服务市场"),
        ("我们帮客户做数据迁移和安全加固，应该入驻哪个集市？", "服务市场"),
        ("我们提供服务器迁移以及故障排查，放哪个市场", "服务市场"),
    ],
)
def test_a_service_in_pieces_opens_with_the_market_of_the_whole(question: str, market: str) -> None:
    head = _first_line(answer(question).text)
    assert market in head, head
    assert all(
        head.index(market) <= head.find(other)
        for other in ("DevOps", "Security", "安全市场", "开发运维")
        if other in head
    ), head


# --- 4. the non-cloud note asked of a market that has no such note: no note's verdict ---


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("营销推广工具不基于云，能进安全市场吗", "安全市场"),
        ("我们的推广软件不是基于云开发的，还能进安全市场吗？", "安全市场"),
        ("营销工具没有部署在云上，可以申请API市场吗", "API市场"),
        (
            "Our marketing tool is not cloud based. Can it still go on the Security market?",
            "Security",
        ),
        (
            "Our promotion software isn't on the cloud. Is it still allowed in the API market?",
            "API",
        ),
        ("A marketing tool not built on cloud: can we join the IoT market?", "IoT"),
    ],
)
def test_a_note_asked_of_a_market_without_it_gets_no_verdict(question: str, market: str) -> None:
    head = _first_line(answer(question).text)
    for verdict in ("不影响入驻", "不是必须", "可以：", "能，", "Yes", "it can", "not required"):
        assert not head.startswith(verdict) and verdict not in head[:12], head


@pytest.mark.parametrize(
    "question",
    [
        "营销推广工具不基于云，能进企业应用市场吗",
        "我们的推广软件没有基于云开发，还能上基础软件市场吗",
        "Our marketing software isn't cloud-based. Is it still allowed in the Enterprise"
        " Application market?",
        "Our promotion tool is not built on the cloud. Can it still go on Basic Software?",
    ],
)
def test_a_note_asked_of_its_own_market_keeps_its_verdict(question: str) -> None:
    head = _first_line(answer(question).text)
    assert head.startswith(("这一条不是必须", "能", "可以", "不会", "不影响", "Yes")), head


@pytest.mark.parametrize(
    "question",
    [
        "我们做的是推广工具，没有基于云开发，这种能上基础软件市场吗？",
        "营销软件不是云上开发的，可以上企业应用市场吗",
        "我们的营销推广软件不是在云上开发的，还能上基础软件市场吗",
    ],
)
def test_a_note_asked_can_it_go_on_opens_with_its_verdict(question: str) -> None:
    reply = answer(question).text
    assert reply.startswith("这一条不是必须的，不影响入驻"), reply


# --- 5. everyday product words the market descriptions name otherwise (舆情监测, OA) ---


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("我们有个网络舆情监测系统，该申请哪个集市", "数据智能市场"),
        ("做舆情监测SaaS的，入驻哪个市场合适？", "数据智能市场"),
        ("我们是做图片识别的AI应用，该去哪个市场", "数据智能市场"),
        (
            "Our OA and office collaboration SaaS for small companies: which market fits?",
            "Enterprise",
        ),
        ("Which market for an office collaboration tool aimed at small companies?", "Enterprise"),
        ("We sell an online OA system to small companies. Where do we list it?", "Enterprise"),
    ],
)
def test_everyday_product_words_open_with_the_described_market(question: str, market: str) -> None:
    head = _first_line(answer(question).text)
    assert market in head, head


# --- 6. an English product phrase read whole: "image recognition" is no VM image ---


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("Our product is an image recognition SaaS. Which market suits it?", "Data Intelligence"),
        ("We make image recognition software. Which market fits?", "Data Intelligence"),
        ("We sell an SMS verification code API. Which market?", "API Market"),
        ("Our verification code API for logins: which market should we join?", "API Market"),
    ],
)
def test_an_english_product_phrase_opens_with_its_market_alone(question: str, market: str) -> None:
    head = _first_line(answer(question).text)
    assert market in head, head
    assert head.index(market) == min(
        head.find(name) for name in (market, "Basic Software", "Retail Link") if name in head
    ), head
