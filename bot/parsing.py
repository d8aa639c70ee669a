"""Input as people type it, turned into canonical values (pure functions).

Every parser raises only `ParseError` (with a Chinese and an English message saying what was
expected, with an example) — never anything else, whatever the input.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import ROUND_DOWN, Decimal, InvalidOperation

MAX_INPUT_CHARS = 100  # an answer to one question; anything longer is surely not a number


class ParseError(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


def _clean(text: str, zh_what: str, en_what: str, zh_example: str, en_example: str) -> str:
    """NFKC (full-width digits and letters → ASCII), trimmed, lower-case, bounded."""
    if not isinstance(text, str):
        raise ParseError(
            f"请输入{zh_what}，例如 {zh_example}", f"Please give {en_what}, e.g. {en_example}"
        )
    normalized = unicodedata.normalize("NFKC", text).strip().casefold()
    if not normalized:
        raise ParseError(
            f"没有收到内容：请输入{zh_what}，例如 {zh_example}",
            f"Nothing was given: please give {en_what}, e.g. {en_example}",
        )
    if len(normalized) > MAX_INPUT_CHARS:
        raise ParseError(
            f"内容太长：请只输入{zh_what}，例如 {zh_example}",
            f"That is too long: please give just {en_what}, e.g. {en_example}",
        )
    return normalized


_DECIMAL = re.compile(r"[+-]?\d+(?:\.\d+)?")


def _to_decimal(text: str) -> Decimal | None:
    """ASCII number ("1.5", "1000000") or Chinese numerals ("一百万", "壹佰万", "一点五")."""
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    if not text or re.search(r"[a-z]", text):
        return None
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
_MONEY_NOISE = re.compile(r"(人民币|rmb|cny|元整|元|块钱|块|圆|¥|￥|yuan|\s|,|_)")

MAX_MONEY = Decimal(10) ** 15  # far above any registered capital, well inside Decimal precision
MONEY_ZH = "金额（元），例如 100万、一百万、1,000,000"
MONEY_EN = "an amount in CNY, e.g. 100万 or 1,000,000"


def parse_money(text: str) -> Decimal:
    """CNY amount: "100万", "一百万", "壹佰万元", "1,000,000", "1.5亿", "50w", "10万元人民币",
    "1 million", "RMB 2.5 million"."""
    cleaned = _clean(text, "金额（元）", "an amount in CNY", "100万", "1,000,000")
    body = _MONEY_NOISE.sub("", cleaned)
    if body.startswith("-") or body.startswith("负"):
        raise ParseError(
            f"金额不能为负数：请输入{MONEY_ZH}", f"The amount cannot be negative: give {MONEY_EN}"
        )
    multiplier = 1
    number_part = body
    for unit, factor in _MONEY_UNITS:
        if body.endswith(unit) and _DECIMAL.fullmatch(body[: -len(unit)] or "x"):
            number_part, multiplier = body[: -len(unit)], factor
            break
    value = _to_decimal(number_part)
    if value is None:
        raise ParseError(
            f"“{text.strip()[:40]}”不是金额：请输入{MONEY_ZH}",
            f'"{text.strip()[:40]}" is not an amount: give {MONEY_EN}',
        )
    amount = value * multiplier
    if amount > MAX_MONEY:
        # Also keeps quantize() below inside Decimal's 28-digit context.
        raise ParseError(
            f"金额过大，请检查：请输入{MONEY_ZH}",
            f"That amount is too large; please check: {MONEY_EN}",
        )
    if amount < 0:
        raise ParseError(
            f"金额不能为负数：请输入{MONEY_ZH}", f"The amount cannot be negative: give {MONEY_EN}"
        )
    if amount != amount.quantize(Decimal("0.01"), rounding=ROUND_DOWN):
        raise ParseError(
            "金额最多精确到分（两位小数），例如 100000.50",
            "An amount has at most 2 decimals, e.g. 100000.50",
        )
    return _tidy(amount)


_COUNT_SUFFIX = re.compile(r"(个人|人|个|名|位|people|persons|person|staff|employees)$")
# "有，30人", "约30人", "大概三十个左右", "about 30": the hedge is dropped, the number kept.
_COUNT_HEDGE_BEFORE = re.compile(
    r"^(?:有|约|大约|大概|差不多|将近|接近|共有|共|一共|总共|目前有|目前|现有|现在有|"
    r"about|around|approximately|approx\.?|roughly|~|≈)"
)
_COUNT_HEDGE_AFTER = re.compile(r"(?:左右|上下)$")


def parse_int(text: str, *, minimum: int = 0, maximum: int = 1_000_000) -> int:
    """A whole count: "20", "二十", "20人", "二十个", "有，30人", "约30人"."""
    cleaned = _clean(text, "整数", "a whole number", "20", "20")
    body = re.sub(r"[\s,:]", "", cleaned)
    while (hedge := _COUNT_HEDGE_BEFORE.match(body)) and hedge.end() < len(body):
        body = body[hedge.end() :]
    body = _COUNT_SUFFIX.sub("", _COUNT_HEDGE_AFTER.sub("", body))
    value = _to_decimal(body)
    if value is None:
        raise ParseError(
            f"“{text.strip()[:40]}”不是整数：请输入数字，例如 20",
            f'"{text.strip()[:40]}" is not a whole number: give a number, e.g. 20',
        )
    if value != value.to_integral_value():
        raise ParseError(
            "请输入整数（不要小数），例如 20", "Please give a whole number (no decimals), e.g. 20"
        )
    number = int(value)
    if number < minimum:
        raise ParseError(
            f"数字不能小于 {minimum}，例如 20", f"The number cannot be below {minimum}, e.g. 20"
        )
    if number > maximum:
        raise ParseError(
            f"数字不能大于 {maximum}，请检查",
            f"The number cannot be above {maximum}; please check it",
        )
    return number


_YEAR_SUFFIX = re.compile(r"(年多|年以上|年|years|year|yrs|yr|y)$")
_MONTH_SUFFIX = re.compile(r"(个月|月|months|month|mos|mo)$")
MAX_YEARS = 200


def parse_years(text: str) -> Decimal:
    """Years: "2", "两年", "1.5年", "一年半", "半年", "18个月" → 1.5 (months are rounded down to
    hundredths of a year, so 11 months never reads as a full year)."""
    cleaned = re.sub(
        r"\s", "", _clean(text, "年数", "a number of years", "2年 或 18个月", "2 or 1.5")
    )
    bad = ParseError(
        f"“{text.strip()[:40]}”不是年数：请输入例如 2年、1.5年、一年半 或 18个月",
        f'"{text.strip()[:40]}" is not a number of years: e.g. 2, 1.5 or 18 months',
    )
    months_match = _MONTH_SUFFIX.search(cleaned)
    if months_match:
        months = _to_decimal(cleaned[: months_match.start()])
        if months is None or months < 0 or months > MAX_YEARS * 12:
            raise bad
        years = (months / 12).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
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
DATE_EXAMPLE = "2019-03-01 或 2019年3月1日"
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
_ENGLISH_DATE_MDY = re.compile(_MONTH_NAME + r"\s*" + _DAY + r"\s*,?\s*(\d{4})")
_ENGLISH_DATE_DMY = re.compile(_DAY + r"\s*(?:of\s+)?" + _MONTH_NAME + r"\s*,?\s*(\d{4})")


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
    cleaned = _clean(text, "日期", "a date", DATE_EXAMPLE, "2019-03-01")
    parts = _date_parts(cleaned)
    if parts is None:
        raise ParseError(
            f"“{text.strip()[:40]}”不是日期：请按 {DATE_EXAMPLE} 的格式填写",
            f'"{text.strip()[:40]}" is not a date: write it like 2019-03-01 or March 1, 2019',
        )
    year, month, day = parts
    try:
        value = date(year, month, day)
    except ValueError:
        raise ParseError(
            f"{year}年{month}月{day}日 不存在：请检查日期，例如 2019-03-01",
            f"{year}-{month:02d}-{day:02d} does not exist: please check the date, e.g. 2019-03-01",
        ) from None
    reference = today or date.today()
    if not allow_future and value > reference:
        raise ParseError(
            f"{value.isoformat()} 是未来的日期：请填写已经发生的日期（如营业执照上的成立日期）",
            f"{value.isoformat()} is in the future: give a date that has passed "
            "(e.g. the date on the business license)",
        )
    if value.year < 1900:
        raise ParseError(
            f"{value.isoformat()} 太早了：请检查年份",
            f"{value.isoformat()} is too early: please check the year",
        )
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
    "同意",
    "好",
    "好的",
    "行",
    "嗯",
    "有的",
    "是有的",
    "有呢",
    "肯定",
    "当然",
    "yes",
    "y",
    "yeah",
    "yep",
    "sure",
    "ok",
    "okay",
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
    cleaned = _clean(text, "是 或 否", "yes or no", "是", "yes")
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
    raise ParseError(
        f"“{text.strip()[:40]}”无法判断：请回答 是 或 否",
        f'Cannot tell from "{text.strip()[:40]}": please answer yes or no',
    )


_SUPPORT_PAIR = re.compile(
    r"(\d{1,2})\s*(?:天|d|days)?\s*[x*×✕✖]\s*(\d{1,2})\s*(?:小时|h|hours|hrs)?"
)
_SUPPORT_WORDS = {
    "7x24": {"全天", "全天候", "24小时", "24h", "全年无休", "24/7", "7天24小时", "全天24小时"},
    "5x8": {"工作日", "工作时间", "5天8小时", "business hours", "working hours", "工作日8小时"},
    "none": {"无", "没有", "没", "不提供", "none", "no", "0", "否"},
}
SUPPORT_EXAMPLE = "5x8、7x24 或 无"


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
    cleaned = _clean(text, "服务时间", "service hours", SUPPORT_EXAMPLE, "5x8 or 7x24")
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
                return "5x8", (
                    f"{given} 不低于 5x8（天数和每天小时数都不少于 5x8），按 5x8 记录；"
                    "它达不到 7x24。",
                    f"{given} is at least 5x8 (no fewer days, no fewer hours a day), so it is "
                    "recorded as 5x8; it does not reach 7x24.",
                )
            raise ParseError(
                f"“{given}”不是可选的服务时段：请回答 5x8、7x24 或 无（达不到 5x8 时请回答“无”）。",
                f'"{given}" is not one of the options: answer 5x8, 7x24 or none '
                '(if you offer less than 5x8, answer "none").',
            )
    raise ParseError(
        f"“{text.strip()[:40]}”无法识别：请填写服务时间，例如 {SUPPORT_EXAMPLE}",
        f'Cannot read "{text.strip()[:40]}": give the service hours, e.g. 5x8, 7x24 or none',
    )


_INDUSTRY_WORDS: dict[str, set[str]] = {
    "finance": {"金融", "finance", "financial", "银行", "保险", "证券", "fintech"},
    "logistics": {"物流", "logistics", "快递", "仓储", "供应链"},
    "ecommerce": {"电商", "电子商务", "ecommerce", "e-commerce", "e commerce", "零售电商"},
    "government": {"政务", "政府", "government", "gov", "政务服务", "电子政务"},
    "media": {"传媒", "媒体", "media", "新媒体", "广电"},
    "iot": {"物联网", "iot", "internet of things"},
    "other": {"其他", "其它", "other", "others", "都不是", "none of these"},
}
INDUSTRY_EXAMPLE = "金融、物流、电商、政务、传媒、物联网 或 其他"


def parse_industry(text: str) -> str:
    """Industry → finance | logistics | ecommerce | government | media | iot | other."""
    cleaned = _clean(text, "行业", "an industry", INDUSTRY_EXAMPLE, "finance")
    body = re.sub(r"(行业|industry|sector)$", "", cleaned).strip()
    for industry, words in _INDUSTRY_WORDS.items():
        if body in words or cleaned in words:
            return industry
    raise ParseError(
        f"“{text.strip()[:40]}”不在可选行业中：请选择 {INDUSTRY_EXAMPLE}",
        f'"{text.strip()[:40]}" is not one of the choices: finance, logistics, e-commerce, '
        "government, media, IoT or other",
    )
