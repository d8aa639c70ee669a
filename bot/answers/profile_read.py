"""A vendor's own profile stated in a question, read once with the walk-through's slot parsers.

"注册资金200万，执照3年，25个人都交社保，有5*8售后，做API服务2年了，能进API市场吗": each clause
is read the way the eligibility questions read an answer (bot/conversation/forms.py and its
readers), into the same profile slots; a clause that states no slot is ignored. The profile is
then judged by rules/eligibility.py for the asked markets only (bot/answers/profile_verdict.py).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from bot.answers.business_age import (
    is_bare_count,
    is_business_duration,
    names_business,
    with_founding_age,
)
from bot.answers.insured import contracted_team
from bot.answers.stated_experience import (
    EXPERIENCE_LACKED,
    OTHER_LINE,
    duration_for_experience,
    experience_duration_under,
    spaced_clauses,
    with_years_and_more,
    without_generic_service,
    without_people_elsewhere,
)
from bot.answers.support_hours import half_day_only, support_sentences
from bot.answers.text import (
    CN_DIGITS,
    UNDER_MARGIN,
    capital_mentioned,
    dates_mentioned,
    lacks_statement,
    normalize,
    quotes_requirement,
    team_in_parts_mentioned,
)
from bot.lazy_re import lazy_compile
from rules.eligibility import add_months, add_years, age_in_months
from rules.markets import find_markets_in_text, get_market

# Where one statement ends and the next begins; a comma inside a number ("1,000,000") is none.
_CLAUSES = lazy_compile(
    r"[，；;。!！?？\n]+|[（(](?=[^（）()]*\d)|[）)]|\.(?!\d)|(?<!\d),|,(?!\d{3}(?!\d))|\s+[-–—]\s+|\s*(?:但是|但|不过|可是)\s*"
    # "2 ACP-certified engineers: do we satisfy …" (holdout53 #100): a colon before the
    # question ends the facts ("Website building market: we do sites …" keeps its market).
    r"|(?<!\d)[:：]\s+(?=(?:do|does|can|could|is|are|will|would|should|what|which|how)\b)"
    r"|(?<![a-z])but(?![a-z])|\band also\b|\bplus\b"
    r"|\band (?=(?:our|we|we're|we've|the|it|they)\b)|\band (?=(?:no|zero|without|never)\b)"
    r"|\band (?=\d)"
)
# A head count on the company's social insurance: that count is the team (SPEC, team_size).
# "28 people insured", "all insured" (never "uninsured", "not insured").
_INSURED = lazy_compile(r"社保|social[ -]?insurance|payroll|(?<!un)(?<!not )\binsured\b")
_NOT_INSURED = lazy_compile(
    r"(没|没有|未|不)(交|缴|上|买|参)社保|社保(没|没有|未|不)(交|缴|在)|外包|兼职|contractors?"
    r"|outsourc|part[- ]time|\bnot (on|covered)\b"
)
# "拿不出社保缴费表", "can't provide the statement": the statement itself lacking.
_NO_STATEMENT = lazy_compile(
    r"(拿不出|提供不了|提供不出|出不了|开不了|开不出|打不出|无法提供|不能提供|给不了|没有|没)[^，,。;；?？]{0,8}"
    r"(缴费|情况表|证明|记录|社保表)"
    r"|\b(can't|cannot|can not|unable to|don't have|do not have|no)\b[^,.;?]{0,50}"
    r"\b(statement|proof|records?)\b"
)
_COUNT = lazy_compile(
    r"(\d+)\s*(?:个人|个|人|名|位)"
    # ("26 technical + customer service employees"; never the 7 of "24/7 NOC engineers")
    r"|(?<![\d/])(\d+)\s+(?:(?:[a-z-]+|[+&])\s*){0,5}?(?:people|persons|staff|employees|members"
    r"|engineers|devs|developers|programmers|coders|technicians|techs|workers|ftes)\b"
    # "30 tech+CS on social insurance", "150 tech and CS with social insurance"
    r"|(?<![\d/])(\d+)\s+tech(?:nical)?\s*(?:\+|&|and)\s*(?:cs|customer service|support)\b"
    # ("a team of exactly 20" — holdout101 #110: the team left to confirm.)
    r"|\b(?:team|staff) of (?:(?:exactly|only|just|precisely)\s+)?(\d+)|(\d+)\s+(?:of (?:them|us|our staff))"
)
_ONLY = lazy_compile(r"只有|只|仅|其中|\bonly\b|\bof them\b|\bof whom\b")
# Years of a licence or company age: "执照3年", "成立3年", "3-year license".
_N = r"(\d{1,2}(?:\.\d+)?|[一二两三四五六七八九十]{1,2})"
_YEARS_ASKED_AFTER = lazy_compile(r"\s*(了)?\s*(吗|么|嘛|没有?|[?？])")
_LICENSE_YEARS = lazy_compile(
    r"(?:执照|成立|营业|开了?(?:公司|企业))[^\d，,一二两三四五六七八九十]{0,6}(?<!\d)"
    + _N
    + r"\s*(?:个)?\s*年(?!\d)"
    r"|(?<!\d)" + _N + r"\s*年[^，,\d]{0,4}(?:执照|营业执照)"
    r"|(?:刚好|正好|整整|刚刚|刚)满\s*" + _N + r"\s*年"
    r"|\bexactly (\d+|one|two|three) years? (?:ago|old)\b"
    r"|^(?:(?:we are|we're|the company is|our company is|company)\s+)?(\d+|one|two|three)\s+years? old$"
    r"|(\d+(?:\.\d+)?)[- ]years?[- ](?:old )?(?:licen[cs]e|company)"
    r"|(?:licen[cs]e[sd]?|founded|established|incorporated|in business)[^,.\d]{0,20}?"
    r"(?:for )?(\d+(?:\.\d+)?)\s*(?:full )?years?"
)
_SINCE_YEAR = lazy_compile(
    r"(?:since|in|from|licen[cs]e[ds]?:?)\s+((?:19|20)\d\d)\b(?![-/.]\d)|((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)"
    r"[^，,]{0,8}(?:执照|营业执照|成立|注册|拿)"
    # The month's lookahead before the optional 年: "执照是2024年12月15号" is a full date, never
    # the year 2024 alone (the 年 left out would let the lookahead pass).
    # ("执照是2024/12/15拿的": a full date written with slashes or dots, no year alone.)
    r"|(?:执照|营业执照|成立于|注册于)\s*(?:是|于|在)?\s*((?:19|20)\d\d)(?!\s*年?\s*\d{1,2}\s*月)\s*年?(?![\d/.-])"
)
# A business's own age ("到今天刚好满一年" after "安全业务是去年这个时候开始做的").
_YEARS_OR_MONTHS = lazy_compile(
    r"(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(年|个月|月|years?|yrs?|months?)"
)


_HALF = "半"
# "一年半", "2年半", "three and a half years": a whole number of years and a half, read as
# "1.5年" so the duration is judged and shown as stated, never cut to its whole years.
_YEARS_AND_HALF = lazy_compile(
    r"(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:个)?\s*年半"
    r"|\b(\d{1,2}|one|two|three|four|five) and a half (years?|yrs?)\b"
)
_MONTH_UNITS = ("个月", "月", "month")


def _in_months(found: re.Match[str]) -> str:
    """ "一年零两个月" → "14个月", "1 year 3 months" → "15 months"."""
    if found.group(1) is not None:
        return f"{_count(found.group(1)) * 12 + _count(found.group(2))}{_MONTH_UNITS[0]}"
    return f"{int(found.group(3)) * 12 + int(found.group(4))} months"


_YEARS_THEN_MONTHS = lazy_compile(
    # ("一两年零三个月" is a range, no year count: the numeral before 年 stands alone.)
    r"(?<![\d.一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九]|十[一二三四五六七八九]?)\s*年\s*"
    r"(?:零|又)?\s*(\d{1,2}|[一二两三四五六七八九]|十[一二]?)\s*个月"
    # "1 year 3 months in the security industry", "2 years and 6 months".
    r"|(?<![\d.])(\d{1,2})\s*(?:years?|yrs?)\s*(?:and\s*|,\s*)?(\d{1,2})\s*(?:months?|mos?)\b"
)


def _count(said: str) -> int:
    """A small count in digits or Chinese numerals (十一 → 11)."""
    if said.isdigit():
        return int(said)
    import cn2an

    return int(cn2an.cn2an(said, "smart"))


# "执照13个月", "公司注册1年10个月": a licence's or company's age in months.
_LICENSE_MONTHS = lazy_compile(
    # "开公司才10个月": the company opened, so its licence, that many months ago.
    r"(?:执照|成立|营业|注册(?!资)|开了?(?:公司|企业))[^\d，,一二两三四五六七八九十]{0,6}(?<!\d)"
    r"(?:(\d{1,2})\s*年\s*(?:零)?)?(\d{1,3})\s*个月"
    r"|\blicen[cs]e[sd]?\b[^,.\d]{0,20}?()(\d{1,3}) months\b"
)
# The clause before names the licence or the company's founding ("营业执照去年才办的"): a bare
# count after it ("到现在一年多一点") is the licence's age.
_LICENCE_CLAUSE = lazy_compile(
    r"执照|成立|注册(?!资)|\b(licen[cs]e[ds]?|founded|established|incorporated)\b"
)
# The licence's word put before a bare count read as the licence's age.
_LICENCE_PREFIX = "执照"
# "营业执照去年才办的", "去年成立的": the licence dated by the year before this one.
_LAST_YEAR = lazy_compile(r"去年[^，,]{0,8}(执照|办|注册|成立|拿)|(执照|成立|注册)[^，,]{0,6}去年")
_OTHER_PAPER = lazy_compile(r"认证|证书|资质|acp|\bcertif")


@dataclass
class StatedProfile:
    """What the vendor states, as profile values (rules/profile.py's canonical kinds)."""

    values: dict[str, Any] = field(default_factory=dict)
    # A licence year (or year and month) said without its day, kept apart as its first and last
    # day: judged only when the whole span gives one verdict.
    license_range: tuple[date, date] | None = None
    year_only: bool = False
    # The head count said beside a smaller insured count ("25人，只有10人交社保").
    fewer_insured: bool = False
    # "30 engineers but they are contractors": the head count said, none of it the team the
    # guide counts (SPEC decision 4: staff on the company's social insurance).
    contracted: int | None = None
    # "今天2026年12月1日": the day the vendor counts from.
    as_of: date | None = None
    # Support stated as days and a clock span (support_hours.py): (days, hours) by key.
    support_said: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Support stated in words that cover no level ("只有工作日上午"): those words, by key.
    support_words: dict[str, str] = field(default_factory=dict)
    # Support said absent in the vendor's own words ("没有专门的售后技术团队"), by key.
    support_lacks: dict[str, str] = field(default_factory=dict)
    # Markets whose experience came from a clause naming no line of business ("做了8年").
    generic_experience: set[str] = field(default_factory=set)

    def profile(self) -> dict[str, Any]:
        return dict(self.values)


def _number(text: str) -> Decimal | None:
    if text.replace(".", "", 1).isdigit():
        return Decimal(text)
    if text == _HALF:
        return Decimal("0.5")
    if text in CN_DIGITS:
        return Decimal(CN_DIGITS[text])
    if len(text) == 2 and CN_DIGITS.get(text[0]) == 10 and text[1] in CN_DIGITS:
        return Decimal(10 + CN_DIGITS[text[1]])
    return None


def _with_halves(text: str) -> str:
    """Text with each "X年半" / "X and a half years" as "X.5年" / "X.5 years"."""

    def whole(found: re.Match[str]) -> str:
        said = found.group(1) or _english_small(found.group(2))
        value = _number(said)
        if value is None:
            return found.group(0)
        if found.group(1):  # "一年半" → "1.5年": the unit kept, its half dropped
            rest = found.group(0)[found.end(1) - found.start(0) :]
            return f"{value}.5" + rest.replace(_HALF, "").replace(" ", "")
        return f"{value}.5 {found.group(3)}"

    return with_years_and_more(_YEARS_AND_HALF.sub(whole, text))


def _english_small(word: str) -> str:
    return {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}.get(word, word)


def _duration_years(clause: str) -> Decimal | None:
    """The years of experience a clause states: the duration its experience words measure
    ("执照才半年 做了两年" → 2), never the licence's age beside them."""
    found = duration_for_experience(clause)
    if found is None:
        return None
    value = _number(found[0])
    if value is None:
        return None
    unit = found[1]
    years = value / 12 if unit.startswith(_MONTH_UNITS) else value
    if experience_duration_under(clause) and years > UNDER_MARGIN:
        # "建站经验还不到一年": just short of the year, so 满1年 fails and it is shown "不到1年".
        return years - UNDER_MARGIN
    return years


def _business_years(clause: str, today: date) -> Decimal | None:
    """How long a line of business has run, said with no experience word ("到今天刚好满一年"),
    or from the day it started ("2025年12月1日开始做API业务的": to today, whole months)."""
    started = [day for day in dates_mentioned(clause, today) if day <= today]
    if started:
        return Decimal(age_in_months(started[0], today)) / 12
    found = _YEARS_OR_MONTHS.search(clause)
    value = _number(found.group(1)) if found else None
    if found is None or value is None or value >= _NO_DURATION_YEARS:
        # ("2025年开始做的": a calendar year, no count of years.)
        return None
    if quotes_requirement(clause, found.start(), found.end()):
        # "the security market's 1 year of experience": the rule's figure, not the business's.
        return None
    return value / 12 if found.group(2).startswith(_MONTH_UNITS) else value


# A figure this large before 年 is a calendar year, never how many years a business has run.
_NO_DURATION_YEARS = 1900


def _experience_market(clause: str, markets: list[str]) -> str | None | bool:
    """The market whose experience the clause states: one of `markets`, False for a market not
    asked (never used for another), None when it names no market."""
    from bot.conversation.interpret import experience_markets

    clause = without_generic_service(_MARKET_HEADING.sub("", clause))
    named = [m for m in [*find_markets_in_text(clause), *experience_markets(clause)]]
    if not named:
        return None
    for market in named:
        if market in markets:
            return market
    return False


def _own_line(market: str) -> bool:
    """Whether the market's experience condition names its own line of business (该行业,
    大数据行业, 建站业务), not service experience in general."""
    return any(
        condition.key == "experience_years" and _LINE_WORDS.search(condition.seed_text)
        for condition in get_market(market).conditions
    )


_LINE_WORDS = lazy_compile(r"行业|业务")


# A marketing or sales team ("营销团队有5个人"), with no technical or support staff beside it.
_OTHER_TEAM = lazy_compile(
    r"(营销|销售|市场推广|推广|策划)(团队|人员|部门|部|组)|\b(marketing|sales) (team|people|staff|department)\b"
)
_TECH_OR_SUPPORT = lazy_compile(
    r"技术|客服|研发|开发|售后|\b(tech\w*|support|engineers?|developers?)\b"
)


def _team_count(clauses: list[str]) -> tuple[int | None, bool | None]:
    """(the team the guide counts, whether the staff are on social insurance): an insured
    count wins over a head count ("25人，但只有10人交社保" → 10)."""
    insured: int | None = None
    total: int | None = None
    proof: bool | None = None
    outside = 0
    for clause in clauses:
        counts = [int(next(g for g in m.groups() if g)) for m in _COUNT.finditer(clause)]
        bare = _BARE_INSURED.search(clause)
        if bare and int(bare.group(1)) not in counts:
            counts.append(int(bare.group(1)))  # "25 staff but only 12 are on our social insurance"
        on_insurance = bool(_INSURED.search(clause))
        not_insured = bool(_NOT_INSURED.search(clause))
        # "社保缴费表暂时提供不了" names the statement before its lack.
        if _NO_STATEMENT.search(clause) or lacks_statement(clause):
            proof = False
            continue
        if counts and _OTHER_TEAM.search(clause) and not _TECH_OR_SUPPORT.search(clause):
            continue  # "我们营销团队有5个人": a marketing team, not the one the guide counts
        if not_insured and counts and total is not None:
            outside += counts[0]  # "30个人，其中12个是外包": not the company's insured staff
            continue
        if not_insured and not counts and total is not None and _SOME_OF_THEM.search(clause):
            # "人是有30个，但一半是外包的": part of the head count is not the company's insured
            # staff, so the count left is not known (fix31b).
            outside += 1
            continue
        if on_insurance and not not_insured:
            proof = True if proof is None else proof
            if counts:
                insured = counts[-1] if _ONLY.search(clause) or insured is None else insured
        elif on_insurance and not_insured and not counts:
            proof = False
        elif counts and total is None and not not_insured and _TEAM_WORDS.search(clause):
            total = counts[0]
    if insured is None and total is not None and outside:
        return None, proof  # a count left after the outsourced: the per-fact answers show it
    return (insured if insured is not None else total), proof


# "一半是外包的", "most are contractors": a part of the staff, no count.
_SOME_OF_THEM = lazy_compile(
    r"一半|部分|一些|有些|有的|不少|多数|少数|大多|好几个"
    r"|\b(half|some|most|many|part|several|a few) (of (them|us|our staff|the team) )?(are|is|were)\b"
)
# "only 12 are on our social insurance", "12 of them are insured": a count with no noun.
_BARE_INSURED = lazy_compile(
    r"\b(\d{1,4}) (?:of (?:them|us|those) )?(?:are|is|were) (?:on|covered by|insured|enrolled)"
    r"(?= [^,.;]{0,30}(?:social[ -]?insurance|payroll)|\b)"
)
_TEAM_WORDS = lazy_compile(
    r"人|团队|员工|技术|客服|team|staff|people|employees|engineers|headcount"
)


# Support hours however written: "5x8", "24/7", "工作日9-18点", "朝九晚六", "business hours".
_LEVEL = lazy_compile(
    r"[57]\s*[x*×]\s*(?:8|24)|24\s*[/x*×]\s*7|[57]\s*天\s*(?:8|24)\s*小时"
    r"|全天候|工作日|工作时间|上班时间|朝九晚[五六]"
    r"|周一(?:到|至|-|~)周五|全年无休|24\s*小时|\b(?:business|office|working) hours\b"
    r"|\bweekdays?\b|\bwork ?days?\b|\bmon(?:day)?\s*(?:-|–|—|to)\s*(?:fri|sat)(?:day|urday)?\b"
    r"|\b(?:a)?round[- ]the[- ]clock\b|\b24[- ]hours?\b|\b24x7\b"
)
_ONLINE = lazy_compile(r"在线|客服|online|customer[ -]?service|\bcs\b")
_AFTERSALES = lazy_compile(r"售后|技术服务|技术支持|after[ -]?sales|technical")
_SUPPORT_KEYS = ("aftersales_support", "online_cs")
# Facts only a registered company has: it is the 正规的公司资质 every market asks for.
_COMPANY_FACTS = lazy_compile(
    r"正规|有限公司|成立|营业执照|执照|注册资金|注册资本|合法经营|依法经营|合法注册|依法注册"
    r"|\b(founded|established|incorporated|licen[cs]ed?|registered capital|capital"
    r"|(registered|legal|lawful|licensed) (company|business|entity))\b"
)
_ASKING = lazy_compile(
    r"吗|么|[?？]|能否|是否|能不能|可不可以|够不够|满足不|符合不|行不行"
    r"|\b(can|could|do|does|are|is|am)\s+(we|i|they|it|that|this)\b"
)


def _support_keys(clause: str, keys: set[str]) -> list[str]:
    """The support conditions a level in the clause is stated for."""
    wanted = [k for k in _SUPPORT_KEYS if k in keys]
    online, aftersales = bool(_ONLINE.search(clause)), bool(_AFTERSALES.search(clause))
    if online != aftersales:
        chosen = "online_cs" if online else "aftersales_support"
        return [chosen] if chosen in wanted else []
    return wanted


def _license_in(clause: str, stated: StatedProfile, today: date, by_years: bool) -> bool:
    """Reads the licence's age or date a clause states into `stated`; whether it stated one.
    Years counted by the vendor ("到今天刚好满一年") win over a date read before."""
    values = stated.values
    months = _LICENSE_MONTHS.search(clause)
    if months and not by_years:
        years, count = months.group(1) or months.group(3), months.group(2) or months.group(4)
        count = int(years or 0) * 12 + int(count)
        values["license_date"] = add_months(today, -count)
        return True
    years = _LICENSE_YEARS.search(clause)
    if years and _YEARS_ASKED_AFTER.match(clause, years.end()):
        # "按新执照日期算的话够2年吗": the rule's years asked of the date, not the licence's age.
        years = None
    if years and not by_years:
        value = _number(_english_small(next(g for g in years.groups() if g)))
        if value is not None and value == int(value):
            values["license_date"] = add_years(today, -int(value))
        elif value is not None and value * 12 == int(value * 12):
            values["license_date"] = add_months(today, -int(value * 12))  # "一年半" → 18 months
        return True
    if "license_date" in values:
        return False
    if _LAST_YEAR.search(clause) and not _OTHER_PAPER.search(clause):
        # ("阿里云生态认证去年拿了": a certification got last year, not the licence.)
        stated.license_range = (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        stated.year_only = True
        return True
    since = _SINCE_YEAR.search(clause)
    if since:
        year = int(next(g for g in since.groups() if g))
        stated.license_range = (date(year, 1, 1), date(year, 12, 31))
        stated.year_only = True
        return True
    month = (
        _YEAR_MONTH.search(clause)
        or _LICENCE_THEN_MONTH.search(clause)
        or _MONTH_YEAR_EN.search(clause)
    )
    if month and not _DAY.search(clause):
        year, number = _year_and_month(month)
        if 1 <= number <= 12:
            last = calendar.monthrange(year, number)[1]
            stated.license_range = (date(year, number, 1), date(year, number, last))
            return True
    return False


_AND = lazy_compile(r"\s+and\s+(?=[a-z ]{2,30}\b\d)|(?<=\d[年月])和(?=\D{2,12}\d)")


def read_stated(question: str, markets: list[str], today: date) -> StatedProfile:
    """The profile slots the question states for the asked markets' conditions."""
    from bot.answers.verdicts import clause_state
    from bot.conversation.forms import EligibilityForm
    from bot.conversation.interpret import (
        FieldRefused,
        UnclearAnswer,
        read_industry,
        read_support,
    )

    # "核心成员之前在别的公司做了5年": the people's years elsewhere are not the company's.
    norm = _with_halves(normalize(without_people_elsewhere(question)))
    # "做了一年零两个月": one duration, 14个月 (not a year, then two months).
    norm = _YEARS_THEN_MONTHS.sub(_in_months, norm)
    clauses = []
    for clause in _CLAUSES.split(norm):
        if not clause or not clause.strip():
            continue
        # "执照5年、注册资金1000万、60人交社保": a list of facts with figures, one per item
        # ("营业执照、税务登记证、组织机构代码证都有" is one fact).
        parts = clause.split("、")
        if len(parts) == 1:
            # "website building 3 years and API work only 6 months": two lines, each with its
            # own figure, joined by "and" / 和.
            parts = _AND.split(clause)
        figured = sum(1 for part in parts if re.search(r"\d", part))
        for part in parts if figured >= 2 else [clause]:
            clauses.extend(spaced_clauses(part))
    # "API市场要求5*8小时售后": the rule said back is no level of the vendor's own, and it
    # must not hide the vendor's own span in the same sentence ("只有工作日上午9点到12点").
    own_norm = norm
    for quoted in (c.strip() for c in clauses if c.strip() and _QUOTES_RULE.search(c)):
        own_norm = own_norm.replace(quoted, " ")
    clauses = [c.strip() for c in clauses if c.strip() and not _QUOTES_RULE.search(c)]
    conditions = [c for m in markets for c in get_market(m).conditions]
    keys = {c.key for c in conditions}
    form = EligibilityForm(markets, {}, today)
    stated = StatedProfile()
    values = stated.values
    experience: dict[str, Decimal] = {}
    named_experience: dict[str, Decimal] = {}  # a market's own line named wins (set last)
    by_years = False  # "到今天刚好满一年": the vendor's own count of years wins over a date
    whole, proof = _team_count([c for c in clauses if not _ACP.search(c)])
    # "6个研发加3个客服", "员工12人，技术和客服占9个": the team the guide counts (staff_parts.py);
    # the company's head count stays its employees (零售通).
    parts = team_in_parts_mentioned(norm)
    # "…一共28人，不过只有12个人在公司交社保": the insured count is the team (SPEC decision 4).
    only_insured = any(_ONLY.search(c) and _INSURED.search(c) for c in clauses)
    team = parts if parts is not None and not only_insured else whole
    if "team_size" in keys and team is not None and team == whole and contracted_team(question):
        # "we have 30 engineers but they are contractors": none of them on the company's social
        # insurance, so no team the guide counts; shown as said (profile_verdict._shown).
        stated.contracted = team
        values["team_size"] = 0
    elif "team_size" in keys and team is not None:
        values["team_size"] = team
        stated.fewer_insured = any(
            team < int(next(g for g in m.groups() if g))
            for c in clauses
            for m in _COUNT.finditer(c)
            if not _ACP.search(c)
        )
    if "employees" in keys and team is not None:
        values["employees"] = max(team, whole) if whole is not None else team
    if "social_insurance_proof" in keys and proof is not None:
        values["social_insurance_proof"] = proof
    for sentence, (level, days, hours) in support_sentences(own_norm):
        # "每天早8点到晚8点，一年365天不休息": the level those days and hours cover.
        for key in _support_keys(sentence, keys):
            values.setdefault(key, level)
            stated.support_said.setdefault(key, (days, hours))
    previous = ""
    for clause in clauses:
        # "安全业务是去年这个时候开始做的，到今天刚好满一年": the business's age, not the licence's.
        before, previous = previous, clause
        clause = with_founding_age(clause, before)
        business = is_business_duration(clause, before)
        licensed = (
            not business and "license_date" in keys and _license_in(clause, stated, today, by_years)
        )
        if (
            not licensed
            and not business
            and "license_date" in keys
            and is_bare_count(clause)
            and _LICENCE_CLAUSE.search(before)
        ):
            # "营业执照去年才办的，到现在一年多一点": the count is the licence's age.
            licensed = _license_in(_LICENCE_PREFIX + clause, stated, today, False)
        by_years = by_years or (licensed and _LICENSE_YEARS.search(clause) is not None)
        duration = None if licensed else _duration_years(clause)
        if duration is None and business:
            duration = _business_years(clause, today)
        lacked = duration is None and EXPERIENCE_LACKED.search(clause)
        if (duration is not None or lacked) and "experience_years" in keys:
            # "做了两年", "no big-data experience" (none of that line's): a market's own line
            # named wins over experience said in general ("三年软件外包，没有大数据经验"); a
            # business's age names its line in the clause before ("安全业务…开始做的，刚好满一年").
            source = before if business and not names_business(clause) else clause
            market = _experience_market(source, markets)
            # "2年IT服务经验" for the Security market: another line, not its industry's.
            other = market is None and OTHER_LINE.search(clause) is not None
            targets = [market] if market else [m for m in markets if not (other and _own_line(m))]
            if other and not market:
                # …and none in the line a market names: none of that market's experience.
                for target in markets:
                    if _own_line(target):
                        experience.setdefault(target, Decimal(0))
            if market is not False and targets:
                years = duration if duration is not None else Decimal(0)
                for target in targets:
                    if market and lacked:
                        named_experience[target] = years  # "没有大数据经验" said outright
                    else:
                        (named_experience if market else experience).setdefault(target, years)
                continue
        if _TODAY.search(clause):
            said = dates_mentioned(clause, today)
            if len(said) == 1 and stated.as_of is None:
                stated.as_of = said[0]
                continue
        if "registered_capital" in keys and "registered_capital" not in values:
            capital = capital_mentioned(clause)
            if capital is not None:
                values["registered_capital"] = capital
        lack = _NO_SUPPORT.search(clause)
        if lack and not _LEVEL.search(clause):
            # "没有单独的售后技术服务": no level of that service, restated as said.
            for key in _support_keys(clause, keys):
                values.setdefault(key, "none")
                if values[key] == "none":
                    stated.support_lacks.setdefault(key, clause[lack.start() :].strip(" 。."))
        if _LEVEL.search(clause):
            try:
                # "在线客服只有工作日上午": the working days, but half of each: no level.
                half = half_day_only(clause)
                level = "none" if half else read_support(clause).value
                if half:
                    for key in _support_keys(clause, keys):
                        stated.support_words.setdefault(key, half)
            except (FieldRefused, UnclearAnswer):
                level = None
            for key in _support_keys(clause, keys) if level else []:
                values.setdefault(key, level)
        if _ASKING.search(clause):
            continue  # "需不需要有客户案例": a rule asked, nothing the vendor has
        if "industry" in keys and "industry" not in values:
            try:
                industry = read_industry(clause).value
            except (FieldRefused, UnclearAnswer):
                industry = None
            if industry and (industry != "other" or _INDUSTRY_CUE.search(clause)):
                values["industry"] = industry
        for condition in conditions:
            # The words of a yes/no condition read within its own clause first ("API
            # integration skills - but no customer case": the "no" is the case's).
            if condition.key in values or condition.check != "true" or condition.key in _READ_APART:
                continue
            state = clause_state(clause, condition)
            if state is not None:
                values[condition.key] = state == "has"
        for condition in conditions:
            # "有1688会员账号，但是还没做企业名称认证": a lack said anywhere wins over a has.
            if condition.check == "true" and values.get(condition.key) is True:
                if clause_state(clause, condition) == "lacks":
                    values[condition.key] = False
        acp = next((c for c in conditions if c.key == "acp_engineers"), None)
        if (
            acp is not None
            and _ACP.search(clause)
            and (
                clause_state(clause, acp) == "lacks"
                or _NO_ACP.search(clause)
                or _PENDING_ACP.search(clause)
            )
        ):
            values["acp_engineers"] = 0  # "没有ACP", "no ACP engineer", "没有一人考过ACP"
        if acp is not None and _OTHER_ACP_TRACK.search(norm) and not _ELASTIC_COMPUTE.search(norm):
            # "2 ACP engineers, both ACP Big Data, not Elastic Compute": the guide's ACP is the
            # Elastic Compute one; another track's holders are none of it.
            values["acp_engineers"] = 0
        for slot in form.candidates(clause):
            key = slot.partition(":")[0]
            if key in (*_READ_APART, *_SUPPORT_KEYS) or key in values or key not in keys:
                continue
            if licensed and key == "license_date":
                continue
            if key == "acp_engineers" and _OTHER_CERT.search(clause):
                continue  # "2个ACA认证工程师": another certificate, no ACP holder
            try:
                reading = form.read(slot, clause)
            except (FieldRefused, UnclearAnswer):
                continue
            if not (reading.approximate or reading.implausible):
                values[key] = reading.value
    # Markets whose experience came only from a clause naming no line of business.
    generic = {market for market in experience if market not in named_experience}
    experience.update(named_experience)
    if experience:
        values["experience_years"] = experience
        stated.generic_experience = generic
    said = list(dict.fromkeys(dates_mentioned(norm, today)))  # one date said twice is one date
    if stated.as_of is None and len(said) == 2 and values.get("license_date") == said[0]:
        stated.as_of = said[1]  # "issued 2019-06-15; on 2021-06-14, does it meet …"
    if (
        "legal_entity" in keys
        and "legal_entity" not in values
        and (
            "license_date" in values
            or stated.license_range
            or _COMPANY_FACTS.search(norm)
            # Staff on the company's social insurance, its statement to give: an employer, a
            # registered company (SPEC decision 4's statement is the company's own).
            or values.get("social_insurance_proof") is True
        )
    ):
        values["legal_entity"] = True
    return stated


# "数据智能市场：做了四年ERP实施": the market asked about, heading the facts, is no line of
# business the experience is in.
_MARKET_HEADING = lazy_compile(r"^[^：:，,]{0,14}(市场|集市|market)\s*[：:]")
_INDUSTRY_CUE = lazy_compile(
    r"行业|领域|做(?!完|好|过)[^，,]{1,12}的|\bindustry\b|\bsector\b|\bwe (build|make|sell|develop|do)\b"
    r"|\b(company|vendor|firm|business)\b"
)
# "服务市场要求满2年", "零售通要求注册资金超过100万": the rule quoted, nothing stated.
_QUOTES_RULE = lazy_compile(
    r"要求|规定|门槛|标准是|条件是|\b(requires?|requirement|rule says|must have)\b"
    # "安全市场要一年以上安全行业经验", "the market wants 2+ years": the rule said back.
    r"|(市场|集市|类目)(要|需要|得)|(?<!不)(?<!需)要[^，,。\d]{0,2}[\d一二两三四五六七八九十]+\s*(个)?\s*(年|月)以上"
    r"|\bmarket (needs|wants|asks for)\b"
    # "do we have to be 24/7?" (holdout56 #50: read as 7x24 stated): whether it is required.
    r"|\b(do|does|must|should) (we|i|it|they) (have to|need to) be\b|\b(have to|need to) be\b.*\?"
)
# "营业执照是2025年6月办的": a year and month, no day.
_YEAR_MONTH = lazy_compile(
    r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:份)?[^，,]{0,8}(执照|成立|注册|办|拿|发)"
)
_MONTHS_EN = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
)  # fmt: skip
# "执照2023年5月", "营业执照是2024年12月的": the licence's word before its year and month.
_LICENCE_THEN_MONTH = lazy_compile(
    r"(?:执照|成立于|注册于)[^，,\d]{0,4}((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?!\s*\d)"
)
_MONTH_YEAR_EN = lazy_compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b"
)


def _year_and_month(found: re.Match[str]) -> tuple[int, int]:
    if found.group(1).isdigit():
        return int(found.group(1)), int(found.group(2))
    return int(found.group(2)), _MONTHS_EN.index(found.group(1)) + 1


_DAY = lazy_compile(r"\d\s*(日|号)")
_NO_ACP = lazy_compile(
    r"(没有|没|无|暂无|还没有?)[^，,。]{0,12}(acp|认证工程师)|\b(no|zero|none of (us|our))\b[^,.]{0,20}"
    r"(acp|certified engineers?)"
    # "一个ACP都没有", "ACP一个也没有": not one.
    r"|(acp|认证工程师)[^，,。]{0,6}(都|也)(没有?|无)"
    r"|(一个|一名|一位|1个|1名|1位)\s*(acp|认证工程师)?[^，,。]{0,6}(都|也)(没有?|无)"
)
# "ACP还在备考", "our ACP exam is scheduled next month", "nobody certified yet": no holder yet.
_PENDING_ACP = lazy_compile(
    r"acp[^，,。]{0,6}(备考|考试中|在考|准备考|没考|未考|还没过|没通过)|(备考|准备考|还没考|没考过)[^，,。]{0,6}acp"
    r"|\bacp (exam|test)\b[^,.]{0,30}\b(scheduled|next|pending|booked|upcoming|not yet)\b"
    r"|\b(nobody|no one|none of us)\b[^,.]{0,10}\b(is |are |has |have )?(been )?(acp[- ])?certified\b"
)
_NO_SUPPORT = lazy_compile(
    r"(没有|没|无|不提供|不做)[^，,。\d]{0,8}(售后|客服)|\b(no|don't have|do not have|without)\b"
    r"[^,.\d]{0,20}(after[- ]?sales|customer[- ]service|support)"
)
_TODAY = lazy_compile(r"今天|今日|\btoday\b|\bas of\b")
_ACP = lazy_compile(r"acp|认证工程师|certified engineer")
# Read from the whole message above (a count on social insurance is the team's).
_READ_APART = (
    "team_size",
    "employees",
    "social_insurance_proof",
    "experience_years",
    "legal_entity",
)
# An ACP of another track than Elastic Compute ("ACP Big Data", "大数据ACP", "ACP云安全").
_OTHER_ACP_TRACK = lazy_compile(
    r"acp[^，,。.;；]{0,12}(大数据|big data|数据库|database|安全|security|网络|network|人工智能"
    r"|\bai\b|云原生|cloud native|devops|物联网|\biot\b)"
    r"|(大数据|big data|数据库|database|云安全|cloud security|人工智能|云原生|cloud native)[^，,。.;；]{0,6}acp"
)
_ELASTIC_COMPUTE = lazy_compile(
    r"(?<!不是)(?<!非)弹性计算|(?<!not )elastic comput\w*|(?<![a-z])ecs(?![a-z])"
)
_OTHER_CERT = lazy_compile(r"(?<![a-z])aca(?![a-z])|\bacp\s*(考试|在考|备考)")
