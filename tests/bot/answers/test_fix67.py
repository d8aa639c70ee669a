"""Round 52 (session 57): the replies the blind judges of holdout85 and holdout86 found wrong
(docs/evaluation/holdout85_judgement.md, holdout86_judgement.md), each mended with the set's
own question and a variant, and the answers behind black-box s66's D4, D8 and D10."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 6)


def _head(question: str) -> str:
    return answer(question, today=DAY).text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout85 #29: the review's progress first.
        (
            "Where do I actually kick off the marketplace application? which page do I go to",
            "Where to apply: open 阿里云生态伙伴首页",
        ),
        # holdout85 #108: the rule restated, no verdict.
        ("解决方案市场，我们就1个ACP工程师，够不够？", "这一条满足。"),
        # holdout85 #160 and a variant: the deposit's rule; the step after it.
        (
            "What step comes right before paying the deposit?",
            "The step right before step 5 (Pay the deposit) is step 4 (Sign the contracts)",
        ),
        (
            "what comes before the deposit step?",
            "The step right before step 5 (Pay the deposit) is step 4 (Sign the contracts)",
        ),
        # holdout85 #55: "Yes:" to a refund after a penalty.
        (
            "If we get penalised for breaking marketplace rules, do we still get the deposit back "
            "when we leave?",
            "No, not under the guide's rule",
        ),
        ("we never broke any rules, do we get the deposit back?", "Yes: "),
        # holdout85 #165: the overview, its answer third.
        (
            "Commission: is the rate fixed when the order happens, or worked out afterwards?",
            "Worked out afterwards: during the month tier 1's rate is pre-charged",
        ),
        # holdout85 #175: the number's question left out.
        (
            "0571-8888 6666 这个是云市场招商的电话吗？入驻有问题该联系谁",
            "这个号码我无法确认：指南里没有写任何电话号码。",
        ),
        # holdout85 #155: 零售通 put under "不满足" as if 1 year were the vendor's.
        (
            "执照年限（或者成立时间）门槛是1年而不是2年的是哪几个市场？",
            "门槛是1年的市场：基础软件市场（营业执照满 1 年）、数据智能市场（营业执照满 1 年）、"
            "零售通市场（企业成立时间超过 1 年）。",
        ),
        (
            "which markets only need a 1-year-old licence?",
            "Markets whose threshold is 1 year(s): Basic Software Market",
        ),
        # holdout86 #30: "Yes." to an either-or.
        (
            "website building market: can the sites we deliver run on other clouds or does it "
            "have to be Alibaba Cloud?",
            "No, it has to be so: Website Building Market: all services are built on Alibaba",
        ),
        ("建站市场交付的网站能放在别的云上吗，还是必须用阿里云？", "不可以，必须按这一条："),
        # holdout86 #51: every market's rule listed, the document never named first.
        ("20人团队那条说要交社保的证明，具体是个什么材料", "是“公司社保个人月缴费信息情况表”"),
        # holdout86 #55: "No:" to "really 0?".
        ("Is the platform commission for the API market really 0?", "Yes: API Market's commission"),
        ("API市场佣金真的是0吗", "是的：API市场各档的佣金比例都是 0%"),
        ("does the API market charge commission?", "No: API Market charges no commission"),
        # holdout86 #117: the guide's example told back instead of the vendor's own sums.
        (
            "跟文档里那个例子差不多：2019年10月建站总共结了一百二十万，其中50万是分销的。"
            "当月先扣了多少？次月返多少？",
            "当月先按第1档 20% 预收 14万元（140,000元）；次月初返还 7万元（70,000元）。",
        ),
        ("指南里建站市场A公司10月那个例子，最后返还了多少钱", "次月核算总额100万匹配第3档"),
        # holdout86 #130: "over 200k" read as a part of the month.
        (
            "建站 Nov 2020: 190k direct + 20k via distribution. The distribution part pushes us "
            "over 200k right? final commission and refund?",
            "Commission: 28,500 yuan (tier 2, 15%). Refunded early next month: 9,500 yuan.",
        ),
        # holdout86 #174: the rate table first, the decline second.
        (
            "Vendor ID 20881234 - did our Oct 2020 website-building commission refund actually "
            "get paid out? pls check",
            "I cannot look up your account's records",
        ),
        # Black-box s66 D4's opening: "Security" between the sales and their month.
        (
            "we did 600k in Security in Feb 2021, 100k of it via distribution. how much "
            "commission?",
            "Commission: 15,000 yuan (tier 3, 3%).",
        ),
        # Black-box s66 D8: "No" to "the whole amount?".
        (
            "so the 3% applies to the whole 500k, not just the part above 500k?",
            "Yes, the whole amount: the month's total picks one tier",
        ),
        ("佣金是整体按3%算，还是超出部分按3%？", "不是分段计算"),
        # holdout86 #64: the conditions listed, the BI dashboards never addressed.
        (
            "Data Intelligence market: what kinds of offerings qualify? we do BI dashboards",
            "BI dashboards: that fits — the guide describes the Data Intelligence Market as "
            'covering "BI".',
        ),
        (
            "我们做BI报表，数据智能市场适合吗",
            "BI报表在这个市场的范围内：指南对数据智能市场的介绍写明涵盖“BI”。",
        ),
        (
            "we do marketing software, does the service market fit?",
            "Service Market: some marketing",
        ),
        # Found beside black-box s66 D10: the deposit amounts.
        ("how do we join the IoT market?", "Joining takes 7 steps:"),
        ("how can we join the security market", "Joining takes 7 steps:"),
        ("can we join the security market?", "Entry conditions for Security Market"),
    ],
)
def test_first_contact_misses_mended(question: str, head: str) -> None:
    assert _head(question).startswith(head)


def test_a_ticket_progress_asked_beside_its_category_is_declined_too() -> None:
    # holdout85 #167: the category answered, the look-up left out.
    text = _head(
        "工单号T2026120600381提交3天了没动静，帮我查下进度？另外那个转财务的工单，问题分类到底该选哪个"
    )
    assert text.startswith("问题分类选“资金管理”")
    assert "您给的编号对应的记录（处理进度等）我看不到" in text


def test_how_to_write_the_ticket_beside_its_number_is_not_declined() -> None:
    text = _head("工单号 #8823190，之前提过一次没人回，保证金那个工单的问题描述到底怎么写？")
    assert "入驻云市场已缴纳保证金" in text


def test_a_year_after_a_month_is_no_amount_given() -> None:
    # The same change: "8月一共结算199000" still gives its amount.
    text = _head("8月一共结算199000，这个月佣金多少？有没有返还")
    assert "I cannot" not in text and "查不了" not in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 57 R1: a rule asked at length was read as the vendor's own record.
        (
            "is it true that for the website building market in the first tier we get charged 20%?",
            "Yes, that's right.",
        ),
        (
            "Is it correct that as a data intelligence vendor in the second tier we get charged 5%?",
            "Yes, that's right.",
        ),
        (
            "Order 2020110300017 was our first website building order of the month, around 150k; "
            "does tier 1 get charged at 20%?",
            "Commission: 30,000 yuan (tier 1, 20%).",
        ),
        # R2: an own part said with 超过 / above dropped.
        (
            "安全市场自营超过40万，分销15万，总共55万，是第三档吗，佣金多少",
            "佣金 1.2万元（12,000元）（第3档 3%）。",
        ),
        ("建站市场直销超过25万，分销10万，总共35万，佣金多少", "佣金 37,500元（第2档 15%）。"),
        (
            "website building: direct sales above 250k, distribution 100k, total 350k — commission?",
            "Commission: 37,500 yuan (tier 2, 15%).",
        ),
        # R3: experience years got the licence list.
        ("经验要求是2年的是哪几个市场", "指南中有这一项要求的集市："),
        ("which markets have a 2-year experience requirement?", "Markets with this condition"),
        # R4: the vendor's own licence age and a second question dropped.
        (
            "我们营业执照刚满1年，年限要求满1年的有哪些市场？零售通可以吗",
            "按您给的几项（营业执照年限1年）",
        ),
        ("what markets can a 1-year old company join?", "With what you gave (business licence age"),
        # R5: a wrong guess beside the guide's example read as the vendor's own sums.
        (
            "文档里那个建站的例子，100万里面40万分销，为什么返还的是6万不是8万？",
            "次月核算总额100万匹配第3档",
        ),
        (
            "In the guide's example (1M total, 400k distribution), is the refund 60k or 40k?",
            "Re-rated next month: 1,000,000 is tier 3",
        ),
        # R6: "是的 / Yes" to a rate the reply does not compute, or to distribution charged.
        ("安全市场卖了30万，就是全部按10%算，不分段吧？", "不是分段计算"),
        ("安全市场卖了30万，就是全部按5%算，不分段吧？", "是的，整体按这一档"),
        (
            "we did 300k in security, so 10% applies to the whole 300k, not just the part above 200k?",
            "No, it is not charged in brackets",
        ),
        (
            "so 20% is charged on the whole amount including the distribution part, not in brackets?",
            "No, it is not charged in brackets",
        ),
        # N2: a long opening before "applies to the whole".
        (
            "we sold 600k in the security market in Jan 2021, so the 3% applies to the whole 600k, "
            "not just the part above 500k?",
            "Yes, the whole amount",
        ),
        # R9: a bare 0 that is no rate asked.
        ("IoT市场分销订单0单，要交佣金吗", "不收：物联网市场各档的佣金比例都是 0%"),
        # N3: "what happens before" is not "the step before".
        ("what happens before we can start selling our products?", "Once the deposit is paid"),
        # N4: the Chinese may-or-must.
        (
            "建站市场：我们交付的网站可以部署在其他云上吗，还是必须是阿里云？",
            "不可以：这一条是必须满足的入驻条件",
        ),
        # N5: a penalty for leaving early is no violation.
        (
            "Is there any penalty for leaving early, or do we get the full deposit back?",
            "No, not during the cooperation",
        ),
    ],
)
def test_review_57_regressions_mended(question: str, head: str) -> None:
    assert _head(question).startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Score run h131: four sums in Chinese numerals declined as look-ups (a year after a
        # month no longer counted as an amount, the Chinese amount not yet seen).
        (
            "我是财务小王～我们企业应用类目2020年8月结了两笔单，一笔十二万一笔九万五，都不是分销，"
            "这个月佣金最后是多少？",
            "佣金 10,750元（第2档 5%）。",
        ),
        (
            "2019年5月 基础软件一共卖了三十万，其中十二万是分销的，这个月佣金最后是多少钱",
            "佣金 9,000元（第2档 5%）。",
        ),
        # h131: a must of something had ("还是得有硬件", "还是得21个") kept its own head.
        ("物联网市场只做软件可以吗，还是得有硬件", "两样都要，只有其中一样不够"),
        (
            "数据智能市场要20人以上的团队，我们正好20个人（社保都齐），这算达标吗？还是得21个？",
            "这几项都满足。",
        ),
        # h131: the delivery's own no said once.
        (
            "we make a backup tool and want to go into the Basic Software market. how do we "
            "deliver it to customers - can it just be a SaaS link or does it have to be something "
            "specific?",
            "No: a SaaS link, web app or hosted account alone does not meet this condition",
        ),
        # h131: the licence age beside another condition is the conditions' list.
        (
            'which markets have the "licence 2 years + capital 1M" requirement?',
            "Markets with this condition in the guide:",
        ),
    ],
)
def test_score_run_h131_changes_mended(question: str, head: str) -> None:
    text = _head(question)
    assert text.startswith(head)
    assert text.count("No, it has to be so") == 0 or not text.startswith("No:")
    assert "不可以，必须按这一条。" not in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Black-box s67 D8: the market's description; next month outside the policy.
        (
            "and what if we sell 1M in website building next month?",
            "2027-01 is outside the guide's commission policy",
        ),
        ("下个月建站卖100万，佣金多少", "2027年1月不在指南的佣金政策期间内"),
        ("建站2020年11月卖了100万", "佣金 10万元（100,000元）（第3档 10%）。"),
        # D9: "whats the diff" declined as customers' refunds.
        (
            "whats the diff between after-sales service and online customer service?",
            "The guide asks for them separately, as two different services",
        ),
        # D10: the next step, not the contracts.
        (
            "do we need to sign anything else besides the agreements?",
            "Step 4: in the 云市场平台 area",
        ),
        # D23: defined twice, the markets cut to one.
        (
            "what is the social insurance statement exactly?",
            "It is the company's monthly social insurance payment statement per person",
        ),
        # holdout87 #29: the not-refunded case first (now the refund rule's own 可以退回).
        (
            "如果以后不在云市场做了，保证金退不退？有啥条件吗",
            "可以退回：服务商在合作期间没有违反云市场管理规范，合作终止后会退回保证金",
        ),
        ("什么情况下保证金退不回来", "合作期间违反了云市场管理规范的，保证金不满足退回条件"),
        # holdout87 #62: the deposit's offset against the commission.
        (
            "On the deposit page, which row and which button do I use to pay?",
            "On the user center's 保证金 (Deposits) page, the Marketplace deposit is paid on the row",
        ),
        # holdout87 #64: all twelve priced; "No" to "per market?".
        (
            "Is the deposit per market, or does one deposit cover all the markets we join?",
            "Per market: the deposits of several categories add up.",
        ),
        # holdout87 #67: the conditions, not whom it serves.
        (
            "Who is the 零售通 market actually serving? Who are the buyers?",
            "Retail Link Market (零售通市场), as the guide describes it",
        ),
        # holdout87 #198: the contacts passage.
        (
            "What's the employer social insurance contribution rate in Hangzhou?",
            "Sorry, that is outside what I can answer",
        ),
    ],
)
def test_black_box_s67_and_holdout87_mended(question: str, head: str) -> None:
    assert _head(question).startswith(head)


def test_the_insurance_document_is_named_once() -> None:
    text = _head("what is the social insurance statement exactly?")
    assert text.count("公司社保个人月缴费信息情况表") == 1
    assert "Retail Link Market has no such condition" in text


def test_brackets_asked_of_a_bound_say_no_first() -> None:
    # Black-box s67 D21: the tiers above 200k first, "not in brackets" last.
    assert _head("is the 15% applied only to the part above 200k?").startswith(
        "No, it is not charged in brackets"
    )
