"""A message that asks several things at once ("想请教几个问题：第一，…第二，…第三，…",
"(1) … (2) …", "What are the rates for those three, and what would the combined deposit be?").

The whole message used to get one answer, to whichever part its words pulled hardest, and the
other parts were dropped. Here the message is split into its questions: an introduction before
the first one (who the vendor is, the facts it states) goes with the first question, a market
named anywhere goes with a question that names none ("第二，售后需要5x8还是7x24" is about the
market the message is about), and each part is answered on its own. When every part has a
confident answer they are joined, each line once, under one source line; when only some do,
the parts are numbered and each gets its own answer or decline.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache

from bot.answers import part_overlap
from bot.answers.identifiers import without_identifiers
from bot.answers.knowledge import concepts
from bot.answers.matcher import find_concepts, out_of_scope_topic, unstated_attribute
from bot.answers.model import MAX_ANSWER_CHARS, Answer
from bot.answers.names import markets_in_question
from bot.answers.said_once import LIST_LINE as _LIST_LINE
from bot.answers.said_once import said_once
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import all_markets, market_label
from rules.ticket import FIRST_LINE_TEMPLATE

# "第一，", "第2点", "一、", "1）", "(2)", "3.", "②", "Second," — the numbers of an enumerated
# list of questions.
_ENUMERATION = lazy_compile(
    r"(?:^|(?<=[\s，,。.;；:：?？!！]))"
    r"(?:第[一二三四五六七八九1-9][个点条]?[，,、:：.\s]"
    r"|[一二三四五六七八九][、.．]"
    r"|[(（][1-9一二三四五六七八九][)）]"
    # "(a) is it refundable, (b) do we get any document, and (c) …": letters as numbers.
    r"|[(（][a-e][)）]"
    r"|[1-9][)）、](?!\d)"
    r"|[1-9]\.(?!\d)\s*"
    r"|[①②③④⑤⑥]"
    r"|\b(?:first|second|third|fourth|firstly|secondly|thirdly|also|lastly|finally)\b[,:])",
    re.IGNORECASE,
)
# "two things:", "two q's:", "两个问题：": the message says it asks several things.
_SEVERAL_ANNOUNCED = lazy_compile(
    r"^\s*(?:(?:hi|hello|hey)[,!. ]+)?(?:two|2|three|3|a couple of|a few|couple of?) "
    r"(?:things|questions|q's|qs|quick ones|quick questions)\b"
    r"|^\s*(?:两|二|三|几)(?:个|件)(?:问题|事)"
)
_ASK_OPENING = lazy_compile(
    r"\s*(?:how|what|what's|which|when|where|who|is|are|do|does|can|could)\b", re.IGNORECASE
)
_MARKETPLACE_NAMED = lazy_compile(r"云市场|阿里云|\b(marketplace|alibaba cloud|aliyun)\b")
# A comma before the next of several announced questions: ", what's …", ", and besides …".
_COMMA_BEFORE_ASK = lazy_compile(
    r"(?:,|，)\s*(?:and\s+)?(?=(?:how|what|what's|which|when|where|who|is|are|do|does|can|could"
    r"|besides|also)\b)",
    re.IGNORECASE,
)
# Where an unnumbered message moves on to its next question.
_QUESTION_END = lazy_compile(r"(?<=[?？])")
_AND_NEXT = lazy_compile(
    # "How much is the deposit and how do I pay it" (black-box 48, D7): a how / where asked
    # after "and" with no comma is a question of its own too.
    r"(?<=[a-z\u4e00-\u9fff])\s+and\s+(?=(?:how|where) (?:do|can|should) (?:[iI]|[wW]e)\b)|"
    # "…what commission rate applies and what deposit do we pay?" (holdout84 #139: the rate
    # left unanswered): another topic's what, after "and" with no comma.
    r"(?<=[a-z])\s+and\s+(?=what (?:deposit|commission|rate|fee|tier)s?\b)|"
    r",\s*and\s+(?=(?:(?:at|in|after|before|during) )?"
    r"(?:what|whether|how|which|when|where|who|is|are|can|could|do|does|would|will)\b"
    # "…, and on which page do we top up the deposit?"
    r"|(?:on|to|from|for|with|by) (?:which|what) [a-z]+ (?:do|does|should|must|can|is|are)\b)"
)
# "零售通保证金多少 以后能退吗": chat fragments asking two things, parted by a space only — each
# side Chinese and each asking on its own.
# "服务市场保证金多少、开不开收据、退出时能退吗": a list of asks parted by 、 the same way.
_SPACE_BETWEEN_ASKS = lazy_compile(
    r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s*、\s*(?=[\u4e00-\u9fff])"
)
_ENDS_ASKING = lazy_compile(
    r"(吗|么|嘛|呢|多少|几个点|多久|什么|啥|怎么办|如何|是否|([\u4e00-\u9fff])不\2[\u4e00-\u9fff]{0,2})"
    r"\s*[?？]?\s*$"
)
# A part that asks: a question mark or an asking word.
_ASKS = lazy_compile(
    r"[?？]|吗|呢|多少|什么|啥|干嘛|怎么|如何|哪|几|是否|能否|可否|分别|要求"
    # "另外提交以后大概多久出结果": how long asked, with no question mark.
    r"|多久|多长时间"
    # "其他市场100万应该是没问题的吧": a tag question, the vendor's guess asked to be confirmed.
    # (Groups here are non-capturing: the A-not-A reading below refers back to its own group.)
    # (Only of other markets: "资金这条应该没问题吧" leans on the figures before it.)
    r"|(?:其他|其它|别的|其余)(?:市场|集市|类目)[^。？?]{0,20}(?:没问题|可以|够|行|满足|对)的?吧\s*[?？。]?\s*$"
    # "给不给收据", "算不算进档位": asked as A-not-A, with no question mark.
    # ("是不是也得20人" leans on the rule asked before it: no question of its own;
    # "够不够", "行不行", "在不在里面" judge the vendor's own case against what was asked just
    # before: they lean on it.)
    r"|(?![是够行对好在])([\u4e00-\u9fff])不\1"
    # "…在哪儿签？另外签完是不是就可以上架了": 是不是 after 另外 opens a question of its own.
    r"|^\s*(另外|还有|顺便问?一?下?)[^。？?]{0,20}是不是"
    # "开收据还是发票": an either-or closing the part.
    r"|[\u4e00-\u9fff]{1,6}还是[\u4e00-\u9fff]{1,6}\s*[?？]?\s*$"
    r"|\b(what|whether|how|which|when|where|who|can|could|would|is there|are there|do we|does)\b"
)
# "Do distribution orders pay commission, and which tier …?", "Do the API and IoT markets
# charge commission, and what deposit does each need?": a part opening with its auxiliary asks,
# though its question mark closes the next part (holdout22 123) — unless the next part picks
# among what it names ("Do Solutions and IoT both ask for customer cases, and which one needs an
# ACP engineer?" is one question of the two markets).
_AUXILIARY_OPENING = lazy_compile(r"^\s*(do|did|is|are|was|were|will|should|must|has|have)\b")
_PICKS_AMONG = lazy_compile(
    r"\b(which|whichever) (one|ones|of them|of the two|of those)\b|\beither\b"
)


def _asks(piece: str, text: str, rest: str = "") -> bool:
    """Whether `piece` (its text `text` as read) asks something; `rest` is what follows it."""
    if _ASKS.search(text):
        return True
    return bool(_AUXILIARY_OPENING.search(text)) and not _PICKS_AMONG.search(normalize(rest))


# Politeness around the questions, not a question itself.
_COURTESY = lazy_compile(
    r"^(谢谢|感谢|多谢|麻烦|辛苦|thanks|thank you|many thanks|cheers|best|regards)", re.IGNORECASE
)
# How to answer, not a question: "只列要求7*24的就行", "只说会卡住的", "just list the names".
_ANSWER_FORM = lazy_compile(
    r"(只|就|仅|光)(需要?|要)?(列|说|写|回答|答|给|告诉我?)(出|一下)?"
    r"|(please\s+)?(just|only)\s+(list|name|tell|give|say|answer)\b"
    r"|(please\s+)?(list|name)\s+only\b",
    re.IGNORECASE,
)
_MIN_PART = 4
# "能退吗", "退不退": a yes / no of three characters is a question of its own ("对吗" is not).
_SHORT_YES_NO = lazy_compile(r"[\u4e00-\u9fff]{2}(吗|么)|([\u4e00-\u9fff])不\2")
_MAX_PARTS = 4
# A part adding its market to the message's ("再加一个基础软件", "plus Security too").
_ADDS = lazy_compile(r"再加|加上|另外|同时|也要|还有|\b(plus|also|too|as well|both|together)\b")
# "其他集市的团队人数要求是多少", "what about the other markets?": a part about the markets not
# named before it, so the message's markets are not carried into it.
# Another shop platform named before a part: its later parts are about it.
# ("以前在淘宝开店被罚过一次，这个有影响吗？具体要求是啥": the vendor's own record on it, no
# question about it — dev40d #77.)
_OTHER_PLATFORM = lazy_compile(
    r"^\s*(?:请问|问下|问一下|那|想问下?)?\s*(天猫|淘宝|京东|拼多多|抖音|tmall|taobao|jd|pinduoduo)"
    r"\s*(?:上|平台)?\s*(?:开店|入驻|开个店|店铺|商家)"
)
_OTHER_MARKETS = lazy_compile(
    # ("其他那些市场" — holdout57 #137.)
    r"(其他|其它|别的|其余|剩下的?)(的)?\s*(那些|这些|各个?)?\s*(市场|集市|类目)"
    r"|\b(the )?(other|remaining|rest of the) (markets?|categories)\b"
)
# "和其他市场一样吗", "is it the same as the other markets": the named market compared with
# the others, so its name stays in the part.
_COMPARED = lazy_compile(
    r"一样|相同|同样|不同|不一样|区别|差别|差异|相比|比起|比较|更高|更低|更多|更少"
    r"|\b(same|different|differ|differs|compare|compared|versus|vs|like|higher|lower|more|less)\b"
)
# "and what about …", "那…呢": a follow-up's frame, no topic of its own.
# "…, and what is it for the Security market?": "it" is the thing the part before asked.
_WHAT_ABOUT = lazy_compile(
    r"\b(what|how) about\b|\band\b|那|呢|\bwhat(?:'s| is| are) (it|that|they|those) for\b"
    # "…是不是都要客户案例？开发运维要不要": the thing the part before asks, of this market.
    r"|(?:要|需|用)不(?:要|需要|用)\s*[?？]?\s*$"
    # "…a minimum registered capital? And does the IoT market?": the verb alone, asked again.
    r"|^\s*(and )?(does|do|is|are) the [^?]{0,24}\b(market|category)\s*\??\s*$"
)


def _asked_again_of_other_market(first: str, part: str) -> bool:
    """`part` is `first` asked of another market (its words, other market names)."""
    own, before = markets_in_question(part), markets_in_question(first)
    return (
        bool(own and before and own != before)
        and normalize(_without_market_names(part)).strip()
        == normalize(_without_market_names(first)).strip()
    )


# The part before's figures asked again of another market: "if the same amount were in the 安全
# category instead", "同样的金额换成安全市场呢".
_SAME_FIGURES_INSTEAD = lazy_compile(
    r"\bsame (amount|figures?|sales|total|numbers?|volume)\b[^?]{0,60}\binstead\b"
    r"|\binstead\b[^?]{0,40}\bsame (amount|figures?|sales|total|numbers?|volume)\b"
    r"|同样(的)?(金额|流水|数字|销售额|交易额)[^。？?]{0,16}(换成|放在|改成|如果是|要是)"
    r"|(换成|改成)[^。？?]{0,12}(市场|类目)[^。？?]{0,8}(同样|一样)(的)?(金额|流水)"
)
# The money got back, no thing named: "can we get the money back", "钱能退回来吗".
_MONEY_BACK = lazy_compile(
    r"\b(get|have) (the |our |that )?money back\b|\bmoney (back|returned|refunded)\b"
    r"|(钱|这笔钱)(能|可以)?(退|拿|要)(回来|回)"
)
# "所有市场都一样吗", "is it the same for all markets?": alike asked, of nothing named.
_ALL_ALIKE_BARE = lazy_compile(
    r"^\s*(那|那么)?(是不是|是否)?(所有|全部|各个?|每个)(的)?(市场|集市|类目)?(都)?(一样|相同|统一)"
    r"(吗|么|嘛|不|的吗)?\s*[?？。]?\s*$"
    r"|^\s*(and )?(is it|is that|are they) (the same|identical) (for|across|in) (all|every|each)"
    r"( the)? (markets?|categories)\s*\??\s*$"
)
# "And does the IoT market?": the follow-up's own verb, which only repeats the one before.
_FOLLOW_UP_VERB = lazy_compile(r"^\s*(and )?(does|do|is|are|can|will)\s+(?=the\b|\S+ market)", re.I)

# "how many does DevOps need", "开发运维要多少": a quantity asked of a market, the thing counted
# left to the part before.
_BARE_QUANTITY = lazy_compile(
    r"^[^a-z\u4e00-\u9fff]*(and )?(how (many|much|long|old))\b|(要|需要|得)?(多少|几个|几)[?？]?\s*$"
)


# "三个问题：1 转保证金的工单怎么提 2 保证金以后能退吗 3 有没有收据" (holdout67 #142: the second
# only): numbers 1, 2, 3 … each before a space and a question, no unit after them.
_BARE_NUMBER = lazy_compile(
    r"(?:^|(?<=[\s:：]))([1-9])\s+(?=[\u4e00-\u9fff])(?![个人万年元月天号点次名家种项份条步倍])"
)


def _bare_numbers_marked(message: str) -> str:
    """`message` with bare item numbers "1 … 2 …" written "1、… 2、…" when they count up from 1."""
    found = list(_BARE_NUMBER.finditer(message))
    if len(found) < 2 or [int(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
        return message
    return _BARE_NUMBER.sub(lambda m: m.group(1) + "、", message)


def numbered_parts(message: str) -> bool:
    """The message numbers two or more questions ("1）…；2）…", "(a) … (b) …")."""
    message = _bare_numbers_marked(message)
    starts = [match.start() for match in _ENUMERATION.finditer(message)]
    return len(starts) >= 2 and not _numbers_orders(message, starts)


def _numbers_orders(message: str, starts: list[int]) -> bool:
    """The numbered items are a month's orders ("1. ¥45,000 / 2. ¥120,000 (distribution)"),
    each an amount that asks nothing: one list of orders, not questions (order_list.py)."""
    items = [message[a:b] for a, b in zip(starts, starts[1:], strict=False)]
    return all(money_mentions(item)[1] and not _ASKS.search(normalize(item)) for item in items)


def _split(message: str) -> tuple[str, list[str]]:
    """(introduction, the questions asked) of `message`; fewer than two questions when it asks
    one thing."""
    message = _bare_numbers_marked(message)
    starts = [match.start() for match in _ENUMERATION.finditer(message)]
    if len(starts) >= 2 and not _numbers_orders(message, starts):
        # In a numbered list every item is something asked ("(1) the total deposit, and (2) …").
        preamble = message[: starts[0]]
        pieces = [message[a:b] for a, b in zip(starts, [*starts[1:], len(message)], strict=True)]
        asked = [_without_marker(piece) for piece in pieces]
    else:
        pieces = [
            p
            for s in _QUESTION_END.split(message)
            for q in _split_at_space(s)
            for p in _split_at_and(q)
        ]
        if (
            _SEVERAL_ANNOUNCED.search(normalize(message))
            and len([p for p in pieces if p.strip()]) < 2
        ):
            # "three quick ones: how many steps …, what's the deposit for 零售通, and besides
            # the Y20 … what else do we sign?" (holdout59 #135): the questions announced, parted
            # at the commas before each asking word.
            split = [p for p in _COMMA_BEFORE_ASK.split(message) if p.strip()]
            # (Every piece asks: "Three things …: the deposit, how many …" names its first thing
            # and is read whole — dev36a #78.)
            head = split[0].split(":", 1)[-1].split("：", 1)[-1] if split else ""
            if len(split) >= 2 and _ASK_OPENING.match(head):
                pieces = split
        preamble = ""
        rest = " ".join(pieces)
        if (
            len(pieces) >= 2
            and _SEVERAL_ANNOUNCED.search(normalize(message))
            and not _asks(pieces[0], normalize(pieces[0]), rest)
            and _names_a_topic(pieces[0])
        ):
            # "two things: deposit for Retail Link vs API market, and is the API commission
            # really zero?": the first thing is named, not asked, but it is one of the two.
            pieces[0] = pieces[0].rstrip(" ,，") + "?"
        while pieces and not _asks(pieces[0], normalize(pieces[0]), rest):
            preamble += pieces.pop(0)
        rest = " ".join(pieces)
        asked = [piece.strip() for piece in pieces if _asks(piece, _context_free(piece), rest)]
    asked = [
        piece
        for piece in asked
        if (len(_context_free(piece)) >= _MIN_PART or _SHORT_YES_NO.fullmatch(_context_free(piece)))
        and not (_COURTESY.match(piece) and len(piece) < 16)
        and not (_ANSWER_FORM.match(piece.strip()) and not _ASKS_ITSELF.search(piece))
    ]
    return preamble, asked


# A hedged remark after the question ("…就够了？其他几个市场好像都是5*8"): what the vendor
# believes of other markets, no question of its own.
_TRAILING_HEARSAY = lazy_compile(
    r"(?<=[?？])\s*[^?？]*(好像|似乎|貌似|印象中|印象里)[^?？吗呢么]*$"
    # "…按钮在哪？邮件里没写", "…? the email doesn't say": where the vendor looked, no question.
    r"|(?<=[?？])\s*[^?？吗呢么]{0,12}(没写|没说|没提|没找到|找不到|看不到|没看到)[^?？吗呢么]{0,6}$"
    # "…or refundable? My boss has to approve it before we sign" (dev47 #36): who needs the
    # answer and why — no question, no figure, nothing to judge.
    r"|(?<=[?？])\s*(?:(?:my|our) (?:boss|manager|cfo|ceo|finance|legal|director|management|team)"
    r"|(?:我们)?(?:老板|领导|财务|法务|上级)(?:要|得|需要|说))[^?？吗呢么\d]{0,60}$",
    re.IGNORECASE,
)


# "ticket 0123-4567 was about our deposit. quick q: after paying …?" (holdout50 #175): the
# question after its marker; the sentence before it only says what the vendor refers to.
_QUESTION_MARKER = lazy_compile(
    r"(?<![a-z])(?:quick q|quick question|one question|my question)\s*[:：]\s*",
    re.IGNORECASE,
)


def without_context_before_marker(message: str) -> str:
    """`message` from its "quick q:" on, when what comes before asks nothing."""
    found = _QUESTION_MARKER.search(message)
    if found is None or found.start() == 0:
        return message
    before = message[: found.start()]
    if "?" in before or "？" in before or not message[found.end() :].strip():
        return message
    return message[found.end() :]


def without_trailing_hearsay(message: str) -> str:
    """`message` without a hedged remark that follows its question and asks nothing."""
    return _TRAILING_HEARSAY.sub("", message)


# "Where do I start the application for a market? I already have an account and did the
# real-name verification.": where to apply is asked; the steps said done after it are context
# (read alone they would answer the verification step).
_WHERE_TO_APPLY = lazy_compile(
    r"\bwhere\b[^?]{0,40}\b(apply|application|applying)\b[^?]*\?"
    r"|(在哪|去哪|哪里|哪儿)[^?？]{0,6}(申请|提交申请)[^?？]*[?？]"
)
_DONE_AFTER = lazy_compile(
    r"^\s*(i|we)\b[^?]*\b(already|just|have|'ve)\b[^?]*[.!]?\s*$"
    r"|^\s*(我们|我)?[^?？吗]*(已经|已)[^?？吗]*[。!！]?\s*$"
)


def without_done_after_where_to_apply(message: str) -> str:
    """`message` without the steps said done after "where do we apply?"."""
    asked = _WHERE_TO_APPLY.search(message.lower())
    if asked is None:
        return message
    if _DONE_AFTER.match(message[asked.end() :].lower()):
        return message[: asked.end()]
    # "已经有账号也做完企业实名认证了，去哪里申请入驻？": the steps said done before it.
    cut = max(message.rfind(mark, 0, asked.start()) for mark in "，,。.")
    if cut > 0 and _DONE_AFTER.match(message[:cut].lower()):
        return message[cut + 1 :].strip()
    return message


_SENTENCE_PIECES = lazy_compile(r"[^?？。!！.]+[?？。!！.]*")
# "就写“已缴纳保证金”吗？": a question of its own, though it starts like an instruction.
_ASKS_ITSELF = lazy_compile(r"[?？]|吗|么|\b(can|should|do|does|is|are)\b")


def without_answer_form(message: str) -> str:
    """The message without sentences that only say how to answer ("只列要求7*24的就行",
    "Just list those ones."), when a question is left."""
    pieces = [m.group(0) for m in _SENTENCE_PIECES.finditer(message)]
    kept = [
        piece
        for piece in pieces
        if not (_ANSWER_FORM.match(piece.strip()) and not _ASKS_ITSELF.search(piece))
    ]
    if not kept or len(kept) == len(pieces):
        return message
    return "".join(kept).strip()


# "哪个市场门槛最低？我想知道既不要求…的有哪些": the sentence after says what the one before
# asked, in its own words.
_RESTATES = lazy_compile(
    r"^\s*(我的意思是|也就是说|换句话说|说白了)"
    r"|^\s*(i mean|i\.e\.|in other words|that is,|to put it another way)\b",
    re.IGNORECASE,
)
# Weaker: "我想知道…", "具体来说…" restate only a which-question with a which-question.
_RESTATES_WHICH = lazy_compile(
    r"^\s*(我(是)?想(知道|问|了解)|具体来说|具体点说)"
    r"|^\s*(what i want to know is|what i mean is|specifically)\b",
    re.IGNORECASE,
)
_ASKS_WHICH_PIECE = lazy_compile(r"哪|\bwhich\b")
_ASKED_PIECE = lazy_compile(r"[?？]\s*$")


def _restates(piece: str, after: str) -> bool:
    if not _ASKED_PIECE.search(piece):
        return False
    if _RESTATES.match(after):
        return True
    return bool(
        _RESTATES_WHICH.match(after)
        and _ASKS_WHICH_PIECE.search(piece)
        and _ASKS_WHICH_PIECE.search(after)
    )


# "退出云市场具体要怎么操作？流程是啥": a bare "what is the process" after a how-question asks
# the same how again; alone it would get the JOINING process (fix29b).
_BARE_PROCESS = lazy_compile(
    r"^\s*(那|那么|具体)?(的)?(整个|完整的?|具体的?)?(流程|步骤|操作流程|办理流程|手续)"
    r"(是|有)?(啥|什么|哪些|怎样|如何|怎么样|呢|怎么走)?(呀|啊|呢)?\s*[?？。]*\s*$"
    r"|^\s*(and |so )?(what('s| is| are)|which are) the (whole |exact |full )?"
    r"(process|procedure|steps)\s*[?.]*\s*$",
    re.IGNORECASE,
)
_ASKS_HOW_PIECE = lazy_compile(
    r"怎么|如何|怎样|流程|步骤|手续|\b(how|process|procedure|steps)\b", re.IGNORECASE
)


def _process_again(before: str, piece: str) -> bool:
    return bool(_BARE_PROCESS.match(piece) and _ASKS_HOW_PIECE.search(before))


def without_restated(message: str) -> str:
    """The message without a question the next sentence restates ("…门槛最低？我想知道既不
    要求执照年限、也不要求注册资金的有哪些"): the restating one is what is asked. A bare "流程是
    啥" after a how-question is dropped instead: it asks the same how."""
    pieces = [m.group(0) for m in _SENTENCE_PIECES.finditer(message)]
    kept = [
        piece
        for index, piece in enumerate(pieces)
        if not (index + 1 < len(pieces) and _restates(piece, pieces[index + 1]))
        and not (index and _process_again(pieces[index - 1], piece))
    ]
    if len(kept) == len(pieces):
        return message
    return "".join(kept).strip()


def _context_free(piece: str) -> str:
    """The piece without the identifiers given as context ("（账号ID: V2023…，电话 0571-…）"):
    an account, order or phone number is no question of its own."""
    return re.sub(r"[()（）\[\]【】,，:：\s]+", " ", without_identifiers(normalize(piece))).strip()


def _without_marker(piece: str) -> str:
    """The part without the number it starts with ("第二，", "(2)")."""
    marker = _ENUMERATION.match(piece)
    return piece[marker.end() :].strip() if marker else piece.strip()


# "是不是每个集市都要求…？零售通也一样吗？": a part asked of every market takes no market named
# in a later part.
_EVERY_MARKET = lazy_compile(
    r"(每个|每一个|所有|各个|全部|全体)的?(集市|市场|类目)"
    r"|\b(every|each|all( the)?) (markets?|categor(y|ies))\b"
)

# "…？is it all of them?", "…？是不是所有都要？": the markets just asked, every one of them.
_ALL_OF_THEM = lazy_compile(
    r"\s*(and |so |or )?(is it|is that|are they|are those|that's|thats|or is it) (all|every one|each one)"
    r" of them\s*[?？.!]*\s*$"
    r"|\s*(那|还是)?(是不是|是)?(所有|全部|每个)(的)?(市场|集市)?(都|全都)(是|要|需要|要求|有)?(这样|这个)?"
    r"(吗|么|嘛)?\s*[?？]*\s*$"
)
_WHICH_MARKETS = lazy_compile(
    r"(哪些|哪几个|哪几类)(集市|市场|类目)|\bwhich (markets|categories)\b"
)
# "(1) how many markets are there in total, (2) … (3) deposit for 零售通?" (holdout111 #138):
# the count of markets, or of the steps to join, is the same whoever asks — a market named in
# another part is never carried into it.
# ("这几个市场保证金一共多少", "how many markets do we pay for": the markets named — review 74 R1.)
_COUNT_OF_ALL = lazy_compile(
    r"(一共|总共|共)有?(几|多少)(个|大)(集市|市场|类目)|(?<![这那])有(几|多少)(个|大)(集市|市场|类目)"
    r"|(几|多少)(步|个步骤)"
    r"|\bhow many (markets|categories) (are there|in total|does the marketplace have|exist)\b"
    r"|\bhow many steps\b"
)


# Rules on the deposit that no amount before them changes (its refund, its receipt).
_DEPOSIT_RULES_OF_THEIR_OWN = frozenset({"deposit.refund", "deposit.receipt"})
# "要交钱吗", "收费吗", "does it cost anything?": a short money question with no thing of its own.
_SHORT_MONEY_PART = 24
_BARE_MONEY_ASK = lazy_compile(
    r"^\s*(那|这个|这)?\s*(要|需要|得)?(交|付|花)?钱(吗|么|不)|收费(吗|么|不)|要钱(吗|么)|免费(吗|么)"
    r"|(要|需要)(交|付)费(吗|么)|多少钱|\b(does it|is it|will it) (cost|free|paid)\b"
    r"|\bhow much (does it cost|is it)\b|^\s*any (fees?|costs?|charges?)\b"
)
# "除了安全市场还有别的吗", "any besides Security?": other markets than the one set aside.
_BESIDES_ANY_OTHER = lazy_compile(
    r"除了[^？?]{1,12}(还有|另外|以外|之外)[^？?]{0,6}(别的|其他|其它|哪|什么)"
    r"|\b(any|anything|anyone|others?)\b[^?]{0,12}\b(besides|apart from|other than|except)\b"
    r"|\b(besides|apart from|other than)\b[^?]{1,30}\b(any|others?|else)\b"
    # "only 安全市场, or some others as well?", "只有安全市场吗，还是还有别的".
    r"|\bonly\b[^?]{1,30}\bor (are there )?(some|any) others?\b|只有[^？?]{1,12}还是(还有)?(别的|其他|其它)"
)


def asks_besides_others(piece: str) -> bool:
    """ "除了安全市场还有别的吗": other markets than the one set aside are asked."""
    return bool(_BESIDES_ANY_OTHER.search(normalize(piece)))


def asks_all_of_them(piece: str) -> bool:
    """ "is it all of them?", "是不是所有都要？": the markets just asked, every one of them."""
    # (A part may carry the subject before it: "要求 所有都要吗".)
    return bool(_ALL_OF_THEM.search(normalize(piece)[-24:]))


def _bare_market_ask(part: str) -> bool:
    """A part that is only a market's name asked ("数据智能市场?", "and IoT?")."""
    named = markets_in_question(part)
    if len(named) != 1:
        return False
    rest = _without_market_names(part)
    return not _ASKING_NOISE.sub("", rest)


# What a market's name asked alone leaves: marks, 呢, "and the … market".
_ASKING_NOISE = lazy_compile(r"[\s?？。.,，呢吗和与及]|\b(and|or|the|market)\b", re.IGNORECASE)


# A question said again in other words: "Like, …?", "I mean …?", "就是说…", "比如说…".
_SAID_AGAIN = lazy_compile(
    # (Not "比如…": an example asked of, a question of its own — dev9b.)
    r"(?:like|i mean|in other words|that is|i\.e\.|meaning)[,:]?\s|就是说|也就是说|意思是",
    re.IGNORECASE,
)


def question_parts(message: str, lang: Lang = "zh") -> list[str]:
    """The questions of `message`, each able to stand alone (introduction and market names
    added where needed); [] when it asks one thing."""
    preamble, asked = _split(message)
    asked = _with_each_joined(asked)
    asked = _with_conditions_joined(asked)
    asked = _with_same_joined(asked)
    if not 2 <= len(asked) <= _MAX_PARTS:
        return []
    if all(_bare_market_ask(part) for part in asked[1:]) and _bare_market_ask(
        re.split(r"[:：,，。.;；]", asked[0])[-1]
    ):
        # "…: 服务市场? 数据智能市场?" (dev47 #99): the markets listed one per question mark
        # are one question asked of them all.
        return []
    if _own_figure_of_rule_asked(asked[-2], asked[-1]):
        # "服务市场要求注册资金多少？我们99万，就差一点，行吗": the figure stated is judged against
        # the rule asked before it — one question, 不能 and the rule's figure (holdout33 #103).
        return []
    if (
        len(asked) == 2
        and _WHICH_MARKETS.search(normalize(asked[0]))
        and _BESIDES_ANY_OTHER.search(normalize(asked[1]))
    ):
        # "哪些市场要求7x24售后？除了安全市场还有别的吗": the markets asked again, one set
        # aside — one question, answered with 没有别的 when none is left.
        return []
    if len(asked) == 2 and _ALL_ALIKE_BARE.match(normalize(asked[1])):
        # "技术团队要多少人？所有市场都一样吗？": whether every market asks the same of the thing
        # the first part names — one question, the rule across the markets.
        return []
    if len(asked) == 2 and _SAID_AGAIN.match(asked[1].strip()):
        # "Is there a minimum cooperation period? Like, do we have to stay a year before we can
        # get the deposit back?" (holdout61 #185: its "Yes:" contradicted part 1): the second
        # part says the first again in other words — one question, answered once.
        return []
    if _OWN_FIGURES_AGAIN.search(normalize(asked[-1])):
        # "服务市场对人数有要求吗？我们这个人数能进吗": the verdict on the figures stated answers
        # the rule asked before it too; the message is one question.
        return []
    # The markets the message is about: its introduction's, else all it names.
    markets = markets_in_question(preamble) or markets_in_question(message)
    # The thing the first question names ("保证金交到哪？交完还要做什么？会给收据吗？"): a later
    # part that names no topic or market of its own is about it too.
    subject = _subject_word(preamble + " " + asked[0])
    if (
        len(asked) == 2
        and subject is None
        and not markets
        and len(normalize(asked[1])) <= _SHORT_MONEY_PART
        and _BARE_MONEY_ASK.search(normalize(asked[1]))
        and not find_concepts(asked[1]) - _FRAME_CONCEPTS - _ASKING_CONCEPTS
        and not _names_a_condition(asked[1])
    ):
        # "钉钉企业账号怎么注册？要交钱吗": the money asked is the first part's thing, which no
        # topic of the guide names — one question, never the deposit (holdout34 #195).
        return []
    standalone = []
    for index, question in enumerate(asked):
        own = markets_in_question(question)
        if index and own:
            # "…？另外安全市场要几年行业经验" (holdout63 #136: read as asked of the market
            # before): a joining word opening a part that names its own market.
            question = _PART_OPENER.sub("", question)
        others = bool(
            index
            and _OTHER_MARKETS.search(normalize(question))
            and not _COMPARED.search(normalize(question))
        )
        dropped_subject = (
            index
            and own
            and _COMPARED_WITH_DROPPED_SUBJECT.match(normalize(question))
            and [m for m in markets_in_question(" ".join(asked[:index])) if m not in own]
        )
        all_of_them = (
            _asked_of_every_market(asked[0], lang)
            if index and not own and asks_all_of_them(question)
            else None
        )
        if all_of_them:
            # "Does the security market need 24/7 support? Is that all of them?": the first
            # part asked again of every market.
            question = all_of_them
        elif dropped_subject and lang == "zh" and _RATE_ASKED_BEFORE.search(standalone[-1]):
            # "服务市场的佣金比例多少？跟建站一样吗" (holdout49 #68): the rates compared, not the
            # markets — the part before's thing, its question words dropped, before the part.
            thing = _ASKING_TAIL.sub("", standalone[-1]).rstrip("？?。 ")
            question = f"{thing}{question.strip()}"
        elif dropped_subject:
            # "零售通市场是给谁的？跟新零售是一回事吗": the part compares the market the part
            # before names (its subject dropped) with the one it names.
            earlier = " ".join(market_label(market, lang) for market in dropped_subject)
            question = f"{earlier} {question}"
        elif (
            others
            and not own
            and not find_concepts(
                _WHAT_ABOUT.sub(" ", _OTHER_MARKETS.sub(" ", normalize(question)))
            )
        ):
            # "零售通要求几个员工？其他集市呢？": the part before asked of the other markets.
            question = f"{_without_market_names(asked[index - 1])} {question}"
        elif index and own and _SAME_FIGURES_INSTEAD.search(normalize(question)):
            # "物联网…¥2.3 million settled. Commission? And what would it be if the same amount
            # were in the 安全 category instead?": the part before, asked of this market.
            names = " ".join(market_label(market, lang) for market in own)
            question = f"{names} {_without_market_names(standalone[-1])}"
        elif (
            index
            and own
            and _WHAT_ABOUT.search(normalize(question))
            # ("what is it for" is no question of what the market is for.)
            and not find_concepts(_WHAT_ABOUT.sub(" ", _without_market_names(question)))
            - _FRAME_CONCEPTS
            and _names_a_topic(standalone[-1])
            and not _names_a_condition(question)
        ):
            # "Does Solutions require customer cases? And the IoT market?": the part before
            # asked of the market this part names ("And does the IoT market?": its own verb
            # left out — the question before has it, and alone it would be asked yes / no).
            carried = _without_market_names(standalone[-1])
            if money_mentions(question)[1]:
                # "…30w抽几个点？网站建设做到60万呢？": the follow-up's own amount, never the one
                # the part before states.
                carried = _AMOUNT_WORDS.sub(" ", carried)
            question = f"{carried} {_FOLLOW_UP_VERB.sub('', question)}"
        elif (
            index
            and own
            # "…, and how many does DevOps need / require?": a figure asked with no noun of its
            # own ("require" names no condition of its own either).
            and _BARE_QUANTITY.search(normalize(question))
            and not find_concepts(_without_market_names(question))
            - _FRAME_CONCEPTS
            - {"conditions"}
            and _names_a_topic(standalone[-1])
            and not _names_a_condition(question)
        ):
            # One clause with the thing counted: "how many employees does … require DevOps".
            before = _without_market_names(standalone[-1]).rstrip("?？。. ")
            question = f"{before} {question}"
        elif (
            index
            and subject
            and not own
            and _ORDER_EITHER_OR.search(normalize(question))
            and _subject_noun(asked[0], subject) not in normalize(question)
        ):
            # "合同在哪里签？是审核前签还是审核后签？": before or after what is asked of the
            # thing the first part names; alone it would find the deposit's timing.
            question = f"{_subject_noun(asked[0], subject)} {question}"
        elif (
            index
            and subject
            and not own
            and (
                # "保证金是第几步交？在哪个页面交？": where / how / when a thing is done names no
                # thing of its own; the part is about the first part's subject.
                not find_concepts(question) - _FRAME_CONCEPTS - _ASKING_CONCEPTS
                or (_LEANS_ON_BEFORE.match(question.strip()) and subject not in question)
                # "…about the marketplace deposit: … and can we ever get the money back?": the
                # money back is the deposit's refund, the thing named before.
                or (
                    _MONEY_BACK.search(normalize(question))
                    and _subject_word(preamble + " " + asked[0], frozenset({"deposit"})) is not None
                )
            )
        ):
            # "先签协议还是先交保证金？交多少钱？": an amount paid is the money topic's.
            paid = (
                _subject_word(preamble + " " + asked[0], _MONEY_CONCEPTS)
                if _ASKS_PAID_AMOUNT.search(normalize(question))
                else None
            )
            # ("…这笔钱能退回来吗": the money back is the deposit's, whatever else came first.)
            deposit = (
                _subject_word(preamble + " " + asked[0], frozenset({"deposit"}))
                if _MONEY_BACK.search(normalize(question))
                else None
            )
            question = f"{deposit or paid or subject} {question}"
        elif (
            index
            and _TICKET_CATEGORY_ASKED.search(normalize(question))
            and _TICKET_NAMED.search(normalize(" ".join(asked[:index])))
        ):
            # "…open a ticket, right? which category - finance or account stuff?": the ticket's
            # category, never the Marketplace's categories (markets).
            question = f"{_TICKET_WORDS[lang]} {question}"
        elif index and subject and subject.isascii() and subject not in question:
            # "(1) is the deposit refundable, (2) can we list products before paying it?": "it"
            # after paying is the thing the first part named.
            question = _IT_PAID.sub(lambda m: f"{m.group(1)} the {subject}", question)
        # "三、再加一个基础软件类目保证金一共多少": its market comes on top of the message's
        # named before it ("… together? and is Retail Link dearer": never a later part's).
        before = markets_in_question(" ".join([preamble, *asked[:index]]))
        carried = [m for m in before if m not in own] if _ADDS.search(normalize(question)) else []
        question = _with_back_reference(question, own, before if index else [], lang)
        every = (
            _EVERY_MARKET.search(normalize(question))
            or (not own and _COUNT_OF_ALL.search(normalize(question)))
        ) or (
            # "Which markets have no rate, and what is the API market rate?": the markets asked
            # for are all of them, not the one a later part names.
            _WHICH_MARKETS.search(normalize(question)) and not markets_in_question(preamble)
        )
        if markets and (not own or carried) and not others and not every:
            names = " ".join(market_label(market, lang) for market in (carried if own else markets))
            # "建站：经验要几年？服务要依托什么？": the market carried as the part's heading
            # ("建站市场：服务要依托什么"), so the part's own 服务 is no second market listed.
            joint = "：" if lang == "zh" and not carried else " "
            question = f"{names}{joint}{question}"
        platform = _OTHER_PLATFORM.search(normalize(" ".join([preamble, *asked[:index]])))
        if (
            index
            and platform
            and not own
            and not _OTHER_PLATFORM.search(normalize(question))
            # ("天猫开店需要什么条件？云市场入驻要多少保证金？": the Marketplace named — fix28a.)
            and not _MARKETPLACE_NAMED.search(normalize(question))
        ):
            # "天猫开店要什么条件？保证金多少" (holdout57 #198): the later part is the other
            # platform's too — never the Marketplace's deposit stated as if it were Tmall's.
            question = f"{platform.group(1)}{question}"
        if index == 0 and preamble.strip():
            question = preamble.strip() + " " + question
        elif index and DROP_BLOCKED.search(normalize(question)):
            # "…哪个会卡？把卡住的那个去掉，保证金还要交多少": the facts that rule a market out
            # come with the part that drops it.
            question = f"{preamble.strip()} {asked[0]} {question}"
        if (
            index
            and _OTHER_CERTIFICATION.search(normalize(question))
            and not markets_in_question(question)
        ):
            # "ACP是什么认证？ACA算不算" (black-box 47, D10): another certification is asked of
            # the one market whose condition names one (its ACP engineer).
            question = f"{market_label('solution', lang)} {question}"
        standalone.append(question)
    return standalone


# The words a market's name gives way to when a part is asked again of every market (a
# rewritten question, read by the matcher; never shown).
_EVERY_MARKET_ZH = "所有市场都"


def _asked_of_every_market(question: str, lang: Lang) -> str | None:
    """ "服务市场要求两年经验吗" → "所有市场都要求两年经验吗", "Does the IoT market need …?" →
    "Does every market need …?"; None unless the question names exactly one market."""
    if len(markets_in_question(question)) != 1:
        return None
    norm = normalize(question)
    found = _market_names_pattern().search(norm)
    if found is None:
        return None
    if lang == "zh":
        return norm[: found.start()] + _EVERY_MARKET_ZH + norm[found.end() :]
    before = re.sub(r"\bthe\s*$", "", norm[: found.start()])
    after = re.sub(r"^\s*(market|marketplace)\b", "", norm[found.end() :])
    return f"{before}every market{after}"


def _names_a_topic(text: str) -> bool:
    """A topic of the guide (保证金, commission) or one of the markets' conditions (ACP 工程师)."""
    return bool(find_concepts(_without_market_names(text)) - _FRAME_CONCEPTS) or _names_a_condition(
        text
    )


def _names_a_condition(text: str) -> bool:
    from bot.answers.reverse import condition_keys_named

    return bool(condition_keys_named(text, []))


def without_market_names(text: str) -> str:
    """`text` with every market's name taken out."""
    return _without_market_names(text)


def _without_market_names(text: str) -> str:
    """`text` with every market's name taken out ("零售通要求几个员工？" → "要求几个员工？")."""
    return _market_names_pattern().sub(" ", normalize(text)).strip()


@cache
def _market_names_pattern() -> re.Pattern[str]:
    # Latin names as whole words only ("API" is no part of "capital"), also when Chinese
    # follows ("iot市场").
    names = sorted(
        {name.lower() for m in all_markets() for name in (m.name, m.name_en, *m.aliases) if name},
        key=len,
        reverse=True,
    )
    return re.compile(
        "|".join(
            rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])" if name.isascii() else re.escape(name)
            for name in names
        )
    )


# "我们这个人数能进吗", "with these numbers can we join": the vendor's figures stated before.
_OWN_FIGURES_AGAIN = lazy_compile(
    r"我们这(个|样|些)|这个(人数|规模|团队|情况|条件|资质)|这样的?(情况|条件|配置)"
    r"|\b(with )?(these|those|our) (numbers|figures|facts|conditions)\b|\bwith (this|that) (team|profile)\b"
)
# "我们99万，就差一点，行吗", "we have 990k — ok?": the vendor's own figure, whether it will do.
_OWN_FIGURE_VERDICT = lazy_compile(
    r"^\s*(但是?|不过|那)?(我们|我司|咱们|我家|公司)[^？?]{0,12}[\d一二三四五六七八九十百千两][^？?]{0,20}"
    r"(行吗|行不行|够吗|够不够|能进吗|可以吗|能行吗|满足吗|达标吗|合格吗|算不算|能过吗"
    # "我们是99万，就差一万块，能不能通融一下": an exception asked for the figure short of it.
    r"|通融|放宽|破例|能不能进|能不能过)"
    r"|^\s*(but |and )?(we|our)\b[^?]{0,40}\d[^?]{0,30}\b(ok|okay|enough|fine|eligible|good enough)"
    r"\s*\?"
)
# The vendor's figure by its unit, and the condition it can be judged against.
_MONEY_FIGURE = lazy_compile(
    r"\d+(\.\d+)?\s*(万|w|k|元|million)|[一二三四五六七八九十百千两]+万|\b(one|two|three) million\b"
)
_EITHER_KIND = lazy_compile(r"还是|\bor\b")
_LEVEL_FIGURE = lazy_compile(r"5\s*[x×*]\s*8|7\s*[x×*]\s*24|24/7")
_PEOPLE_FIGURE = lazy_compile(r"\d+\s*(个|名|位)?\s*(人|people|persons|staff|employees)")
# Paid-in or subscribed capital is another question (the guide does not say which counts).
_CAPITAL_KIND = lazy_compile(r"实缴|认缴|\b(paid[- ]in|subscribed)\b")


def _own_figure_of_rule_asked(rule_part: str, figure_part: str) -> bool:
    """ "服务市场要求注册资金多少？" then "我们99万，行吗": the figure is of the condition asked
    (money for the capital, people for the team), and whether it will do is asked."""
    norm = normalize(figure_part)
    if not _OWN_FIGURE_VERDICT.search(norm) or _CAPITAL_KIND.search(norm):
        return False
    concepts = find_concepts(normalize(rule_part))
    if _MONEY_FIGURE.search(norm):
        return "capital" in concepts and not _PEOPLE_FIGURE.search(norm)
    if _PEOPLE_FIGURE.search(norm):
        return "team" in concepts
    if _LEVEL_FIGURE.search(norm):
        # "在线客服要5x8吧？我们就是5x8，这条可以吗": the level against the hours asked (a choice
        # of kind asked first, "在线客服还是售后", is a question of its own).
        return "support" in concepts and not _EITHER_KIND.search(normalize(rule_part))
    return False


# "零售通是不是比它们贵", "is Retail Link dearer than them?": the markets of the parts before.
_BACK_REFERENCE = lazy_compile(
    r"它们|他们|这几个(市场|类目|集市)?|这三个(市场|类目|集市)?|这两个(市场|类目|集市)?|这些(市场|类目|集市)?"
    r"|\b(them|those|these|these two|those (three|two|markets)|the (three|two|other) markets)\b"
)


def _with_back_reference(question: str, own: list[str], earlier: list[str], lang: Lang) -> str:
    """The part with "它们 / them" read as the markets named before it, when the part names a
    market of its own to set against them."""
    others = [m for m in earlier if m not in own]
    match = _BACK_REFERENCE.search(question)
    if not (own and others and match):
        return question
    names = t("list_separator", lang).join(market_label(m, lang) for m in others)
    return question[: match.start()] + names + question[match.end() :]


# "分别要几年", "各要多少", "how many years each?": the figure per item of the part before.
_EACH = lazy_compile(r"分别|各自|各要|各是|各需|每个|\b(each|respectively|apiece)\b")


def _with_each_joined(asked: list[str]) -> list[str]:
    """ "哪些市场对行业服务经验有年限要求？分别要几年": a part asking the figure of each item the
    part before lists, naming no topic or market of its own, is one question with it."""
    joined: list[str] = []
    for question in asked:
        norm = normalize(question)
        if (
            joined
            and _EACH.search(norm)
            and not markets_in_question(question)
            and not find_concepts(norm) - _FRAME_CONCEPTS
        ):
            joined[-1] = f"{joined[-1]} {question}"
        else:
            joined.append(question)
    return joined


# "零售通也是一样吗", "Same as the others?", "same for Retail Link?": whether the rule just asked
# holds for one market too, or for the others.
_SAME_AS_BEFORE = lazy_compile(
    r"^(那|那么|请问)?\s*[\u4e00-\u9fffa-z0-9]{0,8}(也|也都|也是|是不是也|都)(是)?一样(吗|么|嘛|的吗)?\s*[?？。]?\s*$"
    r"|^(and |so |is (it|that|this) )?(the )?same (as|for) (the )?(others?|rest|other markets)"
    r"\s*[?？.]?\s*$"
)


# "要几个人", "how many do we need?" alone after a part naming the thing counted ("解决方案市场要的
# ACP认证，是哪个方向的认证？要几个人" — holdout76 #138: read as the team of 20).
_BARE_COUNT = lazy_compile(
    r"^(那|那么)?(要|需要|得|至少要?|最少要?)?(几个|几名|几位|多少个?|多少名)(人|工程师)?(呢|吗|啊)?\s*[?？。]?\s*$"
    r"|^(and )?how many( (people|engineers|of them))?( do (we|i) need| are (needed|required))?\s*[?？.]?\s*$"
)


def _with_same_joined(asked: list[str]) -> list[str]:
    """ "技术客服团队最少要多少人？零售通也是一样吗" (holdout76 #16: "是的，指的是同一个"): a part
    asking only whether the rule just asked is the same is one question with it."""
    joined: list[str] = []
    for question in asked:
        norm = normalize(question).strip()
        same = (
            _SAME_AS_BEFORE.match(norm)
            # ("是不是所有集市都要求20人…？零售通也一样吗？": the yes/no keeps its own 不是.)
            and joined
            and _WH_ASKED.search(normalize(joined[-1]))
            # ("保证金也一样吗" after the commission: a topic of its own, asked apart.)
            and not find_concepts(norm) - _FRAME_CONCEPTS - {"market"}
        )
        # ("…也要求20人的技术客服团队吗？最少要几个人": the yes/no has its own answer.)
        count = _BARE_COUNT.match(norm) and joined and _WH_ASKED.search(normalize(joined[-1]))
        if joined and (same or count):
            joined[-1] = f"{joined[-1]} {question}"
        else:
            joined.append(question)
    return joined


# A wh-question: the part a bare "要几个人" goes with ("是哪个方向的认证？要几个人").
_WH_ASKED = lazy_compile(r"什么|哪|啥|多少|几|\b(what|which|who|how many|how much)\b")


# "什么条件", "需要满足什么条件", "under what conditions?": the conditions asked, of nothing named.
_BARE_CONDITIONS = lazy_compile(
    # ("有什么条件", "什么条件下才能退"; never "还有什么条件": the other conditions of a market.)
    r"^(请问|那|那么|并且|而且|以及|and|so)?\s*(需要|要|得|有)?(满足|符合|具备|达到)?(些)?"
    r"(什么|啥|哪些|哪几个|何种)(样的?)?(条件|前提|要求)(下[\u4e00-\u9fff]{0,5})?(呢|吗|啊)?"
    r"\s*[?？。.]?\s*$"
    r"|^(and |so )?(under|on|with) (what|which) (conditions?|terms|circumstances)\s*[?？.]?\s*$"
    r"|^(and |so )?what (are the )?(conditions?|requirements?)( (apply|are there|must (we|i) meet"
    r"|do (we|i) (need to )?(meet|satisfy)))?\s*[?？.]?\s*$"
)
_CONDITIONS_CONCEPT = "conditions"


def _with_conditions_joined(asked: list[str]) -> list[str]:
    """ "保证金以后能退回来吗？什么条件", "Is the deposit refundable? Under what conditions?": a
    part asking only "what conditions", after a part naming a topic of its own (not joining, not
    an entry condition), asks that topic's conditions — one question with it, never the
    markets' entry conditions."""
    joined: list[str] = []
    for question in asked:
        norm = normalize(question).strip()
        before = normalize(joined[-1]) if joined else ""
        if (
            joined
            and _BARE_CONDITIONS.match(norm)
            and not markets_in_question(question)
            and not markets_in_question(joined[-1])
            and find_concepts(before) - _FRAME_CONCEPTS - {_CONDITIONS_CONCEPT}
            and not _names_a_condition(joined[-1])
        ):
            joined[-1] = f"{joined[-1]} {question}"
        else:
            joined.append(question)
    return joined


# Concepts that frame a question (the Marketplace, joining) rather than name what it is about.
_FRAME_CONCEPTS = frozenset({"marketplace", "join", "amount", "duration", "timing", "pay"})
# Concepts that ask where, how or when ("在哪个页面", "怎么操作", "which page"), not about what.
_ASKING_CONCEPTS = frozenset({"where", "howto", "timing"})


_STEPS_CONCEPT = "process"
# An amount to pay asked ("交多少钱", "how much do we pay"): the deposit's or commission's.
_MONEY_CONCEPTS = frozenset({"deposit", "commission"})
_ASKS_PAID_AMOUNT = lazy_compile(
    r"(交|付|缴|缴纳|交纳|支付)(多少|几万)|多少钱|\bhow much (do|does|must|should|will) (we|i|it)\b"
)


def _subject_word(text: str, among: frozenset[str] | None = None) -> str | None:
    """The word of `text` that names its first topic (保证金, deposit, 佣金 …), as written;
    `among`: only those concepts."""
    norm = normalize(text)
    found: list[tuple[int, str]] = []
    steps: list[tuple[int, str]] = []
    for concept in concepts():
        if not concept.domain or concept.name in _FRAME_CONCEPTS:
            continue
        if among is not None and concept.name not in among:
            continue
        for form in concept.forms:
            at = _form_position(norm, form.lower())
            if at >= 0:
                (steps if concept.name == _STEPS_CONCEPT else found).append((at, form))
    # "At which step do we pay the deposit? On which page?": the step asked names no thing;
    # the deposit is the subject (the steps are, when nothing else is named).
    found = found or steps
    if not found:
        return None
    head = _HEAD_NOUN_AFTER_OF.search(norm)
    if head is not None:
        # "保证金转财务的工单从哪进？先点哪后点哪？": the noun after 的 is what is spoken of; the
        # words before it only say which one.
        named = [(at, form) for at, form in found if at == head.start(1)]
        if named:
            return max(named, key=lambda pair: len(pair[1]))[1]
    return min(found)[1]


# "…的工单", "…的合同": a thing named after what describes it, before what is asked of it.
_HEAD_NOUN_AFTER_OF = lazy_compile(
    r"的(工单|合同|收据|保证金)(?=[^，,。？?]{0,4}(从哪|在哪|怎么|如何|哪里))"
)


# "审核前还是审核后", "交保证金之前还是之后", "before or after the review": the order asked as an
# either-or, its subject left to the part before.
_ORDER_EITHER_OR = lazy_compile(
    r"(前|之前|以前)[\u4e00-\u9fff]{0,2}还是[\u4e00-\u9fff]{0,6}(后|之后|以后)"
    r"|\bbefore or after\b|\bafter or before\b"
)


def _subject_noun(text: str, subject: str) -> str:
    """The longest word of `text` naming the concept `subject` names ("Where do we sign the
    contracts?": "contracts", not "sign")."""
    norm = normalize(text)
    for concept in concepts():
        forms = [form.lower() for form in concept.forms]
        if concept.domain and subject.lower() in forms:
            found = [form for form in forms if _form_position(norm, form) >= 0]
            return max(found, key=len, default=subject)
    return subject


def _form_position(norm: str, form: str) -> int:
    if not form.isascii():
        return norm.find(form)
    # ("要7x24吗": an ASCII word stands between Chinese characters too, which \b misses.)
    match = re.search(r"(?<![A-Za-z0-9])" + re.escape(form) + r"(?![A-Za-z0-9])", norm)
    return match.start() if match else -1


def names_several_questions(message: str) -> bool:
    return bool(question_parts(normalize(message)))


# "押金在哪个阶段交": a question word inside a fragment long enough to be a question alone.
_WH_INSIDE = lazy_compile(r"哪|什么|多少|几|怎么|如何")
_MIN_WH_FRAGMENT = 6
_STEP_WORD = "步"


def _fragment_asks(fragment: str) -> bool:
    return bool(_ENDS_ASKING.search(fragment)) or (
        len(fragment) >= _MIN_WH_FRAGMENT and bool(_WH_INSIDE.search(fragment))
    )


# The concepts of the markets' entry conditions (licence age, capital, team, support, experience).
_CONDITION_CONCEPTS = frozenset({"capital", "license_age", "team", "support", "experience"})


def _about_a_condition(fragment: str) -> bool:
    return bool(find_concepts(normalize(fragment)) & _CONDITION_CONCEPTS) or _names_a_condition(
        fragment
    )


def _split_at_space(sentence: str) -> list[str]:
    """ "零售通保证金多少 以后能退吗" is two questions; "建站10月实收100万 其中40万是分销 最后佣金多少"
    one (its first fragment only states): parted at spaces only when every fragment ends asking."""
    pieces = _SPACE_BETWEEN_ASKS.split(sentence)
    if len(pieces) < 2 or not all(_fragment_asks(normalize(piece)) for piece in pieces):
        return [sentence]
    if "、" in sentence and not all(_names_a_topic(piece) for piece in pieces[1:]):
        # "合同是在哪里签、具体叫什么名字": the later ask leans on the thing the first names.
        return [sentence]
    if all(_about_a_condition(piece) for piece in pieces):
        # "基础软件市场执照要几年 注册资金多少": a market's conditions asked together are
        # answered together (one line of its conditions).
        return [sentence]
    if sum(_STEP_WORD in piece for piece in pieces) >= 2:
        # "第四步签哪两个协议 第五步去哪交钱", "一共几步 最后一步是啥": the joining steps asked
        # together are answered together (bot/answers/asked.py).
        return [sentence]
    return pieces


def _split_then_next_zh(sentence: str) -> list[str]:
    """ "要签哪几份协议，签好之后做什么": a Chinese "which …" and the step after it, parted by a
    comma only, are two questions."""
    pieces = _COMMA.split(sentence)
    if len(pieces) != 2 or not _ASKS.search(normalize(pieces[0])):
        return [sentence]
    amount_then_how = _AMOUNT_ASKED_ZH.search(pieces[0]) and _HOW_TO_PAY_ZH.match(pieces[1].strip())
    if amount_then_how:
        # "保证金多少，怎么交" (black-box 48, D7): how much, then how it is paid — two asks.
        thing = _AMOUNT_ASKED_ZH.sub("", pieces[0]).strip("，, ")
        return [pieces[0].rstrip("，, "), thing + pieces[1].strip()]
    what_it_is = _WHAT_IT_IS_ZH.search(pieces[0])
    if what_it_is and _WHERE_TO_GET_ZH.match(pieces[1].strip()):
        # The thing named again in the second question, as the vendor meant it.
        thing = pieces[0][: what_it_is.start()].strip()
        return [pieces[0].rstrip("，, "), thing + pieces[1].strip()]
    if not _THEN_NEXT_ZH.match(pieces[1].strip()):
        return [sentence]
    return [pieces[0].rstrip("，, "), pieces[1]]


_AMOUNT_ASKED_ZH = lazy_compile(
    r"(要|需要|得)?(交|缴|付)?(多少钱?|几万|多少)\s*[?？]?\s*[，,]?\s*$"
)
_HOW_TO_PAY_ZH = lazy_compile(
    r"^(那|又|要|该)?(怎么|如何|在哪里?|去哪里?|从哪里?)(交|缴|付|缴纳|支付|充值|打款|转)"
)
# "社保缴费表是什么，去哪里开" (black-box 47, D22): what a thing is, then where it is got — two
# questions, the second about the first's thing.
_WHAT_IT_IS_ZH = lazy_compile(r"(是什么|是啥|是指什么|什么意思|指的是什么)\s*[?？]?\s*[，,]?\s*$")
_WHERE_TO_GET_ZH = lazy_compile(
    r"^(?:要|需要|得)?(?:去|到|在|从)?(?:哪里|哪儿|哪|什么地方|哪个部门)(?:能|可以|去)?"
    r"(?:开|开具|办|办理|拿|领|领取|打印|申请|弄|获取|下载)"
    r"|^(?:要|需要|得)?怎么(?:开|开具|办|办理|拿|领|打印|申请|弄|获取|下载)"
)


# "…的佣金比例，还有这两个一起入驻保证金多少": a topic named, then "还有" and a second ask.
# ("…，还有啥要求", "…，还有哪个市场也有": "还有" asking for more of the same is one question.)
_AND_ALSO_ZH = lazy_compile(
    r"[，,]\s*(?=(?:还有|以及|再问一下|再就是)(?!\s*[，,])"
    r"(?!\s*(?:啥|什么|别的|其他|其它|哪|没有|吗|呢|多少|几|要求|条件|步骤)))"
)
_BESIDES = lazy_compile(r"除了|除开|以外|之外")


def _split_and_also_zh(sentence: str) -> list[str]:
    """ "想问下API市场和物联网市场的佣金比例，还有这两个一起入驻保证金多少" is two questions: a
    topic of the guide named as a noun ("佣金比例") is asked like the part after "还有" that asks
    (holdout26 131); its question mark is written so it is read as asking."""
    pieces = _AND_ALSO_ZH.split(sentence)
    if len(pieces) != 2:
        return [sentence]
    first, second = (piece.strip() for piece in pieces)
    if not _names_a_topic(first) or not _names_a_topic(second):
        return [sentence]
    if not _ASKS.search(normalize(second)) or re.search(r"\d", first) or _BESIDES.search(first):
        return [sentence]
    if not _ASKS.search(normalize(first)):
        first += "？"
    return [first, second]


def _split_at_and(sentence: str) -> list[str]:
    """ "…the rates for those three, and what would the combined deposit be?" is two questions;
    "Which tier, and how much commission?" is one (the second half is too short to stand
    alone: it leans on the figures before it)."""
    pieces = _AND_NEXT.split(sentence)
    amount_then_when = _AMOUNT_THEN_WHEN.match(sentence)
    if len(pieces) == 1 and amount_then_when:
        # "how much is the deposit and when is it refunded?" (black-box s55 D11): two questions
        # ("which rate is charged first and when does it get recalculated" stays one).
        return [amount_then_when.group(1), amount_then_when.group(2)]
    if len(pieces) == 1:
        pieces = _split_then_next_zh(sentence)
        if len(pieces) > 1:
            return pieces
        pieces = _split_amount_then_yes_no(sentence)
        if len(pieces) > 1:
            return pieces
        pieces = _split_and_also_zh(sentence)
        if len(pieces) > 1:
            return pieces
    if len(pieces) > 1:
        # "how much is the deposit, do I get a receipt, and is it returned?": a series of
        # questions, the last after ", and", the others after a comma alone.
        pieces = [*_series(pieces[0]), *pieces[1:]]
    merged = [pieces[0]]
    for piece in pieces[1:]:
        if (
            len(piece.split()) >= _MIN_WORDS_ALONE
            or _FOLLOW_UP_YES_NO.match(piece.strip())
            or _THEN_NEXT.match(piece.strip())
            or _ASKS_OF_THAT_MARKET.match(piece.strip())
        ):
            merged.append(piece)
        else:
            merged[-1] += ", and " + piece
    return merged


_MIN_WORDS_ALONE = 5
# "how much is the deposit and when is it refunded?": an amount, then when — two questions.
_AMOUNT_THEN_WHEN = lazy_compile(
    r"^(.*\bhow much\b.*?)\s+and\s+((?:when|how long) (?:is|are|will|do|does|can) "
    r"(?:it|they|we|the [a-z]+)\b.*)$",
    re.IGNORECASE,
)
# "…物联网市场, and what's the commission there?": a short question of its own about the market
# named before it (its "there"), not a word leaning on the first half's figures.
_ASKS_OF_THAT_MARKET = lazy_compile(
    r"^\W*(?:what|what's|whats|how much|how|is|are|do|does|which)\b[^,]{0,40}"
    # ("…, and how many are there?" asks a count: its "there" points at nothing.)
    r"(?<!\bare )(?<!\bis )\b(?:there|for it|for that one|for that market|in that market|in it)\W*$",
    re.IGNORECASE,
)
# A comma opening the next question of a series ("…, do I get a receipt, and …").
_SERIES_NEXT = lazy_compile(
    r",\s*(?=(?:what|whether|how|which|when|where|who|is|are|can|could|do|does|would|will"
    r"|should|must)\b)",
    re.IGNORECASE,
)
# "If we join, do we …", "When the deposit is paid, is …": a clause that sets the scene.
_SCENE = lazy_compile(
    r"^\W*(?:if|when|once|after|before|since|because|as|while|unless|for the|for our|for)\b",
    re.IGNORECASE,
)


def _series(head: str) -> list[str]:
    """The questions of a series before its ", and": each piece must ask on its own and be
    long enough to stand alone; a scene-setting clause ("If we join, …") stays whole."""
    pieces = _SERIES_NEXT.split(head)
    if len(pieces) == 1:
        return [head]
    standing = all(len(piece.split()) >= 3 for piece in pieces[1:]) and all(
        _ASKS.search(text) or _AUXILIARY_OPENING.search(text)
        for text in (normalize(_SCENE.sub("", piece)) for piece in pieces)
    )
    scene = _SCENE.match(pieces[0]) and ":" not in pieces[0]
    return pieces if standing and not scene else [head]


# "Which contracts do we sign, and what comes after that?", "合同签哪几份，签完之后做什么": the
# step after the thing just asked of is a question of its own, short as it is.
_THEN_NEXT = lazy_compile(
    r"(?:what|and what)(?:['’]s\b|\s+(?:comes|happens|is|do we do|should we do|next)\b)"
    r"[^?]{0,20}\b(?:after|next|then|afterwards)\b",
    re.IGNORECASE,
)
_THEN_NEXT_ZH = lazy_compile(
    r"^[^，,]{0,6}(?:之后|以后|后|完了?|好了?|然后|接下来|下一步)[^，,]{0,6}"
    r"(?:做什么|干什么|干嘛|干啥|做啥|要做什么|要做啥|怎么办|是什么|是啥|呢)\s*[?？]?\s*$"
    # "保证金怎么交，交完工单在哪提" (holdout49 #142): where the next thing is done, after it.
    r"|^[^，,]{0,6}(?:之后|以后|完了?|好了?)[^，,]{1,8}(?:在哪|去哪|哪里|在什么地方)[^，,]{0,4}[?？]?\s*$"
)
_COMMA = lazy_compile(r"(?<=[，,])")
# "…the total deposit, and is it refundable?": a yes / no about the thing just asked of, short
# as it is, is a second question (the amount and the verdict both get answered).
_FOLLOW_UP_YES_NO = lazy_compile(
    r"(?:is|are|can|will|would|does|do)\s+(?:it|they|that|this|we|i|the\s+\w+)\b", re.IGNORECASE
)
# "保证金一共多少，能退吗？", "要交多少，可以分期吗": an amount asked, then a short yes / no about it,
# "安全市场保证金多少，开收据还是发票": or a short either-or.
_AMOUNT_THEN_YES_NO = lazy_compile(
    r"(多少|几万|几个点)[^，,。;；?？]{0,6}(?P<cut>[，,；;]\s*)"
    r"(?=(?:[^，,。;；?？]{1,10}(?:吗|不|么)|[^，,。;；?？]{1,8}还是[^，,。;；?？]{1,8}"
    # "服务市场第1档几个点，第2档呢？": the same figure asked again of another tier.
    r"|第[一二三1-3]档呢"
    # "保证金一共多少，什么时候能退" (black-box s55 D11): the amount, then when.
    r"|(?:什么时候|何时|多久|多长时间)[^，,。;；?？]{0,8})\s*[?？]?\s*$)"
)
# "before paying it", "once we've paid it": "it" the object of paying, named before.
# The markets ruled out dropped from what is asked next ("把卡住的那个去掉", "without the one
# that fails").
DROP_BLOCKED = lazy_compile(
    r"(把|将)?(卡住|被卡|不能进|进不了|不满足|不符合|过不了)的(那个|那几个|那些|市场)?(去掉|除掉|拿掉|排除|不算|划掉)"
    r"|(去掉|除掉|除去|排除|不算)(卡住|被卡|不能进|进不了|不满足|过不了)的"
    r"|\b(without|drop(ping)?|leav(e|ing) out|excluding) the (one|ones|market|markets) (that|which) "
    r"(fail|fails|is blocked|are blocked|we can'?t join)\b"
)
# A category asked with a ticket's kinds as the choices, after a part that names the ticket.
_TICKET_CATEGORY_ASKED = lazy_compile(
    r"\b(which|what) (category|type|kind|section)\b[^?]{0,30}\b(finance|account|billing|technical)\b"
    r"|(哪个|哪一?类|什么)(类|分类|类目|类别)?[^。？?]{0,10}(财务|账号|账户|技术|发票)"
)
_TICKET_NAMED = lazy_compile(r"工单|\bticket\b")
# The word carried into a part (read by the matcher, never shown).
_TICKET_WORDS: dict[str, str] = {"zh": "工单", "en": "ticket"}
# An amount as written ("30w", "60万", "¥300,000", "0.3 million"), dropped from a carried part.
_AMOUNT_WORDS = lazy_compile(
    r"[¥￥]?\s*\d[\d,]*(\.\d+)?\s*(万|w(?![a-z])|k(?![a-z])|m(?![a-z])|million|thousand|千|元|块|yuan|rmb)"
)
_IT_PAID = lazy_compile(
    r"\b(pay|pays|paying|paid|top up|topping up|topped up"
    # "…, and do we get any paperwork for it?": the paper for the thing named before.
    r"|(?:paperwork|papers?|documents?|receipts?|proof) for)\s+(?:it|that|this)\b",
    re.IGNORECASE,
)
# A part that leans on the thing asked of before it: "is it refundable?", "能退吗".
# "跟新零售是一回事吗", "and is it the same as New Retail?": a comparison whose first term is
# the thing the part before names.
# A part before that asks a rate ("服务市场的佣金比例多少？"): its asking words, taken off so
# its thing can be compared ("服务市场的佣金比例跟建站一样吗").
_RATE_ASKED_BEFORE = lazy_compile(
    r"佣金比例|佣金费率|费率|抽成比例|服务费率|抽佣比例|佣金多少|抽几个点"
)
_ASKING_TAIL = lazy_compile(r"(是)?(多少|几个点|几个百分点|怎么算|怎么收|是什么)?\s*[?？。]*\s*$")
_PART_OPENER = lazy_compile(
    r"^\s*(?:另外|还有|再问一下|再问下|以及|此外|顺便问一下|顺便问下)[，,：:\s]*"
)
_COMPARED_WITH_DROPPED_SUBJECT = lazy_compile(
    r"^(那|那么|它|这个|这)?(跟|和|与|同)[^，,。？?]{1,16}(一回事|同一个|一样|相同|区别|不同|差别)"
    r"|^(and )?(is|are) (it|this|that|they) (the same|different)\b"
)
_LEANS_ON_BEFORE = lazy_compile(
    r"(?:(?:is|are|can|will|would|does|do)\s+(?:it|they|that|this)\b"
    r"|(?:那|请问)?[^，,。;；?？a-z]{1,6}(?:吗|么)\s*[?？]?\s*$)",
    re.IGNORECASE,
)


def _split_amount_then_yes_no(sentence: str) -> list[str]:
    found = _AMOUNT_THEN_YES_NO.search(sentence)
    if found is None:
        return [sentence]
    return [sentence[: found.start("cut")], sentence[found.end("cut") :]]


_FIT_TOPIC = "computed.which_markets"
_CONDITIONS_TOPIC = "computed.conditions"


def several_answer(
    message: str,
    lang: Lang,
    answer_one: Callable[[str, Lang], Answer],
    *,
    whole_declined: bool = False,
) -> Answer | None:
    """One reply answering every question of `message`, or None when it asks one thing (or
    fewer than two parts get an answer from the guide: then the message is answered as a
    whole). Every part answered with confidence, and the message as a whole not declined:
    the answers joined; otherwise each part numbered with its own answer or decline."""
    parts = question_parts(message, lang)
    if not parts:
        return None
    from bot.answers import multi, which

    if len(parts) == 2 and which.fit_with_follow_up(message, lang):
        # "做CRM SaaS，选哪个类目？需要什么条件": the fitting market's conditions (which.py).
        return None
    answers = [answer_one(part, lang) for part in parts]
    if (
        whole_declined
        and answers[0].out_of_scope
        # (A gap of the guide first — "审核要几天？有没有时限？" — keeps each part's answer.)
        and out_of_scope_topic(parts[0]) is not None
        and all(
            len(normalize(part).strip(" ?？。")) <= _SHORT_FOLLOW_UP
            and not markets_in_question(part)
            and not find_concepts(normalize(part)) - LEANING_CONCEPTS - {_CONDITIONS_CONCEPT}
            # ("…怎么排序？能花钱排到前面吗？": a topic outside the guide of its own, declined
            # by its own words.)
            and out_of_scope_topic(part) is None
            and unstated_attribute(part) is None
            for part in parts[1:]
        )
    ):
        # "天猫旗舰店怎么开？要什么资质" (holdout66 #193: the Marketplace's conditions after the
        # decline): a short later part asks of the declined thing, declined with it.
        return None
    if_so = _read_as_if_so(parts, answers, lang, answer_one)
    if if_so is not None:
        return if_so
    if _vague_follow_up(parts, answers, lang, answer_one):
        # "How do we track our application status, and how are we notified when something
        # changes?": the second part's "something" is the first part's application; split, it
        # would find some other rule on changes (the commission policy's).
        return None
    _follow_ups_read_with_the_part_before(parts, answers, lang, answer_one)
    if (
        len(answers) == 2
        and answers[1].topic == _FIT_TOPIC
        and answers[0].topic == _CONDITIONS_TOPIC
        and multi.asks_same(parts[0])
    ):
        # "零售通和新零售有什么区别？我们做门店数字化SaaS，应该进哪个": the market to choose is
        # the decision asked; it comes first, the differences after it.
        answers.reverse()
    elif _rule_yes_no_after_list(answers):
        # "建站市场对服务本身有啥要求？必须基于阿里云吗": the yes / no on one rule opens; the
        # market's list follows (split, the list came first and the verdict was left last).
        answers.reverse()
    elif _join_verdict_last(parts, answers):
        # "零售通是不是也要20人的团队？（情况）…能申请零售通吗": whether they can join is the
        # decision asked last; its verdict on the whole profile opens, the rule after it.
        answers.reverse()
    answered = [found for found in answers if _answered(found)]
    first_amounts = {m.value for m in money_mentions(parts[0])[1]}
    # A later part read with the amounts of the part before it ("企业应用次月能返多少", given the
    # first part's figures) carries no amounts of its own.
    # ("…if the same amount were in the 安全 category instead": the part before asked again of
    # another market carries those amounts as its own.)
    with_amounts = [bool(money_mentions(parts[0])[1])] + [
        bool({m.value for m in money_mentions(part)[1]} - first_amounts)
        or _asked_again_of_other_market(parts[0], part)
        for part in parts[1:]
    ]
    # "佣金几个点？另外顺便问下，阿里云账号的发票抬头怎么改": a later part outside the guide in
    # its own right leans on no amount before it — the guide's part is answered, that one
    # declined, each numbered.
    apart = (
        whole_declined
        and not answers[0].out_of_scope
        and any(_declined_on_its_own(p, a) for p, a in zip(parts[1:], answers[1:], strict=True))
    )
    # "服务市场月流水30万抽几个点？另外保证金多少？": the deposit asked after a month's
    # commission leans on no amount of it (holdout30 #143).
    # ("…月中平台先扣了多少？最后该收多少？返多少？" — holdout110 #127: "返多少" is the
    # commission's refund, leaning on the month's amounts; only a part naming the deposit is.)
    deposit_after_commission = answers[0].topic == "computed.commission" and any(
        found.topic == "computed.deposit" and _SAME_TOPIC_FIRST.search(normalize(part))
        for part, found in zip(parts[1:], answers[1:], strict=True)
    )
    apart = apart or deposit_after_commission
    # "保证金一共6万吗？能退吗？": whether the deposit is refunded is a rule of its own, no
    # computation on the amounts before it.
    rule_after_deposit = answers[0].topic == "computed.deposit" and all(
        (found.topic or "") in _DEPOSIT_RULES_OF_THEIR_OWN for found in answers[1:]
    )
    if (
        not apart
        and not rule_after_deposit
        and answers[0].topic in ("computed.commission", "computed.deposit")
        and with_amounts[0]
        and not all(with_amounts)
        and len(_ENUMERATION.findall(message)) < 2
    ):
        # "Security 100k and Enterprise 150k … tiered combined? What's the commission in each?":
        # the later question leans on the amounts; the whole message is one computation.
        return None
    from bot.answers.computed import asks_to_combine

    if (
        len(answers) > 1
        and answers[0].topic == "computed.commission"
        and any(asks_to_combine(part) for part in parts[1:])
    ):
        # "服务15万，企业应用15万，佣金一共多少？能不能合起来30万按第二档算": the categories'
        # commission answers both, with no combined computation of its own.
        return None
    if (
        len(answers) > 1
        and len({_first_sentence(found.text) for found in answers}) == 1
        and all(found.out_of_scope for found in answers)
    ):
        # "is there a deadline to pay the deposit after signing? like within X days?": both parts
        # get the one "no deadline" said of a step or two; the whole message is one question.
        return None
    if (
        not whole_declined
        and len(answered) == len(answers) > 1
        and len({found.text for found in answers}) == 1
        and (
            (
                answers[0].topic.startswith("deposit.")
                and _SAME_TOPIC_FIRST.search(normalize(parts[0]))
            )
            or (
                answers[0].topic == _CONDITIONS_TOPIC
                # ("…how many hours support? 5x8 is enough or not?": a level judged, as a whole.)
                and not any(_LEVEL_OR_AMOUNT.search(normalize(part)) for part in parts)
            )
            # "工单提完是不是就算正式入驻了？流程最后一步是啥": both parts, the last step.
            or answers[0].topic == "process.shop_opens"
        )
    ):
        # "What is the deposit per category? Is it charged per category or just once…?": both
        # parts get the deposit's one answer; the message as a whole would be read by the
        # words of its second part ("charged per category": the commission's table).
        # "零售通要求的阿里巴巴账号是哪种？老板个人的1688买家号能用吗": both parts get the one
        # condition; as a whole the message lists every condition of the market.
        return answers[0]
    if len(answers) > 1 and len({_without_verdict(found.text) for found in answers}) == 1:
        # "能进企业应用市场吗？必须基于云吗": both parts find the one rule, with or without a
        # verdict in front: the message is one question, answered as a whole.
        return None
    each = _declined_each(answers, lang) if whole_declined else None
    if each is not None:
        return each
    if not whole_declined and len(answered) == len(answers):
        joined = _joined(answers)
        if joined is not None:
            return joined
        if len(_joined_bodies(answers)[0]) < 2:
            # "保证金在哪里交？具体点哪里？": every later part says only what the first already
            # says; the first part's answer answers them all (numbered, part 2 would repeat
            # part 1; the message as a whole may lose the first part's verdict).
            return answers[0]
    # A declined message with one part the guide answers ("保证金交了以后多久能上架？还有工单怎么写？":
    # no days given, but the ticket's text is) is numbered too, so that part is not lost.
    # "社保缴费表是什么，去哪里开" (black-box 47, D22): a later part the guide leaves open is
    # said to be open beside the part it answers, never dropped.
    gap_after = any(
        found.out_of_scope and unstated_attribute(part) is not None
        for part, found in zip(parts[1:], answers[1:], strict=True)
    )
    enough = 1 if (whole_declined or gap_after) and len(answers) >= 2 else 2
    if len(answered) < enough or len({found.text for found in answers}) < len(answers):
        # Two parts asking one thing ("按下单还是结算时间？算9月还是10月？") are one question.
        return None
    if not apart and money_mentions(message)[1] and len(_ENUMERATION.findall(message)) < 2:
        # "52万，其中分销12万。预收多少？应收多少？返还多少？" is one computation: its later
        # questions lean on the amounts the first one carries.
        return None
    numbered = _numbered(answers, answered, lang)
    if whole_declined and len(answered) < 2:
        # Still a hand-off: part of the message is what the guide does not answer.
        numbered.out_of_scope = True
    return numbered


# A first part naming the money it asks about: the deposit (the commission is read right whole).
_LEVEL_OR_AMOUNT = lazy_compile(r"[5-8]\s*[x*×]\s*(8|24)|24\s*/\s*7|\d+\s*(万|w|k|人|个|年|元)")
_SAME_TOPIC_FIRST = lazy_compile(r"保证金|押金|\b(deposits?|margin)\b")
_PROFILE_TOPIC = "computed.profile"


def _first_sentence(text: str) -> str:
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text


def _rule_yes_no_after_list(answers: list[Answer]) -> bool:
    """Two parts, both a market's conditions: the second a yes / no on one rule (需要 / 不需要 /
    是 / 不是 first), the first the whole list."""
    if not (
        len(answers) == 2
        and answers[0].topic == _CONDITIONS_TOPIC
        and answers[1].topic == _CONDITIONS_TOPIC
    ):
        return False
    lang = answers[1].lang
    verdict_words = tuple(
        t(key, lang).strip()
        for key in ("answers_need_yes", "answers_need_no", "answers_echo_yes_full")
    )
    listed = answers[0].text.count("\n") >= 5
    return listed and answers[1].text.startswith(verdict_words)


def _join_verdict_last(parts: list[str], answers: list[Answer]) -> bool:
    """Two parts: a rule asked, then a whole profile asked whether it can join, answered with
    a verdict over every condition: 能 / 不能, never one still to confirm (fix31b)."""
    from bot.answers import verdicts

    if not (
        len(answers) == 2
        and answers[0].topic == _CONDITIONS_TOPIC
        and answers[1].topic == _PROFILE_TOPIC
        and verdicts.asks_to_join(parts[1])
    ):
        return False
    lang = answers[1].lang
    words = (t("answers_profile_yes_word", lang), t("answers_profile_no_word", lang))
    return bool(re.match(rf"(?:{'|'.join(map(re.escape, words))})\b", answers[1].text))


def _offer_line() -> re.Pattern[str]:
    """A line offering another reading of the ask, in either language."""
    pieces = []
    for lang in ("zh", "en"):
        head, _, tail = t("answers_routing_also_meant", lang, title="\x00").partition("\x00")
        pieces.append(re.escape(head) + ".*?" + re.escape(tail))
    return re.compile(r"^(?:" + "|".join(pieces) + r")\s*$", re.MULTILINE)


def _without_offer(found: Answer) -> Answer:
    """`found` with its line offering another reading taken out."""
    text = _offer_line().sub("", found.text)
    if text == found.text:
        return found
    return dataclasses.replace(found, text=re.sub(r"\n{2,}", "\n", text).strip())


# A part whose subject is an unnamed happening ("when something changes", "有变化时"): it
# leans on the thing the part before it names ("it", "that" may name their own: "a receipt
# for it").
_VAGUE_SUBJECT = lazy_compile(
    r"\b(something|anything|things)\b"
    r"|(有|有了|有什么|出现)(变化|变动|进展|更新|结果|消息)"
)


# A part opening on the part before's own verb as its condition ("能退吗？退的话…", "能改吗？改了
# 我们怎么知道") or on "if so": it asks of what the first part's answer says will happen.
_IF_SO_ZH = lazy_compile(r"^(?:那|如果|要是|假如|万一|要)?([\u4e00-\u9fff]{1,2}?)(?:了|的话|之后)")
_IF_SO_EN = lazy_compile(
    r"^(?:[a-z]+ )?(?:and |but )?if (?:so|yes|it does|they do|it is|that happens|it happens"
    r"|they did)\b"
)


def _if_so(first: str, second: str) -> bool:
    norm = normalize(second).strip()
    if _IF_SO_EN.match(norm):
        return True
    found = _IF_SO_ZH.match(norm)
    return bool(found) and found.group(1) in normalize(first)


def _read_as_if_so(
    parts: list[str],
    answers: list[Answer],
    lang: Lang,
    answer_one: Callable[[str, Lang], Answer],
) -> Answer | None:
    """ "保证金能退吗？退的话要满足什么条件": the second part asks what holds if the first part's
    answer does, so the first part's rule answers both; read together (with the first part's
    subject), the answer when it is that rule, else None. Split, the second part alone would
    find a neighbouring rule (the markets' entry conditions)."""
    if len(parts) != 2 or not _if_so(parts[0], parts[1]) or not _answered(answers[0]):
        return None
    if answers[1].topic == answers[0].topic:
        return None
    subject = _subject_word(parts[0]) or ""
    again = answer_one(f"{parts[0]} {subject} {parts[1]}", lang)
    return again if again.topic == answers[0].topic and _answered(again) else None


def _vague_follow_up(
    parts: list[str],
    answers: list[Answer],
    lang: Lang,
    answer_one: Callable[[str, Lang], Answer],
) -> bool:
    """The later part of two has a pronoun for its subject and, read with the first part, is
    answered by the first part's own rule, while alone it finds another: one question."""
    if len(parts) != 2 or not _VAGUE_SUBJECT.search(normalize(parts[1])):
        return False
    first, second = answers
    if not _answered(first) or second.topic == first.topic:
        return False
    return answer_one(parts[0] + " " + parts[1], lang).topic == first.topic


# Words of a part that ask about something named before it: how much, when, where, how.
LEANING_CONCEPTS = frozenset({"amount", "timing", "where", "howto", "duration"})


# "再下一步是啥", "然后呢", "and after that?": the next step, of nothing named.
_BARE_NEXT = lazy_compile(
    r"(再|那)?(下一步|往后|后面|之后|然后)(呢|是啥|是什么|干嘛|做什么|是哪一步)?"
    r"|(and )?(then what|what(?:'s| is) after that|and after that|what comes after that)"
)
# An either-or with no subject of its own ("是增值税发票还是收据？", "is it an invoice or a
# receipt?"): it asks which of two the thing the part before names is.
_BARE_EITHER_OR = lazy_compile(
    r"(那|那么)?(是|算|开)[^，,。？?]{1,15}还是[^，,。？?]{1,15}(呢|啊|吗)?"
    r"|\b(is it|was it|will it be|would it be) (an? |the )?[a-z -]{2,30} or (an? |the )?[a-z -]{2,30}"
)
# The market a part is prefixed with when the message named it before ("安全市场：…").
_CARRIED_MARKET = lazy_compile(r"^[^：:，,。？?\s]{2,12}[：:]\s*")
# The step a reply answers with ("第3步", "step 3").
_STEP_NAMED = lazy_compile(r"第(\d)步|\bstep (\d)\b")


def _follow_ups_read_with_the_part_before(
    parts: list[str],
    answers: list[Answer],
    lang: Lang,
    answer_one: Callable[[str, Lang], Answer],
) -> None:
    """ "2) which one has the higher deposit, 3) how much is it?": a part naming no topic of its
    own leans on the last part answered before it, so it is read with it; when that gives the same answer,
    the part points to it instead of repeating it."""
    for index in range(1, len(parts)):
        before = [j for j in range(index) if _answered(answers[j])]
        if (
            _THAT_PROCESS.search(normalize(parts[index]))
            and _WHERE_TO_FIND.search(normalize(parts[index]))
            and not _MARKETPLACE_STEP_WORDS.search(normalize(parts[index]))
            and _ECOSYSTEM_CERT.search(normalize(parts[index - 1]))
        ):
            # "is the ecosystem certification mandatory? where do we look up that process?"
            # (holdout82 #49): that process is the certification's, not the Marketplace's seven
            # joining steps.
            answers[index] = answer_one(
                _THAT_PROCESS.sub(t("answers_ecosystem_process_named", lang), parts[index]),
                lang,
            )
            continue
        step_before = _STEP_NAMED.search(answers[index - 1].text)
        if _BARE_NEXT.fullmatch(normalize(parts[index]).strip(" ?？。")) and step_before:
            # "点了提交之后，接下来要等什么？再下一步是啥": the step after the one the part
            # before answered with (the review inside step 3 → step 4), not a step of its own.
            number = next(group for group in step_before.groups() if group)
            answers[index] = answer_one(t("answers_after_step_asked", lang, number=number), lang)
            continue
        if (
            before
            and (answers[before[-1]].topic or "").startswith("commission")
            and (answers[index].topic or "").startswith("deposit")
            and not _DEPOSIT_WORD.search(normalize(parts[index]))
            and not find_concepts(normalize(parts[index])) - LEANING_CONCEPTS - {"refund"}
        ):
            # "先收20%然后再退？什么时候退" (black-box s59 D23: the deposit's refund added): a bare
            # refund asked after the commission's is the commission's overpayment returned.
            again = answer_one(parts[before[-1]] + " " + parts[index], lang)
            if not (_answered(again) and (again.topic or "").startswith("commission")):
                # (Read together as a duration: the part before, the precharge returned "次月初",
                # already says when.)
                again = answers[before[-1]] if answers[before[-1]].topic == _PREPAY_TOPIC else None
            if again is not None:
                answers[index] = (
                    Answer(
                        t("answers_part_see_above", lang, number=before[-1] + 1),
                        lang,
                        True,
                        again.topic,
                        again.source,
                        [],
                    )
                    if again.text == answers[before[-1]].text
                    else again
                )
                continue
        only_number = _ONLY_STEP_NUMBER.fullmatch(normalize(parts[index]).strip(" ?？。"))
        if (_answered(answers[index]) and not only_number) or not before:
            continue
        leaned = before[-1]
        if _ONLY_STEP_NUMBER.fullmatch(normalize(parts[index]).strip(" ?？。")):
            # "…之前还是之后？算第几步？": the step the part before names, numbered.
            answers[index] = answer_one(parts[leaned] + " " + parts[index], lang)
            continue
        if answers[index].topic is not None:
            # A known gap (能分期吗 → the guide's silence on instalments) answers the part.
            continue
        # (A market carried into the part, "安全市场：是增值税发票还是收据？", is no subject.)
        bare_either_or = _BARE_EITHER_OR.fullmatch(
            _CARRIED_MARKET.sub("", normalize(parts[index])).strip(" ?？。")
        )
        if find_concepts(normalize(parts[index])) - LEANING_CONCEPTS and not bare_either_or:
            continue
        again = answer_one(parts[leaned] + " " + parts[index], lang)
        if not _answered(again):
            continue
        if again.text == answers[leaned].text:
            again = Answer(
                t("answers_part_see_above", lang, number=leaned + 1),
                lang,
                True,
                again.topic,
                again.source,
                [],
            )
        answers[index] = again


_PREPAY_TOPIC = "commission.prepay_refund"
# "that process", "这个流程": a process named by the part before.
_THAT_PROCESS = lazy_compile(
    r"\b(that|this) (process|procedure)\b|(这个|那个|该)(流程|认证流程|手续)"
)
# Where the process is found asked ("where do we look up that process", "这个流程在哪查").
_WHERE_TO_FIND = lazy_compile(
    r"在哪|哪里|哪儿|去哪|怎么查|如何查|\bwhere\b|\b(look (it |that |this )?up|find)\b"
)
# The Marketplace's own joining named in the part: its steps are what is asked then.
_MARKETPLACE_STEP_WORDS = lazy_compile(
    r"入驻|保证金|云市场|合同|工单|\b(join|joining|marketplace|deposit|contract|ticket)\b"
)
_ECOSYSTEM_CERT = lazy_compile(r"生态[^，,。？?]{0,8}认证|\becosystem\b[^,.?]{0,30}\bcertifi")
# A later part this short ("要什么资质", "多少钱") names no subject of its own.
_SHORT_FOLLOW_UP = 8
# The deposit named: "保证金", "押金", "deposit".
_DEPOSIT_WORD = lazy_compile(r"保证金|押金|\b(deposits?|margin)\b")


# A part asking only which step: "算第几步", "是哪一步", "which step is that".
_ONLY_STEP_NUMBER = lazy_compile(
    r"(那|这)?(算|是|属于|在)?(第几步|哪一步|哪步)(呢|啊)?|\b(which|what) step (is (it|that|this))?\b"
)


def _answered(found: Answer) -> bool:
    return found.confident and not found.out_of_scope and bool(found.source)


# A verdict put before the answer ("不是必须的：", "Yes: "): short, ending in a colon.
_VERDICT_PREFIX = lazy_compile(r"^[^：:\n]{1,24}[：:]\s*")


def _without_verdict(text: str) -> str:
    return _VERDICT_PREFIX.sub("", text, count=1)


@cache
def _ticket_first_line() -> re.Pattern[str]:
    head, _, tail = FIRST_LINE_TEMPLATE.partition("{amount}")
    return re.compile(rf"^{re.escape(head)}[^\n]+{re.escape(tail)}\s*$", re.MULTILINE)


def _tickets_whole(originals: list[str], texts: list[str]) -> list[str]:
    """A ticket's text (SPEC 8: its first line "入驻云市场已缴纳保证金…元，请转财务", then the
    fields) is given whole, once: the first part holding it keeps it as it stands, never cut by
    another part's mention of that line; a later part holding it again is left out."""
    given = False
    kept = []
    for original, text in zip(originals, texts, strict=True):
        if _ticket_first_line().search(original):
            text = "" if given else original
            given = True
        kept.append(text)
    return kept


# A part's whole answer is a pointer to an earlier part's ("见第1条。", "See 1) above.").
_POINTS_ABOVE_ONLY = lazy_compile(r"见第\d+条。|See \d+\) above\.")


# A part's whole answer is its step's number ("第4步。", "Step 4."), left when an earlier part
# gave that step's text; said already when an earlier part names that step.
_STEP_ONLY = lazy_compile(r"(?:第\s*(\d+)\s*步|[Ss]tep (\d+))[。.]")


def _step_said_before(text: str, earlier: list[str]) -> bool:
    only = _STEP_ONLY.fullmatch(text.strip())
    if only is None:
        return False
    number = only.group(1) or only.group(2)
    said = re.compile(rf"第\s*{number}\s*步|\bstep {number}\b", re.IGNORECASE)
    return any(said.search(before) for before in earlier)


def _joined(answers: list[Answer]) -> Answer | None:
    lang = answers[0].lang
    bodies, sources = _joined_bodies(answers)
    if len(bodies) < 2:
        return None
    source = t("answers_routing_sources_joiner", lang).join(sources)
    tail = t("answers.source", lang, source=source)
    fitted = _fit(bodies, MAX_ANSWER_CHARS - len(tail) - 1)
    if fitted is None:
        return None
    return Answer(f"{fitted}\n{tail}", lang, True, answers[0].topic, source, [])


# A certification of another level or track than the ACP the Solution market names.
_OTHER_CERTIFICATION = lazy_compile(r"(?<![a-z])(aca|ace)(?![a-z])")
# A piece that only quotes the guide ("Guide: …", "原文：…").
_QUOTE_ONLY = lazy_compile(r"(guide|原文)\s*[:：]", re.IGNORECASE)


def _joined_bodies(answers: list[Answer]) -> tuple[list[list[str]], list[str]]:
    """Each part's sentences to join (what an earlier part said left out) and the sources."""
    bodies: list[list[str]] = []
    sources: list[str] = []
    seen: set[str] = set()
    # A rule two parts share ("能退吗？什么时候退？") is said once (part_overlap.py).
    # "保证金是第几步交？在哪个页面交？": the other parts are what the vendor asked; an offer of
    # another reading ("如果您问的是…，请告诉我") left in a part's answer defers what the next
    # part gets answered. A ticket text stays whole in every part (SPEC 8).
    originals = [_without_source(_without_offer(found)) for found in answers]
    texts = _tickets_whole(originals, part_overlap.without_repeats(originals))
    for found, text in zip(answers, texts, strict=True):
        if _POINTS_ABOVE_ONLY.fullmatch(text.strip()):
            # "云市场一共有几个集市？都有哪些": the second part's answer is the first's; joined
            # without numbers, a "见第1条" would point at nothing.
            continue
        # A line an earlier part already gave (the policy-period note of two commission
        # answers) is said once.
        fresh = [
            sentence
            for line in text.splitlines()
            if line.strip()
            for sentence in _fresh_pieces(_sentences(line), seen)
        ]
        while fresh and _QUOTE_ONLY.match(fresh[0].lstrip(_GLUE + " ")):
            # " Guide: …" whose sentence an earlier part said: a quote of nothing left here.
            fresh.pop(0)
        if not fresh:
            continue
        if all(piece.rstrip().endswith(("：", ":")) for piece in fresh):
            # "不对，指南写的不是这样：" and nothing after it (an earlier part said the rule):
            # the rule's first sentence stays after the verdict.
            rest = [
                sentence
                for line in text.splitlines()
                if line.strip()
                for sentence in _sentences(line)
                if sentence not in fresh
            ]
            fresh = fresh + rest[:1]
        seen.update(fresh)
        bodies.append(fresh)
        if found.source not in sources:
            sources.append(str(found.source))
    if len(bodies) < 2:
        return bodies, sources
    # What another part already says, in its words or nearly so, is said once (said_once.py).
    bodies = said_once(bodies)
    for body in bodies:
        while len(body) > 1 and _QUOTE_ONLY.match(body[0].lstrip(_GLUE + " ")):
            # " Guide: …" whose sentence said_once took out: a quote of nothing left here.
            body.pop(0)
    bodies = [
        body
        for body in bodies
        if not (len(body) == 1 and _QUOTE_ONLY.match(body[0].lstrip(_GLUE + " ")))
    ]
    # "签合同在第几步？要签哪些协议": the second part's step is the first's, its text given
    # there; a bare "第4步。" left of it points at nothing new.
    bodies = [
        lines
        for index, lines in enumerate(bodies)
        if not (
            index
            and _step_said_before(" ".join(lines), [" ".join(before) for before in bodies[:index]])
        )
    ]
    # "How will I know …? do you send an email or something?": the later part's rule is the
    # earlier one's, so only its bare "Yes." is left. At the end it dangles; before the first
    # part's answer it would read as the answer to a question that asks how or where. The first
    # part's rule says it: the bare word is left out.
    bodies = [bodies[0]] + [
        lines
        for lines in bodies[1:]
        if not (len(lines) == 1 and _BARE_VERDICT.fullmatch(lines[0].strip()))
    ]
    leads = [
        lines
        for lines in bodies[1:]
        if all(piece.rstrip().endswith(("：", ":")) for piece in lines)
    ]
    if leads and len(leads) < len(bodies):
        # "零售通也是20人吗" after "零售通对团队有啥要求": the verdict is all the later part
        # adds (the rule is the first part's); it opens the reply instead of dangling.
        bodies = [lines for lines in bodies if lines not in leads]
        bodies[0] = [piece for lines in leads for piece in lines] + bodies[0]
    for lines in bodies:
        lines[0] = lines[0].removeprefix(_GLUE)
    return bodies, sources


# A verdict word standing alone as a sentence ("Yes.", "是的。").
_BARE_VERDICT = lazy_compile(
    r"(yes|no|是的|是|不是|对|不对|能|不能|可以|不可以|需要|不需要|会|不会)[.。!！]?", re.IGNORECASE
)


def _fresh_pieces(pieces: list[str], seen: set[str]) -> list[str]:
    """The pieces of one line an earlier part has not said; the whole line when what is left
    would stop inside a bracket or quote ("• 能提供…（原文：…情况表。" with the rest of its quote
    said before): a line is never cut mid-quote."""
    fresh = [piece for piece in pieces if piece not in seen]
    if fresh and len(fresh) < len(pieces) and not _closed("".join(fresh)):
        return pieces
    return fresh


def _closed(text: str) -> bool:
    """Every bracket and quote `text` opens it closes too."""
    pairs = (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"))
    return all(text.count(left) <= text.count(right) for left, right in pairs)


def _declined_on_its_own(part: str, found: Answer) -> bool:
    """A part declined for what it asks itself (an outside topic, or a gap the guide names),
    not for lack of the amounts or the topic of the part before it."""
    if not found.out_of_scope:
        return False
    return (
        out_of_scope_topic(part) is not None
        or found.text.strip() != t("answers.decline", found.lang).strip()
    )


_SENTENCE_CLOSE = ("。", ".", "！", "!", "？", "?", "：", ":", "）", ")", "》")
_FRAGMENT_MAX = 12


def _without_fragment(body: str) -> str:
    """The body without the few words that led into the staff offer taken off it ("…上架商品销售。
    \n具体时间" of "具体时间我无法确定；回复…"): a fragment left alone reads as a broken line."""
    cut = max(body.rfind("\n"), *(body.rfind(mark) for mark in ("。", ". ")))
    fragment = body[cut + 1 :].strip() if cut >= 0 else ""
    if fragment and len(fragment) <= _FRAGMENT_MAX and not fragment.endswith(_SENTENCE_CLOSE):
        return body[: cut + 1].rstrip()
    return body


def _declined_each(answers: list[Answer], lang: Lang) -> Answer | None:
    """ "How are products ranked in search? Can we pay to be on top?": every part outside the
    guide, each for its own reason — each part declined by its own topic (numbered), staff
    offered once; None unless every part has a decline of its own (not the general one)."""
    general = t("answers.decline", lang)
    offer = t("answers.not_in_guide_offer", lang).strip()
    if len(answers) < 2 or not all(found.out_of_scope for found in answers):
        return None
    texts = [found.text.strip() for found in answers]
    if len(set(texts)) < len(texts) or general in texts:
        # A part only the general decline fits ("按年订阅还是按量付费？价格怎么定？"): the
        # message is declined as a whole.
        return None
    bodies = [
        _without_fragment(text[: -len(offer)].rstrip()) if text.endswith(offer) else text
        for text in texts
    ]
    # What the guide does cover, said after each decline, is said once (part_overlap.py).
    bodies = part_overlap.without_repeats(bodies)
    blocks = [f"{index}) {body}" for index, body in enumerate(bodies, 1)]
    blocks.append(offer)
    return Answer("\n".join(blocks), lang, False, None, None, [], out_of_scope=True)


def numbered_answers(answers: list[Answer]) -> Answer:
    """Several answers, each sure, as "1) … 2) …" under their sources."""
    return _numbered(answers, answers, answers[0].lang)


def _numbered(answers: list[Answer], answered: list[Answer], lang: Lang) -> Answer:
    """ "1) … 2) … 3) …": each part's answer (or decline) shortened to its share of one reply."""
    sources: list[str] = []
    for found in answers:
        if found in answered and found.source not in sources:
            sources.append(str(found.source))
    source = t("answers_routing_sources_joiner", lang).join(sources)
    tail = t("answers.source", lang, source=source)
    # Each part's share of what the source line leaves (two long sources once made it 903).
    budget = (MAX_ANSWER_CHARS - len(tail) - 8 * len(answers)) // len(answers)
    blocks: list[str] = []
    # "能退吗？什么时候退？": a rule two parts share is said once (part_overlap.py).
    bodies = part_overlap.without_repeats(
        [
            _without_source(_without_offer(found)) if found.source else found.text
            for found in answers
        ]
    )
    # "工单在哪个分类下提？问题描述里要写哪些信息？": a block one part printed (the ticket's
    # text) is printed once; a later part points to it.
    once = _blocks_once(bodies, lang)
    budgets = [budget] * len(once)
    if once != bodies:
        # The room a block left out frees goes to the part that printed it (its ticket whole).
        budgets = _shares(once, budget * len(once))
    for index, (body, share) in enumerate(zip(once, budgets, strict=True), 1):
        blocks.append(f"{index}) " + _shortened(body, share))
    return Answer("\n".join(blocks) + "\n" + tail, lang, True, answered[0].topic, source, [])


# A run of lines printed again whole in a later part: two lines or more.
_MIN_BLOCK = 2
_END_MARKS = "。.：:；; "


def _blocks_once(bodies: list[str], lang: Lang) -> list[str]:
    """Each body after the first without a block of lines (two or more in a row) that an
    earlier body already printed in the same order: the block is left out and the part points
    to the part that printed it; a line leading into the block that the earlier part already
    says is left out with it ("第6步提交工单。" before the ticket's text)."""
    out: list[str] = []
    for index, body in enumerate(bodies):
        lines = body.split("\n")
        earlier = [[line.strip() for line in out[j].split("\n")] for j in range(index)]
        kept: list[str] = []
        position = 0
        while position < len(lines):
            found = _block_at(lines, position, earlier)
            if (
                found is not None
                and kept
                and part_overlap.TICKET_FIRST_LINE.match(kept[-1].strip())
            ):
                # The fields under a ticket's own first line (another amount): its text whole.
                found = None
            if found is None:
                kept.append(lines[position])
                position += 1
                continue
            length, part = found
            if kept and _said_in(kept[-1], out[part]):
                kept.pop()
            pointer = t(
                "answers_part_ticket_above"
                if part_overlap.TICKET_FIRST_LINE.match(lines[position].strip())
                else "answers_part_see_above",
                lang,
                number=part + 1,
            )
            kept.append(pointer)
            position += length
        out.append("\n".join(kept) if kept else body)
    return out


def _shares(bodies: list[str], room: int) -> list[int]:
    """Each body's share of `room`: a body shorter than an even share keeps its length, the
    rest is shared evenly among the longer ones."""
    shares = [0] * len(bodies)
    left = list(range(len(bodies)))
    while left:
        even = room // len(left)
        short = [i for i in left if len(bodies[i]) <= even]
        if not short:
            for i in left:
                shares[i] = even
            break
        for i in short:
            shares[i] = len(bodies[i])
            room -= len(bodies[i])
        left = [i for i in left if i not in short]
    return shares


def _block_at(lines: list[str], start: int, earlier: list[list[str]]) -> tuple[int, int] | None:
    """(length, earlier part) of the longest block of lines from `start` that an earlier part
    printed in the same order, at least _MIN_BLOCK lines; None when there is none."""
    best: tuple[int, int] | None = None
    for part, printed in enumerate(earlier):
        for at in range(len(printed)):
            length = 0
            while (
                start + length < len(lines)
                and at + length < len(printed)
                and lines[start + length].strip()
                and lines[start + length].strip() == printed[at + length]
            ):
                length += 1
            if length >= _MIN_BLOCK and (best is None or length > best[0]):
                best = (length, part)
    return best


def _said_in(line: str, earlier: str) -> bool:
    """The line, without its end mark, stands in the earlier part's text."""
    words = line.strip().rstrip(_END_MARKS)
    return bool(words) and words in earlier


_LEAD_NOISE = lazy_compile(
    r"^(以下是指南|仅供参考|本月（|These are the rates|Rates of the guide|This month)"
)


def _shortened(body: str, budget: int) -> str:
    """The reply's lines up to `budget` characters, cut at a line end; lines that only say
    whose rates these are go first."""
    lines = [line for line in body.split("\n") if line.strip()]
    kept = [line for line in lines if not _LEAD_NOISE.match(line)] or lines
    out: list[str] = []
    used = 0
    for line in kept:
        if used + len(line) > budget and out:
            break
        out.append(line if len(line) <= budget else line[: budget - 1] + "…")
        used += len(line) + 1
    return "\n".join(out)


_PART_SEPARATOR = "\n\n"
_FIGURE = lazy_compile(r"\d")
_NUMBERED_ITEM = lazy_compile(r"^\s*\d{1,2}[.、]\s*\S")
# A line of a list ("• 服务市场：…", "1. …", "Step 3: …"): a list asked for is given whole.


# The ticket description's first line ("入驻云市场已缴纳保证金叁万元，请转财务"): its amount is in
# capitals, no figure, yet a template shown without it is wrong (holdout49 #23).
_TICKET_FIRST_LINE = lazy_compile(r"^\s*入驻云市场已缴纳保证金\S{1,8}元，请转财务\s*$")


# An item's head: its words before the first colon or semicolon ("5. Pay the deposit: user
# center > …" → "5. Pay the deposit").
_ITEM_DETAIL = lazy_compile(r"\s*[:：;；].*$")
_ITEMS_JOINED = " → "


def _listed_in_one_line(kept: list[list[str]], size: Callable[[], int], room: int) -> bool:
    """The longest part's numbered items put on one line by their heads, when that makes the
    parts fit `room` (changed in place); False, unchanged, otherwise."""
    longest = max(range(len(kept)), key=lambda i: len("\n".join(kept[i])))
    lines = kept[longest]
    first = next((n for n, line in enumerate(lines) if _NUMBERED_ITEM.match(line)), None)
    if first is None or not all(_NUMBERED_ITEM.match(line) for line in lines[first:]):
        return False
    before = list(lines)
    heads = [_ITEM_DETAIL.sub("", line.strip()).rstrip("。. ") for line in lines[first:]]
    lines[first:] = [_ITEMS_JOINED.join(heads)]
    if size() <= room:
        return True
    kept[longest] = before
    return False


def _fit(bodies: list[list[str]], room: int) -> str | None:
    """The parts' answers in `room` characters: the longest answer loses its last lines first
    (each answer keeps its opening lines, which carry its point); None when even that is too
    long. No "…" marks what was left out: what stays is whole sentences, each part opening
    on its answer."""
    kept = [list(lines) for lines in bodies]

    def size() -> int:
        return sum(len("\n".join(lines)) for lines in kept) + len(_PART_SEPARATOR) * (len(kept) - 1)

    # Sentences without a figure after each answer's first go first ("Pay after approval at
    # user center > …"): the figures are what was asked.
    for index in range(len(kept)):
        for position in range(len(kept[index]) - 1, 0, -1):
            if size() <= room:
                break
            line = kept[index][position]
            # A list's head ("Entry conditions for …:") stays with the list after it.
            if (
                not _FIGURE.search(line)
                and not line.rstrip().endswith((":", "："))
                and not _TICKET_FIRST_LINE.search(line)
            ):
                del kept[index][position]
    while size() > room:
        # A part ending on a list loses no item of it while another part has prose to lose
        # (the list is what that part answers).
        cuttable = [i for i in range(len(kept)) if len(kept[i]) > 1]
        prose = [i for i in cuttable if not _LIST_LINE.match(kept[i][-1])]
        # A numbered list ("Joining takes 7 steps: 1. … 7. …") keeps every item it announces
        # while another part has a line to lose (fix33c: step 7 was dropped for room).
        unnumbered = [i for i in cuttable if not _NUMBERED_ITEM.match(kept[i][-1])]
        if not prose and not unnumbered and _listed_in_one_line(kept, size, room):
            # "(1) how many markets … (2) how many steps to join …" (holdout111 #138: "Joining
            # takes 7 steps" and two of them): every item, each by its head, on one line.
            break
        longest = max(
            prose or unnumbered or cuttable, key=lambda i: len("\n".join(kept[i])), default=None
        )
        if longest is None:
            return None
        kept[longest].pop()
    return _PART_SEPARATOR.join(
        "\n".join(
            _closed_brackets(line)
            for line in "\n".join(line.rstrip() for line in lines)
            .replace("\n" + _GLUE, "")
            .split("\n")
        )
        for lines in kept
    )


def _closed_brackets(line: str) -> str:
    """A line whose closing bracket went with a sentence left out for room gets it back ("(then
    v: … First application: …" lost "… Repeat application: ….)")."""
    for opening, closing in (("(", ")"), ("（", "）")):
        if line.count(opening) > line.count(closing):
            line += closing * (line.count(opening) - line.count(closing))
    return line


# A long line is cut at its sentences (a deposit answer is one line of four sentences); each
# sentence keeps its end mark, and the pieces are joined back without a break.
# An English sentence's space goes with the next piece, so trimming a line's end keeps it.
# A closing bracket stays with the sentence it closes ("（…执行。）").
# A list's number ("3. Apply: …") ends no sentence: cut there, its item was left as a bare "3.".
_SENTENCE_END = lazy_compile(r"(?<=[。；])(?![）)])|(?<=[.;])(?<!^\d\.)(?<!^\d\d\.)(?= [A-Z(])")
_FULL_STOP = lazy_compile(r"(?<=。)(?![）)])|(?<=\.)(?<!^\d\.)(?<!^\d\d\.)(?= [A-Z(])")
_LONG_LINE = 160
_GLUE = "\u2060"  # marks a piece that continues the line before it (removed when joined)


def _sentences(line: str) -> list[str]:
    # A short line is cut at its full stops only: "；" there joins the items of one list.
    ends = _SENTENCE_END if len(line) > _LONG_LINE else _FULL_STOP
    pieces = [piece for piece in ends.split(line) if piece]
    return [pieces[0], *(_GLUE + piece for piece in pieces[1:])]


def _without_source(found: Answer) -> str:
    tail = t("answers.source", found.lang, source=found.source)
    text = found.text.rstrip()
    return text[: -len(tail)].rstrip() if text.endswith(tail) else text


# Where a second, separate question starts: "顺便问下", "另外", "by the way" (not a colon after a
# record's number, which opens the question about that record).
_ANOTHER_QUESTION = lazy_compile(
    r"顺便问(一)?下?|顺带问(一)?下?|另外问(一)?下?|还想问(一)?下?|另外[，,]|另外(?=如果|假如|要是|想问)"
    r"|另一个问题[：:，,]?|还有个问题[：:，,]?"
    # "…到哪一步了吗？另外顺便确认下：…写叁万对吧", "Also remind me what … needs".
    r"|(另外)?顺便(确认|核实|核对|提醒|说|问)(一)?下?[：:，,]?"
    r"|\balso\b[,:]?\s*(?=(remind|tell|what|how|which|where|when|who|can|could|is|are|do|does|please)\b)"
    r"|\b(by the way|btw)\b|\b(separate|another|unrelated|different) question\s*[:：,]?",
    re.IGNORECASE,
)


_SENTENCES = lazy_compile(r"(?<=[。！!？?])")
# The last sentence asks how to do a step of the guide: "到底应该怎么写", "how should it read".
_HOW_ASKED = lazy_compile(
    r"怎么(写|填|做|弄|填写)|如何(写|填|填写)|\bhow (should|do|to)\b"
    # "一般审核结果会通过什么渠道告诉我们": a general question of the guide after the record's.
    r"|^\s*一般|通过什么(渠道|方式)|什么渠道|\bin general\b"
)


def lookup_then_question(
    message: str, declined: Answer, answer_one: Callable[[str, Lang], Answer]
) -> Answer | None:
    """ "工单号 T2026… 提了两天没人理。顺便问下，工单描述里要写哪些信息？": the look-up is
    declined and the question after "顺便问下" / "by the way" answered, numbered; None unless
    the part after the marker is answered from the guide."""
    from bot.answers.identifiers import RECORD_POINTED

    markers = list(_ANOTHER_QUESTION.finditer(message))
    if markers:
        asked = message[markers[-1].end() :].strip(" ，,:：")
    else:
        # "工单号 2026… 被退回来说描述不对。描述第一句到底应该怎么写？": the last sentence asks the
        # guide on its own, after the record's story.
        sentences = [p for p in _SENTENCES.split(message) if p.strip()]
        if len(sentences) < 2 or not _HOW_ASKED.search(sentences[-1]):
            return None
        asked = sentences[-1].strip(" ，,:：")
    if len(asked) < _MIN_PART or RECORD_POINTED.search(normalize(asked)):
        # ("…, by the way, when will it be processed": the record again, no other question.)
        return None
    asked = _with_market_referred_to(message, asked)
    found = answer_one(asked, declined.lang)
    if found.out_of_scope or not _answered(found):
        return None
    return _numbered([declined, found], [found], declined.lang)


def question_then_lookup(
    message: str, declined: Answer, answer_one: Callable[[str, Lang], Answer]
) -> Answer | None:
    """ "API市场保证金多少？顺便帮我查下我的工单12345678进度": the guide's question first is
    answered, the look-up after it declined, numbered; None unless the message splits into a
    first sentence the guide answers and a rest that is declined."""
    sentences = [part for part in _SENTENCES.split(message) if part.strip()]
    if len(sentences) < 2:
        return None
    before = sentences[0].strip(_PART_EDGES)
    after = "".join(sentences[1:]).strip(_PART_EDGES)
    if len(before) < _MIN_PART or len(after) < _MIN_PART:
        return None
    from bot.answers.identifiers import speaks_of_own_record

    if speaks_of_own_record(normalize(before)):
        # "How much commission did we pay for October 2020? Our ticket number is …": the first
        # sentence is the look-up itself.
        return None
    first = answer_one(before, declined.lang)
    if first.out_of_scope or not _answered(first):
        return None
    second = answer_one(after, declined.lang)
    if not second.out_of_scope:
        return None
    return _numbered([first, second], [first], declined.lang)


# "Also remind me what after-sales hours that market needs": the market named earlier.
_THAT_MARKET = lazy_compile(
    r"\b(that|this|the same) (market|category)\b|(这个|那个|该|这|那)(市场|集市|类目)"
)


def _with_market_referred_to(message: str, asked: str) -> str:
    """`asked` with the market the message named before it, when it points back to one."""
    from bot.answers.names import markets_in_question
    from rules.markets import market_label

    if markets_in_question(asked) or not _THAT_MARKET.search(normalize(asked)):
        return asked
    earlier = markets_in_question(message[: message.find(asked)] if asked in message else message)
    if len(earlier) != 1:
        return asked
    return _THAT_MARKET.sub(market_label(earlier[0], "zh"), asked, count=1)


# Where a second request starts in a message that is declined as a whole: "帮我订张机票🙏 另外建站
# 那个类目抽成第一档几个点", "how many markets r there? also whats the weather tmrw".
_SECOND_REQUEST = lazy_compile(
    r"(?:^|(?<=[\s，,。.!！?？~🙏]))(另外|顺便问(一)?下?|还有个问题|还想问|also\b|btw\b|by the way\b)",
    re.IGNORECASE,
)
_PART_EDGES = " ，,。.!！?？🙏:："


def declined_beside_question(
    message: str, declined: Answer, answer_one: Callable[[str, Lang], Answer]
) -> Answer | None:
    """A request outside the guide beside a question it answers, split at "另外" / "also": the
    one declined, the other answered, numbered in the message's order; None unless exactly one
    of the two is declined."""
    marker = _SECOND_REQUEST.search(message)
    if marker is None:
        return None
    before = message[: marker.start()].strip(_PART_EDGES)
    after = message[marker.end() :].strip(_PART_EDGES)
    if len(before) < _MIN_PART or len(after) < _MIN_PART:
        return None
    first, second = answer_one(before, declined.lang), answer_one(after, declined.lang)
    if first.out_of_scope == second.out_of_scope:
        return None
    answered = [found for found in (first, second) if not found.out_of_scope]
    if not all(_answered(found) for found in answered):
        return None
    return _numbered([first, second], answered, declined.lang)
