"""A month's turnover with one part named and "the rest" of it of the other kind: "总共50万，
除了10万其余都是分销", "500,000 in total, all but 100,000 came through distribution", "50万，其中
10万自营，剩下的都走分销".

The amount named is the part set aside, not the distribution part: "all but 100,000 came through
distribution" makes 400,000 distribution and 100,000 the vendor's own (commissionable) sales.
Read the usual way, the one amount beside the distribution word was taken as the distribution
part and the commission charged on the wrong side.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answers.text import money_mentions
from bot.lazy_re import lazy_compile

# The rest of the month: 其余 / 剩下的 / the rest, the remainder.
_REST = lazy_compile(
    r"其余|其他|其它|剩下|剩余|余下|另外的|别的"
    r"|\b(the rest|the remainder|the remaining|everything else|all the rest|all else)\b"
)
# The amount set aside: "除了10万", "all but 100,000", "everything except 100k".
_EXCEPT_BEFORE = lazy_compile(
    r"(除了|除去|除开|除)\s*$"
    r"|\b(all but|all except|everything but|everything except|except for|except|apart from"
    r"|aside from|other than|besides|save for|save)\s*(rmb|cny|¥|￥)?\s*$"
)
_DISTRIBUTION = lazy_compile(
    r"分销|代销|经销|渠道|代理商|\b(distribution|distributors?|resellers?|channel partners?"
    r"|partners|channels?)\b"
)
_OWN = lazy_compile(
    r"自营|直销|直营|自售|自己卖|自己的|非分销|\b(direct|directly|own|ourselves|in-?house"
    r"|self[- ]?operated|self[- ]?sold|non-?distribution)\b"
)
_NOT = lazy_compile(r"不是|不算|没有|没|非|\b(not|no|none|never)\b")
# A clause ends at a full stop or a comma; the rest's kind is said in its own clause.
_CLAUSE_END = lazy_compile(r"[,，;；。?？!！]|\.(?!\d)")
# "除了10万以外，都是分销": the set-aside amount's clause closed, the kind in the next.
_ASIDE_END = lazy_compile(r"^\s*(元|块)?\s*(以外|之外|外)?\s*[,，]\s*")
# "all but 100k of our 500k": the set-aside amount before the month's total.
_OF_TOTAL = lazy_compile(r"^\s*(of|out of)\b[^,，.;；]{0,20}$")


def _kind(text: str) -> str | None:
    """The kind said at the start of `text`, up to its clause's end ("以外，" closes the set-aside
    amount's clause: the next one says the rest's kind)."""
    clause = _CLAUSE_END.split(_ASIDE_END.sub("", text, count=1), maxsplit=1)[0][:40]
    if _NOT.search(clause):
        return None
    if _DISTRIBUTION.search(clause):
        return "distribution"
    if _OWN.search(clause):
        return "own"
    return None


def _named_rest(converted: str, mentions: list) -> tuple[Decimal, Decimal] | None:
    """The total, then "100万，里面40万是分销的，剩下60万…": the total, one part with its kind, then the rest
    named by its own amount after a rest word. The kind word belongs to the part it is said of,
    not to the rest's amount that follows it."""
    total, part, rest = mentions
    if total.value != part.value + rest.value:
        return None
    between = converted[part.end : rest.start]
    rest_word = _REST.search(between)
    if rest_word is None or len(between) - rest_word.end() > 4:
        return None
    # The part's kind: said right before it ("其中分销40万") or in its own clause after it.
    before = _CLAUSE_END.split(converted[total.end : part.start])[-1]
    said = between[: rest_word.start()]
    for span in (before, said):
        if _NOT.search(span):
            return None
    part_kind = (
        "distribution"
        if _DISTRIBUTION.search(before) or _DISTRIBUTION.search(said)
        else "own"
        if _OWN.search(before) or _OWN.search(said)
        else None
    )
    if part_kind is None:
        # "40万，剩下60万都是分销": the rest's own words say its kind.
        rest_kind = _kind(converted[rest.end :])
        if rest_kind is None:
            return None
        part_kind = "own" if rest_kind == "distribution" else "distribution"
    return total.value, part.value if part_kind == "distribution" else rest.value


def rest_parts(question: str) -> tuple[Decimal, Decimal] | None:
    """(month total, distribution part) when the month is given with one part set aside and the
    rest said to be distribution (or the vendor's own); None otherwise."""
    converted, mentions = money_mentions(question)
    if len(mentions) == 3:
        return _named_rest(converted, mentions)
    if len(mentions) != 2:
        return None
    first, second = mentions
    if _EXCEPT_BEFORE.search(converted[max(0, second.start - 16) : second.start]) and (
        first.value > second.value
    ):
        # "总共50万，除了10万其余都是分销", "500k total, all but 100k came through distribution".
        total, part, after = first, second, second.end
    elif (
        _EXCEPT_BEFORE.search(converted[max(0, first.start - 16) : first.start])
        and _OF_TOTAL.match(converted[first.end : second.start])
        and second.value > first.value
    ):
        # "all but 100k of our 500k came through resellers".
        total, part, after = second, first, second.end
    elif first.value > second.value:
        # "50万，其中10万自营，其余都是分销": a rest word after both amounts.
        rest = _REST.search(converted, second.end)
        if rest is None:
            return None
        total, part, after = first, second, rest.end()
    else:
        return None
    rest_word = _REST.search(converted, second.end)
    if rest_word is not None and after < rest_word.end():
        # "除了10万是自营，其余都是分销": the rest's own words say its kind.
        after = rest_word.end()
    kind = _kind(converted[after:])
    if kind is None:
        return None
    rest_value = total.value - part.value
    return total.value, rest_value if kind == "distribution" else part.value
