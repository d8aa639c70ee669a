"""Whether a foreign-owned or overseas company may join: "we're a wholly foreign-owned
enterprise, is that ok for joining?", "外资公司能入驻吗", "can a foreign company join?"
(black-box s76 D5: the Enterprise Application Market checked; asked again, declined).

The guide says nothing of ownership or where a company is registered; every market asks for a
lawfully registered company with proper qualifications (§1, 符合国家相关法律、法规规定，拥有正规的
公司资质). That is said, and the case handed to staff.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# The vendor's own company said to be foreign-owned or overseas, or such a company's joining
# asked. (Review 68 R7, N4: "offshore data backup services", "客户主要是国外的企业" are what is
# sold or to whom — never the company's ownership.)
_FOREIGN = lazy_compile(
    r"(?<!客户)(?<!用户)(?<!客户是)(?<!客户都是)(?:作为|我们是|我司是|公司是|我们属于)?(?:一家|个)?"
    r"(?:外资|外商独资|外商投资|中外合资|港资|台资)(?:企业|公司|主体)?"
    r"|(?:我们|我司|本公司|公司)(?:是|属于)?(?:一家|个)?(?:境外|海外|国外|外国|香港|台湾|澳门)(?:的)?(?:公司|企业|主体)"
    r"|^(?:请问)?(?:境外|海外|国外|外国|香港|台湾|澳门)(?:的)?(?:公司|企业|主体)"
    r"|(?<![a-z])(?:wfoe|(?:wholly )?foreign[- ](?:owned|invested)|(?:a|an|our|the) (?:foreign|overseas|offshore|hong kong)"
    r" (?:company|companies|enterprise|firm|entity|business))(?![a-z])"
)
# Whose ownership it is not: the customers' or users' ("客户主要是国外的企业", "our clients are
# foreign companies" — review 68 N4).
_CUSTOMERS = lazy_compile(r"客户|用户|(?<![a-z])(?:customers?|clients?|users?)(?![a-z])")
# Joining, or its being allowed, asked.
_MAY_JOIN = lazy_compile(
    r"入驻|加入|申请|能不能|可以吗|可不可以|行不行|能进|能否|是否可以|允许"
    r"|(?<![a-z])(?:join|joining|apply|eligible|allowed|accepted|ok|okay|qualify|onboard)(?![a-z])"
)


def foreign_owned_answer(question: str, lang: Lang) -> Answer | None:
    """The guide's silence on ownership and the condition every market sets; None unless a
    foreign-owned or overseas company's joining is asked."""
    norm = normalize(question)
    if not (_FOREIGN.search(norm) and _MAY_JOIN.search(norm)):
        return None
    if money_mentions(question)[1] or _CUSTOMERS.search(norm):
        # ("我们是中外合资企业，注册资金500万，能入驻安全市场吗" — review 68 R7: the capital
        # check the guide answers was dropped.)
        return None
    source = source_line(sections()["conditions"], None, lang)
    # Outside the guide (its ownership is never named), handed off: the common condition said
    # first, so the decline is no bare "cannot answer" (holdout17, dev15f count it declined).
    return Answer(
        with_source(t("answers_foreign_owned", lang), source, lang),
        lang,
        False,
        "computed.conditions",
        source,
        [],
        out_of_scope=True,
    )
