"""Small helpers shared by the engine and its steps (no state, no storage)."""

from __future__ import annotations

import re

from bot.conversation import interpret as reading
from bot.conversation import questions as q
from bot.conversation.forms import resolve_ticket_field
from bot.lazy_re import lazy_compile
from bot.texts import Localized, pair
from rules.markets import MARKET_IDS, find_markets_in_text

# "1,3", "2 和 5": numbers picking options of a numbered list.
NUMBER_LIST = re.compile(r"^\s*\d+(\s*[,，、/;；\s]\s*\d+|\s*(和|and|&|\+)\s*\d+)*\s*$")


def join(*parts: str) -> str:
    """Paragraphs of a reply, empty ones left out."""
    return "\n\n".join(part for part in parts if part)


def clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def is_number(text: str) -> bool:
    # str.isdigit() accepts "²" and other digits int() refuses.
    return text.isascii() and text.isdigit()


def resolve_ticket_field_name(text: str) -> str | None:
    return resolve_ticket_field(text)


# A market named as one ("安全市场", "Solutions market"), and a clause describing the vendor
# ("we're a logistics software company", "我们是做安全软件的"), whose product words name no market.
MARKET_WORD = re.compile(r"市场|\bmarkets?\b", re.IGNORECASE)
DESCRIBES_VENDOR = re.compile(
    r"我们|我司|公司|做的|是做|都有|^做|^提供|^开发|主要做|专门做|"
    # ("we also sell a mature WAF software" — black-box s70 D12: 基础软件 added to 安全.)
    r"we'?re|we are|we (?:also |too |even |mainly |mostly |only |just )?"
    r"(?:make|build|do|sell|offer|provide|develop|run)|our |company|"
    # "we want to sell security software and also build websites" (black-box s57 D26).
    r"we (?:want|would like|'d like|plan|hope|intend) to (?:sell|build|offer|provide|list|make)",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[，,。;；—–:：!！?？]")
# A clause asking to join ("我们想做零售通", "we'd like to join Retail Link") chooses a market.
WANTS_TO_JOIN = re.compile(
    r"想|希望|打算|准备|要入驻|申请|入驻|上架|考虑|看看|感兴趣|"
    r"\bwant|would like|'d like|interested|plan to|hoping to|\bapply|\bjoin|list on|sign up",
    re.IGNORECASE,
)


_POINTS_BACK = re.compile(
    r"(?<![a-z])(?:its|their|that one|that market|this one|those|both|same)(?![a-z])|对应|相应|这个|那个",
    re.IGNORECASE,
)
_ALSO = re.compile(r"(?<![a-z])(?:also|too|as well)(?![a-z])|也|都", re.IGNORECASE)


def markets_named(text: str) -> list[str]:
    """Markets in `text`; when some are named as markets, the product words of a clause that
    describes the vendor ("Solutions market — we're a logistics software company") add none."""
    found = find_markets_in_text(text)
    if not MARKET_WORD.search(text):
        return found
    described: set[str] = set()
    # "我们做物流行业的解决方案，想进解决方案市场跟IoT市场": a market named as one in another
    # clause is chosen, whatever the description said (black-box D4 of the second round).
    explicit: set[str] = set()
    for clause in _CLAUSE.split(text):
        wish = WANTS_TO_JOIN.search(clause)
        described_first = DESCRIBES_VENDOR.search(clause[: wish.start()]) if wish else None
        if (
            wish is not None
            and described_first is not None
            and not MARKET_WORD.search(clause[: wish.start()])
            and MARKET_WORD.search(clause[wish.start() :])
            # ("…want to join its market and the API market", "…also want to join the API
            # market" — review 70 R5: the described market is wanted too.)
            and not _POINTS_BACK.search(clause[max(0, wish.start() - 8) :])
            and not (
                # "…and also want to join the API market": also points back unless the market
                # wished for was named in the description too (review 71 R14).
                _ALSO.search(clause[max(0, wish.start() - 8) :])
                and not set(find_markets_in_text(clause[wish.start() :]))
                & set(find_markets_in_text(clause[: wish.start()]))
            )
        ):
            # "we build smart-factory IoT solutions and want to join the IoT market" (blind
            # c50_10: the Solution Market checked too): the description before the wish adds
            # no market, the wish names the ones chosen.
            described.update(find_markets_in_text(clause[: wish.start()]))
            explicit.update(find_markets_in_text(clause[wish.start() :]))
        elif MARKET_WORD.search(clause):
            explicit.update(find_markets_in_text(clause))
        elif DESCRIBES_VENDOR.search(clause) and not WANTS_TO_JOIN.search(clause):
            # ("我们想做零售通": a wish, not a description.)
            described.update(find_markets_in_text(clause))
    kept = [market for market in found if market not in described or market in explicit]
    return kept or found


# Everyday words for markets, rewritten to the names the market finder knows before a choice
# is read: "the two retail ones" / "零售的那两个" (新零售 and 零售通), 数智 (数据智能), "sec",
# "mkt"; a count after a list ("API和安全两个市场", "这两个") says nothing more.
_EVERYDAY_MARKET_WORDS = (
    (
        re.compile(
            r"(?<!新)零售(?:的|类|相关的)?(?:那|这)?(?:两个|俩|二个)(?:市场)?|两个零售(?:市场)?|"
            r"\b(?:the )?(?:two|both)(?: of the)? retail(?: ones| markets?)?\b|\bretail ones\b",
            re.IGNORECASE,
        ),
        "新零售市场、零售通市场",
    ),
    (re.compile(r"数智"), "数据智能"),
    (re.compile(r"\bling ?shou ?tong\b", re.IGNORECASE), "零售通"),
    (re.compile(r"\bxin ?ling ?shou\b", re.IGNORECASE), "新零售"),
    (re.compile(r"\bsec\b", re.IGNORECASE), "security"),
    # "data security", "数据安全", "网络安全": a kind of security, not the data market too.
    (
        re.compile(r"\b(?:data|network|cloud|cyber|web|application|app)[ -]?security\b", re.I),
        "security",
    ),
    (re.compile(r"(?:数据|网络|云|信息|应用|网站)安全"), "安全"),
    # "security software", "IoT software": the kind of product, not the software market too.
    (
        re.compile(r"\b(security|iot|api|website|enterprise|saas)\s+software\b", re.IGNORECASE),
        r"\1 products",
    ),
    (re.compile(r"\bmkts?\b", re.IGNORECASE), "market"),
    (re.compile(r"(?:这|那)?(?:两|二|三|四|五|几)个(?=市场|$|[，,。;；!！])"), ""),
)


def everyday_market_words(text: str) -> str:
    for words, names in _EVERYDAY_MARKET_WORDS:
        text = words.sub(names, text)
    return text


# Products a vendor may describe instead of naming markets, and the market each points to
# (the guide's description of the market: 数据智能 "大数据相关的应用服务", 建站 "网站建设",
# 企业应用 "企业软件及SaaS服务", 安全 "安全软件", 物联网). Only ever proposed, asked back.
_PRODUCT_WORDS = tuple(
    (market, re.compile(words.replace("<", r"(?<![a-z])").replace(">", r"(?![a-z])"), re.I))
    for market, words in (
        ("api", "<apis?>|接口"),
        ("data", "大数据|数据分析|数据可视化|<bi>|big data|data analytics|<dashboards?>"),
        ("website", "网站|建站|小程序|<websites?>|web design|mini[- ]?programs?"),
        (
            "security",
            "<waf>|防火墙|做安全|安全软件|安全产品|安全服务|<firewalls?>|<security>|^安全$",
        ),
        ("iot", "智能硬件|物联网|<iot>"),
        ("devops", "运维监控|运维工具|监控告警|监控工具|自动化运维|<ci/?cd>|<devops>|<monitoring>"),
        ("new_retail", "门店|连锁|业务中台|线下零售|<o2o>"),
        ("enterprise", "<saas>|企业软件|<crm>|<erp>|<oa>|<hr>|enterprise software"),
    )
)


def products_described(text: str) -> list[str]:
    """Markets the products a vendor describes point to ("我们做大数据BI，也做网站" → 数据智能,
    建站), when the vendor describes itself and names no market as one; [] otherwise."""
    if MARKET_WORD.search(text) or not DESCRIBES_VENDOR.search(text):
        return []
    text = everyday_market_words(text)  # "网站安全" is security, not a website
    return [market for market, words in _PRODUCT_WORDS if words.search(text)]


# Every market, said in words the menu's "全部" does not cover: "所有市场", "全部都要", "everything",
# "all of them please".
EVERY_MARKET = re.compile(
    r"(?:我们|我)?(?:要|想要|想|想进|想入驻|想申请)?(?:所有|全部|全)的?(?:市场|类目|集市)?(?:都|全)?"
    r"(?:要|想|想要)?(?:申请|入驻|进|看看|看|行|可以|检查|查)?(?:一下)?吧?"
    r"|(?:i'?d like |we'?d like |we want |check )?(?:everything|all of them|all markets|"
    r"all the markets|every market|the lot|all of it)(?: please)?",
    re.IGNORECASE,
)


# "Retail" said alone: 新零售 or 零售通? (Both names, and "the two retail ones", are not alone.)
_RETAIL_NAMED = re.compile(
    r"新零售|零售通|new[ _-]?retail|retail[ _-]?link|ling ?shou ?tong|xin ?ling ?shou",
    re.IGNORECASE,
)
_RETAIL = re.compile(r"零售|retail", re.IGNORECASE)


def retail_unclear(text: str) -> bool:
    """Whether the vendor said "retail" / 零售 without saying which of the two retail markets."""
    said = everyday_market_words(text)
    if _RETAIL_NAMED.search(said):
        return False  # "the retail one — the 零售通 thing": told which in the same message
    return _RETAIL.search(said) is not None


def read_markets(text: str) -> reading.MarketChoice:
    choice = reading.read_market_choice(
        everyday_market_words(text), MARKET_IDS, markets_named, q.market_list
    )
    if not choice.markets and not choice.confirm_zh and _NAME_ALONE.fullmatch(text.strip()):
        # "新领售" alone (black-box s60 D20: "没能识别"): a market's name with a typo and no
        # 市场 after it, asked back with the market it means.
        from bot.answers.names import markets_in_question

        meant = markets_in_question(text.strip() + _MARKET_WORD)
        if len(meant) == 1:
            listed = Localized(q.market_list(meant, "zh"), q.market_list(meant, "en"))
            return reading.MarketChoice(
                meant,
                *pair("markets_typo_question", said=text.strip(), meant=listed, markets=listed),
            )
    if choice.confirm_zh or not choice.markets:
        return choice
    # "我们想申请解决方按市场和IOT市场" (black-box s57 D5: the misspelt one dropped without a
    # word): a market's name with a typo beside others, asked back with the market it means.
    from bot.answers.names import markets_in_question

    for found in _MARKET_WORD_CHUNK.finditer(text):
        if markets_named(found.group(0)):
            continue
        # The shortest name before 市场 that reads as a market ("解决方按", not "申请解决方按").
        end = found.end(1)
        said, meant = "", []
        for length in range(2, end - found.start(1) + 1):
            said = text[end - length : end]
            meant = [m for m in markets_in_question(said + _MARKET_WORD) if m not in choice.markets]
            if meant:
                break
        if len(meant) == 1:
            return _typo_asked(choice, said, meant)
    # "hey can we get into retial link and new retail mkt" (black-box s74 D9: Retail Link
    # dropped without a word): an English name misspelt beside others, asked back the same way.
    from bot.answers.names import misspelt_english_names
    from bot.answers.text import normalize

    misspelt = list(
        {
            market: (said, market)
            for said, market in misspelt_english_names(normalize(text))
            if market not in choice.markets
        }.values()
    )
    if len(misspelt) == 1:
        return _typo_asked(choice, misspelt[0][0], [misspelt[0][1]])
    return choice


def _typo_asked(choice: reading.MarketChoice, said: str, meant: list[str]) -> reading.MarketChoice:
    """The markets chosen with the one a misspelt name means, asked back before they are."""
    markets = [m for m in MARKET_IDS if m in {*choice.markets, *meant}]
    return reading.MarketChoice(
        markets,
        *pair(
            "markets_typo_question",
            said=said,
            meant=Localized(q.market_list(meant, "zh"), q.market_list(meant, "en")),
            markets=Localized(q.market_list(markets, "zh"), q.market_list(markets, "en")),
        ),
    )


# A short Chinese name typed alone at the menu: "新领售".
_NAME_ALONE = lazy_compile(r"[\u4e00-\u9fff]{2,6}")
# A Chinese name before 市场: "解决方按市场"; the word put back after a shorter name.
_MARKET_WORD = "市场"
_MARKET_WORD_CHUNK = lazy_compile(r"([\u4e00-\u9fff]{2,6}?)(?:市场|集市)")


# Markets kept or dropped in words — the ticket's at its review (black-box, second round, D13:
# "oh and retail link got postponed, only API for now", "零售通先不做了", "只交API市场的"), or
# the walk-through's mid-form ("only the API market please, not data intelligence").
_ONLY_THESE = lazy_compile(
    r"只要|只做|只看|只查|只检查|只入驻|只报|只交|只申请|只写|只填|只开|就只|先只|仅|(?<![a-z])(?:only|just)(?![a-z])",
    re.IGNORECASE,
)
_DROPPED_AT_REVIEW = lazy_compile(
    r"先不做|不做了|不要了|先不要|不入驻了|不入了|先不入|不进了|先不进|去掉|推迟|延后|暂缓|以后再|取消了|^\s*(?:不要|不是|不做)"
    # "安全市场先不交了，只写零售通的" (black-box s72 D15: not understood).
    r"|先不交|不交了|还没交|没交"
    # ("No, our IoT platform is self-hosted, not on Alibaba Cloud IoT" — blind_conversations19
    # c19_46: "not on / based on …" is the answer's own words, no market dropped.)
    r"|^\s*not(?![a-z])(?!\s+(?:on|in|at|based|built|using|from|with|for|yet|sure|really|on top)\b)"
    r"|(?<![a-z])(?:drop|remove|without|postponed|delayed|cancell?ed|not (?:joining|doing))(?![a-z])"
    # "零售通算了，不加了" (black-box s71 D9: not understood): the market named, then let go.
    r"|(?<=[^，,。;；\s][^，,。;；\s])算了|不加了|不用加了|不加"
    # "forget retail link, don't add it", "retail link, never mind" (review 61 N5: not
    # understood).
    # (Not "don't skip", "don't forget it" — review 62 R2: the market just added dropped.)
    r"|(?<!don't )(?<!dont )(?<!do not )(?<![a-z])(?:forget(?: about)?|never ?mind|(?:don'?t|do not|not) add"
    r"|leave out|skip)(?![a-z])"
    # "零售通，算了" (review 62 N4): the market of the clause before, let go.
    r"|^\s*算了",
    re.IGNORECASE,
)
# "再加一个安全市场", "also add security": a market added.
_ADDED_IN_WORDS = lazy_compile(
    r"再加|加上|也加|还要加|添加|加一个|(?<!not )(?<!n't )(?<![a-z])(?:also add|add|plus)(?![a-z])"
    # "我们服务市场的保证金也一起交了" (black-box s56 D10): that market's deposit paid too.
    r"|(?:也|还)(?:一起|一并|同时)?(?:交|缴|付|缴纳|交纳)(?:了|过了)"
    # "also we paid for the security market too" (black-box s71 D7: not understood).
    r"|(?<![a-z])(?:also|too|as well)(?![a-z])(?=.*(?<![a-z])(?:paid|joined|approved)(?![a-z]))"
    r"|(?<![a-z])(?:paid|joined|approved)(?![a-z])(?=.*(?<![a-z])(?:too|as well|also)(?![a-z]))",
    re.IGNORECASE,
)
_CLAUSES = lazy_compile(r"[，,。;；!！]|(?<![a-z])(?:but|and)(?![a-z])", re.IGNORECASE)
# Another market put in the place of one dropped: "API那个不要了，换成零售通" (black-box s67 D2,
# high: API dropped, 零售通 never added).
_REPLACED_BY = lazy_compile(
    r"换成|换为|改成|改为|替换成|换到"
    r"|(?<![a-z])(?:replace (?:it |that )?with|switch(?:ed)? to|swap (?:it |that )?for|instead)(?![a-z])",
    re.IGNORECASE,
)


def markets_kept_in_words(markets: list[str], text: str) -> list[str] | None:
    """`markets` after a sentence that keeps only some or drops some of them; None when the
    sentence changes none (or would leave none)."""
    only: list[str] = []
    added: list[str] = []
    dropped: set[str] = set()
    before: list[str] = []
    before_added = False
    replacing: list[str] = []
    for clause in _CLAUSES.split(text):
        adds = False
        if _REPLACED_BY.search(clause) and not _DROPPED_AT_REVIEW.search(clause):
            replacing += read_markets(_REPLACED_BY.sub(" ", clause)).markets
        elif _ADDED_IN_WORDS.search(clause):
            adds = True
            named = read_markets(_ADDED_IN_WORDS.sub(" ", clause)).markets
            # "we also got the Retail Link market approved, add it" (black-box 48, D30): the
            # market of the clause before.
            added += named or before
        elif _DROPPED_AT_REVIEW.search(clause):
            # Read without its drop word ("零售通先不做了" alone reads as "all but 零售通"); the
            # names only when they are there ("算了新零售去掉" — black-box s63 D1, high: its 算了
            # read as "all but 新零售", every other market dropped).
            left = _DROPPED_AT_REVIEW.sub(" ", clause)
            # ("retail link, never mind": the market of the clause before, let go.)
            dropped.update(
                find_markets_in_text(left)
                or (read_markets(left).markets if left.strip(" ，,。.!！") else [])
                # (Never the market a clause before just added: "再加一个安全市场，别的不加了",
                # "add the security market too, never mind what I said earlier" — review 62 R2.)
                or ([] if before_added else before)
            )
        elif _ONLY_THESE.search(clause):
            only += read_markets(clause).markets
        elif only and clause and find_markets_in_text(clause):
            # "just the API market and the IoT market", "let's only do API, enterprise apps and
            # IoT" (black-box s62 D2: only the first kept): the list the only-word began.
            only += find_markets_in_text(clause)
        before = find_markets_in_text(clause) if clause and clause.strip() else []
        before_added = adds
    if replacing and dropped:
        added += replacing  # "API那个不要了，换成零售通": the one dropped, replaced
    elif replacing:
        only += replacing  # "改成零售通": those markets instead
    if only:
        chosen = [m for m in dict.fromkeys(only) if m not in dropped]
    elif dropped or added:
        chosen = [m for m in dict.fromkeys(markets + added) if m not in dropped]
    else:
        return None
    return chosen if chosen and chosen != markets else None
