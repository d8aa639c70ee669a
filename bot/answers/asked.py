"""What a how / why / who / which / step question asks, answered in the reply's first sentence.

One place reads what the vendor asks and makes the reply open with it; the rest of the reply
follows unchanged:
- several joining steps by number ("第5步和第6步分别做什么", "steps 5 and 6"): those steps, each
  from the guide's step list, not all seven;
- where the application starts ("Where do I go to start the application?"): step 3's entry
  point, not the seven steps;
- which of two buttons of the application page comes first ("查看详情还是立即加入先点"): the two
  in the guide's order;
- which ticket category: 财务类 > 资金管理 first;
- and, by promoting the reply's own sentence to the front: a repeat application's rule, how the
  deposit is got back, why a deposit is paid, who interprets the commission policy, and whether
  tiers are counted per category or combined, and whether a tier's rate is marginal or on the
  whole month's amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers import rate_heads
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

_OVERVIEW = "process.overview"
_APPLY = "process.apply"
_TIERS = "commission.tiers"
_TIER_TOPICS = frozenset({_TIERS, "computed.tier"})

# --- several steps by number ---------------------------------------------------------------
_STEP_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
# "第5步和第6步", "第5、6步", "步骤5和6", "steps 5 and 6", "step 5 … step 6".
_STEPS_NAMED = lazy_compile(
    r"(第|步骤|\bsteps?\s*)\s*([1-9一二三四五六七])"
    r"((\s*(、|,|，|和|与|及|跟|\band\b|&|/|\bor\b)\s*(第|步骤|\bsteps?\s*)?\s*[1-9一二三四五六七](?!\d))*)"
)
_STEP_NUMBER = lazy_compile(r"[1-9一二三四五六七]")
# A step named as such, never a tier (第1档和第2档).
_STEP_WORD = lazy_compile(r"^(?!.*(档|\btiers?\b|\bbrackets?\b)).*(步|\bsteps?\b)")
# What a step list does not answer: an amount, a duration, an order asked of the steps.
_ASKS_OTHER_THAN_STEPS = lazy_compile(
    r"多少|几天|多久|多长|先|哪个在前|之前|之后|以后|顺序"
    # "第5步和第6步能倒过来吗": the order turned round, not the steps' texts.
    r"|倒过来|反过来|颠倒|调换|对调|互换"
    r"|\b(how much|how long|how many days|first|before|after|order|next|swap(ped)?|reversed?)\b"
)
_DONE_FOR_US = lazy_compile(r"帮我|替我|帮忙|给我们?(做|办)|\bfor (me|us)\b|\bon (my|our) behalf\b")
# A line of the guide's step list: "5. 缴纳保证金：…；".
_STEP_LINE = lazy_compile(r"^\s*(\d)\.\s*(.+?)\s*$", re.MULTILINE)

# --- where the application starts ----------------------------------------------------------
_ASKS_WHERE_TO_APPLY = lazy_compile(
    r"申请入口|(在哪|去哪|从哪|哪里|哪儿)(里|儿)?(去|能|可以)?(开始)?(提交)?(入驻)?申请"
    r"|\bwhere\b.{0,40}\b(start|begin|submit|file|make)\b.{0,30}\b(application|apply|applying)\b"
    r"|\bwhere\b.{0,30}\b(do|can|should) (i|we) apply\b"
)
# What to click to apply ("进了生态伙伴首页点哪里申请", "申请入驻具体怎么点", "what do I click to
# apply?"): step 3's click path, not the seven steps (fix32e).
_ASKS_CLICKS_TO_APPLY = lazy_compile(
    r"(点|单击|按)(哪|什么|啥)[^，,。？?]{0,10}(申请|入驻|加入)"
    r"|(申请|入驻|加入)[^，,。？?]{0,10}(怎么|如何|咋|具体怎么|具体如何)(点|操作)"
    r"|\bwhat (do|should|must|can) (i|we) (click|press|hit|select)\b.{0,40}\b(apply|join|application)"
    r"|\b(apply|join)\b.{0,40}\b(what|which|where) (do|should) (i|we) (click|press)\b"
    r"|\bwhich (buttons?|links?)\b.{0,40}\b(apply|join|application)"
)
# Entries that already answer where the application is made.
_APPLY_TOPICS = frozenset({_APPLY, "process.first_vs_repeat"})
# Another step's own thing named (申请实名认证, "apply for the ticket"): not the application.
_OTHER_STEP = lazy_compile(
    r"实名|认证|账号|帐号|合同|协议|保证金|押金|工单|退"
    r"|\b(account|verification|real-name|contracts?|agreements?|deposit|ticket|refund)\b"
)

# --- which button first --------------------------------------------------------------------
_ASKS_WHICH_FIRST = lazy_compile(r"先|哪个在前|顺序|\b(first|before|order)\b")
# A button of the application page in the guide's own text: “查看详情” (zh), 查看详情 (View
# details) (en).
_QUOTED = lazy_compile(r"“([^”]+)”")
_GLOSSED = lazy_compile(r"([\u4e00-\u9fff]+) \(([^)]+)\)")

# --- which ticket category -----------------------------------------------------------------
_TICKET = lazy_compile(r"工单|\btickets?\b")
_ASKS_WHICH_CATEGORY = lazy_compile(
    r"(哪个|哪一?类|哪一?项|什么|啥|哪)(工单)?(类别|分类|类目|类型|类|选项|问题分类)"
    r"|(选|选择|点)(哪|什么|啥)"
    r"|\b(which|what) (ticket )?(category|type|section|option|kind)\b"
)
_ASKS_YES_NO = lazy_compile(
    r"吗|(?<!什)么|是不是|是否|对吗|^\W*(is|are|do|does|should|can|must|shall)\b"
)
# The order of the ticket page's categories asked ("in what order do we navigate the ticket
# categories", "工单分类依次怎么选", "分类的先后顺序").
_ASKS_CATEGORY_ORDER = lazy_compile(
    r"(顺序|依次|先后|路径|步骤).{0,10}(分类|类别|类目|选项|菜单)|(分类|类别|类目|选项|菜单).{0,10}(顺序|依次|先后|路径)"
    r"|\b(order|sequence|path)\b.{0,40}\b(categor(y|ies)|menus?|options)\b"
    r"|\b(categor(y|ies)|menus?|options)\b.{0,40}\b(order|sequence|path)\b"
    r"|\bclick through\b.{0,30}\bcategor"
)
_TICKET_ENTRY = "process.ticket"

# --- sentences promoted to the front, by what the question asks ----------------------------
_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
_COMMISSION = lazy_compile(r"佣金|档|阶梯|费率|服务费|\b(commission|tiers?|rates?|fees?)\b")
_REPEAT_ASKED = lazy_compile(
    r"再次申请|第二次|二次申请|重新申请|再申请|申请过|又申请|再(加入|入驻|申请)(另一个|别的|其他|其它|第二个)"
    r"|第\s*[2-9二两三四五六七八九]\s*个\s*(市场|集市|类目)|(入驻|加入)过(?!程)|已经?(入驻|加入|上架)了?"
    r"|\b(again|second time|second application|re-?apply\w*|applied (once |already )?before"
    r"|another application|already applied)\b"
)
_REPEAT_ENTRY = "process.first_vs_repeat"
# What only a first application asks: identity, company information, real-name verification.
_ASKS_FIRST_TIME_PART = lazy_compile(
    r"公司信息|身份信息|确认身份|实名|\b(company (information|info|details)|identity|real-name)\b"
)
_REPEAT_SENTENCE = lazy_compile(r"再次申请|\brepeat (application|applicants?)\b", re.IGNORECASE)
# The example a repeat application's rule carries, kept only when another market is asked.
_REPEAT_EXAMPLE = lazy_compile(r"（例如[^）]*）|\s*\(e\.g\.[^)]*\)")
_ANOTHER_MARKET = lazy_compile(
    r"另一个|别的|其他|其它|第二个|\b(another|other|second|more) (market|category)\b"
)
_ASKS_HOW_REFUND = lazy_compile(
    r"(怎么|如何|怎样|咋|流程|步骤|在哪|去哪|哪里|手续).{0,10}(退|拿回|取回|返还|要回)"
    r"|(退回|退还|退|拿回|取回|返还|要回).{0,8}(怎么|如何|怎样|流程|步骤|手续)"
    r"|\bhow\b.{0,50}\b(refund\w*|back|returned|return)\b|\b(refund|return) (process|procedure)\b"
)
_REFUND_HOW_SENTENCE = lazy_compile(r"服务商退出云市场")
# "保证金退回要看哪部分说明", "which section explains the refund": where it is written, first.
_ASKS_WHERE_REFUND_READ = lazy_compile(
    r"(看|参考|参照|查|查看|读)(哪|什么)(部分|个|篇|份|一节|章|节|块|里)?(说明|文档|章节|内容|规定|材料|资料)?"
    r"[^，,。？?]{0,8}(退|拿回|取回|返还)"
    r"|(退|拿回|取回|返还)[^，,。？?]{0,12}(看|参考|参照|查看|读)(哪|什么)(部分|个|篇|份|一节|章|节|块|里)?"
    r"|\b(which|what) (part|section|chapter|page|document|doc|article)s?\b.{0,40}\b(refund\w*|back|return\w*)\b"
    r"|\b(refund\w*|back|return\w*)\b.{0,40}\b(which|what) (part|section|chapter|page|document|doc)\b"
)
_ASKS_WHY = lazy_compile(
    # ("交了保证金以后干嘛" asks what comes next — black-box s80 D5: the refund rule given.)
    r"为什么|为啥|(?<!后)(?<!后要)(?<!后该)干嘛|干嘛用|作用|目的|用途|有什么用|干什么用|做什么用"
    r"|\bwhy\b|\bpurpose\b|\bwhat (is|are|'s)\b.{0,30}\bfor\s*[?？.!]*$"
)
_WHY_DEPOSIT_SENTENCE = lazy_compile(r"保障|\bprotects?\b")
_ASKS_WHO_INTERPRETS = lazy_compile(
    r"解释权|(谁|哪方|哪一方|哪个)(来|有权|负责)?解释|解释.{0,4}(归|属于|是)谁"
    r"|\binterpret\w*\b|\bfinal say\b"
    # "最后谁说了算", "who decides in the end": the last word on the policy, its interpretation.
    r"|谁说了算|谁拍板|最终(决定|解释)|\b(who|which party) (decides|has the last word)\b|\blast word\b"
)
_INTERPRETS_SENTENCE = lazy_compile(r"解释权|\binterprets\b")


def asks_who_interprets(question: str) -> bool:
    """ "佣金优惠政策最后谁说了算", "who has the final say on the policy": who interprets it."""
    return bool(_ASKS_WHO_INTERPRETS.search(normalize(question)))


_ASKS_PER_CATEGORY = lazy_compile(
    r"(分开|分别|单独|各自|每个类目|各个类目|各类目|按类目).{0,14}(还是|或者|或)"
    r"|(还是|或者).{0,14}(合并|合起来|加总|加起来|一起|汇总|总和|累计|累加)|合并(算|计算)|加在一起"
    r"|\b(per|each|every|separate|separately)\b.{0,40}\b(or|vs)\b.{0,30}"
    r"\b(combined|together|total|all|pooled|summed)\b|\b(combined|pooled|summed|added together)\b"
)
_PER_CATEGORY_SENTENCE = lazy_compile(
    r"按每个类目|各个类目分别|分别计算|\b(per category|each category|separately)\b"
)

# Whether a tier's rate is charged on the whole month or only on the part above the tier's
# start ("是分段累进还是全额", "marginally like tax brackets, or on the whole amount?").
_ASKS_MARGINAL = lazy_compile(
    r"累进|分段|超额|超出部分|全额|整体|整个金额|全部金额|全部按|都按|\b(marginal\w*|progressive\w*"
    r"|(tax )?brackets?|whole amount|entire amount|full amount|whole total|only the part|only on the"
    r" (part|portion|amount) above)\b"
)
_WHOLE_AMOUNT_SENTENCE = lazy_compile(r"不是分段累进|\bnot marginal\b")

# The guide's worked example: its result asked (the refund, the final commission).
_EXAMPLE = "commission.example"
_ASKS_EXAMPLE_RESULT = lazy_compile(
    r"返还|退|最后|最终|实际|结果|\b(refund\w*|returned|final|actual\w*|in the end|end up)\b"
)
_EXAMPLE_RESULT_SENTENCE = lazy_compile(r"返还给服务商|\bis refunded\b")

# Sentences of a reply: up to 。！？； or a full stop before a capital / the line end.
_SENTENCE = lazy_compile(
    r"[^。！？；\n]+?(?:[。！？；]|[.!?;](?=\s+[A-Z(“\"\u4e00-\u9fff]|\s*$)|$)", re.MULTILINE
)
# A clause's end (；) and a sentence's end (。 or a full stop).
_CLAUSE_END = lazy_compile(r"[；;]\s*$")
_SENTENCE_END = lazy_compile(r"[。！？.!?]\s*$")
# The deposit ticket's category on the ticket page.
_FUND_MANAGEMENT = lazy_compile(r"资金管理")
_LIST_LINE = lazy_compile(r"^\s*(\d+\.|•|-)\s")

# A knowledge entry's answer, by entry id, in a language.
Render = Callable[[str, Lang], Answer]


def _split_source(found: Answer) -> tuple[str, str | None]:
    """The reply's body and its source, when the reply ends with its source line."""
    if found.source:
        tail = t("answers.source", found.lang, source=found.source)
        if found.text.endswith(tail):
            return found.text[: -len(tail)].rstrip(), found.source
    return found.text, None


def _with_body(found: Answer, body: str, source: str | None) -> Answer:
    text = with_source(body, source, found.lang) if source else body
    return replace(found, text=text)


def _promote(body: str, marker, lang: Lang, drop=None) -> str | None:
    """The body with its first sentence `marker` finds moved to the front; None when there is
    none, or it already opens the reply, or it is an item of a list."""
    end = t("answers.sentence_end", lang)
    for match in _SENTENCE.finditer(body):
        unit = match.group(0)
        if not marker.search(unit):
            continue
        line_start = body.rfind("\n", 0, match.start()) + 1
        if _LIST_LINE.match(body[line_start:]):
            continue
        if not body[: match.start()].strip():
            return None
        before = body[: match.start()].rstrip(" ")
        after = body[match.end() :].lstrip(" ")
        if _CLAUSE_END.search(before):
            before = before[:-1] + end
        lead = unit.strip()
        if drop is not None:
            lead = drop.sub("", lead)
        if _CLAUSE_END.search(lead):
            lead = lead[:-1] + end
        elif not _SENTENCE_END.search(lead):
            lead += end
        lead = lead[:1].upper() + lead[1:]
        joiner = "" if lang == "zh" or before.endswith("\n") or not after else " "
        rest = (before + joiner + after).strip()
        return lead + ((" " if lang == "en" else "") + rest if rest else "")
    return None


def _steps_asked(norm: str) -> list[int]:
    numbers: list[int] = []
    for match in _STEPS_NAMED.finditer(norm):
        for word in _STEP_NUMBER.findall(match.group(2) + match.group(3)):
            number = int(word) if word.isdigit() else _STEP_DIGITS[word]
            if number not in numbers:
                numbers.append(number)
    return numbers


def _steps_answer(numbers: list[int], lang: Lang, render: Render) -> Answer | None:
    """The asked steps, each its line of the guide's step list, in the order asked."""
    overview = render(_OVERVIEW, lang)
    body, source = _split_source(overview)
    lines = {int(m.group(1)): m.group(2) for m in _STEP_LINE.finditer(body)}
    if not all(n in lines for n in numbers):
        return None
    shown = []
    for number in numbers:
        text = _CLAUSE_END.sub("", lines[number])
        if not _SENTENCE_END.search(text):
            text += t("answers.sentence_end", lang)
        shown.append(t("answers_asked_step_line", lang, number=number, text=text))
    return _with_body(overview, "\n".join(shown), source)


def _buttons(render: Render) -> tuple[list[str], dict[str, str]]:
    """The application page's buttons in the guide's order, and each one's English gloss."""
    zh_body = render(_APPLY, "zh").text
    en_body = render(_APPLY, "en").text
    order = list(dict.fromkeys(_QUOTED.findall(zh_body)))
    glosses = {zh: en for zh, en in _GLOSSED.findall(en_body) if zh in order}
    return order, glosses


def _button_order_lead(norm: str, lang: Lang, render: Render) -> str | None:
    if not _ASKS_WHICH_FIRST.search(norm):
        return None
    order, glosses = _buttons(render)
    named = [zh for zh in order if zh in norm or (zh in glosses and glosses[zh].lower() in norm)]
    if len(named) != 2:
        return None

    def shown(zh: str) -> str:
        return f"{zh} ({glosses[zh]})" if lang == "en" and zh in glosses else zh

    return t("answers_asked_button_first", lang, first=shown(named[0]), then=shown(named[1]))


def with_asked_first(question: str, found: Answer, render: Render) -> Answer:
    """The reply opening with what the question asks (see the module's doc); `render(entry_id)`
    gives a knowledge entry's answer."""
    norm = normalize(question)
    lang = found.lang
    numbers = _steps_asked(norm) if _STEP_WORD.search(norm) else []
    if (
        len(numbers) >= 2
        and not _ASKS_OTHER_THAN_STEPS.search(norm)
        # ("第4步和第5步分别是啥" was declined on its 啥; "帮我把第5步做了" stays declined.)
        and not (found.out_of_scope and _DONE_FOR_US.search(norm))
    ):
        steps = _steps_answer(numbers, lang, render)
        if steps is not None:
            return steps
    if found.out_of_scope:
        return found
    if (
        (found.topic or "").startswith("process.")
        and found.topic not in _APPLY_TOPICS
        and (_ASKS_WHERE_TO_APPLY.search(norm) or _ASKS_CLICKS_TO_APPLY.search(norm))
        and not _OTHER_STEP.search(norm)
    ):
        return render(_APPLY, lang)
    lead = _button_order_lead(norm, lang, render)
    if lead is not None:
        base = found if found.topic == _APPLY else render(_APPLY, lang)
        return replace(base, text=lead + (" " if lang == "en" else "") + base.text)
    if found.topic in _TIER_TOPICS:
        # "只有三档吗", "第三档从多少开始": the count of tiers or the one tier's band first.
        head = rate_heads.tier_count_head(question, lang) or (
            rate_heads.tier_band_head(question, lang) if found.topic == _TIERS else ""
        )
        if head:
            return replace(found, text=head + ("\n" if lang == "zh" else "") + found.text)
    if _TICKET.search(norm) and _ASKS_CATEGORY_ORDER.search(norm):
        # "In what order do we navigate the ticket categories?": the path first, then step 6.
        base = render(_TICKET_ENTRY, lang)
        body, source = _split_source(base)
        return _with_body(base, t("answers_ticket_category_order", lang) + "\n" + body, source)
    body, source = _split_source(found)
    if (
        _TICKET.search(norm)
        and _ASKS_WHICH_CATEGORY.search(norm)
        and not _ASKS_YES_NO.search(norm)
        and (_FUND_MANAGEMENT.search(body) or _DEPOSIT.search(norm))
        and not _FUND_MANAGEMENT.search(body.lstrip().split("\n", 1)[0])
    ):
        return _with_body(found, t("answers_ticket_category_which", lang) + "\n" + body, source)
    promoted = None
    if _REPEAT_ASKED.search(norm):
        drop = None if _ANOTHER_MARKET.search(norm) else _REPEAT_EXAMPLE
        promoted = _promote(body, _REPEAT_SENTENCE, lang, drop)
        no_need = t("answers_repeat_not_needed", lang)
        if (
            found.topic == _REPEAT_ENTRY
            and _ASKS_FIRST_TIME_PART.search(norm)
            and not body.startswith(no_need)
        ):
            # "又申请一个服务市场，公司信息要重新填吗": what only a first application asks — 不需要
            # first (seed §2 step 3: a repeat application fills in the business qualifications).
            promoted = no_need + (promoted if promoted is not None else body)
    elif _DEPOSIT.search(norm) and (
        _ASKS_HOW_REFUND.search(norm) or _ASKS_WHERE_REFUND_READ.search(norm)
    ):
        promoted = _promote(body, _REFUND_HOW_SENTENCE, lang)
    elif _DEPOSIT.search(norm) and _ASKS_WHY.search(norm):
        promoted = _promote(body, _WHY_DEPOSIT_SENTENCE, lang)
    elif _ASKS_WHO_INTERPRETS.search(norm):
        promoted = _promote(body, _INTERPRETS_SENTENCE, lang)
    elif _COMMISSION.search(norm) and _ASKS_PER_CATEGORY.search(norm):
        promoted = _promote(body, _PER_CATEGORY_SENTENCE, lang)
    elif _COMMISSION.search(norm) and _ASKS_MARGINAL.search(norm):
        promoted = _promote(body, _WHOLE_AMOUNT_SENTENCE, lang)
    elif found.topic == _EXAMPLE and _ASKS_EXAMPLE_RESULT.search(norm):
        # "A公司那个例子最后返还了多少": the example's result, not its inputs, first.
        promoted = _promote(body, _EXAMPLE_RESULT_SENTENCE, lang)
    if promoted is None:
        return found
    return _with_body(found, promoted, source)


# For bot/answers/wh_first.py: the same reading of a reply's sentences.
split_source = _split_source
with_body = _with_body
promote = _promote
