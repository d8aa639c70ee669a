"""Round 5: ticket text for a number of markets, proof named beside a verdict, entries that
require concepts, the timing concept, guide-adjacent topics declined."""

from __future__ import annotations

from bot.answers import answer
from bot.answers.computed import ticket_count_answer
from bot.answers.knowledge import entry_by_id
from bot.answers.matcher import default_index, find_concepts
from bot.answers.text import market_count_mentioned


def test_ticket_for_two_unnamed_markets_states_the_retail_link_assumption() -> None:
    reply = ticket_count_answer(2, "zh")
    assert "入驻云市场已缴纳保证金陆万元，请转财务" in reply.text
    assert "前提是其中没有零售通" in reply.text
    assert "捌万" in reply.text
    assert reply.topic == "computed.ticket"


def test_ticket_count_with_retail_link_named_is_exact() -> None:
    reply = ticket_count_answer(3, "en", named=["retail_link"])
    assert "入驻云市场已缴纳保证金壹拾壹万元，请转财务" in reply.text
    assert "assumes" not in reply.text


def test_ticket_count_with_retail_link_excluded_is_exact() -> None:
    reply = ticket_count_answer(2, "zh", excluded=["retail_link"])
    assert "陆万" in reply.text
    assert "前提是" not in reply.text


def test_english_market_counts_are_read() -> None:
    assert market_count_mentioned("we joined two markets") == 2
    assert market_count_mentioned("one of the markets") is None


def test_every_market_but_one_gets_the_summed_ticket() -> None:
    reply = answer("除了零售通其他市场都入了，工单金额怎么写")
    assert "叁拾叁万" in reply.text


def test_proof_condition_is_named_beside_the_headcount_verdict() -> None:
    reply = answer("团队25人，要提供什么证明材料")
    first_line = reply.text.splitlines()[0]
    assert "社保个人月缴费信息情况表" in first_line
    assert "除零售通市场外的所有市场" in first_line
    # Every market is met: no "不满足" line at all (it would read as a failed condition).
    assert "✓ 满足" in reply.text and "不满足" not in reply.text


def test_no_proof_line_when_no_proof_is_asked() -> None:
    assert "要提供的证明" not in answer("团队25人够吗").text


def test_english_all_market_summary_fits_with_its_verdict() -> None:
    reply = answer("we have 25 staff, is that enough?")
    assert "meets: API Market" in reply.text
    assert "…" not in reply.text


def test_review_time_gap_needs_both_duration_and_review() -> None:
    assert entry_by_id()["gap.review_time"].requires == frozenset({"duration", "review"})
    ids = [hit.entry.id for hit in default_index().search("保证金是审核前交还是审核后交")]
    assert "gap.review_time" not in ids
    assert answer("审核要几个工作日").out_of_scope


def test_when_in_the_process_is_not_how_long() -> None:
    assert "timing" in find_concepts("什么时候交保证金")
    assert "duration" not in find_concepts("什么时候交保证金")
    reply = answer("Do I pay the deposit before or after the review?")
    assert reply.topic == "deposit.before_listing"
    assert "after your application to a market is approved" in reply.text


def test_guide_adjacent_topics_are_declined() -> None:
    for question in ("网站要做ICP备案吗", "商品定价多少合适", "how do we set the price of our app"):
        assert answer(question).out_of_scope, question
