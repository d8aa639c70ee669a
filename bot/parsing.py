"""Input as people type it, turned into canonical values (pure functions).

Every parser raises only `ParseError` (with a Chinese and an English message saying what was
expected, with an example) — never anything else, whatever the input.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from bot.lazy_re import lazy_compile
from bot.texts import pair

MAX_INPUT_CHARS = 100  # an answer to one question; anything longer is surely not a number


class ParseError(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


def _error(key: str, **values: object) -> ParseError:
    return ParseError(*pair(key, **values))


def _said(text: str) -> str:
    """What the vendor typed, as quoted back in an error: at most 40 characters, cut at a word's
    end with "…" (never "the website bu" — black-box 46, D18)."""
    return quoted_back(text)


def quoted_back(text: str, limit: int = 40) -> str:
    said = text.strip()
    if len(said) <= limit:
        return said
    cut = said[:limit]
    if said[limit].isascii() and said[limit].isalnum() and " " in cut:
        cut = cut[: cut.rindex(" ")]  # an English word is not broken in two
    return cut.rstrip(" ,，") + "…"


def _clean(text: str, kind: str) -> str:
    """NFKC (full-width digits and letters → ASCII), trimmed, lower-case, bounded. `kind`
    names what is asked for (parse.what.<kind> and parse.example.<kind> in bot/texts.py)."""
    what = pair(f"parse.what.{kind}")
    example = pair(f"parse.example.{kind}")
    if not isinstance(text, str):
        raise _error("parse.give", what=what, example=example)
    # "俩年", "俩人" (black-box s53 D15): 俩 is spoken 两 (two).
    normalized = unicodedata.normalize("NFKC", text).strip().casefold().replace("俩", "两")
    if not normalized:
        raise _error("parse.nothing_given", what=what, example=example)
    if len(normalized) > MAX_INPUT_CHARS:
        raise _error("parse.too_long", what=what, example=example)
    return normalized


_DECIMAL = lazy_compile(r"[+-]?\d+(?:\.\d+)?")


# Two neighbouring digits in rising order: a range said in words ("三四十", "二十五六").
_SPOKEN_RANGE_DIGITS = lazy_compile(
    r"一[二两]|[一两]三|二[三四]|三[四五]|四[五六]|五[六七]|六[七八]|七[八九]|八九"
)


_COLLOQUIAL_NUMERALS = str.maketrans({"仨": "三", "俩": "两"})


def _to_decimal(text: str) -> Decimal | None:
    """ASCII number ("1.5", "1000000") or Chinese numerals ("一百万", "壹佰万", "一点五")."""
    # ("仨", "俩": three and two as people say them — holdout96 #83.)
    text = text.translate(_COLLOQUIAL_NUMERALS)
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    if not text or re.search(r"[a-z]", text):
        return None
    if _SPOKEN_RANGE_DIGITS.search(text):
        return None  # "三四" / "两三" is a range (3 or 4), never read digit by digit as 34
    import cn2an  # slow to import (pkg_resources); only number-reading turns need it

    try:
        value = cn2an.cn2an(text, "smart")
    except Exception:  # cn2an signals unparseable text with assorted exception types
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _tidy(value: Decimal) -> Decimal:
    """1000000 rather than 1E+6 or 1000000.00; 1.5 rather than 1.50."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


_MONEY_UNITS: tuple[tuple[str, int], ...] = (
    ("billion", 1_000_000_000),
    ("millions", 1_000_000),
    ("million", 1_000_000),
    ("mn", 1_000_000),
    ("m", 1_000_000),
    ("thousand", 1_000),
    ("亿", 100_000_000),
    ("千万", 10_000_000),
    ("百万", 1_000_000),
    ("万", 10_000),
    ("w", 10_000),
    ("千", 1_000),
    ("k", 1_000),
)
_MONEY_NOISE = lazy_compile(r"(人民币|rmb|cny|元整|元|块钱|块|圆|¥|￥|yuan|\s|,|_|整$)")

MAX_MONEY = Decimal(10) ** 15  # far above any registered capital, well inside Decimal precision


def parse_money(text: str) -> Decimal:
    """CNY amount: "100万", "一百万", "壹佰万元", "1,000,000", "1.5亿", "50w", "10万元人民币",
    "1 million", "RMB 2.5 million"."""
    cleaned = _clean(text, "money")
    body = _MONEY_NOISE.sub("", cleaned)
    if body.startswith("-") or body.startswith("负"):
        raise _error("parse.money.negative")
    multiplier = 1
    number_part = body
    for unit, factor in _MONEY_UNITS:
        if body.endswith(unit) and _DECIMAL.fullmatch(body[: -len(unit)] or "x"):
            number_part, multiplier = body[: -len(unit)], factor
            break
    value = _to_decimal(number_part)
    if value is None:
        raise _error("parse.money.invalid", said=_said(text))
    amount = value * multiplier
    if amount > MAX_MONEY:
        # Also keeps quantize() below inside Decimal's 28-digit context.
        raise _error("parse.money.too_large")
    if amount < 0:
        raise _error("parse.money.negative")
    if amount != amount.quantize(Decimal("0.01"), rounding=ROUND_DOWN):
        raise _error("parse.money.decimals")
    return _tidy(amount)


_COUNT_SUFFIX = lazy_compile(
    # ("就俩员工", review 64 N1: "not a whole number".)
    r"(个员工|名员工|位员工|员工|个人|人|个|名|位|people|persons|person|staff|employees)$"
)
# "有，30人", "约30人", "大概三十个左右", "about 30": the hedge is dropped, the number kept.
_COUNT_HEDGE_BEFORE = lazy_compile(
    r"^(?:有|约|大约|大概|差不多|将近|接近|共有|共|一共|总共|目前有|目前|现有|现在有|我们|就|只有|只|仅有|仅|才|"
    r"about|around|approximately|approx\.?|roughly|~|≈)"
)
_COUNT_HEDGE_AFTER = lazy_compile(r"(?:左右|上下)$")


# A comma between digits that is no thousands separator (three digits after it, then no more).
_NOT_THOUSANDS = lazy_compile(r"\d,(?!\d{3}(?!\d))(?=\d)")


def parse_int(text: str, *, minimum: int = 0, maximum: int = 1_000_000) -> int:
    """A whole count: "20", "二十", "20人", "二十个", "有，30人", "约30人"."""
    cleaned = _clean(text, "int")
    if _NOT_THOUSANDS.search(cleaned):
        # "2,7,9,5" is a list of numbers (menu picks), never 2795 (black-box 48).
        raise _error("parse.int.invalid", said=_said(text))
    body = re.sub(r"[\s,:]", "", cleaned)
    while (hedge := _COUNT_HEDGE_BEFORE.match(body)) and hedge.end() < len(body):
        body = body[hedge.end() :]
    body = _COUNT_SUFFIX.sub("", _COUNT_HEDGE_AFTER.sub("", body))
    value = _to_decimal(body)
    if value is None:
        raise _error("parse.int.invalid", said=_said(text))
    if value != value.to_integral_value():
        raise _error("parse.int.decimals")
    number = int(value)
    if number < minimum:
        raise _error("parse.int.below", minimum=minimum)
    if number > maximum:
        raise _error("parse.int.above", maximum=maximum)
    return number


_YEAR_SUFFIX = lazy_compile(r"(年多|年以上|年|years|year|yrs|yr|y)$")
_MONTH_SUFFIX = lazy_compile(r"(个月|月|months|month|mos|mo)$")
MAX_YEARS = 200


_YEARS_AND_MONTHS = re.compile(r"(.{1,4}?)年(?:零|又)?(.{1,3}?)个?月")


def months_as_years(months: Decimal) -> Decimal:
    """Months in years to the hundredth, rounded to the nearest (8 months is 0.67, black-box
    s64 D15: shown as 0.66) but never up to a whole year not reached (11.99 months stay 0.99)."""
    exact = months / 12
    nearest = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if nearest == nearest.to_integral_value() and nearest > exact:
        return exact.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return nearest


def parse_years(text: str) -> Decimal:
    """Years: "2", "两年", "1.5年", "一年半", "半年", "18个月" → 1.5 (months are rounded to
    hundredths of a year, never up to a full year: 11 months is 0.92)."""
    cleaned = re.sub(r"\s", "", _clean(text, "years"))
    bad = _error("parse.years.invalid", said=_said(text))
    both = _YEARS_AND_MONTHS.fullmatch(cleaned)
    if both:
        # "1年10个月", "一年零三个月" (black-box s65 D14: stored as 1 year): both counted.
        whole, extra = _to_decimal(both.group(1)), _to_decimal(both.group(2))
        if whole is None or extra is None or whole < 0 or not 0 <= extra < 12:
            raise bad
        return _tidy(months_as_years(whole * 12 + extra))
    months_match = _MONTH_SUFFIX.search(cleaned)
    if months_match:
        months = _to_decimal(cleaned[: months_match.start()])
        if months is None or months < 0 or months > MAX_YEARS * 12:
            raise bad
        years = months_as_years(months)
    else:
        half = Decimal(0)
        body = cleaned
        if body in ("半年", "半"):
            body, half = "0", Decimal("0.5")
        elif body.endswith("年半"):
            body, half = body[:-2], Decimal("0.5")
        body = _YEAR_SUFFIX.sub("", body)
        value = _to_decimal(body)
        if value is None or value < 0:
            raise bad
        years = value + half
    if years > MAX_YEARS:
        raise bad
    return _tidy(years)


_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAME = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "March 1, 2019", "Mar 1 2019", "1 March 2019", "1st of March, 2019".
_ENGLISH_DATE_MDY = lazy_compile(_MONTH_NAME + r"\s*" + _DAY + r"\s*,?\s*(\d{4})")
_ENGLISH_DATE_DMY = lazy_compile(_DAY + r"\s*(?:of\s+)?" + _MONTH_NAME + r"\s*,?\s*(\d{4})")


def _date_parts(cleaned: str) -> tuple[int, int, int] | None:
    """(year, month, day) from any accepted layout, or None."""
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return year, month, day
    match = _ENGLISH_DATE_MDY.fullmatch(cleaned)
    if match:
        return int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2))
    match = _ENGLISH_DATE_DMY.fullmatch(cleaned)
    if match:
        return int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1))
    return None


def parse_date(text: str, *, today: date | None = None, allow_future: bool = False) -> date:
    """A calendar date: "2019-03-01", "2019年3月1日", "2019/3/1", "2019.3.1", "20190301",
    "March 1, 2019", "1 March 2019", "Mar 1 2019"."""
    cleaned = _clean(text, "date")
    parts = _date_parts(cleaned)
    if parts is None:
        raise _error("parse.date.invalid", said=_said(text))
    year, month, day = parts
    try:
        value = date(year, month, day)
    except ValueError:
        raise _error("parse.date.no_such_day", year=year, month=month, day=day) from None
    reference = today or date.today()
    if not allow_future and value > reference:
        raise _error("parse.date.future", date=value.isoformat())
    if value.year < 1900:
        raise _error("parse.date.too_early", date=value.isoformat())
    return value


_YES = {
    "是",
    "是的",
    "有",
    "对",
    "对的",
    "可以",
    "能",
    "可",
    "会",
    "已",
    "已经",
    "具备",
    "具有",
    "接受",
    # A typo of 接受 (same pinyin, black-box s58 D17) — "receive" answers no question asked.
    "接收",
    "同意",
    # The question's own verb said back: "支持", "提供", "符合" (round 13).
    "支持",
    "提供",
    "符合",
    "满足",
    "达标",
    "行吧",
    "好吧",
    "好",
    "好的",
    "行",
    "嗯",
    "有的",
    "是有的",
    "有呢",
    "肯定",
    "当然",
    "没错",
    "正确",
    "确实",
    "correct",
    "that's right",
    "thats right",
    "that is right",
    "that's correct",
    "right",
    "exactly",
    "yup",
    "indeed",
    "yes",
    "y",
    "yeah",
    "yep",
    # "ya" to "that would be DevOps Market, right?" (black-box 52, D11).
    "ya",
    "yah",
    "yea",
    # Typos of yes (black-box s58 D17: "yse").
    "yse",
    "yess",
    "ye",
    "yes pls",
    "yes please",
    "sure",
    "ok",
    "okay",
    # "ok的" (black-box s77 D10: "无法判断"): the mixed ok of everyday Chinese.
    "ok的",
    "ok啦",
    "ok了",
    "okok",
    "ok哒",
    "好的ok",
    "true",
    "t",
    "1",
    "✅",
    "✔",
    "✔️",
    "👍",
    "☑",
    "☑️",
    "√",
}
_NO = {
    "否",
    "不是",
    "没有",
    "没",
    "无",
    "不",
    "不对",
    "不可以",
    "不能",
    "不会",
    "未",
    "还没有",
    "还没",
    "没有的",
    "暂时没有",
    "暂时没",
    "暂无",
    "目前没有",
    "还不能",
    "暂时不能",
    "不具备",
    "不接受",
    "不同意",
    "不行",
    "不支持",
    "不提供",
    "不符合",
    "不满足",
    "不达标",
    "no",
    "n",
    "nope",
    "false",
    "f",
    "0",
    "❌",
    "✖",
    "✖️",
    "👎",
    "×",
    "x",
}


def parse_bool(text: str) -> bool:
    """Yes/no: 是/否/有/没有/对/不是/可以/不可以/能/不能/yes/no/y/n/true/false/1/0/✅/❌."""
    cleaned = _clean(text, "yes_no")
    body = re.sub(r"[\s。.!！~，,]+$", "", cleaned).strip()
    if body in _YES:
        return True
    if body in _NO:
        return False
    # "否，暂时没有" / "yes, we do": the first clause answers, the rest explains. A leading
    # number ("1,3") is not a yes/no.
    first = re.split(r"[\s。.!！~,;；:]", body, maxsplit=1)[0]
    if first and not first.isdigit():
        if first in _YES:
            return True
        if first in _NO:
            return False
    raise _error("parse.yes_no.invalid", said=_said(text))


_SUPPORT_PAIR = lazy_compile(
    r"(\d{1,2})\s*(?:天|d|days)?\s*[x*×✕✖]\s*(\d{1,2})\s*(?:小时|h|hours|hrs)?"
)
_SUPPORT_WORDS = {
    "7x24": {"全天", "全天候", "24小时", "24h", "全年无休", "24/7", "7天24小时", "全天24小时"},
    "5x8": {"工作日", "工作时间", "5天8小时", "business hours", "working hours", "工作日8小时"},
    "none": {"无", "没有", "没", "不提供", "none", "no", "0", "否"},
}


def parse_support(text: str) -> str:
    """Service hours → "none" | "5x8" | "7x24". "5*8", "5×8", "7x24", "7*24小时", "24小时",
    "工作日", "无". Another AxB that covers 5x8 (6x12) is read as 5x8 (`support_note` says so);
    one below 5x8 (5x7, 3x8) is refused: the vendor chooses, the bot does not guess "none"."""
    return _support(text)[0]


def support_note(text: str) -> tuple[str, str] | None:
    """When `text` was an AxB read as another level (6x12 → 5x8): the reading, zh and en, to
    tell the vendor. None for an exact option, or input parse_support refuses."""
    try:
        return _support(text)[1]
    except ParseError:
        return None


def _support(text: str) -> tuple[str, tuple[str, str] | None]:
    cleaned = _clean(text, "support")
    body = re.sub(r"\s+", " ", cleaned)
    for level, words in _SUPPORT_WORDS.items():
        if body in words or body.replace(" ", "") in words:
            return level, None
    match = _SUPPORT_PAIR.fullmatch(body.replace(" ", ""))
    if match:
        days, hours = int(match.group(1)), int(match.group(2))
        if 1 <= days <= 7 and 1 <= hours <= 24:
            if days == 7 and hours == 24:
                return "7x24", None
            if days == 5 and hours == 8:
                return "5x8", None
            given = f"{days}x{hours}"
            if days >= 5 and hours >= 8:
                return "5x8", tuple(pair("parse.support.read_as_5x8", given=given))
            raise _error("parse.support.not_an_option", given=given)
    raise _error("parse.support.invalid", said=_said(text))


_INDUSTRY_WORDS: dict[str, set[str]] = {
    "finance": {
        "金融",
        "finance",
        "financial",
        "银行",
        "保险",
        "证券",
        "fintech",
        "banking",
        "insurance",
    },
    "logistics": {"物流", "logistics", "快递", "仓储", "供应链"},
    "ecommerce": {"电商", "电子商务", "ecommerce", "e-commerce", "e commerce", "零售电商"},
    "government": {"政务", "政府", "government", "gov", "政务服务", "电子政务"},
    "media": {"传媒", "媒体", "media", "新媒体", "广电"},
    "iot": {"物联网", "iot", "internet of things"},
    "other": {"其他", "其它", "other", "others", "都不是", "none of these"},
}


def parse_industry(text: str) -> str:
    """Industry → finance | logistics | ecommerce | government | media | iot | other."""
    cleaned = _clean(text, "industry")
    body = re.sub(r"(行业|industry|sector)$", "", cleaned).strip()
    for industry, words in _INDUSTRY_WORDS.items():
        if body in words or cleaned in words:
            return industry
    raise _error("parse.industry.invalid", said=_said(text))
