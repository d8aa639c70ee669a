"""Questions about the order of the joining steps: "签合同和交保证金哪个在前", "是不是先交保证金
才能申请入驻", "保证金交完了 然后呢", "which comes first, the ticket or the deposit".

The order and each step's words come from rules/data/process.yaml (seed §2); this module only
reads which steps a question names and whether it asks for their order or the next step.
"""

from __future__ import annotations

import re

from bot.answers import substep_next
from bot.answers.knowledge import entry_by_id, sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import DEPOSIT_PER_MARKET, amount_in_capitals
from rules.process import JOINING_STEPS, Step
from rules.ticket import FIELD_LABELS_ZH, FIRST_LINE_TEMPLATE, TICKET_FIELDS

# Words naming each step, by the step id of process.yaml.
_STEP_WORDS: dict[str, str] = {
    "register_account": r"注册(阿里云)?账号|注册完|开户|有(了)?(阿里云)?账号"
    # "已经注册了阿里云账号", "账号注册好了": the step's words around the 了 / 好 said of it.
    # (Only with the next step asked: "账号已经注册了，但实名认证还没做" names no step of its own.)
    r"|(?<=注册了)(阿里云|一个)?账号(?=[，,。]?\s*(接下来|下一步|然后|之后|以后|后面|再|还要|还需|该))"
    r"|(阿里云)?账号(?=(已经|已)?注册(好|完)?了[，,。]?\s*(接下来|下一步|然后|之后|以后|后面|再|还要|还需|该))"
    # "我已经注册好阿里云账号了，接下来做啥": the same, 好 / 完 before the account.
    r"|(?<=注册好|注册完)(阿里云|一个)?账号(?=了?[，,。]?\s*(接下来|下一步|然后|之后|以后|后面|再|还要|还需|该))"
    # "注册好了账号，下一步去哪申请": 了 between the verb and the account.
    r"|(?<=注册好了|注册完了)(阿里云|一个)?账号(?=[，,。]?\s*(接下来|下一步|然后|之后|以后|后面|再|还要|还需|该))"
    # ("registered capital", "a registered company" are the company's, no account registered.)
    r"|\b(register(ing|ed)?(?! (capital|company|companies|address|office|business|entity|trademark))"
    r"|sign(ing|ed)? up|create an? account|account registration)\b"
    r"|\b(have|got|created|opened) an? (alibaba cloud |aliyun )?account\b",
    "real_name": r"实名|(企业|公司)\s*认证|\breal[- ]name\b|\bverification\b",
    "apply": r"申请入驻|申请|提交申请|审核|点了提交|\b(appl(y|ying|ied|ication)|review(ed)?|approv(al|ed|es|e))\b"
    r"|\b(clicked|hit|pressed) submit\b"
    # "what happens after I submit the form?": the application form (step 3 v).
    r"|\bsubmit(ted|ting)? (the |our |my )?form\b|提交表单|表单提交",
    # "the step right after signing": signing alone is step 4 (signing up is step 1).
    # ("另外签完是不是就可以上架了": 签完 after the contracts named, the contracts signed.)
    "sign_contract": r"合同|签约|协议|签署|签完|签好|\b(contracts?|agreements?)\b"
    r"|\b(signing|signed)\b(?=\s*[?？.!]|\s*$)",
    # "先交钱还是先签合同": the money paid at joining is the deposit.
    "pay_deposit": r"保证金|保正金|押金|交钱|付钱|打钱|打款|交款|\bdeposit\b"
    # "ok and after paying?" (black-box s59 D13): paying alone, at the end, is the deposit.
    r"|\b(paying|paid)\b(?=\s*(it|that)?\s*[?？.!]|\s*$)",
    "file_ticket": r"工单|\btickets?\b",
    "shop_opens": r"开店|店铺|上架|卖东西|卖货|开卖|开始卖|可以卖|能卖|先卖|售卖|发布商品|上线商品"
    r"|\b(shop|store|listing|list products|start selling)\b"
    # "put products on sale", "begin selling", "sell our products", "publish listings".
    r"|\bput (\w+ ){0,2}on sale\b|\b(begin|start) to sell\b|\bbegin selling\b"
    r"|\bsell (our |any |the )?(products|goods|software|services|anything)\b"
    r"|\bpublish (our )?(products|listings)\b",
}
_PROPOSED_ORDER = (
    r"|先.{1,16}再|晚(点|些|一点|一些)|后补|以后再|之后再"
    r"|\bfirst\b.{0,60}\b(afterwards|after that|later|then)\b|\b(later|afterwards)\b.{0,40}\bfirst\b"
)
# The order turned round: "第5步和第6步能倒过来吗", "can steps 4 and 5 be swapped?".
_TURNED_ROUND_WORDS = (
    r"倒过来|反过来|颠倒|调换|对调|互换|换个顺序|\b(swap(ped)?|reverse[d]?|switch(ed)? (the )?order"
    r"|other way (a)?round|in reverse)\b"
)
_TURNED_ROUND = lazy_compile(_TURNED_ROUND_WORDS)
# Asking which of two comes first, or whether one must come before the other.
_ASKS_ORDER = lazy_compile(
    r"哪个在前|哪个先|哪个在后|谁先|谁在前|先(做|办|弄|交|搞|签)?哪(个|一个|步)|哪一?步在前|先.{1,12}还是|前还是后|之前还是之后|以前还是以后|先后|顺序"
    r"|先.{1,10}才能|才能.{1,10}吗|是不是先|要先|就开|就能|就可以"
    r"|\b(which (comes |goes )?first|which one (comes |goes |is )?first|before or after|first or|in what order|order of)\b"
    # "What comes first — signing the contract or paying the deposit?"
    r"|\bwhat (comes|goes|happens|do (i|we) do) first\b"
    # "Ticket or deposit first?", "工单还是保证金先？" (holdout93 #165: step 6 alone).
    r"|^\W*[a-z]+ or (the )?[a-z]+ first\b|还是.{1,12}(在)?先"
    # "Is this the right order: sign the contracts, pay the deposit, then submit the ticket?"
    r"|\b(right|correct|proper) (order|sequence)\b|\b(order|sequence) (right|correct|ok)\b"
    r"|\b(need to|have to|must|should)\b.{0,60}\bbefore\b"
    # "第5步和第6步能倒过来吗", "can steps 5 and 6 be swapped?": the order turned round.
    r"|" + _TURNED_ROUND_WORDS + _PROPOSED_ORDER
    # The vendor proposes an order: "先交保证金，等审核出来再签合同", "保证金晚点交，先上架",
    # "sign the contract first and apply afterwards".
)
# The review said failed: "we failed the review", "审核没过", "申请被拒了".
_REVIEW_FAILED = lazy_compile(
    r"(?=.*(review|application|审核|申请|驳回|被拒))(?:.*(?<![a-z])(failed|rejected|didn'?t pass|did not pass"
    r"|not approved)(?![a-z])|.*(审核|申请)[^，,。]{0,4}(没过|没通过|未通过|不通过)|.*(被拒|驳回))"
)
# Asking for the step after one just done.
_ASKS_NEXT = lazy_compile(
    r"下一步|然后呢|然后干|接下来|之后呢|以后呢|(?<=[了完])后呢|之后干|再干嘛|再做什么|完了呢|后面呢|之后(要|该)?(干|做)(什么|啥)"
    # "交了保证金以后干嘛" (black-box s80 D5: the refund rule given).
    r"|(以后|之后|(?<=[了完])后)(要|该|得)?(干嘛|干啥|做啥|干什么|做什么)(?!用)"
    r"|还要(干|做)(什么|啥|嘛)|还需要做什么|还要干嘛|(要|该)干嘛|还差(什么|啥|哪些|哪一?步)"
    r"|\bwhat (do|should|shall|must) (i|we) do (next|now)\b"
    r"|\b(what('s|s| is)? next|next step|then what|what now|now what|after that|what comes next)\b"
    # "ok I've registered the account. next?" (black-box 49, D13): "next?" as its own sentence.
    r"|(?:^|[.!,;]\s*)(and |so |ok,? )?next\s*\?"
    r"|\bafter\b.{1,40}\bwhat (do|should|must) (i|we)( do)?\b"
    r"|\bwhat happens (right |immediately |just |directly )?(after|once|next)\b"
    # "After I fill in the form and tick the agreement, what happens next?"
    r"|\bafter\b.{1,80}\bwhat happens\b"
    r"|之后会怎样|然后会怎样|之后会发生什么"
    # "审核通过之后，第一件事做什么": the step after the one done.
    r"|(之后|以后|后)[,，]?\s*(的)?(第一件事|第一步|首先|先)(是|要|该|得|需要)?(做|干|办)?(什么|啥|哪一?步)"
    r"|(之后|以后|后)(要|该|应该)?先(干|做|办)(什么|啥|嘛)"
    # "实名认证之后是哪一步", "审核通过以后做什么", "what comes right after …", "the step after …"
    r"|(之后|以后|后面|后)(是|到)?(哪一步|哪步|什么步骤|第几步)|(之后|以后)(要|该|应该)?(做|干)(什么|啥)"
    r"|\bwhat (comes|is|'s) (right |directly |immediately )?(after|next)\b"
    # "What is the step right after registering?", "which step comes directly after …"
    r"|\b(the |which |what )?(next )?step (that )?(comes |coming |follows )?(right |directly |immediately |just )?(after|following)\b"
    r"|\bwhat (do|should|must) (i|we) do after\b|\b(is there )?anything else\b"
    # "What do I do right after paying the deposit?", "what should we do immediately?"
    r"|\bwhat (do|should|shall|must) (i|we) do (right |immediately |directly |straight |just )after\b"
    r"|\bwhat (do|should|shall|must) (i|we) do (immediately|straight away|right away|first)\b"
    # "保证金交完马上要做什么", "交完紧接着干啥": the step right after.
    r"|(马上|紧接着|接着|随后|立刻|立即)(要|该|应该|得|需要)?(做|干|办)(什么|啥|嘛|哪一?步)"
    # "Which step comes after signing the contracts?"
    r"|\bwhich step (comes |is )?(right |directly |immediately )?after\b"
    # "What step comes right after verification?", "which step follows the contracts?"
    r"|\b(what|which) step (comes |is |follows )?(right |directly |immediately )?(after|next)\b"
    r"|\b(what|which step) (comes |follows )?(right |directly |immediately )?follows\b"
    # "ok and after signing the contracts?" (black-box s58 D19): "after <a step>?" alone.
    # ("After I pay the deposit, do I get any receipt…?" asks something else after a comma.)
    # ("after paying bzj do we get receipt?" asks something of its own.)
    r"|^(?:(?:ok|okay|so|and|then|right)[,.]?\s+)*(?:right |just )?after\s+"
    r"(?![^?]*\b(?:do|does|did|can|could|will|would|is|are|should|get|we|i)\b)[a-z][^.?!,]{2,40}\?\s*$"
)


# "what else before we can list", "还要做什么才能上架": what is left once a step is done.
_ASKS_ELSE = lazy_compile(
    r"\bwhat else\b|\banything else\b|还(要|需要|得)(做|干|办)(什么|啥)"
    # "Deposit paid. What do we still have to do before the store opens?"
    r"|\bwhat (do|must|should) (we|i) still (have to |need to )?do\b|\bwhat(?:'s| is) (still )?left\b"
    r"|\bwhat (do|must) (we|i) (still )?(have|need) to do\b"
)


# "注册完账号以后，要先做啥认证才能申请入驻": what must be done first is the question, between the
# two steps named — no order is claimed.
_ASKS_WHAT_FIRST = lazy_compile(
    r"(要|得|需要|应该|必须)先(做|办|完成|搞|弄|过)(个|一下)?(啥|什么|哪个|哪一?步|哪些)"
    r"|\bwhat (do|must|should) (i|we) (do|complete|finish) first\b"
)


# "保证金交完了还有啥要做的吗", "deposit's paid, anything left to do?": asked of a step said done,
# the step after it (said of a step not done, "签合同之前还有啥要做", it is not the next step).
# Whether joining is over, asked in English: "is joining complete?", "is that the end of
# joining?", "is onboarding done then?".
_JOINING_DONE_EN = (
    r"|\bis (the )?((joining|onboarding)( process)?|process) (then |now )?(complete|completed|done|finished"
    r"|over)\b|\b(is )?(that|this) the end of (the )?(joining|onboarding)\b"
    r"|\b(have|are) we (then |now )?(joined|onboarded|fully onboarded)\b"
)
# (Never "are we done?", which asks what is left.)
_JOINING_DONE_ASKED_EN = lazy_compile(_JOINING_DONE_EN[1:])


_ASKS_LEFT = lazy_compile(
    r"还有(什么|啥|哪些|别的|其他|其它)?(事|事情|东西)?(要|需要|得|该|必须)(做|干|办|弄|处理)"
    r"|还有(什么|啥|别的|其他|其它)(事|事情|手续)|还(要|得|需要)(再)?(干|做|办)(点)?(什么|啥)"
    r"|\b(anything|something|what(?:'s| is)?) (more |further )?(left|remaining|more|further|else)"
    r"( for (us|me))?( (to|we need to|we have to|we must|i need to) (do|handle|complete|sort out))?\b"
    r"|\b(is there|are there) (more|further|other) (things|steps|stuff)\b|\bmore to do\b"
    # "after I pay the deposit, what's the remaining step before the store goes live?"
    r"|\b(remaining|outstanding) steps?\b|\bsteps? (left|remaining|to go)\b"
    # "Once we've paid the deposit, are we done?", "保证金交完了就完事了吗": whether nothing is left.
    r"|\b(are|am) (we|i) (all )?(done|finished|set|good to go)\b|\bis that (it|all)\b"
    r"|\b(all )?done (then|now)\?|就(完事|结束|完成|搞定|齐活|好)了?(吗|么|嘛)|就(算|是)?(入驻)?完成了"
    r"|是不是就(完事|结束|完成|搞定|齐活|好|可以)了" + _JOINING_DONE_EN
    # "after submitting the ticket, is joining complete?" (review 61 N2: step 6 again).
)


# Whether nothing is left is asked ("are we done?", "是不是就完事了").
_ASKS_ALL_DONE = lazy_compile(
    r"\b(are|am) (we|i) (all )?(done|finished|set|good to go)\b|\bis that (it|all)\b"
    r"|就(完事|结束|完成|搞定|齐活|好)了?(吗|么|嘛)|就(算|是)?(入驻)?完成了|是不是就(完事|结束|完成|搞定|齐活|好|可以)了"
    + _JOINING_DONE_EN
)
# "how much more deposit, and the total after that": an amount, not the next step.
_ASKS_AMOUNT = lazy_compile(r"多少钱|交多少|多少|几万|\bhow much\b|\btotal\b")


# Two steps and a word placing one against the other ("contract before deposit?", "交保证金之前
# 要签合同吗", "can it be done after the contract") ask the order, unless the question asks
# something else about them ("what goes in the ticket after paying the deposit").
_PLACES = lazy_compile(r"\b(before|after|prior to)\b|之前|之后|以前|以后|前要|后再|后才|前先")
_ASKS_OTHER = lazy_compile(
    r"怎么|什么|啥|哪里|在哪|多少|多久|几天|哪些"
    r"|\b(what|how|where|who|when|which (text|words|fields))\b"
    # "After approval, which contracts must we sign?": which thing, not which step comes first.
    r"|\bwhich (contracts?|agreements?|documents?|pages?|accounts?|markets?)\b"
)


def _asks_order(norm: str) -> bool:
    if _HOW_MUCH_BEFORE.search(norm):
        # "how much deposit do we need to pay before listing?": the amount, not the order.
        return False
    if _ASKS_ORDER.search(norm) or _BEFORE_OR_AFTER.search(norm):
        return True
    if _LATER_REFUND.search(norm):
        # "以后要是不做了，保证金退回要看哪部分说明": 以后 is a time to come, no step's place.
        return False
    return bool(_PLACES.search(norm)) and not _ASKS_OTHER.search(norm)


_HOW_MUCH_BEFORE = lazy_compile(
    r"\bhow much\b[^?.]{0,40}\bbefore\b|(交|缴|付)多少[^？?。]{0,12}(才能|之前|以前|前)"
)
# The deposit's refund asked for a time to come ("以后不做了，保证金怎么退").
_LATER_REFUND = lazy_compile(
    r"(保证金|押金)[^，,。？?]{0,6}(退回|退还|退款|拿回|取回|返还|退)|(退回|退还|拿回|取回|返还|退)(的)?(保证金|押金)"
    r"|\b(refund|get (the |our )?(deposit|money) back|deposit back|return of the deposit)\b"
    # "Is the deposit money gone for good or refundable? My boss has to approve it before we
    # sign" (dev47 #36): the refund asked; the sentence after it only says why.
    r"|\b(refundable|refunded|gone for good|non-refundable)\b"
)


def steps_named(norm: str) -> list[Step]:
    """The joining steps a question names."""
    return [step for _, step in _steps_named(norm)]


def step_chain(first: Step | None, last: Step | None, lang: Lang) -> str:
    """ "第4步 签署云市场合同 → 第5步 缴纳保证金"; every step when none is given."""
    start = first or JOINING_STEPS[0]
    return _chain(start, last or JOINING_STEPS[-1], lang)


def step_follows_from(first: Step, last: Step) -> bool:
    """Whether `last`'s own words say it happens once `first` is done (step 7: 保证金缴纳完成后
    … 店铺开通)."""
    match = re.search(_STEP_WORDS[first.id], last.seed_text)
    return bool(match and _DONE_AFTER.search(last.seed_text[match.end() :]))


# "保证金缴纳完成后": a step's own words saying it follows another.
_DONE_AFTER = lazy_compile(r"完成后|之后|后，")
_FIRST_WORD = lazy_compile(r"先|\bfirst\b")
# "pay the deposit first to speed things up and sign afterwards": a purpose clause may stand
# between "first" and the "and" that brings the other step.
_FIRST_AFTER_STEP = lazy_compile(
    r"\s*(and|then|,|\?|$|(to|so|in order to|so that)\b[^,.?]{0,40}?(\band\b|\bthen\b|,))"
)


def _steps_named(norm: str) -> list[tuple[int, Step]]:
    """Steps the question names, in the order it names them (by their words or "第5步")."""
    found: list[tuple[int, Step]] = []
    for step in JOINING_STEPS:
        match = re.search(_STEP_WORDS[step.id], norm)
        if match:
            found.append((match.start(), step))
    numbered = [
        (number.start(), _STEP_DIGITS.get(said, 0) or int(said))
        for number in _STEP_NUMBER.finditer(norm)
        for said in [number.group(1) or number.group(2)]
    ]
    for pair in _STEPS_PAIR.finditer(norm):
        # "steps 4 and 5": both numbers after the one word.
        numbered += [(pair.start(1), int(pair.group(1))), (pair.start(2), int(pair.group(2)))]
    for start, value in numbered:
        step = next((s for s in JOINING_STEPS if s.number == value), None)
        if step is not None and all(s.id != step.id for _, s in found):
            found.append((start, step))
    return sorted(found, key=lambda item: item[0])


_STEPS_PAIR = lazy_compile(r"\bsteps\s*(\d)\s*(?:and|&|,|/|or|to)\s*(\d)\b")


# ("第六步之前是哪一步" — black-box s63 D6: read as step 1.)
# (Not 第一步: "审核通过后，第一步要干什么" asks what comes first, not joining's step 1.)
_STEP_NUMBER = lazy_compile(r"第\s*([\d二三四五六七])\s*步|\bstep\s*(\d)\b")
_STEP_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}


def _label(step: Step, lang: Lang) -> str:
    text = step.en if lang == "en" else step.zh
    label = re.split(r"[：:.。]", text, maxsplit=1)[0]
    if len(label) > 24:
        # Step 7 is one long sentence; its last clause says what happens.
        clauses = re.split(r"[，,]\s*", label)
        label = clauses[-1] if lang == "en" else "，".join(clauses[-2:])
    return label


def _source(lang: Lang) -> str:
    return source_line(sections()["process"], None, lang)


def _answer(body: str, lang: Lang) -> Answer:
    source = _source(lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])


# "签完合同是不是就能卖了", "还没注册账号，能直接申请吗", "can we list right after signing": the
# vendor supposes the later step follows at once.
_STRAIGHT_ON = lazy_compile(
    r"就能|就可以|就行|直接|马上|立刻|立即|就(开|开通|上架|通过)了"
    r"|\b(right after|straight after|straight away|immediately|directly|right away|as soon as"
    r"|(go|move|skip|jump) straight (on )?to)\b"
)
# "交了保证金店铺就开了吗，还要做啥", "is the shop open once we pay? anything else to do?": what
# remains asked — the step in between (提交工单) is the answer, even where the later step's own
# words say it follows.
_MADE_POSSIBLE = lazy_compile(r"才能|才可以|才行")
_ASKS_WHAT_ELSE = lazy_compile(
    # ("后面还要操作啥才能开店" — holdout98 #68: the shop said open, the ticket left out.)
    r"还(要|需要|得|需)(做|干|办|弄|操作|搞)?(啥|什么|些什么|哪些)|还有(啥|什么|哪些)(要|需要)?(做|办|操作|步骤)"
    # "保证金刚充值好了，接下来还要干嘛？是不是直接就能上架了" (holdout94 #3: "是的").
    r"|还(要|需要|得)(做|干|办|弄)嘛|接下来(还)?(要|该|得)?(干嘛|做什么|干什么|做啥|干啥)"
    r"|\b(what else|anything else)\b|\bdo we (still )?(need|have) to do\b"
)
# A step not done yet, named right after these words ("还没注册阿里云账号", "haven't signed").
_NOT_DONE_BEFORE = lazy_compile(
    # "还没做企业实名认证": the step's word may follow a word about whose (企业 / 公司).
    r"(还没|还没有|没有|没|未|尚未|还未|跳过|不做|省略|省掉|略过|绕过)\s*(有|去|做|完成|办)?\s*(企业|公司|个人)?\s*$"
    r"|\b(haven't|have not|hasn't|not yet|without|before|skip|skipping|bypass|bypassing)\b\s*(\w+\s*){0,2}$"
)
# "the step right before submitting the ticket", "工单前面那一步": the step before the one named.
_ASKS_PREVIOUS = lazy_compile(
    r"上一步|前一步|之前(的)?(那)?一步|前面(的)?(那)?一步|前(的)?那一步"
    r"|\b(step|one) (right |just |immediately |directly )?(before|prior to)\b|\bprevious step\b"
    # "提交工单之前，需要先完成哪一步", "which step must be finished before the ticket": one step.
    r"|(之前|以前|前)[，,]?\s*(要|需要|得|必须|应该|应当)?(先)?(完成|做|办|走|是)?(哪一步|哪步|第几步|哪个步骤)"
    r"|\bwhich step\b.{0,30}\b(before|prior to)\b"
    # "what comes before the deposit step?" (found beside holdout85 #160: the step after it).
    r"|\bwhat (comes|goes) (before|prior to)\b"
    # "what comes right before 'apply to join' in the flow?": the step before the one named.
    r"|\bwhat (comes|happens|is|goes) (right |just |immediately |directly )(before|prior to)\b"
)


# The one step right before ("上一步", "the step just before it"), never "the steps before".
_ASKS_ONE_PREVIOUS = lazy_compile(
    r"上一步|前一步|前面(的)?(那)?一步|紧(挨着|接着)?前面"
    r"|\b(step|one) (right|just|immediately|directly) (before|prior to)\b|\bprevious step\b"
    r"|\bwhat (comes|happens|is|goes) (right|just|immediately|directly) (before|prior to)\b"
    # "What step comes right before paying the deposit?" (holdout85 #160: the deposit's rule).
    r"|\b(what|which) step (comes|happens|is|goes) (right|just|immediately|directly) (before|prior to)\b"
)


# A later part naming the step of an earlier one by a pronoun ("the step just before it").
_REFERS_BACK = lazy_compile(
    r"\b(before|after|prior to|following) (it|that|that one|this one)\b"
    r"|它(之前|之后|以前|以后|前面|后面|的前一步|的后一步|的上一步|的下一步)"
    r"|(这|那)一?步(之前|之后|以前|以后|前面|后面)"
)


# The earlier part asks for a step itself ("which step is signing", "签合同是第几步"), so the
# pronoun after it names that step.
_ASKS_A_STEP = lazy_compile(r"步|环节|\b(step|stage)\b")


def refers_back(text: str) -> bool:
    """Whether the message names a step again by a pronoun ("…, and the step before it?") after
    a part asking for that step; "which contracts do we sign, and what comes after that?" asks
    the contracts first, a question of its own."""
    norm = normalize(text)
    match = _REFERS_BACK.search(norm)
    return bool(match and _ASKS_A_STEP.search(norm[: match.start()]))


_CAN = lazy_compile(r"能|可以|\bcan\b")


def _not_done(norm: str, step: Step) -> bool:
    match = re.search(_STEP_WORDS[step.id], norm)
    return bool(match and _NOT_DONE_BEFORE.search(norm[max(0, match.start() - 24) : match.start()]))


# Said outright not done ("还没做", "haven't done"); "before paying" only places a step.
_SAID_NOT_DONE = lazy_compile(
    # "没交保证金", "还没签合同", "未缴纳保证金": the verb of the step may stand in between.
    r"(还没|还没有|没有|没|未|尚未|还未|跳过|不做|省略|省掉|略过|绕过)\s*"
    r"(有|去|做|完成|办|交|缴|缴纳|付|支付|签|提交)?\s*(企业|公司|个人)?\s*$"
    r"|\b(haven't|have not|hasn't|has not|not yet|skip|skipping|bypass|bypassing)\b\s*(\w+\s*){0,2}$"
    # "只做了个人实名认证", "only did personal verification": the company's is not done.
    r"|(只|仅|就)\s*(做|完成|办|通过|有)?\s*(了|过)?\s*个人\s*$"
    r"|\bonly\b\s*(\w+\s*){0,2}\b(personal|individual)\s*$"
    # "账号现在是个人实名的", "用的是个人认证", "our account has personal verification".
    r"|(是|为|用的是|属于|做的是|办的是)\s*个人\s*$"
    r"|\b(is|are|has|have|with|uses?)\s*(\w+\s*){0,2}\b(personal|individual)\s*$"
)


# Said not done after the step's words: "保证金还没交", "押金没交", "deposit not paid yet".
_SAID_NOT_DONE_AFTER = lazy_compile(
    # "企业实名认证还没做": the step's word (实名) may stand before the rest of its name (认证).
    r"^\s*(认证|验证)?\s*(还|都|也)?(没有|没|未|尚未)(有)?(交|缴|缴纳|付|支付|完成|做|办|弄|签|提交|通过)"
    r"|^\s*(is |are |has |have )?(not|n't) (yet )?(been )?(paid|done|completed|signed|submitted)\b"
)


def _said_not_done(norm: str, step: Step) -> bool:
    match = re.search(_STEP_WORDS[step.id], norm)
    return bool(
        match
        and (
            _SAID_NOT_DONE.search(norm[max(0, match.start() - 24) : match.start()])
            or _SAID_NOT_DONE_AFTER.search(norm[match.end() : match.end() + 12])
        )
    )


def _straight_on(steps: list[Step], norm: str, lang: Lang) -> Answer:
    """The vendor supposes the later step follows at once: what comes in between (or first)."""
    first, last = min(steps, key=lambda s: s.number), max(steps, key=lambda s: s.number)
    between = [s for s in JOINING_STEPS if first.number < s.number < last.number]
    permission = bool(_ASKS_PERMISSION.search(norm) or _CAN.search(norm))
    if _not_done(norm, first) or _said_not_done(norm, first):
        lead = t("answers_order_first_needed", lang, number=first.number, label=_label(first, lang))
    elif (
        between and (not step_follows_from(first, last) or _ASKS_WHAT_ELSE.search(norm))
    ) or _review_between(first, norm):
        listed = t("list_separator", lang).join(
            ([t("answers_order_review_step", lang)] if _review_between(first, norm) else [])
            + [
                t("answers_order_chain_step", lang, number=s.number, label=_label(s, lang))
                for s in between
            ]
        )
        key = "answers_order_not_yet" if permission else "answers_order_not_directly"
        lead = t(key, lang, steps=listed)
    else:
        lead = t("answers_order_yes", lang)
    lines = [lead]
    if _review_between(first, norm):
        lines.append(_wait_line(first, lang))
    # One step in between still to do ("保证金交完了…是不是就直接可以上架了" → step 6): what that
    # step asks; otherwise the later step's own words.
    shown = (
        between[0]
        if len(between) == 1
        and not _review_between(first, norm)
        and lead != t("answers_order_yes", lang)
        and not (_not_done(norm, first) or _said_not_done(norm, first))
        else last
    )
    lines += [
        t("answers_order_chain", lang, chain=_chain(first, last, lang)),
        t("answers_order_step", lang, number=shown.number, text=_text(shown, lang)),
    ]
    return _answer("\n".join(lines), lang)


# What lies between two steps: "中间还有什么环节", "what happens in between".
_ASKS_IN_BETWEEN = lazy_compile(
    r"(中间|之间|当中)[^。？?]{0,8}(还有|要|有|经过|做|发生)[^。？?]{0,6}(什么|哪些|啥|环节|步骤)"
    r"|\b(in between|between)\b.{0,60}\b(what|which|anything|any steps?)\b"
    r"|\b(what|which|anything|any steps?)\b.{0,60}\b(in between|between)\b"
)


def _in_between(steps: list[Step], lang: Lang) -> Answer:
    """The steps strictly between two named ones, and the review after applying (step 3)."""
    first, last = min(steps, key=lambda s: s.number), max(steps, key=lambda s: s.number)
    lines = [_wait_line(first, lang)] if first.id == "apply" and _wait_line(first, lang) else []
    for step in JOINING_STEPS:
        if first.number < step.number < last.number:
            lines.append(t("answers_order_step", lang, number=step.number, text=_text(step, lang)))
            if step.id == "apply" and _wait_line(step, lang):
                lines.append(_wait_line(step, lang))
    if not lines:
        lines = [t("answers_order_nothing_between", lang, first=first.number, last=last.number)]
    lines.append(
        t(
            "answers_order_between_then",
            lang,
            number=last.number,
            label=_label(last, lang),
        )
    )
    return _answer("\n".join(lines), lang)


def _review_between(first: Step, norm: str) -> bool:
    """Straight on from submitting the application ("提交完申请马上就能签合同吗"): the
    Marketplace's review comes in between, unless the vendor says it has passed."""
    return first.id == "apply" and not _APPROVED.search(norm) and bool(_wait_line(first, "zh"))


def _previous(step: Step, lang: Lang) -> Answer | None:
    before = [s for s in JOINING_STEPS if s.number == step.number - 1]
    if not before:
        return None
    prior = before[0]
    body = t(
        "answers_order_previous",
        lang,
        number=prior.number,
        label=_label(prior, lang),
        next_number=step.number,
        next=_label(step, lang),
        text=_text(prior, lang),
    )
    return _answer(body, lang)


def _done_already(norm: str, start: int, step: Step) -> bool:
    match = re.compile(_STEP_WORDS[step.id]).match(norm, start)
    return bool(
        match
        and (
            _DONE_ALREADY_AFTER.match(norm, match.end())
            # "阿里云账号已经注册了", "注册好阿里云账号": said done in the step's own words.
            or _DONE_INSIDE.search(match.group(0))
            # "交完保证金就能直接上架了吗": the verb of a finished step right before its words.
            or _FINISHED_VERB_BEFORE.search(norm[max(0, start - 6) : start])
        )
    )


_FINISHED_VERB_BEFORE = lazy_compile(
    r"(交完|交好|交了|付完|付了|缴完|缴了|签完|签好|签了|做完|办完|完成了?|提交了|提完)\s*(了)?\s*$"
    r"|\b(after|once) (we('ve| have))? ?(paid|signed|submitted|filed|finished)( the)?\s*$"
)


_DONE_INSIDE = lazy_compile(r"注册(好|完|了)")


_ELSEWHERE_SHOP = "在该平台经营"  # no step's words
_SHOP_ELSEWHERE = lazy_compile(
    r"(?:在)?(?:天猫|淘宝|1688|京东|拼多多|抖音|亚马逊|amazon|tmall|taobao)(?:上)?"
    r"(?:开店|开的店|开过店|开了店|开网店|的店铺|店铺)"
)


def order_answer(question: str, lang: Lang) -> Answer | None:
    # "老板之前在天猫开店有过一次违规" (holdout90 #15: the order of steps 3 and 7): a shop on
    # another platform is no Marketplace step.
    norm = _SHOP_ELSEWHERE.sub(_ELSEWHERE_SHOP, normalize(question))
    if substep_next.asks_what_to_fill(norm):
        # "点提交之前都要填哪些东西": what goes into the form, not the steps before it.
        return None
    if _REVIEW_FAILED.search(norm) and not _PLACES.search(norm):
        # "we failed the review. what now" (review 64 R9: wait for the review, then sign the
        # contracts): a rejection has no next step in the guide — its own answer.
        return None
    named = _steps_named(norm)
    steps = [step for _, step in named]
    missing = _missing_step_answer(norm, named, lang)
    if missing is not None:
        return missing
    where_next = _where_next_answer(norm, named, lang)
    if where_next is not None:
        return where_next
    if (
        len(steps) == 1
        and steps[0] is JOINING_STEPS[-1]
        and (_ASKS_NEXT.search(norm) or _ANY_STEP_AFTER.search(norm))
        and not _ASKS_AMOUNT.search(norm)
    ):
        # "店铺开通之后还有下一步吗", "what comes after step 7?": none, the shop is open.
        last = steps[0]
        return _answer(
            t("answers_order_after_last", lang, number=last.number, text=_text(last, lang)), lang
        )
    if asks_bare_next(question):
        # "下一步怎么做", "然后呢", "what's next?": no step said done, so which one is next
        # depends on where the vendor is — ask, with the seven steps to find it in.
        overview = entry_by_id()["process.overview"]
        source = overview.source(lang)
        body = t("answers_order_next_of_what", lang) + "\n" + overview.body(lang)
        return Answer(with_source(body, source, lang), lang, True, overview.id, source, [])
    if len(steps) == 1 and _ASKS_ONE_PREVIOUS.search(norm):
        # "what is the step just before signing": the one step before, not every earlier one.
        return _previous(steps[0], lang)
    if len(steps) == 1 and (_ASKS_DONE_BEFORE.search(norm) or _ASKS_THINGS_BEFORE.search(norm)):
        # "签合同之前要先完成哪些": every step before the one named.
        return _steps_before(steps[0], lang)
    if len(steps) == 1 and _ASKS_PREVIOUS.search(norm):
        return _previous(steps[0], lang)
    if len(steps) == 2 and _ASKS_WHAT_FIRST.search(norm) and not _EITHER_OR.search(norm):
        return _in_between(steps, lang)
    if len(steps) == 2 and _ASKS_IN_BETWEEN.search(norm):
        if _STRAIGHT_ON.search(norm) and not _EITHER_OR.search(norm):
            # "提交完申请是不是马上就能签合同，中间还有啥环节": 不是 first, then what lies between.
            return _straight_on(steps, norm, lang)
        # "提交申请之后到签合同之前，中间还有什么环节": what lies between the two steps.
        return _in_between(steps, lang)
    if (
        len(steps) >= 2
        and (
            _STRAIGHT_ON.search(norm)
            # "保证金已经交完了，后面还要操作啥才能开店？" (holdout98 #68): what else is asked
            # between a step done and a later one — the step in between.
            # (Only with a step between them: "合同签了，还要做啥才能交保证金" is the next step's
            # own answer — review 65 R14.)
            or (
                _ASKS_WHAT_ELSE.search(norm)
                and _said_done(norm, min(steps, key=lambda s: s.number))
                and max(s.number for s in steps) - min(s.number for s in steps) > 1
                # ("We've just paid the deposit — what else before listing?" keeps the next
                # step's own answer — test_fix19c.)
                and _MADE_POSSIBLE.search(norm) is not None
            )
        )
        and not _EITHER_OR.search(norm)
        and not _CLAIMS_ORDER.search(norm)
    ):
        return _straight_on(steps, norm, lang)
    if (
        len(steps) >= 2
        and _said_not_done(norm, min(steps, key=lambda s: s.number))
        and (_ASKS_PERMISSION.search(norm) or _CAN.search(norm))
        # "合同还没签，是不是要先签合同才能交保证金": the order claimed is asked (是的).
        and not (
            _FIRST_WORD.search(norm)
            and _CLAIMS_ORDER.search(norm)
            and not _ASKS_PERMISSION.search(norm)
        )
        and not _EITHER_OR.search(norm)
    ):
        # "没有完成企业实名认证可以申请入驻吗": the earlier step, said not done, comes first — 不能.
        return _straight_on(steps, norm, lang)
    done = [step for _, step in named if _said_done(norm, step)]
    if (
        done
        and len(steps) >= 2
        and (_ASKS_NEXT.search(norm) or _ASKS_ELSE.search(norm))
        and not _ASKS_AMOUNT.search(norm)
        and not _ASKS_REMAINING.search(norm)
        # "审核通过了！接下来是先交钱还是先签合同": two steps after the one done, compared.
        and not (len(steps) >= 3 and _EITHER_OR.search(norm) and _asks_order(norm))
    ):
        # "After paying the deposit, what else before we can list?", "保证金交完了，还要做什么才能
        # 上架": a step done and what else before a later one — the step after the one done,
        # not which of the two comes first.
        last_done = max(done, key=lambda s: s.number)
        if any(step.number > last_done.number for step in steps):
            # "…What's the very next step, and what comes after that — when can we start
            # selling?": every step left, in order.
            following = (
                _remaining(last_done, lang, bool(_APPROVED.search(norm)))
                if _AND_AFTER_THAT.search(norm)
                else None
            ) or _next(last_done, lang, asked=norm)
            if following is not None:
                return following
    if len(steps) >= 3 and _asks_order(norm):
        # The two compared, without the step the question says is done already.
        compared = [(start, step) for start, step in named if not _done_already(norm, start, step)]
        # A step named twice ("实名认证还没做…是不是要先做完实名认证") is one step compared; its
        # last mention is the one the question puts in order.
        last_mention = {step.id: (start, step) for start, step in compared}
        compared = sorted(last_mention.values(), key=lambda pair: pair[0])
        if len(compared) == 2:
            named = compared
            steps = [step for _, step in named]
    if len(steps) >= 2 and _asks_order(norm):
        # The step the vendor puts first: the one named right after 先 / first, else the first.
        first_word = _FIRST_WORD.search(norm)
        # Every mention counts: "实名认证还没做…是不是要先做完实名认证" names it again after 先.
        after = sorted(
            (
                (mention.start(), step)
                for _, step in named
                for mention in re.finditer(_STEP_WORDS[step.id], norm)
                if first_word and mention.start() >= first_word.end()
            ),
            key=lambda pair: pair[0],
        )
        said_first = after[0][1] if after else steps[0]
        if (
            first_word
            and first_word.group(0) == "first"
            and _FIRST_AFTER_STEP.match(norm, first_word.end())
        ):
            # "sign the contract first and apply afterwards": English puts first after the step.
            ahead = [step for start, step in named if start < first_word.start()]
            said_first = ahead[-1] if ahead else said_first
        before_word = re.search(r"\bbefore\b", norm)
        if before_word and not first_word:
            # "pay the deposit before applying": the step named before "before" comes first.
            ahead = [step for start, step in named if start < before_word.start()]
            said_first = ahead[-1] if ahead else said_first
        answer = _between(steps, said_first, norm, lang)
        if any(step.id == "pay_deposit" for step in steps):
            # Seed §3 says where the deposit sits: after approval, before any listing.
            # In the step's own order, not the entry's "The deposit comes first", which read
            # as contradicting a reply that puts the contracts first.
            entry = entry_by_id()["deposit.before_listing"]
            if _LISTING_FIRST_ASKED.search(norm) and (
                said_first.id != "pay_deposit" or _BEFORE_DEPOSIT_ZH.search(norm)
            ):
                # "can I list products before paying the deposit" (black-box s68 D8: "No, the
                # other way round" and the rule four times): no, and the rule once.
                answer.text = with_source(
                    t("answers_listing_before_deposit_no", lang),
                    answer.source or _source(lang),
                    lang,
                )
                answer.topic = entry.id
                return answer
            answer.text = with_source(
                answer.text[: answer.text.rfind("\n")] + "\n" + t("answers_order_deposit", lang),
                answer.source or _source(lang),
                lang,
            )
            answer.topic = entry.id
        return answer
    if steps and _ASKS_REMAINING.search(norm) and not _ASKS_AMOUNT.search(norm):
        # "实名认证刚做完，剩下还有哪些步骤", "the remaining steps until our store is open": every
        # step after the one done, in order.
        done_steps = [step for _, step in named if _said_done(norm, step)]
        base = max(done_steps, key=lambda s: s.number) if done_steps else None
        if base is None and len(steps) == 1:
            base = steps[0]
        remaining = (
            _remaining(base, lang, bool(_APPROVED.search(norm))) if base is not None else None
        )
        if remaining is not None:
            return remaining
    if (
        [step.id for step in steps] == ["pay_deposit"]
        and _ASKS_WHAT_HAPPENS.search(norm)
        and not _ASKS_AMOUNT.search(norm)
    ):
        # "What happens once the deposit is paid?": the guide's step 7 says what it brings (the
        # shop opens), with the step-6 ticket still to file.
        return _answer(t("answers_deposit_paid_then", lang), lang)
    if (
        len(steps) == 1
        and _said_done(norm, steps[0])
        and _ASKS_LEFT.search(norm)
        and not _ASKS_AMOUNT.search(norm)
    ):
        # "保证金交完了还有啥要做的吗": the step after the one said done; "…What's the very next
        # step, and what comes after that?": every step left, in order.
        remaining = (
            _remaining(steps[0], lang, bool(_APPROVED.search(norm)))
            if _AND_AFTER_THAT.search(norm)
            else None
        )
        if remaining is not None:
            return remaining
        following = _next(steps[0], lang, approved=bool(_APPROVED.search(norm)), asked=norm)
        if (
            following is not None
            and _ASKS_ALL_DONE.search(norm)
            and steps[0] is not JOINING_STEPS[-1]
        ):
            if steps[0].id == "pay_deposit" and _JOINING_DONE_ASKED_EN.search(norm):
                # "is joining done once the deposit is paid?" (review 62 R3: "Not yet"): step 7
                # says the deposit paid is the joining complete — with the step-6 ticket still
                # to file.
                last = JOINING_STEPS[-1]
                body = t(
                    "answers_order_done_then", lang, number=last.number, text=_text(last, lang)
                ) + t("answers_shop_opens_ticket_too", lang)
                return _answer(body, lang)
            if steps[0].number + 1 == JOINING_STEPS[-1].number:
                # "工单提交完之后就算入驻完成了吗" (holdout92 #163: "还没有完" and step 7 as a
                # further step): the last step is no action — the deposit paid is the joining
                # done, the shop open.
                last = JOINING_STEPS[-1]
                body = t(
                    "answers_order_done_then", lang, number=last.number, text=_text(last, lang)
                )
                return _answer(body, lang)
            # "are we done?": not yet, a step is left — said before it.
            following.text = t("answers_order_not_done_yet", lang) + following.text
        return following
    if (
        len(steps) == 1
        and _ASKS_NEXT.search(norm)
        and _AND_AFTER_THAT.search(norm)
        and not _ASKS_AMOUNT.search(norm)
    ):
        # "We just signed the contracts. What's the next step, and what comes right after
        # that?": the steps that remain, in order (dev31c #96).
        remaining = _remaining(steps[0], lang, bool(_APPROVED.search(norm)))
        if remaining is not None:
            return remaining
    if len(steps) == 1 and _ASKS_NEXT.search(norm) and not _ASKS_AMOUNT.search(norm):
        # "申请已经审核通过了，接下来要做什么": the review is behind them, not still to wait for —
        # unless what happens next and what to do after approval are both asked ("we submit
        # application, then what happen next, and after approved what we do?").
        approved = bool(_APPROVED.search(norm)) and not (
            _WHAT_HAPPENS_NEXT.search(norm) and _AFTER_APPROVAL_ASKED.search(norm)
        )
        return _next(steps[0], lang, approved=approved, asked=norm)
    done = [step for _, step in named if _said_done(norm, step)]
    if done and len(steps) >= 2 and (_ASKS_NEXT.search(norm) or _ASKS_WHEN_SELLING.search(norm)):
        last_done = max(done, key=lambda s: s.number)
        if _AND_AFTER_THAT.search(norm):
            # "We just paid the deposit. What's the very next step, and what comes after that —
            # when can we start selling?": every step left, in order.
            remaining = _remaining(last_done, lang, bool(_APPROVED.search(norm)))
            if remaining is not None:
                return remaining
        # "保证金已经交了，还需要做什么才能开店": the step after the last one said done
        # ("审核通过了，…": the review behind them, no wait for it).
        return _next(last_done, lang, approved=bool(_APPROVED.search(norm)), asked=norm)
    return None


# Where or how to do a step, asked as the next one: "下一步去哪里申请入驻", "接下来怎么交保证金",
# "where do we apply next?". The step named after 去哪 / 怎么 / where is the one asked, not done.
_WHERE_HOW_BEFORE = lazy_compile(
    r"(去|到|在)?(哪里|哪儿|哪|什么地方)(去|能|可以|才能|要)?(签|交|缴|付|办|做|提交|提|填)?\s*$"
    r"|(要|该|应该)?(怎么|如何)(去|才能|来)?(签|交|缴|付|办|做|提交|提|填)?\s*$"
)
_WHERE_HOW_BEFORE_EN = lazy_compile(
    r"\b(where|how) (do|can|should|shall|must|would) (i|we) (then |now )?(go (and |to )?)?\s*$"
)

# A next step asked and nothing else: "下一步怎么做", "接下来干嘛？", "然后呢", "what's next?".
_BARE_NEXT = lazy_compile(
    r"(请问|那|那么|所以|好的?[，,]?|ok[，,]?\s*)?(我们|我)?(的)?(再|那)?"
    r"(下一步|接下来|然后|之后|下步|往后|再往后)(呢|是什么|是啥|是哪一?步|(要|该|应该|得)?(怎么做|做什么|做啥|干什么|干嘛|干啥|怎么办|怎么弄))?"
    r"\s*[?？。!！~]*"
    r"|\s*(so |ok,? |and )?(what'?s|what is|what comes|what) next\s*[?.!]*"
    r"|\s*(so |ok,? |and )?what (do|should|shall) (i|we) do (next|now)\s*[?.!]*"
    # "ok what now" right after the ticket (black-box s59 D13: declined as outside the guide).
    r"|\s*(so |ok,? |okay,? |and )?(what now|now what)\s*[?.!]*"
    r"|\s*(so |ok,? |and )?(what'?s|what is) the next step\s*[?.!]*"
    # "and then?", "then what", "next?", "what comes after that", "and after that?".
    r"|\s*(ok,? |so )?(and )?then( what)?\s*[?.!]*|\s*(ok,? |so )?next( step)?\s*[?.!]*"
    r"|\s*(ok,? |so )?(and )?(what comes |what'?s |what is |and )?after that\s*[?.!]*"
    # "那交完之后呢", "弄完以后呢" (black-box 49, D13): the step just answered, done.
    # ("交完了然后呢" right after step 5 — black-box s64 D5: declined as outside the guide.)
    r"|(那|那么)?(交完|做完|弄完|办完|签完|提交完|注册完|认证完|搞定)(了)?(之后|以后|后)?[，,\s]*"
    r"(然后|接下来|下一步)?(呢|怎么办|做什么|干嘛|干什么|是什么|是啥)?\s*[?？。]*"
    # "done with that too, then?", "done, next?": the step just answered, done.
    r"|\s*(ok,? |so )?(done|finished|did that|completed)( (with )?(that|it|this))?( too| as well)?[,.!]?"
    r"\s*(then|next|what'?s next|now what)?\s*[?.!]*"
)
# "之后还有别的步骤吗", "is there a step after that?": a step after the one named, asked.
_ANY_STEP_AFTER = lazy_compile(
    r"(之后|以后|后面|然后)还(有|要|需要)(别的|其他|其它|什么|啥|哪些)?(步骤|步|环节|流程|手续)"
    r"|\b(is there|are there) (a |any )?(\w+ )?steps? (after|following)\b"
)
_NEXT_EN = lazy_compile(r"\bnext\b")


def _where_next_answer(norm: str, named: list[tuple[int, Step]], lang: Lang) -> Answer | None:
    """ "做了企业认证，下一步去哪申请入驻": the step asked (3), after the ones before it."""
    # ("where do we apply next?": a bare "next" after the step asks it too.)
    next_word = _ASKS_NEXT.search(norm) or _NEXT_EN.search(norm)
    if next_word is None or _ASKS_AMOUNT.search(norm):
        return None
    asked = [
        (start, step)
        for start, step in named
        if _WHERE_HOW_BEFORE.search(norm[max(0, start - 6) : start])
        or _WHERE_HOW_BEFORE_EN.search(norm[max(0, start - 40) : start])
    ]
    if len(asked) != 1 or _said_done(norm, asked[0][1]):
        return None
    asked_start, step = asked[0]
    if next_word.start() > asked_start and lang == "zh":
        # "去哪申请入驻，之后呢": the step asked first, then the one after it — not this reading.
        return None
    before = [s for start, s in named if start < asked_start and s.number < step.number]
    base_number = max(s.number for s in before) if before else step.number - 1
    if base_number < 1:
        return step_answer(step, lang)
    lines = []
    for number in range(base_number, step.number):
        done = next(s for s in JOINING_STEPS if s.number == number)
        following = _next(done, lang, approved=True)
        if following is None:
            return None
        lines.append(following.text[: following.text.rfind("\n")])
    return _answer("\n".join(lines), lang)


def asks_bare_next(question: str) -> bool:
    """ "然后呢", "下一步怎么做", "what's next?": the next step asked, no step named."""
    norm = normalize(question)
    return not _steps_named(norm) and bool(_BARE_NEXT.fullmatch(norm.strip()))


# "上一步是什么", "and before that?" right after an answer about a step (black-box s63 D6:
# declined as outside the guide): the step before it.
_BARE_PREVIOUS = lazy_compile(
    r"(那|那么)?(它的?|这一?步的?)?(上一步|前一步|前面一步|前面那一?步|之前那一?步|之前一步)"
    r"(是什么|是啥|呢|做什么|干什么|是哪一?步)?[?？。]*"
    r"|(and |so )?(what'?s |what is |what was )?(the )?(step )?(right |just )?before "
    r"(that|it|this)( one| step)?\??"
    r"|(and |so )?(what'?s |what is )?the previous (step|one)\??",
    re.IGNORECASE,
)


def asks_bare_previous(question: str) -> bool:
    """ "上一步是什么", "and before that?": the step before the one just answered."""
    return bool(_BARE_PREVIOUS.fullmatch(question.strip()))


def previous_before_question(number: int, lang: Lang) -> str:
    """The question a bare "上一步是什么" asks after an answer about step `number`."""
    return t("answers_order_before_step_question", lang, number=number)


def next_after_question(number: int, lang: Lang) -> str:
    """The question a bare "然后呢" asks after an answer about step `number`."""
    return t("answers_order_after_step_question", lang, number=number)


# "第5步（缴纳保证金）之后是第6步": a reply naming the step after the one it opens with.
_STEP_AFTER_STEP = lazy_compile(r"之后是|\bcomes step\b")
# "之后是第3步：…", "Step 2: after registering …": the step a reply is about.
_REPLY_STEP = lazy_compile(r"第\s*(\d)\s*步|\b[Ss]tep (\d)\b")


def step_of_reply(found: Answer) -> int:
    """The joining step an answer is about: the highest named in the first of its first two
    lines that names one ("先等审核：…" may come before "…之后是第4步"), else 0."""
    if found.out_of_scope or not found.confident or found.topic == "process.overview":
        return 0
    for line in found.text.split("\n")[:2]:
        found_steps = list(_REPLY_STEP.finditer(line))
        numbers = [int(m.group(1) or m.group(2)) for m in found_steps]
        numbers = [n for n in numbers if 1 <= n <= len(JOINING_STEPS)]
        if numbers and found_steps[0].start() == 0 and not _STEP_AFTER_STEP.search(line):
            # "第5步缴纳保证金：… 缴纳后第6步要提交工单": the answer is about the step it opens
            # with (its next step named in passing); "然后呢" is then step 6, not step 7.
            return numbers[0]
        if numbers:
            return max(numbers)
    return 0


# "then what happens next": what follows the step, the review included, asked of itself.
_WHAT_HAPPENS_NEXT = lazy_compile(
    r"\bwhat (happens?|will happen) next\b|接下来会怎样|之后会发生什么"
)
# "and after approved what we do": what to do once approved, asked (not said done).
_AFTER_APPROVAL_ASKED = lazy_compile(
    r"\b(after|once) (it'?s |we'?re |we are |we get |getting |being )?(approved|approval)\b"
    r"[^.?]{0,20}\bwhat\b"
    r"|(审核)?通过(以)?后(要|需要|再|该)?(做|干)(什么|啥)"
)


# "签合同之前要先完成哪些", "what must we finish before signing the contracts": all earlier steps.
_ASKS_DONE_BEFORE = lazy_compile(
    r"(之前|以前|前)[,，]?\s*(我们)?(要|需要|得|必须|应该|应当)?(先)?(完成|做|办|准备|弄|搞定)(好|完)?(哪些|什么|啥|哪几步|哪些步骤|哪一步|哪个步骤|哪步)"
    r"|(之前|以前|前)[,，]?\s*(我们)?(要|需要|得|必须)?先(做|办|完成|干|弄|搞)?(哪些|哪几步|什么|啥)"
    # "申请入驻之前要先做哪两步", "what are the first two steps before we can apply".
    r"|(之前|以前|前)[,，]?\s*(我们)?(要|需要|得|必须)?(先)?(做|办|完成|走|有)?(哪两步|哪几个步骤|哪两个步骤|哪些步骤|几步)"
    r"|\b(what|which) (are|were|is) (the )?(first |initial |earlier |prior )?(\w+ )?steps?\b.{0,30}"
    r"\b(before|prior to)\b"
    r"|\b(what|which) steps? (come|comes|go|goes|are needed|are required) (first )?(before|prior to)\b"
    # "which step has to be done before signing", "which step must we complete before paying".
    r"|\b(what|which) steps? (has|have|must|needs?|should) (\w+ )?(to )?(be )?(done|completed|finished"
    r"|complete|finish|do)\b.{0,20}\b(before|prior to)\b"
    r"|\bwhat (must|has to|needs to|should) (be done|happen)\b.{0,20}\b(before|prior to)\b"
    r"|\bwhat (do|must|should|have) (i|we) (need to |have to |to )?(do|complete|finish|have done|get done)\b.{0,30}"
    r"\b(before|prior to)\b"
    # "What we must do before applying?": the subject before its verb, no "do" to invert.
    r"|\bwhat (i|we) (must|need to|have to|should|ought to) (do|complete|finish)\b.{0,30}"
    r"\b(before|prior to)\b"
    r"|\bbefore\b.{0,40}\bwhat (do|must|should) (i|we)\b.{0,10}\b(do|complete|finish)\b"
    r"|\bbefore\b.{0,40}\bwhat (needs|has|have) to (be done|be completed|be finished|happen)\b"
    r"|\bwhat (needs|has|have) to (be done|be completed|be finished|happen)\b.{0,30}\bbefore\b"
)


# "申请入驻之前必须先搞定哪两件事", "which two things must we sort out before applying": the
# steps before, asked as things (件事, things) rather than steps.
_ASKS_THINGS_BEFORE = lazy_compile(
    r"(之前|以前|前)[,，]?\s*(我们)?(要|需要|得|必须|应该)?(先)?(搞定|完成|做|办|弄|处理|准备)?(好|完)?"
    r"(哪|几)(两|几|些)?(件|样|个)(事|事情)"
    # "实名认证之前还有别的步骤吗": the steps before it, not the rest after it.
    r"|(之前|以前|前面)(还)?(有|要做|得做)(别的|其他|其它|什么|哪些|啥)(步骤|步|流程|环节|事|事情)"
    r"|\b(what|which) (two|few|\w+) things\b.{0,40}\b(before|prior to)\b"
    r"|\b(before|prior to)\b.{0,40}\b(what|which) (two|few|\w+) things\b"
)


def _steps_before(step: Step, lang: Lang) -> Answer | None:
    earlier = [s for s in JOINING_STEPS if s.number < step.number]
    if not earlier:
        return None
    listed = t("list_separator", lang).join(
        t("answers_order_chain_step", lang, number=s.number, label=_label(s, lang)) for s in earlier
    )
    # Step 4 onwards follows the review of the application (step 3): said, in the guide's words.
    review = t("answers_order_review_passed", lang) if earlier[-1].id == "apply" else ""
    body = t(
        "answers_order_steps_before",
        lang,
        number=step.number,
        label=_label(step, lang),
        steps=listed,
        review=review,
    )
    if step.id == "apply":
        body += t("answers_order_read_rules_first", lang)
    return _answer(body, lang)


def _text(step: Step, lang: Lang) -> str:
    return step.en if lang == "en" else step.zh


def _chain(first: Step, last: Step, lang: Lang) -> str:
    between = [s for s in JOINING_STEPS if first.number <= s.number <= last.number]
    return " → ".join(
        t("answers_order_chain_step", lang, number=s.number, label=_label(s, lang)) for s in between
    )


# "是不是先交保证金才能申请入驻", "do we have to pay before applying": the vendor states an order.
_CLAIMS_ORDER = lazy_compile(
    r"是不是先|是否先|要先|先.{1,10}才能|\b(do i|do we|must (i|we)) (have to )?first\b"
    # "can I list products before paying the deposit?", "能先上架再交保证金吗"
    r"|\b(can|could|may) (i|we)\b.{0,40}\b(before|first)\b|(能|可以)先"
    # "are we allowed to start selling before we pay", "is it OK to list before paying".
    r"|\b(are we|am i|is it) (allowed|permitted|able|ok|okay|possible|fine)\b.{0,40}\b(before|first)\b"
    # "Is a vendor permitted to list products before the deposit has been paid?"
    r"|\b(is|are) (a |the )?(new )?(vendors?|partners?|merchants?|sellers?|service providers?"
    r"|companies|company|one) (allowed|permitted|able|entitled)\b.{0,40}\b(before|first)\b"
    r"|\b(need to|have to|must|should)\b.{0,80}\bbefore\b"
    # "Is this the right order: sign the contracts, pay the deposit, then submit the ticket?"
    r"|\b(right|correct|proper) (order|sequence)\b|\b(order|sequence) (right|correct|ok)\b"
    + _PROPOSED_ORDER
)


# Asking whether the vendor may do it that way round: 能不能 / 可不可以 / can we.
_ASKS_PERMISSION = lazy_compile(
    r"能不能|能否|可不可以|可以不|行不行|允许|(可以|能)先|^(可以|能)|可以[^，,。]{0,16}[吗么]"
    r"|\b(can|could|may) (i|we)\b|\b(is it|are we|am i) (allowed|permitted|able|ok|okay|possible)\b"
    r"|\b(is|are) (a |the )?(new )?(vendors?|partners?|merchants?|sellers?|service providers?"
    r"|companies|company|one) (allowed|permitted|able|entitled)\b"
)
# "审核通过以后先签合同还是先交保证金": a step named as done already is the setting, not one of
# the two compared.
_DONE_ALREADY_AFTER = lazy_compile(
    r"\s*(通过|完成|完|好|过)?(了)?\s*(以后|之后|后)|\s*(is |was )?(done|approved|passed)"
    # "审核通过了！接下来…", "合同签好了，": said done, then what comes next asked.
    r"|\s*(已经|已)?(通过|过|完成|签完|签好|交完|交好|办完|办好)了\s*[!！,，。~]"
)


# "实名认证和申请入驻，哪个要先做": A or B asks which, so no 是的/不是 — only the order.
_EITHER_OR = lazy_compile(r"哪个|哪一?步|谁先|还是|\b(which|or)\b")


# Each step as the point another comes after or before ("after paying the deposit", "申请入驻前").
_AFTER_KEY: dict[str, str] = {
    "register_account": "answers_order_after_register_account",
    "real_name": "answers_order_after_real_name",
    "apply": "answers_order_after_apply",
    "sign_contract": "answers_order_after_sign_contract",
    "pay_deposit": "answers_order_after_pay_deposit",
    "file_ticket": "answers_order_after_file_ticket",
    "shop_opens": "answers_order_after_shop_opens",
}
_BEFORE_KEY: dict[str, str] = {
    "register_account": "answers_order_before_register_account",
    "real_name": "answers_order_before_real_name",
    "apply": "answers_order_before_apply",
    "sign_contract": "answers_order_before_sign_contract",
    "pay_deposit": "answers_order_before_pay_deposit",
    "file_ticket": "answers_order_before_file_ticket",
    "shop_opens": "answers_order_before_shop_opens",
}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# Listing (or selling) before the deposit, asked yes or no: "can I list products before paying the
# deposit", "能不能先上架再交保证金".
# "交保证金之前能上架商品吗" (black-box s65 D21: "顺序反了" and the rule four times): the
# listing asked before the deposit, said in Chinese order.
_BEFORE_DEPOSIT_ZH = lazy_compile(r"保证金[^，,。？?]{0,6}(?:之前|以前|前)")
_LISTING_FIRST_ASKED = lazy_compile(
    r"^(?:so |and |ok,? )?(?:can|could|may|is it possible (?:to|that)|are we allowed to|am i allowed to)"
    r"(?: i| we| you)?(?: already| still| first)? (?:start )?(?:list|sell|publish|put up|launch|open)"
    r"|(?:能|可以|可不可以|能不能|是否可以|可否)(?:先)?(?:上架|发布商品|卖|售卖|开店)"
)


def _between(steps: list[Step], said_first: Step, norm: str, lang: Lang) -> Answer:
    first, last = min(steps, key=lambda s: s.number), max(steps, key=lambda s: s.number)
    lead = t(
        "answers_order_lead",
        lang,
        first=_label(first, lang),
        first_number=first.number,
        last=_label(last, lang),
        last_number=last.number,
    )
    placed = _before_or_after(steps, norm)
    if placed is not None:
        subject, reference = placed
        # The place named by the step it is taken from: "After paying the deposit: …".
        after = t(_AFTER_KEY[reference.id], lang)
        if subject.number > reference.number and _ASKS_PERMISSION.search(norm):
            # "May we list before the deposit is paid, or only afterwards?": 不能 / No first.
            opening = t("answers_order_only_after", lang, after=after)
        elif subject.number > reference.number:
            opening = t("answers_order_after", lang, after=_capitalised(after))
        else:
            before = _capitalised(t(_BEFORE_KEY[reference.id], lang))
            opening = t("answers_order_before", lang, before=before)
        lead = opening + lead
        if reference.id == "apply" and subject.number > reference.number:
            # "签合同在审核前还是审核后": the review (step 3's last sub-step) comes in between.
            lead += "\n" + _wait_line(reference, lang)
    elif (claimed := _claimed_place(steps, norm)) is not None:
        # "保证金是审核通过以后才交的对吧": the place stated is confirmed (是的) or reversed.
        subject, reference, after = claimed
        right = (subject.number > reference.number) == after
        after = t(_AFTER_KEY[first.id], lang)
        verdict = "answers_order_yes" if right else "answers_order_reversed"
        lead = t(verdict, lang, after=after) + lead
    elif _TURNED_ROUND.search(norm) and len(steps) == 2:
        # "第5步和第6步能倒过来吗": 不能, the guide's order.
        lead = t("answers_order_not_allowed", lang, after=t(_AFTER_KEY[first.id], lang)) + lead
    elif _CLAIMS_ORDER.search(norm) and not _EITHER_OR.search(norm):
        verdict = "answers_order_yes" if said_first is first else "answers_order_reversed"
        if said_first is not first and _ASKS_PERMISSION.search(norm):
            # "能不能先上架，保证金后面再补": asked whether it may be done, the answer is 不能.
            verdict = "answers_order_not_allowed"
        lead = t(verdict, lang, after=t(_AFTER_KEY[first.id], lang)) + lead
    wait = _wait_line(first, lang)
    if _REVIEW_NAMED.search(norm) and _review_between(first, norm) and wait not in lead:
        # "提交申请之后是要等审核，还是直接就能签合同了": the review asked of comes first.
        lead = wait + "\n" + lead
    body = "\n".join(
        [
            lead,
            t("answers_order_chain", lang, chain=_chain(first, last, lang)),
            t("answers_order_step", lang, number=last.number, text=_text(last, lang)),
        ]
    )
    return _answer(body, lang)


# Waiting for the review named as one of the choices asked ("是要等审核，还是直接…", "do we wait
# for the review").
_REVIEW_NAMED = lazy_compile(
    r"等(待)?[^，,。？?]{0,4}(审核|审批)|\bwait(ing)? (for )?(the )?(review|approval)\b"
)


# "合同是审核前签还是审核后签", "before or after the review": the place of one step against
# another, asked either way round.
_BEFORE_OR_AFTER = lazy_compile(
    r"(之|以)?前还是(之|以)?后|(之|以)?后还是(之|以)?前"
    # "保证金是审核前就要交，还是审核通过以后再交": a comma may come before 还是.
    r"|(?<![目提])前[^。？?]{0,10}还是[^，,。？?]{0,10}(后|过了再|完了再|通过了再)"
    r"|(?<![然最])后[^。？?]{0,10}还是[^，,。？?]{0,10}前"
    r"|\b(before or after|after or before|prior to or after)\b"
    # "May we list products before the deposit is paid, or only afterwards?"
    r"|\bbefore\b(?=[^.?!]{0,60}\bor (only |just )?(after|afterwards|later)\b)"
)
# The step a place is taken from: "审核前", "保证金之前" (zh), the step named after "before or after".
_PLACE_AFTER_STEP = lazy_compile(r"\s*(之|以)?(前|后)")


# A place stated and asked to be confirmed: "保证金是审核通过以后才交的对吧", "is the deposit paid
# only after approval?", "实名认证要在申请之前做吧". The step the place is taken from comes right
# before 以后 / 之前 (zh) or right after "after" / "before" (en).
_PLACE_CLAIMED_ZH = lazy_compile(
    r"\s*(审核)?(通过|完成|做完|签完|交完|提交|完|好|过)?(了)?\s*((?P<after>以后|之后|后)|以前|之前|前)(才|再|就)?"
)
_CONFIRM_ASKED = lazy_compile(
    r"(对吧|对吗|对不对|是吧|是吗|是不是|没错吧|没错吗|吧|吗|么)\s*[?？!！。]*\s*$"
    r"|^\s*(is|are|do|does|must|should|can)\b|\b(right|correct|true|is that so|isn't it|aren't we)\W*$"
)
_PLACE_WORD_EN = lazy_compile(r"\b(after|before)\b")


def _claimed_place(steps: list[Step], norm: str) -> tuple[Step, Step, bool] | None:
    """(the step placed, the step it is placed against, placed after) when the message states
    one step's place against the other and asks it confirmed, not which comes first."""
    if len(steps) != 2 or _EITHER_OR.search(norm) or not _CONFIRM_ASKED.search(norm):
        return None
    named = _steps_named(norm)
    english = _PLACE_WORD_EN.search(norm)
    if english is not None:
        behind = [step for start, step in named if start > english.start()]
        if not behind:
            return None
        reference, after = behind[0], english.group(1) == "after"
    else:
        found = None
        for start, step in named:
            match = re.compile(_STEP_WORDS[step.id]).match(norm, start)
            place = match and _PLACE_CLAIMED_ZH.match(norm, match.end())
            if place:
                found = (step, place.group("after") is not None)
        if found is None:
            return None
        reference, after = found
    others = [step for step in steps if step.id != reference.id]
    return (others[0], reference, after) if others else None


def _before_or_after(steps: list[Step], norm: str) -> tuple[Step, Step] | None:
    """(the step asked about, the step it is placed against) for "A before or after B?"."""
    asked = _BEFORE_OR_AFTER.search(norm)
    if asked is None or len(steps) != 2:
        return None
    named = _steps_named(norm)
    reference = None
    if re.match(r"[a-z]", asked.group(0)):
        behind = [step for start, step in named if start > asked.start()]
        reference = behind[0] if behind else None
    else:
        for start, step in named:
            match = re.compile(_STEP_WORDS[step.id]).match(norm, start)
            if match and _PLACE_AFTER_STEP.match(norm, match.end()):
                reference = step
                break
    if reference is None:
        reference = named[-1][1]
    subject = next(step for step in steps if step.id != reference.id)
    return subject, reference


def _wait_line(step: Step, lang: Lang) -> str:
    waiting = [sub for sub in step.substeps if _WAITING.search(sub.zh + sub.en.lower())]
    if not waiting:
        return ""
    return t("answers_order_wait", lang, text=waiting[-1].en if lang == "en" else waiting[-1].zh)


# What a step brings about, as against what the vendor does next ("会怎样", "what happens once").
_ASKS_WHAT_HAPPENS = lazy_compile(
    r"(之后|以后|后|完)(会)?(怎样|怎么样|发生什么)|会怎样|\bwhat (happens|will happen|comes)\b"
    r"(?!.{0,20}\b(do|should|must) (we|i)\b)"
)


# The review said passed ("审核通过了", "we were approved").
_APPROVED = lazy_compile(
    r"审核通过|已通过|通过了|审核过了|审过了|批准了|批下来了"
    r"|\b(approved|accepted|passed|passes|goes through)\b"
    # "After the marketplace approves our application": the review said done, in its verb.
    r"|\b(approves|accepts) (our|my|the)\b|\b(got|get|receive|received) (the )?(approval|green light)\b"
    # "What's the next step after approval?", "审核通过后".
    r"|\b(after|once|following) (the |our )?approval\b|审核通过后|通过审核后"
)
# "When can we start selling?": what still stands between the vendor and the shop.
_ASKS_WHEN_SELLING = lazy_compile(
    r"什么时候(能|可以)(开店|卖|上架|开卖)|\bwhen can (we|i) (start selling|sell|list|open)\b"
)
# A step said done: "保证金已经交了", "合同签完了", "deposit is paid", "ticket submitted".
_DONE_WORDS = lazy_compile(
    r"^\s*(也|都|我们也)?\s*(已经|已)?\s*(在线)?\s*(交|缴|签|提交|提|注册|完成|做|办|通过|付|充值|充)(完|好|过)?了"
    # "保证金交完以后还要做什么": done, said with 完/好 and 以后 rather than 了.
    r"|^\s*(已经|已)?\s*(交|缴|签|提交|注册|付)(完|好)(以后|之后|后)"
    r"|^\s*(is |was |has been |have been )?(paid|submitted|signed|done|completed|registered"
    r"|approved|filed)\b"
    # "the finance ticket is in, is that it?": handed in.
    r"|^\s*(is|was|'s) (in|sent|through)(?=\s*([,.;?!]|and\b|$))"
)
_DONE_BEFORE = lazy_compile(
    r"(已经|已)\s*(交|缴|签|提交|注册|完成|付)(了|完|好)?\s*$"
    # "交完保证金还要干啥": done, said with 完 / 好 before the step's words.
    r"|(交|缴|签|提交|注册|付)(完|好)了?\s*$"
    # "也提交了转财务工单", "交了保证金": done, 了 right after the verb, a few words before.
    r"|(交|缴|签|提交|提|注册|付)了[^，,。？?了]{0,4}$"
)


# "注册完阿里云账号以后": the step's own words end in 完, then 以后 / 了 within its clause.
_DONE_THEN = lazy_compile(r"[^，,。？?]{0,6}?(了|以后|之后|后)")
_ENDS_DONE = lazy_compile(r"(完|好)$")


def _said_done(norm: str, step: Step) -> bool:
    match = re.search(_STEP_WORDS[step.id], norm)
    if not match:
        return False
    after = norm[match.end() : match.end() + 12]
    return bool(
        _DONE_WORDS.search(after)
        or (_ENDS_DONE.search(match.group(0)) and _DONE_THEN.match(after))
        or _DONE_BEFORE.search(norm[max(0, match.start() - 8) : match.start()])
        or _DONE_BEFORE_EN.search(norm[max(0, match.start() - 32) : match.start()])
        or _DONE_AFTER_AND_EN.search(norm[max(0, match.start() - 72) : match.start()])
    )


# "After we pay the deposit and file the ticket, what happens": the second step done too.
_DONE_AFTER_AND_EN = lazy_compile(
    r"\b(after|once) (i|we) (have |'ve )?(pay|paid|sign|signed|submit|submitted|file|filed|complete"
    r"|completed|finish|finished)\b[^,.?]{0,40}\band (pay|paid|sign|signed|submit|submitted|file|filed"
    r"|complete|completed|finish|finished)\b(?: (?:the|our|my))?\s*$"
)


# "we have just completed the enterprise real-name verification": done, said before the step.
_DONE_BEFORE_EN = lazy_compile(
    r"\b(completed|finished|done with|passed|got through|already did|already done|already|did"
    r"|have done|'ve done|after (paying|signing|submitting|completing|finishing|filing|passing)"
    r"|(have|'ve|already|just) (paid|signed|submitted|filed)"
    # "after I pay the deposit, what's the remaining step": done by then, said with after/once.
    r"|(after|once) (i|we) (have |'ve )?(pay|paid|sign|signed|submit|submitted|file|filed|complete"
    r"|completed|finish|finished|register|registered)"
    # "We submitted the finance ticket", "we filed the ticket for our deposit": done, in the past.
    r"|(we|i|and) (submitted|filed|sent|signed|paid|registered))\b"
    r"(?: (?:the|our|my))?(?: [a-z-]+)?\s*$"
)


# A sub-step that is waiting for the Marketplace (step 3's review).
_WAITING = lazy_compile(r"等待|\bwait\b")


def _next(done: Step, lang: Lang, approved: bool = False, asked: str = "") -> Answer | None:
    following = [s for s in JOINING_STEPS if s.number == done.number + 1]
    if not following:
        return None
    step = following[0]
    subs = "\n".join(
        f"  {sub.label}. {sub.en if lang == 'en' else sub.zh}" for sub in step.substeps
    )
    waiting = [sub for sub in done.substeps if _WAITING.search(sub.zh + sub.en.lower())]
    body = t(
        "answers_order_next",
        lang,
        done_number=done.number,
        done=_label(done, lang),
        number=step.number,
        text=_text(step, lang),
    )
    if waiting and not approved:
        # "提交申请以后接下来是什么": the review comes first, inside the step just done.
        sub = waiting[-1]
        body = t("answers_order_wait", lang, text=sub.en if lang == "en" else sub.zh) + "\n" + body
    if subs and not re.search(r"[:：]", _text(step, lang)):
        # (A step told with its how-to after the colon — steps 4 to 6 — is not told again as
        # its sub-steps: black-box 51, D24.)
        body += "\n" + subs
    if step.id == "file_ticket":
        # "…然后呢" reaching step 6: the description's format itself, which that step only
        # names as "规定格式" (black-box 46, D21).
        template = "\n".join(
            [FIRST_LINE_TEMPLATE.format(amount=amount_in_capitals(DEPOSIT_PER_MARKET)), ""]
            + [f"{FIELD_LABELS_ZH[name]}：" for name in TICKET_FIELDS]
        )
        body += "\n" + t("answers_order_ticket_format", lang, template=template)
    if step.id == "file_ticket" and _STORE_ASKED.search(asked):
        # "Once the deposit is paid, what happens next with our account / store?" (holdout67
        # #47: the ticket only): step 7 says the shop opens once the deposit is paid.
        opens = next(s for s in JOINING_STEPS if s.number == step.number + 1)
        body += "\n" + t("answers_order_step", lang, number=opens.number, text=_text(opens, lang))
    return _answer(body, lang)


# The shop or account asked of ("what happens with our store", "店铺呢").
_STORE_ASKED = lazy_compile(r"店铺|店|上架|\b(store|shop|account|listing)\b")


# "剩下的步骤", "还有哪些步骤", "remaining steps", "all the steps until the store opens".
_ASKS_REMAINING = lazy_compile(
    r"剩下|剩余|还剩(下)?(的)?(哪|几|什么|啥)|还有哪些步|还有几步|后面还有|后续(还有)?哪些|之后还有哪些|接下来还有哪些|全部步骤"
    r"|还有(什么|啥|哪些|别的|其他|其它)(步骤|步|流程|环节|手续)"
    r"|\b(remaining|rest of the|all the) steps?\b|\bsteps?\b[^.?]{0,30}\b(until|till|left|remain)\b"
    # "We just got approved. What do we do next, in order?" (holdout66 #163: step 4 only).
    r"|(接下来|然后|下一步)[^。？?]{0,8}(按顺序|依次|一步一步)|\bnext\b[^.?]{0,20}\bin order\b(?! to)"
    r"|\bstep[- ]by[- ]step\b"
)


def _remaining(done: Step, lang: Lang, approved: bool = False) -> Answer | None:
    after = [s for s in JOINING_STEPS if s.number > done.number]
    if not after:
        return None
    if [s.id for s in after] == [JOINING_STEPS[-1].id]:
        # The ticket filed: step 7 is what follows by itself (the shop opens), nothing to do.
        body = t("answers_order_done_after_ticket", lang, text=_text(after[0], lang))
        return Answer(
            with_source(body, _source(lang), lang), lang, True, "computed.order", _source(lang), []
        )
    lines = [t("answers_order_remaining", lang, number=done.number, label=_label(done, lang))]
    waiting = [sub for sub in done.substeps if _WAITING.search(sub.zh + sub.en.lower())]
    if waiting and not approved:
        # "we clicked Submit … what happens next, and what comes after that?" (holdout78 #165:
        # step 4 first): the review inside the step just done comes before the rest.
        # (In brief: the steps after it must all fit — dev25f #125 lost step 7 to the limit.)
        lines.insert(0, t("answers_order_wait_brief", lang))
    lines += [t("answers_order_step", lang, number=s.number, text=_text(s, lang)) for s in after]
    return _answer("\n".join(lines), lang)


def step_answer(step: Step, lang: Lang) -> Answer:
    """One step in the guide's words, e.g. step 7: the shop opens once the deposit is paid."""
    return _answer(t("answers_order_step", lang, number=step.number, text=_text(step, lang)), lang)


# "交保证金是第几步", "which step is signing the contract": the step's number asked.
_ASKS_STEP_NUMBER = lazy_compile(
    r"第几步|是哪一步|在哪一步|属于哪一步|是几步|\b(which|what) step (is|are|does|do)\b"
    r"|\bwhat step number\b|\bstep number\b"
    # "Is submitting the ticket step 5 or step 6?", "交保证金是第5步还是第6步": two numbers offered.
    r"|第\s*\d\s*步还是(第\s*\d\s*步|\d)|\bstep\s*\d\s*or\s*(step\s*)?\d\b"
)
_NUMBERS_OFFERED = lazy_compile(
    r"第\s*\d\s*步还是(第\s*\d\s*步|\d)|\bstep\s*\d\s*or\s*(step\s*)?\d\b"
)
# Asked where a step stands against another (之前 / 之后): the order answers it.
_ASKS_AROUND = lazy_compile(r"之前|之后|以前|以后|前一步|后一步|\b(before|after)\b")


def step_number_head(question: str, lang: Lang) -> str | None:
    """ "交保证金是第几步？": "第5步：缴纳保证金。" to open the reply; None unless one step is
    named and its number asked."""
    norm = normalize(question)
    if not _ASKS_STEP_NUMBER.search(norm) or _ASKS_AROUND.search(norm):
        return None
    if _NUMBERS_OFFERED.search(norm):
        # "Is submitting the ticket step 5 or step 6?": the numbers offered name no step asked.
        norm = _NUMBERS_OFFERED.sub(" ", norm)
    steps = list(dict.fromkeys(step for _, step in _steps_named(norm)))
    if len(steps) != 1:
        return None
    step = steps[0]
    if _ASKS_TOTAL_STEPS.search(norm):
        # "Which step is paying the deposit, out of how many?": its number and the count.
        return t(
            "answers_order_step_number_of",
            lang,
            number=step.number,
            total=len(JOINING_STEPS),
            label=_label(step, lang),
        )
    return t("answers_order_step_number", lang, number=step.number, label=_label(step, lang))


# "out of how many?", "一共几步", "总共多少步": the count of the steps asked beside one's number.
_ASKS_TOTAL_STEPS = lazy_compile(
    r"(一共|总共|共|总计|合计)(有)?(几|多少)(个)?(步|步骤)"
    r"|\b(out )?of how many\b|\bhow many steps (are there |in total|altogether|overall)"
)


# Two steps joined in one clause: "缴纳保证金和提交工单", "paying the deposit and filing the ticket".
_JOINED = lazy_compile(r"^[^。？?；;]{0,24}(和|与|及|跟|、|以及|还有|,|，|\band\b)")


# "which steps are paying the deposit and filing the ticket?": the steps' numbers, of things named.
_ASKS_STEPS_NAMED = lazy_compile(r"\bwhich steps (are|is)\b")


def step_numbers_answer(question: str, lang: Lang) -> Answer | None:
    """ "缴纳保证金和提交工单分别是第几步": each step named with its number, in the order asked;
    None unless two or more steps are named together and their numbers asked."""
    norm = normalize(question)
    if not (_ASKS_STEP_NUMBER.search(norm) or _ASKS_STEPS_NAMED.search(norm)):
        return None
    if _ASKS_AROUND.search(norm) or _NUMBERS_OFFERED.search(norm) or _ASKS_ORDER.search(norm):
        return None
    named = _steps_named(norm)
    steps = list(dict.fromkeys(step for _, step in named))
    if (
        len(steps) < 2
        or {s.id for s in steps} == {"pay_deposit", "file_ticket"}
        and (
            # "the deposit ticket": the ticket about the deposit, step 6, one step.
            re.search(r"保证金(的)?工单|\bdeposit ticket\b", norm)
        )
    ):
        return None
    starts = [start for start, _ in named]
    if not all(
        _JOINED.search(norm[before:after])
        for before, after in zip(starts, starts[1:], strict=False)
    ):
        return None
    items = t("answers_order_step_joiner", lang).join(
        t("answers_order_step_numbered", lang, number=step.number, label=_label(step, lang))
        for step in steps
    )
    return _answer(t("answers_order_step_numbers", lang, items=items), lang)


def previous_step_answer(step: Step, lang: Lang) -> Answer | None:
    """The step before `step`, with how it leads to it; None for the first step."""
    return _previous(step, lang)


def next_step_answer(done: Step, lang: Lang) -> Answer | None:
    """The step after `done`, with its sub-steps (bot/answers/step_pointed.py)."""
    return _next(done, lang)


def step_label(step: Step, lang: Lang) -> str:
    """A step's short name ("缴纳保证金", "Pay the deposit")."""
    return _label(step, lang)


# Whether a step is the last one: "Is the deposit ticket the last step?", "交完保证金是最后一步吗".
_ASKS_LAST_STEP = lazy_compile(
    r"\b(is|was) (the |our |this |that )?([\w-]+ ){0,3}(the )?(last|final) step\b|是(不是)?最后一步|就是最后一步"
)


def last_step_answer(question: str, lang: Lang) -> Answer | None:
    """不是 / No and the step after, when a step before the last is asked to be the last one."""
    norm = normalize(question)
    if not _ASKS_LAST_STEP.search(norm):
        return None
    named = steps_named(norm)
    if [s.id for s in named] in (["pay_deposit", "file_ticket"], ["file_ticket", "pay_deposit"]):
        # "the deposit ticket": the ticket about the deposit, step 6.
        named = [s for s in named if s.id == "file_ticket"]
    if len(named) != 1:
        return None
    step = named[0]
    if step.number == JOINING_STEPS[-1].number:
        return None
    following = _next(step, lang)
    if following is None:
        return None
    following.text = t("answers_order_not_last", lang) + following.text
    return following


# "第一步和最后一步分别是什么", "what is the very first step …, and what is the final one?".
_ASKS_FIRST_STEP = lazy_compile(
    r"第一步|第1步|头一步|\b(very )?first (step|one|thing)\b|\bstep (1|one)\b|\bfirst\b[^?.]{0,30}\bstep\b"
)
_ASKS_FINAL_STEP = lazy_compile(
    r"最后一步|最后一个步骤|最终一步|\b(last|final) (step|one|stage)\b|\bends? with\b"
)


_ASKS_WHAT_FINAL = lazy_compile(
    r"最后一步(是|是什么|是啥|干嘛|做什么|要做什么)|最后一个步骤(是|是什么)"
    r"|\bwhat('s| is| are)? (the |our )?(very )?(final|last) (step|stage|one)\b"
)


def final_step_answer(question: str, lang: Lang) -> Answer | None:
    """ "what's the final step of onboarding, after the finance ticket?": step 7; None unless
    the last step itself is asked (not whether a step named is the last one)."""
    norm = normalize(question)
    if not _ASKS_WHAT_FINAL.search(norm) or _ASKS_FIRST_STEP.search(norm):
        return None
    if not steps_named(norm):
        # "What is the last step?" alone: step 7's own entry answers it.
        return None
    last = JOINING_STEPS[-1]
    body = t(
        "answers_order_final",
        lang,
        last=last.number,
        last_text=last.en if lang == "en" else last.zh,
    )
    return _answer(body, lang)


def first_and_last_answer(question: str, lang: Lang) -> Answer | None:
    """The first step and the last one, when both are asked together; None otherwise."""
    norm = normalize(question)
    if not (_ASKS_FIRST_STEP.search(norm) and _ASKS_FINAL_STEP.search(norm)):
        return None
    if _ASKS_LAST_STEP.search(norm):
        # "Is the ticket the first or the last step?": a step named, asked where it stands.
        return None
    first, last = JOINING_STEPS[0], JOINING_STEPS[-1]
    body = t(
        "answers_order_first_and_last",
        lang,
        first=first.number,
        first_text=first.en if lang == "en" else first.zh,
        last=last.number,
        last_text=last.en if lang == "en" else last.zh,
    )
    return _answer(body, lang)


# A blank in a listed sequence ("apply → ??? → deposit", "申请入驻→___→交保证金").
_BLANK = lazy_compile(r"\?{2,}|_{2,}|…+|\.{3,}|\bx{3}\b|（\s*）|\(\s*\)|空白|空着")
# "What's the missing step?", "中间缺了哪一步", "少了哪个环节".
_ASKS_MISSING = lazy_compile(
    r"(缺|少|漏|空)(了)?(的)?(是)?(哪|什么|啥)(一)?(步|个步骤|环节)|(哪|什么|啥)(一)?(步|个环节)(没写|没列|漏了|缺了|少了)"
    r"|\b(missing|left out|skipped|omitted) (step|stage)s?\b|\b(which|what) (step|stage)s? (is |are |was |were )?"
    r"(missing|left out|skipped|omitted)\b|\bstep (is |was )?(missing|left out|skipped)\b"
)


def _missing_step_answer(norm: str, named: list[tuple[int, Step]], lang: Lang) -> Answer | None:
    """The step left out of a listed sequence (holdout29 #166: "register → real-name → apply →
    ??? → deposit → ticket → store opens. What's the missing step?"): the steps between the ones
    named on either side of the blank, or, with no blank, the ones the list skips."""
    if len(named) < 3 or not _ASKS_MISSING.search(norm):
        return None
    blank = _BLANK.search(norm)
    numbers = [step.number for _, step in named]
    if blank is None and not _STEP_WORD.search(norm):
        # "…the ticket form says a field is missing": no step asked.
        return None
    if blank is not None:
        before = [step.number for at, step in named if at < blank.start()]
        after = [step.number for at, step in named if at > blank.start()]
        if not before or not after:
            return None
        low, high = max(before), min(after)
    else:
        low, high = min(numbers), max(numbers)
    gaps = [s for s in JOINING_STEPS if low < s.number < high and s.number not in numbers]
    if not gaps:
        return None
    lines = [
        t("answers_missing_step", lang, number=step.number, title=_label(step, lang))
        for step in gaps
    ]
    lines.append(step_chain(None, None, lang))
    return _answer("\n".join(lines), lang)


_STEP_WORD = lazy_compile(r"步|环节|\b(step|steps|stage|stages)\b")
# The step after the next one asked too: "and what comes right after that?", "再下一步呢".
_AND_AFTER_THAT = lazy_compile(
    r"\b(and )?(what|which step) (comes|is|happens) (right |directly )?after that\b"
    r"|\band then\?|再下一步|然后再(做|干)?(什么|啥)|再之后(呢|是什么|做什么)"
)
