"""Whether a question asks to join a market as a whole ("能上基础软件市场吗", "Can we join …?") or
only whether the conditions just stated pass ("这两条过了吗"). A leaf module: the figure reader
(computed.py) and the profile readers (verdicts.py) both ask it without importing each other."""

from __future__ import annotations

from bot.answers.agreed_on_applying import agreed_when_nothing_else_open
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from rules.markets import Condition, Market


def joins_whole_market(question: str) -> bool:
    """ "能上基础软件市场吗", "Can we join …?": joining the market asked, not only whether the
    conditions just stated pass ("这两条过了吗", "do the capital and licence conditions pass")."""
    norm = normalize(question)
    return bool(JOINS_MARKET.search(norm)) and not STATED_ONLY.search(norm)


# Joining a market asked (not "满足吗" over the facts stated: those facts are judged).
JOINS_MARKET = lazy_compile(
    r"能(不能|否)?\s*(先|直接|马上|现在)?\s*(入驻|进|上|加入|申请|入|去)"
    r"|可(以|不可以)\s*(先|直接|马上|现在)?\s*(入驻|进|加入|申请)|够(不够)?格|有戏"
    # "想入驻建站市场", "想进零售通，可以吗": the wish to join, with the facts stated.
    r"|想(要)?\s*(入驻|进|上|加入|申请)"
    r"|\b(can|could|may) (we|i) (still |also |even )?(join|get into|get in|enter|apply|list|sell)\b"
    r"|\b(eligible|qualify|qualified|good enough|are we in|are we good)\b"
)
# Only the conditions just stated asked about ("这两条过了吗", "these two points").
STATED_ONLY = lazy_compile(
    r"这(两|几|二|三|些)(条|项|个条件|点)|(以上|上面)(这些|的)?(两|几)?(条|项)"
    r"|\b(these|those|both|the two|the above|the stated) (conditions|points|requirements|criteria)\b"
    # "On those two points, can we get into 基础软件市场?" (dev31a #56).
    r"|\b(these|those) (two|three|2|3) (conditions|points|requirements|criteria)\b"
    r"|(就|单看|只看|光看)这(两|三)(条|项|点)"
    r"|\b(conditions|requirements|points) (pass|hold|met)\b"
    # "执照年限和注册资金两条满足吗", "团队和经验都够吗", "are the licence age and capital ok":
    # the points asked by name (holdout34 #170).
    r"|(和|与|及|跟|、)[^，,。?？]{0,8}(两|二|三|几)(条|项|点|个条件)"
    r"|(执照|年限|资金|资本|人数|团队|经验|售后|客服)[^，,。?？]{0,6}(和|与|及|跟|、)[^，,。?？]{0,6}"
    r"(执照|年限|资金|资本|人数|团队|经验|售后|客服)[^，,。?？]{0,6}都\s*(满足|够|达标|符合|行|可以|没问题)"
    r"|\b(licen[cs]e( age)?|capital|team( size)?|headcount|experience) (and|&) (the )?(licen[cs]e"
    r"( age)?|capital|team( size)?|headcount|experience)( conditions?| requirements?)? (both )?"
    r"(ok|okay|fine|met|enough|sufficient|pass)\b"
)


def conditions_left(market: Market, covered: set[str]) -> list[Condition]:
    """The market's conditions, in the guide's order, that the keys `covered` leave open: a
    licence stated is the company's licence too; the agreements count as accepted on applying
    only when nothing else is open (agreed_on_applying.py)."""
    covered = covered | ({"legal_entity"} if "license_date" in covered else set())
    left, _ = agreed_when_nothing_else_open([c for c in market.conditions if c.key not in covered])
    return left
