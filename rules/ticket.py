"""The deposit-transfer ticket (工单) of SPEC decision 8 and the seed's step 6: its fields,
their validation and the exact text the vendor pastes into 问题描述."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rules.datafile import STRICT, load_data_file, require_filled, require_key
from rules.deposit import amount_in_capitals, deposit_for
from rules.markets import resolve_market


@dataclass(frozen=True, kw_only=True)
class _FieldData:
    """A ticket field as written in rules/data/ticket.yaml."""

    __pydantic_config__ = STRICT

    name: str
    label_zh: str
    label_en: str
    # The English label in validation errors (it says what the address is for).
    error_label_en: str
    aliases: tuple[str, ...] = ()
    pasted_labels: tuple[str, ...] = ()
    how_zh: str
    how_en: str
    # What the field is, said when the vendor asks at it ("what's the account? the login email?").
    about_zh: str
    about_en: str
    example: str
    max_length: int
    min_length: int | None = None

    def __post_init__(self) -> None:
        require_key(self, "name")
        require_filled(
            self,
            "label_zh",
            "label_en",
            "error_label_en",
            "how_zh",
            "how_en",
            "about_zh",
            "about_en",
        )
        require_filled(self, "example")
        if self.max_length <= 0:
            raise ValueError("max_length: Input should be greater than 0")


@dataclass(frozen=True, kw_only=True)
class _TicketFile:
    """rules/data/ticket.yaml."""

    __pydantic_config__ = STRICT

    fields: tuple[_FieldData, ...]


TICKET_DATA_PATH = "data/ticket.yaml"
# Everything about each ticket field, in the order asked and written (rules/data/ticket.yaml).
TICKET_FIELD_DATA: dict[str, _FieldData] = {
    spec.name: spec for spec in load_data_file(TICKET_DATA_PATH, _TicketFile).fields
}
# The fields SPEC decision 8 names, in its order: the ticket text depends on exactly these.
if tuple(TICKET_FIELD_DATA) != ("account", "company", "address", "contact", "phone"):
    raise RuntimeError(f"rules/{TICKET_DATA_PATH}: the fields of SPEC decision 8, in its order")

TICKET_FIELDS: tuple[str, ...] = tuple(TICKET_FIELD_DATA)
FIELD_LABELS_ZH: dict[str, str] = {name: spec.label_zh for name, spec in TICKET_FIELD_DATA.items()}
FIELD_LABELS_EN: dict[str, str] = {
    name: spec.error_label_en for name, spec in TICKET_FIELD_DATA.items()
}
# Generous but bounded: the ticket form is free text, yet a pasted essay is surely a mistake.
MAX_LENGTHS: dict[str, int] = {name: spec.max_length for name, spec in TICKET_FIELD_DATA.items()}
MIN_LENGTHS: dict[str, int] = {
    name: spec.min_length for name, spec in TICKET_FIELD_DATA.items() if spec.min_length
}

# What a vendor may paste along with a value ("阿里云账号：a@example.com", "Phone: 138…"):
# the label is dropped, so it is not written twice in the ticket.
PASTED_LABELS: dict[str, tuple[str, ...]] = {
    name: spec.pasted_labels for name, spec in TICKET_FIELD_DATA.items()
}
_PASTED_LABEL: dict[str, re.Pattern[str]] = {
    name: re.compile(
        r"^\s*(?:"
        + "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
        + r")\s*[：:]\s*",
        re.IGNORECASE,
    )
    for name, labels in PASTED_LABELS.items()
}
FIELD_EXAMPLES: dict[str, str] = {name: spec.example for name, spec in TICKET_FIELD_DATA.items()}
MIN_ADDRESS_ALNUM = 6
# The address rule (a mailing address; the guide does not say what is mailed there — black-box
# s56 D21): a place inside the city — a road, street, lane, village, district, building … — and
# a number on it. "杭州市文三路1号" passes, a city
# alone ("Hangzhou", "杭州市") or a district without a number ("北京市海淀区") does not.
_ADDRESS_PLACE_ZH = re.compile(r"[路街道巷弄村镇乡区县里屯坊园厦场楼栋座室]|胡同")
_ADDRESS_NUMBER = re.compile(r"\d|[一二三四五六七八九十百零〇]+\s*[号栋幢楼室弄]")
_ADDRESS_PLACE_EN = re.compile(
    r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|building|bldg|floor|"
    r"fl|room|rm|suite|district|village|town|park|plaza|tower|no)\b\.?",
    re.IGNORECASE,
)
# Emoji, pictographs, private-use and invisible format characters: never part of an account,
# a company, an address or a name. (Variation selectors are "Mn", hence the explicit range.)
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co", "Cn", "Cf", "Cc", "Me"})
_ACCOUNT_CHARS = re.compile(r"^[\w.@-]+$")
# An account of digits only is a mobile number or an id of several digits, never "1".
MIN_NUMERIC_ACCOUNT = 5

# Where the ticket is filed (seed, section 2 step 6).
TICKET_PATH: tuple[str, ...] = ("工单系统", "财务类", "提问", "资金管理", "创建工单")
TICKET_PATH_SEED_TEXT = (
    "进入阿里云工单系统。 在提交工单页面的财务类区域，单击提问。 "
    "在请选择您遇到的问题分类区域，选择资金管理 > 创建工单。 "
    "按照界面提示，填写必填项。其中问题描述请按照以下图示填写。"
)
FIRST_LINE_TEMPLATE = "入驻云市场已缴纳保证金{amount}元，请转财务"


@dataclass
class TicketFieldError(Exception):
    field: str
    zh: str
    en: str
    # The same, said in a chat: the field's name only, no option name ("contact") — a Chinese
    # vendor gets no English word in the middle of the sentence (the CLI keeps it: --contact).
    chat_zh: str = ""
    chat_en: str = ""

    def __post_init__(self) -> None:
        super().__init__(f"{self.field}: {self.en}")
        self.chat_zh = self.chat_zh or self.zh
        self.chat_en = self.chat_en or self.en


@dataclass
class TicketInvalid(Exception):
    errors: dict[str, TicketFieldError] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__("; ".join(str(error) for error in self.errors.values()))


def _error(name: str, zh: str, en: str) -> TicketFieldError:
    return TicketFieldError(
        name,
        f"{FIELD_LABELS_ZH[name]}（{name}）{zh}",
        f"{FIELD_LABELS_EN[name]} ({name}) {en}",
        chat_zh=f"{FIELD_LABELS_ZH[name]}{zh}",
        chat_en=f"{FIELD_LABELS_EN[name]} {en}",
    )


_SPOKEN_DIGITS = str.maketrans("〇零一幺二两三四五六七八九", "0011223456789")


def _spoken_digits(text: str) -> str:
    """A number read out digit by digit in Chinese numerals, as digits; other text unchanged."""
    if re.fullmatch(r"[〇零一幺二两三四五六七八九\s\-—－]{7,}", text.strip()):
        return text.strip().translate(_SPOKEN_DIGITS)
    return text


# An extension after a fixed line: "0571-88886666转8", "ext. 8".
_EXTENSION_AFTER = re.compile(r"\s*(?:转|分机|ext\.?)\s*\d{1,6}", re.IGNORECASE)


def phone_in_text(text: str) -> tuple[int, int] | None:
    """The span of the first valid mainland China phone number among other words ("sorry typo,
    13512345678", "ok use my mainland number +86 138 2345 6789"), with its extension; None when
    there is none (an order number or an amount is no phone)."""
    import phonenumbers  # as in normalize_phone: slow to load, only the ticket needs it

    for match in phonenumbers.PhoneNumberMatcher(text, "CN", leniency=phonenumbers.Leniency.VALID):
        extension = _EXTENSION_AFTER.match(text, match.end)
        return match.start, extension.end() if extension else match.end
    return None


# An area code written apart from the number: "0755 1234", "0571-88886666".
_AREA_WRITTEN = re.compile(r"^\s*(0\d{2,3})[\s\-—－]+\d")
# A mainland fixed line's own number has 7 or 8 digits after its area code.
_MIN_LOCAL_DIGITS = 7


def normalize_phone(value: str) -> str | None:
    """A mainland China number: mobile as 11 digits, fixed line as "010-12345678"; else None."""
    import phonenumbers  # imported here: its metadata is slow to load and only this needs it
    from phonenumbers import PhoneNumberType

    text = re.sub(r"\s*(?:转|分机)\s*(?=\d)", " ext ", value.strip())
    if text.startswith("0086"):
        text = "+86" + text[4:]
    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 86 or not phonenumbers.is_valid_number(number):
        return None
    national = phonenumbers.national_significant_number(number)
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.MOBILE:
        return national
    if kind == PhoneNumberType.FIXED_LINE:
        area = phonenumbers.length_of_geographical_area_code(number)
        written = _AREA_WRITTEN.match(text)
        if written and written.group(1) != "0" + national[:area]:
            # "0755 1234" (black-box s57 D4: rewritten "075-51234"): the area code as the vendor
            # wrote it is the area code, or the number is refused — never split elsewhere.
            return None
        if area and len(national) - area >= _MIN_LOCAL_DIGITS:
            # "021 5888 1234 ext 8": the extension kept, as Chinese numbers write it (转).
            extension = f"转{number.extension}" if number.extension else ""
            return f"0{national[:area]}-{national[area:]}{extension}"
    return None


def _is_symbol(char: str) -> bool:
    if "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef":
        return True
    return unicodedata.category(char) in _SYMBOL_CATEGORIES


# A login, not a company's name: one Latin word ending in digits, or one holding _ or @.
_LOGIN_LIKE = re.compile(r"[A-Za-z][A-Za-z.\-]*\d{2,}|[A-Za-z0-9.\-]*[_@][A-Za-z0-9._@\-]*")


def _check_content(name: str, text: str) -> None:
    """What each field must look like (SPEC decision 8: every field validated)."""
    example = FIELD_EXAMPLES[name]
    symbol = next((char for char in text if _is_symbol(char)), None)
    if symbol is not None:
        raise _error(
            name,
            f"不能包含表情或特殊符号（“{symbol}”），例如：{example}",
            f"cannot contain emoji or special symbols (“{symbol}”), e.g. {example}",
        )
    letters = sum(1 for char in text if char.isalpha())
    if name == "account":
        if (
            not _ACCOUNT_CHARS.match(text)
            or text.count("@") > 1
            or text[0] == "@"
            or text[-1] == "@"
        ):
            raise _error(
                name,
                "应为阿里云登录名：邮箱、手机号或账号名（只含字母、数字和 . _ - @，不能有空格），"
                f"例如：{example}",
                "must be your Alibaba Cloud login: an email, a mobile number or an account name "
                f"(letters, digits and . _ - @ only, no spaces), e.g. {example}",
            )
        if _ADDRESS_PLACE_ZH.search(text) and _ADDRESS_NUMBER.search(text):
            # "成都市高新区天府大道中段1268号" at the account (black-box s59 D16: taken).
            raise _error(
                name,
                f"看起来是地址，不是阿里云账号：请填写登录用的邮箱、手机号或账号名，例如：{example}",
                "looks like an address, not an Alibaba Cloud account: give the login email, "
                f"mobile number or account name, e.g. {example}",
            )
        if resolve_market(text) is not None:
            # "安全" right after the security market was talked about (black-box s64 D16: the
            # ticket's account was 安全).
            raise _error(
                name,
                f"“{text}”是市场名称，不是阿里云账号：请填写登录用的邮箱、手机号或账号名，例如：{example}",
                f'"{text}" is a market\'s name, not an Alibaba Cloud account: give the login email, '
                f"mobile number or account name, e.g. {example}",
            )
        if text.isdigit() and len(text) < MIN_NUMERIC_ACCOUNT:
            # "1" (black-box s59 D16: stored as the account, the ticket confirmed with it).
            raise _error(
                name,
                f"太短，不像阿里云账号：请填写登录用的邮箱、手机号或账号名，例如：{example}",
                "is too short for an Alibaba Cloud account: give the login email, mobile number "
                f"or account name, e.g. {example}",
            )
    elif name == "company":
        if _LOGIN_LIKE.fullmatch(text):
            # "anquan2018" at the company name (black-box s64 D16: the ticket's 公司名称).
            raise _error(
                name,
                f"“{text}”看起来是账号名，不是公司全称：请填写营业执照上的公司名称，例如：{example}",
                f'"{text}" looks like an account name, not the company\'s full name: give the '
                f"name on the business licence, e.g. {example}",
            )
        if letters < 2:
            raise _error(
                name,
                f"应为公司全称（至少 2 个汉字或字母），例如：{example}",
                "must be the company's full name (at least 2 letters or Chinese characters), "
                f"e.g. {example}",
            )
    elif name == "address":
        alnum = sum(1 for char in text if char.isalnum())
        place = _ADDRESS_PLACE_ZH.search(text) or _ADDRESS_PLACE_EN.search(text)
        if (
            alnum < MIN_ADDRESS_ALNUM
            or letters < 2
            or not place
            or not _ADDRESS_NUMBER.search(text)
        ):
            raise _error(
                name,
                "不完整：工单要填一个能寄到的快递地址，至少要写到街道（路、街、村或楼宇）和门牌号"
                f"（最好带省、市、区），例如：{example}",
                "is incomplete: the ticket asks for a mailing address (快递地址), so give at least "
                "the street (road, "
                "street, village or building) and the number, best with province, city and "
                f"district, e.g. {example}",
            )
    elif name == "contact":
        if any(char.isdigit() for char in text) or letters < 2:
            raise _error(
                name,
                f"应为联系人姓名（至少 2 个汉字或字母，不含数字；电话请另填），例如：{example}",
                "must be the contact person's name (at least 2 letters or Chinese characters, "
                f"no digits; the phone number has its own field), e.g. {example}",
            )


def validate_field(name: str, value: str) -> str:
    """The value as it will appear in the ticket, or TicketFieldError saying what to fix."""
    if name not in TICKET_FIELDS:
        raise ValueError(f"unknown ticket field {name!r}; fields: {', '.join(TICKET_FIELDS)}")
    if not isinstance(value, str):
        raise _error(name, "应为文字。", "must be text.")
    text = value.strip()
    if "\n" in text or "\r" in text or "\u2028" in text or "\u2029" in text:
        # The ticket is one "标签：值" line per field; a line break would split a field.
        raise _error(name, "不能换行，请写在一行内。", "must be on one line (no line breaks).")
    text = _PASTED_LABEL[name].sub("", text, count=1).strip()
    if not text:
        raise _error(name, "不能为空，请填写。", "is empty; please fill it in.")
    if len(text) > MAX_LENGTHS[name]:
        raise _error(
            name,
            f"太长（{len(text)} 字），最多 {MAX_LENGTHS[name]} 字。",
            f"is too long ({len(text)} characters, at most {MAX_LENGTHS[name]}).",
        )
    if len(text) < MIN_LENGTHS.get(name, 1):
        raise _error(
            name,
            f"太短，至少 {MIN_LENGTHS[name]} 个字，请填写完整名称。",
            f"is too short (at least {MIN_LENGTHS[name]} characters); give the full name.",
        )
    if name == "phone":
        # "一三九一一二二三三四四" (black-box 51, D21): digits said as Chinese numerals, one by one.
        text = _spoken_digits(text)
        digits = re.sub(r"\D", "", text)
        if not text.lstrip().startswith(("+", "0", "1")) and 5 <= len(digits) <= 8:
            # "555-1234" is a landline without its area code: never guessed (055-51234).
            raise _error(
                name,
                f"“{text}”缺少区号：固定电话请带区号填写（如 010-12345678、0571-88888888），"
                "或填写手机号（如 13800138000）。",
                f'"{text}" has no area code: give a landline with its area code (e.g. '
                "010-12345678 or 0571-88888888) or a mobile number (e.g. 13800138000).",
            )
        phone = normalize_phone(text)
        if phone is None:
            raise _error(
                name,
                f"“{text}”不是有效的中国大陆电话号码：请填写手机号（如 13800138000）"
                "或带区号的固定电话（如 010-12345678）。",
                f'"{text}" is not a valid mainland China number: give a mobile number '
                "(e.g. 13800138000) or a landline with area code (e.g. 010-12345678).",
            )
        return phone
    _check_content(name, text)
    return text


def validate_ticket(fields: Mapping[str, str]) -> dict[str, str]:
    """All five fields normalised, or TicketInvalid naming EVERY bad or missing field."""
    clean: dict[str, str] = {}
    errors: dict[str, TicketFieldError] = {}
    for name in TICKET_FIELDS:
        try:
            clean[name] = validate_field(name, fields.get(name) or "")
        except TicketFieldError as error:
            errors[name] = error
    if errors:
        raise TicketInvalid(errors)
    return clean


def ticket_first_line(market_ids: Sequence[str]) -> str:
    return FIRST_LINE_TEMPLATE.format(amount=amount_in_capitals(deposit_for(market_ids)))


def render_ticket(market_ids: Sequence[str], fields: Mapping[str, str]) -> str:
    """Exactly SPEC decision 8: full-width ，and ：, a blank line after the first line, no
    trailing newline. Fields are validated first (TicketInvalid otherwise)."""
    if not market_ids:
        raise ValueError("a ticket needs at least one market")
    clean = validate_ticket(fields)
    lines = [ticket_first_line(market_ids), ""]
    lines += [f"{FIELD_LABELS_ZH[name]}：{clean[name]}" for name in TICKET_FIELDS]
    return "\n".join(lines)
