"""What proves the team: "要求“20人以上的技术及客服团队”，拿什么材料来证明？", "How do we prove the
20-person team?". The guide asks for the company's monthly social-insurance statement in the same
condition as the team (every market but the ones without it), so that statement opens the reply,
read from the markets' conditions (rules/data/markets.yaml); the market-by-market rules follow.
"""

from __future__ import annotations

from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market, market_label

_TEAM_KEY = "team_size"
_PROOF_KEY = "social_insurance_proof"
# The team, by its words or its size ("20人以上的技术及客服团队", "the 20-person team").
_TEAM = lazy_compile(
    r"团队|\d+\s*(个)?人(以上)?|人数|员工数|\b(team|headcount|staff|employees|people|persons)\b"
)
# Proof asked: "拿什么材料来证明", "怎么证明", "what proves", "what document".
_ASKS_PROOF = lazy_compile(
    r"(拿|用|凭|提供|交)(什么|啥|哪些|哪种)[^，,。？?]{0,6}(证明|材料|凭证|文件|资料)"
    r"|(怎么|如何|怎样)(证明|体现|核实)|(证明|佐证)(材料|文件)?(是|要)?(什么|啥|哪些)"
    r"|\b(how (do|can|should|would) (we|i|you) (prove|show|demonstrate|evidence)"
    r"|what (proves|proof|evidence|documents?|paperwork)|as proof|prove it)\b"
)
# The statement itself named: what it is for is insured.py's question, not this one.
_STATEMENT = lazy_compile(r"社保|缴费信息|情况表|\bsocial[- ]insurance\b")


def team_proof_head(question: str, lang: Lang) -> str | None:
    """The statement that proves the team, to open the reply; None unless that is asked."""
    norm = normalize(question)
    if not (_TEAM.search(norm) and _ASKS_PROOF.search(norm)) or _STATEMENT.search(norm):
        return None
    with_proof = [
        m for m in MARKET_IDS if any(c.key == _PROOF_KEY for c in get_market(m).conditions)
    ]
    if not with_proof:
        return None
    proof = next(c for c in get_market(with_proof[0]).conditions if c.key == _PROOF_KEY)
    team = next((c for c in get_market(with_proof[0]).conditions if c.key == _TEAM_KEY), proof)
    without = [m for m in MARKET_IDS if m not in with_proof]
    others = t("list_separator", lang).join(market_label(get_market(m), lang) for m in without)
    return t(
        "answers_team_proof" if without else "answers_team_proof_all",
        lang,
        proof=proof.summary_en if lang == "en" else proof.summary_zh,
        team=team.summary_en if lang == "en" else team.summary_zh,
        others=others,
    )
