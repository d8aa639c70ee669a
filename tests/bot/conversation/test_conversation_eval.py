"""The conversation evaluation (bench/conversation_eval.py): scripted vendors, scored.

The blind set (written from the guide by someone who never saw the parser) joined the tests
after its first score was recorded in docs/ANSWERS.md; it must stay at 0 wrong values stored,
every verdict right and a median of at most 1 extra turn.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.conversation_eval import evaluate, main, play
from bot.config import Settings

DATA = Path(__file__).parent / "data"


def assert_meets_the_goals(name: str, conversations: int) -> dict:
    """The set has `conversations` vendors and meets issue 12's goals: no wrong value stored,
    every verdict right, a median of at most 1 extra turn. Returns the summary."""
    results, summary = evaluate(DATA / name)
    assert summary["conversations"] == conversations
    assert summary["wrong_values"] == 0, [(r.id, r.wrong) for r in results if r.wrong]
    assert summary["verdicts_right"] == conversations, [
        (r.id, r.verdict_errors, r.stuck) for r in results if not r.verdicts_right
    ]
    assert summary["median_extra_turns"] <= 1
    return summary


def test_the_blind_conversations_meet_the_goals() -> None:
    results, summary = evaluate(DATA / "blind_conversations.yaml")
    assert summary["conversations"] >= 60
    failing = {r.id: [*r.wrong, *r.verdict_errors, r.stuck] for r in results if r.wrong}
    assert summary["wrong_values"] == 0, failing
    assert summary["verdicts_right"] == summary["conversations"], [
        (r.id, r.verdict_errors, r.stuck) for r in results if not r.verdicts_right
    ]
    assert summary["median_extra_turns"] <= 1


def test_the_second_blind_set_stays_at_its_first_run() -> None:
    """blind_conversations9 (50 vendors, written from the guide by someone who never saw the
    parser) was run once, blind, on 2026-12-01 at main dad8036: 2 wrong values stored, 39/50
    verdicts right, 10 stuck, median extra turns 0 (docs/ANSWERS.md). It is held there until
    its misses are fixed: any change that stores more wrong values, gets fewer verdicts right or
    leaves more vendors stuck fails here. After the general fixes (yes/no given as a
    description, "X不了", "还没完成", industries in other English words; not blind any more):
    0 wrong, 50/50, none stuck."""
    summary = assert_meets_the_goals("blind_conversations9.yaml", 50)
    assert summary["stuck"] == 0


def test_the_third_blind_set_stays_at_its_first_run() -> None:
    """blind_conversations10 (60 vendors, written from the guide by someone who never saw the
    parser) was run once, blind, on 2026-12-01 at main 75f709b: 2 wrong values stored (in 2
    conversations), 58/60 verdicts right, 1 stuck, median extra turns 0 (docs/ANSWERS.md). It is
    held there: any change that stores more wrong values, gets fewer verdicts right or leaves
    more vendors stuck fails here. After the first fixes (not blind): 1 wrong value (b10c47's
    year-alone licence date), 59/60, 1 stuck. After round 11 (a year alone asks its month, a
    number typed at a confirmation is the value): 0 wrong, 60/60, none stuck."""
    summary = assert_meets_the_goals("blind_conversations10.yaml", 60)
    assert summary["stuck"] == 0


def test_the_fourth_blind_set_stays_at_its_first_run() -> None:
    """blind_conversations11 (60 vendors, written from the guide by someone who never saw the
    parser) was run once, blind, on 2026-12-01 at main b8f01b5: 1 wrong value stored (c18, a
    late English correction "I said 1 year … It's actually 3 years" stored 1), 59/60 verdicts
    right, 0 stuck, median extra turns 0 (docs/ANSWERS.md). After round 12 (not blind: a
    correction that repeats the old value stores the new one): 0 wrong, 60/60, none stuck."""
    summary = assert_meets_the_goals("blind_conversations11.yaml", 60)
    assert summary["stuck"] == 0


def test_the_fifth_blind_set_stays_at_its_first_run() -> None:
    """blind_conversations12 (60 vendors, written from the guide by someone who never saw the
    parser) was run once, blind, on 2026-12-01 at main 6f09aae: 4 wrong values stored (in 4
    conversations: c28 an aside "the team is 20 now" corrected the social-insurance answer, c44
    the 380,000 of a question typed at the employee count stored as 380 employees, c46 a late
    "有1个同事考过ACP" taken as the pending yes, c50 "15/03/2019, not 2018" not read), 56/60
    verdicts right, 1 stuck, median extra turns 0 (docs/ANSWERS.md). After fixes (not blind:
    a tagged question gives no value, the field named beside a correction's value, an ACP
    count at a yes/no question, the date before "not X", "only Y - not X"): 0 wrong, 60/60,
    none stuck — held there."""
    summary = assert_meets_the_goals("blind_conversations12.yaml", 60)
    assert summary["stuck"] == 0


def test_the_sixth_blind_set_stays_at_its_first_run() -> None:
    """blind_conversations13 (60 vendors, written from the guide by someone who never saw the
    parser) was run once, blind, on 2026-12-01 at main 41b8b13: 0 wrong values stored, 60/60
    verdicts right, 0 stuck, median extra turns 0 (mean 0.15, max 1) (docs/ANSWERS.md) — the
    goals met on the first run. Held there."""
    summary = assert_meets_the_goals("blind_conversations13.yaml", 60)
    assert summary["stuck"] == 0


def test_the_seventh_blind_set_stays_at_its_first_run() -> None:
    """blind_conversations14 (60 vendors, 34 zh / 26 en, written from the guide and SPEC by a new
    writer who never saw the parser) was run once, blind, on 2026-12-05 at 48f21dd: 0 wrong
    values stored, 60/60 verdicts right, 0 stuck, median extra turns 0 (mean 0.07, max 1)
    (docs/ANSWERS.md). Held there."""
    summary = assert_meets_the_goals("blind_conversations14.yaml", 60)
    assert summary["stuck"] == 0


def test_the_eighth_blind_set_meets_the_goals_after_its_mends() -> None:
    """blind_conversations15 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at 5d2b6e9: 1 wrong value stored (c15_30, "About the
    social insurance statement: I checked with HR and we can't provide it yet" not read), 56/60
    verdicts right (c15_35 "a Retail Link service provider" also chose the service market,
    c15_49 "all twelve markets, including Retail Link" chose 零售通 alone, c15_53 stuck on
    "这个我不清楚，要问技术部"), 1 stuck, median extra turns 0 (docs/ANSWERS.md). Mended (not
    blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations15.yaml", 60)
    assert summary["stuck"] == 0


def test_the_ninth_blind_set_meets_the_goals_after_its_mends() -> None:
    """blind_conversations16 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at 646051a: 5 wrong values stored in 4 vendors (c16_15
    "0年，大数据这块还没做过" also stored no big-data offering; c16_25 "Correction on after-sales
    support: …, so it's none" not read; c16_27 "… 0 years in big data … The API 2 years is
    right" corrected the API years; c16_31 "API和服务市场两个一起，保证金…？" stored a team of 2),
    55/60 verdicts right, 3 stuck (c16_38 "目前不是，我们还在用AWS" asked again; c16_49 "去年在
    1688上有过一次违规记录" refused), median extra turns 0 (docs/ANSWERS.md). Mended (not
    blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations16.yaml", 60)
    assert summary["stuck"] == 0


def test_the_tenth_blind_set_meets_the_goals_after_its_mends() -> None:
    """blind_conversations17 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at 851b62b (with the first change of round 43, markets
    changed mid-form, in the work tree): 0 wrong values stored, 58/60 verdicts right, 2 stuck
    (c17_51 "这个不太清楚。" and c17_53 "营业执照日期我记不清了。" not read as unknown), median
    extra turns 0 (mean 0.1, max 2) (docs/ANSWERS.md). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations17.yaml", 60)
    assert summary["stuck"] == 0


def test_the_eleventh_blind_set_stays_at_its_first_run() -> None:
    """blind_conversations18 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at d3a5078: 0 wrong values stored, 60/60 verdicts right,
    0 stuck, median extra turns 0 (mean 0.08, max 1) — the goals met on the first run
    (docs/ANSWERS.md). Held there."""
    summary = assert_meets_the_goals("blind_conversations18.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twelfth_blind_set_meets_the_goals_after_its_one_miss() -> None:
    """blind_conversations19 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at d7c5b73: 0 wrong values stored, 59/60 verdicts right,
    0 stuck, median extra turns 0 (mean 0.1, max 1) — c19_46's "not on Alibaba Cloud IoT" dropped
    the IoT market (docs/ANSWERS.md, "Round 44"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations19.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirteenth_blind_set_meets_the_goals_after_its_two_misses() -> None:
    """blind_conversations20 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at d5557a7: 1 wrong value stored, 58/60 verdicts right,
    0 stuck, median extra turns 0 (mean 0.1, max 2) — c20_27's "团队人数刚才说少了，…一共22人"
    and c20_28's "IoT and Solutions." (docs/ANSWERS.md, "Round 44"). Mended (not blind): held
    at the goals."""
    summary = assert_meets_the_goals("blind_conversations20.yaml", 60)
    assert summary["stuck"] == 0


def test_the_development_set_meets_the_goals() -> None:
    """dev9_conversations (45 vendors written for issue 12's second round by someone who never
    saw the parser; the parser was tuned on it, so it is not blind) stays at the goals."""
    assert_meets_the_goals("dev9_conversations.yaml", 45)


def test_the_dev10_set_meets_the_goals() -> None:
    """dev10_conversations (50 vendors written for issue 12's third round by someone who never
    saw the parser; shared while fixing, so not blind). First run at 913b808: 4 wrong values in
    3 conversations, 43/50 verdicts, 4 stuck, median 0 (docs/ANSWERS.md); held at the goals
    after the fixes. One expectation (c37) is changed in this copy, with the reason in its
    notes."""
    assert_meets_the_goals("dev10_conversations.yaml", 50)


def test_the_dev11_set_stays_at_its_first_run() -> None:
    """dev11_conversations (50 vendors written for issue 12's fourth round by someone who never
    saw the parser; shared while fixing, so not blind). First run on 2026-12-01 at main 280b218:
    2 wrong values in 2 conversations, 39/50 verdicts right, 7 stuck, median extra turns 1
    (docs/ANSWERS.md). Held at what the fixes reach: any change storing more wrong values,
    getting fewer verdicts right or leaving more vendors stuck fails here."""
    results, summary = evaluate(DATA / "dev11_conversations.yaml")
    assert summary["conversations"] == 50
    assert summary["wrong_values"] <= DEV11_WRONG, [(r.id, r.wrong) for r in results if r.wrong]
    assert summary["verdicts_right"] >= DEV11_VERDICTS, [
        (r.id, r.verdict_errors, r.stuck) for r in results if not r.verdicts_right
    ]
    assert summary["stuck"] <= DEV11_STUCK
    assert summary["median_extra_turns"] <= 1


# What dev11 reaches now (raise as fixes land; the first run is in the test's docstring).
DEV11_WRONG = 0
DEV11_VERDICTS = 50
DEV11_STUCK = 0


def test_our_own_smoke_set_passes(capsys) -> None:
    assert main([str(DATA / "own_conversations.yaml")]) == 0
    assert "wrong values stored 0" in capsys.readouterr().out


def test_a_wrong_stored_value_and_a_wrong_verdict_are_caught() -> None:
    """The scorer can fail: a persona whose truth differs from what it typed is flagged."""
    [persona, _] = yaml.safe_load((DATA / "own_conversations.yaml").read_text(encoding="utf-8"))
    persona = {
        **persona,
        "expect_profile": {**persona["expect_profile"], "team_size": 99},
        "expect_verdicts": {"api": "not_eligible"},
    }
    result = play(persona, Settings(_env_file=None))
    assert result.wrong == ["team_size: stored 23, truth 99"]
    assert result.verdict_errors == ["api: eligible (expected not_eligible)"]


def test_the_field_asked_comes_from_the_engine_state() -> None:
    """A persona with no line for a field it is asked answers 不知道 (the field stays unknown)."""
    persona = {
        "id": "t1",
        "lang": "zh",
        "opening": "api",
        "expect_markets": ["api"],
        "answers": {"legal_entity": ["是"]},
        "confirm": True,
        "expect_profile": {"legal_entity": True},
        "expect_verdicts": {"api": "incomplete"},
        "as_of": "2021-01-20",
    }
    result = play(persona, Settings(_env_file=None))
    assert result.verdicts_right and not result.wrong and result.extra == 0


def test_the_dev12_set_meets_the_goals() -> None:
    """dev12_conversations (50 vendors written for issue 12's fifth round by someone who never
    saw the parser; shared while fixing, so not blind). First run on 2026-12-01 at main 561caf5:
    1 wrong value in 1 conversation (c07), 46/50 verdicts right, 3 stuck, median extra turns 0
    (docs/ANSWERS.md). After round 13's fixes: 0 wrong, 50/50, none stuck — held there."""
    summary = assert_meets_the_goals("dev12_conversations.yaml", 50)
    assert summary["stuck"] == 0


def test_our_round13_probes_meet_the_goals() -> None:
    """own13_conversations: the 130 short conversations written while probing round 13's classes
    (written with the parser, so a regression net, not an evaluation)."""
    summary = assert_meets_the_goals("own13_conversations.yaml", 130)
    assert summary["stuck"] == 0


def test_the_dev13_set_meets_the_goals() -> None:
    """dev13_conversations (60 vendors written for issue 12's sixth round by someone who never
    saw the parser, to the same instructions as the blind writer; shared, not blind). First run
    on 2026-12-01 at main f47d56a: 1 wrong value stored, 57/60 verdicts right, 1 stuck, median
    extra turns 0 (docs/ANSWERS.md). After round 15's fixes (a wish clause in a market choice, a
    dash ending a clause, an English no after fillers, a late no-correction's own clause): 0
    wrong, 60/60, none stuck."""
    summary = assert_meets_the_goals("dev13_conversations.yaml", 60)
    assert summary["stuck"] == 0


def test_our_round15_probes_meet_the_goals() -> None:
    """own15_conversations: the 129 short conversations written while probing round 15's classes
    (written with the parser, so a regression net, not an evaluation)."""
    summary = assert_meets_the_goals("own15_conversations.yaml", 129)
    assert summary["stuck"] == 0


def test_the_fourteenth_blind_set_meets_the_goals_after_its_one_miss() -> None:
    """blind_conversations21 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at ded6dc6: 1 wrong value stored, 59/60 verdicts right,
    1 stuck, median extra turns 0 (mean 0.08, max 1) — c21_26's "能提供舆情分析SaaS。" at the
    big-data question was refused, and the 7x24 correction after it never reached (docs/ANSWERS.md,
    "Round 45"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations21.yaml", 60)
    assert summary["stuck"] == 0


def test_the_fifteenth_blind_set_meets_the_goals_after_its_two_misses() -> None:
    """blind_conversations22 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at 04d0a5e: 2 wrong values stored, 59/60 verdicts right,
    0 stuck, median extra turns 0 (mean 0.1, max 2) — c22_55's "不确定能不能提供，跳过。" stored
    as 否, c22_57's "a few million" stored as 1,000,000 (docs/ANSWERS.md, "Round 45"). Mended
    (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations22.yaml", 60)
    assert summary["stuck"] == 0


def test_the_sixteenth_blind_set_meets_the_goals_on_its_first_run() -> None:
    """blind_conversations23 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at 67908ac: 0 wrong values stored, 60/60 verdicts right,
    0 stuck, median extra turns 0 (mean 0.08, max 1) (docs/ANSWERS.md, "Round 46")."""
    summary = assert_meets_the_goals("blind_conversations23.yaml", 60)
    assert summary["stuck"] == 0


def test_the_seventeenth_blind_set_meets_the_goals_after_its_misses() -> None:
    """blind_conversations24 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-05 at ad52da4: 3 wrong values stored, 56/60 verdicts right,
    1 stuck, median extra turns 0 (mean 0.1, max 1) — c24_46's "No, we don't actually sell any
    big data product yet." stored a yes, c24_31's "没有单独的售后技术服务团队。" a team of 0,
    c24_24's certification correction went to the legal entity, c24_45's "…不是阿里云IoT。"
    dropped the IoT market (docs/ANSWERS.md, "Round 46"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations24.yaml", 60)
    assert summary["stuck"] == 0


def test_the_eighteenth_blind_set_meets_the_goals_on_first_contact() -> None:
    """blind_conversations25 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-06 at 4178b37: 0 wrong values stored, 60/60 verdicts right,
    0 stuck, median extra turns 0 (mean 0.08, max 1) (docs/ANSWERS.md, "Round 47")."""
    summary = assert_meets_the_goals("blind_conversations25.yaml", 60)
    assert summary["stuck"] == 0


def test_the_nineteenth_blind_set_meets_the_goals() -> None:
    """blind_conversations26 (60 vendors, 34 zh / 26 en, a new writer who never saw the parser)
    was run once, blind, on 2026-12-06 at 743d0fb: 0 wrong values stored, 59/60 verdicts right,
    1 stuck, median extra turns 0 (mean 0.07, max 1) — c26_45's "不全是，部分产品用的是自建的
    物联网平台。" asked again (its 产品 read as another question's) (docs/ANSWERS.md, "Round
    48"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations26.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twentieth_blind_set_meets_the_goals() -> None:
    """blind_conversations27 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-06 at 0b1a9e7: 1 wrong value stored, 58/60 verdicts right, 2 stuck, median extra
    turns 0 (mean 0.07, max 1) — c27_18's "还没有，正在走生态伙伴认证流程。" asked again as not
    complete, c27_26's "we actually have none right now, both left last month" read "both" as a
    number (docs/ANSWERS.md, "Round 48"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations27.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_first_blind_set_meets_the_goals() -> None:
    """blind_conversations28 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-06 at d13aee3: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.08, max 1) — met the goals on first contact (docs/ANSWERS.md, "Round 49")."""
    summary = assert_meets_the_goals("blind_conversations28.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_second_blind_set_meets_the_goals() -> None:
    """blind_conversations29 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-06 at f484f4f: 1 wrong value stored, 59/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.08, max 1) — c29_24's "Sorry, I got one wrong earlier: we do offer big-data
    services - …" at the agreements question was "too long" (big-data, hyphenated, named no
    question) (docs/ANSWERS.md, "Round 50"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations29.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_third_blind_set_meets_the_goals() -> None:
    """blind_conversations30 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-06 at 8a08765: 0 wrong values stored, 58/60 verdicts right, 2 stuck, median extra
    turns 0 (mean 0.1, max 2) — c30_48's "有1688会员账号，认证过了。" (two labels read, nothing
    taken) and c30_54's "I'd rather skip that one for now." (docs/ANSWERS.md, "Round 51").
    Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations30.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_fourth_blind_set_meets_the_goals() -> None:
    """blind_conversations31 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-06 at b598da5: 0 wrong values stored, 59/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.07, max 1) — c31_49's "Everything, all twelve markets, Retail Link
    included." checked Retail Link alone (docs/ANSWERS.md, "Round 51"). Mended (not blind):
    held at the goals."""
    summary = assert_meets_the_goals("blind_conversations31.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_fifth_blind_set_meets_the_goals() -> None:
    """blind_conversations32 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-06 at e0e0279: 0 wrong values stored, 59/60 verdicts right, 1 stuck, median extra
    turns 0 (mean 0.1, max 2) — c32_17's "提供不了，有一部分人是外包的。" was asked again
    (docs/ANSWERS.md, "Round 52"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations32.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_sixth_blind_set_meets_the_goals() -> None:
    """blind_conversations33 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-06 at a687256: 1 wrong value stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.08, max 1) — c33_59's "a few dozen" employees was stored as 12
    (docs/ANSWERS.md, "Round 52"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations33.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_seventh_blind_set_meets_the_goals() -> None:
    """blind_conversations34 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 64261d87: 1 wrong value stored, 59/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.08, max 2) — c34_25's "Correction: our solutions are for e-commerce, not
    manufacturing." at the agreements question was asked as a yes/no and the industry kept
    (docs/ANSWERS.md, "Round 53"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations34.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_eighth_blind_set_meets_the_goals() -> None:
    """blind_conversations35 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at cd046bff: 0 wrong values stored, 59/60 verdicts right, 1 stuck, median extra
    turns 0 (mean 0.08, max 1) — c35_44's "能提供，我们做大数据SaaS和BI。" at the big-data
    question read as labels of two other questions and the question asked again
    (docs/ANSWERS.md, "Round 54"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations35.yaml", 60)
    assert summary["stuck"] == 0


def test_the_twenty_ninth_blind_set_meets_the_goals() -> None:
    """blind_conversations36 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 985f4bc7: 1 wrong value stored, 58/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.1, max 2) — c36_28's "更正：售后技术服务我们目前其实没有，刚才说的5*8不对。"
    stored the disowned 5*8; c36_48's "所有集市都要，包括零售通。" checked 零售通 alone
    (docs/ANSWERS.md, "Round 54"). Mended (not blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations36.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirtieth_blind_set_meets_the_goals() -> None:
    """blind_conversations37 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 69ad7b28: 0 wrong values stored, 59/60 verdicts right, 1 stuck, median extra
    turns 0 (mean 0.1, max 2) — c37_54's "I don't have the licence at hand, I don't know the
    date." was "not a date" with no line left (docs/ANSWERS.md, "Round 55"). Mended (not
    blind): held at the goals."""
    summary = assert_meets_the_goals("blind_conversations37.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_first_blind_set_meets_the_goals() -> None:
    """blind_conversations38 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at b1307bc7: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.13, max 2) — met the goals at first contact (docs/ANSWERS.md, "Round 55")."""
    summary = assert_meets_the_goals("blind_conversations38.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_second_blind_set_meets_the_goals() -> None:
    """blind_conversations39 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 5f1e2934: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (mean 0.08, max 1) — met the goals at first contact (docs/ANSWERS.md, "Round 56")."""
    summary = assert_meets_the_goals("blind_conversations39.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_third_blind_set_meets_the_goals() -> None:
    """blind_conversations40 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 1793a6d1: 1 wrong value stored (c40_18: "有的，市场团队五个人" stored the team
    as 5), 58/60 verdicts right, 2 stuck (c40_45, c40_51: "yes, the SaaS migration is done"
    read as the enterprise question's yes — a reading this round had just added); all three
    mended (docs/ANSWERS.md, "Round 56")."""
    summary = assert_meets_the_goals("blind_conversations40.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_fourth_blind_set_meets_the_goals() -> None:
    """blind_conversations41 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 384ee239: 0 wrong values stored, 58/60 verdicts right, 2 stuck (c41_36:
    "那我们目前没有ACP认证工程师。" — three words before 没有; c41_41: "Then not yet." — an
    English "then" before the answer); both mended (docs/ANSWERS.md, "Round 57")."""
    summary = assert_meets_the_goals("blind_conversations41.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_fifth_blind_set_meets_the_goals() -> None:
    """blind_conversations42 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 70110d50: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 58")."""
    summary = assert_meets_the_goals("blind_conversations42.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_sixth_blind_set_meets_the_goals() -> None:
    """blind_conversations43 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 2d7a0676: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 58")."""
    summary = assert_meets_the_goals("blind_conversations43.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_seventh_blind_set_meets_the_goals() -> None:
    """blind_conversations44 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 2758a994: 0 wrong values stored, 58/60 verdicts right, 2 stuck ("认证做完了。"
    at the certification question was asked again), median extra turns 0 (docs/ANSWERS.md,
    "Round 59"); mended."""
    summary = assert_meets_the_goals("blind_conversations44.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_eighth_blind_set_meets_the_goals() -> None:
    """blind_conversations45 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 5d2b4ecb: 2 wrong values stored (a correction with 暂时 refused, then the
    scripted yes kept; the industry "we're actually a logistics company" not taken), 55/60
    verdicts right, 4 stuck, median extra turns 0 (docs/ANSWERS.md, "Round 59"); mended."""
    summary = assert_meets_the_goals("blind_conversations45.yaml", 60)
    assert summary["stuck"] == 0


def test_the_thirty_ninth_blind_set_meets_the_goals() -> None:
    """blind_conversations46 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 8adf9707: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 59")."""
    summary = assert_meets_the_goals("blind_conversations46.yaml", 60)
    assert summary["stuck"] == 0


def test_the_fortieth_blind_set_meets_the_goals() -> None:
    """blind_conversations47 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 95487faa: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 60")."""
    summary = assert_meets_the_goals("blind_conversations47.yaml", 60)
    assert summary["stuck"] == 0


def test_the_forty_first_blind_set_meets_the_goals() -> None:
    """blind_conversations48 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at 95487faa: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 60")."""
    summary = assert_meets_the_goals("blind_conversations48.yaml", 60)
    assert summary["stuck"] == 0


def test_the_forty_second_blind_set_meets_the_goals() -> None:
    """blind_conversations49 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at a934f282: 0 wrong values stored, 59/60 verdicts right, 1 stuck ("None at the
    moment." for the ACP engineers), median extra turns 0; mended (docs/ANSWERS.md, "Round 60")."""
    summary = assert_meets_the_goals("blind_conversations49.yaml", 60)
    assert summary["stuck"] == 0


def test_the_forty_third_blind_set_meets_the_goals() -> None:
    """blind_conversations50 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-07 at a934f282: 0 wrong values stored, 59/60 verdicts right (an IoT vendor's "IoT
    solutions" added the Solution Market), 0 stuck, median extra turns 0; mended (docs/ANSWERS.md,
    "Round 60")."""
    summary = assert_meets_the_goals("blind_conversations50.yaml", 60)
    assert summary["stuck"] == 0


def test_the_forty_fourth_blind_set_meets_the_goals() -> None:
    """blind_conversations51 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-08 at aeb263a7: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 61")."""
    summary = assert_meets_the_goals("blind_conversations51.yaml", 60)
    assert summary["stuck"] == 0


def test_the_forty_fifth_blind_set_meets_the_goals() -> None:
    """blind_conversations52 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-08 at aeb263a7: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 61")."""
    summary = assert_meets_the_goals("blind_conversations52.yaml", 60)
    assert summary["stuck"] == 0


def test_the_forty_sixth_blind_set_meets_the_goals() -> None:
    """blind_conversations53 (60 vendors, 34 zh / 26 en, a new writer) was run once, blind, on
    2026-12-08 at 1f3a0176: 0 wrong values stored, 60/60 verdicts right, 0 stuck, median extra
    turns 0 (docs/ANSWERS.md, "Round 61")."""
    summary = assert_meets_the_goals("blind_conversations53.yaml", 60)
    assert summary["stuck"] == 0
