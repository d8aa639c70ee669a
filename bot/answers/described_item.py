"""A yes/no about one item of a market's description list: "新零售市场覆盖的核心行业里有没有餐饮",
"Does the DevOps market include compliance auditing?".

The description in rules/data/markets.yaml lists what the market covers (七大核心行业（服饰、…、
新餐饮、新旅游）, 包括但不限于云资源纳管、…): when the question's words name one item of such a
list, the reply opens with the verdict and that item, then the description.
"""

from __future__ import annotations

import re

from bot.answers import computed
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.answers.yes_no import asks_yes_no
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

# A list in the Chinese description: a covering verb, an optional head (七大核心行业), then the
# items joined by 、 up to 等, a closing bracket or the clause's end.
_LIST_ZH = lazy_compile(
    r"(覆盖|涵盖|包括但不限于|包括|包含)([^，。、（(]{0,12}?)[（(]?([^，。（）()]+、[^，。（）()]+?)"
    r"(?:等|[）)]|[，。]|$)"
)
_LIST_EN = lazy_compile(
    r"\b(covering|including but not limited to|including)\s+([^()]{0,40}?)\s*\(([^)]+)\)"
    r"|\b(covering|including but not limited to|including)\s+()([^.()]+?)(?: and other\b| and so on\b|\.|$)"
)
# A requirement asked ("要求注册资金吗", "is there a capital requirement"): the conditions answer.
_ASKS_REQUIREMENT = lazy_compile(
    r"要求|条件|需要|必须|门槛|最低|最少|至少"
    r"|\b(requirements?|require[sd]?|need|needs|must|conditions?|minimum|at least|asks? for)\b"
)
# A market's name without its 市场 ("新零售"), as questions often write it.
_MARKET_WORD = "市场"
_ITEM_SEP_ZH = lazy_compile(r"[、/]")
_ITEM_SEP_EN = lazy_compile(r",\s*(?:and\s+)?|\s+and\s+")
_ITEM_COMMA_EN = lazy_compile(r",\s*(?:and\s+)?")
_WORD_EN = lazy_compile(r"[a-z][a-z-]{3,}")
_HAN_RUN = lazy_compile(r"[\u4e00-\u9fff]{2,}")
_EN_STOP = frozenset(
    {
        "does",
        "market",
        "marketplace",
        "include",
        "includes",
        "including",
        "cover",
        "covers",
        "covering",
        "there",
        "among",
        "that",
        "this",
        "with",
        "what",
        "their",
        "industries",
        "industry",
        "products",
        "services",
        "core",
        "list",
        "listed",
        "your",
        "have",
        # Every market is built on Alibaba Cloud: "cloud" tells none of its items apart ("a cloud
        # cost management tool" is 成本费用管理, not 云资源纳管).
        "cloud",
    }
)


def _lists(description: str, lang: Lang) -> list[tuple[str, str, list[str]]]:
    """(verb, head, items) for each list the description gives."""
    found = []
    if lang == "en":
        for m in _LIST_EN.finditer(description):
            verb = m.group(1) or m.group(4)
            head = (m.group(2) if m.group(1) else m.group(5)) or ""
            body = m.group(3) if m.group(1) else m.group(6)
            # Items are split at commas ("cost and expense management" stays one item); a list
            # with no comma at "and".
            separator = _ITEM_COMMA_EN if "," in body else _ITEM_SEP_EN
            items = [i.strip() for i in separator.split(body) if i and i.strip()]
            found.append((verb, head.strip(), items))
        return found
    for m in _LIST_ZH.finditer(description):
        items = [i.strip() for i in _ITEM_SEP_ZH.split(m.group(3)) if i.strip()]
        found.append((m.group(1), m.group(2).strip(), items))
    return found


def _item_named(question: str, items: list[str], lang: Lang, name: str, name_en: str) -> str | None:
    if lang == "en":
        words = {w for w in _WORD_EN.findall(question.lower()) if w not in _EN_STOP}
        words -= set(_WORD_EN.findall(name.lower()))
        words -= set(_WORD_EN.findall(name_en.lower()))
        # The item sharing most words ("consumer electronics", not "consumer goods").
        scored = [(len(words & set(_WORD_EN.findall(item.lower()))), item) for item in items]
        best_en = max(scored, default=(0, ""), key=lambda pair: pair[0])
        return best_en[1] if best_en[0] else None
    rest = question.replace(name, " ").replace(name.removesuffix(_MARKET_WORD), " ")
    best: tuple[int, str] | None = None
    for run in _HAN_RUN.findall(rest):
        for size in range(len(run), 1, -1):
            for start in range(len(run) - size + 1):
                piece = run[start : start + size]
                for item in items:
                    if piece in item and (best is None or size > best[0]):
                        best = (size, item)
    return best[1] if best else None


# Whether the vendor's own line is among the list, asked without 吗 ("想看看在不在里面", "餐饮算不
# 算", "are we included?"): a yes / no all the same (fix32e).
_ASKS_MEMBER = lazy_compile(
    r"在不在|是不是在|在里面|在其中|在内吗|算不算|属不属于|包不包括|含不含|有没有"
    r"|\b(are|is) (we|it|that|ours|this|they|those)\b[^?.]{0,20}\b(in|included|covered|among|listed)\b"
    r"|\b(included|among (them|those|these)|on (the|that) list|in (the|that) list)\b"
    # "does data migration count?": an item asked to be one of them.
    r"|\b(does|do|would|will)\b[^?.]{1,40}\b(count|qualify|belong)\b"
    # "这些服务都能放到服务市场卖吗，还是只能卖纯代维": asked beside an either-or.
    r"|(都|也)?能(放到|放在|拿到|挂到)[^。？?]{0,10}(卖|上架)吗"
)
# The list itself asked too ("主要面向哪几个行业", "which industries"): then all its items follow.
_ASKS_WHICH = lazy_compile(r"哪些|哪几|哪个|几大|几个|多少个|什么行业|啥行业|\b(which|what)\b")
# The vendor's words for an item the English description names otherwise.
_EN_ALIASES = {
    "restaurant": "catering",
    "restaurants": "catering",
    "clothing": "apparel",
    "fashion": "apparel",
    "travel": "tourism",
}


# "Only" asked of an item ("是不是只收网络安全类的", "only network security?").
_ONLY_ASKED = lazy_compile(
    r"只(?:收|做|要|接受|包括|有|能)?|仅(?:限|收)?|(?<![a-z])only(?![a-z])", re.IGNORECASE
)


def _at(text: str, item: str) -> int:
    """Where `item` first occurs in `text` (case-folded); the text's length when it does not."""
    found = text.casefold().find(item.casefold())
    return found if found >= 0 else len(text)


def described_item_answer(question: str, market_id: str, lang: Lang) -> Answer | None:
    """是的 / Yes and the item first when a yes/no question names an item of the market's
    description list; with the list asked too, every item of it after."""
    norm = normalize(question)
    if not (asks_yes_no(norm) or _ASKS_MEMBER.search(norm)) or _ASKS_REQUIREMENT.search(norm):
        return None
    if lang == "en":
        question = " ".join(
            [question, *(alias for word, alias in _EN_ALIASES.items() if word in norm.split())]
        )
    market = get_market(market_id)
    name = market_label(market, lang)
    description = market.described(lang)
    for verb, head, items in _lists(description, lang):
        item = _item_named(
            question if lang == "en" else norm, items, lang, market.name, market.name_en
        )
        if item is None:
            continue
        if lang == "zh":
            # "数据迁移、故障排查、安全加固…都能放到服务市场卖吗": every item named, in the list's order.
            named = [one for one in items if one in norm]
            if len(named) > 1:
                item = t("list_separator", lang).join(named)
        only = _ONLY_ASKED.search(question if lang == "en" else norm)
        after = (question if lang == "en" else norm)[only.end() :] if only else ""
        only_item = min(items, key=lambda one: _at(after, one)) if only else None
        if only_item is not None and _at(after, only_item) >= len(after):
            only_item = None
        if only_item is not None and len(items) > 1:
            # "安全市场是不是只收网络安全类的产品？我们是做数据安全的" (holdout92 #68: "是的"):
            # the list holds more than the one asked as the only one.
            found = computed.scope_answer(market_id, lang)
            listed = t("list_separator", lang).join(items)
            found.text = (
                t("answers_described_item_not_only", lang, name=name, item=only_item, items=listed)
                + found.text
            )
            return found
        if head:
            key = "answers_described_item_head"
        else:
            key = "answers_described_item"
        found = computed.scope_answer(market_id, lang)
        opening = t(key, lang, name=name, verb=verb, head=head, item=item)
        if head and _ASKS_WHICH.search(norm):
            # "主要面向哪几个行业？…在不在里面": the verdict, then the whole list, first.
            listed = t("list_separator", lang).join(items)
            first = opening.rstrip().rstrip("。.")
            opening = t("answers_described_item_all", lang, head=head, items=listed, first=first)
        found.text = opening + found.text
        return found
    return _absent_item_answer(question, market_id, lang)


# The covered list in a description: "覆盖七大核心行业（服饰、快消、…）", "covering 7 core
# industries (apparel, …)".
_COVERED_ZH = lazy_compile(r"覆盖[^（(]{0,12}行业[（(]([^）)]+)[）)]")
_COVERED_EN = lazy_compile(r"covering [^(]{0,30}industries \(([^)]+)\)")
# The item asked, in the question: "教育算不算在里面", "有没有教育", "is education included".
_ASKED_ZH = (
    lazy_compile(
        r"(?P<item>[\u4e00-\u9fff]{1,6}?)(行业)?(算不算|在不在|算|是不是|属不属于|属于)(在)?(里面|其中|之内|里头|这七|这些|七大|核心)"
    ),
    lazy_compile(
        r"(有没有|包不包括|包括|包含|含不含|含|里有|中有|里面有)(?P<item>[\u4e00-\u9fff]{1,6}?)(行业)?(吗|么|嘛|[?？]|$)"
    ),
)
_ASKED_EN = (
    lazy_compile(
        r"\b(?:is|are) (?P<item>[a-z][a-z -]{1,24}?) (?:included|covered|among them|one of|in (?:it|there|the list)"
        r"|on the list)\b"
    ),
    lazy_compile(r"\b(?:include|includes|cover|covers) (?P<item>[a-z][a-z -]{1,24}?)\s*[?？]"),
)
_SEPARATORS = lazy_compile(r"[、，,]\s*|\s+and\s+")
# Words of the frame, never the item ("这个", "它").
_NOT_ITEMS = frozenset({"这个", "那个", "它", "我们", "it", "this", "that", "we"})


def _covered(market_id: str, lang: Lang) -> list[str]:
    market = get_market(market_id)
    text = market.description_en if lang == "en" else market.description
    found = (_COVERED_EN if lang == "en" else _COVERED_ZH).search(text or "")
    return [item.strip() for item in _SEPARATORS.split(found.group(1))] if found else []


def _asked_item(norm: str, lang: Lang) -> str | None:
    patterns = _ASKED_EN if lang == "en" else _ASKED_ZH
    for pattern in patterns:
        found = pattern.search(norm)
        if found:
            item = found.group("item").strip()
            if item and item not in _NOT_ITEMS:
                return item
    return None


def _absent_item_answer(question: str, market_id: str, lang: Lang) -> Answer | None:
    """不在 / No and the covered industries, when the item asked is not among them
    ("新零售覆盖的七大行业里有教育吗")."""
    covered = _covered(market_id, lang)
    item = _asked_item(normalize(question), lang) if covered else None
    if item is None or any(item in entry or entry in item for entry in covered):
        return None
    found = computed.scope_answer(market_id, lang)
    opening = t(
        "answers_covered_industry_out",
        lang,
        market=market_label(get_market(market_id), lang),
        count=len(covered),
        industries=t("list_separator", lang).join(covered),
        item=item,
    )
    found.text = opening + "\n" + found.text
    return found


# The verdict with the whole list after it (answers_described_item_all), on the first line.
_OPENS_WITH_LIST = lazy_compile(r"^(是的：[^\n]+；[^\n]+是：|Yes: [^\n]+; the [^\n]+ are: )")


def opens_with_whole_list(found: Answer) -> bool:
    """Whether `found` opens with the verdict on an item and the whole list asked: "哪几个行业？
    …在不在里面" is then answered in full, not split into the list and the verdict after it."""
    return found.topic == "computed.scope" and bool(_OPENS_WITH_LIST.match(found.text))


# "覆盖几个核心行业", "which core industries does it target": the list asked for itself.
_ASKS_LIST = lazy_compile(r"哪些|哪几|几大|几个|多少个|\b(which|what|how many)\b")
_HEAD_WORD_ZH = lazy_compile(r"行业|领域")
_HEAD_WORD_EN = lazy_compile(r"\b(industr(y|ies)|sectors?|verticals?|segments?)\b")


def list_line(question: str, market_id: str, lang: Lang) -> str | None:
    """The opening line naming a list of the market's description when the question asks for
    that list ("新零售覆盖几个核心行业" → "新零售市场覆盖七大核心行业：服饰、…、新旅游。"), else None."""
    norm = normalize(question)
    if not _ASKS_LIST.search(norm) or _ASKS_REQUIREMENT.search(norm):
        return None
    market = get_market(market_id)
    for _verb, head, items in _lists(market.described(lang), lang):
        if not head or len(items) < 2:
            continue
        head_word = _HEAD_WORD_EN if lang == "en" else _HEAD_WORD_ZH
        if head_word.search(head) is None or head_word.search(norm) is None:
            continue
        listed = t("list_separator", lang).join(items)
        return t(
            "answers_described_list", lang, name=market_label(market, lang), head=head, items=listed
        )
    return None
