"""fix44 (round 36, session 41; not blind): the older sets' replies a blind judge read as wrong
in session 41 (the 247 the check counts as misses, judged once by four readers who saw no
code: 190 right, 57 wrong), mended by class — a deposit receipt asked as 发票还是收据 after the
question before it, a thing done "除了…之外" read as a market set aside, the API market's
metering, the ticket's category with 发票 named among the options, an SEO tool as a product,
Retail Link's credit and legal representative, a shortfall asked (还差多少), a repeat
application's form, the step after registering an account, the deposit's amount said paid,
"is it charged" read into "是扣错了吗", interns off the payroll, "Mon-Wed", "charged at all",
markets numbered (1) (2) (3), and "除了执照、资金、人数，服务能力上还有啥要求"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # dev30f #3: the receipt, then the deposit; "我这边要做账要用。" is why, no tax question.
        ("我们上个月刚过了安全市场的审合（审核），老板让我去交保证金。想确认两点：交完之后阿里云会给我们开什么票据？是增值税发票还是收据？我这边要做账要用。另外安全市场这一个类目具体是交多少钱？", "缴纳保证金后，云市场给服务商开收据。"),
        ("交完之后阿里云会给我们开什么票据？是增值税发票还是收据？", "缴纳保证金后，云市场给服务商开收据。"),
        # dev26c #38: 除了 a thing done sets no market aside; 会 with the market's 提供.
        ("API市場那邊，除了幫我們託管API之外，平台會幫忙做計費嗎？", "会：API 市场提供"),
        # dev30f #13: 抽几个点 is a rate, not a count of products.
        ("哈喽，我们家是做云资源纳管和成本分析工具的，准备入驻开发运维市场。销售那边一直追着我问：按云市场那个平台服务费阶梯表，开发运维的产品卖出去平台抽几个点？第一档是不是也是10%？我翻了半天表都没找到，求解答🙏", "开发运维市场不在佣金费率表中"),
        # holdout32 #7: 发票 among the ticket's options is no statement asked for.
        ("保证金交完了要提个工单对吧，工单选哪个分类？财务类点进去一堆选项 费用账单 提现 发票啥的", "问题分类选“资金管理”"),
        # dev30d #31: an SEO tool sold is the product, not search ranking.
        ("We sell an SEO / marketing tool that runs on our own servers, not on any cloud. For the 基础软件 market does it have to be cloud-based?", "The entry conditions of Basic Software Market carry this note"),
        # dev28b #17: what is checked about credit is the credit condition.
        ("For Retail Link, what do they check about credit? Does our legal rep matter?", "Retail Link Market: good credit of the company and its legal representative"),
        # dev30f #55: the shortfall asked is said.
        ("我们是一家做数据库代维和故障排查的公司，注册资本八十万，执照已经五年了，团队三十人都交社保。想申请服务市场，注册资金这块能过吗？不行的话还差多少？", "不满足：80万元（800,000元）低于服务市场要求的100万元（1,000,000元）。还差 20万元（200,000元）。"),
        # dev30f #17: a repeat application's form.
        ("之前（大概2024年吧）我们申请过一次建站市场，当时技术团队人数不够被打回来了。现在人已经招齐了，想再申请一次。请问再次申请的时候，身份信息、公司信息那些还要重新填一遍吗？还是只用填一部分？", "不需要：再次申请按界面提示填写业务资质信息即可。"),
        # dev30f #96: step 2 between the account and applying.
        ("我们刚注册好阿里云账号，能直接去生态伙伴首页申请入驻建站市场吗？中间是不是漏了什么步骤？", "不能直接申请，中间还有第2步企业实名认证。"),
        # dev30f #95: the amount of the deposit paid names the step done.
        ("We just paid the 30k deposit for 数据智能市场 about an hour ago. What's the very next step, and what comes after that - i.e. when can we actually start selling?", "After step 5 (Pay the deposit) these steps remain, in order:\nStep 6: File a ticket"),
        # dev30f #22: why the question comes ("asked me something I can't answer:") is set aside.
        ("Our CFO is reconciling old commission statements and asked me something I can't answer: the 平台服务费减免优惠政策 - from what exact date to what exact date did it run? And is it still in effect today, i.e. can we still count on those reduced tiers for orders settled this month?", "The guide's commission discount policy ran from 2016-11-17 to 2021-03-31"),
        # "是扣错了吗" with tier 1's rate taken: the pre-charge rule, never a bare "收。".
        ("建站市场2020年10月每单都按20%扣了平台服务费，是扣错了吗？", "不是扣错：当月先默认按第1档费率收取平台佣金"),
        # dev30f #49: interns off the payroll do not count.
        ("我们是一家做网站建设的公司，执照2018年的，注册资金三百万，建站做了六年多。现在公司交社保的技术加客服一共18个人，另外还有5个实习生没交社保。想进建站市场，团队人数这条能过吗？实习生能不能算进去？", "不算："),
        # dev30a #72: "Mon-Wed" is three days.
        ("基础软件: our online cs only works Mon-Wed, 8h a day. is that ok?", "No: as you describe it"),
        # dev31c #87: "charged at all" asks whether commission is taken.
        ("does API market get charged at all?", "No: API Market charges no commission"),
        # dev25f #100: markets numbered in one question.
        ("License age needed for: (1) service market (2) data intelligence market (3) API market?", "Service Market: business license at least 2 years old; Data Intelligence Market: business license at least 1 year old; API Market: no business licence age requirement."),
        # dev25g #21: what is asked after the set-aside items is the capability.
        ("服务市场除了执照、资金、人数这些硬指标，服务能力上还有啥要求？", "服务市场要求：具有一定的营销策划能力。"),
        # dev25g #49: a change announced on a day applies from the 1st of the next month.
        ("Hypothetically, if Alibaba Cloud had announced a change to the fee-discount policy on 15 Feb 2021, from what date would the new terms have applied?", "From 2021-03-01"),
        # dev25g #79: "started in that field on …" dates the experience, not the licence.
        ("Security experience: we started in that field on 2025-12-01, so a year as of now; 7x24 support. Does the 安全市场 experience line pass?", "Yes, on these points."),
        # dev28d #36: "bake a custom ECS image" is no cooking.
        ("dev lead here. our product is a self-hosted log analytics tool and we're eyeing the 基础软件 market. how is the software supposed to be delivered to buyers there? (and if you know a good way to bake a custom ECS image with Packer, I'm all ears)", "Basic Software Market: deployable on ECS and delivered as an image."),
        # dev25f #29: "怎么交给客户" asks the delivery (the ECS image).
        ("基础软件市场的产品最后是怎么交给客户的？我们现在是发安装包", "基础软件市场要求：能部署在 ECS 实例上以镜像形式交付。"),
        # holdout40 (after its one score at 640dd6f): the guide's example named "the example in
        # the guide", its refund no deposit's; questions listed with 、; the review asked of;
        # a refund asked to be made.
        ("About the example in the guide: website, 1,000,000 total with 400,000 distribution. What was pre-charged, and how much gets refunded to the vendor?", "Re-rated next month: 1,000,000 is tier 3"),
        ("服务市场的保证金要交多少、在哪交、交完给不给收据？一次问完哈", "入驻服务市场需缴纳保证金共 3万元"),
        ("提交申请之后是要等审核，还是直接就能签合同了？", "先等审核："),
        ("Please refund the deposit on account 1688001234 today, we are exiting the marketplace.", "Sorry, I cannot do that for you"),
        ("售后技术服务只要5x8的是哪些市场？（我说的是售后技术服务，不是在线客服）", "要求 5x8 的集市：API市场、数据智能市场、企业应用市场、解决方案市场、物联网市场。"),
        # holdout40 #14: the highest rate first, asked yes or no.
        ("佣金是先按最高比例扣的吗？多扣的什么时候退，怎么算的", "是的。当月先默认按第1档费率收取平台佣金"),
        # CI at 56d363b (dev40d #83): an order number names one order, no list of the month.
        ("订单号 2023110812345，21年1月基础软件类目实收19.9万，差一点点到20万，那是不是按10%？平台佣金多少，有返还吗", "不完全是：10% 只是第1档的费率"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("我们上个月刚过了安全市场的审合（审核），老板让我去交保证金。想确认两点：交完之后阿里云会给我们开什么票据？是增值税发票还是收据？我这边要做账要用。另外安全市场这一个类目具体是交多少钱？", "3万元（30,000元）", "抱歉"),
        ("我们打算把OCR和身份证核验这两个接口放到API市场上卖。两个问题：API调用的计量和计费是平台帮我们做，还是得我们自己开发？另外API市场的平台服务费抽成是多少？", "提供计量计费能力", "有接口开发能力"),
        ("订单号 2023110812345，21年1月基础软件类目实收19.9万，差一点点到20万，那是不是按10%？平台佣金多少，有返还吗", "19.9万元（199,000元）", "39.9万"),
        # A receipt asked of the commission is no deposit's receipt.
        ("建站市场2020年10月每单都按20%扣了平台服务费，是扣错了吗？", "多收取的佣金单独返还", "收。"),
        # dev26b #94: a day of November 2016 before the policy began is never priced.
        ("老服务商核对一下2016年11月的账：基础软件类目那个月只有一笔11月20号结算的30万自营单；安全市场有一笔11月10号结算的8万。按减免政策分别怎么算？", "2016年11月10日结算的订单不在指南的佣金优惠政策期间", "8,000元"),
        ("安全市场2016年11月20号结算了8万，佣金怎么算？", "佣金 8,000元（第1档 10%）", "不在指南的佣金优惠政策期间"),
        # dev30d #47, #56: a lack said and joining asked is judged, not the description's words.
        ("我们是做智能门锁的，软硬件都有，云端用的是自研平台，没接阿里云IoT，能进物联网市场吗", "不能", "是的"),
        ("我们是做渗透测试、等保咨询的安全服务公司，没有自己的软件产品，可以进安全市场吗", "不能", "可以："),
        # Two order numbers list the month's orders (fix23f, fix25d stay right).
        ("单号 2020050301、2020050302 是基础软件的，分别10万、12万，2020年5月没有分销，佣金多少？", "1.1万", "2,020"),
        ("Enterprise apps, Oct 2020: order 20201003117，120,000 yuan; order 20201019004，60,000 yuan. Commission?", "18,000", "12,000 yuan"),
        ("About the example in the guide: website, 1,000,000 total with 400,000 distribution. What was pre-charged, and how much gets refunded to the vendor?", "120,000", "If you did not violate"),
        ("服务市场的保证金要交多少、在哪交、交完给不给收据？一次问完哈", "开收据", "申请多个类目时金额累计"),
        ("Please refund the deposit on account 1688001234 today, we are exiting the marketplace.", "once the cooperation ends", "1688001234"),
        ("What does the service market actually cover? does data migration count?", "Yes: the guide's description of the Service Market lists data migration.", "Entry conditions for Service Market"),
        # 除了 a market still sets it aside.
        ("除了零售通以外，其他市场保证金都是3万吗", "对", "零售通市场需缴纳"),
    ],
)  # fmt: skip
def test_the_reply_says_it_and_not_the_other(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text
