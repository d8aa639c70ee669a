"""A figure of one market's condition asked after the company's facts, which are background:
"我们30人，售后7x24，执照三年了。想问下解决方案市场的认证工程师至少要几个？",
"执照4年、注册资金200万，就想知道基础软件市场要求几年的行业服务经验？".

Judged as a profile, the facts took the reply (each checked, the asked figure buried or never
given). No verdict is asked, so the clause asking the figure is what is answered.
"""

from __future__ import annotations

from bot.answers.matcher import find_concepts
from bot.answers.names import markets_in_question
from bot.answers.text import headcount_mentioned, normalize
from bot.lazy_re import lazy_compile

# The message's clauses, each with the mark that ends it.
_CLAUSES = lazy_compile(r"(?:[^，,。；;！!？?.]|\.(?!\s|$))+[，,。；;！!？?.]*")
# The figured conditions a stated fact is judged on: "15人，要求多少人" still wants the verdict.
_FIGURED = frozenset({"team", "capital", "license_age", "experience", "support"})
# A figure asked: "至少要几个", "要求几年的", "多少人", "how many", "how long", "how much".
_ASKS_FIGURE = lazy_compile(
    r"(几|多少)(个|名|位|人|年|万|元|块)?|\bhow (many|much|long|old)\b"
    r"|\bwhat (is |are )?(the )?(minimum|number|figure)\b"
)
# A verdict asked of the facts: "够不够", "能进吗", "do we qualify", "is that enough".
_ASKS_VERDICT = lazy_compile(
    r"满足|符合|够|达标|合格|行不行|行吗|可以吗|能进|能入|可以进|可以入|能不能|有没有问题|没问题吧"
    r"|影响|差多少|还差|卡|(能|可以)(吗|么)|\b(qualify|qualifies|meet|meets|enough|ok|okay|eligible"
    r"|can we|could we|may we|are we|is that|problem|short|missing|fall short)\b"
)
# A question before the last one: several things asked, none of it background.
_ASKS_BEFORE = lazy_compile(
    r"[？?]|吗|呢|多少|几|^\W*(how|what|which|does|do|is|are|can|must|should)\b"
)
# A stated figure: "30人", "三年", "200万", "7x24".
_FIGURE = lazy_compile(r"\d|[一二两三四五六七八九十百千万]+(个|名|位|人|年|万)")


def asked_clause(message: str) -> str | None:
    """The clause asking a market's figure when every clause before it is background (a stated
    fact, no verdict asked); None otherwise."""
    clauses = [c.strip() for c in _CLAUSES.findall(message) if c.strip()]
    if len(clauses) < 2:
        return None
    asked = clauses[-1]
    before = " ".join(clauses[:-1])
    norm_asked = normalize(asked)
    if (
        not _ASKS_FIGURE.search(norm_asked)
        or _FIGURE.search(norm_asked)
        or _ASKS_VERDICT.search(norm_asked)
        or _ASKS_VERDICT.search(normalize(before))
        or any(_ASKS_BEFORE.search(normalize(clause)) for clause in clauses[:-1])
        or not _FIGURE.search(normalize(before))
        # "We already paid the API market deposit; now we're adding the Service Market — how
        # much more?": a market said before is what the asked clause builds on (fix30f).
        or markets_in_question(before)
        or not markets_in_question(asked)
    ):
        return None
    stated = find_concepts(normalize(before)) | (
        {"team"} if headcount_mentioned(before) is not None else set()
    )
    if find_concepts(norm_asked) & stated & _FIGURED:
        # The figure asked is one the vendor gave: the verdict on it is wanted too.
        return None
    return asked


def without_background(message: str) -> str:
    """The message with only the figure's clause when the facts before it are background."""
    return asked_clause(message) or message
