"""fix41 (round 34, session 39; not blind): the wrongs round 33 named and left — why the
social-insurance statement is asked, a step's bare number after a part that gave the step,
an amount stated with its tax, and what happens after the application's 提交 (with the step
after it) asked in Chinese — then the blind development sets' wrongs of this round."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Why the statement is asked is what it is for (holdout35 #56): that first.
        ("为啥入驻还要交社保个人月缴费信息情况表？这个表是证明啥的", "用来证明技术及客服团队的人数"),
        ("why do we need to provide the social insurance statement?", "It backs the team size"),
        # An amount stated with its tax is the month's figure, not a tax question.
        ("服务市场本月含税收入30万，佣金多少", "本月（2026年12月）不在指南的佣金政策期间内"),
        ("service market revenue 300k incl. VAT this month, commission?", "This month (2026-12) is outside"),
        # The application's 提交 said without 点, and the step after it.
        ("提交申请以后会怎样？再下一步是什么？", "点了“提交”之后，下一步是第3步的 vi"),
        ("申请提交了之后下一步干嘛", "点了“提交”之后，下一步是第3步的 vi"),
        ("what happens after I hit submit?", "After clicking 提交, the next thing to do is step 3 vi"),
        # A founding month in English relative to today: "March last year", "last March".
        ("our licence is from March last year, is that old enough for the security market?", "No: 20 months is below the 2 years"),
        ("we were founded last March, is that old enough for the security market?", "No: 8 months is below the 2 years"),
        # A refund asked of an application turned down: none is paid before the review passes.
        ("Is the deposit refundable if we get rejected during review?", "No deposit has been paid if the review turns the application down"),
        ("审核不通过的话，保证金会退吗", "审核没通过时还没有交保证金，不涉及退还：保证金在审核通过、签署合同之后（入驻流程第5步）才缴纳。"),
        # dev36c / dev36d (written blind this round; not a holdout).
        ("营业执照是2024/12/15拿的，想入驻安全市场，执照年限现在够不够？", "不能：23个月低于安全市场要求的2年"),
        ("基础软件类目20年10月结算：8万+7万+5万，全部自营。平台先按10%扣了，最后实际该收多少、要退给我们多少？", "佣金 1万元（10,000元）（第2档 5%）；次月初返还 1万元（10,000元）。"),
        ("finance here, reconciling old stuff. Mar 2021, 网站建设 category: settled 0.3 million from our own sales + 0.25 million that came thru distribution. platform pre-took 20% on the 0.3M. how much should have come back to us when they re-rated in early April?", "Website Building Market: Refunded early next month: 30,000 yuan."),
        ("解决方案类目2021年1月一共55万，其中35万是分销。档位到底按55万算还是按扣掉分销后的20万算？最后收多少佣金？", "解决方案市场：佣金 6,000元（第3档 3%）。"),
        ("确认一下哈，建站市场的佣金是三档：20%、15%、10%，我没记错吧？", "对，指南写的就是这样。"),
        ("Website building commission is 20/15/10%, right?", "Yes, that's right."),
        ("Website building commission is 20/10/5%, right?", "No, that's not what the guide says:"),
        ("保证金是整个账号交一次还是每个市场都要交", "按市场类目分别交，不是整个账号只交一次"),
        ("新零售覆盖的行业里有教育吗", "不在：新零售市场覆盖的7个核心行业是服饰、快消、消费电子、美家、新商业、新餐饮、新旅游，没有教育。"),
        ("Is education one of the New Retail core industries?", "No: New Retail Market covers 7 core industries"),
        # Markets offered as possible answers of "which markets": the markets that set it.
        ("Which markets require 7x24 after-sales support - only 安全市场, or some others as well?", "Only Security Market requires 7x24."),
        ("哪几个市场要求有成功可追溯的知名客户案例？是解决方案还是物联网，还是两个都要？", "指南中有这一项要求的集市：解决方案市场、物联网市场。"),
        # 建站's guarantee asked in other words ("buyer guarantee", "isn't happy").
        ("heard 建站市场 has some buyer guarantee if the customer isn't happy with the site during the build? what's the deal", "A full refund if the customer is not satisfied during the work"),
        # holdout36's judged wrongs, mended after its one score (not blind).
        ("保证经在哪交啊，找不到入口", "第5步缴纳保证金：进入阿里云用户中心的“保证金”页面"),
        ("Can you log into our console and hit submit on our marketplace application for us?", "Sorry, I cannot do that for you"),
        ("实名认证之前还有别的步骤吗？", "第2步（完成企业实名认证）之前要先完成：第1步 注册阿里云账号。"),
        ("入驻申请提交完之后，下一个大步骤是啥？", "点了“提交”之后，下一步是第3步的 vi"),
        ("网站建设，2019年11月（双11那个月）总共实收68万，其中分销18万，月中先扣了多少？最后佣金多少？退多少？", "佣金 5万元（50,000元）（第3档 10%）；当月先按第1档 20% 预收 10万元（100,000元）；次月初返还 5万元（50,000元）。"),
        ("基础软件市场都收哪些类型的软件？", "基础软件市场提供基于云产品的基础管理工具和非云产品的营销推广工具"),
        # Several markets joined: 可以 / Yes, the deposits added up, no maximum.
        ("Can we apply to more than one market?", "Yes: the guide provides for applying to several categories"),
        ("一个公司能同时入驻几个市场吗？保证金每个都要交吗", "可以：指南写了可以申请多个类目（集市），保证金按类目累计计算"),
        # dev36a / dev36b (written blind this round; not a holdout).
        ("保证金交了以后还能拿回来不？什么条件下退？", "可以退回：服务商在合作期间没有违反云市场管理规范"),
        ("Website building (建站) numbers for Jan 2021: three settled orders of 150k, 200k and 250k RMB, and 120k of that total came through distribution. What is the final platform fee, and how much was pre-charged during the month?", "Commission: 48,000 yuan (tier 3, 10%). Pre-charged at tier 1 (20%): 96,000 yuan."),
        ("Our product team wants to list a couple of SaaS apps right away. Can we put them on the shelf before the deposit is paid?", "No, the other way round: only after paying the deposit."),
        ("Can we put products on the shelf while the deposit payment is still pending? want to soft launch early", "No: The deposit comes first"),
        ("安全市场2020年11月结算实收十八万，12月是52w，12月里有2w是分销的。两个月平台服务费合计多少？12月次月初能退回多少？", "佣金：11月 1.8万元（18,000元）、12月 1.5万元（15,000元）；合计 3.3万元（33,000元）。"),
        ("Data Intelligence market, settled on 2021-03-15, ¥80,000, no distribution. Is it inside the fee waiver period, and what platform fee applies?", "Commission: 8,000 yuan (tier 1, 10%). Yes, 2021-03 is inside the commission policy period"),
        ("Data Intelligence market, settled on 2021-03-15, ¥80,000, no distribution. Is it inside the policy period, and what platform fee applies?", "Commission: 8,000 yuan (tier 1, 10%). Yes, 2021-03 is inside the commission policy period"),
        ("缴纳保证金和提交工单分别是入驻流程的第几步？", "缴纳保证金是第5步，提交工单是第6步。"),
        ("which steps are paying the deposit and filing the ticket?", "Pay the deposit is step 5; File a ticket is step 6."),
        ("我们做安全扫描SaaS的，售后现在是工作日5x8，想上安全市场，这条能过吗", "不满足：按您说的，没有达到安全市场的要求（提供 7×24 小时售后技术服务）。"),
        ("帮我直接在后台把我们基础软件市场那个镜像商品先下架一下，谢谢", "抱歉，我不能替您办这件事"),
        ("我们公司营业执照是2025年12月2日下来的，注册资金50万，想进基础软件市场，执照年限算满一年了吗", "这一项满足。"),
        ("Deposit and tier-1 commission rate for 建站市场 vs 物联网市场? comparing the two", "Deposit for Website Building Market + IoT Market: 60,000 yuan"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # The step's bare number after a part that gave the whole step.
        ("which step is signing the contract? which agreements do we sign?", "《云市场协议》", "\nStep 4.\n"),
        ("签合同在第几步？要签哪些协议", "《云市场协议》", "\n第4步。\n"),
        # Its title once, the step after the review in both parts.
        ("提交申请以后会怎样？再下一步是什么？", "审核通过后是第4步 签署云市场合同：在阿里云", "申请入口"),
        # Why the statement is asked: no "Yes" to an unasked "is it needed".
        ("Why is the social insurance statement required?", "It backs the team size", "Yes, for the markets"),
        # A business's start date is its age to today, never the calendar year as years.
        ("API市场要一年以上服务经验，我们是2025年12月1日开始做API业务的，到今天算够吗", "→ 1年满足", "2025年满足"),
        ("我们是2025年12月5日开始做API业务的，API市场经验够吗", "11 个月不满足", "2025"),
        # The rate asked beside the deposit, a tier named before it.
        ("建站市场和物联网市场的保证金和第1档佣金费率分别是多少", "第1档：建站市场 20%，物联网市场 0%。", "申请入口"),
        # A listing review still declined; the vendor's own scanning business is no such review.
        ("上架前要做安全扫描吗", "不在云市场服务商入驻指南的范围内", "7×24"),
        # What happens after submit, after the click before it: the email said whole.
        ("After I click 'join now' on the market page, what do I do next, and what happens after I hit submit?", "You get an email", "First the review"),
    ],
)  # fmt: skip
def test_the_reply_says_it_once(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text


@pytest.mark.parametrize(
    "question",
    ["软件企业有什么税收优惠", "what VAT rate applies to marketplace sales?", "do we pay vat on the commission"],
)  # fmt: skip
def test_tax_matters_stay_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # A founding month without its day: the month as said beside the verdict, no age made up.
        ("我们公司2025年3月成立的，注册资本200万，20个技术，想做安全市场，行吗？", "• 营业执照满 2 年 → 2025年3月成立，不满足"),
        ("Founded March 2025, capital 2 million, 20 tech staff, can we join the security market?", "→ founded March 2025: you do NOT meet it"),
    ],
)  # fmt: skip
def test_a_founding_month_is_shown_as_said(question: str, line: str) -> None:
    assert line in answer(question, today=DAY).text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("founded last March", date(2026, 3, 31)),
        ("set up in May of last year", date(2025, 5, 31)),
        ("June this year we started", date(2026, 6, 30)),
        ("this may take long; founded 2020-01-01", date(2020, 1, 1)),
    ],
)
def test_english_months_relative_to_today(text: str, day: date) -> None:
    from bot.answers.text import dates_mentioned

    assert dates_mentioned(text, DAY) == [day]
