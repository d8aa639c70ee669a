"""Staff counted in parts, or the technical and customer-service part named beside a total.

"6个研发加3个客服" is a team of 9 and "15个技术，6个客服" of 21 (the guide counts the technical and
customer-service staff together, SPEC decision 4); "员工12人，技术和客服占9个" and "9 tech + CS"
are a team of 9 (the company has 12); "a team of 12, 4 of them support" is a team of 12 — a part
named inside a total is never added to it. Read by text.headcount_mentioned and profile_read.py.
"""

from __future__ import annotations

import re

from bot.answers.model import MAX_ANSWER_CHARS, Answer
from bot.lazy_re import lazy_compile
from bot.texts import t

_TECH = r"(?:技术|研发|开发|工程师|运维)(?:人员|同事)?"
_CS = r"(?:客服|售后)(?:人员|同事)?"
_UNIT = r"\s*(?:个|名|位|人)"
_JOIN = r"\s*(?:加上|加|和|及|与|跟|\+|、|,|，|;|；)?\s*(?:另有|还有|再加|外加)?\s*"
# "6个研发加3个客服", "8个技术，5个客服", "技术8人、客服5人".
_PARTS_ZH = lazy_compile(
    rf"(?<![\d.])(\d{{1,4}}){_UNIT}?\s*{_TECH}{_JOIN}(\d{{1,4}}){_UNIT}?\s*{_CS}"
    rf"|{_TECH}\s*(\d{{1,4}}){_UNIT}{_JOIN}{_CS}\s*(\d{{1,4}}){_UNIT}"
)
# "8 engineers and 5 support", "12 tech + 4 CS", "10 developers plus 3 customer service".
_PARTS_EN = lazy_compile(
    r"(?<![\d./])\b(\d{1,4})\s+(?:tech(?:nical)?|engineers?|developers?|devs|r&d)"
    r"(?:\s+(?:people|staff|engineers))?\s*(?:\+|&|,|\band\b|\bplus\b)\s*(\d{1,4})\s+"
    r"(?:cs|customer[- ]service|support|after-sales)\b"
)
# The two halves named with one count: "技术和客服占9个", "技术+客服21人", "9 tech + CS",
# "tech and CS: 9".
_BOTH = lazy_compile(
    r"(?:技术|研发)\s*(?:和|及|加|与|跟|\+|、|/)\s*客服(?:人员)?\s*(?:一共|共|总共|合计)?\s*"
    r"(?:占了|占|有|是|为)?\s*(\d{1,4})" + _UNIT + r"|(?<![\d./])\b(\d{1,4})\s+tech(?:nical)?\s*"
    r"(?:\+|&|\band\b|/)\s*(?:cs|customer service|support)\b(?!\s*(?:\+|&|and)\s*\d)"
    r"|\btech(?:nical)?\s*(?:\+|&|\band\b|/)\s*(?:cs|customer service|support)"
    r"(?: staff| people| team)?\s*(?::|is|are|=|of)\s*(\d{1,4})\b"
)


# Staff counted in groups: "研发分3组,每组5个人", "客服两班每班3个人" (3×5, 2×3).
_GROUPS = lazy_compile(
    rf"(?:{_TECH}|{_CS})\s*(?:分(?:成|为)?)?\s*(\d{{1,3}}|两)\s*个?小?(?:组|班|队)\s*[,，]?\s*"
    r"每(?:个)?小?(?:组|班|队)\s*(?:各)?\s*(?:有)?\s*(\d{1,3}|两)\s*(?:个|名|位|人)"
)
# A list of roles that ends with the support staff: "12 dev + 10 designers + 5 CS",
# "12个开发+10个设计+5个客服" — the whole list is the technical and customer-service team.
_ROLE_LIST = lazy_compile(
    r"(?<![\d./])(\d{1,4})\s*(?:个|名|位)?\s*[a-z\u4e00-\u9fff]{1,14}?"
    r"(?:\s*(?:\+|加|、)\s*(\d{1,4})\s*(?:个|名|位)?\s*[a-z\u4e00-\u9fff]{1,14}?){1,4}"
    r"\s*(?:\+|加|、|,|\band\b|\bplus\b)\s*(\d{1,4})\s*(?:个|名|位)?\s*"
    r"(?:cs|customer[- ]service|support|客服|售后)"
)
_ROLE_COUNT = lazy_compile(r"(?<![\d./])(\d{1,4})(?![\d.])")
_NOT_TEAM = lazy_compile(r"销售|行政|财务|市场|运营|\bsales\b|\badmin|\bfinance|\bmarketing")
# The part named after "only": "only 5 are technical and 3 support" → 8.
_ONLY_PARTS = lazy_compile(
    r"\bonly\s+(\d{1,4})\s+(?:are|is)\s+(?:tech(?:nical)?|engineers?|developers?)\s*"
    r"(?:,|and|\+|&)\s*(\d{1,4})\s+(?:are\s+)?(?:cs|customer service|support)\b"
    r"|只有\s*(\d{1,4})\s*(?:个|名|位)?\s*(?:是)?\s*(?:技术|研发)(?:人员)?\s*[,，、和加]?\s*"
    r"(\d{1,4})\s*(?:个|名|位)?\s*(?:是)?\s*客服"
)
# The rest of a whole count: "team of 30, of which 4 are sales and 6 admin, the rest tech and
# support", "一共30人，4个销售，6个行政，其余都是技术和客服".
_WHOLE_OF = lazy_compile(
    r"\b(?:team|company) of (\d{1,4})\b|(?<![\d./])\b(\d{1,4}) (?:people|employees|staff)\b"
    r"|(?:一共|总共|共|全公司|公司|团队)\s*(\d{1,4})\s*(?:个|名|位)?\s*人"
)
_REST_TEAM = lazy_compile(
    r"\b(?:the )?rest (?:are |is )?(?:all )?(?:tech|technical|engineers|developers)"
    r"|(?:其余|剩下|剩余|其他|其它)(?:的)?(?:人|员工)?\s*(?:都|全)?\s*(?:是)?\s*(?:技术|研发|开发)"
)


# Roles a head count is given for, by the part of the team the guide counts (SPEC decision 4:
# the technical and customer-service team). Designers, testers and programmers are technical
# staff; sales, admin, finance, HR and operations are not in the team.
_TECH_ROLE = (
    r"技术|研发|开发|工程师|程序员|测试|运维|设计师|设计|前端|后端|架构师|算法|实施|美工"
    r"|developers?|devs?|engineers?|programmers?|testers?|qa|designers?|devops|ops"
    r"|tech(?:nical)?(?: staff| people)?"
)
_CS_ROLE = (
    r"客服|售后|support(?: agents?| staff| people)?|customer[- ]service(?: agents?| staff)?"
    r"|cs|after-sales"
)
_OTHER_ROLE_WORD = (
    r"销售|行政|财务|人事|运营|商务|市场部|市场人员|管理层?"
    r"|sales(?:people| staff)?|admin(?:istration)?|finance|marketing|hr|operations|management"
)
_ANY_ROLE = rf"(?:{_TECH_ROLE}|{_CS_ROLE}|{_OTHER_ROLE_WORD})"
# One role and its count, either way round: "开发10人", "10个开发", "11 developers",
# "4 are sales"; a role may be two joined by / or nothing ("行政财务5人", "admin/finance").
_ROLE_PAIR = lazy_compile(
    rf"(?<![a-z])(?P<role_a>{_ANY_ROLE}(?:\s*/?\s*{_ANY_ROLE})?)(?![a-z])(?:人员|同事)?\s*(?:有|是|共|占)?\s*"
    rf"(?P<count_a>\d{{1,4}})(?![\d.])\s*(?:个|名|位)?\s*人?"
    rf"|(?<![\d./])(?P<count_b>\d{{1,4}})\s*(?:个|名|位)?\s*(?:are |is |是)?\s*"
    rf"(?P<role_b>{_ANY_ROLE}(?:\s*/?\s*{_ANY_ROLE})?)(?![a-z])"
)
# What may stand between two pairs of one list: "、", ",", "+", "加", "和", "and", "plus".
_PAIR_JOIN = lazy_compile(
    r"\s*(?:、|,|;|\+|&|加上|加|和|及|与|跟|还有|另有|\band\b|\bplus\b)?\s*(?:\band\b\s*)?"
)


def _role_kind(role: str) -> str:
    """ "team" for a technical or customer-service role, "other" for the rest."""
    first = re.match(_ANY_ROLE, role)
    word = first.group(0) if first else role
    return "other" if re.fullmatch(_OTHER_ROLE_WORD, word) else "team"


def role_pairs(text: str) -> list[tuple[int, str]]:
    """The longest list of (count, kind) pairs the text gives its staff in: "开发10人、测试5人、
    客服3人" → [(10, team), (5, team), (3, team)]; "销售6人、行政财务5人" → two "other"."""
    runs: list[list[tuple[int, str]]] = []
    end = -1
    for match in _ROLE_PAIR.finditer(text):
        count = int(match.group("count_a") or match.group("count_b"))
        kind = _role_kind(match.group("role_a") or match.group("role_b"))
        if runs and _PAIR_JOIN.fullmatch(text, end, match.start()):
            runs[-1].append((count, kind))
        else:
            runs.append([(count, kind)])
        end = match.end()
    return max(runs, key=len, default=[])


def _match_kind(match: re.Match[str]) -> str:
    return _role_kind(match.group("role_a") or match.group("role_b"))


def without_role_lists(text: str) -> str | None:
    """`text` with the role words of a list of two or more counted roles left out ("销售8人、
    行政5人、财务2人" → "8人、5人、2人"), so they name no topic; None when it has no such list."""
    runs: list[list[re.Match[str]]] = []
    end = -1
    for match in _ROLE_PAIR.finditer(text):
        if runs and _PAIR_JOIN.fullmatch(text, end, match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
        end = match.end()
    # Three roles or more, or one beside the other roles ("销售8人、行政5人"): a list of roles,
    # never "5 are technical and 3 support" (the team's two parts, read as such).
    listed = [
        match
        for run in runs
        if len(run) >= 3 or (len(run) == 2 and "other" in map(_match_kind, run))
        for match in run
    ]
    if not listed:
        return None
    pieces: list[str] = []
    at = 0
    for match in listed:
        count = match.group("count_a") or match.group("count_b")
        pieces.extend([text[at : match.start()], f" {count}人 "])
        at = match.end()
    return "".join([*pieces, text[at:]])


def _listed_roles(text: str) -> int | None:
    """The team in a list of three or more roles ("开发10人、测试5人、客服3人" → 18; "11
    developers, 4 testers and 4 support agents" → 19) or of team and other roles ("技术8人、
    销售5人" → 8): the technical and customer-service roles summed."""
    pairs = role_pairs(text)
    team = [count for count, kind in pairs if kind == "team"]
    if len(pairs) < 2 or not team or (len(pairs) == 2 and len(team) == 2):
        return None
    return sum(team)


def only_parts(text: str) -> int | None:
    """The team named in parts after "only" ("only 5 are technical and 3 support" → 8)."""
    match = _ONLY_PARTS.search(text)
    return None if match is None else sum(int(group) for group in match.groups() if group)


def _rest_of_whole(text: str) -> int | None:
    rest = _REST_TEAM.search(text)
    whole = _WHOLE_OF.search(text)
    if rest is None or whole is None or whole.start() > rest.start():
        return None
    # "4 are sales", "销售6人、行政财务5人": the other roles, either way round.
    others = [
        int(match.group("count_a") or match.group("count_b"))
        for match in _ROLE_PAIR.finditer(text, whole.end(), rest.start())
        if _role_kind(match.group("role_a") or match.group("role_b")) == "other"
    ]
    count = int(next(group for group in whole.groups() if group))
    return count - sum(others) if others and sum(others) < count else None


def _count(word: str) -> int:
    return 2 if word == "两" else int(word)


def _groups(text: str) -> int | None:
    groups = list(_GROUPS.finditer(text))
    if not groups:
        return None
    return sum(_count(size) * _count(each) for size, each in (match.groups() for match in groups))


def _role_list(text: str) -> int | None:
    listed = _ROLE_LIST.search(text)
    if listed is None or _NOT_TEAM.search(listed.group(0)):
        return None
    return sum(int(match.group(1)) for match in _ROLE_COUNT.finditer(listed.group(0)))


def team_in_parts(text: str) -> int | None:
    """The technical and customer-service team the text counts in parts or names with its own
    count (`text` normalized, numbers in digits); None when it does neither."""
    for reading in (_groups, _listed_roles, _role_list, _rest_of_whole):
        team = reading(text)
        if team is not None:
            return team
    parts = _PARTS_ZH.search(text) or _PARTS_EN.search(text)
    if parts is not None:
        return sum(int(group) for group in parts.groups() if group)
    both = _BOTH.search(text)
    if both is not None:
        return int(next(group for group in both.groups() if group))
    return None


# The company's whole head count beside its parts: "员工12人", "公司一共30人", "40 employees".
_WHOLE = lazy_compile(
    r"(?:员工|公司|一共|总共|全公司|共有)[^，,。;；\d]{0,6}?(\d{1,4})\s*(?:个|名|位)?\s*(?:人|员工)"
    r"|(?<![\d./])\b(\d{1,4})\s+(?:employees|staff in total|people in total)\b"
)


def employees_beside_parts(text: str) -> int | None:
    """The company's head count when the text also names its technical and customer-service
    part ("员工12人，技术和客服占9个" → 12); None otherwise."""
    team = team_in_parts(text)
    whole = _WHOLE.search(text)
    if team is None or whole is None:
        return None
    count = int(next(group for group in whole.groups() if group))
    return count if count > team else None


# Answers that judge a stated team (the note on the roles counted goes on these only).
_VERDICT_TOPICS = frozenset({"computed.profile", "computed.threshold", "computed.verdict"})


def _roles_said(text: str, start: int, end: int, kind: str) -> list[str]:
    """The role words of `kind` ("team" / "other") said in text[start:end], in order, once."""
    said: list[str] = []
    for match in _ROLE_PAIR.finditer(text, start, end):
        role = match.group("role_a") or match.group("role_b")
        if _role_kind(role) == kind and role not in said:
            said.append(role)
    return said


def roles_counted(text: str) -> tuple[str, int, list[str], list[str], int | None] | None:
    """How a team given by roles was counted (`text` normalized, numbers in digits): ("list",
    team, team roles, other roles, None) for "开发10人、测试5人、客服3人"; ("rest", team, [],
    other roles, whole) for "一共30人，其中销售6人、行政财务5人，其余都是技术和客服"; else None."""
    team = _listed_roles(text)
    if team is not None:
        return (
            "list",
            team,
            _roles_said(text, 0, len(text), "team"),
            _roles_said(text, 0, len(text), "other"),
            None,
        )
    rest = _rest_of_whole(text)
    whole = _WHOLE_OF.search(text)
    rest_at = _REST_TEAM.search(text)
    if rest is None or whole is None or rest_at is None:
        return None
    count = int(next(group for group in whole.groups() if group))
    return ("rest", rest, [], _roles_said(text, whole.end(), rest_at.start(), "other"), count)


def with_roles_note(
    counted: tuple[str, int, list[str], list[str], int | None] | None, found: Answer
) -> Answer:
    """A verdict on a team given by roles gets a note saying which roles were counted as the
    technical and customer-service team and which were not (before its source)."""
    if counted is None or found.out_of_scope or found.topic not in _VERDICT_TOPICS:
        return found
    how, team, team_roles, other_roles, whole = counted
    lang = found.lang
    if str(team) not in found.text:
        return found  # the team's count is not what the reply judged
    separator = t("list_separator", lang)
    if how == "rest":
        note = t(
            "answers_team_rest_counted",
            lang,
            whole=whole,
            roles=separator.join(other_roles),
            count=team,
        )
    else:
        others = (
            t("answers_team_roles_left_out", lang, roles=separator.join(other_roles))
            if other_roles
            else ""
        )
        note = t(
            "answers_team_roles_counted",
            lang,
            team=separator.join(team_roles),
            count=team,
            others=others,
        )
    body, _, source = found.text.rpartition("\n")
    if not (found.source and body):
        body, source = found.text, ""
    text = "\n".join([body, note, source]) if source else "\n".join([body, note])
    if len(text) <= MAX_ANSWER_CHARS:
        found.text = text
    return found
