"""Round 50 (session 55): blind_conversations29's one miss, mended after its first run."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor


def _at_agreements_after_a_no(vendor: Vendor, markets: str) -> None:
    """Choose `markets`; answer with PASSING but "no" for the big-data offering, until the
    agreements question is asked."""
    vendor.engine.start(vendor.key)
    vendor.say(markets)
    answers = {**PASSING, "bigdata_offering": "No, not really."}
    for _ in range(40):
        current = vendor.current_question()
        assert current is not None
        if current == "agreements_accepted":
            return
        vendor.say(answers.get(current, answers[current.partition(":")[0]]))
    raise AssertionError("agreements_accepted was never asked")


@pytest.mark.parametrize(
    ("markets", "said", "head"),
    [
        # c29_24: "too long", the earlier no kept.
        (
            "Data Intelligence and IoT markets.",
            "Sorry, I got one wrong earlier: we do offer big-data services - our BI dashboards"
            " are a big-data SaaS - so that's a yes.",
            "Corrected: big-data applications, SaaS or solutions = yes",
        ),
        # Said without a correction word: never the agreements' yes.
        (
            "Data Intelligence and IoT markets.",
            "we do offer big-data services actually",
            "Corrected: big-data applications, SaaS or solutions = yes",
        ),
        (
            "数据智能和物联网市场",
            "我们其实有大数据SaaS服务",
            "已更正：大数据应用服务、SaaS 或解决方案 = 是",
        ),
    ],
)
def test_an_earlier_no_corrected_by_naming_the_offering(
    vendor: Vendor, markets: str, said: str, head: str
) -> None:
    _at_agreements_after_a_no(vendor, markets)
    reply = vendor.say(said).text
    assert reply.startswith(head)
    assert vendor.profile()["bigdata_offering"] is True
    assert "agreements_accepted" not in vendor.profile()
    assert vendor.current_question() == "agreements_accepted"
