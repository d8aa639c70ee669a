"""The vendor profile of SPEC ("Vendor profile"): its keys, their kinds and labels, and the
validation of an answers object into canonical Python values.

Everything about one question (kind, labels, the question as put, aliases, an example that
passes, order) is data: rules/data/profile.yaml, loaded and checked once at import.

`validate_profile` is strict on types: it takes canonical JSON values (true/false,
"2019-03-01", 1000000, "5x8", {"api": 2}). Text as people type it ("是", "100万", "5*8") is
turned into those values by `bot.parsing` first (the conversation and `cli.rules` do that);
rules never import bot.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, get_args

from rules.datafile import STRICT, load_data_file, require_filled, require_key
from rules.markets import INDUSTRIES, MARKET_IDS, SUPPORT_LEVELS, resolve_market

FieldKind = Literal["bool", "date", "money", "int", "support", "industry", "experience"]


@dataclass(frozen=True)
class Choice:
    """One of the answers a choice question offers."""

    value: str
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class MarketWording:
    """A question's wording when only `market` asks it (`when == "only"`) or when `market` was
    not chosen (`"without"`): a question never names a market the vendor did not pick."""

    market: str
    when: Literal["only", "without"]
    question_zh: str
    question_en: str


@dataclass(frozen=True)
class ProfileField:
    """Everything about one profile question (rules/data/profile.yaml)."""

    key: str
    kind: FieldKind
    label_zh: str
    label_en: str
    choices: tuple[Choice, ...] = ()
    question_zh: str = ""
    question_en: str = ""
    # Words a vendor may use to name the question ("修改 注册资金", "change capital").
    aliases: tuple[str, ...] = ()
    # An answer, as a vendor types it, that passes every market's condition on it.
    example: str = ""
    # Asked before the experience questions and the rest (in file order).
    first: bool = False
    wording_by_market: tuple[MarketWording, ...] = ()
    # A yes/no that may also be given per market ({market id: bool}): the markets' lines on
    # it differ, so one vendor can meet some and not others.
    by_market: bool = False

    def choice_label(self, value: str, lang: Literal["zh", "en"] = "zh") -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label_zh if lang == "zh" else choice.label_en
        return value


@dataclass(frozen=True, kw_only=True)
class _ChoiceData:
    """A choice as written in rules/data/profile.yaml."""

    __pydantic_config__ = STRICT

    value: str
    label_zh: str
    label_en: str


@dataclass(frozen=True, kw_only=True)
class _KindData:
    """What to type under a question of one kind, as written in profile.yaml."""

    __pydantic_config__ = STRICT

    hint_zh: str
    hint_en: str


@dataclass(frozen=True, kw_only=True)
class _WordingData:
    """A per-market wording of a question, as written in profile.yaml."""

    __pydantic_config__ = STRICT

    market: str
    when: Literal["only", "without"]
    question_zh: str
    question_en: str


@dataclass(frozen=True, kw_only=True)
class _QuestionData:
    """A profile question as written in rules/data/profile.yaml."""

    __pydantic_config__ = STRICT

    key: str
    kind: FieldKind
    first: bool = False
    label_zh: str
    label_en: str
    question_zh: str
    question_en: str
    choices: str | None = None
    aliases: tuple[str, ...] = ()
    example: str
    wording_by_market: tuple[_WordingData, ...] = ()
    by_market: bool = False

    def __post_init__(self) -> None:
        require_key(self, "key")
        require_filled(self, "label_zh", "label_en", "question_zh", "question_en", "example")


@dataclass(frozen=True, kw_only=True)
class _ProfileFile:
    """rules/data/profile.yaml."""

    __pydantic_config__ = STRICT

    kinds: dict[FieldKind, _KindData]
    choices: dict[str, tuple[_ChoiceData, ...]]
    questions: tuple[_QuestionData, ...]

    def __post_init__(self) -> None:
        keys = [question.key for question in self.questions]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        if twice:
            raise ValueError(f"questions: {', '.join(twice)} defined twice")
        missing_kinds = set(get_args(FieldKind)) - set(self.kinds)
        if missing_kinds:
            raise ValueError(f"kinds: no hint for {', '.join(sorted(missing_kinds))}")
        for question in self.questions:
            if question.kind in ("support", "industry"):
                if question.choices not in self.choices:
                    raise ValueError(f"{question.key}: choices {question.choices!r} not defined")
            elif question.choices is not None:
                raise ValueError(f"{question.key}: a {question.kind} question has no choices")
            if question.by_market and question.kind != "bool":
                raise ValueError(f"{question.key}: only a yes/no question is asked by market")
            for wording in question.wording_by_market:
                if wording.market not in MARKET_IDS:
                    raise ValueError(f"{question.key}: unknown market {wording.market!r}")
        if "experience_years" not in keys:
            raise ValueError("questions: experience_years (asked per market) is missing")


PROFILE_DATA_PATH = "data/profile.yaml"
_PROFILE_DATA = load_data_file(PROFILE_DATA_PATH, _ProfileFile)

# What to type under a question of each kind: {kind: (zh, en)}.
KIND_HINTS: dict[str, tuple[str, str]] = {
    kind: (hint.hint_zh, hint.hint_en) for kind, hint in _PROFILE_DATA.kinds.items()
}
_CHOICES: dict[str, tuple[Choice, ...]] = {
    name: tuple(Choice(c.value, c.label_zh, c.label_en) for c in choices)
    for name, choices in _PROFILE_DATA.choices.items()
}
SUPPORT_CHOICES: tuple[Choice, ...] = _CHOICES["support"]
# The guide writes only "5*8小时" / "7*24小时": no gloss of what hours they cover.
if tuple(choice.value for choice in SUPPORT_CHOICES) != SUPPORT_LEVELS:
    raise RuntimeError(f"rules/{PROFILE_DATA_PATH}: support choices must be {SUPPORT_LEVELS}")
INDUSTRY_CHOICES: tuple[Choice, ...] = _CHOICES["industry"]
if tuple(choice.value for choice in INDUSTRY_CHOICES) != INDUSTRIES:
    raise RuntimeError(f"rules/{PROFILE_DATA_PATH}: industry choices must be {INDUSTRIES}")

# Every profile question, in the file's order (the order the rest are asked in).
PROFILE_FIELDS: dict[str, ProfileField] = {
    question.key: ProfileField(
        key=question.key,
        kind=question.kind,
        label_zh=question.label_zh,
        label_en=question.label_en,
        choices=_CHOICES[question.choices] if question.choices else (),
        question_zh=question.question_zh,
        question_en=question.question_en,
        aliases=question.aliases,
        example=question.example,
        first=question.first,
        wording_by_market=tuple(
            MarketWording(w.market, w.when, w.question_zh, w.question_en)
            for w in question.wording_by_market
        ),
        by_market=question.by_market,
    )
    for question in _PROFILE_DATA.questions
}
# Asked before the rest, in this order.
FIRST_KEYS: tuple[str, ...] = tuple(key for key, spec in PROFILE_FIELDS.items() if spec.first)


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one answer of a profile, in both languages."""

    key: str
    zh: str
    en: str


@dataclass
class ProfileError(Exception):
    errors: list[FieldError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.message("en"))

    def message(self, lang: Literal["zh", "en"] = "zh") -> str:
        return "\n".join(error.zh if lang == "zh" else error.en for error in self.errors)


def closest_key(key: str) -> str | None:
    import difflib  # here: only a misspelt key needs it

    matches = difflib.get_close_matches(key, PROFILE_FIELDS, n=1, cutoff=0.5)
    return matches[0] if matches else None


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 60 else text[:57] + "..."


def _number(value: Any) -> Decimal | None:
    """A JSON number (or numeric string) as Decimal; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _canonical(spec: ProfileField, value: Any) -> tuple[Any, FieldError | None]:
    key = spec.key

    def bad(zh_expected: str, en_expected: str) -> tuple[None, FieldError]:
        return None, FieldError(
            key,
            f"{key}（{spec.label_zh}）的值 {_shown(value)} 无效：应为{zh_expected}",
            f"{key} ({spec.label_en}): {_shown(value)} is not valid; expected {en_expected}",
        )

    if spec.kind == "bool":
        if isinstance(value, bool):
            return value, None
        if spec.by_market and isinstance(value, Mapping):
            return _by_market(key, value)
        if spec.by_market:
            return bad(
                ' true 或 false，或按市场填写，例如 {"software": true, "iot": false}',
                'true or false, or per market, e.g. {"software": true, "iot": false}',
            )
        return bad(" true 或 false", "true or false")
    if spec.kind == "date":
        if isinstance(value, date):
            return value, None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip()), None
            except ValueError:
                pass
        return bad('日期，格式 "2019-03-01"', 'a date like "2019-03-01"')
    if spec.kind in ("money", "int"):
        number = _number(value)
        if number is None or number < 0:
            if spec.kind == "money":
                return bad(
                    "非负金额（元），例如 1000000", "a non-negative amount in CNY, e.g. 1000000"
                )
            return bad("非负整数，例如 20", "a non-negative whole number, e.g. 20")
        if spec.kind == "money":
            if number != number.quantize(Decimal("0.01")):
                return bad("金额，最多两位小数", "an amount with at most 2 decimals")
            return number, None
        if number != number.to_integral_value():
            return bad("整数，例如 20", "a whole number, e.g. 20")
        return int(number), None
    if spec.kind in ("support", "industry"):
        allowed = [choice.value for choice in spec.choices]
        if isinstance(value, str) and value.strip() in allowed:
            return value.strip(), None
        return bad(" " + " / ".join(allowed) + " 之一", "one of " + ", ".join(allowed))
    # experience: {market: years}
    if not isinstance(value, Mapping):
        return bad('按市场填写的年数，例如 {"api": 2}', 'years per market, e.g. {"api": 2}')
    years: dict[str, int | Decimal] = {}
    for market_name, amount in value.items():
        market_id = resolve_market(str(market_name))
        number = _number(amount)
        if market_id is None:
            return None, FieldError(
                key,
                f"{key} 中的市场 {_shown(market_name)} 不认识：可用 {', '.join(MARKET_IDS)}",
                f"{key}: unknown market {_shown(market_name)}; use one of {', '.join(MARKET_IDS)}",
            )
        if number is None or number < 0:
            return None, FieldError(
                key,
                f"{key}.{market_id} 的值 {_shown(amount)} 无效：应为非负年数，例如 2 或 1.5",
                f"{key}.{market_id}: {_shown(amount)} is not valid; expected years, e.g. 2 or 1.5",
            )
        years[market_id] = int(number) if number == number.to_integral_value() else number
    return years, None


def _by_market(key: str, value: Mapping[Any, Any]) -> tuple[Any, FieldError | None]:
    """A yes/no given per market: {market id or name: bool}."""
    answers: dict[str, bool] = {}
    for market_name, answer in value.items():
        market_id = resolve_market(str(market_name))
        if market_id is None:
            return None, FieldError(
                key,
                f"{key} 中的市场 {_shown(market_name)} 不认识：可用 {', '.join(MARKET_IDS)}",
                f"{key}: unknown market {_shown(market_name)}; use one of {', '.join(MARKET_IDS)}",
            )
        if not isinstance(answer, bool):
            return None, FieldError(
                key,
                f"{key}.{market_id} 的值 {_shown(answer)} 无效：应为 true 或 false",
                f"{key}.{market_id}: {_shown(answer)} is not valid; expected true or false",
            )
        answers[market_id] = answer
    return answers, None


def validate_profile(data: Mapping[str, Any]) -> dict[str, Any]:
    """Canonical profile from an answers object, or ProfileError listing every bad key.

    `None` values count as not answered (dropped), so a partial profile stays partial.
    """
    if not isinstance(data, Mapping):
        raise ProfileError(
            [FieldError("", "答案应为 JSON 对象 {...}", "the answers must be a JSON object {...}")]
        )
    errors: list[FieldError] = []
    profile: dict[str, Any] = {}
    for key, value in data.items():
        spec = PROFILE_FIELDS.get(key)
        if spec is None:
            hint = closest_key(str(key))
            errors.append(
                FieldError(
                    str(key),
                    f"未知字段 {_shown(key)}" + (f"，是否想写 {hint}？" if hint else "。"),
                    f"unknown key {_shown(key)}" + (f"; did you mean {hint}?" if hint else "."),
                )
            )
            continue
        if value is None:
            continue
        canonical, error = _canonical(spec, value)
        if error:
            errors.append(error)
        else:
            profile[key] = canonical
    if errors:
        raise ProfileError(errors)
    return profile


def profile_to_json(profile: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical profile as JSON-able values (dates ISO; whole numbers as ints, other
    decimals as strings so no amount ever passes through a float)."""

    def plain(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else str(value)
        if isinstance(value, Mapping):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {key: plain(value) for key, value in profile.items()}
