"""Round 31 (fix31b): a lack stated in words is read as a lack, and the reply opens with it.

1. The social-insurance statement said lacking with the statement named FIRST ("社保缴费表暂时
   提供不了", "社保表还在办") or after the lack ("拿不出社保缴费表", "we can't provide the
   statement"): the team condition is two parts (SPEC decision 4), so it is NOT met — 不能 / No
   first for a market, 不满足 / No for the team condition asked of every market. Said had
   ("社保缴费表能提供") it stays met.
2. "Is that a problem?" with a condition failing opens with the verdict on joining ("You cannot
   join as things stand, so yes, that is a problem"), never a bare "Yes".
3. A lack stated before a rule asked, then "能进吗" last: 不能 first.
4. A lack in an English list of describing words ("no successful, traceable well-known customer
   case") is a lack, said by the vendor or of a client.
5. Support kept only part of the day ("工作日上午9点到12点") beside the rule quoted in the same
   sentence ("API市场要求5*8小时售后"): the vendor's own hours are judged, not the rule's 5*8.
6. A rule asked, then a whole profile asked whether it can join: the join verdict opens.
"""

from __future__ import annotations

from datetime import date

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer

_DAY = date(2020, 11, 15)


def _first(question: str) -> str:
    return first_line(answer(question, today=_DAY).text)


# --- 1. the statement said lacking, named before or after the lack ---------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们做安全产品，执照2019年，注册资金300万，团队40人，7x24售后，5年安全经验，软件成熟稳定，"
        "可以做成ECS镜像交付，公司正规，接受所有协议。就是社保缴费表暂时提供不了，能入安全市场吗",
        "执照5年，注册资金500万，团队30人，5x8售后，做API服务3年，有接口开发能力。社保缴费表暂时拿"
        "不出来，能进API市场吗",
        "人是有30个，但一半是外包的，社保缴费表暂时拿不出来，api市场能进不",
        "社保缴费表暂时提供不了，api市场能进不",
        "团队25人，社保表还在办，能进API市场吗",
        "团队25人，社保个人月缴费信息情况表目前还没有，服务市场能进吗",
    ],
)
def test_statement_named_before_its_lack_is_not_met(question: str) -> None:
    first = first_sentence(answer(question, today=_DAY).text)
    assert first.startswith("不能"), first


@pytest.mark.parametrize(
    "question",
    [
        "我们社保在册有25人，但拿不出社保个人月缴费信息情况表，团队这条符合要求吗？",
        "技术客服30人都交社保，可社保缴费表暂时提供不了，团队这一条算满足吗",
        "25 staff on social insurance, but we can't provide the social insurance statement. "
        "Does our team meet the requirement?",
        "We have 40 people but the social insurance statement isn't available yet. Is the team "
        "condition met?",
    ],
)
def test_team_asked_without_the_statement_is_not_met(question: str) -> None:
    first = _first(question)
    assert first.startswith(("不满足", "No")), first


@pytest.mark.parametrize(
    "question",
    [
        "团队25人，社保缴费表能提供，能进API市场吗",
        "执照5年，注册资金500万，团队30人都交社保，社保缴费表可以提供，5x8售后，做API服务3年，"
        "有接口开发能力，能进API市场吗",
    ],
)
def test_statement_said_had_stays_met(question: str) -> None:
    text = answer(question, today=_DAY).text
    assert not first_sentence(text).startswith("不"), text
    assert "缴费信息情况表 → 按您说的，不满足" not in text, text


# --- 2. "is that a problem" with a condition failing: the join verdict first ------------------
@pytest.mark.parametrize(
    "question",
    [
        "We want Basic Software but we can't provide the social insurance payment statement — "
        "our staff are paid through an HR outsourcing agency. Is that a problem?",
        "Basic Software: our product is SaaS only, cannot be delivered as an ECS image. Is this "
        "a problem?",
        "solution market: we have no ACP certified engineer, is that a problem?",
        "Our product can't be delivered as an ECS image. Would that stop us joining Basic "
        "Software?",
    ],
)
def test_a_failed_condition_opens_with_cannot_join(question: str) -> None:
    first = _first(question)
    assert first.startswith("You cannot join"), first


@pytest.mark.parametrize(
    "question",
    [
        "We don't have any ACP-certified engineer. Is that a problem for the IoT market?",
        "Our business license is only 6 months old. Is that a problem for the IoT market?",
    ],
)
def test_a_condition_the_market_does_not_set_is_no_problem(question: str) -> None:
    first = _first(question)
    assert not first.startswith(("You cannot", "Yes")), first


# --- 3. a lack stated, the rule asked, then 能进吗 last ---------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们是纯技术团队，基本没啥营销策划能力，服务市场这方面有要求吗？我们能进吗",
        "我们没有营销策划能力，服务市场对这个有要求吗？能入驻吗",
        "我们公司没有ACP认证工程师，解决方案市场对这个有要求吗？我们还能进吗",
    ],
)
def test_lack_then_rule_then_join_opens_with_cannot(question: str) -> None:
    first = first_sentence(answer(question, today=_DAY).text)
    assert first.startswith("不能"), first


# --- 4. a lack before a list of describing words ----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "My client has no successful, traceable well-known customer case yet. Can they join the "
        "Solutions market?",
        "Our client doesn't have any successful, traceable well-known customer cases. Are they "
        "eligible for the Solution market?",
        "We have no successful, traceable well-known customer case yet. Can we join the "
        "Solutions market?",
    ],
)
def test_no_case_in_a_list_of_describing_words_is_a_lack(question: str) -> None:
    first = _first(question)
    assert first.startswith("No"), first


def test_cases_had_in_a_list_of_describing_words_stay_met() -> None:
    first = _first(
        "We have successful, traceable well-known customer cases. Does that meet the Solutions "
        "market rule?"
    )
    assert first.startswith("Yes"), first


# --- 5. the vendor's own hours beside the rule quoted -----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们的售后技术支持只有工作日上午9点到12点有人，API市场要求5*8小时售后，我们这样算满足吗？",
        "API市场要求5*8小时售后，我们售后只有工作日上午9点到12点有人，这样满足吗",
        "Our after-sales support is only staffed 9am-12pm on weekdays. Does that meet the API "
        "market's after-sales requirement?",
    ],
)
def test_part_of_the_day_falls_short_of_5x8(question: str) -> None:
    first = _first(question)
    assert first.startswith(("不满足", "No")), first


def test_a_full_working_day_beside_the_rule_stays_met() -> None:
    first = _first("我们售后工作日9点到18点有人，API市场要求5*8小时售后，这样算满足吗？")
    assert first.startswith("满足"), first


# --- 6. a rule asked, then a whole profile asked whether it can join --------------------------
@pytest.mark.parametrize(
    "question",
    [
        "零售通是不是也要20人的团队？我们一共10个员工，有专人对接运营，钉钉也开了，其他条件也都满足，"
        "能申请零售通吗",
        "零售通需要20个人吗？我们8个员工，有专人对接运营，开通了钉钉，其他条件都满足，能入驻零售通吗",
    ],
)
def test_join_verdict_opens_after_a_rule_asked(question: str) -> None:
    text = answer(question, today=_DAY).text
    assert first_sentence(text).startswith("能"), text
    assert "不需要" in text, text
