"""What a name the guide uses means, and which document a condition asks for.

"acp是哪个认证", "What does ACP stand for?": the term's meaning first (data/terms.yaml), then the
markets whose conditions use it. "What supporting document must accompany the team-size
requirement?", "团队人数这一条要附什么材料": the document (公司社保个人月缴费信息情况表) first, then
the markets that ask for it. Never the per-market overview with the thing asked buried in it, a
condition of another market (零售通's headcount), or the staff contacts.
"""

from __future__ import annotations

from bot.answers.knowledge import Term, sections, source_line, terms
from bot.answers.matcher import has_whole_word
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market, market_label

_TOPIC = "computed.conditions_overview"
# What a name means asked: 是什么, 啥意思, 指什么, 是哪个认证, 全称; "what is", "stand for".
_ASKS_MEANING = lazy_compile(
    r"是什么|是啥|什么意思|啥意思|指什么|指的是什么|指的是啥|是指|是哪个|是哪种|是哪一个|是什么认证|全称|代表什么|怎么理解"
    r"|\b(what is|what's|what are|meaning of|means|mean|stand for|stands for|short for|full name"
    r"|define|definition of)\b"
)
# "How much does the ACP exam cost and what's on the syllabus?" (holdout49 #200): the exam
# asked about, not the term's meaning (declined: the guide has no exam facts).
_ASKS_ABOUT_EXAM = lazy_compile(
    r"(?<![a-z])(how much|costs?|fees?|price|syllabus|curriculum|exam|exams|aca|ace)(?![a-z])"
    r"|考试|报名|费用|多少钱|大纲|考纲"
)
# How many, whether needed, or a fact stated: the condition's own answers, not the meaning.
_ASKS_RULE = lazy_compile(
    r"几个|几名|多少|要不要|需不需要|必须|要求|是否需要|\d"
    r"|\b(how many|need|needs|needed|require|requires|required|requirements?|must|mandatory)\b"
)
# Which document, proof or paper is asked for.
_ASKS_DOCUMENT = lazy_compile(
    r"(什么|哪些|哪个|哪份|啥|哪种)(证明)?(材料|证明|文件|资料|凭证|表格?|证件)"
    r"|(附|交|提供|提交|出具|带)(什么|啥|哪些|哪个)(材料|证明|文件|资料)?"
    r"|(怎么|如何|用什么)证明"
    r"|\b(what|which) (\w+ ){0,2}(documents?|proof|paperwork|evidence|papers?)\b"
    r"|\b(what|which)\b.{0,40}\b(proves?|prove|proving|evidences?|backs? up)\b"
    r"|\bhow (do|can|should|would) (we|i|you) (prove|show|demonstrate|evidence)\b"
)
# The team's size asked beside the document ("团队需要多少人，要提供什么材料"): the condition's
# own answer, which names the document too.
_ASKS_COUNT = lazy_compile(
    r"多少人|多少个人|几个人|几人|几名|最少|至少|\b(how many|how big|how large|minimum|at least)\b"
    # "对团队人数有没有硬性要求？社保要提供啥材料": the team's rule asked too, not only its paper.
    r"|(有没有|有无|有什么|有啥)[^，,。？?]{0,4}(硬性)?(要求|门槛|规定)|硬性要求|门槛|多大的?团队|多少人的?团队|团队规模"
    r"|\b(any|a) (hard |strict |minimum )?(requirement|threshold|rule) (on|for)\b"
)
# The team-size condition named: 团队, 人数, 员工, team, headcount, staff.
_NAMES_TEAM = lazy_compile(
    r"团队|人数|员工|人员|\b(team|team-size|headcount|head count|staff|staffing|employees|people)\b"
)
# A number of people stated ("我们25人", "we have 25 staff"): a verdict asked, answered elsewhere.
_STATES_COUNT = lazy_compile(r"\d|[一二两三四五六七八九十百]+\s*(个人|人|名)")


def _named(term: Term, norm: str) -> bool:
    for form in term.forms:
        form = normalize(form)
        if form.isascii():
            if form in norm and has_whole_word(norm, form):
                return True
        elif form in norm:
            return True
    return False


def _answer(term: Term, lang: Lang, named: list[str]) -> Answer:
    """The term's meaning, then the markets whose conditions use it (of those named, when any
    is), with the guide's line."""
    setting = [
        (market, condition)
        for market in named or MARKET_IDS
        for condition in get_market(market).conditions
        if condition.key == term.condition
    ]
    names = t("list_separator", lang).join(market_label(m, lang) for m, _ in setting)
    lines = [term.body(lang)]
    if setting:
        lines.append(
            t("answers_term_markets", lang, markets=names, quote=setting[0][1].quote(lang))
        )
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source("\n".join(lines), source, lang), lang, True, _TOPIC, source, [])


def term_answer(question: str, lang: Lang) -> Answer | None:
    """The meaning of a term asked, or the document a condition asks for; None otherwise."""
    norm = normalize(question)
    if _STATES_COUNT.search(norm):
        return None
    named_markets = markets_in_question(question)
    for term in terms():
        if not all(
            any(c.key == term.condition for c in get_market(m).conditions) for m in named_markets
        ):
            # "零售通的团队人数要附什么材料": a market that sets no such condition is answered
            # by its own conditions.
            continue
        named = _named(term, norm)
        if (
            named
            and _ASKS_MEANING.search(norm)
            and not _ASKS_RULE.search(norm)
            and not _ASKS_ABOUT_EXAM.search(norm)
        ):
            return _answer(term, lang, named_markets)
        if (
            term.proves == "team"
            and _ASKS_DOCUMENT.search(norm)
            and _NAMES_TEAM.search(norm)
            and not _ASKS_COUNT.search(norm)
        ):
            return _answer(term, lang, named_markets)
    return None
