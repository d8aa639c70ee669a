"""One message about several clients, each answered on its own: an agency writing "A入驻API市场+
安全市场，B入驻零售通+服务市场，C只入驻建站市场。各自多少，合计多少？", "Client F did 450k, no
distribution. Client G did 520k … commission and refund for each?", "客户T执照2023年8月…；U执照
2025年1月…。两家现在谁能进？".

Each client is a vendor of its own: its deposit, its ticket, its commission tiers and its entry
verdict are worked out from its own facts, never added into one vendor's (a joint deposit ticket
or one month's total of two companies is wrong). The message is split at each client's label;
every client's part is asked again with the message's shared context (before the first client)
and its question (after the last), read for one client.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

from bot.answers.model import Answer
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import deposit_for

# A client's label where its facts start: "客户T执照…", "A入驻API市场", "Client F did 450k",
# "；U执照…". A label followed by 和 / and / 、 lists clients ("客户T和客户U都想进…"), no facts.
_LABEL = lazy_compile(
    r"(?:(?<=[：:，,；;。.、\s])|^)(?:客户|[Cc]lient\s+|[Cc]ustomer\s+)?"
    r"(?P<label>[A-Z]|[甲乙丙丁])"
    # "甲公司三十万": the company word, then its figure.
    r"(?:(?:公司|客户)\s*(?=[\d一二两三四五六七八九十])"
    r"|(?:公司|客户)?\s*"
    r"(?=(?:的|只|也|还|想|要|是|已经|目前|现在)?\s*"
    r"(?:入驻|进|执照|营业执照|注册|成立|做了|卖了|月|did|had|has|made|sold|joined|wants|is|:|：|（|\()))"
)
# The label must come with 客户 / client somewhere, or be a run of A, B, C (甲, 乙, 丙).
_CLIENT_WORD = lazy_compile(
    r"客户|\bclients?\b|\bcustomers?\b|几家|两家|三家|四家|(?<![a-z])[a-z甲乙丙丁]\s*公司", flags=2
)
# The topics worked out per client; a list of conditions cut to its head would say too little.
_PER_CLIENT_TOPICS = frozenset(
    {"computed.deposit", "computed.commission", "computed.threshold", "computed.verdict",
     "computed.profile", "computed.ticket"}
)  # fmt: skip
# The asking sentence after the last client: "各自多少，合计多少？", "两家现在谁能进？".
_SENTENCE_END = lazy_compile(r"(?<=[。！？?!；;])|(?<=\.)\s+(?=[A-Z])")
_ASKS = lazy_compile(
    r"各自|分别|合计|一共|总共|谁|哪家|哪个客户|两家|三家|几家|多少|吗|？|\?"
    r"|\b(each|both|all|combined|total|who|which)\b",
    flags=2,
)
# Words that ask about the clients together, read for one client.
_FOR_ALL = (
    (lazy_compile(r"(两|三|四|几)家(客户|公司)?(现在|目前)?"), ""),
    (lazy_compile(r"谁能进|谁可以进"), "能进吗"),
    (lazy_compile(r"谁能|谁可以"), "能不能"),
    (lazy_compile(r"各自|分别"), ""),
    (lazy_compile(r"[，,]?\s*(合计|一共|总共)(是)?多少"), ""),
    (lazy_compile(r"\b(for each|each of them|for both|for all of them|each)\b", flags=2), ""),
    (lazy_compile(r"\b(and )?(combined|in total|the total)\b", flags=2), ""),
)
_QUESTION_MARK = lazy_compile(r"[？?]")
_TRAILING_ASIDE = lazy_compile(r"\s*[（(][^（()）]{1,60}[）)]\s*$")
_TOTAL_ASKED = lazy_compile(r"合计|一共|总共|加起来|\b(combined|total|altogether)\b", flags=2)
_SOURCE_START = ("（出处", "(Source")
_TRAILING_RECORDS = lazy_compile(
    r"\s*[（(][^（）()]*(\bid\b|\border\b|\bphone\b|\baccount\b|订单|电话|账号|工单|服务商id)[^（）()]*[）)]\s*$",
    flags=2,
)
# A client's commission in its answer's head: "佣金 1.5万元（15,000元）", "Commission: 15,000 yuan".
_COMMISSION_FIGURE = lazy_compile(r"([\d,]+(?:\.\d+)?)\s*(?:元|yuan)")


def _parts(question: str) -> tuple[str, list[tuple[str, str]], str] | None:
    """(shared context, [(label, the client's facts)], the question asked of each) or None."""
    # "…分别要写成什么大写？（账号ID: V2023…）": an aside after the question is context.
    aside = _TRAILING_ASIDE.search(question)
    if aside:
        question = question[: aside.start()]
    found = [m for m in _LABEL.finditer(question)]
    labels = [m.group("label").upper() for m in found]
    if len(found) < 2 or len(set(labels)) != len(labels):
        return None
    if not _CLIENT_WORD.search(question):
        # ("Plan A: … Plan B: …", "方案A…方案B": one vendor's options, no clients.)
        return None
    context = question[: found[0].start()].strip()
    last = question[found[-1].start() :]
    sentences = [s for s in _SENTENCE_END.split(last) if s.strip()]
    if len(sentences) < 2 or not _ASKS.search(sentences[-1]):
        return None
    ask = sentences[-1].strip()
    tail_start = found[-1].start() + last.rindex(sentences[-1])
    clients: list[tuple[str, str]] = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else tail_start
        facts = question[match.start() : end].strip().rstrip("，,；;")
        clients.append((match.group("label").upper(), facts))
    if any(_QUESTION_MARK.search(facts) for _, facts in clients):
        # "客户B想进数据智能，营业执照分别要满几年？注册资金分别要多少？": the markets' rules
        # asked, several questions, no client's own facts to work out.
        return None
    return context, clients, ask


def _for_one(ask: str) -> str:
    for pattern, replacement in _FOR_ALL:
        ask = pattern.sub(replacement, ask)
    return ask.strip() or "?"


# A verdict's bullet naming a condition not met: "→ 22个月不满足", "→ 18 months: not met".
_UNMET_BULLET = lazy_compile(r"^•.*(不满足|不符合|\bnot met\b|\bdoes not meet\b)")


def _head(text: str) -> str:
    """The answer's opening lines, up to its first bullet, its source or a blank line, and the
    bullets of the conditions a verdict finds unmet (which, and by what figure); a line that
    only opens a breakdown left out ("…当月应结算实收现金总额 15万元…：")."""
    kept: list[str] = []
    for line in text.split("\n"):
        if not line.strip() or line.startswith(("•", *_SOURCE_START)):
            break
        kept.append(line)
        if len(kept) == 3:
            break
    while len(kept) > 1 and kept[-1].rstrip().endswith((":", "：")):
        kept.pop()
    kept.extend(line for line in text.split("\n") if _UNMET_BULLET.search(line))
    return "\n".join(kept)


def per_client(question: str, lang: str, ask: Callable[[str], Answer]) -> Answer | None:
    """Each client's answer, under its label, for a message about several clients; None unless
    the message names two or more clients with their own facts and asks of them all."""
    # "…the total across the three? (vendor ID A77123, order 2023…, phone …)": records named in
    # a bracket after the question are no client's facts.
    split = _parts(_TRAILING_RECORDS.sub("", question))
    if split is None:
        return None
    context, clients, asked = split
    one = _for_one(asked)
    answers = [(label, ask(f"{context} {facts}。{one}".strip())) for label, facts in clients]
    if any(
        found.out_of_scope or not found.confident or found.topic not in _PER_CLIENT_TOPICS
        for _, found in answers
    ):
        return None
    topics = {found.topic for _, found in answers}
    lines = [
        t("answers_client_line", lang, label=label, text=_head(found.text))
        for label, found in answers
    ]
    if topics == {"computed.deposit"} and _TOTAL_ASKED.search(asked):
        from bot.answers.names import markets_in_question

        # Each client pays its own markets' deposits; the sum is the agency's total.
        total = sum(deposit_for(markets_in_question(facts)) for _, facts in clients)
        lines.append(t("answers_clients_deposit_total", lang, total=f"{total:,}"))
    if topics == {"computed.commission"} and _TOTAL_ASKED.search(asked):
        # "Commission for each and the total across the three?": the sum of each client's own.
        figures = [_COMMISSION_FIGURE.search(_head(found.text)) for _, found in answers]
        if all(figures):
            summed = sum(Decimal(f.group(1).replace(",", "")) for f in figures if f)
            lines.append(t("answers_clients_commission_total", lang, total=f"{summed:,}"))
    first = answers[0][1]
    body = t("answers_clients_head", lang, count=len(clients)) + "\n".join(lines)
    last_line = first.text[first.text.rfind("\n") + 1 :]
    if last_line.startswith(_SOURCE_START):
        body += "\n" + last_line
    return dataclasses.replace(first, text=body)
