from __future__ import annotations

import pytest

from rules.markets import MARKET_IDS
from rules.ticket import (
    FIELD_LABELS_EN,
    FIELD_LABELS_ZH,
    TICKET_FIELDS,
    TICKET_PATH,
    TicketFieldError,
    TicketInvalid,
    phone_in_text,
    render_ticket,
    validate_field,
    validate_ticket,
)

FIELDS = {
    "account": "vendor@example.com",
    "company": "杭州示例科技有限公司",
    "address": "浙江省杭州市西湖区文三路 1 号",
    "contact": "张三",
    "phone": "13800138000",
}


def test_one_market_ticket_text() -> None:
    assert render_ticket(["api"], FIELDS) == (
        "入驻云市场已缴纳保证金叁万元，请转财务\n"
        "\n"
        "阿里云账号：vendor@example.com\n"
        "公司名称：杭州示例科技有限公司\n"
        "快递地址：浙江省杭州市西湖区文三路 1 号\n"
        "联系人：张三\n"
        "电话：13800138000"
    )


def test_two_markets_including_retail_link() -> None:
    text = render_ticket(["retail_link", "api"], FIELDS)
    assert text.splitlines()[0] == "入驻云市场已缴纳保证金捌万元，请转财务"
    assert render_ticket(["api", "service"], FIELDS).startswith(
        "入驻云市场已缴纳保证金陆万元，请转财务\n\n"
    )


def test_all_twelve_markets() -> None:
    text = render_ticket(list(MARKET_IDS), FIELDS | {"phone": "+86 010 1234 5678"})
    assert text == (
        "入驻云市场已缴纳保证金叁拾捌万元，请转财务\n\n阿里云账号：vendor@example.com\n"
        "公司名称：杭州示例科技有限公司\n快递地址：浙江省杭州市西湖区文三路 1 号\n联系人：张三\n"
        "电话：010-12345678"
    )
    assert not text.endswith("\n")


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("13800138000", "13800138000"),
        (" +86 138 0013 8000 ", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("010-12345678", "010-12345678"),
        ("(0571) 8888 8888", "0571-88888888"),
        ("01012345678", "010-12345678"),
    ],
)
def test_phone_normalised(raw: str, normalised: str) -> None:
    assert validate_field("phone", raw) == normalised


@pytest.mark.parametrize(
    "bad", ["123", "12345678", "+1 650 253 0000", "1380013800", "电话", "138001380000"]
)
def test_phone_rejected(bad: str) -> None:
    with pytest.raises(TicketFieldError) as caught:
        validate_field("phone", bad)
    assert caught.value.field == "phone"
    assert "电话" in caught.value.zh and "010-12345678" in caught.value.zh
    assert "phone" in caught.value.en


@pytest.mark.parametrize("name", TICKET_FIELDS)
@pytest.mark.parametrize("bad", ["", "   ", "第一行\n第二行"])
def test_each_field_rejects_empty_and_line_breaks(name: str, bad: str) -> None:
    with pytest.raises(TicketFieldError) as caught:
        validate_field(name, bad)
    assert caught.value.field == name
    assert name in caught.value.en


def test_messages_name_the_problem() -> None:
    with pytest.raises(TicketFieldError) as caught:
        validate_field("address", "   ")
    assert caught.value.zh == "快递地址（address）不能为空，请填写。"
    with pytest.raises(TicketFieldError) as caught:
        validate_field("company", "杭州\n公司")
    assert caught.value.zh == "公司名称（company）不能换行，请写在一行内。"
    with pytest.raises(TicketFieldError):
        validate_field("company", "杭")
    with pytest.raises(TicketFieldError):
        validate_field("contact", "张" * 51)


def test_validate_ticket_lists_every_bad_field() -> None:
    with pytest.raises(TicketInvalid) as caught:
        validate_ticket({"account": "a", "company": "", "phone": "1", "contact": "x\ny"})
    assert list(caught.value.errors) == ["company", "address", "contact", "phone"]


def test_render_refuses_bad_fields() -> None:
    with pytest.raises(TicketInvalid):
        render_ticket(["api"], FIELDS | {"phone": "12"})


def test_values_are_trimmed() -> None:
    assert validate_ticket({k: f"  {v}  " for k, v in FIELDS.items()}) == FIELDS


def test_where_to_file() -> None:
    assert TICKET_PATH == ("工单系统", "财务类", "提问", "资金管理", "创建工单")


@pytest.mark.parametrize(
    ("name", "pasted", "value"),
    [
        ("account", "阿里云账号：a@example.com", "a@example.com"),
        ("account", "Alibaba Cloud account: a@example.com", "a@example.com"),
        ("company", "公司名称：杭州某某", "杭州某某"),
        ("company", "Company name: Example Ltd", "Example Ltd"),
        ("address", "快递地址：浙江省杭州市西湖区文三路1号", "浙江省杭州市西湖区文三路1号"),
        ("address", "address : No. 1 Wensan Road", "No. 1 Wensan Road"),
        ("contact", "联系人：张三", "张三"),
        ("contact", "Contact: Zhang San", "Zhang San"),
        ("phone", "电话：13800138000", "13800138000"),
        ("phone", "phone: 010-12345678", "010-12345678"),
    ],
)
def test_a_pasted_label_is_dropped(name: str, pasted: str, value: str) -> None:
    assert validate_field(name, pasted) == value


def test_a_label_alone_is_an_empty_field() -> None:
    with pytest.raises(TicketFieldError) as caught:
        validate_field("contact", "联系人：")
    assert caught.value.zh == "联系人（contact）不能为空，请填写。"


@pytest.mark.parametrize(
    ("name", "bad", "zh_part", "en_part"),
    [
        ("account", "😀", "表情", "emoji"),
        ("account", "a b c", "不能有空格", "no spaces"),
        ("account", "a@b@c", "邮箱、手机号或账号名", "an email, a mobile number"),
        ("company", "😀😀", "表情", "emoji"),
        ("company", "12", "至少 2 个汉字或字母", "at least 2 letters"),
        ("address", "😀", "表情", "emoji"),
        ("address", "x", "至少要写到街道", "the street"),
        ("address", "123456", "至少要写到街道", "the street"),
        ("address", "Hangzhou", "门牌号", "the number"),
        ("address", "北京市海淀区", "门牌号", "the number"),
        ("address", "杭州市", "门牌号", "the number"),
        ("contact", "😀", "表情", "emoji"),
        ("contact", "13800138000", "不含数字", "no digits"),
        ("contact", "x", "至少 2 个汉字或字母", "at least 2 letters"),
    ],
)
def test_field_content_is_checked_with_an_example(
    name: str, bad: str, zh_part: str, en_part: str
) -> None:
    with pytest.raises(TicketFieldError) as caught:
        validate_field(name, bad)
    error = caught.value
    assert error.field == name
    assert zh_part in error.zh and en_part in error.en
    # Named and with an example, in both languages.
    assert error.zh.startswith(f"{FIELD_LABELS_ZH[name]}（{name}）") and "例如" in error.zh
    assert error.en.startswith(f"{FIELD_LABELS_EN[name]} ({name})") and "e.g." in error.en


@pytest.mark.parametrize(
    ("name", "good"),
    [
        ("account", "vendor@aliyun"),
        ("account", "13800138000"),
        ("account", "my_shop.cn-01"),
        ("company", "Example Technology Co., Ltd."),
        ("company", "杭州某某（集团）有限公司"),
        ("address", "北京市海淀区中关村大街1号"),
        ("address", "杭州市文三路1号"),
        ("contact", "Zhang San"),
        ("contact", "欧阳·娜娜"),
    ],
)
def test_ordinary_values_pass(name: str, good: str) -> None:
    assert validate_field(name, good) == good


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("sorry typo, 13512345678", "13512345678"),
        ("ok use my mainland number +86 138 2345 6789", "+86 138 2345 6789"),
        ("电话改成座机 0571-88886666转8 谢谢", "0571-88886666转8"),
        ("电话13812345678", "13812345678"),
    ],
)
def test_a_phone_among_words(text: str, phone: str) -> None:
    span = phone_in_text(text)
    assert span is not None
    assert text[span[0] : span[1]] == phone


@pytest.mark.parametrize("text", ["帮我查订单 2020110300017", "保证金30000元", "1381234567"])
def test_no_phone_among_words(text: str) -> None:
    assert phone_in_text(text) is None
