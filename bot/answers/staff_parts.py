"""Staff counted in parts, or the technical and customer-service part named beside a total.

"6个研发加3个客服" is a team of 9 and "15个技术，6个客服" of 21 (the guide counts the technical and
customer-service staff together, SPEC decision 4); "员工12人，技术和客服占9个" and "9 tech + CS"
are a team of 9 (the company has 12); "a team of 12, 4 of them support" is a team of 12 — a part
named inside a total is never added to it. Read by text.headcount_mentioned and profile_read.py.
"""

from __future__ import annotations

from bot.lazy_re import lazy_compile

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
_OTHER_ROLE = lazy_compile(
    r"(?<![\d./])(\d{1,4})\s*(?:are\s+|个|名|位)?\s*(?:是)?\s*"
    r"(?:sales|admin|finance|marketing|hr|销售|行政|财务|市场|运营|人事)"
)
_REST_TEAM = lazy_compile(
    r"\b(?:the )?rest (?:are |is )?(?:all )?(?:tech|technical|engineers|developers)"
    r"|(?:其余|剩下|其他|其它)(?:的)?\s*(?:都|全)?\s*(?:是)?\s*(?:技术|研发)"
)


def only_parts(text: str) -> int | None:
    """The team named in parts after "only" ("only 5 are technical and 3 support" → 8)."""
    match = _ONLY_PARTS.search(text)
    return None if match is None else sum(int(group) for group in match.groups() if group)


def _rest_of_whole(text: str) -> int | None:
    rest = _REST_TEAM.search(text)
    whole = _WHOLE_OF.search(text)
    if rest is None or whole is None or whole.start() > rest.start():
        return None
    others = [
        int(match.group(1)) for match in _OTHER_ROLE.finditer(text, whole.end(), rest.start())
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
    for reading in (_groups, _role_list, _rest_of_whole):
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
