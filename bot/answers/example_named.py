"""Markets named as an example of the ordinary ones the vendor counts: "one normal market, e.g.
the API market", "一个普通市场（比如API市场）的保证金多少".

The named market is one of those counted, not one more on top; only 零售通 (its own deposit) is
never an ordinary market, so it still comes on top.
"""

from __future__ import annotations

from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from rules.deposit import deposits_unlike_default

# "e.g.", "for example", "such as", "比如", "例如", "譬如", "像API这种".
_AS_EXAMPLE = lazy_compile(
    r"\b(e\.?g\.?|for example|for instance|such as|say|like)\b"
    r"|比如|例如|譬如|举例|举个例子|拿.{0,12}(来说|为例)|像是?.{0,12}(这种|这样|那种|之类)"
)


def counted_with_example(question: str, ordinary: int, markets: list[str]) -> int:
    """How many markets an "N ordinary markets (e.g. X)" question counts: the named ordinary
    markets are among the N when given as an example, else on top of them."""
    special = [m for m in markets if m in deposits_unlike_default()]
    plain = len(markets) - len(special)
    if plain and _AS_EXAMPLE.search(normalize(question)):
        return max(ordinary, plain) + len(special)
    return ordinary + len(markets)
