"""Staff access through the user group: removed staff lose it within 60 s, and when the group
cannot be read access fails closed once the cache has expired, with a message saying why."""

from __future__ import annotations

from typing import Any

from bot.config import Settings
from bot.staff import STAFF_GROUP_UNREADABLE, STAFF_REFUSAL
from handlers.staff_directory import StaffDirectory


class _Group:
    def __init__(self, members: list[str]) -> None:
        self.members = members
        self.failing = False

    async def usergroups_users_list(self, usergroup: str) -> dict[str, Any]:
        if self.failing:
            raise RuntimeError("usergroups.users.list: internal_error")
        return {"ok": True, "users": list(self.members)}


def _directory(now: list[float]) -> StaffDirectory:
    settings = Settings(_env_file=None, onboard_staff_group="S1")  # type: ignore[arg-type]
    return StaffDirectory(settings, clock=lambda: now[0])


def test_the_membership_cache_is_at_most_60_seconds() -> None:
    assert Settings(_env_file=None).onboard_staff_cache_seconds <= 60


async def test_removed_staff_lose_access_within_60_seconds() -> None:
    now = [0.0]
    directory, group = _directory(now), _Group(["UA"])
    assert await directory.is_staff("UA", group)
    group.members = []
    now[0] = 59.9
    assert not await directory.is_staff("UA", group)


async def test_unreadable_group_fails_closed_after_the_cache_expires() -> None:
    now = [0.0]
    directory, group = _directory(now), _Group(["UA"])
    assert await directory.is_staff("UA", group)
    group.failing = True
    now[0] = directory.cache_seconds / 2
    assert await directory.is_staff("UA", group)  # still cached: no call made
    now[0] = directory.cache_seconds + 0.1
    assert not await directory.is_staff("UA", group)
    assert directory.refusal() == STAFF_GROUP_UNREADABLE
    now[0] = 3600
    assert not await directory.is_staff("UA", group)  # and stays closed
    group.failing = False
    now[0] = 3601
    assert await directory.is_staff("UA", group)
    assert directory.refusal() == STAFF_REFUSAL
    assert "cannot be read" in STAFF_GROUP_UNREADABLE and "无法读取" in STAFF_GROUP_UNREADABLE
