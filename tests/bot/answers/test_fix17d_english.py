"""Round 17 English answers: classes of English that the old code (main 94ce11d) got wrong, each
with paraphrases of our own — an e-mail around the question, other names for the guide's terms,
non-native word order — and mixed Chinese-English messages."""

from __future__ import annotations

import pytest

from bot.answers import answer
from bot.answers.computed import today_in_china
from bot.answers.english import plain_english
from bot.answers.provenance import invented_numbers


def _answered(question: str, *needles: str) -> str:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    for needle in needles:
        assert needle in reply.text, reply.text
    assert not invented_numbers(question, reply.text, today_in_china()), reply.text
    return reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Hi team, hope you are well. We are a small software company in Hangzhou. I wanted to ask "
        "how much deposit we need to pay for the Enterprise Application market? Thanks a lot, "
        "Best regards, Tom",
        "Hello team,\nhow much is the deposit for the Enterprise Application market?\nKind "
        "regards,\nAnna Li\nHead of Partnerships",
        "Dear team, I hope this email finds you well. Could you tell us the deposit for the "
        "Enterprise Application market? Many thanks. Sincerely, Zhang Wei",
        "Hi team! Quick one: deposit for the Enterprise Application market? Cheers, Bob",
    ],
)
def test_an_email_greeting_and_signature_are_not_the_question(question: str) -> None:
    """ "Hi team" is no question about the team, and a signature names nothing asked."""
    text = _answered(question, "30,000")
    assert text.startswith("Deposit"), text


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("What's the guarantee money for Lingshoutong?", "50,000"),
        ("how much security deposit do we pay if we join Retail Pass?", "50,000"),
        ("How much bond money for the Retail Tong market?", "50,000"),
        ("What is the caution money for the site-building market?", "30,000"),
    ],
)
def test_other_names_for_the_deposit_and_retail_link(question: str, needle: str) -> None:
    text = _answered(question, needle)
    assert text.startswith("Deposit for"), text


@pytest.mark.parametrize(
    "question",
    [
        "How do I onboard onto the cloud market?",
        "What are the steps to settle in on the Aliyun market?",
        "how do we settle into the cloud market?",
    ],
)
def test_joining_asked_with_other_words_gets_the_steps(question: str) -> None:
    _answered(question, "7 steps")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "How do we raise a work order for the deposit?",
            "How do we raise a ticket for the deposit?",
        ),
        ("Where is the ecology partner homepage?", "Where is the ecosystem partner homepage?"),
        (
            "what's the take rate for web building?",
            "what's the commission rate for Website Building?",
        ),
        ("Is Alibaba Cloud Marketplace open?", "Is Alibaba Cloud Marketplace open?"),
    ],
)
def test_other_names_are_read_as_the_guides_english(text: str, plain: str) -> None:
    assert plain_english(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "保证金多少？谢谢",
        "thanks",
        "Hi",
        "Which market is best for us?",
        "我们的API market deposit多少",
    ],
)
def test_what_is_not_an_english_email_is_left_alone(text: str) -> None:
    assert plain_english(text) == text
