"""The ticket form's field errors as the vendor reads them (QA finding 10)."""

from __future__ import annotations

import pytest

from handlers.views.ticket_form import without_field_key
from rules.ticket import TicketFieldError, validate_field


def test_field_errors_lose_the_internal_key_in_both_languages() -> None:
    with pytest.raises(TicketFieldError) as caught:
        validate_field("phone", "12345")
    assert without_field_key(caught.value.zh).startswith("电话“12345”不是有效的中国大陆电话号码")
    assert without_field_key(caught.value.en).startswith('phone "12345" is not a valid')
    # Brackets that are not a field key stay.
    assert without_field_key("请填写手机号（如 13800138000）") == "请填写手机号（如 13800138000）"
