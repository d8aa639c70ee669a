"""Round 45 (session 50; not blind): holdout57–60's wrongs after their one blind score each (the
judges 191, 191, 192 and 198 of 200; docs/ANSWERS.md "Round 45"), the answer defects of the
fourteenth black-box reading, and the regressions the round's check-miss runs caught."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # holdout57 #15: the pre-charge asked, no lower rate negotiated.
        (
            "How does the platform charge commission during the month? Do they apply the lower"
            " rate straight away or adjust later?",
            "pre-charged at the tier 1 rate",
            "negotiating",
        ),
        # holdout57 #42: the vendor's own machine room, no trivia about Alibaba's.
        (
            "建站市场的服务必须基于阿里云产品吗？我们有些是自建机房",
            "需要",
            "不在云市场服务商入驻指南的范围内",
        ),
        # holdout57 #79: 社保也都有 is the statement had.
        ("API市场团队人数那条，我们刚好20个人，社保也都有，算达标吗？", "这几项都满足", "无法判断"),
        # holdout57 #81: not one ACP engineer.
        (
            "我们是做电商行业的，想入解决方案市场，但现在公司里一个ACP认证的工程师都没有，能入吗",
            "不能",
            "这一条满足。",
        ),
        # holdout57 #137: the other markets asked after 零售通.
        (
            "零售通最少要几个员工？其他那些市场团队要多少人？",
            "技术及客服团队不少于 20 人",
            "零售通市场：其他",
        ),
        # holdout57 #153: among the markets that set a capital rule.
        (
            "我们注册资金20万，在有注册资金要求的市场里面，哪个是我们够得着的？",
            "可以考虑的市场：基础软件市场。",
            "没有行业范围",
        ),
        # holdout57 #156: the markets that have the rule.
        (
            "which markets have the 'licence 2 years + capital 1M' requirement?",
            "Markets with this condition in the guide",
            "open to you",
        ),
        # holdout57 #195, holdout58 #195, holdout59 #176: actions for the vendor.
        (
            "Can you write a launch marketing email for our new product on the marketplace?",
            "Sorry",
            "Yes.",
        ),
        (
            "please top up 30000 to my deposit account using my card ending 4242",
            "cannot do that",
            "Step 5",
        ),
        (
            "my contact number changed to +86 138 0013 8000, please update it in our marketplace"
            " vendor profile",
            "cannot do that",
            "gives no one's phone number",
        ),
        # holdout57 #198: both parts are Tmall's.
        ("天猫开店要什么条件？保证金多少", "其他平台的保证金", "30,000 元（叁万"),
        # holdout58 #30: on the vendor's own IoT platform.
        (
            "IoT market: can we list stuff built on our own IoT platform, or is there a platform"
            " requirement?",
            "No",
            "Yes.",
        ),
        # holdout58 #34: how to pay, 对公 not stated.
        ("保证金是怎么个交法？财务问付款方式，我们习惯走对公", "充值交纳", "问题描述按以下格式"),
        # holdout58 #48: distribution counts for the tier.
        (
            "分销单子的金额，在判断阶梯档位的时候怎么处理？",
            "计入当月交易总额",
            "单独返还给服务商。",
        ),
        # holdout58 #121: three orders, no 7万3.
        (
            "2020年8月数据智能类目：5w+8w+7w三笔，都是自营的，佣金多少",
            "佣金 1万元（10,000元）",
            "203,000",
        ),
        # holdout58 #168, #175, holdout59 #168: the guide's rule asked beside a number.
        (
            "订单号202010150001是建站的一单十万，2020年10月建站就这一单（自营），这单佣金按多少比例收？收多少？",
            "佣金 2万元（20,000元）（第1档 20%）",
            "查不了",
        ),
        (
            "工单号2020112300123，客服说我们问题描述写得不对，标准写法到底是啥？",
            "入驻云市场已缴纳保证金叁万元",
            "查不了",
        ),
        (
            "Ticket #20201105-00123 — I already filed the deposit transfer ticket but was it"
            " supposed to go under finance? which sub-category?",
            "资金管理",
            "cannot look up",
        ),
        # holdout59 #54: monthly.
        ("佣金档位是按季度算还是按月算？", "按月", "按商品标价"),
        # holdout59 #73: only the points named.
        (
            "Our business license is dated 2025-12-05 and registered capital is 50w. Can we apply"
            " for 基础软件 today? only asking about licence + capital",
            "Yes, on these points.",
            "Not sure yet",
        ),
        # holdout59 #135: three announced questions.
        (
            "three quick ones: how many steps is the whole joining process, what's the deposit for"
            " 零售通, and besides the Y20 framework agreement what else do we sign?",
            "Joining takes 7 steps",
            "xx-never",
        ),
        # holdout59 #162: the sub-step after 加入合作伙伴.
        ('申请入驻那里，点完"加入合作伙伴"之后呢？', "第3步的 iii", "第4步：签署"),
        # holdout59 #173: a day after the policy.
        (
            "Order 20210415000987 in 建站 settled on 2021-04-15 — which discount rate applies to it?",
            "2021-04 is outside the guide's commission policy",
            "These are the rates of the guide",
        ),
        # holdout59 #184: no deadline for the scans.
        ("零售通的营业执照扫描件要在多少天内交上去？", "没有规定", "企业成立时间超过 1 年"),
        # holdout60 #10: the ticket page's reply estimate.
        (
            "how fast do they normally get back to you on that finance ticket?",
            "1 hour 20 minutes",
            "gives no duration",
        ),
        # holdout60 #50: the ticket's purpose first.
        (
            "交完保证金为啥还要再提一个工单？这工单是干嘛用的",
            "这张工单是告诉财务保证金已经缴纳",
            "指南没有写明为什么",
        ),
        # Regressions the check-miss runs caught (guards).
        (
            "为啥我们这个月佣金都是按最高比例扣的？是不是扣错了",
            "当月先默认按第1档费率收取",
            "本月（",
        ),
        (
            "举例里那40万分销的单子，在匹配档位的时候算不算进总额？还是只按60万去匹配？",
            "40万为分销",
            "属于第3档",
        ),
        (
            "We're a brand-new company (licence 3 months old, capital RMB 50,000) with 22"
            " tech/support staff on social insurance. Which markets have no minimum licence age or"
            " registered capital requirement?",
            "API Market, IoT Market",
            "Markets with no such requirement: Retail Link",
        ),
        # Black-box s56 D6, D11, D19, D20 (answers).
        ("这个月费率多少", "本月（2026年12月）不在指南的佣金政策期间内", "月费"),
        (
            "售后和在线客服有什么区别",
            "指南把售后技术服务和客服在线服务分开要求，是两项不同的服务",
            "不是同一项",
        ),
        ("实名认证要准备哪些资料", "没有列出认证需要准备哪些材料", "第2步："),
        ("个人可以入驻吗", "不能", "每个集市的入驻条件不同"),
    ],
)
def test_round_45_answers(question: str, said: str, not_said: str) -> None:
    reply = answer(question, today=DAY)
    assert said in reply.text
    assert not_said not in reply.text
    assert invented_numbers(question, reply.text, DAY) == []
