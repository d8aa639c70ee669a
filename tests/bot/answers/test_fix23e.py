"""Vendors who describe themselves (fix23e, dev18b): support hours written as days and a clock
span, how long a line of business has run told apart from the licence's age, the registered
capital of a profile never taken for a month's sales, English team counts, and product words
never read as a decline. Paraphrases of our own, each failing on main 7465b1c."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _reply(question: str) -> str:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text
    return reply.text


def _first_line(question: str) -> str:
    return _reply(question).split("\n", 1)[0]


# --- support hours as days and a clock span: the level they cover, never rounded up -------------
@pytest.mark.parametrize(
    ("question", "opens", "named"),
    [
        # every day 12 hours covers 5x8, not 7x24
        (
            "执照2016年，注册资本800万，技术客服50人都交社保，做主机安全5年，杀毒软件成熟稳定能打成"
            "ECS镜像。我们售后每天早9点到晚9点，节假日也有人。安全市场这个售后够吗？",
            "不能",
            "7×24",
        ),
        # six days of six hours is short of 5x8
        (
            "做网站建设的，执照2014年，注册资本500万，技术客服30人有社保，建站经验8年，全部基于阿里云。"
            "在线客服是周一到周六每天上午10点到下午4点。建站市场客服时间达标吗？",
            "不能",
            "5×8",
        ),
        # 24 hours only on weekdays is short of 7x24
        (
            "Security market: license 2014, capital 5M CNY, 40 staff on social insurance, 6 years "
            "in security, a stable anti-virus product delivered as an ECS image. Our after-sales "
            "desk is staffed 24 hours, but only on weekdays. Are we eligible?",
            "No",
            "7x24",
        ),
        # Monday to Saturday 9am-9pm: short of 7x24
        (
            "We sell a WAF. License 2015, capital 3M CNY, 28 staff on social insurance, 5 years "
            "in security, stable software as an ECS image, after-sales Monday to Saturday 9am-9pm. "
            "Can we join the Security market?",
            "No",
            "7x24",
        ),
        # three days a week is short of every level
        (
            "我们做天气API，执照2019年，25个技术和客服都交社保，API服务做了2年，能按云市场接口开发。"
            "售后只有周一到周三三天有人。API市场能进吗？",
            "不能",
            "5×8",
        ),
    ],
)
def test_stated_hours_are_judged_as_the_level_they_cover(
    question: str, opens: str, named: str
) -> None:
    text = _reply(question)
    assert text.startswith((opens, "不满足")), text
    assert named in text.split("\n", 1)[0], text


@pytest.mark.parametrize(
    "question",
    [
        "营业执照2015年，注册资本300万，技术和客服26人全部缴社保，做运维代维4年，有营销团队。"
        "在线客服周一到周五8:30-17:30，两份协议都接受。服务市场能进吗？",
        "小公司，2017年成立，注册资本20万，技术和客服22人，都交社保，能出缴费表。做运维软件3年，"
        "软件成熟，能做ECS镜像，能按云市场接口开发。在线客服周一到周五早九晚五。协议都接受。"
        "能入驻基础软件市场吗？",
        "Website builder: license 2016, capital 2M CNY, 24 staff on social insurance, 6 years "
        "of website building, all sites hosted on Alibaba Cloud, online support Mon-Fri 9am to 6pm, "
        "agreements accepted. Can we join the Website market?",
    ],
)
def test_weekday_office_hours_meet_5x8(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("能", "Yes")), first


# --- a weekend stated is no question of what 5x8 means ------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "执照2016年，注册资本600万，技术客服30人都交社保，安全服务做了5年，软件成熟可做ECS镜像。"
        "售后是周一到周五9点到18点，周末休息。能入驻安全市场吗？",
        "执照2015年，资本300万，30人社保齐全，防火墙软件成熟稳定，可做ECS镜像，安全做了6年，售后7*24，"
        "周末也有值班工程师，协议都接受。安全市场条件都满足吗？",
        "执照2016年，注册资本200万，技术客服25人有社保，做入侵检测软件3年，可做ECS镜像，"
        "售后7x24小时。安全市场能进吗？",
    ],
)
def test_a_stated_weekend_or_product_is_judged_not_declined(question: str) -> None:
    first = _first_line(question)
    assert "安全市场" in first, first


# --- how long a line of business has run is experience, not the licence's age -----------------
@pytest.mark.parametrize(
    ("question", "opens", "reason"),
    [
        (
            "我们2016年注册的，注册资本500万，技术和客服30人，社保缴费表能提供。大数据业务是去年这个时候"
            "开始做的，到现在正好满一年。BI产品有接口开发能力，售后5×8，协议都接受。数据智能市场能进吗？",
            "能",
            "",
        ),
        (
            "做短信接口的，公司注册三年了，技术和客服25人，都交社保，售后5x8，能按云市场接口开发。"
            "不过API业务上线才5个月。API市场能入驻吗？",
            "不能",
            "服务经验",
        ),
        (
            "We are a design studio. License since 2015, capital 3M, 30 staff with social "
            "insurance, all sites on Alibaba Cloud, support 5x8. Website building business we "
            "do only 14 months. Can we join the Website market?",
            "No",
            "website building experience",
        ),
        (
            "执照2016年，注册资本300万，技术客服40人社保齐全，售后7*24小时，有接口开发能力，协议都接受。"
            "产品有大数据营销平台（大数据做了4年）和一款新的漏洞扫描安全软件（安全业务才做了8个月，"
            "可以做ECS镜像）。安全市场和数据智能市场分别能进吗？",
            "安全市场：不能",
            "",
        ),
        (
            "Two products: a BI platform (big data 3 years) and a host security agent as an ECS "
            "image (security 5 years, stable). License 2015, capital 2M CNY, 26 tech+CS on social "
            "insurance, after-sales Monday to Saturday 9am-9pm, API integration ok, agreements ok. "
            "Can we join Security and Data Intelligence markets?",
            "Security Market: no; Data Intelligence Market: yes",
            "",
        ),
    ],
)
def test_business_age_is_experience(question: str, opens: str, reason: str) -> None:
    text = _reply(question)
    assert text.startswith(opens), text
    assert reason in text.split("\n", 1)[0], text


# --- the registered capital of a profile is no month's sales ------------------------------------
@pytest.mark.parametrize(
    ("question", "opens"),
    [
        (
            "公司执照2016年，资本300万，技术客服30人社保齐全，其他是销售和行政。这个行业做了4年，5*8在线"
            "客服，有接口开发能力，但软件没法做成ECS镜像。入驻基础软件市场有问题吗？",
            "不能|有问题",
        ),
        (
            "公司2014年成立，资本500万，做数据迁移和故障排查6年了，在线客服每天9点到21点。技术加客服一共"
            "12个人，其他是销售。服务市场对人数有要求吗？我们这个人数能进吗？",
            "不能",
        ),
        (
            "我们做开发运维工具，执照2015年，资本1000万，技术客服60人社保齐全，完成了阿里云生态资质评估和"
            "认证，产品做了SaaS化上云改造，在线客服5x8，协议都接受。开发运维市场有问题吗？",
            "能|没问题|没有问题",
        ),
    ],
)
def test_capital_in_a_profile_is_not_sales(question: str, opens: str) -> None:
    text = _reply(question)
    # "有问题吗" is answered in its own words (有问题 / 没问题) or by the verdict (不能 / 能).
    assert text.startswith(tuple(opens.split("|"))), text
    assert "佣金" not in text.split("\n", 1)[0]


# --- English team counts and licence years ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "count"),
    [
        (
            "Security market: company registered in May 2016, capital 2,000,000 CNY, 24 technical "
            "+ customer service employees on social insurance, 4 years doing network security, "
            "stable firewall software as an ECS image, a 24/7 SOC with on-call engineers, we "
            "accept the agreements. Are we eligible?",
            "24 people",
        ),
        (
            "New Retail: license 2013, capital 10M CNY, 90 tech and CS with social insurance, "
            "ecosystem assessment and certification completed, joint solutions and SaaS cloud "
            "transformation done, online customer service 5x8, agreements accepted. Can we join?",
            "",
        ),
        (
            "License 2017, capital 1.5M CNY, 33 tech+CS on social insurance, 5x8 after-sales, "
            "API integration ok, 3 years of API services, agreements accepted. Can we join the "
            "API market?",
            "",
        ),
    ],
)
def test_english_team_counts_and_licence_years(question: str, count: str) -> None:
    text = _reply(question)
    assert text.startswith("Yes"), text
    assert count in text


# --- a stated lack of well-known customers is the failing condition ------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们做物流行业的运输管理方案，执照2017年，资本400万，35人技术客服社保齐全，2名ACP，售后5*8，"
        "接口开发能力有。但还没有签下过知名客户，只有几家小公司试用。解决方案市场能进吗？",
        "政务方向的解决方案，执照2016年，资本1000万，50人技术客服都交社保，有1名ACP，售后5x8，"
        "能按云市场API开发。目前没有知名客户，能入驻解决方案市场吗？",
        "Solutions market: we do e-commerce, license 2015, capital 5M, 40 staff on social "
        "insurance, 3 ACP engineers, 5x8 after-sales, API integration ok, but no famous "
        "customer so far. Can we join?",
    ],
)
def test_no_well_known_customer_fails_the_cases_condition(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("不能", "No")), first
    assert "案例" in first or "cases" in first, first


# --- the market's own line of business wins over years in another one ---------------------------
@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "我们做系统集成已经10年了（执照2016年，注册资本500万），技术客服50人都交社保。去年开始做安全，"
            "安全业务到现在大概9个月。产品是主机防护软件，运行稳定，可以做ECS镜像，售后7*24小时。"
            "协议都没问题。入驻安全市场还差什么？",
            "9个月",
        ),
        (
            "公司做软件外包8年了，执照2015年，资本300万，30人技术客服都交社保，售后5*8，有接口开发能力，"
            "协议都接受。大数据业务才做了6个月，数据智能市场能进吗？",
            "6个月",
        ),
        (
            "We have done IT outsourcing for 7 years (license 2016, capital 2M CNY), 40 tech and "
            "support staff on social insurance, 7x24 after-sales, a stable endpoint security "
            "product as an ECS image, agreements accepted. Security work started only 10 months "
            "ago. Can we join the Security market?",
            "10 months",
        ),
    ],
)
def test_the_markets_own_business_is_its_experience(question: str, shown: str) -> None:
    text = _reply(question)
    first = text.split("\n", 1)[0]
    assert first.startswith(("不", "No")), text
    assert "经验" in first or "experience" in first, text
    assert shown in text.replace(" ", "") or shown in text, text


# --- "这几个里面能进哪个": every market named is judged, not only the one written with 市场 -----
@pytest.mark.parametrize(
    ("question", "markets"),
    [
        (
            "执照一年多，注册资本500万，技术客服28人社保齐全，售后和在线客服都是5×8，有接口开发能力，"
            "有营销策划团队。产品是舆情分析SaaS，做大数据两年。数据智能、企业应用、服务市场这三个里面，"
            "我们能进哪个？",
            ("数据智能市场", "企业应用市场", "服务市场"),
        ),
        (
            "执照一年多，注册资本500万，技术客服28人社保齐全，售后和在线客服都是5×8，有接口开发能力，"
            "有营销策划团队。产品是舆情分析SaaS，做大数据两年。数据智能、企业应用、服务市场这几个里面，"
            "我们可以进哪个？",
            ("数据智能市场", "企业应用市场", "服务市场"),
        ),
        (
            "执照一年半，资本200万，技术客服30人有社保，售后5×8，在线客服5×8，有接口开发能力，有营销策划"
            "人员，BI平台做了两年。数据智能和服务市场这两个，我们能进哪个？",
            ("数据智能市场", "服务市场"),
        ),
    ],
)
def test_which_of_the_named_markets(question: str, markets: tuple[str, ...]) -> None:
    first = _first_line(question)
    for market in markets:
        assert market in first, first


# --- "这样的客服时间够吗": the stated hours judged against the market's support condition ---------
@pytest.mark.parametrize(
    ("question", "opens"),
    [
        (
            "建站公司：执照2016年，注册资本200万，技术客服25人都有社保，建站经验6年，都用阿里云。"
            "在线客服是周一到周六9:00-14:00。这样的客服时间够建站市场的要求吗？",
            "不满足",
        ),
        (
            "做零售通代运营，2018年成立，注册资本200万，员工6人，1688会员已企业名称认证，三证扫描件齐全，"
            "钉钉和专人对接都有，信用良好。客服每天早8点到晚10点。零售通的客服时间这样够吗？",
            "满足",
        ),
        (
            "Website builder, license 2015, capital 2M, 26 staff on social insurance, 5 years "
            "of website building, all hosted on Alibaba Cloud, agreements accepted. Our online "
            "support is Monday to Saturday 10am to 3pm. Is that support enough for the Website "
            "market?",
            "No",
        ),
    ],
)
def test_the_support_hours_asked_about(question: str, opens: str) -> None:
    first = _first_line(question)
    assert first.startswith(opens), first


# --- commission: one amount for each of two markets, a bound for two markets, N orders of X each --
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "我们同时在建站市场和安全市场卖东西，2020年5月两个类目流水都在40万左右，平台要抽多少佣金？",
            ("建站市场", "安全市场"),
        ),
        (
            "我们同时在服务市场和开发运维市场上架了商品，2020年3月两个类目的流水都在60万上下，佣金一共多少？",
            ("服务市场", "开发运维市场"),
        ),
        (
            "建站市场和服务市场2020年每月流水都不到20万，佣金比例分别是多少？",
            ("建站市场 20%", "服务市场 10%"),
        ),
        (
            "In 2020 our monthly sales in each category stay below 200k. What rate for the "
            "Website market and what for the Service market?",
            ("Website Building Market 20%", "Service Market 10%"),
        ),
        (
            "服务市场2020年8月，三笔自营订单各8万，佣金按哪一档、多少钱？",
            ("24万", "第2档"),
        ),
        (
            "企业应用市场2020年6月，我们有两单各15万的订单，这个月佣金多少？",
            ("30万", "第2档"),
        ),
    ],
)
def test_commission_for_two_markets_and_orders_each(question: str, wanted: tuple[str, ...]) -> None:
    text = _reply(question)
    for word in wanted:
        assert word in text, text


# --- a vague size ("十几万", "几十万") is no amount to compute with -----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们在建站市场的月流水有时十几万有时几十万，佣金档位是怎么分的？",
        "服务市场每个月几十万流水，佣金怎么算档位？",
        "企业应用这边流水忽高忽低，少的时候几万多的时候几十万，阶梯怎么划分？",
    ],
)
def test_a_vague_size_gets_the_tiers(question: str) -> None:
    text = _reply(question)
    assert "20万" in text and "50万" in text, text
    assert "实际佣金" not in text, text


# --- "develop against the marketplace API" is a skill, not the API market asked about -------------
@pytest.mark.parametrize(
    ("question", "market"),
    [
        (
            "ERP SaaS vendor: license 2016, capital 3M CNY, 30 tech & support employees with "
            "social insurance, after-sales 5x8, we can develop against the marketplace API, we "
            "offer enterprise software and SaaS, agreements accepted. Can we join Enterprise "
            "Application?",
            "Enterprise Application",
        ),
        (
            "We do media solutions. License 2014, capital 6M, 45 tech+CS staff with social "
            "insurance, 3 ACP engineers, after-sales 5x8, we can develop with the marketplace API, "
            "traceable cases with two TV stations, all agreements accepted. Can we join the "
            "Solutions market?",
            "Solution",
        ),
        (
            "Big data company, license 2017, 28 tech and CS on social insurance, 5x8 after-sales, "
            "we build against the marketplace API, 4 years of big data services, agreements "
            "accepted. Can we join Data Intelligence?",
            "Data Intelligence",
        ),
    ],
)
def test_the_marketplace_api_is_a_skill(question: str, market: str) -> None:
    text = _reply(question)
    assert "API Market" not in text, text
    assert market in text, text


# --- how long a business has run is never the licence's age, whatever the market ------------------
@pytest.mark.parametrize(
    "question",
    [
        "Our HR SaaS company: business license 2017, registered capital 3,000,000 RMB, 30 tech & "
        "support employees with social insurance statement, after-sales 5x8, API integration "
        "ok, we offer enterprise software and SaaS and accept the agreements. We only started "
        "HR SaaS 6 months ago. Can we join Enterprise Application?",
        "OA software vendor: license 2016, registered capital 2,000,000 RMB, 24 tech & support "
        "employees with social insurance, after-sales 5x8, API integration ok, enterprise "
        "software and SaaS, agreements accepted. We launched the OA product only 5 months ago. "
        "Can we join Enterprise Application?",
        "License 2015, registered capital 5M CNY, 40 tech & support with social insurance, "
        "online service 5x8, ecosystem certification completed, joint solutions done, agreements "
        "accepted. We only started the retail business 7 months ago. Can we join New Retail?",
    ],
)
def test_a_business_started_months_ago_is_not_the_licence(question: str) -> None:
    text = _reply(question)
    assert "months: you do NOT" not in text, text
    assert (
        "license at least 2 years old → " not in text
        or "NOT" not in text.split("license at least 2 years old → ", 1)[1].split("\n", 1)[0]
    ), text


# --- "什么情况下退" asks the rule, no look-up of the vendor's own record ----------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们准备交保证金了，保证金什么情况下能退回来？",
        "保证金交了以后，什么情况下会退给我们？",
        "我们的保证金什么情况下退不回来？",
    ],
)
def test_under_which_circumstances_is_a_rule(question: str) -> None:
    text = _reply(question)
    assert "退" in text, text
    assert "查不了" not in text, text
