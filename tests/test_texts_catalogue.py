"""The message catalogue (bot/texts.py) is complete, bilingual and the only home of user texts.

Fails on: a key looked up but not defined; a key defined but never looked up; a text with a
language missing or empty; zh and en with different placeholders; and a string literal with
Chinese characters outside the catalogue and the data files (unless allow-listed with a reason).
"""

from __future__ import annotations

import ast
import re
import string
from fnmatch import fnmatch
from pathlib import Path

from bot.texts import DYNAMIC_KEYS, FORM_TEXT_KEYS, MESSAGES

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "bot" / "texts.py"
# The catalogue look-ups: t(key, lang, ...), both(key, ...), pair(key, ...).
LOOKUPS = frozenset({"t", "both", "_both", "pair"})
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# No module is exempt as a whole: only the named assignments and functions below, which hold
# words and patterns READ FROM what users type (or data passed through unchanged). Everything
# written to a user is a catalogue key. Paths are fnmatch patterns, so a module split into
# several files stays covered. (path, name) → reason.
ALLOWED_NAMES: dict[tuple[str, str], str] = {
    # Round 56 (session 61): readings of what is typed; no user-facing text.
    ("bot/answers/order.py", "_BEFORE_DEPOSIT_ZH"): "before the deposit (保证金之前)",
    ("bot/conversation/commission_follow_up.py", "_zh_day"): "a question rebuilt (日)",
    ("bot/conversation/commission_follow_up.py", "_ANY_MONTH"): "a month supposed (一个月)",
    ("bot/answers/claims.py", "_TOTAL_WORD"): "a total named (一共)",
    ("bot/answers/names.py", "_JOINT_SOLUTION"): "a condition's words (联合解决方案)",
    ("bot/answers/parts.py", "_INSIDE_A_PART"): "inside a part (里)",
    ("bot/answers/value_to_come.py", "_LATER"): "a value still to come (下个月)",
    ("bot/answers/value_to_come.py", "_BRINGS"): "what brings it (增资)",
    ("bot/conversation/forms.py", "_CONTACT_BRACKETED_REMARK"): "a remark in brackets (名字)",
    ("bot/conversation/forms.py", "_JUST_WRITE_NAME"): "just write (就写)",
    ("bot/conversation/free_question.py", "_HOW_MUCH_ALONE"): "how much alone (多少钱)",
    ("bot/conversation/free_question.py", "_DEPOSIT_HOW_MUCH"): "a question rebuilt (保证金交多少)",
    ("bot/conversation/interpret.py", "_WHOLE_STAFF"): "the whole company (全公司)",
    ("bot/conversation/interpret.py", "_INSURED_SAID"): "the insured (社保)",
    ("bot/conversation/verdict_steps.py", "_SUPPORT_LEVEL"): "service hours (7乘24)",
    ("bot/conversation/verdict_steps.py", "_ONLINE_WORDS"): "online service (客服)",
    ("bot/conversation/verdict_steps.py", "_HOURS_NOW"): "as it is now (现在)",
    ("bot/answers/claims.py", "_EACH_SAID"): "each (各)",
    ("bot/answers/value_to_come.py", "_NOT_OF_THE_VALUE"): "a plan to join (入驻)",
    ("bot/conversation/forms.py", "_NOT_A_PERSON"): "an amount or a place (万, 上海)",
    ("bot/conversation/interpret.py", "_FIGURE_SAID"): "a figure (两)",
    ("bot/conversation/market_steps.py", "_KEEP_SAID"): "a market kept (别去掉)",
    ("bot/conversation/verdict_steps.py", "_HOURS_LACKED"): "hours lacked (没有)",
    ("bot/conversation/form_runner.py", "_CASUAL_YES"): "a casual yes (是滴)",
    ("bot/conversation/free_question.py", "_OWED_ASKED"): "what is owed (佣金)",
    ("bot/conversation/interpret.py", "_EXAM_PASSED"): "an exam passed (考过)",
    ("bot/conversation/verdict_steps.py", "_WHEN_MET"): "when (什么时候)",
    ("bot/conversation/verdict_steps.py", "_CAPITAL_RAISED"): "capital raised (增资)",
    ("bot/conversation/verdict_steps.py", "_AMOUNT_NOW"): "an amount (万)",
    ("bot/answers/precharge.py", "_PRECHARGE_WORDS"): "pre-charge named (预收)",
    ("bot/answers/precharge.py", "_LOWEST_OR_HIGHEST"): "lowest or highest (最低)",
    ("bot/answers/simplified.py", "_COLLOQUIAL_NUMERALS"): "colloquial numerals (仨)",
    ("bot/parsing.py", "_COLLOQUIAL_NUMERALS"): "colloquial numerals (仨)",
    ("bot/answers/__init__.py", "_BRACKETED_PART"): "a part in brackets (分销)",
    ("bot/conversation/free_question.py", "_YES_NO_ASKED"): "a yes/no question (吗)",
    ("bot/answers/__init__.py", "_REAPPLY_ASKED"): "applying again (再申请)",
    ("bot/answers/__init__.py", "_REAPPLY_QUESTION"): "a question rebuilt (再次申请)",
    ("bot/conversation/verdict_steps.py", "_FOUNDED_IS"): "founded, then is (成立是)",
    ("bot/answers/order.py", "_REVIEW_FAILED"): "the review failed (没过)",
    ("bot/conversation/free_question.py", "_MONTH_NAMED"): "a month named (月)",
    ("bot/conversation/verdict_steps.py", "_FOUNDING_DATE_LABEL"): "an alias read (成立日期)",
    ("bot/conversation/verdict_steps.py", "_TIER_WORDS"): "tier words (档)",
    ("bot/conversation/verdict_steps.py", "_CAPITAL_IS_NOW"): "the capital now (现在)",
    ("bot/conversation/free_question.py", "_OTHER_PRODUCT"): "another product (我们的产品)",
    # Round 55 (session 60): readings of what is typed; no user-facing text.
    ("bot/answers/computed.py", "_DIFFERENCE_ASKED"): "a difference asked (差)",
    ("bot/answers/ticket_fields.py", "_SET_ASIDE"): "a market set aside (不入)",
    ("bot/conversation/interpret.py", "_ALREADY_HAD"): "had already (已经)",
    ("bot/conversation/market_steps.py", "_APPLY_WORD"): "applying named (申请)",
    ("bot/conversation/verdict_steps.py", "_LICENCE_NAMED"): "the licence named (执照)",
    ("bot/conversation/verdict_steps.py", "_DAYS_ALONE"): "the days alone asked (几天)",
    ("bot/conversation/form_runner.py", "_WHATS_THAT_FIRST"): "what's that, first (这是什么)",
    ("bot/conversation/verdict_steps.py", "_DAYS_LEFT"): "the days left asked (还差几天)",
    ("bot/conversation/verdict_steps.py", "_OTHER_WAIT"): "another wait named (审核)",
    ("bot/conversation/verdict_steps.py", "_SENTENCE_END"): "a sentence's end (。)",
    ("bot/conversation/verdict_steps.py", "_LACK_SAID"): "a lack said (没有)",
    ("bot/conversation/interpret.py", "_MONTHS_SUM_NAMED"): "a month and an amount (月, 万)",
    ("bot/conversation/verdict_steps.py", "_OWN_LEAD"): "our, actually (我们的)",
    ("bot/conversation/verdict_steps.py", "_CHANGE_THAT"): "change that (改一下)",
    ("bot/conversation/verdict_steps.py", "_IS_BEFORE_VALUE"): "is, before the value (是)",
    ("bot/conversation/form_runner.py", "YES_THEN_VALUE"): "a yes, then the value (是的，准确是)",
    ("bot/conversation/interpret.py", "_NONE_SAID"): "none of it said (没有)",
    ("bot/answers/computed.py", "_TOTAL_OF_DEPOSITS"): "a total asked (一共)",
    ("bot/answers/said_once.py", "_BARE_STEP"): "a step's label alone (第7步)",
    ("bot/answers/described_item.py", "_ONLY_ASKED"): "only asked (只)",
    ("bot/conversation/free_question.py", "_BARE_MARKET_ASKED"): "a market alone asked (呢)",
    ("bot/conversation/interpret.py", "_OWN_OPENING"): "our, opening (我们)",
    ("bot/conversation/interpret.py", "_NOT_AT_HAND"): "not at hand (不在手边)",
    ("bot/conversation/interpret.py", "_FORGOT_SAID"): "forgotten (不记得)",
    ("bot/product_parts.py", "_SOFTWARE_NO"): "software said missing (没有软件)",
    ("bot/product_parts.py", "_HARDWARE_FINE"): "hardware said fine (硬件没问题)",
    ("bot/answers/__init__.py", "_WHICH_PERIOD"): "which period asked (哪个期间)",
    (
        "bot/conversation/verdict_steps.py",
        "_SWITCH_TO_ALIYUN",
    ): "a move to Alibaba Cloud (换成阿里云)",
    ("bot/conversation/verdict_steps.py", "_RESULT_OF_MARKET"): "a market's result asked (结果)",
    ("bot/conversation/interpret.py", "_NOT_KNOWN_ANYWHERE"): "not known, said (不知道)",
    ("bot/conversation/forms.py", "_SINCE_FOUNDED"): "since the company was founded (成立)",
    ("bot/conversation/verdict_steps.py", "_ACP_PASSED"): "an ACP passed (考过)",
    ("bot/conversation/verdict_steps.py", "_SEVERAL_HOLDERS"): "how many pass (个)",
    ("bot/conversation/verdict_steps.py", "_DEPOSIT_SAID"): "the deposit named (保证金)",
    ("bot/conversation/commission_follow_up.py", "_MARKET_AFTER"): "a market after 呢？",
    ("bot/answers/multi.py", "_SPECIAL_ASKED"): "special requirements asked (特殊)",
    ("bot/answers/rate_heads.py", "_LOWEST_RATE"): "the lowest rate asked (最低)",
    ("bot/answers/step_pointed.py", "_AFTER_THEN"): "after, then next (以后接下来)",
    ("bot/conversation/interpret.py", "_SAYS_NOT_KNOWN_VALUE"): "the value not known (不知道)",
    ("bot/conversation/ticket_steps.py", "_PART"): "a room or house number (号)",
    ("bot/conversation/ticket_steps.py", "_PART_NOT_PART"): "one part said to be another (不是)",
    ("bot/conversation/interpret.py", "HOW_TO_GET_IT"): "how to get it asked (怎么办理)",
    ("bot/answers/meaning.py", "_EXPLAINED_IN_DESCRIPTION"): "the guide's word for an image (镜像)",
    ("bot/answers/meaning.py", "_DESCRIPTION_SENTENCE_ZH"): "a sentence's end (。)",
    ("bot/conversation/market_steps.py", "_REASON_THEN_VALUE"): "a reason's end (所以)",
    ("bot/conversation/market_steps.py", "_ALSO_ADDED"): "a market added (还有)",
    ("bot/conversation/market_steps.py", "_LEFT_OUT"): "a market set aside (不要)",
    ("bot/product_parts.py", "_HARDWARE_IN_LINE"): "the guide's word for hardware (硬件)",
    ("bot/product_parts.py", "_SOFTWARE_YES"): "software said to be there (有软件)",
    ("bot/product_parts.py", "_HARDWARE_NO"): "hardware said to be missing (没有硬件)",
    # Round 54 (session 59): readings of what is typed; no user-facing text.
    ("bot/answers/__init__.py", "_HOW_COMMISSION_WORKS"): "how commission is charged (怎么收)",
    ("bot/conversation/interpret.py", "_TEAM_ALIASES"): "the word team alone (团队)",
    ("bot/conversation/ticket_amount.py", "_WHY_AMOUNT"): "why that amount asked (怎么是)",
    ("bot/conversation/ticket_amount.py", "_AMOUNT_NAMED"): "the amount named (金额)",
    ("bot/answers/__init__.py", "_MARKET_THEN_ASKED"): "a market then a question (呢)",
    ("bot/answers/__init__.py", "_market_then_asked"): "a question rebuilt for its market (市场)",
    ("bot/answers/__init__.py", "_ASKED_AFTER_MARKET"): "a question word (多少)",
    ("bot/answers/headcount_kinds.py", "_SAME_ASKED"): "the same thing asked (一回事)",
    ("bot/answers/headcount_kinds.py", "_TEAM_NAMED"): "the 20-person team named (团队)",
    ("bot/answers/headcount_kinds.py", "_EMPLOYEES_NAMED"): "employees named (员工)",
    ("bot/answers/known_cases.py", "_CASES_NAMED"): "cases named (案例)",
    ("bot/answers/known_cases.py", "_SMALL_CUSTOMERS"): "small customers named (小客户)",
    ("bot/answers/known_cases.py", "_REQUIRED_ASKED"): "required asked (需要)",
    ("bot/answers/known_cases.py", "_COUNTS_ASKED"): "whether it counts asked (算)",
    ("bot/conversation/forms.py", "_USE_OUR_NAME"): "the company's name to use (中文名)",
    ("bot/conversation/free_question.py", "_COMMISSION_NAMED"): "commission named (佣金)",
    ("bot/conversation/free_question.py", "_PLUS_MARKET"): "a market added (加上)",
    (
        "bot/conversation/verdict_steps.py",
        "_OWN_ELIGIBLE_ASKED",
    ): "which markets we can join (能进)",
    ("bot/answers/__init__.py", "_WHAT_THEN_HOW"): "what X is, then how to get it (怎么)",
    ("bot/conversation/forms.py", "_ADDRESS_ADDED"): "a part added to the address (加上)",
    ("bot/conversation/interpret.py", "_MARKET_NOT_DONE"): "a market's business not done (没做过)",
    ("bot/conversation/interpret.py", "_INSURED_COUNT"): "the count on social insurance (社保)",
    ("bot/conversation/interpret.py", "_NOT_INSURED"): "others beside it (外包)",
    (
        "bot/conversation/verdict_steps.py",
        "_DRAFT_IT_THEN",
    ): "the ticket asked, a field after (起草)",
    ("bot/conversation/interpret.py", "_ALL_INCLUDING"): "every market, one included (包括)",
    ("bot/answers/__init__.py", "_MARKET_RATE_ASKED"): "a market's rate asked (费率)",
    ("bot/answers/__init__.py", "_ECOSYSTEM_TERM"): "the ecosystem certification named (生态)",
    (
        "bot/conversation/commands.py",
        "EITHER_LANGUAGE_ASKED",
    ): "either language asked (中文还是英文)",
    ("bot/conversation/free_question.py", "_BARE_VALUE_DOUBTED"): "an amount doubted (不行)",
    ("bot/conversation/interpret.py", "_ROLE_WORDS"): "a team's roles (技术, 客服)",
    ("bot/conversation/interpret.py", "_ROLE_PARTS_SPACED"): "a team's parts (技术15 客服6)",
    (
        "bot/conversation/ticket_steps.py",
        "_FIELD_LANGUAGE_ASKED",
    ): "a field's language asked (中文)",
    ("bot/answers/known_cases.py", "_HOW_MANY"): "how many asked (几个)",
    ("bot/answers/known_cases.py", "_LACK_STATED"): "no cases stated (没有案例)",
    ("bot/conversation/forms.py", "_COMPANY_SHAPED"): "a company's legal form (有限公司)",
    ("bot/conversation/forms.py", "_ASKED_NOT_ADDED"): "a question, not a part (吗)",
    ("bot/conversation/forms.py", "_COUNT_WORD_BEFORE"): "a measure word (个)",
    ("bot/conversation/verdict_steps.py", "_DEPOSIT_NAMED"): "the deposit named (保证金)",
    ("bot/answers/level_not_required.py", "_LEVEL_ASKED_OUTRIGHT"): "a level asked (要不要)",
    ("bot/answers/order.py", "_SHOP_ELSEWHERE"): "a shop on another platform (天猫开店)",
    ("bot/answers/order.py", "_ELSEWHERE_SHOP"): "a question rewritten (no step's words)",
    ("bot/answers/support_kind_asked.py", "_KIND_ONLY_STATED"): "the kind the vendor has (客服)",
    ("bot/conversation/free_question.py", "_COMMISSION_SUM_ASKED"): "a question rebuilt (佣金多少)",
    ("bot/conversation/free_question.py", "_MARKET_RATE_ASKED"): "a question rebuilt (佣金多少)",
    ("bot/conversation/interpret.py", "_OLD_DISOWNED"): "the old value disowned (不对)",
    # Round 53 (session 58): readings of what is typed; no user-facing text.
    ("bot/answers/order.py", "_LISTING_FIRST_ASKED"): "listing before the deposit asked (先上架)",
    ("bot/conversation/change.py", "_MARKETS_REPLACED"): "the ticket's markets said anew (改成)",
    ("bot/conversation/change.py", "_MARKET_DROPPED"): "a market dropped (去掉)",
    ("bot/conversation/free_question.py", "_REQUIRED_ASKED"): "required asked (必须吗)",
    ("bot/conversation/interpret.py", "_WHAT_WE_DO"): "what the vendor does (我们是做)",
    ("bot/conversation/ticket_steps.py", "_NO_ACCOUNT_YET"): "no account yet (还没有)",
    ("bot/answers/verdicts.py", "_MUST_OR_OTHER_ASKED"): "must it be, or may another (还是…也行)",
    # Round 52 (session 57): readings of what is typed; no user-facing text.
    ("bot/answers/names.py", "_AMOUNT_BEFORE_IN"): "an amount said before a market (万)",
    ("bot/answers/parts.py", "_WHOLE_ASKED_FIRST"): "the whole amount asked (整体…按)",
    ("bot/answers/__init__.py", "_PHONE_CONFIRM_ASKED"): "a phone number's owner asked (电话吗)",
    (
        "bot/answers/licence_threshold.py",
        "_THRESHOLD_ASKED",
    ): "a licence age asked of markets (门槛)",
    ("bot/answers/licence_threshold.py", "_NUMBERS"): "number words read (一, 两)",
    ("bot/answers/parts.py", "_BOUND_BEFORE"): "a bound passed (超过)",
    ("bot/answers/__init__.py", "_BRACKETS_SAID"): "not in brackets said (分段)",
    ("bot/answers/__init__.py", "_EITHER_OR_ASKED"): "an either-or asked (还是)",
    ("bot/answers/computed.py", "_REFUND_NAMED"): "a refund named (退)",
    ("bot/answers/product_fit.py", "_ALREADY_FITS"): "a fit already said (是的)",
    ("bot/conversation/forms.py", "_LOGIN_THEN_REMARK"): "a remark after a login (谢谢)",
    ("bot/conversation/verdict_steps.py", "_STILL_ASKED"): "still counts asked (还算)",
    ("bot/conversation/interpret.py", "_question_then_answer"): "a question rebuilt (的, 、)",
    ("bot/conversation/verdict_steps.py", "_MARKETS_CHECKED"): "the markets checked asked (查过)",
    ("bot/conversation/verdict_steps.py", "_HEADCOUNT_NOW"): "a head count after hiring (招了)",
    ("bot/conversation/verdict_steps.py", "_SHOULD_BE"): "what an answer should be (应该是)",
    ("bot/conversation/verdict_steps.py", "_should_be"): "Alibaba Cloud named (阿里)",
    ("bot/answers/computed.py", "_NEXT_MONTH"): "next month named (下个月)",
    ("bot/answers/deposit_once.py", "_PER_MARKET_FIRST"): "per market asked first (按市场)",
    ("bot/answers/deposit_when.py", "_ASKS_WHETHER"): "a refund asked (退不退)",
    ("bot/answers/month_sales.py", "_SALES_VERB"): "selling said (卖了)",
    ("bot/conversation/helpers.py", "_REPLACED_BY"): "a market put in another's place (换成)",
    ("bot/conversation/market_steps.py", "_DROP_SAID"): "a market dropped (不要)",
    ("bot/answers/__init__.py", "_DISTRIBUTION_SAID"): "distribution named (分销)",
    ("bot/answers/__init__.py", "_RATE_COMPUTED"): "a reply's own tier read (第2档)",
    ("bot/answers/licence_threshold.py", "_LICENCE_WORDS"): "the licence named (执照)",
    ("bot/answers/licence_threshold.py", "_OTHER_CONDITION"): "another condition named (资金)",
    ("bot/answers/licence_threshold.py", "_EXPERIENCE_WORDS"): "experience named (经验)",
    ("bot/answers/licence_threshold.py", "_OWN_AGE_OR_JOIN"): "the vendor's own age said (我们刚)",
    ("bot/answers/parts.py", "_ASKING_CLAUSE_AFTER"): "a clause that asks (吗)",
    ("bot/conversation/market_steps.py", "_MONEY_TOPIC"): "a money topic named (保证金)",
    ("bot/conversation/recall.py", "_RULE_ASKED"): "a rule asked (才够)",
    ("bot/answers/product_fit.py", "_OWN_PRODUCT"): "the vendor's product said (我们做)",
    ("bot/answers/product_fit.py", "_FIT_ASKED"): "a fit asked (适合)",
    ("bot/answers/precharge.py", "_FIXED_OR_AFTERWARDS"): "fixed at the order or later (还是)",
    ("bot/answers/verdicts.py", "_MAY_OR_MUST"): "a freedom asked against a must (还是必须)",
    ("bot/answers/parts.py", "_EITHER_OR"): "an either-or asked (还是)",
    ("bot/conversation/form_runner.py", "_IOT_SAID"): "the IoT platform named (物联网)",
    ("bot/conversation/free_question.py", "_DEPOSIT_ASKED"): "a question rebuilt for the answers",
    ("bot/conversation/interpret.py", "_CANNOT_DO_IT"): "a cannot read (不能提供)",
    ("bot/conversation/market_steps.py", "_HOW_TO_JOIN"): "how to join asked (怎么入驻)",
    # Round 51 (session 56): readings of what is typed; no user-facing text.
    ("bot/conversation/forms.py", "_acp_count_paired"): "a count word (个) read",
    ("bot/conversation/forms.py", "with_address_part"): "a house number (号) read",
    ("bot/conversation/market_steps.py", "_THAT_ONE"): "the market pointed at (那个市场)",
    ("bot/answers/__init__.py", "_EXCHANGE_RATE"): "an exchange rate asked (汇率)",
    ("bot/conversation/interpret.py", "_ABLE_SAID"): "what the vendor can do (我们能)",
    (
        "bot/conversation/market_steps.py",
        "_CONDITIONS_ASKED",
    ): "a market's conditions asked (条件呢)",
    ("bot/conversation/forms.py", "_ADDRESS_AREA"): "an address's area (省市区)",
    ("bot/conversation/forms.py", "_CONTACT_REASON_AFTER"): "why after a contact (因为)",
    ("bot/conversation/forms.py", "_CONTACT_ROLE_BEFORE"): "who before a contact (我同事)",
    ("bot/conversation/forms.py", "_HOUSE_NUMBER"): "a house number (18号)",
    ("bot/conversation/forms.py", "_HOUSE_NUMBER_ONLY"): "a house number alone (18号)",
    ("bot/conversation/forms.py", "_LABEL_TYPOS"): "a label's look-alike (地止)",
    ("bot/conversation/forms.py", "ticket_field_fix"): "the label a look-alike stands for (地址)",
    ("bot/conversation/forms.py", "_STREET_START"): "a street opening a value (文三路)",
    ("bot/parsing.py", "_YEARS_AND_MONTHS"): "years and months (1年10个月)",
    ("bot/conversation/forms.py", "_ADDRESS_REMARK"): "a remark on a move (我们刚搬过去)",
    ("bot/conversation/forms.py", "_ASKED_POLITELY"): "a correction asked politely (好吗)",
    ("bot/conversation/forms.py", "_CONTACT_JUST_WRITE"): "a name after 就写",
    ("bot/conversation/forms.py", "_COUNT_OR_CERT"): "counts and certifications (3个ACP)",
    ("bot/conversation/forms.py", "_NONE_WORDS"): "none said (没有, 一个都没有)",
    ("bot/conversation/forms.py", "_NOT_A_NAME"): "what to write, no name (负责人, 全称)",
    ("bot/conversation/interpret.py", "_ROLE_COUNT_INSURED"): "staff counted on the 社保",
    ("bot/conversation/interpret.py", "_MONTHS_ALONE"): "months alone (8个月)",
    ("bot/conversation/market_steps.py", "_CHOOSING"): "a market chosen (先入, 看看)",
    ("bot/conversation/market_steps.py", "_NOT_CHOOSING"): "a market only mentioned (已经, 以后)",
    ("bot/answers/__init__.py", "_WRITTEN_MONEY_SUM"): "a sum written out (18万+12万)",
    ("bot/answers/identifiers.py", "_CHARGED_ALREADY"): "what was charged asked (收了多少)",
    ("bot/answers/computed.py", "_DAY_OF_MONTH_EN"): "a day of a month in English (Nov 5)",
    ("bot/conversation/forms.py", "_COUNT_CLAUSES"): "where one count ends (和, and)",
    ("bot/conversation/forms.py", "_NO_ACP"): "no ACP said (没有ACP)",
    ("bot/conversation/forms.py", "_ADDRESS_TAIL"): "the 了 after an address",
    ("bot/conversation/forms.py", "_CONTACT_REMARK"): "a remark after a contact's name",
    ("bot/conversation/forms.py", "_VALUE_IS_QUESTION"): "a field asked about (是用来寄啥的)",
    ("bot/conversation/interpret.py", "_LEAVING"): "leaving for now (算了, 明年再来)",
    # Round 50 (session 55): readings of what is typed; no user-facing text.
    ("bot/answers/questions.py", "_THAT_PROCESS"): "a process pointed back at (这个流程)",
    ("bot/answers/questions.py", "_ECOSYSTEM_CERT"): "the ecosystem certification named",
    ("bot/answers/shop_opens.py", "_YES_NO_JOINED"): "joined asked yes or no (是不是…成功了吗)",
    ("bot/answers/verdicts.py", "_ASKS_WHICH_KIND"): "which kind of support asked (要的是哪一个)",
    ("bot/answers/questions.py", "_WHERE_TO_FIND"): "where a process is found, asked (在哪查)",
    ("bot/answers/questions.py", "_MARKETPLACE_STEP_WORDS"): "the Marketplace's joining named",
    ("bot/answers/verdicts.py", "_NO_ONLINE_CS"): "no online customer service (没有在线客服)",
    ("bot/answers/verdicts.py", "_PARTLY_LACKING"): "part of a service lacking (周末, 兼职)",
    ("bot/answers/verdicts.py", "_LACK_DENIED_BEFORE"): "a lack denied (不是没有)",
    ("bot/answers/verdicts.py", "_AFTERSALES_NAMED"): "after-sales named (售后)",
    ("bot/answers/verdicts.py", "_ASKS_TO_JOIN_HERE"): "joining asked (能入驻吗)",
    # Round 49 (session 54): readings of what is typed; no user-facing text.
    ("bot/conversation/commands.py", "_END_WORDS"): "结束 said mid-check (a command word)",
    ("bot/conversation/interpret.py", "_YES_THEN_FACTS"): "a yes or no, then facts (是，…)",
    ("bot/answers/insured.py", "_HALF_CONTRACTED"): "half the staff contracted (一半是外包)",
    ("bot/answers/verdicts.py", "_ASKS_ANY_LIMIT"): "any limit asked (有啥限制吗)",
    ("bot/conversation/interpret.py", "_OTHER_TEAM"): "another team named (营销团队)",
    ("bot/conversation/verdict_steps.py", "_NO_OPENER"): "a correction opener put before a clause",
    ("bot/answers/order.py", "_STEP_DIGITS"): "a step's number in Chinese digits (第六步)",
    ("bot/answers/order.py", "_BARE_PREVIOUS"): "the step before asked alone (上一步是什么)",
    ("bot/answers/verdicts.py", "_STATEMENT_LACKED"): "the 社保 statement said lacking (拿不出)",
    ("bot/answers/account_enough.py", "_ACCOUNT_LACKED"): "the 1688 account said missing",
    ("bot/answers/computed.py", "_GAP_ASKED"): "the gap to the next tier asked (还差多少)",
    ("bot/answers/each_orders.py", "_ORDERS_WORD"): "the orders' word (订单) in a rewritten list",
    ("bot/answers/questions.py", "_SAME_AS_BEFORE"): "the same rule asked of one more (也一样吗)",
    ("bot/answers/questions.py", "_BARE_COUNT"): "a bare count asked (要几个人)",
    ("bot/answers/questions.py", "_WH_ASKED"): "a wh-question (什么, 哪)",
    (
        "bot/answers/rate_heads.py",
        "_PRECHARGE_RATE_ASKED",
    ): "the rate taken first asked (先扣几个点)",
    ("bot/answers/which.py", "_EXTREME_TIER"): "the lowest / highest tier named (最低档)",
    ("bot/answers/which.py", "_EXTREME_TIER_AS"): "the tier a lowest / highest tier is (第1档)",
    ("bot/answers/verdicts.py", "_FIRST_PERSON_OR_BOSS"): "the vendor of itself (我们, 老板)",
    ("bot/answers/verdicts.py", "_SAYS_NOT_MET"): "a reply already saying no (不满足)",
    ("bot/conversation/interpret.py", "_REPEATED_NO"): "a no said twice (不不)",
    ("bot/answers/__init__.py", "_INDUSTRY_NAMED"): "the industry named (行业)",
    ("bot/answers/__init__.py", "_POLICY_STILL_ASKED"): "the ended policy asked still (还按…算吗)",
    ("bot/answers/__init__.py", "_OTHER_REQUIREMENTS"): "every other condition asked (还有啥额外)",
    ("bot/answers/__init__.py", "_GUARANTEE_WORD"): "the service guarantee named (保障)",
    ("bot/answers/reverse.py", "_OR_LOWER"): "a lower figure asked too (或者更低)",
    ("bot/conversation/change.py", "_NEVER_MIND"): "a change called off (算了不改了)",
    ("bot/conversation/commands.py", "_LEAVE_FOR_NOW"): "leaving for now (先不弄了)",
    ("bot/conversation/interpret.py", "_MAKE_THAT"): "a new value for the last answer (改成4)",
    # Round 48 (session 53): readings of what is typed; no user-facing text.
    ("bot/answers/delivery_form.py", "_OTHER_FORM"): "a delivery not an image (SaaS, 链接)",
    ("bot/answers/delivery_form.py", "_IMAGE"): "an image named (镜像)",
    ("bot/answers/delivery_form.py", "_IMAGE_DENIED"): "an image said missing (没有镜像)",
    ("bot/answers/delivery_form.py", "_ASKS_OK"): "whether it will do (可以, 行吗)",
    ("bot/answers/delivery_form.py", "_OPENS_NO"): "a reply opening with no (不)",
    ("bot/conversation/verdict_steps.py", "_LAST_RESULT_ASKED"): "the last result asked (结果再发)",
    ("bot/conversation/verdict_steps.py", "_DEPOSIT_WORD"): "the deposit named (保证金)",
    (
        "bot/conversation/change.py",
        "_FILLER_BEFORE_CHANGE",
    ): "a filler before a change (好的，修改)",
    ("bot/conversation/commission_follow_up.py", "_BARE_AMOUNT"): "an amount asked again (50万呢)",
    ("bot/conversation/commission_follow_up.py", "_AMOUNT_WITH_NUMBER"): "an amount (20万)",
    ("bot/conversation/free_question.py", "_OWN_TOPIC"): "a follow-up's own topic (佣金)",
    ("bot/conversation/interpret.py", "_NOT_WHOLLY"): "a no in part (不全是)",
    ("bot/conversation/market_steps.py", "_NO_THEN"): "a no, then markets (不是，…)",
    ("bot/conversation/verdict_steps.py", "_NEVER_SAID"): "a value never given (没说过0)",
    ("bot/answers/__init__.py", "_OPS_STAFF_COUNTED"): "operations staff counted (对接运营3人)",
    ("bot/answers/__init__.py", "_DINGTALK_OPEN"): "DingTalk said open (钉钉有开)",
    ("bot/answers/__init__.py", "_ENTERED_THEN_CLICK"): "a page entered, then a click (进了…以后)",
    (
        "bot/answers/__init__.py",
        "_ENTERED_PAGE_ASKED",
    ): "the same asked as routed (进入…之后点哪里)",
    ("bot/answers/__init__.py", "_MARKET_COUNT_ASKED"): "how many markets (几个集市)",
    ("bot/answers/__init__.py", "_OTHER_THAN_COUNT"): "something else asked (条件, 保证金)",
    ("bot/answers/__init__.py", "_LISTING_BEFORE_PAYING"): "listing before paying (没交…上架)",
    ("bot/answers/__init__.py", "_RATES_COMPARED"): "rates compared (费率…一样)",
    ("bot/answers/__init__.py", "_ROW_MARKET_ASKED"): "a row's market asked (对应哪个集市)",
    ("bot/answers/choice_first.py", "_YES_NO_ASKED"): "asked yes or no (吗)",
    (
        "bot/answers/choice_first.py",
        "_WITH_APPLICATION",
    ): "paid with the application (申请时一起交)",
    ("bot/answers/precharge.py", "_CHARGED_RATE"): "a rate charged (按20%扣了)",
    ("bot/answers/precharge.py", "_WRONG_ASKED"): "whether wrong (扣错了吗)",
    ("bot/answers/precharge.py", "_PRECHARGE_LINE"): "the pre-charge line (第1档（20%）)",
    ("bot/answers/precharge.py", "_WHY_RATE_TAKEN"): "why a rate was taken (为啥按20%)",
    ("bot/answers/step_pointed.py", "_ASKS_BEFORE_IT"): "the step before asked (前面那步)",
    ("bot/answers/verdicts.py", "_VERIFICATION_ASKED"): "verification asked (认证吗)",
    ("bot/answers/verdicts.py", "_VERIFICATION_DONE"): "verification done (已认证)",
    ("bot/answers/order_in_month.py", "_CHARGED_BEFORE"): "an amount charged (扣了)",
    ("bot/conversation/interpret.py", "_NOT_YET_OPENINGS"): "a not-yet said first (还没)",
    ("bot/answers/names.py", "_SHORT_NAME_JOINED"): "a short name joined to a market (加安全和)",
    ("bot/conversation/interpret.py", "_NO_OPENINGS"): "a no said first (不, 没)",
    # Round 47 (session 52): readings of what is typed; no user-facing text.
    ("bot/answers/__init__.py", "_REMARK_ASKS"): "a question after a question (另外…几年)",
    ("bot/answers/computed.py", "_COMPARED_WITH"): "a bound compared with (差一点到20万)",
    ("bot/answers/parts.py", "_MORE_ORDERS"): "more orders after a list (另外…一共)",
    ("bot/answers/ticket_category.py", "_ASKS_TIME"): "a time asked (多久)",
    ("bot/conversation/interpret.py", "_DOCUMENT_SAID"): "a document spoken of (这个表)",
    ("bot/conversation/interpret.py", "_ACCEPT_WORDS"): "accepting words (接受)",
    ("bot/answers/questions.py", "_DEPOSIT_WORD"): "the deposit named (保证金)",
    ("bot/answers/__init__.py", "_SOFTWARE_WORD"): "the software word of a condition (软件)",
    ("bot/conversation/interpret.py", "_NO_IN_CLAUSE"): "a no said in a clause (不, 没)",
    ("bot/conversation/engine.py", "_TRAILING_COMMAND"): "a cancel said last (…，取消)",
    ("bot/answers/rate_heads.py", "_TAKEN_BACK"): "a tier taken back (哦不对)",
    ("bot/answers/__init__.py", "_COMMISSION_WORD"): "the commission typo mended (佣金)",
    ("bot/answers/__init__.py", "_COMMISSION_TYPO"): "the commission mistyped (佣近)",
    ("bot/answers/order.py", "_STORE_ASKED"): "the shop asked of (店铺)",
    ("bot/answers/questions.py", "_BARE_NUMBER"): "bare item numbers (1 … 2 …)",
    ("bot/answers/ticket_fill.py", "_OWNER"): "whose a field is (我的)",
    ("bot/answers/__init__.py", "_PASTE_WHERE"): "where to paste asked (贴到哪里)",
    ("bot/answers/__init__.py", "_WHICH_MARKET_WITHOUT"): "a question rebuilt, never shown",
    (
        "bot/answers/__init__.py",
        "_SOFTWARE_KIND_ASKED",
    ): "the kind of software asked (什么样的软件)",
    (
        "bot/answers/__init__.py",
        "_ANY_MARKET_WITHOUT",
    ): "any market without a rule (有没有不要求…的市场)",
    # Round 46 (session 51): readings of what is typed, and questions rebuilt for the answer
    # chain (never shown); no user-facing text.
    ("bot/conversation/free_question.py", "_MARKETS_COUNTED_BARE"): "a count of markets (两个呢)",
    ("bot/conversation/free_question.py", "_REFUND_BARE"): "a bare refund asked (退?)",
    ("bot/conversation/free_question.py", "_BARE_FOLLOW_UP"): "a bare follow-up (X呢)",
    ("bot/conversation/free_question.py", "_TIME_SAID"): "a time said (2021年, 以后)",
    ("bot/conversation/free_question.py", "_DEPOSIT_OF_COUNT"): "a question rebuilt, never shown",
    ("bot/conversation/free_question.py", "_DEPOSIT_REFUND"): "a question rebuilt, never shown",
    ("bot/conversation/free_question.py", "_COMMISSION_OF"): "a question rebuilt, never shown",
    ("bot/conversation/interpret.py", "_INDUSTRY_WORDS"): "words for the six industries (物流)",
    ("bot/conversation/interpret.py", "_SAME_AS_BEFORE"): "the same hours said (同上)",
    ("bot/conversation/interpret.py", "_FOR_EVERY_MARKET"): "one value for every market (都是)",
    ("bot/conversation/interpret.py", "_A_NUMBER_OF_YEARS"): "a number of years (三年, 半年)",
    ("bot/conversation/interpret.py", "_EXACTLY"): "a value said exactly (正好)",
    ("bot/conversation/form_runner.py", "_WHICH_DATE_ASKED"): "which date asked (发证日期)",
    ("bot/answers/computed.py", "_YEARLESS_DAY"): "a day without its year (3月31号)",
    ("bot/conversation/interpret.py", "_SAME_THEN_VALUE"): "same, then a value (同上，2)",
    ("bot/conversation/recall.py", "_ALL_ANSWERS_ASKED"): "every saved answer asked (存了哪些)",
    ("bot/conversation/verdict_steps.py", "_THANKS_AROUND"): "thanks around a word (谢谢)",
    ("bot/conversation/commission_follow_up.py", "_FIRST_AMOUNT"): "a month's amount (30万)",
    ("bot/conversation/interpret.py", "_ENOUGH_ASKED"): "whether enough, asked (行不行)",
    ("bot/conversation/ticket_steps.py", "_PAID_TOGETHER"): "markets paid together (一起)",
    ("bot/answers/__init__.py", "_MARKETPLACE_API"): "the Marketplace's API (云市场API)",
    ("bot/answers/__init__.py", "_BY_MARKETPLACE_API"): "by the Marketplace's API (按云市场API)",
    ("bot/answers/__init__.py", "_BY_MARKETPLACE_INTERFACE"): "a question rebuilt, never shown",
    ("bot/answers/__init__.py", "_TEAM_PROOF_ASKED"): "a question rebuilt, never shown",
    ("bot/answers/deposit_same.py", "_WHICH_NOT"): "which one differs, asked (哪个不是)",
    ("bot/answers/months_compared.py", "_MONTH"): "a month said (2021年3月)",
    ("bot/answers/months_compared.py", "_WHAT_IF"): "a what-if (如果)",
    ("bot/answers/months_compared.py", "_AMOUNT"): "an amount (30万)",
    ("bot/answers/months_compared.py", "_SIDE_BY_SIDE"): "side by side (分别)",
    ("bot/answers/months_compared.py", "_TWO_MONTHS"): "two months compared (和)",
    ("bot/answers/months_compared.py", "_COMBINED"): "months added up (加起来)",
    ("bot/answers/questions.py", "_PART_OPENER"): "a part's joining word (另外)",
    ("bot/answers/verdicts.py", "_NUMBER_COUNTS"): "a figure counted, asked (20算不算)",
    ("bot/answers/questions.py", "_SAID_AGAIN"): "a question said again (就是说)",
    ("bot/conversation/free_question.py", "_COMMISSION_WORD"): "a question rebuilt, never shown",
    ("bot/conversation/interpret.py", "_NOT_ALIYUN"): "Alibaba Cloud said not used (不是阿里云)",
    ("bot/conversation/market_steps.py", "_GO_ON"): "go on said (开始检查吧)",
    ("bot/conversation/market_steps.py", "_WAIT_OPENING"): "a wait opening (等下)",
    ("bot/conversation/market_steps.py", "_NOT_ASKED_FOR"): "never asked for (没说要)",
    ("bot/conversation/interpret.py", "_SAME_AS_MARKET"): "same as a market (和服务市场一样)",
    ("bot/conversation/ticket_steps.py", "_MARKETS_CORRECTED"): "markets corrected (不对，是…)",
    ("bot/conversation/ticket_steps.py", "_COMPANY_WORDS"): "a company spoken of (公司)",
    ("bot/conversation/form_runner.py", "_THIS_QUESTION_MEANS"): "what it means, asked (啥意思)",
    ("bot/conversation/interpret.py", "_NEGATED_BEFORE"): "a negation before a word (不)",
    ("bot/conversation/market_steps.py", "_ONLY_SAID"): "only said (只)",
    ("bot/cases.py", "_COMMAND_WITH_ARGUMENT"): "a command with its argument (修改 X)",
    ("bot/cases.py", "_ADDED_FOR_STAFF"): "something added for staff (补充)",
    ("bot/cases.py", "_MENU_PICK"): "a menu pick or yes / no (是)",
    ("bot/answers/__init__.py", "_CHINESE_YEAR_MONTH"): "a question rebuilt, never shown",
    ("bot/answers/__init__.py", "_CHINESE_MONTH_ENDS"): "a month written in Chinese (月)",
    ("bot/answers/__init__.py", "_MONTH_THEN_BRACKETED_YEAR"): "a month, its year in brackets",
    ("bot/conversation/commission_follow_up.py", "_SAME_MONTH"): "the same month said (同一个月)",
    ("bot/conversation/free_question.py", "_WHICH_MARKET_FITS"): "which market fits (哪个市场)",
    (
        "bot/conversation/verdict_steps.py",
        "_WHEN_JOINABLE",
    ): "when joinable, asked (什么时候能入驻)",
    ("bot/answers/__init__.py", "_DEPOSIT_PURPOSE"): "why a deposit, asked (干嘛的)",
    ("bot/answers/__init__.py", "_BARE_DEPOSIT"): "the deposit named alone (保证金？)",
    ("bot/answers/computed.py", "_MONTH_IN_PERIOD"): "a month in the period, asked (在…期内吗)",
    # Round 45 (session 50): readings of what is typed; no user-facing text.
    ("bot/conversation/free_question.py", "_REFUND_WHEN"): "the refund's time asked (什么时候返还)",
    ("bot/conversation/interpret.py", "_YEAR_END"): "the year's end (2018年底)",
    ("bot/answers/__init__.py", "_ACROSS_CATEGORIES"): "categories together or apart (分开)",
    ("bot/answers/questions.py", "_MARKETPLACE_NAMED"): "the Marketplace named (云市场)",
    ("bot/conversation/interpret.py", "_YEAR_END_ALONE"): "the year's end alone (年底)",
    ("bot/conversation/interpret.py", "_DECEMBER_OF"): "the year's end read as 12月",
    ("bot/answers/__init__.py", "_MONTH_OR_OTHER_PERIOD"): "a period asked (按季度还是按月)",
    ("bot/answers/__init__.py", "_RATE_FOREVER"): "a rate for ever (永久)",
    ("bot/answers/computed.py", "_ONLY_THESE_ASKED"): "only the points named (只问)",
    ("bot/answers/durations.py", "_LICENCE_AS_PAPER"): "the licence as a paper (营业执照扫描件)",
    ("bot/conversation/free_question.py", "_WHICH_MARKET_IS"): "which market a name is (哪个市场)",
    ("bot/conversation/interpret.py", "_SPLIT_BY_MARKET"): "a split answer (网站…但物联网…)",
    ("bot/conversation/market_steps.py", "_SWITCH_SUGGESTED"): "a switch asked (换成…呢)",
    ("bot/conversation/market_steps.py", "_AROUND_CONTINUE"): "words around 继续 (继续吧)",
    ("bot/answers/__init__.py", "_WHY_ASKED"): "why asked (为什么)",
    ("bot/answers/__init__.py", "_COMMISSION_ASKED_HERE"): "the commission asked (佣金, 比例)",
    ("bot/answers/identifiers.py", "_SAID_WRONG"): "staff said it was wrong (客服说…不对)",
    ("bot/answers/questions.py", "_OTHER_PLATFORM"): "another shop platform named (天猫)",
    ("bot/answers/which.py", "_AMONG_CONDITIONED"): "among the markets with a rule (有…要求的市场)",
    ("bot/conversation/form_runner.py", "_WHAT_FIELD_IS"): "what a field is asked (填什么)",
    ("bot/conversation/forms.py", "_AN_EXPERIENCE"): "experience named (经验)",
    ("bot/conversation/forms.py", "_VALUE_INTRO"): "words before a value (就是)",
    ("bot/conversation/helpers.py", "_MARKET_WORD_CHUNK"): "a name before 市场",
    ("bot/conversation/helpers.py", "_MARKET_WORD"): "the word 市场 put back after a name",
    ("bot/conversation/interpret.py", "_WHAT_WORD"): "words asking what (多少, 什么)",
    ("bot/conversation/interpret.py", "_HEDGED_VALUE_ASKED"): "a value said unsure (大概…？)",
    ("bot/conversation/interpret.py", "_ASKING_WORDS"): "words that make a question (吗)",
    ("bot/conversation/interpret.py", "_NUMBER_IN"): "a number in a clause (五百)",
    ("bot/conversation/interpret.py", "_FILLER_CLAUSE"): "a correction's opener alone (不对)",
    ("bot/conversation/interpret.py", "_VAGUE_SCALE"): "a scale with no count (几百万)",
    ("bot/conversation/market_steps.py", "_THESE_MARKETS"): "markets pointed back at (这两个)",
    ("bot/conversation/market_steps.py", "_TRAILING_MARKS"): "marks after the words (吧)",
    ("bot/conversation/market_steps.py", "_RESULTS_SO_FAR"): "results asked mid-form (目前的结果)",
    # Round 44 (session 49): readings of what is typed; no user-facing text.
    (
        "bot/answers/__init__.py",
        "_DEPOSIT_OR_AMOUNT",
    ): "a deposit or an amount asked (保证金, 多少)",
    ("bot/answers/__init__.py", "_EXCEPTIONS_AS_DIFFERENCES"): "the question rebuilt, never shown",
    ("bot/answers/__init__.py", "_EXCEPTIONS_ASKED"): "exceptions asked (有没有例外)",
    ("bot/conversation/interpret.py", "_INDUSTRY_STATED"): "an industry stated (做教育行业的)",
    ("bot/answers/computed.py", "_REFUNDS_SUMMED_ASKED"): "the refunds asked added up (总共返还)",
    ("bot/answers/parts.py", "_POINTS_BACK"): "an amount pointed back at (这2万)",
    (
        "bot/answers/__init__.py",
        "_CONTRACTS_SIGNED_ASKED",
    ): "the contracts signed asked (签哪两个协议)",
    ("bot/answers/identifiers.py", "_DAY_SAID"): "a settlement day said (3月31号)",
    (
        "bot/answers/__init__.py",
        "_ORDERS_AFTER_MONTH",
    ): "orders after a month asked (以后的订单怎么算)",
    (
        "bot/answers/__init__.py",
        "_with_commission_word",
    ): "the question rebuilt for the answer chain, never shown",
    ("bot/answers/computed.py", "_LISTED_AMOUNTS"): "amounts listed (、, 和)",
    ("bot/answers/computed.py", "_ORDERS_LISTED"): "orders listed before their amounts (订单分别)",
    (
        "bot/answers/month_sales.py",
        "_FOUNDING_WORDS",
    ): "a founding date, no month of sales (注册, 成立)",
    ("bot/answers/rate_heads.py", "_HIGHEST_SAID"): "the top tier said (最高)",
    ("bot/answers/rate_heads.py", "_VOLUME_SAID"): "a volume said beside it (流水)",
    ("bot/answers/rate_name.py", "_AMPERSAND"): "an ampersand typed as a word (和, 与)",
    ("bot/answers/rate_name.py", "_ASKED_ZH"): "which market a name is, asked (是哪个市场)",
    ("bot/answers/text.py", "_KUAI_JIAO"): "a digit after 块 (199999块9)",
    ("bot/answers/ticket_fields.py", "_AMOUNT_ASKED"): "the amount asked (金额)",
    (
        "bot/conversation/commission_follow_up.py",
        "_DISTRIBUTION_CLAUSE",
    ): "the distribution clause of a question (其中分销)",
    (
        "bot/conversation/commission_follow_up.py",
        "_DISTRIBUTION_NOW",
    ): "the distribution said anew (分销是0呢)",
    ("bot/conversation/commission_follow_up.py", "_NONE_SAID"): "none said (零, 没有)",
    (
        "bot/conversation/commission_follow_up.py",
        "_RELATIVE_YEARS",
    ): "a year by its place (今年, 去年)",
    ("bot/conversation/commission_follow_up.py", "_YEAR_FOLLOW_UP"): "a year alone (2020年的)",
    (
        "bot/conversation/commission_follow_up.py",
        "with_distribution_said",
    ): "the question rebuilt for the answer chain, never shown",
    (
        "bot/conversation/forms.py",
        "_ACK_BEFORE_VALUE",
    ): "an acknowledgement before a value (好的，)",
    ("bot/conversation/free_question.py", "_SAME_NUMBERS_FOR"): "the same figures said (同样的数)",
    ("bot/conversation/handoff.py", "_HANDOFF_ALONE"): "a hand-off asked in words (human please)",
    ("bot/conversation/interpret.py", "_BARE_COUNT"): "a bare head count (三十来个)",
    ("bot/conversation/interpret.py", "_BOTH_SERVICES"): "both services named (售后和在线客服都)",
    ("bot/conversation/interpret.py", "_CUSTOMERS_SAID"): "a customer's trade (客户)",
    ("bot/conversation/interpret.py", "_YEARS_SAID"): "a number of years (3年, 半年)",
    ("bot/conversation/market_steps.py", "_MARKET_WORD"): "the word market (市场)",
    ("bot/conversation/ticket_steps.py", "_LAST_CLAUSE"): "a last clause (…，零售通的)",
    ("bot/conversation/ticket_steps.py", "_OK_AT_REVIEW"): "a fine word at the review (好了)",
    ("bot/conversation/verdict_steps.py", "_WHY_NOT_ASKED"): "why a market fails, asked (差在哪)",
    ("bot/parsing.py", "_clean"): "spoken 俩 read as 两",
    # Round 43 (session 48): readings of what is typed; no user-facing text.
    ("bot/conversation/change.py", "_CHOOSE_MARKETS_AGAIN"): "other markets asked for (换市场)",
    ("bot/conversation/forms.py", "_FIELD_SAID_WRONG"): "a ticket field said wrong (地址写错了)",
    ("bot/conversation/free_question.py", "_HOW_TO_PAY_IT"): "how to pay asked (那怎么交)",
    (
        "bot/conversation/free_question.py",
        "_PAY_THE_DEPOSIT",
    ): "the question rebuilt for the answer chain, never shown",
    ("bot/conversation/verdict_steps.py", "_ELIGIBLE_YET_ASKED"): "the verdict asked (能入驻吗)",
    ("bot/conversation/free_question.py", "_OUR_AMOUNT_ASKED"): "our amount asked (一共多少)",
    ("bot/conversation/interpret.py", "_OPENS_WITH_YES"): "a yes opening a message (是的，…)",
    ("bot/conversation/interpret.py", "_YES_UNDONE"): "a negation word (没, 不)",
    ("bot/conversation/verdict_steps.py", "_CHOICE_WORDS"): "choosing words (检查, 看看)",
    ("bot/conversation/forms.py", "_VALUE_PREAMBLE"): "what a value is called (注册名称)",
    ("bot/answers/__init__.py", "_TECHNICAL_ASK"): "the technical side asked (技术上)",
    ("bot/conversation/free_question.py", "_HOW_MUCH_BARE"): "how much asked (总共多少)",
    ("bot/conversation/free_question.py", "_OTHER_MONEY_TOPIC"): "other money topics (佣金)",
    (
        "bot/conversation/free_question.py",
        "_DEPOSIT_NAMED",
    ): "the word added to a question for the answer chain, never shown alone",
    ("bot/conversation/ticket_steps.py", "_MARKETS_AFTER"): "markets named last (，建站市场)",
    ("bot/conversation/verdict_steps.py", "_SUPPOSED_VALUE"): "a figure to come (一百五十万)",
    ("bot/conversation/verdict_steps.py", "_SUPPOSED_FIELDS"): "words naming its answer (增资)",
    ("bot/conversation/interpret.py", "_STATES_HAVING"): "a thing said to be had (都有)",
    ("bot/privacy.py", "_ERASE_IN_SENTENCE_ZH"): "an erase request in a sentence (把资料删掉)",
    ("bot/answers/text.py", "_WAN_YUAN_TAIL"): "the yuan after 万 (12万3456.78)",
    ("bot/conversation/ticket_steps.py", "_OK_FILLERS"): "polite words around 确认 (好的)",
    ("bot/conversation/ticket_steps.py", "_BARE_YES"): "yes words read only alone (对, 是)",
    ("bot/answers/__init__.py", "_WHY_CHARGED"): "why it is charged asked (为什么要收)",
    ("bot/answers/__init__.py", "_BESIDES_GENERAL"): "the usual set aside (除了常规条件)",
    ("bot/conversation/verdict_steps.py", "_VALUE_SAID"): "a value said (2年, 三个人)",
    ("bot/conversation/verdict_steps.py", "_WHAT_NOW"): "what now asked (怎么办)",
    ("bot/conversation/change.py", "_BOOL_VALUE_AT_END"): "a yes/no value after 改成 (改成否)",
    ("bot/conversation/forms.py", "_TRAILING_PARTICLE"): "a particle after a value (吧)",
    ("bot/conversation/forms.py", "_SENT_TO"): "the verb of sending before an address (寄到)",
    ("bot/conversation/interpret.py", "_COUNT_SAID"): "a count said (两个, 2)",
    ("bot/conversation/interpret.py", "_FUTURE_WORDS"): "words of a later time (下个月)",
    ("bot/conversation/interpret.py", "_CHANGE_VERB"): "words of a change (增资)",
    ("bot/conversation/ticket_steps.py", "_BACK_TO_CHECK"): "back to the check (继续检查)",
    ("bot/conversation/commission_follow_up.py", "_RELATIVE_WORD"): "a month by its place (上个月)",
    ("bot/privacy.py", "_ERASE_ASKED_ABOUT"): "erasing asked about (怎么, 吗)",
    ("bot/conversation/market_steps.py", "_CHECK_REFUSED"): "the check refused (不用检查)",
    ("bot/conversation/market_steps.py", "_LATER_ONLY"): "nothing more said (明天再说)",
    ("bot/conversation/market_steps.py", "_ALREADY_APPROVED"): "approved already (已经通过)",
    ("bot/conversation/market_steps.py", "_TICKET_NAMED"): "the ticket named (工单, 金额)",
    ("bot/conversation/change.py", "_TICKET_AMOUNT_CHANGED"): "the amount to change (金额要改)",
    ("bot/conversation/change.py", "_ALSO_JOINED"): "markets joined too (还入驻了)",
    ("bot/conversation/ticket_steps.py", "_WHERE_TO_FILE"): "where to file asked (在哪里提交)",
    ("bot/conversation/verdict_steps.py", "_FILLER"): "words around a market's name (我们的)",
    # Round 42 (session 47): readings of what is typed; no user-facing text.
    ("bot/answers/questions.py", "_WHAT_IT_IS_ZH"): "what a thing is, asked (是什么)",
    ("bot/answers/questions.py", "_WHERE_TO_GET_ZH"): "where it is got, asked (去哪里开)",
    ("bot/answers/verdicts.py", "_DISPUTE"): "a dispute told (纠纷)",
    ("bot/conversation/interpret.py", "_COUNT_MAGNITUDE"): "a count with a magnitude (约5k)",
    ("bot/conversation/recall.py", "_RECALL_ASKED"): "an answer on file asked (还记得)",
    (
        "bot/conversation/ticket_steps.py",
        "_TICKET_ASKED_WITH_FIELDS",
    ): "the ticket and its fields (写工单：)",
    ("bot/answers/distinct_terms.py", "_ASKS_SAME"): "two names asked to be one (一回事)",
    ("bot/answers/questions.py", "_AMOUNT_ASKED_ZH"): "an amount asked (交多少)",
    ("bot/answers/questions.py", "_HOW_TO_PAY_ZH"): "how it is paid, asked (怎么交)",
    ("bot/conversation/interpret.py", "_BARE_NO"): "a bare no (不对)",
    ("bot/conversation/language.py", "_FIGURE_SAID"): "a figure in numerals (二十几)",
    ("bot/conversation/market_steps.py", "_SAID_NOT"): "a market not wanted (不要)",
    ("bot/answers/__init__.py", "_BARE_COMMISSION"): "the commission named alone (佣金?)",
    ("bot/answers/capitals.py", "_CAPITALS"): "an amount in capital numerals (捌万)",
    ("bot/answers/capitals.py", "_MEANING_ASKED"): "a meaning asked (什么意思)",
    ("bot/answers/capitals.py", "_OTHER_TOPIC"): "another topic named (保证金)",
    ("bot/answers/computed.py", "_DAYS_LEFT_ASKED"): "days left asked (差几天)",
    ("bot/answers/questions.py", "_ASKING_NOISE"): "marks around a market asked (呢)",
    ("bot/answers/which.py", "_PROCESS_DONE"): "a certification done (做认证)",
    ("bot/conversation/free_question.py", "_CERTIFICATE_WORD"): "a certificate named (认证)",
    ("bot/conversation/interpret.py", "_WHAT_IF"): "a value to come (下个月)",
    ("bot/conversation/interpret.py", "_CHECK_REQUESTED"): "the check requested (帮我查)",
    ("bot/conversation/interpret.py", "_CONCEDED"): "a conceding answer (那就…吧)",
    ("bot/conversation/interpret.py", "_EXACT_AFTER_ESTIMATE"): "an estimate then the number (来)",
    ("bot/conversation/market_steps.py", "_CHECK_US"): "the check of us asked (够不够)",
    ("bot/conversation/market_steps.py", "_JOIN_ALONE"): "joining named alone (入驻)",
    ("bot/conversation/market_steps.py", "_ENDS_AT_MENU"): "the talk ended (结束)",
    ("bot/conversation/ticket_steps.py", "_TICKET_AGAIN"): "the ticket asked again (再发)",
    ("bot/conversation/ticket_steps.py", "_NOT_NOW"): "no ticket now (不用了)",
    ("bot/conversation/verdict_steps.py", "_OTHER_MARKETS_ASKED"): "other markets asked (其他市场)",
    ("bot/conversation/interpret.py", "_PLATFORMS_LISTED"): "platforms named (淘宝)",
    ("bot/conversation/interpret.py", "_ASKED_OUTRIGHT"): "a question asked (吗)",
    ("bot/answers/computed.py", "_EACH_GIVEN"): "a figure given each (各卖了)",
    ("bot/conversation/verdict_steps.py", "_DEPOSIT_TOTAL_ASKED"): "the deposit total asked (一共)",
    ("bot/answers/computed.py", "_WHAT_ASKED"): "a what-question (什么费率)",
    ("bot/answers/parts.py", "_INSIDE_WORD"): "a part inside a total (其中)",
    ("bot/answers/parts.py", "_PERIOD_PART"): "a month's part by time (上半月)",
    ("bot/answers/parts.py", "_SUM_SAID_AGAIN"): "a sum said again (这)",
    ("bot/answers/parts.py", "_REBUILT_TOTAL"): "a rebuilt question (当月总额)",
    ("bot/conversation/interpret.py", "_EXPERIENCE_TOLD"): "experience told (做过)",
    ("bot/conversation/interpret.py", "_ANSWER_STANDS"): "an answer said to stand (是对的)",
    ("bot/conversation/interpret.py", "_YEARS_COUNTED"): "years counted (3年)",
    ("bot/conversation/interpret.py", "_FOR_NOW"): "for now (目前)",
    ("bot/conversation/change.py", "_THE_TICKET"): "the ticket asked to change (修改工单)",
    ("bot/conversation/change.py", "_FIELD_THEN_CHANGE"): "a field then its change (地址改)",
    ("bot/conversation/change.py", "_CHANGE_WORD"): "the change command's word, read (修改)",
    ("bot/conversation/free_question.py", "_COUNTS_ASKED"): "whether it counts, asked (算吗)",
    ("bot/conversation/free_question.py", "_PAID_SAID"): "the deposit said paid (交完)",
    ("bot/conversation/free_question.py", "_THESE_MARKETS"): "the markets under way (这两个)",
    ("bot/conversation/free_question.py", "_DEPOSIT_WORD"): "the deposit named (保证金)",
    ("bot/conversation/interpret.py", "_WHAT_IS_IT"): "what it is, asked (是什么)",
    ("bot/conversation/market_steps.py", "_LOOKS_LIKE_AN_ANSWER"): "an answer typed early (是)",
    ("bot/conversation/commission_follow_up.py", "_PART_INSIDE"): "a part inside (其中…分销)",
    ("bot/conversation/commission_follow_up.py", "_ASK_TAIL"): "asking words at the end (多少)",
    ("bot/conversation/commission_follow_up.py", "_ASK"): "a rebuilt question (佣金多少)",
    # Round 41 (session 46): readings of what is typed, and questions rebuilt for the answer
    # engine (never shown); no user-facing text.
    ("bot/answers/text.py", "_MIXED_UNITS"): "digits with spoken units (19万9千9百99)",
    ("bot/answers/text.py", "_TWO_PEOPLE"): "两 before 人 or 名 (就两人)",
    ("bot/answers/text.py", "_OTHER_TEAM_BEFORE"): "a marketing team before its count (营销团队)",
    ("bot/answers/profile_read.py", "_OTHER_TEAM"): "a marketing or sales team (营销团队)",
    ("bot/answers/profile_read.py", "_TECH_OR_SUPPORT"): "technical or support staff (技术, 客服)",
    (
        "bot/answers/__init__.py",
        "_MARKETING_TEAM_ASKED",
    ): "a marketing team asked of (营销团队算吗)",
    (
        "bot/answers/__init__.py",
        "_MARKETING_QUESTION",
    ): "the marketing condition asked (营销策划能力)",
    ("bot/conversation/interpret.py", "_ADDED_AFTER_YES"): "what is added after a yes (而且, 另外)",
    ("bot/conversation/commission_follow_up.py", "_PART_ASKED"): "a rebuilt question (返还多少)",
    ("bot/conversation/commission_follow_up.py", "_PART_FOLLOW_UP"): "a part asked (返还呢)",
    ("bot/conversation/commission_follow_up.py", "_ZH_FOLLOW_UP"): "a month asked (那4月呢)",
    ("bot/conversation/commission_follow_up.py", "_ZH_MONTH_DIGITS"): "month numerals (一…十)",
    ("bot/conversation/commission_follow_up.py", "_ZH_MONTH_IN"): "a month in a question (3月)",
    ("bot/conversation/commission_follow_up.py", "_zh_month"): "a month numeral read (十一)",
    ("bot/conversation/commission_follow_up.py", "with_month"): "a rebuilt question (2021年4月)",
    ("bot/conversation/interpret.py", "_YEARS_COUNTED_BESIDE"): "years counted (6年)",
    ("bot/conversation/interpret.py", "_count_said_beside_since"): "a year typed (2019年)",
    ("bot/conversation/helpers.py", "_DROPPED_AT_REVIEW"): "a market dropped (先不做)",
    ("bot/conversation/helpers.py", "_ONLY_THESE"): "only these markets (只交)",
    ("bot/conversation/helpers.py", "_ADDED_IN_WORDS"): "a market added (再加)",
    ("bot/conversation/market_steps.py", "_UNCHANGED"): "answers kept (一样)",
    ("bot/conversation/market_steps.py", "_INDUSTRY_WORD"): "an industry named (行业)",
    ("bot/conversation/verdict_steps.py", "_LATER_DAY"): "a later day (明天)",
    ("bot/conversation/ticket_steps.py", "_KEEP_SUGGESTION"): "a value on file kept (确认)",
    ("bot/conversation/free_question.py", "_ADDED_MARKET"): "a market added (再加)",
    ("bot/conversation/free_question.py", "_TOTAL_ASKED"): "a total asked (一共)",
    ("bot/conversation/free_question.py", "_CHECK_REQUEST"): "the check requested (帮我们检查)",
    ("bot/conversation/market_steps.py", "_CHECK_ALL"): "every market to check (所有市场)",
    ("bot/conversation/ticket_steps.py", "_LEAVE_TICKET"): "the ticket left (不写工单)",
    ("bot/conversation/market_steps.py", "_STOP_CHECK"): "the check stopped (不查了)",
    ("bot/conversation/market_steps.py", "_INCLUDING"): "a market among all (包括)",
    ("bot/conversation/interpret.py", "_AND_THEN"): "the news after 所以",
    ("bot/conversation/commands.py", "_CHINESE_ASKED"): "Chinese asked in a sentence (中文回复)",
    (
        "bot/conversation/free_question.py",
        "_POINTS_AT_CONDITION",
    ): "the question pointed at (这个认证)",
    ("bot/conversation/commands.py", "_ENGLISH_ASKED"): "English asked in a sentence (英文回复)",
    ("bot/conversation/commission_follow_up.py", "_SAME_FIGURES"): "the same figures (同样的数)",
    ("bot/conversation/commission_follow_up.py", "_RELATIVE_MONTH"): "this month (这个月)",
    ("bot/conversation/commission_follow_up.py", "month_asked"): "a follow-up's words (呢)",
    ("bot/answers/text.py", "_ZH_AFTER_DIGIT_UNIT"): "numerals after a digit's unit (九十九)",
    ("bot/conversation/free_question.py", "_markets_then_question"): "a rebuilt question (和)",
    ("bot/conversation/form_runner.py", "_CORRECTION_CLAUSES"): "clauses of two corrections (另外)",
    ("bot/answers/text.py", "_small_number"): "a leading 零 dropped (零五)",
    ("bot/conversation/forms.py", "_CONTROL_WORDS"): "flow words, never a field (确认)",
    ("bot/conversation/verdict_steps.py", "_LATER_ASKED"): "asked of it (是不是就可以)",
    ("bot/conversation/verdict_steps.py", "_LATER_DAYS"): "a later day's offset (明天)",
    ("bot/answers/order.py", "_STEP_AFTER_STEP"): "a reply naming the next step (之后是)",
    ("bot/answers/questions.py", "_TICKET_FIRST_LINE"): "the ticket's first line (请转财务)",
    ("bot/answers/questions.py", "_RATE_ASKED_BEFORE"): "a rate asked (佣金比例)",
    ("bot/answers/questions.py", "_ASKING_TAIL"): "asking words at a part's end (多少)",
    ("bot/answers/__init__.py", "_FLOOR_ASKED"): "a floor asked (最低)",
    ("bot/answers/__init__.py", "_ECOSYSTEM_WORD"): "the ecosystem named (生态)",
    ("bot/answers/__init__.py", "_ENGINEER_WORD"): "an engineer named (工程师)",
    ("bot/answers/terms.py", "_ASKS_ABOUT_EXAM"): "an exam asked about (考试)",
    ("bot/answers/questions.py", "_QUOTE_ONLY"): "a quote alone (原文：)",
    ("bot/conversation/forms.py", "_WRITTEN_IN"): "how a value is written (用中文)",
    ("bot/conversation/ticket_steps.py", "_TICKET_ASKED_AT_END"): "the ticket asked (帮我写工单)",
    ("bot/conversation/ticket_steps.py", "_HOW_ASKED"): "a how asked (怎么)",
    ("bot/conversation/change.py", "_MARKETS_TO"): "markets swapped (change markets to)",
    ("bot/conversation/commission_follow_up.py", "_AMOUNT_SAID"): "an amount typed (50万)",
    ("bot/conversation/commission_follow_up.py", "_FOLLOW_WORDS"): "a follow-up (呢, what about)",
    ("bot/conversation/commission_follow_up.py", "_SUM_ASKED"): "the sum asked (佣金)",
    ("bot/conversation/commission_follow_up.py", "with_new_figures"): "a rebuilt question",
    ("bot/conversation/free_question.py", "_CHECK_ASKED"): "a check asked (能不能进)",
    ("bot/conversation/free_question.py", "_CONDITIONS_ASKED"): "conditions asked (要什么条件)",
    # Round 40 (session 45): readings of what is asked or typed; no user-facing text.
    ("bot/answers/__init__.py", "_RATE_NAMED"): "the rate or tiers named (佣金, 费率)",
    ("bot/answers/order.py", "_ANY_STEP_AFTER"): "a step after the one named asked (之后还有…步骤)",
    ("bot/answers/order.py", "_ASKS_TOTAL_STEPS"): "the count of the steps asked (一共几步)",
    ("bot/answers/order.py", "_BARE_NEXT"): "the next step asked bare (然后呢, 下一步)",
    ("bot/answers/order.py", "_REPLY_STEP"): "the step a reply names (第3步)",
    ("bot/answers/order.py", "_WHERE_HOW_BEFORE"): "where / how before a step (去哪申请)",
    ("bot/answers/parts.py", "_ONE_OF_LIST"): "one listed order pointed at (其中一笔)",
    ("bot/conversation/change.py", "_TICKET_MARKET_WORDS"): "the ticket's markets named (市场)",
    ("bot/conversation/forms.py", "_AFTER_FIX"): "words after a corrected value (其他不变)",
    ("bot/conversation/forms.py", "_TICKET_FIX"): "a ticket field corrected in words (改成)",
    ("bot/conversation/forms.py", "_TICKET_LABEL_OPENING"): "a ticket label opening a clause",
    ("bot/conversation/free_question.py", "_TOPIC_BESIDE_MARKET"): "a topic beside a market (佣金)",
    ("bot/conversation/interpret.py", "_ASKED_BY_WORD"): "a question by its word (多少, 怎么)",
    ("bot/conversation/interpret.py", "_BARE_NEXT_ASKED"): "the next step asked bare (下一步)",
    ("bot/conversation/interpret.py", "_CLOSING"): "closing words (先这样, 再见)",
    ("bot/conversation/interpret.py", "_THANKS_INSIDE"): "a thanks glued to other words (好的谢谢)",
    ("bot/conversation/interpret.py", "_OFF_FORM_CLAIM"): "the process's place said (通过审核)",
    ("bot/conversation/interpret.py", "_PEOPLE_COUNTED"): "people counted (19个, 19人)",
    ("bot/conversation/ticket_steps.py", "_CHANGE_MARKETS"): "the ticket's markets to change",
    (
        "bot/conversation/ticket_steps.py",
        "_REVIEW_OK_WORDS",
    ): "a plain ok at the review (好, 没问题)",
    (
        "bot/conversation/verdict_steps.py",
        "_RESULT_ASKED",
    ): "the verdict asked again (为什么不符合)",
    ("bot/answers/names.py", "_SHORT_NAMES"): "a market's short name (安全 → security)",
    ("bot/answers/names.py", "_SHORT_NAME_FOLLOW_UP"): "a short name asked after (安全呢)",
    ("bot/answers/reapply.py", "_REVIEW_TIME"): "the review's time asked (审核要多久)",
    ("bot/answers/meaning.py", "_TERM_BEFORE"): "a term before its meaning asked (是指什么)",
    ("bot/conversation/verdict_steps.py", "_BARE_HOW_MUCH"): "how much, nothing named (多少钱)",
    ("bot/conversation/free_question.py", "_MARKET_FOLLOW_UP"): "a market alone with 呢 (新零售呢)",
    ("bot/conversation/interpret.py", "_COMMISSION_TALK"): "commission words (佣金, 累进)",
    ("bot/conversation/interpret.py", "_WANTS_SOMETHING_ELSE"): "something else wanted (先看条件)",
    (
        "bot/conversation/ticket_steps.py",
        "_POLITE_AROUND",
    ): "polite words around a command (先帮我…吧)",
    ("bot/conversation/market_steps.py", "_TOPIC_WORD"): "a guide topic at the menu (佣金, 流程)",
    ("bot/conversation/market_steps.py", "_ADD_MARKETS"): "markets added (也加上)",
    ("bot/conversation/market_steps.py", "_DROPPED_CLAUSE"): "a market dropped (先不看了)",
    (
        "bot/conversation/ticket_steps.py",
        "_TICKET_FOR_MARKETS",
    ): "a ticket with markets (生成工单 X)",
    # Round 39 (fix47): readings of what is asked; no user-facing text.
    ("bot/answers/business_age.py", "_SAME_TIME"): "a business begun with the company (同时)",
    ("bot/answers/business_age.py", "_AGO"): "the company's age counted back (8个月前)",
    ("bot/answers/text.py", "_LICENCE_TYPO"): "a slip on 执照 (执找)",
    ("bot/answers/text.py", "_LICENCE_WORD"): "the word the slip is read as (执照)",
    ("bot/answers/identifiers.py", "_HOW_TO_WRITE"): "how a text is written (怎么写)",
    ("bot/answers/identifiers.py", "_RECORD_ASKED"): "the record itself asked of (进度)",
    ("bot/answers/identifiers.py", "_NO_REPLY"): "a record left unanswered (没人回)",
    ("bot/answers/names.py", "_DESCRIBED_WORDS"): "a market's description words (门店数字化)",
    ("bot/answers/shop_opens.py", "_OWN_SHOP_NOW"): "the vendor's own shop now (已经开了)",
    ("bot/answers/order_list.py", "_SUBTOTAL_THEN_MORE"): "a subtotal, then more (一共…又进了)",
    ("bot/answers/any_industry.py", "_ASKS_IN"): "an industry asked to be among them (在不在)",
    ("bot/answers/questions.py", "_BARE_VERDICT"): "a verdict word alone (是的。)",
    ("bot/answers/__init__.py", "_DONE_STEPS_FIRST"): "steps done, told first (做了企业认证，)",
    ("bot/answers/__init__.py", "_WHERE_ASKED_AFTER"): "where asked after them (入口在哪)",
    ("bot/answers/__init__.py", "_NEXT_ASKED"): "what comes next asked (下一步)",
    ("bot/answers/__init__.py", "_ASKING_SPLIT"): "the sentences of a question (。？)",
    ("bot/answers/text.py", "_YEAR_NOUN_AFTER"): "a year's plan after it (2027 预算)",
    ("bot/answers/names.py", "_MARKET_POINTED_AFTER"): "a market pointed at after them (那类…市场)",
    ("bot/answers/matcher.py", "_PROFIT_MARGIN"): "the vendor's profit margin (利润率)",
    # Round 38 (fix46): readings of what is asked; no user-facing text.
    ("bot/answers/names.py", "_POINTED_ZH"): "a market pointed at (安全那个)",
    ("bot/answers/text.py", "_ONLY_LOOKING"): "aspects set apart (只看)",
    ("bot/answers/text.py", "_O_FOR_ZERO"): "o typed for 0 before 万",
    ("bot/answers/text.py", "_YEAR_ZH_MONTH"): "a month in numerals after 年",
    ("bot/answers/text.py", "_ZH_MONTHS"): "the months' numerals (三月)",
    ("bot/answers/text.py", "_YUAN_JIAO_FEN"): "yuan, jiao and fen (块毛分)",
    ("bot/answers/text.py", "_jiao_fen"): "the amount's unit in normalised text (元)",
    ("bot/answers/verdicts.py", "_HOLDER_NAMED"): "the holder named (他一个人)",
    ("bot/answers/verdicts.py", "_ONE_SIDE_ONLY"): "software or hardware only (只做软件)",
    ("bot/answers/verdicts.py", "_OTHER_SIDE_ASKED"): "the other asked too (还是硬件也要)",
    ("bot/answers/verdicts.py", "_HARDWARE_WORD"): "the IoT condition's word (硬件)",
    ("bot/answers/__init__.py", "_EXPERIENCE_ASKED_ALONE"): "experience asked (经验够不够)",
    ("bot/answers/__init__.py", "_SENT_FROM_TICKET"): "sent from a ticket (工单里让我来问)",
    ("bot/answers/versus_others.py", "_ASKS_SPECIAL"): "what is special asked (特别的要求)",
    ("bot/answers/each_figure.py", "_ASKS_EACH"): "which of them asked (哪家能过)",
    ("bot/answers/each_figure.py", "_SEVERAL"): "several companies (两家客户)",
    ("bot/answers/each_figure.py", "_CAPITAL"): "the capital named (注册资金)",
    ("bot/answers/multi.py", "_ASKS_HOW_WHAT"): "a wh-question (怎么)",
    ("bot/answers/team_proof.py", "_ASKS_ELSE_ON_STAFF"): "more staff rules asked (人员还有)",
    ("bot/answers/names.py", "_ALIYUN_IOT_PRODUCT"): "Alibaba Cloud's IoT products (阿里云IoT)",
    ("bot/answers/names.py", "_ASKS_WHICH_MARKETS"): "which markets asked (哪些市场)",
    ("bot/answers/profile_read.py", "_YEARS_ASKED_AFTER"): "years asked (吗)",
    ("bot/answers/sales_staff.py", "_OTHER_SPEAKER"): "another speaker (技术这边问下)",
    ("bot/answers/shop_opens.py", "_BEFORE_PAYING"): "before paying (还没交)",
    ("bot/answers/text.py", "_CHANGED_TO"): "an amount changed to (增加到)",
    ("bot/answers/text.py", "_RANGE_ZH_TENS_PEOPLE"): "a range past ten (十五六个人)",
    ("bot/answers/verdicts.py", "_RATES_ASKED"): "rates asked (费率)",
    ("bot/answers/verdicts.py", "_BAD_KIND"): "the record's kind (不良)",
    ("bot/answers/rate_heads.py", "_ASKS_COMPARED"): "rates compared (比…高吗)",
    ("bot/answers/team_proof.py", "_SCANS_ASKED"): "scans asked (扫描)",
    ("bot/answers/commission_head.py", "_ASKS_POINTS"): "the rate in points (几个点)",
    ("bot/answers/computed.py", "_SOME_MONTH"): "a month supposed (某个月)",
    ("bot/answers/questions.py", "_AMOUNT_WORDS"): "an amount's unit (万)",
    ("bot/answers/questions.py", "DROP_BLOCKED"): "the blocked market dropped (把卡住的去掉)",
    ("bot/answers/path_confirmed.py", "_ASKS_CONFIRM"): "a confirmation asked (对吧)",
    ("bot/answers/path_confirmed.py", "_CLICKS"): "step 6's clicks (工单系统)",
    ("bot/answers/ticket_field_place.py", "_SPEAKER"): "who is asking (我是公司行政)",
    ("bot/answers/questions.py", "_TICKET_CATEGORY_ASKED"): "a ticket's category asked (财务类)",
    ("bot/answers/questions.py", "_TICKET_NAMED"): "the ticket named (工单)",
    ("bot/answers/questions.py", "_TICKET_WORDS"): "the ticket's word carried (工单)",
    ("bot/answers/verdicts.py", "_EITHER_OR_MUST"): "an either-or with a must (还是必须)",
    # Round 37 (fix45): readings of what is asked; no user-facing text.
    ("bot/answers/why_precharged.py", "_MISTAKE_ASKED"): "a mistake asked (扣错了吗)",
    ("bot/answers/substep_next.py", "_ALL_DONE_ASKED"): "the end asked (就算结束了吗)",
    ("bot/answers/__init__.py", "_AGREEMENTS_IN_CONDITIONS"): "the conditions' agreements (协议)",
    ("bot/answers/__init__.py", "_CONTRACT_STEP"): "the contracts step (签合同)",
    ("bot/answers/__init__.py", "_SAME_BATCH"): "the same asked (同一批)",
    ("bot/answers/__init__.py", "_JOINED_BEFORE_ADDING"): "a market joined (在…卖了)",
    ("bot/answers/clients.py", "_COMMISSION_FIGURE"): "a figure in yuan (元)",
    ("bot/answers/clients.py", "_TRAILING_RECORDS"): "records in a bracket (订单)",
    ("bot/answers/__init__.py", "_NOT_MARKETING"): "not marketing software (不是营销软件)",
    ("bot/answers/identifiers.py", "_OWN_STATEMENT_CHECK"): "the own statement checked (账单里)",
    ("bot/answers/only_enough.py", "_MEETS_BAR_ENOUGH"): "the bar said enough (满足…就行)",
    ("bot/answers/only_enough.py", "_OR_ALSO_NEED"): "another asked beside (还是还要)",
    ("bot/answers/questions.py", "_SAME_FIGURES_INSTEAD"): "the same figures (同样的金额)",
    ("bot/answers/__init__.py", "_OWN_DISTRIBUTION_ASKED"): "own distribution orders (我们的分销)",
    ("bot/answers/__init__.py", "_ANYTHING_BESIDES"): "what else asked (除了这些还)",
    ("bot/answers/__init__.py", "_ALL_SORTED"): "those said met (都满足了)",
    ("bot/answers/text.py", "_SUPPORT_NAMED"): "support named (客服)",
    ("bot/answers/__init__.py", "_TEAM_AS_SUBJECT"): "the team as subject (我们团队做)",
    ("bot/answers/computed.py", "_NO_DISTRIBUTION"): "no distribution said (没有分销)",
    ("bot/answers/market_member.py", "_RATE_WORDS"): "a rate named (佣金)",
    ("bot/answers/identifiers.py", "_CATEGORY_RULE"): "a category's rule asked (该类目默认)",
    ("bot/answers/text.py", "_ASPECTS_JOINED"): "aspects joined (和)",
    ("bot/answers/__init__.py", "_WHERE_DONE"): "where a step is done (在哪操作)",
    ("bot/answers/__init__.py", "_ROW_OR_BUTTON"): "a row or button named (行)",
    ("bot/answers/__init__.py", "_NEXT_CLICK"): "the next click (接下来)",
    ("bot/answers/__init__.py", "_ENTITY_KIND_ASKED"): "the kind of company (什么样的企业)",
    ("bot/answers/commission_head.py", "_FIGURES_LISTED"): "figures listed (佣金、返还)",
    ("bot/answers/commission_head.py", "_FIGURE_KIND"): "the figures' words (佣金)",
    ("bot/answers/commission_head.py", "_LIST_SEPARATORS"): "list words (和)",
    ("bot/answers/commission_head.py", "_COMMISSION_RATE"): "the rate named (佣金比例)",
    ("bot/answers/only_enough.py", "_VENDOR_SPEAKS"): "the vendor speaking (我们)",
    ("bot/answers/questions.py", "_HEAD_NOUN_AFTER_OF"): "the noun after 的 (的工单)",
    ("bot/answers/__init__.py", "_ALL_ALIKE_ASKED"): "all alike asked (都一样吗)",
    ("bot/answers/questions.py", "_ALL_ALIKE_BARE"): "all alike asked alone (都一样吗)",
    ("bot/answers/__init__.py", "_HOW_MANY_STEPS"): "how many steps (几步)",
    ("bot/answers/__init__.py", "_PAID_ASIDE"): "how it was paid (已经交了（…）)",
    ("bot/answers/questions.py", "_MONEY_BACK"): "the money got back (钱能退回来)",
    ("bot/answers/__init__.py", "_OWN_LEVEL_BEFORE_WHICH"): "the vendor's own level (我们只能做到)",
    ("bot/answers/bound_words.py", "_WORDING_ASKED"): "the wording's traps asked (措辞)",
    ("bot/answers/__init__.py", "_REFUND_CONDITIONS"): "the refund's conditions (退…什么条件)",
    ("bot/answers/__init__.py", "_REFUND_WHEN"): "the refund's conditions reworded (情况下能退)",
    ("bot/answers/__init__.py", "_TAKES_THINGS_LIKE"): "whether a market takes a kind (收不收)",
    ("bot/answers/__init__.py", "_MARKETING_TOOL_SAID"): "a marketing tool said (做营销工具)",
    ("bot/answers/__init__.py", "_ASKS_TAKEN"): "whether it is taken (收不收)",
    ("bot/answers/__init__.py", "_END_TOLD_AFTER_ASKED"): "the end told, after asked (到期了之后)",
    ("bot/answers/names.py", "_CONDITION_WORD_AFTER"): "a condition's word (服务经验)",
    ("bot/answers/order.py", "_WHAT_HAPPENS_NEXT"): "what happens next (接下来会怎样)",
    ("bot/answers/order.py", "_AFTER_APPROVAL_ASKED"): "after approval asked (通过后做什么)",
    ("bot/answers/substep_next.py", "_AFTER_SUBMIT_ASKED"): "after the submit (提交之后)",
    # Round 36 (fix44): readings of what is asked; no user-facing text.
    ("bot/answers/__init__.py", "_PAID_AMOUNT"): "the deposit's amount said paid (保证金)",
    ("bot/answers/__init__.py", "_NEXT_STEP_ASKED"): "the next step asked (下一步)",
    ("bot/answers/__init__.py", "_numbered_markets_joined"): "list words between markets (和)",
    ("bot/answers/__init__.py", "_CUSTOMERS_ON"): "where customers run (客户在ECS上)",
    ("bot/answers/__init__.py", "_METERING"): "metering asked (计量计费)",
    ("bot/answers/__init__.py", "_COMMISSION_WORDS"): "commission named (佣金)",
    ("bot/answers/__init__.py", "_asks_metering"): "the description's words (计量计费)",
    ("bot/answers/__init__.py", "_JUST_REGISTERED"): "an account just made (刚注册好)",
    ("bot/answers/__init__.py", "_APPLY_STRAIGHT_AWAY"): "applying straight away (直接申请)",
    ("bot/answers/order_list.py", "_ORDER_NUMBER"): "an order's number (订单号)",
    ("bot/answers/order_list.py", "_LISTED_AFTER"): "numbers listed (、)",
    ("bot/answers/questions.py", "_BARE_EITHER_OR"): "an either-or with no subject (还是)",
    ("bot/answers/rate_heads.py", "_ASKS_WRONG"): "a charge asked as wrong (扣错)",
    ("bot/answers/reapply.py", "_FILLS_AGAIN"): "a form filled again (重新填)",
    ("bot/answers/text.py", "_DONE_BESIDES"): "a thing done besides (帮我们托管)",
    ("bot/answers/yes_no.py", "_HELPING"): "who helps (帮忙)",
    ("bot/answers/computed.py", "_DAY_OF_MONTH"): "a day of the month (11月10号)",
    ("bot/answers/notice_date.py", "_CHANGE"): "a change named (调整)",
    ("bot/answers/__init__.py", "_DEPOSIT_NAMED"): "the deposit named (保证金)",
    ("bot/answers/__init__.py", "_ASKS_IN_CLAUSE"): "a clause asking (多少)",
    ("bot/answers/__init__.py", "_DEPOSIT_REFUND_FOR_US"): "a refund asked to be made (退)",
    ("bot/answers/__init__.py", "_ONLY_NEEDS_WHICH"): "which markets need only (只要…的是哪些)",
    ("bot/answers/__init__.py", "_ONLY_REQUIRES"): "the same read as 只要求 (no reply text)",
    ("bot/answers/order.py", "_REVIEW_NAMED"): "the review named (审核)",
    (
        "bot/answers/why_precharged.py",
        "_HIGHEST_FIRST_ASKED",
    ): "the highest rate first asked (最高)",
    ("bot/answers/notice_date.py", "_ASKS_FROM_WHEN"): "from when asked (从哪天开始)",
    ("bot/answers/notice_date.py", "_DAY_ZH"): "a day written in Chinese (年月日)",
    ("bot/answers/notice_date.py", "_NOTICE_OR_ANNOUNCED"): "a notice named (通知)",
    # Round 35 (fix42): readings of what is asked; no user-facing text.
    ("bot/answers/bound_words.py", "_COMMISSION_CONTEXT"): "a tier's bound, not a condition's (档)",
    ("bot/answers/claims.py", "_EACH_ALIKE"): "a figure claimed of each market (都是)",
    ("bot/answers/text.py", "THE_OTHERS"): "the markets besides those named (其他)",
    ("bot/answers/each_orders.py", "_COUNT_ZH"): "a count of orders in Chinese numerals (十)",
    ("bot/answers/order.py", "_ASKS_FIRST_STEP"): "the first step asked (第一步)",
    ("bot/answers/order.py", "_ASKS_FINAL_STEP"): "the last step asked (最后一步)",
    ("bot/answers/reverse.py", "_REQUIREMENT_WORD"): "a requirement named (门槛)",
    ("bot/answers/asked.py", "_DONE_FOR_US"): "a step asked to be done for the vendor (帮我)",
    ("bot/answers/__init__.py", "_PAGE_ROW"): "the deposit page's row named (那行)",
    ("bot/answers/team_proof.py", "_ASKS_HOW_PROVEN"): "how a condition is proven (怎么证明)",
    ("bot/answers/__init__.py", "_TICKET_FILED_FOR_US"): "a ticket asked to be filed (工单)",
    ("bot/answers/order.py", "_ASKS_WHAT_FINAL"): "the last step asked (最后一步是什么)",
    ("bot/answers/parts.py", "_RATE_ASKED_AFTER"): "a rate asked of an amount (按几个点)",
    ("bot/answers/parts.py", "_REST_BEFORE"): "the rest said again (剩下)",
    ("bot/answers/profile_read.py", "_OTHER_PAPER"): "another paper than the licence (认证)",
    ("bot/answers/substep_next.py", "_WHAT_TO_FILL"): "what a form takes asked (要填哪些)",
    ("bot/answers/verdicts.py", "_ALIBABA_PLATFORM"): "an Alibaba platform named (淘宝)",
    ("bot/answers/asked_kind.py", "_DINGTALK"): "DingTalk named (钉钉)",
    ("bot/answers/order.py", "_TURNED_ROUND_WORDS"): "the order turned round (倒过来)",
    (
        "bot/answers/__init__.py",
        "_DEPOSIT_PAID_FOR_US",
    ): "the deposit asked to be paid (充值保证金)",
    ("bot/answers/bound_words.py", "_ALTERNATIVE"): "two alternatives offered (还是)",
    ("bot/answers/bound_words.py", "_CONDITION_WORDS"): "a condition named by its words (成立)",
    ("bot/answers/only_market.py", "_INDUSTRIES"): "an experience's industry named (安全)",
    ("bot/answers/only_market.py", "_ONLY_ASKED"): "one market alone asked (只有…吗)",
    ("bot/answers/only_market.py", "_OWN_ONLY"): "the vendor's own only (我们只有)",
    ("bot/answers/reverse.py", "_ASKS_LOWEST"): "the lowest asked (最低)",
    # Round 34 (fix41): readings of what is asked; no user-facing text.
    ("bot/answers/__init__.py", "_NEXT_ONLY"): "a part asking only the step after (再下一步)",
    ("bot/answers/questions.py", "_STEP_ONLY"): "a part answered by a step's number only",
    ("bot/answers/substep_next.py", "_TITLE_COLON"): "the colon after a step's title",
    ("bot/answers/order.py", "_JOINED"): "two steps joined in one clause (和)",
    ("bot/answers/several_markets.py", "_ASKS_SEVERAL"): "several markets joined, asked",
    ("bot/answers/reverse.py", "_MARKETS_OFFERED"): "markets offered as answers (还是两个都要)",
    ("bot/answers/__init__.py", "_DEPOSIT_TYPO"): "the deposit's name mistyped (保证经)",
    ("bot/answers/__init__.py", "_DEPOSIT_WORD"): "the deposit's name, as the readers expect it",
    ("bot/answers/computed.py", "_AMOUNTS_ADDED"): "amounts added up in a list (加)",
    ("bot/answers/deposit_once.py", "_ONCE_FOR_ALL"): "one deposit for the whole account (一次)",
    ("bot/answers/described_item.py", "_ASKED_ZH"): "the industry asked of a list (算不算在里面)",
    ("bot/answers/described_item.py", "_COVERED_ZH"): "a description's covered list (覆盖…行业)",
    ("bot/answers/described_item.py", "_NOT_ITEMS"): "frame words, no item (这个)",
    ("bot/answers/parts.py", "_EITHER_OR_ASKED"): "two readings asked (按…还是按)",
    ("bot/answers/parts.py", "_RATE_ON_AFTER"): "a rate taken on an amount (按20%)",
    ("bot/answers/several_markets.py", "_OTHER_ASK"): "a maximum or an amount asked",
    ("bot/answers/order.py", "step_numbers_answer"): "the deposit ticket named (保证金工单)",
    ("bot/answers/deposit_before_review.py", "_DEPOSIT"): "the deposit named",
    ("bot/answers/deposit_before_review.py", "_REJECTED"): "the review turning it down",
    ("bot/answers/deposit_before_review.py", "_ASKS_BACK"): "the money back asked",
    ("bot/answers/deposit_before_review.py", "_DEPOSIT_WORD"): "the deposit step's title word",
    (
        "bot/answers/deposit_before_review.py",
        "_AFTER_JOINING",
    ): "a product's review or a rule broken",
    ("bot/answers/questions.py", "_step_said_before"): "a step named by an earlier part (第4步)",
    # Round 33 (fix40): readings of what is asked; no user-facing text.
    ("bot/answers/__init__.py", "_ASKS_ENOUGH"): "whether what is stated will do (够吗)",
    ("bot/answers/questions.py", "_EVERY_MARKET_ZH"): "a part asked again of every market",
    ("bot/answers/questions.py", "_WHERE_TO_APPLY"): "where to apply asked (去哪里申请)",
    ("bot/answers/matcher.py", "_RMB_ZH"): "the currency's name, masked before concepts",
    ("bot/answers/questions.py", "_BARE_MONEY_ASK"): "a bare money question (要交钱吗)",
    ("bot/answers/questions.py", "_POINTS_ABOVE_ONLY"): "a part answered by a pointer only",
    ("bot/answers/verdicts.py", "_HAS_MARKETING"): "the marketing ability stated (有营销团队)",
    ("bot/answers/questions.py", "_BESIDES_ANY_OTHER"): "other markets besides one (除了…还有别的)",
    ("bot/answers/questions.py", "_DONE_AFTER"): "steps said done (已经做完了)",
    ("bot/answers/names.py", "_ASIDE_BEFORE_MARKET"): "a bracketed name before 'market'",
    # Round 32 (fix39): readings of what is asked; no user-facing text.
    (
        "bot/answers/__init__.py",
        "_SUPPORT_TEAM",
    ): "the team named with its support staff (技术客服团队)",
    ("bot/answers/order.py", "_ASKS_WHAT_FIRST"): "what must be done first (要先做啥)",
    ("bot/answers/order.py", "_DONE_THEN"): "done, then (以后, 了)",
    ("bot/answers/order.py", "_ENDS_DONE"): "a step's words ending done (注册完)",
    ("bot/answers/questions.py", "_ALL_OF_THEM"): "every one of them asked (所有都要吗)",
    ("bot/answers/verdicts.py", "_ASKS_SUPPLY_LATER"): "made up after joining (先入驻再补)",
    ("bot/answers/__init__.py", "_FOR_THE_BOOKS"): "why the vendor asks (财务要拿去做账)",
    ("bot/answers/__init__.py", "_NOT_ONE_CERTIFIED"): "not one certified (一个ACP都没有)",
    ("bot/answers/__init__.py", "_TIER_BOUND_RESTATED"): "a tier's bound in brackets (50万及以上)",
    ("bot/answers/__init__.py", "_TIER_NAMED"): "a tier by its place (第三档, 最高档)",
    ("bot/answers/computed.py", "_HOW_MANY_CLAUSE"): "the clause asking a figure (多少)",
    ("bot/answers/multi.py", "_BESIDES"): "a kind set aside (除了…还)",
    ("bot/answers/multi.py", "_CAPITAL_SET_ASIDE"): "the capital named bare (资金)",
    ("bot/answers/multi.py", "_DEPOSIT_LISTED"): "the deposit beside the rates (保证金和佣金)",
    ("bot/answers/multi.py", "_SHARED"): "what markets share (共同)",
    ("bot/answers/questions.py", "_OWN_FIGURE_VERDICT"): "the vendor's figure, will it do (行吗)",
    ("bot/answers/rate_heads.py", "_EACH_MARKET_WORD"): "each of the markets (分别)",
    ("bot/answers/rate_heads.py", "_PLACED_TIER"): "a tier by its place (第, 最)",
    ("bot/answers/__init__.py", "_ASKS_WHICH_THRESHOLD"): "the market whose threshold is (门槛是)",
    ("bot/answers/__init__.py", "_HOURS_ASKED"): "hours asked beside the team (小时, 在线)",
    ("bot/answers/__init__.py", "_OWN_FIGURE_STATED"): "the vendor's own figure (我们)",
    ("bot/answers/every_alike.py", "_LEVEL_ASKED"): "a support level asked (小时, 5x8)",
    ("bot/answers/questions.py", "_CAPITAL_KIND"): "paid-in or subscribed capital (实缴)",
    ("bot/answers/questions.py", "_EITHER_KIND"): "a choice asked (还是)",
    ("bot/answers/questions.py", "_MONEY_FIGURE"): "an amount by its unit (万)",
    ("bot/answers/questions.py", "_PEOPLE_FIGURE"): "a head count by its unit (人)",
    ("bot/answers/text.py", "_AMOUNT_BELOW_BEFORE"): "short of an amount (不到)",
    ("bot/answers/text.py", "_ONE_ASPECT_ASKED"): "one condition asked (资金够不够)",
    ("bot/answers/verdicts.py", "_NO_OPENERS"): "a reply's own no, read (不能)",
    # Round 31 (fix38a–c): readings of what is asked; no user-facing text.
    ("bot/answers/__init__.py", "_COMPANY_ACCOUNT"): "a company's account (公司1688账号)",
    ("bot/answers/__init__.py", "_RECORD_WORDS"): "a record named (违规)",
    ("bot/answers/order.py", "_STEP_WORD"): "a step named (步)",
    ("bot/answers/parts.py", "_PAYERS"): "payers or orders (客户, 订单)",
    ("bot/answers/parts.py", "_MONTHS_OR_BOUNDS"): "months or tier bounds (1月和2月, 档)",
    ("bot/answers/__init__.py", "_A_FEW_FIRST"): "a few listed first (先上架几个)",
    ("bot/answers/__init__.py", "_EXPERIENCE_FIELDS"): "an experience condition's field (大数据)",
    ("bot/answers/__init__.py", "_PERSONAL_ACCOUNT"): "a personal account (个人的1688)",
    ("bot/answers/__init__.py", "_WILL_DO"): "whether it will do (能用吗)",
    ("bot/answers/__init__.py", "_COMMISSION_NAMED"): "the commission named (佣金)",
    ("bot/answers/absent_condition.py", "_ASKED"): "a condition asked of (不到, 能进吗)",
    ("bot/answers/absent_condition.py", "_FAILING"): "a verdict given (不能, 能)",
    ("bot/answers/absent_condition.py", "_SAYS_ABSENT"): "no such condition said (没有…要求)",
    ("bot/answers/absent_condition.py", "_KINDS"): "condition kinds named (执照, 注册资金)",
    ("bot/answers/approximate.py", "_RANGE"): "a range of neighbouring numerals (五六十万)",
    ("bot/answers/approximate.py", "_DIGITS"): "Chinese digits",
    ("bot/answers/approximate.py", "_UNITS"): "Chinese units (十, 百)",
    ("bot/answers/blocks_asked.py", "_NOTHING_BLOCKS"): "nothing blocks (都不影响)",
    ("bot/answers/level_not_required.py", "_ROUND_THE_CLOCK"): "round-the-clock named (24小时)",
    ("bot/answers/level_not_required.py", "_ASKS_NEEDED"): "a need asked (需要)",
    ("bot/answers/level_not_required.py", "_AFTERSALES"): "after-sales named (售后)",
    ("bot/answers/level_not_required.py", "_ONLINE"): "online service named (客服)",
    ("bot/answers/level_not_required.py", "_ALREADY_NO"): "an opening no (不需要)",
    ("bot/answers/level_not_required.py", "_VERDICT_OPENING"): "an opening verdict (满足)",
    ("bot/answers/level_not_required.py", "_OWN_LEVEL"): "the vendor's own level (我们)",
    ("bot/answers/level_not_required.py", "_NEEDED_OPENING"): "an opening 需要",
    ("bot/answers/order.py", "_AND_AFTER_THAT"): "the step after that asked (再下一步)",
    ("bot/answers/parts.py", "_RESPECTIVELY"): "amounts one by one (分别)",
    (
        "bot/answers/precharge.py",
        "_SUPPOSES_OWN_TIER_FIRST",
    ): "the final tier supposed (月底一次性)",
    ("bot/answers/support_kind_asked.py", "_AFTERSALES"): "after-sales named (售后)",
    ("bot/answers/support_kind_asked.py", "_ONLINE"): "online service named (在线客服)",
    ("bot/answers/support_kind_asked.py", "_EITHER_OR"): "an either-or (还是)",
    ("bot/answers/support_kind_asked.py", "_OWN_HOURS"): "the vendor's own hours (我们是)",
    ("bot/answers/verdicts.py", "_OTHER_ACP"): "another direction's ACP (大数据ACP)",
    ("bot/answers/verdicts.py", "_NO_ACP"): "no ACP (一个ACP都没有)",
    ("bot/answers/verdicts.py", "_COMPUTE_ACP"): "the Elastic Compute ACP (弹性计算)",
    (
        "bot/answers/__init__.py",
        "_NAMES_DEPOSIT_AFTER",
    ): "an amount naming the deposit (三万保证金)",
    ("bot/answers/__init__.py", "_ROW_NAMED"): "the deposit page's row named (那行)",
    ("bot/answers/corrections.py", "_DATE"): "a date as written (2025年12月2日)",
    ("bot/answers/corrections.py", "_NEW_DATE"): "a corrected date (是2025年12月2日)",
    ("bot/answers/identifiers.py", "_COMMISSION_WORDS"): "the commission named (佣金)",
    ("bot/answers/names.py", "_PRODUCTS_OR_SERVICES"): "products or services (产品/服务)",
    ("bot/answers/order.py", "_BLANK"): "a blank in a listed sequence (空白)",
    ("bot/answers/order.py", "_ASKS_MISSING"): "the missing step asked (缺了哪一步)",
    ("bot/answers/questions.py", "_THAT_MARKET"): "a market pointed back to (这个市场)",
    ("bot/answers/substep_next.py", "_DETAILS_PAGE"): "the market's details page (详情页)",
    ("bot/answers/substep_next.py", "_IN_TURN"): "clicks in turn (然后)",
    ("bot/answers/text.py", "_WAN_GROUPED"): "digits grouped by 万 (12,5000元)",
    (
        "bot/answers/verdicts.py",
        "_INDUSTRY_OTHER_NAMES",
    ): "everyday names of the guide's industries",
    # Round 30 review: the amount in yuan asked beside a foreign currency.
    ("bot/answers/deposit_currency.py", "_ASKS_IN_YUAN"): "the amount in yuan asked (多少人民币)",
    ("bot/answers/deposit_currency.py", "_FOREIGN"): "a foreign currency named (美元)",
    # Round 30 (fix37c): readings of what is asked; no user-facing text.
    ("bot/answers/__init__.py", "_FIGURE_POINTED_AGAIN"): "a figure pointed at again (50万这个点)",
    ("bot/answers/__init__.py", "_MONTHS_COMBINED_ASKED"): "months asked combined (合起来)",
    ("bot/answers/alternatives.py", "_EXAMPLES"): "不限于: examples, no choice",
    ("bot/answers/alternatives.py", "_OR"): "或: a choice",
    ("bot/answers/budget.py", "_BEFORE_LISTING"): "before listing (上架前)",
    (
        "bot/answers/names.py",
        "_COMMON_TWO_CHARACTER_WORDS",
    ): "everyday words near a market's short name (列全)",
    ("bot/answers/profile_read.py", "_YEARS_THEN_MONTHS"): "years then months (一年零两个月)",
    ("bot/answers/questions.py", "_SECOND_REQUEST"): "a second request (另外)",
    ("bot/answers/shop_opens.py", "_ASKS_WHEN"): "when asked (什么时候)",
    ("bot/answers/text.py", "_SET_ASIDE_END"): "the end of rules set aside (这些)",
    ("bot/answers/text.py", "_SET_ASIDE_LIST"): "rules set aside (除了)",
    # Round 30 (fix37a, fix37b): readings of what is asked; no user-facing text.
    ("bot/answers/__init__.py", "_ADDED_LATER"): "a market added later (后面再加)",
    ("bot/answers/__init__.py", "_ASKS_EFFECTIVE"): "when a change applies (什么时候生效)",
    ("bot/answers/__init__.py", "_ASKS_MORE_OR_TOTAL"): "more or a total asked (还要补多少)",
    ("bot/answers/__init__.py", "_CERT_HOLDERS"): "certificate holders counted (3个ACA)",
    ("bot/answers/__init__.py", "_PAID_THEN_MORE"): "a sum said paid (交过了)",
    ("bot/answers/__init__.py", "_SET_ASIDE_BEFORE"): "a part the vendor sets aside (另一个问题：)",
    ("bot/answers/__init__.py", "_TICKET_DONE"): "the ticket said done (工单提了)",
    ("bot/answers/alternatives.py", "_ENGLISH_WAYS"): "an English way as the summary names it",
    ("bot/answers/alternatives.py", "_KEY_WORD"): "an alternative's word (解决方案)",
    ("bot/answers/alternatives.py", "_MUST"): "one way asked as a must (一定要)",
    ("bot/answers/alternatives.py", "_OWN"): "the vendor's own way (只有)",
    ("bot/answers/alternatives.py", "_SPLIT_ZH"): "between alternatives (、 或)",
    ("bot/answers/approximate.py", "_ABOUT_AFTER"): "an amount said to be about (左右)",
    ("bot/answers/approximate.py", "_ABOUT_BEFORE"): "an amount said to be about (差不多)",
    ("bot/answers/approximate.py", "_ABOUT_WORD"): "来, about",
    ("bot/answers/approximate.py", "_ROUGH"): "an amount said roughly (三十来万)",
    ("bot/answers/budget.py", "_ASKS_ENOUGH"): "enough asked (够不够)",
    ("bot/answers/budget.py", "_HOW_MUCH"): "how much asked (多少)",
    ("bot/answers/budget.py", "_TOTAL_ZH"): "a reply's stated total (共…元)",
    ("bot/answers/button_after.py", "_DONE_CLAUSE_ZH"): "what was done, object first (看完了)",
    ("bot/answers/clients.py", "_ASKS"): "asked of every client (各自)",
    ("bot/answers/clients.py", "_CLIENT_WORD"): "clients named (客户)",
    ("bot/answers/clients.py", "_FOR_ALL"): "words asking of all clients (两家)",
    ("bot/answers/clients.py", "_LABEL"): "a client's label (客户A)",
    ("bot/answers/clients.py", "_SOURCE_START"): "the source line's opening, kept",
    ("bot/answers/clients.py", "_TOTAL_ASKED"): "a total asked (合计)",
    ("bot/answers/clients.py", "_UNMET_BULLET"): "a verdict's unmet line (不满足)",
    ("bot/answers/computed.py", "_ASKS_EARLIEST"): "the earliest day asked (最早)",
    ("bot/answers/distribution_order.py", "_ONE_ORDER"): "one order (这一笔)",
    ("bot/answers/meaning.py", "_ASKS_MEANING"): "a meaning asked (什么意思)",
    ("bot/answers/month_figures.py", "_MONTH_OWN_TOTAL"): "a month's own total (9月总共)",
    ("bot/answers/multi.py", "_LEADING_SUBJECT"): "a rule's subject (软件)",
    ("bot/answers/order.py", "_HOW_MUCH_BEFORE"): "an amount before a step (交多少才能)",
    ("bot/answers/rate_heads.py", "_ASKS_WHICH_RATE"): "which rate or tier asked (哪一档)",
    ("bot/answers/rate_heads.py", "_EXAMPLE"): "the guide's example named (例子)",
    ("bot/answers/shop_opens.py", "_ASKS_LIVE"): "going live asked (上线了吗)",
    ("bot/answers/shop_opens.py", "_ASKS_WHAT_LEFT"): "what is left asked (还要干嘛)",
    ("bot/answers/shop_opens.py", "_DEPOSIT_PAID"): "the deposit said paid (交完保证金)",
    ("bot/answers/substep_count.py", "_STEP_NAMES"): "a step by its name (申请入驻)",
    ("bot/answers/team_proof.py", "_ASKS_DOCUMENT"): "the document itself asked (具体是什么)",
    ("bot/answers/text.py", "_DATE_HEAD_BEFORE"): "a date's year and month (2025年12月)",
    ("bot/answers/text.py", "_MULTIPLIER_UNIT"): "a multiplier unit (万)",
    ("bot/answers/verdicts.py", "_ASKS_MET_RULE"): "whether a rule is met (能满足…要求吗)",
    ("bot/answers/verdicts.py", "_ASKS_THESE_MET"): "the stated points asked (这几条都满足吗)",
    (
        "bot/answers/why_precharged.py",
        "_CHARGED_THEN_REFUNDED",
    ): "a charge then a refund told (下个月又退)",
    ("bot/answers/why_precharged.py", "_RULE_ASKED"): "the rule asked (什么规则)",
    # Round 26: a date written to the day; a look-up asked after the identifier; a record pointed
    # at by the vendor (no user-facing text).
    ("bot/answers/computed.py", "_DATE_TO_THE_DAY"): "a date written to the day (2024年12月3日)",
    ("bot/answers/identifiers.py", "ASKED_AFTER"): "a question asked after an id (顺便问下)",
    ("bot/answers/identifiers.py", "RECORD_POINTED"): "the vendor's own record pointed at",
    # fix30f (dev21a): a rule asked of every market, one condition asked to be all, the tier's
    # basis, two monies in one sentence, which of the named markets passes; no user-facing text.
    ("bot/answers/every_alike.py", "_EVERY_MARKET"): "every market named at once (所有市场)",
    ("bot/answers/every_alike.py", "_ASKS_ALIKE"): "asked to be alike (一样, 相同)",
    ("bot/answers/every_alike.py", "_DEPOSIT"): "words naming the deposit",
    ("bot/answers/every_alike.py", "_KEY_WORDS"): "words naming one condition (社保)",
    ("bot/answers/every_alike.py", "_OPENS_NO"): "a reply opening with its no (不是)",
    ("bot/answers/only_enough.py", "_ONLY_ENOUGH"): "one thing supposed to suffice (只要…就行)",
    ("bot/answers/only_enough.py", "_OPENING_VERDICT"): "a reply's opening verdict (是的。)",
    ("bot/answers/tier_basis.py", "_ONE_ORDER"): "one order named (单笔, 每单)",
    ("bot/answers/tier_basis.py", "_MONTH"): "the month named (当月)",
    ("bot/answers/tier_basis.py", "_TIER"): "the tier named (档, 阶梯)",
    ("bot/answers/money_parts.py", "_DEPOSIT"): "words naming the deposit",
    ("bot/answers/money_parts.py", "_COMMISSION"): "words naming the commission (佣金)",
    ("bot/answers/money_parts.py", "_AMOUNT"): "an amount asked (多少)",
    ("bot/answers/money_parts.py", "_TWO_MONIES"): "two monies asked, a comma between",
    ("bot/answers/computed.py", "_ASKS_WHICH_PASSES"): "which of the named markets (哪个)",
    ("bot/answers/shop_opens.py", "_ASKS_OPEN"): "the shop asked to be open (开通)",
    ("bot/answers/shop_opens.py", "_OPENS_WITH_VERDICT"): "a reply opening with its verdict (是的)",
    # fix28a (dev20b): steps, the deposit and the ticket asked pointedly; no user-facing text.
    ("bot/answers/besides_filling.py", "_BESIDES_FILLING"): "besides filling in (除了填信息)",
    ("bot/answers/besides_filling.py", "_APPLYING"): "words naming the application (申请, 提交)",
    ("bot/answers/besides_filling.py", "_OTHER_FORM"): "another form named (工单, 保证金)",
    ("bot/answers/besides_filling.py", "_ASKS_ELSE"): "what else asked (还要做什么)",
    ("bot/answers/deposit_online.py", "_DEPOSIT"): "words naming the deposit",
    ("bot/answers/deposit_online.py", "_ONLINE"): "paying online named (在线, 充值)",
    ("bot/answers/deposit_online.py", "_ASKS"): "whether asked (吗, 还是)",
    ("bot/answers/deposit_online.py", "_OTHER_WAY"): "ways the guide never names (分期, 信用卡)",
    ("bot/answers/deposit_online.py", "_PAID"): "paying said done (已经充值了)",
    ("bot/answers/deposit_when.py", "_DEPOSIT"): "words naming the deposit",
    ("bot/answers/deposit_when.py", "_ASKS_WHEN"): "when asked (什么时候退)",
    ("bot/answers/deposit_when.py", "_ASKS_WHEN_NOT"): "when not asked (什么情况下不退)",
    ("bot/answers/deposit_when.py", "_ASKS_DURATION"): "a duration asked (多久)",
    ("bot/answers/deposit_when.py", "_OTHER_REFUND"): "another thing refunded (佣金, 订单)",
    ("bot/answers/order.py", "_PLACE_CLAIMED_ZH"): "a step's place stated (审核通过以后)",
    ("bot/answers/order.py", "_CONFIRM_ASKED"): "a statement asked confirmed (对吧)",
    ("bot/answers/ticket_field_place.py", "_BESIDES"): "besides a field (除了电话)",
    ("bot/answers/ticket_field_place.py", "_ASKS_ELSE"): "the other fields asked (还要写哪些)",
    ("bot/answers/ticket_field_place.py", "_TICKET_ONLY_FIELD"): "fields only the ticket asks for",
    ("bot/answers/ticket_field_place.py", "_FILLS"): "words filling a field in (填, 写)",
    ("bot/answers/ticket_fields.py", "_BESIDES_AMOUNT"): "the amount set aside (除了金额)",
    ("bot/answers/only_one.py", "_ONLY_ONE"): "words narrowing to one market (只能进一个)",
    ("bot/answers/questions.py", "_ASKS_PAID_AMOUNT"): "words asking an amount to pay (交多少钱)",
    # fix25g (dev19b): patterns of a profile judged on what it states, no user-facing text.
    ("bot/answers/profile_read.py", "_AND"): "'and' / 和 joining two stated facts",
    ("bot/answers/profile_read.py", "_PENDING_ACP"): "an ACP exam still ahead (ACP还在备考)",
    (
        "bot/answers/profile_read.py",
        "_LICENCE_THEN_MONTH",
    ): "a licence's year and month (执照2023年5月)",
    ("bot/answers/profile_verdict.py", "_QUESTION_FIRST"): "a question put first (…达标吗？)",
    ("bot/answers/support_hours.py", "_EACH_WORKDAY"): "each working day (工作日每天)",
    ("bot/answers/support_hours.py", "_PART_TIME"): "a service kept by day (工作日白天)",
    ("bot/answers/support_hours.py", "KIND_CLAUSES"): "clause breaks of a support kind (但)",
    ("bot/answers/support_hours.py", "_ROUND_THE_CLOCK"): "round the clock (24小时, 全天)",
    ("bot/answers/verdicts.py", "_UNRELATED_AFTER"): "a line said unrelated (跟大数据没关系)",
    ("bot/answers/verdicts.py", "_ASKS_REALLY_NEED"): "a rule doubted (真的必须…吗)",
    ("bot/answers/which.py", "_ASKS_NOT_BLOCKED"): "markets not blocked asked (不会被卡住)",
    ("bot/answers/profile_verdict.py", "_BOTH_ASKED"): "every market named asked (两个都行吗)",
    ("bot/answers/__init__.py", "_ACP_COUNT_ONLY"): "ACP holders named (认证工程师)",
    ("bot/answers/__init__.py", "_TEAM_NAMED"): "a team named (团队, 员工, 社保)",
    # fix23e (dev18b): patterns for how vendors describe themselves, no user-facing text.
    (
        "bot/answers/business_age.py",
        "_BARE_COUNT",
    ): "a count of years or months with no subject (到今天刚好满一年)",
    (
        "bot/answers/business_age.py",
        "_BARE_FIGURE",
    ): "a line of business and its figure only (大数据4年)",
    (
        "bot/answers/business_age.py",
        "_BUSINESS",
    ): "words of a line of business run (业务, 上线, 开始做)",
    (
        "bot/answers/business_age.py",
        "_LICENCE_WORDS",
    ): "words naming the licence or the company (执照, 成立)",
    ("bot/answers/each_orders.py", "_AMOUNT"): "an amount with its unit (万, 元)",
    ("bot/answers/each_orders.py", "_COUNTS"): "Chinese numerals of an order count (两, 三)",
    ("bot/answers/each_orders.py", "_EACH_ZH"): "N orders of one amount each (两笔订单各9.5万)",
    (
        "bot/answers/profile_verdict.py",
        "_WHICH_OF_THEM",
    ): "words asking which of the named markets (能进哪个)",
    (
        "bot/answers/questions.py",
        "_OWN_FIGURES_AGAIN",
    ): "words pointing back at the vendor's figures (我们这个人数)",
    ("bot/answers/support_hours.py", "_BARE_SPAN"): "a clock span without a unit (9-18)",
    ("bot/answers/support_hours.py", "_CN"): "Chinese numerals of days and hours",
    ("bot/answers/support_hours.py", "_DAY_COUNT"): "a number of days a week (一周6天, 三天有人)",
    ("bot/answers/support_hours.py", "_DAY_LIST"): "weekdays listed (周一、三、五)",
    ("bot/answers/support_hours.py", "_DAY_RANGE"): "a range of weekdays (周二到周四)",
    (
        "bot/answers/support_hours.py",
        "_FIGURE_START",
    ): "the first characters of a figure (digits, 十, 一 …)",
    ("bot/answers/support_hours.py", "_FIVE_DAYS"): "weekdays only (工作日, 周一到周五)",
    ("bot/answers/support_hours.py", "_HOUR_COUNT"): "hours a day (8小时)",
    ("bot/answers/support_hours.py", "_KEPT"): "words of a service kept (有人, 在线, 值班)",
    ("bot/answers/support_hours.py", "_LATE"): "the evening mark of a 12-hour clock (晚)",
    ("bot/answers/support_hours.py", "_NUM"): "a number in digits or Chinese numerals",
    ("bot/answers/support_hours.py", "_SEVEN_DAYS"): "every day of the week (每天, 全年无休)",
    ("bot/answers/support_hours.py", "_SIX_DAYS"): "six days a week (周一到周六, 单休)",
    ("bot/answers/support_hours.py", "_SPAN"): "a clock span (早9点到晚6点, 早九晚五)",
    ("bot/answers/support_hours.py", "_WEEKDAY"): "the weekday numerals (一 … 日)",
    ("bot/answers/support_hours.py", "_WEEKDAYS_ONLY"): "a weekend off (周末不值班)",
    ("bot/answers/support_hours.py", "_WHOLE_DAY"): "the whole day (24小时, 全天)",
    ("bot/answers/support_hours.py", "_HALF_DAY_ONLY"): "half of the day only (只有上午)",
    ("bot/answers/support_hours.py", "_HALVES"): "the halves of the day (上午, 下午)",
    # fix30b: whether the deposit is the same across markets; no user-facing text.
    ("bot/answers/deposit_same.py", "_DEPOSIT"): "the deposit named (保证金)",
    ("bot/answers/deposit_same.py", "_ASKS_SAME"): "same or different asked (一样, 不同)",
    ("bot/answers/deposit_same.py", "_OTHER_SIDE"): "another side of the deposit (退, 一共)",
    ("bot/answers/computed.py", "_ASKS_MET"): "a figure's yes / no asked (算不算, 够不够)",
    ("bot/answers/computed.py", "_ASKS_COUNTS"): "whether it counts asked (算不算)",
    # fix30b: support kept on working days in working hours reads as the 5x8 week.
    ("bot/answers/support_hours.py", "_WORKING_DAY_HOURS"): "the working day (上班, 工作时间)",
    ("bot/answers/support_hours.py", "_value"): "reads a Chinese numeral (十, 十二)",
    # fix23f (dev18c): patterns for how vendors ask, no user-facing text.
    ("bot/answers/bare_month.py", "_ZH_MONTH"): "a month written with no year (10月)",
    ("bot/answers/bare_month.py", "_THIS_YEAR"): "words naming this year (今年)",
    ("bot/answers/bare_month.py", "_LAST_YEAR"): "words naming last year (去年)",
    # fix30e (dev21b): patterns for how vendors correct themselves, no user-facing text.
    ("bot/answers/corrections.py", "_MARKER"): "words taking back what was said (等下, 打错了)",
    ("bot/answers/corrections.py", "_VALUE"): "a figure with its unit (50万, 20人)",
    ("bot/answers/corrections.py", "_NEW_VALUE"): "the corrected figure (是50万, 改成)",
    ("bot/answers/corrections.py", "_OLD_THEN_NEW"): "不是500万，是50万",
    ("bot/answers/corrections.py", "_DROP_AFTER"): "a market taken out (API先不入了)",
    ("bot/answers/corrections.py", "_DROP_BEFORE"): "a market taken out (去掉API)",
    ("bot/answers/corrections.py", "_ADD"): "a market added (再加个企业应用)",
    ("bot/answers/corrections.py", "_COUNT"): "a count of markets (三个市场)",
    ("bot/answers/corrections.py", "_COUNT_SAID"): "a count restated (是三个)",
    ("bot/answers/corrections.py", "_CLAUSE_END"): "clause punctuation (，。？)",
    ("bot/answers/corrections.py", "_remove_market"): "list separators (、, 和) and 市场",
    ("bot/answers/corrections.py", "_markets_corrected"): "the comma joining an added market",
    ("bot/answers/corrections.py", "_value_corrected"): "trailing punctuation (…)",
    ("bot/answers/corrections.py", "corrected"): "trailing punctuation (，、…)",
    ("bot/answers/short_year.py", "_ZH_SHORT_YEAR"): "a two-digit year before a month (21年3月)",
    ("bot/answers/short_year.py", "with_full_years"): "the year written out (2021年)",
    ("bot/answers/deposit_once.py", "_PRODUCTS_COUNTED"): "products counted (3个产品)",
    ("bot/answers/computed.py", "_ASKS_HAS_RULE"): "whether a rule is set (有要求吗)",
    ("bot/answers/order.py", "_ASKS_WHAT_ELSE"): "what remains asked (还要做啥)",
    ("bot/answers/deposit_once.py", "_DEPOSIT_MULTIPLIED"): "a deposit multiplied (交3份)",
    ("bot/answers/deposit_once.py", "_PER_PRODUCT"): "words supposing a deposit per product",
    ("bot/answers/deposit_once.py", "_DEPOSIT"): "words naming the deposit",
    ("bot/answers/identifiers.py", "_JOINED_RUN_BEFORE"): "joining words between two ids (和, 、)",
    ("bot/answers/identifiers.py", "_JOINED_ASKED"): "words asking which markets we joined",
    ("bot/answers/rest_part.py", "_REST"): "words naming the rest of a month (其余, the rest)",
    ("bot/answers/rest_part.py", "_EXCEPT_BEFORE"): "words setting an amount aside (除了, all but)",
    ("bot/answers/rest_part.py", "_DISTRIBUTION"): "words naming distribution (分销)",
    ("bot/answers/rest_part.py", "_OWN"): "words naming own sales (自营, direct)",
    ("bot/answers/rest_part.py", "_NOT"): "negating words (不是, not)",
    ("bot/answers/rest_part.py", "_ASIDE_END"): "以外 / 之外 closing a set-aside amount",
    ("bot/answers/identifiers.py", "_KIND_OF_RECORD_ASKED"): "words asking one order's kind",
    ("bot/answers/market_member.py", "_ASKS_COUNT"): "words asking how many markets there are",
    ("bot/answers/market_member.py", "_ASKS_MEMBER"): "words asking whether one is among them",
    ("bot/answers/order.py", "_ASKS_ONE_PREVIOUS"): "words asking the one step before",
    ("bot/answers/order.py", "_REFERS_BACK"): "a pronoun naming a step again (它的上一步)",
    ("bot/answers/order.py", "_ASKS_IN_BETWEEN"): "words asking what lies between two steps",
    ("bot/answers/order.py", "_NUMBERS_OFFERED"): "two step numbers offered (第5步还是第6步)",
    ("bot/answers/order_list.py", "_REFERS_BEFORE"): "words naming a listed order again (那笔)",
    ("bot/answers/order_list.py", "_REFERS_AFTER"): "words naming a listed order again (那单)",
    ("bot/answers/order_list.py", "_REFERS_COUNTED_BEFORE"): "那笔 before a listed order's amount",
    ("bot/answers/order_list.py", "_REFERS_COUNTED_AFTER"): "那笔 after a listed order's amount",
    ("bot/answers/order.py", "_ASKS_A_STEP"): "words asking a step itself (第几步, 哪一步)",
    ("bot/answers/team_proof.py", "_TEAM"): "words naming the team or its size",
    ("bot/answers/team_proof.py", "_ASKS_PROOF"): "words asking what proves a condition",
    ("bot/answers/team_proof.py", "_STATEMENT"): "words naming the social-insurance statement",
    ("bot/answers/versus_others.py", "_OTHERS"): "words naming the other markets",
    ("bot/answers/versus_others.py", "_COMPARES"): "words asking how two rules compare",
    # fix22d (dev17d): patterns for how vendors ask, no user-facing text.
    ("bot/answers/__init__.py", "_ASKS_MARKET_COUNT"): "words asking how many markets there are",
    ("bot/answers/__init__.py", "_SAYS_WHAT_IS_SOLD"): "words saying what the vendor sells",
    ("bot/answers/__init__.py", "_WANTS_OTHER_CLOUD"): "words wanting to join another cloud",
    ("bot/answers/after_end.py", "_POLICY_ENDED"): "words naming the policy's end",
    ("bot/answers/after_end.py", "_ZH_DATE_AFTER"): "pattern for a date typed with 以后",
    ("bot/answers/any_industry.py", "_ANY_INDUSTRY"): "words asking for any industry",
    ("bot/answers/substep_next.py", "_CLICK_ZH"): "pattern for a button in the guide's sub-step",
    ("bot/answers/substep_next.py", "_DONE_THEN_NEXT_ZH"): "words for a click done, next asked",
    ("bot/answers/button_after.py", "_ASKS_BUTTON"): "words asking which button to click",
    ("bot/answers/button_after.py", "_DONE_ZH"): "words for something done inside a step",
    ("bot/answers/button_after.py", "_BUTTON_ZH"): "pattern for a button in the guide's sub-step",
    ("bot/answers/button_after.py", "_COMMON_ZH"): "a word every sub-step shares",
    ("bot/answers/commission_head.py", "_AND_SPLIT"): "words joining two figures asked",
    ("bot/answers/__init__.py", "_ASKS_GUARANTEE"): "words asking what a market guarantees",
    ("bot/answers/ticket_fields.py", "_TICKET_WORDS"): "words naming the ticket",
    ("bot/answers/ticket_fields.py", "_ASKS_WHICH_DETAILS"): "words asking which details",
    ("bot/answers/ticket_fields.py", "_OTHER_PART"): "words naming another part of the ticket",
    ("bot/answers/deposit_back.py", "_DEPOSIT"): "words naming the deposit",
    ("bot/answers/deposit_back.py", "_ASKS_AMOUNT_BACK"): "words asking how much comes back",
    ("bot/answers/deposit_back.py", "_VIOLATED"): "words stating a rule broken",
    ("bot/answers/terms.py", "_ASKS_MEANING"): "words asking what a name means",
    ("bot/answers/terms.py", "_ASKS_RULE"): "words asking a condition's figure or need",
    ("bot/answers/terms.py", "_ASKS_DOCUMENT"): "words asking which document",
    ("bot/answers/terms.py", "_NAMES_TEAM"): "words naming the team-size condition",
    ("bot/answers/terms.py", "_ASKS_COUNT"): "words asking the team's size",
    ("bot/answers/ticket_fields.py", "_ASKS_CATEGORY"): "words asking the ticket's category",
    ("bot/answers/ticket_fields.py", "_NAMES_OTHER_CATEGORY"): "words naming another category",
    ("bot/answers/terms.py", "_STATES_COUNT"): "a number of people stated",
    ("bot/answers/settle_month.py", "_SETTLED_ZH"): "a settlement day in Chinese",
    ("bot/answers/durations.py", "_SCENE_CLAUSE"): "a clause before the comma that sets the scene",
    ("bot/answers/ticket_field_place.py", "_ASKS_PLACE"): "words asking where a field goes",
    ("bot/answers/ticket_field_place.py", "_TICKET_WORDS"): "words naming the ticket",
    ("bot/answers/precharge_rate.py", "_ASKS_FIRST_RATE"): "words asking the rate charged first",
    ("bot/answers/precharge_rate.py", "_IS_QUESTION"): "words marking a yes/no question",
    ("bot/answers/precharge_rate.py", "_DISTRIBUTION"): "words naming distribution orders",
    ("bot/answers/precharge_rate.py", "_NOT_DISTRIBUTION"): "words: not a distribution order",
    ("bot/answers/why_precharged.py", "_CHARGE_WORDS"): "words naming what was charged",
    ("bot/answers/why_precharged.py", "_STATE_WORDS"): "words asking a record's state",
    ("bot/answers/why_precharged.py", "_WHY_CHARGED_FIRST"): "words asking why tier 1 first",
    ("bot/answers/why_precharged.py", "_CHARGED_EARLY_ZH"): "words: charged first / in the month",
    ("bot/answers/why_precharged.py", "_CHARGED_LATE_ZH"): "words: charged after the month",
    ("bot/answers/why_precharged.py", "_ALTERNATIVE_ZH"): "还是 / 或者 between two times",
    ("bot/answers/why_precharged.py", "_WHEN_CHARGED"): "words asking when commission is taken",
    ("bot/answers/why_precharged.py", "_COMMISSION_WORDS"): "words naming the commission",
    ("bot/answers/why_precharged.py", "_PERIOD_WORDS"): "words naming the policy period",
    ("bot/cases.py", "_CLOSE_PHRASES"): "what a vendor types to close their case (解决了)",
    ("bot/cases.py", "_THANKS_SUFFIXES"): "thanks typed after the close phrase",
    ("bot/cases.py", "_CLOSE_ENDINGS"): "the 了 a close phrase may be typed without",
    ("bot/cases.py", "_HANDOFF_START"): "pattern for a hand-off the vendor types (转人工 …)",
    ("bot/cases.py", "_ALL_MARKETS_WORDS"): "words a vendor types to pick every market",
    ("bot/cases.py", "_ALL_CASES_WORDS"): "the word staff type for every case (`cases 全部`)",
    ("bot/commission/summary.py", "_MONTH_ZH"): "pattern for a month typed as 2020年10月",
    ("bot/commission/importer.py", "TRUE_WORDS"): "yes words read from the file",
    ("bot/commission/importer.py", "FALSE_WORDS"): "no words read from the file",
    ("bot/commission/importer.py", "_CURRENCY"): "pattern for amounts as files write them",
    ("bot/commission/importer.py", "_DATE_FORMS"): "patterns for dates as files write them",
    ("bot/commission/importer.py", "_SKIPPED_ROWS"): "SQL quoting a stored row as the file "
    "wrote it (是/否 as in the distribution column)",
    ("bot/commission/importer.py", "_CHECK_FIRST"): "SQL quoting a stored row as the file "
    "wrote it (是/否 as in the distribution column)",
    ("bot/commission/orders.py", "DISTRIBUTION_WORDS"): "words staff type for the flag",
    ("bot/commission/orders.py", "NOT_DISTRIBUTION_WORDS"): "words staff type for the flag",
    ("bot/privacy.py", "_ERASE_ZH"): "pattern for a vendor's 删除我的数据 request",
    ("handlers/actions/*.py", "ENGINE_COMMANDS"): "command words the conversation "
    "reads (bot.i18n.COMMANDS) that a Home button types for the vendor",
    ("handlers/blocks.py", "TICKET_TEXT_START"): "marks where the ticket text (rules/ticket.py, "
    "always Chinese as the ticket system wants it) starts in a reply",
    ("handlers/blocks.py", "TICKET_TEXT_LAST_LINE"): "marks the ticket text's last line",
    ("handlers/commands/*.py", "_START_WORDS"): "sub-command words a user types",
    ("handlers/commands/*.py", "_STATUS_WORDS"): "sub-command words a user types",
    ("handlers/commands/*.py", "_HELP_WORDS"): "sub-command words a user types",
    ("handlers/commission/slack_import.py", "_IMPORT_REQUEST"): "pattern for the word "
    "staff write beside an uploaded file (import / 导入)",
    ("bot/staff.py", "HELP_WORDS"): "sub-command words staff type",
    ("bot/staff.py", "ALIAS_VERBS"): "sub-command words staff type",
    **{
        ("bot/commission/staff.py", words): "sub-command words staff type"
        for words in (
            "HELP_WORDS",
            "IMPORT_WORDS",
            "SUMMARY_WORDS",
            "POST_WORDS",
            "VOID_WORDS",
            "AMEND_WORDS",
            "ALIAS_LIST_WORDS",
        )
    },
    ("cli/console.py", "EXIT_WORDS"): "words that end the console chat",
    ("cli/main.py", "build_parser"): "argparse help: the operators' English reference for "
    "options, quoting the guide's Chinese terms and the ticket's Chinese field names as the "
    "ticket system shows them; what the command line says while it runs is catalogue keys "
    "(cli.*), see docs/ARCHITECTURE.md 'Catalogue coverage'",
    **{
        ("bot/journey.py", name): "words and patterns read from what vendors and staff type "
        "about their joining steps"
        for name in (
            "_DIGIT",
            "_CN_DIGITS",
            "_FINISHED_ZH",
            "_QUESTION",
            "_NEGATION",
            "_STAFF_COMMAND",
            "_SHOW_WORDS",
            "_REMINDERS_OFF",
            "_REMINDERS_ON",
            "STAFF_DONE_WORDS",
            "STAFF_UNDO_WORDS",
            "_EXPLICIT_DONE",
            "_EXPLICIT_UNDO",
            "_STATEMENTS",
            "read_staff_command",
        )
    },
    **{
        ("bot/cases.py", name): "words and patterns read from what vendors and staff type "
        "(a handoff, 'solved', 'all')"
        for name in (
            "_ALL_MARKETS_WORDS",
            "_CLOSE_PHRASES",
            "_HANDOFF_START",
            "case_command",
            "is_close_phrase",
        )
    },
    ("handlers/actions/journey_button.py", "journey_done_command"): "the command a Home "
    "button types for the vendor (read by bot/journey.py's _EXPLICIT_DONE)",
    ("bot/commission/import_errors.py", "COLUMNS"): "column headers as settlement files spell "
    "them (read from the file, and named back in the file's own words)",
    # The conversation: words it reads. Everything it writes is in the catalogue.
    **{
        ("bot/i18n.py", name): "command and menu words a vendor types (compared, never shown)"
        for name in (
            "COMMANDS",
            "CHANGE_PREFIXES",
            "SHORT_CHANGE_PREFIX",
            "CONTINUE_WORDS",
            "CONFIRM_WORDS",
            "TICKET_WORDS",
            "OTHER_MARKETS_WORDS",
            "DONE_WORDS",
            "CHANGE_FIELD_WORDS",
            "ALL_MARKETS_WORDS",
            "BOTH_WORDS",
        )
    },
    ("bot/i18n.py", "HANDOFF_OFFER_WORDS"): "words looked for in an answer to see whether it "
    "already offers the hand-off (read, never shown)",
    ("bot/conversation/handoff.py", "_HANDOFF_WITH_TEXT"): "pattern for 转人工 + a question typed",
    ("bot/conversation/ticket_steps.py", "FORM_WORDS"): "words typed to get the ticket form",
    ("bot/conversation/helpers.py", "NUMBER_LIST"): "pattern for a typed list of numbers (1和3)",
    ("bot/conversation/helpers.py", "MARKET_WORD"): "pattern for a market named with 市场/market",
    ("bot/conversation/helpers.py", "DESCRIBES_VENDOR"): "words of a clause describing the vendor",
    ("bot/conversation/forms.py", "_after_label"): "the joiners typed between a field's name "
    "and its value (团队25人, 电话：138…)",
    ("bot/conversation/forms.py", "PREVIOUS_QUESTION"): "words naming the question answered "
    "just before (上一题, the previous question)",
    ("bot/conversation/form_runner.py", "NO_THEN_VALUE"): "pattern for a no and the right "
    "value typed at a confirmation (不是，是23人)",
    ("bot/conversation/form_runner.py", "CONSENT_WORDS"): "words of a profile question that "
    "asks for consent (接受, 同意), read from its wording",
    ("bot/conversation/market_steps.py", "_COUNT_WORDS"): "how a vendor writes the number of "
    "markets (12, 十二, twelve)",
    ("bot/conversation/market_steps.py", "_ALL_COUNTED"): "pattern for every market, counted "
    "(全部十二个, all twelve markets)",
    ("bot/conversation/market_steps.py", "_ALL_WORD"): "the all/market words that must come "
    "with the count",
    ("bot/conversation/market_steps.py", "_OTHER_THAN"): "exclusion words after a count",
    ("bot/conversation/market_steps.py", "_ALL_BEFORE"): "the all words before a count",
    ("bot/conversation/market_steps.py", "_START_OVER"): "words dropping the walk-through for "
    "other markets (取消。重新来，我要API市场)",
    ("bot/conversation/market_steps.py", "_MARKET_NAMED"): "words naming a market (市场)",
    ("bot/conversation/market_steps.py", "_MARKET_SUFFIX"): "the suffix of Chinese market names",
    ("bot/conversation/forms.py", "_NONE_OF_IT"): "pattern for none of what a count question "
    "counts (没有ACP)",
    ("bot/conversation/forms.py", "LABEL_JOINERS"): "the joiners typed between a field's name "
    "and its value",
    ("bot/conversation/helpers.py", "_EVERYDAY_MARKET_WORDS"): "everyday words for markets "
    "(零售的那两个, 数智) rewritten to their names",
    ("bot/conversation/helpers.py", "_RETAIL_NAMED"): "the two retail markets' names",
    ("bot/conversation/helpers.py", "_RETAIL"): "retail said alone (零售)",
    ("bot/conversation/helpers.py", "EVERY_MARKET"): "every market said in words (所有市场)",
    ("bot/conversation/helpers.py", "_PRODUCT_WORDS"): "product words pointing to a market "
    "(大数据, 网站, 小程序)",
    ("bot/conversation/interpret.py", "_CHOICE_CLAUSE"): "clause ends of a market choice",
    ("bot/conversation/market_steps.py", "_QUESTION_ASIDE"): "a question put beside a choice",
    ("bot/parsing.py", "_SPOKEN_RANGE_DIGITS"): "two neighbouring Chinese digits: a range (三四)",
    **{
        ("bot/conversation/interpret.py", name): "words and patterns read from what vendors type"
        for name in (
            "UNKNOWN_WORDS",
            "DESCRIBES_CONDITION",
            # round 13: an answer and an aside, another market's experience, negated counts
            "_ASIDE_WORDS",
            "_ASIDE_BREAK",
            # round 14: the clause holding a correction's value ("所以团队现在是20人")
            "_CLAUSE_BREAK",
            "_CHANGE_WORDS",
            "_CHANGE_TAIL",
            "_EXPERIENCE_MARKET_WORDS",
            "_NOBODY",
            "_FOUNDED_YEAR",
            "_LAST_MONTH",
            "_THIS_MONTH",
            "_AGO",
            "_JUST_FOUNDED",
            "_FOUNDING_WORDS",
            "SAYS_ACP",
            "_A_NOT_A",
            "_LOOK_UP_REQUEST",
            "_TAG_QUESTION",
            "_HAS_MONTH",
            "_SHORT_WITH_PARTICLE",
            "_SINCE_INSIDE",
            "_SHORT_YEAR",
            "_CHANGED_COUNT",
            "_NOW_MARK",
            "_DONE_AFTER",
            "_NOT_DONE_FUTURE",
            "_NOT_DONE_EN",
            "_TAKEN_BACK_FIRST",
            "_BELOW",
            "_correction_of_unasked",
            "_NO_OBJECTION",
            "_PLAIN_NO_OPENERS",
            "_TOTAL_SAID",
            "_said_relative_to_today",
            "_YEAR_PART",
            "_NOT_PEOPLE",
            "_MONTH_ALONE",
            "month_of_year",
            "_TEAM_WORDS",
            "_COMPANY_WORDS",
            "_team_beside_company",
            "_NOT_ALL_OR_NOT_YET",
            "_RELATIVE_YEAR",
            "_ALSO_BEFORE",
            "_SOME_TENS",
            "_MANY",
            "_negated_exception",
            "_CORRECTED_IN_PASSING",
            "_SAID_BEFORE_WORDS",
            "_NEW_VALUE_SURE",
            "_NEW_VALUE_PLAIN",
            "_NOT_OLD",
            "_HAS_NUMBER",
            "_YEAR_PART_MONTH_ZH",
            "_MONTH_OF_YEAR_PART",
            "_year_part_as_month",
            "_RELATIVE_MONTH_ZH",
            "_relative_month",
            "_zh_or_en",
            "OTHER_CLOUD",
            "_ANY_NO_WORD",
            "_NUMBER_NOT_SHARE",
            "_CANNOT",
            "_NOT_DONE_YET",
            "_ALL",
            "_APPROX",
            "_BOOL_NO_PHRASES",
            "_BOOL_YES_PHRASES",
            "_CLAUSE_END",
            "_CN_DIGITS",
            "_CN_NUM",
            "_CN_RANGE",
            "_CORRECTION_ANYWHERE",
            "_CORRECTION_START",
            "_CORRECTION_VERB",
            "_COUNT_PHRASE",
            "_EXCEPT",
            "_EXCLUDE",
            "_FULL_DATE",
            "_HAS_BAD_RECORD",
            "_HEAD_COUNT",
            "_HEDGE",
            "_LEAD_IN",
            "_MONEY_PHRASE",
            "_MONTH_ONLY",
            "_NEGATED_ALTERNATIVE",
            "_NEGATION",
            "_NO_BAD_RECORD",
            "_ONLY",
            "_LIST_PIECE_VERB",
            "_OR",
            "_OTHER_INDUSTRY",
            "_QUESTION_WORDS_ZH",
            "_REST",
            "_SEGMENT_END",
            "_STATED_NO",
            "_STATED_YES",
            "_SUPPORT_PAIR",
            "_YEARS_PHRASE",
            "_VALUE_WITH_UNIT",
            "_MONEY_WITH_UNIT",
            "_yes_no_with_another_answer",
            "_ASKS",
            "_MONEY_IN_TEXT",
            "_NONE_EXCEPT",
            "_FOREIGN_CURRENCY",
            "_YEAR_ONLY",
            "_BUT_NOT",
            "_IN_PROGRESS",
            "_DONE_AFTER",
            "_clause_by_clause",
            "_ENDS_YES",
            "_ENDS_NO",
            "_BAD_RECORD_EVENT",
            "_ANY_NEGATION",
            "_NUMBER_RANGE",
            "_NEGATED_AFFIRMATION",
            "_SHORT_YES",
            "_SHORT_NO",
            "_NONE_AT_ALL",
            "_JUST_ME",
            "_COUNT_PART",
            "_count_in_parts",
            "_NO_EXPERIENCE",
            "_SUPPORT_ALWAYS",
            "_SUPPORT_WEEKDAYS",
            "_SUPPORT_TIMES",
            "_CN_DATE",
            "_CN_DIGIT_VALUES",
            "_digits_date",
            "_stated_bool",
            "_strip_label",
            "_SPOKEN_RANGE",
            "_RANGE_DIGITS",
            "read_spoken_range",
            "_SINCE_YEAR",
            "_SINCE_WORDS",
            "THANKS_WORDS",
            "OK_WORDS",
            "_SAYS_EXPERIENCE",
            "_DENIED_BEFORE",
            "DESCRIBES_NO",
            "_MONEY_RANGE",
            "_FOUNDED_IN",
            "_BREAKDOWN",
            "_NOT_A_COUNT",
            "_ZERO_WORDS",
            "_NOT_OWN",
            "_ONLY_IS",
            "_SUBJECT_THEN_NO",
            "_DAY_FIRST",
            "_FILLERS",
            "_ALL_ALONE",
            "_EXCEPT_AFTER",
            "_YEAR_SAID",
            "_AGE_SAID",
            "_UNKNOWN_SAID",
            "_IS_IT_ENOUGH",
            "_LEVEL_WRITTEN",
            "_SAID_BEFORE",
            # Readers: the words they match; what they ask back is in the catalogue.
            "read_bool",
            "read_count",
            "read_date",
            "read_industry",
            "read_market_choice",
            "read_money",
            "read_support",
            "read_years",
            # round 15: not yet in place, two values offered for one
            "_STILL_ARRANGING",
            "_ANY_NEGATION_OF_ARRANGING",
            "_ALTERNATIVE_VALUE",
            "_ANY_NUMBER",
            "_ROLE_THEN_COUNT",
            "_NOT_COUNTED_YET",
            "_CORRECTION_FILLER",
            "_CORRECTION_FILLER_INSIDE",
            "_ASKS_MEANING",
            "_NOT_YET_AFTER_BUT",
            "_counted_clauses",
            "_NEGATED_LEVEL",
        )
    },
    ("bot/conversation/helpers.py", "WANTS_TO_JOIN"): "words of a clause asking to join (想做)",
    ("bot/conversation/interpret.py", "_CLAUSE_BREAK"): "clause ends of a correction (，：)",
    ("bot/conversation/form_runner.py", "_JUST_UNDER"): "words for just under a number (快两年)",
    ("bot/conversation/form_runner.py", "_ESTIMATE"): "words making a number an estimate (大概)",
    ("bot/conversation/form_runner.py", "_HEDGED"): "words keeping a yes an estimate (差不多)",
    ("bot/conversation/form_runner.py", "_AT_LEAST"): "words for at least a number (20多人)",
    **{
        ("bot/parsing.py", name): "number, unit, date and yes/no words parsed from what "
        "vendors type (its error texts are parse.* keys)"
        for name in (
            "_MONEY_UNITS",
            "_MONEY_NOISE",
            "parse_money",
            "_COUNT_SUFFIX",
            "_COUNT_HEDGE_BEFORE",
            "_COUNT_HEDGE_AFTER",
            "_YEAR_SUFFIX",
            "_MONTH_SUFFIX",
            "parse_years",
            "_DATE_PATTERNS",
            "_YES",
            "_NO",
            "_SUPPORT_PAIR",
            "_SUPPORT_WORDS",
            "_INDUSTRY_WORDS",
            "parse_industry",
        )
    },
    # Answers: the words and patterns questions are matched by. The answers' texts are
    # catalogue keys (answers.*) or come from the guide's data (rules/data, knowledge YAML).
    ("bot/answers/durations.py", "_ARRIVES"): "pattern for 'when will it arrive' questions",
    ("bot/answers/durations.py", "_HOW_LONG"): "pattern for 'how long' questions",
    ("bot/answers/durations.py", "_DEADLINE"): "pattern for 'is there a deadline' questions",
    ("bot/answers/durations.py", "_SUPPORT_SERVICE"): "pattern for support named in 'how long'",
    ("bot/answers/durations.py", "_WHEN"): "pattern for 'when' questions",
    ("bot/answers/durations.py", "_NAMES_POLICY"): "pattern naming the commission policy",
    ("bot/answers/durations.py", "_ASKS_EARLIER_STEP"): "pattern for 'when do we pay/sign'",
    ("bot/answers/durations.py", "_OTHER_REVIEW"): "pattern for a review not the application's",
    ("bot/answers/durations.py", "_REVIEW_WAITED"): "pattern for the review waited for (出结果)",
    ("bot/answers/matcher.py", "_BRAND"): "the brand words a question's topic is found "
    "without (阿里云, Alibaba Cloud)",
    **{
        ("bot/answers/questions.py", name): "where a message moves on to its next question "
        "(numbering, asking words, sentence ends, 谢谢, 再加) and the lead lines a part's reply "
        "drops, read from the message"
        for name in (
            "_ENUMERATION",
            "_ASKS",
            "_SENTENCE_END",
            "_ADDS",
            "_COURTESY",
            "_LEAD_NOISE",
            "_EACH",
        )
    },
    **{
        ("bot/answers/identifiers.py", name): "an identifier's label and a message that is "
        "nothing but an identifier (read from the question, never shown)"
        for name in ("_ID_BEFORE", "_LABELLED", "_BARE_IDENTIFIER")
    },
    **{
        ("bot/answers/__init__.py", name): "words that route a question: the rate asked for now "
        "or after the policy, and characters that are no word of a market's description"
        for name in (
            "_ASKS_RATE_NOW",
            "_AFTER_POLICY",
            "_FUNCTION_CHARACTERS",
            "_ASKING_CLAUSE",
            "_SENTENCE",
            "_RULES_TO_READ",
            "_NAMES_MARKET_ASKED",
            "_ASKS_MARKET_LIST",
            "_ASKS_TOTAL",
            "_ASKS_WHOLE_PROCESS",
            "_SAME_THING_FILLER",
            "_HEADCOUNT",
            "_NEEDS",
        )
    },
    **{
        ("bot/answers/identifiers.py", name): "patterns for order/ticket numbers and look-ups "
        "in a question"
        for name in (
            "_ID_WORDS",
            "_SHORT_LABELLED_RUN",
            "_LOOKUP",
            "_RECORD_WORDS",
            "_ORDER_AMOUNT",
            "_ASKS_TIER",
            "_AMOUNT_WORDS",
            "_OWN_TOTAL_LOOKUP",
            "_AMOUNT_GIVEN",
            # The vendor's own record asked about without an id ("我们的保证金退了没").
            "_OWN",
            "_STATE_VERB_ZH",
            "_DONE_ASKED_ZH",
            "_STATE_ASKED_ZH",
            "_RULE_ASKED",
            "_YET",
            "_STILL_WAITING",
            "_OWN_DONE_ZH",
        )
    },
    ("bot/answers/prepare.py", "_WARM_UP_QUESTIONS"): "questions put to the matcher at start "
    "to build its index (input, never shown)",
    ("bot/answers/provenance.py", "_NUMBER"): "pattern for a number in an answer being checked",
    ("bot/answers/provenance.py", "_AS_AMOUNT"): "units that make a number an amount",
    ("bot/answers/provenance.py", "_SHARE"): "a share the vendor gives of an amount (三成, 一半)",
    ("bot/answers/provenance.py", "_TENTHS"): "Chinese digits before 成 (两成)",
    ("bot/answers/provenance.py", "_CAPITAL_BEFORE"): "registered capital named before a figure",
    ("bot/answers/covered_lack.py", "_FULL_LEVEL"): "a 7x24 level stated (全天候, 24/7)",
    (
        "bot/answers/asked.py",
        "_ASKS_FIRST_TIME_PART",
    ): "what only a first application asks (公司信息)",
    (
        "bot/answers/certificates.py",
        "_OTHER_ALIYUN_CERT",
    ): "another Alibaba Cloud certificate (ACA认证)",
    ("bot/answers/certificates.py", "_NAMES_ACP"): "the ACP named (专业认证)",
    ("bot/answers/computed.py", "_ASKS_HOW_MANY"): "a figure asked (几年, 多少人)",
    ("bot/answers/documents_asked.py", "_ASKS_DOCUMENTS"): "which documents (证件, 扫描件) asked",
    ("bot/answers/copy_or_original.py", "_COPY"): "a copy named (复印件)",
    ("bot/answers/questions.py", "_IF_SO_ZH"): "a part opening on 'if so' (退的话, 改了)",
    ("bot/answers/documents_asked.py", "_ANOTHER_ASK"): "another thing asked beside them",
    ("bot/answers/join_and_deposit.py", "_JOIN_THEN_DEPOSIT"): "a join, then the deposit asked",
    ("bot/answers/covered_lack.py", "_LOWER_ABSENT"): "a 5x8 level said absent (没有专门的5x8)",
    **{
        ("bot/answers/provenance.py", name): "units that give a checked number its role "
        "(people, years or months, a calendar month)"
        for name in ("_PEOPLE_AFTER", "_DURATION_AFTER", "_DATE_AFTER_MONTH")
    },
    **{
        ("bot/answers/identifiers.py", name): "words that make a number a calendar year or ask "
        "how tiers work (input, never shown)"
        for name in (
            "_YEAR_EVENT_BEFORE",
            "_YEAR_EVENT_AFTER",
            "_ONE_TIER",
            "_TIER_RULE",
            "_OWN_PERIOD",
        )
    },
    ("bot/answers/ticket_fill.py", "_VALUE_END"): "marks that end a ticket field's value",
    ("bot/answers/ticket_fill.py", "_own_value"): "brackets that end a ticket field's value",
    ("bot/answers/questions.py", "_context_free"): "brackets and marks around an identifier",
    ("bot/answers/computed.py", "_TENTHS"): "Chinese digits before 成 (分销占两成)",
    **{
        ("bot/answers/text.py", name): "numbers, units, dates, durations and market words "
        "read from questions"
        for name in (
            "CHINESE_NUMERAL_CHARS",
            "_EXACT_YEARS",
            "_NOT_NUMBER_WORDS",
            "_MONEY",
            "_NOT_MONEY_BEFORE",
            "_NOT_MONEY_AFTER",
            "_UNIT_FACTOR",
            "_CAPITAL_BEFORE",
            "_CAPITAL_AFTER",
            "_YEARS",
            "_DATE",
            "_CALENDAR",
            "_YEAR_MONTH",
            "_HALF_YEAR",
            "years_mentioned",
            "_EXPERIENCE_BEFORE",
            "_LICENSE_BEFORE",
            "_EXPERIENCE_AFTER",
            "_LICENSE_AFTER",
            "_CLAUSE_END",
            "_LICENSE_RIGHT_AFTER",
            "_EXPERIENCE_RIGHT_AFTER",
            "durations_by_topic",
            "_HEADCOUNT",
            "_HEADCOUNT_AFTER",
            "headcount_mentioned",
            "_MARKET_COUNT",
            "_SUPPORT_LEVEL",
            "_EXCLUSION_WORDS",
            "_EXCLUDED_AFTER",
            "excluded_markets",
        )
    },
    **{
        ("bot/answers/__init__.py", name): "words and patterns that route a question to its "
        "topic (condition hints, greetings, 'all markets', support levels)"
        for name in (
            "_KEY_HINTS",
            "_KEY_HINTS_IF_SET",
            "_NOT_CONDITION_HINT",
            "_ALL_MARKETS_WORDS",
            "_OWN_WORDS_ZH",
            "_ASKS_STILL_VALID",
            "_asks_policy_still_valid",
            "_asks_who_decides_policy",
            "_GREETING",
            "_CLAUSE",
            "_ASKS_SCOPE",
            "_ASKS_REQUIREMENT",
            "_ASKS_WEAKLY",
            "_PROOF_WORDS",
            "_AFTERSALES_WORDS",
            "_ONLINE_CS_WORDS",
            "_TEAM_WORDS",
            "_ASKS_MONEY",
            "_ALL_OTHERS",
            "_ASKS_PROOF",
            "_LEVEL",
            "_STATES_LEVEL",
            "_LEVEL_REQUIRED",
            "_READ_ALREADY",
        )
    },
    ("bot/answers/facts.py", "_CHINESE_DIGITS"): "digits for spelling a count as the guide "
    "does (十二大集市): number formatting, like the digits 0-9",
    ("bot/answers/facts.py", "_CHINESE_TEN"): "十 for spelling a count as the guide does "
    "(十二大集市): number formatting, like the digits above",
    ("bot/answers/facts.py", "_MARKET_SUFFIX_ZH"): "the 市场 read off the data's market names "
    "(short_label writes the name without it, never the suffix alone)",
    **{
        ("bot/answers/computed.py", name): "words and patterns read from commission questions "
        "(distribution, months)"
        for name in (
            "_DISTRIBUTION_WORDS",
            "_ASKS_BESIDES",
            "_COMPARES",
            "_SPECIFIC_TOPIC",
            "_NEGATED_DISTRIBUTION",
            "_ALL_DISTRIBUTION",
            "_MONTH",
            "_THIS_MONTH",
            "_LAST_MONTH",
            "_MONTH_NUMBER",
            "_COMBINE_REQUEST",
            "_SUM_BEFORE",
            "_SEVERAL_MONTHS",
        )
    },
    **{
        (path, name): "words and patterns read from questions (market names and typos, "
        "amounts and their parts, roles, requirements, places)"
        for path, names in {
            "bot/answers/computed.py": (
                "_ALREADY",
                "_CATEGORY_WORDS",
                "_CLAUSE",
                "_ASKS_HOW_MANY_MARKETS",
                "_BUDGET",
                "_BUDGET_STATED",
                "_ONE_OTHER",
                "_CAPITAL_WORDS",
                "_ONE_MORE_MARKET",
                "_GOES_UP",
                "_ASKS_WHAT_ELSE",
                "_DAY_ZH",
                "_ASKS_APPLIES",
                "_POLICY_WORDS",
                "_ORDINARY_ONLY",
                "_DEPOSIT_WORDS",
                "_TIER_WORDS",
                "_DISTRIBUTION_SHARE",
                "_EACH_SAME",
            ),
            "bot/answers/names.py": ("_MARKET_AFTER", "_PRODUCT_WORDS", "_NOT_A_NAME_AFTER"),
            "bot/answers/order.py": ("_ASKS_AMOUNT", "_ASKS_OTHER", "_PLACES"),
            "bot/answers/parts.py": (
                "_CLAUSES",
                "_COMBINED_OR_SEPARATE",
                "_LIST_PRICE",
                "_RECEIVED",
                "amounts_per_market",
            ),
            "bot/answers/text.py": (
                "_LEVEL_CHOICE",
                "_MARKET_KIND",
                "_ORDINARY_COUNT",
                "_OWN_FIGURE",
                "_REQUIREMENT_AFTER",
                "_REQUIREMENT_BEFORE",
            ),
            "bot/answers/verdicts.py": (
                "_NO_COMPANY",
                "_OTHER_ROLES",
                "_ROLES",
                "_ROLE_COUNTS",
                "_TEAM_ROLES",
            ),
        }.items()
        for name in names
    },
    **{
        ("bot/answers/verdicts.py", name): "words and patterns read from a vendor's statements "
        "about their company (what they have, lack, or ask)"
        for name in (
            "_NEGATION_ZH",
            "_BUT_NOT",
            "_ONLY_OTHER",
            "_OWN",
            "_OTHER_CLOUD",
            "_RECORD",
            "_NOT_ON_PAYROLL",
            "_COUNTS",
            "_INDUSTRY_STATED",
            "_OTHER_INDUSTRIES",
            "_HINTS",
            "_HAVE",
            "_CANNOT_AFTER",
            "_TEAM_TOPIC",
            "_ASKS_NEED",
            "_NOT_YET_AFTER",
            "_RULE_WORDS",
            "_BRACKETED",
            "_ASKS_FIGURE",
            "_ASKS_HAS",
            "_QUOTED_HEADCOUNT",
            "_QUOTED_YEARS",
            "_ASKING_MARK",
            "_A_NOT_A",
        )
    },
    **{
        ("bot/answers/order.py", name): "words naming the joining steps and asking their "
        "order in a question (the steps' own words come from rules/data/process.yaml)"
        for name in (
            "_STEP_WORDS",
            "_STRAIGHT_ON",
            "_DONE_ALREADY_AFTER",
            "_CAN",
            "_NOT_DONE_BEFORE",
            "_ASKS_PREVIOUS",
            "_PROPOSED_ORDER",
            "_ASKS_ORDER",
            "_ASKS_PERMISSION",
            "_ASKS_NEXT",
            "_DONE_AFTER",
            "_FIRST_WORD",
            "_CLAIMS_ORDER",
            "_EITHER_OR",
        )
    },
    **{
        ("bot/answers/reverse.py", name): "words and patterns read from questions about "
        "conditions across markets"
        for name in (
            "_ASKS_WHICH",
            "_SENTENCE_END",
            "_QUESTION_FRAME",
            "_CLOUD_WORDS",
            "_ASKS_WITHOUT",
            "_ASKS_EXPERIENCE",
            "_NOT_MEANT_ASIDE",
            "_SENTENCE",
        )
    },
    ("bot/answers/reverse.py", "_signature"): "注册资本 read as 注册资金 when grouping the "
    "guide's rules (compared, never shown)",
    ("bot/answers/which.py", "ASKS_WHICH"): "pattern for 'which markets' questions",
    ("bot/answers/which.py", "_ASKS_BLOCKED"): "pattern for 'which are ruled out' questions",
    **{
        ("bot/answers/parts.py", name): "words for amounts' parts in a question "
        "(分销 / 自营 / 总额 …)"
        for name in ("_DISTRIBUTION", "_OWN", "_TOTAL", "_NEGATED", "_SEPARATOR", "_PROGRESSIVE")
    },
    # Issue 12's computed classes (2026-12-01): words and patterns read from questions.
    ("bot/answers/__init__.py", "_ASKS_TICKET_TEXT"): "words asking what the ticket says",
    ("bot/answers/__init__.py", "_VIOLATION_STATED"): "words stating a broken rule (违规了)",
    ("bot/answers/__init__.py", "_NOT_VIOLATED"): "words denying a broken rule (没有违规)",
    ("bot/answers/__init__.py", "_ASKS_CONTACT"): "words asking whom to contact (联系方式)",
    ("bot/answers/__init__.py", "_ASKS_PURPOSE"): "words asking what something is for (作用)",
    # fix19h (session 24): words and patterns read from questions.
    ("bot/answers/__init__.py", "_ALL_JOINED_WORDS"): "words joining every market (都入驻)",
    ("bot/answers/__init__.py", "_ASKS_WHERE_TO_PAY"): "words asking where to pay (在哪里交)",
    ("bot/answers/__init__.py", "_MUST_PAY_NOW"): "words saying the deposit is due (要交保证金)",
    ("bot/answers/identifiers.py", "_TICKET_LABEL"): "a ticket's label (工单号)",
    ("bot/answers/identifiers.py", "_TICKET_CONTENT"): "words asking a ticket's text (写多少)",
    ("bot/answers/identifiers.py", "_LOOK_UP_FOR_US"): "words asking for a look-up (帮我查)",
    ("bot/answers/identifiers.py", "_FACT_STATED"): "words stating a fact (2019年, 25人)",
    ("bot/answers/questions.py", "_AMOUNT_THEN_YES_NO"): "an amount then a yes / no (多少，能退吗)",
    ("bot/answers/questions.py", "_LEANS_ON_BEFORE"): "a short follow-up yes / no (能退吗)",
    ("bot/answers/parts.py", "_ORDER_COUNT"): "a count of orders (一共三笔订单)",
    # fix22b (session 25): a month's orders typed as a list (bot/answers/order_list.py).
    **{
        ("bot/answers/order_list.py", name): "words read from a month's orders typed as a list "
        "(订单号 | 金额 | 是否分销, 第一周6万, 自营：…；分销：…)"
        for name in (
            "_AMOUNT_HEADER",
            "_ID_HEADER",
            "_KIND_HEADER",
            "_YES_CELL",
            "_NO_CELL",
            "_GROUPS",
            "_ITEMS",
            "_GROUP_LABEL",
            "_ITEM_END",
            "_INSIDE",
            "_LIST_WORDS",
            "_ASKS",
            "_CELL_SPLIT",
            "_CURRENCY_MARKS",
            "_COLON",
        )
    },
    ("bot/answers/computed.py", "_LEVEL_RULE_BEFORE"): "the level a market asks (要求5x8)",
    (
        "bot/answers/computed.py",
        "_ASKS_SUM",
    ): "the categories' commissions asked summed (加起来多少)",
    ("bot/answers/rate_heads.py", "_ALL_TIERS"): "every tier asked (三档分别, 每档)",
    ("bot/answers/questions.py", "_EVERY_MARKET"): "a part asked of every market (每个集市)",
    ("bot/answers/order.py", "_ASKS_STEP_NUMBER"): "a step's number asked (第几步)",
    ("bot/answers/order.py", "_ASKS_AROUND"): "a step placed against another (之前, 之后)",
    ("bot/answers/insured.py", "_STATEMENT"): "the social-insurance statement named (社保表)",
    ("bot/answers/insured.py", "_ASKS_PURPOSE"): "what a document is for asked (证明什么)",
    ("bot/answers/insured.py", "_ASKS_COUNT_ONLY"): "the head count itself asked (人数够吗)",
    (
        "bot/answers/deposit_once.py",
        "_SUPPOSES_ONE",
    ): "one deposit supposed to cover all (只交一份)",
    ("bot/answers/deposit_once.py", "_SEVERAL"): "several categories named (好几个类目)",
    ("bot/answers/deposit_once.py", "_ASKS_YES_NO"): "words asking yes or no (是不是, 吗)",
    ("bot/answers/yes_no.py", "_QUESTION_END"): "a question mark (？)",
    ("bot/answers/parts.py", "_PRECHARGE_VERB"): "commission taken ahead (先扣, pre-charged)",
    ("bot/answers/parts.py", "_RIGHT_AFTER_VERB"): "words between the verb and the amount (了)",
    ("bot/answers/parts.py", "_COMMISSION_AFTER"): "the word commission after an amount (佣金)",
    # fix21a (session 24): words and patterns read from questions.
    ("bot/answers/identifiers.py", "_AMOUNT_IN_BRACKETS"): "an order's amount (（8万）)",
    ("bot/answers/parts.py", "_CHARGED_BEFORE"): "commission already taken (预收了)",
    ("bot/answers/parts.py", "_COMMISSION_WORD"): "the word commission (佣金)",
    ("bot/answers/matcher.py", "_OWN_FINANCE_STAFF"): "the vendor's own finance staff (找财务)",
    ("bot/answers/__init__.py", "_ASKS_IN_PERIOD"): "words asking about the policy period (期内)",
    (
        "bot/answers/__init__.py",
        "_ASKS_PERIOD_BOUND",
    ): "words asking when a period ends (到什么时候)",
    ("bot/answers/__init__.py", "_NAMES_DAY"): "a day of the month written out (31日)",
    ("bot/answers/__init__.py", "_ASKS_MORE_MARKETS"): "words asking to join more markets later",
    ("bot/answers/__init__.py", "_ASKS_DIFFERENCE"): "words asking a difference (区别)",
    ("bot/answers/__init__.py", "_STEP_NUMBER"): "a joining step by its number (第5步)",
    ("bot/answers/__init__.py", "_PEOPLE_COUNT"): "a count of people (20个人)",
    ("bot/answers/__init__.py", "_DURING_COOPERATION"): "words of taking the deposit out early",
    ("bot/answers/__init__.py", "_ASKS_REFUNDABLE"): "words asking whether it is refunded (能退吗)",
    ("bot/answers/__init__.py", "_ASKS_HOW"): "words asking how (怎么)",
    ("bot/answers/__init__.py", "_FEE_RELIEF"): "words of the commission's reduction (减免)",
    ("bot/answers/__init__.py", "_ASKS_PROCESS"): "words asking the joining process (流程)",
    ("bot/answers/__init__.py", "_STEP_WORD_NUMBERS"): "step numbers in words (第三步)",
    ("bot/answers/__init__.py", "_ASKS_NEXT_OR_BEFORE"): "words placing a step (之后)",
    # Round 16 routing (fix16a): words and patterns read from questions and replies.
    ("bot/answers/__init__.py", "_LACK_STATED"): "words stating a lack (没有, 缺)",
    ("bot/answers/__init__.py", "_ASKS_MAY_JOIN"): "words asking whether one may join (能进吗)",
    ("bot/answers/__init__.py", "_OPENS_WITH_VERDICT"): "a reply's opening verdict (不能 / 可以)",
    ("bot/answers/__init__.py", "_PROMISES_REFUND"): "建站市场's refund promise, as worded",
    ("bot/answers/__init__.py", "_ASKS_REFUND_ALLOWED"): "words asking whether a refund is allowed",
    ("bot/answers/__init__.py", "_ASKS_SIGNED_TOGETHER"): "asks if both are signed",
    ("bot/answers/__init__.py", "_ASKS_GUARANTEE_CONFIRMED"): "asks a confirmation",
    # fix32e: the first sentence answers the kind of question asked.
    (
        "bot/answers/__init__.py",
        "_ASKS_FULL_OR_PARTIAL",
    ): "a full or a partial refund (全额还是部分)",
    ("bot/answers/asked.py", "_ASKS_CLICKS_TO_APPLY"): "words asking what to click to apply (点哪)",
    ("bot/answers/deposit_once.py", "_EITHER_OR"): "two options side by side (还是)",
    ("bot/answers/deposit_once.py", "_PER_MARKET"): "the deposit per market (按市场)",
    ("bot/answers/described_item.py", "_ASKS_MEMBER"): "asks whether one is in a list (在不在)",
    ("bot/answers/described_item.py", "_ASKS_WHICH"): "asks which ones (哪几个)",
    (
        "bot/answers/described_item.py",
        "_OPENS_WITH_LIST",
    ): "the catalogue's verdict-and-list opening",
    ("bot/answers/line_asked.py", "_ASKS_LINE"): "words naming a first line (第一行, 开头那句)",
    ("bot/answers/line_asked.py", "_ASKS_BELOW_IT"): "the lines after the first (除了第一句)",
    (
        "bot/answers/line_asked.py",
        "_FIRST_LINE",
    ): "the ticket's first line, as rules/ticket.py words it",
    ("bot/answers/multi.py", "_ASKS_WHAT_DIFFERS"): "words asking the difference (区别, 差在哪)",
    ("bot/answers/multi.py", "_SAME_NUMERAL"): "两 and 二, one numeral in the guide's wordings",
    ("bot/answers/parts_in_line.py", "_VERDICT_HEAD"): "a reply's opening verdict (有。, 需要。)",
    ("bot/answers/rate_heads.py", "_ASKS_SAME"): "words asking whether rates are the same (一样)",
    ("bot/answers/__init__.py", "_ASKS_AFFECTS"): "words asking whether something affects joining",
    ("bot/answers/__init__.py", "_KEEPS_OUT"): "words asking whether the note keeps a vendor out",
    ("bot/answers/__init__.py", "_ASKS_REFUSED"): "words asking whether it gets one refused",
    ("bot/answers/example_named.py", "_AS_EXAMPLE"): "'比如', 'e.g.': a market named as an example",
    ("bot/answers/__init__.py", "_MARKETING_TOOL"): "words naming a marketing tool",
    ("bot/answers/__init__.py", "_NOT_CLOUD"): "the word cloud, said of a marketing tool",
    ("bot/answers/reapply.py", "APPLIED_AGAIN"): "words saying the vendor applied more than once",
    ("bot/answers/reapply.py", "ASKS_TWICE"): "words asking for the deposit twice over",
    ("bot/answers/reapply.py", "_PAID_ALREADY"): "words saying the deposit was paid twice",
    ("bot/answers/text.py", "_BY_COMPANY"): "words saying who pays the social insurance",
    # fix31b: the social-insurance statement said lacking, named before or after the lack.
    ("bot/answers/profile_read.py", "_SOME_OF_THEM"): "a part of the staff, no count (一半)",
    ("bot/answers/text.py", "_STATEMENT_NOUN"): "the social-insurance statement named (社保缴费表)",
    ("bot/answers/text.py", "_STATEMENT_LACK_AFTER"): "a lack after the thing (提供不了, 还在办)",
    ("bot/answers/text.py", "_STATEMENT_LACK_BEFORE"): "a lack before the thing (拿不出)",
    ("bot/answers/computed.py", "_ASKS_STARTED"): "words asking whether the policy had started",
    ("bot/answers/computed.py", "_MONTH_WORDS"): "words naming this month or last month (上个月)",
    ("bot/answers/matcher.py", "_EXPERIENCE_YEARS"): "words naming the years of experience",
    ("bot/answers/matcher.py", "_EXPERIENCE_WORD"): "the experience concept's form they stand for",
    (
        "bot/answers/matcher.py",
        "_SUPPORT_SPAN",
    ): "words naming the hours support is given (服务时长)",
    ("bot/answers/matcher.py", "_SUPPORT_WORD"): "the support concept's form they stand for",
    ("bot/answers/computed.py", "_ASKS_WHICH_RATE"): "words asking which commission rate applies",
    ("bot/answers/__init__.py", "_PRODUCT_COMPLETED"): "words asking what products must complete",
    (
        "bot/answers/__init__.py",
        "_SUPPORT_PHRASES",
    ): "service words that name no market (产品或服务)",
    ("bot/answers/__init__.py", "_REPEAT_APPLICATION"): "words naming a repeat application",
    ("bot/answers/__init__.py", "_ASKS_FIRST_TIME_PART"): "what only a first application asks",
    ("bot/answers/__init__.py", "_NAMES_GUIDE_EXAMPLE"): "words naming the guide's example (A公司)",
    ("bot/answers/__init__.py", "_ASKER_LABEL"): "the asker's role before a question (财务问：)",
    ("bot/answers/yes_no.py", "_LACK"): "words stating a lack (不是, 没有)",
    # Round 19 (fix19b): words and patterns read from questions and replies.
    ("bot/answers/levels.py", "_HOURS"): "a day's hours stated (每天8小时)",
    ("bot/answers/levels.py", "_DAYS"): "a week's days stated (一周5天, 工作日)",
    ("bot/answers/verdicts.py", "_DONE_BEFORE"): "words saying a thing is done (已经完成了)",
    ("bot/answers/verdicts.py", "_DONE_AFTER"): "words saying a thing is done after it (已经通过)",
    ("bot/answers/verdicts.py", "_BUT_IT_NOT"): "a but about the same thing (但它)",
    ("bot/answers/levels.py", "_SPAN"): "a day's hours as a clock span (早9点到晚6点)",
    (
        "bot/answers/text.py",
        "_CERTIFIED_NOUN_AFTER",
    ): "certified engineers named after a count (1名通过ACP认证的工程师)",
    ("bot/answers/yes_no.py", "_ANY_LACK"): "words stating a lack (没有, 缺)",
    ("bot/answers/yes_no.py", "_NOT_DONE"): "words stating a thing not done yet (还没, 尚未)",
    ("bot/answers/yes_no.py", "_NEGATED_CONDITION"): "a rule's condition in the negative (未)",
    ("bot/answers/verdicts.py", "_ASKS_MET"): "words asking whether a rule is met (满足…要求吗)",
    ("bot/answers/verdicts.py", "_ASKS_MET_WORDS"): "a verdict asked (满足, 够不够)",
    ("bot/answers/bounds.py", "_BELOW_BEFORE"): "words putting an amount as an upper bound (不到)",
    ("bot/answers/bounds.py", "_ABOVE_BEFORE"): "words putting an amount as a lower bound (超过)",
    ("bot/answers/bounds.py", "_FROM_AFTER"): "words putting an amount as a floor (以上)",
    ("bot/answers/bounds.py", "_UPTO_AFTER"): "words putting an amount as a ceiling (以内)",
    ("bot/answers/bounds.py", "_ASKS_CHARGED"): "words asking whether commission is charged",
    ("bot/answers/bounds.py", "_ASKS_HOW_MUCH"): "words asking how much (多少, 几个点)",
    ("bot/answers/yes_no.py", "_ASKS_OK"): "words asking whether it is all right (这样可以吗)",
    ("bot/answers/yes_no.py", "_ANOTHER_VENDOR"): "words naming another vendor's platform (第三方)",
    ("bot/answers/yes_no.py", "_ALIBABA_BASE"): "a rule naming Alibaba Cloud as the base (为依托)",
    ("bot/answers/yes_no.py", "_SILENT"): "words saying the guide does not say (没有写)",
    ("bot/answers/yes_no.py", "_REQUIRED"): "words asking and stating a requirement (必须, 无须)",
    ("bot/answers/yes_no.py", "_ALLOWED"): "words asking and stating a permission (可以, 不得)",
    ("bot/answers/yes_no.py", "_WILL"): "words asking and stating a change to come (会, 不会)",
    ("bot/answers/yes_no.py", "_YES_NO_ZH"): "words asking yes or no (吗, 要不要)",
    ("bot/answers/yes_no.py", "_WH"): "words asking what, which, how (什么, 哪)",
    ("bot/answers/yes_no.py", "_SENTENCE_END"): "sentence ends (。；)",
    ("bot/answers/yes_no.py", "_ZH_FRAME"): "a question's frame words (我们, 请问)",
    ("bot/answers/yes_no.py", "_OPENS_WITH_VERDICT"): "a reply's opening verdict (不, 能)",
    ("bot/answers/yes_no.py", "_ASKS_MAY_JOIN"): "words asking whether we may join (能进)",
    ("bot/answers/yes_no.py", "_NOT_MODAL"): "words holding 能 / 会 that ask nothing (智能)",
    ("bot/answers/yes_no.py", "_ASKS_MUST"): "the word 必须 asked",
    ("bot/answers/yes_no.py", "_ZH_FUNCTION"): "function characters that name no topic (的, 在)",
    ("bot/answers/yes_no.py", "_PURPOSE"): "words starting a purpose (才能进)",
    ("bot/answers/yes_no.py", "_CLAUSE_END"): "clause ends in a question (，吗)",
    ("bot/answers/yes_no.py", "_ASKS_FUTURE"): "words asking about the future (以后, 还会)",
    ("bot/answers/questions.py", "_VERDICT_PREFIX"): "a verdict before an answer (不是必须的：)",
    ("bot/answers/claims.py", "_ASKS_CONFIRM"): "words asking to confirm a figure (对吗)",
    ("bot/answers/claims.py", "_PERCENT"): "a percentage (百分之)",
    ("bot/answers/claims.py", "_TIER"): "a tier by its number (第1档)",
    ("bot/answers/claims.py", "_TIER_NUMBER"): "tier numbers in words (一二三)",
    ("bot/answers/claims.py", "_DEPOSIT"): "words naming the deposit",
    ("bot/answers/claims.py", "_CAPITAL"): "words naming the registered capital",
    ("bot/answers/claims.py", "_LICENSE"): "words naming the licence",
    ("bot/answers/claims.py", "_EXPERIENCE"): "words naming experience",
    ("bot/answers/claims.py", "_PEOPLE"): "words naming people",
    ("bot/answers/claims.py", "_COMMISSION"): "words naming the commission",
    ("bot/answers/claims.py", "_STATES_RULE"): "words quoting a rule (要求)",
    ("bot/answers/claims.py", "_OWN_OR_ENOUGH"): "words stating the vendor's own figure (我们)",
    ("bot/answers/claims.py", "_COUNT"): "a count of people (20人)",
    ("bot/answers/claims.py", "_SAME_AS_OTHERS"): "words asking 'the same as the others' (一样吗)",
    ("bot/answers/claims.py", "_ABSENT"): "words saying a rule is absent (没有)",
    ("bot/answers/claims.py", "_ABSENT_TOPICS"): "words naming a condition said absent (注册资金)",
    ("bot/answers/claims.py", "_NO_COMMISSION"): "words saying no commission (不收佣金)",
    ("bot/answers/claims.py", "_claimed_absent_key"): "words of a rule (要求, 条件)",
    ("bot/answers/claims.py", "_ONE_MARKET"): "words for one market, whichever (一个市场)",
    ("bot/answers/__init__.py", "_DEPOSITS_TOGETHER"): "words asking deposits paid as one (一起)",
    ("bot/answers/__init__.py", "_ASKS_WHAT_SOLD"): "words asking what a market sells",
    ("bot/answers/__init__.py", "_ASKS_PRODUCTS"): "words asking what products a market expects",
    ("bot/answers/__init__.py", "_ASKS_SAME_THING"): "words asking whether two names are one thing",
    ("bot/answers/__init__.py", "_OTHER_DEPOSIT_ROW"): "other products' rows on the deposit page",
    ("bot/answers/__init__.py", "_TIER_WORD"): "words naming a commission tier",
    ("bot/answers/rate_heads.py", "_ASKED_TIER"): "words naming one commission tier",
    ("bot/answers/rate_heads.py", "_TIER_WORDS"): "a tier's number as vendors write it",
    ("bot/answers/rate_heads.py", "_YES_NO"): "words asking whether a market is charged",
    ("bot/answers/rate_heads.py", "_ASKS_FIGURE"): "words asking a figure, not a yes or no",
    ("bot/answers/__init__.py", "_ASKS_BAND"): "words asking a tier's band of month totals",
    ("bot/answers/__init__.py", "_ASKS_ALLOWED"): "words asking whether a vendor may join",
    # Round 27 (fix34a).
    ("bot/answers/__init__.py", "_ASKS_HOW_MUCH"): "words asking an amount (多少, 几万)",
    ("bot/answers/__init__.py", "_WHAT_HAPPENS_TO"): "words asking what becomes of a thing",
    ("bot/answers/__init__.py", "_GUARANTEE_DEMANDED"): "a guarantee's 要求 that is no condition",
    ("bot/answers/__init__.py", "_DESCRIBED_ITEM_LINE"): "the catalogue's item line, matched",
    ("bot/answers/durations.py", "_RECEIPT_AWAITED"): "words of a receipt waited for",
    ("bot/answers/identifiers.py", "_QUOTES_OWN_TEXT"): "words quoting what the vendor wrote",
    ("bot/answers/month_figures.py", "_LEADING_YEAR"): "a year (年) before a month's figures",
    ("bot/answers/described_item.py", "_ASKS_LIST"): "words asking for a list (哪些, 几个)",
    ("bot/answers/__init__.py", "_ASKS_EXACT_DAY"): "words asking the day (几号, 哪天)",
    ("bot/answers/__init__.py", "_REFUND_WORD"): "words of a refund (退, 返还)",
    ("bot/answers/__init__.py", "_OPENS_WITH_VERDICT_ON_LIST"): "a reply's opening verdict (是的)",
    ("bot/answers/identifiers.py", "_VERDICT_ON_STATED"): "words asking a verdict (满足吗)",
    ("bot/answers/identifiers.py", "_OWN_NOT_YET_WHY"): "words asking why a record is stuck",
    ("bot/answers/which.py", "_TIER_RATE_ASKED"): "a tier asked by its number (第一档)",
    ("bot/answers/order.py", "_FINISHED_VERB_BEFORE"): "verbs of a finished step (交完, 签好)",
    ("bot/answers/verdicts.py", "_RECORD_ON_PLATFORM"): "a record told on Alibaba's platforms",
    ("bot/answers/verdicts.py", "_ASKS_STATED_ONLY"): "the stated points asked (这三条都满足吗)",
    ("bot/answers/__init__.py", "_ASKS_CALL_BACK"): "words asking for a call back (回电话)",
    ("bot/answers/parts.py", "with_order_list_summed"): "the sum written in 元 (the unit)",
    ("bot/answers/parts.py", "_DISTRIBUTION_OF_LIST"): "words naming one of the orders (其中那)",
    ("bot/answers/questions.py", "_ANOTHER_QUESTION"): "words opening another question (顺便问下)",
    ("bot/answers/which.py", "_TIER_NUMBER"): "tier numbers as written (一, 二, 三)",
    ("bot/answers/described_item.py", "_HEAD_WORD_ZH"): "the head words of a description's list",
    ("bot/answers/__init__.py", "_INSURANCE_PAYMENT"): "the social insurance named by its payments",
    ("bot/answers/__init__.py", "_SELLS_IN_MARKET"): "words saying products are sold in a market",
    ("bot/answers/reverse.py", "_ASKS_NEEDED"): "words asking whether a condition is needed",
    ("bot/answers/__init__.py", "_REFERS_TO_OTHER_PLACE"): "words pointing back at another cloud",
    ("bot/answers/echo.py", "_ASKS_MEMBER"): "words asking whether one is among those listed",
    ("bot/answers/said_once.py", "_VERDICT_HEAD"): "a verdict word in front of a repeated sentence",
    (
        "bot/answers/said_once.py",
        "_NOT_CONTENT",
    ): "punctuation left out when sentences are compared",
    ("bot/answers/reverse.py", "_LISTING_ZH"): "words opening a market description's list",
    ("bot/answers/verdicts.py", "_ALL_INSURED_AFTER"): "words saying everyone is insured",
    ("bot/answers/verdicts.py", "_AMOUNT_AFTER"): "an amount's units after 只有",
    ("bot/answers/said_once.py", "LIST_LINE"): "how a list's line begins (第N步)",
    ("bot/answers/reverse.py", "_ASKS_IS_THERE"): "words asking whether a rule is set (有没有)",
    ("bot/answers/reverse.py", "_WH_OPENING"): "what/how words asking for the rule itself",
    ("bot/answers/__init__.py", "_YEARS_IN_INDUSTRY"): "years spent in an industry (行业干几年)",
    ("bot/answers/part_overlap.py", "_LABEL"): "a label before a colon (要求, 原文, 共同点是)",
    ("bot/answers/part_overlap.py", "_STEP_LEAD"): "a step's number before a colon (第4步)",
    ("bot/answers/questions.py", "_ORDER_EITHER_OR"): "before or after asked (审核前还是审核后)",
    ("bot/answers/rule_first.py", "_SENTENCE"): "sentence ends",
    ("bot/answers/certificates.py", "_CERTIFICATE"): "certificates no market's conditions name",
    ("bot/answers/certificates.py", "_HOLDS"): "words stating a certificate is held",
    ("bot/answers/certificates.py", "_HELD_AFTER"): "words after a certificate stating it is held",
    ("bot/answers/certificates.py", "_LACKS"): "words stating a certificate is lacked",
    ("bot/answers/certificates.py", "_CLAUSES"): "clause ends",
    ("bot/answers/certificates.py", "_ASKS"): "words that make a clause ask",
    ("bot/answers/certificates.py", "_ASKS_JOIN"): "words asking whether a vendor may join",
    ("bot/answers/certificates.py", "_OPENS_VERDICT"): "a reply's opening verdict words",
    ("bot/answers/multi.py", "_LACK_STATED"): "words stating a lack of the rule asked about",
    ("bot/answers/multi.py", "_ASKS_JOIN"): "words asking whether a vendor may join",
    ("bot/answers/multi.py", "_ASKS_DIFFERENCE"): "words asking how markets differ",
    ("bot/answers/computed.py", "_NAMED_FIGURE"): "a team rule named by its figure (20人的要求)",
    ("bot/answers/multi.py", "_DEPOSIT_AMOUNT_ASKED"): "words asking the deposit's own amount",
    ("bot/answers/multi.py", "_NAMES_CONDITIONS"): "words naming entry conditions",
    ("bot/answers/described_item.py", "_LIST_ZH"): "a list in a market's Chinese description",
    ("bot/answers/described_item.py", "_ITEM_SEP_ZH"): "a description list's item separators",
    ("bot/answers/described_item.py", "_MARKET_WORD"): "the word a market's name ends with",
    ("bot/answers/described_item.py", "_ASKS_REQUIREMENT"): "words asking a requirement",
    ("bot/answers/identifiers.py", "_INDUSTRY_FIT"): "words naming the vendor's industry",
    ("bot/answers/rule_first.py", "_CLAUSE"): "clause ends",
    ("bot/answers/rule_first.py", "_ASKING"): "words that make a clause ask",
    (
        "bot/answers/rule_first.py",
        "_ASKS_ALSO",
    ): "words asking whether another market's rule applies",
    ("bot/answers/rule_first.py", "_ASKS_MEETS"): "words asking whether a fact meets a rule",
    ("bot/answers/rule_first.py", "_RULE_VERDICT"): "a rule answer's opening verdict words",
    ("bot/answers/__init__.py", "_LATER_YEAR"): "a month or year after the commission policy",
    ("bot/answers/__init__.py", "_LATER_YEAR_POLICY"): "a later year beside the commission words",
    ("bot/answers/__init__.py", "_ASKS_LEGAL_NOTICE"): "words naming the guide's legal notice",
    ("bot/answers/__init__.py", "_ASKS_WHERE_TO_READ"): "words asking where a market's page is",
    ("bot/answers/order.py", "_ASKS_DONE_BEFORE"): "words asking what comes before a step",
    ("bot/answers/order.py", "_ASKS_ELSE"): "words asking what is left once a step is done",
    ("bot/answers/__init__.py", "_ASKS_MAY_CHANGE"): "words asking whether it may change (能改吗)",
    ("bot/answers/__init__.py", "_ANY_TIME"): "words for at any time (随时)",
    ("bot/answers/multi.py", "_ASKS_MINIMUM"): "words asking a minimum (最低, 门槛)",
    ("bot/answers/multi.py", "_ASKS_CONTRACTS"): "words asking which contracts are signed",
    ("bot/answers/multi.py", "_ASKS_YES_NO"): "words asking yes or no (吗, 是否)",
    ("bot/answers/order.py", "_ASKS_LEFT"): "words asking what is left (还有啥要做的)",
    ("bot/answers/order.py", "_BEFORE_OR_AFTER"): "words asking before or after (前还是后)",
    ("bot/answers/order.py", "_PLACE_AFTER_STEP"): "前 / 后 after a step, placing another",
    ("bot/answers/precharge.py", "_FROM_START_ZH"): "words for from the start (月初, 一开始)",
    ("bot/answers/precharge.py", "_OWN_TIER_ZH"): "words for the vendor's own tier (实际档位)",
    ("bot/answers/precharge.py", "_ASKS_YES_NO"): "words asking yes or no (吗, 是不是)",
    ("bot/answers/verdicts.py", "_COMPANY_FACTS"): "words stating facts only a company has (成立)",
    ("bot/answers/questions.py", "_ANSWER_FORM"): "words saying how to answer (只列…就行)",
    # fix32f: a part asking only "what conditions", of the topic the part before names.
    ("bot/answers/questions.py", "_BARE_CONDITIONS"): "a bare 'what conditions' (什么条件)",
    ("bot/answers/questions.py", "_ASKS_ITSELF"): "words asking a question of their own (吗)",
    ("bot/answers/questions.py", "_BARE_PROCESS"): "a bare 'what is the process' (流程是啥)",
    ("bot/answers/questions.py", "_ASKS_HOW_PIECE"): "a how-question before it (怎么操作)",
    ("bot/answers/verdicts.py", "_ASKS_WHICH_BLOCKED"): "words asking which markets are blocked",
    ("bot/answers/order.py", "_ASKS_REMAINING"): "words asking every step still to come",
    ("bot/answers/order.py", "_STEP_NUMBER"): "a joining step named by its number (第5步)",
    ("bot/answers/order.py", "_SAID_NOT_DONE"): "words saying a step is not done yet",
    ("bot/answers/order.py", "_SAID_NOT_DONE_AFTER"): "words after a step saying it is not done "
    "yet (保证金还没交)",
    ("bot/answers/order.py", "_APPROVED"): "words saying the review passed",
    ("bot/answers/order.py", "_ASKS_WHEN_SELLING"): "words asking when selling can start",
    ("bot/answers/order.py", "_DONE_WORDS"): "words saying a step is done",
    ("bot/answers/order.py", "_DONE_BEFORE"): "words saying a step is done",
    ("bot/answers/__init__.py", "_MAKES_PRODUCT"): "words stating what the vendor makes",
    ("bot/answers/__init__.py", "_COMPARES_AMOUNT"): "words comparing amounts",
    ("bot/answers/__init__.py", "_SHARES_DOCUMENT"): "words passing the guide on to others",
    ("bot/answers/__init__.py", "_HOW_OFTEN"): "words asking how often something recurs",
    ("bot/answers/__init__.py", "_ASKS_VERDICT_WORDS"): "words asking for a verdict",
    ("bot/answers/__init__.py", "_ASKS_SUFFICES"): "words asking if a figure is enough (够)",
    ("bot/answers/verdicts.py", "_OTHER_TOOL"): "workplace tools other than DingTalk (企业微信)",
    ("bot/answers/verdicts.py", "_USES"): "words saying a tool is used (用)",
    ("bot/answers/text.py", "_ASKING_END"): "a clause ending in a question (吗)",
    ("bot/answers/text.py", "_ASKS_MET_AFTER"): "words asking whether a level is met (满足)",
    (
        "bot/answers/__init__.py",
        "_ASKS_POLICY_CHANGE",
    ): "words asking whether the policy may change",
    ("bot/answers/__init__.py", "_STATES_PRODUCT"): "words stating what the vendor sells",
    ("bot/answers/__init__.py", "_SET_ASIDE"): "words setting a kind of support aside (而不是售后)",
    ("bot/answers/reverse.py", "_SETS_KIND_ASIDE"): "words setting a kind of support aside",
    ("bot/answers/computed.py", "_ONE_AGAINST_OTHERS"): "words setting one deposit against others",
    ("bot/answers/computed.py", "_ASKS_LESS"): "words asking whether one costs less (比…便宜)",
    ("bot/answers/computed.py", "_ADDS_MARKETS"): "words adding markets to those joined (再加)",
    (
        "bot/answers/identifiers.py",
        "_OWN_FIGURE_ASKED",
    ): "words asking the vendor's own month's fee",
    ("bot/answers/questions.py", "_BACK_REFERENCE"): "words pointing back at markets named (它们)",
    ("bot/answers/__init__.py", "_ASKS_WHICH_REQUIRE"): "words asking which markets set a rule",
    ("bot/answers/__init__.py", "_ASKS_WHICH_MARKETS"): "words asking which markets",
    ("bot/answers/multi.py", "_ASKS_SAME"): "words asking whether markets' rules are the same",
    **{
        ("bot/answers/parts.py", name): "words read from commission questions (标价 / 实收, "
        "分开 / 合起来, clauses, 服务费 that is no market)"
        for name in (
            "_LIST_PRICE",
            "_RECEIVED",
            "_COMBINED_OR_SEPARATE",
            "_CLAUSES",
            "_NOT_MARKET_WORDS",
        )
    },
    **{
        ("bot/answers/names.py", name): "market names as vendors write them (安全软件, 市场 "
        "after a name, list separators)"
        for name in (
            "_PRODUCT_WORDS",
            "_MARKET_WORD",
            "_MARKET_WORD_OTHER",
            "_MARKET_AFTER",
            "_LIST_PIECES",
            "_COUNTED_MARKET_WORD",
            "_LIST_NEAR",
            "_CLAUSE_START",
            "_LABEL",
        )
    },
    **{
        ("bot/answers/order.py", name): "words placing joining steps against each other or "
        "asking an amount / another thing about them"
        for name in ("_PLACES", "_ASKS_OTHER", "_ASKS_AMOUNT", "_WAITING")
    },
    **{
        ("bot/answers/text.py", name): "words saying a number is a rule's figure, the vendor's "
        "own, a support-level choice or a count of ordinary markets"
        for name in (
            "_REQUIREMENT_BEFORE",
            "_REQUIREMENT_AFTER",
            "_OWN_FIGURE",
            "_LEVEL_CHOICE",
            "_MARKET_KIND",
            "_ORDINARY_COUNT",
            "_WE_HAVE_COUNT",
            "_PEOPLE_TOPIC",
            "_CERTIFIED",
            "_YEARS_AND_MONTHS",
            "_as_months",
            "_CERTIFIED_BEFORE",
        )
    },
    **{
        ("bot/answers/verdicts.py", name): "words read from a vendor's statements (roles on the "
        "team, no company, not a 服务型企业, a 'but' clause)"
        for name in (
            "_ROLES",
            "_OTHER_ROLES",
            "_TEAM_ROLES",
            "_ROLE_COUNTS",
            "_NO_COMPANY",
            "_NOT_SERVICE_TYPE",
            "_BUT_START",
            "NO_SUPPORT_TEAM",
            "_IOT_MARKET",
            "_ASKED_INDUSTRY",
            "_HAVE_RIGHT_BEFORE",
            "_COUNT_RIGHT_BEFORE",
            "_NONE_AFTER",
            "_lacked_support_kinds",
            "_NOT_ON_ALIYUN",
            "_ASKS_IF_REQUIRED",
            "_GONE_AFTER",
            "_NOT_AN_INDUSTRY",
            "_FIRST_PERSON",
            "_ASKED_RIGHT_BEFORE",
        )
    },
    # --- fix19f: the verdict word of a yes / no asked of a rule, echoing the ask ---
    **{
        ("bot/answers/echo.py", name): "words read from yes / no questions and replies (是不是,"
        " 是…吗, 需要…吗, a reply's opening verdict, a denial, an industry asked)"
        for name in (
            "_ASKS_IS_ZH",
            "_ASKS_NEED_ZH",
            "_SAME_WORDS",
            "_NEGATED_ASK",
            "_OPENS_YES",
            "_OPENS_NO",
            "_OPENS_ECHOED",
            "_DENIES",
            "_SENTENCE_END",
            "_ZH_FUNCTION",
            "_ZH_FRAME",
            "_ASKS_ALL",
            "_ASKS_OPEN",
            "_WH",
        )
    },
    # --- computed answers round 11 (holdout10's classes): words read from questions ---
    **{
        (path, name): "words read from commission and eligibility questions (an amount added "
        "to the distribution part, a part inside the month, a market's word before its amount, "
        "a year after a month's name)"
        for path, names in {
            "bot/answers/parts.py": ("_ADDED", "_INSIDE", "_WAS_PART"),
            "bot/answers/names.py": ("_AMOUNT_AFTER", "_API_INTERFACE", "_INTEGRATE_API"),
            "bot/answers/verdicts.py": ("_ASKS_JOIN", "_PROFILE_HINTS", "_ASKS_SELL"),
            "bot/answers/computed.py": ("_ASKS_WHAT",),
            "bot/answers/which.py": ("_RATE_TOPIC", "_NO_RATE", "_ZERO_RATE"),
            "bot/answers/reverse.py": ("_ASKS_OTHERS",),
            "bot/answers/text.py": (
                "_YEAR",
                "_YEAR_BEFORE",
                "_UNDER_BEFORE",
                "_JUST_FOUNDED",
                "_ASKS_MARKETS_OPEN",
                "_QUALIFIED_COUNT",
                "_RELATIVE_YEAR",
                "_YEARS_BACK",
                "_YEAR_SUFFIX",
                "_FOUNDING",
                "_FOUNDING_YEAR",
                "_NO_EXPERIENCE",
                "_WHICH_WORD",
            ),
        }.items()
        for name in names
    },
    # --- computed answers round 15: words read from questions ---
    **{
        (path, name): "words read from questions (what the vendor sells and which market is "
        "asked, a support level the vendor falls short of, market names listed after 没有)"
        for path, names in {
            "bot/answers/order.py": ("_ASKS_REMAINING",),
            "bot/answers/which.py": (
                "_FIT_WORDS",
                "_MAKES",
                "_ASKS_RULED_OUT",
                "_RULE_ASKED",
                "_PRODUCT_SPLIT",
                "_DESCRIBES_OFFERING",
                "_ASKS_FIT",
                "_RULE_OR_SITUATION",
                "_THEN_CONDITIONS",
                "_CHOICE",
                "_THEN_DEPOSIT",
            ),
            "bot/answers/verdicts.py": (
                "_NEGATED_LEVEL_BODY",
                "_NEGATED_LEVEL",
                "_BARE_NOT_YET",
                "_LICENSE_AGE_WORDS",
            ),
            "bot/answers/text.py": ("_NAME_LIST_FILLER", "_WAN_TAIL"),
            "bot/answers/computed.py": (
                "_COMBINE_ASKED",
                "_YES_NO",
                "_CHOICE_ASKED",
                "_COMMISSION_WORDS",
                "_SEVERAL_CATEGORIES",
                "_DISTRIBUTION_COMBINED",
                "_COUNTS_TOWARD",
                "_TIER_ASKED",
                "_TICKET_WORDS",
                "_ASKS_UNLIKE",
                "_ASKS_HIGHEST",
                "_NAMES_PROOF",
            ),
        }.items()
        for name in names
    },
    # --- computed answers round 16: words read from questions ---
    **{
        ("bot/answers/text.py", name): "a two-digit founding year (14年成立) read from questions "
        "and written back as a four-digit year for the date reader"
        for name in ("_TWO_DIGIT_FOUNDING_YEAR", "_four_digit_year")
    },
    **{
        ("bot/answers/verdicts.py", name): "words read from questions (a thing then that it is "
        "had: 钉钉也开通了; a head count after 只有)"
        for name in ("_HAVE_RIGHT_AFTER", "_HEAD_COUNT_AFTER")
    },
    **{
        ("bot/answers/computed.py", name): "words read from questions (the deposit asked per "
        "market, as a total, or whether it is waived)"
        for name in (
            "_ASKS_EACH",
            "_ASKS_TOTAL",
            "_ASKS_WAIVED",
            "_ASKS_TIER_REACHED",
            "_TIER_NUMBERS",
            "_TIER_SHOWN",
            "_NOT_A_WAIVER",
            "_ASKS_DEPOSIT_AMOUNT",
            "_ASKS_ANY_VERDICT",
            "_FOUNDING_PHRASE",
            "_STATES_PROOF_HAD",
            "_LEVEL",
            "_ASKS_COVERS",
            "_LEVEL_RULE_AFTER",
            "_canonical_level",
        )
    },
    ("bot/answers/multi.py", "_ASKS_EASIER"): "words asking which of two markets asks less "
    "(门槛低, easier)",
    ("bot/answers/__init__.py", "_MONTH_AMOUNT"): "words naming a month's amount (这个月, "
    "this month)",
    **{
        ("bot/answers/text.py", name): "words read from a message that takes a figure back "
        "(300万，哦不对是30万) and the units of the figures"
        for name in (
            "_FIGURE_NUMBER",
            "_FIGURE",
            "_CORRECTION",
            "_CORRECTION_GAP",
            "_NOW_BEFORE",
            "without_corrections",
            "_OTHER_COUNT",
            "_ASKS_OWN_NEED",
        )
    },
    ("bot/answers/names.py", "_HEAD_LABEL_AFTER"): "the colon or dash ending a market name that "
    "heads the message (Security: …)",
    **{
        ("bot/answers/which.py", name): "words asking for the highest / lowest commission"
        for name in ("_HIGHEST", "_LOWEST")
    },
    ("bot/answers/reverse.py", "_NEGATED_FIGURE"): "a figure set aside in a question "
    "(不要20人团队, rather than 20 people)",
    **{
        ("bot/answers/verdicts.py", name): "words read from a vendor's profile (a field of "
        "experience, a market's name: neither states an offering)"
        for name in ("_EXPERIENCE_PHRASE", "_market_names_with_market_word")
    },
    ("bot/lang.py", "_CHINESE_GRAMMAR"): "grammar words telling a mixed message's language",
    ("bot/lang.py", "_CHINESE_MARKET_NAMES"): "market names, no sentence of their own",
    ("bot/answers/computed.py", "_WRITES_AMOUNT"): "words asking how an amount is written",
    ("bot/answers/ticket_category.py", "_CATEGORIES"): "the ticket page's category names",
    ("bot/answers/ticket_category.py", "_ENGLISH_NAMES"): "the ticket page's labels, glossed",
    ("bot/answers/ticket_category.py", "_RIGHT"): "the deposit ticket's own categories",
    ("bot/answers/ticket_category.py", "_TICKET"): "words naming the ticket",
    ("bot/answers/ticket_category.py", "_ASKS_WHERE_FILED"): "words asking where it is filed",
    ("bot/answers/ticket_category.py", "_YES_NO"): "words asking yes or no",
    ("bot/answers/order.py", "_ASKS_WHAT_HAPPENS"): "words asking what a step brings about",
    **{
        ("bot/answers/verdicts.py", name): "a bare count read from a vendor's statement "
        "(只有1个, 零)"
        for name in ("_BARE_COUNT", "_ZERO")
    },
    **{
        ("bot/answers/text.py", name): "a bare count after naming the certified engineers "
        "(只有1位，够吗)"
        for name in ("_BARE_MEASURE", "_BARE_COUNT_END")
    },
    ("bot/answers/verdicts.py", "_RULE_ASKED"): "'需不需要', '要求': a rule asked, no case stated",
    ("bot/answers/verdicts.py", "_CONSULTANT"): "'我的客户': a consultant stating a vendor's case",
    # fix23a: durations attached to what they measure, "is that a problem" asked, two things a
    # condition joins (words read, never shown).
    ("bot/answers/blocks_asked.py", "ASKS_IF_BLOCKS"): "'有影响吗', '会不会卡住': in the way",
    ("bot/answers/blocks_asked.py", "_PROBLEM_WORD"): "'有问题吗': a problem asked",
    ("bot/answers/blocks_asked.py", "_MATTER_WORD"): "'有关系吗': whether it matters",
    ("bot/answers/blocks_asked.py", "_STUCK_WORD"): "'卡住': held up",
    ("bot/answers/blocks_asked.py", "_OPENING_VERDICT"): "a reply's opening verdict (不能：)",
    ("bot/answers/blocks_asked.py", "_BLOCKS_OPENING"): "an opening verdict that fails (不能)",
    ("bot/answers/blocks_asked.py", "_ASKS_JOIN"): "'能进吗': whether the vendor may join",
    # fix32c
    ("bot/answers/blocks_asked.py", "_REFUSED"): "'会不会被拒': refused asked",
    ("bot/answers/__init__.py", "_STATES_RULE"): "'X市场要求：': a reply stating the rule",
    ("bot/answers/required_asked.py", "_THRESHOLD_OPENING"): "a threshold reply's verdict (不能：)",
    ("bot/answers/required_asked.py", "_FAILED"): "an opening verdict that fails (不能)",
    ("bot/answers/required_asked.py", "_BINDING"): "'是硬性要求吗': a rule asked to bind",
    ("bot/answers/required_asked.py", "_IS_FORM"): "'是硬性…': 是 asked",
    ("bot/answers/text.py", "_ASPECT_KEYS"): "'注册资金这块': the words of one aspect",
    ("bot/answers/both_asked.py", "_PAIR_ZH"): "'软件和硬件': two things joined",
    ("bot/answers/both_asked.py", "_ONE_ALONE"): "'只提供软件', '硬件也要': one alone asked",
    ("bot/answers/both_asked.py", "_CHOICE"): "'A还是B': a choice between two (fix33c)",
    ("bot/answers/questions.py", "_NUMBERED_ITEM"): "'1、…': a numbered list's item (fix33c)",
    ("bot/answers/profile_verdict.py", "_REFERS_BACK"): "'这样有影响吗': what was just said",
    ("bot/answers/profile_read.py", "_MARKET_HEADING"): "'数据智能市场：…': the market asked",
    ("bot/answers/profile_read.py", "_YEARS_OR_MONTHS"): "a business's age in years or months",
    ("bot/answers/profile_read.py", "_YEARS_AND_HALF"): "'一年半', 'two and a half years'",
    ("bot/answers/stated_experience.py", "_DURATION"): "a duration in years or months",
    ("bot/answers/stated_experience.py", "_HALF"): "'half a year' read as 半 (0.5)",
    ("bot/answers/stated_experience.py", "OTHER_LINE"): "'IT服务', '软件外包': no market's line",
    ("bot/answers/stated_experience.py", "_UNDER_BEFORE"): "'不到一年': just short of it",
    ("bot/answers/stated_experience.py", "_UNDER_AFTER"): "'一年不到': just short of it",
    ("bot/answers/deposit_once.py", "_ASKS_AMOUNT"): "the deposit's amount asked (多少, 一共)",
    ("bot/answers/deposit_once.py", "_SENTENCE_END"): "where a sentence ends (。)",
    ("bot/answers/deposit_same.py", "_DESCRIBES_ITEMS"): "'不同的产品': products described",
    ("bot/answers/insured.py", "_CONTRACTED"): "'都是外包', '外包工程师': staff not insured",
    ("bot/answers/insured.py", "_SOME_CONTRACTED"): "'其中', '大部分': only part of them",
    ("bot/answers/insured.py", "_CONTRACTED_COUNT"): "'其中5个是外包': how many are contractors",
    ("bot/answers/insured.py", "_PEOPLE_COUNT"): "'25个技术和客服', '30人': a head count",
    ("bot/answers/profile_read.py", "_LINE_WORDS"): "'该行业', '建站业务': a market's own line",
    # fix31a: joining a market asked, or only the stated items (patterns, no user-facing text).
    ("bot/answers/join_asked.py", "JOINS_MARKET"): "'能上', '可以入驻': joining a market asked",
    ("bot/answers/join_asked.py", "STATED_ONLY"): "'这两条', '这几项': only the stated items asked",
    ("bot/answers/stated_experience.py", "_OTHER_BEFORE"): "'执照才半年': a licence's age",
    ("bot/answers/stated_experience.py", "_OTHER_AFTER"): "'半年的执照': a licence's age",
    ("bot/answers/stated_experience.py", "EXPERIENCE_CUE"): "'做API服务2年了': experience stated",
    # fix25a: how long, and whose; staff counted in parts (patterns, no user-facing text).
    ("bot/answers/stated_experience.py", "_EXPERIENCE_AFTER"): "'…3年建站经验': experience after",
    ("bot/answers/stated_experience.py", "PEOPLE_ELSEWHERE"): "'核心成员之前在别的公司': not ours",
    ("bot/answers/stated_experience.py", "_YEARS_AND_MORE"): "'一年多一点': more than a year",
    ("bot/answers/stated_experience.py", "_MONTHS_ZH"): "'13个月': a month count read back",
    ("bot/answers/stated_experience.py", "_TEN"): "'十二': a Chinese numeral's ten",
    ("bot/answers/stated_experience.py", "_CN_SMALL"): "'一'…'九': Chinese digits",
    ("bot/answers/profile_read.py", "_LICENSE_MONTHS"): "'执照13个月': a licence's age in months",
    ("bot/answers/profile_read.py", "_LICENCE_CLAUSE"): "'营业执照…': the licence named",
    ("bot/answers/profile_read.py", "_LAST_YEAR"): "'去年才办的执照': last year's licence",
    ("bot/answers/profile_read.py", "_LICENCE_PREFIX"): "'执照' put before a bare count",
    ("bot/answers/staff_parts.py", "_TECH"): "'技术', '研发': the technical staff",
    ("bot/answers/staff_parts.py", "_CS"): "'客服', '售后': the customer-service staff",
    ("bot/answers/staff_parts.py", "_UNIT"): "'个', '人': a head count's unit",
    ("bot/answers/staff_parts.py", "_JOIN"): "'加', '和': two parts joined",
    ("bot/answers/staff_parts.py", "_BOTH"): "'技术和客服占9个': the team's own count",
    ("bot/answers/staff_parts.py", "_WHOLE"): "'员工12人': the company's head count",
    ("bot/answers/staff_parts.py", "_GROUPS"): "'分3组,每组5个人': staff counted in groups",
    ("bot/answers/staff_parts.py", "_ROLE_LIST"): "'12个开发+5个客服': a list of roles",
    ("bot/answers/staff_parts.py", "_NOT_TEAM"): "'销售', '行政': roles outside the team",
    ("bot/answers/staff_parts.py", "_ONLY_PARTS"): "'只有10个技术、5个客服': the team's parts",
    ("bot/answers/staff_parts.py", "_WHOLE_OF"): "'一共30人': the whole head count",
    (
        "bot/answers/staff_parts.py",
        "_TECH_ROLE",
    ): "technical roles a head count is given for (开发, 测试)",
    (
        "bot/answers/staff_parts.py",
        "_CS_ROLE",
    ): "customer-service roles a head count is given for (客服)",
    ("bot/answers/staff_parts.py", "_PAIR_JOIN"): "words joining two head counts (加, 和)",
    ("bot/answers/staff_parts.py", "_ROLE_PAIR"): "a role and its head count (开发10人)",
    (
        "bot/answers/staff_parts.py",
        "without_role_lists",
    ): "a role's head count written back as 'N人' for the team reader",
    (
        "bot/answers/stated_experience.py",
        "_COMPANY_OWN",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/stated_experience.py",
        "_PEOPLE_OWN",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_BUSINESS_CLAUSE",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_DURATION_UNIT",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_ONE_ASPECT",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_RANGE_DIGITS",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_RANGE_ZH",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_YEAR_END",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_YEAR_START",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "_ZH_ONES",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    (
        "bot/answers/text.py",
        "dates_mentioned",
    ): "words read from questions (round 24: team roles, experience, corrections)",
    ("bot/answers/staff_parts.py", "_OTHER_ROLE_WORD"): "'4个销售': staff outside the team",
    ("bot/answers/staff_parts.py", "_REST_TEAM"): "'其余都是技术': the rest is the team",
    ("bot/answers/staff_parts.py", "_count"): "'两': the word for two",
    ("bot/answers/staff_parts.py", "_groups"): "'两': the word for two",
    ("bot/answers/stated_experience.py", "_GENERIC_SERVICE"): "'服务经验': no market's line",
    ("bot/answers/stated_experience.py", "EXPERIENCE_LACKED"): "'没有大数据经验': none of it",
    ("bot/answers/verdicts.py", "_ABLE_RIGHT_BEFORE"): "'能对接api': an ability stated",
    # fix22p: a stated profile read with the walk-through's parsers (words read, never shown).
    (
        "bot/answers/profile_read.py",
        "_CLAUSES",
    ): "where one statement of a profile ends (但是, 不过)",
    ("bot/answers/profile_read.py", "_INSURED"): "the word 社保 beside a head count",
    (
        "bot/answers/profile_read.py",
        "_NOT_INSURED",
    ): "'外包', '没交社保': staff not on the company's insurance",
    ("bot/answers/profile_read.py", "_NO_STATEMENT"): "'拿不出社保缴费表': the statement lacking",
    ("bot/answers/profile_read.py", "_COUNT"): "a head count (25人, 20个)",
    ("bot/answers/profile_read.py", "_ONLY"): "'只有10人交社保': the insured part",
    ("bot/answers/profile_read.py", "_N"): "a number in digits or Chinese numerals",
    ("bot/answers/profile_read.py", "_LICENSE_YEARS"): "'执照3年', '成立满一年': the licence's age",
    ("bot/answers/profile_read.py", "_SINCE_YEAR"): "'2018年拿的营业执照': a licence year",
    ("bot/answers/text.py", "CN_DIGITS"): "Chinese numerals read as numbers",
    ("bot/answers/profile_read.py", "_HALF"): "'半年': half a year",
    ("bot/answers/profile_read.py", "_MONTH_UNITS"): "month units of a duration",
    ("bot/answers/profile_read.py", "_TEAM_WORDS"): "words of a head count of the team",
    ("bot/answers/profile_read.py", "_LEVEL"): "a support level (5*8, 工作日)",
    ("bot/answers/profile_read.py", "_ONLINE"): "'在线客服': the online service",
    ("bot/answers/profile_read.py", "_AFTERSALES"): "'售后': the after-sales service",
    ("bot/answers/profile_read.py", "_COMPANY_FACTS"): "facts only a registered company has",
    ("bot/answers/profile_read.py", "_ASKING"): "a clause that asks (吗, 能不能)",
    ("bot/answers/profile_read.py", "_INDUSTRY_CUE"): "'做…行业的': an industry stated",
    ("bot/answers/profile_read.py", "_QUOTES_RULE"): "'服务市场要求满2年': a rule quoted",
    ("bot/answers/profile_read.py", "_YEAR_MONTH"): "'2025年6月办的': a licence month",
    ("bot/answers/profile_read.py", "_DAY"): "a day of the month (日, 号)",
    ("bot/answers/profile_read.py", "_NO_ACP"): "'没有一人考过ACP': no ACP holder",
    ("bot/answers/profile_read.py", "_NO_SUPPORT"): "'没有单独的售后': no such service",
    ("bot/answers/profile_read.py", "_TODAY"): "'今天2026年12月1日': the day counted from",
    ("bot/answers/profile_read.py", "_ACP"): "words naming ACP engineers",
    ("bot/answers/profile_read.py", "_OTHER_CERT"): "'ACA认证': another certificate",
    (
        "bot/answers/profile_verdict.py",
        "_FOCUS",
    ): "'人数这条', '行业和工程师': the conditions asked",
    ("bot/answers/profile_verdict.py", "_ASKS_VERDICT"): "'满足吗', '能进吗': a verdict asked",
    ("bot/answers/profile_verdict.py", "_ASKS_JOIN"): "'能入驻吗': joining asked",
    ("bot/answers/profile_verdict.py", "_ASKING_CLAUSE"): "the clause that asks (吗, 不)",
    ("bot/answers/profile_verdict.py", "_PARTS"): "clause marks",
    ("bot/answers/profile_verdict.py", "_ASKS_RULE"): "'需不需要', '多少': a rule asked",
    (
        "bot/answers/profile_verdict.py",
        "_INDUSTRY_NOT_MARKET",
    ): "'物联网行业': an industry, not the IoT market",
    ("bot/answers/profile_verdict.py", "_MARKET_WORD"): "'市场' in a market's name",
    # fix19a: words read from questions, never shown.
    ("bot/answers/verdicts.py", "_OTHERS_MET"): "'其他都满足' beside a stated lack",
    ("bot/answers/insured.py", "_INSURANCE"): "the word 社保 in partial-insurance patterns",
    ("bot/answers/insured.py", "PARTIAL_INSURED"): "'只有部分人交了社保' (no number)",
    ("bot/answers/insured.py", "_LACKS_STATEMENT"): "'拿不出社保缴费情况表': the proof lacking",
    ("bot/answers/questions.py", "_OTHER_MARKETS"): "'其他集市…' asked after one market",
    ("bot/answers/questions.py", "_WHAT_ABOUT"): "'那…呢': a follow-up's frame",
    ("bot/answers/which.py", "_EACH_PRODUCT"): "'分别该进哪个集市' asked of several products",
    ("bot/answers/named_fit.py", "_ASKS_ONE_MARKET"): "'应该去哪个市场': one market asked",
    ("bot/answers/named_fit.py", "_FIT"): "'应该 / 适合 / 属于': whether it fits is asked",
    ("bot/answers/named_fit.py", "_OTHER_ASK"): "'要求 / 佣金 / 还是': another question asked",
    ("bot/answers/open_named.py", "_ASKS_MARKETS"): "'能入驻哪些市场': several markets asked",
    ("bot/answers/open_named.py", "_MARKET_WORD"): "'市场 / 集市': a market named as one",
    ("bot/answers/open_named.py", "_BARE_VERDICT"): "'能。' before the sentence naming the market",
    ("bot/answers/sales_staff.py", "_SALES_STAFF"): "'4个销售 / 销售人员': sales people counted",
    ("bot/answers/level_covers.py", "_LEVEL"): "support levels as written (7×24)",
    ("bot/answers/level_covers.py", "_RULE_BEFORE"): "'要求写的是5*8': the rule's level",
    ("bot/answers/level_covers.py", "_ASKS_COUNTS"): "'算符合吗': whether a level counts",
    ("bot/answers/level_covers.py", "_OPENS_WITH_LEVEL_VERDICT"): "a reply's own level verdict",
    ("bot/answers/which.py", "_LIST_SPLIT"): "Chinese list punctuation between products",
    ("bot/answers/which.py", "_PRODUCT_LEAD"): "'一个是…' before a product listed",
    ("bot/answers/which.py", "_PRODUCT_COUNT"): "'我们有三个产品' introducing the products",
    ("bot/answers/identifiers.py", "_KIND_STATED"): "'是分销订单': an order's kind stated",
    ("bot/answers/identifiers.py", "_COMMISSION_ASKED"): "'要抽佣吗' asked of that kind",
    ("bot/answers/identifiers.py", "_STATE_OF_RECORD"): "'扣了多少': the record's own state",
    ("bot/answers/questions.py", "_COMPARED"): "'和其他市场一样吗': a comparison",
    ("bot/answers/reverse.py", "_MARKETPLACE_NAME"): "'云市场' is no cloud deployment word",
    ("bot/answers/text.py", "_CORRECTED"): "'不对，我想问的是…': a market taken back",
    ("bot/answers/verdicts.py", "_ASKS_MEETS"): "'算不算满足': a count against the rule",
    # fix19e: what a step / how / why / who / which question asks, and the reply's sentence
    # that answers it (the sentences themselves come from the knowledge base and rules data).
    **{
        ("bot/answers/asked.py", name): "words asking a step, a how / why / who or a ticket "
        "category, and words finding the reply's sentence that answers it"
        for name in (
            "_STEP_DIGITS",
            "_STEPS_NAMED",
            "_STEP_NUMBER",
            "_STEP_WORD",
            "_ASKS_OTHER_THAN_STEPS",
            "_ASKS_WHERE_TO_APPLY",
            "_OTHER_STEP",
            "_ASKS_WHICH_FIRST",
            "_QUOTED",
            "_GLOSSED",
            "_TICKET",
            "_ASKS_WHICH_CATEGORY",
            "_ASKS_YES_NO",
            "_DEPOSIT",
            "_COMMISSION",
            "_REPEAT_ASKED",
            "_REPEAT_SENTENCE",
            "_REPEAT_EXAMPLE",
            "_ANOTHER_MARKET",
            "_ASKS_HOW_REFUND",
            "_REFUND_HOW_SENTENCE",
            "_ASKS_WHY",
            "_WHY_DEPOSIT_SENTENCE",
            "_ASKS_WHO_INTERPRETS",
            "_INTERPRETS_SENTENCE",
            "_ASKS_PER_CATEGORY",
            "_PER_CATEGORY_SENTENCE",
            "_SENTENCE",
            "_CLAUSE_END",
            "_SENTENCE_END",
            "_FUND_MANAGEMENT",
        )
    },
    ("bot/answers/multi.py", "_ASKS_VALUES"): "words asking each market's value, not whether",
    # fix19i: what a computed commission / wh-question asks (the figure, the step, the rule),
    # and the reply's sentence that answers it (the facts come from the rules data and the KB).
    **{
        ("bot/answers/commission_head.py", name): "words asking a commission, a refund, a "
        "pre-charge or a tier of a month's amounts"
        for name in (
            "_ASKS_REFUND",
            "_ASKS_PRECHARGE",
            "_ASKS_TIER",
            "_ASKS_COMMISSION",
            "_CLAUSE_SPLIT",
            "_ASKS",
        )
    },
    **{
        ("bot/answers/wh_first.py", name): "words asking when the policy started, whether the "
        "deposit is paid online or after the review, one market's deposit, or the review e-mail"
        for name in (
            "_ASKS_START",
            "_POLICY",
            "_ADJUSTED",
            "_ASKS_YES_NO",
            "_DEPOSIT",
            "_ONLINE",
            "_OTHER_MEANS",
            "_REVIEW",
            "_BEFORE",
            "_AFTER",
            "_AFTER_SENTENCE",
            "_EMAIL",
            "_EMAIL_SENTENCE",
            "_PER_ONE",
            "_OTHERS",
            "_TOTAL",
            "_SUM_FIRST",
            "_ASKS_HOW_KNOW",
            "_ASKS_WHERE_CHECK",
            "_PLACE_SENTENCE",
            "_ALSO",
            "_ASKS_SAME",
            "_ASKS_DIFFERENT",
            "_ASKS_WHAT",
        )
    },
    **{
        ("bot/answers/choice_first.py", name): "words of an either-or the guide settles (the "
        "deposit's time, the tiers' month, the review's channel)"
        for name in (
            "_EITHER_OR",
            "_DEPOSIT",
            "_AT_APPLICATION",
            "_AFTER_REVIEW",
            "_AFTER_SENTENCE",
            "_TIER_WORDS",
            "_MONTH",
            "_YEAR",
            "_REVIEW_WORDS",
            "_CHANNEL_CHOICE",
            "_CHANNEL_ASKED",
            "_OTHER_RECORD",
            "_EMAIL_SENTENCE",
        )
    },
    **{
        ("bot/answers/distribution_order.py", name): "words stating a distribution order and "
        "asking whether commission is charged on it"
        for name in (
            "_DISTRIBUTION_STATED",
            "_OTHER_KIND",
            "_ASKS_CHARGED",
            "_ASKS_HOW_MUCH",
            "_MONTH_NAMED",
            "_OPENS_NO",
        )
    },
    **{
        ("bot/answers/team_proof.py", name): "words asking what proves the team's size"
        for name in ("_TEAM_PROOF", "_ASKS_WHAT", "_STATEMENT_NAMED", "_HEADCOUNT")
    },
    **{
        ("bot/answers/realname_verdict.py", name): "words stating a personal verification and "
        "asking whether the account may apply"
        for name in ("_OPENS_WITH_VERDICT", "_PERSONAL", "_ASKS_MAY")
    },
    ("bot/answers/rate_heads.py", "_ASKS_FREE"): "'免佣金吗': asked whether it is free",
    ("bot/answers/rate_heads.py", "_STATES_RATE"): "'是0%吗': a rate stated to be confirmed",
    ("bot/answers/ticket_category.py", "_ASKS_NEXT_ITEM"): "'选完财务类下一步': the next item",
    ("bot/answers/computed.py", "_DESCRIPTION_INDUSTRIES"): "'行业（': a description's industries",
    ("bot/answers/yes_no.py", "_GIVEN"): "'给不给收据': asked whether something is given",
    ("bot/answers/order_list.py", "_ORDERS_WORD"): "'订单': a word of orders after a label",
    # fix22v: the first sentence answers the ask.
    ("bot/answers/__init__.py", "_ASKS_WILL_CHANGE"): "'会不会中途改': a change asked yes / no",
    # fix30g: the asked reading first.
    ("bot/answers/__init__.py", "_ASKS_SUDDEN"): "'会不会突然改': a change without notice asked",
    ("bot/answers/rate_heads.py", "_ASKS_LISTED"): "'费率表里有物联网吗': listed in the table",
    ("bot/answers/questions.py", "_COMPARED_WITH_DROPPED_SUBJECT"): "'跟新零售是一回事吗'",
    ("bot/answers/choice_first.py", "_PER_ORDER"): "'按单笔订单算': each order as an option",
    ("bot/answers/order.py", "_DONE_INSIDE"): "'账号已经注册了': a step said done in its words",
    ("bot/answers/__init__.py", "_ASKS_LATER"): "'以后会不会改': the time after the policy",
    ("bot/answers/__init__.py", "_ASKS_NOTE_APPLIES"): "'两个市场都适用吗': the note asked",
    ("bot/answers/__init__.py", "_ASKS_NOTE_JOIN"): "'还能进基础软件市场吗': joining asked",
    ("bot/answers/__init__.py", "_NOTE_NEED_ASKED"): "'需要部署在云上吗': the need asked",
    ("bot/answers/asked.py", "_ASKS_MARGINAL"): "'分段累进还是全额': marginal or whole asked",
    ("bot/answers/asked.py", "_WHOLE_AMOUNT_SENTENCE"): "'不是分段累进': the reply's sentence",
    ("bot/answers/commission_head.py", "_BOTH_ASKED"): "'佣金和返还各是多少': two figures",
    ("bot/answers/rate_heads.py", "_ASKS_TIER_COUNT"): "'只有三档吗': the count of tiers",
    ("bot/answers/rate_heads.py", "_COUNT_WORDS"): "'四': numerals of a count",
    ("bot/answers/rate_heads.py", "_ASKS_BAND"): "'第三档从多少开始': a tier's band asked",
    ("bot/answers/rate_heads.py", "_ASKS_RATE"): "'费率': a rate asked, not a band",
    ("bot/answers/__init__.py", "_PRODUCT_HINT"): "'产品本身': the product's conditions asked",
    ("bot/answers/__init__.py", "_BESIDES_NAMED"): "'除了…，': conditions set aside",
    ("bot/answers/questions.py", "_RESTATES"): "'我想知道': a question restated",
    ("bot/answers/reverse.py", "_ASKS_WHICH_ONES"): "'…的有哪些': which ones asked",
    ("bot/answers/multi.py", "_ASKS_WHICH_SETS"): "'都…哪个': which markets set a kind",
    ("bot/answers/questions.py", "_RESTATES_WHICH"): "'我想知道': a which-question restated",
    ("bot/answers/questions.py", "_ASKS_WHICH_PIECE"): "'哪': a which-question",
    ("bot/answers/verdicts.py", "_ASKS_RULE_WHICH"): "'要求在哪些平台': the rule's words asked",
    ("bot/answers/asked.py", "_ASKS_EXAMPLE_RESULT"): "'最后返还多少': the example's result",
    ("bot/answers/asked.py", "_EXAMPLE_RESULT_SENTENCE"): "'返还给服务商': the result's sentence",
    # fix22e
    ("bot/answers/computed.py", "_ASKS_NO_CONDITION"): "'不看执照年限的市场': markets without it",
    ("bot/answers/yes_no.py", "_NOTE_LINE"): "'说明（不是条件）': the note under the conditions",
    ("bot/answers/identifiers.py", "_ASKS_WHERE_TO_SEE"): "'在哪里能看到': where to look it up",
    # fix23b: two-part asks, verdict first.
    ("bot/answers/asked.py", "_ASKS_CATEGORY_ORDER"): "words asking the ticket categories' order",
    ("bot/answers/deposit_paid.py", "_DEPOSIT"): "the deposit's names",
    ("bot/answers/deposit_paid.py", "_PAID"): "words stating an amount was paid",
    ("bot/answers/deposit_paid.py", "_ASKS_ENOUGH"): "words asking whether it is enough",
    ("bot/answers/policy_year.py", "_YEAR"): "a year written alone",
    ("bot/answers/policy_year.py", "_MONTH_BEFORE"): "a month before a year",
    ("bot/answers/policy_year.py", "_POLICY"): "the commission policy's names",
    ("bot/answers/policy_year.py", "_ASKS_APPLIED"): "words asking whether it applied",
    ("bot/answers/questions.py", "_ENDS_ASKING"): "words ending a question",
    ("bot/answers/questions.py", "_SHORT_YES_NO"): "a short yes / no question",
    ("bot/answers/questions.py", "_WH_INSIDE"): "question words",
    ("bot/answers/questions.py", "_STEP_WORD"): "the word for a joining step",
    ("bot/answers/rate_heads.py", "_MARKET_CLAUSE"): "words moving on to the next market",
    ("bot/answers/ticket_field_place.py", "_CONFIRMS_PLACE"): "words confirming a field's place",
    ("bot/answers/ticket_field_place.py", "_ABOUT_FILLING"): "words about filling the ticket in",
    # fix25f
    ("bot/answers/choice_first.py", "_DISTRIBUTION"): "the word for distribution orders",
    ("bot/answers/choice_first.py", "_WHOLE_TOTAL"): "words naming the whole month's total",
    ("bot/answers/choice_first.py", "_PART_ONLY"): "words naming a part of the total only",
    ("bot/answers/choice_first.py", "_TIER_ASKED"): "the word for a tier",
    ("bot/answers/questions.py", "_VAGUE_SUBJECT"): "words for an unnamed happening",
    ("bot/answers/questions.py", "_THEN_NEXT_ZH"): "words asking the step after",
    ("bot/answers/questions.py", "_COMMA"): "the comma parting two asks",
    ("bot/answers/shorthand.py", "_STEP_ORDINAL_TYPO"): "homophones typed for 第",
    ("bot/answers/shorthand.py", "_STEP_ORDINAL"): "the ordinal word of a step",
    ("bot/answers/which.py", "_ASKS_WHAT_SOLD"): "words asking what a market sells",
    ("bot/answers/which.py", "_ASKS_REQUIREMENT"): "words asking a requirement",
    ("bot/answers/verdicts.py", "_CUSTOMERS_ON_OTHER_CLOUD"): "words saying customers use a cloud",
    # fix25d: commission read the way finance clerks write a month.
    ("bot/answers/bounds.py", "_BETWEEN"): "words joining a range's two amounts (到, 至)",
    ("bot/answers/bounds.py", "_BETWEEN_BEFORE"): "words opening a range (在, 介于)",
    ("bot/answers/bounds.py", "_BETWEEN_AFTER"): "words closing a range (之间)",
    ("bot/answers/commission_head.py", "_REQUEST"): "words asking a figure worked out (算一下)",
    ("bot/answers/commission_head.py", "_ASKS_IN_PERIOD"): "words asking whether the month is "
    "in the policy period",
    ("bot/answers/month_figures.py", "_MONTH"): "a calendar month by number or name",
    ("bot/answers/month_figures.py", "_SUM_BEFORE"): "words stating the months' sum",
    # fix26c: a year said once for a range or list of months ("2020年10-12月").
    ("bot/answers/month_figures.py", "_ZH_MONTH_NUMBER"): "a month by number (10月)",
    ("bot/answers/month_figures.py", "_JOIN"): "words joining months (和, 至, -)",
    ("bot/answers/month_figures.py", "_YEAR_FOR_MONTHS"): "a year said for several months",
    ("bot/answers/order_list.py", "_PART_WORD"): "a part's word in a table's header",
    ("bot/answers/parts.py", "_COMMISSION_ASKED"): "words naming the commission",
    ("bot/answers/parts.py", "_OWN_KIND"): "words naming the own part as a kind of sale",
    ("bot/answers/questions.py", "_WHICH_MARKETS"): "words asking which markets",
    (
        "bot/answers/step_pointed.py",
        "_NUMBER_WORDS",
    ): "Chinese and English number words of the steps",
    ("bot/answers/step_pointed.py", "_WHAT_IS_STEP"): "words asking what a numbered step is",
    ("bot/answers/step_pointed.py", "_ANY_STEP_NUMBER"): "a step named by its number",
    (
        "bot/answers/step_pointed.py",
        "_ASKS_OTHER_THING",
    ): "words asking an amount or a time beside a step",
    (
        "bot/answers/step_pointed.py",
        "_FIRST_THING_AFTER",
    ): "the first thing after a step (no step 1)",
    ("bot/answers/step_pointed.py", "_ASKS_STEP_COUNT"): "words asking how many steps",
    ("bot/answers/step_pointed.py", "_ASKS_NUMBER"): "words asking a step's number",
    ("bot/answers/step_pointed.py", "_ASKS_AFTER_IT"): "words asking the step after one",
    ("bot/answers/step_pointed.py", "_AFTER_WORD"): "the word for after (之后 / 以后 / 后)",
    ("bot/answers/step_pointed.py", "_EITHER_OR"): "words offering two options",
    ("bot/answers/step_pointed.py", "_ALL_DONE"): "words saying the steps named are all done",
    ("bot/answers/step_pointed.py", "_ASKS_WHAT_NOW"): "words asking what comes now",
    ("bot/answers/account_enough.py", "_ACCOUNT_STATED"): "a 1688 member account named",
    (
        "bot/answers/account_enough.py",
        "_ASKS_ENOUGH",
    ): "words asking whether something is enough to join",
    ("bot/answers/account_enough.py", "_JOIN"): "words for joining",
    # fix27a: one kind of condition asked by a broad word (asked_kind.py).
    ("bot/answers/asked_kind.py", "_OTHER_PLATFORM"): "'淘宝': another platform named",
    ("bot/answers/asked_kind.py", "_OTHER_ACCOUNT"): "'淘宝账号': another platform's account",
    ("bot/answers/asked_kind.py", "_OFFERED"): "'行不行': an account offered in its place",
    ("bot/answers/asked_kind.py", "_RECORD"): "'违规记录': the credit condition's words",
    ("bot/answers/asked_kind.py", "_ACCOUNT_WORDS"): "'会员账号': the member account named",
    ("bot/answers/asked_kind.py", "_ACCOUNT_BROAD"): "'哪个平台的': the account asked broadly",
    ("bot/answers/asked_kind.py", "_ABILITY_WORDS"): "'能力': an ability asked",
    ("bot/answers/asked_kind.py", "_MARKETING_WORDS"): "'会做营销': the marketing ability",
    ("bot/answers/questions.py", "_BARE_QUANTITY"): "'要多少': a quantity with no noun",
    # fix28c: a short, bare ask for the commission's rate or the deposit's amount.
    ("bot/answers/amount_asked.py", "_COMMISSION_ZH"): "'佣金': the commission or its rate",
    ("bot/answers/amount_asked.py", "_DEPOSIT_ZH"): "'保证金': the deposit",
    ("bot/answers/amount_asked.py", "_ASK_ZH"): "'多少': an amount asked",
    ("bot/answers/amount_asked.py", "_LEAD_IN"): "'请问': a polite lead-in",
    ("bot/answers/amount_asked.py", "_PLACE_ZH"): "'云市场': the Marketplace itself named",
    ("bot/answers/amount_asked.py", "_END_MARKS"): "'？': the marks ending a message",
    # fix27a, continued: a figure asked after background facts; a lack of marketing; only support.
    ("bot/answers/figure_asked.py", "_CLAUSES"): "'，。': a message's clause marks",
    ("bot/answers/figure_asked.py", "_ASKS_FIGURE"): "'几个': a figure asked",
    ("bot/answers/figure_asked.py", "_ASKS_VERDICT"): "'够不够': a verdict asked",
    ("bot/answers/figure_asked.py", "_ASKS_BEFORE"): "'吗': a question before the last",
    ("bot/answers/figure_asked.py", "_FIGURE"): "'三年': a stated figure",
    (
        "bot/answers/verdicts.py",
        "_NO_MARKETING",
    ): "'没什么营销策划能力': the marketing ability lacked",
    ("bot/answers/__init__.py", "_ONLY_SUPPORT"): "'只有': the vendor's only support",
    ("bot/answers/matcher.py", "_NOT_A_TIER"): "'文档': a document, no commission tier",
    ("bot/answers/notice_date.py", "_NOTICE"): "words for the notice and its date",
    ("bot/answers/notice_date.py", "_ASKS_START"): "words asking whether the policy began on a day",
    ("bot/answers/notice_date.py", "_POLICY"): "words for the commission policy",
    ("bot/answers/notice_date.py", "_DATE"): "a date's year and month",
    ("bot/answers/order.py", "_ASKS_THINGS_BEFORE"): "words asking the things to do before a step",
    ("bot/answers/order.py", "_LATER_REFUND"): "words asking the deposit's refund",
    (
        "bot/answers/asked.py",
        "_ASKS_WHERE_REFUND_READ",
    ): "words asking where the refund is explained",
    (
        "bot/answers/market_member.py",
        "_DIVIDED_INTO",
    ): "words asking how many markets it is divided into",
    # Round 29 (session 34, fix36): words and patterns read from what vendors type; no
    # user-facing text.
    ("bot/answers/questions.py", "_AND_ALSO_ZH"): "a pattern read from the question (round 29)",
    ("bot/answers/questions.py", "_BESIDES"): "a pattern read from the question (round 29)",
    ("bot/answers/month_year.py", "_ZH_MONTH"): "a month as the date readers read it (round 29)",
    ("bot/answers/asides.py", "_PAST_LINE"): "a pattern read from the question (round 29)",
    ("bot/answers/verdicts.py", "_ABLE_AFTER"): "a pattern read from the question (round 29)",
    ("bot/answers/text.py", "_FOREIGN_BEFORE"): "a pattern read from the question (round 29)",
    ("bot/answers/text.py", "_YUAN_BEFORE"): "a pattern read from the question (round 29)",
    ("bot/answers/deposit_currency.py", "_DEPOSIT"): "a pattern read from the question (round 29)",
    (
        "bot/answers/deposit_currency.py",
        "_ASKS_CURRENCY",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/deposit_currency.py",
        "_EXCHANGE_OR_PAYING",
    ): "a pattern read from the question (round 29)",
    ("bot/answers/questions.py", "_LEVEL_OR_AMOUNT"): "a pattern read from the question (round 29)",
    ("bot/answers/computed.py", "_ASKS_BLOCKED"): "a pattern read from the question (round 29)",
    (
        "bot/answers/order_list.py",
        "_SEVERAL_CLIENTS",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/__init__.py",
        "_DEPOSIT_PAID_SAID",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/__init__.py",
        "_BEFORE_SHOP_OPENS",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/__init__.py",
        "_NOTICE_DATE_ASKED",
    ): "a pattern read from the question (round 29)",
    ("bot/answers/computed.py", "_ASKS_SHORT"): "a pattern read from the question (round 29)",
    ("bot/answers/parts.py", "_YUAN"): "a pattern read from the question (round 29)",
    ("bot/answers/parts.py", "_EQUALS"): "a pattern read from the question (round 29)",
    ("bot/answers/order_list.py", "_AMOUNT_TOKEN"): "a pattern read from the question (round 29)",
    ("bot/answers/shorthand.py", "_COMMISSION"): "a pattern read from the question (round 29)",
    ("bot/answers/shorthand.py", "_COMMISSION_CUES"): "a pattern read from the question (round 29)",
    ("bot/answers/second_market.py", "_ALREADY_IN"): "a pattern read from the question (round 29)",
    ("bot/answers/second_market.py", "_ASKS_START"): "a pattern read from the question (round 29)",
    (
        "bot/answers/substep_count.py",
        "_CHINESE_DIGITS",
    ): "a pattern read from the question (round 29)",
    ("bot/answers/substep_count.py", "_STEP"): "a pattern read from the question (round 29)",
    ("bot/answers/substep_count.py", "_ASKS_COUNT"): "a pattern read from the question (round 29)",
    ("bot/answers/text.py", "_WHICH_NEEDS_LEVEL"): "a pattern read from the question (round 29)",
    ("bot/answers/ticket_wording.py", "_PROPOSED"): "a pattern read from the question (round 29)",
    ("bot/answers/ticket_wording.py", "_WILL_DO"): "a pattern read from the question (round 29)",
    ("bot/answers/ticket_wording.py", "_THE_FORMAT"): "a pattern read from the question (round 29)",
    ("bot/answers/ticket_wording.py", "_TICKET"): "a pattern read from the question (round 29)",
    ("bot/answers/simplified.py", "_CANTONESE"): "Cantonese words read as Mandarin (round 29)",
    ("bot/answers/simplified.py", "_CANTONESE_IS"): "Cantonese words read as Mandarin (round 29)",
    ("bot/answers/simplified.py", "_SAME_AS_AND"): "a pattern read from the question (round 29)",
    ("bot/answers/simplified.py", "_AND"): "Cantonese words read as Mandarin (round 29)",
    ("bot/answers/sales_staff.py", "_FINANCE_STAFF"): "a pattern read from the question (round 29)",
    ("bot/answers/sales_staff.py", "_TICKET_NAMED"): "a pattern read from the question (round 29)",
    ("bot/answers/reverse.py", "_FIGURE_SET_ASIDE"): "a pattern read from the question (round 29)",
    (
        "bot/answers/questions.py",
        "_TRAILING_HEARSAY",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/questions.py",
        "_SEVERAL_ANNOUNCED",
    ): "a pattern read from the question (round 29)",
    ("bot/answers/questions.py", "_BARE_NEXT"): "a pattern read from the question (round 29)",
    ("bot/answers/questions.py", "_STEP_NAMED"): "a pattern read from the question (round 29)",
    (
        "bot/answers/questions.py",
        "_SAME_TOPIC_FIRST",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/precharge_rate.py",
        "_ASKS_REFUND_AMOUNT",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/precharge_rate.py",
        "_MONTH_TOTAL",
    ): "a pattern read from the question (round 29)",
    (
        "bot/answers/computed.py",
        "_COMMISSION_BUDGETED",
    ): "a pattern read from the question (round 29)",
    ("bot/answers/bound_words.py", "_ASKS_INCLUDED"): "a pattern read from the question (round 29)",
    (
        "bot/answers/verdicts.py",
        "_CASES_NOT_WELL_KNOWN",
    ): "a pattern read from the question (round 29)",
    # Round 28 (session 33, fix35a–d): words and patterns read from what vendors type; no
    # user-facing text.
    (
        "bot/answers/__init__.py",
        "_ASKS_ANOTHER_CONTRACT",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/__init__.py",
        "_COMMISSION_CALLED_TAX",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/__init__.py",
        "_COMPARED_WITH_OTHER",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/__init__.py",
        "_DEPOSIT_LATER_LIST_FIRST",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_ENOUGH_ASKED"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_FRAMEWORK"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_IMAGE_NAMED"): "a pattern read from the question (round 28)",
    (
        "bot/answers/__init__.py",
        "_MARKETPLACE_CONTRACT",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_MEMBER_ACCOUNT"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_NAME_VERIFIED"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_NOT_ON_CLOUD"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_OTHER_PROGRESS"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_OVERCHARGE_BACK"): "a pattern read from the question (round 28)",
    (
        "bot/answers/__init__.py",
        "_PAPER_FOR_DEPOSIT",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/__init__.py",
        "_RECEIPT_OR_INVOICE",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_REFUND_ASKED"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_SIGNED_STATED"): "a pattern read from the question (round 28)",
    ("bot/answers/__init__.py", "_WHAT_IF"): "a pattern read from the question (round 28)",
    ("bot/answers/asides.py", "_DETAIL_WANTED"): "a pattern read from the question (round 28)",
    ("bot/answers/aspect_asked.py", "_ASPECTS"): "a pattern read from the question (round 28)",
    (
        "bot/answers/aspect_asked.py",
        "_LISTED_AS_MET",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/aspect_asked.py",
        "_MET_LINE_STARTS",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/aspect_asked.py", "_MET_WORDS"): "a pattern read from the question (round 28)",
    (
        "bot/answers/aspect_asked.py",
        "_NOT_MET_WORDS",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/aspect_asked.py",
        "_ONE_POINT_JUDGED",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/bare_month.py", "_LAST_MONTH"): "a pattern read from the question (round 28)",
    ("bot/answers/bare_month.py", "_THIS_MONTH"): "a pattern read from the question (round 28)",
    (
        "bot/answers/bound_words.py",
        "_ASKS_DIFFERENCE",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/bound_words.py", "_EXCLUSIVE"): "a pattern read from the question (round 28)",
    ("bot/answers/bound_words.py", "_INCLUSIVE"): "a pattern read from the question (round 28)",
    ("bot/answers/bound_words.py", "_QUOTED"): "a pattern read from the question (round 28)",
    ("bot/answers/claims.py", "_ASKS_DIFFERENT"): "a pattern read from the question (round 28)",
    ("bot/answers/computed.py", "_ASKS_AFFECTED"): "a pattern read from the question (round 28)",
    ("bot/answers/computed.py", "_EACH_ORDER"): "a pattern read from the question (round 28)",
    ("bot/answers/computed.py", "_STEP_TAKES"): "a pattern read from the question (round 28)",
    ("bot/answers/computed.py", "_YEAR_MONTH_ZH"): "a pattern read from the question (round 28)",
    ("bot/answers/computed.py", "_YEAR_OF_MONTHS"): "a pattern read from the question (round 28)",
    ("bot/answers/deposit_once.py", "_ASKS_AGAIN"): "a pattern read from the question (round 28)",
    ("bot/answers/deposit_once.py", "_DROPPED_ZH"): "a pattern read from the question (round 28)",
    (
        "bot/answers/identifiers.py",
        "_BARE_ORDER_WORDS",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/order.py", "_ASKS_ALL_DONE"): "a pattern read from the question (round 28)",
    ("bot/answers/order.py", "_ASKS_LAST_STEP"): "a pattern read from the question (round 28)",
    ("bot/answers/order_in_month.py", "_DAY_GIVEN"): "a pattern read from the question (round 28)",
    (
        "bot/answers/order_in_month.py",
        "_MONTH_TOTAL",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/order_in_month.py", "_THIS_ORDER"): "a pattern read from the question (round 28)",
    (
        "bot/answers/other_market_figure.py",
        "_ASKS_FIGURE",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/other_market_figure.py",
        "_FIGURE",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/other_market_figure.py", "_KNOWN"): "a pattern read from the question (round 28)",
    ("bot/answers/other_market_figure.py", "_PIVOT"): "a pattern read from the question (round 28)",
    (
        "bot/answers/other_market_figure.py",
        "_TAKEN_UP",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/profile_read.py",
        "_ELASTIC_COMPUTE",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/profile_read.py",
        "_OTHER_ACP_TRACK",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/provenance.py", "_BARE_YEAR"): "a pattern read from the question (round 28)",
    ("bot/answers/questions.py", "_HOW_ASKED"): "a pattern read from the question (round 28)",
    (
        "bot/answers/questions.py",
        "_ONLY_STEP_NUMBER",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/realname_verdict.py",
        "_EITHER_OR",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/realname_verdict.py",
        "_MEMBER_ACCOUNT",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/realname_verdict.py",
        "_VERIFICATION",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/reapply.py", "_REAPPLY"): "a pattern read from the question (round 28)",
    ("bot/answers/reapply.py", "_WHEN"): "a pattern read from the question (round 28)",
    ("bot/answers/reverse.py", "_GENERIC_LINE"): "a pattern read from the question (round 28)",
    (
        "bot/answers/reverse.py",
        "_INDUSTRY_IN_SUMMARY",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/substep_next.py",
        "_AFTER_READING",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/substep_next.py", "_APPLIES"): "a pattern read from the question (round 28)",
    (
        "bot/answers/substep_next.py",
        "_ASKS_WHICH_CLICK",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/substep_next.py",
        "_BEFORE_CLICK_ZH",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/substep_next.py",
        "_DETAILS_BUTTON",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/substep_next.py", "_PROGRESS"): "a pattern read from the question (round 28)",
    (
        "bot/answers/substep_next.py",
        "_READS_DETAILS",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/substep_next.py", "_WHERE_CHECK"): "a pattern read from the question (round 28)",
    ("bot/answers/text.py", "_RANGE_ZH_PEOPLE"): "a pattern read from the question (round 28)",
    ("bot/answers/text.py", "_TEAM_AFTER"): "a pattern read from the question (round 28)",
    ("bot/answers/text.py", "_THAT_BEFORE"): "a pattern read from the question (round 28)",
    (
        "bot/answers/ticket_category.py",
        "_ASKS_WHICH_ONE",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/ticket_fields.py", "_ASKS_OMIT"): "a pattern read from the question (round 28)",
    (
        "bot/answers/ticket_fields.py",
        "_ASKS_REQUIRED",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/ticket_fields.py",
        "_SELF_NAMING_LINES",
    ): "a pattern read from the question (round 28)",
    (
        "bot/answers/ticket_fields.py",
        "_TICKET_FIELD_ZH",
    ): "a pattern read from the question (round 28)",
    ("bot/answers/verdicts.py", "_CERTIFIED_ASKED"): "a pattern read from the question (round 28)",
}


def _source_files() -> list[Path]:
    files = [*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py"), *ROOT.glob("cli/**/*.py")]
    return sorted(path for path in files if path != CATALOGUE and ".venv" not in path.parts)


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _trees() -> dict[str, ast.Module]:
    return {_rel(path): ast.parse(path.read_text(encoding="utf-8")) for path in _source_files()}


TREES = _trees()


def _lookup_calls(tree: ast.Module) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in LOOKUPS:
            calls.append(node)
    return calls


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# Placeholders one language of a text shows and the other leaves out on purpose, by key.
ONE_LANGUAGE_PLACEHOLDERS: dict[str, dict[str, str]] = {
    **{
        key: {"wan": "Chinese adds the 万 form of an amount (3万); English writes it in full"}
        for key in ("answers.deposit_each_special", "answers.deposit_each_other")
    },
    **{
        key: {"chinese_name": "English adds the market's Chinese name, as the guide spells it"}
        for key in ("answers.conditions_head", "answers.scope")
    },
    "answers.conditions_what_it_asks": {
        "name": "Chinese names the market again; English follows the sentence naming it"
    },
    **{
        key: {"ended": "Chinese names the day the policy ended; English says it has ended"}
        for key in ("answers.outside_period", "answers_outside_period_reference")
    },
    "answers_ticket_field_label": {
        "label_en": "English adds the field's English name beside the ticket's Chinese label"
    },
    **{
        key: {"per": "English says what the market counts instead of (30,000)"}
        for key in ("answers.deposit_count_assumed_one", "answers.deposit_count_assumed_many")
    },
}


def test_every_text_has_both_languages_with_the_same_placeholders() -> None:
    problems = []
    for key, pair in MESSAGES.items():
        if not (isinstance(pair, tuple) and len(pair) == 2):
            problems.append(f"{key}: not a (zh, en) pair")
            continue
        zh, en = pair
        one_language = set(ONE_LANGUAGE_PLACEHOLDERS.get(key, {}))
        if not zh.strip() or not en.strip():
            problems.append(f"{key}: a language is empty")
        elif _placeholders(zh) ^ _placeholders(en) != one_language:
            problems.append(f"{key}: zh {_placeholders(zh)} ≠ en {_placeholders(en)}")
    assert problems == []


def test_every_key_looked_up_is_defined() -> None:
    missing = []
    for rel, tree in TREES.items():
        for call in _lookup_calls(tree):
            key = call.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                if key.value not in MESSAGES:
                    missing.append(f"{rel}:{call.lineno}: {key.value}")
            elif isinstance(key, ast.JoinedStr):
                prefix = key.values[0].value if isinstance(key.values[0], ast.Constant) else ""
                if prefix not in DYNAMIC_KEYS and not prefix.startswith(tuple(FORM_TEXT_KEYS)):
                    missing.append(f"{rel}:{call.lineno}: f-string key not in DYNAMIC_KEYS")
    assert missing == []
    for family, keys in DYNAMIC_KEYS.items():
        assert all(key.startswith(family) and key in MESSAGES for key in keys), family


def test_every_defined_key_is_used() -> None:
    used = {key for keys in DYNAMIC_KEYS.values() for key in keys}
    # The forms' texts come from their data files and are looked up by keys built from it.
    used |= {key for keys in FORM_TEXT_KEYS.values() for key in keys}
    for tree in TREES.values():
        used |= {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
    assert sorted(set(MESSAGES) - used) == []


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _named_parts(tree: ast.Module) -> list[tuple[str, ast.AST]]:
    """Top-level functions, classes and assignments with the name they define."""
    parts: list[tuple[str, ast.AST]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            parts.append((node.name, node))
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    parts.append((target.id, node))
    return parts


def test_no_chinese_text_outside_the_catalogue() -> None:
    flagged = []
    for rel, tree in TREES.items():
        skip = _docstrings(tree)
        for name, part in _named_parts(tree):
            if any(fnmatch(rel, path) and name == allowed for path, allowed in ALLOWED_NAMES):
                skip |= {id(node) for node in ast.walk(part)}
        flagged.extend(
            f"{rel}:{node.lineno}: {node.value[:40]!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and _CJK.search(node.value)
        )
    assert flagged == [], "move these texts into bot/texts.py (or allow-list them with a reason)"


def test_allow_listed_names_exist() -> None:
    for path, name in ALLOWED_NAMES:
        defined = {
            defined
            for rel, tree in TREES.items()
            if fnmatch(rel, path)
            for defined, _ in _named_parts(tree)
        }
        assert name in defined, (path, name)


# English texts are caught where the code itself shows a text goes to a user:
# - a string literal holding a phrase (two words or more) passed to a reply or answer builder
#   (Reply, Choice, Answer, with_source, FieldRefused, …), as an argument or inside an
#   f-string or a concatenation there;
# - a literal picked by language in code (`"yes" if lang == "en" else "是"`, joiners and units
#   too): the catalogue's t() is the one place a language is picked for a text.
# It cannot see an English sentence put in a variable first and passed on later, a text built
# by a helper this list does not name, or tell a user text from a log line by itself: those
# rest on review. Single words passed to builders (button values like "yes") are not flagged.
TEXT_BUILDERS = frozenset(
    {
        "Reply",
        "Choice",
        "Answer",
        "with_source",
        "FieldRefused",
        "UnclearAnswer",
        "MarketChoice",
        "ParseError",
        "Notification",
    }
)
_PHRASE = re.compile(r"[A-Za-z]{2,}[,.:;!?'’()-]*\s+[A-Za-z]{2,}")
# Language codes picked by language are not texts.
_LANGUAGE_CODES = frozenset({"zh", "en"})
_LANGUAGE_NAMES = frozenset({"lang", "language", "english", "is_english", "is_en"})


def _literal_texts(node: ast.AST) -> list[ast.Constant]:
    """String constants that end up in the value of `node` (f-string parts, + operands)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.JoinedStr):
        return [part for part in node.values if isinstance(part, ast.Constant)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    return []


def _names_language(test: ast.AST) -> bool:
    """`lang == "en"`, `turn.lang != "zh"`, `english`: a test that picks a language."""
    if isinstance(test, ast.Name):
        return test.id in _LANGUAGE_NAMES
    if isinstance(test, ast.Compare) and len(test.comparators) == 1:
        left, right = test.left, test.comparators[0]
        name = left.id if isinstance(left, ast.Name) else getattr(left, "attr", None)
        return (
            name in _LANGUAGE_NAMES
            and isinstance(right, ast.Constant)
            and right.value in ("en", "zh")
        )
    return False


def _english_findings(tree: ast.Module) -> list[ast.Constant]:
    found: list[ast.Constant] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in TEXT_BUILDERS:
                for arg in [*node.args, *(keyword.value for keyword in node.keywords)]:
                    found += [c for c in _literal_texts(arg) if _PHRASE.search(c.value)]
        elif isinstance(node, ast.IfExp) and _names_language(node.test):
            for branch in (node.body, node.orelse):
                found += [
                    c
                    for c in _literal_texts(branch)
                    if c.value.strip() and c.value not in _LANGUAGE_CODES
                ]
    return found


def test_no_english_text_outside_the_catalogue() -> None:
    flagged = []
    for rel, tree in TREES.items():
        skip: set[int] = set()
        for name, part in _named_parts(tree):
            if any(fnmatch(rel, path) and name == allowed for path, allowed in ALLOWED_NAMES):
                skip |= {id(node) for node in ast.walk(part)}
        flagged.extend(
            f"{rel}:{node.lineno}: {node.value[:40]!r}"
            for node in _english_findings(tree)
            if id(node) not in skip
        )
    assert sorted(set(flagged)) == [], "move these texts into bot/texts.py (t / both / pair)"
