"""Round 58 (session 63): review 66 N1 — hires supposed in English after the verdict."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_round56 import _english_at_question


def _verdict_with_team(vendor: Vendor, team: str) -> None:
    _english_at_question(vendor, "api", "team_size")
    vendor.say(team)
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))


@pytest.mark.parametrize(
    ("said", "team"),
    [
        ("what if we hire 2 more engineers next month?", 20),
        ("if we hire 2 more engineers, would we qualify?", 20),
        ("and if we hire 1 more?", 19),
        ("what about hiring 2 more next month", 20),
        ("如果再招2个呢", 20),
    ],
)
def test_hires_supposed_are_added_to_the_team(vendor: Vendor, said: str, team: int) -> None:
    # Review 66 N1: declined, or read as a team of 2.
    _verdict_with_team(vendor, "18")
    reply = vendor.say(said).text
    assert reply.startswith(f"If the tech + customer-service team size were {team},")
    assert vendor.profile()["team_size"] == 18
