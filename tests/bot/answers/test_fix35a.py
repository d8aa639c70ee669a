"""fix35a (round 28, after judging three blind development sets dev25a/b/c and the left wrongs
of holdout24/25; not blind): the classes found — a market's figure said as known and another's
asked, a client's wish that is no lack of the vendor's, actions in the account declined, "payroll"
said of staff, 一个ACP都没有, 等保 sold as a service, clicks inside step 3, a ticket line
required, one order beside its month, orders listed with " / ", 另外 distribution on top."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


def first_line(question: str) -> str:
    return answer(question, today=DAY).text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "expected", "unexpected"),
    [
        ("服务市场100w我知道了 那基础软件呢 注册资金最低多少？", "10万", "满足"),
        ("安全市场行业经验一年就行，那服务市场要几年？", "两年", "不能"),
        (
            "ok so 安全 is 7x24 — what about 基础软件, how many hrs does online customer service "
            "need to cover?",
            "5x8",
            "meets it",
        ),
    ],
)
def test_a_figure_said_as_known_and_another_markets_asked(
    question: str, expected: str, unexpected: str
) -> None:
    head = first_line(question)
    assert expected in head
    assert unexpected not in head


@pytest.mark.parametrize(
    "question",
    [
        "建站市场是不是一定要用阿里云的产品？有客户想放腾讯云上",
        "建站市场的服务是不是必须用阿里云的产品来做？我们有些客户想用别家服务器",
    ],
)
def test_a_clients_wish_is_no_lack_of_the_vendors(question: str) -> None:
    text = answer(question, today=DAY).text
    assert "以阿里云产品为依托" in text
    assert "不能入驻" not in text and "不满足" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Can you just top up the ¥30,000 deposit from our account balance for us? thx",
        "帮我把我们新版本的商品直接上架到云市场吧，商品名叫“智慧进销存Pro”",
        "帮我把我们店里那个安全镜像商品直接下架 账号你那边应该能看到",
        "麻烦直接帮我把我们的“等保咨询套餐”上架到安全市场",
        "物联网平台 设备影子怎么用MQTT上报？sdk报错",
    ],
)
def test_actions_in_the_account_and_product_support_are_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "We're a 4-person shop (all four on payroll), we have a dedicated ops contact and we "
            "use DingTalk. Does our headcount meet Retail Link's requirement?",
            "Yes",
        ),
        (
            "Hello, we are an HR-software and payroll consulting firm (founded 2014, offices in "
            "Suzhou and Wuxi, roughly 60 consultants). Our registered capital is 0.99 million "
            "RMB. Enterprise Applications market — OK or not?",
            "No",
        ),
        ("我们是做渗透测试和等保服务的，售后是工作日5x8，想进安全市场，售后这一条满足吗", "不满足"),
        (
            "解决方案市场那条工程师要求：我们有3个阿里云ACA认证的工程师，但一个ACP都没有，这条算满足吗",
            "不满足",
        ),
        ("团队18个人（技术加客服都算上）物联网市场能进不", "不能"),
        ("我用个人账号做了实名，能直接申请入驻吗？", "不能"),
    ],
)
def test_the_vendors_case_judged_not_declined(question: str, opening: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert reply.text.startswith(opening)


def test_clicks_inside_step_three() -> None:
    before = first_line("在生态伙伴页面申请入驻的时候，点“立即加入”之前要先做什么？")
    assert "加入合作伙伴" in before and "查看详情" in before
    details = answer(
        "In the partner portal, once I pick a market in the Cloud Marketplace section, what do I "
        "click to read that market's intro and entry requirements?",
        today=DAY,
    )
    assert not details.out_of_scope and details.text.startswith("Click 查看详情")
    after = answer("看完某个市场的介绍和入驻要求后，要点哪个按钮？", today=DAY).text
    assert "立即加入" in after.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("快递地址必须填吗", "是"),
        ("工单里电话可以不填吗", "不可以"),
        ("Is the mailing address required in the ticket?", "Yes"),
    ],
)
def test_a_ticket_line_is_required(question: str, opening: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert reply.text.startswith(opening)
    assert "快递地址" in reply.text


def test_one_order_beside_its_month_is_computed() -> None:
    question = "订单号 20201020334455 这单佣金扣了20% 是不是扣多了？我们建站市场2020年10月总共做了60w 全自营"
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert "查不了" in reply.text and "60,000" in reply.text and "10%" in reply.text
    assert invented_numbers(question, reply.text, DAY) == []


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        (
            "财务对账：2020年9月基础软件类目，三笔订单 ¥120,000 / ¥95,000 / ¥45,500，全是自营没有分销。"
            "最后平台服务费该是多少？当月先预扣了多少？",
            "13,025",
        ),
        (
            "建站市场20年6月：我们自己卖了30w，分销渠道另外走了25w。最终按几个点抽？下个月能返多少？",
            "10%",
        ),
    ],
)
def test_amounts_listed_with_slashes_and_distribution_on_top(question: str, figure: str) -> None:
    assert figure in first_line(question)


def test_two_orders_days_each_judged_against_the_policy() -> None:
    text = answer(
        "服务&代维类目，一笔2021年3月31日结算的订单，一笔2021年4月1日结算的订单，这两笔还适用佣金优惠政策吗？",
        today=DAY,
    ).text
    assert text.startswith("• 2021年3月31日：能")
    assert "2021年4月1日：不能" in text


def test_the_deadline_of_a_step_and_a_wait_before_reapplying_are_not_given() -> None:
    for question in (
        "保证金交完以后，提交工单有没有时间限制？比如必须3天内？",
        "审核通过后签合同有没有时间限制？多少天内必须签完？",
        "If we get rejected, how long until we're allowed to reapply?",
    ):
        reply = answer(question, today=DAY)
        assert reply.out_of_scope
        assert any(
            word in reply.text
            for word in ("没有为入驻流程", "no deadline", "没有规定", "no waiting")
        )


def test_background_facts_do_not_take_a_how_long_question() -> None:
    reply = answer(
        "您好，我们是一家做企业上云迁移服务的公司，2013年成立，主要客户是制造业。昨天刚提交了服务市场的入驻申请，"
        "想问下审核一般要多久？老板天天催",
        today=DAY,
    )
    assert "没有写明这需要多长时间" in reply.text
    assert "满12年" not in reply.text


def test_a_count_of_markets_picks_the_listed_ones() -> None:
    text = first_line(
        "你好，我们是一家做工业互联网解决方案的服务商。这次打算API、物联网、数据智能三个市场一起入，保证经一共多少钱"
    )
    assert "9万元" in text and "解决方案" not in text


def test_a_marketing_tool_off_the_cloud_does_not_affect_the_profile() -> None:
    question = (
        "企业应用：yyzz 2021年，100w，24人，5*8售后。我们只卖营销推广工具 没上云 这个影响入驻吗"
    )
    reply = answer(question, today=DAY)
    assert reply.text.startswith("不影响")
    assert invented_numbers(question, reply.text, DAY) == []


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("阿里云账号刚注册好，下一步是做个人实名还是企业实名？", "企业实名认证"),
        (
            "Website-building market: does everything we deliver have to run on Alibaba Cloud products?",
            "Yes",
        ),
        ("我们这个月（12月）数据智能卖了十来万，佣金还是按10%收吧？", "2026年12月不在"),
        (
            "合同编号 Y20-HZ-2026-00731 的框架协议我们已经签了，云市场这边还要再签别的协议吗？",
            "要：还需签署《云市场协议》",
        ),
        ("解决方案市场说要一名阿里云认证工程师，具体是哪个认证啊？ACA行不行", "不能"),
        ("API市场对团队人数有没有硬性要求？社保这块要提供啥材料", "有。"),
        (
            "Once we've paid the deposit, are we done? When can we actually start selling?",
            "Not yet",
        ),
        ("零售通 需要阿里巴巴哪个账号？淘宝的行不", "零售通市场要求拥有阿里巴巴中国站会员账号"),
        (
            "佣金阶梯表里哪些市场是没有的？",
            "费率表里查不到费率的市场：新零售市场、开发运维市场及零售通市场",
        ),
    ],
)
def test_the_asked_thing_first(question: str, opening: str) -> None:
    assert answer(question, today=DAY).text.startswith(opening)


def test_the_rules_team_pointed_at_is_no_stated_count() -> None:
    text = answer("那个20人团队要怎么证明？是看劳动合同吗", today=DAY).text
    assert "社保个人月缴费信息情况表" in text
    assert "按 20人" not in text


def test_an_aside_in_brackets_names_no_step() -> None:
    text = first_line(
        "Good morning! After quite a journey (our consultancy has been around since 2003 and this "
        "is our first marketplace listing), we just signed the Y20 framework agreement and the "
        "marketplace agreement. What is the next step?"
    )
    assert text.startswith("After step 4")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "how many yrs of security-industry exp do we need?",
            "Security Market requires at least 1 year",
        ),
        ("安全行业经验要几年？", "安全市场要求：一年以上的安全行业服务经验"),
    ],
)
def test_an_industrys_experience_names_its_market_first(question: str, opening: str) -> None:
    assert answer(question, today=DAY).text.startswith(opening)


def test_where_to_click_to_apply_is_step_three() -> None:
    text = first_line("where do I click to apply? I'm on 生态伙伴首页 now, then what")
    assert "加入合作伙伴" in text and "立即加入" in text


def test_a_step_number_asked_after_an_order_question_leans_on_it() -> None:
    text = answer("企业实名认证是在申请入驻之前还是之后？算第几步？", today=DAY).text
    assert "第2步" in text.split("\n")[0]
    assert "档位" not in text


# fix35b: dev25d/e (written blind, judged at 24cab52; not blind after).


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "我们已经在用户中心交完3万保证金了，现在去提工单，财务类下面一堆分类：费用账单、资金管理、提现、发票管理…"
            "头大，到底选哪个？",
            "在财务类区域单击“提问”后，问题分类选“资金管理”",
        ),
        (
            "Our finance clerk is asking: after we pay the marketplace deposit, do we get any "
            "document back for it? She needs something for the books",
            "After you pay the deposit the Marketplace issues you a receipt",
        ),
        (
            "Our finance team in the HK office needs a supporting document for the deposit we "
            "paid. Does Aliyun issue a receipt or a VAT invoice for it?",
            "After you pay the deposit the Marketplace issues you a receipt",
        ),
        ("保证金什么情况下能退？我们不打算长期做了…开玩笑，先问问规则，免得以后扯皮", "可以退回"),
        (
            "What are the tier boundaries for the commission? Our data team wants to build a "
            "dashboard and needs the exact cut-offs (inclusive or exclusive).",
            "Tiers by the month's settled cash total",
        ),
        (
            "Is the tier based on list price or on actual cash received? We hand out vouchers a lot",
            "On the cash received",
        ),
        ("零售通的保证金是5万对吧？跟别的市场3万不一样？", "对，"),
        ("交了保证金也提交了转财务工单，算入驻完成了吗？后面还有步骤吗", "算完成了"),
        ("保证金在线充值好了，还需要再做啥", "第5步（缴纳保证金）之后是第6步"),
        (
            "后台看每笔都是按最高比例先扣的佣金，为啥？多扣的会退吗",
            "当月先默认按第1档费率收取平台佣金",
        ),
        ("佣金表里找不到哪些市场？新零售的比例是多少？", "费率表里查不到费率的市场"),
        (
            "Got an email on 2026-11-28 saying our application has progressed (HK company reg. "
            "no. 72345678). Where can I check the status myself?",
            "You can check progress in the 云市场平台 area",
        ),
    ],
)
def test_fix35b_the_asked_thing_first(question: str, opening: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert reply.text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("安全市场 2020年12月三单：8万 + 7万 + 6万，到第二档了吗？最后佣金多少", "10,500"),
        ("数据智能2020年6月：上半月28w，下半月25w，没有分销。最终佣金多少？返多少？", "15,900"),
        (
            "We already paid 30,000 for the API market last year. Now we're adding 零售通 as well. "
            "How much more do we pay, and what's our cumulative deposit then?",
            "50,000 yuan more",
        ),
    ],
)
def test_fix35b_amounts_read_whole(question: str, figure: str) -> None:
    assert figure in first_line(question)


def test_fix35b_a_range_of_people_is_its_lower_bound_and_an_order_word_keeps_its_amount() -> None:
    question = "零售通团队人数要求？我们公司就五六个人"
    reply = answer(question, today=DAY)
    assert "56" not in reply.text
    assert invented_numbers(question, reply.text, DAY) == []
    question = "2020年10月企业应用类目：直销订单十八万，分销订单5万，一共23万。请问最后实际佣金是多少？月中先扣了多少？"
    reply = answer(question, today=DAY)
    assert "9,000" in reply.text.split("\n")[0]
    assert invented_numbers(question, reply.text, DAY) == []


@pytest.mark.parametrize(
    "question",
    [
        "帮我在控制台直接上架一个镜像商品吧，镜像ID是 m-bp1abc",
        "How do I set up RAM sub-accounts for my engineers?",
        "After approval, how many days do we have to sign the contract before the offer expires?",
    ],
)
def test_fix35b_declined_with_what_the_guide_says(question: str) -> None:
    reply = answer(question, today=DAY)
    assert reply.out_of_scope
    assert "how long the contracts run" not in reply.text


def test_fix35b_more_than_against_no_less_than() -> None:
    text = answer(
        "零售通的成立时间和注册资金要求分别是什么？为啥它的写法是“超过”，跟别的市场“不低于”有区别吗？",
        today=DAY,
    ).text
    assert "有区别：“超过”不含本数" in text


def test_fix35b_a_ticket_returned_gets_the_template() -> None:
    reply = answer(
        "工单号 20261128-000318，那个保证金转财务的工单被退回来说描述不对。描述第一句到底应该怎么写？",
        today=DAY,
    )
    assert "入驻云市场已缴纳保证金叁万元，请转财务" in reply.text
    assert "查不了" in reply.text


def test_fix35b_one_receipt_or_several_is_not_said() -> None:
    reply = answer(
        "Deposit for 基础软件 + 服务 + 安全 together? And will we get one receipt or three?",
        today=DAY,
    )
    assert "90,000" in reply.text
    assert "does not say whether several markets get one receipt" in reply.text


def test_fix35b_a_table_of_one_amount_per_market_is_tiered_per_market() -> None:
    text = answer(
        "Sept 2020 settled, no distribution:\n| category | amount |\n| API市场 | 300,000 |\n"
        "| 数据智能 | 150,000 |\n| 解决方案 | 250,000 |\nCommission per category and the total please.",
        today=DAY,
    ).text
    assert text.startswith("Commission in all: 27,500 yuan")


# fix35c: dev25f/g (written blind, judged at 9350369; not blind after).


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("平台抽的那个税，建站市场第一档按佣金表是多少个点？", "建站市场第1档的佣金比例是 20%"),
        (
            "佣金减免那个优惠政策是从哪天开始算的？",
            "指南中的平台服务费减免优惠政策期间：自2016年11月17日起",
        ),
        ("保证金能不能晚点交？先上架几个商品试试水", "不能，发布商品前服务商必须缴纳保证金"),
        ("保证金能不能晚点交，先把商品挂上去卖着？", "不能，"),
        ("合同签完了是不是直接就能上架商品了？", "不是，还不能"),
        (
            "订单号 202103310001，结算日期是2021-03-31，这单还在佣金优惠期里吗？",
            "这笔订单本身我查不了；按您给的结算日期：是的",
        ),
        (
            "如果我们把企业应用这个类目下架了只留基础软件，基础软件那边的佣金档位会跟着变吗？",
            "不会。",
        ),
        ("想进解决方案市场，团队30人，但是没人考过阿里云的认证，行不行", "不能"),
        (
            "Partner ID P-20190311-77, we've been in the API market since 2019. Adding 零售通 now — how "
            "much extra deposit?",
            "Adding Retail Link Market: 50,000 yuan more",
        ),
        (
            "which verticals does the 解决方案 market currently take? need the full list for a client deck",
            "Solution Market: in one of the six open industries",
        ),
        (
            "Is it true the deposit gets cheaper for the second market, like a bundle discount?",
            "No, the deposit is not waived",
        ),
        (
            "two quick things: what's the deposit for the 新零售 market, and how will we find out if our "
            "application is approved?",
            "Deposit for New Retail Market: 30,000 yuan",
        ),
    ],
)
def test_fix35c_the_asked_thing_first(question: str, opening: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert reply.text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "云市场跟AWS Marketplace比，哪家抽成更低？",
        "Can you check whether Alibaba Cloud account 1452867390012345 has already paid the 30k deposit?",
        "入驻以后最少要做满多久才可以退出拿回保证金？",
        "多收的那部分佣金具体几号退回来？",
        "What's the term of the Y20 partner framework agreement — one year? does it auto-renew?",
    ],
)
def test_fix35c_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


def test_fix35c_a_market_dropped_in_a_what_if_gets_its_own_total() -> None:
    text = answer(
        "我们打算一起进API、服务市场和零售通，保证金一共多少？工单里大写金额怎么写？要是零售通先不进了，又是多少？",
        today=DAY,
    ).text
    assert (
        "11万元" in text
        and "不进零售通市场的话：API市场、服务市场共 60,000 元（大写陆万元）" in text
    )
    text = answer(
        "Channel plan: 基础软件, 安全, 企业应用, 数据智能 plus 零售通. Total deposit? And if we drop 零售通 "
        "from the plan?",
        today=DAY,
    ).text
    assert "170,000" in text and "120,000" in text


def test_fix35c_a_month_past_the_policy_is_not_computed() -> None:
    text = answer(
        "建站市场2021年3月和4月各实收30万，都没分销，两个月佣金分别多少？", today=DAY
    ).text
    assert text.startswith("4月不在指南的佣金优惠政策期间")
    assert "9万元" not in text


def test_fix35c_orders_named_by_letters_are_summed() -> None:
    text = first_line(
        "2020年10月我们在建站市场结算的实收：A单8万，B单7万，C单6万，都不是分销。这个月最后佣金多少钱？"
    )
    assert "31,500" in text


# fix35d: holdout26's judged wrongs, after its one blind score at 605d501 (not blind).


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "We are a media company (传媒), 30 staff, licence 2019, capital 5M, 2 ACP engineers, 5x8 "
            "after-sales. Does our industry qualify for the Solutions market?",
            "Yes, on that point: in one of the six open industries",
        ),
        (
            "Our licence was issued on 2019-07-07 (reg. no. 310115000812345), capital 3,000,000. "
            "Does the licence age qualify us for 建站?",
            "Yes, on that point: business license at least 2 years old",
        ),
        (
            "Retail Link asks for a minimum number of employees — we have exactly 4. does that count?",
            "Yes",
        ),
        (
            "Which market charges 20% in the first commission tier?",
            "Markets whose tier 1 rate is 20%: Website Building Market",
        ),
        ("Is the deposit ticket the last step? What happens after?", "No, it is not the last step"),
        (
            "2020年7月 服务市场(服务&代维)收了15万，企业应用也是15万，都是自营。佣金一共多少？能不能合起来30万按第二档算？",
            "不能合起来算",
        ),
    ],
)
def test_fix35d_the_asked_thing_first(question: str, opening: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert reply.text.startswith(opening)


def test_fix35d_marketing_asked_beside_a_set_aside() -> None:
    text = first_line("我们是做代运维的小团队，想问服务市场除了技术能力以外对营销有没有要求")
    assert "营销策划能力" in text


def test_fix35d_credentials_offered_are_declined() -> None:
    assert answer("帮我在控制台直接把保证金充上吧，我把账号密码发你", today=DAY).out_of_scope
