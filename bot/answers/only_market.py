"""Whether one market alone sets a condition: "只有零售通要钉钉吗", "是不是只有安全市场要求7x24售后，
别的市场也要吗", "Is it only 安全市场 that needs 7x24, or others too?". The markets that set the
condition (at the level named, for support) are read from rules/data; 对 / Yes when the named
market is the only one, 不是 / No with the others named when it is not, each with its rule."""

from __future__ import annotations

from bot.answers.facts import join_names
from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize, support_level_mentioned
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import Market, all_markets, market_label

# "只有X要…吗", "是不是只有X", "is it only X", "only X, or others too?", "别的市场也要吗".
_ONLY_ASKED = lazy_compile(
    r"(是不是|是否|难道)?只有[^，,。？?]{0,16}(要求|需要|要|有|才)[^，,。？?]{0,16}(吗|么|嘛|\?|？)"
    r"|是不是只有|是否只有|仅有?[^，,。？?]{0,10}(市场)?(要求|需要)[^，,。？?]{0,16}(吗|么)"
    r"|(别的|其他|其它)(市场|集市)?(也|还)(要|需要|要求|有)"
    r"|\bis it only\b|\bonly\b[^?.]{0,40}\bor (any )?(others?|other markets?)\b"
    r"|\b(do|does) (any )?other markets?\b|\bother markets (too|as well|also)\b"
    r"|\bor (is it|are there) (also )?(others?|other markets?)\b"
    # "Is 7x24 support only required by the security market?", "does only Retail Link need it?"
    r"|\bonly (required|needed|asked for|set|demanded) (by|for|in)\b"
    r"|\b(does|do) only\b[^?.]{0,40}\b(require|need|ask for|set)\b"
)
# The vendor's own "only" ("我们只有5x8", "we only have 3 people") is no question of markets.
_OWN_ONLY = lazy_compile(
    r"(我们|我司|咱们|公司)(目前|现在)?只有|\bwe (only|just) have\b|\bwe have only\b"
)
# The experience condition differs by its industry: compared only when the question names the
# industry ("security experience"), as the markets whose experience is in that industry.
_EXPERIENCE = "experience_years"
_INDUSTRIES = (
    ("安全", lazy_compile(r"安全|\bsecurity\b")),
    ("大数据", lazy_compile(r"大数据|\bbig data\b")),
    ("建站", lazy_compile(r"建站|网站|\bwebsite\b")),
)


_SUPPORT_KEYS = ("aftersales_support", "online_cs")


def _others_support(market_id: str, lang: Lang) -> list[str]:
    """The other markets' support conditions, one line per wording."""
    grouped: dict[str, list[str]] = {}
    for market in all_markets():
        if market.id == market_id:
            continue
        for condition in market.conditions:
            if condition.key in _SUPPORT_KEYS:
                summary = condition.summary_en if lang == "en" else condition.summary_zh
                grouped.setdefault(summary, []).append(market_label(market, lang))
    lines = [t("answers_only_market_others", lang)]
    lines += [
        t("answers_only_market_others_line", lang, summary=summary, markets=join_names(names, lang))
        for summary, names in grouped.items()
    ]
    return lines


def _industry_named(norm: str) -> str | None:
    return next((word for word, pattern in _INDUSTRIES if pattern.search(norm)), None)


def _setting(
    keys: tuple[str, ...], level: str | None, industry: str | None
) -> list[tuple[Market, list[str]]]:
    found: list[tuple[Market, list[str]]] = []
    for market in all_markets():
        conditions = [
            c
            for c in market.conditions
            if c.key in keys
            and (level is None or c.check != "support_min" or c.threshold == level)
            and (c.key != _EXPERIENCE or industry is None or industry in c.summary_zh)
        ]
        if conditions:
            found.append((market, [c.key for c in conditions]))
    return found


def verdict_openings() -> tuple[str, ...]:
    """The openings of this module's 对 / 不是 (yes / no), up to the market's name."""
    return tuple(
        t(key, lang).split("{name}")[0]
        for key in ("answers_only_market_yes", "answers_only_market_no")
        for lang in ("zh", "en")
    )


def asks_only(question: str) -> bool:
    """The question asks whether one market alone sets something (not the vendor's own only)."""
    norm = normalize(question)
    return bool(_ONLY_ASKED.search(norm)) and not _OWN_ONLY.search(norm)


def only_market_answer(
    question: str, market_id: str, keys: tuple[str, ...], lang: Lang
) -> Answer | None:
    """对 / 不是 on whether `market_id` alone sets the condition `keys` name; None unless the
    question asks it."""
    norm = normalize(question)
    if not keys or not _ONLY_ASKED.search(norm) or _OWN_ONLY.search(norm):
        return None
    industry = None
    if _EXPERIENCE in keys:
        from bot.answers.questions import without_market_names

        # "安全市场" names the market, not the experience's industry ("security experience").
        industry = _industry_named(normalize(without_market_names(question)))
    level = support_level_mentioned(question)
    setting = _setting(keys, level, industry)
    if market_id not in [market.id for market, _ in setting]:
        return None
    others = [market for market, _ in setting if market.id != market_id]
    name = market_label(market_id, lang)
    if others:
        head = t(
            "answers_only_market_no",
            lang,
            name=name,
            others=join_names([market_label(m, lang) for m in others], lang),
        )
    else:
        head = t("answers_only_market_yes", lang, name=name)
    lines = [head]
    for market, market_keys in setting:
        for condition in market.conditions:
            if condition.key in market_keys:
                lines.append(
                    t(
                        "answers_only_market_line",
                        lang,
                        name=market_label(market, lang),
                        summary=condition.summary_en if lang == "en" else condition.summary_zh,
                        quote=condition.quote(lang),
                    )
                )
    if level is not None and not others and set(keys) & set(_SUPPORT_KEYS):
        # "…别的都5x8就行？": what the other markets ask of support, grouped by its wording.
        lines += _others_support(market_id, lang)
    source = source_line(sections()["conditions"], None, lang)
    body = "\n".join(lines)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
