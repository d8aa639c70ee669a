"""A vendor's correction inside one message: the corrected value replaces the first.

"我们要入API、服务、建站三个市场，等下，API先不入了": API leaves the list (two markets).
"我们入建站和安全两个市场，不对，是三个，再加个企业应用": 企业应用 joins the list (three).
"注册资金500万……不好意思打错了，是50万" / "sorry, I meant 50万 not 500万": 50万 stands.
"Deposit for API and Security? actually make that two markets, add Website too" / "…, wait, drop
API": the market added or dropped changes the list.

Read as it stood, the first value was used (a deposit of the markets withdrawn, a capital the
vendor took back). The message is rewritten before it is read: the corrected value in the first
one's place, the correction's own words (and the count it restates) taken out.
"""

from __future__ import annotations

import re

from bot.answers.names import markets_in_question
from bot.lazy_re import lazy_compile
from rules.markets import get_market

# Words that take back what was just said.
_MARKER = (
    r"等下|等等|等一下|等会|哦不|噢不|不对|不好意思|抱歉|打错了?|写错了?|说错了?|搞错了?|口误|更正一下|更正"
    r"|纠正一下|\bsorry\b|\bwait\b|\bactually\b|\bcorrection\b|\boops\b|\bscratch that\b|\btypo\b"
)
_MARKER_RE = lazy_compile(_MARKER, re.IGNORECASE)

# A figure with its unit, as a vendor writes it.
_VALUE = (
    r"\d+(?:\.\d+)?\s*(?:万元|万|元|人|个人|年|个月|yuan|people|employees|staff|years?|months?)"
)
_VALUE_RE = lazy_compile(_VALUE, re.IGNORECASE)

# "是50万", "应该是50万", "I meant 50万", "make that 50万", "改成50万"; "not 500万" after it.
_NEW_VALUE = lazy_compile(
    r"(?:应该是|其实是|改成|改为|实际是|实际上是|是|\bi meant?\b|\bmake (?:that|it)\b|\bshould (?:be|read)\b"
    r"|\bit'?s\b|\bit is\b)\s*(?P<new>" + _VALUE + r")"
    r"(?:\s*[,，]?\s*(?:\bnot\b|而不是|不是)\s*(?P<old>" + _VALUE + r"))?",
    re.IGNORECASE,
)
# "不是500万，是50万" / "not 500万 but 50万".
_OLD_THEN_NEW = lazy_compile(
    r"(?:不是|\bnot\b)\s*(?P<old>"
    + _VALUE
    + r")\s*[,，]?\s*(?:而是|是|\bbut\b)\s*(?P<new>"
    + _VALUE
    + r")",
    re.IGNORECASE,
)

# A market taken out: "API先不入了", "去掉API", "drop API", "not API", "without the API market".
_DROP_AFTER = lazy_compile(
    r"(?P<name>[\w\u4e00-\u9fff]{1,12}?)(?:市场|集市)?\s*(?:就|先|暂时|暂|还是)?\s*"
    r"(?:不入了?|不进了?|不上了?|不要了?|不做了?|不申请了?|不去了?|算了|去掉|删掉|拿掉)"
)
_DROP_BEFORE = lazy_compile(
    r"(?:去掉|删掉|拿掉|减掉|不要|不入|不进|\bdrop\b|\bremove\b|\bskip\b|\bleave out\b|\bwithout\b"
    r"|\bminus\b|\bnot\b|\bno\b)\s*(?:the\s+)?(?P<name>[A-Za-z\u4e00-\u9fff]{1,20})",
    re.IGNORECASE,
)
# A market added: "再加个企业应用", "加上安全", "add Website", "plus the API market".
_ADD = lazy_compile(
    r"(?:再加个|再加一个|再加上|再加|加上|加个|还有|再入|也入|\badd\b|\bplus\b|\balso\b)\s*(?:the\s+)?"
    r"(?P<name>[A-Za-z]+(?:\s+[A-Za-z]+){0,2}|[\u4e00-\u9fff]{1,20})",
    re.IGNORECASE,
)
# A count of markets the correction restates or makes stale: "三个(市场)", "two (markets)".
_COUNT = lazy_compile(
    r"[一两二三四五六七八九十\d]+\s*个(?=\s*(?:市场|集市|类目))"
    r"|\b(?:one|two|three|four|five|six|\d+)\s+(?=(?:markets?|categories)\b)",
    re.IGNORECASE,
)
_COUNT_SAID = lazy_compile(
    r"^\s*(?:是|就是|应该是|改成)?\s*[一两二三四五六七八九十\d]+\s*个\s*(?:市场|集市|类目)?\s*$"
    r"|\b(?:make (?:that|it)|it'?s|i meant?)?\s*(?:one|two|three|four|five|six|\d+)\s+(?:markets?|categories)\b",
    re.IGNORECASE,
)
# Where a clause ends.
_CLAUSE_END = lazy_compile(r"[，,。；;？?！!…]|\.\s|$")


def _clause_end(text: str, start: int) -> int:
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


def _number(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _value_corrected(left: str, right: str) -> str | None:
    """`left` with its figure replaced by the one `right` gives, or None when `right` corrects no
    figure of `left`."""
    found = _OLD_THEN_NEW.search(right) or _NEW_VALUE.search(right)
    if found is None:
        return None
    new = found.group("new")
    old = found.group("old")
    unit = re.sub(r"[\d.\s]", "", new)
    olds = [m for m in _VALUE_RE.finditer(left) if re.sub(r"[\d.\s]", "", m.group()) == unit]
    if old is not None:
        olds = [m for m in olds if _number(m.group()) == _number(old)] or olds
    if not olds or _number(olds[-1].group()) == _number(new):
        return None
    target = olds[-1]
    tail = right[_clause_end(right, found.end()) :]
    return left[: target.start()] + new + left[target.end() :].rstrip("…. ") + tail


def _remove_market(left: str, market: str, name: str) -> str | None:
    """`left` without the mention of `market` (`name` as the correction wrote it) and the
    separator beside it."""
    pieces = re.split(r"(、|，|,|和|与|以及|及|跟|\band\b|&|/)", left)
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        if markets_in_question(piece) != [market]:
            continue
        at = piece.lower().find(name.lower())
        if at < 0:
            return None
        before, after = piece[:at], piece[at + len(name) :]
        after = re.sub(r"^\s*(?:市场|集市|market)", "", after, flags=re.IGNORECASE)
        pieces[index] = before + after
        if index + 1 < len(pieces) and not after.strip():
            # "入API、服务": the separator after the name goes with it.
            pieces[index + 1] = ""
        elif index > 0:
            # "服务、建站和API市场": the separator before it.
            pieces[index - 1] = ""
        return "".join(pieces)
    return None


def _named_market(name: str) -> str | None:
    """The market `name` names ("API", "Security", "企业应用"), or None."""
    found = markets_in_question(name) or (
        markets_in_question(name + " market") if name.isascii() else []
    )
    return found[0] if len(found) == 1 else None


def _markets_corrected(left: str, right: str) -> str | None:
    """`left` with the markets `right` drops or adds, or None when `right` changes no market."""
    # The correction runs over its marker's clause and the next ones that drop, add or count.
    changed = left
    touched = False
    position = 0
    while position < len(right):
        end = _clause_end(right, position)
        clause = right[position:end]
        drop = _DROP_AFTER.search(clause) or _DROP_BEFORE.search(clause)
        add = _ADD.search(clause)
        if drop is not None and _named_market(drop.group("name")) is not None:
            market = _named_market(drop.group("name")) or ""
            removed = _remove_market(changed, market, drop.group("name"))
            if removed is None:
                return None
            changed = removed
            touched = True
        elif add is not None and _named_market(add.group("name")) is not None:
            body = changed.rstrip("，, ")
            mark = body[-1] if body.endswith(("?", "？")) else ""
            body = body.rstrip("?？ ")
            # The market by its full name ("再加个安全" → "再加个安全市场"): a short name alone
            # after 加 is not read as a market.
            market = _named_market(add.group("name")) or ""
            english = add.group("name").isascii()
            full = get_market(market).name_en if english else get_market(market).name
            added = (clause[add.start() : add.start("name")] + full).strip()
            joint = ", and " if english else "，"
            changed = body + joint + added + mark
            touched = True
        elif not (
            _MARKER_RE.search(clause) or _COUNT_SAID.search(clause) or not clause.strip(" ，,")
        ):
            break
        position = end + 1 if end < len(right) else end
    if not touched:
        return None
    changed = re.sub(r"  +", " ", _COUNT.sub("", changed)).replace(" ,", ",")
    tail = right[position:] if position < len(right) else ""
    joint = "" if not tail or changed.endswith(("，", ",", "？", "?")) else "，"
    return changed + joint + tail


# A date as a vendor writes it: "2025年12月2日", "2025年11月", "2025-12-02", "2025/12/2".
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?"
_DATE_RE = lazy_compile(_DATE)
_NEW_DATE = lazy_compile(
    r"(?:应该是|其实是|实际是|是|\bi meant?\b|\bit'?s\b|\bit is\b)\s*(?P<new>" + _DATE + r")"
)


def _date_corrected(left: str, right: str) -> str | None:
    """ "成立日期是2025年11月…哦不对，…是2025年12月2日": `left` with its last date replaced by the
    one `right` gives (dev30f #45), or None."""
    found = _NEW_DATE.search(right)
    olds = list(_DATE_RE.finditer(left))
    if found is None or not olds:
        return None
    target = olds[-1]
    tail = right[_clause_end(right, found.end()) :]
    return left[: target.start()] + found.group("new") + left[target.end() :].rstrip("…. ") + tail


def corrected(message: str) -> str:
    """`message` with a value the vendor corrected inside it replaced by the correction."""
    for marker in _MARKER_RE.finditer(message):
        left, right = message[: marker.start()], message[marker.start() :]
        if not left.strip():
            continue
        left = left.rstrip("，,、 …")
        fixed = _value_corrected(left, right) or _date_corrected(left, right)
        if fixed is None and markets_in_question(left):
            fixed = _markets_corrected(left, right)
        if fixed is not None:
            return fixed
    return message
