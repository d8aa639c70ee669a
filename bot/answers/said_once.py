"""What a joined reply says once: the sentences of several parts' answers, without a sentence
another part already says.

"建站市场有啥保障？不满意能退钱吗": both parts find the market's description, the second with
"可以：" in front; "审核结果怎么通知？在哪看进度": both parts find the one paragraph, its sentences
in another order; "How much more, and what's the total?": both parts give the 60,000 total in
their own words. A sentence is dropped when another part's text holds it word for word (a
verdict in front aside), or one of its sentences holds nearly all its words and every figure
it states: the later copy goes. A bracketed aside goes when a later part answers it in full.
An earlier part's own sentences never go for a later part's.
"""

from __future__ import annotations

import re

from bot.answers.part_overlap import TICKET_FIRST_LINE, names_another_market
from bot.lazy_re import lazy_compile
from bot.texts import t

# "可以：", "不能：", "Yes: " in front of a sentence another part says without it.
_VERDICT_HEAD = lazy_compile(
    r"^(?:可以|不可以|能|不能|需要|不需要|是|不是|对|有|没有|yes|no)[：:,，]\s*"
)
_NOT_CONTENT = lazy_compile(r"[\s\u2060，。；：、,.;:!?！？“”\"'（）()《》<>—\-–…]+")
_WORD = lazy_compile(r"[a-z]+|\d[\d,.]*\d|\d")
_FIGURE = lazy_compile(r"\d[\d,.]*\d|\d")
_CJK = lazy_compile(r"[^\u4e00-\u9fff\d]")
# A line of a list ("• 服务市场：…", "1. …", "Step 3: …"): a list is given whole.
LIST_LINE = lazy_compile(r"^\s*(?:[•·\-*]\s|\d+[.)、．]\s?|第\d+步|step \d+\b)", re.IGNORECASE)
# A sentence wholly in brackets: an aside to its part's answer, dropped whenever another part
# says it (the policy-adjustment note beside the policy period, when adjusting is asked too).
_BARE_STEP = lazy_compile(r"(第\s*\d+\s*步|step \d+)\s*[：:。.,，]?", re.IGNORECASE)
_ASIDE = lazy_compile(r"^\u2060?\s*[（(].*[）)]\s*$")
# The share of a sentence's words (English) and character pairs (Chinese) another part's text
# must hold, beside every figure, for the sentence to be the same content in other words.
_NEARLY_ALL = 0.7
# A sentence more than this many times a part's answer's size states more than that answer.
_ANSWER_SIZE = 2
# Fewer characters than this (a verdict alone) are never a repeat.
_SHORTEST = 8
# Without a figure to agree on, only a near copy ("您也可以回到…" beside "您可以回到…").
_ALMOST_WORD_FOR_WORD = 0.9


def _bare(sentence: str) -> str:
    return _NOT_CONTENT.sub("", _VERDICT_HEAD.sub("", sentence.strip().lower()))


def _units(text: str) -> set[str]:
    lowered = text.lower()
    chinese = _CJK.sub("", lowered)
    pairs = {chinese[i : i + 2] for i in range(len(chinese) - 1)}
    return set(_WORD.findall(lowered)) | pairs


def _held(sentence: str, other: list[str], answer: bool = False) -> bool:
    """`other` (another part's sentences) says `sentence`: word for word anywhere in it, or
    one of its sentences nearly so, with every figure `sentence` states (a sentence without a
    figure must be a near copy). A quote holding the figure is no answer of its own: the
    near copy is sought sentence by sentence. A part's `answer` (its first sentence) is said
    in other words only by a sentence of about its own size: "Website Building Market's tier 3
    commission rate is 10%." is no copy of the whole rate table, which names tier 3 and 10%
    among the other tiers ("…? And tier 3?")."""
    bare = _bare(sentence)
    if len(bare) < _SHORTEST:
        return False  # "No.", "可以。": a verdict is said, however often its letters recur
    if bare in _bare(" ".join(other)):
        return True
    figures = set(_FIGURE.findall(sentence.replace(",", "")))
    units = _units(sentence)
    share = _NEARLY_ALL if figures else _ALMOST_WORD_FOR_WORD
    return any(
        figures <= set(_FIGURE.findall(line.replace(",", "")))
        and len(units & _units(line)) >= share * len(units)
        and not (answer and len(_units(line)) > _ANSWER_SIZE * len(units))
        for line in other
    )


def said_once(bodies: list[list[str]]) -> list[list[str]]:
    """Each part's sentences without those an earlier part says (see the module's note), and
    without a bracketed aside any other part says; a part left with nothing is dropped."""
    kept = [list(lines) for lines in bodies]
    for index, lines in enumerate(kept):
        if index and names_another_market(
            " ".join(lines), [" ".join(other) for other in bodies[:index]]
        ):
            continue  # another market's answer: its rule is its own, however alike
        for position in range(len(lines) - 1, -1, -1):
            sentence = lines[position]
            if LIST_LINE.match(sentence) or TICKET_FIRST_LINE.match(sentence):
                # an item of a list: the list is given whole; a ticket's first line is part of
                # the template to copy, however an earlier part quotes it
                continue
            earlier = [line for other in kept[:index] for line in other]
            if earlier and _held(sentence, earlier, answer=position == 0):
                del lines[position]
                continue
            if _ASIDE.match(sentence):
                # "（政策施行期间，阿里云可调整…）" beside the period, when a later part answers
                # the adjusting in full: the aside goes, the answer stays.
                later = [" ".join(other) for other in kept[index + 1 :] if other]
                if any(_held(sentence, [text]) for text in later):
                    del lines[position]
    # ("第7步：保证金缴纳完成后…" said by an earlier part leaves "第7步" alone — holdout92
    # #163: "第7步。": a step's label with nothing after it points to where it was said.)
    kept = [
        [_said_above(line) if _BARE_STEP.fullmatch(line.strip()) else line for line in lines]
        for lines in kept
    ]
    return [lines for lines in kept if lines]


def _said_above(line: str) -> str:
    """ "第7步" → "第7步（见上）。", "Step 7" → "Step 7 (see above)."."""
    label = line.strip().rstrip("：:。.,，")
    english = label[:1].isascii()
    return t("answers_step_said_above", "en" if english else "zh", label=label)
