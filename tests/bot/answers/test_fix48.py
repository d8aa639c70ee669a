"""fix48 (round 40, session 45; not blind): a step asked with where / how as the next one
("做了企业认证，下一步去哪申请入驻") is the step asked, not a step done — session 44's note left it
answering step 2 (or the step after the application); a bare "下一步怎么做" with no step named
(it answered the deposit's step); what comes after the last step ("是的。" before); holdout48's
wrongs (its first score, docs/ANSWERS.md) and the black-box tester's answer defects. The chat's
"然后呢" after a step's answer: tests/bot/conversation/test_next_step_in_chat.py."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # The verification done, where to apply asked: step 3 and its entry, not step 2 or 4.
        ("做了企业认证，下一步去哪申请入驻", "之后是第3步：申请入驻云市场", "第4步"),
        ("企业实名认证已经完成，下一步去哪里申请入驻？", "进入阿里云生态伙伴首页", "签署云市场合同"),
        ("We finished enterprise verification, where do we apply to join next?", "comes step 3: Apply to join", "Step 2: after registering"),
        # Only the account registered: the verification comes first, then where to apply.
        ("注册好了账号，下一步去哪申请", "第1步（注册阿里云账号）之后是第2步：完成企业实名认证", "第4步"),
        # Any step asked that way: the deposit after the contracts.
        ("合同签好了，接下来怎么交保证金", "之后是第5步：缴纳保证金", "第6步"),
        # A step said done and what follows it asked stays the step after it.
        ("申请已经提交了，下一步是什么", "第4步", "进入阿里云生态伙伴首页"),
        # Approved, and where the contracts are signed asked: no wait for the review.
        ("审核通过了，下一步在哪签合同？", "之后是第4步：签署云市场合同", "先等审核"),
        ("审核通过了，接下来做什么？", "之后是第4步", "先等审核"),
        # Nothing said done: which step is next depends on where the vendor is.
        ("下一步怎么做", "告诉我刚完成的那一步", "第5步缴纳保证金"),
        ("接下来做什么", "入驻云市场共7步", "不在云市场服务商入驻指南的范围内"),
        ("what's next?", "tell me the step you just finished", "outside"),
        # … while a step said done still gives the one after it.
        ("合同签了。下一步怎么做？", "之后是第5步：缴纳保证金", "告诉我刚完成的那一步"),
        # After the last step there is none.
        ("店铺开通之后还有下一步吗", "没有了，第7步是入驻的最后一步", "是的"),
        ("what comes after step 7?", "Nothing: step 7 is the last step of joining", "Joining takes 7 steps"),
        # holdout48 #120: "其中一笔20万" of orders summed is inside the sum, no order added.
        ("解决方案2020年8月三笔：20万、20万、10万，其中一笔20万是分销。平台先扣了多少？最终应收多少？退多少？", "预收 3万元（30,000元）", "70万"),
        # holdout48 #166: its number and out of how many.
        ("Which step number is paying the deposit, out of how many?", "step 5 of 7", "That is step 5: "),
        ("签合同是第几步，总共多少步", "这是第4步（共7步）", "这是第4步："),
        # holdout48 #193 / #199: a listing put up for the vendor, a law's compliance: declined.
        ("麻烦帮我在云市场上架一个新商品，名字叫“智能客服Pro”", "我不能替您办这件事", "客服在线服务"),
        ("Please list our product 'Smart Support Pro' on the marketplace for us", "I cannot do that for you", "twelve markets"),
        ("Is our EULA compliant with China's Personal Information Protection Law? need a legal opinion", "outside what I can answer", "Step 2"),
        # … while how to list, and a legal team asking a fact, are answered.
        ("怎么在云市场上架商品", "入驻云市场共7步", "我不能替您办"),
        ("Legal review here. At the contract-signing step of onboarding, which agreements exactly does the vendor sign? Exact titles please.", "Y20阿里云合作伙伴框架协议", "outside what I can answer"),
        # holdout48 #34 / #55 / #139 / #185 (#105, experience "since 2023", is left: read as
        # years it changed other replies — docs/ANSWERS.md).
        ("零售通对法人代表本人有啥要求？", "企业主体及法定代表人信用良好", "1. 符合国家法律法规"),
        ("IoT market: do our products have to be tied to any particular platform?", "Yes. IoT Market", "IoT Market entry conditions"),
        ("数据智能要几年行业经验？安全呢？建站呢？", "安全市场要求：一年以上的安全行业服务经验", "营业执照满 1 年；提供"),
        ("If our application is rejected and we re-apply, how long does the second review take?", "The guide gives no review time", "how long to wait before applying again"),
        ("被拒了多久才能再申请", "指南没有规定被拒后要等多久", "审核需要多长时间"),
        # Black-box D17 / D18: a marginal reading asked; a date's year is no amount.
        ("Is the rate marginal like income tax, or applied to the whole amount?", "not charged in brackets", "deposit"),
        ("and orders settled March 31 2021?", "counts in March", "2,021 yuan"),
        ("orders settled on Nov 10, 2016 in the service market, 50k, commission?", "outside the guide's commission policy period", "5,000 yuan"),
        # Black-box D23: a settlement day after the policy, asked bare, says it is outside.
        ("2021年4月1日结算的呢", "2021年4月1日不在指南的佣金优惠政策期间", "第2档"),
        ("2021年3月31日结算的订单算哪个月", "计入3月", "不在指南的佣金优惠政策期间"),
        # Second black-box round D25 / D28: a bound's tiers said of the month's total; November
        # 2016 computed with the note that the policy starts on the 17th.
        ("is the tier rate applied to the whole amount or only the part above 200k?", "not marginal brackets", "spans more than one tier"),
        ("2016年11月服务市场卖了30万呢", "优惠政策自2016年11月17日起执行", "不在优惠政策期间内，不能"),
        ("2016年12月服务市场卖了30万，佣金多少", "1.5万元", "优惠政策自2016年11月17日起执行"),
        # Black-box D15: the English overview fits and says the policy ended, first.
        ("Hi, how much commission does the marketplace take?", "ran 2016-11-17 to 2021-03-31 and has ended", "…"),
        ("你好 想问下佣金怎么收的", "佣金即平台服务费", "当月先默认按第1档费率收取平台佣金；次月初"),
        # Black-box D28: money shown to the fen, half up.
        ("commission for website building in Jan 2021 if we settled 10.025 yuan with no distribution?", "month total 10.03 yuan", "10.02"),
        ("commission for website building in Jan 2021 if we settled 123,456.785 yuan with no distribution?", "123,456.79", "123,456.78"),
    ],
)  # fmt: skip
def test_the_step_asked_where_or_how_is_the_next_one(
    question: str, said: str, not_said: str
) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text
