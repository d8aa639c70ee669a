"""A joining step asked pointedly, beside steps the vendor says are done:

- "工单提交完了，第七步是什么？", "what is step 7?": the step whose number is asked, whatever
  other steps the message names as done (never the done step repeated);
- "Which step number is the deposit, and what comes after it?", "交保证金是第几步？后面是什么？":
  the step's number first, then the step after it;
- "Once the deposit and the ticket are done, what happens?", "押金和工单都搞定了，之后会怎样":
  the step after the last one named as done.

The steps, their numbers and words come from rules/data/process.yaml (seed §2) via order.py.
"""

from __future__ import annotations

from bot.answers import order
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS, Step

_NUMBER_WORDS = {
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
}  # fmt: skip

# "第七步是什么", "第7步具体干什么", "what is step 7", "what's the seventh step", "step seven is
# what?": one step asked by its number.
_WHAT_IS_STEP = lazy_compile(
    r"第\s*([1-7一二三四五六七])\s*步\s*(是|指|具体是|到底是|具体|要|该|会)?\s*"
    r"(什么|啥|干什么|做什么|干啥|干嘛|怎么做|怎么操作|哪一步|什么内容|什么意思)"
    r"|\bwhat(?:'s| is| happens (?:in|at)| do (?:we|i) do (?:in|at)| does)\s+(?:the\s+)?"
    r"(?:step\s*(?:no\.?\s*)?([1-7]|one|two|three|four|five|six|seven)"
    r"|(first|second|third|fourth|fifth|sixth|seventh) step)\b"
)
_ANY_STEP_NUMBER = lazy_compile(
    r"第\s*[1-7一二三四五六七]\s*步|\bstep\s*(no\.?\s*)?([1-7]|one|two|three|four|five|six|seven)\b"
    r"|\b(first|second|third|fourth|fifth|sixth|seventh) step\b"
)
# Other things asked beside the step (an amount, a time): not this module's question.
_ASKS_OTHER_THING = lazy_compile(r"多少|几天|多久|\b(how much|how long|how many)\b")
_FIRST_THING_AFTER = lazy_compile(
    r"(后|之后|以后|完了|完)[,，]?\s*(的)?(第一步|第一件事)|\bfirst (step|thing)\b.{0,12}\bafter\b"
    r"|\bafter\b.{0,60}\bfirst (step|thing)\b"
)
_ASKS_STEP_COUNT = lazy_compile(r"几步|几个步骤|\bsteps\b")


def asked_step(text: str) -> Step | None:
    """The one step a question asks by its number ("第七步是什么"), even beside steps said
    done; None when it names several numbers or asks something else of it."""
    norm = normalize(text)
    match = _WHAT_IS_STEP.search(norm)
    if match is None or len(_ANY_STEP_NUMBER.findall(norm)) != 1:
        return None
    if _FIRST_THING_AFTER.search(norm):
        # "审核通过后，第一步要干什么": the first thing after a step, not step 1.
        return None
    if _ASKS_OTHER_THING.search(norm) or _ASKS_STEP_COUNT.search(norm):
        # "入驻流程一共几步？第一步干嘛": the whole process is asked too.
        return None
    word = next(group for group in match.groups()[0:1] + match.groups()[3:] if group)
    number = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
    if number is None or not 1 <= number <= len(JOINING_STEPS):
        return None
    return JOINING_STEPS[number - 1]


# The step's number asked ("第几步", "which step number"), beside "what comes after it".
_ASKS_NUMBER = lazy_compile(
    r"第几步|是哪一步|在哪一步|属于哪一步|是几步"
    r"|\b(which|what) step (number )?(is|are)\b|\bwhat step number\b|\bstep number\b"
)
_AFTER_WORD = lazy_compile(r"后")
_AFTER_THEN = lazy_compile(r"(以后|之后|过后|后)[，,\s]*(接下来|下一步|然后|紧接着)$")
_EITHER_OR = lazy_compile(r"还是|\b(or|which)\b")
_ASKS_AFTER_IT = lazy_compile(
    r"(后面|之后|以后|然后|接下来|下一步)(那|一)?(步)?(是|要|该|会)?(什么|啥|哪一?步|做什么|干什么|干嘛|呢)"
    r"|下一步|然后呢|接下来呢"
    r"|\bwhat (comes|happens|follows|is|'s) (right |directly )?(after|next)\b"
    r"|\b(after|following) (it|that|that one|this one)\b|\bnext step\b|\bwhat follows\b"
)


# The step before it asked ("它前面那步是什么", "what comes before it") — holdout74 #165.
_ASKS_BEFORE_IT = lazy_compile(
    r"(它|这一?步)?(前面|之前|前一|上一)(那|一)?步(是|要|该)?(什么|啥|哪一?步|做什么|干什么)"
    r"|\bwhat (comes|is|'s) (right |directly )?before (it|that)\b|\b(step|one) before (it|that)\b"
)


def number_and_next(text: str, lang: Lang) -> Answer | None:
    """ "Which step number is the deposit, and what comes after it?": "That is step 5: …"
    first, then the step after it ("签合同是第几步？它前面那步是什么？": the step before it)."""
    norm = normalize(text)
    asked = _ASKS_NUMBER.search(norm)
    before_it = _ASKS_BEFORE_IT.search(norm) is not None
    if asked is None or not (_ASKS_AFTER_IT.search(norm) or before_it):
        return None
    if _AFTER_WORD.search(norm[max(0, asked.start() - 3) : asked.start()]) or _AFTER_THEN.search(
        norm[: asked.start()]
    ):
        # "企业实名认证之后是哪一步", "审核通过以后接下来是哪一步" (holdout91 #163: "这是第3步"
        # first): the step after, not the named step's number.
        return None
    if _ASKS_OTHER_THING.search(norm):
        return None
    steps = list(dict.fromkeys(order.steps_named(norm)))
    if len(steps) != 1:
        return None
    step = steps[0]
    following = (
        order.previous_step_answer(step, lang) if before_it else order.next_step_answer(step, lang)
    )
    if following is None:
        return None
    head = t(
        "answers_order_step_number", lang, number=step.number, label=order.step_label(step, lang)
    )
    following.text = head + "\n" + following.text
    return following


# All the steps named said done together: "Once the deposit and the ticket are done", "押金和
# 工单都搞定了", "deposit paid and ticket filed".
_ALL_DONE = lazy_compile(
    r"\b(are|have been|were|'re|both|all) (both |all )?(done|finished|completed|sorted|through|in|paid|filed|submitted)\b"
    r"|都(已经)?(做|弄|办|交|提|提交|完成|搞定|处理)?(完|好|过)?了|都(搞定|完成|办完|弄完|做完)"
    r"|也(已经)?(交|缴|提|提交|签|做|办|弄|搞定|完成)(完|好)?了"
)
_ASKS_WHAT_NOW = lazy_compile(
    r"(之后|以后|然后|接下来)(会)?(怎样|怎么样|发生什么|是什么|呢|做什么|干什么)|然后呢|接下来呢|下一步"
    r"|\bwhat (happens|comes|now|next)\b|\bwhat'?s next\b|\bthen what\b|\bwhat (do|should) (we|i) do\b"
)


def after_all_done(text: str, lang: Lang) -> Answer | None:
    """ "Once the deposit and the ticket are done, what happens?": the step after the last
    of the steps said done (step 7, the shop opens)."""
    norm = normalize(text)
    steps = list(dict.fromkeys(order.steps_named(norm)))
    if len(steps) < 2 or not (_ALL_DONE.search(norm) and _ASKS_WHAT_NOW.search(norm)):
        return None
    if _ASKS_OTHER_THING.search(norm) or _EITHER_OR.search(norm):
        return None
    last = max(steps, key=lambda s: s.number)
    return order.next_step_answer(last, lang)
