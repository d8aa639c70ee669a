"""The conversation's two forms as `interpret.Form`s: the eligibility questions and the ticket.

Each knows its fields, how a message names one (labels and aliases) and how to read a value
for one; `interpret()` does the rest the same way for both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Any

from bot.conversation import questions as q
from bot.conversation.interpret import (
    SAYS_ACP,
    Answer,
    FieldRefused,
    FieldRefusedFirmly,
    UnclearAnswer,
    described_no,
    described_yes_no,
    experience_markets,
    is_implausible,
    looks_like_question,
    read_count,
    read_spoken_range,
    reader_for,
)
from bot.i18n import (
    CONFIRM_WORDS,
    CONTINUE_WORDS,
    DONE_WORDS,
    FIELD_ALIASES,
    TICKET_FIELD_ALIASES,
    TICKET_FIELD_LABELS,
    normalize_command,
    pick,
    t,
)
from bot.product_parts import MATURE_PRODUCT, software_without_hardware
from bot.texts import pair
from rules.eligibility import age_in_months
from rules.markets import find_markets_in_text
from rules.profile import PROFILE_FIELDS
from rules.ticket import (
    PASTED_LABELS,
    TICKET_FIELDS,
    TicketFieldError,
    phone_in_text,
    validate_field,
)

_CLAUSES = re.compile(r"[，,；;。\n]+")
# Words of the flow, never a ticket field's value ("确认", "confirm", "ok", "继续").
_CONTROL_WORDS = frozenset(
    {normalize_command(w) for w in (*CONFIRM_WORDS, *CONTINUE_WORDS, *DONE_WORDS)}
    | {"ok", "okay", "好", "好的", "行", "可以", "没问题", "yes", "no", "是", "否", "对"}
)
# What may stand between a question's name and its value ("注册资本是五十万", "电话：138…").
LABEL_JOINERS = " ：:是为有"
# "没有ACP", "no ACP engineers", "一个ACP都没有": none of what the question counts.
_NONE_OF_IT = re.compile(
    # ("那我们目前没有ACP认证工程师。", blind_conversations41 c41_36: asked again and again.)
    r"^(?:那|那么|嗯|我们|我司|公司|目前|暂时|现在|还|确实)*(?:没有|没|无|暂无|no|zero|0)\s*(?:任何)?([^\d，,。]{1,20}?)"
    r"(?:的人|认证|工程师)?[。.!！]?$",
    re.IGNORECASE,
)
# Alibaba Cloud certifications other than the ACP the guide names (black-box s64 D2: "我们有两个
# 人考了阿里云的ACA" at the ACP question stored 2 ACP engineers).
_OTHER_CERTIFICATION = re.compile(r"(?<![a-z])(?:aca|ace|acse|acsa)(?![a-z])", re.IGNORECASE)
_ACP = re.compile(r"(?<![a-z])acp(?![a-z])", re.IGNORECASE)
# Where one count ends and the next begins: "2 ACA and 1 ACP", "2个ACA，没有ACP", "ACP是啥 我们…".
_COUNT_CLAUSES = re.compile(
    r"[，,;；。？?!！]|\s+(?:and|but|plus|while|with)\s+|(?<=[\u4e00-\u9fffA-Za-z])\s+(?=[\u4e00-\u9fff])"
    r"|和|还有|以及|另外|但是?|不过|其余|其他",
    re.IGNORECASE,
)
_NO_ACP = re.compile(
    r"(?:没有|没|无|暂无|\bno\b|\bzero\b|\bnone\b|(?<!\d)0(?!\d))[^，,。]{0,8}(?<![a-z])acp(?![a-z])"
    r"|(?<![a-z])acp(?![a-z])[^，,。]{0,6}(?:没有|一个也没有|0个|\bnone\b|\bzero\b)",
    re.IGNORECASE,
)


# A count or a certification, in order: "ACP 3人 ACA 2人", "2个ACA 1个ACP", "2 with ACP".
_COUNT_OR_CERT = re.compile(
    r"(?P<cert>(?<![a-z])(?:acp|aca|ace|acse|acsa)(?![a-z]))"
    r"|(?P<count>(?<![\d.])\d{1,3}(?![\d.])|[一两二三四五六七八九十]{1,3}(?=\s*(?:个|名|位|人)))",
    re.IGNORECASE,
)
# The first clause, the question's own answer, naming no certification: "没有，只有ACA", "3个，
# 都是ACP，另外也有ACA", "3, all ACP certified; a few more have ACA" (review 56 R8).
_FIRST_CLAUSE = re.compile(r"^\s*([^，,;；。:：\s]+)(?:\s*[，,;；。:：]|(?=\s+\S))")
_NONE_WORDS = re.compile(
    r"^(?:那|那么|嗯|我们|我司|公司)*(?:暂时|目前|现在|还)*(?:没有|没|无|暂无|一个都没有|一个也没有|一个都没|零|0个?|none|no|zero|nope)$",
    re.IGNORECASE,
)
# A bracket about other certifications ("3个ACP（另有2个ACA）"): no part of the count.
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")


def _acp_count_paired(text: str) -> int | None:
    """The count paired with ACP when counts and certifications alternate ("ACP 3人 ACA 2人",
    "2个ACA 1个ACP", "2 with ACP, 1 with ACE"); None when they do not pair up."""
    tokens = [
        ("cert", m.group("cert").casefold()) if m.group("cert") else ("count", m.group("count"))
        for m in _COUNT_OR_CERT.finditer(text)
    ]
    kinds = [kind for kind, _ in tokens]
    if (
        len(tokens) < 4
        or len(tokens) % 2
        or any(a == b for a, b in zip(kinds, kinds[1:], strict=False))
    ):
        return None
    pairs = [tokens[i : i + 2] for i in range(0, len(tokens), 2)]
    for pair_ in pairs:
        cert = next(value for kind, value in pair_ if kind == "cert")
        count = next(value for kind, value in pair_ if kind == "count")
        if cert == "acp":
            try:
                return int(count) if count.isdigit() else int(read_count(count + "个").value)
            except (FieldRefused, UnclearAnswer, ValueError):
                return None
    return None


def _acp_beside_other_certifications(form: EligibilityForm, text: str) -> Answer | None:
    """At the ACP question, a message naming another certification: the count said of ACP
    ("2 ACA and 1 ACP": 1; "2个ACA，没有ACP": 0; "没有，只有ACA": 0), or a refusal naming the
    mix-up ("we have 2 people with ACA" counts no ACP engineer); None when no other
    certification is named."""
    if not _OTHER_CERTIFICATION.search(text):
        return None
    if _NO_ACP.search(text):
        return Answer(0)
    reader = reader_for("int", form.today)
    first = _FIRST_CLAUSE.match(text)
    if first and not (_OTHER_CERTIFICATION.search(first.group(1)) or _ACP.search(first.group(1))):
        said = first.group(1)
        if _NONE_WORDS.match(said):
            return Answer(0)
        # ("2 ACA and 1 ACP": a count before its certification, read below.)
        if re.match(r"\s*[，,;；。:：]", text[first.end(1) :]):
            try:
                return reader(said)
            except (FieldRefused, UnclearAnswer):
                pass
    unbracketed = _BRACKETED.sub(" ", text)
    paired = _acp_count_paired(unbracketed)
    if paired is not None:
        return Answer(paired)
    for clause in _COUNT_CLAUSES.split(unbracketed):
        if not _ACP.search(clause) or _OTHER_CERTIFICATION.search(clause):
            continue
        try:
            return reader(clause)
        except (FieldRefused, UnclearAnswer):
            continue
    raise FieldRefusedFirmly(*pair("parse.acp.other_certification"))


# The kinds of question answered with a number (where "二十五六" is a range).
_NUMBER_KINDS = frozenset({"int", "money", "experience"})


def _names_inside(wanted: str, name: str) -> bool:
    """Whether `name` is in `wanted`, an English name as whole words ("date" is not inside
    "update", "cs" not inside "cases"); a Chinese name anywhere."""
    if name not in wanted:
        return False
    if not (name[0].isascii() and name[0].isalnum()) and not (
        name[-1].isascii() and name[-1].isalnum()
    ):
        return True
    for found in re.finditer(re.escape(name), wanted):
        before = wanted[found.start() - 1] if found.start() else ""
        after = wanted[found.end()] if found.end() < len(wanted) else ""
        starts = not (name[0].isascii() and name[0].isalpha()) or not (
            before.isascii() and before.isalpha()
        )
        ends = not (name[-1].isascii() and name[-1].isalpha()) or not (
            after.isascii() and after.isalpha()
        )
        if starts and ends:
            return True
    return False


# A line of business's experience: "大数据经验", "security experience".
_AN_EXPERIENCE = re.compile(r"经验|(?<![a-z])experience(?![a-z])", re.IGNORECASE)


def _scored_keys(text: str) -> list[str]:
    """Profile keys `text` names, the best match first."""
    wanted = normalize_command(text)
    if not wanted:
        return []
    scores: dict[str, int] = {}
    # How many of a key's names are inside the text: the tie-break between equal best scores
    # ("…生态伙伴的资质评估和认证": 生态 and 认证 name the certification, 资质 alone the legal
    # entity — blind_conversations24 c24_24 corrected the wrong one).
    named: dict[str, int] = {}
    for key, spec in PROFILE_FIELDS.items():
        names = [spec.label_zh, spec.label_en, key, *FIELD_ALIASES.get(key, ())]
        for name in names:
            folded = normalize_command(name)
            if not folded:
                continue
            score = 0
            if wanted == folded:
                score = 1000
            elif _names_inside(wanted, folded):
                score = len(folded) * 10
                named[key] = named.get(key, 0) + 1
            elif len(wanted) >= 2 and wanted in folded:
                score = len(wanted) * 5
            if score > scores.get(key, 0):
                scores[key] = score
    ranked = sorted(scores, key=lambda key: (-scores[key], -named.get(key, 0)))
    if q.EXPERIENCE_KEY in ranked[1:] and _AN_EXPERIENCE.search(wanted):
        # "大数据经验改成一年" (black-box s57 D8: read as the big-data offering): a line of
        # business before 经验 says whose experience, not another question.
        ranked.remove(q.EXPERIENCE_KEY)
        ranked.insert(0, q.EXPERIENCE_KEY)
    return ranked


def resolve_profile_candidates(
    text: str, markets: Sequence[str], profile: Mapping[str, Any]
) -> list[str]:
    """Every question id `text` names, the best match first."""
    found = []
    for key in _scored_keys(text):
        qid = key if key != q.EXPERIENCE_KEY else _experience_id(text, markets, profile)
        if qid:
            found.append(qid)
    return found


def resolve_profile_item(
    text: str, markets: Sequence[str], profile: Mapping[str, Any]
) -> str | None:
    """The question id a vendor names ("注册资金", "change capital", "经验 安全市场")."""
    keys = _scored_keys(text)
    if not keys:
        return None
    key = keys[0]
    if key != q.EXPERIENCE_KEY:
        return key
    return _experience_id(text, markets, profile)


def _experience_id(text: str, markets: Sequence[str], profile: Mapping[str, Any]) -> str | None:
    named = find_markets_in_text(text) or experience_markets(text)
    needing = (
        [
            qid.partition(":")[2]
            for qid in q.requests_by_id(markets)
            if qid.startswith(q.EXPERIENCE_KEY + ":")
        ]
        if markets
        else []
    )
    known = list((profile.get(q.EXPERIENCE_KEY) or {}).keys())
    for market in [*named, *needing, *known]:
        return f"{q.EXPERIENCE_KEY}:{market}"
    return None


# Words that name the question answered just before, without saying which it was.
PREVIOUS_QUESTION = re.compile(
    r"(上一题|上一个问题|上个问题|上一道|上一条|前一题|前一个问题|刚才那题|刚才那个问题|上一个回答|"
    r"previous question|last question|previous answer|last answer|the one before)",
    re.IGNORECASE,
)


# Experience said to be as old as the company: "公司成立就开始做了", "从成立起一直在做",
# "since the company was founded", "since day one".
_SINCE_FOUNDED = re.compile(
    r"(公司|我们)?(一)?成立(就|起|以来|开始|后就|那年就|时就)|从成立|开业(就|起|以来)|创办(就|起|以来)"
    r"|\bsince (the company |we |our company )?(was )?(founded|started|registered|set up|established|"
    r"incorporated|day one)\b|\bfrom (day one|the (very )?start)\b",
    re.IGNORECASE,
)


def _years_since_licence(profile: Mapping[str, Any], today: date) -> Decimal | None:
    """The licence's age in years (whole months, in hundredths, cut down), or None."""
    licence = profile.get("license_date")
    if not licence:
        return None
    try:
        start = date.fromisoformat(str(licence))
    except ValueError:
        return None
    months = age_in_months(start, today)
    if months <= 0:
        return None
    return (Decimal(months) / 12).quantize(Decimal("0.01"), rounding=ROUND_DOWN).normalize()


class EligibilityForm:
    """The eligibility questions of the chosen markets."""

    # "2015年7月成立的，注册资本五十万": one answer per clause, each for its own question.
    answers_in_clauses = True

    def __init__(
        self,
        markets: Sequence[str],
        profile: Mapping[str, Any],
        today: date,
        previous: str | None = None,
    ) -> None:
        self.markets = list(markets)
        self.profile = profile
        self.today = today
        # The question answered last: what "上一题" / "the previous question" names.
        self.previous = previous

    def slots(self) -> Sequence[str]:
        return list(q.requests_by_id(self.markets)) if self.markets else []

    def resolve(self, text: str) -> str | None:
        return resolve_profile_item(text, self.markets, self.profile)

    def candidates(self, text: str) -> list[str]:
        slots = set(self.slots())
        named = [
            qid
            for qid in resolve_profile_candidates(text, self.markets, self.profile)
            if qid in slots
        ]
        if not named and self.previous in slots and PREVIOUS_QUESTION.search(text):
            return [self.previous]
        if "acp_engineers" in named[:-1] and not SAYS_ACP.search(text):
            # "two engineers joined": any engineer, not the ACP-certified ones — last.
            named = [qid for qid in named if qid != "acp_engineers"] + ["acp_engineers"]
        return named

    def label_at_start(self, text: str) -> tuple[str, str] | None:
        """ "注册资本五十万" → ("registered_capital", "五十万"): a question's name (label or
        alias, the longest) opening `text`, and what follows it; None when none opens it."""
        wanted = normalize_command(text)
        best: tuple[int, str] | None = None
        for qid in self.slots():
            key = q.split_id(qid)[0]
            spec = PROFILE_FIELDS[key]
            for name in (spec.label_zh, spec.label_en, *FIELD_ALIASES.get(key, ())):
                folded = normalize_command(name)
                if len(folded) >= 2 and wanted.startswith(folded):
                    if best is None or len(folded) > best[0]:
                        best = (len(folded), qid)
        if best is None:
            return None
        slot = self.resolve(text) if best[1].startswith(q.EXPERIENCE_KEY + ":") else best[1]
        rest = wanted[best[0] :].strip(LABEL_JOINERS)
        return (slot, rest) if slot in self.slots() and rest else None

    def read(self, slot: str, text: str) -> Answer:
        key = q.split_id(slot)[0]
        if q.kind_of(slot) == "experience" and _SINCE_FOUNDED.search(text):
            since = _years_since_licence(self.profile, self.today)
            if since is not None:
                # "公司成立就开始做了" with the licence date on file (black-box s70 D20: "not a
                # number of years"): the company's age, confirmed before it is stored.
                return Answer(since, approximate=True)
        if key == MATURE_PRODUCT:
            split = software_without_hardware(text)
            if split is not None:
                return Answer(split)  # "software only, no hardware": a yes but for IoT
        if (
            q.kind_of(slot) == "bool"
            and key not in _DOCUMENT_KEYS
            and text.strip(" 。.!！") in _ALL_THERE_WORDS
        ):
            # "齐" at the credit or company question (black-box s77 D11: 是 stored): all there
            # answers a question about documents, never one about credit or qualifications.
            raise FieldRefused(*pair("parse.yes_no.invalid", said=text.strip()[:20]))
        if (
            q.kind_of(slot) == "bool"
            and key != _GOOD_CREDIT
            and text.strip(" 。.!！") in _CREDIT_WORDS
        ):
            # "良好" at the DingTalk question (black-box s79 D2: 是 stored): the credit
            # condition's own word answers that question, never another.
            raise FieldRefused(*pair("parse.yes_no.invalid", said=text.strip()[:20]))
        excluded = described_no(key, text) if q.kind_of(slot) == "bool" else None
        if excluded is not None:
            return Answer(excluded)  # "我们还不是法人，是个体工商户" / "不是个体户，是有限公司"
        if slot == "acp_engineers":
            counted = _acp_beside_other_certifications(self, text)
            if counted is not None:
                return counted
        if q.kind_of(slot) == "int" and _NONE_OF_IT.match(text.strip()):
            rest = _NONE_OF_IT.match(text.strip()).group(1)  # type: ignore[union-attr]
            if slot in self.candidates(rest) or slot in self.candidates(text):
                return Answer(0)  # "没有ACP" at the ACP question: none of what it counts
        reader = reader_for(q.kind_of(slot), self.today)
        if q.kind_of(slot) in _NUMBER_KINDS:
            spoken = read_spoken_range(text, reader)
            if spoken is not None:  # "二十五六个": 25, confirmed first
                return spoken
        try:
            reading = reader(text)
        except FieldRefused:
            # "成熟稳定" at the mature-product question: the condition described is the answer.
            described = described_yes_no(key, text) if q.kind_of(slot) == "bool" else None
            if described is None:
                raise
            return Answer(described)
        if is_implausible(key, reading.value):
            return Answer(reading.value, approximate=reading.approximate, implausible=True)
        return reading

    def labelled(self, text: str) -> dict[str, str]:
        """ "注册资本500万，团队25人": every clause names a different question and gives its
        value. Anything less is one answer, read as such."""
        clauses = [clause.strip() for clause in _CLAUSES.split(text) if clause.strip()]
        if len(clauses) < 2:
            return {}
        found: dict[str, str] = {}
        slots = set(self.slots())
        for clause in clauses:
            slot = self.resolve(clause)
            if slot is None or slot not in slots or slot in found:
                return {}
            value = _after_label(self, slot, clause)
            if not value or value == clause:
                return {}
            found[slot] = value
        return found


def _after_label(form: EligibilityForm | TicketForm, slot: str, clause: str) -> str:
    """The clause after the words that name the field ("团队25人" → "25人")."""
    for end in range(1, len(clause)):
        head, tail = clause[:end], clause[end:]
        if form.resolve(head) == slot and form.resolve(tail) != slot:
            return tail.strip(" ：:是为有")
    return clause


def resolve_ticket_field(text: str) -> str | None:
    """The ticket field a message names exactly ("电话", "phone", "公司名称")."""
    wanted = normalize_command(text)
    if not wanted:
        return None
    for name in TICKET_FIELDS:
        zh, en = TICKET_FIELD_LABELS[name]
        names = [zh, en, name, *TICKET_FIELD_ALIASES[name]]
        if wanted in {normalize_command(n) for n in names}:
            return name
    return None


# Every ticket label, the longest first (公司名称 before 公司), as one alternation.
_LABELS = "|".join(
    re.escape(label)
    for label in sorted(
        {label for labels in PASTED_LABELS.values() for label in labels}, key=len, reverse=True
    )
)
_TICKET_LABEL = re.compile(
    r"(?P<label>" + _LABELS + r")\s*[：:]\s*",
    re.IGNORECASE,
)
_LABEL_FIELD: dict[str, str] = {
    label.casefold(): name for name, labels in PASTED_LABELS.items() for label in labels
}


# Everything there: an answer about documents only.
# The credit condition's words ("良好", "无不良"): a yes to that question only.
_CREDIT_WORDS = frozenset({"良好", "信用良好", "无不良", "没有不良", "没有违规", "无违规"})
_GOOD_CREDIT = "good_credit"
_ALL_THERE_WORDS = frozenset({"齐", "都齐", "都齐了", "齐了", "齐全", "都齐全"})
_DOCUMENT_KEYS = frozenset({"documents_ready", "social_insurance_proof"})
_FULL_NAME_AFTER = re.compile(
    r"(?:全称|全名|注册名称?|工商名称?|营业执照上的?名称?)\s*(?:是|为|叫)?\s*[:：]?\s*"
    r"(\S+?(?:有限责任公司|股份有限公司|有限公司|公司|集团))"
)
_COMPANY_THEN_REMARK = re.compile(
    r"^(.+?(?:有限责任公司|股份有限公司|有限公司|公司|集团|工作室|事务所))\s*[，,。;；]\s*\S"
)
_COMPANY_CALLED = re.compile(
    r"^(?:我们|我司|咱们)(?:的)?(?:公司|单位)?(?:的)?(?:名|名称|名字|全称)?(?:叫做?|是|为)\s*[:：]?\s*"
    r"|^叫做?\s*(?=\S{2,}(?:公司|集团|工作室|事务所|中心))"
)
_VALUE_INTRO = re.compile(r"^(?:it'?s|it is|that'?s|this is|就是)\s*[:：]?\s*", re.IGNORECASE)
_ACK_BEFORE_VALUE = re.compile(
    r"^(?:ok|okay|sure|alright|right|yes|yep|好的|好|嗯|行|可以)[,，。.!！\s]+", re.IGNORECASE
)


class TicketForm:
    """The five fields of the deposit-transfer ticket (SPEC decision 8)."""

    def slots(self) -> Sequence[str]:
        return TICKET_FIELDS

    def resolve(self, text: str) -> str | None:
        exact = resolve_ticket_field(text)
        if exact:
            return exact
        folded = normalize_command(text)
        best: tuple[int, str] | None = None
        for name in TICKET_FIELDS:
            zh, en = TICKET_FIELD_LABELS[name]
            for label in (zh, en, *TICKET_FIELD_ALIASES[name], *PASTED_LABELS[name]):
                label = normalize_command(label)
                if len(label) >= 2 and label in folded:
                    if best is None or len(label) > best[0]:
                        best = (len(label), name)
        return best[1] if best else None

    def candidates(self, text: str) -> list[str]:
        folded = normalize_command(text)
        found: dict[str, int] = {}
        for name in TICKET_FIELDS:
            zh, en = TICKET_FIELD_LABELS[name]
            for label in (zh, en, *TICKET_FIELD_ALIASES[name], *PASTED_LABELS[name]):
                label = normalize_command(label)
                if len(label) >= 2 and label in folded:
                    found[name] = max(found.get(name, 0), len(label))
        return sorted(found, key=lambda name: -found[name])

    def read(self, slot: str, text: str) -> Answer:
        if looks_like_question(text):
            # "收据寄到哪里比较好？" is a question, never an address.
            raise FieldRefused(*pair("ticket_field_is_question"))
        if normalize_command(text) in _CONTROL_WORDS:
            # "确认" / "confirm" typed at a field (black-box 47, D2): a word of the review, never
            # the account or the contact written into the text for finance.
            raise FieldRefused(*pair("ticket_field_is_command", said=text.strip()[:20]))
        # "ok, 广州市天河区…" (black-box s55 D4): an acknowledgement before the value is no
        # part of it (the ticket is pasted to finance as it stands).
        text = _ACK_BEFORE_VALUE.sub("", text.strip()) or text
        # "it's shop_partner_2020" (black-box s57 D15: refused four times): the words that
        # introduce the value are no part of it.
        text = _VALUE_INTRO.sub("", text.strip()) or text
        if slot == "company":
            # "我们公司叫杭州小满…": whose name it is and the verb that names it, no part of it.
            text = _COMPANY_CALLED.sub("", text.strip()) or text
        if slot == "account":
            # "webpro_2020 with underscore, sorry" (black-box s67 D14: refused as no login): the
            # login among the words, when the rest is remarks.
            login = _LOGIN_THEN_REMARK.fullmatch(text.strip())
            if login is not None:
                text = login.group("login")
        if slot == "phone":
            # "ok use my mainland number +86 138 2345 6789" (black-box s55 D13: refused as too
            # long): the number among the words is the phone.
            number = phone_in_text(text)
            if number is not None:
                text = text[number[0] : number[1]].strip()
        opening = _TICKET_LABEL_OPENING.match(text.strip())
        if opening and _LABEL_FIELD.get(opening.group("label").casefold()) == slot:
            # "联系人王小鱼" at the contact (black-box 48, D11): the field's own label typed
            # before the value is no part of it ("联系人：联系人王小鱼" in the ticket).
            text = text.strip()[opening.end() :].lstrip(" ：:") or text
        try:
            return Answer(validate_field(slot, text))
        except TicketFieldError as error:
            raise FieldRefused(error.chat_zh, error.chat_en) from None

    def labelled(self, text: str) -> dict[str, str]:
        """ "阿里云账号：a@b.com 公司名称：杭州某某 … 电话：138…": each value up to the next label."""
        matches = list(_TICKET_LABEL.finditer(text))
        found: dict[str, str] = {}
        for index, match in enumerate(matches):
            name = _LABEL_FIELD.get(match.group("label").casefold())
            if name is None or name in found:
                continue
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            value = text[match.end() : end].strip(" ，,；;、\t")
            found[name] = value
        for name, value in list(found.items()):
            # "contact: Kevin Lin, phone 020-38881234" (black-box 47, D17): a label without
            # its colon after a comma opens the next field.
            for clause in _TICKET_CLAUSE_AFTER.finditer(value):
                opening = _TICKET_LABEL_OPENING.match(clause.group(1))
                other = _LABEL_FIELD.get(opening.group("label").casefold()) if opening else None
                rest = clause.group(1)[opening.end() :].strip() if opening else ""
                spaced = bool(opening) and opening.group(0)[-1:].isspace()
                if other and other not in found and rest and spaced:
                    found[name] = value[: clause.start()].strip(" ，,；;、\t")
                    found[other] = rest
                    break
        return found or _labelled_clauses(text)


# A login, then remarks about it: "webpro_2020 with underscore, sorry", "abc@x.com 谢谢".
_LOGIN_THEN_REMARK = re.compile(
    r"(?P<login>[A-Za-z0-9._@+-]{3,64})\s*[,，]?\s+(?:(?:with|using|has|it has|not|sorry|thanks?|thank you"
    r"|please|pls|谢谢|不好意思|抱歉|带下划线|下划线)[^@]{0,40})",
    re.IGNORECASE,
)


# "账号 erp_cloud，公司 上海云启…，地址 …，联系人 陈静，电话 021-…": labels without a colon, one
# clause each. Only when every clause opens with a different field's label and there are at
# least three (an address alone may well open with 公司 or 地址).
_TICKET_LABEL_OPENING = re.compile(
    # ("账号lst_2025，公司宁波…": a Chinese label may run straight into its value.)
    # ("公司叫杭州小满…" — black-box s76 D1, high: "叫杭州小满…" on the ticket.)
    r"^(?P<label>"
    + _LABELS
    + r")(?:\s*(?:是|为|叫做|叫|is)\s*|\s+|(?=[^\sA-Za-z])|(?<=[\u4e00-\u9fff]))",
    re.IGNORECASE,
)
_TICKET_CLAUSES = re.compile(r"[，,；;\n]+")
_TICKET_CLAUSE_AFTER = re.compile(r"[，,；;\n]+\s*([^，,；;\n]+)")
_MIN_LABELLED_CLAUSES = 3


def _labelled_clauses(text: str) -> dict[str, str]:
    clauses = [clause.strip() for clause in _TICKET_CLAUSES.split(text) if clause.strip()]
    if len(clauses) < _MIN_LABELLED_CLAUSES:
        return {}
    found: dict[str, str] = {}
    for clause in clauses:
        match = _TICKET_LABEL_OPENING.match(clause)
        if match is None:
            return {}
        name = _LABEL_FIELD.get(match.group("label").casefold())
        value = clause[match.end() :].strip()
        if name is None or name in found or not value:
            return {}
        found[name] = value
    return found


# A field corrected in words at the ticket's review: "电话改成0571-88886666", "地址写错了，应该是
# 文三路199号，其他不变", "the contact should be Li Wei, not Emily", "change the phone to 138…".
_TICKET_FIX = re.compile(
    r"(?P<label>" + _LABELS + r")(?:[^，,。:：]{0,6}?(?:写错了|填错了|错了|不对|有误))?[，,\s]*"
    # ("电话也换成他的 139…", "电话改 139…" — black-box 48, D30.)
    r"(?:也|也要|要|就|再|还是|又)?"
    # ("电话用她的座机0571-88776655" — black-box s61 D16; "电话再改成…" — s63 D5.)
    # ("地址改一下，改成浙江省…" — black-box s80 D1, high: "改成" stored in the address.)
    r"(?:应该是|应该为|应为|应是|改成|改为|换成|更正为|要改成|更新为"
    # ("地址改一下，是不是要写到门牌号？" asks — review 74 R7.)
    r"|(?:换一?下|改一?下)(?:[，,\s]*(?:改成|改为|换成|应该是|应为|新的是|是(?!不是|否)))?|写成|改(?=\s)"
    r"|用(?:她的|他的|我的)?(?:座机|手机|固话|电话)?(?=\s*[\d+])"
    r"|\bshould (?:be|read)\b"
    r"|\bis actually\b|\bto\b|\bis now\b"
    # ("the address is missing the postcode": what is wrong with it, no new value — D3.)
    r"|\bis\b(?!\s+(?:missing|wrong|incorrect|incomplete|not|off|outdated|fine|ok|right|correct)\b))"
    r"\s*(?:他的|她的|新的|新)?\s*(?P<value>.+)$"
    # "公司名称打错了，是杭州云科…": the slip said, then the value after 是 (black-box 46, D9).
    r"|(?P<label2>"
    + _LABELS
    # ("公司名不对，是杭州小满…" — black-box s76 D6: the old value offered.)
    + r")[^，,。:：]{0,6}?(?:写错了|填错了|打错了|错了|有误|不对|不正确|(?:少|漏|缺|多)了[^，,。:：]{0,4})"
    r"[，,\s]*(?:应该是|是|为)\s*"
    r"(?P<value2>.+)$"
    # "联系人写中文吧：陈涛" (black-box 49, D4): the field, a few words on it, a colon, the value.
    # ("快递地址：浙江省…" at the review, black-box 51 D13: the ticket's own "label：value".)
    # (Never a colon inside quotes: "地址里多了个"too:"，帮我改成 …" — black-box s74 D2, high.)
    r"|(?P<label3>" + _LABELS + r")[^:：，,。\"“”'‘’]{0,8}?[:：]\s*(?P<value3>.+)$"
    # "and phone 12345", "电话 13900001111" (black-box 50, D14): the label, a space, the value.
    # ("修改 电话 18621005566", "change phone 139…" — black-box s77 D1: the command, the field
    # and the value in one line.)
    r"|^(?:and |also |plus |还有|另外|修改\s*|更改\s*|改\s+|change\s+|update\s+|edit\s+)?"
    r"(?:the |new |新的?)?(?P<label4>" + _LABELS + r")"
    r"(?:\s+number)?\s+(?!(?:[a-z]+\s+)?(?:is|was|has|had|needs?|looks|seems|isn'?t|wasn'?t|should)\b)"
    # ("update contact and phone", "修改 联系人 是 王芳" — review 69 R1: "and phone", "是 王芳"
    # stored): never a joining word for the value; 是 / 为 / to before it set aside.
    r"(?:(?:是|为|改成|成)\s*|to\s+)?(?!(?:and|or|&|和|跟|及)(?:\s|$))"
    r"(?P<value4>[^\s].*)$"
    # "多了个吧字 联系人是李娜" at the review (black-box s53 D18): a field's full label, 是, the
    # value (never "公司是做安全软件的": a bare 公司 or 地址 is no field named).
    r"|(?:^|[，,\s])(?P<label5>联系人|联系电话|电话|手机号码?|快递地址|收件地址|邮寄地址|公司名称|公司全称|阿里云账号|阿里云帐号"
    r"|账号|帐号)"
    r"(?:其实|实际上|应该)?是(?!不是|否|不|多少|什么|啥|哪|谁|对的|正确的|错的)\s*(?P<value5>[^？?]+?)$"
    # "the address is missing the room number, should be 苏州市…501室" (black-box s54 D7): what
    # is wrong said first, the new value after a comma.
    r"|(?<![a-z])(?P<label6>" + _LABELS + r")(?![a-z])[^,，;；]{0,40}?[,，;；]\s*(?:it |that )?"
    # ("also address is wrong, its 上海市浦东新区…" — black-box s61 D13: "it's" brings the value.)
    r"(?:(?:帮我|帮忙|请|麻烦)?(?:改成|改为|换成)|should be|should read|is actually|must be|needs to be"
    r"|it'?s|it is|应该是|应为|应该为)"
    r"\s*(?P<value6>.+)$",
    re.IGNORECASE,
)
# What follows the new value and is no part of it: "其他不变", ", not Emily", "thanks", "，能改吗"
# (black-box 51, D2: "快递地址写错了，是文三路 98 号，能改吗" kept the question in the address).
_AFTER_FIX = re.compile(
    r"[，,。;；\s]+(?:(?:能|可以|可不可以|能不能|麻烦|请)(?:帮我|帮忙)?(?:改|修改|更改|改一下|改下)"
    r"(?:一下)?(?:吗|么|嘛|吧|好吗|行吗)?[？?]*"
    r"|(?:can|could) (?:you|i|we) (?:fix|change|update|correct) (?:it|that|this)(?: please)?\??)"
    r"\s*$|"
    r"[，,。;；\s]*(?:其他不变|其余不变|其它不变|其他都对|其他没问题|别的不变|谢谢|thanks|thank you"
    r"|actually|instead|please|pls|then|now"
    # "账号是xdb_gz，刚才打错了" (black-box s59 D18): the slip said after the value.
    r"|(?:刚才|之前|前面|上面)?(?:打错了|写错了|填错了|输错了|错了)"
    r"|\bnot\b.*|不是.*|rest is fine.*|the rest is (?:ok|fine|right).*"
    # "… 苏州大数据实验室有限公司 only, without the English" (black-box s56 D1, high: kept in the
    # company name): how the value is meant, said after it.
    r"|\bonly\b[,，]?\s*(?:without|no|minus|drop)\b.*|[,，]\s*(?:without|minus|drop(?:ping)?|no)\s+"
    r"(?:the\s+)?(?:english|chinese|pinyin|brackets?|parenthes[ie]s|suffix|prefix).*"
    r"|\bonly\s*$|(?:就行|即可|就可以)了?|(?:去掉|不要)(?:英文|括号|后缀)[^，,。]*"
    # "the contact should be Chen Tao, thats his chinese name" (black-box s63 D10: kept in the
    # contact): a remark on the value after a comma.
    # (Never a remark holding digits: "Li Qiang, he's on 139…" gives his phone — review.)
    r"|[,，]\s*(?:(?:that'?s|thats|that is|it'?s|its|which is|he'?s|she'?s)\b|这是|那是|是他的|是她的)\D*"
    r")\s*[。.!！]*$",
    re.IGNORECASE,
)


# "the address should be in Chinese: 江苏省…": how the value is written is no part of it.
_WRITTEN_IN = re.compile(
    # ("the address should be in Chinese too: 深圳市…" — black-box s74 D1, high: "too:" stored.)
    r"^(?:in (?:chinese|english)(?:\s+(?:too|as well|also))?|用中文(?:写)?|中文|in characters)\s*[:：]?\s*",
    re.IGNORECASE,
)
# What the value is called before it: "our registered Chinese name 上海数库信息技术有限公司" (black-box
# 51, D2) — the name after it is the value.
_TRAILING_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])[吧呀啊哈呢]+$")
_SENT_TO = re.compile(
    r"^(?:寄到|邮寄到|发到|送到|寄往|寄给"
    # "地址改一下，我们搬到杭州市滨江区…了" (black-box s64 D1, high: the move was stored).
    r"|(?:我们|公司|我司)?(?:已经|刚|刚刚|下个?月|下周|月底|马上|即将)?要?(?:搬到|搬去|搬家到|迁到|搬迁到|换到)了?(?:的)?(?:新地址)?[:：]?"
    # ("地址改一下，搬家了，新地址杭州市…", "改成我们搬到的新地址：…" — review 56 N2.)
    r"|(?:我们|公司)?搬家了[，,\s]*(?:新地址)?(?:是|为)?[:：]?|新地址(?:是|为)?[:：]?)\s*"
)
# "…588号，我们刚搬过去": a remark on the move after the address (review 56 N2).
_ADDRESS_REMARK = re.compile(
    r"[，,]\s*(?:我们|公司)?(?:刚|刚刚|已经|上个?月|上周)?(?:搬过去|搬过来|搬家|搬的)[^，,]*$"
)
# "…江南大道588号了": the 了 of the move said, no part of an address.
_ADDRESS_TAIL = re.compile(r"(?<=[\u4e00-\u9fff\d])(?:了|啦)$")
# A contact is a name: what follows it after a comma, or a space after a Chinese name, is a
# remark ("联系人改成王强吧，李娜下个月离职" — black-box s64 D1, high; "就写王强 三个字后面的不要").
_CONTACT_REMARK = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,6}[吧呀啊哈呢]*)(?:\s+|[，,；;。]).*$|^(?P<name2>[^，,；;。]+)[，,；;。].*$"
)
_ASKED_POLITELY = re.compile(
    r"[，,\s]*(?:好吗|可以吗|行吗|好不好|行不行|可以不|ok\??|please)?\s*[？?]*\s*$", re.IGNORECASE
)
_CONTACT_ROLE_BEFORE = re.compile(
    r"^(?:(?:my|our) (?:colleague|co-?worker|boss|manager|finance (?:person|guy|lady)|accountant)"
    r"|(?:我们?|我司)(?:的)?(?:同事|老板|财务|经理))\s*",
    re.IGNORECASE,
)
# "Zhou Kai (his Chinese name)" (black-box s72 D14: the remark written into the ticket): a
# bracketed remark on the name, no part of it.
_CONTACT_BRACKETED_REMARK = re.compile(
    r"\s*[(（][^)）]*(?:name|名字|中文名|英文名|\bhis\b|\bher\b|\bhe\b|\bshe\b|他|她)[^)）]*[)）]\s*$",
    re.IGNORECASE,
)
_CONTACT_REASON_AFTER = re.compile(
    r"\s+(?:since|because|as|who|cause|'cause)\b.*$|[，,]?\s*(?:因为|他|她)(?:是|负责|管).*$",
    re.IGNORECASE,
)
# A name typed in two parts, no remark: "Wang, Qiang", "欧阳 娜娜" (review 56 R12).
_NAME_IN_TWO_PARTS = re.compile(
    r"[A-Z][a-z]+,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[\u4e00-\u9fff]{1,2}\s[\u4e00-\u9fff]{1,3}"
)
# A question about the field, not its new value: "快递地址是用来寄啥的" (black-box s64 D11).
# (Only a wh-word: "电话改成139…？", "…好吗" are corrections asked politely — review 56 R4.)
_VALUE_IS_QUESTION = re.compile(
    r"^(?:是)?(?:用来|拿来|干|做)?[^，,。]{0,4}(?:啥|什么|干嘛|为什么|为啥)"
)
_VALUE_PREAMBLE = re.compile(
    r"^(?:the )?(?:chinese|english) (?:one|version)\s*[:：]?\s*(?=\S)|"
    # "the Chinese registered name: 上海安网科技有限公司" (black-box s57 D13): English words
    # before a colon say which name; the value follows.
    r"^(?:[a-z]+\s+){0,6}[a-z]+\s*[:：]\s*(?=\S)|"
    r"^(?:our|the|its)?\s*(?:registered|full|official|legal)?\s*(?:chinese|english)?\s*"
    r"(?:company\s+)?name\s*(?:is|:|：)?\s*(?=\S)|^(?:我们的?|公司的?)?(?:注册|工商|营业执照上的?)?(?:全称|名称|名字)[是为:：]?\s*(?=\S)",
    re.IGNORECASE,
)
# "actually use our chinese name X", "please put our registered name: X", "用我们的中文名 X",
# "公司名用中文全称 X": the company's name said with the words for which name to use.
_USE_OUR_NAME = re.compile(
    r"^(?:(?:actually|sorry|oh|wait|no|ok|hmm)[,\s]+)*(?:(?:please|pls|can you|could you)\s+)?"
    r"(?:use|put|write|make it|change it to|go with)\s+(?:our|the)\s+"
    r"(?:(?:chinese|english|registered|full|legal|official|company'?s?)\s+)+name\s*"
    r"(?:instead\s*)?(?:[:：,，]|\bwhich is\b|\bis\b)?\s*(?P<value>\S.{1,})$"
    r"|^(?:不对|还是|那)?[，,\s]*(?:公司名称?|名称)?(?:用|写|换成|改用)(?:我们的?|公司的?)?"
    r"(?:中文|英文|注册|工商|营业执照上的?)?(?:全称|名称|名字|名)\s*(?:吧)?[:：,，]?\s*(?P<value2>\S.{1,})$",
    re.IGNORECASE,
)
# What a company's name looks like (review 59 R2: "please use the full name on the business
# license" stored "on the business license"): a legal form, never a question.
_COMPANY_SHAPED = re.compile(
    r"^(?![^?？]*[?？])(?=.*(?:有限公司|有限责任公司|股份|集团|公司|事务所|工作室|研究院|中心"
    r"|\b(?:co\.?|ltd\.?|inc\.?|corp\.?|llc|limited|company|group|technology|technologies)\b))",
    re.IGNORECASE,
)
_ABBREVIATION_END = re.compile(r"(?<![a-z])(?:ltd|inc|co|corp|llc|plc)\.$", re.IGNORECASE)
# A phone's label glued to its number: "电话13912345678".
_PHONE_GLUED = re.compile(r"^\s*(电话|联系电话|手机号码|手机号|手机)(?=\s*[+\d])")
# A clause opening with another ticket label: "联系人改成王芳，电话改成0571-88886666".
_NEXT_LABELLED_CLAUSE = re.compile(r"[，,;；]\s*(?=(?:" + _LABELS + r"))", re.IGNORECASE)


# "不对 联系人就写王强 三个字后面的不要" (black-box s64 D1): a name after 就写 — never what to
# write ("就写负责人", "就写营业执照上的", "就写全称": review 56 R5).
_CONTACT_JUST_WRITE = re.compile(
    r"联系人\s*就写\s*(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:吧|呀|啊)?(?:\s|[，,。]|$)"
)
# "no, just write 周凯" after the contact was corrected (black-box s72 D14: not understood): a
# Chinese name alone, to be written as it is.
_JUST_WRITE_NAME = re.compile(
    r"^(?:no|nope|不是|不对)?[,，]?\s*(?:just|only|please)?\s*(?:write|put|use|写|就写|只写)\s*[:：]?\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4})\s*[。.!！]?$",
    re.IGNORECASE,
)
# An amount or a place, never a person's name: "陆万", "捌万元", "上海", "浦东新区".
_NOT_A_PERSON = re.compile(
    r"[万元仟佰拾壹贰叁肆伍陆柒捌玖零]|[省市区县镇乡村路街道号楼室]$"
    r"|^(北京|上海|天津|重庆|广州|深圳|杭州|南京|苏州|成都|武汉|西安|宁波|厦门|青岛|大连|长沙|郑州|济南|合肥|福州)"
)
_NOT_A_NAME = re.compile(
    r"负责人|财务|老板|经理|全称|简称|名字|姓名|营业执照|的|他|她|我|本人|同事|对接人"
)


# A ticket label typed with a look-alike character: "快递地止", "地趾".
_LABEL_TYPOS = re.compile(r"(?<=[快递邮寄收件])地[止趾扯]|^地[止趾扯]")


def ticket_field_fix(text: str) -> tuple[str, str] | None:
    """The ticket field a sentence corrects and the new value as typed; None when it is none."""
    text = _LABEL_TYPOS.sub("地址", text)  # "快递地止写错了" (black-box s65 D16)
    name_used = _USE_OUR_NAME.match(text.strip())
    if name_used is not None and _COMPANY_SHAPED.search(
        name_used.group("value") or name_used.group("value2")
    ):
        # "actually use our chinese name 深圳市思智接口科技有限公司" (black-box s69 D1, high: its
        # 接口 changed the API answer and the name was lost): the company's name.
        value = (name_used.group("value") or name_used.group("value2")).strip(" ，,。:：")
        # (A sentence's full stop is no part of the name; "Co., Ltd." keeps its own.)
        return "company", value if _ABBREVIATION_END.search(value) else value.rstrip(".")
    just_write = _CONTACT_JUST_WRITE.search(text.strip()) or _JUST_WRITE_NAME.match(text.strip())
    if just_write is not None and _NOT_A_PERSON.search(just_write.group("name")):
        just_write = None  # "写陆万", "写上海" (review 63 R5: the contact overwritten)
    if just_write is not None and not _NOT_A_NAME.search(just_write.group("name")):
        return "contact", just_write.group("name")
    found = _TICKET_FIX.search(text.strip())
    if found is None:
        return None
    label = next(
        found.group(g)
        for g in ("label", "label2", "label3", "label4", "label5", "label6")
        if found.group(g)
    )
    name = _LABEL_FIELD.get(label.casefold())
    said = next(
        found.group(g)
        for g in ("value", "value2", "value3", "value4", "value5", "value6")
        if found.group(g)
    )
    value = _AFTER_FIX.sub("", said).strip(" ，,。.:：")
    # "电话改成139…？", "联系人改成王强好吗": the asking around a correction, no part of it.
    value = _ASKED_POLITELY.sub("", value).strip(" ，,。.:：")
    if _ABBREVIATION_END.search(_AFTER_FIX.sub("", said).strip(" ，,。:：")):
        value += "."  # ("…Trading Co., Ltd." keeps its own full stop — black-box s79 D16.)
    value = _WRITTEN_IN.sub("", value)
    value = _VALUE_PREAMBLE.sub("", value) if name == "company" else value
    if name == "company":
        # "是杭州小满信息技术有限公司，没有叫字" (black-box s76 D6): a remark after the name's
        # legal form is no part of it.
        named = _COMPANY_THEN_REMARK.match(value)
        full = _FULL_NAME_AFTER.search(value)
        if full is not None:
            # "是小满集团，全称杭州小满信息技术有限公司" (review 68 R4: 小满集团 stored): the full
            # name said after its word.
            value = full.group(1)
        elif named is not None:
            value = named.group(1)
    # "联系人改成李娜吧", "寄到上海市浦东新区…" (black-box 53, D7): a particle after the value,
    # the verb of sending before an address, are no part of it.
    if name == "contact":
        # "my colleague Zhang Wei since it's his phone" (black-box s65 D2): who the person is,
        # and why, are no part of the name.
        value = _CONTACT_ROLE_BEFORE.sub("", value)
        value = _CONTACT_REASON_AFTER.sub("", value).strip(" ，,。.")
        value = _CONTACT_BRACKETED_REMARK.sub("", value).strip(" ，,。.")
        # (Never a remark holding a phone number: "Li Qiang, he is on 139…" is left whole.)
        remark = None if re.search(r"\d{5}", value) else _CONTACT_REMARK.match(value)
        if remark is not None and not _NAME_IN_TWO_PARTS.fullmatch(value):
            value = (remark.group("name") or remark.group("name2")).strip()
    value = _TRAILING_PARTICLE.sub("", value)
    if name == "address":
        value = _ADDRESS_TAIL.sub("", _ADDRESS_REMARK.sub("", _SENT_TO.sub("", value)))
    if name == "phone":
        # "Lucy prefers her mobile: 137 1111 2222. can you update the ticket?" (black-box s70
        # D13: "phone is too long"): the number in the sentence is the value.
        found = phone_in_text(value)
        if found is not None:
            value = value[found[0] : found[1]]
    if name is None or not value or _VALUE_IS_QUESTION.search(value):
        return None
    return name, value


# A ticket field said to be wrong with no new value (black-box 50, D3): "公司名称少了个字",
# "地址写错了", "oh no, the address is missing the postcode, can I fix it?" — that field asked again.
_FIELD_SAID_WRONG = re.compile(
    r"(?<![a-z])(?P<label>" + _LABELS + r")(?![a-z])(?:\s+number)?"
    r"(?:[^，,。:：?？]{0,6}?(?:写错了|填错了|打错了|错了|有误|不对|不全|不完整|(?:少|漏|缺|多)了|要改|得改|需要改)"
    r"|\s*(?:is|was|looks|seems)\s+(?:wrong|incorrect|not right|incomplete|missing|off|outdated)"
    r"|\s*(?:isn'?t|is not|wasn'?t) (?:right|correct|complete)"
    r"|\s*(?:has|had) (?:a )?(?:typo|mistake|error)"
    r"|\s*needs? (?:a )?(?:fix|change|correction|to be (?:fixed|changed|corrected)))",
    re.IGNORECASE,
)


def ticket_field_said_wrong(text: str) -> str | None:
    """The ticket field a message says is wrong without giving its new value; None otherwise."""
    if ticket_field_fixes(text):
        return None  # the new value is there: read as a correction
    found = _FIELD_SAID_WRONG.search(text.strip())
    if found is None:
        return None
    return _LABEL_FIELD.get(found.group("label").casefold())


# Where an address names its province, city or district; its street, and a house number.
_ADDRESS_AREA = re.compile(r"[省市区县州]")
_STREET_START = re.compile(r"^(?P<street>[\u4e00-\u9fff]{1,10}?(?:大道|路|街|道|巷|弄|村))")
_HOUSE_NUMBER_ONLY = re.compile(
    r"^\d+号(?:[^\u4e00-\u9fff]*|[\u4e00-\u9fff\d]{0,8}(?:楼|室|层|栋|单元))?$"
)
_HOUSE_NUMBER = re.compile(r"\d+号")


def with_address_part(old: str, new: str) -> str:
    """The address with only its street and number replaced, when the correction gives just
    those ("快递地址门牌号错了，是星湖街218号" — black-box s65 D3: the province and city were
    lost); the new value as given otherwise."""
    if not old or _ADDRESS_AREA.search(new) or not _ADDRESS_AREA.search(old):
        return new
    if _HOUSE_NUMBER_ONLY.match(new) and len(_HOUSE_NUMBER.findall(old)) == 1:
        return _HOUSE_NUMBER.sub(new.split("号", 1)[0] + "号", old, count=1) + new.split("号", 1)[1]
    street = _STREET_START.match(new)
    if street is None or old.count(street.group("street")) != 1:
        return new
    return old[: old.index(street.group("street"))] + new


# "地址后面加上 A座3楼", "地址补充：A座3楼", "add Building A, 3rd floor to the address" (black-box
# s69 D13: not understood, or the whole address replaced by the part): a part added at the end.
_ADDRESS_ADDED = re.compile(
    r"^(?:在|把)?(?:快递|邮寄|收件)?地址(?:的)?(?:后面|最后|末尾|结尾)?(?:再|还要|要)?(?:加上|加|补上|补充|添上|添加|追加)"
    r"(?:一下)?[:：\s]*(?P<value>\S.*)$"
    r"|^(?:please |pls )?(?:add|append)\s+(?P<value2>\S.*?)\s+(?:to|at the end of) (?:the |our )?"
    r"(?:shipping |mailing |delivery )?address\.?$",
    re.IGNORECASE,
)


def address_addition(text: str) -> str | None:
    """The part a message adds at the end of the address; None when it adds none, or when the
    message asks instead ("地址要加上门牌号吗？" — review 59 R8)."""
    found = _ADDRESS_ADDED.match(text.strip())
    if found is None or _ASKED_NOT_ADDED.search(text):
        return None
    part = (found.group("value") or found.group("value2")).strip(" ，,。.")
    return _COUNT_WORD_BEFORE.sub("", part) or None


_ASKED_NOT_ADDED = re.compile(r"[?？]|吗|么|什么|啥|哪|要不要|需不需要|\b(should|do i|do we)\b")
# "地址后面再加个A座3楼": the measure word before the part is no part of it.
_COUNT_WORD_BEFORE = re.compile(r"^(?:一个|个|一下|下)\s*")


def with_address_added(old: str, part: str) -> str:
    """The address with `part` after it: run on in Chinese, after a comma in English."""
    if not old:
        return part
    joined_zh = re.search(r"[\u4e00-\u9fff]$", old) is not None
    return f"{old}{part}" if joined_zh else f"{old}, {part}"


def validated_ticket_fixes(fixes: list[tuple[str, str]]) -> dict[str, str]:
    """Each corrected field checked as when first typed; raises `TicketFieldError` at the first
    bad one, so nothing is stored unless all are good."""
    return {name: validate_field(name, _login_without_remark(name, value)) for name, value in fixes}


def _login_without_remark(name: str, value: str) -> str:
    """The account's login without remarks after it ("webpro_2020 with underscore, sorry")."""
    login = _LOGIN_THEN_REMARK.fullmatch(value.strip()) if name == "account" else None
    return login.group("login") if login is not None else value


def ticket_fix_lines(cleaned: dict[str, str], lang: str) -> list[str]:
    """ "已更正：联系人 = 王芳", one line per corrected field."""
    return [
        t("answer_corrected", lang, label=pick(TICKET_FIELD_LABELS[name], lang), value=value)
        for name, value in cleaned.items()
    ]


def ticket_field_fixes(text: str) -> list[tuple[str, str]]:
    """Every ticket field a message corrects, in order ("联系人改成王芳，电话改成0571-88886666"
    is two); [] when it corrects none."""
    clauses = _NEXT_LABELLED_CLAUSE.split(text.strip())
    if len(clauses) > 1:
        # "联系人换成李娜，电话13912345678" (black-box s81 D3: "李娜，电话139…" refused as the
        # name): a phone's label with its number right after it is a clause of its own.
        clauses = [_PHONE_GLUED.sub(r"\1 ", clause) for clause in clauses]
        fixes = [ticket_field_fix(clause) for clause in clauses]
        if all(fixes) and len({name for name, _ in fixes if name}) == len(fixes):
            return [fix for fix in fixes if fix]
    single = ticket_field_fix(text)
    return [single] if single else []


__all__ = [
    "address_addition",
    "with_address_added",
    "EligibilityForm",
    "TicketForm",
    "resolve_profile_item",
    "resolve_ticket_field",
    "ticket_field_fix",
    "ticket_field_fixes",
    "ticket_field_said_wrong",
    "ticket_fix_lines",
    "validated_ticket_fixes",
]
