"""Round 11 answer routing, facts and declines: each class with paraphrases of our own that the
old code got wrong (holdout10's judged misses, dev11's first-score misses)."""

from __future__ import annotations

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    "question",
    [
        "Please check the commission refund for order 2020110512345.",
        "Can you check the status of my onboarding application? My Aliyun UID is 1234567890123456.",
        "帮我查一下服务商ID 300045 上个月的结算单",
        "我们公司的入驻申请编号 RZ20201188，现在审核到哪一步了？",
        "Could you look up the settlement statement for vendor id 300045?",
    ],
)
def test_a_look_up_of_the_vendors_own_record_is_handed_off(question: str) -> None:
    """An identifier at the end of a sentence ("order 2020110512345.") is still an identifier,
    and a statement or an application named by its number is a record only staff can see."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "入驻以后每年还要交年费吗？",
        "除了保证金还要交年费吗",
        "Is there an annual fee once we are listed?",
        "上架商品要交上架费吗",
        "Do we pay a monthly subscription fee to the marketplace?",
    ],
)
def test_a_fee_the_guide_never_names_is_declined_with_the_two_it_names(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "30,000" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "阿里云ACP认证考试怎么报名，多少钱",
        "ACP考试难不难，在哪考？",
        "How do I sign up for the ACP exam and what does it cost?",
        "Is there training to prepare our engineer for the ACP exam?",
    ],
)
def test_the_acp_exam_itself_is_declined(question: str) -> None:
    """The guide only requires an ACP holder (解决方案市场); the exam is not in it."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "ACP" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "2022年的平台佣金政策是怎样的？",
        "2023年的抽成比例还是一样吗",
        "What is the commission policy for 2023?",
        "2022年佣金怎么收",
    ],
)
def test_a_later_years_policy_is_declined_with_the_period(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "2021" in reply.text and "03-31" in reply.text.replace("3月31日", "03-31")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "文档的法律声明里，阿里云对这份入驻文档内容的准确性、完整性有没有做任何保证？",
            "不作任何",
        ),
        (
            "If we rely on this onboarding document and lose money because the document had an "
            "error, is Alibaba Cloud liable according to its legal notice?",
            "not liable",
        ),
        ("这份指南写错了导致我们有损失，阿里云负责吗", "不承担"),
        (
            "文档里写着本文档内容是阿里云的保密信息，那我们能不能把这份入驻指南转发给合作的代理公司？",
            "事先书面同意",
        ),
        ("Can we share the onboarding guide with our reseller partner?", "prior written consent"),
    ],
)
def test_the_legal_notice_is_answered(question: str, says: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope and says in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Is there an English version of the marketplace agreement?",
        "云市场协议有英文版吗",
        "结算款每个月几号打到我们账上？",
        "我的钉钉号是13800001111，帮我拉进服务商群",
        "镜像商品上架前要过什么安全扫描？审核标准是什么？",
        "Will our image be security scanned before listing?",
    ],
)
def test_what_the_guide_does_not_cover_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("物联网一个月卖100万 抽多少佣", "0%"),
        ("建站一个月卖了30万，平台扣几个点", "15%"),
        ("服务市场卖50万平台拿几成", "3%"),
        ("Website market, 300k in a month, how much do you take?", "15%"),
    ],
)
def test_every_way_of_naming_the_platforms_cut_is_commission(question: str, says: str) -> None:
    reply = answer(question)
    assert "佣金" in reply.text or "commission" in reply.text.lower(), reply.text
    assert says in reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("签合同之前要先完成哪些？", "审核"),
        ("交保证金之前需要做好哪些", "第4步"),
        ("What do we need to complete before signing the contracts?", "review"),
        ("申请入驻前要先做什么", "实名认证"),
    ],
)
def test_what_comes_before_a_step_lists_every_earlier_step(question: str, says: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope and says in reply.text, reply.text
    assert "1" in reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我还没做企业实名认证，能不能直接先申请入驻？", "不能"),
        ("没有完成企业实名认证可以申请入驻吗", "不能"),
        ("We haven't done the real-name verification yet. Can we apply already?", "No"),
        ("还没注册阿里云账号，能先做企业实名认证吗", "不能"),
    ],
)
def test_a_later_step_with_an_earlier_one_not_done_is_a_no(question: str, says: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(says), reply.text


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("在哪能看到每个市场的介绍和入驻要求啊", "process.apply"),
        ("哪里可以查看建站市场的详细介绍", "process.apply"),
        ("where can I read each market's introduction and requirements?", "process.apply"),
        ("Where can I check how my application is going?", "process.review"),
        ("Where do I find out how our application is progressing?", "process.review"),
        ("what's the very first thing I need to do?", "process.account"),
    ],
)
def test_where_to_look_and_what_to_do_first_are_answered(question: str, topic: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope and reply.topic == topic, (reply.topic, reply.text)


@pytest.mark.parametrize(
    "question",
    [
        "Can Alibaba change or cut short the commission policy? Would we be told?",
        "Could Alibaba Cloud cut short the discount policy?",
        "阿里云能不能随时改佣金政策？会提前通知吗",
        "佣金政策会不会提前结束",
    ],
)
def test_whether_alibaba_may_change_the_policy_is_answered(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "次月" in reply.text or "following month" in reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("费率表里写的“网站建设”，跟建站市场是一回事吗？", "是的"),
        ('Is "服务&代维" in the rate table the same as the Service market?', "Yes"),
        ("佣金表里的“企业应用”就是企业应用市场吗", "是的"),
    ],
)
def test_a_rate_table_row_named_as_a_market_is_the_same(question: str, says: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(says) and "%" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        'The guide says "先默认按照第1档位收取平台佣金，次月初再核算". What does that mean for us?',
        'What does "Y20阿里云合作伙伴框架协议" refer to, and at which step is it signed?',
        "The table says '第3档50万元（含）及以上'. Is exactly 500,000 in tier 3?",
        "Our contract mentions “云市场平台服务协议” — do all markets require accepting it?",
    ],
)
def test_an_english_question_quoting_the_guides_chinese_is_answered_in_english(
    question: str,
) -> None:
    assert answer(question).lang == "en"


@pytest.mark.parametrize(
    ("question", "market"),
    [
        (
            "We make an ERP SaaS for small manufacturers (sales, production, finance). Which market?",
            "Enterprise Application",
        ),
        ("我们做销售管理和财务软件，进哪个市场", "企业应用"),
        (
            "Our product is a pre-installed runtime environment image for ECS servers. Which market?",
            "Basic Software",
        ),
        ("我们想把自家的天气数据接口卖给开发者，按调用次数计费，进哪个市场？", "API市场"),
        ("我们有一个快递查询接口，按次收费，放哪个市场", "API市场"),
    ],
)
def test_money_words_inside_what_the_vendor_sells_ask_which_market(
    question: str, market: str
) -> None:
    """Sales, finance, weather or billing per call describe the product; the question is which
    market fits (the first market named is the best match)."""
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    first = (
        reply.text.split("\n")[1] if reply.text.startswith(("按指南", "From the")) else reply.text
    )
    assert market in first, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "which one has the higher deposit",
        "Which has the larger deposit?",
        "which deposit is cheaper",
        "保证金哪个贵",
    ],
)
def test_deposits_compared_are_answered_with_the_amounts(question: str) -> None:
    reply = answer(question)
    assert "50,000" in reply.text and "30,000" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "Three questions: 1) how many markets are there, 2) which one has the higher "
            "deposit, 3) how much is it?",
            "50,000",
        ),
        ("第一，零售通保证金多少？第二，能分期吗？第三，什么时候交？", "审核"),
        ("1) 建站市场保证金多少？2) 什么时候交？", "审核"),
    ],
)
def test_every_part_of_a_numbered_message_is_answered_within_one_reply(
    question: str, says: str
) -> None:
    """A part leaning on an earlier one ("how much is it?", "什么时候交") is read with it, and
    the numbered reply fits one message with its source line."""
    from bot.answers.model import MAX_ANSWER_CHARS

    reply = answer(question)
    assert says in reply.text and len(reply.text) <= MAX_ANSWER_CHARS, reply.text


@pytest.mark.parametrize(
    "question",
    ["零售通市场 保证金 什么时候交？", "建站市场的保证金什么时候交", "安全市场押金啥时候交"],
)
def test_when_a_named_markets_deposit_is_paid_is_its_place_in_the_steps(question: str) -> None:
    reply = answer(question)
    assert "审核" in reply.text and "第5步" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "客户案例要提供几个才够？",
        "How many customer references do we need for the IoT market?",
        "营业执照扫描件需要加盖公章吗",
        "Do the license scans need a company stamp?",
    ],
)
def test_a_detail_the_guide_leaves_open_is_declined(question: str) -> None:
    """The number of customer cases, stamps on the scans: the guide names the condition only."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "这份文档能翻译成英文发给海外同事吗",
        "Can I forward this guide to my partner company?",
        "指南可以发给外包公司看吗",
    ],
)
def test_passing_the_guide_on_is_the_legal_notices_confidentiality(question: str) -> None:
    reply = answer(question)
    assert reply.topic == "legal.confidential", reply.text


@pytest.mark.parametrize(
    "question",
    ["2024年建站市场抽成多少", "What's the commission for website building in 2025?"],
)
def test_a_later_years_rate_for_a_market_is_declined_with_the_guides_rates(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope and "20%" in reply.text, reply.text
    assert "2,025" not in reply.text


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("deposit refund process?", "deposit.refund"),
        ("how do I get a refund of the deposit", "deposit.refund"),
        ("保证金退款流程是什么", "deposit.refund"),
    ],
)
def test_a_deposit_refund_is_never_a_customers_order_refund(question: str, topic: str) -> None:
    assert answer(question).topic == topic


@pytest.mark.parametrize(
    "question",
    ["我们公司在香港注册的可以入驻吗", "公司是在新加坡注册成立的，能入驻云市场吗"],
)
def test_a_company_registered_outside_the_mainland_is_declined(question: str) -> None:
    assert answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "申请被驳回了怎么办",
        "Our application got rejected. Why?",
        "Do you help us with marketing once we're listed?",
        "Is the onboarding agreement negotiable?",
        "佣金发票怎么开",
        "Can I get an invoice for the commission?",
        "保证金可以用公司对公账户转账吗",
        "Can we pay the deposit by bank transfer?",
        "签合同需要盖章吗",
    ],
)
def test_what_the_guide_leaves_open_around_its_topics_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


def test_the_deposit_receipt_is_still_answered() -> None:
    reply = answer("保证金可以开发票吗")
    assert not reply.out_of_scope and "收据" in reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Before we sign the contracts, what needs to be done?", "step 3"),
        ("Can we skip real-name verification and apply directly?", "No"),
        ("能跳过实名认证直接申请入驻吗", "不能"),
    ],
)
def test_skipping_a_step_or_what_comes_before_it(question: str, says: str) -> None:
    assert says in answer(question).text.split("\n")[0]


def test_changing_our_own_rate_is_not_the_policy_clause() -> None:
    assert answer("Can you change our commission rate?").out_of_scope
    policy = answer("Can Alibaba Cloud change the commission rates during the policy period?")
    assert policy.topic == "commission.adjust"


@pytest.mark.parametrize(
    "question",
    [
        "查一下我们店铺上个月的销售额",
        "What was our total settlement in October? Vendor ID 100234",
        "手机13912345678，帮我开通店铺",
        "Could you submit the application for us?",
    ],
)
def test_the_vendors_own_figures_or_a_step_done_for_them_are_handed_off(question: str) -> None:
    assert answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    ["查一下我们上个月卖了30万，佣金多少", "帮我生成工单", "帮我们算一下佣金，建站30万"],
)
def test_what_the_bot_can_do_itself_is_still_answered(question: str) -> None:
    reply = answer(question)
    assert reply.confident, reply.text


@pytest.mark.parametrize(
    "question",
    ["多久核算一次佣金", "How often is the commission settled?", "佣金多久返还一次"],
)
def test_how_often_the_commission_is_settled(question: str) -> None:
    assert answer(question).topic == "commission.prepay_refund"


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "您好！我们是一家做SaaS的公司，成立快4年了，注册资本300万，技术加客服一共35人。我们想同时"
            "入驻企业应用市场和API市场，请问交完保证金后，工单问题描述里的金额应该怎么写？",
            "陆万",
        ),
        (
            "We're a 30-person company with 5M capital joining Security and IoT. What amount goes "
            "in the ticket description?",
            "陆万",
        ),
        ("公司注册资金200万，要进建站和零售通，工单金额大写怎么写", "捌万"),
    ],
)
def test_the_ticket_text_asked_beside_company_facts_is_the_ticket(
    question: str, amount: str
) -> None:
    assert amount in answer(question).text


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("保证金的作用是什么", "deposit.before_listing"),
        ("为什么要交保证金", "deposit.before_listing"),
        ("What's the fund management category for?", "process.ticket"),
        ("I clicked submit, now what?", "computed.order"),
        ("We paid the deposit, now what?", "computed.order"),
    ],
)
def test_what_a_thing_is_for_and_what_comes_next(question: str, topic: str) -> None:
    reply = answer(question)
    assert reply.topic == topic and not reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("你们是谁", "greeting"),
        ("你能帮我做什么", "greeting"),
        ("What can you help me with?", "greeting"),
        ("What is the Alibaba Cloud Marketplace?", "markets.overview"),
        ("云市场是什么", "markets.overview"),
    ],
)
def test_who_the_bot_is_and_what_the_marketplace_is(question: str, topic: str) -> None:
    reply = answer(question)
    assert reply.topic == topic and not reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Are 售后技术服务 and 客服在线服务 the same?",
        "Which is cheaper, 零售通 or 建站?",
        "Does 零售通 need a 钉钉 account?",
    ],
)
def test_an_english_sentence_naming_chinese_terms_is_answered_in_english(question: str) -> None:
    assert answer(question).lang == "en"


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ('"服务&代维" 指的是服务市场吗', "是的"),
        ('Does "网站建设" in the rate table refer to the Website market?', "Yes"),
    ],
)
def test_a_name_asked_to_refer_to_a_market_is_the_same(question: str, says: str) -> None:
    assert answer(question).text.startswith(says)


@pytest.mark.parametrize(
    "question", ["我们只有10个人，能进哪个市场", "公司5个人，哪些市场可以申请"]
)
def test_a_head_count_asked_with_which_markets_is_the_team_size(question: str) -> None:
    reply = answer(question)
    assert "零售通" in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("We already have an Alibaba Cloud account. What comes next?", "step 2"),
        ("我们的申请已经审核通过了，接下来要做什么？", "第4步"),
        ("保证金已经交了，还需要做什么才能开店？", "第6步"),
        ("Our deposit is paid and the ticket submitted. When can we start selling?", "step 7"),
    ],
)
def test_the_step_after_the_last_one_said_done(question: str, says: str) -> None:
    reply = answer(question)
    assert says in reply.text.split("\n")[0], reply.text
    assert "先等审核" not in reply.text


def test_the_deposit_asked_beside_the_companys_facts_is_answered() -> None:
    reply = answer(
        "你好，我们是杭州一家做企业网站建设的公司，成立三年了，想了解一下入驻建站市场的保证金是多少？"
    )
    assert "3万元" in reply.text or "30,000" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["申请入驻要收费吗", "入驻是免费的吗", "Is joining free?", "入驻费用多少"]
)
def test_what_joining_costs_is_answered_with_the_two_costs(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope and "30,000" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Can we list the same product in two markets?",
        "同一个产品能在两个市场上架吗",
        "Can we change our market after joining?",
        "审核标准是什么",
        "What is the review standard for applications?",
        "Where can I read the full text of the 云市场协议?",
        "How do I handle a customer complaint after a sale?",
    ],
)
def test_what_the_guide_leaves_open_after_or_behind_the_steps_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert not reply.text.startswith(("Yes", "是的")), reply.text


def test_two_names_asked_to_be_one_are_still_the_same_thing() -> None:
    assert answer("Is Retail Link the same as 零售通?").text.startswith("Yes")
    assert answer("押金和保证金是一个意思吗").text.startswith("是的")


@pytest.mark.parametrize(
    "question", ["第二档是多少", "第2档是多少钱", "What's tier 2?", "第三档是什么"]
)
def test_a_tier_asked_by_its_number_is_its_band(question: str) -> None:
    """Not the legal notice: 文档 in its title once read as the tier word 档."""
    assert answer(question).topic == "commission.tiers"
