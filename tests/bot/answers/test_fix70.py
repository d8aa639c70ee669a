"""Round 55 (session 60): black-box s70 D3 and D18 on the answers' side
(docs/evaluation/black_box_s70/report.md)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.product_parts import markets_asking_mature_product, software_without_hardware

DAY = date(2026, 12, 7)


def test_which_lines_ask_hardware_come_from_the_guide() -> None:
    assert markets_asking_mature_product() == {"software": False, "security": False, "iot": True}


@pytest.mark.parametrize(
    ("said", "split"),
    [
        ("软件都有，但是物联网硬件我们不做", True),
        ("software only, we don't do hardware", True),
        ("we have mature software but no hardware", True),
        ("纯软件", True),
        ("是", False),
        ("没有硬件", False),
        ("有，软件和硬件都有", False),
    ],
)
def test_software_without_hardware(said: str, split: bool) -> None:
    assert (software_without_hardware(said) is not None) is split


def test_software_only_is_no_for_iot_and_quoted_for_security() -> None:
    # D3 on the answers' side: "指南对安全市场没有成熟、稳定的产品要求" — it has one.
    text = answer("我们只有软件没有硬件，能进物联网市场和安全市场吗", today=DAY).text
    assert text.startswith("物联网市场：不能；安全市场：这一项不要求硬件。")
    assert "没有成熟、稳定的产品要求" not in text
    assert "（原文：能提供基于用户需求的成熟、稳定的安全软件。）→ 这一项不要求硬件" in text


def test_software_only_in_english() -> None:
    text = answer(
        "we only do software, no hardware. can we join the IoT market and the security market?",
        today=DAY,
    ).text
    assert text.startswith("IoT Market: no; Security Market: no hardware asked.")
    assert "sets no mature product requirement" not in text


@pytest.mark.parametrize(
    "question", ["镜像交付是啥意思", "镜像交付是什么意思", "镜像交付指的是什么"]
)
def test_image_delivery_is_explained(question: str) -> None:
    # D18: out of scope (and "是什么意思" got the commission rule).
    text = answer(question, today=DAY).text
    assert text.startswith(
        "基础软件市场及安全市场都列了这一条，原文是：“能部署在ECS实例上通过镜像形式交付给用户。”"
    )
    assert "• 基础软件市场：“为用户提供镜像及相关服务，通过预装集成环境及软件" in text
    assert "指南没有更多解释" not in text


def test_image_delivery_in_english() -> None:
    text = answer("what does delivered as an image mean", today=DAY).text
    assert "It provides users with images and related services" in text
    assert "explains it no further" not in text


# holdout91's wrongs (docs/evaluation/holdout91_judgement.md), mended after its first score.


def test_the_lowest_rate_asked_with_a_case_supposed() -> None:
    # #21: "要是卖得好" read as selling advice (declined).
    text = answer("企业应用要是卖得好，最低能到多少费率？要卖到多少", today=DAY).text
    assert text.startswith("企业应用市场的费率最低是 3%：第3档（50万元（含）及以上）。")
    assert "不在云市场服务商入驻指南的范围内" not in text
    assert answer("怎么才能卖得好", today=DAY).out_of_scope


def test_no_marketing_department_is_a_lack() -> None:
    # #107: the lines listed, no verdict.
    text = answer(
        "服务市场要营销策划能力？我们纯技术团队没有市场部，这条算不满足吧", today=DAY
    ).text
    assert text.startswith("不能：这一条是入驻条件，按您说的情况不满足。")


def test_engineers_holding_the_elastic_computing_acp() -> None:
    # #108: the rule restated, no yes.
    text = answer(
        "Solutions market: we have 2 engineers holding the Elastic Computing ACP — does that "
        "meet the engineer requirement?",
        today=DAY,
    ).text
    assert text.startswith("Yes on this point: the condition is met.")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "新零售和开发运维这两个市场有啥共同的特殊要求？",
            "新零售市场及开发运维市场共同的特殊要求（其他市场都没有）：完成阿里云官方生态体系资质评估和认证；"
            "产品已完成联合解决方案或 SaaS 化上云改造等。",
        ),
        (
            "what special requirements do new retail and devops share?",
            "What New Retail Market and DevOps Market both require and no other market does: "
            "completed Alibaba Cloud's ecosystem partner assessment and certification; the "
            "product has a joint solution or SaaS cloud migration done.",
        ),
    ],
)
def test_shared_special_requirements_first(question: str, head: str) -> None:
    # #137: the ten shared conditions, none picked out.
    assert answer(question, today=DAY).text.startswith(head)


def test_the_step_after_the_review_passed() -> None:
    # #163: "这是第3步" and "先等审核" first.
    text = answer("审核通过以后接下来是哪一步", today=DAY).text
    assert text.startswith("第3步（申请入驻云市场）之后是第4步：签署云市场合同")


@pytest.mark.parametrize(
    "question",
    [
        "Our ECS instance CPU is stuck at 100% all day, how do I troubleshoot it?",
        "ECS实例CPU一直100%怎么排查",
    ],
)
def test_a_servers_own_trouble_is_declined(question: str) -> None:
    # #200: the onboarding contacts.
    assert answer(question, today=DAY).out_of_scope


def test_open_markets_that_set_no_such_condition() -> None:
    # black-box s65 D22: "其他列出的市场这几项都满足" of markets never listed.
    text = answer("公司成立还不到一年，能入驻哪些市场", today=DAY).text
    assert text.startswith(
        "按您给的几项（营业执照年限不到1年），不受影响、可以考虑的市场：API市场、物联网市场。"
        "它们对这些方面都没有要求。\n"
    )


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "Is the 3% applied to the whole 500k or only the part above the threshold?",
            "The whole amount, not charged in brackets:",
        ),
        ("3%是按全部50万算还是只算超过的部分？", "不是分段计算，按全部金额："),
        (
            "so which period applies to an order settled on April 2 2021?",
            "None the guide gives: its policy period runs from 2016-11-17 to 2021-03-31",
        ),
        ("is an order settled on April 2 2021 in the policy period?", "No: the policy period"),
    ],
)
def test_either_or_and_which_get_no_bare_no(question: str, head: str) -> None:
    # black-box s64 D18: "No" first to an either/or and to a "which".
    assert answer(question, today=DAY).text.startswith(head)


# Review 60 (docs/evaluation/diff_review_round55.md) and holdout92's wrongs.


def test_no_software_and_no_hardware_is_no_software_line() -> None:
    # R1 on the answers' side: "软件成熟、稳定即可" to a vendor with no software.
    text = answer("我们不做软件，也没有硬件，能进物联网和安全市场吗", today=DAY).text
    assert "软件成熟、稳定即可" not in text


@pytest.mark.parametrize(
    "question", ["想在云市场卖得好的话应该怎么做", "软件在云市场卖得好的话有什么诀窍"]
)
def test_selling_advice_is_still_declined(question: str) -> None:
    # R5.
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "does the Service Market cover ECS troubleshooting services?",
        "what does 7x24 after-sales mean if a customer's ECS instance crashes at 3am?",
    ],
)
def test_support_and_service_questions_are_not_declined(question: str) -> None:
    # R6.
    assert not answer(question, today=DAY).text.startswith("Sorry, that is outside")


@pytest.mark.parametrize(
    "question",
    [
        "安全市场每月有最低佣金吗？没卖出去也要交吗",
        "Is there a minimum commission we have to pay each month in the security market, even with no sales?",
        "what is the minimum fee to join the security market?",
    ],
)
def test_a_minimum_charge_is_no_lowest_rate(question: str) -> None:
    # R8.
    text = answer(question, today=DAY).text
    assert "费率最低是" not in text and "lowest rate is" not in text


def test_two_different_lines_are_no_shared_special_requirement() -> None:
    # R9: 建站's 阿里云产品 and 物联网's 阿里云IoT产品.
    assert "共同的特殊要求" not in answer("建站和物联网市场有什么共同的特殊要求", today=DAY).text


@pytest.mark.parametrize(
    "question",
    [
        "新零售和开发运维这两个市场有啥别的市场没有的要求？",
        "which requirements are unique to new retail and devops?",
    ],
)
def test_unique_requirements_picked_out(question: str) -> None:
    # N6.
    text = answer(question, today=DAY).text
    assert text.startswith(
        (
            "新零售市场及开发运维市场共同的特殊要求",
            "What New Retail Market and DevOps Market both require",
        )
    )


@pytest.mark.parametrize(
    "question",
    [
        "Solutions market: we have 2 engineers with the Elastic Computing ACP — does that meet the engineer requirement?",
        "Solutions market: 2 of our engineers have the Elastic Compute ACP certification, does that meet the engineer requirement?",
    ],
)
def test_acp_holders_said_with_have_or_with(question: str) -> None:
    # N2.
    assert answer(question, today=DAY).text.startswith("Yes on this point: the condition is met.")


@pytest.mark.parametrize(
    "question",
    [
        "服务市场要营销策划能力？我们纯技术团队没有市场人员，这条算不满足吧",
        "服务市场要营销策划能力？我们公司市场部都没有，这条算不满足吧",
    ],
)
def test_no_marketing_people_is_a_lack(question: str) -> None:
    # N3.
    assert answer(question, today=DAY).text.startswith(
        "不能：这一条是入驻条件，按您说的情况不满足。"
    )


def test_a_rule_asked_of_us_states_nothing_of_ours() -> None:
    # holdout92 #42: "from what you say, you meet it".
    text = answer(
        "does 解决方案市场 require us to be able to integrate with the marketplace API?", today=DAY
    ).text
    assert "you meet it" not in text and text.startswith("Yes.")


def test_not_only_the_item_asked_as_the_only_one() -> None:
    # holdout92 #68: "是的".
    text = answer("安全市场是不是只收网络安全类的产品？我们是做数据安全的", today=DAY).text
    assert text.startswith(
        "不是只有网络安全：安全市场的介绍里列有网络安全、应用安全、数据安全、安全管理、业务安全。"
    )


def test_the_total_deposit_asked_at_the_same_time() -> None:
    # holdout92 #112: "at the same time" read as a comparison.
    text = answer(
        "planning to join 零售通 and the Service market at the same time. what's the total deposit?",
        today=DAY,
    ).text
    assert text.startswith("Deposit for Retail Link Market + Service Market: 80,000 yuan")


def test_what_a_market_charges_is_its_commission() -> None:
    # holdout92 #134: the API market's description.
    text = answer(
        "Two things: what's the tier-1 commission rate for 建站, and what does the API market charge?",
        today=DAY,
    ).text
    assert "API Market's commission rate is 0% in every tier" in text


def test_the_ticket_template_carries_the_markets_amount() -> None:
    # holdout92 #138: the template's 叁万 for 零售通.
    text = answer(
        "for 零售通: which ticket category do I pick for the deposit ticket, and what amount goes "
        "in the description in 大写?",
        today=DAY,
    ).text
    assert "入驻云市场已缴纳保证金伍万元，请转财务" in text
    assert "入驻云市场已缴纳保证金叁万元" not in text


def test_the_ticket_filed_is_the_joining_done() -> None:
    # holdout92 #163: "还没有完", step 7 as a further step, and a bare "第7步。".
    text = answer("工单提交完之后就算入驻完成了吗？什么时候能上架", today=DAY).text
    assert text.startswith("是的：第7步不是另一项操作")
    assert "第7步。" not in text


def test_todays_orders_are_this_month() -> None:
    # holdout92 #65: the figures first, the policy's end last.
    text = answer("今天成交的建站订单三十万，还能按那个20%/15%/10%的阶梯来收吗", today=DAY).text
    assert text.startswith("本月（2026年12月）不在指南的佣金政策期间内")


def test_no_commission_said_with_its_period() -> None:
    # black-box s71 D21: "不收" read as today's fee.
    assert answer("API市场抽成吗", today=DAY).text.startswith(
        "不收：API市场各档的佣金比例都是 0%（指南优惠政策期间的费率）。"
    )


def test_distribution_above_the_total_in_plain_amounts() -> None:
    # black-box s71 D22: raw numbers and a "我不太确定" hand-off.
    found = answer("数据智能市场2020年6月 交易额120万 其中分销130万", today=DAY)
    assert found.text.startswith(
        "无法计算：分销金额 130万元（1,300,000元） 大于总额 120万元（1,200,000元）。"
    )
    assert found.confident


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "is our HR tool a marketing tool? does it need to be cloud based?",
            "No, it does not apply",
        ),
        ("我们的HR软件算营销工具吗？需要基于云吗", "不适用：这条说明只针对营销软件"),
    ],
)
def test_the_marketing_note_does_not_cover_other_software(question: str, head: str) -> None:
    # black-box s71 D20: "No: …" read as "need not be cloud-based".
    assert answer(question, today=DAY).text.startswith(head)


def test_a_market_set_aside_keeps_the_ordinary_template() -> None:
    # review 61 R4: 捌万 for "不入零售通，只入API".
    text = answer(
        "我们不入零售通，只入API市场，保证金工单选哪个分类，问题描述怎么写", today=DAY
    ).text
    assert "入驻云市场已缴纳保证金捌万元" not in text


def test_software_said_to_be_marketing_is_not_told_otherwise() -> None:
    # review 61 R6.
    text = answer(
        "our security software is a marketing tool too, does it need to be cloud based?", today=DAY
    ).text
    assert "your product is not marketing software" not in text


def test_a_difference_with_a_total_word_is_the_difference() -> None:
    # review 61 R7.
    assert answer("零售通和API市场的保证金比起来，总共差多少？", today=DAY).text.startswith(
        "API市场的保证金更低，少交 2万元"
    )


@pytest.mark.parametrize(
    "question",
    [
        "截至今天，2020年建站订单30万，佣金多少",
        "up to today, website orders of 300k in 2020, commission?",
    ],
)
def test_today_beside_a_named_year(question: str) -> None:
    # review 61 R12.
    assert answer(question, today=DAY).text.startswith(("佣金 4.5万元", "Commission: 45,000 yuan"))


def test_a_deposit_charged_is_the_deposit() -> None:
    # review 61 R13.
    assert answer("does the API market charge a deposit?", today=DAY).text.startswith(
        "Deposit for API Market: 30,000 yuan"
    )
