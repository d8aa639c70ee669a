"""The message catalogue: every user-facing text of the core, Chinese and English side by side.

Look a text up by key with `t(key, lang, **values)`. Keys are grouped by area with a dotted or
underscored prefix; a text exists in both languages or not at all (a test checks every key is
used, defined and bilingual). Wording about rules (amounts, conditions, steps) never lives here:
it comes from `rules/` so it traces back to the seed guide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.conversation.types import Lang

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
        "回复“全部”检查全部市场。",
        "Which markets do you want to join? Reply with numbers (e.g. 1,3) or names "
        '(e.g. security and api), or "all" for every market.',
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
    # --- answers ---
    "answers_multi_all_set": (
        "{names}都有{label}要求。",
        "Yes, all of them ({names}) set a {label} condition.",
    ),
    "answers_multi_none_set": (
        "{names}都不要求{label}。",
        "No: none of them ({names}) sets a {label} condition.",
    ),
    "answers_multi_some_set": (
        "不是都要求：{having}有{label}要求，{lacking}不要求。",
        "Not all: {having} set(s) a {label} condition; {lacking} does not require it.",
    ),
    "answers_multi_condition_line": (
        "• {name}：{summary}（原文：{quote}）",
        "• {name}: {summary} (guide: {quote})",
    ),
    "answers_multi_condition_short": ("• {name}：{summary}", "• {name}: {summary}"),
    "answers_multi_no_condition": (
        "• 指南对{name}没有这方面的要求。",
        "• The guide sets no such condition for {name}.",
    ),
    "answers_multi_no_rate": (
        "• {name}：不在费率表中，政策没有给出费率（并不等于0%）。",
        "• {name}: not in the rate table, the policy gives no rate for it (not 0%).",
    ),
    "answers_multi_rate_line": (
        "• {name}（费率表：{table}）：{tiers}。",
        "• {name} (rate table {table}): {tiers}.",
    ),
    "answers_multi_tier_rate": ("第{tier}档 {rate}", "tier {tier} {rate}"),
    "answers_multi_tier_band": ("第{tier}档：{label}", "tier {tier}: {label}"),
    "answers_multi_tiers_tail": (
        "档位按当月该类目应结算实收现金总额划分（{bands}）。",
        "Tiers by the month's settled cash total in the category ({bands}).",
    ),
    "answers_rates_subsection": ("分类目服务费阶梯比例", "Rates per category"),
    "answers_multi_shared": ("共同的条件：{shared}。", "All of them: {shared}."),
    "answers_multi_own": ("• {name}另外要求：{own}。", "• {name} also: {own}."),
    "answers_multi_nothing_more": ("无", "nothing more"),
    "answers_verdict_line": (
        "• {name}要求：{summary}（原文：{quote}）→ 按您说的情况，{verdict}。",
        "• {name} requires: {summary} (guide: {quote}) → from what you say, {verdict}.",
    ),
    "answers_verdict_met": ("满足", "you meet it"),
    "answers_verdict_not_met": ("不满足", "you do NOT meet it"),
    "answers_verdict_failed_head": (
        "不能：这一条是入驻条件，按您说的情况不满足。",
        "No, not as things stand: this condition is required and is not met.",
    ),
    "answers_verdict_met_head": ("这一条满足。", "Yes on this point: the condition is met."),
    "answers_verdict_tail": (
        "其他入驻条件也需满足，可以问“XX市场入驻条件”。",
        "Every other entry condition must be met too — ask for the market's full conditions.",
    ),
    "answers_team_counting": (
        "不算：团队人数要求要同时提供公司社保个人月缴费信息情况表（原文：{quote}），"
        "所以只有在贵公司缴纳社保的人员才计入（{team}；{proof}）。外包或没在公司交社保的人员不能算进去。",
        "No, they do not count: the team condition comes with the company's monthly"
        " social-insurance payment statement (guide: {quote}), so only staff the company pays"
        " social insurance for count toward the team size ({team}; {proof}).",
    ),
    "answers_which_open": (
        "按您给的几项（{given}），不受影响、可以考虑的市场：{markets}。",
        "With what you gave ({given}), these markets are open to you on those points: {markets}.",
    ),
    "answers_which_none_open": (
        "按您给的几项（{given}），没有市场这几项都满足。",
        "With what you gave ({given}), no market is open on those points.",
    ),
    "answers_which_unconditioned": (
        "其中{markets}对这些方面没有要求，其他列出的市场这几项都满足。",
        " ({markets} set no such condition at all.)",
    ),
    "answers_which_blocked": ("进不了的：{why}。", "Ruled out: {why}."),
    "answers_which_blocked_item": ("{markets}（要求{rule}）", "{markets} (needs {rule})"),
    "answers_which_none_blocked": (
        "这几项没有卡住任何市场。",
        "None is ruled out by these points.",
    ),
    "answers_which_tail": (
        "这里只看了您给出的几项，各市场的其他入驻条件也需满足，可以问“XX市场入驻条件”。",
        "Only the points you gave were checked; each market's other conditions must be met too.",
    ),
    "answers_order_lead": (
        "先{first}（第{first_number}步），后{last}（第{last_number}步）。",
        "Step {first_number} ({first}) comes first, then step {last_number} ({last}).",
    ),
    "answers_order_yes": ("是的：", "Yes. "),
    "answers_order_reversed": ("不是，顺序反了：", "No, the other way round. "),
    "answers_order_chain": ("顺序：{chain}。", "Order: {chain}."),
    "answers_order_chain_step": ("第{number}步 {label}", "step {number} ({label})"),
    "answers_order_step": ("第{number}步：{text}", "Step {number}: {text}"),
    "answers_order_next": (
        "第{done_number}步（{done}）之后是第{number}步：{text}",
        "After step {done_number} ({done}) comes step {number}: {text}",
    ),
    "answers_not_progressive": (
        "不是分段计算：当月总额落在哪一档，可计佣金额就全部按这一档的费率收取"
        "（指南：按照服务商所对应的阶梯比例，收取当月的平台服务费）。",
        "No, it is not charged in brackets: the month's total picks one tier, and the whole"
        " commissionable amount is charged at that tier's rate (the guide: the month's platform"
        " fee is charged at the rate of the vendor's tier).",
    ),
    "answers_duration_unstated": (
        "指南没有写明这需要多长时间（入驻流程的各步骤都没有给出天数）。指南写的步骤是：{steps}。"
        "具体时长我无法确定；回复“转人工”，我把问题转给工作人员。",
        "The guide does not say how long this takes (it gives no duration for any joining"
        ' step). The steps it gives: {steps}. Reply "human" and I will ask our staff.',
    ),
    "answers_lookup_declined": (
        "我查不了具体的订单、工单、发票或款项：我只了解云市场服务商入驻指南，看不到账户里的记录。"
        "回复“转人工”，我把您的问题（连同您给的编号）转给工作人员。",
        "I cannot look up orders, tickets, invoices or payments: I only know the Marketplace"
        ' onboarding guide, and I do not have your account\'s records. Reply "human" and I'
        " will pass your question, with the number you gave, to our staff.",
    ),
    # --- journey ---
    # The seven joining steps after the verdict (bot/journey.py, bot/followup.py, App Home).
    # Step names and what to do come from rules/data/process.yaml (the guide), never from here.
    "journey_header": (
        "入驻进度：已完成 {done}/{total} 步",
        "Joining: {done} of {total} steps done",
    ),
    "journey_step_line": ("第{number}步 {title}", "Step {number}: {title}"),
    "journey_confirmed_suffix": ("（工作人员已确认）", " (confirmed by staff)"),
    "journey_next": ("下一步（第{number}步 {title}）：", "Next (step {number}, {title}):"),
    "journey_complete": (
        "七个步骤都已完成：店铺已开通，可以上架商品销售。",
        "All seven steps are done: your shop is open and you can list products for sale.",
    ),
    "journey_mark_hint": (
        "完成后回复“完成 第{number}步”（或在 App 首页点按钮）。",
        'When it is done, reply "done {number}" (or use the button in the App Home).',
    ),
    "journey_marked": (
        "已记录：第{number}步 {title} 已完成。",
        "Noted: step {number} ({title}) is done.",
    ),
    "journey_already_done": (
        "第{number}步 {title} 之前已经记录为完成。",
        "Step {number} ({title}) was already marked done.",
    ),
    "journey_undone": (
        "已改回：第{number}步 {title} 未完成（之后的步骤也改为未完成）。",
        "Changed back: step {number} ({title}) is not done (nor are the steps after it).",
    ),
    "journey_no_such_step": (
        "没有第{number}步：入驻共 {total} 步，请用 1 到 {total}（如“完成 第4步”）。",
        'There is no step {number}: joining has {total} steps, use 1 to {total} (e.g. "done 4").',
    ),
    "journey_undo_nothing": (
        "第{number}步 {title} 还没有记录为完成，无需撤销。",
        "Step {number} ({title}) was not marked done; nothing to undo.",
    ),
    "journey_reminders_off": (
        "好的，不再发送入驻进度提醒。想恢复时回复“恢复提醒”。",
        'OK, no more reminders about your joining steps. Reply "resume reminders" to get them '
        "again.",
    ),
    "journey_reminders_on": (
        "好的，已恢复入驻进度提醒（进度长时间没有变化时，每周最多提醒一次）。",
        "OK, reminders are back on (at most one a week, when your joining has not moved for a "
        "while).",
    ),
    "journey_reminder": (
        "您好！您的云市场入驻进度已经 {days} 天没有更新了。",
        "Hello! Your Marketplace joining has not moved for {days} days.",
    ),
    # Staff side (`/vendor`): each line is shown in both languages, "zh / en".
    "journey_by_bot": ("机器人", "the bot"),
    "journey_staff_none": ("入驻进度：尚未开始", "Journey: not started"),
    "journey_staff_header": ("入驻进度 {done}/{total}", "Journey {done}/{total}"),
    "journey_staff_confirmed": ("{who} 已确认", "confirmed by {who}"),
    "journey_staff_reminders_off": ("服务商已关闭进度提醒", "the vendor turned reminders off"),
    "journey_staff_usage": (
        "无法识别“{word}”：用 `/vendor @用户 step N done` 确认，或 `step N undo` 改回",
        'unknown "{word}": use `/vendor @user step N done` to confirm or `step N undo` to correct',
    ),
    "journey_staff_no_user": (
        "未找到用户「{who}」：`/vendor @用户 step N done|undo`（请 @ 该服务商）",
        'no user "{who}": `/vendor @user step N done|undo` (mention the vendor)',
    ),
    "journey_staff_marked": (
        "已为 {who} 标记第{number}步（{title}）完成",
        "marked step {number} ({title}) done for {who}",
    ),
    "journey_staff_confirmed_now": (
        "已确认 {who} 的第{number}步（{title}）",
        "confirmed step {number} ({title}) for {who}",
    ),
    "journey_staff_undone": (
        "已将 {who} 的第{number}步（{title}）及之后的步骤改为未完成",
        "step {number} ({title}) and the later ones are not done for {who}",
    ),
    "journey_staff_undo_nothing": (
        "{who} 的第{number}步（{title}）本来就未完成",
        "step {number} ({title}) was not done for {who}",
    ),
    # The weekly digest to the staff channel (bot/followup.py), shown "zh / en".
    "digest_header": ("*每周入驻汇总（{week}）*", "*Weekly onboarding digest ({week})*"),
    "digest_new_vendors": ("新服务商：{count}", "new vendors: {count}"),
    "digest_checked": (
        "完成资格检查的服务商：{count}（其中符合条件：{eligible}）",
        "vendors checked: {count} (eligible somewhere: {eligible})",
    ),
    "digest_tickets": ("确认的转财务工单：{count}", "deposit tickets confirmed: {count}"),
    "digest_journeys": (
        "入驻有进展的服务商：{count}（完成步骤 {steps} 次）",
        "journeys advanced: {count} ({steps} steps marked)",
    ),
    "digest_cases": (
        "人工咨询：新开 {opened}，已解决 {resolved}，首次答复中位时间 {median} 小时",
        "cases: {opened} opened, {resolved} resolved, median time to first answer {median} h",
    ),
    "digest_handoffs_header": (
        "转人工最多的问题（指南未覆盖）：",
        "questions most often handed to staff (not covered by the guide):",
    ),
    "digest_handoffs_none": ("本周没有转人工的问题", "no questions were handed to staff"),
    # App Home: the vendor's journey button and the staff desk (handlers/journey_blocks.py).
    "journey_home_done_button": ("第{number}步已完成", "Step {number} is done"),
    "staff_home_title": ("云市场入驻 · 工作台", "Marketplace onboarding · staff"),
    "staff_home_cases": ("待处理的咨询（{count}）", "Open cases ({count})"),
    "staff_home_cases_none": ("没有待处理的咨询。", "No open cases."),
    "staff_home_cases_unavailable": (
        "咨询（人工）功能尚未启用。",
        "The help desk is not set up yet.",
    ),
    "staff_home_case_line": (
        "• #{id} {who} — {state}，已等待 {age}：{question}",
        "• #{id} {who} — {state}, waiting {age}: {question}",
    ),
    "staff_home_age": ("{days}天{hours}小时", "{days}d {hours}h"),
    "staff_home_funnel": ("入驻漏斗（各步骤的服务商数）", "Joining funnel (vendors per step)"),
    "staff_home_funnel_all": ("全部", "All"),
    "staff_home_funnel_legend": (
        "①–⑦：下一步是该步骤的服务商数；✓：七步全部完成。按市场统计的是检查结果为符合条件的市场。",
        "①–⑦: vendors whose next step is that one; ✓: every step done. Per market: the markets "
        "a vendor was found eligible for.",
    ),
    "staff_home_stalled": ("停滞最久的服务商", "Vendors stalled longest"),
    "staff_home_stalled_line": (
        "• {who} — 第{number}步 {title}，{days} 天未更新",
        "• {who} — step {number} ({title}), no change for {days} days",
    ),
    "staff_home_stalled_none": ("没有未完成的入驻。", "No unfinished journeys."),
    "staff_home_reminders_off": ("（已关闭提醒）", " (reminders off)"),
    "staff_home_commission": ("平台服务费（{month}）", "Commission ({month})"),
    "staff_home_commission_line": (
        "已导入订单 {orders} 笔，服务商 {vendors} 家，实收合计 {total} 元",
        "{orders} orders imported from {vendors} vendors, CNY {total} in total",
    ),
    "staff_home_commission_posted": (
        "月度汇总已发布（已私信 {count} 家服务商）",
        "Monthly summary posted ({count} vendors messaged)",
    ),
    "staff_home_commission_not_posted": ("月度汇总尚未发布", "Monthly summary not posted yet"),
    "journey_reminder_footer": (
        "不想再收到提醒，回复“不再提醒”。",
        'To stop these reminders, reply "stop reminders".',
    ),
}


# --- forms ---
# The forms' texts live with their data (rules/data/profile.yaml: each question's label, wording
# and hint; rules/data/ticket.yaml: each ticket field's label and how to answer) and join the
# catalogue here under `form.` keys, so `t()` reaches them and the bilingual check covers them:
# form.profile.<key>.question / .label, form.profile.<key>.question.<only|without>.<market>,
# form.kind.<kind>.hint, form.choice.<list>.<value>, form.ticket.<name>.label / .how.
def _form_messages() -> dict[str, tuple[str, str]]:
    from rules.profile import KIND_HINTS, PROFILE_FIELDS
    from rules.ticket import TICKET_FIELD_DATA

    texts: dict[str, tuple[str, str]] = {}
    for key, spec in PROFILE_FIELDS.items():
        texts[f"form.profile.{key}.question"] = (spec.question_zh, spec.question_en)
        texts[f"form.profile.{key}.label"] = (spec.label_zh, spec.label_en)
        for wording in spec.wording_by_market:
            texts[f"form.profile.{key}.question.{wording.when}.{wording.market}"] = (
                wording.question_zh,
                wording.question_en,
            )
        for choice in spec.choices:
            texts[f"form.choice.{spec.kind}.{choice.value}"] = (choice.label_zh, choice.label_en)
    for kind, hint in KIND_HINTS.items():
        texts[f"form.kind.{kind}.hint"] = hint
    for name, field in TICKET_FIELD_DATA.items():
        texts[f"form.ticket.{name}.label"] = (field.label_zh, field.label_en)
        texts[f"form.ticket.{name}.how"] = (field.how_zh, field.how_en)
    return texts


_FORM_MESSAGES = _form_messages()
MESSAGES.update(_FORM_MESSAGES)
# The form texts by family (the start of their keys): they are looked up with keys built from
# the data (f"form.profile.{key}.question"), so a check of keys used must take them as a family.
FORM_TEXT_KEYS: dict[str, tuple[str, ...]] = {
    family: tuple(key for key in _FORM_MESSAGES if key.startswith(family))
    for family in ("form.profile.", "form.kind.", "form.choice.", "form.ticket.")
}


def t(key: str, lang: Lang, **values: Any) -> str:
    zh, en = MESSAGES[key]
    template = en if lang == "en" else zh
    return template.format(**values) if values else template


def pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "en" else pair[0]
