"""Durations attached to what they measure, and clauses of a spaced-out Chinese message.

"执照才半年 … 做了两年": the half year is the licence's age, the two years are experience; "8
months of service experience" is experience (the guide's own words for the API market's
condition), no market named; "one year of general IT experience but no big-data experience" is
no big-data experience at all. bot/answers/profile_read.py reads a profile with these.
"""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile

# A duration: "两年", "8 months", "1.5 yrs", "半年".
_DURATION = lazy_compile(
    r"(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+|\b(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|eighteen|half(?: an?)?)\b)[\s-]*(?:个)?\s*(年|个月|月|years?|yrs?|months?)"
)
_WORDS = ("one two three four five six seven eight nine ten eleven twelve").split()
_NUMBER_WORDS = {**{word: str(i + 1) for i, word in enumerate(_WORDS)}, "eighteen": "18"}
# Words a duration measures other than experience: the licence's or the company's age, the
# time on Alibaba Cloud. Said just before the duration ("执照才半年", "licensed for 3 years") or
# just after it ("3-year-old licence", "半年的执照").
_OTHER_BEFORE = lazy_compile(
    r"(执照|营业|成立|注册|开业|入驻|上云|阿里云上|licen[cs]e[sd]?|founded|established|"
    r"incorporated|registered|in business|on alibaba cloud|company is|we are)[^，,。;；\d]{0,6}$"
)
_OTHER_AFTER = lazy_compile(
    r"^[^，,。;；\d]{0,4}(执照|营业执照|old|ago|licen[cs]e|on alibaba cloud|在阿里云)"
)
# The words of experience: a duration next to them is the experience's.
EXPERIENCE_CUE = lazy_compile(
    r"经验|做了|做过|干了|从事|做[^，,\s]{1,24}[\d一二两三四五六七八九十半]+\s*(个)?(年|月)"
    # "对外服务已经一年多", "接口上线运营两年了": how long the service has been offered.
    r"|(对外|提供)?服务(已经|已|了)|(上线|运营)(已经|了)"
    r"|experience|\b(of|in|doing)\b[a-z -]{2,30}\b(building|services?|business|work|industry)\b"
)
# "service experience", "服务经验": the guide's own words for experience in general (the API
# market's condition), no market's line of business.
_GENERIC_SERVICE = lazy_compile(
    r"\bservice experience\b|\bexperience (?:of|in) (?:providing )?services?\b|服务经验"
)
# "no big-data experience", "没有大数据经验", "没做过安全": experience of that line lacking.
EXPERIENCE_LACKED = lazy_compile(
    r"(没有|没|无|缺乏|不具备|暂无)[^，,。;；\d]{0,12}(经验|经历)|没(做|干)过"
    r"|\b(no|zero|without|lack|lacking|don't have|do not have|haven't got)\b[^,.;\d]{0,30}"
    r"\bexperience\b|\bnever (done|worked|built)\b|\b(none|nothing|zero) in\b"
)
# "half a year" read as the Chinese 半 the profile reader counts as 0.5.
_HALF = "半"
# Experience said to be in a line of business that is no market's own ("IT services", "软件外包",
# "ERP实施", "consulting"): experience in general, which only a market asking for service
# experience in general (no industry of its own) counts.
OTHER_LINE = lazy_compile(
    r"\bit (services?|consulting|outsourcing|industry|support|projects?)\b|\bgeneral it\b"
    r"|it\s*(服务|行业|外包|咨询|项目)|信息技术|外包|erp|crm|oa系统|咨询|系统集成|软件开发|电商"
    r"|\b(outsourc\w*|consult\w*|system integration|software development|e-?commerce"
    r"|cloud services?|云服务)\b"
)
_CJK = r"\u4e00-\u9fff"
_SPACE = lazy_compile(r"\s+")


def duration_for_experience(clause: str) -> tuple[str, str] | None:
    """(number, unit) of the duration the experience words measure: the one nearest them that
    no licence or company-age word claims; None when there is none."""
    cue = EXPERIENCE_CUE.search(clause)
    if cue is None:
        return None
    best: tuple[int, tuple[str, str]] | None = None
    for found in _DURATION.finditer(clause):
        if _OTHER_BEFORE.search(clause[: found.start()]) or _OTHER_AFTER.search(
            clause[found.end() :]
        ):
            continue
        distance = min(abs(found.start() - cue.end()), abs(cue.start() - found.end()))
        if best is None or distance < best[0]:
            said = found.group(1)
            number = _HALF if said.startswith("half") else _NUMBER_WORDS.get(said, said)
            best = (distance, (number, found.group(2)))
    return best[1] if best else None


def without_generic_service(clause: str) -> str:
    return _GENERIC_SERVICE.sub(" ", clause)


def spaced_clauses(clause: str) -> list[str]:
    """A Chinese message with spaces for commas ("api市场 正规公司 执照才半年 做了两年 能进吗"):
    each spaced part after Chinese text is its own clause once the part before it is complete
    (a word follows, or a figure follows a part that already had one). English is kept whole."""
    if len(re.findall(f"[{_CJK}] +[{_CJK}]", clause)) < 2:
        return [clause]  # English, or a space or two inside a sentence
    parts: list[str] = []
    current = ""
    for token in _SPACE.split(clause):
        if not current:
            current = token
            continue
        ends_word = bool(re.search(f"[{_CJK}a-z]$", current))
        starts_cjk = bool(re.match(f"[{_CJK}]", token))
        # "注册资金 200万" is one part; "25人能出社保表 5x8售后" two.
        starts_other = bool(re.match(r"[\da-z]", token)) and bool(re.search(r"\d", current))
        if ends_word and (starts_cjk or starts_other):
            parts.append(current)
            current = token
        else:
            current = f"{current} {token}"
    parts.append(current)
    return parts
