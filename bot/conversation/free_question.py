"""Free questions between steps: a question typed instead of an answer is answered from the
knowledge base and the step's question asked again; a number picks a topic of the latest unsure
answer. Mixed into `Engine` (bot/conversation/engine.py)."""

from __future__ import annotations

import dataclasses
import logging
import re
from datetime import date

import sqlite_utils

from bot.answers.model import Answer
from bot.answers.month_sales import names_months_sales
from bot.conversation.commission_follow_up import (
    month_asked,
    with_distribution_said,
    with_month,
    with_new_figures,
    with_part_asked,
    with_same_month,
    with_year,
    year_asked,
)
from bot.conversation.flow import FLOW
from bot.conversation.helpers import is_number, join, markets_named
from bot.conversation.interpret import (
    HOW_TO_GET_IT,
    asks_meaning,
    looks_like_question,
    strip_trailing,
)
from bot.conversation.state import CHOOSE_MARKETS, QUESTION
from bot.conversation.ticket_amount import explain_ticket_amount
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import Lang, Reply
from bot.i18n import HANDOFF_OFFER_WORDS, t
from bot.lazy_re import lazy_compile
from rules.profile import PROFILE_FIELDS

log = logging.getLogger(__name__)

# Steps that read numbers themselves (market lists, the numbered summary).
OWN_NUMBERING: frozenset[str] = FLOW.steps_where("numbered")

# Answers the walk-through itself gives better: a market named with these is a pick.
# Which market a name is: "服务&代维指的是哪个市场", "which market is 服务&代维?".
# One condition's figure asked: how long, how many, how much, how old.
_ONE_FIGURE_ASKED = lazy_compile(
    r"多久|多长时间|多少|几年|几个|几人|多大|几成|"
    r"(?<![a-z])how (?:old|long|many|much|big)(?![a-z])"
)
_CONDITION_LISTS = frozenset({"computed.conditions", "computed.conditions_overview"})
_MARKETING_SLOT = "marketing_capability"
_MEETS_ASKED = lazy_compile(r"满足|符合|达到|够格|(?<![a-z])(meet|qualify|satisfy)(?![a-z])")
_MONEY_ASKED = lazy_compile(r"保证金|佣金|服务费|押金|(?<![a-z])(deposit|commission|fee)(?![a-z])")
# A question ending in 吗 with no mark typed: "零售通也要20人的团队吗" (black-box s78 D4).
_ENDS_ASKING = re.compile(r"(?:吗|么|嘛)\s*[。.!！]?\s*$")
_WHICH_MARKET_IS = lazy_compile(
    r"(指的是|是指|就是|说的是|对应)哪个(市场|集市)|是哪个(市场|集市)|(?<![a-z])which market (is|does)(?![a-z])"
)
# The refund's time asked, after a commission sum: "when exactly is the refund paid?".
_REFUND_WHEN = lazy_compile(
    r"(?<![a-z])(when|what day|how soon|how long)(?![a-z])[^?]{0,30}(?<![a-z])refund"
    r"|(?<![a-z])refund(?![a-z])[^?]{0,30}(?<![a-z])(when|paid|arrive)(?![a-z])"
    r"|(返还|退)[^，,。？?]{0,8}(什么时候|哪天|几号|多久)|(什么时候|哪天|几号|多久)[^，,。？?]{0,8}(返还|退)",
    re.IGNORECASE,
)
_WALKTHROUGH_TOPICS = frozenset(
    {"computed.conditions", "computed.scope", "computed.conditions_overview", "greeting"}
)


# A topic other than the market's conditions named beside it, no question mark typed: "那建站市场
# 现在抽几个点", "新零售市场的佣金比例", "2020年10月 建站 100万 其中40万分销", "website building,
# Jan 2021, 123,456.785 yuan": a question (answered when the answer is sure), not a pick.
_TOPIC_BESIDE_MARKET = lazy_compile(
    r"佣金|抽成|抽佣|抽几个点|几个点|扣点|费率|服务费|档位|分销|保证金|押金|工单|收据|退款|返还|预收"
    # "数据智能 2020-12 实收 199999.995" (black-box 49, D10): the guide's word for the amount.
    r"|(实收|结算|流水|销售额|卖了)\s*[\d一二两三四五六七八九十]"
    r"|\d\s*(万|元|块)|[¥￥]\s*\d"
    r"|(?<![a-z])(commission|rates?|fees?|tiers?|distribution|deposit|ticket|receipt|refund|settled"
    r"|yuan|rmb|cny)(?![a-z])",
    re.IGNORECASE,
)


# A bare "X呢" / "what about X?" follow-up, X what is said.
_BARE_FOLLOW_UP = lazy_compile(
    r"(?:那|那么)?(?P<said>[^，,。？?]{2,16}?)(?:的)?(?:呢|怎么算呢?)"
    r"|(?:and |so )?(?:what about|how about|and) (?P<said_en>[^,.?]{2,30})",
    re.IGNORECASE,
)
# The commission's rules and period (not a sum): a time asked after them is their time.
_POLICY_TOPICS = ("commission.",)
_TIME_SAID = lazy_compile(
    r"(?:19|20)\d\d|\d{1,2}\s*月|(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"(?![a-z])|以后|之后|以前|之前|(?<![a-z])(?:after|before|since|until)(?![a-z])",
    re.IGNORECASE,
)
_COMMISSION_OF = {"zh": "{said}的佣金怎么算", "en": "how is commission charged {said}"}
# Which market fits what the vendor does, asked: "能入驻哪个市场", "which market should we join".
_WHICH_MARKET_FITS = lazy_compile(
    r"(能|可以|该|应该|适合)?(入驻|进|上|选)?(哪个|哪些|哪一个|什么)(市场|集市|类目)"
    r"|(?<![a-z])which (market|category)(?![a-z])"
)
# A short question after a commission answer, naming no topic, is asked of the commission.
_SHORT_FOLLOW_UP = 30
_COMMISSION_WORD = {"zh": "佣金", "en": "commission: "}
_COMMISSION_SUM_ASKED = {"zh": "，佣金多少？", "en": ", how much commission?"}
# A market's rate asked, after a sum that could not be computed from its figures.
_MARKET_RATE_ASKED = {"zh": "{market}佣金多少", "en": "what commission does the {market} charge?"}
# A yes/no question ("so the 5% applies to everything?", "是不是按整月算"): a market after it
# asks that market's rates, not the yes/no again.
_YES_NO_ASKED = lazy_compile(
    r"^(?:so |and |ok,? )?(?:is|are|does|do|did|can|will|would)(?![a-z])|^so\b.*\?$|是不是|吗[?？]?$|么[?？]?$",
    re.IGNORECASE,
)
# The topic of a commission sum refused for its figures ("分销大于总额").
_SUM_REFUSED = "computed.commission_refused"
_MONTH_NAMED = lazy_compile(
    r"(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|\d{4}|\d{1,2}\s*月|[一二三四五六七八九十]+月",
    re.IGNORECASE,
)
_OTHER_PRODUCT = lazy_compile(
    r"(?<![a-z])(our|my|the) [a-z0-9 -]{0,20}(product|tool|software|app|saas|platform|service|line)s?(?![a-z])"
    r"|(我们|我司|我)的?[^，,。]{0,10}(产品|软件|工具|系统|平台|业务)",
    re.IGNORECASE,
)
# What is owed on a month's figures: "what do we owe?", "how much do we pay", "佣金多少".
_OWED_ASKED = lazy_compile(
    r"(?<![a-z])(owe|pay|commission|fee|charged?)(?![a-z])|佣金|抽|交多少|扣多少|服务费",
    re.IGNORECASE,
)
# The joining step that pays the deposit, and "how much" asked alone right after it.
_DEPOSIT_STEP = 5
_HOW_MUCH_ALONE = lazy_compile(
    r"(那|所以|一共|总共)?(要|需要|得)?(交|付|缴|缴纳|充)?(多少钱|多少|几多钱|几万)(啊|呀|呢)?[?？。]*"
    r"|(so |and |ok,? )?how much( (is it|is that|in total|altogether|do we pay|does it cost|do i pay))?\s*\??",
    re.IGNORECASE,
)
_DEPOSIT_HOW_MUCH = {"zh": "保证金交多少", "en": "how much is the deposit?"}
# Topics whose question a bare "X呢" asks again of another market.
_FOLLOWED_TOPICS = (
    "computed.rate",
    "computed.commission",
    "computed.tier",
    "computed.deposit",
    "commission.",
    # "what do I need to join the IoT market?" … "and devops?" (black-box s70 D21: a DevOps
    # check started, and its first "no" stored): the same asked of DevOps.
    "computed.conditions",
)
# What a market requires asked, as a list ("要什么条件", "对注册资金有要求吗", "requirements").
_ONE_RULE_ASKED = lazy_compile(
    # ("what do you need from us?" asks the check — review: test_round55 R14.)
    r"(?<![a-z])(?:does|is|are|must|has to|have to)\b[^?]{0,40}\b(?:require|requires|required|need"
    r"|needs|mandatory|necessary|have to)(?![a-z])|一定要|必须|非得|是不是要|需不需要|要不要"
    # ("must the IoT market products be built on Alibaba Cloud IoT?" — review 69 N6.)
    r"|(?<![a-z])must\b[^?]{0,40}\bbe (?:built|based|deployed|hosted|delivered)(?![a-z])"
)
_CONDITIONS_ASKED = lazy_compile(
    r"(要|需要|得|有)(什么|哪些|啥|些什么)(条件|要求|资质|门槛)|(条件|要求|门槛)(是什么|是啥|有哪些|有啥)"
    r"|入驻条件[?？]?$|(有|有没有)[^，,。]{0,8}(要求|限制|门槛)(吗|么|没有)?[?？]?$"
    r"|(?<![a-z])(requirements?|conditions|criteria|what do (we|i) need|what does it take)(?![a-z])"
    # "…taobao dispute, does that matter for security market?", "有影响吗" (black-box 47,
    # D18): whether something counts against a market's conditions.
    r"|(?<![a-z])(does (that|this|it) matter|does (that|this|it) affect|is (that|this|it) a problem)"
    r"(?![a-z])|(有|会有)?影响吗|有关系吗|要紧吗"
    # "零售通要几个人" (the greeting's own example — black-box 49, D2), "安全市场售后要几乘几",
    # "要多少注册资金": one condition's figure asked.
    r"|(要|需要|得|要求)(几|多少)(个人|人|名|年|乘几|万|钱|注册资金|资金)?|要几乘几|几乘几"
    r"|(?<![a-z])(how many (people|staff|employees|years)|how much (capital|registered capital))(?![a-z])"
    # "物联网市场要营业执照满几年吗", "零售通需要准备什么资料", "what documents do i need for
    # 零售通" (black-box s59 D7: the walk-through started instead).
    r"|满几年|几年以上|(准备|提供|提交|需要|要)(什么|哪些|啥)(资料|材料|证件|文件|证明)"
    # "零售通要不要20人的团队" (black-box s59 D9): whether a market asks for something.
    r"|要不要|需不需要|用不用|必须要?有?[^，,。？?]{1,12}吗"
    r"|(?<![a-z])(what|which) (documents|papers|materials|paperwork)(?![a-z])"
    # "零售通市场需要什么？", "what does retail link need from us?" (review 61 N6: its check
    # started at the what-next menu).
    r"|(需要|要)(准备|提供)?(什么|啥|些什么|哪些)(东西)?[呀啊呢吗]?[?？]?$"
    # (Not "security market please. what do you need from us?": the check asked — review 61 R14.)
    r"|(?<![a-z])what (does|do) (?!you\b)[a-z ]{2,40}? (need|require)s? from (us|me)(?![a-z])"
    r"|(?<![a-z])what do (you|they) need for(?![a-z])"
)
# The check itself requested: "can u check all the markets for us", "see where we qualify",
# "帮我们检查一下这几个市场".
_CHECK_REQUEST = lazy_compile(
    r"(?<![a-z])(check|go through|run through|walk (me|us) through)(?![a-z]).{0,30}(?<![a-z])markets?"
    r"(?![a-z])|where (we|i) (can )?qualify|which (ones? |markets? )?(we|i) qualify"
    # ("帮我查下能不能入驻解决方案市场" — black-box s58 D9.)
    r"|帮(我|我们)(检查|查查|查一下|查下|看看|看一下|看下|核对)[^，,。？?]{0,10}(市场|能不能|能进|符合)"
)
# A check of the vendor's own case asked: the walk-through is the answer.
_CHECK_ASKED = lazy_compile(
    r"能不能(进|入驻|做)|可以(进|入驻)吗|能(进|入驻)吗|帮我(看看|查查|检查|查一下|看一下)|检查|核对|符合吗|够不够"
    r"|(?<![a-z])(can we|could we|are we eligible|check|do we qualify|qualify|eligible|we want to join"
    r"|we'd like to join)(?![a-z])"
)


# The question on screen pointed at: "that certification", "this requirement", "这个认证".
_POINTS_AT_CONDITION = lazy_compile(
    r"(?<![a-z])(that|this) (certification|certificate|requirement|condition|statement|one)(?![a-z])"
    r"|(这个|这一?项|这条|那个)(认证|要求|条件|证明|资质|表)"
    # "not sure, how do we do that?" at the ecosystem question (black-box s70 D23).
    r"|" + HOW_TO_GET_IT,
    re.IGNORECASE,
)
# Whether something counts, asked: "do contractors count?", "外包的算吗", "算不算".
_COUNTS_ASKED = lazy_compile(
    r"算不算|算吗|算进|计入|(?<![a-z])(counts?|included|include|qualify|eligible)(?![a-z])",
    re.IGNORECASE,
)
# Whether the question on screen is required, asked of "this": "这个是必须的吗？", "is this
# required?" (black-box s68 D6: "not in the guide's scope").
_REQUIRED_ASKED = lazy_compile(
    r"(?:那|请问)?(?:这个|这一?项|这一?条|这|那个|那条)?(?:条件|要求|问题)?(?:是不是|是)?"
    r"(?:必须|必需|一定要|非要|必要|硬性要求)(?:的|要求)?(?:吗|么|嘛|不)?"
    r"|(?:这个|这一?项|这一?条|这)(?:是)?(?:必须|必需|一定)(?:要)?(?:满足|有|提供|做到)(?:的)?(?:吗|么|嘛)"
    r"|(?:so |and )?(?:is|are) (?:this|that|it) (?:one )?(?:really )?(?:required|mandatory|a must|"
    r"necessary|compulsory|a requirement|needed)"
    r"|(?:so |and )?do (?:we|i) (?:really )?(?:have to|need to|must) (?:meet|have|do|provide|"
    r"satisfy) (?:this|that|it)(?: one)?",
    re.IGNORECASE,
)
_PAID_SAID = lazy_compile(r"交完|交了|缴完|付完|(?<![a-z])paid(?![a-z])", re.IGNORECASE)
_CERTIFICATE_WORD = lazy_compile(r"认证|证书|certif|acp", re.IGNORECASE)
# A market added to those under way, and the total asked (a deposit question).
_ADDED_MARKET = lazy_compile(
    r"再加|也加|加上|还要加|再进|也进|再入驻|(?<![a-z])(also join|also add|add|plus|as well)(?![a-z])",
    re.IGNORECASE,
)
_THESE_MARKETS = lazy_compile(
    r"这两个|这几个|那两个|那几个|两个一起|两个市场|它们|(?<![a-z])(these two|these|both|them|those two|those)(?![a-z])",
    re.IGNORECASE,
)
# The vendor's own deposit, its amount asked: "保证金一共要交多少" during a two-market check,
# "这个保证金要多少" after one (black-box 50, D10) — the markets under way, not the rule.
_OUR_AMOUNT_ASKED = lazy_compile(
    r"(?:这个|我们|咱们|我|一共|总共|合计|加起来)[^，,。?？]{0,8}(?:多少|几万)|"
    r"(?<![a-z])(?:our|we|us|my|i|in total|altogether|total)(?![a-z])[^,.?]{0,30}how much|"
    r"how much[^,.?]{0,30}(?<![a-z])(?:our|we|us|my|i|in total|altogether|total)(?![a-z])",
    re.IGNORECASE,
)
_DEPOSIT_WORD = lazy_compile(r"保证金|押金|(?<![a-z])deposits?(?![a-z])", re.IGNORECASE)
_COMMISSION_NAMED = lazy_compile(
    r"佣金|抽佣|扣点|费率|服务费|(?<![a-z])(commissions?|rates?|fees?)(?![a-z])", re.IGNORECASE
)
_TOTAL_ASKED = lazy_compile(
    r"一共|总共|合计|加起来|(?<![a-z])(total|in total|altogether|combined|together)(?![a-z])",
    re.IGNORECASE,
)


def _with_condition_pointed_at(turn: _Turn, question: str) -> str:
    """ "what is that certification and how do we get it?" at the ecosystem question (black-box
    47, D9): "that" is the question on screen, named for the answer engine."""
    slot = turn.state.current_question if turn.state.step == QUESTION else None
    pointed = _POINTS_AT_CONDITION.search(question) if slot else None
    if not slot or pointed is None:
        return question
    from bot.conversation import questions as q

    label = q.label(slot, turn.lang)
    if _CERTIFICATE_WORD.search(pointed.group(0)) and not _CERTIFICATE_WORD.search(label):
        # "what is that certification?" at the online-service question: no certification is
        # on screen to point at; the question is asked as typed.
        return question
    return f"{question} {label}"


_OVERVIEW_TOPIC = "process.overview"
_DEPOSIT_TOPIC = "computed.deposit"
# The ticket's text asked: "what do I write in the ticket", "工单怎么写", "工单里写什么".
_TICKET_TEXT_ASKED = lazy_compile(
    r"工单[^，,。？?]{0,6}(?:怎么写|写什么|填什么|怎么填|内容)|(?:怎么写|写什么)[^，,。？?]{0,4}工单"
    r"|(?<![a-z])(?:what|how)[^?]{0,20}(?:write|put|say|fill)[^?]{0,20}ticket(?![a-z])",
    re.IGNORECASE,
)


def _markets_then_question(names: list[str], question: str, lang: Lang) -> str:
    """ "零售通市场和新零售市场，<question>": a question rebuilt for the answer engine."""
    joined = "和".join(names) if lang == "zh" else " and ".join(names)
    return f"{joined}{'，' if lang == 'zh' else ', '}{question}"


# Topics whose question a bare month ("那4月呢", "what about April 2021?") asks again.
# "the same numbers", "同样的数" said with a market: the figures kept, the market changed.
_SAME_NUMBERS_FOR = lazy_compile(
    # ("what about November 2021 for the same numbers?", "那2021年11月同样的数字呢" — black-box
    # s65 D6: "for" and "字" were left, and the month not read.)
    r"(?<![a-z])(?:(?:with|for|using|on) )?the same (?:numbers|figures|amounts?|sales|totals?)(?![a-z])"
    r"|(?:用|按)?(?:同样的?|一样的?)(?:数字|金额|数额|流水|数据|数)(?:的话)?",
    re.IGNORECASE,
)
_CONDITIONS_TOPIC = "computed.conditions"
# Nothing but a market asked after ("and devops?", "那开发运维呢", "what about the IoT one?"),
# once its names are taken out.
_BARE_MARKET_ASKED = lazy_compile(
    r"\s*(?:and|so|what about|how about|那|那么|还有|那个)?\s*(?:the)?\s*(?:市场|集市|market|one)?\s*"
    r"(?:的)?(?:呢|那个呢|嘛)?\s*[?？。.!！]*\s*",
    re.IGNORECASE,
)


def _strip_market_names(text: str) -> str:
    """`text` without the names of the markets in it (longest first)."""
    from rules.markets import all_markets

    rest = text.casefold()
    names = sorted(
        {
            name.casefold()
            for market in all_markets()
            for name in (
                market.name,
                market.name_en,
                market.id,
                *market.aliases,
                *market.loose_aliases,
            )
        },
        key=len,
        reverse=True,
    )
    for name in names:
        rest = rest.replace(name, " ")
    return rest


_MONTH_FOLLOWED = ("computed.commission", "computed.tier", "commission.", "computed.rate")
# Every market's requirement on one thing, the answer to a question naming no market.
_EVERY_MARKET_TABLE = "computed.conditions_overview"
_DEPOSIT_AMOUNT = "deposit.amount"
# The topics a bare "那怎么交" / "and how do I pay it" follows up as the deposit's payment.
_DEPOSIT_TOPICS = (_DEPOSIT_AMOUNT, "computed.deposit", "deposit.", "process.deposit")
# "那怎么交", "在哪交", "and how do I pay it" (black-box 50, D6): how to pay, the thing left out.
_HOW_TO_PAY_IT = lazy_compile(
    r"^(?:那|那么|那这个|这个|那个)?(?:要|该|应该)?(?:怎么|如何|怎样|在哪里?|去哪里?|从哪里?)"
    r"(?:交|付|缴|缴纳|交纳|支付|付款|充值)(?:呢|啊|呀)?$|"
    r"^(?:and |so |ok,? |then )?(?:how|where) (?:do|can|should) (?:i|we) pay(?: (?:it|that|this|for it))?"
    r"(?: then)?$|^(?:and |so )?how to pay(?: (?:it|that|this))?$",
    re.IGNORECASE,
)
_PAY_THE_DEPOSIT = {"zh": "保证金怎么交", "en": "how do I pay the deposit"}
# A bare count of markets after a deposit answer: "两个呢", "3个市场的话", "and for two markets?"
# (black-box s57 D19: declined as outside the guide) — the deposit of that many markets.
_MARKETS_COUNTED_BARE = lazy_compile(
    r"^(?:那|那么|如果是?|要是)?(?P<zh>[两二三四五六七八九十]|十一|十二|\d{1,2})\s*个(?:市场|类目)?"
    r"(?:的话)?(?:呢|的话呢)?$"
    r"|^(?:and |what about |how about |for )?(?:for )?(?P<en>two|three|four|five|\d{1,2}) markets?$",
    re.IGNORECASE,
)
_DEPOSIT_OF_COUNT = {
    "zh": "{count}个市场保证金一共多少",
    "en": "deposit for {count} markets in total",
}
# "退?", "能退吗", "refundable?" after a deposit answer: whether and when it comes back.
_REFUND_BARE = lazy_compile(
    r"^(?:那|那么)?(?:能|会|可以|要|什么时候|何时|怎么)?退(?:吗|么|不|呢|回吗|得回来吗)?$"
    r"|^(?:and |so )?(?:is it |it's |will it be )?(?:refund|refundable|refunded)(?: later)?$"
    # "退款要等多久", "how long does the refund take?" after a deposit answer (review 74 R6:
    # the commission's refund, a bare refund's reading alone).
    r"|^(?:那|那么)?退款?(?:要等|要|得等|需要)?(?:多久|多长时间|几天)(?:能到|到账)?(?:呢|啊)?$"
    r"|^(?:and |so )?how long (?:does|will) (?:the |a )?refund (?:take|be)$",
    re.IGNORECASE,
)
_DEPOSIT_REFUND = {"zh": "保证金什么时候退", "en": "when is the deposit refunded"}
# "How much" with nothing named after a deposit answer: "我想入驻api和服务市场，总共多少"
# (black-box 51, D12) is the deposit of those markets, never a check started.
_HOW_MUCH_BARE = lazy_compile(
    r"(?:总共|一共|合计|加起来)?(?:要交|要付|交|付)?(?:多少钱?|几万)|"
    r"(?<![a-z])how much(?![a-z])",
    re.IGNORECASE,
)
_DEPOSIT_NAMED = {"zh": "保证金", "en": "deposit"}
_DEPOSIT_ASKED = {"zh": "保证金一共多少", "en": "how much is the deposit in total?"}
_OTHER_MONEY_TOPIC = lazy_compile(
    r"佣金|抽成|费率|档|注册资金|注册资本|资金|(?<![a-z])(commission|rate|tier|capital)(?![a-z])",
    re.IGNORECASE,
)
# A month's tier given with no market named: the answer asks for the market to compute with.
_TIER_WITHOUT_MARKET = "computed.tier"
_MARKET_ONLY_CHARS = 40
# "新零售呢", "那新零售呢？", "what about new retail?", "and for IoT?": a market, nothing else asked.
# A market added to the ones just asked about: "plus api?", "再加上API呢", "还有安全市场".
_PLUS_MARKET = lazy_compile(
    # ("还有安全市场呢", "and also security?" ask about that market — review 59 R14.)
    r"^(?:and\s+)?(?:plus|add(?:ing)?|together with)\s|^(?:那|那么)?(?:再)?(?:加上|加|算上|连同)",
    re.IGNORECASE,
)
_MARKET_FOLLOW_UP = lazy_compile(
    r"(那|那么|还有)?[^，,。？?\s]{2,12}(市场)?(的)?(呢|那个呢)[?？。]*"
    # "IoT?" right after a rate answer (black-box s59 D7: the IoT check started).
    r"|[^，,。？?]{2,20}[?？]"
    # ("and for retail link + security + IoT?" — black-box s66 D3: several markets.)
    r"|(one more:? )?(what about|how about|and for|and) (the )?[a-z ,+&/]{2,50}\??",
    re.IGNORECASE,
)


def _replace_market(question: str, old: str, new: str) -> str:
    """`question` with market `old`'s name (as written) replaced by market `new`'s."""
    from rules.markets import market_label

    for name in sorted(_market_names(old), key=len, reverse=True):
        if name.lower() in question.lower():
            start = question.lower().index(name.lower())
            return question[:start] + market_label(new, "zh") + question[start + len(name) :]
    return f"{market_label(new, 'zh')} {question}"


def _market_names(market: str) -> list[str]:
    from rules.markets import get_market

    found = get_market(market)
    return [
        name
        for name in (
            found.name,
            found.name_en,
            found.short_name,
            *found.aliases,
            *found.loose_aliases,
        )
        if name
    ]


def _sure_topic_answer(found: Answer) -> bool:
    """A sure answer of the guide on something other than a market's walk-through."""
    return bool(
        found.confident and not found.out_of_scope and found.topic not in _WALKTHROUGH_TOPICS
    )


def kb_answer(
    question: str, lang: Lang, today: date, db: sqlite_utils.Database | None = None
) -> Answer:
    """bot.answers.answer; `today` is the engine's clock, so "this month" means the vendor's
    month (ONBOARD_TZ). With `db`, approved staff FAQ entries answer what the guide does not
    (before any hand-off is offered)."""
    # Call-time: bot.answers imports bot.conversation.types, whose package imports this module.
    from bot.answers import answer_with_extra
    from bot.staff_faq import staff_answer

    if db is None:
        return answer_with_extra(question, lang, today=today)
    return answer_with_extra(
        question, lang, today=today, extra=lambda text, chosen: staff_answer(db, text, chosen)
    )


# A follow-up that names its own topic ("what about DevOps commission", "新零售的保证金呢").
_OWN_TOPIC = lazy_compile(
    r"佣金|抽成|扣点|费率|保证金|押金|条件|要求|流程|步骤"
    r"|(?<![a-z])(commissions?|rates?|fees?|deposits?|conditions?|requirements?|steps?)(?![a-z])",
    re.IGNORECASE,
)


# An amount said and doubted, nothing else: "100万不行？", "1,000,000 isn't enough?".
_BARE_VALUE_DOUBTED = lazy_compile(
    r"[\d.,，]+\s*(?:万|元|w|k|million)?\s*(?:都|也|还)?(?:不行|不够|不算|不满足|不符合|不可以)(?:吗|么|啊|呢)?"
    r"|(?:so )?[\d.,]+\s*(?:k|million|yuan)? (?:is not|isn't|doesn't count|does not count|is too low)"
    r"(?: enough)?",
    re.IGNORECASE,
)
# Where the drafted ticket was just shown: "这个金额怎么算的" asks about its amount.
_TICKET_SHOWN = frozenset({"ticket_review", "done"})
_TICKET_STEP_TOPIC = "process.ticket"


class FreeQuestions:
    """Free questions of `Engine`; `self` is the engine."""

    db: sqlite_utils.Database

    def _before_suggested_topic(self, turn: _Turn, said: Said) -> Reply | None:
        """The topics of the latest unsure answer are numbered on screen: "1" picks one, unless
        the question shown below them has numbered options of its own (是/否, the markets)."""
        state = turn.state
        text = said.text
        topics, state.suggested_topics = state.suggested_topics, []
        if (
            topics
            and is_number(text)
            and 1 <= int(text) <= len(topics)
            and state.step not in OWN_NUMBERING
            and not self._choices(turn)
        ):
            return self._answer_question(turn, topics[int(text) - 1], then=self._prompt(turn))
        return None

    def _same_asked_of_market(self, turn: _Turn, text: str) -> str | None:
        """ "新零售呢" / "what about new retail?" right after a commission or deposit answer: the
        same asked of that market (black-box, second round, D16); None otherwise."""
        state = turn.state
        if not state.last_question:
            return None
        if (
            state.last_topic.startswith(_MONTH_FOLLOWED)
            and _DEPOSIT_WORD.search(text)
            and not _COMMISSION_NAMED.search(text)
        ):
            # "retail link deposit?" after a commission sum (black-box s69 D4: the month's
            # commission again, twice): a question of its own, asked as typed.
            return None
        from bot.answers.names import markets_in_question

        before_markets = markets_in_question(state.last_question)
        if (
            state.last_topic.startswith(_DEPOSIT_TOPIC)
            and before_markets
            and not markets_in_question(text)
            and _TICKET_TEXT_ASKED.search(text)
        ):
            # "how much deposit for security and retail link" … "what do I write in the ticket"
            # (black-box s76 D22: the template with 叁万): the ticket for the markets just summed.
            from rules.markets import market_label

            return _markets_then_question(
                [market_label(m, turn.lang) for m in before_markets], text.strip(), turn.lang
            )
        if state.last_topic.startswith(_MONTH_FOLLOWED) and _SAME_NUMBERS_FOR.search(text):
            # "and the same numbers for website building?", "同样的数，建站市场呢" (black-box
            # s55 D7): the same sum asked of the market named, as "and for website building?".
            text = _SAME_NUMBERS_FOR.sub(" ", text).strip(" ，,")
        bare = _BARE_FOLLOW_UP.fullmatch(strip_trailing(text).strip(" ?？"))
        if (
            state.last_topic.startswith(_POLICY_TOPICS)
            and bare
            and _TIME_SAID.search(text)
            # (A time in the question before is replaced by the month rewrite below.)
            and not _TIME_SAID.search(state.last_question)
        ):
            # "佣金政策是什么" … "2021年4月以后呢？" (black-box s57 D19: declined as outside the
            # guide): the commission of the time said.
            return _COMMISSION_OF[turn.lang].format(said=(bare["said"] or bare["said_en"]).strip())
        month = (
            month_asked(text, turn.today) if state.last_topic.startswith(_MONTH_FOLLOWED) else None
        )
        if month is not None:
            # "2021年3月…佣金多少" … "那4月呢": the same sum asked of April.
            return with_month(state.last_question, *month)
        year = year_asked(text) if state.last_topic.startswith(_MONTH_FOLLOWED) else None
        if year is not None:
            # "服务市场三月份五十万，分销十万" … "2020年的" (black-box s53 D9): that month of 2020.
            asked = with_year(state.last_question, year)
            if asked is not None:
                return asked
        if state.last_topic.startswith(_MONTH_FOLLOWED):
            part = with_part_asked(text, state.last_question)
            if part is not None:
                return part  # "… 佣金多少" … "返还呢": the refund of the same sum
            if _REFUND_WHEN.search(text) and not _DEPOSIT_WORD.search(text):
                # "when exactly is the refund paid?" after a commission sum (black-box s58 D11:
                # declined as customers' refunds): the commission overcharge's refund.
                return t("commission_refund_when_asked", turn.lang)
            same_month = with_same_month(text, state.last_question, markets_in_question, turn.lang)
            if same_month is not None:
                return same_month
            distribution = with_distribution_said(text, state.last_question)
            if distribution is not None:
                return distribution  # "…其中分销40万…" … "那如果分销是0呢": the same sum so
            from bot.answers.computed import names_month_after_policy

            figures = with_new_figures(
                text,
                state.last_question,
                markets_in_question,
                month_declined=names_month_after_policy(state.last_question, turn.today),
            )
            if figures is not None:
                return figures  # "新零售2020年10月做了50万呢": the same sum of other figures
            from bot.answers.text import money_mentions
            from rules.markets import find_markets_in_text

            # (The market of a rate asked: "security products" names it there.)
            before_markets = markets_in_question(state.last_question) or find_markets_in_text(
                state.last_question
            )
            if (
                not markets_in_question(text)
                and len(before_markets) == 1
                and money_mentions(text)[1]
                and _OWED_ASKED.search(text)
                and not _DEPOSIT_WORD.search(text)
                # ("for our HR SaaS tool …", "我们的大数据产品…" — review 64 R7: another
                # product line named, priced as the market before.)
                and not _OTHER_PRODUCT.search(text)
                # (A month named: "commission on 450k in a month?" still asks the market —
                # black-box 48 D6.)
                and _MONTH_NAMED.search(text)
            ):
                # "what commission … on security products?" … "in Feb 2021 we had 450k settled,
                # 50k of it through distribution. what do we owe?" (black-box s73 D13: the tier
                # without the market): the sum asked of the market before.
                from rules.markets import market_label

                return f"{market_label(before_markets[0], turn.lang)}: {text.strip()}"
            if (
                markets_in_question(text)
                and money_mentions(text)[1]
                and not _OWN_TOPIC.search(text)
                and not _DEPOSIT_WORD.search(text)
            ):
                # "佣金怎么收" … "我们做建站的，一个月大概25万", "what commission does the marketplace
                # take?" … "we sell in website building, around 250k a month" (black-box s65 D4:
                # step 7, or the market's check started): the commission on that month.
                return f"{text.strip().rstrip('。.？?')}{_COMMISSION_SUM_ASKED[turn.lang]}"
        if not state.last_topic.startswith(_FOLLOWED_TOPICS):
            return None
        named = markets_in_question(text)
        if (
            state.last_topic == _TIER_WITHOUT_MARKET
            and len(named) == 1
            and not markets_in_question(state.last_question)
            and len(text.strip()) <= _MARKET_ONLY_CHARS
            and not looks_like_question(text)
        ):
            # "Tell me the market … and I will compute the commission" → "enterprise apps, as
            # I said" (black-box 48, D6): the sum asked again of that market.
            from rules.markets import market_label

            return _markets_then_question(
                [market_label(named[0], turn.lang)], state.last_question, turn.lang
            )
        if not _MARKET_FOLLOW_UP.fullmatch(text.strip()):
            return None
        if state.last_topic.startswith(_CONDITIONS_TOPIC) and not _BARE_MARKET_ASKED.fullmatch(
            _strip_market_names(text)
        ):
            # "物联网市场要什么条件" … "安全市场佣金是多少？" (review 60 R3: 安全's conditions): a
            # question of its own beside the market, asked as typed.
            return None
        if (
            named
            and state.last_topic.startswith(_DEPOSIT_TOPICS)
            and (len(named) > 1 or len(markets_in_question(state.last_question)) > 1)
            # ("那安全市场和物联网市场的入驻条件呢？" asks their conditions — review 57 R7.)
            and (not _OWN_TOPIC.search(text) or _DEPOSIT_WORD.search(text))
        ):
            # "and for retail link + security + IoT?", "那零售通和安全市场呢？" after a deposit
            # answer (black-box s66 D3: a check of the three started): their deposit.
            from rules.markets import market_label

            names = [market_label(market, turn.lang) for market in named]
            return _markets_then_question(names, _DEPOSIT_ASKED[turn.lang], turn.lang)
        before_named = markets_in_question(state.last_question)
        if (
            named
            and state.last_topic.startswith(_DEPOSIT_TOPICS)
            and before_named
            and _PLUS_MARKET.match(text.strip())
        ):
            # "retail link deposit?" … "plus api?" (black-box s69 D4: API's deposit alone):
            # the markets before and the one added, their deposit together.
            from rules.markets import market_label

            together = list(dict.fromkeys([*before_named, *named]))
            names = [market_label(market, turn.lang) for market in together]
            return _markets_then_question(names, _DEPOSIT_ASKED[turn.lang], turn.lang)
        if len(named) != 1:
            return None
        before = markets_in_question(state.last_question)
        if len(before) == 1 and before[0] != named[0] and state.last_topic == _SUM_REFUSED:
            # "…其中分销130万" (refused: more than the total) → "物联网呢" (black-box s71 D4: the
            # same refusal again): that market's rates, the figures being no sum.
            from rules.markets import market_label

            # (The sum with its figures stays the one followed up: "那如果分销只有13万呢" next
            # gives that market's sum — review 62 R1.)
            turn.followed_as = _replace_market(state.last_question, before[0], named[0])
            return _MARKET_RATE_ASKED[turn.lang].format(market=market_label(named[0], turn.lang))
        if len(before) == 1 and before[0] != named[0]:
            # "零售通佣金多少" → "新零售佣金多少": the market swapped, the question kept.
            return _replace_market(state.last_question, before[0], named[0])
        if (
            not before
            and not _OWN_TOPIC.search(text)
            and state.last_topic.startswith(_MONTH_FOLLOWED)
            and _YES_NO_ASKED.search(state.last_question.strip())
        ):
            # "so the 5% applies to everything, not just the part above 200k?" … "what about
            # devops market" (black-box s73 D14: the brackets' "No" said again first): that
            # market's rates.
            from rules.markets import market_label

            return _MARKET_RATE_ASKED[turn.lang].format(market=market_label(named[0], turn.lang))
        if not before and not _OWN_TOPIC.search(text):
            # "what's the commission in tier 2?" … "what about DevOps market?": that market's.
            # ("what about DevOps commission" after "do distribution orders count toward the
            # tier?" names its own topic — black-box s62 D4: the distribution answer again.)
            return f"{text.strip().rstrip('?？')} — {state.last_question}"
        return None

    def _of_slot_counted(
        self, turn: _Turn, question: str, found: Answer | None
    ) -> tuple[str, Answer] | None:
        """ "do contractors count? we have 18 fulltime + 5 contractors" at the team question
        (black-box 49, D20): whether something counts is asked of the question on screen."""
        slot = turn.state.current_question if turn.state.step == QUESTION else None
        if found is None or found.confident or not slot or not _COUNTS_ASKED.search(question):
            return None
        from bot.conversation import questions as q

        return self._sure_answer_of(turn, f"{question} {q.label(slot, turn.lang)}")

    def _sure_answer_of(self, turn: _Turn, narrowed: str) -> tuple[str, Answer] | None:
        """`narrowed` (a question rebuilt with what the conversation knows) and its answer, when
        the guide answers it surely; None otherwise (the question is kept as typed)."""
        try:
            again = kb_answer(narrowed[:500], turn.lang, turn.today, self.db)
        except Exception:
            log.exception("answering %r failed", narrowed[:80])
            return None
        if not again.confident or again.out_of_scope:
            return None
        return narrowed, again

    def _of_markets_asking_slot(
        self, turn: _Turn, question: str, found: Answer | None
    ) -> tuple[str, Answer] | None:
        """ "how many years of website experience do you need?" typed mid-form (black-box 47,
        D24): asked of the markets under way, not every market's table. None when the question
        names a market or got no such table."""
        if found is None or turn.state.step != QUESTION:
            return None
        # (A reply with no sure answer is asked again of the markets under way too: "what is
        # that certification?" at the New Retail check is New Retail's certification.)
        if found.topic != _EVERY_MARKET_TABLE and (
            found.confident or not _POINTS_AT_CONDITION.search(question)
        ):
            return None
        from bot.answers.names import markets_in_question
        from rules.markets import market_label

        markets = list(turn.state.markets)
        if not markets or markets_in_question(question):
            return None
        names = [market_label(market, turn.lang) for market in markets]
        return self._sure_answer_of(turn, _markets_then_question(names, question, turn.lang))

    def deposit_follow_up(self, turn: _Turn, text: str) -> str | None:
        """The question with the deposit named, when a bare "how much" follows a deposit
        answer; None otherwise."""
        if not (turn.state.last_topic or "").startswith(_DEPOSIT_TOPICS):
            return None
        if _DEPOSIT_WORD.search(text) or _OTHER_MONEY_TOPIC.search(text):
            return None
        if not _HOW_MUCH_BARE.search(text):
            return None
        return f"{text} {_DEPOSIT_NAMED[turn.lang]}"

    def _value_on_file_named(self, turn: _Turn, question: str) -> str:
        """ "100万不行？" right after a verdict failing on the capital (black-box s70 D7: out of
        scope): the question about that answer on file, asked of the markets checked — "零售通
        市场注册资金100万不行？"; unchanged when no one answer on file is that amount."""
        from bot.answers.names import markets_in_question
        from bot.answers.text import money_mentions
        from bot.conversation import questions as q

        if not _BARE_VALUE_DOUBTED.fullmatch(strip_trailing(question).strip(" ?？")):
            return question
        said = [int(m.value) for m in money_mentions(question)[1]]
        capital = turn.profile.get("registered_capital")
        if not said or capital is None or said != [int(capital)]:
            return question
        markets = [m for m in (turn.state.markets or turn.state.last_markets)]
        if markets_in_question(question) or not markets:
            return question
        label = q.label("registered_capital", turn.lang)
        return f"{q.market_list(markets, turn.lang)} {label} {question}"

    def _with_markets_under_way(self, turn: _Turn, question: str) -> str:
        """ "如果再加一个新零售市场，保证金一共多少" after a 零售通 check (black-box 47, D3): the
        total of the markets under way and the one added, not the added one's alone."""
        from bot.answers.names import markets_in_question

        state = turn.state
        under_way_asked = (
            _THESE_MARKETS.search(question) or _OUR_AMOUNT_ASKED.search(question)
        ) and _DEPOSIT_WORD.search(question)
        if under_way_asked and not markets_in_question(question):
            # "wait how much is the deposit for these two?", "那两个一起保证金多少" (black-box
            # 49, D17): the markets under way (or just checked), not the rule's example.
            under_way = list(state.markets or state.last_markets)
            if under_way:
                from rules.markets import market_label

                names = [market_label(m, turn.lang) for m in under_way]
                return _markets_then_question(names, question, turn.lang)
        if not (_ADDED_MARKET.search(question) and _TOTAL_ASKED.search(question)):
            return question
        under_way = list(state.markets or state.last_markets)
        added = markets_in_question(question)
        if not under_way or not added or set(added) <= set(under_way):
            return question
        from rules.markets import market_label

        names = [market_label(m, turn.lang) for m in dict.fromkeys([*under_way, *added])]
        return _markets_then_question(names, question, turn.lang)

    def _is_question_about_topic(self, turn: _Turn, text: str) -> bool:
        """A sure answer of the guide on a topic other than a market's walk-through."""
        try:
            found = kb_answer(text[:500], turn.lang, turn.today)
        except Exception:
            log.exception("answering %r failed", text[:80])
            return False
        return _sure_topic_answer(found)

    def _is_question_about_markets(self, turn: _Turn, text: str) -> bool:
        """ "建站市场这个月卖了30万佣金多少？" names a market but is a question, not a pick.

        Only a confident answer on something other than the markets' own conditions or scope
        counts: "安全市场和API市场？" or "建站市场要什么条件？" still pick, since the
        walk-through is the fullest answer to those."""
        if names_months_sales(text, turn.today):
            # "security market, Jan 2021, total 123,456.785" (black-box s53 D9): that month's
            # commission, not the market chosen.
            return True
        topic_named = _TOPIC_BESIDE_MARKET.search(text) is not None
        folded = text.casefold()
        if _CHECK_REQUEST.search(folded) and not re.search(r"\d", folded) and not topic_named:
            # "hey can u check all the markets for us? … where we qualify" (black-box 47, D7):
            # the check asked — the walk-through, never the application's progress.
            return False
        # ("hello, we want to join the 基础软件 market, what are the requirements?" — black-box
        # 48, D19: the intro wanting to join is no check asked; the last clause asks the list.)
        last_clause = re.split(r"[，,。.!！;；]", folded.rstrip(" ?？"))[-1]
        conditions_asked = bool(_CONDITIONS_ASKED.search(folded)) and (
            not _CHECK_ASKED.search(folded)
            or (
                bool(_CONDITIONS_ASKED.search(last_clause)) and not _CHECK_ASKED.search(last_clause)
            )
        )
        if not looks_like_question(text) and not topic_named and not conditions_asked:
            return False
        try:
            found = kb_answer(text[:500], turn.lang, turn.today)
        except Exception:
            log.exception("answering %r failed", text[:80])
            return False
        if conditions_asked and found.confident and found.topic == "computed.conditions":
            # "零售通市场入驻要什么条件", "物联网市场对注册资金有要求吗": the conditions listed
            # (the walk-through asks; it does not list) — a check asked ("帮我看看零售通能不能进")
            # still starts it (black-box 46, D2).
            return True
        if (
            found.confident
            and found.topic == "computed.conditions"
            and _ONE_FIGURE_ASKED.search(folded)
            and not _CHECK_ASKED.search(folded)
            # ("那解决方案市场还算吗？保证金要交多少": the deposit's 多少, with the verdict asked.)
            and not _MONEY_ASKED.search(folded)
            # ("零售通的条件我们能满足几个？" — review 65 R15: only the check can count them.)
            and not _MEETS_ASKED.search(folded)
        ):
            # "另外问下，零售通要求公司成立多久？", "what about retail link, how old must the
            # company be?" (black-box s74 D4: the walk-through started): one rule's figure asked.
            return True
        if found.confident and (
            _WHICH_MARKET_IS.search(folded)
            or (
                re.search(r"\d", folded)
                and (re.search(r"[?？]", text) or _ENDS_ASKING.search(text))
            )
        ):
            # "服务&代维指的是哪个市场", "do we need 20 staff for the API market? we only have 12
            # engineers" (black-box s58 D3: the form started): what a name is, or the vendor's
            # own figure asked about — answered, no market picked.
            return True
        if _WHICH_MARKET_FITS.search(folded) and found.confident and not found.out_of_scope:
            # "我们做云服务器代维和数据迁移，能入驻哪个市场" (black-box s60 D14: the check started,
            # then "对 就服务市场" stored as a yes): which market fits is answered; the vendor
            # then picks.
            return True
        if asks_meaning(text) and found.confident and not found.out_of_scope:
            # "联合解决方案是啥意思": a term's meaning (a condition's sentence), no market picked.
            return True
        if (
            found.confident
            and found.topic == "computed.conditions"
            and _ONE_RULE_ASKED.search(folded)
            and not _CHECK_ASKED.search(folded)
            and not _MEETS_ASKED.search(folded)
        ):
            # "does the IoT market require Alibaba Cloud IoT products?", "物联网市场一定要用阿里云
            # IoT产品吗" (black-box s77 D5: the check started): whether one rule is set, answered.
            return True
        if topic_named and found.topic not in _WALKTHROUGH_TOPICS and found.text:
            # A commission or deposit question: its answer, even one that declines (a date
            # outside the policy), never the market's walk-through.
            return True
        return _sure_topic_answer(found)

    def _answer_question(
        self, turn: _Turn, text: str, *, then: Reply | None, resumed: bool = True
    ) -> Reply:
        """The answer, then `then` — introduced as where the vendor was (`resumed`), or, when
        nothing was pending (idle), as the markets one may check next."""
        # Call-time, as in kb_answer: bot.answers imports this package's types.
        from bot.answers import order

        lang = turn.lang
        question = text
        slot = turn.state.current_question if turn.state.step == QUESTION else None
        if slot and _REQUIRED_ASKED.fullmatch(strip_trailing(text).strip(" ?？")):
            from bot.conversation import questions as q

            required = q.required_text(slot, turn.state.markets, lang)
            if required is not None:
                return self._after_answer(turn, required, then, resumed)
        why_amount = explain_ticket_amount(
            text,
            turn.state.ticket_markets,
            lang,
            ticket_on_screen=turn.state.step in _TICKET_SHOWN,
        )
        if why_amount is not None:
            return self._after_answer(turn, why_amount, then, resumed)
        if (
            not turn.state.last_step
            and turn.state.last_topic == _DEPOSIT_AMOUNT
            and _PAID_SAID.search(question)
            and order.asks_bare_next(question)
        ):
            # "保证金交多少" then "那交完之后呢" (black-box 49, D13): paid is step 5 done.
            turn.state.last_step = 5
        if (turn.state.last_topic or "").startswith(_DEPOSIT_TOPICS) and _HOW_TO_PAY_IT.match(
            strip_trailing(question).strip(" ?？")
        ):
            # "这个保证金要多少" then "那怎么交" (black-box 50, D6): the deposit's payment.
            question = _PAY_THE_DEPOSIT[lang]
        elif (turn.state.last_topic or "").startswith(_DEPOSIT_TOPICS) and (
            counted := _MARKETS_COUNTED_BARE.match(strip_trailing(question).strip(" ?？"))
        ):
            question = _DEPOSIT_OF_COUNT[lang].format(count=counted["zh"] or counted["en"])
        elif (turn.state.last_topic or "").startswith(_DEPOSIT_TOPICS) and _REFUND_BARE.match(
            strip_trailing(question).strip(" ?？")
        ):
            question = _DEPOSIT_REFUND[lang]
        elif (
            (turn.state.last_topic or "").startswith(_DEPOSIT_TOPICS)
            and not _DEPOSIT_WORD.search(question)
            and _PAID_SAID.search(question)
        ):
            # "交完以后还要干嘛" after a deposit answer (black-box 53, D8): paid is the deposit.
            paid = _PAID_SAID.search(question)
            assert paid is not None
            named = _DEPOSIT_NAMED[lang]
            question = f"{question[: paid.end()]}{named}{question[paid.end() :]}"
        elif turn.state.last_step == _DEPOSIT_STEP and _HOW_MUCH_ALONE.fullmatch(
            strip_trailing(question).strip()
        ):
            # "…comes step 5: Pay the deposit" → "how much is it" (black-box s72 D2: declined
            # as outside the guide): the deposit's amount.
            question = _DEPOSIT_HOW_MUCH[lang]
        elif turn.state.last_step > 1 and order.asks_bare_previous(question):
            # "工单怎么提" … "上一步是什么" (black-box s63 D6): the step before that one.
            question = order.previous_before_question(turn.state.last_step, lang)
        elif turn.state.last_step and order.asks_bare_next(question):
            # "实名认证怎么做？" … "然后呢": the step after the one just answered.
            question = order.next_after_question(turn.state.last_step, lang)
        else:
            # "那4月呢", "and the refund?", "what about DevOps market?" after a commission
            # answer, wherever they are typed (the menus rewrite them before they get here).
            question = self._same_asked_of_market(turn, question) or question
            question = self._value_on_file_named(turn, question)
            question = self._with_markets_under_way(turn, question)
            question = _with_condition_pointed_at(turn, question)
        try:
            found = kb_answer(question[:500], lang, turn.today, self.db)
        except Exception:
            log.exception("answering %r failed", question[:80])
            found = None
        if (
            (found is None or found.out_of_scope)
            and (turn.state.last_topic or "").startswith(_MONTH_FOLLOWED)
            and len(question) <= _SHORT_FOLLOW_UP
            and not _TOPIC_BESIDE_MARKET.search(question)
        ):
            # "是按月算吗" right after a commission answer (black-box s59 D5: declined as
            # outside the guide): asked of the commission.
            about = f"{_COMMISSION_WORD[lang]}{question}"
            try:
                again = kb_answer(about, lang, turn.today, self.db)
            except Exception:
                log.exception("answering %r failed", about[:80])
                again = None
            if again is not None and again.confident and not again.out_of_scope:
                question, found = about, again
        asked_here = self._of_markets_asking_slot(turn, question, found)
        if asked_here is not None:
            question, found = asked_here
        counted = self._of_slot_counted(turn, question, found)
        if counted is not None:
            question, found = counted
        if (
            slot
            and PROFILE_FIELDS[slot.partition(":")[0]].kind == "bool"
            and _COUNTS_ASKED.search(text)
            and (
                found is None
                or not found.confident
                or found.out_of_scope
                or found.topic == "contact"
                # ("我们营销团队就两个人，算吗？" now gets the marketing condition's list: the
                # question on screen is the one it counts for.)
                or (
                    found.topic in _CONDITION_LISTS
                    and not markets_named(text)
                    and _MARKETING_SLOT == slot
                )
            )
        ):
            # "marketing planning - we have a small team, does that count?" (black-box s69 D6:
            # the staff contacts, and a yes stored): the guide's line for the question on
            # screen, and that the vendor answers it from what it has.
            from bot.conversation import questions as q

            counts = q.required_text(
                slot,
                turn.state.markets,
                lang,
                head="condition_counts_head",
                tail="condition_counts_tail",
            )
            if counts is not None:
                return self._after_answer(turn, counts, then, resumed)
        next_of_what = t("answers_order_next_of_what", lang)
        if (
            found is not None
            and found.topic == _OVERVIEW_TOPIC
            and turn.state.last_topic == _OVERVIEW_TOPIC
            and found.text.startswith(next_of_what)
        ):
            # "how do I join" → "then what" → "then?" (black-box s76 D21: the seven steps again,
            # twice): which step is next is asked, the list just shown not repeated.
            found = dataclasses.replace(found, text=next_of_what)
        step_before = turn.state.last_step
        turn.state.last_step = order.step_of_reply(found) if found is not None else 0
        if found is not None and found.topic == _DEPOSIT_AMOUNT and step_before in (4, 5):
            # "…第5步缴纳保证金" → "保证金交多少" → "然后呢" (black-box 47, D21): the amount
            # asked on the way through step 5 keeps the place; asked cold, it names no step.
            turn.state.last_step = 5
        elif (
            found is not None
            # ("多少钱" right after the ticket is confirmed: the vendor's own markets' sum.)
            and (found.topic or "").startswith(("deposit.", "computed.deposit"))
            # ("交到哪里" (step 5) → "交了能退吗" → "然后呢" — black-box s74 D13: the seven
            # steps again): the deposit asked about at step 5 keeps that place too.
            and step_before >= 5
            and turn.state.last_step == 0
        ):
            # "…第6步提交工单" → "保证金多少钱" → "然后呢" (black-box s69 D5: the seven steps
            # listed again, twice): the deposit asked on the way keeps the place — step 7 next.
            turn.state.last_step = step_before
        answered = found is not None and found.confident and not found.out_of_scope
        if (
            found is not None
            and found.confident
            and (found.topic or "").startswith(_MONTH_FOLLOWED)
        ):
            # A commission month outside the policy is declined, yet its question is still the
            # one "2016年11月基础软件10万呢" follows up.
            answered = True
        turn.state.last_topic = (found.topic or "") if answered and found else ""
        if (
            answered
            and found is not None
            and found.topic == "computed.commission"
            and found.text.startswith(
                t("answers.commission_input_error", lang, message="\x00").split("\x00")[0]
            )
        ):
            turn.state.last_topic = _SUM_REFUSED
        turn.state.last_question = question[:300] if answered else ""
        if answered and turn.followed_as:
            turn.state.last_question = turn.followed_as[:300]
            turn.state.last_topic = _SUM_REFUSED
        if found is None or not found.confident:
            turn.state.unanswered_question = question
            turn.state.unanswered_turn = turn.state.turn_number
            turn.state.suggested_topics = list(found.suggestions) if found else []
        if found is None:
            body = t("answer_unavailable", lang)
        elif (
            found.confident
            and found.topic == _TICKET_STEP_TOPIC
            and turn.state.step == "ticket_review"
            and turn.state.ticket_markets
        ):
            # "这个工单在哪提交啊" while the draft is on screen (black-box s72 D16: the 叁万
            # template beside the vendor's 伍万 draft, and an offer to draft one): where it goes.
            body = t("ticket_where_it_goes", lang)
            meaning = t("answers_ticket_to_finance_meaning", lang)
            if found.text.startswith(meaning):
                # "what does 请转财务 mean?" at the review (black-box s74 D21): its meaning first.
                body = meaning + body
        elif found.confident:
            body = found.text
        else:
            # The knowledge base says it is unsure and lists close topics itself.
            body = found.text or t("answer_unsure", lang)
            if not any(word in body.lower() for word in HANDOFF_OFFER_WORDS):
                body = join(body, t("answer_unsure", lang))
        return self._after_answer(turn, body, then, resumed)

    def _after_answer(self, turn: _Turn, body: str, then: Reply | None, resumed: bool) -> Reply:
        """The answer, then `then` — introduced as where the vendor was (`resumed`), or as the
        markets one may check next."""
        lang = turn.lang
        if then is None:
            return Reply(text=body)
        if turn.state.step == CHOOSE_MARKETS and not turn.state.markets:
            # A question as the first message (the menu shown by the greeting): nothing was
            # asked of the vendor yet, so no "我们回到刚才的问题" (black-box 47, D23).
            resumed = False
        if not resumed and turn.state.menu_shown_after_answer:
            # The list was shown after an earlier answer: a one-line hint and no buttons (a
            # console prints them as the same 12 lines — black-box 52, D23; the hint says what
            # to type).
            return Reply(text=join(body, t("menu_hint_after_answer", lang)))
        if not resumed:
            turn.state.menu_shown_after_answer = True
        intro = t("back_to_question" if resumed else "menu_after_answer", lang)
        return Reply(
            text=join(body, intro, then.text),
            choices=then.choices,
            multi_select=then.multi_select,
            form=then.form,
            form_values=then.form_values,
        )
