"""What proves the team's size, asked ("团队人数那条要交什么材料证明", "what document proves our team
size?"): the company's social-insurance statement first — the markets whose team condition
comes with it — and the markets that count staff with no such proof after; never only the list
of head counts."""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market, market_label

PROOF_KEY = "social_insurance_proof"
_TEAM_KEYS = ("team_size", "employees")
# The team's size and its proof, said together ("团队人数要交什么材料证明", "what document proves
# our team size"); a list of papers asked beside the team ("要哪些材料？人数有要求吗") is not it.
_TEAM_PROOF = lazy_compile(
    r"(团队|人数|人员|员工|人手)[^，,。;；？?]{0,14}(证明|材料|凭证|佐证)"
    r"|(证明|佐证)[^，,。;；？?]{0,8}(团队|人数|人员|员工)"
    r"|\b(proof|prove|proves|proving|evidence|documents?|paperwork)\b[^.?;]{0,30}"
    r"\b(team|headcount|staff|employees)\b"
    r"|\b(team|headcount|staff|employees)\b[^.?;]{0,30}\b(proof|proven|evidence|documents?"
    r"|paperwork)\b"
)
_ASKS_WHAT = lazy_compile(r"什么|啥|哪些|哪个|哪种|哪样|怎么|如何|\b(what|which|how)\b")
# The statement itself named ("社保表用来证明什么"): its purpose is asked, answered elsewhere.
_STATEMENT_NAMED = lazy_compile(r"社保|\bsocial (insurance|security)\b")
# A head count stated ("我们20人，要交什么证明"): the vendor's case is judged elsewhere.
_HEADCOUNT = lazy_compile(r"\d+\s*(个)?(人|名|位)|\b\d+\s*(people|persons|staff|employees)\b")


def team_proof_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """The proof of the team's size, for `markets` (all when none is named); None when the
    question is not that or no market asked has a team condition."""
    norm = normalize(question)
    if not (_TEAM_PROOF.search(norm) and _ASKS_WHAT.search(norm)):
        return None
    if _STATEMENT_NAMED.search(norm) or _HEADCOUNT.search(norm):
        return None
    scope = markets or list(MARKET_IDS)
    proven = [m for m in scope if any(c.key == PROOF_KEY for c in get_market(m).conditions)]
    if not proven:
        return None
    separator = t("list_separator", lang)
    first = get_market(proven[0])
    team = next(c for c in first.conditions if c.key in _TEAM_KEYS)
    proof = next(c for c in first.conditions if c.key == PROOF_KEY)
    summary = (lambda c: c.summary_en) if lang == "en" else (lambda c: c.summary_zh)
    body = t(
        "answers_team_proof",
        lang,
        markets=separator.join(market_label(m, lang) for m in proven),
        team=summary(team),
        proof=summary(proof),
    )
    for market_id in scope:
        if market_id in proven:
            continue
        counted = [c for c in get_market(market_id).conditions if c.key in _TEAM_KEYS]
        if counted:
            body += t(
                "answers_team_proof_none",
                lang,
                name=market_label(market_id, lang),
                rule=summary(counted[0]),
            )
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
