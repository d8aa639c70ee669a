"""Accuracy of `bot.answers.answer` on the dev set and the held-out set.

A question counts as right when every `must_contain` fact is in the answer (and one of each
`must_contain_any` group), no `must_not_contain` text is, the answer is not a decline, it ends
with its source line and fits a chat message; for `out_of_scope: true` questions, when it is
declined. Texts are compared after `normalise` (below), so "30,000" matches "30000" and
"5*8" matches "5×8"; nothing else is forgiven. A fact must be stated, not merely appear inside
another word (`contains_fact`): "12000" is not in "120000", 能 is not in 不能 or 能否, "can" is
not in "cannot" and "eligible" is not in "not eligible".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answers import answer
from bot.answers.model import MAX_ANSWER_CHARS, Answer
from bot.answers.provenance import invented_numbers
from bot.texts import MESSAGES
from tests.bot.answers.sets_day import SETS_DAY, day_of

HERE = Path(__file__).parent
DEV_SET = HERE / "dev_questions.yaml"
# Every held-out set written by someone who never saw the matcher: holdout_questions.yaml,
# holdout2_questions.yaml, … Each is reported and judged on its own.
HOLDOUT_SETS = sorted(HERE.glob("holdout*.yaml"), key=lambda path: (len(path.name), path.name))
# holdout7 was scored blind before issue 12's answer work and is now a development set kept
# at the same bar; a new blind set dropped into blind/ is only checked for invented numbers
# until it has been scored once.
HOLDOUT7 = HERE / "blind" / "holdout7_questions.yaml"
# Two development sets written from the guide for issue 12's second round by writers who never
# saw the code; the answers were tuned on them (not blind), so they are held at what was reached.
DEV9_SETS = [HERE / "dev9_questions.yaml", HERE / "dev9b_questions.yaml"]
# dev10 (220 questions, a new writer, session 19): first score 186/220 on main 605725b; tuned on
# (not blind). Its seven "how long" items whose time the guide never gives are declined here, as
# every older set expects (docs/ANSWERS.md, "dev10").
DEV10_SET = HERE / "dev10_questions.yaml"
# dev11 (200 questions, session 20): first score 168/200 on main 531c6d0; a development set (not
# blind), held at what its fixes reach (docs/ANSWERS.md, "dev11 (development, first score)").
DEV11_SET = HERE / "dev11_questions.yaml"
# dev12 (200 questions, session 21): first score 152/200 on main 561caf5; a development set (not
# blind), held at what its fixes reach (docs/ANSWERS.md, "dev12 (development, first score)").
DEV12_SET = HERE / "dev12_questions.yaml"
# dev13 (200 questions, session 22): first score 188/200 on main f47d56a; a development set (not
# blind), held at what its fixes reach (docs/ANSWERS.md, "dev13 (development, first score)").
DEV13_SET = HERE / "dev13_questions.yaml"
# dev14b (200 questions, English-heavy, session 23): first score 172/200 on main 94ce11d; a
# development set (not blind), held at what its fixes reach (docs/ANSWERS.md, "dev14b").
DEV14B_SET = HERE / "dev14b_questions.yaml"
# dev14c (200 questions, roles inside one vendor company, session 23; released after the first
# merge): first score 184/200 on main 94ce11d, 186 on 1d2f671; a development set (not blind), held
# at what its fixes reach (docs/ANSWERS.md, "dev14c").
DEV14C_SET = HERE / "dev14c_questions.yaml"
# dev14a (200 questions, personas, session 23): first score 183/200 on main 94ce11d; a development
# set (not blind), held at what its fixes reach (docs/ANSWERS.md, "dev14a (development, first
# score)").
DEV14A_SET = HERE / "dev14a_questions.yaml"
# dev14d (200 questions, a support engineer's inbox, session 23; held back, scored unseen at the
# first and second merges: 186/200 both times, then released): a development set (not blind),
# held at what its fixes reach (docs/ANSWERS.md, "Unseen development sets as a gauge").
DEV14D_SET = HERE / "dev14d_questions.yaml"
# dev15a (200 questions by a new writer, session 24): first score 194/200 on main af8ff4f; a
# development set (not blind), held at what its fixes reach (fix19a: a lack and "还差什么", part
# of the staff insured, "the other markets", a market per product, the non-cloud marketing note,
# an order number beside a rule).
DEV15A_SET = HERE / "dev15a_questions.yaml"
# dev15b (200 questions by a new writer, session 24): first score 193/200 on main af8ff4f; a
# development set (not blind), held at what its fixes reach (fix19b).
DEV15B_SET = HERE / "dev15b_questions.yaml"
# dev15e (200 closed questions by a new writer, session 24): first score 181/200 on main a06ecd3;
# a development set (not blind), held at what its fixes reach (fix19f: a yes / no asked of a rule
# gets the verdict word of its ask first — 是 / 不是, 需要, Yes / No — never the vendor's lack).
DEV15E_SET = HERE / "dev15e_questions.yaml"
# dev15f (200 help-desk questions, session 24): first score 190/200 on main a06ecd3; a
# development set (not blind), held at what its fixes reach (fix19g).
DEV15F_SET = HERE / "dev15f_questions.yaml"
# dev15c (200 questions: a consultant asking for many small vendors, thresholds, comparisons and
# trick questions; session 24): held back and scored unseen at every merge of round 19, then
# released: a development set (not blind), held at its count (docs/ANSWERS.md, "Round 19").
DEV15C_SET = HERE / "dev15c_questions.yaml"
# dev17b (200 questions, money as clerks type it — order tables, csv rows, weekly sums, groups
# "自营：…；分销：…"; session 25): first score 179/200 on main dd71668 (5 invented numbers by the
# check); a development set (not blind), held at what its fixes reach (fix22b).
DEV17B_SET = HERE / "dev17b_questions.yaml"
# dev17a (200 questions by a new writer, session 25): first score 178/200 by the check on main
# dd71668 (156/200 by the judge); a development set (not blind), held at what its fixes reach
# (fix22a: which markets a fact rules out, several markets in one question, agreements not
# accepted, another market's rule, certificates the guide never names, other clouds).
DEV17A_SET = HERE / "dev17a_questions.yaml"
# dev17d (200 questions, a week of vendor-support chat; session 25): first score 195/200 by the
# check on main 76e056c (187 by the independent judge); a development set (not blind), held at
# what its fixes reach (fix22d).
DEV17D_SET = HERE / "dev17d_questions.yaml"
# dev17e (200 questions, English partner managers and short messages; session 25): first score
# 192/200 by the check on main 848ed8f (the judge 188); a development set (not blind), held at
# what its fixes reach (fix22f).
DEV17E_SET = HERE / "dev17e_questions.yaml"
# dev17c (200 questions, a foreign company's onboarding staffer, a developer typing fragments and an
# accountant; session 25): held back and scored unseen at dd71668 (182 by the check, judge 172)
# and at 58adfeb (181, judge 173 with 11 invented numbers: wrong sums the check missed); then
# read by the lead for those sums (not blind from here on).
DEV17C_SET = HERE / "dev17c_questions.yaml"
# dev18b (200 questions, vendors who describe themselves: profile-heavy; session 26): first score
# 168/200 by the check on main 7465b1c (135 by the independent judge); a development set (not
# blind), held at what its fixes reach (fix23e).
DEV18B_SET = HERE / "dev18b_questions.yaml"
# dev18c (200 questions, finance and operations clerks at vendors already selling, and new
# applicants; session 26): first score 182/200 by the check at main 7465b1c (the independent
# judge 171, with 11 invented numbers: wrong sums the check missed); a development set (not
# blind), held at what its fixes reach (fix23f).
DEV18C_SET = HERE / "dev18c_questions.yaml"
# dev18a (200 questions, the first sentence answers the ask; session 26): first score 191/200 by
# the check on main 7465b1c (the judge 180); a development set (not blind), held at what its
# fixes reach (fix23d).
DEV18A_SET = HERE / "dev18a_questions.yaml"
# dev18g (200 questions written to holdout18's brief the same hour; session 26): held back and
# scored unseen at every merge — 196/200 by the check at 7465b1c (the judge 187, 3 invented), 198
# after the first wave (judge 192, 0 invented), 198 at 2c6f568; released after holdout18's score
# (a development set from here on).
DEV18G_SET = HERE / "dev18g_questions.yaml"
# dev19c (200 questions, finance clerks writing a month's commission their way, and onboarding
# asks; session 27): first score 178/200 by the check at main b971a71 (the independent judge 173,
# with 14 invented numbers); a development set (not blind), held at what its fixes reach
# (fix25d, fix25e).
DEV19C_SET = HERE / "dev19c_questions.yaml"
# dev19a (200 questions, a support inbox's month; session 27): first score 191/200 by the check
# on main b971a71 (the judge 187); a development set (not blind), held at what its fixes reach
# (fix25f).
DEV19A_SET = HERE / "dev19a_questions.yaml"
# dev19b (200 questions, a detailed profile judged on what it states; session 27): first score
# 163/200 by the check on main b971a71 (the judge 145); a development set (not blind), held at
# what its fixes reach (fix25g).
DEV19B_SET = HERE / "dev19b_questions.yaml"
# dev19g (200, the round's held-back gauge, same brief as holdout19; check 196 and judge 191
# unseen at main b971a71 and at int25; released to the second wave): a development set from here
# on, held at what its fixes reach (fix26e).
DEV19G_SET = HERE / "dev19g_questions.yaml"
# dev20a (200 questions, one condition of a market asked in many ways; session 28): first score
# 184/200 by the check at main 9013189 (the independent judge 175); a development set (not blind),
# held at what its fixes reach (fix27a, fix27b, fix27c).
DEV20A_SET = HERE / "dev20a_questions.yaml"
# dev20b (200 questions, session 28): first score 185/200 by the check at main 9013189 (the
# independent judge 186); a development set (not blind), held at what its fixes reach (fix28a).
# n=59's group is tightened to 违反了 / 违规 (the reply "没有违反…" passed the check while never
# saying when the deposit is NOT refunded).
DEV20B_SET = HERE / "dev20b_questions.yaml"
# dev20g (200, the round's held-back gauge, holdout20's brief; check 195 and judge 189 unseen at
# main 9013189, check 195 and judge 188 unseen at int27 0cefa0c; then released to the last short
# wave, fix29b/c/d): a development set from here on, held at what its fixes reach.
DEV20G_SET = HERE / "dev20g_questions.yaml"
# dev21g (200, the round's held-back gauge, holdout21's brief; check 187 and judge 183 unseen at
# 2b15023, check 188 and judge 177 unseen at int28 a466798; then released to the last fixer,
# fix30b): a development set from here on, held at what its fixes reach.
DEV21G_SET = HERE / "dev21g_questions.yaml"
# dev21c (200 messy messages from real people; session 29): first score 181/200 by the check at
# 2b15023 (the judge 162, 2 invented numbers); a development set, held at what its fixes reach
# (fix30g).
DEV21C_SET = HERE / "dev21c_questions.yaml"
# dev24a (150, sales and finance staff) and dev24b (150, half English, engineers and product
# managers; session 32): written blind from the guide and SPEC by two new writers, not reviewed;
# first score on main dc0b115 by the check 141 and 142, by an independent judge 136 and 139
# (docs/ANSWERS.md, "Round 27"); development sets from here on, held at what their fixes reach.
DEV24A_SET = HERE / "dev24a_questions.yaml"
DEV24B_SET = HERE / "dev24b_questions.yaml"
# dev25a (150, SaaS start-ups and finance clerks), dev25b (150, hardware/IoT and security firms in
# fragments and mixed languages), dev25c (150, services firms telling their history; edge
# values; session 33): written blind from the guide and SPEC by three new writers, not reviewed;
# first score after holdout24/25's left mends (25af00f + those, uncommitted) by the check 142,
# 143, 139, by an independent judge 141, 136, 135 (docs/ANSWERS.md, "Round 28"); development
# sets from here on, held at what their fixes reach.
DEV25A_SET = HERE / "dev25a_questions.yaml"
DEV25B_SET = HERE / "dev25b_questions.yaml"
DEV25C_SET = HERE / "dev25c_questions.yaml"
# dev25d (150, ops and customer-success staff following up), dev25e (150, English-speaking staff,
# tables and lists of figures; session 33): written blind, not reviewed; first score at main
# 24cab52 by the check 138 and 140, by an independent judge 132 and 136. dev25f (150, first-time
# founders, wrong names for things, rumours) and dev25g (150, channel managers and accountants,
# several markets and exact boundaries): first score at 9350369 by the check 138 and 127, by the
# judge 139 and 127. Development sets from here on, held at what their fixes reach.
DEV25D_SET = HERE / "dev25d_questions.yaml"
DEV25E_SET = HERE / "dev25e_questions.yaml"
DEV25F_SET = HERE / "dev25f_questions.yaml"
DEV25G_SET = HERE / "dev25g_questions.yaml"
# Round 29 (session 34): eight development sets written blind to the committed brief, not
# reviewed, each with a slant of its own — dev26a (compliance officers, negations), dev26b
# (vendors adding a market, months around the policy's edges), dev26c (Hong Kong / Taiwan /
# overseas staff, Traditional Chinese and foreign formats), dev26d (sceptics, rumours, mixed
# asks), dev26e (product managers planning a launch), 150 each, first scored at 8f04dc0 by the
# check 136, 141, 115, 137, 139 and by an independent judge 135, 140, 115, 135, 139; dev26f
# (phone-typed fragments and initials), dev26g (agencies asking for several clients), dev26h
# (readers quoting the guide's words), 120 each, first scored at 6f1d560 by the check 103, 105,
# 111 and by the judge 98, 102, 109 (docs/ANSWERS.md, "Round 29"). Held at what their fixes
# reach (fix36a, fix36b).
DEV26_SETS = [HERE / f"dev26{letter}_questions.yaml" for letter in "abcdefgh"]
# dev28a–f (round 30, session 35): six blind development sets of 120 by new writers to the
# committed brief, each with its own slant — dev28a (comparing markets: which need / only need X),
# dev28b (finance staff and agencies: months, clients, approximate amounts), dev28c (operations
# staff in the console: buttons, steps, dates), dev28d (long chatty messages with declines beside
# real questions), dev28e (70 % English from overseas staff), dev28f (several questions, self-
# corrections, the guide quoted back). First scored at cd9076f by the check 114, 112, 114, 110,
# 111, 112 and by an independent judge 115, 109, 116, 104, 109, 110 (docs/ANSWERS.md, "Round
# 30"). dev28g (small-company founders), dev28h (channel managers' edge cases), dev28i (hurried
# chat with off-topic requests beside questions), first scored at 9ae9f1b by the check 118, 111,
# 112 and by the judge 115, 107, 111. Held at what their fixes reach (fix37b, fix37c).
DEV28_SETS = [HERE / f"dev28{letter}_questions.yaml" for letter in "abcdefghi"]
# dev30a–f (round 31, session 36): six blind development sets of 120 by new writers to the
# committed brief, each with its own slant — dev30a (60 % English from sales staff), dev30b
# (finance clerks: months, parts, spoken amounts), dev30c (near-scope traps and clarifications),
# dev30d (non-numeric conditions: industries, delivery, coverage), dev30e (the process: steps,
# buttons, paths), dev30f (long rambling messages with several questions and self-corrections).
# First scored by the check at 95793de (a–e: 110, 117, 113, 113, 115) and 4f6edae (f: 96), and by
# an independent judge 114, 111, 107, 109, 113, 82 (docs/ANSWERS.md, "Round 31"). Held at what
# their fixes reach (fix38b, fix38c).
DEV30_SETS = [HERE / f"dev30{letter}_questions.yaml" for letter in "abcdef"]
# dev31a–d (round 31, later in session 36): four more blind sets of 120 by new writers —
# dev31a (no slant), dev31b (half English), dev31c (two or three questions per message), dev31d
# (situations against conditions, "which markets"). First scored at 180e3ed by the check 116,
# 114, 116, 116 and by an independent judge 109, 111, 111, 115. Held at what their fixes reach
# (fix38g–i).
DEV31_SETS = [HERE / f"dev31{letter}_questions.yaml" for letter in "abcd"]
# dev32a (round 31, last in session 36): 120 by a new writer to the committed brief with no slant;
# first scored at b81966d by the check 116 and by an independent judge 117.
DEV32A_SET = HERE / "dev32a_questions.yaml"
# dev35a–b (round 33, session 38): two blind development sets of 100 by new writers to the
# committed brief — dev35a (two asks per message, situations in everyday words, follow-ups),
# dev35b (half English, finance arithmetic in words, "the guide does not say" beside what it
# says). First scored by the check at df69dec (a: 94) and c20c58b (b: 94); read by the developers,
# not a judge. Held at what their fixes reach (fix40).
DEV35_SETS = [HERE / f"dev35{letter}_questions.yaml" for letter in "ab"]
# dev36a–b (round 34, session 39): two blind development sets of 100 by new writers to the
# committed brief — dev36a (finance clerks and sales people: arithmetic in parts, several
# months, conditions in full sentences), dev36b (engineers and first-time founders: process
# order, documents, several questions in one message), then dev36c (a verdict or a choice
# first: yes/no, either-or, "did I get this right") and dev36d (60 % English, terse, typos).
# First scored by the check at 2963ad7 (a: 93), at 2963ad7 with dev36a's mends (b: 89) and at
# c4fdf59 (c: 91, d: 93); read by the developers, not a judge. Held at what their fixes reach
# (fix41).
DEV36_SETS = [HERE / f"dev36{letter}_questions.yaml" for letter in "abcd"]
# dev40a–d (round 35, session 40): four blind development sets of 100 by new writers to the
# committed brief, answered on 2026-12-04 (their brief's today; sets_day.py) — dev40a (a rule
# question beside the vendor's own date, id or figure, or a look-up or an action asked), dev40b
# (one market's details asked in roundabout ways), dev40c (compare and rank markets, only X,
# all except), dev40d (unsure words: misnamed steps and pages, mixed terms, hearsay). First
# scored by the check at 320715e + fix42's first mends (a: 93, b: 94) and at 7fa3b31 (c: 94;
# d: 94 with dev40c's first mends); read by the developers, not a judge. Held at what their
# fixes reach (fix42).
DEV40_SETS = [HERE / f"dev40{letter}_questions.yaml" for letter in "abcd"]
# dev42a–b (round 37, session 42): two blind development sets of 100 by new writers to the
# committed brief, answered on 2026-12-04 — dev42a (long messages asking three or four things),
# dev42b (a company described in full sentences, one or two aspects asked). First scored by the
# check at cd78118 (b: 91; a: 93 with dev42b's first mends); read by the developers, not a
# judge. Held at what their
# fixes reach (fix45).
DEV42_SETS = [HERE / f"dev42{letter}_questions.yaml" for letter in "ab"]
# dev43a–b (round 38, session 43): two blind development sets of 100 by new writers to the
# committed brief, answered on 2026-12-04 — dev43a (a company described in words, partly-met
# conditions), dev43b (busy-chat follow-ups: shorthand market names, typos, several asks). First
# scored by the check at 1b92943 + holdout42 #143's mend (a: 93, b: 91); read by the developers,
# not a judge. Held at what their fixes reach (fix46).
DEV43_SETS = [HERE / f"dev43{letter}_questions.yaml" for letter in "ab"]
# dev44a (round 38): a blind development set of 100 by a new writer (markets compared, rules
# across all twelve, situations, figures in words), answered on 2026-12-04. First scored by the
# check at 190bdec (83); read by the developers, not a judge. Held at what its fixes reach.
DEV44_SETS = [HERE / "dev44a_questions.yaml"]
# dev46a (round 39, session 44): a blind development set of 100 by a new writer (two or three
# asks in one message, a company's history told as a story, markets named by what they sell),
# answered on 2026-12-04. First scored by the check at 9e2a661 (95); read by the developers, not
# a judge. Held at what its fixes reach (fix47).
DEV46_SETS = [HERE / "dev46a_questions.yaml"]
# dev47a (round 42, session 47): a blind development set of 150 by a new writer (wrong-topic
# traps: two things compared, negations, a condition asked of a market without it, the vendor's
# own records, "the guide does not say"), answered on 2026-12-05. First scored by the check on
# the session's first edits (a35c3da + black-box 47's left-overs) with its day unset (132), then
# on its day (135; 1 invented, a capital's shortfall the check did not know); read by the
# developers, not a judge. Held at what its fixes reach (test_fix_dev47).
DEV47_SETS = [HERE / "dev47a_questions.yaml"]
# dev21b (200 questions, the vendor's own figures, corrections and where the guide stops;
# session 29): first score 178/200 by the check at 2b15023 (the judge 177, 1 invented number); a
# development set, held at what its fixes reach (fix30e, fix30c).
DEV21B_SET = HERE / "dev21b_questions.yaml"
# dev21a (200 questions, the first sentence of pointed questions; session 29): first score
# 179/200 by the check at main 2b15023 (the independent judge 178); a development set (not
# blind), held at what its fixes reach (fix30f).
DEV21A_SET = HERE / "dev21a_questions.yaml"
EVALUATED_SETS = [
    DEV_SET,
    *HOLDOUT_SETS,
    HOLDOUT7,
    *DEV9_SETS,
    DEV10_SET,
    DEV11_SET,
    DEV12_SET,
    DEV13_SET,
    DEV14B_SET,
    DEV14A_SET,
    DEV14C_SET,
    DEV14D_SET,
    DEV15A_SET,
    DEV15B_SET,
    DEV15E_SET,
    DEV15F_SET,
    DEV15C_SET,
    DEV17B_SET,
    DEV17A_SET,
    DEV17D_SET,
    DEV17E_SET,
    DEV17C_SET,
    DEV18B_SET,
    DEV18C_SET,
    DEV18A_SET,
    DEV18G_SET,
    DEV19C_SET,
    DEV19A_SET,
    DEV19B_SET,
    DEV19G_SET,
    DEV20A_SET,
    DEV20B_SET,
    DEV20G_SET,
    DEV21A_SET,
    DEV21B_SET,
    DEV21C_SET,
    DEV21G_SET,
    DEV24A_SET,
    DEV24B_SET,
    DEV25A_SET,
    DEV25B_SET,
    DEV25C_SET,
    DEV25D_SET,
    DEV25E_SET,
    DEV25F_SET,
    DEV25G_SET,
    *DEV26_SETS,
    *DEV28_SETS,
    *DEV30_SETS,
    *DEV31_SETS,
    *DEV35_SETS,
    *DEV36_SETS,
    *DEV40_SETS,
    *DEV42_SETS,
    *DEV43_SETS,
    *DEV44_SETS,
    *DEV46_SETS,
    *DEV47_SETS,
    DEV32A_SET,
]
SET_IDS = [path.name.removesuffix("_questions.yaml") for path in EVALUATED_SETS]
EVERY_SET = [
    *EVALUATED_SETS,
    *sorted(path for path in (HERE / "blind").glob("*_questions.yaml") if path != HOLDOUT7),
]
EVERY_SET_ID = [path.name.removesuffix("_questions.yaml") for path in EVERY_SET]
REQUIRED_ACCURACY = 0.95
# First blind scores stay in docs/ANSWERS.md (holdout8 149/180, holdout9 176/195, …). After the
# general fixes that followed, every set is held at all of its items, counted in answers so no
# rounding decides it ("the older sets stay at 100 %").
REQUIRED_RIGHT = {
    # holdout7 was one short (135) once the opening verdict was checked: "Is a 1688 membership
    # really required for Retail Link? we only have a Taobao store" opened "No, not as things
    # stand". Back at 136 once "really required?" opens with the rule, then the vendor's lack.
    "holdout7_questions.yaml": 136,
    "holdout8_questions.yaml": 180,
    # Back at 195 once "Can I sell without a company?" says no (it was 194 under the stricter
    # fact check while it listed the conditions).
    # 194 for a while once the standard hand-off's words stopped counting as facts ("没有考过ACP的
    # 工程师，解决方案市场是不是进不了" was declined as an exam question); back at 195 once a stated
    # lack of an ACP holder is judged (不能, which the item's group accepts beside 是).
    "holdout9_questions.yaml": 195,
    # Scored once, blind, at 177/190 (93.2 %, 0 invented numbers, 2026-12-01, main 75f709b):
    # held at that first score until its misses are fixed as classes. 179 after the first fixes;
    # 178 under the stricter fact check (contains_fact), which found n=87's 6,000-for-12,000
    # answer wrong as the independent judge had. Raised as classes were fixed (session 20):
    # parts joined by + / 另外 / plus, "no company, can I join?" → 不能, steps before a step,
    # declines of fees and exams the guide never names, a whole profile's 能 / 不能 first, which
    # markets charge 0 %, the ticket asked beside a profile.
    "holdout10_questions.yaml": 190,
    # Scored once, blind, at 183/215 (85.1 %, 0 invented numbers, 2026-12-01, main b8f01b5),
    # the first set scored under the strict fact check. 179 on the same answers once the reply's
    # opening verdict and the standard hand-off were checked too (the independent judge: 184).
    # Raised as its misses were fixed as classes (look-ups of the vendor's own money or
    # verification, where a refund is paid, sales figures, marketing subsidies, a minimum
    # cooperation period, a market's support hours asked as "how long", whom a market serves,
    # the deposit refund process, deposits adding up, the steps before a step, "a legally
    # registered company" in a profile, when the shop opens, what to tick, a top-up arriving,
    # one market named in English and Chinese asked to be the same, other rows of the deposit
    # page).
    # 192 once a "which markets" answer names only the markets that fit (or only the ruled-out
    # ones), a step said not done (保证金还没交, 只做了个人实名认证) comes first (不能) and a
    # licence month (2025年10月) is judged, "15个技术加客服" counts as the team; 193 once "30个人社保"
    # is no "0 people" (social insurance read as had). 210 with both rounds' fixes together. 212 once a quoted
    # figure or support level that is not the rule is answered no (是不是也得20人, 7x24 for 5x8);
    # 214 once a deposit budget gives the most markets it covers and a day inside the policy
    # period is 能; 215 once "分别要几年" is read with the part before it.
    # 211 once a settlement date is judged against the policy period (fix13a).
    "holdout11_questions.yaml": 215,
    # holdout12 (214 questions, written from the guide by someone who never saw the matcher) was
    # scored once, blind, at main 6f09aae (2026-12-01) under the checker after its second review:
    # 203/214 (94.9 %), 0 invented numbers (docs/ANSWERS.md "holdout12 (blind, first score)").
    # After fixes, not blind: fix14a (id look-ups, deposit transfer / refund-for-me /
    # delisting hand-offs, "does X ask for Y", social insurance in two words) and fix14b
    # (combined categories/months answered no, a stated lack of after-sales service, "which
    # markets" naming only those asked for): 214.
    "holdout12_questions.yaml": 214,
    # holdout13 (261 questions, written from the guide by someone who never saw the matcher) was
    # scored once, blind, at main 41b8b13 (2026-12-01) under the checker after its third review:
    # 239/261 (91.6 %), 0 invented numbers (docs/ANSWERS.md "holdout13 (blind, first score)").
    # After fixes, not blind: a letter code (V10023) is an id, never an amount, and our own
    # charge is handed off (240); 246 once an ask the guide never answers (a penalty, a
    # promotion, a duplicate receipt, a membership's price, another company's qualifications,
    # a forced exit) is declined though a topic word matches a rule; 251 once a lack stated
    # beside 就是 is judged (不能), not read as two names asked to be one, and the tier's bound,
    # an overcharge, the receipt and the step after the ticket get their own topics; 254 once
    # what a market's products must complete, a refund its description promises and what a
    # repeat application fills in after a rejection are answered.
    # With round 16's computed answers and verdicts (fix16b) merged too (n=154, 161, 206): 257.
    # After fixes, not blind (round 17, fix17b): "which markets list 5x8 online CS" names those
    # markets only, and a profile asking "what else" gets the conditions not stated: 259.
    # 259 once a yes / no asked of a rule opens with the rule's own verdict (n=31 无须 → 不是必须,
    # n=196 有权调整 → Yes; bot/answers/yes_no.py, round 17; after fixes, not blind).
    # 261 with round 17's final merge (main 67b062b; after fixes, not blind).
    "holdout13_questions.yaml": 261,
    # holdout14 (229 questions, written from the guide by someone who never saw the matcher) was
    # scored once, blind, at main 67b062b (2026-12-01): 215/229 (93.9 %), 0 invented numbers by
    # the check (docs/ANSWERS.md "holdout14 (blind, first score)"). Held at its first score.
    # 220 with round 18's routing and declines (outsourced support, yearly fee, 1688 shop,
    # long "need to … before", 交完以后; after fixes, not blind).
    # 222 with round 18's verdicts too ("我们只有1个" ACP engineer is met, "we are not certified
    # yet" is a lack, "20万以内按20%，超出的按15%" is 不是; after fixes, not blind).
    # 228 after round 19's leftovers (fix19c; after fixes, not blind): 网站建设 "对应" 建站市场 →
    # 是, 客服在线服务 "而不是" 售后 lists only those markets, three markets' sum then "is Retail
    # Link dearer than them" sums only those three, "只列…就行" is no second question, "which
    # would be blocked" names only the blocked markets, English market list says "Service
    # Market". Left: n=8 (the checker reads a "no"-worded fact group, 没有违反…, as a "no"
    # verdict; the reply 可以退回 is right by §3). 229 once a group whose options are mostly no
    # verdict words is a fact group (fix22e; the change moves no other set).
    "holdout14_questions.yaml": 229,
    # 199 and 119 once the opening verdict was checked: a full 解决方案 profile with "30个人社保都齐"
    # opens with 不能 (social insurance read as not met, API市场 checked unasked) — to fix.
    # Back to 200 and 120 once "30个人社保" / "社保 40 人" were no longer read as "0 people".
    "dev9_questions.yaml": 200,
    "dev9b_questions.yaml": 120,
    # Back to 220 once "网站建设 and 建站市场, the same?" opened with 是 (a rate-table row named).
    "dev10_questions.yaml": 220,
    # First score 168/200 (main 531c6d0, 2026-12-01); raised as its misses are fixed as classes.
    # 199 once the standard hand-off stopped counting: "…没有一个人考过阿里云ACP认证。能进解决方案市场
    # 吗" is declined as an ACP-exam question (as holdout9's). Back at 200 once a stated lack of
    # an ACP holder is judged, not declined.
    "dev11_questions.yaml": 200,
    # First score 152/200 (main 561caf5, 2026-12-01); raised as its misses are fixed as classes.
    # 161 once a figure asked to be confirmed ("零售通保证金也是3万，对吧？") gets 对 / 不对 first.
    # 170 once a settlement date is judged against the policy period, the guide's example is its
    # entry, the day a commission refund arrives is declined with 次月初, and four more declines.
    # 173 once pinyin and chat initials (bzj, yj, ling shou tong) are read as Chinese.
    # 181 with yj read as 押金, repeat applications, products on a declined topic (payroll) and
    # "应该入驻哪个" asking which market, customer cases named as "our customers".
    # 182 once a deposit asked to be the same as the other markets' gets 是 / 不是 first.
    # 198 with round 13's computed answers and verdicts merged (main ff79d78).
    # 199 once mistyped guide words are read right ("secuirty markt").
    # 199 with the computed answers' round 13 (deposit budgets, "really required?", a rule a
    # market does not set, 7x24 asked where 5x8 is the rule, none besides the market set aside,
    # the remaining steps, a lack said as gone, "what more do we need" → every condition).
    # 200 with both answer branches merged (main 69dbd33): the typo fix ("secuirty markt") and
    # the computed rounds together.
    "dev12_questions.yaml": 200,
    # First score 188/200 (main f47d56a, 2026-12-01); raised as its misses are fixed as classes
    # (after fixes, not blind). 195 once the whole process asked beside a lack is every step, a
    # proof of payment is the receipt, the contract's page is step 4, a rate-table row asked to
    # be a market gets 是 first, and certificates or a DingTalk edition no condition names are
    # handed off (fix15a). 200 with both answer branches merged (main fa3c6f9 + fix15a).
    "dev13_questions.yaml": 200,
    # dev14b: first score 172/200 on main 94ce11d (English wording 17 of its 28 misses).
    # 196 with round 17's final merge (main 67b062b; after fixes, not blind).
    # 198 with fix31c (n=131: when a paid deposit shows up, declined; declines and scope; after
    # fixes, not blind).
    "dev14b_questions.yaml": 198,
    # dev14c: first score 184/200 on main 94ce11d (186 on 1d2f671, the first merge). 190 once
    # the asker's role label is no topic, the document conventions are answered, a waived lack
    # is 可以, another vendor's platform is 不能 and a buyer's question is declined (after
    # fixes, not blind).
    # 198 with round 17's final merge (main 67b062b; after fixes, not blind).
    # fix31b: 143 (社保缴费表 lacking: the team condition not met), lack-reading class; after fixes, not blind.
    "dev14c_questions.yaml": 200,
    # dev14d: scored unseen at 186/200 on main 1d2f671 and again on b2858c9 (first merge and
    # second merge), 186 on 67b062b; held at that until its misses are fixed.
    # 193 with round 18's routing and declines (@客服, switching markets, full text, refund
    # account, Alibaba's revenue; after fixes, not blind).
    # 196 with round 18's verdicts and commission too ("none of our engineers holds ACP" is a
    # lack, one month's listed orders are summed for the tier, "no distribution" keeps two
    # months apart; after fixes, not blind).
    # 199 with fix31c (n=2: "registered capital" names no account registration; declines and
    # scope; after fixes, not blind).
    # 200 in round 27 (n=86: "licence dates from 2025-06-01" is the licence's date, no "rates").
    "dev14d_questions.yaml": 200,
    # dev15b: first score 193/200 (main af8ff4f, 2026-12-01, 0 invented numbers); 200 once its
    # misses were fixed as classes (fix19b, after fixes, not blind): listed orders with "none of
    # them distribution" summed, a condition asked yes / no gets its verdict, a stated lack of
    # the Alibaba Cloud base and an unpaid deposit answered 不能, a support level stated as days
    # and hours judged, a maximum of markets and trademark registration declined.
    "dev15b_questions.yaml": 200,
    # First score 183/200 (main 94ce11d, 2026-12-01, 0 invented numbers); raised as its misses
    # are fixed as classes (after fixes, not blind): 187 once a penalty for breaking the rules,
    # another platform's fees and a contract penalty are declined and 去哪找人 is the contact page.
    # 199 with round 17's first merge (every helper's fixes) and the classes after it.
    "dev14a_questions.yaml": 200,
    # dev15a: first score 194/200 on main af8ff4f; 200 with fix19a's classes (after fixes, not
    # blind).
    "dev15a_questions.yaml": 200,
    # dev15e: first score 181/200 on main a06ecd3 (2026-12-01, 0 invented numbers); 193 with
    # fix19f's classes (after fixes, not blind): a rule asked 是不是 / 是…吗 / 需要…吗 / is / does
    # answered 是 / 不是 / 需要 / Yes / No first, 是不是 never read as a stated lack, an
    # industry asked of a market open to some only. 200 once round 19's wave 2 was merged
    # (fix19f–i together).
    "dev15e_questions.yaml": 200,
    # dev15f: first score 190/200 on main a06ecd3; 193 with fix19g's classes (a weekday clock
    # span read as the level it covers, one ACP engineer stated as had, months of providing a
    # service read as experience). Not blind. 200 once round 19's wave 2 was merged (fix19f–i
    # together).
    "dev15f_questions.yaml": 200,
    # dev15c: held back and scored unseen at every merge of round 19: 190/200 on af8ff4f, 191
    # after fix19a, 193 after fix19b, 194 at bd99688 (the round's last merge), then released
    # (docs/ANSWERS.md, "Round 19"). Released to fix22v (round 20) as a development set (not
    # blind): 197 once the first sentence answers the ask (tests/bot/answers/test_fix22v.py); its
    # 3 left are profile items ("my client has X, can they join": fix22p).
    # 198 after round 20's merge (fix22p's profile reading; not blind).
    # fix31b: 98 (no successful, traceable well-known case: a lack), lack-reading class; after fixes, not blind.
    "dev15c_questions.yaml": 200,
    # dev17a: first score 178/200 by the check on main dd71668 (2026-12-01, 0 invented numbers);
    # 189 with fix22a's classes (after fixes, not blind). Items of a vendor's stated profile
    # ("we have X, can we join M") are fix22p's and rise once both are merged.
    # 193 after round 20's merge (fix22p's profile reading; not blind).
    # fix31b: 7 (weekday 9-12 support beside the quoted 5*8: not met), lack-reading class; after fixes, not blind.
    "dev17a_questions.yaml": 200,
    # holdout15 (blind, 220 questions, reviewed against the guide by a second reader before it
    # was scored): scored once at main bd99688, 211/220 (95.9 %), 0 invented numbers; an
    # independent judge 196/220 (docs/ANSWERS.md, "holdout15 (blind, first score)").
    # 220 after round 19's last wave (fix20a: part of the staff insured with who pays between,
    # selling before the deposit, applying twice is one deposit, "had the policy started by …",
    # recruiting distributors declined; fix20b: pre-charge and adjustment, "what's left" after a
    # step, "before or after the review", not straight from submitting to signing, the policy's
    # two dates first; after fixes, not blind).
    "holdout15_questions.yaml": 220,
    # holdout16 (blind, 200 questions by another writer, reviewed against the guide before it was
    # scored): scored once at main 0d3d8eb, 182/200 (91.0 %), 0 invented numbers
    # (docs/ANSWERS.md, "holdout16 (blind, first score)"). 193 after round 19's wave 4 (fix21a:
    # orders "a / b / c", an order id before its amount, an order labelled 分销, commission already
    # charged is no sales; fix21b: 新零售's described industries, penalty points and a shop's
    # transfer declined, "do we get X", "where does tier 3 start", "20+ person team", "paying it"
    # in a later part; after fixes, not blind). Left: 83, 105, 107, 117, 118, 124 (a two-part
    # "(1) … (2) …" with one question mark: the check reads the first opening against part 2),
    # 174. 194 once "那物联网市场要不要" asks the condition named before (fix22e, n=117).
    # 197 after round 20's merge (fix22p: a stated profile read by the slot parsers and judged by
    # the rules engine; not blind).
    # 199 after fixes, not blind: n=174 (fix31d, "…要和《云市场协议》一起签的吗" opens 是的).
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "holdout16_questions.yaml": 200,
    # holdout17 (blind, 200 questions by a new writer, reviewed against the guide before it was
    # scored): scored once at main 58adfeb, 192/200 (96.0 %) by the check, 0 invented numbers;
    # the independent judge 186/200 (93.0 %), 0 invented (docs/ANSWERS.md, "holdout17 (blind,
    # first score)"). 193 after it (not blind): search ranking declined (n=192). 195 once a
    # stated profile is judged right (fix23a): support hours in words against 7x24 (n=98), a
    # full profile's verdict before one condition (n=110); more with fix23b (two-part asks each
    # answered, a year against the policy period; not blind).
    # 200 after fixes, not blind: n=171 (fix31d, the check reads 2019年 as no amount "2,019").
    "holdout17_questions.yaml": 200,
    # dev17c: 181 at 58adfeb (unseen); 186 once money typed with spaces or "distribution orders
    # of CNY …" is read whole (tests/bot/answers/test_round20_lead.py; not blind). 189 once a
    # licence's months are no experience (n=74), a profile naming the agreements gets its
    # verdict, not the steps (n=85), and general IT experience is no big-data experience (n=97)
    # (fix23a); more with fix23b (two-part asks each answered, a deposit paid against what is
    # owed, may Alibaba Cloud change the policy; tests/bot/answers/test_fix23b.py) and fix23c
    # (the ticket's fields, a market's guarantee, the deposit that comes back, listing advice /
    # own sales / agreement texts declined; tests/bot/answers/test_fix23c.py); not blind.
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev17c_questions.yaml": 200,
    # dev18c: 182 at 7465b1c (judge 171, 11 invented numbers); 200 once markets set aside by a
    # verb after them, an order named again, runs of order numbers, a month with no year, the
    # figures asked first, declines of records and other platforms, steps between / before /
    # after a click are read as classes (tests/bot/answers/test_fix23f.py; not blind).
    "dev18c_questions.yaml": 200,
    # holdout18 (blind, 200 questions by a new writer, reviewed against the guide before it was
    # scored): scored once at 2c6f568, 196/200 (98.0 %) by the check, 0 invented numbers (195 as
    # written); the independent judge in docs/ANSWERS.md, "holdout18 (blind, first score)".
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "holdout18_questions.yaml": 200,
    # holdout19 (blind, 200 questions by a new writer to holdout18's brief, reviewed against the
    # guide before it was scored): scored once at 3ed3aff, 197/200 (98.5 %) by the check, 0
    # invented numbers (197 as written); the independent judge in docs/ANSWERS.md, "holdout19
    # (blind, first score)". fix27c: n=130's zero group no longer takes "none" (the rule's "pay
    # none") and the period's end is a group of its own (tightened); n=175 declined. fix27b
    # (n=109 a note asked "can it still go on" opens
    # Yes); n=159, 160, 166 tightened to the judge's bar (no deposit text; 门店数字化 quoted;
    # no eligibility filter naming API Market). 200 with fix27a, b and c merged (int27).
    "holdout19_questions.yaml": 200,
    # holdout20 (blind, 200 questions by a new writer to holdout19's brief, reviewed against the
    # guide before it was scored): scored once at 89a8808, 194/200 (97.0 %) by the check, 0
    # invented numbers (194 as written); the independent judge in docs/ANSWERS.md, "holdout20
    # (blind, first score)". 199 with the last short wave merged (fix29a/b/e: a rest named by
    # its amount, two products in one market, social-insurance records asked, a receipt beside
    # a head count).
    # fix31b: 109 (no marketing ability, rule asked, 能进吗 last: 不能 first), lack-reading class; after fixes, not blind.
    "holdout20_questions.yaml": 200,
    # holdout21 (blind, 200 questions by a new writer to holdout20's brief, reviewed against the
    # guide before it was scored): scored once at 03a9e65, 191/200 (95.5 %) by the check, 0
    # invented numbers (187 as written); the independent judge in docs/ANSWERS.md, "holdout21
    # (blind, first score)". Held at its first score.
    # fix31b: 107 (社保缴费表暂时提供不了: not met), lack-reading class; after fixes, not blind.
    # 193 with fix31c (n=36 background 1688 no decline, n=191 pricing advice declined; declines
    # and scope; after fixes, not blind).
    # (blind, first score)". Held at its first score; 197 with fix31a ("can we join X?" over
    # some conditions stated opens 还不能确定: 71, 73, 102, 105, 109, 110; after fixes, not blind).
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "holdout21_questions.yaml": 200,
    # holdout22 (blind, 200 questions by a new writer to holdout21's brief, reviewed against the
    # guide before it was scored): scored once at 0e3f9a5, 195/200 (97.5 %) by the check, 0
    # invented numbers (195 as written); the independent judge 190/200 (95.0 %), 0 invented
    # (docs/ANSWERS.md, "holdout22 (blind, first score)"). 199 after the lead's mends of 49, 123,
    # 170 and 194 (tests/bot/answers/test_lead30.py; after fixes, not blind). Left: 159 ("ticket
    # first or deposit first?" opens "Step 5 … comes first", which the judge passed).
    "holdout22_questions.yaml": 199,
    # holdout23 (blind, 200 questions by a new writer to holdout22's brief, reviewed against the
    # guide before it was scored): scored once at 906e7ef, 190/200 (95.0 %) by the check, 0
    # invented numbers (190 as written); the independent judge: docs/ANSWERS.md, "holdout23
    # (blind, first score)": 185/200. 198 after the mends of round 26 (fix33a–c and the lead:
    # declines of cloud-product operations and look-ups, an id given as context answered, the
    # over-collected commission, the licence's day; after fixes, not blind). 200 after round 27
    # (fix34a: "licence dates from 2021" is no "rates"; "…, …, and …" asks three things).
    "holdout23_questions.yaml": 200,
    # holdout24 (blind, 200 questions by a new writer to a brief rebuilt in session 32 from
    # holdout23's, reviewed against the guide before it was scored): scored once at cd0fd0c,
    # 188/200 (94.0 %) by the check, 1 invented number (a refund to the fen the checker could
    # not derive; 187 as written); the independent judge: docs/ANSWERS.md, "holdout24 (blind,
    # first score)". 199 after round 27's fix34b (not blind); n=122's must_not_contain named the
    # right refund (10,250.02) and now names it only as the commission. Left: 183 (the days of
    # notice declined with what the guide says, as the older sets expect).
    "holdout24_questions.yaml": 199,
    # holdout25 (blind, 200 questions by another new writer to holdout24's brief, reviewed
    # against the guide while the judge read the replies): scored once at 5338e6c, 190/200
    # (95.0 %) by the check both as written and reviewed, 0 invented numbers; the judge: docs/
    # ANSWERS.md, "holdout25 (blind, first score)". 198 after fix34b's later mends (not blind);
    # n=100's must_not_contain dropped "not enough" (a right reply states the bound with it).
    # Left: 181 (a deadline declined), 185 (months of records with a count given).
    "holdout25_questions.yaml": 200,
    # holdout26 (blind, 200 questions by a new writer to the committed brief, reviewed against
    # the guide before scoring): scored once at 605d501, 190/200 (95.0 %) by the check both as
    # written and reviewed, 0 invented numbers; the judge 188/200: docs/ANSWERS.md, "holdout26
    # (blind, first score)". 196 after fix35d (not blind). Left: 110 (a capital below a market's
    # missing rule, "does not matter there", wanted worded "no requirement"), 136, 177, 185.
    "holdout26_questions.yaml": 196,
    # holdout27 (blind, 200 questions by a new writer to the committed brief, reviewed against
    # the guide by a second reader; sealed while round 29's eight development sets were fixed):
    # scored once at ff226f9, 193/200 by the check (192 as written), 0 invented numbers; the
    # judge's reading in docs/ANSWERS.md, "holdout27 (blind, first score)". Held at that score.
    "holdout27_questions.yaml": 193,
    # holdout29 (blind, 200 questions by a new writer to the committed brief, reviewed against
    # the guide by a second reader; sealed while round 30's nine development sets were fixed):
    # scored once at 08f3969, 192/200 by the check (192 as written), 0 invented numbers; the
    # judge 191/200: docs/ANSWERS.md, "holdout29 (blind, first score)". 196 after fix38a (its
    # judged wrongs' classes: a missing step, the tier's basis, "as opposed to after-sales",
    # software copyright; not blind).
    "holdout29_questions.yaml": 196,
    # holdout30 (blind, 200 questions by a new writer to the committed brief, reviewed against
    # the guide by a second reader; sealed while round 31's six development sets were fixed):
    # scored once at 49c8e8d, 194/200 by the check, 0 invented numbers; the judge 189/200:
    # docs/ANSWERS.md, "holdout30 (blind, first score)". 197 after fix38d (its judged wrongs'
    # classes; not blind).
    "holdout30_questions.yaml": 197,
    # holdout31 (blind, 200 questions by a new writer to the committed brief with no slant,
    # reviewed by a second reader; sealed while dev30's and dev31's sets were fixed): scored once
    # at 4d4a2a3, 189/200 by the check (189 as written), 0 invented numbers; the judge's reading
    # in docs/ANSWERS.md, "holdout31 (blind, first score)". Held at that score.
    # 192 after fix38l / fix39a (its judged wrongs' classes; not blind).
    "holdout31_questions.yaml": 192,
    # holdout32 (blind, 200 questions by a new writer to the committed brief with no slant,
    # reviewed by a second reader; sealed while dev32a and holdout31's classes were mended):
    # scored once at 3ae2082, 196/200 by the check (195 as written), 0 invented numbers; the
    # judge's reading in docs/ANSWERS.md, "holdout32 (blind, first score)". Held at that score.
    # 198 after fix39a (its judged wrongs' classes, session 37; not blind).
    "holdout32_questions.yaml": 198,
    # holdout33 (blind, 200 questions by a new writer to the committed brief with no slant,
    # reviewed by a second reader; scored first thing in session 37, before any fix): scored
    # once at 0279648, 188/200 by the check (188 as written), 0 invented numbers; the judge
    # 190/200: docs/ANSWERS.md, "holdout33 (blind, first score)". 198 after fix39b (its judged
    # wrongs' classes; not blind).
    "holdout33_questions.yaml": 198,
    # holdout34 (blind, 200 questions by a new writer to the committed brief with no slant,
    # reviewed by a second reader; sealed while fix39a–c were made): scored once at 865d007,
    # 196/200 by the check (196 as written), 0 invented numbers; the judge 192/200:
    # docs/ANSWERS.md, "holdout34 (blind, first score)". 198 after fix39d (not blind).
    "holdout34_questions.yaml": 198,
    # holdout35 (blind, 200 questions by a new writer to the committed brief with no slant,
    # reviewed by a second reader; sealed while fix40 was made): scored once at 86a9805,
    # 193/200 by the check (192 as written), 0 invented numbers; the judge 192/200:
    # docs/ANSWERS.md, "holdout35 (blind, first score)". Held at that score.
    "holdout35_questions.yaml": 193,
    # holdout36 (blind, 200 questions by a new writer to the committed brief with no slant,
    # reviewed by a second reader; sealed while fix41 was made): scored once at 4973a42,
    # 192/200 by the check (191 as written), 0 invented numbers; the judge 194/200:
    # docs/ANSWERS.md, "holdout36 (blind, first score)". Held at that score.
    "holdout36_questions.yaml": 192,
    # holdout37 (blind, 200 questions by a new writer to the committed brief with no slant,
    # reviewed by a second reader; sealed while fix41 was made): scored once at e0f1cfa,
    # 192/200 by the check (191 as written), 0 invented numbers; the judge 193/200:
    # docs/ANSWERS.md, "holdout37 (blind, first score)". Held at that score.
    "holdout37_questions.yaml": 192,
    # holdout38 and holdout39 (blind, 200 questions each by two new writers to the committed
    # brief with no slant, reviewed by second readers; sealed while fix42 was made, answered on
    # 2026-12-04, their brief's today): scored once at 4fdc393 — holdout38 189/200 by the check
    # (the judge 195/200), holdout39 184/200 (the judge 186/200); docs/ANSWERS.md, "holdout38
    # and holdout39 (blind, first score)". Held at those scores.
    "holdout38_questions.yaml": 189,
    "holdout39_questions.yaml": 184,
    # holdout40 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at 640dd6f, 193/200 by the check (191
    # as written), 0 invented numbers; the judge 190/200: docs/ANSWERS.md, "holdout40 (blind,
    # first score)". Held at that score.
    "holdout40_questions.yaml": 193,
    # holdout41 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at 29b0af5, 192/200 by the check (192
    # as written), 0 invented numbers; the judge 187/200: docs/ANSWERS.md, "holdout41 (blind,
    # first score)". Held at that score.
    "holdout41_questions.yaml": 192,
    # holdout42 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at 19c3b4e, 194/200 by the check (193
    # as written), 0 invented numbers; the judge 190/200: docs/ANSWERS.md, "holdout42 (blind,
    # first score)". Held at that score.
    "holdout42_questions.yaml": 194,
    # holdout43 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at 21d9271, 197/200 by the check (196
    # as written), 0 invented numbers: docs/ANSWERS.md, "holdout43 (blind, first score)". Held
    # at that score.
    "holdout43_questions.yaml": 197,
    # holdout44 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at f631979, 188/200 by the check (185
    # as written; most misses are the check's strings on right replies: "这一项满足"), 0
    # invented numbers; the judge 194/200: docs/ANSWERS.md, "holdout44 (blind, first score)".
    # Held at that score.
    "holdout44_questions.yaml": 188,
    # holdout45 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at de85ac7 (the answers of d764b6e),
    # 191/200 by the check (191 as written), 0 invented numbers: docs/ANSWERS.md, "holdout45
    # (blind, first score)". Held at that score; its wrongs mended in fix46 and fix47.
    "holdout45_questions.yaml": 191,
    # holdout46 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at fc55512, 194/200 by the check (194
    # as written), 0 invented numbers; the judge 196/200: docs/ANSWERS.md, "holdout46 (blind,
    # first score)". Held at that score.
    "holdout46_questions.yaml": 194,
    # holdout47 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-04): scored once at 4dfd35c, 199/200 by the check (199
    # as written), 0 invented numbers; the judge 197/200: docs/ANSWERS.md, "holdout47 (blind,
    # first score)". Held at that score.
    "holdout47_questions.yaml": 199,
    # holdout48 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-05): scored once at 8b95a5d, 193/200 by the check (193
    # as written), 1 invented number (#120, a 70万 month read from 其中一笔20万); the judge
    # 191/200 (95.5 %): docs/ANSWERS.md, "holdout48 (blind, first score)". Held at that score;
    # its wrongs mended in fix48.
    "holdout48_questions.yaml": 193,
    # holdout49 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-05): scored once at 279b0d8, 191/200 by the check (191
    # as written), 0 invented numbers; the judge 189/200 (94.5 %): docs/ANSWERS.md, "holdout49
    # (blind, first score)". Held at that score; its wrongs mended in fix49.
    "holdout49_questions.yaml": 191,
    # holdout50 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-05): scored once at 8871eb9, 194/200 by the check (192
    # as written), 0 invented numbers; the judge 196/200 (98.0 %): docs/ANSWERS.md, "holdout50
    # (blind, first score)". Held at that score; its four wrongs mended in fix50 (198 after: #128
    # and #184 are right replies the check's strings miss).
    "holdout50_questions.yaml": 194,
    # holdout51 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-05): scored once at 55dcc6a, 194/200 by the check (194
    # as written), 0 invented numbers; the judge 194/200 (97.0 %): docs/ANSWERS.md, "holdout51
    # (blind, first score)". Held at that score; its six wrongs mended in fix51.
    "holdout51_questions.yaml": 194,
    # holdout52 (blind, 200 questions by a new writer to the committed brief, reviewed by a
    # second reader; answered on 2026-12-05): scored once at 8c15469, 194/200 by the check (194
    # as written), 0 invented numbers; the judge 194/200 (97.0 %): docs/ANSWERS.md, "holdout52
    # (blind, first score)". Held at that score; five of its six wrongs mended in fix52.
    "holdout52_questions.yaml": 194,
    # holdout53, holdout54 (blind, 200 questions each by two new writers to the committed brief,
    # each reviewed by a second reader; answered on 2026-12-05): scored once at 1fa9b3c8 —
    # holdout53 193/200 by the check (193 as written), the judge 193/200 (96.5 %); holdout54
    # 182/200 by the check (182 as written), the judge 190/200 (95.0 %); 0 invented numbers
    # in both: docs/ANSWERS.md, "Round 44". Held at those scores; every wrong mended in fix53.
    "holdout53_questions.yaml": 193,
    "holdout54_questions.yaml": 182,
    # holdout55, holdout56 (blind, 200 questions each by two more new writers, each reviewed by
    # a second reader; answered on 2026-12-05): scored once at 72e07b9c — holdout55 184/200 by
    # the check (183 as written), the judge 191/200 (95.5 %); holdout56 194/200 by the check
    # (194 as written), the judge 192/200 (96.0 %, 1 invented: a distribution part counted
    # twice): docs/ANSWERS.md, "Round 44". Held at those scores; their wrongs mended in fix53.
    "holdout55_questions.yaml": 184,
    "holdout56_questions.yaml": 194,
    # holdout57–60 (blind, 200 questions each by four new writers to the committed brief, each
    # reviewed by a second reader; answered on 2026-12-05): holdout57, 58 scored once at 633e927
    # — by the check 195 and 192, the judges 191/200 (95.5 %) and 191/200 (95.5 %, 1 invented:
    # "7w三笔" read as 7万3); holdout59, 60 scored once at 28136d9 — by the check 197 and 194,
    # the judges 192/200 (96.0 %) and 198/200 (99.0 %, 0 invented): docs/ANSWERS.md, "Round 45".
    # Their wrongs mended in fix57; held at the check's count after the mends (the misses left
    # are the check's strings on right replies: "不要求" said "没有服务经验要求", …).
    "holdout57_questions.yaml": 200,
    "holdout58_questions.yaml": 198,
    "holdout59_questions.yaml": 200,
    "holdout60_questions.yaml": 195,
    # holdout61, 62 (blind, 200 questions each by two new writers to the committed brief, each
    # reviewed by a second reader; answered on 2026-12-05): holdout61 scored once at 019c5a6 —
    # by the check 195, the judge 194/200 (97.0 %, 0 invented); holdout62 once at 065cbc5 — by
    # the check 191, the judge 194/200 (97.0 %, 0 invented): docs/ANSWERS.md, "Round 46". Their
    # wrongs mended in fix61; held at the check's count after the mends (the misses left: the
    # English "what kind of software" reply, the check's strings on right replies).
    "holdout61_questions.yaml": 197,
    "holdout62_questions.yaml": 197,
    # holdout63, 64 (the round's second wave, two more new writers, reviewed; 2026-12-05):
    # holdout63 scored once at 7fec0d7 — by the check 186, the judge 193/200 (96.5 %, 0
    # invented); holdout64 once at 15e2d99 — by the check 195, the judge 193/200 (96.5 %, 0
    # invented). Partly mended (fix61: the deposit's purpose, a company deregistered, round
    # the clock offered, the tier recalculated, a level out of reach, which market asks 7x24);
    # held at the check's count after.
    "holdout63_questions.yaml": 188,
    "holdout64_questions.yaml": 195,
    # holdout65, 66 (blind, round 47: two new writers, each reviewed by a second reader;
    # answered on 2026-12-06): holdout65 scored once at 2aeb6e3 — by the check 190, the judge
    # 192/200 (96.0 %, 0 invented); holdout66 once at 87906ee — by the check 190, the judge
    # 193/200 (96.5 %, 0 invented): docs/ANSWERS.md, "Round 47". Their wrongs mended in fix62;
    # held at the check's count after (the misses left are the check's strings on right
    # replies: "这一项满足", "不会卡住", "The guide sets no …").
    "holdout65_questions.yaml": 194,
    "holdout66_questions.yaml": 195,
    # holdout67, 68 (the round's second wave, two more new writers, reviewed; 2026-12-06):
    # holdout67 scored once at 6ce8657 — by the check 194, the judge 194/200 (97.0 %, 0
    # invented); holdout68 once at 6ce8657 — by the check 195, the judge 193/200 (96.5 %, 0
    # invented). Mended in fix62; held at the check's count after.
    "holdout67_questions.yaml": 197,
    "holdout68_questions.yaml": 200,
    # holdout69–72 (blind, round 48: four new writers, each reviewed by a second reader;
    # 2026-12-06), all four scored once at 1660e42 — by the check 195, 194, 194, 194; the judges
    # 194, 193, 192, 192 of 200 (97.0, 96.5, 96.0, 96.0 %, 0 invented): docs/ANSWERS.md, "Round
    # 48". Mended in fix63; held at the check's count after (the misses left are the check's
    # strings on right replies: "The guide sets no …", "按您说的，满足" for an unset licence age).
    "holdout69_questions.yaml": 199,
    "holdout70_questions.yaml": 198,
    "holdout71_questions.yaml": 198,
    "holdout72_questions.yaml": 198,
    # holdout73, 74 (the round's second wave, two more new writers, reviewed; 2026-12-06): both
    # scored once on 0f90341's code — by the check 196 and 194, the judges 198/200 (99.0 %) and
    # 195/200 (97.5 %), 0 invented. Mended in fix63; held at the check's count after.
    "holdout73_questions.yaml": 197,
    "holdout74_questions.yaml": 195,
    # holdout75–78 (round 49, four new writers, reviewed; 2026-12-06): scored once on 63b7473
    # — by the check 191, 188, 195, 194; the judges 193/200 (96.5 %, 1 invented), 187 (93.5 %),
    # 191 (95.5 %), 195 (97.5 %). holdout79, 80 (the second wave, two more new writers): once
    # on 82ec557's code — by the check 195, 198; the judges 192/200 (96.0 %, 1 invented) and
    # 199 (99.5 %). Mended in fix64 (docs/ANSWERS.md, "Round 49"); held at the check's count
    # after (holdout75's misses left are the check's strings on right replies — "这一项满足" —
    # and the "this month" reference figures its writer expected declined).
    "holdout75_questions.yaml": 192,
    "holdout76_questions.yaml": 198,
    "holdout77_questions.yaml": 197,
    "holdout78_questions.yaml": 198,
    "holdout79_questions.yaml": 197,
    "holdout80_questions.yaml": 198,
    # holdout81 (round 50, a new writer, reviewed; 2026-12-06): scored once on c9e8c3a — by the
    # check 195, the judge 196/200 (98.0 %, 0 invented); holdout82 (another new writer) once on
    # 8ecc818, the code mended after holdout81 — by the check 188, the judge 193/200 (96.5 %,
    # 0 invented). Mended in fix65 (docs/ANSWERS.md, "Round 50"); held at the check's count after
    # (holdout82's misses left are mostly the check's strings on right replies — "这一项满足" —
    # and #71, #105 left).
    "holdout81_questions.yaml": 199,
    "holdout82_questions.yaml": 190,
    # holdout83, holdout84 (round 51, two new writers, reviewed; 2026-12-06): both scored once on
    # 2552d57 (round 51's black-box mends) — by the check 197 and 197, the judges 199/200
    # (99.5 %) and 198/200 (99.0 %), 0 invented. Mended in fix66 (docs/ANSWERS.md, "Round 51");
    # the misses left are the check's strings on right replies (holdout83 #161, #183; holdout84
    # #13, #181).
    "holdout83_questions.yaml": 198,
    "holdout84_questions.yaml": 198,
    # holdout85, holdout86 (round 52, two new writers, reviewed; 2026-12-06): scored once on
    # ced7cb3 and f1dc0a6 — by the check 198 and 192, the judges 192/200 (96.0 %) and 193/200
    # (96.5 %), 0 invented, both below the 97 % bar. Mended in fix67 (docs/ANSWERS.md, "Round
    # 52"); the misses left are the check's strings on right replies (holdout85 #185; holdout86
    # #22, #31, #136, #184) and holdout86 #175 (the contacts before the decline, judged right).
    "holdout85_questions.yaml": 199,
    "holdout86_questions.yaml": 195,
    # holdout87 (round 52, a third new writer, reviewed): scored once on 8018d11 (after the
    # review's mends and black-box s67's first) — by the check 195, the judge 195/200 (97.5 %),
    # 0 invented. Mended after (#29, #62, #64, #67, #198); the misses left are the check's
    # strings on right replies (#129, #177).
    "holdout87_questions.yaml": 198,
    # holdout88 (round 53, a new writer, reviewed): scored once on 153a70fa (black-box s68's
    # mends) — by the check 193, the judge 192/200 (96.0 %), 0 invented. Mended after (#4, #14,
    # #59, #99, #110, #155, #184); left #173 (an account's last-month commission: the rule, no
    # decline); the other misses are the check's strings on right replies (#92, #185, #186).
    "holdout88_questions.yaml": 196,
    # holdout89 (round 54, a new writer, reviewed): scored once on 91a65ced (round 53's code and
    # black-box s67's leftovers) — by the check 194, the judge 195/200 (97.5 %), 0 invented.
    # Mended after (#57, #62, #138); left #44 and #70 (this month's commission: the decline,
    # then the ended policy's figures for reference — kept, see docs/ANSWERS.md "Round 54");
    # the other misses are the check's on right replies (#181, #184).
    "holdout89_questions.yaml": 196,
    # holdout90 (round 54, a new writer, reviewed): scored once on 1f0e4738 (after holdout89's
    # and black-box s69's mends) — by the check 195, the judge 195/200 (97.5 %), 0 invented.
    # Mended after (#3, #8, #15, #59, #176); the misses left are the check's strings on right
    # replies (#139, #160, #184).
    "holdout90_questions.yaml": 197,
    # holdout91 (round 55, a new writer, reviewed): scored once on 69ad7b28 (black-box s70's
    # mends) — by the check 188, the judge 194/200 (97.0 %), 0 invented. Mended after (#21,
    # #107, #108, #137, #163, #200); the misses left are the check's strings on right replies
    # (#71, #80, #89, #92, #94, #106, #139, #142) and two "the guide does not say" (#181, #184).
    "holdout91_questions.yaml": 190,
    # holdout92 (round 55, a new writer, reviewed): scored once on 61df8004 (black-box s70's
    # and holdout91's mends) — by the check 186, the judge 193/200 (96.5 %, below the 97 %
    # bar), 0 invented. Mended after (#42, #68, #112, #134, #138, #163); #65 (today's orders:
    # the decline, then the ended policy's figures for reference — the kept decision); the
    # other misses are the check's strings on right replies (#36, #77, #87, #92, #99, #104,
    # #106, #109, #139, #171, #173).
    "holdout92_questions.yaml": 188,
    # holdout93 (round 56, a new writer, reviewed): scored once on 46e1a8fc (black-box s71's
    # and review 62's first mends) — by the check 190, the judge 195/200 (97.5 %), 0 invented.
    # Mended after (#110, #121, #150, #165, #185); the misses left are the check's strings on
    # right replies (#71, #74, #76: "这一项满足"; #144; #167).
    "holdout93_questions.yaml": 195,
    # holdout94 (round 56, another new writer, reviewed): scored once on 46e1a8fc — by the check
    # 196, the judge 192/200 (96.0 %, below the 97 % bar), 0 invented. Mended after (#3, #17,
    # #43, #61, #110, #128, #138, #162); #184 is a "the guide does not say" the check reads as
    # a decline.
    "holdout94_questions.yaml": 199,
    # holdout95 (round 56, a new writer, reviewed): scored once on 84a556b8 (after black-box
    # s72/s73's and reviews 62/63's mends) — by the check 196, the judge 198/200 (99.0 %), 0
    # invented. Mended after (#2, #123); the misses left are "the guide does not say" replies the
    # check reads as declines or misses (#177, #184, #186).
    "holdout95_questions.yaml": 197,
    # holdout96 (round 56, another new writer, reviewed): scored once on e1a3fe3d — by the check
    # 195, the judge 198/200 (99.0 %), 0 invented. Mended after (#61, #83); the misses left are
    # the check's strings on right replies (#78, #88, #139, #172).
    "holdout96_questions.yaml": 196,
    # holdout97 (round 57, a new writer, reviewed): scored once on 862b52af — by the check 196,
    # the judge 192/200 (96.0 %, below the bar), 0 invented. Mended after (#27, #51, #83, #106,
    # #143, #164, #172, #195).
    "holdout97_questions.yaml": 200,
    # holdout98 (round 57, another new writer, reviewed): scored once on 862b52af — by the check
    # 192, the judge 195/200 (97.5 %) with 1 invented number (#18: "两三个人" read as 23; below the
    # bar). Mended after (#18, #20, #33, #68, #163); the misses left are the check's strings on
    # right replies (#71, #74, #84, #96, #104: "这一项满足") and #181 (a "the guide sets no
    # deadline" read as a decline).
    "holdout98_questions.yaml": 194,
    # holdout99 (round 57, a new writer, reviewed): scored once on c59f800b — by the check 192,
    # the judge 191/200 (95.5 %, below the bar), 0 invented. Mended after (#3, #31, #34, #37,
    # #54, #62, #81, #112); #79 was right by then. The misses left are "the guide does not say"
    # replies the check reads as declines (#41, #180).
    "holdout99_questions.yaml": 198,
    # holdout100 (round 57, another new writer, reviewed): scored once on c59f800b — by the
    # check 195, the judge 196/200 (98.0 %), 0 invented. Mended after (#18, #19, #112, #176);
    # the misses left: #86 ("不会：…不会卡住您" read as a no) and #185, #186 ("the guide gives
    # no day" read as declines).
    "holdout100_questions.yaml": 197,
    # holdout101 (round 58, a new writer, reviewed): scored once on b0fe84f8 — by the check
    # 195, the judge 197/200 (98.5 %), 0 invented. Mended after (#105, #110, #193); the misses
    # left are the check's strings on right replies (#64 "需要" for a team asked of, #73, #104,
    # #172: "这一项满足" for a licence met).
    "holdout101_questions.yaml": 196,
    # holdout102 (round 58, another new writer, reviewed): scored once on 4188ff52 — by the
    # check 196, the judge 195/200 (97.5 %), 0 invented. Mended after (#1, #57, #59, #96, #142);
    # the misses left: #184, #186 ("the guide gives no day" read as declines).
    "holdout102_questions.yaml": 198,
    # holdout103 (round 58, a new writer, reviewed): scored once on da924a05 — by the check
    # 194, the judge 192/200 (96.0 %, below the bar), 0 invented. Mended after (#28, #96, #114,
    # #134, #139, #165, #171, #187); the misses left: #185 (a "the guide gives no time" read as
    # a decline) and #187 (the policy-change answer says "says nothing of later policies").
    "holdout103_questions.yaml": 198,
    # holdout104 (round 58, another new writer, reviewed): scored once on db74290d — by the
    # check 197, the judge 195/200 (97.5 %) with 1 invented number (#117: a month total of 80万,
    # the distribution part added again; below the bar). Mended after (#36, #69, #95, #117,
    # #184); the miss left: #135 ("no business licence age requirement" is right).
    "holdout104_questions.yaml": 199,
    # holdout105 (round 59, a new writer, reviewed): scored once on 5d2b4ecb — by the check
    # 193, the judge 197/200 (98.5 %), 0 invented. Mended after (#135, #140, #175); the misses
    # left are the check's strings on right replies (#75, #78, #94, #101, #107: "这一项满足";
    # #105 "No: 19 people"; #184 "the guide gives no number of days" read as a decline).
    "holdout105_questions.yaml": 193,
    # holdout106 (round 59, another new writer, reviewed): scored once on 5d2b4ecb — by the
    # check 196, the judge 196/200 (98.0 %) with 1 invented number (#128: "正好50万" added to
    # its parts, a month of 100万; below the bar). Mended after (#2, #33, #41, #128); the misses
    # left: #117 (the tier's 算不算 answered by the figures), #184 (a "sets no deadline" read as
    # a decline).
    "holdout106_questions.yaml": 198,
    # holdout107 (round 59, a third new writer, reviewed): scored once on 5d2b4ecb — by the
    # check 194, the judge 196/200 (98.0 %), 0 invented. Mended after (#1, #38, #84, #125); the
    # misses left: #86 (the check expects a no; the guide sets 数据智能 no capital) and #181
    # (a "gives no number of days" read as a decline).
    "holdout107_questions.yaml": 198,
    # holdout108 (round 59, a new writer, reviewed): scored once on 3afa25e6 — by the check
    # 198, the judge 198/200 (99.0 %), 0 invented. Mended after (#51, #62).
    "holdout108_questions.yaml": 200,
    # holdout109 (round 60, a new writer, reviewed): scored once on dd85776c — by the check 196,
    # the judge 194/200 (97.0 %), 0 invented. Mended after (#6 left, #53, #121, #142, #154 left,
    # #183); the misses left are "gives no number of days" read as declines (#191, #193).
    "holdout109_questions.yaml": 198,
    # holdout110 (round 60, another new writer, reviewed): scored once on dd85776c — by the check
    # 194, the judge 191/200 (95.5 %, below the bar), 0 invented. Mended after (#23, #31, #54,
    # #130, #135, #195, #198; round 61: #127); left: #165 (the order of charging), #185.
    "holdout110_questions.yaml": 199,
    # holdout111 (round 60, a third new writer, reviewed): scored once on 0511bb04 — by the check
    # 193, the judge 194/200 (97.0 %), 0 invented. Mended after (#52, #85; round 61: #71's
    # verdict on the licence first, #138); left: #133, #175, and the check's strings on right
    # replies ("这一项满足": #71, #84, #96, #103, #106).
    "holdout111_questions.yaml": 194,
    # holdout112 (round 60, a new writer, reviewed): scored once on d45ec45f — by the check 195,
    # the judge 194/200 (97.0 %) with 1 invented number (#189: "哪一年成立的" read as a licence
    # of 1 year; below the bar). Mended after (#18, #174, #189, #190, #200; round 61: #175).
    "holdout112_questions.yaml": 198,
    # holdout113 (round 60, a new writer, reviewed): scored once on 2db009dc — by the check 197,
    # the judge 198/200 (99.0 %), 0 invented. Round 61 mended #199 (a webhook's signing).
    "holdout113_questions.yaml": 198,
    # holdout114–116 (round 61, three new writers, reviewed): scored once — 114 on e0fbf5bb, by
    # the check 199, the judge 197/200 (98.5 %); 115 on e0fbf5bb, check 195, judge 196/200
    # (98.0 %); 116 on c8ed7852, check 197, judge 195/200 (97.5 %); 0 invented in each. Mended
    # after (114: #148, #156, #193; 115: #98, #128, #138, #186; 116: #2, #62, #119, #175,
    # #190); left: the check's strings on right replies (115 #34, #88).
    "holdout114_questions.yaml": 200,
    "holdout115_questions.yaml": 198,
    "holdout116_questions.yaml": 200,
    # holdout117–118 (round 61, two more new writers, reviewed): scored once on 7167d24d — 117 by
    # the check 199, the judge 198/200 (99.0 %); 118 by the check 197, the judge 195/200
    # (97.5 %); 0 invented in each. Mended after (117 #23; 118 #65, #140); left: 117 #67, #164
    # (the check's strings on a right reply); 118 #25, #41, #172, #185.
    "holdout117_questions.yaml": 199,
    "holdout118_questions.yaml": 199,
    # dev40a–d (fix42): 98, 99, 98, 99 of 100 after their fixes; the rest are the check's
    # strings on right replies (dev40a 11, dev40b 49, dev40c 71: "不在费率表中", "这一条满足",
    # "没有知名客户案例要求") and "the guide does not say" replies the check reads as declines
    # (dev40a 87, dev40c 89, dev40d 69) — docs/ANSWERS.md, "Round 35 (session 40)".
    "dev40a_questions.yaml": 98,
    "dev40b_questions.yaml": 99,
    "dev40c_questions.yaml": 98,
    "dev40d_questions.yaml": 99,
    # dev42a–b (fix45): 99 and 97 of 100 after their fixes; the rest are right replies the
    # check's strings miss ("这一项满足", the guide giving no deadline).
    "dev42a_questions.yaml": 99,
    "dev42b_questions.yaml": 97,
    # dev43a–b (fix46): 99 and 98 of 100 after their fixes; the rest are right replies the
    # check's strings miss ("sets no service experience requirement") and two left (dev43b #44
    # opens "No, that would not stop you" to "can we apply, or will capital block us?"; #54 does
    # not say the IoT market sets no licence or capital rule).
    "dev43a_questions.yaml": 99,
    "dev43b_questions.yaml": 98,
    # dev44a (fix46): 96 of 100 after its fixes; the rest are right replies the check's strings
    # miss ("这一项满足", "没有营业执照年限要求", "break" for "broke", a "the guide does not say"
    # reply with a hand-off read as a decline).
    "dev44a_questions.yaml": 96,
    # dev46a (fix47): 99 of 100 after its fixes; #92 is a "the guide does not say" reply the
    # check reads as a decline.
    "dev46a_questions.yaml": 99,
    # dev47a: 147 of 150 after its fixes; #4 and #34 are right replies the check's strings miss
    # ("sets no … requirement", "they differ"); #43 (two conditions of one market compared, "跟执照
    # 年限要求一样吗") is left.
    "dev47a_questions.yaml": 147,
    # dev36a–d (fix41): 99, 93, 96, 96 of 100 after their fixes; the rest are the check's strings
    # on right replies ("the guide does not say how long" read as a decline; "这一项满足" where
    # "已满1年" was listed) — docs/ANSWERS.md, "Round 34 (session 39)".
    "dev36a_questions.yaml": 99,
    "dev36b_questions.yaml": 93,
    "dev36c_questions.yaml": 96,
    "dev36d_questions.yaml": 96,
    # dev35a–b (fix40): 97 and 98 of 100 after their fixes; the rest are the check's strings on
    # right replies (dev35a 67, 92; dev35b 2, 28) and one step's email line (dev35a 83).
    "dev35a_questions.yaml": 98,  # 98 after fix44
    "dev35b_questions.yaml": 98,
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev18g_questions.yaml": 200,
    # dev19b: 163 at b971a71 (judge 145); 179 with fix25g's classes (a support level of no
    # named kind, hours short of a level, a pending ACP exam, a partly insured team, no company,
    # a line unrelated to big data, a rule doubted, markets not blocked, both markets of a list,
    # where to pay and which ticket; tests/bot/answers/test_fix25g.py; not blind); 190 with
    # fix26a's head counts in groups, in a role list, as the rest of a whole and after "only"
    # (tests/bot/answers/test_fix26a.py); 193 with the company opened as the licence's age and
    # the small team's market named with its own team condition; 195 with fix26c's orders joined
    # by + or one named again as distribution (tests/bot/answers/test_fix26c.py); fix26b's
    # judge-wrong replies the check passed (a further market's application, an ACA for the ACP,
    # a lacked customer case beside a few small customers; tests/bot/answers/test_fix26b.py).
    # 199 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev19b_questions.yaml": 199,
    # dev19g: 196 by the check at b971a71 and at int25 (judge 191); 197 once an example market
    # is one of the ordinary ones counted, the vendor's own 7x24 hotline is judged, and a refusal
    # asked of the marketing note opens 不会; 199 once where the social-insurance statement is
    # issued and one order's commission are declined, the rule after (test_fix26e.py).
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev19g_questions.yaml": 200,
    # dev20a: 184 at main 9013189 (judge 175); 187 with fix27a's classes (a figure asked after
    # background facts, "any requirement about X or how old Y is" of a kind not set, a stated lack
    # of marketing ability); fix27b2: a non-cloud marketing tool asked "能上…吗" opens with the
    # note's verdict; 舆情监测 → 数据智能, OA for small companies → 企业应用 by the guide's
    # description words (tests/bot/answers/test_fix27b.py); 200 with fix29a's classes at int27
    # (196 before): a market's description asked (whom it serves, "is X among its industries"
    # → 是的 and the item, how two markets differ → what each covers first), "is our industry
    # accepted" read as the industry list, "我们的X软件…哪个市场" / "where should a X go" fitted
    # by description (tests/bot/answers/test_fix29a.py).
    "dev20a_questions.yaml": 200,
    # dev20b: 185 at 9013189 (judge 186); 191 with fix28a's classes (tests/bot/answers/
    # test_fix28a.py): besides filling in, tick the agreement; the step right after one; a
    # step's place asked to be confirmed (是的 / 不是); when the deposit is (not) refunded; a
    # receipt asked with a when-clause; paying the deposit online; the ticket's other fields
    # besides one; paid ranking, reviewer guesses and a Tmall shop declined.
    # 194 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev20b_questions.yaml": 194,
    # dev20g: 195 at 9013189 and at int27 (judge 189, 188); 196 with fix29c/d (a day after the
    # policy beside its start date; "(不是零售通)" in brackets; "takes too much commission"; one
    # order's first charge asked as a rate; a profile's "协议什么的都接受"; Retail Link's documents
    # and head count; an IoT profile with customer cases; a label left bare by a repeated rule);
    # 199 with fix29b's declines (one order's kind, landline or mobile in the ticket, a violation
    # revoked on appeal, how to leave the Marketplace).
    # 200 after fixes, not blind: n=31 (fix31d, a guarantee asked "是真的吗" opens 是的).
    "dev20g_questions.yaml": 200,
    # dev21a 192: n=101, 151 with fix31e's class (a month after the policy opens with 已结束),
    # after fixes, not blind.
    # After fixes, not blind (fix31d): dev21a 61, 117, 163 ("No," as a word, not the "no" of
    # "no fewer" or "known"); dev21b 158, 161, 165, dev21c 159, dev21g 159 (an order answer
    # opens with the place named: "After paying the deposit"); dev21g 3 ("CNY 100,000" not
    # inside "CNY 1,000,000"); dev21a 85 ("the same commission?" of API and IoT → "Yes, the same").
    # fix31a ("can we join X?" over some conditions stated opens 还不能确定 / "Not sure yet:" and
    # names the rest; after fixes, not blind): dev21a 191 (123), dev21b 193 (73, 77, 84, 106,
    # 139), dev21c 189 (84), dev21g 198 (100-109).
    # 197 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev21a_questions.yaml": 198,  # 198 after fix44
    # fix31b: 99 ("is that a problem" opens "You cannot join"), lack-reading class; after fixes, not blind.
    # dev21b 190: n=59, 117 with fix31e's class (已结束 said first), after fixes, not blind.
    # 199 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev21b_questions.yaml": 199,
    # fix31b: 96 (社保缴费表暂时拿不出来: not met), lack-reading class; after fixes, not blind.
    # 191 with fix31c (n=124 answered part + unstated time, n=192 Taobao deposit, n=195 writing
    # API docs declined; declines and scope; after fixes, not blind).
    # dev21c 189: n=63 with fix31e (distribution denied after the word, "一分分销都没有", is 0),
    # after fixes, not blind.
    # 195 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    # 196 in round 27 (n=57: "our stuff" is no typo of "staff"; after fixes, not blind).
    "dev21c_questions.yaml": 197,  # 197 after fix44
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev21g_questions.yaml": 200,
    # dev24a 148 / dev24b 148 after round 27's mends (not blind). Left: dev24a 37 (the IoT
    # rule stated without a "Yes"), 136 (the receipt's days declined, as every older set
    # expects); dev24b 25 ("new tourism" is no whole-word "touris"), 137 (days of notice
    # declined with what the guide says).
    "dev24a_questions.yaml": 148,
    "dev24b_questions.yaml": 148,
    # dev25a/b/c after round 28's mends (fix35a, not blind).
    "dev25a_questions.yaml": 148,
    "dev25b_questions.yaml": 149,
    "dev25c_questions.yaml": 150,
    "dev25d_questions.yaml": 145,
    "dev25e_questions.yaml": 149,
    "dev25f_questions.yaml": 146,  # 145 after fix44
    "dev25g_questions.yaml": 146,  # 144 after fix44
    # dev26a–h after round 29's mends (fix36a, fix36b; not blind); dev26c 139 and dev26g 115 after
    # round 30's (several clients each answered, the step after a button; fix37a, fix37b).
    "dev26a_questions.yaml": 141,
    "dev26b_questions.yaml": 147,  # 147 after fix44
    "dev26c_questions.yaml": 141,  # 140 after fix44
    "dev26d_questions.yaml": 148,  # 148 after fix44
    "dev26e_questions.yaml": 147,
    "dev26f_questions.yaml": 117,
    "dev26g_questions.yaml": 116,
    "dev26h_questions.yaml": 117,
    # dev28a–f after round 30's mends (fix37a, fix37b; not blind). Left as the check reads them:
    # several are the writers' narrow groups ("这一项满足" where 已满足 is listed, "guide does
    # not say" declines a writer expected answered), the rest in docs/ANSWERS.md, "Round 30".
    "dev28a_questions.yaml": 115,
    "dev28b_questions.yaml": 118,  # 118 after fix44
    "dev28c_questions.yaml": 117,
    "dev28d_questions.yaml": 118,  # 116 after fix44
    "dev28e_questions.yaml": 116,
    "dev28f_questions.yaml": 116,
    "dev28g_questions.yaml": 120,
    "dev28h_questions.yaml": 118,  # 116 after fix39a ("能先入驻后面再补吗": 不能)
    "dev28i_questions.yaml": 118,
    # dev30a–f after round 31's mends (fix38b, fix38c; not blind). dev30f's rambling messages of
    # three or four questions are the class left (docs/ANSWERS.md, "Round 31").
    "dev30a_questions.yaml": 114,  # 113 after fix44
    "dev30b_questions.yaml": 119,
    "dev30c_questions.yaml": 117,
    "dev30d_questions.yaml": 117,  # 117 after fix44
    "dev30e_questions.yaml": 120,
    "dev30f_questions.yaml": 115,  # 109 after fix44
    # dev31a–d after fix38g–i (not blind).
    "dev31a_questions.yaml": 119,  # 119 after fix39b (the deposit and the rates of two markets)
    "dev31b_questions.yaml": 118,
    "dev31c_questions.yaml": 119,  # 119 after fix44
    "dev31d_questions.yaml": 118,
    "dev32a_questions.yaml": 117,
    # dev18a: 191 at 7465b1c (judge 180); 199 with fix23d's classes (an either-or the guide
    # settles, a lower support level "will do?", "besides X, also Y?", what proves the team's
    # size, a bound "over" an amount, a personal real-name account, a distribution order's
    # commission, the step after a ticket said filed). n=94 opens 不是 (the rule asked first),
    # then 能 — the check wants 能 first; the judge reads it right.
    # fix31b: 94 (rule asked, then a whole profile: the join verdict opens), lack-reading class; after fixes, not blind.
    "dev18a_questions.yaml": 200,
    # dev19c: 178 at b971a71 (judge 173, 14 invented numbers); 186 with fix25d's classes (an
    # order number before an amount, an own subtotal, sales stated for the commission, parts as
    # a table's columns, a numbered list of one month's orders, months each with their own
    # figures, every figure asked first, the policy period asked beside the commission, a rate
    # for a range, which markets have no rate beside one market's rate;
    # tests/bot/answers/test_fix25d.py; not blind).
    # 199 at int25 by the check (the judge's n=69 year-of-a-range and n=93 amounts-first
    # misses fixed in fix26c).
    # 200 after fixes, not blind: n=42 (fix31d, "After we pay, do we get a receipt?" is yes/no).
    "dev19c_questions.yaml": 200,
    # dev19a: 191 at b971a71 (judge 187); 200 with fix25f's classes (an ask next to a rule
    # declined naming the gap, how the vendor learns of progress answered, both parts of "which
    # contracts, then what next" and "track it, and how notified", what a market sells, the
    # market's name first, 地 typed for 第, customers on another cloud, no company → No, a
    # missing insurance statement, "does X check", the whole total picks the tier).
    "dev19a_questions.yaml": 200,
    # dev17b: first score 179/200 on main dd71668; 200 with fix22b's classes (one reader for a
    # month's orders typed as a list, "都不是零售通", one deposit per category, declines with the
    # related rule; not blind).
    "dev17b_questions.yaml": 200,
    # dev17d: first score 195/200 on main 76e056c; 200 with fix22d's classes (the market count
    # beside "we are a team", the rate after the policy's last day, another cloud's marketplace
    # to join, the one step before a step, why tier 1 is charged first, tax and billing models
    # declined, the sub-step after a click, where a ticket field goes; not blind).
    "dev17d_questions.yaml": 200,
    # dev17e: first score 192/200 on main 848ed8f; 196 with fix22f's classes. Left: 76 (a
    # vendor's 7x24 against the 5x8 rule: profile, fix22p), 118 (the reply's "1.2万" holds the
    # forbidden "2万"; the judge wants "the policy has ended" first for a month with no year), 144 (two asks in one: the document and Retail Link's head count), 173
    # (the set forbids "2,016" and asks for 2016年11月17日: the check reads the year as 2016).
    # 198 after fixes, not blind: n=173 (fix31d, the check reads 2016年11月17日 as no amount).
    "dev17e_questions.yaml": 199,
    # dev18b: 168 at 7465b1c; fix23e's classes (support hours as days and a clock span, a line
    # of business's age apart from the licence's, a profile's capital no month's sales, English
    # team counts, security products never an attack or a listing scan, "which of these", one
    # amount for each of two markets, a bound asked of two markets, "两笔订单各9.5万"); 189 with
    # fix24c's (a shop moved to a subsidiary declined, "what we must do before applying", a bound
    # given as "10万以内"); 191 with an ACA held and no ACP, and a 1688 violation record, judged;
    # more with fix24b (a market named inside the offering is the fit; "which markets" with a
    # market inside the product lists the open markets; sales staff are no turnover; a level
    # against the rule's first; "API development ability" names no API市场) and fix24a (一年半
    # shown as the half it is; a profile in words the per-fact readers miss judged whole).
    # 199 with fix25b's (the agreements accepted on applying, no doubt; the join asked beside
    # 卡在; an industry asked is not stated; a receipt given, Yes first; "nobody has Alibaba Cloud
    # certification … is that required?"; the marketing note over the ECS image; documents asked
    # beside a profile; the join and the deposit asked in one sentence).
    # 200 in round 25 (session 30: fix31a–f and the lead's mends; after fixes, not blind).
    "dev18b_questions.yaml": 200,
}


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = re.sub(r"(?<=\d)\s*[x*×]\s*(?=\d)", "x", folded)
    return re.sub(r"[\s,]", "", folded)


def contains_forbidden(
    text: str, forbidden: str, raw_text: str | None = None, raw_forbidden: str | None = None
) -> bool:
    """A forbidden number counts only as a whole number: "18000" is not inside "180000".

    Commas are dropped before comparing, so without this a right reply stating a total of
    180,000 would trip an item that forbids the figure 18,000. With the texts as written
    (`raw_text`, `raw_forbidden`), two more readings the dropped commas and spaces would lose:
    - an amount written with a thousands comma ("2,019") is money, not the year 2019年 or
      2016-11-17 of a date;
    - a forbidden phrase with Latin letters counts as words: "No," is not in "no fewer", "not"
      or "known", "CNY 100,000" is not inside "CNY 1,000,000".
    """
    if forbidden.isdigit():
        # A year or a date's part is not an amount written with a thousands comma.
        not_a_date = (
            r"(?!年)(?![-/.]\d)"
            if raw_forbidden and re.fullmatch(r"\d{1,3}(,\d{3})+", raw_forbidden.strip())
            else ""
        )
        return re.search(rf"(?<![\d.]){forbidden}(?![\d]){not_a_date}", text) is not None
    if forbidden not in text:
        return False
    if raw_text is None or raw_forbidden is None or not re.search(r"[a-z]", forbidden):
        return True
    return _as_words(raw_forbidden).search(_spaced_out(raw_text)) is not None


def _spaced_out(text: str) -> str:
    """`text` folded as `normalise` does, but with its spaces (one each) and only the commas of
    numbers (1,000,000 → 1000000) dropped: words keep their edges."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = re.sub(r"(?<=\d)\s*[x*×]\s*(?=\d)", "x", folded)
    folded = re.sub(r"(?<=\d),(?=\d{3})", "", folded)
    return re.sub(r"\s+", " ", folded)


def _as_words(forbidden: str) -> re.Pattern[str]:
    """A forbidden phrase as a pattern of whole words and whole numbers, any spacing."""
    wanted = _spaced_out(forbidden).strip()
    pattern = r"\s*".join(re.escape(part) for part in wanted.split(" "))
    # Matched from a word's start (as `contains_fact` does), a number whole ("7" is in "7x24",
    # not in "70").
    if re.match(r"[a-z]", wanted):
        pattern = r"(?<![a-z])" + pattern
    elif re.match(r"\d", wanted):
        pattern = r"(?<![\d.])" + pattern
    if re.search(r"\d$", wanted):
        pattern += r"(?!\d)"
    return re.compile(pattern)


# What a stated fact must not be part of. Chinese verdict words (能, 可以, 满足 …) do not state a
# verdict when negated (不能, 无法满足, 不完全符合), asked (能否, 能不能, 是否都满足, 有没有), required
# (也需满足: a rule, not a verdict) or offered (可以问…). Other facts may stand after a negation
# (合作终止且未违反规范 states the rule on 违反), so only these are checked.
VERDICT_WORDS = ("能", "可以", "可", "满足", "符合", "需要", "需", "是", "有", "行", "允许", "支持", "要",
                 "够", "算", "达到", "达标", "一样", "包含", "计入", "退", "返还", "对")  # fmt: skip
NEGATIONS = "不没未无非否"
ASKED_AFTER = "不否没无"
NEGATING_PHRASES = ("不予", "无需", "无须", "不用", "不必", "不再", "未能", "无法", "不能", "不会",
                    "不被", "不需", "没有", "不可", "不得", "难以", "很难", "未", "不", "没", "无", "非")  # fmt: skip
REQUIRED_BEFORE = ("需", "须", "应", "必须", "均需", "也需", "都需", "还需", "需要", "应当", "应该",
                   "须同时", "需同时", "应同时", "要同时")  # fmt: skip
# A condition, not a verdict: 如果满3年就能入驻, 只要满足条件就可以, 若注册资金达到100万即可.
CONDITIONAL = re.compile(r"如果|假如|假设|倘若|若(?!干)|只要|一旦|等您|待您")
# A rule, not a verdict: 满足以下条件的企业可以入驻.
RULE_AFTER = ("以下", "下列", "如下")
RULE_BEFORE = ("的企业", "的商家", "的服务商", "的公司", "的厂商", "的伙伴")
# Words holding a negation character that negate nothing: 非常符合, 毫无疑问能, 没问题可以, 不过能.
NOT_NEGATING = re.compile(r"非常|毫无疑问|没问题|不过|不仅|不但")
OFFER_AFTER = ("问", "回复", "咨询", "联系", "输入", "发送", "告诉")
# A one-character verdict inside a longer word states nothing: 功能, 但是, 银行, 所有, 需要 ….
COMPOUNDS = {
    "能": ("功能", "可能", "技能", "性能", "智能", "才能", "职能", "效能", "能力", "能源", "只能"),
    "是": ("但是", "还是", "就是", "于是", "凡是", "只是", "也是", "是否", "总是", "或是", "要是",
           "若是", "即是", "可是", "正是", "于是", "是指"),
    "行": ("银行", "执行", "进行", "行业", "运行", "发行", "行为", "行政", "实行", "自行", "举行",
           "流行", "行内", "同行", "行使"),
    "有": ("所有", "具有", "拥有", "含有", "现有", "有关", "有限", "有效", "有权", "享有", "只有",
           "有些", "有的"),
    "可": ("可能", "许可", "认可", "可选", "可见", "不可", "可是", "可惜"),
    "要": ("需要", "要求", "主要", "重要", "只要", "要么", "摘要", "必要", "要是", "要点"),
    "需": ("需求", "所需", "必需"),
    "算": ("计算", "结算", "核算", "预算", "换算", "算法"),
    "够": ("能够", "足够"),
    # 对 is a verdict (对，是3万) only on its own: 对于, 针对, 相对, 对接, 对应 say nothing.
    "对": ("对于", "针对", "相对", "对接", "对应", "对比", "对方", "对外", "对象", "面对", "绝对",
           "核对", "对账", "对公", "对话", "应对", "比对", "对照", "反对", "对待", "一对一"),
    # A noun, not a verdict: 技术支持 (technical support) says nothing is supported.
    "支持": ("技术支持", "售后支持", "客服支持", "支持团队", "支持服务"),
}  # fmt: skip
# Comparisons and effects: stated only unnegated (不超过 is not 超过, 不影响 not 影响). Unlike the
# verdict words they may be required (注册资金须超过100万 states the rule) or asked.
NEGATABLE_FACTS = ("超过", "超出", "影响", "低于", "少于", "高于", "多于")
# An effect negated at a distance: 没有任何影响, 不受影响, 不会有影响, 不会对档位产生影响.
NEGATED_AT_A_DISTANCE = re.compile(
    r"(?:不受|不会有|不会产生|不产生|不会造成|不造成|没有任何|没有|并无|无任何|毫无)(?:任何)?$"
    r"|(?:不会|并不|不|没有|未)对[^|]{1,10}(?:产生|造成|有|带来|构成)(?:任何)?$"
)
CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
SEPARATORS = "|。；;！!？?：:、\n"
ENGLISH_VERDICT_WORDS = (
    "can", "eligible", "meet", "qualif", "yes", "able", "allowed", "may", "need", "require",
    "satisf", "fulfil", "pass", "fit", "ok", "enough", "sufficient", "exceed", "includ", "count",
    "cover", "more than", "less than", "fewer than", "fine", "does", "right", "correct",
)  # fmt: skip
# Negated or asked: "not (yet) eligible", "no need", "fails to meet", "whether you can".
ENGLISH_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bno(?!\s+problem)|\bno longer|\bfails? to|\bunable to|\bwhether|\bif"
    r"|\bnone|\bnothing|\bneither|\bnor)"
    r"\s+(?:[\w'-]+\s+){0,2}$"
)
ENGLISH_NEGATION_AFTER = r"(?!'t|n't|\s+not\b|\s+no\s+longer\b|\s+never\b|\s+(?:for\s+)?none\b)"
# A condition later in the sentence: "You can apply if you have 3 years."
ENGLISH_CONDITION_AFTER = r"(?![^.;:!?\n]*\bif\b)"
# "Right now" is a time, not a verdict.
NOT_A_VERDICT_AFTER = {"right": r"(?!\s+now\b|\s+away\b)"}


UNITS = {"万": 10_000, "k": 1_000, "thousand": 1_000, "million": 1_000_000}


def _in_units(match: re.Match[str]) -> str:
    value = Decimal(match[1]) * UNITS[match[2]]
    return str(int(value)) if value == value.to_integral_value() else match[0]


CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                  "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6,
                  "柒": 7, "捌": 8, "玖": 9}  # fmt: skip
CHINESE_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CHINESE_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
# A lone 一/三/两 is a number only before a measure word (一年, 三个, 两名, 第一档), never in
# 一定, 一样, 统一, 两者 or 零售通.
MEASURE_WORDS = ("年", "月", "日", "号", "天", "周", "个", "名", "位", "人", "元", "块", "家", "项",
                 "条", "档", "次", "倍", "岁", "类", "款", "种", "份", "张", "步", "小时", "级", "季度",
                 "星期", "工作日", "大", "%")  # fmt: skip
NUMERAL_RUN = re.compile(
    rf"(?<![\d.{CHINESE_NUMERALS}])[\d{CHINESE_NUMERALS}]+(?:\.\d+[\d{CHINESE_NUMERALS}]*)*"
)
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # fmt: skip
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"


def _chinese_number(run: str) -> Decimal | None:
    """The value of a number spelled with Chinese numerals, alone or mixed with Arabic digits
    (三万 = 30000, 叁拾万 = 300000, 2万8千 = 28000, 1.2万 = 12000, 三万五 = 35000, 二〇二一 =
    2021), or None when `run` is no such number (万一, 千万, 1.2.3)."""
    parts = re.findall(rf"\d+(?:\.\d+)?|[{CHINESE_NUMERALS}]", run)
    if "".join(parts) != run or not parts or parts[0] in CHINESE_BIG_UNITS:
        return None
    if parts[0] in CHINESE_SMALL_UNITS and parts[0] not in ("十", "拾"):
        return None
    if all(part in CHINESE_DIGITS for part in parts):
        # Read digit by digit: 二〇二一 (a year), 三 (a lone digit).
        return Decimal("".join(str(CHINESE_DIGITS[part]) for part in parts))
    total, section, number, last_unit = Decimal(0), Decimal(0), None, 0
    for part in parts:
        if part in CHINESE_DIGITS or part[0].isdigit():
            if number is not None and part not in ("零", "〇"):
                return None
            number = Decimal(CHINESE_DIGITS[part]) if part in CHINESE_DIGITS else Decimal(part)
            if part in ("零", "〇"):
                number, last_unit = None, 0
        elif part in CHINESE_SMALL_UNITS:
            section += (Decimal(1) if number is None else number) * CHINESE_SMALL_UNITS[part]
            number, last_unit = None, CHINESE_SMALL_UNITS[part]
        else:
            total = (total + section + (number or 0)) * CHINESE_BIG_UNITS[part]
            section, number, last_unit = Decimal(0), None, CHINESE_BIG_UNITS[part]
    if number is not None and last_unit >= 100:
        # 三万五 is 35000 and 一百五 is 150: a trailing digit counts in the next smaller unit.
        number *= last_unit // 10
    return total + section + (number or 0)


def _arabic_run(match: re.Match[str]) -> str:
    run = match[0]
    if not any(char in CHINESE_NUMERALS for char in run):
        return run
    value = _chinese_number(run)
    if value is None:
        return run
    after = match.string[match.end() : match.end() + 4]
    before = match.string[max(0, match.start() - 1) : match.start()]
    small_digits = all(char in "零〇一二两三四五六七八九" for char in run)
    if small_digits and not (after.startswith(MEASURE_WORDS) or before == "第"):
        # 一定, 一样, 统一, 两者, 零售通: the character is no number here.
        return run
    if len(run) > 1 and small_digits and not after.startswith("年"):
        return run
    return str(int(value)) if value == value.to_integral_value() else str(value.normalize())


def _date(year: str, month: str | int, day: str | None = None) -> str:
    month_number = MONTHS[month[:3]] if isinstance(month, str) and month[:1].isalpha() else month
    if not 1 <= int(month_number) <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return ""
    return f"{int(year)}年{int(month_number)}月" + (f"{int(day)}日" if day is not None else "")


def _same_date(pattern: str, text: str, parts: str) -> str:
    """Every date matched by `pattern` written the Chinese way; `parts` names the groups' order
    ("ymd", "mdy", "dmy", "my", "ym", "md", "dm")."""

    def written(match: re.Match[str]) -> str:
        found = dict(zip(parts, match.groups(), strict=True))
        if "y" not in found:
            month = MONTHS[found["m"][:3]] if found["m"][:1].isalpha() else int(found["m"])
            return f"{month}月{int(found['d'])}日" if 1 <= int(found["d"]) <= 31 else match[0]
        return _date(found["y"], found["m"], found.get("d")) or match[0]

    return re.sub(pattern, written, text)


ENGLISH_NUMBERS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty".split())} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
# An English number word is a number only before what it counts: "four employees", "two years",
# "five percent", "twenty-four hours" (never "no one market", "the one you named", "one of them").
ENGLISH_NUMBER = re.compile(
    r"(?<!\bno )(?<!\bthe )(?<!\bany )(?<!\beach )(?<!\bthis )(?<!\bthat )(?<!\bwhich )"
    rf"\b(?:({'|'.join(word for word, value in ENGLISH_NUMBERS.items() if value >= 20)})[\s-])?"
    rf"({'|'.join(ENGLISH_NUMBERS)})\b(?=[\s-]+(?:full[\s-]time\s+)?(?:percent|per cent|years?"
    r"|months?|days?|hours?|working days?|business days?|employees?|people|persons?|staff"
    r"|engineers?|members?|markets?|categories|category|tiers?|steps?|yuan)\b)"
)


def _english_number(match: re.Match[str]) -> str:
    tens = ENGLISH_NUMBERS[match[1]] if match[1] else 0
    units = ENGLISH_NUMBERS[match[2]]
    return str(tens + units) if not (tens and units >= 10) else match[0]


def same_spelling(text: str) -> str:
    """One spelling for what the guide writes several ways (after NFKC and lower case):
    Chinese numerals (三万 = 30000, 二十人 = 20人, 第一档 = 第1档), English number words before what
    they count (four employees = 4 employees), percent (百分之五 = five percent = 5%),
    dates (2021-03-31 = 2021/3/31 = March 31, 2021 = 31 March 2021 = 2021年03月31日 = 2021年3月31日),
    words joined by a hyphen (social-insurance = social insurance) and round-the-clock service
    (24/7 = 24x7 = 7x24)."""
    text = re.sub(rf"百分之\s*([\d.{CHINESE_NUMERALS}]+)", r"\1%", text)
    text = ENGLISH_NUMBER.sub(_english_number, text)
    text = re.sub(r"(?<=\d)\s*(?:percent|per cent)\b", "%", text)
    text = NUMERAL_RUN.sub(_arabic_run, text)
    # Dates, written 2021年3月31日 (no leading zeros, 号 as 日).
    text = re.sub(r"(?<=年)0(?=\d月)|(?<=月)0(?=\d[日号])", "", text)
    text = re.sub(r"(月\d{1,2})号", r"\1日", text)
    text = _same_date(r"(?<!\d)(?<!\d\.)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", text, "ymd")
    text = _same_date(r"(?<![\d./])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", text, "mdy")
    text = _same_date(rf"\b{MONTH}\s+{DAY},?\s+(\d{{4}})\b", text, "mdy")
    text = _same_date(rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+(\d{{4}})\b", text, "dmy")
    text = _same_date(rf"\b{MONTH},?\s+(\d{{4}})\b", text, "my")
    text = _same_date(r"(?<![\d.\-/])((?:19|20)\d\d)[-/](\d{1,2})(?![\d\-/.])", text, "ym")
    # Without a year, and never "may" (a verdict word): March 31, 31 March.
    bare_month = MONTH.replace("|may|", "|")
    text = _same_date(rf"\b{bare_month}\s+{DAY}\b(?![,\s]*\d)", text, "md")
    text = _same_date(rf"\b{DAY}\s+(?:of\s+)?{bare_month}\b", text, "dm")
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    text = re.sub(r"\be mail\b", "email", text)
    return re.sub(r"(?<![\d.])24\s*[/x*×]\s*7(?![\d.])", "7x24", text)


def spaced(text: str, same: bool = True) -> str:
    """Like `normalise`, but keeps spaces and punctuation, so words and numbers have edges; a
    comma is a thousands separator only before exactly three digits (30,000 — not 30000，50000).
    With `same`, what the guide spells several ways is spelled one way (`same_spelling`)."""
    folded = unicodedata.normalize("NFKC", text.replace("’", "'")).lower()
    folded = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", folded)
    # Zero decimals state the whole number: "5.0%" is "5%", "12000.00" is "12000".
    folded = re.sub(r"(?<=\d)\.0+(?![\d.])", "", folded)
    if same:
        folded = same_spelling(folded)
    # A number with a unit is the number: 3万 = 30,000 = 30k, 1.2万 = 12000, 1 million = 1000000
    # (not 2万8千, whose 万 is part of a longer spelling).
    folded = re.sub(
        rf"(?<![\d.])(\d+(?:\.\d+)?)\s*(万|k|thousand|million)(?![\d{CHINESE_NUMERALS}a-z])",
        _in_units,
        folded,
    )
    # "okay" is "ok", "nope" is "no"; contractions are spelled out: can't = cannot, isn't = is not.
    folded = re.sub(r"\bokay\b", "ok", folded)
    folded = re.sub(r"\bnope\b", "no", folded)
    folded = re.sub(r"\bcan't\b|\bcan not\b", "cannot", folded)
    folded = re.sub(r"\bwon't\b", "will not", folded)
    folded = re.sub(r"\b(is|are|was|were|do|does|did|has|have|had|need|must|should|would|could)n't\b",
                    r"\1 not", folded)  # fmt: skip
    return re.sub(r"(?<=\d)\s*[x*×]\s*(?=\d)", "x", folded)


def numbers_apart(text: str, same: bool = True) -> str:
    """`normalise`, except what once stood apart stays apart: two numbers split by a space or a
    comma ("tier 2 15%" is not "215%", "6. 7x24" not "6.7x24"), English words and numbers
    split by a space ("1 month" is not "1m…") and words split by a comma ("可以，不过" is not
    "可以不过"). Facts go through it too, so they keep the same edges."""
    folded = re.sub(r"(?<=[\d.])[\s,]*[\s,][\s,]*(?=\d)", "|", spaced(text, same))
    folded = re.sub(r"\s*,\s*", "|", folded)
    folded = re.sub(r"(?<=[a-z0-9.%])\s+(?=[a-z0-9])", "|", folded)
    return re.sub(r"\s", "", folded)


def _english_fact(reply_text: str, word: str, same: bool = True) -> bool:
    text = spaced(reply_text, same)
    end = r"(?:s|es|d|ed|ing)?(?![a-z])" if len(word) <= 4 else ""
    # A fact that is itself negative ("may not list") is matched as written.
    verdict = word.startswith(ENGLISH_VERDICT_WORDS) and not re.search(r"\bnot\b|n't|^cannot", word)
    after = (
        ENGLISH_NEGATION_AFTER + ENGLISH_CONDITION_AFTER + NOT_A_VERDICT_AFTER.get(word, "")
        if verdict
        else ""
    )
    spelled = re.escape(word)
    if re.fullmatch(r"[a-z]{3,}[^su]s", word):
        # One word, inflected: "counts" is stated by "they count", "meets" by "you meet".
        spelled, end = re.escape(word[:-1]), r"(?:s|es|d|ed|ing)?(?![a-z])"
    # A writer's stem without its first letter ("overnment", "cosystem", "usiness license": the
    # capital dodged) is matched one letter into a word; a verdict word or a short fact never is.
    start = r"(?<![a-z])[a-z]?" if not verdict and len(word) >= 5 else r"(?<![a-z])"
    for match in re.finditer(rf"{start}{spelled}{end}{after}", text):
        clause = re.split(r"[.;:!?\n|]", text[: match.start()])[-1]
        if verdict and any(mark in clause for mark in CROSS_MARKS):
            continue
        # The question echoed: "Can we list before paying? No."
        if verdict and re.match(r"[^.;:!?\n]*\?", text[match.end() :]):
            continue
        if not (verdict and ENGLISH_NEGATION_BEFORE.search(text[: match.start()])):
            return True
    return False


def _without_negated_english(text: str, word: str) -> str:
    """`text` with every place where `word` (an English verdict or comparison led fact such as
    "less than 4") follows a negation ("no less than 4", "not more than") blanked out."""
    kept = []
    last = 0
    for match in re.finditer(rf"(?<![a-z]){re.escape(word)}", text):
        if ENGLISH_NEGATION_BEFORE.search(text[: match.start()]):
            kept.append(text[last : match.start()] + "|")
            last = match.end()
    return "".join(kept) + text[last:]


# A negation further back, with only words between that do not end its reach: 并不会因此而影响,
# 不太可能满足, 不是都能满足, 不一定都符合 (but not 不满足条件的订单会影响: 满足 ends it).
NEGATED_THROUGH = re.compile(
    r"(?:不|没有?|未|并非|无)(?:会|是|能|太|再|都|也|就|一定|可能|因此|因而|由此|为此|而|完全|全部"
    r"|全|必|大|很|总|还|够|得)+$"
)
# A cross before the fact, or right after it, marks it not met: ✗ 满足, "❌ eligible", 满足 ✗.
CROSS_MARKS = "✗❌✖❎"


def _negated_or_asked(text: str, start: int, end: int, wanted: str) -> bool:
    """Whether the Chinese fact found at text[start:end] is negated, asked, required or offered."""
    before = re.split(f"[{re.escape(SEPARATORS)}]", text[:start])[-1]
    after = text[end : end + 2]
    if wanted.startswith(tuple(NEGATIONS)):
        return False
    if wanted.startswith(NEGATABLE_FACTS):
        return (
            before.endswith(NEGATING_PHRASES)
            or NEGATED_AT_A_DISTANCE.search(before) is not None
            or NEGATED_THROUGH.search(NOT_NEGATING.sub("", before)) is not None
        )
    if not wanted.startswith(VERDICT_WORDS):
        return False
    if any(mark in before for mark in CROSS_MARKS) or after[:1] in tuple(CROSS_MARKS):
        return True
    # The question echoed: 能入驻吗？不能 — the clause holding the word asks it.
    rest = re.match(f"[^{re.escape(SEPARATORS)}]*", text[end:])
    if rest and (
        rest[0].rstrip("”\"」』'").endswith(("吗", "呢"))
        or text[end + rest.end() : end + rest.end() + 1] == "?"
    ):
        return True
    if NEGATED_THROUGH.search(NOT_NEGATING.sub("", before)):
        return True
    sentence = re.split(r"[。；;！!?\n]", text[:start])[-1]
    if CONDITIONAL.search(sentence) or after.startswith(RULE_AFTER) or before.endswith(RULE_BEFORE):
        return True
    before = NOT_NEGATING.sub("", before)
    if before.endswith(NEGATING_PHRASES):
        return True
    # 可以不交 states 可以; 可以不可以 asks it.
    asked = (
        bool(after)
        and after[0] in ASKED_AFTER
        and not (wanted == "可以" and after[:2] not in {"不可", "不能"})
    )
    # A fact ending the reply is followed by nothing ("" is in every string).
    if any(mark in before[-3:] for mark in NEGATIONS) or asked:
        return True
    if before.endswith(REQUIRED_BEFORE) or after.startswith(OFFER_AFTER):
        return True
    for word in COMPOUNDS.get(wanted, ()):
        # The word holding the fact, wherever the fact sits in it (功能, 能力, 技术支持).
        at = start - word.find(wanted)
        if at >= 0 and text[at : at + len(word)] == word:
            return True
    return False


# The vendor's own figure repeated, not stated: 您说的30万, 按您给的几项（注册资金50万元）, "the 300k
# you mentioned".
ECHO_BEFORE = re.compile(
    r"(?:您|你)(?:所)?(?:说的|提到的|问的|给的|给出的|报的|填的)|yousaid|youmentioned|youquoted"
    r"|yougave|yourfigure|asyousay"
)
ECHO_AFTER = re.compile(
    r"^[^。；;！!?\n:：]{0,6}?(?:\(|（)?(?:您说的|您提到的|yousaid|youmentioned|youquoted|yougave)"
)


# Repeated to confirm it, the figure is stated: 对，您说的3万没错; "the 30,000 you said is right".
CONFIRMED_AFTER = re.compile(r"(?<!不)(?:对|没错|正确|准确|无误)|(?<!not)(?:correct|right)")


def _echoed(text: str, start: int, end: int) -> bool:
    before = re.split(r"[。；;！!?\n:：]", text[:start])[-1].replace("|", "")[-20:]
    after = re.split(r"[。；;！!?\n:：]", text[end:])[0].replace("|", "")[:20]
    if CONFIRMED_AFTER.search(after):
        return False
    return bool(ECHO_BEFORE.search(before) or ECHO_AFTER.search(after))


def contains_fact(reply_text: str, fact: str, question: str = "") -> bool:
    """Whether the reply states `fact`, not merely contains its characters.

    - Numbers are whole: "12000" is not in "120000", "5%" not in "15%", "2万" not in "2万8千",
      "十万" not in "五十万", "1m" not in "1 month"; "12000" is in "12,000.00" and "1234.5" in
      "1,234.50".
    - Chinese verdict words (能, 可以, 满足 …) count only unnegated, unasked and not as a rule or
      an offer (not in 不能, 无法满足, 能否, 是否都满足, 也需满足, 可以问, 功能); any Chinese fact
      is not stated right after a negating phrase (不予退还, 无需保证金).
    - English facts are matched at a word's start (up to four letters: as a whole word, -s/-ed/
      -ing allowed, so "no" is not in "not" and "can" not in "cannot"); English verdict words
      (can, eligible, meet, enough …) not after "not", "no", "never", "fails to", "whether", "if"
      (up to two words between) nor before "not"/"n't".
    """
    # Each spelling the guide allows (三万 = 30000, 2021-03-31 = 2021年3月31日) is tried, and so is
    # the text as written (三 in 三个, which only the measure word makes a number).
    # A number the question itself gives is not stated by the reply only repeating it ("您说的30万").
    echo = bool(question) and (
        _states(question, fact, True, False) or _states(question, fact, False, False)
    )
    return _states(reply_text, fact, True, echo) or _states(reply_text, fact, False, echo)


def _states(reply_text: str, fact: str, same: bool, echo: bool) -> bool:
    word = spaced(fact, same).strip().rstrip(",.;:!?")
    if re.fullmatch(r"[a-z][a-z '-]*", word):
        return _english_fact(reply_text, word, same)
    if word.startswith(ENGLISH_VERDICT_WORDS):
        # "less than 4" is not stated by "no less than 4": negated places are left out.
        reply_text = _without_negated_english(spaced(reply_text, same), word)
    text, wanted = numbers_apart(reply_text, same), numbers_apart(fact, same)
    if wanted[:1].isdigit():
        start = r"(?<![\d.])"
    elif wanted[:1] in CHINESE_NUMERALS:
        start = rf"(?<![\d{CHINESE_NUMERALS}])"
    else:
        start = ""
    if wanted[-1:].isdigit():
        end = r"0*(?!\d)" if "." in wanted else r"(?!\d)(?!\.\d*[1-9])"
    elif wanted[-1:] in CHINESE_NUMERALS:
        end = rf"(?![\d{CHINESE_NUMERALS}])(?!\.\d)"
    elif re.search(r"\d[a-z]+$", wanted):
        end = r"(?![a-z])"
    else:
        end = ""
    chinese = "\u4e00" <= wanted[:1] <= "\u9fff"
    for match in re.finditer(rf"{start}{re.escape(wanted)}{end}", text):
        if chinese and _negated_or_asked(text, match.start(), match.end(), wanted):
            continue
        if echo and wanted[:1].isdigit() and _echoed(text, match.start(), match.end()):
            continue
        return True
    return False


def states_every_fact(item: dict[str, Any], text: str) -> bool:
    """A reply that hands off but still states every fact the item requires answers it.

    Example: "2021年5月结算的订单按什么费率" — the guide's policy period ended on 2021-03-31 and
    it gives no later rate, so the reply says exactly that and offers staff. An item with no
    required facts is never answered by a hand-off.
    """
    required = item.get("must_contain", [])
    groups = item.get("must_contain_any", [])
    if not required and not groups:
        return False
    question = item.get("q", "")
    return all(contains_fact(text, fact, question) for fact in required) and all(
        any(contains_fact(text, option, question) for option in group) for group in groups
    )


# A question asking whether amounts may be put together (两个类目能不能合起来按60万算, "is the tier
# based on the combined 250k?") …
COMBINING_ASKED = re.compile(
    r"合并|合起来|加起来|加在一起|合在一起|放在一起|一起算|一起计算|一并计算|叠加|累加|累计计算"
    r"|\bcombin|\btogether\b|\badd(?:ed)? up\b|\bpool|\bsum(?:med)? up\b|\baggregat"
)
# … is answered no by the rule itself: each category and each month is tiered on its own
# (guide §4 第2条 "分别执行"). 分开算 / 分别计算 / 不合并 / "calculated separately" say that no.
SEPARATELY_SAID = re.compile(
    r"(?:分开|分别|单独|各自|独立)(?:计算|算|计|定档|执行|核算|统计|结算|适用|对应|按)"
    r"|不(?:能|可以|会|予)?(?:合并|合起来|加起来|加在一起|合在一起|叠加|累加|累计计算|一起算)"
    r"|(?:每个|各个?)(?:类目|月|自然月|市场)(?:都|均)?(?:各自|单独|分别|独立)"
    r"|\bseparately\b|\bon (?:its|their) own\b|\bindependently\b"
    r"|\b(?:not|never|cannot|can not)(?: be)? (?:combined|added up|added together|pooled|aggregated)\b"
)
# Before 分开算 these make it asked or denied: 是否分开算, 不用分开算, 并非分别计算, "not separately".
SEPARATELY_DENIED_BEFORE = re.compile(
    r"(?:不|没|无|非|否|是否|还是|不用|不需要|无需|而非|不是|并不是)$"
)


def says_no_by_the_rule(question: str, reply_text: str, *, opening_only: bool = False) -> bool:
    """Whether a reply to a question about putting amounts together says they are counted
    separately — the guide's no, worded by its rule (分开算：…不同类目不合并). Only for such a
    question: elsewhere 分别 ("分别为30000，50000") is no verdict."""
    if not COMBINING_ASKED.search(spaced(question, same=False)):
        return False
    text = spaced(reply_text, same=False)
    if opening_only:
        text = re.split(r"[。；;！!?\n]", _without_lead(text.strip()), maxsplit=1)[0]
    for match in SEPARATELY_SAID.finditer(text):
        before = re.split(f"[{re.escape(SEPARATORS)},，]", text[: match.start()])[-1].strip()
        if match[0].isascii() and not match[0].startswith(("not", "never", "cannot", "can not")):
            if ENGLISH_NEGATION_BEFORE.search(before + " "):
                continue
        elif SEPARATELY_DENIED_BEFORE.search(before):
            continue
        return True
    return False


# A forbidden text naming a market (not a verdict such as 不满足 or "not eligible").
MARKET_NAME = re.compile(
    r"市场|集市|api|基础软件|basic software|服务|service|建站|网站建设|website|数据智能"
    r"|data intelligence|新零售|new retail|安全|security|企业应用|enterprise|解决方案|solution"
    r"|物联网|iot|internet of things|开发运维|devops|零售通|retail link|market"
)
NOT_A_NAME = re.compile(r"[不没无未非]|\bnot\b|n't|\bno\b|cannot|ineligible")
# The head of the list that sets other markets aside, at the start of a line, sentence or
# clause: "The other markets require:", "No such condition:", 进不了的：, 对这一项没有要求：,
# 不受影响、可以考虑的市场：, ✗ 不满足：.
OTHER_LIST = re.compile(
    r"(?:^|(?<=[。；;！!？?\n，,]))[\s•·*>#\-]*(?:[✗❌✖]"
    r"|(?:对(?:这一?项|此)|以下的?(?:市场|集市)?|the\s+|all\s+)?(?:"
    r"其[他它余](?:的|几个|列出的|每个|各个|所有)?(?:市场|集市)|进不了|不能入驻|无法入驻|不满足|不符合|不适合"
    r"|不在其列|不包括|除外|没有(?:这一?项|此项?)?要求|无(?:此项?)?要求|不受影响|可以考虑"
    r"|other\s+markets?|the\s+rest|rest\s+of|remaining\s+markets?|no\s+such"
    r"|markets?\s+(?:that|which)\s+(?:do|does|did)\s*n[o']t|not\s+(?:eligible|required|included)"
    r"|ineligible|excluded|ruled\s+out|except))"
)


def answer_part(item: dict[str, Any], reply_text: str) -> str:
    """The reply up to the list that sets other markets aside, once every required fact is stated.

    A "which markets" reply may name a market that does not fit only to exclude it, after the
    answer ("… API, Data Intelligence, IoT. The other markets require: … Basic Software");
    such a name is no wrong answer. Named before the answer is complete, or with no such list,
    the whole reply counts (a non-fitting market among the fitting ones is wrong)."""
    if not item.get("must_contain") and not item.get("must_contain_any"):
        return reply_text
    ends = [match.end() for match in re.finditer(r"[。；;！!？?\n，,：:、]", reply_text)]
    complete = next(
        (end for end in [*ends, len(reply_text)] if states_every_fact(item, reply_text[:end])),
        None,
    )
    if complete is None:
        return reply_text
    lowered = unicodedata.normalize("NFKC", reply_text).lower()
    other = OTHER_LIST.search(lowered, complete)
    return reply_text[: other.start()] if other else reply_text


# The day every set is answered on (sets_day.py); bench/score_set.py answers on it too.
EVAL_DAY = SETS_DAY


@cache
def answered(question: str, day: date) -> Answer:
    """The answer to `question` on `day`, once per worker: the accuracy and the invented-number
    tests read the same replies (answering every set twice was a third of CI's time; with
    pytest-xdist a set's two tests share it when they land on the same worker)."""
    return answer(question, today=day)


def check(item: dict[str, Any], day: date = EVAL_DAY) -> str | None:
    """None when the answer, given on `day` (the set's day: sets_day.day_of), is right, else
    why not."""
    return check_reply(item, answered(item["q"], day))


def check_reply(item: dict[str, Any], reply: Answer) -> str | None:
    """None when `reply` answers the item right, else why not."""
    text = normalise(reply.text)
    expected_lang = item.get("lang")
    if expected_lang and reply.lang != expected_lang:
        return f"answered in {reply.lang}, expected {expected_lang}"
    part = answer_part(item, reply.text) if item.get("must_not_contain") else reply.text
    answered = normalise(part)
    for bad in item.get("must_not_contain", []):
        names_a_market = MARKET_NAME.search(bad.lower()) and not NOT_A_NAME.search(bad.lower())
        checked, raw = (answered, part) if names_a_market else (text, reply.text)
        if contains_forbidden(checked, normalise(bad), raw, bad):
            return f"contains {bad!r}"
    if item.get("out_of_scope"):
        return None if reply.out_of_scope else f"not declined: {reply.text[:80]!r}"
    if reply.out_of_scope and not states_every_fact(item, without_hand_off(reply.text)):
        return "declined"
    if len(reply.text) > MAX_ANSWER_CHARS:
        return f"{len(reply.text)} characters"
    # Every confident answer states a fact from the guide, so it names its section; only the
    # greeting states none.
    if (
        reply.confident
        and reply.topic != "greeting"
        and (
            not reply.source
            or not reply.text.rstrip().endswith(
                (f"（出处：{reply.source}）", f"(Source: {reply.source})")
            )
        )
    ):
        return "no source line"
    missing = [
        fact
        for fact in item.get("must_contain", [])
        if not contains_fact(reply.text, fact, item["q"])
    ]
    if missing:
        return f"missing {missing} (topic {reply.topic}, confident {reply.confident})"
    for group in item.get("must_contain_any", []):
        if not any(contains_fact(reply.text, option, item["q"]) for option in group) and not (
            group_verdict(group) == "no" and says_no_by_the_rule(item["q"], reply.text)
        ):
            return f"none of {group}"
    return opposite_verdict(item, reply.text)


# The reply's first clause is its verdict: "不能：… 1 项不满足 … → 3年满足" says 不能, even though
# 满足 appears further down for the conditions that are met.
CHINESE_YES_OPENINGS = ("能", "可以", "满足", "符合", "行", "是", "需要", "对的", "没错", "没问题")
CHINESE_NO_OPENINGS = ("不", "没有", "无法", "无需")
ENGLISH_YES_OPENING = re.compile(
    r"(?:no problem|yes|yep|sure|correct|right|can|eligible|are eligible|is eligible|meets?"
    r"|qualify|qualifies)\b"
)
ENGLISH_NO_OPENING = re.compile(
    r"(?:no|nope|not|cannot|can't|can not|are not|aren't|is not|isn't|do not|don't|does not"
    r"|doesn't|ineligible)\b"
)
# What may stand before the verdict and says nothing itself: marks, labels, the subject and
# courtesy ("✅ **能**", "结论：不能", "贵公司不能", "很遗憾，不能", "Unfortunately, no", "You can").
LEADING_MARKS = r"[\s*_#>•·\-–—✅❌✔✖✓✗☑❎⚠️🟢🔴👍👎🙂😊]+"
LEADING_LABELS = ("结论", "答复", "回答", "答案", "简短回答", "答", "short answer", "answer")
LEADING_WORDS = ("不用担心", "不必担心", "放心", "很遗憾", "遗憾的是", "可惜", "抱歉", "不好意思",
                 "根据您的情况", "根据您说的情况", "按您说的情况", "按您说的", "就您说的情况", "贵公司", "您们",
                 "您", "你们", "你", "unfortunately", "sorry", "based on what you said",
                 "from what you said", "your company", "you're", "you")  # fmt: skip
# Openings that look like a verdict but are not one: 不用担心, 不仅, 是否, 能否, 行业, "Not only",
# "None", "Normally" (the last two never match: "no" is a whole word).
NOT_A_VERDICT = ("不用担心", "不必担心", "不仅", "不只", "不但", "不过", "不论", "不管", "是否",
                 "是指", "能否", "能不能", "能力", "行业", "行为", "需要看", "需要根据", "需要视",
                 "可以不可以", "是不是", "not only", "no matter", "right now")  # fmt: skip


def _without_lead(text: str) -> str:
    """`text` without the marks, labels, subject and courtesy words standing before a verdict."""
    while True:
        stripped = re.sub(rf"^{LEADING_MARKS}", "", text)
        for label in LEADING_LABELS:
            stripped = re.sub(rf"^{re.escape(label)}\s*[：:]", "", stripped)
        for word in LEADING_WORDS:
            if stripped.startswith(word) and not re.match(
                r"[a-z]", stripped[len(word) : len(word) + 1]
            ):
                stripped = stripped[len(word) :].lstrip(" ，,：:。!！")
                break
        if stripped == text:
            return text
        text = stripped


def opening(reply_text: str) -> str | None:
    """ "yes" or "no" when the reply opens with a verdict, else None."""
    lead = _without_lead(spaced(reply_text).strip())
    # The question echoed first ("能入驻吗？不能。", "Can we join? No.") is no verdict.
    echoed = re.match(r"[^：:。，,；;！!\n]*?[?？]+\s*", lead)
    if echoed and echoed.end() < len(lead):
        lead = _without_lead(lead[echoed.end() :])
    first = re.split(r"[：:。，,；;！!\n—*]|\s-\s", lead, maxsplit=1)[0].strip()
    first = re.sub(r"\s+", " ", first)
    if first.startswith(NOT_A_VERDICT):
        return None
    if first in {"对", "否"}:
        return "yes" if first == "对" else "no"
    if first.startswith("no problem"):
        return "yes"
    if ENGLISH_NO_OPENING.match(first) or first.startswith(CHINESE_NO_OPENINGS):
        return "no"
    if ENGLISH_YES_OPENING.match(first) or first.startswith(CHINESE_YES_OPENINGS):
        return "yes"
    return None


# Options saying a rule is required: the rule's own verdict, neither yes to the vendor nor no.
REQUIRED_WORDS = ("需要", "必须", "要求", "必需")
REQUIRED_WORDS_EN = {"required", "must", "need", "needs", "is required"}
# Options that state a verdict though they start like the other one: "can not" is no, 没问题 yes.
YES_DESPITE_PREFIX = ("没问题", "没错", "no problem")
NO_DESPITE_PREFIX = ("can not", "cannot", "can't")


# An option that is a verdict by itself (能, 不需要, 是的, "no", "can't"), not a fact that starts
# like one ("no commission", "not charged", 不抽佣, 不参与).
BARE_VERDICT = re.compile(
    r"(?:(?:不|没|没有|无|未|不是)?(?:能|可以|是|对|需要|需|用|要|满足|符合|行|够|达标|允许|具备|算|会"
    r"|必须|可|有)|是的|对的|没问题|没错|无法|无需|无须|不得|不必|进不了|达不到|不达标|进得了)"
    r"[\u4e00-\u9fff]{0,2}"
    r"|(?:cannot|can't|can not|can) [a-z]+"
    r"|yes|yep|yeah|no|nope|not|can|cannot|can't|can not|could|eligible|not eligible|ineligible"
    r"|correct|incorrect|true|false|ok|okay|sure|right|wrong|required|not required|need|needs"
    r"|no need|must|qualif(?:y|ies)|meets?|does not|doesn't|do not|don't|does|do|is|isn't|is not"
)


def group_verdict(group: list[str]) -> str | None:
    """A must_contain_any group of verdict words: the verdict it asks for, or None when it also
    accepts the other one ("是不是进不了" takes 是 and 不能 alike) or holds no verdict by itself
    (["no commission", "not charged", 不参与] is a fact group)."""
    bare = [
        option
        for option in group
        if BARE_VERDICT.fullmatch(spaced(option).strip().rstrip(",.!。！"))
    ]
    # A fact group whose words merely begin like a verdict ("没有违反", "没有违规" among "未违反",
    # "无违规" …) asks no verdict: at least a third of a verdict group's options are verdicts.
    if not bare or 3 * len(bare) < len(group):
        return None
    said = set()
    for option in group:
        word = spaced(option).strip()
        # "一定要开钉钉吗？我们用企业微信" takes 需要 (the rule) and 不能 (the vendor's lack) alike:
        # a group holding both a "required" word and a "no" word asks no opening polarity.
        if word.startswith(REQUIRED_WORDS) or word in REQUIRED_WORDS_EN:
            said.add("required")
        elif word.startswith(YES_DESPITE_PREFIX):
            said.add("yes")
        elif word.startswith(NO_DESPITE_PREFIX) or word.startswith(("不", "没", "无", "未")):
            said.add("no")
        elif re.match(r"(?:no|not|nope)\b", word):
            said.add("no")
        elif word.startswith(("能", "可以", "满足", "符合", "是", "对", "yes", "can", "eligible")):
            said.add("yes")
    if said == {"required", "no"}:
        return None
    said.discard("required")
    return said.pop() if len(said) == 1 else None


# Parts numbered inside one sentence ("confirm two things: (1) …, and (2) …?") are several
# questions under one question mark.
NUMBERED_PARTS = re.compile(r"[(（]\s*(?:1|a|一)\s*[)）].*[(（]\s*(?:2|b|二)\s*[)）]|①.*②", re.S)


def opposite_verdict(item: dict[str, Any], reply_text: str) -> str | None:
    """Why the reply fails when it opens with the verdict opposite to the one the item asks.

    Only for a message asking one thing: with several questions the opening answers the first.
    """
    if len(re.findall(r"[?？]+", item["q"])) > 1 or NUMBERED_PARTS.search(item["q"]):
        return None
    said = opening(reply_text)
    if said is None and says_no_by_the_rule(item["q"], reply_text, opening_only=True):
        said = "no"
    for group in item.get("must_contain_any", []):
        wanted = group_verdict(group)
        if said and wanted and said != wanted:
            return f"opens with {said!r}, expected {wanted!r}"
    return None


def without_hand_off(reply_text: str) -> str:
    """The reply without the standard decline and hand-off sentences, whose words ("can",
    "deposit") state no fact."""
    for key in ("answers.decline", "answers.not_in_guide_offer"):
        for phrase in MESSAGES[key]:
            reply_text = reply_text.replace(phrase.strip(), "")
    return reply_text


def load(path: Path) -> list[dict[str, Any]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(items, list) and all("q" in item for item in items), path
    return items


def evaluate(path: Path, report: list[str]) -> tuple[float, list[str]]:
    items = load(path)
    day = day_of(path.name)
    failures = [f"{item['q']!r}: {why}" for item in items if (why := check(item, day))]
    accuracy = 1 - len(failures) / len(items)
    declined = [item for item in items if item.get("out_of_scope")]
    report.append(
        f"{path.name}: {len(items) - len(failures)}/{len(items)} right ({accuracy:.1%}), "
        f"{len(declined)} out-of-scope questions"
    )
    report.extend(f"  ✗ {failure}" for failure in failures)
    print("\n".join(report[-(len(failures) + 1) :]))
    return accuracy, failures


def test_dev_set_is_big_and_mixed() -> None:
    items = load(DEV_SET)
    assert len(items) >= 80
    english = [item for item in items if re.fullmatch(r"[\x00-\x7f—’]+", item["q"])]
    assert len(english) >= 20
    assert sum(1 for item in items if item.get("out_of_scope")) >= 8


def test_every_holdout_set_is_evaluated() -> None:
    names = {path.name for path in HOLDOUT_SETS}
    assert {
        "holdout_questions.yaml",
        "holdout2_questions.yaml",
        "holdout3_questions.yaml",
        "holdout4_questions.yaml",
        "holdout5_questions.yaml",
        "holdout6_questions.yaml",
        "holdout8_questions.yaml",
        "holdout9_questions.yaml",
        "holdout10_questions.yaml",
        "holdout11_questions.yaml",
        "holdout12_questions.yaml",
        "holdout13_questions.yaml",
        "holdout14_questions.yaml",
        "holdout15_questions.yaml",
        "holdout16_questions.yaml",
        "holdout17_questions.yaml",
        "holdout18_questions.yaml",
        "holdout19_questions.yaml",
        "holdout20_questions.yaml",
        "holdout21_questions.yaml",
        "holdout22_questions.yaml",
        "holdout23_questions.yaml",
        "holdout24_questions.yaml",
        "holdout25_questions.yaml",
        "holdout26_questions.yaml",
        "holdout27_questions.yaml",
        "holdout29_questions.yaml",
        "holdout30_questions.yaml",
        "holdout31_questions.yaml",
        "holdout32_questions.yaml",
        "holdout33_questions.yaml",
        "holdout34_questions.yaml",
        "holdout35_questions.yaml",
        "holdout36_questions.yaml",
        "holdout37_questions.yaml",
        "holdout38_questions.yaml",
        "holdout39_questions.yaml",
        "holdout40_questions.yaml",
        "holdout41_questions.yaml",
        "holdout42_questions.yaml",
        "holdout43_questions.yaml",
        "holdout44_questions.yaml",
        "holdout45_questions.yaml",
        "holdout46_questions.yaml",
        "holdout47_questions.yaml",
        "holdout48_questions.yaml",
        "holdout49_questions.yaml",
        "holdout50_questions.yaml",
        "holdout51_questions.yaml",
        "holdout52_questions.yaml",
        "holdout53_questions.yaml",
        "holdout54_questions.yaml",
        "holdout55_questions.yaml",
        "holdout56_questions.yaml",
        "holdout57_questions.yaml",
        "holdout58_questions.yaml",
        "holdout59_questions.yaml",
        "holdout60_questions.yaml",
        "holdout61_questions.yaml",
        "holdout62_questions.yaml",
        "holdout63_questions.yaml",
        "holdout64_questions.yaml",
        "holdout65_questions.yaml",
        "holdout66_questions.yaml",
        "holdout67_questions.yaml",
        "holdout68_questions.yaml",
        "holdout69_questions.yaml",
        "holdout70_questions.yaml",
        "holdout71_questions.yaml",
        "holdout72_questions.yaml",
        "holdout73_questions.yaml",
        "holdout74_questions.yaml",
        "holdout75_questions.yaml",
        "holdout76_questions.yaml",
        "holdout77_questions.yaml",
        "holdout78_questions.yaml",
        "holdout79_questions.yaml",
        "holdout80_questions.yaml",
        "holdout81_questions.yaml",
        "holdout82_questions.yaml",
        "holdout83_questions.yaml",
        "holdout84_questions.yaml",
        "holdout85_questions.yaml",
        "holdout86_questions.yaml",
        "holdout87_questions.yaml",
        "holdout88_questions.yaml",
        "holdout89_questions.yaml",
        "holdout90_questions.yaml",
        "holdout91_questions.yaml",
        "holdout92_questions.yaml",
        "holdout93_questions.yaml",
        "holdout94_questions.yaml",
        "holdout95_questions.yaml",
        "holdout96_questions.yaml",
        "holdout97_questions.yaml",
        "holdout98_questions.yaml",
        "holdout99_questions.yaml",
        "holdout100_questions.yaml",
        "holdout101_questions.yaml",
        "holdout102_questions.yaml",
        "holdout103_questions.yaml",
        "holdout104_questions.yaml",
        "holdout105_questions.yaml",
        "holdout106_questions.yaml",
        "holdout107_questions.yaml",
        "holdout108_questions.yaml",
        "holdout109_questions.yaml",
        "holdout110_questions.yaml",
        "holdout111_questions.yaml",
        "holdout112_questions.yaml",
        "holdout113_questions.yaml",
        "holdout114_questions.yaml",
        "holdout115_questions.yaml",
        "holdout116_questions.yaml",
        "holdout117_questions.yaml",
        "holdout118_questions.yaml",
    } <= names


@pytest.mark.parametrize("path", EVALUATED_SETS, ids=SET_IDS)
def test_accuracy(path: Path, eval_report: list[str]) -> None:
    accuracy, failures = evaluate(path, eval_report)
    if path.name in REQUIRED_RIGHT:
        right = len(load(path)) - len(failures)
        assert right >= REQUIRED_RIGHT[path.name], "\n".join(failures)
    else:
        assert accuracy >= REQUIRED_ACCURACY, "\n".join(failures)


@pytest.mark.parametrize("path", EVALUATED_SETS, ids=SET_IDS)
def test_every_out_of_scope_question_is_declined(path: Path) -> None:
    if path.name in REQUIRED_RIGHT:
        pytest.skip("held to its count of right answers (REQUIRED_RIGHT), declines included")
    wrong = [
        item["q"] for item in load(path) if item.get("out_of_scope") and check(item) is not None
    ]
    assert wrong == []


@pytest.mark.parametrize("path", EVERY_SET, ids=EVERY_SET_ID)
def test_no_answer_states_an_invented_number(path: Path, eval_report: list[str]) -> None:
    """Every number an answer states comes from the guide, from the vendor's own numbers or is
    computed from them — never from an identifier (bot/answers/provenance.py)."""
    day = day_of(path.name)
    invented = [
        f"{item['q']!r}: {numbers}"
        for item in load(path)
        if (numbers := invented_numbers(item["q"], answered(item["q"], day).text, day))
    ]
    eval_report.append(f"{path.name}: {len(invented)} answers with invented numbers")
    assert invented == []


# The invented-number check reads the vendor's numbers by role (round 17): a number the reply
# states counts as the vendor's only where the question gives it in a role where restating it
# is fine — an amount, a count, a year as a year — never as part of an identifier, and a
# founding year is never a number of years nor money.
_ROLE_TODAY = __import__("datetime").date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "reply", "invented"),
    [
        # An id of letters and digits, read as money (holdout13 n=258).
        (
            "How much commission were we charged in October 2020? Vendor ID V10023",
            "A settled cash total of 10,023 yuan is tier 1.",
            ["10,023"],
        ),
        # "14年成立" is the year 2014, never 14 years of licence age (holdout13 n=198) …
        (
            "我们公司14年成立的，注册资金500万，建站市场能进吗",
            "营业执照满 2 年 → 14年满足；注册资金不低于 100万元 → 500万元满足",
            ["14"],
        ),
        ("我们2014年成立，能进建站市场吗", "营业执照满 2 年 → 14年满足", ["14"]),
        ("We were founded in 2014. Can we join Security?", "licence: 14 years, meets it", ["14"]),
        # … nor money.
        (
            "(founded 2014) Security market commission this month?",
            "month total 2,014 yuan: 2,014 × 10% = 201.40 yuan",
            ["2,014", "201.40"],
        ),
        # The parts of an order or phone number are no figures of the vendor's.
        (
            "订单号 2023110812345 的那笔，电话 0571-88886666，建站市场佣金多少",
            "交易额 12,345元，佣金 2,469元；8,888元",
            ["12,345", "2,469", "8,888"],
        ),
        (
            "phone +86 571 8888 6666, Website market commission?",
            "month total 8,888 yuan, commission 1,777.60 yuan",
            ["8,888", "1,777.60"],
        ),
        # Registered capital is no month's sales: never computed with (dev18b n=10, 14).
        ("我们注册资本123万，10人，能进API市场吗", "不能。佣金36,900元", ["36,900"]),
        (
            "Our registered capital is CNY 1,230,000. Can we join the API market?",
            "No. Commission 36,900 yuan on 1,230,000",
            ["36,900"],
        ),
    ],
)
def test_a_number_given_in_another_role_is_invented(
    question: str, reply: str, invented: list[str]
) -> None:
    assert invented_numbers(question, reply, _ROLE_TODAY) == invented


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # A founding year as a year, and the licence's age counted from it.
        ("我们14年成立的，建站市场能进吗", "2014年成立，至今 143个月，满足营业执照满 2 年"),
        ("founded 2014, can we join Security?", "Founded 2014: 143 months, over 11 years"),
        # An amount, a count and a duration restated in their own roles.
        ("建站市场这个月30万，团队25人，做了3年", "30万元（300,000元）；25人满足；3年满足"),
        ("我们做安全服务一年半了", "18个月满足（一年以上）"),
        # Registered capital restated as itself.
        ("注册资本123万，能进API市场吗", "注册资本123万元（1,230,000元）"),
        # An identifier quoted back whole, as written (the ticket's phone line, the id).
        ("电话 0571-88886666，工单怎么写", "电话：0571-88886666"),
        ("Vendor ID V10023, deposit for API?", "V10023: the deposit is 30,000 yuan"),
        # The same figure given both as an id and as an amount counts as the amount.
        ("2021年1月，API市场卖了200000，服务商ID 200000，佣金多少", "交易额 200,000元，第2档"),
        # Dates and the guide's own figures.
        ("2020年10月建站市场卖了25万", "2020年10月：250,000元，第2档，佣金 37,500元"),
    ],
)
def test_a_number_restated_in_its_own_role_is_not_invented(question: str, reply: str) -> None:
    assert invented_numbers(question, reply, _ROLE_TODAY) == []


def test_a_forbidden_number_is_matched_as_a_whole_number() -> None:
    assert contains_forbidden(normalise("佣金18,000元"), "18000")
    assert contains_forbidden(normalise("commission 18000."), "18000")
    assert not contains_forbidden(normalise("month total 180,000"), "18000")
    assert not contains_forbidden(normalise("¥118000"), "18000")
    assert contains_forbidden(normalise("包含 abc"), "abc")


@pytest.mark.parametrize(
    ("reply", "forbidden", "found"),
    [
        # fix31d: holdout17 171, dev17e 173 — a year is not the amount "2,019".
        ("2019年12月在政策期间内", "2,019", False),
        ("期间为2016-11-17至2021-03-31", "2,016", False),
        ("佣金 2,019 元", "2,019", True),
        ("佣金2019元", "2,019", True),
        # dev21a 61, 117, 163 — "No," is a word: not in "no fewer", "not", "known".
        (
            "Yes. Has no fewer than 4 employees; vendors who have not paid; well-known.",
            "No,",
            False,
        ),
        ("No, it is not required.", "No,", True),
        # dev21g 3 — "CNY 100,000" is not inside "CNY 1,000,000".
        ("registered capital of at least CNY 1,000,000", "CNY 100,000", False),
        ("registered capital of at least CNY 100,000.", "CNY 100,000", True),
        ("It is not required at all", "not required", True),
        ("IoT needs 7x24", "IoT needs 7", True),
    ],
)
def test_a_forbidden_figure_or_word_is_read_in_its_role(
    reply: str, forbidden: str, found: bool
) -> None:
    assert contains_forbidden(normalise(reply), normalise(forbidden), reply, forbidden) is found


def test_a_hand_off_that_states_every_required_fact_answers_the_item() -> None:
    item = {"q": "…", "must_contain_any": [["2021年3月31日", "2021-03-31"]]}
    assert states_every_fact(item, "政策期间已于2021年3月31日结束；转人工")
    assert not states_every_fact(item, "指南没有说明，转人工")
    assert not states_every_fact({"q": "…"}, "转人工")


@pytest.mark.parametrize(
    ("reply", "fact"),
    [
        ("佣金 12,000 元", "12000"),
        ("佣金 12,000.00 元", "12000"),
        ("rate 5%.", "5%"),
        ("能。贵公司满足全部条件", "能"),
        ("不能申请，但满足其余条件", "满足"),
        ("Yes, you can apply.", "can"),
        ("You are eligible.", "eligible"),
        ("No, 3 years are needed.", "no"),
        ("It does not meet the deposit rule but it is eligible elsewhere", "eligible"),
        ("API市场：5×8 小时", "API"),
        ("6. 7x24 after-sales", "7x24"),
        ("tier 1 20%; tier 2 15%", "15%"),
        ("Commission: 1,234.50 yuan", "1234.5"),
        ("refunded after the cooperation ends", "end"),
        ("if you did not break the rules", "break the"),
        ("API市场和零售通分别为30000，50000", "50000"),
        ("The policy ended on March 31, 2021.", "March 31, 2021"),
        ("可以，不过需要先缴纳保证金。", "可以"),
        ("保证金 叁万 元", "叁万"),
        ("5. 一年以上的服务经验", "一年以上"),
        ("written 捌万.", "捌万"),
        ("合作终止且未违反管理规范的，保证金退还", "违反"),
        ("物联网市场无注册资金要求", "注册资金"),
        ("No: you may not list products before paying.", "may not list"),
        ("Registered capital must exceed 1M RMB.", "1M"),
        ("No, you cannot.", "No,"),
        ("You can’t apply.", "can't"),
        # Settled in round 13 (docs/ANSWERS.md, "The checker made strict"):
        ("Rate: 5.0%.", "5%"),
        ("佣金 10.00% 收取", "10%"),
        ("Okay, you can list now.", "ok"),
        ("支付宝付款：支持", "支持"),
        ("注册资金须超过100万元", "超过"),
        ("分销订单会影响档位吗？会影响", "影响"),
        ("分销订单会对档位产生影响", "影响"),
        ("不满足条件的订单会影响档位", "影响"),
        ("At least 4 staff: fewer than 4 is not allowed, so less than 4 fails.", "less than 4"),
        # Settled in round 13's second review (docs/ANSWERS.md, "The checker after its second
        # review"):
        ("对，是3万", "对"),
        ("对的，保证金是3万元。", "对"),
        ("Yes, that is correct.", "correct"),
        ("Right, it is 30,000 yuan.", "right"),
        ("贵公司非常符合条件", "符合"),
        ("毫无疑问能入驻", "能"),
        ("没问题可以入驻", "可以"),
        ("不过能入驻的只有API市场", "能"),
        ("可以不交保证金", "可以"),
        ("您可以不用提供", "可以"),
        ("No problem you can apply.", "can"),
        ("You can't apply yet.", "cannot"),
        ("You cannot apply yet.", "can't"),
        ("It doesn't need a licence.", "does not need"),
        ("It isn't required.", "not required"),
        ("It is not required.", "isn't required"),
        ("Nope, 3 years are required.", "no"),
        ("You can apply now; if you have questions, ask.", "can"),
        ("保证金3万元", "30000"),
        ("保证金30,000元", "3万"),
        ("deposit ¥30k", "30000"),
        ("deposit 30 thousand yuan", "30000"),
        ("registered capital of 1 million RMB", "100万"),
        ("佣金 1.2万元", "12000"),
        ("注册资金1,000,000元", "100万"),
        # Settled in round 15 (docs/ANSWERS.md, "The checker after its third review"): one
        # spelling for numbers, percentages and dates across scripts and formats …
        ("保证金三万元", "30000"),
        ("保证金30,000元", "三万"),
        ("保证金3万元", "三万"),
        ("保证金叁万元", "3万"),
        ("注册资金一百万元", "100万"),
        ("佣金三万五千元", "35000"),
        ("费率百分之五", "5%"),
        ("费率 5.0 %", "百分之五"),
        ("rate 5 percent", "5%"),
        ("rate five percent", "5%"),
        ("at least four employees", "4 employees"),
        ("a licence held for two years", "2 years"),
        ("at least 20 people", "twenty people"),
        ("twenty-four hours a day", "24 hours"),
        ("二十人以上的技术及客服团队", "20人"),
        ("20人以上的技术及客服团队", "二十人"),
        ("需要两名员工", "2名"),
        ("满三年", "3年"),
        ("一年以上的服务经验", "1年"),
        ("第一档 20%", "第1档"),
        ("共有十二大集市", "12"),
        ("政策截至2021年3月31日", "2021-03-31"),
        ("policy ended 2021-03-31", "2021年3月31日"),
        ("ended March 31, 2021", "2021-03-31"),
        ("ended 31 March 2021", "March 31, 2021"),
        ("截至2021/3/31", "2021年3月31日"),
        ("截至2021年03月31日", "2021年3月31日"),
        ("截至2021.3.31", "2021-03-31"),
        ("至二〇二一年三月三十一日止", "2021年3月31日"),
        ("自2016-11-17至2021-03-31", "2021年3月31日"),
        ("3月31号结束", "3月31日"),
        ("2025年10月", "2025-10"),
        ("March 2021", "2021年3月"),
        # … words joined by a hyphen or a space, and round-the-clock service written any way.
        ("the monthly social-insurance payment statement", "social insurance"),
        ("the monthly social insurance payment statement", "social-insurance"),
        ("real-name verification", "real name"),
        ("提供7*24小时售后技术服务", "7x24"),
        ("7×24 after-sales service", "7*24"),
        ("24/7 after-sales support", "7x24"),
        ("24x7 after-sales support", "7×24"),
        # A cross marks only what follows it in its own clause; a negation ends at a word that is
        # not a filler (没有ACP也能: 能 is stated).
        ("✅ 满足：API市场；❌ 不满足：零售通", "满足"),
        ("❌ 不满足：零售通；✅ 满足：API市场", "满足"),
        ("❌ 不满足", "不满足"),
        ("✓ eligible: API Market; ✗ Retail Link", "eligible"),
        ("没有ACP也能入驻API市场", "能"),
        ("能入驻吗？能，您满足全部条件。", "能"),
        ("您能入驻，还需要我帮您生成工单吗？", "能"),
        ("Can you join? Yes, you can.", "can"),
        ("不满足条件的订单也会影响档位", "影响"),
        # One English word, inflected.
        ("They pay no commission, but they count in the month's total.", "counts"),
        ("You meet every condition.", "meets"),
        ("The deposit is required.", "requires"),
    ],
)
def test_a_stated_fact_counts(reply: str, fact: str) -> None:
    assert contains_fact(reply, fact)


@pytest.mark.parametrize(
    ("reply", "fact"),
    [
        ("佣金 120,000 元", "12000"),
        ("佣金 112000 元", "12000"),
        ("佣金 12000.50 元", "12000"),
        ("rate 15%", "5%"),
        ("不能入驻", "能"),
        ("能否入驻取决于以下条件", "能"),
        ("能不能入驻要看经验", "能"),
        ("贵公司不满足条件", "满足"),
        ("请确认是否满足条件", "满足"),
        ("没有要求", "有"),
        ("You cannot apply yet.", "can"),
        ("You can't apply yet.", "can"),
        ("You can not apply yet.", "can"),
        ("You are not eligible.", "eligible"),
        ("You are not yet eligible.", "eligible"),
        ("That is not known.", "no"),
        ("Your company does not meet the rule.", "meet"),
        ("佣金为2万8千元", "2万"),
        ("注册资金五十万", "十万"),
        ("保证金叁万伍仟元", "叁万"),
        ("It takes 1 month.", "1M"),
        ("贵公司无法满足入驻条件。", "满足"),
        ("不完全符合要求。", "符合"),
        ("请确认是否都满足条件。", "满足"),
        ("有没有要求要看市场。", "有"),
        ("不能。该功能仅对企业开放。", "能"),
        ("不能入驻。其他入驻条件也需满足，可以问“安全市场入驻条件”。", "满足"),
        ("不能入驻。其他入驻条件也需满足，可以问“安全市场入驻条件”。", "可以"),
        ("保证金不予退还。", "退"),
        ("分销订单不计入档位总额。", "计入"),
        ("There is no need to provide it.", "need"),
        ("Your company fails to meet the rule.", "meet"),
        ("Whether you can apply depends on your capital.", "can"),
        ("1 year is not enough.", "enough"),
        ("Enter your account password.", "pass"),
        ("Yes, you can apply now.", "No,"),
        # Settled in round 13 (docs/ANSWERS.md, "The checker made strict"):
        ("Rate: 15.0%.", "5%"),
        ("不支持分期付款，请联系技术支持。", "支持"),
        ("提供5×8技术支持", "支持"),
        ("Staff: no less than 4 people.", "less than 4"),
        ("It is not more than 4 weeks.", "more than 4"),
        ("注册资金不超过100万元", "超过"),
        ("分销订单不影响档位", "影响"),
        ("分销订单对档位没有任何影响", "影响"),
        ("分销订单不会对档位产生影响", "影响"),
        ("分销订单不受影响", "影响"),
        ("不会有影响", "影响"),
        # Settled in round 13's second review (docs/ANSWERS.md, "The checker after its second
        # review"): does/right/correct/对 are verdict words.
        ("Your company does not meet the capital rule.", "does"),
        ("That is not correct: tier 2 is 20%.", "correct"),
        ("Right now you cannot join: 3 years are needed.", "right"),
        ("对于建站市场，第一档是15%，不是20%。", "对"),
        ("针对建站市场：第一档为15%，并非20%。", "对"),
        ("相对而言，对接和对应的规则都一样。", "对"),
        ("不对，是5万。", "对"),
        # Rules and conditions are no verdict, nor are 难以/很难/可是/可惜 or none/nothing/neither.
        ("满足以下条件的企业可以入驻：3年经验", "可以"),
        ("满足以下条件的企业可以入驻：3年经验", "满足"),
        ("如果您有3年经验，就能入驻", "能"),
        ("只要满足条件就可以入驻", "可以"),
        ("若注册资金达到100万即可入驻", "达到"),
        ("还需要满足其他条件", "满足"),
        ("须同时满足以下条件", "满足"),
        ("应当满足以下条件", "满足"),
        ("贵公司暂时难以满足条件", "满足"),
        ("贵公司很难满足该条件", "满足"),
        ("可是您不满足", "可"),
        ("可惜您不符合", "可"),
        ("可以不可以先上架要看市场", "可以"),
        ("Nothing else is required.", "require"),
        ("Neither market is open to you; you are eligible for none.", "eligible"),
        ("You meet none of the rules.", "meet"),
        ("You can apply if you have 3 years.", "can"),
        ("佣金为2万8千元", "20000"),
        ("保证金13万元", "30000"),
        ("佣金 1.25万元", "12000"),
        # Round 15: a number in another script is still a whole number, a date a whole date.
        ("保证金十三万元", "3万"),
        ("保证金三十万元", "30000"),
        ("佣金十二万元", "12000"),
        ("费率百分之十五", "5%"),
        ("费率百分之五十", "5%"),
        ("二十一人", "20人"),
        ("第二十一条", "20"),
        ("No one market fits; the one you named needs 2 years.", "1"),
        ("at least fourteen employees", "4 employees"),
        ("截至2021年3月1日", "2021-03-31"),
        ("截至2021-03-31", "2021年3月3日"),
        ("2021年3月", "2021-03-31"),
        ("一定的营销策划能力", "1"),
        ("零售通市场", "0"),
        # 7/24 may be a date (24 July), and 5x8 is not 7x24.
        ("截至2021/7/24", "7x24"),
        ("提供5*8小时售后", "7x24"),
        # Negation further back through words that do not end it, and a cross before the fact.
        ("分销订单并不会因此而影响档位", "影响"),
        ("贵公司目前还不太可能满足条件", "满足"),
        ("贵公司不是都能满足", "满足"),
        ("不一定都符合", "符合"),
        ("零售通 ✗ 满足", "满足"),
        ("API市场：满足 ✗", "满足"),
        ("❌ 可以入驻", "可以"),
        ("✗ eligible: Retail Link", "eligible"),
        ("Retail Link is a different country.", "counts"),
        ("The company's accounts are checked.", "counts"),
        ("Distribution orders do not count toward the tier.", "counts"),
        # The question echoed asks, it does not answer.
        ("关于“能入驻吗”：不能。", "能"),
        ("您问能入驻吗？答案是不能", "能"),
        ("您问可以先上架吗？不可以", "可以"),
        ("Can we list before paying? No.", "can"),
        ("Can I list before paying? No, you cannot.", "can"),
        ("eligible? No.", "eligible"),
        ("The deposit adds up per market.", "passes"),
    ],
)
def test_a_fact_inside_another_word_or_negated_does_not_count(reply: str, fact: str) -> None:
    assert not contains_fact(reply, fact)


@pytest.mark.parametrize(
    ("question", "reply", "fact", "stated"),
    [
        # Round 15: the question's own number, only repeated, is not stated by the reply …
        ("月销30万，是第几档？", "您说的30万属于第2档。", "30万", False),
        ("月销30万，是第几档？", "按您给的几项（月销30万元），属于第2档。", "300000", False),
        ("月销30万，是第几档？", "30万（您说的）属于第2档。", "30万", False),
        ("Our sales were 300k, which tier?", "The 300k you mentioned is tier 2.", "300000", False),
        # … but stated on its own it is, and an echo marker before another number is no echo.
        ("月销30万，是第几档？", "30万元属于第2档。", "30万", True),
        (
            "月销30万，是第几档？",
            "您说的30万属于第2档；第2档是20万到50万，30万在其中。",
            "30万",
            True,
        ),
        ("Our sales were 300k, which tier?", "300k is tier 2.", "300000", True),
        ("注册资金要多少？", "您说的注册资金要求：100万元。", "100万", True),
        # Repeated to confirm it, the figure is stated.
        ("API市场保证金是3万吗？", "对，您说的3万没错。", "3万", True),
        ("Is the API deposit 30,000?", "Yes, the 30,000 you said is correct.", "30000", True),
        ("API市场保证金是3万吗？", "您说的3万不对。", "3万", False),
    ],
)
def test_the_questions_own_number_only_repeated_is_not_stated(
    question: str, reply: str, fact: str, stated: bool
) -> None:
    assert contains_fact(reply, fact, question) is stated


def test_a_reply_opening_with_the_opposite_verdict_fails() -> None:
    item = {"q": "…", "must_contain_any": [["能", "可以", "满足", "can", "yes"]]}
    assert (
        opposite_verdict(item, "不能：有 1 项不满足。\n• 营业执照 → 3年满足")
        == "opens with 'no', expected 'yes'"
    )
    assert opposite_verdict(item, "能：按您说的情况都满足。") is None
    assert opposite_verdict(item, "以下是各项条件：满足") is None
    no_item = {"q": "…", "must_contain_any": [["不能", "不可以", "cannot", "no"]]}
    two_questions = {"q": "要先交押金吗？没交能上架吗？", "must_contain_any": [["不能", "no"]]}
    either = {"q": "是不是进不了？", "must_contain_any": [["是", "对", "进不了", "不能"]]}
    assert opposite_verdict(either, "不能：解决方案市场要求至少 1 名 ACP") is None
    assert opposite_verdict(two_questions, "是的：先缴纳保证金") is None
    numbered = {
        "q": "Please confirm two things: (1) is the deposit refundable, and (2) can we list first?",
        "must_contain_any": [["refund"], ["No", "no", "cannot"]],
    }
    assert opposite_verdict(numbered, "Yes: the deposit is refunded.\n\nNo, step 5 first.") is None
    assert opposite_verdict({**numbered, "q": "Is it refundable, and can we list first?"},
                            "Yes: it is refunded.") == "opens with 'yes', expected 'no'"  # fmt: skip
    assert opposite_verdict(no_item, "Yes, you can apply.") == "opens with 'yes', expected 'no'"
    assert opposite_verdict(no_item, "No: you need a company.") is None
    rule_or_lack = {"q": "一定要开钉钉吗？", "must_contain_any": [["需要", "必须", "不能", "不行"]]}
    assert opposite_verdict(rule_or_lack, "需要。零售通市场要求开通钉钉") is None
    assert opposite_verdict(rule_or_lack, "不能：企业微信不能代替钉钉") is None


NO_GROUP = ["不能", "不可以", "不行", "无法", "cannot", "can't", "can not", "no"]


def _reply(text: str) -> Answer:
    return Answer(text=text, lang="zh", confident=False, topic=None, source=None)


@pytest.mark.parametrize(
    ("question", "reply", "right"),
    [
        # Round 15 (holdout12 n=77, judged right): asked whether amounts may be put together,
        # "counted separately" is the guide's no, worded by its rule (§4 第2条 分别执行) …
        (
            "两个类目能不能合起来按60万算第3档？",
            "分开算：每个类目按自己当月的总额定档，不同类目不合并。",
            True,
        ),
        ("两个月加起来30万，能按第2档算吗", "不合并：每个月分别定档，10月、11月各按第1档。", True),
        (
            "Is the tier based on the 250k combined?",
            "Each category is tiered separately: 10%.",
            True,
        ),
        ("能合在一起算档位吗", "各类目单独计算档位。", True),
        # … but not when it says the opposite, asks it, or the question asks nothing of the kind.
        (
            "两个类目能不能合起来按60万算第3档？",
            "两个类目的金额分别为30万，合计60万按第3档。",
            False,
        ),
        ("两个类目能不能合起来按60万算第3档？", "不是分开算，合起来按60万算第3档。", False),
        ("两个类目能不能合起来按60万算第3档？", "可以合并：分开算反而更贵。", False),
        (
            "Can the two categories be combined?",
            "It is not calculated separately: 600k, tier 3.",
            False,
        ),
        (
            "Can the two categories be combined?",
            "Yes; each is listed separately on the bill.",
            False,
        ),
        ("零售通和API市场保证金能一样吗", "分别计算：零售通5万，API市场3万。", False),
    ],
)
def test_a_no_worded_by_the_rule_answers_a_combining_question(
    question: str, reply: str, right: bool
) -> None:
    item = {"q": question, "must_contain_any": [NO_GROUP]}
    assert (check_reply(item, _reply(reply)) is None) is right


NO_CAPITAL_RULE = {
    "q": "Which markets have no registered-capital requirement at all?",
    "must_contain_any": [["API"], ["数据智能", "Data Intelligence"], ["物联网", "IoT"]],
    "must_not_contain": ["基础软件", "Basic Software", "Security", "Retail Link", "零售通"],
}


@pytest.mark.parametrize(
    ("reply", "right"),
    [
        # Round 15 (holdout12 n=169, holdout11 n=56-61 …, judged right): a market named after
        # the answer, only to set it aside, is no wrong answer …
        (
            "Markets with no such requirement: API Market, Data Intelligence Market, IoT Market.\n"
            "The other markets require:\n• at least CNY 100,000: Basic Software Market",
            True,
        ),
        (
            "没有注册资金要求：API市场、数据智能市场、物联网市场。\n不满足：基础软件市场（10万）",
            True,
        ),
        (
            "API市场、数据智能市场、物联网市场没有要求；以下市场不符合：基础软件市场、零售通市场",
            True,
        ),
        ("API Market, Data Intelligence Market, IoT Market.\nNo such rule: none; ✗ Security", True),
        (
            "API市场、数据智能市场、物联网市场没有要求；其他每个市场都要求注册资金：基础软件市场10万",
            True,
        ),
        # … but among the fitting ones, or before the answer is complete, it is.
        (
            "No requirement: API Market, Basic Software Market, Data Intelligence Market, IoT Market.",
            False,
        ),
        (
            "The other markets require capital: Basic Software Market.\n"
            "No requirement: API Market, Data Intelligence Market, IoT Market.",
            False,
        ),
        (
            "No requirement: API Market, Data Intelligence Market.\n"
            "The other markets require: Basic Software Market.\nIoT Market has none either.",
            False,
        ),
        (
            "No requirement: API Market, Data Intelligence Market, IoT Market and Retail Link.",
            False,
        ),
    ],
)
def test_a_market_named_only_to_set_it_aside_is_no_wrong_answer(reply: str, right: bool) -> None:
    assert (check_reply(NO_CAPITAL_RULE, _reply(reply)) is None) is right


def test_a_forbidden_verdict_is_checked_in_the_whole_reply() -> None:
    """Only market names are set aside with the other list: a forbidden 不满足 counts anywhere."""
    item = {"q": "能入驻吗", "must_contain_any": [["能"]], "must_not_contain": ["不满足"]}
    assert check_reply(item, _reply("能：满足全部条件。\n✗ 不满足：营业执照年限")) is not None


def test_the_standard_decline_states_no_fact() -> None:
    item = {"q": "…", "must_contain_any": [["deposit", "保证金"]]}
    english_decline = MESSAGES["answers.decline"][1]
    assert not states_every_fact(item, without_hand_off(english_decline))
    assert states_every_fact(
        item, without_hand_off("The deposit is 30,000 yuan. " + english_decline)
    )


@pytest.mark.parametrize(
    ("reply", "verdict"),
    [
        # Round 13's second review (docs/ANSWERS.md, "The checker after its second review"):
        # marks, labels, the subject and courtesy before the verdict do not hide it …
        ("贵公司不能入驻：只满足2年。", "no"),
        ("很遗憾，不能；您满足注册资金一条。", "no"),
        ("可惜，不能", "no"),
        ("❌ 不能。您满足注册资金一条。", "no"),
        ("✅ 能", "yes"),
        ("**能**。贵公司满足全部条件，虽然保证金不予退还。", "yes"),
        ("结论：不能", "no"),
        ("答：可以入驻；但未缴保证金不能上架。", "yes"),
        ("You can join; you cannot list before paying.", "yes"),
        ("You can't apply yet.", "no"),
        ("You are not eligible.", "no"),
        ("Unfortunately not; you meet the capital rule only.", "no"),
        ("Unfortunately, no.", "no"),
        ("Sorry, you cannot.", "no"),
        ("Your company does not meet the capital rule.", "no"),
        ("对，是3万", "yes"),
        ("对的", "yes"),
        ("没错，是3万", "yes"),
        ("No problem, you can.", "yes"),
        ("Nope, 3 years are required.", "no"),
        ("不用担心，可以入驻", "yes"),
        # … and words that only begin like a verdict are none.
        ("Normally you can apply.", None),
        ("Note: you can apply.", None),
        ("Now you can apply.", None),
        ("None of the conditions block you; you can apply", None),
        ("Non-refundable deposit of 30,000 is required; you can apply", None),
        ("Not only can you apply, you can list today.", None),
        ("Right now you cannot join.", None),
        ("不仅能入驻A，还能入驻B", None),
        ("是否能入驻取决于经验：贵公司不满足", None),
        ("能否入驻取决于以下条件", None),
        ("需要看您的注册资金", None),
        ("行业不限，但需3年", None),
        ("能力要求：3年经验", None),
        ("是指7x24服务", None),
        # Round 15: an echoed question, a lead-in on the vendor's situation, "meets".
        ("能入驻吗？不能，营业执照未满2年。", "no"),
        ("Can we join? No: 2 years are needed.", "no"),
        ("根据您的情况，贵公司满足全部条件，可以入驻。保证金在合作期间不予退还。", "yes"),
        ("按您说的情况，不能入驻。", "no"),
        ("Your company meets every rule, so it can join.", "yes"),
        # The bot's own house style.
        ("不能：有 1 项不满足。", "no"),
        ("能：按您说的情况都满足。", "yes"),
        ("No: you need a company.", "no"),
        ("Yes, you can apply.", "yes"),
    ],
)
def test_the_opening_verdict_is_read_past_marks_labels_and_courtesy(
    reply: str, verdict: str | None
) -> None:
    assert opening(reply) == verdict


def test_the_standard_groups_ask_for_a_verdict() -> None:
    """ "can not" is a no and 没问题 a yes, so the template groups are no longer neutral and the
    opening is checked for them."""
    assert group_verdict(["不能", "不可以", "cannot", "can't", "can not", "no"]) == "no"
    assert group_verdict(["可以", "能", "符合", "满足", "达标", "没问题", "yes", "can"]) == "yes"
    assert group_verdict(["是", "对", "进不了", "不能"]) is None
    no_group = {"q": "Can we join?", "must_contain_any": [["不能", "cannot", "can not", "no"]]}
    yes_group = {"q": "Can we join?", "must_contain_any": [["能", "没问题", "can", "yes"]]}
    assert opposite_verdict(no_group, "Yes, you can join. Note the deposit is not refunded.")
    assert opposite_verdict(yes_group, "You cannot join yet, though you meet the capital rule.")
    assert opposite_verdict(no_group, "**能**。贵公司满足全部条件，虽然保证金不予退还。")
    doubled = {"q": "能入驻吗？？", "must_contain_any": [["不能", "无法"]]}
    assert opposite_verdict(doubled, "能，贵公司满足全部条件。")


def test_a_fact_group_that_starts_like_a_verdict_asks_for_no_opening() -> None:
    """Round 15: "no commission", "not charged", 不参与, 不少于4, 0% are facts, not a no; only a
    group holding a verdict by itself (能, 不能上架, "no", "cannot list") asks for an opening."""
    assert group_verdict(["no commission", "not charged", "exempt", "don't pay", "不参与"]) is None
    assert group_verdict(["0%", "零", "不收", "免"]) is None
    assert group_verdict(["4人", "不少于4", "四人"]) is None
    assert group_verdict(["违规记录", "不良违规", "信用"]) is None
    assert group_verdict(["不得上架", "不能上架", "cannot list", "can't list"]) == "no"
    assert group_verdict(["退回", "退还", "可以退"]) == "yes"
    assert group_verdict(["没有", "未列", "不在"]) == "no"
    item = {
        "q": "Do distribution orders count toward the tier total?",
        "must_contain_any": [["Yes", "count"], ["no commission", "not charged", "不参与"]],
    }
    reply = "Yes: they count toward the tier, but they are not charged any commission."
    assert check_reply(item, _reply(reply)) is None
