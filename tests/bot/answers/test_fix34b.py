"""fix34b (after holdout24's first score, not blind): the classes of its misses — a stated
lack judged (not looked up), slices of a month asked, 万…千… with a hundreds digit, a quarter's
months, support hours asked of two markets, a rate asked at one tier, a record pulled up,
the refund's day, actions and account changes declined, the refund shown to the fen."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


def test_stated_lack_is_judged_not_looked_up() -> None:
    reply = answer("零售通，我们4个人，有专人对接，但是钉钉还没开通，这条满足吗")
    assert not reply.out_of_scope
    assert reply.text.startswith("不满足")


def test_slices_of_a_month_are_not_the_pre_charge_rate() -> None:
    text = answer(
        "Services & O&M (服务&代维), May 2020: 800k CNY, all our own sales. Is it 10% on the "
        "first 200k, 5% on the next 300k and 3% above that? What's the total commission?"
    ).text
    assert text.startswith("No, it is not charged in brackets")
    assert "24,000" in text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("服务市场2020年4月卖了49万9千9，佣金多少", "499,900"),
        (
            "Services category (服务&代维), April 2020: 49万9千9 (499,900 CNY), all direct. Which "
            "tier, and what is the commission?",
            "499,900",
        ),
    ],
)
def test_wan_qian_and_a_hundreds_digit(question: str, total: str) -> None:
    text = answer(question).text
    assert total in text
    assert "24,995" in text.split("\n")[0]


def test_a_quarters_months_each_tiered() -> None:
    text = answer(
        "网站建设 2020年Q4：10月15万、11月22万、12月8万，全是自营。这个季度佣金一共多少？"
    ).text
    assert "合计 7.9万元（79,000元）" in text.split("\n")[0]


def test_support_hours_of_two_markets_no_industry_verdict() -> None:
    text = answer("物联网跟解决方案都要客户案例吗？另外这两个市场售后是几乘几的").text
    assert "5×8" in text
    assert "不满足" not in text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("哪些市场的佣金第一档是10%？", "第1档费率是 10% 的市场：企业应用市场"),
        (
            "Which markets charge 20% at tier 1?",
            "Markets whose tier 1 rate is 20%: Website Building",
        ),
    ],
)
def test_markets_by_rate_at_one_tier(question: str, opening: str) -> None:
    assert answer(question).text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "What did I put as the contact phone in ticket 7Q-55102? Please pull it up.",
        "工单7Q-55102里我填的电话是什么？",
        "你直接帮我在后台把入驻申请提交了吧，资料我发你",
        "帮我把阿里云账号绑定的手机号换成新的",
        "我们保证金还没到账，怎么回事",
    ],
)
def test_look_ups_actions_and_account_changes_declined(question: str) -> None:
    assert answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "多扣的佣金下个月几号能退回来？",
        "Which day of the next month is the overcharged commission refunded?",
    ],
)
def test_refund_day_not_given(question: str) -> None:
    first = answer(question).text.split("\n")[0]
    assert "没有写明具体哪一天" in first or "does not give the exact day" in first


def test_refund_to_the_fen_is_no_invented_number() -> None:
    question = (
        "Data Intelligence, June 2020: 205,000.50 CNY total, all direct. What is the "
        "commission, to the cent?"
    )
    text = answer(question, today=DAY).text
    assert "10,250.03" in text and "Refunded early next month: 10,250.02 yuan" in text
    assert invented_numbers(question, text, DAY) == []


@pytest.mark.parametrize(
    "question", ["交完bzj就能直接上架了吗，还是要先提工单？", "交完保证金是先提工单还是直接上架？"]
)
def test_after_the_deposit_the_ticket_before_the_shop(question: str) -> None:
    assert answer(question).text.startswith("先提交工单（第6步），后")


def test_deposit_withdrawal_for_the_vendor_declined() -> None:
    reply = answer("帮我把保证金提现到公司对公账户")
    assert reply.out_of_scope
    assert reply.text.startswith("我无法替您操作账号或退还保证金")


# After holdout25's first score (not blind).


def test_orders_listed_then_one_named_distribution() -> None:
    text = answer(
        "企业应用 2020年11月：订单12万+8.5万+3万，其中那3万是分销的。佣金一共多少？月中预扣了多少？"
    ).text
    assert text.startswith("佣金 10,250元（第2档 5%）；当月先按第1档 10% 预收 20,500元。")


def test_credit_condition_with_a_dispute_told() -> None:
    reply = answer("零售通对信用这块有要求吗 我们老板之前在1688上有过一点纠纷")
    assert not reply.out_of_scope
    assert "信用良好" in reply.text
    assert answer("客户跟我们有纠纷怎么办").out_of_scope


def test_other_platform_shop_deposit_declined() -> None:
    assert answer("天猫旗舰店入驻要交多少保证金？").out_of_scope


def test_look_up_then_a_guide_question() -> None:
    text = answer(
        "工单号 T2026112900451 提了两天没人理。顺便问下，转财务的工单描述里到底要写哪些信息？"
    ).text
    assert text.startswith("1) 我查不了您账户里的记录")
    assert "2) 工单的问题描述里要填" in text


def test_ticket_sub_step_in_english() -> None:
    assert (
        "资金管理"
        in answer(
            "In the ticket system, after clicking Ask under Finance, what do I choose next?"
        ).text.split("\n")[0]
    )


def test_lack_of_joint_solution_in_english() -> None:
    assert answer(
        "New Retail market: our product hasn't gone through any joint-solution or SaaS "
        "cloud-migration work yet. Are we eligible?"
    ).text.startswith("No")


def test_member_account_age_not_given() -> None:
    reply = answer(
        "For Retail Link, how long must our 1688 member account have been registered before we apply?"
    )
    assert reply.out_of_scope
    assert reply.text.startswith("The guide does not say how long")


@pytest.mark.parametrize(
    "question",
    [
        "Customer order number 20201015-88812: was it settled as a distribution order?",
        "Ticket 50000123: when will finance process our deposit?",
    ],
)
def test_question_about_the_record_after_its_number_stays_one_look_up(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope
    assert not reply.text.startswith("1) ")


def test_stated_points_asked_get_their_verdict_first() -> None:
    assert answer(
        "想入驻安全市场：执照2023年1月5号的，注册资金一百五十万，售后是7*24小时，这三条都满足吗？"
    ).text.startswith("这几项都满足。")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "My number is 138 0013 8000, please call me back when you can. Meanwhile, how much "
            "is the deposit for Retail Link?",
            "I cannot make phone calls",
        ),
        ("我电话13800138000，方便的话回个电话。另外零售通保证金多少？", "我没法打电话或回电"),
    ],
)
def test_call_back_said_then_the_answer(question: str, opening: str) -> None:
    text = answer(question).text
    assert text.startswith(opening)
    assert "50,000" in text
