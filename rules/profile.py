"""The vendor profile of SPEC ("Vendor profile"): its keys, their kinds and labels, and the
validation of an answers object into canonical Python values.

`validate_profile` is strict on types: it takes canonical JSON values (true/false,
"2019-03-01", 1000000, "5x8", {"api": 2}). Text as people type it ("是", "100万", "5*8") is
turned into those values by `bot.parsing` first (the conversation and `cli.rules` do that);
rules never import bot.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from rules.markets import INDUSTRIES, MARKET_IDS, SUPPORT_LEVELS, resolve_market

FieldKind = Literal["bool", "date", "money", "int", "support", "industry", "experience"]


@dataclass(frozen=True)
class Choice:
    value: str
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class ProfileField:
    key: str
    kind: FieldKind
    label_zh: str
    label_en: str
    choices: tuple[Choice, ...] = ()

    def choice_label(self, value: str, lang: Literal["zh", "en"] = "zh") -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label_zh if lang == "zh" else choice.label_en
        return value


SUPPORT_CHOICES: tuple[Choice, ...] = (
    Choice("none", "无", "none"),
    # The guide writes only "5*8小时" / "7*24小时": no gloss of what hours they cover.
    Choice("5x8", "5×8 小时", "5×8 hours"),
    Choice("7x24", "7×24 小时", "7×24 hours"),
)
assert tuple(choice.value for choice in SUPPORT_CHOICES) == SUPPORT_LEVELS

INDUSTRY_CHOICES: tuple[Choice, ...] = (
    Choice("finance", "金融", "finance"),
    Choice("logistics", "物流", "logistics"),
    Choice("ecommerce", "电商", "e-commerce"),
    Choice("government", "政务", "government"),
    Choice("media", "传媒", "media"),
    Choice("iot", "物联网", "IoT"),
    Choice("other", "其他", "other"),
)
assert tuple(choice.value for choice in INDUSTRY_CHOICES) == INDUSTRIES


def _field(
    key: str, kind: FieldKind, zh: str, en: str, choices: tuple[Choice, ...] = ()
) -> ProfileField:
    return ProfileField(key, kind, zh, en, choices)


PROFILE_FIELDS: dict[str, ProfileField] = {
    f.key: f
    for f in (
        _field("legal_entity", "bool", "拥有正规的公司资质", "lawfully registered company"),
        _field("license_date", "date", "营业执照日期（成立日期）", "business license date"),
        _field("registered_capital", "money", "注册资金", "registered capital"),
        _field(
            "team_size",
            "int",
            "技术及客服团队人数（公司社保）",
            "tech + customer-service team size",
        ),
        _field(
            "social_insurance_proof",
            "bool",
            "能提供社保个人月缴费信息情况表",
            "social-insurance payment statement",
        ),
        _field(
            "aftersales_support",
            "support",
            "售后技术服务时间",
            "after-sales technical service hours",
            SUPPORT_CHOICES,
        ),
        _field(
            "online_cs",
            "support",
            "客服在线服务时间",
            "online customer-service hours",
            SUPPORT_CHOICES,
        ),
        _field(
            "experience_years",
            "experience",
            "该市场业务的服务经验（年）",
            "years of experience in the market's line of business",
        ),
        _field("api_integration", "bool", "（生产）接口开发能力", "API integration capability"),
        _field("ecs_image", "bool", "能部署在 ECS 上以镜像交付", "deliverable as an ECS image"),
        _field("mature_product", "bool", "有成熟、稳定的软件/服务", "mature, stable product"),
        _field("marketing_capability", "bool", "营销策划能力", "marketing capability"),
        _field(
            "built_on_aliyun",
            "bool",
            "以阿里云产品为依托",
            "built on Alibaba Cloud products",
        ),
        _field(
            "bigdata_offering",
            "bool",
            "大数据应用服务、SaaS 或解决方案",
            "big-data applications, SaaS or solutions",
        ),
        _field(
            "enterprise_offering", "bool", "企业软件及 SaaS 服务", "enterprise software and SaaS"
        ),
        _field(
            "ecosystem_certified",
            "bool",
            "完成阿里云生态体系资质评估和认证",
            "Alibaba Cloud ecosystem certification",
        ),
        _field(
            "joint_solution",
            "bool",
            "联合解决方案 / SaaS 化上云改造",
            "joint solution / SaaS cloud migration",
        ),
        _field("industry", "industry", "所属行业", "industry", INDUSTRY_CHOICES),
        _field("acp_engineers", "int", "阿里云认证工程师（ACP）人数", "ACP-certified engineers"),
        _field(
            "customer_cases", "bool", "可追溯的知名客户案例", "traceable well-known customer cases"
        ),
        _field(
            "agreements_accepted",
            "bool",
            "接受云市场相关协议及管理规范",
            "accepts the Marketplace agreements",
        ),
        _field(
            "alibaba_1688_member",
            "bool",
            "阿里巴巴中国站会员（企业名称认证）",
            "Alibaba.com China (1688) verified member",
        ),
        _field(
            "documents_ready",
            "bool",
            "营业执照等证件原件扫描件",
            "scans of license and certificates ready",
        ),
        _field(
            "dingtalk_ops",
            "bool",
            "专人对接运营并开通钉钉",
            "dedicated operations contact on DingTalk",
        ),
        _field("employees", "int", "员工人数", "number of employees"),
        _field(
            "good_credit",
            "bool",
            "信用良好、无不良违规或社会影响记录",
            "good credit, no violation or social-impact record",
        ),
    )
}


@dataclass(frozen=True)
class FieldError:
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
