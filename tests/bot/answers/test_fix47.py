"""fix47 (round 39, session 44; not blind): what holdout45's first score left — the software's
own conditions asked (安全市场对软件本身), a business begun with the company ("registered 8
months ago and our API business started at the same time"), "…, and what's the commission
there?" as a second question, "哪几个市场" that asks no number of cases — and two of dev43b's
first misses ("can we apply, or will capital block us?"; the English profile reply keeps the
kinds the market sets no rule on); after holdout46's score, #93 (执找), #142 (margins) and
#167 (how to write the ticket, beside its number) and #41 (who is in the team, in English);
dev46a's first misses (a market named by what it sells); the
lead before this month's reference figures; holdout47's wrongs and the older sets' misses judged
again in session 44."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # holdout45 #70: the software itself is the product; its two conditions, not all eleven.
        ("安全市场对软件本身有什么要求", "安全市场要求：能提供成熟、稳定的安全软件；软件能部署在 ECS 实例上以镜像形式交付", "营业执照满 2 年"),
        ("What does Security Market require of the software itself?", "offers mature, stable security software; software deployable on ECS", "registered capital"),
        # … while the market named 基础软件 asks its full list.
        ("基础软件市场有什么要求", "1. 营业执照满 1 年", "原文"),
        # holdout45 #86: the business began with the company, 8 months ago.
        ("Company registered 8 months ago and our API business started at the same time. 25 staff on social insurance, 5x8 after-sales, we can integrate with the marketplace API. Can we join API市场?", "8 months: you do NOT meet it", "Not sure yet"),
        ("公司8个月前注册，API业务也是那时开始做的，25人有社保，5x8售后，能对接API，能进API市场吗", "8 个月不满足", "还不能确定"),
        # holdout45 #142: "there" points back to the market: two questions, both answered.
        ("what do we need for 物联网市场, and what's the commission there?", "built on Alibaba Cloud IoT products", "rate table"),
        ("What's the deposit for 安全市场, and how much is the commission there?", "tier 1 (below CNY 200,000): 10%", "Exactly 200,000"),
        # holdout45 #151: 哪几个市场 asks which markets, no number of cases.
        ("要求有知名客户案例的是哪几个市场？", "解决方案市场、物联网市场", "没有规定案例的数量"),
        ("解决方案市场要几个客户案例", "没有规定案例的数量", "其余市场"),
        # dev43b #44: joining asked first, the block its alternative — yes leads.
        ("data one (数据智能): licence issued 2025-11-20, registered capital only 5W. can we apply, or will capital block us?", "Yes, as far as these points go", "No:"),
        ("数据智能市场，执照2025-11-20，注册资金才5万，能申请吗，还是会被资金卡住？", "能：按您说的", "不会："),
        ("数据智能市场，执照2025-11-20，注册资金才5万，资金会不会卡？", "不会：按您说的", "能："),
        # dev43b #54: the kinds the market sets no rule on kept in English too.
        ("IoT market: licence only 6 months old, capital 50w. team of 25 on social insurance, 5x8 after-sales, named customer cases, everything built on Aliyun IoT. can we still apply?", "The guide sets no business licence age requirement for IoT Market", "…"),
        # holdout46 #93 (after its score): 执找 is a slip on 执照.
        ("营业执找是今年6月份办滴（2026年6月），企业应用市场能进吗？", "不能：5个月低于企业应用市场要求的2年", "原文：营业执照需要满2年，注册资金不低于100万。\n"),
        # holdout46 #142: the vendor's margins are profit, no deposit.
        ("3rd-tier rates for 网站建设 and 安全市场? trying to model our margins", "Tier 3: Website Building Market 10%; Security Market 3%", "Deposit"),
        ("how much margin must we put down for 安全市场", "Deposit for Security Market: 30,000 yuan", "Tier"),
        # holdout46 #167: how to write the ticket, asked beside a ticket's number.
        ("工单号 #8823190 ，之前提过一次没人回，保证金那个工单的问题描述到底怎么写？", "入驻云市场已缴纳保证金叁万元，请转财务", "我查不了"),
        ("工单号 0012345678 处理到哪了", "我查不了您账户里的记录", "第6步提交工单"),
        # … with that the record behind the number is for staff, before the source line.
        ("工单号 T2026112800451 三天了没人回！！顺便问下，我们只进基础软件，工单问题描述里的保证金金额怎么写？", "说“生成工单”我可以帮您填好。\n您给的编号对应的记录（处理进度等）我看不到", "我查不了"),
        ("Ticket 8823190 got no reply. How do we write the deposit ticket description?", "I cannot see the record behind the number you gave", "I cannot look up"),
        # … while its progress asked beside it is still a look-up.
        ("你好，我们工单号W2026112800123，麻烦看下处理到哪了？另外想确认下工单问题描述第一行应该怎么写", "1) 我查不了您账户里的记录", "您给的编号对应的记录"),
        # dev46a #20, #36, #68: a market named by what it sells (its description's words).
        ("做门店数字化、业务中台那类方案的市场，入驻前是不是还得先过阿里云的什么认证？", "新零售市场要求：完成阿里云官方生态体系资质评估和认证", "企业实名认证"),
        ("情况是这样：公司2022年3月注册的，注册资本五十万，做等保测评和渗透测试三年多了，社保上26个人，售后7x24有人值守。想进卖安全软件那个市场，能进不？", "不能：按您说的情况，安全市场有 1 项入驻条件不满足：注册资金不低于 100万元", "基础软件"),
        ("我们想同时进企业应用，和做云资源纳管、监控告警那个市场，保证金一共多少？两个市场的佣金比例呢？", "企业应用市场、开发运维市场需缴纳保证金共 6万元", "入驻企业应用市场需缴纳保证金共 3万元"),
        # … while the same words asked alone ask which market fits them.
        ("做门店数字化改造和业务中台方案的，入驻哪个？", "最相符的是新零售市场", "新零售市场要求"),
        ("Which market is for cloud resource management, cost management, monitoring and alerting tools?", "the closest match is DevOps Market", "Deposit"),
        # A phone number beside a ticket question is a field to fill, no record to hand off.
        ("工单草稿：联系人张伟，电话13812345678，我们入驻了建站和安全两个市场，问题描述第一句“入驻云市场已缴纳保证金__元”空里填什么？", "电话：13812345678", "您给的编号"),
        # dev28d #105 (kept in session 43, judged wrong twice): the vendor's own shop is for
        # staff to see; the guide's rule after it.
        ("账号 1357924680135790，我们今天刚交完保证金，店铺是不是已经开了？按流程什么时候才算正式入驻完成、可以上架？", "1) 您店铺的实际状态我看不到（需要核实可回复“转人工”）。按指南：是的。", "1) 是的。"),
        ("Once the deposit is paid, is our store opened?", "Yes. Once the deposit is paid", "I cannot see"),
        # The two wrongs of the blind reading of 60 "this month" replies (dev30f #78, dev31a #42):
        # a subtotal with more come in after it, and a year before "budget".
        ("我们是做建站的，这个月生意还行：月初接了几个官网项目一共十二万，上周又进了十八万，都是直销没分销。按建站的阶梯算，这个月平台服务费应该收多少？是不是因为过了20万能降到15%？", "当月应结算实收现金总额 30万元", "12万元（120,000元）（其中"),
        ("建站这个月先卖了12万，后来又卖了18万，佣金多少", "佣金 4.5万元（45,000元）（第2档 15%）", "2.4万"),
        ("建站这个月一共卖了30万，其中分销又占了10万，佣金多少", "其中分销 10万元", "40万"),
        ("Is the platform-fee discount (the tiered 20/15/10 thing) still in effect now? I'm doing our 2027 budget", "ended on 2021-03-31", "2,027"),
        # holdout47 #63 (after its score): a bracketed Chinese name after the market.
        ("Does the basic software market (基础软件) require delivery through an ECS image?", "Yes. Basic Software Market: deployable on ECS", "Yes. Yes."),
        ("Does the Security market (安全市场) require 7x24 support?", "Yes. Security Market: 7x24", "Yes. Yes."),
        # holdout47's wrongs (after its score): #26 the product asked with 特别, #92 没有单独的售后
        # 技术团队 is a lack of after-sales (the online service stated is judged), #189 input VAT.
        ("开发运维市场对入驻的产品有啥特别要求？需要做什么改造吗", "开发运维市场要求：产品已完成联合解决方案或 SaaS 化上云改造等", "1. 符合国家法律法规"),
        ("我们只有在线客服，5x8的，没有单独的售后技术团队，服务市场的客服要求满足吗", "这一项满足。", "还不能确定"),
        ("平台服务费开的发票是几个点的增值税？我们能抵扣进项吗", "抱歉，这个问题不在云市场服务商入驻指南的范围内", "分销订单计入"),
        ("保证金能抵扣佣金吗", "指南没有写保证金能否抵扣平台佣金", "抱歉"),
        # #53: a later part's bare "Yes." no longer dangles after the first part's rule.
        ("How will I know whether my application moved forward? do you guys send an email or something?", "you get an email notice", "\n\nYes."),
        # The older sets' misses judged again (session 44): dev26f #107 (bzj in English),
        # dev30f #10 (医疗在不在里面), dev30a #21 (English with one Chinese term), holdout39 #55
        # (how long until the receipt), dev30f #89 (7x24 asked, 5x8 stated beside it).
        ("after we quit how many days till bzj refunded", "it does not say how long the refund takes", "steps for leaving"),
        ("我们是做智慧医疗解决方案的，医院HIS、影像云这些，团队三十多个人，ACP（弹性计算）也有两个，执照和资金都够。听说解决方案市场不是所有行业都收，想问问目前开放了哪几个行业？医疗在不在里面？", "不在：该市场只开放给条件中列出的行业", "不是"),
        ("做物流的，解决方案市场是不是所有行业都收？物流在里面吗", "在：您说的行业在该市场条件列出的行业之中", "是："),
        ("done 企业实名认证 already, what's next?", "After step 2", "第3步"),
        ("after we pay deposit how long till the receipt is mailed to us?", "The guide gives no number of days for the receipt", "what the address is used for"),
        ("哪些市场的售后要求是7x24小时的？我们团队只能做到5x8，想提前避开。", "只有安全市场要求 7x24。", "API市场"),
        ("Which markets need 7x24 after-sales?", "Only Security Market requires 7x24.", "API Market"),
        # dev46a #10: the steps done told first, then where the entry is.
        ("刚注册完阿里云账号也做了企业认证，申请入驻的入口到底在哪？找半天没找到。。", "申请入口：进入阿里云生态伙伴首页", "第2步"),
        ("合同签完了，保证金在哪里交", "第5步缴纳保证金", "第4步"),
        # … and a plan to stop is no step done.
        ("以后不做了想拿回保证金，去哪里申请？", "合作终止后会退回保证金", "申请入口"),
        # holdout46 #41 (after its score): who is in the team, asked in English.
        ("is the 20-person team rule tech only or tech + customer service? and what proof do they want", "Both count: the condition is a \"technical and customer service team\"", "API Market, Data Intelligence"),
        # After the policy, this month's figures follow a lead that does not say "cannot compute".
        ("这个月建站卖了60万，平台要抽多少佣金？", "本月的实际佣金按指南算不出来", "无法计算"),
        ("This month our Security sales are 250k including 50k distribution - how much commission?", "this month's commission is not in the guide", "so I cannot compute"),
    ],
)  # fmt: skip
def test_the_reply_says_it_and_not_the_other(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text
