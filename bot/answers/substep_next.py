"""The sub-step after a button clicked inside a joining step: "点了“加入合作伙伴”之后下一步要干嘛",
"点完立即加入以后做什么", "after clicking 'join as a partner', what do I do next?".

The buttons are read from the sub-steps' own text in rules/data/process.yaml ("单击查看详情…",
"Click 查看详情 (details) …"), so the reply is the next sub-step in the guide's order (or the
next step's first one), never the whole path from the home page again.
"""

from __future__ import annotations

from functools import cache

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS, Step, SubStep

# The button a sub-step clicks: "单击查看详情查看…", "单击立即加入加入该类市场", "单击提交。".
_CLICK_ZH = lazy_compile(r"单击([^，。、,\s]{2,8}?)(?=查看|加入该|所在行|。|，|$)")
# Its English gloss in the sub-step's translation: "Click 加入合作伙伴 (join as a partner)".
_CLICK_EN = lazy_compile(r"click [^\s(]+ \(([a-z][a-z ]{2,30})\)")
# The button said done: "点了X之后", "点完X以后", "after clicking X", "once I click X".
_DONE_THEN_NEXT_ZH = lazy_compile(
    r"(点了|点完|点击了|点击完|单击了|单击完|按了|点过)[^，,。？?]{0,20}(之后|以后|后)"
    r"[^。？?]{0,12}(下一步|接下来|然后|要干嘛|干嘛|干啥|做啥|做什么|干什么|该做|要做|怎么做|怎么办|去哪"
    r"|点什么|点啥|点哪个|点哪里"
    # ("点完"加入合作伙伴"之后呢？" — holdout59 #162.)
    r"|呢"
    # "点完“立即加入”以后还有啥动作".
    r"|还有(啥|什么|哪些)(动作|操作|步骤|要做|要点))"
    # "看完市场详情页之后，那个加入的按钮叫啥": the next button's name asked.
    r"|(看完|看过|读完|点开)[^，,。？?]{0,12}(之后|以后|后)[^。？?]{0,12}按钮[^。？?]{0,4}(叫|是)(啥|什么)"
    # "点了财务类的“提问”，接下来选什么": the click, a comma, then what comes next.
    r"|(点了|点完|点击了|点击完|单击了|单击完|按了|点过)[^。？?]{0,24}[，,]\s*"
    r"(下一步|接下来|然后|之后|后面|后边|再)[^。？?]{0,6}(选|点|做|干|填|怎么|要|该)"
    # "提交申请以后会怎样？再下一步是什么": the application's 提交 clicked, said without 点.
    # ("工单提交完以后": the ticket's 提交, step 6 — not the application's.)
    r"|((?<!单)提交(了|完)?(入驻)?(申请|资料)?|(入驻)?申请(提交|交)(了|完)?)了?(之后|以后|后)[^。？?]{0,12}"
    r"(会怎样|会怎么样|怎么样|会发生什么|什么情况|下一步|下一个|接下来|然后|要干嘛|干嘛|干啥|做啥|做什么"
    r"|干什么|该做|要做|怎么做|怎么办|等什么)"
)
_DONE_THEN_NEXT_EN = lazy_compile(
    # ("after I pick a market and click 查看详情, what do I click next?" — holdout55 #162.)
    # ("After I pick the market and look at the details, what do I click next?" — holdout68
    # #166: 查看详情 repeated.)
    # ("in step 3, after picking the market and reading the details, what do I click?" —
    # holdout70 #164: the -ing forms.)
    r"\b(after|once|when) (i |we )?(?:[a-z ]{0,30}\band )?(click|clicked|clicking|press|pressed|pressing"
    r"|hit|hitting|look at|looked at|looking at|view|viewed|viewing|read|reading|check|checked"
    r"|checking|open|opened|opening)\b.{0,60}"
    r"\b(next|then|what (do|should|now))\b"
    # "what happens after I hit submit?": what comes of the click asked before it.
    r"|\bwhat (happens|comes next|comes after|do (i|we) do)\b.{0,20}\b(after|once|when) (i |we )?"
    r"(click|clicked|clicking|press|pressed|pressing|hit|hitting)\b"
    # "I clicked 加入合作伙伴, then … clicked 查看详情 to read the requirements. What do I click next"
    r"|\b(i|we) (clicked|pressed|hit)\b.{0,160}\bwhat (do|should|shall) (i|we) (click|press|do|hit)( next)?\b"
)


@cache
def _buttons() -> tuple[tuple[str, str, Step, int], ...]:
    """(Chinese button, English gloss, its step, its sub-step's index) in the guide's order."""
    found: list[tuple[str, str, Step, int]] = []
    for step in JOINING_STEPS:
        for index, sub in enumerate(step.substeps):
            zh = _CLICK_ZH.findall(sub.zh)
            en = _CLICK_EN.findall(sub.en.lower())
            for number, button in enumerate(zh):
                gloss = en[number] if number < len(en) else ""
                found.append((normalize(button), gloss.strip(), step, index))
    return tuple(found)


def _one_button_named(norm: str) -> tuple[str, Step, int] | None:
    """(button, its step, its sub-step's index) when the question names one sub-step's button
    (in Chinese or by its English gloss), or the last of several clicked in turn ("I clicked
    加入合作伙伴, then … clicked 查看详情 … What do I click next"); None when it names none."""
    norm = _DETAILS_PAGE.sub(_DETAILS_BUTTON, norm)
    named = [
        (button, step, index)
        for button, gloss, step, index in _buttons()
        if button in norm or (gloss and gloss in norm)
    ]
    if not named:
        return None
    if len({(step.number, index) for _, step, index in named}) != 1 and not _IN_TURN.search(norm):
        return None
    return max(named, key=lambda item: (item[1].number, item[2]))


# "市场详情页": the page 查看详情 opens.
_DETAILS_PAGE = lazy_compile(
    r"详情页|\b(look|looked|looking|view|viewed|viewing|read|reading) (at )?the details\b"
)
# Several buttons clicked one after another.
_IN_TURN = lazy_compile(r"然后|再|接着|之后|\b(then|and then|after that)\b")


def following_substep(step: Step, index: int) -> tuple[Step, SubStep] | None:
    if index + 1 < len(step.substeps):
        return step, step.substeps[index + 1]
    later = [s for s in JOINING_STEPS if s.number == step.number + 1 and s.substeps]
    return (later[0], later[0].substeps[0]) if later else None


def substep_next_answer(question: str, lang: Lang) -> Answer | None:
    """The next sub-step after the one button the vendor says it clicked."""
    norm = normalize(question)
    done_then = _DONE_THEN_NEXT_ZH.search(norm) or _DONE_THEN_NEXT_EN.search(norm)
    if not done_then:
        return None
    # "点完“立即加入”以后还有啥动作？提交完就算结束了吗": the button of the click said done,
    # when a later one is named after it.
    clicked = _one_button_named(norm) or _one_button_named(done_then.group(0))
    if clicked is None:
        return None
    button, step, index = clicked
    following = following_substep(step, index)
    if following is None:
        return None
    next_step, sub = following
    body = t(
        "answers_substep_next",
        lang,
        button=button,
        number=next_step.number,
        label=sub.label,
        text=sub.en if lang == "en" else sub.zh,
    )
    index_next = next_step.substeps.index(sub)
    all_done_asked = bool(_ALL_DONE_ASKED.search(norm))
    if all_done_asked:
        # "…提交完就算结束了吗": not yet — the review and the later steps follow.
        body = t("answers_substep_not_done_yet", lang) + body
    if index_next + 1 < len(next_step.substeps):
        # "点了加入合作伙伴，接下来要点啥": 查看详情 shows the requirements; the sub-step after it
        # (立即加入) is where the vendor goes on, so it is said too.
        body += _then(next_step.substeps[index_next + 1], lang)
        if _AFTER_SUBMIT_ASKED.search(norm) and index_next + 2 < len(next_step.substeps):
            # "What do I click next, and what happens after I submit the form?": the sub-step
            # after the submit (the review) is asked too.
            body += _then(next_step.substeps[index_next + 2], lang)
        if all_done_asked and index_next + 2 == len(next_step.substeps):
            # The sub-step said after it ends the step: the step after that is said too.
            body += _step_after(next_step, lang)
    elif index_next + 1 == len(next_step.substeps):
        # "after we hit submit, what happens next, and what is the step after that?": the
        # review ends the step; the step after it is said too (holdout35 #162).
        body += _step_after(next_step, lang)
    source = source_line(sections()["process"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])


# Whether that is the end asked ("提交完就算结束了吗", "is that it?").
_ALL_DONE_ASKED = lazy_compile(
    r"(就|算)(算|是)?(完事|结束|完成|搞定|齐活|完)了?(吗|么|嘛)|\bis that (it|all)\b"
    r"|\b(are|am) (we|i) (all )?(done|finished)\b"
)


def asks_next_then_end(question: str) -> bool:
    """A button clicked, what comes next and whether that is the end asked in one message."""
    norm = normalize(question)
    return bool(
        (_DONE_THEN_NEXT_ZH.search(norm) or _DONE_THEN_NEXT_EN.search(norm))
        and _ALL_DONE_ASKED.search(norm)
        and substep_next_answer(question, "zh") is not None
    )


def _then(sub: SubStep, lang: Lang) -> str:
    """ "（再下一步 vi：…）": a later sub-step, said in brackets after the next one."""
    return t("answers_substep_then", lang, label=sub.label, text=sub.en if lang == "en" else sub.zh)


def _step_after(step: Step, lang: Lang) -> str:
    """The joining step after `step`, in the sub-step answer's words ("" after the last)."""
    after = [s for s in JOINING_STEPS if s.number == step.number + 1]
    if not after:
        return ""
    title = after[0].title_en if lang == "en" else after[0].title_zh
    text = after[0].en if lang == "en" else after[0].zh
    return t(
        "answers_substep_then_step",
        lang,
        number=after[0].number,
        title=title,
        # "签署云市场合同：签署云市场合同：在…": the step's text may open with its title.
        text=_TITLE_COLON.sub("", text[len(title) :]) if text.startswith(title) else text,
    )


# What follows the form's submit asked ("what happens after I submit the form", "提交之后呢").
_AFTER_SUBMIT_ASKED = lazy_compile(
    r"\b(after|once) (i|we) (submit|hit submit|send)\b|提交(之后|以后|后)(会|呢|怎样|怎么样|发生|是|要)"
)


# The colon after a step's title its text opens with ("签署云市场合同：在…").
_TITLE_COLON = lazy_compile(r"^[：:]\s*")


def says_step_after(found: Answer) -> bool:
    """`found` is a sub-step's answer that goes on to the joining step after it."""
    head = t("answers_substep_then_step", found.lang).split("{number}")[0]
    return found.topic == "computed.order" and head in found.text


# A button about to be clicked and what comes before it: "点“立即加入”之前要先做什么", "before I
# click Join Now, what do I do?".
_BEFORE_CLICK_ZH = lazy_compile(
    r"(点|点击|单击|按)[^，,。？?]{0,12}(之前|以前|前)[^。？?]{0,10}(做什么|干什么|干嘛|要做|先做|怎么|哪些|啥)"
)
_BEFORE_CLICK_EN = lazy_compile(
    r"\bbefore (i |we )?(can |could |may )?(click|clicking|press|pressing|hit|hitting)\b.{0,60}\b(what|which|do|should|must)\b"
    r"|\bwhat\b.{0,40}\bbefore (i |we )?(click|clicking|press|pressing|hit|hitting)\b"
)
# Where to click to read a market's introduction and entry requirements (查看详情).
_ASKS_WHICH_CLICK = lazy_compile(
    r"(点|点击|单击|按)(什么|哪个|哪里|哪儿|啥)|在哪(里|儿)?点|\b(what|which|where) (do|should|can) "
    r"(i|we|you) (click|press|tap|hit)\b|\bwhat to click\b|\bwhere to click\b"
)
_READS_DETAILS = lazy_compile(
    r"介绍|入驻要求|详情|\b(intro|introduction|details|entry requirements|requirements)\b"
)
_APPLY_STEP = 3
# The button that shows a market's introduction and requirements (step 3 iii), and the arrow
# between sub-steps listed in a line.
_DETAILS_BUTTON = "查看详情"
_ARROW = " → "
# The details already read: "看完…介绍后要点哪个", "after reading the requirements": the button
# after it (立即加入) is asked, not 查看详情.
_AFTER_READING = lazy_compile(
    r"(看完|看过|读完|看了|浏览完|浏览过|了解完)[^，,。？?]{0,24}(后|以后|之后)"
    # Object first: "介绍和入驻要求也看完了，接下来点哪个".
    r"|(看完|读完|浏览完|了解完)了[，,。\s]*(接下来|然后|下一步|现在|再)"
    r"|\b(after|once) (i |we )?(have )?"
    r"(read|reading|viewed|viewing|checked|checking|seen|choosing|chosen)\b"
    # "I picked the market and read the details. What do I click next?" (dev47 #123).
    r"|\b(i|we)\b[^.?]{0,30}\b(?<!to )(read|viewed|checked|looked at|went through|seen)\b"
    r"[^?]{0,20}\b(details|requirements|introduction|intro)\b"
)


def _earlier_steps(step: Step, lang: Lang) -> str:
    """The joining steps before `step` ("第1步 注册阿里云账号 → 第2步 完成企业实名认证"), done
    before any of its clicks."""
    earlier = [s for s in JOINING_STEPS if s.number < step.number]
    if not earlier:
        return ""
    line = _ARROW.join(
        t(
            "answers_step_named",
            lang,
            number=s.number,
            title=s.title_en if lang == "en" else s.title_zh,
        )
        for s in earlier
    )
    return t("answers_steps_done_before", lang, steps=line)


def _substeps_line(step: Step, upto: int, lang: Lang) -> str:
    separator = _ARROW
    return separator.join(
        f"{sub.label}. {sub.en if lang == 'en' else sub.zh}" for sub in step.substeps[:upto]
    )


# Where to click to apply ("where do I click to apply?", "在哪里点申请入驻"): step 3's own entry.
_APPLIES = lazy_compile(r"申请|\b(apply|application)\b")
# The application's progress or result looked for: 查看进度, not where to apply.
_PROGRESS = lazy_compile(r"进度|结果|状态|\b(progress|status|result)\b")


def asks_where_to_apply(question: str) -> bool:
    """Where to click to apply is asked, not a button's details nor the step after."""
    norm = normalize(question)
    return bool(
        _ASKS_WHICH_CLICK.search(norm)
        and _APPLIES.search(norm)
        and not _READS_DETAILS.search(norm)
        and not _AFTER_READING.search(norm)
        and not _PROGRESS.search(norm)
    )


_WHAT_TO_FILL = lazy_compile(
    r"(填|填写|写)(哪些|什么|啥)|要填|\bwhat (do|should|must) (i|we) (fill|enter|put)\b"
)


def asks_what_to_fill(norm: str) -> bool:
    """What goes into a form is asked ("要填哪些东西"), not the steps around it."""
    return bool(_WHAT_TO_FILL.search(norm))


def substep_click_answer(question: str, lang: Lang) -> Answer | None:
    """The sub-steps before a button ("点立即加入之前要做什么"), or the button that shows a
    market's requirements (查看详情)."""
    norm = normalize(question)
    source = source_line(sections()["process"], None, lang)
    if _WHAT_TO_FILL.search(norm):
        # "点提交之前都要填哪些东西": what goes into the form (step 3 v), not the clicks before.
        return None
    if _BEFORE_CLICK_ZH.search(norm) or _BEFORE_CLICK_EN.search(norm):
        clicked = _one_button_named(norm)
        if clicked is None:
            return None
        button, step, index = clicked
        if index == 0:
            return None
        earlier = _earlier_steps(step, lang)
        clicks = t(
            "answers_substeps_before_click",
            lang,
            button=button,
            number=step.number,
            steps=_substeps_line(step, index, lang),
        )
        if earlier and lang == "en":
            clicks = clicks[:1].lower() + clicks[1:]
        body = earlier + clicks
        return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])
    if not _ASKS_WHICH_CLICK.search(norm):
        return None
    apply = next(step for step in JOINING_STEPS if step.number == _APPLY_STEP)
    if _READS_DETAILS.search(norm) and not _AFTER_READING.search(norm):
        shown = [
            (index, sub) for index, sub in enumerate(apply.substeps) if _DETAILS_BUTTON in sub.zh
        ]
        if len(shown) != 1:
            return None
        index, sub = shown[0]
        body = t(
            "answers_substep_click",
            lang,
            number=apply.number,
            label=sub.label,
            text=sub.en if lang == "en" else sub.zh,
            before=_substeps_line(apply, index, lang),
        )
        return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])
    return None


# Where the vendor checks its application's progress itself: "Where can I check the status
# myself?", "申请进度在哪看": step 3's 云市场平台 area (查看申请进度).
_WHERE_CHECK = lazy_compile(
    r"在哪(里|儿)?(看|查|查看)|哪里(能|可以)?(看|查)|去哪(里|儿)?(看|查)"
    r"|\bwhere (can|do|should) (i|we) (check|see|track|view|follow)\b|\bhow (can|do) (i|we) (check|track)\b"
)


def asks_where_to_check_progress(question: str) -> bool:
    norm = normalize(question)
    return bool(_WHERE_CHECK.search(norm) and _PROGRESS.search(norm))
