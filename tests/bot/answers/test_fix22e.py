"""fix22e: English replies in English, counts only beside their lists, and the judges'
leftovers (paraphrases of our own, never the sets' wording)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from bot.answers import answer
from rules.markets import all_markets

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}


def _numbers(text: str) -> set[Decimal]:
    """The numbers a line states: digits (10万 = 100000, 1,000,000 = 1000000) and the Chinese
    numerals the guide writes before a measure (一年, 二年, 六个, 七大)."""
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    found = {
        Decimal(match[1]) * (10000 if match[2] else 1)
        for match in re.finditer(r"(\d+(?:\.\d+)?)\s*(万)?", plain)
    }
    found |= {
        Decimal(_CHINESE_DIGITS[match[1]])
        for match in re.finditer(r"([一二两三四五六七])(?=年|个|大|名|人)", text)
    }
    return found


# --- 1. Every market's description, notes and conditions have an English rendering -------------


@pytest.mark.parametrize("market", all_markets(), ids=lambda market: market.id)
def test_every_market_has_english_description_with_the_same_numbers(market):
    assert market.description_en and not _CJK.sub("", market.description_en) == ""
    # Chinese in an English description only as a name in brackets (零售通).
    assert len(_CJK.findall(market.description_en)) <= 3
    assert _numbers(market.description_en) == _numbers(market.description)
    assert len(market.notes_en) == len(market.notes)
    for zh, en in zip(market.notes, market.notes_en, strict=True):
        assert en and _numbers(en) == _numbers(zh)


@pytest.mark.parametrize("market", all_markets(), ids=lambda market: market.id)
def test_every_condition_has_english_guide_line_with_the_same_numbers(market):
    # Conditions sharing one line of the guide may each carry their own clause of it in
    # English; together they state exactly the line's numbers, and none states another.
    by_line: dict[str, set[Decimal]] = {}
    for condition in market.conditions:
        assert condition.seed_text_en, (market.id, condition.key)
        assert len(_CJK.findall(condition.seed_text_en)) <= 8, condition.seed_text_en
        numbers = _numbers(condition.seed_text_en)
        assert numbers <= _numbers(condition.seed_text), (condition.key, numbers)
        by_line.setdefault(condition.seed_text, set()).update(numbers)
    for line, numbers in by_line.items():
        assert numbers == _numbers(line), line


def _english_body(reply: str) -> str:
    """The reply without its source line and the markets' Chinese names in brackets."""
    body = reply.rsplit("\n(Source:", 1)[0]
    return re.sub(r"\([^()]*[\u4e00-\u9fff][^()]*\)", "", body)


@pytest.mark.parametrize(
    "question",
    [
        "What does the DevOps market offer?",
        "Tell me what the IoT market is about",
        "What kind of services fit in the Retail Link market?",
        "What is the Data Intelligence market for?",
        "Is the Data Intelligence market the same as the Basic Software market?",
    ],
)
def test_english_question_about_a_market_gets_its_description_in_english(question):
    reply = answer(question)
    assert reply.lang == "en"
    body = _english_body(reply.text)
    assert len(_CJK.findall(body)) == 0, reply.text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Does the Service market ask for marketing capability?", "marketing and promotion"),
        ("What does Retail Link require about the company's credit?", "legal representative"),
        ("What does the Solution market say about ACP engineers?", "Elastic Computing"),
    ],
)
def test_english_condition_answer_quotes_the_guide_in_english(question, words):
    reply = answer(question)
    assert words in reply.text
    assert len(_CJK.findall(_english_body(reply.text))) == 0, reply.text


def test_chinese_question_keeps_the_guides_own_words():
    assert "开发运维（DevOps）集市是为企业客户提供" in answer("开发运维市场都卖些什么").text
    assert "营销策划能力" in answer("服务市场要求营销策划能力吗").text


@pytest.mark.parametrize(
    "question",
    [
        "Website market: if a client is unhappy while the site is being built, do they get their "
        "money back?",
        "For website building services, is there a full refund when the customer is dissatisfied "
        "during production?",
    ],
)
def test_english_refund_promise_of_the_website_market_in_english(question):
    reply = answer(question)
    assert reply.text.startswith("Yes")
    assert "full refund" in reply.text
    assert len(_CJK.findall(_english_body(reply.text))) <= 12  # the guide's phrase, quoted once


@pytest.mark.parametrize(
    "question",
    [
        "Website Building market: must our services be built on Alibaba Cloud products?",
        "IoT market: must our solutions be based on Alibaba Cloud IoT products?",
        "Security market: should our software be delivered as an ECS image?",
    ],
)
def test_must_asked_after_a_market_label_opens_with_yes(question):
    # "<market>: must our … be …?" asks whether the market sets it: the verdict first (the
    # Chinese quote used to hide that none was given).
    assert answer(question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "My client is a media company. Do they meet the Solution market's industry condition?",
        "They are an e-commerce company. Do they meet the Solution market's industry rule?",
        "My client is a logistics software company with two ACP-certified engineers. Are the "
        "Solutions market's industry and certification conditions met by them?",
    ],
)
def test_a_clients_industry_is_judged_like_the_vendors_own(question):
    # A consultant asking for a client ("my client is a …", "they are a …") states an industry.
    assert answer(question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("reply", "fact"),
    [
        ("Open to government and media.", "overnment"),
        ("Provide the business license scan.", "usiness license"),
        ("Complete the ecosystem certification.", "cosystem"),
    ],
)
def test_a_writers_stem_without_its_capital_is_found_in_the_word(reply, fact):
    from test_eval import contains_fact

    assert contains_fact(reply, fact)
    # A short fact or a verdict word still needs the word's start.
    assert not contains_fact("It cannot be done.", "not")
    assert not contains_fact("You are ineligible.", "eligible")


# --- 2. A count of conditions only beside the list it counts ----------------------------------

_CONDITION_COUNT = re.compile(r"\d+\s*项入驻条件|您说到的\s*\d+\s*项|\ball \d+ of\b|\(\d+\)")


@pytest.mark.parametrize(
    "question",
    [
        "我们公司有正规资质，技术和客服一共30人都交社保，提供5*8售后，有两年服务经验，"
        "会按云市场API接口开发，两份协议都接受，能入驻API市场吗",
        "物联网市场：我们公司资质正规，25个技术客服都交社保，5*8售后，有知名客户案例，"
        "软硬件产品成熟稳定，全部基于阿里云IoT，接受协议，能进吗",
        "执照2019年办的，注册资金300万，40个技术客服都交社保，5x8在线客服，做建站5年了，"
        "都基于阿里云产品，协议都接受，建站市场能进吗",
    ],
)
def test_a_met_profile_states_no_count_of_conditions(question):
    reply = answer(question).text
    assert reply.startswith("能"), reply
    assert not _CONDITION_COUNT.search(reply), reply


# --- 3. A follow-up part asking the same thing of another market ------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the deposit for Retail Link, and what is it for the Security market?", "30,000"),
        (
            "What's the first-tier commission for Website building, and what is it for the API "
            "market?",
            "0%",
        ),
        (
            "What's the minimum capital for the Service market, and what is it for Basic Software?",
            "100,000",
        ),
    ],
)
def test_what_is_it_for_another_market_asks_the_same_thing(question, expected):
    # "it" is what the part before asked, never the second market's description.
    reply = answer(question).text
    second = reply.split("\n\n")[-1]
    assert expected in second, reply
    assert "as the guide describes it" not in reply, reply


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("解决方案市场要ACP工程师吗？那物联网市场要不要？", "不需要。指南对物联网市场没有"),
        ("零售通要开通钉钉吗？那API市场要不要？", "不需要。指南对API市场没有"),
        ("解决方案市场需要客户案例吗？那开发运维市场要不要？", "不需要。指南对开发运维市场没有"),
    ],
)
def test_that_market_too_asks_the_condition_named_before(question, expected):
    assert expected in answer(question).text


# --- 4. Markets without a condition asked for: those first ------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "执照才办了四个月，有没有不看执照年限的市场",
        "营业执照刚满5个月，有没有对执照年限没要求的集市？",
        "Our license is only 5 months old. Are there markets without a license-age requirement?",
    ],
)
def test_markets_without_the_condition_open_the_reply(question):
    first = answer(question).text.split("\n")[0]
    assert "API" in first and ("物联网" in first or "IoT" in first), first


# --- 5. "How long …?" the guide gives no time for: that first ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How many days until we get the deposit receipt?",
        "交了保证金多久能开店",
        "After paying the deposit, how soon does the shop open?",
    ],
)
def test_no_number_of_days_opens_the_reply(question):
    first = answer(question).text.split("\n")[0]
    assert first.startswith(
        (
            "指南没有写明具体需要几天",
            "指南没有写明这需要多长时间",
            "The guide gives no number of days",
            "The guide does not say how long",
        )
    ), first


# --- 6. Where to look something up, asked with an account id: the place first ----------------


@pytest.mark.parametrize(
    "question",
    [
        "我的阿里云账号ID是 2233445566，申请进度在哪里能看到？",
        "Our account ID is 5566778899. Where can we check our application progress?",
        "UID 1234567890，审核进度怎么查",
    ],
)
def test_where_to_see_progress_opens_with_the_place(question):
    first_sentence = re.split(r"[。.](?:\s|$)", answer(question).text)[0]
    assert (
        "生态伙伴首页" in first_sentence
        or "ecosystem partner home" in first_sentence
        or ("邮件" in first_sentence or "e-mails" in first_sentence)
    ), first_sentence


# --- 7. Service hours / 服务时间 is the support condition ------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "安全市场和基础软件市场，对服务时间的要求一样吗？",
        "API市场和安全市场的服务时间要求有区别吗",
        "Do the Security and Basic Software markets ask for the same service hours?",
    ],
)
def test_service_hours_compare_the_support_condition_only(question):
    reply = answer(question).text
    assert "7×24" in reply or "7x24" in reply, reply
    assert "注册资金" not in reply and "registered capital" not in reply, reply


# --- 8. Orders counted off one by one ("一笔8万一笔9万") add up -------------------------------


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("建站市场2020年9月两笔单子，一笔8万一笔9万，佣金多少", "17万元"),
        ("企业应用2020年10月一单12万，另一单15万，佣金多少", "27万元"),
        ("安全市场2020年9月一笔6万一笔7万一笔10万，佣金多少", "23万元"),
    ],
)
def test_orders_counted_off_one_by_one_are_summed(question, total):
    assert f"当月应结算实收现金总额 {total}" in answer(question).text


# --- 9. The check: a fact group worded with 没有 is no "no" verdict ---------------------------


@pytest.mark.parametrize(
    ("group", "verdict"),
    [
        (["没有违反", "未违反", "不违反", "无违规", "没有违规", "未违规", "不违规"], None),
        (["没有欠费", "未欠费", "无欠费", "不欠费"], None),
        (["不能", "不可以", "无法", "not eligible"], "no"),
        (["能", "可以", "yes"], "yes"),
    ],
)
def test_a_fact_group_that_merely_starts_like_a_verdict_asks_none(group, verdict):
    from test_eval import group_verdict

    assert group_verdict(group) == verdict
