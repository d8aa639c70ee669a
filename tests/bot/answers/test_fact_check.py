"""The fact-check audit: every reply states only what the seed guide and SPEC say. One test
(or more) per audit finding, each on the real reply text."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

TODAY = date(2026, 11, 26)  # the audit's "today": long after the guide's policy period
ENDED_ZH = "已于2021年3月31日截止，现已结束"  # fix31e: "已结束" said (was 已于…结束)


# --- finding 1: "this month" is not computed at rates that expired in 2021 ------------------


def test_this_month_is_the_current_month_outside_the_policy_period() -> None:
    reply = answer("这个月建站市场卖了30万佣金多少", today=TODAY)
    first = reply.text.split("\n")[0]
    assert first.startswith("本月（2026年11月）不在指南的佣金政策期间内")
    assert ENDED_ZH in first and "指南没有说明之后适用什么费率" in first and "转人工" in first
    # Figures follow, so the month's commission is unknown from the guide, not "无法计算".
    assert "本月的实际佣金按指南算不出来" in first and "无法计算" not in first
    # The figures that follow are marked as the ended policy's reduced rates, not this month's.
    assert reply.text.split("\n")[1] == (
        "仅供参考——按指南政策期间的费率（不是本月的实际佣金；那是已结束的优惠费率，现行费率可能不同）："
    )


def test_knowledge_base_example_question_states_the_period_first_then_the_figures() -> None:
    reply = answer("建站市场这个月交易额30万，其中分销10万", today=TODAY)
    lines = reply.text.split("\n")
    assert lines[0].startswith("本月（2026年11月）不在指南的佣金政策期间内")
    assert "• 实际佣金：200,000 × 15% = 3万元（30,000元）" in lines


def test_last_month_is_the_previous_month() -> None:
    reply = answer("建站上个月30万流水，佣金多少", today=date(2026, 1, 5))
    assert reply.text.startswith("上个月（2025年12月）不在指南的佣金政策期间内")


def test_this_month_inside_a_period_is_computed_without_a_notice() -> None:
    reply = answer("建站市场这个月交易额30万，其中分销10万", today=date(2020, 10, 20))
    # The commission asked first (fix19i), then the worked breakdown.
    assert reply.text.startswith(
        "佣金 3万元（30,000元）（第2档 15%）。\n建站市场（费率表：网站建设）"
    )
    assert "不在指南的佣金政策期间内" not in reply.text


def test_english_this_month_says_the_period_ended() -> None:
    reply = answer("Website building: 300k this month, 100k distribution. commission?", today=TODAY)
    assert reply.text.startswith(
        "This month (2026-11) is outside the guide's commission policy, which ran 2016-11-17 to"
        " 2021-03-31 and has ended; the guide does not say what applies after that"
    )


def test_a_named_month_outside_the_period_is_an_error_without_figures() -> None:
    reply = answer("建站市场2022年5月交易额30万，佣金多少", today=TODAY)
    assert reply.text.startswith("2022年5月不在指南的佣金政策期间内")
    assert "第2档" not in reply.text and "转人工" in reply.text


def test_no_month_computes_then_says_whose_rates_and_that_they_ended() -> None:
    # Round 19 (fix19d): the figures first; whose rates they are after them.
    reply = answer("建站市场30万其中分销10万佣金多少", today=TODAY)
    assert "3万元（30,000元）" in reply.text
    caveat = (
        "以上是指南佣金优惠政策期间（2016年11月17日至2021年3月31日）的费率，"
        "该期间已于2021年3月31日截止，现已结束；指南没有说明之后适用什么费率"
    )
    assert caveat in reply.text
    assert reply.text.index(caveat) > reply.text.index("3万元（30,000元）")


def test_rate_answer_says_the_period_ended_after_the_rates() -> None:
    # Round 19 (fix19d): the rates first; whose rates they are after them.
    reply = answer("建站市场佣金比例", today=TODAY)
    assert not reply.text.startswith("以上是指南佣金优惠政策期间")
    assert "20%" in reply.text.split("\n")[0]
    assert ENDED_ZH in reply.text


def test_overview_example_is_the_guides_own_without_a_year() -> None:
    # holdout18 n=17: the guide's example gives 10月份 and no year; a year put to it is invented.
    reply = answer("佣金怎么算", today=TODAY)
    assert reply.topic == "commission.overview"
    assert "这个月" not in reply.text
    assert (
        "10月份交易额100万" in reply.text and "该期间已于2021年3月31日截止，现已结束" in reply.text
    )
    assert "2020" not in reply.text and "写上年份和月份" in reply.text
    english = answer("What are the commission rules?", today=TODAY)
    assert english.topic == "commission.overview" and "2020" not in english.text


# --- finding 2: "is the policy still valid" -------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["佣金政策现在还有效吗", "现在佣金怎么收", "佣金优惠政策过期了吗", "目前平台服务费怎么收"],
)
def test_present_tense_commission_questions_get_the_period_which_ended(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.topic == "commission.period"
    assert "现已结束、不再有效" in reply.text  # fix31e: was ENDED_ZH (已于2021年3月31日结束)
    assert "指南没有说明此后适用什么佣金政策或费率" in reply.text and "转人工" in reply.text
    assert not reply.text.startswith("会。")


@pytest.mark.parametrize(
    "question", ["is the commission policy still valid?", "has the commission policy expired"]
)
def test_english_still_valid_gets_the_period(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.topic == "commission.period"
    assert "ended on 2021-03-31" in reply.text and '"human"' in reply.text


def test_policy_adjustment_answer_says_the_policy_has_ended_right_after_its_verdict() -> None:
    """Asked yes or no, the rule's verdict comes first (阿里云有权…调整: 会 / Yes, round 17),
    and the very next words say the policy it is about has ended; asked of the future (以后,
    还会), none: the policy has ended, so only the rule is said."""
    zh = answer("佣金政策会调整吗", today=TODAY)
    assert zh.topic == "commission.adjust"
    assert zh.text.startswith(
        "会：指南中的佣金优惠政策（2016年11月17日至2021年3月31日，已结束）写明"
    )
    later = answer("佣金政策以后会调整吗", today=TODAY)
    assert later.text.startswith(
        "指南中的佣金优惠政策（2016年11月17日至2021年3月31日，已结束）写明"
    )
    en = answer("can alibaba change the commission policy", lang="en", today=TODAY)
    assert en.topic == "commission.adjust"
    assert en.text.startswith(
        "Yes: The guide's commission discount policy (2016-11-17 to 2021-03-31, now ended)"
    )


# --- finding 3: 客服 (customer service) is online service, not after-sales -----------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我们有7x24客服", "online_cs"),
        ("our customer service is 7x24", "online_cs"),
        ("cs is 5x8", "online_cs"),
        ("售后是5x8", "aftersales_support"),
        ("after-sales support 7x24", "aftersales_support"),
        ("support is 7x24", None),
        ("我们服务是7x24", None),
        ("技术加客服一共18个人", None),
    ],
)
def test_support_kind_named(text: str, kind: str | None) -> None:
    from bot.answers import _support_kind
    from bot.answers.text import normalize

    assert _support_kind(normalize(text)) == kind


def test_customer_service_is_not_counted_as_after_sales() -> None:
    reply = answer("我们有7x24客服，能入驻安全市场吗", today=TODAY)
    assert reply.text.startswith("还不能确定。")
    assert (
        "→ 无法据此判断：这一条要求的是售后技术服务，客服在线服务不能算作售后技术服务。"
        in reply.text
    )
    assert "7x24满足" not in reply.text


def test_english_customer_service_is_not_counted_as_after_sales() -> None:
    reply = answer("our customer service is 7x24, ok for security market?", today=TODAY)
    assert reply.text.startswith("Not certain.")
    assert "online customer service does not count for it" in reply.text


def test_support_of_no_named_kind_at_the_level_meets_it() -> None:
    # fix25g (dev19b n=83): "our support is 24/7" is the vendor's support as a whole, of no
    # one kind: it reaches the level asked (SPEC decision 3); a named other kind stays unclear.
    reply = answer("我们支持是7x24的，安全市场可以吗", today=TODAY)
    assert "7x24满足（您说的是整体的服务时段" in reply.text
    assert "不能" not in reply.text.split("\n")[0]


def test_a_stated_customer_service_level_is_not_a_pass_in_a_multi_fact_verdict() -> None:
    reply = answer("安全市场 注册资金200万 我们有7x24客服 可以吗", today=TODAY)
    assert "这几项都满足" not in reply.text and "这一项满足" not in reply.text
    assert "客服在线服务不能算作售后技术服务" in reply.text


def test_which_market_requires_7x24_customer_service_says_none_does() -> None:
    reply = answer("哪个市场要求7x24客服", today=TODAY)
    lines = reply.text.split("\n")
    assert lines[0] == "指南中没有集市要求 7x24 的客服在线服务。"
    assert lines[1] == (
        "• 这些集市要求的是售后技术服务，不是客服在线服务——提供 7×24 小时售后技术服务：安全市场"
    )


# --- finding 4: all-markets answers quote each market's own wording -------------------------


def test_experience_lines_are_per_market_wording() -> None:
    lines = answer("哪些市场要求经验", today=TODAY).text.split("\n")
    assert "• 一年以上的服务经验：API市场" in lines
    assert "• 一年以上的大数据行业服务经验：数据智能市场" in lines
    assert "• 一年以上的安全行业服务经验：安全市场" in lines
    assert "• 二年以上的建站业务服务经验：建站市场" in lines
    assert not any("基础软件市场" in line and "建站市场" in line for line in lines)


def test_one_rule_with_several_wordings_quotes_each_with_its_markets() -> None:
    text = answer("哪些市场要求客服在线服务", today=TODAY).text
    assert "基础软件市场“具有专业的技术及售后团队支持，可提供不少于5*8小时的客服在线服务。”" in text
    assert "服务市场“可提供不少于5*8小时的客服在线服务，具有一定的营销策划能力。”" in text
    assert (
        "建站市场、新零售市场、开发运维市场、零售通市场“可提供不少于5*8小时的客服在线服务。”"
        in text
    )


# --- finding 5: not every market requires accepting the agreements --------------------------


def test_agreements_are_required_by_every_market_except_retail_link() -> None:
    general = answer("入驻需要什么条件", today=TODAY)
    assert general.topic == "conditions.general"
    assert "除零售通外，各集市都要求" in general.text
    assert "并接受阿里云云市场的相关协议及管理规范" in general.text
    assert "入驻前须知要求所有服务商先阅读《云市场服务商管理规范》" in general.text
    notice = answer("入驻前须知", today=TODAY)
    assert notice.topic == "notice.management_rules"
    assert "除零售通外，各集市的入驻条件都要求接受" in notice.text
    assert "各集市都要求接受" not in notice.text
    english = answer("anything to read first before joining?", today=TODAY)
    assert "Every market except Retail Link (零售通)" in english.text


# --- finding 8: the marketing-software note is answered, not declined -----------------------


@pytest.mark.parametrize("question", ["营销软件需要基于云开发吗", "营销推广工具要不要部署在云上"])
def test_marketing_software_cloud_question_is_answered_from_the_note(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope
    # The rule's verdict first (无须: 不需要, round 17), then the note itself.
    assert reply.text.startswith(
        "不需要：基础软件市场、企业应用市场的入驻条件中写明："
        "“非云产品的营销推广工具，无须基于云部署和开发（仅针对营销软件）。”"
    )
    assert "这是说明，不是入驻条件" in reply.text


def test_marketing_note_for_a_market_without_it_says_so() -> None:
    reply = answer("安全市场的营销工具要基于云开发吗", today=TODAY)
    assert reply.text.startswith("指南对安全市场没有这样的说明。基础软件市场、企业应用市场")


def test_marketing_note_in_english() -> None:
    reply = answer("does marketing software have to be cloud-based", today=TODAY)
    assert "need not be deployed or developed on the cloud (marketing software only)" in reply.text
    assert "It is a note, not a condition" in reply.text


# --- finding 9: statements with no source ---------------------------------------------------


def test_deposit_deduction_reply_does_not_invent_what_governs_it() -> None:
    zh = answer("违规了保证金怎么扣", today=TODAY)
    assert zh.out_of_scope and "没有写明违规时扣多少、怎么扣" in zh.text
    assert "为准" not in zh.text
    en = answer("how much of the deposit is deducted for a violation", today=TODAY)
    assert "govern" not in en.text and "does not say how much is deducted" in en.text


def test_company_requirement_is_stated_without_an_unsourced_individuals_clause() -> None:
    zh = answer("个人能入驻吗", today=TODAY)
    # (Black-box s56 D20: 不能 first, from the company condition and step 2 — no unsourced
    # "个人不符合" clause.)
    assert "拥有正规的公司资质" in zh.text and "个人不符合" not in zh.text
    en = answer("can an individual join", today=TODAY)
    assert "a registered company is required" in en.text
    assert "individuals do not qualify" not in en.text


# --- finding 11: the ticket example gives both amounts --------------------------------------


def test_ticket_entry_example_gives_retail_link_its_own_amount() -> None:
    zh = answer("工单问题描述怎么写", today=TODAY)
    assert zh.topic == "process.ticket"
    assert "（金额用大写，如一个普通市场为叁万，零售通为伍万）" in zh.text
    en = answer("what to write in the ticket", today=TODAY)
    assert "e.g. 叁万 for one ordinary market, 伍万 for Retail Link" in en.text


# --- finding 12: a requirement the market does not set is said plainly first --------------


def test_retail_link_sets_no_social_insurance_proof() -> None:
    reply = answer("零售通需要社保证明吗", today=TODAY)
    assert reply.text.startswith(
        "不需要。指南对零售通市场没有社保证明（公司社保个人月缴费信息情况表）要求。"
        "零售通市场在这方面要求的是：员工人数不少于 4 人。"
    )


def test_service_market_sets_no_after_sales_requirement() -> None:
    reply = answer("服务市场需要7x24售后吗", today=TODAY)
    assert reply.text.startswith(
        "不需要。指南对服务市场没有售后技术服务要求。服务市场在这方面要求的是：不少于 5×8 小时的客服在线服务。"
    )
    en = answer("does the services market need 7x24 after-sales?", today=TODAY)
    assert en.text.startswith(
        "No. The guide sets no after-sales technical service requirement for Service Market."
    )


def test_other_condition_kinds_are_named_when_absent() -> None:
    reply = answer("零售通需要ACP认证工程师吗", today=TODAY)
    assert reply.text.startswith("不需要。指南对零售通市场没有阿里云认证工程师（ACP）要求。")


def test_asking_about_team_size_does_not_list_the_proof_as_missing() -> None:
    reply = answer("零售通团队人数要求", today=TODAY)
    assert reply.text.startswith("零售通市场要求：员工人数不少于 4 人。")
