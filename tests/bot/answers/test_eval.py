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
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answers import answer
from bot.answers.computed import today_in_china
from bot.answers.model import MAX_ANSWER_CHARS
from bot.answers.provenance import invented_numbers
from bot.texts import MESSAGES

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
EVALUATED_SETS = [
    DEV_SET,
    *HOLDOUT_SETS,
    HOLDOUT7,
    *DEV9_SETS,
    DEV10_SET,
    DEV11_SET,
    DEV12_SET,
    DEV13_SET,
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
    # handed off (fix15a).
    "dev13_questions.yaml": 195,
}


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = re.sub(r"(?<=\d)\s*[x*×]\s*(?=\d)", "x", folded)
    return re.sub(r"[\s,]", "", folded)


def contains_forbidden(text: str, forbidden: str) -> bool:
    """A forbidden number counts only as a whole number: "18000" is not inside "180000".

    Commas are dropped before comparing, so without this a right reply stating a total of
    180,000 would trip an item that forbids the figure 18,000.
    """
    if forbidden.isdigit():
        return re.search(rf"(?<![\d.]){forbidden}(?![\d])", text) is not None
    return forbidden in text


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


def spaced(text: str) -> str:
    """Like `normalise`, but keeps spaces and punctuation, so words and numbers have edges; a
    comma is a thousands separator only before exactly three digits (30,000 — not 30000，50000)."""
    folded = unicodedata.normalize("NFKC", text.replace("’", "'")).lower()
    folded = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", folded)
    # Zero decimals state the whole number: "5.0%" is "5%", "12000.00" is "12000".
    folded = re.sub(r"(?<=\d)\.0+(?![\d.])", "", folded)
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


def numbers_apart(text: str) -> str:
    """`normalise`, except what once stood apart stays apart: two numbers split by a space or a
    comma ("tier 2 15%" is not "215%", "6. 7x24" not "6.7x24"), English words and numbers
    split by a space ("1 month" is not "1m…") and words split by a comma ("可以，不过" is not
    "可以不过"). Facts go through it too, so they keep the same edges."""
    folded = re.sub(r"(?<=[\d.])[\s,]*[\s,][\s,]*(?=\d)", "|", spaced(text))
    folded = re.sub(r"\s*,\s*", "|", folded)
    folded = re.sub(r"(?<=[a-z0-9.%])\s+(?=[a-z0-9])", "|", folded)
    return re.sub(r"\s", "", folded)


def _english_fact(reply_text: str, word: str) -> bool:
    text = spaced(reply_text)
    end = r"(?:s|es|d|ed|ing)?(?![a-z])" if len(word) <= 4 else ""
    # A fact that is itself negative ("may not list") is matched as written.
    verdict = word.startswith(ENGLISH_VERDICT_WORDS) and not re.search(r"\bnot\b|n't|^cannot", word)
    after = (
        ENGLISH_NEGATION_AFTER + ENGLISH_CONDITION_AFTER + NOT_A_VERDICT_AFTER.get(word, "")
        if verdict
        else ""
    )
    for match in re.finditer(rf"(?<![a-z]){re.escape(word)}{end}{after}", text):
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


def _negated_or_asked(text: str, start: int, end: int, wanted: str) -> bool:
    """Whether the Chinese fact found at text[start:end] is negated, asked, required or offered."""
    before = re.split(f"[{re.escape(SEPARATORS)}]", text[:start])[-1]
    after = text[end : end + 2]
    if wanted.startswith(tuple(NEGATIONS)):
        return False
    if wanted.startswith(NEGATABLE_FACTS):
        return before.endswith(NEGATING_PHRASES) or NEGATED_AT_A_DISTANCE.search(before) is not None
    if not wanted.startswith(VERDICT_WORDS):
        return False
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


def contains_fact(reply_text: str, fact: str) -> bool:
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
    word = spaced(fact).strip().rstrip(",.;:!?")
    if re.fullmatch(r"[a-z][a-z '-]*", word):
        return _english_fact(reply_text, word)
    if word.startswith(ENGLISH_VERDICT_WORDS):
        # "less than 4" is not stated by "no less than 4": negated places are left out.
        reply_text = _without_negated_english(spaced(reply_text), word)
    text, wanted = numbers_apart(reply_text), numbers_apart(fact)
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
    return all(contains_fact(text, fact) for fact in required) and all(
        any(contains_fact(text, option) for option in group) for group in groups
    )


def check(item: dict[str, Any]) -> str | None:
    """None when the answer is right, else why not."""
    reply = answer(item["q"])
    text = normalise(reply.text)
    expected_lang = item.get("lang")
    if expected_lang and reply.lang != expected_lang:
        return f"answered in {reply.lang}, expected {expected_lang}"
    for bad in item.get("must_not_contain", []):
        if contains_forbidden(text, normalise(bad)):
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
    missing = [fact for fact in item.get("must_contain", []) if not contains_fact(reply.text, fact)]
    if missing:
        return f"missing {missing} (topic {reply.topic}, confident {reply.confident})"
    for group in item.get("must_contain_any", []):
        if not any(contains_fact(reply.text, option) for option in group):
            return f"none of {group}"
    return opposite_verdict(item, reply.text)


# The reply's first clause is its verdict: "不能：… 1 项不满足 … → 3年满足" says 不能, even though
# 满足 appears further down for the conditions that are met.
CHINESE_YES_OPENINGS = ("能", "可以", "满足", "符合", "行", "是", "需要", "对的", "没错", "没问题")
CHINESE_NO_OPENINGS = ("不", "没有", "无法", "无需")
ENGLISH_YES_OPENING = re.compile(
    r"(?:no problem|yes|yep|sure|correct|right|can|eligible|are eligible|is eligible)\b"
)
ENGLISH_NO_OPENING = re.compile(
    r"(?:no|nope|not|cannot|can't|can not|are not|aren't|is not|isn't|do not|don't|does not"
    r"|doesn't|ineligible)\b"
)
# What may stand before the verdict and says nothing itself: marks, labels, the subject and
# courtesy ("✅ **能**", "结论：不能", "贵公司不能", "很遗憾，不能", "Unfortunately, no", "You can").
LEADING_MARKS = r"[\s*_#>•·\-–—✅❌✔✖✓✗☑❎⚠️🟢🔴👍👎🙂😊]+"
LEADING_LABELS = ("结论", "答复", "回答", "答案", "简短回答", "答", "short answer", "answer")
LEADING_WORDS = ("不用担心", "不必担心", "放心", "很遗憾", "遗憾的是", "可惜", "抱歉", "不好意思", "贵公司", "您们", "您", "你们",
                 "你", "unfortunately", "sorry", "your company", "you're", "you")  # fmt: skip
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


# Options that state a verdict though they start like the other one: "can not" is no, 没问题 yes.
YES_DESPITE_PREFIX = ("没问题", "没错", "no problem")
NO_DESPITE_PREFIX = ("can not", "cannot", "can't")


def group_verdict(group: list[str]) -> str | None:
    """A must_contain_any group of verdict words: the verdict it asks for, or None when it also
    accepts the other one ("是不是进不了" takes 是 and 不能 alike)."""
    said = set()
    for option in group:
        word = spaced(option).strip()
        if word.startswith(YES_DESPITE_PREFIX):
            said.add("yes")
        elif word.startswith(NO_DESPITE_PREFIX) or word.startswith(("不", "没", "无", "未")):
            said.add("no")
        elif re.match(r"(?:no|not|nope)\b", word):
            said.add("no")
        elif word.startswith(("能", "可以", "满足", "符合", "是", "对", "yes", "can", "eligible")):
            said.add("yes")
    return said.pop() if len(said) == 1 else None


def opposite_verdict(item: dict[str, Any], reply_text: str) -> str | None:
    """Why the reply fails when it opens with the verdict opposite to the one the item asks.

    Only for a message asking one thing: with several questions the opening answers the first.
    """
    if len(re.findall(r"[?？]+", item["q"])) > 1:
        return None
    said = opening(reply_text)
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
    failures = [f"{item['q']!r}: {why}" for item in items if (why := check(item))]
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
    today = today_in_china()
    invented = [
        f"{item['q']!r}: {numbers}"
        for item in load(path)
        if (numbers := invented_numbers(item["q"], answer(item["q"], today=today).text, today))
    ]
    eval_report.append(f"{path.name}: {len(invented)} answers with invented numbers")
    assert invented == []


def test_a_forbidden_number_is_matched_as_a_whole_number() -> None:
    assert contains_forbidden(normalise("佣金18,000元"), "18000")
    assert contains_forbidden(normalise("commission 18000."), "18000")
    assert not contains_forbidden(normalise("month total 180,000"), "18000")
    assert not contains_forbidden(normalise("¥118000"), "18000")
    assert contains_forbidden(normalise("包含 abc"), "abc")


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
    ],
)
def test_a_fact_inside_another_word_or_negated_does_not_count(reply: str, fact: str) -> None:
    assert not contains_fact(reply, fact)


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
    assert opposite_verdict(no_item, "Yes, you can apply.") == "opens with 'yes', expected 'no'"
    assert opposite_verdict(no_item, "No: you need a company.") is None


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
