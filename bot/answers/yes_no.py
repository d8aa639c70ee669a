"""A yes / no question about a rule gets its verdict first, read off the rule's own wording.

"营销软件必须基于云吗", "政策会不会调整", "Is real-name verification required to join?": the
reply states the rule ("无须基于云部署和开发", "阿里云有权…调整"), and a vendor reads the first
word. This is the one place that, for any confident fact answer to a yes / no-shaped question
that does not already open with a verdict, puts the verdict in front (需要 / 不需要 / 可以 /
不能 / 会 / 不会, Yes / No).

The verdict is never guessed: it is the polarity of the reply's own sentence about the thing
asked (the sentence sharing the most words with the question among those that state a rule of
the kind asked: a requirement, a permission, a future change). When that sentence says both
(必须… 无须…), none says anything of the kind, or two equally close sentences disagree, the
reply stays as it was: no verdict word rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.both_asked import with_both_needed
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t


@dataclass(frozen=True)
class _Kind:
    """One kind of yes / no question, with the rule words that answer it either way."""

    name: str
    asked: re.Pattern[str]  # how the question asks it (必须…吗, "is X required")
    negative: re.Pattern[str]  # the rule says no (无须, "not required"); looked for first
    positive: re.Pattern[str]  # the rule says yes (必须, "must"), once the negatives are gone


_REQUIRED = _Kind(
    "required",
    lazy_compile(
        # (要求 alone is a noun as often as a verb: "要求是一样的吗" asks no requirement.)
        r"必须|必需|需要|需不需要|要不要|一定要|是否要|非得|得不得|强制|硬性|(是不是|也|都|还)要"
        r"|\b(required|require|requires|requi?re[sd]?|need|needs|must|have to|has to|mandatory|necessary"
        r"|obligatory|compulsory)\b"
    ),
    lazy_compile(
        r"无须|无需|不需要|不必|不用|不要求|不是必须|并非必须|非必须|不强制|不需|没有要求|无要求"
        r"|\b(no need|not required|need not|needn't|do not need|does not need|don't need"
        r"|doesn't need|not necessary|not mandatory|not obligatory|optional)\b"
    ),
    lazy_compile(
        r"必须|须|需要|需|要求|应当|\b(required|requires|require|must|needs? to|has to|have to"
        r"|mandatory)\b"
    ),
)
_ALLOWED = _Kind(
    "allowed",
    lazy_compile(
        r"能不能|可不可以|能否|可否|可以|允许|能|\b(can|could|may|allowed|permitted|possible)\b"
    ),
    lazy_compile(
        r"不能|不可以|不得|不允许|禁止|不可|无法|不予|\b(cannot|can't|can not|may not|not allowed"
        r"|not permitted|must not|is not possible)\b"
    ),
    lazy_compile(
        r"可以|可|能|允许|有权|保留.{0,40}权利"
        r"|\b(may|can|allowed|permitted|entitled|reserves the right)\b"
    ),
)
_WILL = _Kind(
    "will",
    lazy_compile(r"会不会|是否会|会|\b(will|would)\b"),
    lazy_compile(r"不会|\b(will not|won't|would not|wouldn't)\b"),
    # ("平台会帮忙做计费吗": a market that 提供计量计费能力 does it.)
    lazy_compile(r"会|将|有权|提供|\b(will|may|would|reserves the right|provides)\b"),
)
# "Do we get a receipt after paying?", "交了保证金给不给收据": something the vendor is given;
# "Will Alibaba Cloud give us a receipt?", "会给我们开收据吗", "有没有收据": the same, asked of
# the one who gives it.
_GIVEN = _Kind(
    "given",
    lazy_compile(
        r"给不给|开不开|能拿到|能收到|(会|有没有)(?=[^，,。？?]{0,8}(收据|发票|凭证))"
        r"|\b(get|receive|obtain|give|gives|issue|issues|provide|provides|send|sends)\b"
    ),
    lazy_compile(
        r"不开|不给|不提供|\b(does not issue|doesn't issue|is not issued|not given|not provided)\b"
    ),
    lazy_compile(r"开具|开|给|提供|\b(issues?|issued|gives?|given|provides?|provided)\b"),
)
_KINDS = (_REQUIRED, _ALLOWED, _WILL, _GIVEN)

# A question answered yes or no: 吗 / 么 at the end, X不X (要不要, 会不会), 是否; in English an
# auxiliary first. Not a choice (还是, "or") and not a wh-question (多少, 怎么, "how").
_YES_NO_ZH = lazy_compile(
    r"(吗|么|嘛)\s*[?？]*\s*$|要不要|需不需要|能不能|可不可以|会不会|是不是|是否|得不得|用不用"
    r"|有没有|给不给|开不开"
)
_YES_NO_EN = lazy_compile(
    # "We haven't paid the deposit yet. Can we list products first?": the question after what
    # the vendor states.
    r"(^|[.!;:]\s+|\s[—–-]\s*)(is|are|do|does|did|can|could|will|would|must|should|may|has|have"
    r"|need)\b(?=[^.!;:]*\?\s*$)"
    r"|^\s*(is|are|do|does|did|can|could|will|would|must|should|may|has|have|need)\b"
    # "After we pay the deposit, do we get a receipt?": after a leading clause that sets the
    # scene (fix31d); not after a request ("list the conditions, is X required?").
    r"|^\s*(after|once|before|if|since|as soon as|upon|having)\b[^,?]{0,60},\s*(is|are|do|does"
    r"|did|can|could|will|would|must|should|may|has|have|need)\b(?=[^.!;:]*\?\s*$)"
)
_WH = lazy_compile(
    r"什么|哪|多少|怎么|怎样|如何|几|为什么|为啥|谁|何时|多久|多长|还是"
    r"|\b(what|which|how|why|when|where|who|whom)\b"
    # "…before listing, or can we pay it later?": two ways asked to choose from.
    r"|,\s*or\b|\bor (can|could|do|does|did|is|are|will|would|should|must|may|we|i|it)\b"
    # "Do we get a receipt or an invoice?": two things asked to choose from (fix30c2).
    r"|\b(a|an)\s+\w+\s+or\s+(a|an)\s+\w+"
)
# The answer's sentences (clauses within a sentence stay together: "有权…调整，或延长、缩短").
_SENTENCE_END = lazy_compile(r"[。；;！!？?\n]|(?<=[A-Za-z)])\.\s")
# Function characters that join topic words without being one (部署|在|云|上).
_ZH_FUNCTION = lazy_compile(r"[的在上里了是有要把被给和与及或也都还就才吗呢啊吧您你我们]")
# Where the thing asked ends and its purpose begins ("…才能进解决方案市场", "… to join X").
_PURPOSE = lazy_compile(
    r"才能|才可以|才行|以便|\b(to join|to enter|to get into|to list|in order to|so that|for)\b"
)
# A time clause after what is asked ("… while the deposit is pending", "… before paying it").
_WHILE = lazy_compile(r"\b(?:while|before|until)\b")
# Clause ends within a question.
_CLAUSE_END = lazy_compile(r"[,，。；;！!？?]|(吗|么|呢|嘛)")
# Words that carry no topic: the question's frame, not the thing asked about.
_ZH_FRAME = lazy_compile(
    r"必须|必需|需要|要不要|一定|是否|是不是|能不能|可不可以|可以|能否|会不会|我们|你们|请问|吗|么|呢"
    # Words every question of the guide shares: no topic of their own.
    r"|阿里云|云市场|指南|入驻|市场|集市|服务商|申请"
)
_EN_STOP = frozenset(
    "the a an is are do does did can could will would must should may has have need needs to of"
    " for in on at and or we our us you your it its be been this that with by from as any".split()
)
# A change to come asked about the time after now or after the policy.
_ASKS_FUTURE = lazy_compile(
    r"(到期|结束|过期|截止)(了)?(以后|之后|后)|以后|之后|今后|将来|未来|还会|再次|明年|下一期"
    r"|\b(after|future|anymore|any more|again|later|next year|from now on)\b"
)
# Another vendor's platform or cloud named ("其他厂商的IoT平台", "a third-party platform").
_ANOTHER_VENDOR = lazy_compile(
    r"其他厂商|其它厂商|别的厂商|别家|第三方|非阿里云|其他云|其它云|别的云|其他平台|其它平台|别的平台|自建"
    r"|\b(another vendor|other vendors?|third[- ]party|non-alibaba|another cloud|other clouds?"
    r"|our own platform|self-built)\b"
)
# A rule that names Alibaba Cloud's products as the base (以阿里云IoT产品为依托).
_ALIBABA_BASE = lazy_compile(
    r"以阿里云.{0,12}为依托|\b(based on|built on|rel(y|ies|ying) on|backed by) alibaba cloud\b",
    re.IGNORECASE,
)
# A sentence saying what the guide does not say.
# The note printed under a market's conditions (answers.conditions_note).
_NOTE_LINE = lazy_compile(r"说明\s*[（(]\s*不是条件|\bnote \(not a condition\)")
_SILENT = lazy_compile(
    r"没有写|没写|没有说|未写明|没有说明|未说明|没有提到|未提及|没有规定|没有给出|没有明确"
    r"|\b(does not say|doesn't say|says nothing|does not state|doesn't state|is silent|not stated)\b"
)
# A lack the vendor states ("不是基于云开发的", "没有营销策划能力", "not built on the cloud").
_LACK = lazy_compile(
    r"(不是|并非|没有|没|不)(?P<what>[^,，。；;？?]{2,14})"
    r"|\b(not|isn't|aren't|don't|doesn't|without)\b(?P<what_en>[^,.;?]{3,40})"
)
# Asked whether it is all right as it is ("这样可以吗", "行吗", "is that ok").
_ASKS_OK = lazy_compile(
    r"(这样|那样|这种|这个)?(可以|行|没问题|ok|合格|算数)(吗|么|不|嘛)|可不可以|行不行"
    r"|\b(is (that|this|it) (ok|okay|fine|acceptable|allowed|a problem)|does (that|it) matter)\b"
)
# Asked whether it is a problem ("is that a problem", "does it matter"): no is the all-right.
_ASKS_PROBLEM = lazy_compile(
    r"\b(is (that|this|it) a problem|does (that|it) matter|would (that|it) be a problem)\b"
)
# Computed answers that state a rule rather than judge the vendor's figures.
_RULE_TOPICS = frozenset({"computed.note", "computed.conditions", "computed.scope"})
# A reply that already opens with a verdict.
_OPENS_WITH_VERDICT = lazy_compile(
    r"\s*(不|没|无|有|能|可以|需要|必须|会|是|对|否|这一项|这一条不是必须|满足|一样|相同|yes\b|no\b|not\b|you can"
    r"|you cannot)",
    re.IGNORECASE,
)
# Asked beside the requirement: may we join all the same ("这种能进基础软件市场吗？是不是必须…").
_ASKS_MAY_JOIN = lazy_compile(r"能进|能入|可以进|可以入|能上架|可以上架|能申请|可以申请")


def with_rule_verdict(question: str, found: Answer) -> Answer:
    """`found` with the rule's verdict first when `question` asks yes or no of a rule the reply
    states one way only; else `found` unchanged."""
    if found.out_of_scope or not found.confident or found.topic in (None, "greeting"):
        return found
    if found.topic.startswith("computed.") and found.topic not in _RULE_TOPICS:
        # Computed answers (thresholds, profiles, amounts) judge the vendor's own figures and
        # put their own verdict first (bot/answers/verdicts.py, computed.py).
        return found
    if _OPENS_WITH_VERDICT.match(found.text):
        return found
    if found.topic == _CONDITIONS_TOPIC:
        # "software only ok, or hardware too?": both, when one condition joins the two.
        both = with_both_needed(question, found)
        if both is not None:
            return both
    norm = normalize(question)
    if not _asks_yes_no(_without_customers_cloud(norm)):
        return _with_listed_verdict(norm, found)
    # The rule is in the body, not in the source line (its headings say nothing either way).
    body = found.text.rstrip().rsplit("\n", 1)[0] if found.source else found.text
    for kind in _kinds_asked(norm):
        if kind is _WILL and _ASKS_FUTURE.search(norm):
            # "到期后还会延长吗", "以后会调整吗": what is to come is no rule the guide states (its
            # policy has ended); the reply says what the rule was, with no verdict.
            continue
        said = _rule_polarity(norm, body, kind)
        if said is None:
            continue
        found.text = _verdict_text(kind, said, norm, found.lang) + found.text
        return found
    listed = _listed_condition(norm, body) if found.topic == _CONDITIONS_TOPIC else None
    if listed is not None:
        # "Does the DevOps market require the ecosystem assessment?" answered with the whole
        # list of conditions: the thing asked is one of them, so it is required.
        found.text = t("answers_rule_listed_yes", found.lang, number=listed) + "\n" + found.text
        return found
    if _ASKS_MAY_JOIN.search(norm) and _rule_polarity(norm, body, _REQUIRED) is False:
        # "没有基于云开发，能进企业应用市场吗": the rule waives what the vendor lacks.
        found.text = t("answers_rule_not_required_may_join", found.lang) + found.text
    elif (
        _ANOTHER_VENDOR.search(norm)
        and _ALLOWED.asked.search(_NOT_MODAL.sub(" ", norm))
        and _ALIBABA_BASE.search(body)
    ):
        # "物联网市场的方案可以基于其他厂商的IoT平台吗": the rule asks that it rest on Alibaba
        # Cloud's own products (以阿里云IoT产品为依托), so another vendor's is a no.
        found.text = t("answers_rule_allowed_no", found.lang) + found.text
    elif _waives_stated_lack(norm, body):
        # "营销软件，不是基于云开发的，这样可以吗": what the vendor lacks, the rule waives.
        # "Is that a problem?" is answered No; "这样可以吗" 可以.
        key = (
            "answers_rule_lack_no_problem"
            if _ASKS_PROBLEM.search(norm)
            else "answers_rule_lack_waived"
        )
        found.text = t(key, found.lang) + found.text
    return found


def _without_customers_cloud(norm: str) -> str:
    """ "…一定要基于阿里云产品吗？我们有些客户用的是别家的云": the question without a last
    sentence that only says which cloud some customers use (background, no lack stated)."""
    from bot.answers.verdicts import says_customers_cloud

    asked, mark, last = norm.rpartition("?") if "?" in norm else norm.rpartition("？")
    if mark and last.strip() and says_customers_cloud(last):
        return asked + mark
    return norm


def _with_listed_verdict(norm: str, found: Answer) -> Answer:
    """ "开发运维市场有哪些条件？需要生态资质评估和认证吗？": the list answers the first ask; the
    yes / no asked last of one listed condition gets its verdict first all the same."""
    last = [_JOINER.sub("", part) for part in _CLAUSE_SPLIT.split(norm) if part.strip()][-1:]
    if found.topic != _CONDITIONS_TOPIC or not last or not _asks_yes_no(last[0]):
        return found
    listed = _listed_condition(last[0], found.text)
    if listed is not None:
        found.text = t("answers_rule_listed_yes", found.lang, number=listed) + "\n" + found.text
    return found


# A question's clauses: the yes / no asked after a "what" stands in the last one.
_CLAUSE_SPLIT = lazy_compile(r"[?？。!！,，;；]\s*(?=\S)")
# "…, and is X required?": the word joining the clause to the one before.
_JOINER = lazy_compile(r"^\s*(and|also|but|so|then|plus)\s+")
_CONDITIONS_TOPIC = "computed.conditions"
# One item of a numbered list of conditions ("6. completed …", "6. 完成阿里云官方…").
_LIST_ITEM = lazy_compile(r"^\s*(\d{1,2})\.\s+(.+)$")


def _listed_condition(norm: str, body: str) -> int | None:
    """The number of the one listed condition the question asks to be required ("does X
    require the ecosystem certification", "必须有ACP工程师吗"): the item sharing the most topic
    words with the thing asked, at least half of them, and no other item as close. None when
    the question asks no requirement, the reply lists none, or no one item is it."""
    if _REQUIRED not in _kinds_asked(norm) or _ANY_LACK.search(norm):
        return None
    asked = _asked_object(norm, _REQUIRED)
    if not asked:
        return None
    scored: list[tuple[int, int]] = []
    for line in body.split("\n"):
        item = _LIST_ITEM.match(line)
        if item is None:
            continue
        text = normalize(item.group(2))
        if _REQUIRED.negative.search(text):
            continue
        shared = len(asked & _topic_words(text))
        if 2 * shared >= len(asked):
            scored.append((shared, int(item.group(1))))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


# The vendor says what it lacks: whether it may join so is another question (verdicts.py).
_ANY_LACK = lazy_compile(
    r"没有|没|缺|未|还不|\b(not|no|without|lack|lacks|haven't|hasn't|don't|doesn't|isn't|aren't)\b"
)


def _waives_stated_lack(norm: str, body: str) -> bool:
    """The vendor says it lacks something ("不是基于云开发的") and asks whether that is all right
    ("这样可以吗", "is that ok"), and the reply's rule says it is not required (无须基于云…)."""
    if not _ASKS_OK.search(norm):
        return False
    for lack in _LACK.finditer(norm):
        lacked = _topic_words(lack.group("what") or lack.group("what_en") or "")
        if not lacked:
            continue
        verdicts = set()
        for sentence in _SENTENCE_END.split(body):
            sentence = normalize(sentence)
            if 2 * len(lacked & _topic_words(sentence)) < len(lacked):
                continue
            negative = _REQUIRED.negative.search(sentence) is not None
            positive = _REQUIRED.positive.search(_REQUIRED.negative.sub(" ", sentence)) is not None
            if negative != positive:
                verdicts.add(positive)
        if verdicts == {False}:
            return True
    return False


# Words holding 能 / 可 / 会 that ask or allow nothing (智能接入网关, 可能, 能力, 社会).
_NOT_MODAL = lazy_compile(
    r"智能|功能|性能|能力|可能|技能|能源|可靠|可视|可追溯|认可|许可|社会|会员|机会|协会|大会|会议"
)


def asks_one_yes_no(question: str) -> bool:
    """One sentence, asked yes or no ("Does the DevOps market require the ecosystem assessment
    and certification?"): it asks one thing, even where "and" joins two words of it."""
    norm = normalize(question)
    return _asks_yes_no(norm) and len([s for s in _QUESTION_END.split(norm) if s.strip()]) == 1


def asks_yes_no(norm: str) -> bool:
    """Whether a (normalized) question is asked yes or no, not what / which / how."""
    return _asks_yes_no(norm)


def _asks_yes_no(norm: str) -> bool:
    # "Do you issue a receipt when we pay the deposit?": the when-clause sets the scene (fix28a).
    norm = _SCENE_WHEN.sub("", norm)
    if _WH.search(norm):
        # "是不是必须有ACP工程师？要什么认证？": a yes / no asked first, then a wh-question; the
        # verdict answers the first.
        first, *rest = _QUESTION_END.split(norm, maxsplit=1)
        if not rest or not rest[0].strip() or _WH.search(first):
            return False
        return bool(_YES_NO_ZH.search(first + "?") or _YES_NO_EN.search(first + "?"))
    return bool(_YES_NO_ZH.search(norm) or _YES_NO_EN.search(norm))


_QUESTION_END = lazy_compile(r"[?？]")
# "… when we pay the deposit?" after an auxiliary-led question: no time asked.
_SCENE_WHEN = lazy_compile(
    r"(?<=\w)\s+\bwhen (we|i|you|they) (?!(will|would|can|could|should|shall|do|does|get|receive)\b)\w+"
)


def _kinds_asked(norm: str) -> list[_Kind]:
    """The kinds the question asks, in the order it asks them."""
    norm = _NOT_MODAL.sub(" ", norm)
    found = [(match.start(), kind) for kind in _KINDS if (match := kind.asked.search(norm))]
    return [kind for _, kind in sorted(found, key=lambda pair: pair[0])]


def _topic_words(text: str) -> set[str]:
    """Chinese character pairs and English words that name what a text is about."""
    zh = _ZH_FUNCTION.sub(" ", _ZH_FRAME.sub(" ", text))
    pairs = {
        run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", zh) for i in range(len(run) - 1)
    }
    # A word's first five letters: "shortened" is about "shorten", "deposits" about "deposit".
    words = {word[:5] for word in re.findall(r"[a-z][a-z-]{2,}", text) if word not in _EN_STOP}
    return pairs | words


_HELPING = lazy_compile(r"(帮忙|帮我们|帮咱们|帮着|帮)(做|弄|搞)?")


def _asked_object(norm: str, kind: _Kind) -> set[str]:
    """The topic words of what the question asks about: the words after the asking word up to
    the clause's end ("必须|基于云", "会不会|调整", "can|alibaba cloud change … period"), or,
    when the asking word ends the clause ("工单里金额写小写|可以吗"), the words before it."""
    plain = _NOT_MODAL.sub(" ", norm)
    match = kind.asked.search(plain)
    if match is None:
        return _topic_words(norm)
    clause = _CLAUSE_END.split(plain[match.end() :], maxsplit=1)[0]
    # "会帮忙做计费吗": who helps is no part of the thing asked (计费).
    clause = _HELPING.sub(" ", clause)
    # "can we list products while the deposit is still pending": what is asked ends where the
    # time it is asked of begins.
    clause = _WHILE.split(clause, maxsplit=1)[0] or clause
    return (
        _topic_words(_PURPOSE.split(clause, maxsplit=1)[0])
        or _topic_words(clause)
        or _topic_words(_CLAUSE_END.split(plain[: match.start()])[-1])
    )


def _rule_polarity(norm: str, body: str, kind: _Kind) -> bool | None:
    """True when the reply's sentences of this kind about the thing asked all state the rule as
    yes, False when all state it as no, None when none does or they disagree (a rule and its
    exception: "能部署在ECS实例上" beside "营销软件无须基于云部署"). A sentence is about the
    thing asked when it holds at least half of its topic words: "系统会发送邮件通知" says
    nothing of 短信, "我可以帮您填好" nothing of 金额写小写."""
    asked = _asked_object(norm, kind)
    if not asked:
        return None
    said: set[bool] = set()
    # What each sentence about the thing says, to choose among them when they disagree.
    sentences: list[tuple[bool, str]] = []
    for sentence in _SENTENCE_END.split(body):
        sentence = _NOT_MODAL.sub(" ", normalize(sentence))
        about = 2 * len(asked & _topic_words(sentence)) >= len(asked)
        if _NOTE_LINE.search(sentence):
            # "Note (not a condition): … need not be deployed on the cloud (marketing software
            # only)": an exception beside the conditions, never the rule's verdict.
            continue
        silent = _SILENT.search(sentence)
        if silent:
            # "没有写合作期间可以随时提取": what the guide does not say settles nothing; "写的是
            # 收据，没有提到发票" is silent of the invoice only, not of the receipt it names.
            unsaid = _topic_words(sentence[silent.end() :])
            if 2 * len(asked & unsaid) >= len(asked):
                return None
            continue
        negative = kind.negative.search(sentence) is not None
        positive = kind.positive.search(kind.negative.sub(" ", sentence)) is not None
        if negative == positive:  # neither, or both: this sentence settles nothing
            if negative and about:
                return None
            continue
        if about:
            said.add(positive)
            sentences.append((positive, kind.negative.sub(" ", sentence)))
    if len(said) > 1:
        # "未缴纳保证金的服务商不得上架商品" beside "缴纳完成后…即可上架": a rule and its
        # condition; the vendor who says it has not paid yet ("还没交保证金") is under the one
        # that speaks of not having done it.
        said = _said_of_undone(norm, sentences)
    return said.pop() if len(said) == 1 else None


def _said_of_undone(norm: str, sentences: list[tuple[bool, str]]) -> set[bool]:
    """What the sentences that speak of not having done what the vendor says it has not done
    ("还没交保证金", "we haven't paid the deposit yet") say; empty when the vendor says no such
    thing or no sentence speaks of it."""
    undone: set[str] = set()
    for match in _NOT_DONE.finditer(norm):
        undone |= _topic_words(
            match.group("what")
            or match.group("what_en")
            or match.group("what_pending")
            or match.group("what_pay")
            or ""
        )
    if not undone:
        return set()
    return {
        positive
        for positive, sentence in sentences
        if _NEGATED_CONDITION.search(sentence)
        and 2 * len(undone & _topic_words(sentence)) >= len(undone)
    }


# What the vendor says it has not done yet ("还没交保证金", "尚未缴纳", "haven't paid the deposit").
_NOT_DONE = lazy_compile(
    r"(还没有|还没|没有|没|尚未|还未|未)(?P<what>[^,，。；;？?]{2,12})"
    r"|\b(haven't|have not|hasn't|has not|not yet|didn't|did not|yet to)\b(?P<what_en>[^,.;?]{3,40})"
    # "before the deposit is paid", "while the deposit payment is still pending", "before
    # paying the deposit": the deposit not paid yet, said with before / while.
    r"|\b(before|until|while|without)\b[^,.;?]{0,12}\b(?P<what_pending>deposit)\b[^,.;?]{0,24}"
    r"\b(paid|pending|unpaid|outstanding|processing|clears?)\b"
    r"|\b(before|without)\s+(paying|topping up)\s+(the |our |any )?(?P<what_pay>deposit)\b"
)
# A sentence's own condition put in the negative ("未缴纳保证金的", "who have not paid it").
_NEGATED_CONDITION = lazy_compile(
    r"未|没有|没|\b(not|never|without|unpaid|haven't|hasn't|have not|has not)\b"
)


# Each kind's verdict, (yes, no).
_VERDICT_KEYS = {
    "required": ("answers_rule_required_yes", "answers_rule_required_no"),
    "must": ("answers_rule_must", "answers_rule_not_must"),
    "allowed": ("answers_rule_allowed_yes", "answers_rule_allowed_no"),
    "will": ("answers_rule_will_yes", "answers_rule_will_no"),
    "given": ("answers_rule_given_yes", "answers_rule_given_no"),
}
# "是不是必须…" is answered 是，必须 / 不是必须的 rather than 需要 / 不需要.
_ASKS_MUST = lazy_compile(r"必须")


def _verdict_text(kind: _Kind, positive: bool, norm: str, lang: str) -> str:
    if kind is _REQUIRED and not positive and _ASKS_MAY_JOIN.search(norm):
        # "这种能进基础软件市场吗？是不是必须基于云": what is not required does not stand in the way.
        return t("answers_rule_not_required_may_join", lang)
    name = "must" if kind is _REQUIRED and _ASKS_MUST.search(norm) else kind.name
    yes, no = _VERDICT_KEYS[name]
    return t(yes if positive else no, lang)
