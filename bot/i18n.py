"""Language switching and the conversation's message catalog (Chinese first, English beside it).

Every message exists in both languages; `t()` picks one and fills in the placeholders. Wording
about rules (amounts, conditions, steps) never lives here: it comes from `rules/` so it traces
back to the seed guide.
"""

from __future__ import annotations

import re

from bot.conversation.types import Lang

# One rule for the language of a text, shared with the answers and the Slack handlers.
from bot.lang import cjk_count as cjk_count
from bot.lang import detect_lang as detect_lang
from bot.lang import has_latin_word

# The catalogue moved to bot/texts.py; these names stay importable from here until callers move.
from bot.texts import MESSAGES as MESSAGES
from bot.texts import pick as pick
from bot.texts import t as t


def clearly_switches_to(text: str, current: Lang) -> Lang | None:
    """A mid-conversation switch needs a stronger signal than a first message.

    "yes", "api" or "5x8" in a Chinese conversation are answers, not a wish to change language;
    a sentence of two or more English words with no Chinese is. The reverse needs two Chinese
    characters and no English word.
    """
    if current == "zh":
        words = re.findall(r"[A-Za-z]{2,}", text)
        if cjk_count(text) == 0 and len(words) >= 2:
            return "en"
        return None
    if cjk_count(text) >= 2 and not has_latin_word(text):
        return "zh"
    return None


def normalize_command(text: str) -> str:
    """Lower-case, collapse spaces, drop trailing punctuation: how commands are compared."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    return cleaned.strip(" 。.!！?？~～")


# Commands, compared after normalize_command(); each set holds both languages.
COMMANDS: dict[str, frozenset[str]] = {
    "help": frozenset({"help", "帮助", "?", "？", "h", "menu", "菜单", "怎么用"}),
    "back": frozenset({"back", "上一步", "返回", "go back", "previous", "上一题"}),
    "restart": frozenset({"restart", "重新开始", "start over", "重来", "从头开始"}),
    "cancel": frozenset({"cancel", "取消", "stop", "退出流程", "quit flow"}),
    "status": frozenset({"status", "进度", "progress", "状态", "where am i"}),
    "human": frozenset(
        {"转人工", "human", "support", "人工", "人工客服", "agent", "staff", "talk to a human"}
    ),
    "english": frozenset({"english", "英文", "英语", "in english"}),
    "chinese": frozenset({"中文", "chinese", "汉语", "简体中文", "in chinese"}),
    "start": frozenset(
        {"start", "开始", "begin", "hi", "hello", "你好", "您好", "嗨", "check eligibility"}
    ),
    # The full verdict after a condensed one (every unmet condition with the guide's wording).
    "details": frozenset({"详细", "详情", "查看详细", "details", "detail", "more details"}),
}

CHANGE_PREFIXES: tuple[str, ...] = ("修改", "更改", "更正", "改", "change", "edit", "update", "fix")

CONTINUE_WORDS = frozenset(
    {"继续", "continue", "ok", "okay", "好", "好的", "可以", "没问题", "go on", "next", "下一步"}
)
CONFIRM_WORDS = frozenset(
    {"确认", "confirm", "确定", "对", "正确", "yes", "y", "是", "提交", "submit"}
)
TICKET_WORDS = frozenset(
    {"起草工单", "draft ticket", "工单", "ticket", "draft", "起草", "生成工单", "draft the ticket"}
)
OTHER_MARKETS_WORDS = frozenset(
    {"查看其他市场", "其他市场", "other markets", "check other markets", "换市场", "more markets"}
)
DONE_WORDS = frozenset(
    {"结束", "完成", "done", "finish", "finished", "不用了", "没有了", "bye", "再见"}
)
CHANGE_FIELD_WORDS = frozenset({"修改字段", "change a field", "修改", "change", "edit", "改"})
ALL_MARKETS_WORDS = frozenset({"全部", "所有", "都要", "all", "all markets", "全部市场"})


# How each profile question is put. Labels and seed text come from rules.profile/eligibility.
QUESTIONS: dict[str, tuple[str, str]] = {
    "legal_entity": (
        "贵公司是否符合国家相关法律、法规规定，拥有正规的公司资质？",
        "Is your company a properly registered legal entity that complies with Chinese law?",
    ),
    "license_date": (
        "贵公司营业执照的日期（成立日期）是哪一天？",
        "What is the date on your business license (date of establishment)?",
    ),
    "registered_capital": (
        "贵公司的注册资金是多少？",
        "What is your company's registered capital (CNY)?",
    ),
    "team_size": (
        "贵公司缴纳社保的技术及客服人员共有多少人？",
        "How many technical and customer-service staff are on your company's social insurance?",
    ),
    "social_insurance_proof": (
        "能否提供公司社保个人月缴费信息情况表？",
        "Can you provide the company's monthly social-insurance payment statement per person?",
    ),
    "aftersales_support": (
        "贵公司提供怎样的售后技术服务时段？",
        "What after-sales technical service hours do you offer?",
    ),
    "online_cs": (
        "贵公司提供怎样的在线客服服务时段？",
        "What online customer-service hours do you offer?",
    ),
    "experience_years": (
        "贵公司在{market}相关业务上有几年服务经验？",
        "How many years of service experience do you have in the line of business of {market}?",
    ),
    "api_integration": (
        "是否有（生产）接口开发能力，可根据云市场API接口进行开发接入？",
        "Can you develop against the marketplace APIs (production interface development)?",
    ),
    "ecs_image": (
        "软件能否部署在ECS实例上，通过镜像形式交付给用户？",
        "Can your software run on ECS and be delivered to users as an image?",
    ),
    "mature_product": (
        "能否提供成熟、稳定的软件或服务？",
        "Do you offer mature, stable software or services?",
    ),
    "marketing_capability": (
        "是否具有一定的营销策划能力？",
        "Do you have marketing and planning capability?",
    ),
    "built_on_aliyun": (
        "提供的服务或产品是否以阿里云产品（物联网：阿里云IoT产品）为依托？",
        "Are your services or products built on Alibaba Cloud products (IoT: Alibaba Cloud IoT)?",
    ),
    "bigdata_offering": (
        "能否提供大数据相关的应用服务、SaaS服务或解决方案？",
        "Do you offer big-data applications, SaaS services or solutions?",
    ),
    "enterprise_offering": (
        "能否为企业用户提供企业软件及SaaS服务？",
        "Do you offer enterprise software and SaaS services for business users?",
    ),
    "ecosystem_certified": (
        "是否已完成阿里云官方生态体系资质评估和认证？",
        "Have you completed Alibaba Cloud's official ecosystem qualification and certification?",
    ),
    "joint_solution": (
        "入驻的产品是否已完成联合解决方案、SaaS化上云改造等？",
        "Have your products completed a joint solution or SaaS cloud-migration rework?",
    ),
    "industry": (
        "贵公司面向哪个垂直行业？",
        "Which vertical industry does your company serve?",
    ),
    "acp_engineers": (
        "贵公司有几名阿里云认证工程师（阿里云弹性计算专业认证 ACP）？",
        "How many Alibaba Cloud certified engineers (Elastic Computing ACP) do you have?",
    ),
    "customer_cases": (
        "是否有成功可追溯的知名客户案例？",
        "Do you have traceable success cases with well-known customers?",
    ),
    "agreements_accepted": (
        "是否接受云市场服务商入驻协议、平台服务协议及相关管理规范？",
        "Do you accept the marketplace vendor agreement, platform service agreement and rules?",
    ),
    "alibaba_1688_member": (
        "是否拥有阿里巴巴中国站会员账号，并通过企业名称认证的服务型企业主体？",
        "Do you have an Alibaba.com China (1688) membership, verified as a service company?",
    ),
    "documents_ready": (
        "能否按要求提供营业执照、税务登记证、组织机构代码证等原件扫描件？",
        "Can you provide scans of the business license, tax registration and organisation code?",
    ),
    "dingtalk_ops": (
        "是否有专人对接运营服务，并已注册开通钉钉？",
        "Do you have a dedicated operations contact, registered on DingTalk?",
    ),
    "employees": (
        "贵公司员工人数是多少？",
        "How many employees does your company have?",
    ),
    "good_credit": (
        "公司及法定代表人信用状况是否良好，在淘宝、天猫或者1688等阿里系平台无不良违规记录或不良社会影响记录？",
        "Do the company and its legal representative have good credit, with no record of "
        "violations or of adverse social impact on Taobao, Tmall, 1688 or other Alibaba platforms?",
    ),
}

# Questions whose wording names one market: how to put them to a vendor who did not pick that
# market (never mention a market the vendor did not choose), or who picked only that one.
QUESTIONS_WITHOUT_MARKET: dict[tuple[str, str], tuple[str, str]] = {
    ("built_on_aliyun", "iot"): (
        "提供的服务或产品是否以阿里云产品为依托？",
        "Are your services or products built on Alibaba Cloud products?",
    ),
}
QUESTIONS_ONLY_MARKET: dict[tuple[str, str], tuple[str, str]] = {
    ("built_on_aliyun", "iot"): (
        "提供的产品是否以阿里云IoT产品为依托？",
        "Are your products built on Alibaba Cloud IoT products?",
    ),
}

# Extra words a vendor may use to name an item to change ("修改 注册资金", "change capital").
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "legal_entity": ("公司资质", "资质", "legal entity", "entity", "qualification"),
    "license_date": ("成立日期", "成立时间", "营业执照", "执照", "license", "licence", "date"),
    "registered_capital": ("注册资金", "注册资本", "资金", "资本", "capital"),
    "team_size": (
        "团队",
        "团队人数",
        "人数",
        "技术和客服",
        "技术及客服",
        "team",
        "team size",
        "staff",
        "people",
        "headcount",
    ),
    "social_insurance_proof": ("社保", "社保证明", "缴费", "social insurance", "insurance"),
    "aftersales_support": ("售后", "售后服务", "售后技术服务", "after-sales", "aftersales"),
    "online_cs": ("客服", "在线客服", "customer service", "online cs", "cs"),
    "experience_years": ("经验", "服务经验", "年限", "experience", "years"),
    "api_integration": ("接口", "api开发", "接口开发", "api integration", "interface"),
    "ecs_image": ("镜像", "ecs", "image"),
    "mature_product": ("成熟", "产品", "mature", "product"),
    "marketing_capability": ("营销", "营销策划", "marketing"),
    "built_on_aliyun": ("阿里云产品", "依托", "built on", "aliyun"),
    "bigdata_offering": ("大数据", "big data", "bigdata"),
    "enterprise_offering": ("企业软件", "saas", "enterprise software"),
    "ecosystem_certified": ("生态", "认证", "ecosystem", "certified", "certification"),
    "joint_solution": ("联合解决方案", "上云改造", "joint solution"),
    "industry": ("行业", "industry", "vertical"),
    "acp_engineers": ("acp", "认证工程师", "工程师", "engineers"),
    "customer_cases": ("案例", "客户案例", "cases", "customer cases"),
    "agreements_accepted": ("协议", "agreements", "agreement"),
    "alibaba_1688_member": ("1688", "中国站", "会员", "alibaba member", "membership"),
    "documents_ready": ("资料", "证件", "扫描件", "documents"),
    "dingtalk_ops": ("钉钉", "dingtalk", "运营对接"),
    "employees": ("员工", "员工人数", "employees"),
    "good_credit": ("信用", "credit"),
}

TICKET_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "account": ("阿里云账号", "Alibaba Cloud account"),
    "company": ("公司名称", "company name"),
    "address": ("快递地址", "mailing address"),
    "contact": ("联系人", "contact person"),
    "phone": ("电话", "phone"),
}
TICKET_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "account": ("账号", "帐号", "account", "aliyun account"),
    "company": ("公司", "公司名", "company"),
    "address": ("地址", "快递", "address"),
    "contact": ("联系人", "姓名", "contact", "name"),
    "phone": ("电话", "手机", "手机号", "phone", "mobile", "tel"),
}
TICKET_FIELD_EXAMPLES: dict[str, tuple[str, str]] = {
    "account": (
        "例如：vendor@example.com 或 账号名",
        "e.g. vendor@example.com or the account name",
    ),
    "company": ("例如：杭州某某科技有限公司", "e.g. Hangzhou Example Technology Co., Ltd."),
    "address": (
        "例如：浙江省杭州市西湖区文三路1号",
        "e.g. No. 1 Wensan Road, Xihu District, Hangzhou, Zhejiang",
    ),
    "contact": ("例如：张三", "e.g. Zhang San"),
    "phone": ("中国大陆手机或座机，例如：13800138000", "a mainland China number, e.g. 13800138000"),
}

KIND_HINTS: dict[str, tuple[str, str]] = {
    "bool": ("请回答“是”或“否”（也可回复编号）。", "Answer yes or no (or the option's number)."),
    "date": (
        "请填写日期，例如 2019-03-01、2019年3月1日 或 2019/3/1。",
        "Give a date, e.g. 2019-03-01 or 2019/3/1.",
    ),
    "money": (
        "请填写金额（人民币），例如 100万、一百万、1,000,000。",
        "Give an amount in CNY, e.g. 1,000,000, 100万 or 1000000.",
    ),
    "int": ("请填写人数（整数），例如 25。", "Give a whole number, e.g. 25."),
    "support": (
        # The guide never says which hours 5*8 covers: the levels are named as it writes them.
        "请选择：无、5×8 小时 或 7×24 小时。",
        "Choose: none, 5×8 hours or 7×24 hours.",
    ),
    "industry": ("请选择一个行业（回复编号或名称）。", "Choose one industry (number or name)."),
    "experience": (
        "请填写年数，例如 3、2年、两年；没有经验请填 0。",
        "Give the number of years, e.g. 3 or 2 years; 0 if none.",
    ),
}

SUPPORT_LABELS: dict[str, tuple[str, str]] = {
    "none": ("无", "none"),
    "5x8": ("5x8 小时", "5x8 hours"),
    "7x24": ("7x24 小时", "7x24 hours"),
}

BOOL_LABELS: dict[bool, tuple[str, str]] = {True: ("是", "yes"), False: ("否", "no")}
