""" "19 tech and customer service people (plus 4 sales)", "另有4个销售": sales staff counted
beside the team are people, not a month's sales. Their words are read without the turnover
they would otherwise name, so the stated profile is judged (SPEC decision 4: only technical
and customer-service staff count for the team).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import lazy_compile

# A count of sales people ("4 sales", "3 salespeople", "2名销售", "销售人员5个"), or the sales
# staff named ("sales team", "销售团队"); never an amount ("销售额", "sales of 30万").
_SALES_STAFF = lazy_compile(
    # "(plus 4 sales)": a small count with nothing after it; "2020 sales 180,000" is a month's.
    r"\b\d{1,3}\s+sales\b(?=\s*(?:[),.;，。、)]|$))"
    r"|\b\d{1,3}\s+(?:salespeople|salesmen|salespersons|sales\s+(?:people|persons|staff|reps?))\b"
    r"|\bsales\s+(?:people|persons|staff|team|reps?|representatives)\b"
    r"|\d+\s*(?:个|名|位)\s*销售(?:人员|同事)?(?!额|收入|金额)"
    r"|销售(?:人员|团队|同事)"
    # "4 are sales", "the rest is sales", "销售6人": sales staff in a list of roles
    # (staff_parts.role_pairs).
    r"|\b\d{1,3}\s+(?:are|is)\s+sales\b(?!\s*(?:of|volume|revenue|amount))"
    r"|\brest\s+(?:are|is)\s+(?:all\s+)?sales\b"
    r"|销售\s*\d{1,3}\s*(?:个|名|位)?\s*人"
)


def without_sales_staff(
    routed: str, concepts: set[str], find: Callable[[str], set[str]]
) -> set[str]:
    """`concepts` without "turnover" when only sales staff named it."""
    if "turnover" not in concepts or not _SALES_STAFF.search(routed):
        return concepts
    if "turnover" in find(_SALES_STAFF.sub(" ", routed)):
        return concepts
    return concepts - {"turnover"}
