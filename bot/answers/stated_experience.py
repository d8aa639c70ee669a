"""Durations attached to what they measure, and clauses of a spaced-out Chinese message.

"执照才半年 … 做了两年": the half year is the licence's age, the two years are experience; "8
months of service experience" is experience (the guide's own words for the API market's
condition), no market named; "one year of general IT experience but no big-data experience" is
no big-data experience at all. bot/answers/profile_read.py reads a profile with these.
"""

from __future__ import annotations

import re

from bot.answers.model import MAX_ANSWER_CHARS, Answer
from bot.answers.text import quotes_requirement
from bot.lazy_re import lazy_compile
from bot.texts import t

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
    r"incorporated|registered|in business|on alibaba cloud|company is|we are)[^，,。;；\d做干]{0,6}$"
)
# "…company is 3 years website building experience": a duration the experience words follow
# straight away measures the experience, whatever word stands before it.
_EXPERIENCE_AFTER = lazy_compile(
    r"^\s*(of\s+)?[a-z -]{0,30}?\bexperience\b|^[^，,。;；\d]{0,10}经验"
)
_OTHER_AFTER = lazy_compile(
    r"^[^，,。;；\d]{0,4}(执照|营业执照|old|ago|licen[cs]e|on alibaba cloud|在阿里云)"
)
# The words of experience: a duration next to them is the experience's.
EXPERIENCE_CUE = lazy_compile(
    r"经验|做了|做过|干了|从事|做[^，,\s]{1,24}[\d一二两三四五六七八九十半]+\s*(个)?(年|月)"
    # "对外服务已经一年多", "接口上线运营两年了": how long the service has been offered.
    r"|(对外|提供)?服务(已经|已|了)|(上线|运营)(已经|了)"
    # "we have our software product for 1 year", "产品上线1年": how long the product is offered.
    r"|\b(have|had|run|sell|sold|offer|offered)\b[a-z ]{0,30}\b(products?|software|saas|platform)"
    r" (for|since)\b|产品(上线|推出|卖了|做了)"
    r"|\b(products?|software|platform) (has|have) been\b[a-z ]{1,20}\bfor\b"
    r"|\b(done|did|been doing|been running|been offering|been providing|offered|provided)\b"
    r"[a-z ]{1,30}\bfor\b"
    # "3 years providing APIs", "10 months selling security tools".
    r"|\b(years?|months?|yrs?) (providing|offering|running|selling|building|developing|doing)\b"
    # "3 years big data", "2 years in security": the years and the market's line, nothing between.
    r"|\b(years?|yrs?) (in |of )?(big[ -]?data|security|website building|api services?)\b"
    r"|experience|\b(of|in|doing)\b[a-z -]{2,30}\b(building|services?|business|work|industry)\b"
)
# "service experience", "服务经验": the guide's own words for experience in general (the API
# market's condition), no market's line of business.
_GENERIC_SERVICE = lazy_compile(
    r"\bservice experience\b|\bexperience (?:of|in) (?:providing )?services?\b|服务经验"
)
# "no big-data experience", "没有大数据经验", "没做过安全": experience of that line lacking.
EXPERIENCE_LACKED = lazy_compile(
    r"(没有|没|无|缺乏|不具备|暂无)[^，,。;；\d]{0,12}(经验|经历)|没(做|干)过(?!\s*(api|接口|对接))"
    r"|\b(no|zero|without|lack|lacking|don't have|do not have|haven't got)\b[^,.;\d]{0,30}"
    # ("never built anything against an external API": the interface skill, said apart.)
    r"\bexperience\b|\bnever (done|worked|built)\b(?![^,.;]{0,30}\b(apis?|interfaces?|integrations?)\b)"
    r"|\b(none|nothing|zero) in\b"
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
# Years the PEOPLE spent elsewhere ("核心成员之前在别的公司做了5年运维", "the founders worked in a
# big data lab for 6 years before"): no service experience of the company itself, which is what
# the guide's experience condition counts (拥有…的服务经验, said of the vendor).
PEOPLE_ELSEWHERE = lazy_compile(
    r"(之前|以前|此前|曾经?|原来)[^，,。;；]{0,6}(在|于)[^，,。;；]{0,10}(别的|其他|其它|另一家|另外的|上一家"
    r"|前|原|大)?(公司|单位|企业|实验室|机构|大厂|研究所|研究院|高校|团队)"
    r"|(核心成员|创始人|创始团队|合伙人|团队成员|骨干|技术负责人|老板|员工|同事)[^，,。;；]{0,12}"
    r"(之前|以前|此前|曾经?|原来|过去)"
    r"|\b(founders?|co-?founders?|core (team|members?)|team members?|our (people|engineers|staff"
    r"|ceo|cto|members)|employees|staff)\b[^,.;]{0,40}\b(worked|spent|were|was|had)\b[^,.;]{0,50}"
    r"\b(before|previously|prior|earlier|at (another|other|a previous|their previous|a big)\b"
    r"|in an? [a-z ]{0,20}\b(lab|laboratory|institute|university))"
    r"|\b(previously|before (founding|starting|joining))\b[^,.;]{0,40}\b(at|in) (another|other|an?)\b"
    r"[^,.;]{0,20}\b(company|companies|firm|lab|laboratory|employer|institute)\b"
    # "老板的另一家公司做了十年建站", "our founder's other company has done it for 10 years":
    # another company's years, not the applicant's.
    r"|(老板|创始人|合伙人|股东|法人|母公司|兄弟公司|关联公司)?的?(另一家|另外一家|另外的|别的|其他|其它|上一家"
    r"|以前的|原来的)(公司|企业|单位)"
    r"|\b(?<!-)(another|other|previous|sister|parent) (company|companies|firm|business)\b"
)
# "每个人都有五六年大数据经验", "our founders each have 10 years": the people's own years, in a
# piece that says nothing of the company's own licence.
_PEOPLE_OWN = lazy_compile(
    r"(每个人|每人|人均|各自|个人|创始人|创始团队|核心团队)(都|均|各)?(有|具备|拥有|做了|干了)"
    r"|\b(each|every one|everyone|founders?|co-?founders?)\b[^,.;]{0,24}\b(has|have|had|with|brings?)\b"
    r"[^,.;]{0,6}\d"
)
_COMPANY_OWN = lazy_compile(r"成立|执照|注册|\b(licen[cs]e|founded|registered|company is|old)\b")
_CJK = r"\u4e00-\u9fff"
_SPACE = lazy_compile(r"\s+")


# "不到一年", "less than a year", "一年不到", "not even 6 months": just short of the duration.
_UNDER_BEFORE = lazy_compile(
    # ("做了快两年": almost two years, not yet two.)
    r"(不到|不满|未满|没到|没满|少于|不足|快满|快到|快要|(?<![赶尽很])快|将近|接近"
    r"|\b(less than|under|not even|not yet|almost|nearly))\s*$"
)
_UNDER_AFTER = lazy_compile(r"^\s*(还|都)?(不到|不满|没到|没满)")
# "less than a year": the article is the one year said.
_A_YEAR = lazy_compile(r"\b(less than|under|not even|almost|nearly) an? (year|month)\b")


def experience_duration_under(clause: str) -> bool:
    """Whether the duration the experience words measure is said to fall short of itself
    ("还不到一年", "一年不到", "less than a year")."""
    clause = _A_YEAR.sub(r"\1 one \2", clause)
    found = _experience_duration(clause)
    if found is None:
        return False
    return bool(
        _UNDER_BEFORE.search(clause[max(0, found.start() - 12) : found.start()])
        or _UNDER_AFTER.search(clause[found.end() :])
    )


def duration_for_experience(clause: str) -> tuple[str, str] | None:
    """(number, unit) of the duration the experience words measure: the one nearest them that
    no licence or company-age word claims; None when there is none."""
    found = _experience_duration(_A_YEAR.sub(r"\1 one \2", clause))
    if found is None:
        return None
    said = found.group(1)
    number = _HALF if said.startswith("half") else _NUMBER_WORDS.get(said, said)
    return number, found.group(2)


def _experience_duration(clause: str) -> re.Match[str] | None:
    """The duration the experience words measure (see `duration_for_experience`)."""
    cue = EXPERIENCE_CUE.search(clause)
    if cue is None:
        return None
    best: tuple[int, re.Match[str]] | None = None
    for found in _DURATION.finditer(clause):
        after = clause[found.end() :]
        claimed = _OTHER_BEFORE.search(clause[: found.start()]) or _OTHER_AFTER.search(after)
        if claimed and not _EXPERIENCE_AFTER.search(after):
            continue
        if quotes_requirement(clause, found.start(), found.end()):
            # "The security market says '1 year+ of experience'": the rule's figure quoted.
            continue
        distance = min(abs(found.start() - cue.end()), abs(cue.start() - found.end()))
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else None


def without_people_elsewhere(text: str) -> str:
    """`text` without its clauses about years the people spent at another company or a lab."""
    pieces = (found.group(0) for found in _PIECE.finditer(text))
    return "".join(_company_part(piece) if _elsewhere_years(piece) else piece for piece in pieces)


def _company_part(piece: str) -> str:
    """What a piece says of the company before the people's own years ("our company is 8
    months old but our founders each have 10 years" → "our company is 8 months old but ")."""
    own = _PEOPLE_OWN.search(piece.lower())
    if own is None or not _COMPANY_OWN.search(piece.lower(), 0, own.start()):
        return ""
    return piece[: own.start()] + " "


def _elsewhere_years(piece: str) -> bool:
    """The piece tells of years the people spent elsewhere (a duration in it; "老板以前在天猫开店
    有过违规记录" tells of no years)."""
    norm = piece.lower()
    people = PEOPLE_ELSEWHERE.search(norm) or _PEOPLE_OWN.search(norm)
    return bool(people and _DURATION.search(norm))


# A clause with the mark that ends it (a point inside a number, "1.5", ends none).
_PIECE = lazy_compile(
    r"(?:[^，,。;；!！?？\n()（）.]|\.(?=\d))+(?:[，,。;；!！?？\n()（）]|\.(?!\d))?"
    r"|[，,。;；!！?？\n()（）.]"
)


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


# Answers that judge a stated profile.
_VERDICT_TOPICS = frozenset({"computed.profile", "computed.threshold", "computed.verdict"})


def with_elsewhere_note(question: str, found: Answer) -> Answer:
    """A verdict on a profile that tells of years the people spent at another company or a lab
    gets the note that those years are not the company's own experience (before its source)."""
    if found.out_of_scope or found.topic not in _VERDICT_TOPICS:
        return found
    if not any(_elsewhere_years(found.group(0)) for found in _PIECE.finditer(question)):
        return found
    note = t("answers_experience_elsewhere", found.lang)
    body, _, source = found.text.rpartition("\n")
    if not (found.source and body):
        body, source = found.text, ""
    lines = body.split("\n")
    met = t("answers_verdict_met", found.lang)
    unmet = t("answers_verdict_not_met", found.lang)
    while len("\n".join([*lines, note, source])) > MAX_ANSWER_CHARS:
        # Too long with the note: a bullet of a condition met goes first (the verdict, the
        # conditions not met and those not stated stay).
        kept = [
            i
            for i, line in enumerate(lines)
            if i and line.rstrip("。.").endswith(met) and not line.rstrip("。.").endswith(unmet)
        ]
        if not kept:
            return found
        del lines[kept[-1]]
    found.text = "\n".join([*lines, note, source]) if source else "\n".join([*lines, note])
    return found


# "一年多一点", "两年多", "a little over a year", "2+ years": more than the whole years said, read
# as the next month ("13个月") so it is judged and shown as said ("1 年多"), never cut to "1 年"
# nor taken for less than the years said.
_YEARS_AND_MORE = lazy_compile(
    r"(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:个)?\s*年多(?:一点|一些|点)?"
    r"|\b(?:a little |just |slightly |a bit )?(?:over|more than) (a|one|two|three|four|five|\d{1,2})"
    r" (?:full )?(?:years?|yrs?)\b(?! ago\b)"
    r"|\b(\d{1,2})\+ ?(?:years?|yrs?)\b"
)
_SMALL = {"a": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
_MONTHS_ZH = "个月"
_TEN = "十"
_CN_SMALL = dict(zip("一二两三四五六七八九", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


def with_years_and_more(text: str) -> str:
    """`text` (normalized) with each "N年多" / "over N years" as the month after N whole years."""
    return _YEARS_AND_MORE.sub(_more_than_years, text)


def _more_than_years(found: re.Match[str]) -> str:
    said = found.group(1) or found.group(2) or found.group(3)
    value = _years_said(_SMALL.get(said, said))
    if value is None:
        return found.group(0)
    months = value * 12 + 1
    return f"{months}{_MONTHS_ZH}" if found.group(1) else f"{months} months"


def _years_said(said: str) -> int | None:
    if said.isdigit():
        return int(said)
    tens, _, ones = said.rpartition(_TEN)
    if _TEN not in said:
        return _CN_SMALL.get(said)
    value = (_CN_SMALL.get(tens, 0) if tens else 1) * 10 + (_CN_SMALL.get(ones, 0) if ones else 0)
    return value
