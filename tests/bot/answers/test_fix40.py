"""fix40 (round 33, session 38; not blind): the wrongs round 32 named and left — a support level
asked of every market, "is that all of them?" after one market's rule, amounts in English
words, support days and hours stated with "够吗", two conditions asked by name, a market named
with its other-language name in brackets, the originals of the documents, and a second part
that leans on a first part outside the guide."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.names import markets_in_question
from bot.answers.provenance import invented_numbers
from bot.answers.text import _digits

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # A level only some markets ask, asked of every market: 不是, and the others' level.
        ("是不是所有市场都要7x24？", "不是，只有安全市场要求 7x24；其他市场要求 5x8。"),
        ("Do all markets require 24/7?", "No, only Security Market requires 7x24; the other markets require 5x8."),
        ("哪些市场要求7x24？是不是所有都要？", "不是，只有安全市场要求 7x24"),
        # One market's rule, then "is that all of them?": asked again of every market.
        ("安全市场要7x24吗？是不是所有市场都要？", "需要。安全市场要求：提供 7×24 小时售后技术服务。"),
        ("IoT市场要求执照满两年吗？所有市场都这样吗？", "不需要。指南对物联网市场没有营业执照年限要求。"),
        # Amounts in English words.
        ("Our registered capital is one hundred thousand RMB, can we join the Service market?", "No: 100,000 yuan is below the 1,000,000 yuan the Service Market requires."),
        # Support days and hours stated, then "够吗": the verdict on them.
        ("5天8小时客服在线，服务市场够吗", "这一项满足。"),
        ("客服周一到周五早9点到晚6点在线，服务市场够吗", "这一项满足。"),
        ("售后5天8小时，安全市场行不行", "不能。"),
        ("Support Mon-Fri 9am-6pm, enough for Security Market?", "No."),
        # Two conditions asked by name (holdout34 #170): those two, not the whole join.
        ("统一社会信用代码91330106MA2H3K5X1Y，成立日期2023-05-06，注册资金三百万，想进企业应用市场，执照年限和注册资金两条满足吗？", "这几项都满足。"),
        ("成立2023-05-06，注册资金300万，想进企业应用市场，执照和资金都满足吗", "这几项都满足。"),
        # The market named with its Chinese name in brackets (holdout34 #109).
        ("Company registered 2021-02-28 with 2 million capital; is the licence age OK for the Security (安全) market?", "Yes, on this point.\n• Security Market: needs business license at least 2 years old"),
        # Mailing the originals: the guide asks for scans of them only (holdout34 #7).
        ("Do we need to mail the original business license?", "The guide only says the Retail Link market asks for scans of the originals"),
        ("营业执照原件要寄过去吗", "指南只写了零售通市场“按要求提供营业执照、税务登记证、组织机构代码证等的原件扫描件等信息资料”，要的是原件的扫描件"),
        # "a 2-year license": the figure with a hyphen is the rule's figure asked.
        ("which markets need a 2-year license? is that all of them?", "No, not every market: Basic Software Market, Data Intelligence Market, Retail Link Market, API Market, IoT Market — a different figure"),
        # The choice among the markets named: "哪个适合我们".
        ("做SaaS的，建站和企业应用哪个适合我们？", "按指南中各集市的介绍和入驻条件，最相符的是企业应用市场"),
        # The rule's figure asked, the vendor's own short of it: 不能 with both figures first.
        ("服务市场要多少人？我们15个人", "不能：15人低于服务市场要求的20人"),
        ("安全市场要几年行业经验？我们做了8个月安全服务", "不能：8个月低于安全市场要求的1年"),
        # One condition asked in its own words after a remark: that condition, not the list.
        ("我们在1688有店铺，零售通需要什么账号", "零售通市场要求：拥有阿里巴巴中国站会员账号"),
        # A distribution part after a market's own part, then the next market: the first's.
        ("2020年5月，建站市场自营12万，分销10万，安全市场自营40万，佣金分别多少？", "佣金：建站市场 1.8万元（18,000元）、安全市场 2万元（20,000元）。"),
        # "各做了25万，其中服务市场有5万分销": the distribution is the one market's alone.
        ("2020年3月服务市场和企业应用各做了25万，其中服务市场有5万分销，佣金各多少", "佣金：服务市场 1万元（10,000元）、企业应用市场 12,500元。"),
        # The step after approval, "right after" / "after approval" read as the review passed.
        ("What's the next step after approval?", "After step 3 (Apply to join the Marketplace) comes step 4"),
        ("What happens right after the review passes?", "After step 3 (Apply to join the Marketplace) comes step 4"),
        # dev35b (written blind this round, scored on the fixes so far; not a holdout):
        # where to apply, with the steps said done around the question.
        ("Where do I actually start the application for a market? I already have an account and did the company real-name verification.", "Where to apply: open 阿里云生态伙伴首页"),
        ("已经有账号也做完企业实名认证了，去哪里申请入驻？", "申请入口：进入阿里云生态伙伴首页"),
        # Whether points the market does not set block the vendor: 不会, and what it asks.
        ("我们执照才办了3个月，注册资金50万，想入驻物联网市场，这两条会不会卡我们？", "不会：物联网市场对您说的这几项没有要求"),
        # Orders in English words, "the thirty thousand one" the distribution order.
        ("Security market, November 2020: three orders - one hundred and eighty thousand, ninety thousand, and thirty thousand yuan; the thirty thousand one was a distribution order. What commission do we end up paying?", "Commission: 13,500 yuan (tier 2, 5%)."),
        # "150k in October": each month's figure before it; the year as the heading.
        ("Service & maintenance (服务市场) category, 2020: one hundred fifty thousand in October, two hundred fifty thousand in November, six hundred thousand in December, no distribution orders. Total commission over the three months?", "Commission: Oct 15,000 yuan, Nov 12,500 yuan, Dec 18,000 yuan; total 45,500 yuan."),
        # dev35a's wrongs (written blind this round; not a holdout).
        ("Retail link market (零售通): our company was set up on 30 Nov 2025. Is it old enough as of today?", "Yes, on this point."),
        ("开发运维市场，其他条件我们都满足，就是没做过阿里云官方的生态资质评估和认证，能先入驻吗？", "不能：这一条是入驻条件"),
        ("哪些市场要求7x24售后？除了安全市场还有别的吗", "没有别的：只有安全市场要求 7x24。"),
        ("Which markets need 24/7 support? Any besides Security?", "No other market: only Security Market requires 7x24."),
        ("For the new retail market (新零售) there's some Alibaba partner certification thing - what exactly do we have to complete, and is anything needed on the product side?", "New Retail Market: completed Alibaba Cloud's ecosystem partner assessment and certification; the product has a joint solution"),
        # Regressions the full check found and mended in this round.
        ("Our company is only 8 months old with 100k registered capital. For the API market, will licence age or registered capital block us?", "No, that would not stop you: API Market does not require these points"),
        ("是不是所有市场保证金都是3万？有没有不一样的？", "不一样：零售通市场 5万元（50,000元）"),
        ("云市场现在一共分几个集市？我们产品有点跨界，想先看看全貌再决定报哪个", "云市场目前有十二大集市"),
        ("How does the marketplace rank products in search results? Can we pay to be on top?", "1) The guide says nothing about how products are ranked"),
        # holdout35's judged wrongs, mended after its one score (not blind).
        ("物联网和解决方案市场：售后服务时间要求分别是啥？是不是都要有知名客户案例？", "• 物联网市场：提供 5×8 小时售后技术服务"),
        ("物联网市场是不是要有知名客户案例？", "是，需要：物联网市场要求：有成功可追溯的知名客户案例。"),
        ("解决方案市场要不要求有接口开发能力？我们主要是做集成的", "需要。解决方案市场要求：有生产接口开发能力。"),
        ("建站市场：技术+客服刚好20个人，社保都在公司交，算不算20人以上？", "这几项都满足。"),
        ("服务市场：我们客服在线是5*8，也有专门的营销策划团队，这两条符合吧？", "这几项都满足。"),
        ("能帮我起草一份给客户的SaaS服务合同吗，要能过法务审核那种", "抱歉，这个问题不在云市场服务商入驻指南的范围内"),
        ("怎么判断我们落在哪一档？按单个商品、按市场、还是按年算的？", "档位按该类目当月应结算订单实收现金总额"),
        ("after we hit submit on the application, what happens next, and what is the step after that?", "After clicking 提交, the next thing to do is step 3 vi"),
        # "要交钱吗" after a first part outside the guide is about that thing (holdout34 #195).
        ("钉钉企业账号怎么注册？要交钱吗", "指南没有介绍怎样注册或开通钉钉账号"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "second_part"),
    [
        ("安全市场要7x24吗？是不是所有市场都要？", "不是，只有安全市场要求 7x24；其他市场要求 5x8。"),
        ("Does the security market need 24/7 support? Is that all of them?", "No, only Security Market requires 7x24"),
        ("Does the Service Market need social insurance records? is it all of them?", "No, not every market: Retail Link Market"),
        ("服务市场要求两年经验吗？是不是所有市场都要？", "不是，不是每个市场都要求"),
        ("零售通入驻要准备哪些证件的扫描件？原件要寄吗", "2) 指南只写了零售通市场"),
        # Notarising asked after the documents: the guide asks scans only.
        ("What documents do we need for Retail Link, and do they need to be notarized?", "it says nothing about stamps or notarisation"),
        # Whether the month's amount counts tax: the guide does not say.
        ("佣金的20万是含税吗", "指南只写了佣金档位按该类目当月“应结算订单实收现金总额”"),
        ("Is the 200k tier threshold before tax or after tax?", "The guide only says the tier is set by"),
        # Whether the deposit is refunded after its total: a rule of its own, not lost.
        ("入驻API和物联网两个市场，保证金一共6万吗？能退吗？", "合作终止后会退回保证金"),
    ],
)  # fmt: skip
def test_the_second_question_is_answered(question: str, second_part: str) -> None:
    found = answer(question, today=DAY)
    assert second_part in found.text, found.text
    assert "Entry conditions for" not in found.text
    assert "申请入口" not in found.text


def test_the_deposit_is_not_the_money_of_a_thing_outside_the_guide() -> None:
    found = answer("钉钉企业账号怎么注册？要交钱吗", today=DAY)
    assert "50,000" not in found.text and "保证金" not in found.text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("two hundred thousand yuan", "200 thousand yuan"),
        ("one hundred and fifty thousand", "150 thousand"),
        ("exactly one million rmb", "exactly 1 million rmb"),
        ("one million five hundred thousand rmb", "1500 thousand rmb"),
        ("twenty-five people", "25 people"),
        # Not numbers of their own: the scale after digits, "one" alone.
        ("capital 2 million", "capital 2 million"),
        ("1.5 million", "1.5 million"),
        ("one of them", "one of them"),
    ],
)
def test_english_number_words_are_read(text: str, read: str) -> None:
    assert _digits(text) == read


def test_a_bracketed_name_between_a_market_name_and_market() -> None:
    assert markets_in_question("the Security (安全) market") == ["security"]
    assert markets_in_question("Solution (解决方案) and API markets") == ["solution", "api"]


def test_the_level_every_market_meets_is_no_no() -> None:
    # Every market asks at least 5x8: "do all need 5x8?" opens no 不是 over the 7x24 market.
    found = answer("Do all markets require 5x8 support?", today=DAY)
    assert not found.text.startswith("No"), found.text


def test_the_deposit_total_is_kept_beside_its_refund() -> None:
    found = answer(
        "If we join both API and IoT markets, is the deposit 60k total? and can it be refunded?",
        today=DAY,
    )
    assert found.text.startswith("Deposit for API Market + IoT Market: 60,000 yuan"), found.text
    assert "refunded after the cooperation ends" in found.text


@pytest.mark.parametrize(
    "question",
    [
        "云市场一共有几个集市？都有哪些",
        "Which markets require the product to be delivered as an image on ECS instances? We're"
        " SaaS-only, no images, so we want to know what to avoid.",
    ],
)
def test_a_joined_reply_points_at_no_number(question: str) -> None:
    # Without numbered parts, "见第1条" / "See 1) above" would point at nothing.
    text = answer(question, today=DAY).text
    assert "见第" not in text and "above." not in text, text


def test_the_step_after_the_review_is_said_with_it() -> None:
    text = answer(
        "after we hit submit on the application, what happens next, and what is the step after"
        " that?",
        today=DAY,
    ).text
    assert "After approval comes step 4" in text, text


def test_a_rule_asked_is_no_lack_stated() -> None:
    text = answer(
        "物联网和解决方案市场：售后服务时间要求分别是啥？是不是都要有知名客户案例？", today=DAY
    ).text
    assert "不满足" not in text and "都有知名客户案例要求" in text, text
