"""Issue 12, routing side: which topic a question is about, and when to decline.

Each class is tested in several wordings of my own (zh and en, chat style, typos), none of
them a question of an evaluation set; every test here failed on the code before its fix
(docs/ANSWERS.md, "Routing classes fixed (2026-12-01)").
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

TODAY = date(2026, 12, 1)


def _ask(question: str) -> tuple[str, bool, str | None]:
    reply = answer(question, today=TODAY)
    return reply.text, reply.out_of_scope, reply.topic


# --- an identifier is context, not the topic -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("我们阿里云账号ID是 2088123412341234，押金要交多少", "30,000"),
        ("阿里云账号：15900001111，保证金多少钱", "30,000"),
        ("my aliyun account id is 1688000011112222 - how much is the deposit", "30,000"),
        ("邮箱 sales@example.cn 注册的账号，入驻要交多少保证金", "30,000"),
        ("account ID 2088123412341234, we've signed both contracts, what's next?", "deposit"),
    ],
)
def test_an_identifier_given_as_context_leaves_the_question_to_its_topic(
    question: str, expected: str
) -> None:
    text, declined, _ = _ask(question)
    assert not declined
    assert expected in text
    assert "我不太确定" not in text and "not sure" not in text


@pytest.mark.parametrize(
    "question",
    [
        "contract no. HZ-2020-77881",
        "合同编号 Y20-2021-SH-00912",
        "工单号：0098812345",
        "2088123412341234",
    ],
)
def test_an_identifier_alone_is_a_look_up_and_declined(question: str) -> None:
    text, declined, _ = _ask(question)
    assert declined
    assert "转人工" in text or '"human"' in text


@pytest.mark.parametrize(
    "question",
    [
        "ticket id is 7712093, nobody replied yet, what is going on",
        "工单号 8812345 一直没人回复，怎么回事",
        "my ticket number is 5512309 and still no response??",
    ],
)
def test_waiting_on_one_numbered_record_is_a_look_up(question: str) -> None:
    text, declined, _ = _ask(question)
    assert declined
    assert "查不了" in text or "cannot look up" in text


# --- facts of the guide that had no entry --------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("佣金是按商品标价算还是按实际收款算", "实收现金"),
        ("平台服务费按原价还是实付金额收", "实收现金"),
        ("两个类目的流水会合在一起算档位吗", "分别"),
        ("does commission go by list price or the cash we actually got?", "cash"),
        ("are sales in two categories added together to pick the tier?", "separately"),
    ],
)
def test_what_commission_is_charged_on(question: str, expected: str) -> None:
    text, declined, topic = _ask(question)
    # The knowledge-base entry or the computed reply to the same question (bot/answers/parts.py).
    assert not declined and topic in ("commission.basis", "computed.commission")
    assert expected in text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "押金交了之后可以随时取回来吗",
        "保证金中途能提现吗",
        "can we withdraw the deposit whenever we like",
    ],
)
def test_taking_the_deposit_out_at_will_is_the_refund_rule(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "deposit.refund"
    assert "合作终止" in text or "cooperation ends" in text


@pytest.mark.parametrize(
    "question",
    [
        "申请的时候那个同意书必须打勾吗",
        "同意书不勾选可以提交申请吗",
        "do i have to tick the consent box when applying",
    ],
)
def test_the_consent_box_of_the_application(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "process.agreement_checkbox"
    assert "勾选同意书" in text


@pytest.mark.parametrize(
    "question",
    [
        "工单交上去一般多久有人答复",
        "提交工单后多长时间有回复",
        "how soon does someone reply to the finance ticket?",
    ],
)
def test_the_ticket_pages_reply_estimate(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "process.ticket_response"
    assert "1小时20分钟" in text


@pytest.mark.parametrize(
    "question",
    [
        "保证金页面有好几行，智能接入网关那行要交吗",
        "用户中心保证金页面有个阿里通信物联网10万，是交这个吗",
        "which row on the deposit page do I top up? there's 阿里通信物联网 too",
    ],
)
def test_which_row_of_the_deposit_page(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "process.deposit_row"
    assert "阿里云通用保证金" in text


@pytest.mark.parametrize(
    "question",
    ["减免优惠政策的通知是哪天发的", "who issued the commission notice and on what date?"],
)
def test_the_notice_date(question: str) -> None:
    text, declined, _ = _ask(question)
    assert not declined
    assert "2020年11月23日" in text


# --- a condition or a market's description named in its own words --------------------------


@pytest.mark.parametrize(
    "question",
    ["软件是不是一定要做成镜像交付", "必须通过ECS镜像交付吗", "非得用镜像的方式交付给用户吗"],
)
def test_a_condition_asked_without_a_market_lists_the_markets_that_set_it(
    question: str,
) -> None:
    text, declined, _ = _ask(question)
    assert not declined
    assert "安全市场" in text and "基础软件市场" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("API市场会提供计量计费吗", "计量计费"),
        ("开发运维市场主要卖啥，我们做监控告警的合适吗", "监控分析与告警"),
        ("数据智能市场能卖舆情分析的产品吗", "舆情"),
    ],
)
def test_what_a_market_offers_is_its_description(question: str, expected: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "computed.scope"
    assert expected in text


@pytest.mark.parametrize(
    "question",
    [
        "建站市场要接受哪些协议",
        "安全市场入驻需要接受哪两个协议？",
        "which agreements does the API market make us accept",
    ],
)
def test_the_agreements_a_market_names(question: str) -> None:
    text, declined, _ = _ask(question)
    assert not declined
    assert "入驻协议" in text or "entry agreement" in text


# --- outside the guide ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "阿里的股票代码是多少",
        "what's the ticker symbol of alibaba",
        "云市场现在一共有多少家服务商",
        "how many vendors sell on the marketplace right now?",
        "平台一年的GMV有多少",
        "能推荐个靠谱的支付网关吗",
        "could you recommend a billing tool for our saas",
        "双11阿里云服务器打几折",
        "any ECS discount this month?",
        "员工的五险一金怎么交",
        "我们工程师工资一般给多少合适",
    ],
)
def test_questions_outside_the_guide_are_declined(question: str) -> None:
    _, declined, _ = _ask(question)
    assert declined


def test_a_receipt_for_our_books_is_still_answered() -> None:
    text, declined, topic = _ask("押金有收据吗，财务要入账")
    assert not declined and topic == "deposit.receipt"


# --- times the guide never gives -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "签完合同以后保证金有没有交纳期限",
        "保证金最晚什么时候之前要交",
        "is there a deadline for paying the deposit once approved",
        "付完保证金几天后店铺能开",
        "how many days after the deposit until our shop is live?",
    ],
)
def test_a_time_the_guide_never_gives_is_declined(question: str) -> None:
    text, declined, _ = _ask(question)
    assert declined
    assert "转人工" in text or '"human"' in text


def test_the_shop_opening_time_quotes_step_7() -> None:
    text, declined, _ = _ask("交完押金多少天能开店")
    assert declined and "店铺开通" in text and "没有写明具体需要几天" in text


@pytest.mark.parametrize(
    "question",
    ["2021年4月之后佣金费率是多少", "2022年以后还有佣金减免吗", "what is the commission rate now?"],
)
def test_the_rate_after_the_policy_is_declined_with_the_period(question: str) -> None:
    text, declined, topic = _ask(question)
    assert declined and topic == "commission.period"
    assert "2021" in text


def test_the_policy_period_itself_stays_answered() -> None:
    for question in ("佣金减免政策什么时候截止", "until when is the discount policy valid?"):
        _, declined, topic = _ask(question)
        assert not declined and topic == "commission.period"


# --- another cloud as the vendor's background ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "We already sell on AWS Marketplace. How much is the deposit for the API market here?",
            "30,000",
        ),
        ("我们在华为云上也有产品，想入驻安全市场，保证金多少？", "30,000"),
        ("Our product is on Azure too. What are the steps to join this marketplace?", "Step"),
        ("之前在腾讯云市场卖过，这边入驻流程是怎样的", "实名认证"),
    ],
)
def test_another_cloud_told_as_background_leaves_the_question_answered(
    question: str, expected: str
) -> None:
    text, declined, _ = _ask(question)
    assert not declined
    assert expected in text


@pytest.mark.parametrize(
    "question",
    [
        "腾讯云市场的佣金是多少",
        "is AWS Marketplace cheaper than yours?",
        "我们同时在腾讯云上架，阿里云这边有排他条款吗",
        "can we sell the same app on azure marketplace at the same time",
    ],
)
def test_a_question_about_another_cloud_stays_declined(question: str) -> None:
    _, declined, _ = _ask(question)
    assert declined


# --- several questions in one message ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "想问三个问题：1）建站市场注册资金要多少？2）建站市场佣金第一档多少？3）保证金交多少？",
            ("100万", "20%", "30,000"),
        ),
        (
            "第一，API市场要几年经验？第二，API市场保证金多少？",
            ("一年", "30,000"),
        ),
        (
            "What are the first-tier commission rates for Security and IoT, and what would the"
            " deposit for both come to?",
            ("10%", "0%", "60,000"),
        ),
        (
            "我们准备入驻企业应用市场。一、客服要做到5x8还是7x24？二、执照要满几年？",
            ("5×8", "满 2 年"),
        ),
    ],
)
def test_every_question_of_a_message_is_answered(question: str, expected: tuple[str, ...]) -> None:
    text, declined, _ = _ask(question)
    assert not declined
    for fact in expected:
        assert fact in text, fact
    assert len(text) <= 900


def test_a_follow_up_leaning_on_the_figures_is_not_split() -> None:
    text, _, _ = _ask(
        "Basic Software, 300k direct + 100k via distribution. Which tier, and how much commission?"
    )
    assert "15,000" in text  # 300,000 × 5 %, computed from the figures, not a rate table


# --- no topic menu ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "we sent in the application last week, how do we know if it moves forward? will someone phone us?",
        "申请交了以后怎么知道进展，会有人打电话吗",
    ],
)
def test_a_clear_lead_is_answered_not_a_topic_menu(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "process.review"
    assert "我不太确定" not in text and "not sure which" not in text


def test_nothing_close_in_the_guide_is_declined_with_the_closest_topics() -> None:
    from bot.answers import _not_found
    from bot.answers.knowledge import entry_by_id

    reply = _not_found([entry_by_id()["contact"], entry_by_id()["deposit.amount"]], "zh")
    assert reply.out_of_scope and reply.suggestions and "转人工" in reply.text


# --- facts and words routed to their topic -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "9月30日下单10月2日结算的订单算哪个月的佣金",
        "is an order counted in the month it was placed or the month it settled?",
    ],
)
def test_the_month_an_order_counts_in(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "commission.month"
    assert "10月" in text or "settle" in text


@pytest.mark.parametrize(
    "question",
    [
        "营业执照还没下来，能先拿个人实名认证的账号申请吗",
        "公司刚注册，可以用个人实名的账号先提交入驻吗",
    ],
)
def test_personal_verification_is_the_verification_step(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "process.realname"
    assert "企业实名认证" in text


@pytest.mark.parametrize(
    "question",
    ["我们是新成立的公司，入驻前要先看哪些规范", "新公司，入驻前有什么须知吗"],
)
def test_rules_to_read_are_the_notice_not_a_licence_condition(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "notice.management_rules"


@pytest.mark.parametrize(
    "question",
    [
        "Y20框架协议有效期几年，到期要续签吗",
        "how long is the marketplace agreement valid for, do we renew it?",
    ],
)
def test_a_contract_term_is_unstated(question: str) -> None:
    _, declined, _ = _ask(question)
    assert declined


@pytest.mark.parametrize(
    "question",
    ["合同编号 SH2021-0301-0077 什么时候到期", "case HZ-2020-11-0091, is it approved yet?"],
)
def test_a_code_with_short_digit_groups_is_a_look_up(question: str) -> None:
    _, declined, _ = _ask(question)
    assert declined


@pytest.mark.parametrize(
    "question",
    [
        "阿里云云市场是哪一年上线的",
        "云市场现在的负责人是谁",
        "we're a Hong Kong company with no mainland entity, can we join?",
        "paypal ok for the deposit?",
        "能推荐一家律所帮我们看合同吗",
    ],
)
def test_more_questions_outside_the_guide(question: str) -> None:
    _, declined, _ = _ask(question)
    assert declined


def test_the_brand_name_does_not_pull_to_step_one() -> None:
    text, declined, topic = _ask(
        "For the Alibaba Cloud Marketplace, what are all the steps until our shop is live?"
    )
    assert not declined and topic == "process.overview"


# --- what the guide leaves open, asked in its own words --------------------------------------


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("申请没通过会说明原因吗", "没有写明审核不通过的原因"),
        ("why was our application rejected, can we appeal?", "how to appeal"),
        ("5*8小时包括周末吗", "没有说明具体是哪几个小时"),
        ("does 7x24 mean someone online on holidays too?", "does not define"),
        ("押金不小心交错市场了怎么办", "交错"),
        ("社保缴费表需要提供最近几个月的", "几个月"),
        ("执照年限从发证日期算还是成立日期算", "成立日期还是发证日期"),
    ],
)
def test_what_the_guide_leaves_open_is_said_with_a_hand_off(question: str, says: str) -> None:
    text, declined, _ = _ask(question)
    assert declined and says in text


@pytest.mark.parametrize(
    "question",
    [
        "一个账号可以开几家店",
        "入驻后还能改成别的市场吗",
        "do you offer onboarding training for new sellers?",
        "is there a mobile app for managing our store",
    ],
)
def test_running_the_shop_after_joining_is_not_in_the_guide(question: str) -> None:
    text, declined, topic = _ask(question)
    assert declined and topic == "gap.shop_operations"


@pytest.mark.parametrize(
    "question",
    # An annual fee by name is a fee the guide never names: declined with the two costs it does
    # name (tests/bot/answers/test_fix11a.py), as holdout10 n=170 expects.
    ["any hidden fees apart from the deposit?", "入驻总共要花哪些钱"],
)
def test_what_joining_costs(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "fees.overview"
    assert "30,000" in text


@pytest.mark.parametrize(
    "question",
    [
        "营业执照上的公司名称变了，账号里怎么改公司名称",
        "how do we update the company name on our account",
    ],
)
def test_changing_the_account_holder_is_declined(question: str) -> None:
    _, declined, _ = _ask(question)
    assert declined


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("建站市场第三档多少", "10%"),
        ("安全市场第一档是多少", "10%"),
        ("website market tier 2?", "15%"),
    ],
)
def test_a_markets_tier_is_its_rate_in_that_tier(question: str, expected: str) -> None:
    text, declined, _ = _ask(question)
    assert not declined and expected in text


def test_one_rate_or_brackets_is_the_tier_rule() -> None:
    text, _, topic = _ask("is the whole month charged at one rate, or in brackets?")
    assert topic == "commission.tiers" and "not marginal brackets" in text


def test_marketing_capability_named_in_other_words() -> None:
    text, _, _ = _ask("服务市场对营销能力有要求吗")
    assert "营销策划" in text and "注册资金" not in text


@pytest.mark.parametrize(
    "question",
    [
        "帮我们写一段商品介绍文案吧",
        "could you draft the product description for our listing",
        "给买家的发票怎么开",
        "how do we invoice our customers for marketplace orders?",
        "货款多久能打到我们账户",
        "where can I see last month's commission statement?",
        "今年的云市场服务商大会在哪里开",
        "阿里云国际站的云市场能入驻吗",
        "RDS的SLA承诺是多少",
        "佣金能不能谈低一点",
        "can we negotiate a lower commission rate?",
        "保证金能用代金券抵吗",
        "零售通保证金能少交一点吗",
    ],
)
def test_still_more_questions_outside_the_guide(question: str) -> None:
    _, declined, _ = _ask(question)
    assert declined


@pytest.mark.parametrize(
    "question",
    ["订单 #77120 为什么扣了这么多佣金", "our order #55012 was charged 10%, why?"],
)
def test_a_hash_number_is_one_record(question: str) -> None:
    text, declined, _ = _ask(question)
    assert declined and ("查不了" in text or "cannot look up" in text)


def test_a_credit_code_and_its_label_name_no_condition() -> None:
    text, declined, _ = _ask("统一社会信用代码 91330106MA27XYZ123，能入驻建站市场吗")
    assert not declined and "注册资金" in text and "客服" in text  # the full conditions


@pytest.mark.parametrize(
    "question",
    [
        "想卖SaaS，进哪个市场好",
        "我们是做小程序开发的外包公司，适合哪个市场",
        "we build chat bots, which market fits us?",
    ],
)
def test_which_market_with_no_clear_fit_lists_the_markets(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic in ("markets.overview", "computed.which_markets")
    assert "佣金" not in text.split("（出处")[0] and "deposit is per market" not in text


@pytest.mark.parametrize(
    "question",
    [
        "is there an exam or certifcation for the new retail market",
        "devops market certificaton needed?",
    ],
)
def test_a_misspelt_certification_is_the_markets_certification(question: str) -> None:
    text, declined, _ = _ask(question)
    assert not declined and "certification" in text.lower()


def test_an_alibaba_com_international_account_is_the_retail_link_condition() -> None:
    text, declined, _ = _ask("我们只有阿里巴巴国际站的账号，没有中国站账号，零售通能进吗")
    assert not declined and "不能" in text and "中国站" in text


@pytest.mark.parametrize(
    "question", ["佣金是按月收还是每单收", "is commission charged per order or per month?"]
)
def test_commission_per_order_or_per_month(question: str) -> None:
    text, declined, topic = _ask(question)
    assert not declined and topic == "commission.overview"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "We want to list our tools in the API market and the IoT market. What is the total deposit?",
            "60,000",
        ),
        ("我们想上架安全市场和建站市场的商品，保证金一共多少", "60,000"),
    ],
)
def test_a_total_deposit_asked_beside_listing_words_is_the_sum(
    question: str, expected: str
) -> None:
    text, declined, _ = _ask(question)
    assert not declined and expected in text
