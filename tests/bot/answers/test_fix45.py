"""fix45 (round 37, session 42; not blind): the older sets' replies a blind judge read as wrong
in session 41 and the first round left (34), mended by class, and holdout41's wrongs mended
after its first score — "was that a mistake" of the tier-1 charge, what comes after the next
step, what happens after the form is submitted, whether submitting is the end, the conditions'
agreements set against step 4's contracts, Retail Link's team proof, "除了执照和资本" of two
markets, a client's commissions totalled, a market already joined as background, "And does the
IoT market?", the marketing note of a product that is not marketing software, 15w as an amount
beside an order number, an order's statement to be checked, the commission asked beside a
settlement day, "or do we ALSO need", "the same amount … instead", a Taiwan company's
insurance, the worked example named in English, "all sorted … anything besides", a support
level set aside with "besides", "我们运维团队主要做…", 对外卖, 服务经验, and holdout41's years
and months in English, the dedicated operations person, "no distribution anywhere", the
markets of a rate, the example named by its figure, whom a market serves, a category's default
rule, two aspects joined, 注资, a step's place, the yes / no before a market's list and the kind
of company."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # dev30f #20: the tier-1 charge asked whether it was a mistake.
        ("Hi, finance here at a web-design agency on 建站市场. Back in October 2020 our volume was big (way above 500k that month), but I see the platform fee was deducted at 20% on every single order all month, which is the highest rate. Was that a mistake? When does the correct tier get applied, and do we get anything back?", "No, that is not a mistake: during the month the commission is pre-charged at the tier 1 rate"),
        ("建站市场2020年10月每单都按20%扣了平台服务费，是扣错了吗？", "不是扣错：当月先默认按第1档费率收取平台佣金"),
        # dev30a #25: what happens next (the review) and after approval (step 4), both.
        ("we submit application, then what happen next, and after approved what we do?", "First the review:"),
        # dev30f #95: the next step and what comes after it.
        ("We just paid the 30k deposit for 数据智能市场 about an hour ago. What's the very next step, and what comes after that - i.e. when can we actually start selling?", "After step 5 (Pay the deposit) these steps remain, in order:\nStep 6: File a ticket"),
        # dev28h #100: the next clicks, and that submitting is not the end.
        ('点完"立即加入"以后还有啥动作？提交完就算结束了吗', "还没结束。点了“立即加入”之后，下一步是第3步的 v"),
        # dev28h #40: the conditions' agreements are named apart from step 4's contracts.
        ("API市场入驻条件里要求接受的是哪两个协议？跟签合同那步签的是不是同一批", "名称不一样，指南没有说它们是同一批："),
        ("Are the agreements in the API market's conditions the same ones we sign in the contract step?", "They are named differently"),
        # dev17e #144: Retail Link names no proof of its head count.
        ("Which document proves the team, and how many employees Retail Link needs?", "Retail Link Market requires at least 4 employees; the guide names no document to prove it."),
        ("证明团队人数用什么材料？零售通要几个人？", "零售通市场要求员工人数不少于 4 人，指南没有写要用什么材料证明。"),
        # dev25g #101: what both set besides the licence and the capital.
        # (Round 55, holdout91 #137: the special requirements both set, first.)
        ("新零售和开发运维两个市场，除了执照和资本，还有啥特别要求？佣金按多少算", "新零售市场及开发运维市场共同的特殊要求（其他市场都没有）：完成阿里云官方生态体系资质评估和认证"),
        # dev26b #53: the market already joined is background.
        ("我们在API市场卖了一年多了，现在想加数据智能市场。营业执照是2025年3月10号办的，注册资金50w，执照年限这条够不够？", "这一项满足。\n• 数据智能市场：要求营业执照满 1 年"),
        # dev26h #3: the marketing note does not apply to a backup tool.
        ("基础软件市场第4条写“非云产品的营销推广工具，无须基于云部署和开发（仅针对营销软件）”，我们做的是数据库备份工具不是营销软件，那这条对我们适用吗？是不是也可以不走云部署？", "不适用：这条说明只针对营销软件"),
        # dev26f #103: 15w beside an order number is the month's amount.
        ("订单号202010150001 建站 20年10月结算15w 自营 yj多少", "佣金 3万元（30,000元）（第1档 20%）。"),
        # dev28d #103: the statement is not looked up; distribution orders in general are.
        ("Order 2020101588812345 (建站, settled Oct 2020) was a distribution order. Can you confirm it was left out of the commission in our statement? And in general, do distribution orders pay commission?", "1) I cannot look up your account's records"),
        # dev30c #100: the commission, its settlement day only dating the month.
        ("Order 2020103112345678, settled 2020-10-31 in 建站 for ¥180,000, no distribution. What rate applies and what's the commission?", "Commission: 36,000 yuan (tier 1, 20%)."),
        # dev30c #27: the bar restated, and the other condition asked.
        ("Is 新零售 open to anyone who meets the 2-year / 1M bar, or do we ALSO need some Alibaba ecosystem certification?", "No, that alone is not enough: New Retail Market's other entry conditions must be met too.\nNew Retail Market: completed Alibaba Cloud's ecosystem partner assessment"),
        ("新零售是不是满足执照2年、资本100万就行，还是还要生态认证？", "不是，只这一条不够"),
        # dev26c #21: the statement, and the guide's silence on other insurance.
        ("What is this 'social insurance monthly payment statement' the team requirement keeps mentioning? We're a Taiwan company and our staff are covered by 勞保/健保, not mainland 社保.", "The guide asks for the company's monthly social insurance payment statement"),
        # dev26h #26: the worked example named in English.
        ("In the worked example (建站市场, A公司, October), why is the 40万 left out of the commission? Does the same apply to our reseller orders?", "The guide's example: website market, company A"),
        # dev28d #27: the rest, past what the vendor says is sorted.
        ("So for the 服务市场 (service market) I have the licence age, capital, headcount and the 5x8 online service all sorted. Is there anything besides those hard numbers, like some capability they expect us to show?", "Besides those, Service Market requires:\n1. at least 2 years of experience"),
        # dev26h #36: a support level set aside names no Services market.
        ("服务市场 — besides the 5x8 online customer service, the same line mentions another capability. What is it?", "Service Market: some marketing and promotion capability."),
        # dev30f #41: the team is who does the work; the items named are in the description.
        ("我们运维团队主要做数据迁移、故障排查、安全加固，偶尔也接点架构咨询的活，客户都在ECS上。这些服务都能放到服务市场卖吗，还是只能卖纯代维？另外这个市场的保证金是多少？", "是的：服务市场的介绍里列有数据迁移、故障排查、安全加固。"),
        # dev30f #39: 服务经验 names no Services market; 对外卖 is no food delivery.
        ("我们的软件是2024年初才开始对外卖的。想入驻基础软件市场，服务经验具体要几年？", "基础软件市场要求：二年及以上的该行业服务经验。"),
        # dev25d #105: an industry said is background when other conditions are asked.
        ("Our BI company wants 数据智能 and maybe 解决方案 too (we do government data). For each: what after-sales hours, and is there any certified-engineer requirement?", "• Data Intelligence Market: 5x8 after-sales technical service"),
        # A lack stated is still judged beside another kind asked.
        ("零售通：我们法人之前在1688上有过一次违规处罚记录，会影响入驻吗？还能进吗", "会影响："),
        ("我是个人开发者，没有注册公司，能在API市场上架我的接口吗？", "不能："),
        # holdout41 #80, #121: years and months in English; the operations person lacking.
        ("Security vendor here, 1 year 3 months in the security industry. is our experience enough for 安全市场?", "Yes: as you describe it, you meet Security Market's requirement"),
        ("零售通这边，我们10个员工，钉钉也开通了，就是没有专门对接运营的人，行不行？", "不能："),
        # holdout41 #114: "no distribution anywhere" is no distribution part.
        ("we sell in API, 物联网 and 企业应用. Jan 2021: API 400k, IoT 250k, 企业应用 90k, no distribution anywhere. total platform fee?", "Commission in all: 9,000 yuan."),
        # holdout41 #130: the markets of a rate, not the Marketplace's list.
        ("零佣金的有哪几个类目？新零售是不是也不收佣金？", "不抽佣金（费率表中每一档都是 0%）的市场：API市场及物联网市场。"),
        # holdout41 #197: the example named by its market and figure.
        ("指南里那个建站100万的例子，最后返了多少钱给服务商？", "次月核算总额100万匹配第3档"),
        # holdout41 #86: whom a market serves is its description.
        ("零售通市场是给谁服务的？客户主要是哪些", "为零售通事业部商家（品牌商/经销商）以及小店"),
        # holdout41 #29: a category's default rule beside an order number.
        ("Re order no. 202011230045 — we sell in the 建站 category. Is that category pre-charged at 20% by default?", "Yes: in Website Building Market commission is first pre-charged at the tier 1 rate, 20%."),
        # holdout41 #21, #109: two aspects joined; 注资.
        ("我们公司是2024年12月4日拿的营业执照，注册资本120万，想入驻安全市场，执照年限和注册资金够吗？", "这几项都满足。"),
        ("我们注册资金刚好10万，执照两年了，想入驻基础软件市场，注资够吗？", "这一项满足。\n• 基础软件市场：要求注册资金不低于 10万元"),
        # holdout41 #189: where a step is done.
        ("签合同这一步在哪操作？点什么？", "第4步：在阿里云生态伙伴首页的“云市场平台”区域单击“查看进度”"),
        # holdout41 #36: the yes / no on one rule before the market's list.
        ("建站市场对服务本身有啥要求？必须基于阿里云吗", "需要。建站市场要求：提供的服务均以阿里云产品为依托。"),
        # holdout41 #175: the kind of company.
        ("what kind of company entity can join 零售通 — any restriction?", "Retail Link Market: a lawfully registered company; a service company with an Alibaba.com China (1688) member account"),
        ("什么样的公司可以入驻解决方案市场", "解决方案市场要求：属于金融、物流、电商、政务、传媒、物联网六个垂直行业之一"),
        # dev30c #36: the rule's own figures restated — 不是, then the other conditions.
        ("也就是说企业应用市场只要执照满2年、注册资金100万就能进了？", "不是，只这一条不够：企业应用市场的其他入驻条件也都要满足。\n企业应用市场除此之外还要求：\n1. 技术及客服团队不少于 20 人"),
        # dev25g #73: the day a licence met the age, asked when it is past.
        ("Our business licence is dated 29 Feb 2024. On which exact date did we hit the 2-year mark for 企业应用, and are we OK on that line today?", "Yes, on this point. By the date you give, it has met the 2 years since 2026-02-28."),
        ("执照是2024年2月29日的，企业应用市场哪天满2年？现在够吗", "这一项满足。按您给的日期，2026年2月28日起已满2年。"),
        # holdout41 #119 (borderline): the markets differ — 不是 first.
        ("技术团队要多少人？所有市场都一样吗？", "不是，各市场要求不同。\n"),
        ("所有市场的团队人数要求都一样吗", "不是，各市场要求不同。\n"),
        ("Is the team size requirement the same for all markets?", "No, the markets differ.\n"),
        # holdout41 #51 (borderline): the deposit taken from the balance for the vendor.
        ("你直接帮我从账户余额里把保证金扣了吧，余额应该够的", "抱歉，我不能替您办这件事"),
        # dev42a/b (session 42's development sets, written blind, not reviewed).
        ("Accounting here. In Nov 2020 we settled ¥800,000 in the API market and ¥150,000 in 数据智能, no distribution. Total platform fee for that month?", "Commission in all: 15,000 yuan."),
        ("我们售后只能做到5x8，哪些市场是强制要求7x24售后的？", "只有安全市场要求 7x24。"),
        ("申请入驻那一步具体怎么点？从哪个页面进去，依次点哪些按钮？", "申请入口：进入阿里云生态伙伴首页 > 单击“加入合作伙伴”"),
        ("How many steps is the whole onboarding flow, from creating the account to having a store?", "Joining takes 7 steps:"),
        ('申请页面我已经点了"立即加入"，后面还要做什么？', "点了“立即加入”之后，下一步是第3步的 v"),
        ("我们的中间件产品打磨了快两年（准确说是一年半多一点，2025年5月开始对外提供服务），想上基础软件市场，经验年限够吗？", "不能：不到2年低于基础软件市场要求的2年"),
        ("中间件做了快两年了，基础软件市场经验够吗", "不满足"),
        ("我们公司营业执照是2025年3月拿的（注册资金200万，实缴了一半左右），社保上有26个人，主要做运维代维。看到服务市场写着\"营业执照需要满2年\"，那我们现在能申请服务市场吗？", "不能：按您说的情况，服务市场有 1 项入驻条件不满足：营业执照满 2 年。"),
        ("安全市场这个：我们售后目前是5x8（周一到周五9点到17点那种），夜里和周末只有一个值班群。这样能入驻安全市场吗", "不能：按您说的情况，安全市场有 1 项入驻条件不满足：提供 7×24 小时售后技术服务。"),
        # holdout42 (after its one score at 19c3b4e).
        ("听说优惠政策会调整，调整的话怎么通知我们，新政策从什么时候开始执行？", "政策施行期间阿里云可以调整、延长或缩短，会提前通知服务商"),
        ("Does the DevOps market (开发运维) take things like cloud cost management and monitoring/alerting tools?", "Yes: the guide's description of the DevOps Market lists cost and expense management."),
        ("我们是做营销推广工具的，不是基于云开发的，基础软件市场收不收？", "这条说明说的正是营销软件："),
        ("优惠政策2021年3月31日就到期了，之后的新费率什么时候公布？", "指南中的平台服务费减免优惠政策期间：自2016年11月17日起，至2021年3月31日止"),
        ("公司想增加注册资本，工商变更怎么办理？", "抱歉"),
        ("安全市场2020年12月结算实收19.9万，当月先按10%扣过了，次月核算完还会退钱吗？最终佣金是多少？", "佣金 19,900元（第1档 10%）；不会返还（0元）"),
        ("Our website-building orders settled in October 2020 - does the commission discount policy cover them?", "Yes, 2020-10 is inside the commission policy period (2016-11-17 to 2021-03-31)."),
        ("零售通要求的阿里巴巴账号有什么讲究？个人会员行不行", "不行："),
        ("Which markets do not appear in the commission rate table at all?", "Markets not in the rate table: New Retail Market, DevOps Market and Retail Link Market."),
        ("注册资金10万整，营业执照3年了，基础软件市场的资金要求过得了吗？", "这几项都满足。\n• 基础软件市场：要求注册资金不低于 10万元"),
        # The vendor's own figures: judged, then 不是.
        ("我们执照3年、资金200万，企业应用市场是不是只要这两条就能进？", "不是，只这一条不够：企业应用市场的其他入驻条件也都要满足。\n• 企业应用市场：要求注册资金不低于 100万元"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("On the partner homepage I clicked 加入合作伙伴, then in the 云市场平台 area I picked 安全市场 and clicked 查看详情 to read the requirements. What do I click next, and what happens after I submit the form?", "First the review:", "Entry conditions for Security Market"),
        ("what happens after I submit the form?", "First the review:", "Sorry"),
        # A sentence left out for room gives back the bracket it opened.
        ("On the partner homepage I clicked 加入合作伙伴, then in the 云市场平台 area I picked 安全市场 and clicked 查看详情 to read the requirements. What do I click next, and what happens after I submit the form?", "business qualifications.)", "qualifications.\n"),
        ("for 新零售 and 开发运维, what certification do we need and what do the products have to complete?", "joint solution or SaaS cloud migration", "Deposit:"),
        ("Three clients in 基础软件 for Nov 2020, no distribution: N did 150k, O did 200k, P did 600k. Commission for each and the total across the three?", "Together 43,000 yuan of commission", "month total 150,000 yuan (distribution 0):"),
        ("Does the New Retail market (新零售) have a minimum registered capital? And does the IoT market?", "The guide sets no registered capital requirement for IoT Market.", "Yes. Entry conditions"),
        ("物联网 category, Dec 2019, ¥2.3 million settled. Commission? And what would it be if the same amount were in the 安全 category instead?", "Commission: 69,000 yuan (tier 3, 3%).", "Sorry"),
        ("Order 2020101588812345 (建站, settled Oct 2020) was a distribution order. Can you confirm it was left out of the commission in our statement? And in general, do distribution orders pay commission?", "orders are not charged.", "not charged。"),
        ("In the worked example (建站市场, A公司, October), why is the 40万 left out of the commission? Does the same apply to our reseller orders?", "The same applies to your distribution (reseller) orders", "October 2026"),
        ("我们公司是2024年12月4日拿的营业执照，注册资本120万，想入驻安全市场，执照年限和注册资金够吗？", "要求营业执照满 2 年", "这一项满足"),
        ("我们公司2024年11月20日拿的执照，注资150万，25人交社保，5*8在线客服，两年多建站经验，服务都基于阿里云。建站市场的执照年限满足吗？", "2年零14天满足", "您还没提到"),
        # A support word set aside with "除了" leaves no Services market out.
        ("all except retail link, what deposit?", "Service Market", "Retail Link Market +"),
        ("帮我点个外卖", "抱歉", "出处"),
        ("零售通是不是还得有阿里巴巴中国站（1688）的账号？光有阿里云账号够不够", "需要。", "抱歉"),
        ("hi, this is Lily from finance. Boss asked me 2 things about the marketplace deposit: do we get a receipt or something after paying it? and can we ever get the money back, under what conditions?", "after the cooperation ends", "Sorry"),
        ("审核过了！下一步要签合同，具体签哪几份？在哪儿签？另外签完是不是就可以上架了", "不是，还不能，中间还有：第5步 缴纳保证金、第6步 提交工单。", "是的。"),
        ("保证金我们已经交了（3万，通用保证金那一行充的），接下来还要做什么吗？还是直接就能上架了", "第6步 提交工单", "智能接入网关"),
        # holdout41 #150, #171 (borderline): no fragment left before the staff offer; 的工单.
        ("入驻成功以后，多久之内必须上架第一个商品？有期限吗", "可以上架商品销售。\n2)", "具体时间"),
        ("保证金转财务的工单从哪进？先点哪后点哪？", "第6步提交工单", "第5步缴纳保证金"),
        # holdout41 #63, #103 (borderline): figures asked as a bare list head the reply.
        ("网站建设 category, March 2021: 200k direct + 300k distribution settled. commission and refund pls", "Commission: 20,000 yuan (tier 3, 10%). Refunded early next month: 20,000 yuan.", "Sorry"),
        ("Security market (安全市场), Feb 2021: total settled 480k, 100k of it distribution. tier, commission, refund?", "Commission: 19,000 yuan (tier 2, 5%). Refunded early next month: 19,000 yuan.", "Sorry"),
    ],
)  # fmt: skip
def test_the_reply_says_it_and_not_the_other(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text
