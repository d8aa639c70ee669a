"""How long a line of business has run, told apart from the licence's age: "安全业务是去年这个时
候开始做的，到今天刚好满一年", "API这块业务上线才7个月", "website building business we do only 20
months", "(big data 4 years)" state experience in that business, not how old the company is.

A duration is a business's age when its clause names a line of business a market's experience
is counted in (bot.conversation.interpret.experience_markets) with a business word or nothing
else beside the figure, or when the clause is a bare count ("到今天刚好满一年") right after a
clause saying when that business began. A clause naming the licence or the company is never one.
"""

from __future__ import annotations

from bot.lazy_re import lazy_compile

_LICENCE_WORDS = lazy_compile(
    r"执照|成立|营业|注册|公司|企业|\b(licen[cs]e[ds]?|founded|established|incorporated|company"
    r"|firm|registered|in business)\b"
)
_BUSINESS = lazy_compile(
    r"业务|上线|这块|这一块|开始做|开始搞|\bbusiness\b|\bdoing\b|\bwe do\b|\blaunched\b|\bstarted\b"
    r"|\b(we run|running|we operate|operating|we offer|offering)\b|\b(years?|months?) (in|of|doing)\b"
)
# "<business> 4 years", "(security 3 years": the line of business and its figure, nothing more.
_BARE_FIGURE = lazy_compile(
    r"^\W*[a-z][a-z ]{1,30}?\s+\d+(\.\d+)?\s*(years?|yrs?|months?)\W*$"
    r"|^\W*[^\d，,]{1,12}?\d+(\.\d+)?\s*(年|个月)(多|半)?\W*$"
)
# A count with no subject of its own: "到今天刚好满一年", "exactly one year now".
_BARE_COUNT = lazy_compile(
    r"^\W*(到今天|到现在|至今|今天|现在)?\s*(刚好|正好|整整|刚刚|刚|已经|已)?满?\s*"
    r"([\d.]+|[一二两三四五六七八九十半]+)\s*(个)?\s*(年|个月|月)(了)?\W*$"
    r"|^\W*(it has been|it's been|that is|now)?\s*(exactly )?(\d+|one|two|three) (years?|months?)"
    r"( now| ago| so far)?\W*$"
)


def is_bare_count(clause: str) -> bool:
    """A clause that is a count with no subject of its own ("到现在13个月", "exactly one year now")."""
    return bool(_BARE_COUNT.search(clause))


def names_business(clause: str) -> list[str]:
    from bot.conversation.interpret import experience_markets

    if _LICENCE_WORDS.search(clause):
        return []
    return experience_markets(clause)


def is_business_duration(clause: str, before: str) -> bool:
    """Whether the duration `clause` states is how long a line of business has run (`before`:
    the clause just before it)."""
    if _LICENCE_WORDS.search(clause):
        return False
    if names_business(clause) and (_BUSINESS.search(clause) or _BARE_FIGURE.search(clause)):
        return True
    return bool(_BARE_COUNT.search(clause) and names_business(before) and _BUSINESS.search(before))


_PIECES = lazy_compile(r"[，,。;；!！?？\n]+|\.(?!\d)")


def business_durations(question: str) -> list[str]:
    """The clauses of `question` that state how long a line of business has run ("we only
    started CRM 8 months ago"): never the licence's age, whichever market is asked."""
    from bot.answers.text import normalize

    found = []
    before = ""
    for clause in _PIECES.split(normalize(question)):
        if is_business_duration(clause, before) or (
            _BUSINESS.search(clause) and not _LICENCE_WORDS.search(clause)
        ):
            found.append(clause)
        before = clause
    return found


# "our API business started at the same time", "API业务也是那时开始做的": the business began when
# the company did, so it has run as long as the company has.
_SAME_TIME = lazy_compile(
    r"\b(at the same time|same time|since (we were |the company was )?(founded|registered|set up"
    r"|established)|from (day one|the (very )?(start|beginning)))\b"
    r"|同时|也是那时|那时候?(就)?开始|一成立就|成立(时|的时候)?就|从成立(起|开始|就)|成立以来就"
)
# The company's age said as a count back from today: "registered 8 months ago", "8个月前成立".
_AGO = lazy_compile(
    r"(\d+(\.\d+)?|[一二两三四五六七八九十半]+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\s*(个)?\s*(months?|years?|yrs?|个月|年)\s*(ago|前|之前|以前)"
)


def with_founding_age(clause: str, before: str) -> str:
    """`clause` with the company's age from `before` when it says its business began with the
    company ("Company registered 8 months ago and our API business started at the same time"):
    "… started at the same time 8 months ago", read then as the business's age."""
    if not (_SAME_TIME.search(clause) and names_business(clause)) or _AGO.search(clause):
        return clause
    if not _LICENCE_WORDS.search(before):
        return clause
    age = _AGO.search(before)
    return f"{clause} {age[0]}" if age else clause
