"""Language detection and the conversation's message catalog (Chinese first, English beside it).

Every message exists in both languages; `t()` picks one and fills in the placeholders. Wording
about rules (amounts, conditions, steps) never lives here: it comes from `rules/` so it traces
back to the seed guide.
"""

from __future__ import annotations

import re
from typing import Any

from bot.conversation.types import Lang

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def detect_lang(text: str) -> Lang | None:
    """The language a message is clearly written in, or None when it does not say.

    Used for a conversation's first message: any English word and no Chinese means English.
    """
    if cjk_count(text) > 0:
        return "zh"
    if _ASCII_WORD.search(text):
        return "en"
    return None


def clearly_switches_to(text: str, current: Lang) -> Lang | None:
    """A mid-conversation switch needs a stronger signal than a first message.

    "yes", "api" or "5x8" in a Chinese conversation are answers, not a wish to change language;
    a sentence of two or more English words with no Chinese is. The reverse needs two Chinese
    characters and no English word.
    """
    if current == "zh":
        words = _ASCII_WORD.findall(text)
        if cjk_count(text) == 0 and len(words) >= 2:
            return "en"
        return None
    if cjk_count(text) >= 2 and not _ASCII_WORD.search(text):
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

MESSAGES: dict[str, tuple[str, str]] = {
    "greeting": (
        "您好！我是云市场入驻助手，可以帮您：\n"
        "· 检查贵公司是否符合云市场各集市（类目）的入驻条件；\n"
        "· 起草缴纳保证金后提交的转财务工单；\n"
        "· 回答入驻、保证金、佣金等问题（直接提问即可）。\n\n"
        "请选择要入驻的市场（可多选）：回复编号（如 1,3）或名称（如 安全市场和API市场）。",
        "Hello! I am the Alibaba Cloud Marketplace onboarding assistant. I can:\n"
        "· check whether your company meets the entry conditions of the marketplace's markets;\n"
        "· draft the ticket you file after paying the deposit;\n"
        "· answer questions about joining, the deposit and commission (just ask).\n\n"
        "Which markets do you want to join (several are fine)? Reply with numbers (e.g. 1,3) "
        "or names (e.g. security and api).",
    ),
    "choose_markets": (
        "请选择要入驻的市场（可多选）：回复编号（如 1,3）或名称（如 安全市场和API市场），"
        "回复“全部”检查全部十二个市场。",
        "Which markets do you want to join? Reply with numbers (e.g. 1,3) or names "
        '(e.g. security and api), or "all" for all twelve.',
    ),
    "welcome_back": (
        "欢迎回来！我们继续上次的进度。",
        "Welcome back! Let's continue where we left off.",
    ),
    "markets_chosen": ("好的，检查以下市场：{markets}。", "OK, checking these markets: {markets}."),
    "markets_not_understood": (
        "没能识别您要选择的市场：“{text}”。",
        'I could not tell which markets you mean by "{text}".',
    ),
    "market_number_out_of_range": (
        "编号 {number} 不在列表中（请用 1 到 12）。",
        "Number {number} is not on the list (use 1 to 12).",
    ),
    "known_summary": (
        "以下信息您之前已经回答过，将直接使用：",
        "You have already answered these; I will use them:",
    ),
    "known_summary_hint": (
        "如需修改，请回复编号或“修改 + 项目名”（如：修改 注册资金）；没问题请回复“继续”。",
        'To change one, reply with its number or "change" + its name (e.g. change capital); '
        'otherwise reply "continue".',
    ),
    "question_header": ("问题 {n}/{total}：", "Question {n}/{total}: "),
    "question_change_header": ("修改：", "Change: "),
    "why_asked": ("为什么问：", "Why I ask:"),
    "needed_by": ("（{markets}）", "({markets})"),
    "previous_answer": ("您之前的回答：{value}", "Your previous answer: {value}"),
    "not_understood_answer": ("没能理解这个回答。", "I did not understand that answer."),
    "too_long": (
        "消息太长了（{length} 个字符），请简短回答（{limit} 个字符以内）。",
        "That message is too long ({length} characters); please answer briefly (under {limit}).",
    ),
    "empty": ("您发送的内容是空的。", "Your message was empty."),
    "answer_saved": ("已记录：{label} = {value}", "Noted: {label} = {value}"),
    "all_answered": ("所有需要的信息都已齐全。", "I have everything I need."),
    # The guide sends every application through 等待云市场的审核: a check is never the decision.
    "verdict_header": (
        "入驻条件检查结果（截至 {as_of}；按您的回答；以云市场审核为准）：",
        "Eligibility check (as of {as_of}; based on your answers; the Marketplace's review "
        "decides):",
    ),
    "status_eligible": ("✅ {market}：符合入驻条件", "✅ {market}: eligible"),
    "status_not_eligible": ("❌ {market}：暂不符合入驻条件", "❌ {market}: not eligible yet"),
    "status_incomplete": ("❔ {market}：信息不全，无法判断", "❔ {market}: information missing"),
    "unmet_line": ("  · 未满足：{reason}", "  · Not met: {reason}"),
    "seed_line": ("    原文：“{seed}”", '    Guide: "{seed}"'),
    "missing_line": ("  · 缺少信息：{labels}", "  · Missing: {labels}"),
    "note_line": ("  · 说明：{note}", "  · Note: {note}"),
    "unmet_short": ("  · 未满足：{labels}", "  · Not met: {labels}"),
    "verdict_condensed": (
        "以上为简要结论。回复“详细”查看每条未满足条件的原因和入驻指南原文。",
        "This is the short version. Reply “details” for the reason of each unmet condition "
        "and the guide's wording.",
    ),
    "next_steps": ("入驻流程：", "How to join:"),
    "deposit_header": (
        "保证金（可入驻的市场，每个类目分别计算后累计）：",
        "Deposit (for the eligible markets, added up per market):",
    ),
    "deposit_line": ("  · {market}：{amount:,} 元", "  · {market}: CNY {amount:,}"),
    "deposit_total": (
        "  合计：{amount:,} 元（大写：{capitals}元）",
        "  Total: CNY {amount:,} (in capitals: {capitals}元)",
    ),
    "deposit_rules": (
        "保证金在合作终止且未违反云市场管理规范时退回；缴纳后云市场开具收据。未缴纳保证金不得上架商品。",
        "The deposit is refunded when the cooperation ends if no marketplace rule was broken; a "
        "receipt is issued once paid. No products can be listed before it is paid.",
    ),
    "none_eligible": (
        "目前没有可入驻的市场。满足上述条件后可再来检查（回复“修改 + 项目名”更新回答）。",
        'No market is open to you yet. Once the conditions are met, check again (reply "change" + '
        "an item to update an answer).",
    ),
    "verdict_offer": ("接下来要做什么？", "What next?"),
    "choice_ticket": ("起草转财务工单", "Draft the deposit ticket"),
    "choice_other_markets": ("查看其他市场", "Check other markets"),
    "choice_done": ("结束", "Done"),
    "choice_continue": ("继续", "Continue"),
    "choice_confirm": ("确认工单", "Confirm the ticket"),
    "choice_change_field": ("修改字段", "Change a field"),
    "choice_use": ("使用：{value}", "Use: {value}"),
    "ticket_intro": (
        "好的，为 {markets} 起草转财务工单（保证金 {amount:,} 元）。需要 5 项信息，"
        "也可以一次性填写表单。",
        "OK, drafting the deposit ticket for {markets} (deposit CNY {amount:,}). I need 5 "
        "details; you can also fill them in one form.",
    ),
    "ticket_markets_prompt": (
        "目前没有判定为可入驻的市场。工单要写哪些市场的保证金？回复编号或名称。",
        "No market was found eligible. Which markets is the ticket's deposit for? Reply with "
        "numbers or names.",
    ),
    "ticket_field_prompt": ("请提供{label}。", "Please give the {label}."),
    "ticket_field_header": ("工单信息 {n}/{total}：", "Ticket detail {n}/{total}: "),
    "ticket_review": (
        "请核对工单内容（提交工单时“问题描述”一栏原样填写以下文字）：",
        "Please check the ticket text (paste it as is into the ticket's description):",
    ),
    "ticket_review_hint": (
        "内容无误请回复“确认”；需要修改请回复“修改 + 字段名”（如：修改 电话）。",
        'Reply "confirm" if it is right, or "change" + a field (e.g. change phone).',
    ),
    "ticket_pick_field": (
        "要修改哪一项？回复编号或名称。",
        "Which field? Reply with its number or name.",
    ),
    "ticket_final": (
        "工单内容已确认并保存。提交方式：进入阿里云工单系统，在“财务类”区域单击“提问”，选择"
        "“资金管理 > 创建工单”，按界面提示填写必填项，问题描述粘贴以下文字：",
        "The ticket is confirmed and saved. To file it: open the Alibaba Cloud ticket system, in "
        'the "财务类" (finance) area click "提问", choose "资金管理 > 创建工单" (fund management > '
        "create ticket), fill in the required fields and paste this text as the description:",
    ),
    "ticket_after": (
        "保证金缴纳完成后，即完成入驻合作计划，云市场店铺开通，可以上架商品销售；未缴纳保证金不得上架商品。",
        "Once the deposit is paid, joining is complete: your marketplace shop opens and you can "
        "list products. No products can be listed before the deposit is paid.",
    ),
    "done": (
        "好的。有问题可以随时提问；回复“开始”可以检查其他市场。",
        'OK. Ask me anything at any time; reply "start" to check other markets.',
    ),
    "help": (
        "可以随时使用这些指令：\n"
        "· 上一步：回到上一个问题\n"
        "· 修改 + 项目名：修改之前的回答（如：修改 注册资金、改 成立日期）\n"
        "· 进度：查看已回答和剩余的问题\n"
        "· 重新开始：重新选择市场（已回答的信息会保留，可在摘要中修改）\n"
        "· 取消：停止当前流程（回答会保留）\n"
        "· 转人工：把问题转给工作人员\n"
        "· English / 中文：切换语言\n"
        "· 删除我的数据：删除您在本机器人中的全部数据（会先请您确认）\n"
        "也可以直接提问，例如“保证金交多少”。",
        "Commands you can use at any time:\n"
        "· back: the previous question\n"
        '· change + item: change an earlier answer (e.g. "change capital", "change license date")\n'
        "· status: what is answered and what remains\n"
        "· restart: choose markets again (your answers are kept and shown for changing)\n"
        "· cancel: stop the current flow (answers are kept)\n"
        "· human: hand your question to staff\n"
        "· English / 中文: switch language\n"
        "· delete my data: delete everything this bot holds about you (asks first)\n"
        'You can also just ask, e.g. "How much is the deposit?"',
    ),
    "restarted": (
        "已重新开始。您之前的回答都已保留，检查时会列出供您确认或修改。",
        "Started over. Your earlier answers are kept; I will list them for you to confirm or "
        "change.",
    ),
    "cancelled": (
        "已取消当前流程，您的回答都已保存。回复“开始”可以随时继续。",
        'Cancelled. Your answers are saved; reply "start" whenever you want to continue.',
    ),
    "back_at_first": ("已经是第一个问题了。", "This is already the first question."),
    "back_nothing": ("这里没有上一步可以返回。", "There is no previous step to go back to."),
    "status_header": ("当前进度：", "Where you are:"),
    "status_markets": ("市场：{markets}", "Markets: {markets}"),
    "status_no_markets": ("尚未选择市场。", "No markets chosen yet."),
    "status_answered": ("已回答（{count}）：", "Answered ({count}):"),
    "status_remaining": ("待回答（{count}）：{labels}", "Remaining ({count}): {labels}"),
    "status_ticket": ("工单：{status}", "Ticket: {status}"),
    "ticket_status_none": ("未起草", "not drafted"),
    "ticket_status_drafting": ("填写中", "being filled in"),
    "ticket_status_review": ("待确认", "waiting for your confirmation"),
    "ticket_status_final": ("已确认", "confirmed"),
    "change_unknown": (
        "没找到要修改的项目“{text}”。可以修改的有：{labels}。",
        'I could not find "{text}" to change. You can change: {labels}.',
    ),
    "change_nothing": ("目前还没有可以修改的回答。", "There is no answer to change yet."),
    "lang_switched": ("好的，接下来使用中文。", "OK, I will continue in English."),
    "handoff_done": (
        "已将您的问题转给工作人员（编号 {id}）：“{question}”。",
        'I have passed your question to our staff (no. {id}): "{question}".',
    ),
    "handoff_unavailable": (
        "暂时无法转接人工，请稍后再试，或通过云市场服务商服务人员联系方式联系我们。",
        "I cannot reach staff right now; please try again later or use the vendor-support "
        "contacts of the marketplace.",
    ),
    "handoff_no_question": ("（未提出具体问题）", "(no specific question)"),
    "answer_unsure": (
        "这个问题我不太确定。要转给工作人员吗？回复“转人工”即可。",
        'I am not sure about that one. Shall I pass it to staff? Reply "human".',
    ),
    "answer_unavailable": (
        "问答功能暂不可用。要转给工作人员吗？回复“转人工”即可。",
        'I cannot answer questions right now. Shall I pass it to staff? Reply "human".',
    ),
    "suggestions": ("您可能想问：{items}", "You may want to ask: {items}"),
    "back_to_question": ("我们回到刚才的问题：", "Back to where we were:"),
    "internal_error": (
        "抱歉，处理您的消息时出错了，已记录，您的进度未受影响。请再发送一次，或回复“转人工”。",
        "Sorry, something went wrong handling that; it is logged and your progress is safe. "
        'Please send it again, or reply "human".',
    ),
    "busy": (
        "您的上一条消息还在处理中，请稍后再发。",
        "Your previous message is still being handled; please send this again in a moment.",
    ),
    "form_errors": ("表单中有需要修改的内容：", "Some fields in the form need fixing:"),
    "form_missing": ("必填项，请填写。", "This field is required."),
    "nothing_to_confirm": ("现在没有需要确认的内容。", "There is nothing to confirm right now."),
    # Re-checked verdicts after a changed answer (engine: every stored verdict is re-evaluated).
    "verdict_changed_header": (
        "根据您修改后的回答，以下市场的检查结果有变化：",
        "With your changed answer, these check results changed:",
    ),
    "verdict_changed_line": ("  · {market}：{old} → {new}", "  · {market}: {old} → {new}"),
    "verdict_word_eligible": ("符合入驻条件", "eligible"),
    "verdict_word_not_eligible": ("暂不符合入驻条件", "not eligible yet"),
    "verdict_word_incomplete": ("信息不全", "information missing"),
    "handoff_ask": (
        "请写下要转给工作人员的问题，您的下一条消息会原样转交。",
        "What should I pass to staff? Your next message will be forwarded as it is.",
    ),
    # Reading what vendors type (bot/conversation/interpret.py).
    "confirm_value": (
        "请确认：您的回答“{said}”按 {label} = {value} 记录，对吗？回复“是”确认，或直接输入准确的值。",
        'Please confirm: your answer "{said}" is recorded as {label} = {value}, right? Reply '
        '"yes", or type the exact value.',
    ),
    "confirm_unusual": (
        "请确认：{label} = {value}（您的回答：“{said}”），这个数值不太常见。回复“是”确认无误，"
        "或输入正确的值。",
        'Please confirm: {label} = {value} (you wrote "{said}"), which is unusual. Reply "yes" '
        "if it is right, or type the correct value.",
    ),
    "month_recorded": (
        "只给了年月：按当月 1 日（{value}）记录，当月哪一天都不影响检查结果。",
        "Only a month was given: recorded as its 1st ({value}); no day of that month changes "
        "the check.",
    ),
    "confirm_declined": ("好的，请重新填写。", "OK, please give it again."),
    "answer_unknown": (
        "已记为“不知道”：{label}。检查结果会把它列为缺少的信息；知道后回复“修改 {label}”补充。",
        'Recorded as unknown: {label}. The check will list it as missing; reply "change {label}" '
        "when you know it.",
    ),
    "answer_corrected": ("已更正：{label} = {value}", "Corrected: {label} = {value}"),
    "ticket_field_required": (
        "工单的每一项都必须填写，不能跳过：请提供{label}。"
        "如需稍后再填，回复“取消”，草稿会保留，回复“起草工单”即可继续。",
        "Every ticket field is required and cannot be skipped: please give the {label}. To finish "
        'later, reply "cancel": the draft is kept, and "draft ticket" continues it.',
    ),
    "ticket_several_saved": ("已填写：{labels}", "Filled in: {labels}"),
    "ticket_form_template": (
        "请复制以下内容，在每个“：”后填好，一次发给我（已填写的项目可以保留）：",
        "Copy the lines below, fill in each after the colon and send them back in one message "
        "(the labels stay in Chinese, as in the ticket):",
    ),
    "ticket_outdated_none": (
        "注意：您已确认的工单（保证金 {old:,} 元，{markets}）已不再符合目前的检查结果："
        "{changed}。目前没有可入驻的市场，请不要按这张工单缴纳保证金。",
        "Note: the ticket you confirmed (deposit CNY {old:,}, {markets}) no longer matches the "
        "check: {changed}. No market is open to you now, so do not pay the deposit on that ticket.",
    ),
    "ticket_draft_resumed": (
        "继续您上次保存的工单草稿（已填写 {count} 项）。",
        "Continuing the ticket draft you left (with {count} fields filled in).",
    ),
    "cancelled_ticket": (
        "已取消当前流程。工单草稿已保存（已填写 {count} 项），回复“起草工单”即可继续；您的回答也都已保存。",
        'Cancelled. The ticket draft is saved ({count} fields filled in): reply "draft ticket" to '
        "continue it; your answers are saved too.",
    ),
    "handoff_confirm_old": (
        "要转给工作人员的是之前的这个问题吗：“{question}”？回复“是”转交，或直接写下要转交的问题。",
        'Is this earlier question the one to pass to staff: "{question}"? Reply "yes" to '
        "forward it, or write the question to pass on.",
    ),
    "ticket_outdated": (
        "注意：您已确认的工单（保证金 {old:,} 元，{markets}）已不再符合目前的检查结果："
        "{changed}。请重新起草工单（回复“起草工单”）；按目前可入驻的市场，保证金为 {new:,} 元。",
        "Note: the ticket you confirmed (deposit CNY {old:,}, {markets}) no longer matches the "
        'check: {changed}. Please draft it again (reply "draft ticket"); for the markets open to '
        "you now the deposit is CNY {new:,}.",
    ),
    "status_last_markets": ("上次选择的市场：{markets}", "Markets last chosen: {markets}"),
    "status_saved_answers": ("已保存的回答（{count}）：", "Saved answers ({count}):"),
}


def t(key: str, lang: Lang, **values: Any) -> str:
    zh, en = MESSAGES[key]
    template = en if lang == "en" else zh
    return template.format(**values) if values else template


def pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "en" else pair[0]
