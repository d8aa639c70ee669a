"""A mature-product answer that splits by market: "软件都有，但是物联网硬件我们不做",
"software only, we don't do hardware" (black-box s70 D3, high: one "no" failed 基础软件 and
安全 too). The guide's lines differ — 基础软件 asks for 成熟、稳定的应用软件, 安全 for 安全软件,
物联网 for 软件和硬件服务 — so software without hardware is a yes for every market whose line
does not name hardware and a no for the ones that do. Which lines name hardware is read from
rules/data/markets.yaml, never listed here."""

from __future__ import annotations

from bot.lazy_re import lazy_compile
from rules.markets import all_markets

MATURE_PRODUCT = "mature_product"
_HARDWARE_IN_LINE = "硬件"

# Software said to be there: "软件都有", "有软件", "只做软件", "software is fine",
# "we sell software", "software only".
_SOFTWARE_YES = lazy_compile(
    r"软件(都|也|是|倒是|方面|这块|这边)?(有|没问题|可以|成熟|稳定|能提供|都有)"
    r"|(有|做|提供|卖|只有|只做|只提供|就做|就有|仅有|仅做|只卖)(成熟的?|稳定的?)?[^，,。；;]{0,6}软件"
    r"|纯软件|(?<![a-z])(software only|only software|just software|software[- ]only)(?![a-z])"
    r"|(?<![a-z])(we|i)\s+(only\s+|just\s+|also\s+|mainly\s+|mostly\s+)?(do\s+)?"
    r"(have|sell|offer|provide|make|build|do)\s+"
    r"(a\s+)?(mature\s+|stable\s+|proven\s+)*[\w\s,-]{0,24}?software(?![a-z])"
    r"|(?<![a-z])software\s+(is\s+)?(yes|fine|ok|mature|stable|covered)(?![a-z])"
    # "yes for software, we don't do hardware though" (black-box s76 D13: a plain yes, IoT met).
    r"|(?<![a-z])(yes|yeah|yep|sure)\s*,?\s*(for|on|to)\s+(the\s+)?software(?![a-z])"
    r"|(?<![a-z])software\s*[:,-]\s*(yes|yeah|yep)(?![a-z])"
)
# Hardware said to be missing: "硬件我们不做", "没有硬件", "不做硬件", "no hardware",
# "we don't do hardware", "software only" (only: no hardware beside it).
_HARDWARE_NO = lazy_compile(
    r"硬件[^，,。；;]{0,6}(不做|没有|没做|不提供|提供不了|做不了|不行|不具备|不涉及|不搞|没)"
    r"|(不做|没有|没做|不提供|不涉及|不搞|没|无)[^，,。；;]{0,4}硬件"
    r"|纯软件|(只|仅|就)(做|有|提供|卖)[^，,。；;]{0,6}软件"
    r"|(?<![a-z])(no|without|not)\s+(any\s+)?hardware(?![a-z])"
    r"|(?<![a-z])(don'?t|do not|doesn'?t|does not|can'?t|cannot|never)\s+"
    r"(do|have|make|offer|sell|provide|build|deal in)\s+(any\s+)?hardware(?![a-z])"
    r"|(?<![a-z])(software only|only software|just software|software[- ]only)(?![a-z])"
    r"|(?<![a-z])(only|just|purely)\s+(do|sell|make|offer|provide|have|build)\s+software(?![a-z])"
    r"|(?<![a-z])hardware\s+(is\s+)?(no|not)(?![a-z])"
)


# Software said to be missing ("没有软件", "不做软件", "we do not make software").
_SOFTWARE_NO = lazy_compile(
    r"(没有|没|不做|不提供|不卖|不开发|无)[^，,。；;有]{0,4}软件|软件[^，,。；;]{0,4}(没有|不做|不行|不具备|做不了)(?!硬件)"
    r"|(?<![a-z])(no|not|don'?t|do not|doesn'?t|does not|never|without)\b[^,.;]{0,20}\bsoftware(?![a-z])"
)
# Hardware said to be fine ("硬件也没问题", "hardware is not a problem either").
_HARDWARE_FINE = lazy_compile(
    r"硬件[^，,。；;]{0,4}(没问题|没有问题|可以|都有|也有|有的|具备|不是问题)"
    r"|(?<![a-z])hardware\b[^,.;]{0,12}\b(not an? (problem|issue)|no (problem|issue)|fine|ok|covered"
    r"|too|as well|also)(?![a-z])"
)


def markets_asking_mature_product() -> dict[str, bool]:
    """{market id: whether its mature-product line names hardware}, in the guide's order."""
    return {
        market.id: _HARDWARE_IN_LINE in condition.seed_text
        for market in all_markets()
        for condition in market.conditions
        if condition.key == MATURE_PRODUCT
    }


def software_without_hardware(text: str) -> dict[str, bool] | None:
    """The per-market answer when `text` says the software is there and the hardware is not;
    None for anything else (a plain yes or no is one answer for every market)."""
    folded = text.casefold().replace("’", "'")
    if not (_SOFTWARE_YES.search(folded) and _HARDWARE_NO.search(folded)):
        return None
    if _SOFTWARE_NO.search(folded) or _HARDWARE_FINE.search(folded):
        # "我们不做软件，也没有硬件", "软件有，硬件也没问题" (review 60 R1: a no stored as a
        # yes for 安全, a yes as a no for IoT): no split said.
        return None
    return {market: not hardware for market, hardware in markets_asking_mature_product().items()}
