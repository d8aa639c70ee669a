"""Who is staff, asked of Slack: ONBOARD_STAFF_USERS or the ONBOARD_STAFF_GROUP user group."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from bot.config import Settings
from bot.logsafety import BoundedLog
from bot.staff import STAFF_GROUP_UNREADABLE, STAFF_REFUSAL

log = logging.getLogger(__name__)


class StaffDirectory:
    """Who is staff: ONBOARD_STAFF_USERS, or a member of ONBOARD_STAFF_GROUP.

    The group's members are cached for `cache_seconds` (ONBOARD_STAFF_CACHE_SECONDS, at most
    60): someone removed from the group loses access within that time. When
    usergroups.users.list fails (it is only asked once the cache has expired), every
    group-based check fails closed until it can be read again, and `group_unreadable` tells
    the caller to say why (`refusal()`).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        cache_seconds: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.cache_seconds = (
            settings.onboard_staff_cache_seconds if cache_seconds is None else cache_seconds
        )
        self.clock = clock
        self._group_members: frozenset[str] = frozenset()
        self._fetched_at: float | None = None
        self.group_unreadable = False
        self._failures = BoundedLog(log, period=60.0)

    async def is_staff(self, user_id: str, client: Any) -> bool:
        if self.settings.is_staff_user(user_id):
            return True
        group = self.settings.onboard_staff_group
        if not group or client is None:
            return False
        now = self.clock()
        if self._fetched_at is None or now - self._fetched_at >= self.cache_seconds:
            try:
                response = await client.usergroups_users_list(usergroup=group)
                members = frozenset(response.get("users") or [])
            except Exception as exc:  # noqa: BLE001 - fail closed once the cache has expired
                self._failures.warning(
                    "group", "usergroups.users.list failed for %s: %s", group, exc
                )
                # The cache has expired (that is why we asked): nobody is staff through the
                # group until it can be read again.
                self.group_unreadable = True
                return False
            self._group_members = members
            self._fetched_at = now
            self.group_unreadable = False
        return user_id in self._group_members

    def refusal(self) -> str:
        """What to tell someone refused: not staff, or staff membership cannot be checked."""
        return STAFF_GROUP_UNREADABLE if self.group_unreadable else STAFF_REFUSAL
