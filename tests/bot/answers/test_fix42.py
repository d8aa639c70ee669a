"""fix42 (round 35, session 40; not blind): holdout37's seven judged wrongs, mended after its one
score — a bound word asked against another, an exact count with its noun left out, a founding
date judged rather than looked up, 建站's guarantee asked as "what happens if", and look-ups and
actions asked of the bot that it must decline."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Two bound words offered as alternatives: the guide's own word for that condition and
        # whether its number counts (SPEC decision 1).
        ("零售通那个成立时间，是要满1年还是超过1年？", "零售通市场：企业成立时间超过 1 年，不含本数，要超过这个数，正好等于不够。"),
        ("建站的执照是满2年还是超过2年", "建站市场：营业执照满 2 年，含本数，正好是这个数就满足"),
        ("For Retail Link, is it at least 1 year or more than 1 year since founding?", "Retail Link Market: company founded more than 1 year ago; it takes more than the figure"),
        ("注册资本是要超过100万还是满100万就行", "基础软件市场：注册资金不低于 10万元，含本数"),
        # A founding date given with "does it qualify": judged, not looked up.
        ("company was set up on 2025-12-02 and we want 零售通. does our founding date qualify yet?", "No: the Retail Link Market requires company founded more than 1 year ago"),
        # An exact count with its noun left out ("我们正好4个").
        ("零售通要求员工不少于4人，我们正好4个，算满足吗", "这一项满足。"),
        # 建站's full refund, asked as what happens when the customer is unhappy.
        ("For the 建站 market, what happens if the end customer is unhappy during the build?", "A full refund if the customer is not satisfied during the work"),
        # A look-up of the vendor's own application, by the date it was sent: declined.
        ("我2020-10-08提交的入驻申请，现在到哪一步了？你帮我查一下", "我查不了您账户里的记录"),
        # What the account was paid, by a ticket number: declined.
        ("Ticket #7788123 — please tell me what commission refund I got for October", "I cannot look up your account's records"),
        # Paying the deposit for the vendor: declined, then how to pay it yourself.
        ("能不能帮我在控制台里把保证金直接充值了，从余额里扣", "抱歉，我不能替您办这件事"),
        # The lowest figure named first when the lowest is asked (holdout37 #153, borderline).
        ("在写明了注册资金要求的市场里，哪个门槛最低？", "最低的是基础软件市场：注册资金不低于 10万元。"),
        ("which market needs the least registered capital?", "The lowest is Basic Software Market: registered capital of at least CNY 100,000."),
        # Whether the market named alone sets a condition: 对 / 不是 with every market that does.
        ("只有零售通要钉钉吗", "对，只有零售通市场有这一要求，其他市场没有：\n• 零售通市场：有专人对接运营服务并已开通钉钉"),
        ("只有解决方案市场要客户案例吗", "不是，除了解决方案市场，物联网市场也有这一要求："),
        ("是不是只有安全市场要求7x24售后，别的市场也要吗", "对，只有安全市场有这一要求，其他市场没有："),
        ("Is it only 安全市场 that needs security experience, or others too?", "Yes, only Security Market sets this condition; no other market does:"),
        ("只有安全市场要经验吗", "不是，除了安全市场，API市场、基础软件市场、服务市场、建站市场及数据智能市场也有这一要求："),
        # A figure claimed of the markets besides one set aside, each (found by the developers).
        ("除了零售通，其他市场保证金都是3万吗", "对，指南写的就是这样。"),
        ("除了零售通，其他市场保证金都是5万吗", "不对，不是这个数：API市场、基础软件市场"),
        ("Apart from Retail Link, is the deposit 30k for every other market?", "Yes, that's right."),
        ("API和安全市场保证金一共3万吗", "不对，不是这个数：入驻API市场、安全市场的保证金是 60,000 元。"),
        ("API和安全市场保证金一共6万吗", "对，指南写的就是这样。"),
        # The guide's question answered before the look-up after it is declined.
        ("API市场保证金多少？顺便帮我查下我的工单12345678进度", "1) 入驻API市场需缴纳保证金共 3万元"),
        ("What's the IoT deposit? Also can you check where my ticket 20201234567 is?", "1) Deposit for IoT Market: 30,000 yuan"),
        # One market's deposit against the others'.
        ("请问下 零售通的押金 和 其它的一样不", "不是，不一样：零售通市场的保证金是 50,000 元，其他市场每个类目 30,000 元。"),
        # dev40a / dev40b (written blind this round; not holdouts).
        ("零售通的保证金是多少，在哪儿交？", "入驻零售通市场需缴纳保证金共 5万元（50,000元）"),
        ("What is the very first step of the whole onboarding process, and what is the final one?", "The first step is step 1: Register an Alibaba Cloud account.\nThe last step is step 7: "),
        ("第一步和最后一步分别是什么", "第一步是第1步：注册阿里云账号。\n最后一步是第7步："),
        ("What is the term of the marketplace cooperation — 1 year, 3 years? When does the contract need renewing?", "The guide does not say how long the contracts run"),
        ("We build a cloud cost management tool. Is that the kind of product the 开发运维 (DevOps) market sells?", "Yes: the guide's description of the DevOps Market lists cost and expense management."),
        ("We offer 7x24 after-sales tech support. API market asks for 5x8 — we're covered, right? (asking since it's not literally 5x8)", "Yes, on this point."),
        ("Finance here. 企业应用 category, Oct 2020: 12 orders at ¥15,000 each, none via distribution. What rate applies and what's the commission?", "Commission: 18,000 yuan (tier 1, 10%)."),
        ("企业应用2020年10月12笔订单每笔1.5万，佣金多少", "佣金 1.8万元（18,000元）（第1档 10%）。"),
        ("Ref our earlier ticket #A20261130-5521 (different issue). Question: when I open the ticket to tell finance we paid the deposit, under 财务类 which problem category do I pick?", "Choose 资金管理 (Fund management)"),
        ("On the deposit page I see a row '阿里通信物联网 ¥100,000'. Is that what the IoT market (物联网市场) deposit costs us? seems steep", "No, that's not the figure: the deposit for IoT Market is 30,000 yuan."),
        # Another workplace tool offered for DingTalk: 不能, never the member account.
        ("零售通要求钉钉，我们用企业微信可以吗", "不能：这一条是入驻条件，按您说的情况不满足。"),
        ("Retail Link needs DingTalk — we use WeCom, is that ok?", "No, not as things stand"),
        # A listing review the guide never names: said so, never 需要 for the deposit.
        ("商品上架需要审核吗", "指南没有写商品上架前是否要审核"),
        ("Do products get reviewed before they go live?", "The guide does not say whether products are reviewed before they are listed"),
        # Two steps turned round: 不能 / No, the guide's order (found by the developers).
        ("第5步和第6步能倒过来吗", "不能，顺序反了，要在缴纳保证金后：先缴纳保证金（第5步），后提交工单（第6步）。"),
        ("Can steps 4 and 5 be swapped?", "No, the other way round: only after signing the contracts."),
        # Two steps asked with 啥: their texts, never a decline.
        ("第4步和第5步分别是啥", "第4步：签署云市场合同"),
        # Being a reseller is no condition; never "not built on Alibaba Cloud".
        ("我们不是阿里云的代理商，能入驻吗", "指南的入驻条件里没有“必须是阿里云代理商（经销商、渠道商）”这一条"),
        ("Do we need to be an Alibaba Cloud reseller to join?", "No market's entry conditions in the guide ask you to be an Alibaba Cloud reseller"),
        # A word the guide uses once and never explains.
        ("ISV是什么意思", "指南没有解释“ISV”这个词；只在API市场的介绍里写到"),
        # How a condition other than the team is proven: the guide names no proof.
        ("服务市场要求营销策划能力，这个怎么证明", "指南没有写这一条要怎么证明、交什么材料；它写的要求是：\n服务市场要求：具有一定的营销策划能力。"),
        # The rule claimed, then an exception asked for a figure short of it: 不能 first.
        ("新零售市场注册资本要一百万是吧？我们是99万，就差一万块，能不能通融一下", "不能：99万元（990,000元）低于新零售市场要求的100万元（1,000,000元）。"),
        # dev40c / dev40d (written blind this round; not holdouts).
        ("7x24售后是不是只有安全市场要求？别的都5x8就行？", "对，只有安全市场有这一要求，其他市场没有："),
        ("Is 7x24 support only required by the security market?", "Yes, only Security Market sets this condition; no other market does:"),
        ("注册资本才80w，网站部署在腾讯云上，建站市场能进吗", "不能：这一条是入驻条件，按您说的情况不满足。"),
        ("After we transfer the deposit, does the marketplace give us any document for our books? invoice or receipt?", "After you pay the deposit the Marketplace issues you a receipt."),
        ("I paid the deposit, now the doc says open a ticket... which category do I pick in the ticket thing? there are like 10 options lol", "Choose 资金管理 (Fund management)"),
        ("物联网市场的方案必须用阿里云的IoT平台吗？我们现在用的是自建MQTT", "物联网市场要求：产品服务和方案均以阿里云 IoT 产品为依托。"),
        ("审核通过了，那个“签约”按钮在哪？邮件里没写", "第4步：在阿里云生态伙伴首页的“云市场平台”区域单击“查看进度”"),
        ("we're in DevOps (开发运维) and can't find our row in the commission table. which markets simply aren't in that fee table?", "Markets not in the rate table: New Retail Market, DevOps Market and Retail Link Market."),
        ("我们已经入驻了服务市场，那3万押金早就交了，现在还想加零售通和开发运维，还得再补多少保证金？", "新增零售通市场及开发运维市场：再交 80,000 元。"),
        ("Company is only 6 months old, registered capital 500k. Can we still go for the IoT market, at least on licence age and capital?", "Yes, this does not stop you. The guide sets no condition on this:"),
        # A condition's values asked with the verb left out: the values, no "Yes" (holdout37 #135).
        ("registered capital needed for 基础软件 and for 新零售? we're deciding between them", "Basic Software Market: registered capital of at least CNY 100,000; New Retail Market: registered capital of at least CNY 1,000,000."),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # Retail Link's exclusive bound among the others' inclusive ones, each said of its market.
        ("注册资本是要超过100万还是满100万就行", "零售通市场：注册资金超过 100万元，不含本数，要超过这个数，正好等于不够。", "零售通市场：注册资金超过 100万元，含本数"),
        # The way to pay it yourself after the decline; never the bot doing it.
        ("能不能帮我在控制台里把保证金直接充值了，从余额里扣", "单击“阿里云通用保证金”所在行的“充值交纳”", "我看不到您账户里的保证金余额"),
        ("Please top up 30,000 to the 阿里云通用保证金 on our account and file the ticket for us.", "click 充值交纳 (top up)", "Deposit: "),
        ("除了零售通，其他市场保证金都是5万吗", "保证金每个 30,000 元", "零售通市场的保证金是"),
        ("API市场保证金多少？顺便帮我查下我的工单12345678进度", "2) 我查不了您账户里的记录", "保证金共 8万"),
        ("零售通的保证金是多少，在哪儿交？", "用户中心 > 保证金 > 阿里云通用保证金 > 充值交纳", "费率"),
        ("开发运维和新零售这两个市场，在生态认证和产品改造方面的要求一样吗？具体要做啥", "产品已完成联合解决方案或 SaaS 化上云改造等", "不一样"),
        # One deposit claimed to cover two markets: 不对 (60,000), never each market's 30k.
        ("We join both API market and Service market - one deposit of 30k covers both, right?", "No, that's not the figure: the deposit for API Market, Service Market is 60,000 yuan.", "Yes"),
        # A tier's bound asked "超过还是以上" is the tier's, not an entry condition's.
        ("第三档到底是超过50万还是50万以上？要是刚好50万算哪一档", "属于第3档", "注册资金"),
        # The lowest of something outside the guide names no market.
        ("社保缴费基数怎么算？杭州今年最低是多少", "不在云市场服务商入驻指南的范围内", "最低的是"),
        ("7x24售后是不是只有安全市场要求？别的都5x8就行？", "• 不少于 5×8 小时的客服在线服务：基础软件市场", "不能"),
        ("注册资本才80w，网站部署在腾讯云上，建站市场能进吗", "→ 80万元（800,000元）不满足。", "预算"),
        ("What is the very first step of the whole onboarding process, and what is the final one?", "The last step is step 7: Once the deposit is paid", "Step 6"),
        # Where the application's progress is seen, beside the decline.
        ("我2020-10-08提交的入驻申请，现在到哪一步了？你帮我查一下", "“云市场平台”区域查看申请进度", "勾选"),
    ],
)  # fmt: skip
def test_the_reply_says_it_once(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text


@pytest.mark.parametrize(
    "question",
    [
        # Asking how is answered, not declined as an action.
        "怎么在控制台里把保证金充值了",
        "能不能在用户中心自己把保证金交了？",
        # "满1年" against "超过1年" ties on the figure: no single lowest is named.
        "which market has the lowest licence age requirement?",
        # The vendor's own "only" is its situation, not a question of markets.
        "我们只有5x8客服，安全市场能进吗",
        # The same bound word twice is no choice between two.
        "零售通员工是要4人以上还是不少于4人？",
    ],
)
def test_not_taken_for_an_action_or_a_choice(question: str) -> None:
    found = answer(question, today=DAY)
    assert not found.out_of_scope, found.text
    assert "正好等于不够" not in found.text
    assert "The lowest is" not in found.text
    assert "只有安全市场有这一要求" not in found.text


def test_a_look_up_asked_first_stays_one_decline() -> None:
    """ "How much commission did we pay …? Our ticket number is …" (dev15e #200): the first
    sentence is the look-up itself; no rate table answers it as a question of the guide."""
    found = answer(
        "How much commission did we pay for October 2020? Our ticket number is 20201015-8899.",
        today=DAY,
    )
    assert found.text.startswith("I cannot look up your account's records"), found.text
    assert "1)" not in found.text
