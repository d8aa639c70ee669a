"""Parts of one message whose answers share a rule: the rule said once.

"能退吗？什么时候退？" finds the refund rule for both parts: the second part keeps its own lead
(合作终止后退回) and what it adds (no number of days given), not the rule's words again.
"""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile
from rules.markets import find_markets_in_text
from rules.ticket import FIRST_LINE_TEMPLATE

# A sentence ends at 。；！？ (or . ; ! ? before a space / the end); the mark stays with it.
_SENTENCE = lazy_compile(r"[^。；！？\n]+?(?:[。；！？]|[.;!?](?=\s|$)|$)")
# "合作终止后退回：服务商在…": the verdict lead before the colon, the rule after it.
_LEAD = lazy_compile(r"^([^：:]{1,40})[：:]\s*(.+)$")
_WORD = lazy_compile(r"[a-z0-9]+")
_CJK = lazy_compile(r"[\u4e00-\u9fff]+")
# A list's line ("• 安全市场：…（原文：…）→ 不满足"): given whole, never cut to "• 安全市场。）".
_LIST_LINE = lazy_compile(r"^\s*(?:[•·]\s|\d+[.)、．]\s?)")
# The ticket description's first line (rules.ticket.FIRST_LINE_TEMPLATE) on a line of its own.
TICKET_FIRST_LINE = lazy_compile(
    "^" + re.escape(FIRST_LINE_TEMPLATE).replace(re.escape("{amount}"), "[^，,]+") + r"\s*$"
)
# A label, not a verdict, before the colon ("API市场要求：", "原文：", "Guide:"): it goes with
# its rule, never left alone as "API市场要求。原文。" or "共同点是。"
_LABEL = lazy_compile(
    r"(要求|原文|条件|(点|件|求)是|\b(guide|requires|requirements?|conditions?|quote))$"
    # "顺序：第3步 … → 第4步 …": the order's head, never left as "顺序。".
    r"|^(顺序|order)$"
)
# "第4步：签署云市场合同：…": a step's number, the part's answer when it opens the part ("When
# can we list products?" → "Step 7."), else the head of its step, never left as "第4步。".
_STEP_LEAD = lazy_compile(r"^(第\s*\d+\s*步|step \d+)$", re.IGNORECASE)
# What is left of a sentence cut at a bracket ("）", "。）"): no sentence of its own.
_NO_WORDS = lazy_compile(r"^[\s。，；：、,.;:）)\]】”\"']*$")
# A shorter sentence is no repeat: "不能。" said twice is two verdicts.
_MIN_TOKENS = 6
# The share of a sentence's words (English) or character pairs (Chinese) an earlier sentence has.
_REPEAT_SHARE = 0.8


def _tokens(sentence: str) -> frozenset[str]:
    low = sentence.lower()
    pairs = {run[i : i + 2] for run in _CJK.findall(low) for i in range(len(run) - 1)}
    return frozenset(pairs | set(_WORD.findall(low)))


def _repeats(sentence: str, earlier: list[frozenset[str]]) -> bool:
    tokens = _tokens(sentence)
    if len(tokens) < _MIN_TOKENS:
        return False
    return any(len(tokens & before) >= _REPEAT_SHARE * len(tokens) for before in earlier)


def names_another_market(body: str, earlier: list[str]) -> bool:
    """ "Are customer cases required in IoT? And in Solutions?": the second part's rule is word
    for word the first's, yet it is another market's — a part naming a market no earlier part
    names is its own answer and keeps every sentence (else "IoT Market." is left bare)."""
    before = set(find_markets_in_text(" ".join(earlier)))
    return any(market not in before for market in find_markets_in_text(body))


def without_repeats(bodies: list[str]) -> list[str]:
    """Each body after the first without the sentences an earlier body already says. A part's
    first sentence is its answer and stays; when it is "lead：rule", the lead (the part's
    verdict) stays and the rule goes."""
    earlier: list[frozenset[str]] = []
    out: list[str] = []
    for index, body in enumerate(bodies):
        if index and names_another_market(body, bodies[:index]):
            out.append(body)
            for line in body.split("\n"):
                earlier.extend(_tokens(s) for s in _SENTENCE.findall(line) if s.strip())
            continue
        kept_lines: list[str] = []
        first = True
        for line in body.split("\n"):
            kept: list[str] = []
            if _LIST_LINE.match(line) or TICKET_FIRST_LINE.match(line):
                # a list is given whole; a ticket's first line belongs to the template to copy,
                # however an earlier part quotes it ("工单问题描述写“入驻云市场已缴纳…”")
                kept_lines.append(line.strip())
                first = False
                continue
            dropped = False
            for sentence in _SENTENCE.findall(line):
                if not sentence.strip():
                    continue
                if dropped and _NO_WORDS.match(sentence):
                    continue  # the tail of the sentence dropped just before
                lead = _verdict_lead(sentence)
                if lead and not first and _said_word_for_word(sentence, bodies[:index]):
                    # "tier 3 (CNY 500,000 and above): 10%." copied from the rate table an
                    # earlier part gave: a row, not a verdict before its rule.
                    lead = None
                rule = lead.group(2) if lead else sentence
                dropped = False
                if earlier and _repeats(rule, earlier):
                    head = lead.group(1).strip() if lead else ""
                    if (
                        lead
                        and not _LABEL.search(head.lower())
                        and (first or not _STEP_LEAD.match(head))
                    ):
                        space = sentence[: len(sentence) - len(sentence.lstrip())]
                        head = lead.group(1).rstrip()
                        kept.append(space + head + _stop(head))
                    elif first:
                        kept.append(sentence)
                    else:
                        dropped = True
                else:
                    kept.append(sentence)
                first = False
            if kept:
                kept_lines.append(_glued(kept))
        for line in body.split("\n"):
            earlier.extend(_tokens(s) for s in _SENTENCE.findall(line) if s.strip())
        out.append("\n".join(kept_lines) if kept_lines else body)
    return out


def _said_word_for_word(sentence: str, earlier: list[str]) -> bool:
    """An earlier body holds `sentence` (its end mark aside) word for word, and it is long
    enough to be no bare verdict."""
    core = sentence.strip().rstrip("。；;.")
    return len(_tokens(core)) >= _MIN_TOKENS and any(core in body for body in earlier)


def _verdict_lead(sentence: str) -> re.Match[str] | None:
    """ "合作终止后退回：服务商在…": the lead before the colon; none when the colon stands inside
    a bracket ("建站市场（费率表：网站建设）按当月…"): a lead cut there would leave the reply
    ending on "建站市场（费率表。"."""
    lead = _LEAD.match(sentence.strip())
    if lead is None:
        return None
    head = lead.group(1)
    opened = head.count("（") + head.count("(")
    closed = head.count("）") + head.count(")")
    return lead if opened <= closed else None


def _stop(sentence: str) -> str:
    # An English sentence quoting a Chinese name ("Distribution (分销) orders …") ends on ".".
    latin = sum(ch.isascii() and ch.isalpha() for ch in sentence)
    chinese = sum(len(run) for run in _CJK.findall(sentence))
    return "." if latin > chinese else "。"


def _glued(sentences: list[str]) -> str:
    # The line's last sentence dropped: the one before it ends the line ("…要几天；" → "。").
    last = sentences[-1].rstrip()
    if last[-1:] in "；;":
        sentences = [*sentences[:-1], last[:-1] + _stop(last)]
    return "".join(sentences).strip()
