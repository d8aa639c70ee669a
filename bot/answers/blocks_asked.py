"""The verdict word of a question that asks whether something stands in the way.

"Is that a problem?", "Would that stop us?", "有影响吗", "会不会卡住": yes means it blocks the
vendor. A reply that judges a failed condition opens "No, you cannot join" — the right fact with
the wrong word for this question; here its opening verdict is turned into the one asked:
"Yes, that is a problem: …" / "会卡住：…", and a met one into "No, …" / "不影响：…".
"""

from __future__ import annotations

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# Whether it gets in the way ("会影响我们入驻吗", "would that prevent us", "is that a problem").
ASKS_IF_BLOCKS = lazy_compile(
    r"影响|有没有关系|有关系吗|有问题吗|有没有问题|会不会有问题|算不算问题|是问题吗|碍事|扣分|卡住|卡不卡"
    # ("卡在线上": right on the bound, no question whether it blocks.)
    r"|会不会卡|被卡|卡在(?!线)|卡我们|拦住|挡住|阻碍|耽误"
    # "会卡吗", "会卡这一条吗", "卡吗": 卡 asked on its own (fix32c).
    r"|会卡|卡[吗么嘛]"
    r"|\b(affect|affects|hurt|hurts|matter|matters|a problem|an issue|count against|hold us back"
    r"|prevent|prevents|stop|stops|block|blocks|rule us out|rules us out|disqualify|disqualifies"
    r"|keep us out|bar us"
    r"|deal[- ]?breakers?|blockers?|get in the way"
    # "Is anything blocking us for the Security market?", "anything stopping us".
    r"|blocking|stopping|preventing|holding (us|me) back|in (our|the) way|standing in (our|the) way)\b"
    # "security market, 19 people. problem?": the bare noun asked (fix32c).
    r"|^\s*(any\s+)?problems?\s*$"
)
# Whether the application is turned down for it ("会不会被拒", "会被拒吗", "will they reject us"):
# the same question, answered 会被拒 / 不会因此被拒 (fix32c).
_REFUSED = lazy_compile(
    r"(会|会不会|可能|是不是)[^，,。;；?？]{0,12}(被拒|被驳回|不通过|通不过)"
    r"|(被拒|被驳回|不通过|通不过)[^，,。;；]{0,4}(吗|么|嘛|[?？])"
    r"|\b(reject|rejected|turn us down|turned down)\b"
)
# Asked the other way ("不影响吧", "this won't block us, right?") is still this question; a
# question asking whether the vendor can join is not ("能进吗", "can we join").
_PROBLEM_WORD = lazy_compile(r"问题|\b(a problem|an issue|deal[- ]?breaker|blocker|problems?)\b")
_MATTER_WORD = lazy_compile(r"\bmatters?\b|关系")
_STUCK_WORD = lazy_compile(r"卡")
# The verdict a reply opens with, and the punctuation after it.
_OPENING_VERDICT = lazy_compile(
    r"^\s*(不能|不满足|不行|这一条满足|这一项满足|满足|能|可以|"
    r"no, you cannot join yet|no, not as things stand|no, you cannot|no|yes on this point|yes)"
    r"[ \t]*[：:，,.。][ \t]*"
)


# Replies that judge the vendor's own case and open with their verdict word.
_JUDGING_TOPICS = frozenset(
    {"computed.verdict", "computed.profile", "computed.threshold", "computed.support"}
)
_NOTHING_BLOCKS = lazy_compile(
    r"none of these points holds you back|nothing here holds you back|都不影响|都不会卡|不影响入驻"
    r"|will not hold you back|不会卡在这里"
)
_BLOCKS_OPENING = lazy_compile(r"^\s*(不能|不满足|不行|no)\b|^\s*(不能|不满足|不行)")


def with_blocks_answer(question: str, found: Answer) -> Answer:
    """`found` with its opening 不能 / Yes turned into the word a question whether something
    stands in the way asks for ("Is that a problem?" → "Yes, that is a problem: …")."""
    if found.out_of_scope or found.topic not in _JUDGING_TOPICS:
        return found
    norm = normalize(question)
    if not asks_if_blocks(norm) or asks_to_join_plainly(norm):
        return found
    opening = _OPENING_VERDICT.match(found.text.lower())
    if opening is None:
        return found
    first_line = found.text.split("\n", 1)[0].lower()
    # "No: as you describe it, none of these points holds you back": the "no" answers "do they
    # block us?", no failed condition (dev30c #53).
    blocks = bool(_BLOCKS_OPENING.match(found.text.lower())) and not _NOTHING_BLOCKS.search(
        first_line
    )
    found.text = with_blocks_verdict(norm, found.text, blocks, found.lang)
    return found


# "能进吗", "can we join": the question asks for join's yes, whatever else it says.
# ("刚好卡在100万，能入驻服务市场吗": 卡在 states where the figure stands; the market named
# between the verb and 吗 is still asked to be joined.)
_ASKS_JOIN = lazy_compile(
    r"(能|可以)(不能|否)?\s*(入驻|进|加入|申请)[^，,。;；?？吗么]{0,12}?(吗|么|[?？])"
    r"|\b(can|could|may) (we|i) (still |also )?(join|get in|enter|apply)\b[^,.;]*\?\s*$"
    r"|\bare we eligible\b"
    # "can we apply, or will capital block us?": joining asked first, the block its alternative.
    r"|\b(can|could|may) (we|i) (still |also )?(join|get in|enter|apply)\b\s*,?\s*or\b"
)


def asks_to_join_plainly(norm: str) -> bool:
    return bool(_ASKS_JOIN.search(norm))


_SENTENCES = lazy_compile(r"[。!！?？]|\.(?!\d)")


def last_sentence(norm: str) -> str:
    """The last sentence of `norm` with any words in it ("" when none)."""
    sentences = [part for part in _SENTENCES.split(norm) if part.strip()]
    return sentences[-1] if sentences else ""


def asks_if_blocks(norm: str) -> bool:
    """Whether the last sentence asked asks if something stands in the way."""
    last = last_sentence(norm)
    return bool(last) and bool(ASKS_IF_BLOCKS.search(last) or _REFUSED.search(last))


def blocks_head(norm: str, blocks: bool, lang: Lang) -> str:
    """The verdict word for the question asked: yes it blocks / no it does not."""
    if _REFUSED.search(norm):
        kind = "refused"
    elif _PROBLEM_WORD.search(norm):
        kind = "problem"
    elif _MATTER_WORD.search(norm):
        kind = "matter"
    elif _STUCK_WORD.search(norm):
        kind = "stuck"
    else:
        kind = "block"
    return t(_HEADS[kind][0 if blocks else 1], lang)


_HEADS = {
    "problem": ("answers_blocks_problem_yes", "answers_blocks_problem_no"),
    "matter": ("answers_blocks_matter_yes", "answers_blocks_matter_no"),
    "stuck": ("answers_blocks_stuck_yes", "answers_blocks_stuck_no"),
    "block": ("answers_blocks_block_yes", "answers_blocks_block_no"),
    "refused": ("answers_blocks_refused_yes", "answers_blocks_refused_no"),
}


def with_blocks_verdict(norm: str, text: str, blocks: bool, lang: Lang) -> str:
    """`text` with its opening verdict word replaced by the one `norm` asks for, when `norm`
    asks whether something stands in the way; else `text` unchanged."""
    if not asks_if_blocks(norm):
        return text
    found = _OPENING_VERDICT.match(text.lower())
    rest = text[found.end() :] if found else text
    return blocks_head(norm, blocks, lang) + rest


def opens_with_blocks_head(text: str, lang: Lang) -> bool:
    """`text` opens with a "会影响 / 不影响" head (a verdict on whether something blocks)."""
    return text.startswith(tuple(t(key, lang) for pair in _HEADS.values() for key in pair))


# Clauses of a message said in one breath: "零售通对信用有啥要求，法人以前在淘宝有过处罚会影响吗".
_CLAUSES = lazy_compile(r"[，,；;]")


def last_clause_if_blocks(question: str) -> str | None:
    """The message's last clause when it asks whether something stands in the way and an
    earlier clause asks something else; None otherwise."""
    clauses = [clause for clause in _CLAUSES.split(question) if clause.strip()]
    if len(clauses) < 2 or not asks_if_blocks(normalize(clauses[-1])):
        return None
    return clauses[-1].strip()
