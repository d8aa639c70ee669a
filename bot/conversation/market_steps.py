"""The engine's steps up to the verdict: the greeting, the market menu, the choice of markets
(with answers already on file to confirm or change), the eligibility questions (through the form
runner). Mixed into `Engine`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.answers.month_sales import names_months_sales
from bot.conversation import interpret as reading
from bot.conversation import questions as q
from bot.conversation.form_runner import is_yes
from bot.conversation.forms import EligibilityForm, resolve_profile_item
from bot.conversation.helpers import (
    EVERY_MARKET,
    markets_kept_in_words,
    markets_named,
    products_described,
    retail_unclear,
)
from bot.conversation.helpers import NUMBER_LIST as _NUMBER_LIST
from bot.conversation.helpers import clip as _clip
from bot.conversation.helpers import is_number as _is_number
from bot.conversation.helpers import join as _join
from bot.conversation.helpers import read_markets as _read_markets
from bot.conversation.interpret import (
    ACKNOWLEDGED,
    acknowledgement,
    closes_talk,
    fold,
    looks_like_question,
    says_leaving,
)
from bot.conversation.state import (
    CHOOSE_MARKETS,
    CONFIRM_KNOWN,
    IDLE,
    QUESTION,
    TICKET_FIELD,
    TICKET_MARKETS,
    TICKET_REVIEW,
    markets_change_draft,
    moving_as,
)
from bot.conversation.store import delete_verdicts, load_verdicts
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import (
    Choice,
    Lang,
    Reply,
)
from bot.i18n import (
    ALL_MARKETS_WORDS,
    CONFIRM_WORDS,
    CONTINUE_WORDS,
    normalize_command,
    pick,
    t,
)
from bot.lazy_re import lazy_compile
from bot.product_parts import software_without_hardware
from bot.texts import Localized
from rules.deposit import deposit_for
from rules.markets import MARKET_IDS, get_market, market_label

# A question put beside a choice: "API市场，顺便问下要交多少保证金", "API market, and by the way
# how much is the deposit?" (what follows the words is the question).
_QUESTION_ASIDE = lazy_compile(
    r"[，,;；。.\s]*(?:顺便|顺带|另外|还|再)(?:想)?(?:问|请教|咨询)(?:一?下)?[：:，,]?|"
    r"[，,;；。.\s]*(?:顺便说一下|顺便一问)[：:，,]?|"
    r"[,;.\s]+(?:and )?(?:by the way|btw|also|quick question|one question)[,:]?\s*"
    r"(?=(?:what|how|when|where|which|who|is|are|do|does|can|could|should|will)\b)",
    re.IGNORECASE,
)


# Every market, counted: "all twelve markets", "全部十二个", "12个市场都要", "all 12". The count
# must be the menu's own (a thirteenth market in the data changes it).
_COUNT_WORDS = {12: "12|十二|twelve"}
_ALL_COUNTED = lazy_compile(
    rf"(?:全部|所有|全|这|all(?: of)?(?: the)?|every one of the)?\s*(?:{_COUNT_WORDS.get(len(MARKET_IDS), len(MARKET_IDS))})"
    r"\s*(?:个|家)?\s*(?:市场|集市|类目|markets?)?\s*(?:都要|全要|全部|都|都选|全选|all)?"
    r"(?:\s*(?:都要|都选|please|吧))?"
)

# "all twelve markets except …": a count followed by an exclusion is read as a choice.
_OTHER_THAN = lazy_compile(r"除|以外|之外|不要|不含|except|but not|other than|apart from|without")
# Words that drop the walk-through under way for other markets ("取消。重新来，我要API市场").
_START_OVER = lazy_compile(
    r"取消|重新来|重来|重新开始|重新选|换成|换到|改成|改为|改选|start over|instead|switch to|"
    r"change (?:the )?markets? to|"
    # "no I want to switch markets: website building and new retail" (black-box s73 D2, high:
    # stored as after-sales = none).
    r"(?<!don't )(?<!dont )(?<!do not )(?<!not )(?<![a-z])(?:switch|change) (?:the )?markets?(?: to)?\s*[:：]?"
    r"|(?<!不)(?<!别)换市场[:：]?|(?<!不)(?<!别)换个市场[:：]?|"
    # "算了我们还是想先看解决方案市场" (black-box D8): the vendor turns to other markets.
    r"还是想先看|还是先看|还是想看|还是看|改看|先看看?(?=[^，,。]{1,12}市场)|"
    r"(?<![a-z])(?:let'?s|let us) (?:do|check|look at)(?![a-z])|"
    # "go back to data intelligence, devops and IoT" (black-box s61 D9: the refund rule).
    r"(?<![a-z])(?:go |get |switch )?back to(?![a-z])|回到|换回|改回|"
    # "wait, I asked for the security market, not basic software" (black-box s64 D3).
    # (Never "we want the security market too": one added — review 56 R10.)
    r"(?<![a-z])(?:i|we) (?:asked|said|meant) (?:for |about )?(?:the )?(?=[a-z ]{2,30}markets?\b)"
    r"|我(?:们)?(?:问的|说的|要的|想问的|想看的)是(?=[^，,。]{1,12}市场)"
    # "…, we'd rather do IoT market instead" (black-box s66 D1, high: read as a bad date).
    r"|(?<![a-z])(?:i|we)(?:'d| would) rather (?:do|go with|join|have|check|try)(?![a-z])",
    re.IGNORECASE,
)
# A market's name said alone after a start-over word ("IoT", "数据智能"): at most this long.
_NAME_ALONE_CHARS = 12
# How to join one market asked: "零售通怎么入驻", "how do we join the IoT market?".
_HOW_TO_JOIN = lazy_compile(
    r"(怎么|如何|怎样)(才能)?(申请)?(入驻|加入)|入驻(流程|步骤)"
    r"|(?<![a-z])(how (do|can|could|would|should) (we|i) (join|get into|onboard)"
    r"|how to (join|get into|onboard)|(joining|onboarding) (process|steps))(?![a-z])",
    re.IGNORECASE,
)
# A money topic beside it ("零售通保证金怎么申请退回" — review 57 N1): no joining asked.
_MONEY_TOPIC = lazy_compile(
    r"保证金|佣金|退|返还|(?<![a-z])(deposit|commission|refund|fee)s?(?![a-z])", re.IGNORECASE
)
# After a question, the sentence that follows it ("why basic software?? … go back to X").
_AFTER_QUESTION = lazy_compile(r"[?？]+\s*")
# Marks and a particle after the words pointing back ("换成这两个吧。").
_TRAILING_MARKS = " ，,。.!！吧"
# The word "market" ("security market and basic software market", "服务市场", "集市"): counted
# against the markets a sentence lists, and telling a market named from a product described.
_MARKET_WORD = lazy_compile(r"(?<![a-z])markets?(?![a-z])|市场|集市", re.IGNORECASE)
# A switch put as a question: "那换成新零售市场呢", "switch to service market instead?".
_SWITCH_SUGGESTED = lazy_compile(
    r"(换成|换到|改成|改为)[^，,。？?]{1,14}(呢|吧)\s*[?？。]*$"
    r"|(?<![a-z])(switch|change) to [a-z ]{3,30}(instead)?\s*\?*$",
    re.IGNORECASE,
)
# The markets just named, pointed back at: "换成这两个", "switch to those".
_THESE_MARKETS = lazy_compile(
    r"这(?:两|三|几)?个(?:市场)?|这些(?:市场)?|(?:them|these|those|both)(?: (?:two|markets))?",
    re.IGNORECASE,
)
# The results asked for before the questions are done: "show me results for what I answered so
# far", "先看下目前的结果", "results so far?".
_RESULTS_SO_FAR = lazy_compile(
    r"(?<![a-z])(?:results?|verdicts?|outcome)\b[^.?!]{0,40}\bso far(?![a-z])"
    r"|(?<![a-z])so far\b[^.?!]{0,20}\b(?:results?|verdicts?)(?![a-z])"
    r"|(?:先|直接)?(?:看|给我看|显示)(?:一下|下)?(?:目前|现在|到目前为止)(?:的)?(?:检查)?结果"
    r"|(?:目前|现在|到目前为止)(?:的)?(?:检查)?结果(?:是什么|怎么样|如何)"
    # "too many questions. just show me the results with what you have" (black-box s71 D19:
    # "not a number of years").
    r"|(?<![a-z])(?:show|give|tell)(?: me| us)?(?: the)? (?:results?|verdicts?|outcome)"
    r"(?: (?:with|from|on|based on) (?:what you have|what we gave|the answers so far|what i (?:said|gave)))?(?![a-z])"
    r"|(?:先|直接)(?:给我)?(?:看|出)(?:一下|下)?结果|就按(?:现在|目前)(?:的)?(?:回答)?(?:出|给|看)(?:个)?结果",
    re.IGNORECASE,
)
# A market said to be kept: "don't skip retail link", "零售通别去掉" (review 63 R3: dropped).
_KEEP_SAID = lazy_compile(
    r"(?<![a-z])(don'?t|do not|never) (skip|drop|remove|forget)(?![a-z])|(?<![a-z])(still want|keep)(?![a-z])"
    r"|别(去掉|删|跳过|不看)|不要(去掉|删掉|跳过)|保留|还要",
    re.IGNORECASE,
)
# A topic of the guide named at the market menu with no question word: "佣金", "保证金", "流程".
_TOPIC_WORD = lazy_compile(
    r"流程|步骤|入驻|佣金|抽成|保证金|押金|工单|收据|费率|退款|"
    r"(?<![a-z])(process|steps|commission|deposit|ticket|receipt|fees?|refund)(?![a-z])",
    re.IGNORECASE,
)
# Markets added to the walk-through under way: "API的也加上", "also add the API market please".
_ADD_MARKETS = lazy_compile(
    # ("我们也想加物联网市场", black-box 51 D6: wanting to add.)
    r"(?:再|也|还)(?:想|要|想要)?(?:帮我|帮忙|给我|帮我们)?(?:一起)?"
    # ("物联网市场也check一下" — black-box s78 D2: stored as the industry 物联网.)
    r"(?:加上|加入|添加|加|一起看|看一下|看下|看看|顺便看|检查一下|检查|查一下|查查|check一下|check|算上)"
    r"|(?:也|还)(?:想|要|想要|打算)(?:入驻|进|申请|入|上)(?=[^，,。]{0,12}(?:市场|集市|类目))"
    r"|(?:加上|添加|加入)(?=[^，,。]{0,12}市场)"
    r"|(?<![a-z])(?:also (?:add|check|include)|add (?:the )?[a-z ]{1,30}? market|and also)(?![a-z])"
    # "wait, I also want the basic software market checked" (black-box s58 D8).
    r"|(?<![a-z])(?:i|we) also (?:want|need|'d like|would like)(?![a-z])(?=[^.]{0,40}\bmarket)"
    # "I said basic software, security, solution and data intelligence too" (black-box 48, D4).
    r"|(?<![a-z])(?:too|as well)[.!]*$"
    # "wait i said data intelligence too, pls add it" (black-box s70 D15: "please answer yes
    # or no"): the markets said, and "add it".
    r"|(?<![a-z])(?:too|as well)(?![a-z])(?=.{0,20}\badd (?:it|them|that|those)\b)"
    # "wait, you forgot the enterprise application market, we want both" (black-box s65 D7).
    r"|(?<![a-z])(?:you )?(?:forgot|missed|left out)(?: about)?(?![a-z])|(?:漏了|忘了|少了)(?=[^，,。]{0,12}市场)",
    re.IGNORECASE,
)
# A topic asked beside the market ("can you also check how much the deposit is for the API
# market?" — review 71 R5): a question, no market added.
_TOPIC_ASKED = lazy_compile(
    r"保证金|佣金|费率|多少|条件|要求|资金|执照|人数|团队|工程师|经验|几年|年限|多久|(?<![a-z])(?:deposit|commission|rates?"
    r"|how much|how many|how long|conditions?|requirements?|acp|engineers?|capital|licen[cs]e|team size|staff|experience"
    r"|years?)(?![a-z])",
    re.IGNORECASE,
)
_ASKED_TO_DO = lazy_compile(
    r"(?<![a-z])(?:can|could|would|will) you(?![a-z])|(?<![a-z])please(?![a-z])|能不能|可以帮|可不可以|麻烦|帮我|帮忙",
    re.IGNORECASE,
)
_TOO_ADD_IT = lazy_compile(r"(?<![a-z])(?:too|as well)(?![a-z]).{0,20}\badd\b", re.IGNORECASE)
_TOO_AT_END = lazy_compile(r"(?<![a-z])(?:too|as well)[.!]*$", re.IGNORECASE)
_SAID_NOT = lazy_compile(
    r"不要|不用|去掉|(?<![a-z])(not|no|without|drop|remove)(?![a-z])", re.IGNORECASE
)
# "also check 2,7,9,5": the menu's numbers after the words adding markets.
_ADDED_NUMBERS = lazy_compile(r"^\s*(\d{1,2}(?:\s*[,，、\s]\s*\d{1,2})*)\s*[.!。！]*\s*$")
# The vertical industry question (解决方案市场): said with the markets, it is answered.
_INDUSTRY_SLOT = "industry"
_INDUSTRY_WORD = lazy_compile(
    r"行业|领域|(?<![a-z])(industry|sector|vertical)(?![a-z])", re.IGNORECASE
)
# "一样", "都没变", "same as before": the answers on file kept (black-box 46, D24).
# Words around a 继续 that add nothing: "继续吧", "ok继续", "好的，继续".
_AROUND_CONTINUE = lazy_compile(
    r"^(?:ok|okay|好的?|嗯|行)[，,\s]*(?=继续|continue)|(?<=继续)(?:吧|啊|呀|下去)[。.!！]*$"
    r"|(?<=continue)(?: please| pls)?[.!]*$",
    re.IGNORECASE,
)
_BUILT_ON = "built_on_aliyun"
_LICENCE = "license_date"
# The market just asked about, pointed at: "that one", "那个市场".
_THAT_ONE = lazy_compile(
    r"(?<![a-z])(?:that|this) one(?![a-z])|那个市场|这个市场|刚才那个", re.IGNORECASE
)
# A market's conditions asked to be shown: "零售通市场的条件呢", "what are the requirements for X?".
_CONDITIONS_ASKED = lazy_compile(
    r"(?:的|入驻)?(?:条件|要求)(?:呢|是什么|是啥|有哪些|有什么)"
    r"|(?<![a-z])(?:requirements?|conditions?|criteria)(?: for| of)?(?![a-z])[^.!]{0,40}\?"
    r"|(?<![a-z])what are the (?:requirements?|conditions?)(?![a-z])"
    # "what does the retail link market require?" at the "What next?" menu (black-box s71
    # D12: a check started).
    r"|(?<![a-z])what (?:does|do) (?:the )?(?!you\b|we\b|i\b)[a-z ]{2,30}? (?:market )?(?:require|need|ask for)(?![a-z])",
    re.IGNORECASE,
)
# A market taken in a clause ("先入企业应用市场", "看看API市场"); one only mentioned ("API市场我们
# 已经入驻了", "安全市场以后再说", "之前问过安全市场，也不行") is not (review 56 N1).
_CHOOSING = lazy_compile(r"入|进|看|查|换|改|要|想|选|申请|check|join|switch|want", re.IGNORECASE)
_NOT_CHOOSING = lazy_compile(r"已经|以后|之后再|下次|问过|不行|不做|不要|不考虑|already|later|not")


def _markets_asking(key: str) -> list[str]:
    """The markets with a condition on `key` (rules/data/markets.yaml)."""
    return [m for m in MARKET_IDS if any(c.key == key for c in get_market(m).conditions)]


# "yes check it", "ok go ahead", "好，开始检查吧" at the answers-on-file screen: go on.
_GO_ON = lazy_compile(
    r"(?:(?:yes|yeah|yep|ok|okay|sure|好的?|是的?|对|行)[,，\s]*)?"
    r"(?:check (?:it|them|now)|go ahead|go on|proceed|start(?: the check)?|开始(?:检查)?吧?|检查吧|查吧)"
    r"[.!！。]*",
    re.IGNORECASE,
)
# Keeping only some: "只看", "只要", "only", "just".
# Years, months or people said in Chinese numerals: "一年", "两个人", "半年".
# "不是，我问的是…", "no, I was asking about …": the question said again, no market chosen.
_I_WAS_ASKING = lazy_compile(
    r"^(?:不是|不对|没有|no|nope|not that)?(?:这个|那个)?[，,\s]*(?:我|我们)(?:是|刚才|刚刚|其实)?(?:想)?问的?是"
    r"|^(?:不是|不对)(?:这个|那个)?[，,\s]*我(?:是|只是)?想?问(?:一下)?"
    r"|^(?:no|nope|sorry)?[,\s]*i (?:was|am|'m) (?:just |only )?asking (?:about )?",
    re.IGNORECASE,
)
_SPELLED_COUNT = lazy_compile(r"[一二两三四五六七八九十半几]\s*(?:年|个月|个?人|名)")
_ONLY_SAID = lazy_compile(r"只|仅|(?<![a-z])(?:only|just)(?![a-z])", re.IGNORECASE)
# Sentences of a message, and a "wait" opening them ("等下，…", "wait, …").
_SENTENCES = lazy_compile(r"[；;。]|(?<=[a-z])\.\s")
_WAIT_OPENING = lazy_compile(
    r"^\s*(?:等下|等等|等一下|稍等|wait|hold on)[，,:：\s]*", re.IGNORECASE
)
_UNCHANGED = lazy_compile(
    r"(都|还是)?(一样|没变|不变|没有变|没改变|照旧)(的|了|吧|啊)?|(all |it'?s )?(the )?same( as before)?"
    r"|unchanged|no changes?|nothing changed"
    # "没有" (black-box 47, D27): nothing to change, said to "如需修改…；没问题请回复继续".
    r"|(没有|没|无|不用|不需要)(要改|要修改|需要修改|修改|改)?(的)?(了|啦)?|没问题|都对|都没问题"
    r"|no|nope|none|nothing|nothing to change|all good|all correct|looks good",
    re.IGNORECASE,
)
# Every market asked to be checked inside a sentence: "hey can u check all the markets for us?"
# (black-box 47, D7), "帮我们把所有市场都检查一下".
_CHECK_ALL = lazy_compile(
    r"(?<![a-z])(check|go through|run through|look at|review)(?![a-z]).{0,20}"
    r"(?<![a-z])(all (the )?markets|every market|all twelve|all 12)(?![a-z])"
    r"|(检查|看看|查查|看一下|查一下|核对)(一下)?(所有|全部)的?(市场|集市)|(所有|全部)的?(市场|集市)都?(帮我们?|给我们?)?(检查|看看|查查|查一下|看一下)"
    # "which markets can we join? check all of them", "全部帮我查一下" (black-box 51, D4).
    r"|(?<![a-z])(check|go through|look at) (all|every one) of (them|these)(?![a-z])"
    r"|(?<![a-z])check (them )?all(?![a-z])"
    r"|(全部|所有)都?(帮我们?|给我们?)?(检查|查|看看|查查|查一下|看一下|检查一下)(一下|一遍)?"
)
_INCLUDING = lazy_compile(
    r"(?:including|incl\.?|包括|包含|连同|含)\s*[^,，。;；]*"
    # "Everything, all twelve markets, Retail Link included." (blind_conversations31 c31_49:
    # Retail Link alone checked): the market said after, included.
    r"|[^,，。;；]*\s(?:included|too|as well)(?![a-z])|[^,，。;；]*(?:也包括|也算在内|也要)",
    re.IGNORECASE,
)
# The check stopped in words: "不查了，结束", "算了不检查了", "stop, that's enough".
_STOP_CHECK = lazy_compile(
    r"(算了[，,\s]*)?(先)?(不查了|不检查了|不看了|不问了|不弄了|先这样吧?|就到这(里)?吧?)"
    r"([，,\s]*(结束|谢谢|再见|拜拜|bye)(了|吧)?)?[。.!！~]*"
    r"|(ok[,\s]*)?((stop|let'?s stop|that'?s enough|no more questions|i'?m done)( for now)?[,.!\s]*)"
    r"{1,2}"
    # "stop the eligibility check please, I dont need it" (black-box 48, D10).
    r"|(please )?(stop|cancel|end|quit) (the |this )?(eligibility )?(check|checking|questions|form)"
    r"( please)?([,.!\s]+(i (do not|don'?t|dont) need (it|this)|not needed))?[.!]*",
    re.IGNORECASE,
)
# The check refused inside a message: "不用检查，…", "太多了 不问了 明天再说", "不需要查了".
_CHECK_REFUSED = lazy_compile(
    r"(?:不用|不需要|不必|无需|别)(?:再)?(?:检查|查|问|核对)(?:了)?|不问了|不查了|不检查了"
    r"|(?<![a-z])(?:no need to check|don'?t need (?:the|a|this) check)(?![a-z])"
    # "stop, I am not applying now" (black-box s58 D1: stored "not a lawfully registered
    # company"): the check stopped, never a no.
    r"|^\s*(?:ok[,\s]*)?(?:stop|wait,? stop|hold on,? stop)\b[,.!\s]*(?=i'?m not|i am not|we'?re not|we are not|not now|no need|never ?mind)"
    r"|(?<![a-z])(?:i'?m|i am|we'?re|we are) not (?:applying|joining|doing this|interested)(?: (?:now|yet|anymore|right now))?(?![a-z])"
    r"|(?:我们?)?(?:现在|暂时|目前)?(?:不|没)(?:打算)?(?:申请|入驻)(?:了|\s*[。.!！]*$)"
    # "cancel, I only wanted the commission" (black-box s71 D6: "please answer yes or no").
    r"|^\s*(?:cancel|stop|quit)\b[,.!\s]+(?=(?:i|we) (?:only|just) (?:wanted|want|need|needed)\b"
    r"(?! to (?:change|correct|update|fix|edit|add)))"
    # "取消，我只是想问佣金" (review 61 N4).
    r"|^\s*(?:取消|停|算了)[，,\s]*(?:我|我们)?(?:只是|只|就)(?:想)?(?:问|看|了解)(?:一下|问)?"
    r"(?:佣金|保证金|费率|流程|条件)",
    re.IGNORECASE,
)
# The check said never to have been asked for: "我没说要检查物联网", "I didn't ask for that".
_NOT_ASKED_FOR = lazy_compile(
    r"没(有)?说(过)?要|没(有)?让你|不是要|(?<![a-z])(didn'?t|did not|never) (ask|want|say)(?![a-z])",
    re.IGNORECASE,
)
# A market said to be approved already, and the ticket named.
_ALREADY_APPROVED = lazy_compile(
    r"(?:已经|已)(?:审核)?(?:通过|入驻|进了|批了|批下来)|(?<![a-z])(?:already )?(?:approved|joined)(?![a-z])",
    re.IGNORECASE,
)
_TICKET_NAMED = lazy_compile(
    r"工单|金额|保证金|(?<![a-z])(?:ticket|amount|deposit)(?![a-z])", re.IGNORECASE
)
# What may follow a stop and says nothing more: "明天再说", "太多了", "谢谢".
_LATER_ONLY = lazy_compile(
    r"(?:太多了|好多|好麻烦|麻烦)?[，,\s]*(?:明天|改天|下次|回头|以后)?(?:再说|再来|继续)?[，,\s]*(?:谢谢|thanks)?"
)
# An answer to a question of the check, typed before any check started.
_LOOKS_LIKE_AN_ANSWER = lazy_compile(
    r"^(是|是的|有|有的|能|可以|没有|否|不是|不知道|yes|yep|yeah|no|nope|sure|of course)\b"
    r"|\d|[5７]\s*[x*×]\s*8|7\s*[x*×]\s*24|年|人|(?<![a-z])(years?|yrs|people|staff|engineers)(?![a-z])",
    re.IGNORECASE,
)


def looks_like_an_answer(text: str) -> bool:
    """ "yes", "2年", "5x8": a form's answer, typed where no question waits."""
    return _LOOKS_LIKE_AN_ANSWER.search(fold(text)) is not None


# The check asked of "us", no market named: "帮我查一下我们够不够", "can you check if we qualify".
_CHECK_US = lazy_compile(
    r"(查|看|检查|核对|判断)(一下|下)?[^，,。？?]{0,4}(够不够|行不行|符不符合|能不能进|合不合格|达不达标|满不满足|有没有资格|能否入驻)"
    r"|(?<![a-z])((check|see|tell me) (if|whether) (we|i) (qualify|are eligible|meet (them|it|the conditions)"
    r"|can join)|do we qualify|are we eligible)(?![a-z])"
    # "帮我检查一下这两个", "check these two for us" (black-box s71 D13: "没能识别您要选择的市场").
    # (The request alone: "看下这两个哪个佣金低？" asks the rates — review 61 R10.)
    r"|^\s*(帮我|帮我们|给我|给我们)?(检查|查|核对)(一下|下)?(这|那)(两|俩|几|三)个(市场)?(吧|呗)?[。.!！]*\s*$"
    r"|^\s*(?:please )?check (these|those|both|them)( two| three| markets)?( for (me|us))?( please)?[.!]*\s*$"
    # "ok let's check", "check it", "那查一下吧" right after a market's requirements (black-box s77
    # D8: "could not tell which markets", the list three times).
    r"|^\s*(?:ok(?:ay)?|alright|sure|great|good|好的?|行|那)?[,，\s]*(?:let'?s|lets|can you|please|pls)?\s*"
    r"(?:check|see)(?: it| that| this| if we qualify| us)?(?: (?:now|then|please))?[.!]*\s*$"
    r"|^\s*(?:好的?|行|那|嗯)?[，,\s]*(?:帮我|给我|我们)?(?:查|看|检查)(?:一下|下|看)(?:吧|呗)?[。.!！]*\s*$",
    re.IGNORECASE,
)
# Joining named with nothing else: "入驻", "我想入驻", "join", "onboarding".
# "we want to sell our software" (black-box s54 D14): the vendor's products, a market guessed
# from them and asked back — not a market named.
_OWN_PRODUCT = lazy_compile(
    r"(?<![a-z])(?:our|my|sell|selling|we (?:make|build|develop|offer|do))\s+(?:own\s+)?"
    r"(?:software|security|data|services?|solutions?|products?)(?![a-z])"
    # "we are a data analytics company" (black-box s62 D8: the Data Intelligence check
    # started unasked): the kind of firm said, no market chosen.
    r"|(?<![a-z])(?:we are|we're|i am|i'm|i run|we run) an? (?:[\w\-]+ ){1,4}?"
    r"(?:company|firm|startup|vendor|provider|studio|agency|team|shop|business)(?![a-z])"
)
_JOIN_ALONE = lazy_compile(
    r"((你好|您好|嗨)[，,！!\s]*)?(我|我们|我们公司|我司|公司)?(想|要|想要|准备|申请|打算|计划)?"
    # ("你好，我们公司想上架商品到阿里云云市场" — black-box s62 D10: 商品.)
    r"(入驻|入住|加入|开始入驻|上架(我们的)?(产品|商品|服务|软件)?|把(产品|商品)上架|开店"
    r"|卖(产品|商品|服务|东西))"
    # ("你好，我们公司想上架产品到云市场" — black-box s54 D13.)
    r"(到|在|进)?(阿里云)?(云市场)?(上)?(一下)?(吧|呀|啊)?"
    # ("你好，我们公司想在阿里云云市场卖东西" — black-box s71 D14: "没能识别您要选择的市场".)
    r"|((你好|您好|嗨)[，,！!\s]*)?(我|我们|我们公司|我司|公司)?(想|要|想要|准备|打算|计划)?(在|到|去|进)"
    r"(阿里云)?(的)?云市场(上)?(卖|上架|开店|入驻|卖卖)(我们的)?([a-z]{0,10})?(产品|商品|服务|东西|软件)?(吧|呀|啊)?"
    # ("Hi, we'd like to join the Alibaba Cloud Marketplace" — black-box 51, D22.)
    r"|((hi|hello|hey)( there)?[!.,]*\s*)?(i|we)? ?(want to |would like to |'d like to )?"
    r"(join|onboard|onboarding|get started|start|sell on|sell in|list on)( on)?( the)?( alibaba cloud| aliyun)?( marketplace)?[!.]*"
    # "hi there", "good morning" (black-box 49, D11): a greeting in English, as 你好 is.
    # ("hi again" after "delete my data" — black-box s74 D18: read as a market name.)
    r"|(hi|hello|hey|hiya|greetings)( there| team| all| again| guys| everyone)?[!.,]*"
    r"|good (morning|afternoon|evening|day)[!.,]*|(你好|您好|嗨)(呀|啊)?[，,！!\s]*(又是我|又来了|再次)?"
)
_APPLY_WORD = lazy_compile(r"申请|(?<![a-z])(apply|application)(?![a-z])", re.IGNORECASE)


def _wishes_to_join(text: str) -> bool:
    """ "入驻", "我们想入驻", "我们公司想在阿里云云市场卖东西": the wish to join, no question —
    greeted with what the bot does. ("申请入驻" asks how to apply: step 3 — review 61 R15.)"""
    return (
        bool(_JOIN_ALONE.fullmatch(fold(text)))
        and not looks_like_question(text)
        and not _APPLY_WORD.search(text)
    )


_ENDS_AT_MENU = lazy_compile(
    r"(好吧|好的|ok)?[，,\s]*(结束|结束了|结束吧|没了|没有了|不用了|算了|不查了|done|no thanks|nothing|that'?s it)"
)
# A clause that drops a market: "企业应用先不看了", "drop devops".
_DROPPED_CLAUSE = lazy_compile(
    r"[^，,。;；]*(?:先不看|不看了|不要了|不考虑|不做了|先不要|去掉|(?<![a-z])(?:drop|skip|remove|without|scratch)(?![a-z])"
    # "stop asking about retail link pls" (black-box s72 D13: "please answer yes or no").
    r"|(?<![a-z])stop (?:asking|checking)(?: (?:about|for|me about))?(?![a-z])|别(?:再)?问|不用(?:再)?问"
    # "hmm actually forget enterprise apps, we'd rather do IoT" (black-box s66 D1, high).
    r"|(?<!don't )(?<!do not )(?<![a-z])forget(?: about)?(?![a-z]))"
    r"[^，,。;；]*",
    re.IGNORECASE,
)
# A clause dropping a market, as the vendor says it anywhere: "物联网不要", "物联网先不做了".
_DROP_SAID = lazy_compile(
    r"[^，,。;；]*(?:不要(?!求)|不做|先不|不考虑|去掉|(?<![a-z])(?:drop|remove|without|forget"
    r"|scratch|no longer|not doing|not joining)(?![a-z]))[^，,。;；]*",
    re.IGNORECASE,
)
# Inside a sentence the count needs its "all" before it ("We'd like all twelve markets").
_ALL_BEFORE = lazy_compile(r"^(?:全部|所有|全|all|every)")
# "12" alone is the twelfth market: "all" / 全部 / 市场 / 都 must be said too.
_ALL_WORD = lazy_compile(r"全|所有|都|市场|集市|类目|all|every|markets?")


def markets_described(text: str) -> list[str]:
    """The one market a vendor's words point to when they name none: its products as the guide
    describes them ("安全软件" → 安全市场), or a part of its name only it has, said beside
    市场 ("想进数据相关的那个市场" → 数据智能市场). [] when none, or several, fit."""
    from bot.answers.names import markets_in_question  # the answers' reading of product words

    found = markets_in_question(text)
    if found:
        return found if len(found) == 1 else []
    fits: set[str] = set()
    for clause in _MARKET_CLAUSE.split(text):
        if _MARKET_NAMED.search(clause):
            fits.update(
                market
                for market, parts in _name_parts().items()
                if any(part in clause for part in parts)
            )
    return list(fits) if len(fits) == 1 else []


@cache
def _name_parts() -> dict[str, set[str]]:
    """Two-character parts of each market's Chinese name that no other market's name has."""
    names = {m: market_label(m, "zh").removesuffix(_MARKET_SUFFIX) for m in MARKET_IDS}
    parts = {m: {name[i : i + 2] for i in range(len(name) - 1)} for m, name in names.items()}
    return {
        m: {part for part in own if not any(part in names[o] for o in MARKET_IDS if o != m)}
        for m, own in parts.items()
    }


# The word every Chinese market name ends with (安全市场): no part of what tells them apart.
_MARKET_SUFFIX = "市场"
# A clause that speaks of a market ("想进数据相关的那个市场").
_MARKET_NAMED = lazy_compile(r"市场|集市|类目")
_MARKET_CLAUSE = lazy_compile(r"[，,。;；!！]")


_AGREEMENTS = "agreements_accepted"


def _agreements_of(markets: list[str]) -> set[str]:
    """The kinds of agreement the markets' conditions ask to accept (by their summaries)."""
    return {
        condition.summary_en
        for market in markets
        for condition in get_market(market).conditions
        if condition.key == _AGREEMENTS
    }


def _more_agreements(before: list[str], markets: list[str]) -> bool:
    """Whether `markets` ask an agreement the markets checked `before` did not (black-box s55
    D2: 数据智能's "yes" to its management rules was reused for the API market's entry and
    platform service agreements): the one answer on file covers only what was asked."""
    return bool(before) and not _agreements_of(markets) <= _agreements_of(before)


# A market added to the ones asked back ("also the data one", "还有安全", "再加上物联网"),
# never one set aside ("not the data one", "除了安全").
_ALSO_ADDED = lazy_compile(
    # (Not "and", 和: a list of markets alone replaces the one asked back — review 60 R2.)
    r"(?<![a-z])(also|too|as well|plus|add)(?![a-z])|还有|也要|也看|加上|再加|另外",
    re.IGNORECASE,
)
_LEFT_OUT = lazy_compile(
    r"(?<![a-z])(not|no|except|without|instead|drop|remove|skip|wrong|actually|rather)(?![a-z])"
    r"|不要|不用|别|除了|去掉|换成|不是|不对|错了|其实|而是",
    re.IGNORECASE,
)


# Where a reason ends and the new value starts: "we hired 3 more … so team is 21 now",
# "招了3个人，所以团队现在21人".
_REASON_THEN_VALUE = lazy_compile(
    # ("team is 21 now because we hired 3 more engineers last week" — review 60 N9.)
    r"[，,;；。]|(?<![a-z])(?:so|therefore|because|since)(?![a-z])|所以|因此|因为",
    re.IGNORECASE,
)


class MarketSteps:
    """Steps of `Engine` (bot/conversation/engine.py); `self` is the engine."""

    def _before_confirmed_markets(self, turn: _Turn, said: Said) -> Reply | None:
        """Yes to a market list read with a doubt ("不要零售通" → all but 零售通?): those are
        the markets, for the walk-through or (at its market question) the ticket."""
        state = turn.state
        confirm_markets, state.confirm_markets = state.confirm_markets, []
        if not confirm_markets or said.is_command:
            return None
        added = [m for m in markets_named(said.text) if m not in confirm_markets]
        if added and _ALSO_ADDED.search(said.text) and not _LEFT_OUT.search(said.text):
            # "yes and also the data one", "wait i said data intelligence too, pls add it"
            # after "that would be API Market, right?" (black-box s70 D5, D15: the one named
            # was checked alone, or dropped): the markets asked back and the ones added.
            confirm_markets = [m for m in MARKET_IDS if m in confirm_markets or m in added]
        elif not is_yes(said.text):
            return None
        if state.step == TICKET_MARKETS:
            return self._start_ticket_fields(turn, confirm_markets)
        state.advance(CHOOSE_MARKETS)
        return self._choose(turn, confirm_markets)

    def _markets_dropped_in_words(self, turn: _Turn, text: str) -> Reply | None:
        """ "物联网先不做了，换成数据智能市场看看" after a check (black-box s67 D1, high: 物联网
        stayed eligible, on the ticket at 陆万): the verdicts of the markets dropped are removed,
        and the message goes on. While the ticket is typed ("物联网不要，只要解决方案" — D3: "not
        an account"), the ticket's markets are asked again with what the message keeps."""
        if looks_like_question(text) or not _DROP_SAID.search(text):
            return None
        dropped = {
            market
            for clause in _DROP_SAID.finditer(text)
            for market in markets_named(clause.group(0))
        }
        if not dropped:
            return None
        state = turn.state
        key = turn.key
        if state.step in (TICKET_FIELD, TICKET_REVIEW):
            if state.step == TICKET_REVIEW or not dropped & set(state.ticket_markets or []):
                return None  # (the review reads its own market changes)
            kept = [m for m in state.ticket_markets if m not in dropped]
            named = markets_named(_DROP_SAID.sub(" ", text))
            chosen = [m for m in MARKET_IDS if m in kept or m in named]
            if not chosen:
                return None
            state.ticket_draft = markets_change_draft(state)
            state.advance(TICKET_MARKETS)
            return self._on_text(turn, "、".join(market_label(m, "zh") for m in chosen))
        on_file = {row["market"] for row in load_verdicts(self.db, key.team_id, key.user_id)}
        if dropped & on_file:
            delete_verdicts(self.db, key.team_id, key.user_id, sorted(dropped & on_file))
        return None

    def _greet(self, turn: _Turn) -> Reply:
        self._reset_walkthrough(turn.state)
        turn.state.advance(CHOOSE_MARKETS)
        lang = turn.lang
        return Reply(
            text=_join(t("greeting", lang), self._market_menu(lang)),
            choices=self._market_choices(lang),
            multi_select=True,
        )

    def _market_menu(self, lang: Lang) -> str:
        return "\n".join(
            f"{number}. {market_label(market_id, lang)}"
            for number, market_id in enumerate(MARKET_IDS, start=1)
        )

    def _market_choices(self, lang: Lang) -> list[Choice]:
        return [Choice(market_id, market_label(market_id, lang)) for market_id in MARKET_IDS]

    def _parse_markets(self, text: str) -> tuple[list[str], str | None]:
        """Markets named by number, id, name or "all"; or an error message key + value."""
        command = normalize_command(text)
        folded = fold(text)
        if (
            command in ALL_MARKETS_WORDS
            or self._every_market_counted(folded)
            or EVERY_MARKET.fullmatch(folded.strip(" .。!！~"))
            or (_CHECK_ALL.search(folded) and not _OTHER_THAN.search(folded))
        ):
            return list(MARKET_IDS), None
        if _NUMBER_LIST.match(text):
            numbers = [int(n) for n in re.findall(r"\d+", text)]
            for number in numbers:
                if not 1 <= number <= len(MARKET_IDS):
                    return [], str(number)
            return list(dict.fromkeys(MARKET_IDS[n - 1] for n in numbers)), None
        return _read_markets(text).markets, None

    def _every_market_counted(self, folded: str) -> bool:
        """ "all twelve markets", "全部十二个", "All twelve markets please, we do a bit of
        everything": the count at the start, and no market or exclusion in the rest."""
        counted = next(
            (found for found in _ALL_COUNTED.finditer(folded) if _ALL_WORD.search(found.group(0))),
            None,
        )
        if counted is None:
            return False
        if counted.start() > 0 and not _ALL_BEFORE.search(counted.group(0)):
            return False  # "我们做了12个市场的产品": a count inside a sentence needs its "all"
        rest = folded[: counted.start()] + " " + folded[counted.end() :]
        # "all twelve markets, including Retail Link" (blind_conversations15 c15_49): a market
        # said to be among them is no other choice.
        rest = _INCLUDING.sub(" ", rest)
        return not _read_markets(rest).markets and _OTHER_THAN.search(rest) is None

    def _that_one_and_others(self, turn: _Turn, text: str) -> list[str]:
        """ "ok check that one and the solutions market for us" right after the enterprise
        market's conditions (black-box s65 D7: Enterprise dropped): the market just asked about
        and those named; [] otherwise."""
        if not _THAT_ONE.search(text) or not turn.state.last_question:
            return []
        from bot.answers.names import markets_in_question

        earlier = markets_in_question(turn.state.last_question)
        named = _read_markets(_THAT_ONE.sub(" ", text)).markets
        if len(earlier) != 1 or not named:
            return []
        return [m for m in MARKET_IDS if m in earlier or m in named]

    def _markets_just_asked_about(self, turn: _Turn, text: str) -> list[str]:
        """ "好的 帮我查一下我们够不够" right after "零售通市场入住条件是什么" (black-box 48,
        D13): the check asked of the markets the question just answered named; [] otherwise."""
        if not _CHECK_US.search(text) or not turn.state.last_question:
            return []
        from bot.answers.names import markets_in_question

        if markets_in_question(text):
            return []
        return markets_in_question(turn.state.last_question)

    def _on_idle(self, turn: _Turn, text: str) -> Reply:
        just_asked = self._markets_just_asked_about(turn, text)
        if just_asked:
            self._reset_walkthrough(turn.state)
            turn.state.advance(CHOOSE_MARKETS)
            return self._choose(turn, just_asked)
        result = self._last_result_again(turn, text)
        if result is not None:
            # "我刚才的检查结果是什么" after 取消 (black-box s61 D10: the review's answer).
            return result
        total = self._deposit_total_on_file(turn, text, then=None)
        if total is not None:
            return total  # "保证金一共6万对吧" after the talk ended (black-box s61 D8)
        again = self._same_asked_of_market(turn, text)
        if again is not None:
            return self._answer_question(turn, again, then=self._greet_prompt(turn), resumed=False)
        markets, _ = self._parse_markets(text)
        if markets and not _NUMBER_LIST.match(text) and not names_months_sales(text, turn.today):
            self._reset_walkthrough(turn.state)
            turn.state.advance(CHOOSE_MARKETS)
            return self._on_market_input(turn, text, then=self._choose)
        if _wishes_to_join(text):
            # "我们想入驻" as a first message (black-box s71 D14: the staff contacts): what the
            # bot does, then the menu.
            return self._greet(turn)
        if (
            looks_like_question(text)
            or names_months_sales(text, turn.today)
            or (_TOPIC_WORD.search(text) and self._is_question_about_topic(turn, text))
        ):
            # Nothing was pending: the menu follows as what one may do next, no "back to".
            return self._answer_question(turn, text, then=self._greet_prompt(turn), resumed=False)
        if turn.state.turn_number > 1 and (
            _ENDS_AT_MENU.fullmatch(fold(text))
            or acknowledgement(text) == "thanks"
            or says_leaving(text)
        ):
            # "结束", "谢了" with nothing under way (black-box 48, D28): a goodbye, not the
            # greeting and its menu again.
            return self._goodbye_at_menu(turn)
        corrected = self._answer_corrected_at_menu(turn, text)
        if corrected is not None:
            return corrected  # an answer on file corrected after 取消 (black-box s55 D9)
        return self._greet(turn)

    def _greet_prompt(self, turn: _Turn) -> Reply:
        lang = turn.lang
        return Reply(
            text=_join(t("choose_markets", lang), self._market_menu(lang)),
            choices=self._market_choices(lang),
            multi_select=True,
        )

    def _goodbye_at_menu(self, turn: _Turn) -> Reply:
        """The talk ends at the market menu; the menu is no longer on screen."""
        turn.state.menu_closed_turn = turn.state.turn_number
        return Reply(text=t("goodbye_at_menu", turn.lang))

    def _on_choose_markets(self, turn: _Turn, text: str) -> Reply:
        return self._on_market_input(turn, text, then=self._choose)

    def _on_market_input(
        self, turn: _Turn, text: str, *, then: Callable[[_Turn, list[str]], Reply]
    ) -> Reply:
        """Markets typed at a market menu go to `then`; anything else is answered in place."""
        just_asked = self._markets_just_asked_about(turn, text)
        if just_asked:
            return then(turn, just_asked)
        with_that_one = self._that_one_and_others(turn, text)
        if with_that_one:
            return then(turn, with_that_one)
        again = self._last_result_again(turn, text)
        if again is not None:
            # "把我的检查结果再发一遍" at a market menu (black-box s61 D10).
            return again
        total = self._deposit_total_on_file(turn, text, then=self._prompt(turn))
        if total is not None:
            # "保证金一共6万对吧" once the talk has ended (black-box s61 D8: step 6's ticket).
            return total
        deposit_asked = self.deposit_follow_up(turn, text)
        if deposit_asked is not None:
            # "保证金要交多少钱" then "我想入驻api和服务市场，总共多少" (black-box 51, D12).
            return self._answer_question(turn, deposit_asked, then=self._prompt(turn))
        again = self._same_asked_of_market(turn, text)
        if again is not None:
            # "零售通佣金多少" … "新零售呢": the commission of 新零售, not its walk-through.
            return self._answer_question(turn, again, then=self._prompt(turn))
        if _CONDITIONS_ASKED.search(text) and not _CHECK_US.search(text):
            # "基础软件市场入驻条件是什么" … "零售通市场的条件呢" (black-box s65 D9: a 9-question
            # check started): that market's conditions, listed.
            return self._answer_question(turn, text, then=self._prompt(turn))
        aside = _QUESTION_ASIDE.search(text)
        if aside and aside.start() > 0:
            # "API市场，顺便问下要交多少保证金": the markets chosen, and the question answered.
            head, question = text[: aside.start()], text[aside.end() :]
            chosen, bad = self._parse_markets(head)
            choice = _read_markets(head)
            if (
                chosen
                and bad is None
                and question.strip()
                and not looks_like_question(head)
                and not retail_unclear(head)
                and not (choice.confirm_zh or choice.confirm_en)
            ):
                return self._answer_question(turn, text, then=then(turn, chosen))
        markets, bad_number = self._parse_markets(text)
        lang = turn.lang
        if bad_number is not None:
            return self._prefixed(
                t("market_number_out_of_range", lang, number=bad_number), self._prompt(turn)
            )
        if retail_unclear(text) and not looks_like_question(text):
            # "Retail and API", "everything except the retail one": 新零售 or 零售通 — asked,
            # never guessed (nor silently dropped).
            return Reply(
                text=t("markets_which_retail", lang),
                choices=self._market_choices(lang),
                multi_select=True,
            )
        # ("which markets can we join? check all of them": the check asked for, after a
        # question it answers itself — black-box 51, D4.)
        check_asked = _CHECK_ALL.search(fold(text)) is not None
        asked = bool(markets) and not check_asked and self._is_question_about_markets(turn, text)
        if markets and not asked:
            choice = _read_markets(text) if not _NUMBER_LIST.match(text) else None
            if choice is not None and choice.confirm_zh and choice.confirm_en:
                turn.state.confirm_markets = choice.markets
                return Reply(
                    text=pick((choice.confirm_zh, choice.confirm_en), lang),
                    choices=self._market_choices(lang),
                    multi_select=True,
                )
            described = [m for m in MARKET_IDS if m in markets or m in products_described(text)]
            if described == [m for m in MARKET_IDS if m in markets] and not (
                _OWN_PRODUCT.search(fold(text)) and not _MARKET_WORD.search(fold(text))
            ):
                reply = then(turn, markets)
                return self._with_industry_said(turn, text, reply)
        else:
            described = []
        if markets and described:
            pass  # "我们做API接口和大数据BI，也做网站": the products point to more markets: asked
        elif (
            asked
            and len(markets) == 1
            and _HOW_TO_JOIN.search(text)
            and not _MONEY_TOPIC.search(text)
        ):
            # "零售通怎么入驻" (black-box s66 D10: the steps, then every market again): the
            # steps, then that market's check offered, with its deposit.
            turn.state.confirm_markets = list(markets)
            label = Localized(market_label(markets[0], "zh"), market_label(markets[0], "en"))
            steps = self._answer_question(turn, text, then=None)
            return Reply(
                text=_join(
                    steps.text,
                    t("market_check_offered", lang, market=label, amount=deposit_for(markets)),
                ),
                choices=self._market_choices(lang),
                multi_select=True,
            )
        elif asked or looks_like_question(text):
            return self._answer_question(turn, text, then=self._prompt(turn))
        else:
            described = [
                m
                for m in MARKET_IDS
                if m in markets_described(text) or m in products_described(text)
            ]
        if described:
            # "我们是做安全软件的，想上架": the market its products or a part of its name point
            # to, asked back (never chosen on a guess).
            turn.state.confirm_markets = described
            markets_named = Localized(
                q.market_list(described, "zh"), q.market_list(described, "en")
            )
            return Reply(
                text=t("markets_described_question", lang, markets=markets_named),
                choices=self._market_choices(lang),
                multi_select=True,
            )
        if not markets and _wishes_to_join(text):
            # "入驻" as a first message (black-box 48, D37), "我们想入驻" (black-box s71 D14: the
            # staff contacts): what the bot does, then the menu.
            return self._greet(turn)
        if not markets and _TOPIC_WORD.search(text):
            # "佣金", "保证金", "流程", "入驻" alone at the menu (black-box, second round, D27):
            # the topic's answer when the guide has a sure one, never "which markets?".
            found = self._is_question_about_topic(turn, text)
            if found:
                return self._answer_question(turn, text, then=self._prompt(turn))
        polite = acknowledgement(text)
        if (polite == "thanks" and closes_talk(text)) or (
            polite == "thanks"
            and turn.state.step in (IDLE, CHOOSE_MARKETS)
            and turn.state.turn_number > 1
        ):
            # "thanks, bye" at the menu (black-box 46, D23), "谢了" with nothing under way
            # (black-box 48, D28): a goodbye, not "let's carry on".
            return self._goodbye_at_menu(turn)
        if _ENDS_AT_MENU.fullmatch(fold(text)) or (
            turn.state.turn_number > 1 and says_leaving(text)
        ):
            # "结束" / "done" at the menu (black-box 48, D28): nothing to pick, the talk ends;
            # "那明年3月我再来 谢谢" (black-box s64 D9: "no check has started yet") too.
            return self._goodbye_at_menu(turn)
        if (
            polite == "ok"
            and turn.state.step in (IDLE, CHOOSE_MARKETS)
            and turn.state.turn_number > 1
        ):
            # "好 明白了" after questions answered at the menu (black-box s61 D19: "this one
            # still needs your answer"): nothing is owed; how to go on, said.
            return Reply(text=t("acknowledged_at_menu", lang))
        if polite is not None:  # "谢谢" at the menu: no markets, the menu again
            return self._prefixed(t(ACKNOWLEDGED[polite], lang), self._prompt(turn))
        corrected = self._answer_corrected_at_menu(turn, text)
        if corrected is not None:
            return corrected
        if _LOOKS_LIKE_AN_ANSWER.search(fold(text)):
            # "yes", "about 30 engineers", "5x8", "不知道" at the market menu (black-box 49,
            # D16): the vendor thinks a check is running — say none has started yet.
            key = turn.key
            checked = bool(turn.state.last_markets) or bool(
                load_verdicts(self.db, key.team_id, key.user_id)
            )
            return self._prefixed(
                t(
                    "markets_answer_after_check" if checked else "markets_no_check_yet",
                    lang,
                    text=_clip(text),
                ),
                self._prompt(turn),
            )
        return self._prefixed(
            t("markets_not_understood", lang, text=_clip(text)), self._prompt(turn)
        )

    def _answer_corrected_at_menu(self, turn: _Turn, text: str) -> Reply | None:
        """ "成立日期也要改一下，营业执照上写的是…", "我们下个月增资到120万，改一下注册资金" at the
        market menu after a check (black-box s55 D9: "还没有开始检查" though the vendor had a
        verdict): the answer on file corrected and the verdicts re-checked, or a value to come
        checked and told — as after the verdict. None with no check on file or no correction."""
        state = turn.state
        key = turn.key
        verdicts = load_verdicts(self.db, key.team_id, key.user_id) if turn.profile else []
        if not verdicts:
            return None
        checked = list(state.last_markets) or [row["market"] for row in verdicts]
        if reading.is_value_to_come(text) or reading.is_what_if(text):
            state.markets, kept = checked, state.markets
            try:
                supposed = self._verdicts_supposing(turn, text)
            finally:
                state.markets = kept
            if supposed is not None:
                return self._prefixed(supposed, self._prompt(turn))
            return None
        form = EligibilityForm(checked, turn.profile, turn.today)
        found = reading.correction(form, text)
        if found is None or found.reading is None:
            return None
        answer = found.reading
        if answer.approximate or answer.implausible:
            return None
        line = self.eligibility_form.store_correction(turn, found.slot, answer)
        if line is None:
            return None
        return self._prefixed(_join(line, self._recheck_verdicts(turn)), self._prompt(turn))

    def _choose(self, turn: _Turn, markets: list[str]) -> Reply:
        state = turn.state
        lang = turn.lang
        before = list(state.last_markets or state.markets)
        state.markets = markets
        state.last_markets = list(markets)
        self._forget_year_only_licence_if_it_matters(turn)
        requests = q.requests_by_id(markets)
        state.pending = [
            qid
            for qid in requests
            if q.known_value(turn.profile, qid) is None
            or (
                qid == _AGREEMENTS
                and _more_agreements([*state.agreements_markets, *before], markets)
            )
        ]
        state.asked = []
        chosen = t("markets_chosen", lang, markets=q.market_list(markets, lang))
        if state.pending and len(state.pending) == len(requests):
            state.advance(QUESTION)
            return self._prefixed(chosen, self._prompt(turn))
        # Some answers (or all) on file: shown to confirm before the questions or the verdict
        # (the flow table has no move from the market menu straight to the verdict).
        state.advance(CONFIRM_KNOWN)
        return self._prefixed(chosen, self._prompt(turn))

    def _forget_year_only_licence_if_it_matters(self, turn: _Turn) -> None:
        """A licence date recorded from its year alone (1 January, the month not known) is
        dropped, to be asked again, when for the markets now chosen its month would change a
        verdict (review 56 R3: 2024 kept for 安全市场's 满2年)."""
        year = turn.state.licence_year_only
        if year is None:
            return
        if turn.profile.get(_LICENCE) != f"{year}-01-01":
            turn.state.licence_year_only = None  # changed since: the vendor's own date
            return
        if self.eligibility_form._whole_year(turn, year) is None:
            turn.profile = {k: v for k, v in turn.profile.items() if k != _LICENCE}
            turn.profile_changes[_LICENCE] = None
            turn.state.licence_year_only = None

    def _with_industry_said(self, turn: _Turn, text: str, reply: Reply) -> Reply:
        """ "我们是做物流行业方案的，想进解决方案市场" (black-box 46, D20): the industry said with
        the markets is that question's answer — stored, never asked again."""
        state = turn.state
        if state.step != QUESTION or _INDUSTRY_SLOT not in state.pending:
            return reply
        if not _INDUSTRY_WORD.search(text):
            return reply  # "物联网市场" names a market, not the vendor's industry
        # Call-time, as in free_question: bot.answers imports this package's types.
        from bot.answers.questions import without_market_names

        form = EligibilityForm(state.markets, turn.profile, turn.today)
        # ("我们是做物流行业的，帮我查下能不能入驻解决方案市场" — black-box s58 D9: the clause
        # that says the industry, not the check asked after it.)
        said = next((c for c in re.split(r"[，,。；;]", text) if _INDUSTRY_WORD.search(c)), text)
        found = reading.interpret(form, _INDUSTRY_SLOT, without_market_names(said))
        if not isinstance(found, reading.Answer) or found.approximate or found.value == "other":
            return reply
        line = self.eligibility_form.store_correction(turn, _INDUSTRY_SLOT, found)
        if line is None:
            return reply
        state.pending.remove(_INDUSTRY_SLOT)
        self.eligibility_form.mark_asked(state, _INDUSTRY_SLOT)
        chosen = t("markets_chosen", turn.lang, markets=q.market_list(state.markets, turn.lang))
        return self._prefixed(_join(chosen, line), self._prompt(turn))

    def _known_answers(self, turn: _Turn) -> list[str]:
        """The chosen markets' questions answered on file, numbered from 2 in the summary. One
        changed to 不知道 on the way is no longer on file: it is not listed."""
        state = turn.state
        return [
            qid
            for qid in q.requests_by_id(state.markets)
            if qid not in state.pending and q.known_value(turn.profile, qid) is not None
        ]

    def _on_confirm_known(self, turn: _Turn, text: str) -> Reply:
        state = turn.state
        if says_leaving(text) or _STOP_CHECK.fullmatch(text.strip()):
            # "不是，我是想结束" at the answers on file (black-box s67 D15: the list again): the
            # check stopped as 取消 stops it (the answers kept).
            with moving_as("cancel"):
                stopped = self._command_cancel(turn)
            assert stopped is not None
            return stopped
        # "继续吧", "ok继续", "好的，继续" (black-box s58 D6: only the bare word moved on).
        command = normalize_command(_AROUND_CONTINUE.sub("", text.strip()) or text)
        kept = (
            self._markets_switched_to(text)
            or self._markets_kept_only(turn, text)
            or _markets_after_a_no(text)
        )
        if kept and kept == state.markets and _markets_after_a_no(text):
            # "no, API and IoT" when those are the markets under way: said, never read as an
            # answer ("no" a team of 0).
            listed = q.market_list(kept, turn.lang)
            return self._prefixed(
                t("markets_already_these", turn.lang, markets=listed), self._prompt(turn)
            )
        if kept and kept != state.markets:
            # "不要零售通了，只看新零售" on the answers-on-file screen (black-box s58 D5): those
            # markets, the answers kept.
            self._reset_walkthrough(state)
            state.advance(CHOOSE_MARKETS)
            return self._choose(turn, kept)
        known = self._known_answers(turn)
        if _is_number(text):
            index = int(text)
            if index == 1:
                command = normalize_command(t("choice_continue", turn.lang))
            elif 2 <= index <= len(known) + 1:
                qid = known[index - 2]
                state.resume_step, state.detour = CONFIRM_KNOWN, qid
                state.advance(QUESTION)
                return self._prompt(turn)
        if (
            command in CONTINUE_WORDS
            or command in CONFIRM_WORDS
            or _UNCHANGED.fullmatch(command)
            or _GO_ON.fullmatch(text.strip())
        ):
            if state.pending:
                state.advance(QUESTION)
                return self._prompt(turn)
            return self._show_verdict(turn)
        if looks_like_question(text):
            return self._answer_question(turn, text, then=self._prompt(turn))
        corrected = self._corrected_on_summary(turn, text, known)
        if corrected is not None:
            return corrected
        parts = [part for part in _SENTENCES.split(_WAIT_OPENING.sub("", text)) if part.strip()]
        if len(parts) > 1:
            # "等下，客户案例我们是有的，顺丰中通都做过；物联网那个是华为云的不是阿里云"
            # (black-box s59 D10: not understood): each sentence's correction, in turn.
            lines = []
            for part in parts:
                one = self._corrected_on_summary(turn, part, known)
                if one is None:
                    continue
                if turn.state.step != CONFIRM_KNOWN:
                    return self._prefixed("\n".join(lines), one) if lines else one
                lines.append(one.text.split("\n\n")[0])
            if lines:
                return self._prefixed("\n".join(lines), self._prompt(turn))
        later = self._later_answered_on_summary(turn, text) if state.pending else None
        if later is not None:
            return later
        if state.pending and self._answers_next_question(turn, text):
            # "可以提供社保表", "2年" at the summary of the answers on file (black-box s53 D14):
            # the answers on file kept, and this the answer to the next question.
            state.advance(QUESTION)
            return self._on_answer(turn, text)
        # ("1年", "有", "不知道" typed ahead at the summary — black-box s66 D11: "没能理解" three
        # times): what this screen waits for, said.
        return self._prefixed(t("confirm_known_not_understood", turn.lang), self._prompt(turn))

    def _answers_next_question(self, turn: _Turn, text: str) -> bool:
        """Whether `text` reads as an answer to the first question still to ask."""
        form = EligibilityForm(turn.state.markets, turn.profile, turn.today)
        found = reading.interpret(form, turn.state.pending[0], text)
        said = found.reading if isinstance(found, reading.Correction) else found
        return isinstance(said, reading.Answer)

    def _later_answered_on_summary(self, turn: _Turn, text: str) -> Reply | None:
        """ "产品都是基于阿里云IoT平台的" at the summary of the answers on file, when the IoT
        question is not the first still to ask (black-box s75 D10: "reply 继续", and the
        question asked again after): stored, the answers on file kept, the first question
        asked."""
        state = turn.state
        form = EligibilityForm(state.markets, turn.profile, turn.today)
        later = [slot for slot in form.candidates(text) if slot in state.pending[1:]]
        if not later:
            return None
        found = reading.interpret(form, later[0], text)
        if not isinstance(found, reading.Answer) or found.approximate or found.implausible:
            return None
        line = self.eligibility_form.store_correction(turn, later[0], found)
        if line is None:
            return None
        state.pending.remove(later[0])
        state.asked.append(later[0])
        state.advance(QUESTION)
        return self._prefixed(line, self._prompt(turn))

    def _corrected_on_summary(self, turn: _Turn, text: str, known: list[str]) -> Reply | None:
        """ "在线客服其实有的，钉钉群里5x8在线" at the summary of the answers on file: that answer
        corrected in words, the summary shown again (black-box, second round, D13). A value
        that needs confirming opens that question; None when no answer on file is named."""
        state = turn.state
        form = EligibilityForm(state.markets, turn.profile, turn.today)
        slot = form.resolve(text)
        if slot not in known:
            # "actually we hired 3 more engineers last week so team is 21 now" (black-box s70
            # D8: the list again): the clause that names an answer on file, and its value.
            for clause in reversed(_REASON_THEN_VALUE.split(text)):
                if clause.strip() and form.resolve(clause) in known:
                    text, slot = clause.strip(), form.resolve(clause)
                    break
        if slot is None and reading.OTHER_CLOUD.search(reading.fold(text)):
            # "物联网那个是华为云的不是阿里云" (black-box s59 D10): the Alibaba Cloud answer on
            # file, whichever markets are chosen now.
            slot = _BUILT_ON if q.known_value(turn.profile, _BUILT_ON) is not None else None
            form = EligibilityForm(
                [*state.markets, *_markets_asking(_BUILT_ON)], turn.profile, turn.today
            )
        elif slot is None or slot not in known:
            return None
        if slot is None:
            return None
        found = reading.interpret(form, slot, text)
        said = found.reading if isinstance(found, reading.Correction) else found
        if not isinstance(said, reading.Answer):
            return None
        if said.value == q.known_value(turn.profile, slot):
            return None  # the answer on file said again: nothing to change
        if said.approximate or said.implausible:
            state.resume_step, state.detour = CONFIRM_KNOWN, slot
            state.advance(QUESTION)
            return self._prompt(turn)
        line = self.eligibility_form.store_correction(turn, slot, said)
        return self._prefixed(line, self._prompt(turn)) if line else None

    def _on_answer(self, turn: _Turn, text: str) -> Reply:
        """The eligibility questions: one form, run by the form runner. "算了，不弄服务市场了，
        取消。重新来，我要API市场": the walk-through starts over with the markets named after the
        last start-over word (the answers on file are kept, as 取消 keeps them)."""
        if _STOP_CHECK.fullmatch(text.strip()) or (
            closes_talk(text) and acknowledgement(text) == "thanks"
        ):
            # ("ok thx, we'll come back in march" mid-form — black-box 52, D13: a pause.)
            # "不查了，结束" mid-form (black-box 47, D20): the check stopped as 取消 stops it
            # (answers kept; "开始" resumes), never "please answer yes or no".
            with moving_as("cancel"):
                stopped = self._command_cancel(turn)
            assert stopped is not None
            return stopped
        asking = _I_WAS_ASKING.search(text)
        if asking is not None and len(text) - asking.end() >= 2:
            # "不是，我问的是开发运维市场的佣金" mid-form (black-box s77 D6: the check started
            # again): what was asked, answered; the question on screen kept.
            asked = text[asking.end() :]
            if not markets_named(asked) and turn.state.markets:
                # ("不是，我问的是保证金多少" — review 69 R13: the market in hand kept.)
                asked = f"{q.market_list(turn.state.markets, turn.lang)} {asked}"
            return self._answer_question(turn, asked, then=self._prompt(turn))
        refused = _CHECK_REFUSED.search(text)
        if refused is not None and not looks_like_question(text):
            # "不用检查，零售通也已经通过了，我是要改工单的金额" (black-box 52, D1: stored 拥有正规
            # 的公司资质 = 否), "太多了 不问了 明天再说": the check stopped as 取消 stops it, and
            # the rest of the message read where that leaves the vendor.
            with moving_as("cancel"):
                stopped = self._command_cancel(turn)
            assert stopped is not None
            rest = (text[: refused.start()] + " " + text[refused.end() :]).strip(" ，,。.!！;；")
            if len(rest) < 4 or _LATER_ONLY.fullmatch(rest) or _NOT_ASKED_FOR.search(rest):
                # ("我没说要检查物联网，不查了" — black-box s59 D8: the rest restarted the
                # check it refuses.)
                return stopped
            if _ALREADY_APPROVED.search(rest) and not _TICKET_NAMED.search(rest):
                return stopped  # "零售通已经通过了": told, no check to start again
            return self._prefixed(stopped.text, self._on_text(turn, rest))
        not_yet = self._eligible_yet_asked(turn, text)
        if not_yet is not None:
            return not_yet
        if _RESULTS_SO_FAR.search(text):
            # "this is too long. just show me results for what I answered so far" (black-box
            # s57 D18): the check on the answers given, told (nothing stored); the question again.
            # ("skip retail link, we don't need it. just show results" — black-box s72 D13: the
            # 零售通 questions asked on): a market dropped beside it is dropped first.
            rest = "，".join(
                clause
                for clause in re.split(r"[.。!！;；]", text)
                if clause.strip() and not _RESULTS_SO_FAR.search(clause)
            )
            kept_said = _KEEP_SAID.search(rest) if rest else None
            left = self._markets_left_after_drop(turn, rest) if rest and not kept_said else []
            dropped_line = ""
            if left:
                gone = [m for m in turn.state.markets if m not in left]
                self._drop_markets_mid_form(turn, left)
                dropped_line = t(
                    "markets_dropped_mid_form", turn.lang, markets=q.market_list(gone, turn.lang)
                )
                if not turn.state.pending:
                    return self.eligibility_form.complete(turn, dropped_line, answered_now=False)
            return self._prefixed(
                _join(dropped_line, self._verdicts_so_far(turn)), self._prompt(turn)
            )
        switch = (
            self._one_market_replaced(turn, text)
            or self._markets_named_beside_drop(turn, text)
            or self._markets_switched_to(text)
            or self._markets_added(turn, text)
            or self._markets_left_after_drop(turn, text)
            or self._markets_kept_only(turn, text)
        )
        if switch:
            self._reset_walkthrough(turn.state)
            turn.state.advance(CHOOSE_MARKETS)
            return self._choose(turn, switch)
        return self.form_runner.on_input(turn, self.eligibility_form, text)

    def _markets_switched_to(self, text: str) -> list[str]:
        """The markets a "start over with X" message names after its last start-over word (or,
        when none follow it — "switch to the website market instead" — after an earlier one)."""
        if looks_like_question(text) and not _SWITCH_SUGGESTED.search(text):
            # "why basic software?? I was answering your IoT question. go back to data
            # intelligence, devops and IoT" (black-box s61 D9): the request after the question.
            after = _AFTER_QUESTION.split(text)[-1]
            if after == text or looks_like_question(after) or not _START_OVER.search(after):
                return []
            text = after
        words = list(_START_OVER.finditer(text))
        for word in reversed(words):
            rest = _START_OVER.sub(" ", text[word.end() :])
            named_alone = len(rest.strip(_TRAILING_MARKS)) <= _NAME_ALONE_CHARS and bool(
                _read_markets(rest).markets
            )
            if re.search(r"\d", rest) or (
                # ("let's do IoT instead": IoT alone is a market, though the IoT platform
                # question answers to it too — black-box s66 D1.)
                resolve_profile_item(rest, MARKET_IDS, {}) is not None and not named_alone
            ):
                return []  # "改成安全市场的经验是3年": a correction of an answer, not other markets
            # "…解决方案市场，企业应用先不看了": the market dropped is no market chosen.
            markets = _read_markets(_DROPPED_CLAUSE.sub(" ", rest)).markets
            if markets:
                return markets
        if words and _THESE_MARKETS.fullmatch(
            _START_OVER.sub(" ", text[words[-1].end() :]).strip(_TRAILING_MARKS)
        ):
            # "我们其实更适合企业应用，还有数据智能，换成这两个" (black-box s57 D6): the markets
            # named before the word.
            return _read_markets(_DROPPED_CLAUSE.sub(" ", text[: words[0].start()])).markets
        if (
            words
            and words[-1].group(0).lower() == "instead"
            and not text[words[-1].end() :].strip(_TRAILING_MARKS)
        ):
            # "scratch enterprise, IoT market instead": the clause the closing word ends.
            clause = re.split(r"[，,。;；]", text[: words[-1].start()])[-1]
            return _read_markets(_DROPPED_CLAUSE.sub(" ", clause)).markets
        return []

    def _markets_kept_only(self, turn: _Turn, text: str) -> list[str]:
        """ "only the API market please, not data intelligence" mid-form: the markets kept."""
        if looks_like_question(text) or re.search(r"\d", text) or _SPELLED_COUNT.search(text):
            # ("建站只做了一年。" at the website experience — blind_conversations45 c45_43: a
            # check of 建站 alone started): years or people said in words are an answer.
            return []
        if not (_MARKET_WORD.search(text) or _ONLY_SAID.search(text)):
            # "没有，我们的物联网方案用的是自建平台，不是阿里云IoT。" at the built-on question
            # (blind_conversations24 c24_45: the IoT market dropped): a product's platform
            # denied, no market left out.
            return []
        if not _MARKET_WORD.search(text) and software_without_hardware(text):
            # "software only, we don't do hardware" with 全部 under way (black-box s70 D3): what
            # is sold, never Basic Software alone.
            return []
        kept = markets_kept_in_words(turn.state.markets, text) or []
        if not _MARKET_WORD.search(text) and not set(kept) <= set(turn.state.markets):
            # "no hardware, software only" at the IoT market's software-and-hardware question
            # (black-box s61 D2, high: a Basic Software check started): a product word with no
            # market word names no market to switch to.
            return []
        return kept

    def _one_market_replaced(self, turn: _Turn, text: str) -> list[str]:
        """ "物联网不看了，换成数据智能市场" with 解决方案 and 物联网 under way (black-box s60 D8:
        解决方案 dropped too): the market dropped replaced, the others kept; [] otherwise."""
        switched = self._markets_switched_to(text)
        if not switched or not _DROPPED_CLAUSE.search(text):
            return []
        dropped = {
            market
            for clause in _DROPPED_CLAUSE.finditer(text)
            for market in markets_named(clause.group(0))
            if market in turn.state.markets and market not in switched
        }
        kept = [m for m in turn.state.markets if m not in dropped]
        if not dropped or not kept:
            return []
        return [m for m in MARKET_IDS if m in kept or m in switched]

    def _markets_named_beside_drop(self, turn: _Turn, text: str) -> list[str]:
        """ "我们老板说先入企业应用市场，解决方案的先不看了" with 解决方案 under way (black-box
        s64 D4: both checked): the market named taken, the one dropped left out; [] unless a
        market under way is dropped and another is named outside the drop."""
        if looks_like_question(text) or re.search(r"\d", text):
            return []
        dropped = {
            market
            for clause in _DROPPED_CLAUSE.finditer(text)
            for market in markets_named(clause.group(0))
        }
        under_way = turn.state.markets
        if not dropped & set(under_way):
            return []
        chosen_clauses = [
            clause
            for clause in re.split(r"[，,。;；]", _DROPPED_CLAUSE.sub(" ", text))
            if _CHOOSING.search(clause) and not _NOT_CHOOSING.search(clause)
        ]
        named = markets_named("，".join(chosen_clauses))
        if not named:
            return []
        kept = [m for m in MARKET_IDS if (m in under_way or m in named) and m not in dropped]
        return kept if kept and kept != list(under_way) else []

    def _drop_markets_mid_form(self, turn: _Turn, left: list[str]) -> None:
        """The walk-through goes on for `left` only: the questions no market left asks are
        dropped, the answers kept."""
        state = turn.state
        state.markets = list(left)
        state.last_markets = list(left)
        needed = q.requests_by_id(left)
        state.pending = [slot for slot in state.pending if slot in needed]

    def _markets_left_after_drop(self, turn: _Turn, text: str) -> list[str]:
        """ "等下，数据智能不做了，去掉", "drop devops": the markets under way without those named
        as dropped; [] when none is dropped or none would be left."""
        if looks_like_question(text) or not _DROPPED_CLAUSE.search(text):
            return []
        if _ONLY_SAID.search(text):
            # "ok skip the others, just retail link please" (black-box s60 D2, high: every
            # market but Retail Link): the markets kept, read by the keep-only reading.
            return []
        dropped: set[str] = set()
        for clause in _DROPPED_CLAUSE.finditer(text):
            # The names in the clause ("数据智能先不看了" read whole is "all but 数据智能" —
            # review 56 N1: the dropped market kept, the other lost).
            dropped.update(markets_named(clause.group(0)))
        # "数据智能不做了，去掉": the market may stand in the clause before the drop word.
        if not dropped:
            dropped.update(_read_markets(text).markets)
        left = [m for m in turn.state.markets if m not in dropped]
        if not dropped & set(turn.state.markets) or not left:
            return []
        return left

    def _markets_added(self, turn: _Turn, text: str) -> list[str]:
        """ "also add the API market please", "API的也加上": the markets under way and the new."""
        asked_to_add = _ADD_MARKETS.search(text)
        if looks_like_question(text) and not (
            asked_to_add and _ASKED_TO_DO.search(text) and not _TOPIC_ASKED.search(text)
        ):
            # ("can you also add the enterprise application market?" — black-box s78 D11: its
            # conditions listed, the market never added — is a request, not a question.)
            return []
        if not asked_to_add:
            # "yes, security market and basic software market please" at the first question
            # (black-box s58 D8: Basic Software dropped): the markets under way said again with
            # more — those added.
            listed = markets_named(text)
            under_way = turn.state.markets
            if (
                under_way
                and set(under_way) < set(listed)
                and not re.search(r"\d", text)
                # ("yes, enterprise software and SaaS" names what is sold, no market.)
                and (
                    len(_MARKET_WORD.findall(text)) >= len(listed)
                    # "security and the API market please" (black-box s62 D9: "please answer
                    # yes or no"): one market word closing a short list of them.
                    or (_MARKET_WORD.search(text) and len(text) <= _SHORT_LIST_CHARS)
                )
            ):
                return [m for m in MARKET_IDS if m in listed]
            return []
        numbers = _ADDED_NUMBERS.match(text[asked_to_add.end() :])
        if numbers:
            picked = [int(n) for n in re.findall(r"\d+", numbers.group(1))]
            if not all(1 <= n <= len(MARKET_IDS) for n in picked):
                return []
            named = [MARKET_IDS[n - 1] for n in picked]
        elif re.search(r"\d", text):
            return []
        elif (_TOO_AT_END.search(text) or _TOO_ADD_IT.search(text)) and not _SAID_NOT.search(text):
            # "you only picked API. I said basic software, … too": every market named.
            named = markets_named(text)
        else:
            named = _read_markets(text).markets
        added = [m for m in named if m not in turn.state.markets]
        if not added:
            return []
        return [m for m in MARKET_IDS if m in set(turn.state.markets) | set(added)]

    def _prompt_eligibility_form(self, turn: _Turn) -> Reply:
        return self.form_runner.prompt(turn, self.eligibility_form)

    def _prompt_markets(self, turn: _Turn) -> Reply:
        return self._greet_prompt(turn)

    def _prompt_known_answers(self, turn: _Turn) -> Reply:
        """The answers already on file: continue, or pick one to change."""
        lang = turn.lang
        known = self._known_answers(turn)
        # Numbered as the choices are: 1 continues, 2… change an answer (the list read as
        # starting at 2 with no 1 shown).
        lines = [t("known_summary", lang), t("known_summary_continue_line", lang)]
        choices = [Choice(t("choice_continue", lang), t("choice_continue", lang))]
        for number, qid in enumerate(known, start=2):
            value = q.format_value(qid, q.known_value(turn.profile, qid), lang, turn.state.markets)
            label = q.label(qid, lang)
            lines.append(t("known_summary_line", lang, number=number, label=label, value=value))
            change = t("choice_change_item", lang, label=label)
            choices.append(Choice(str(number), change[:75]))
        lines.append(t("known_summary_hint", lang))
        return Reply(text="\n".join(lines), choices=choices)


# A message short enough to be a list of markets and nothing more.
_SHORT_LIST_CHARS = 48


# "no, API and IoT" on the answers-on-file screen (black-box s62 D1, high: its "no" stored a
# team of 0): the markets listed are not the ones meant — these are.
_NO_THEN = lazy_compile(
    r"^\s*(?:no+|nope|not (?:these|those|that)|wrong|不是|不对|不|错了)\s*[,，.。!！:：;；]+\s*"
    r"(?:(?:i|we) (?:want|meant|said)|我(?:们)?(?:要|想要|说的是|是说)|要的是|是)?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def _markets_after_a_no(text: str) -> list[str]:
    """The markets named after an opening no ("no, API and IoT"); [] when none follow it or
    what follows gives a value (a number)."""
    found = _NO_THEN.match(text.strip())
    if found is None or re.search(r"\d", found.group("rest")):
        return []
    return _read_markets(found.group("rest")).markets
