import { fundingSourceName, isFundingSource } from './funding-sources.js';
import type { MessageCatalog } from './messages.js';
import { termOrValue } from './vocabulary.js';

/** 中文诊断信息。用语遵循预算绩效管理的规范表述。 */
export const MESSAGES_ZH: MessageCatalog = {
    'syntax-error': a => `${a.detail}`,
    'unresolved-reference': a => `${a.plan === undefined ? '本计划' : `导入本文件的计划“${a.plan}”`}中找不到名为“${a.name}”的${a.kind}。请先声明，或导入声明它的文件，或检查拼写。`,
    'duplicate-name': a => a.otherPlan !== undefined
        ? `计划“${a.name}”位于计划“${a.otherPlan}”的文件中（${a.where}），而一个计划的文件中只能有一个计划。请将其移到计划“${a.otherPlan}”未导入的文件中，或删除它。`
        : `${a.kind}名称“${a.name}”已被使用（${a.where}）。同一计划内同类名称必须唯一，请重命名其中之一。`,
    'duplicate-property': a => `本块中“${a.property}”重复填写，仅第一处有效。请删除此处。`,
    'invalid-date': a => `“${a.text}”不是有效日期。请按 YYYY-MM-DD 填写实际存在的日期，如 2026-06-30。`,
    'import-not-found': a => `找不到导入的文件“${a.path}”。请检查路径：路径相对于本文件，且须以 .pbm 结尾。`,
    'import-not-pbm': a => `“${a.path}”不是计划文件，不会被读取：import 只能导入 .pbm 文件。请导入含有相应声明的 .pbm 文件，或删除此导入。`,
    'import-outside-workspace': a => `“${a.path}”位于 PBM 读取的文件夹（${a.root}）之外，不会被读取。请将该文件移入该文件夹，或${a.tool === 'editor' ? '打开同时包含这两个文件的文件夹' : '对同时包含这两个文件的文件夹运行 pbm'}。`,
    'plan-missing': () => `本文件包含绩效目标，但没有任何计划导入它。请在此添加 plan 块，或在计划文件中导入本文件。`,
    'plan-period-invalid': a => `计划期间的结束日期（${a.end}）早于开始日期（${a.start}）。请调换或更正日期。`,
    'rule-invalid': a => `规则“${a.rule}”：${ruleProblemZh(a)}`,
    'goal-missing-owner': a => `绩效目标“${a.goal}”未指定责任单位。请添加 owner <单位>，明确责任主体。`,
    'goal-missing-description': a => `绩效目标“${a.goal}”缺少说明。请添加 description "…"，说明主要工作内容。`,
    'goal-vague': a => `绩效目标“${a.goal}”使用了笼统表述“${a.verb}”，且没有定量指标。请补充有数值指标值的绩效指标，使目标可衡量。`,
    'goal-without-kpi': a => `绩效目标“${a.goal}”没有绩效指标，无法衡量。请至少添加一个带指标值的 kpi。`,
    'kpi-missing-target': a => `绩效指标“${a.kpi}”缺少指标值。请添加 target >= <数值>（或 <=、=），定性指标可填写文字目标。`,
    'kpi-missing-unit': a => `绩效指标“${a.kpi}”缺少计量单位。请添加 unit "…"（如 "%"、"天"、"元"）。`,
    'kpi-missing-baseline': a => `绩效指标“${a.kpi}”缺少基期值，无法衡量进展。请添加 baseline <数值>。`,
    'kpi-missing-formula': a => `绩效指标“${a.kpi}”缺少计算公式。请添加 formula "…"，说明指标值的计算方法。`,
    'kpi-qualitative': a => `绩效指标“${a.kpi}”为定性指标，按等级评价而非计量。请在监测点中记录评价等级（measure ${a.kpi} achieved|partial|missed 85%），并在 source 中注明评价主体。`,
    'kpi-zero-target': a => `绩效指标“${a.kpi}”的指标值为“>= 0”，任何结果都能达到。请设定大于零的指标值。`,
    'target-direction-conflict': a => `绩效指标“${a.kpi}”：指标值 ${a.op} ${a.target} 与基期值 ${a.baseline} 的方向相反。请检查比较符（>= 表示提高，<= 表示降低）或数值。`,
    'target-already-met': a => `绩效指标“${a.kpi}”：基期值 ${a.baseline} 已达到指标值 ${a.op} ${a.target}，目标偏低。请设定更有挑战性的指标值。`,
    'target-too-ambitious': a => `绩效指标“${a.kpi}”：指标值较基期值变动 ${a.change}，超过合理上限 ${a.limit}。请论证其可实现性，或在计划规则中调整 ambition limit。`,
    'goal-unfunded': a => `没有预算项目支持绩效目标“${a.goal}”。请添加 funds ${a.goal} 的预算项目，或说明无需资金的原因。`,
    'goal-not-aligned': a => `绩效目标“${a.goal}”未关联任何战略。请添加 supports <战略>，说明目标的依据。`,
    'strategy-without-goals': a => `没有绩效目标支撑战略“${a.strategy}”。请用 supports ${a.strategy} 关联目标，或删除该战略。`,
    'perspective-uncovered': a => `没有绩效目标覆盖“${termOrValue('zh', 'perspective', String(a.perspective))}”维度。为平衡计分，可考虑增加 perspective ${a.perspective} 的目标。`,
    'kpi-count': a => `绩效目标“${a.goal}”有 ${a.count} 个绩效指标，超过 ${a.limit} 个。请保留最关键的指标。`,
    'class-missing': a => `绩效指标“${a.kpi}”未标明指标类别。请添加 class <一级>.<二级>，如 class output.quantity。`,
    'class-invalid': a => `“${a.class}”不是有效的指标类别。请使用 output.(quantity|quality|timeliness|cost)、benefit.(economic|social|ecological|sustainable)、cost.(economic|social|ecological) 或 satisfaction.service。`,
    'output-indicator-missing': a => `绩效目标“${a.goal}”缺少产出指标。请添加 class output.…（数量、质量、时效或成本）的绩效指标。`,
    'goal-missing-due': a => `绩效目标“${a.goal}”缺少完成时限。请添加 due YYYY-MM-DD。`,
    'due-outside-period': a => `绩效目标“${a.goal}”的${a.property === 'start' ? '开始日期' : '完成时限'} ${a.date} 不在计划期间 ${a.start} 至 ${a.end} 内。请调整到计划期间内。`,
    'kpi-missing-frequency': a => `绩效指标“${a.kpi}”未规定监测频次。请添加 frequency monthly（或 quarterly、half-yearly、yearly）。`,
    'budget-unlinked': a => `预算项目“${a.budget}”未关联任何绩效目标。请添加 funds <目标>，使资金与产出挂钩。`,
    'allocation-not-100': a => Number(a.missing) > 0
        ? `预算项目“${a.budget}”的资金分配中有 ${a.missing} 个目标未填写比例。请为每个目标填写比例（如 funds A 60%, B 40%），合计为 100%。`
        : `预算项目“${a.budget}”的资金分配合计 ${a.total}，不等于 100%。请调整各项比例使其合计为 100%。`,
    'budget-over-total': a => `各预算项目合计 ${a.sum}，超过计划预算总额 ${a.total}。请压减预算项目或调整预算总额。`,
    'weights-not-100': a => {
        const whose = a.scope === 'goal' ? `绩效目标“${a.goal}”的指标权重` : '计划中各绩效目标权重';
        const items = a.scope === 'goal' ? '绩效指标' : '绩效目标';
        return Number(a.missing) > 0
            ? `${whose}合计已达 ${a.total}，其余 ${a.missing} 个未设权重的${items}权重为零。请降低权重，或为每项设定权重使合计为 100%。`
            : `${whose}合计 ${a.total}，不等于 100%。请调整使其合计为 100%。`;
    },
    'weight-zero': a => `${a.kind === 'goal' ? '绩效目标' : '绩效指标'}“${a.name}”权重为 0%，不计入得分。请设定权重；仅作跟踪观察的，可保留 0%。`,
    'funding-priority-mismatch': a => `低优先级目标“${a.low}”获得 ${a.lowAmount}，多于高优先级目标“${a.high}”（${a.highAmount}）。请检查资金安排是否与优先级一致。`,
    'funding-weight-mismatch': a => `绩效目标“${a.goal}”资金占比 ${a.fundingShare}，而权重为 ${a.weight}，相差超过 ${a.ratio} 倍。请检查资金安排或权重。`,
    'resource-category-missing': a => `计划中没有${a.category === 'personnel' ? '人员' : '技术'}类预算项目（category ${a.category}）。如绩效目标需要，请补充相应预算。`,
    'overspend': a => `预算项目“${a.budget}”已支出 ${a.spent}，超过预算金额 ${a.amount}。请核实支出或调整预算。`,
    'budget-execution-lag': a => a.finding !== undefined
        ? `预算项目“${a.budget}”${a.level === 'red' ? '红色' : '黄色'}预警（预算执行率 ${a.rate}，时间进度 ${a.elapsed}），原因已由评估发现“${a.finding}”说明。请跟踪相应整改措施的落实。`
        : `${a.level === 'red' ? '红色' : '黄色'}预警：预算项目“${a.budget}”预算执行率 ${a.rate}，时间进度已过 ${a.elapsed}。请加快执行进度，或添加 affects ${a.budget} 的评估发现说明原因。`,
    'year-end-execution-low': a => `预算项目“${a.budget}”期末预算执行率仅 ${a.rate}（要求 ${a.threshold}）。请在评估发现中说明原因，并关联其支持的目标。`,
    'kpi-lag': a => a.finding !== undefined
        ? a.pastDue === 'yes'
            ? `绩效指标“${a.kpi}”已于 ${a.due} 到期，仅完成 ${a.achievement}，未完成目标，原因已由评估发现“${a.finding}”说明。请跟踪相应整改措施的落实。`
            : `绩效指标“${a.kpi}”完成 ${a.achievement}，按时间进度应完成 ${a.expected}（偏差 ${a.lag}），原因已由评估发现“${a.finding}”说明。请跟踪相应整改措施的落实。`
        : a.pastDue === 'yes'
            ? `绩效指标“${a.kpi}”已于 ${a.due} 到期，仅完成 ${a.achievement}，未完成目标。请在评估发现中说明原因，并提出改进措施。`
            : `绩效指标“${a.kpi}”完成 ${a.achievement}，按时间进度应完成 ${a.expected}（偏差 ${a.lag}）。请制定整改措施，加快进度。`,
    'kpi-off-track': a => a.finding !== undefined
        ? `按当前趋势，绩效指标“${a.kpi}”到 ${a.due} 预计为 ${a.projection}，达不到指标值 ${a.op} ${a.target}，原因已由评估发现“${a.finding}”说明。请跟踪相应整改措施的落实。`
        : `按当前趋势，绩效指标“${a.kpi}”到 ${a.due} 预计为 ${a.projection}，达不到指标值 ${a.op} ${a.target}。请及时纠偏或调整目标。`,
    'kpi-wrong-direction': a => `绩效指标“${a.kpi}”最近两次监测值偏离目标方向（${a.previous} → ${a.latest}）。请查明原因。`,
    'goal-overdue': a => `绩效目标“${a.goal}”已于 ${a.due} 到期，得分 ${a.score}。请完成收尾，或在评估中说明延期原因。`,
    'measure-missing-source': a => `“${a.name}”的${a.kind === 'spend' ? '支出' : '监测值'}缺少数据来源。请添加 source "…"，注明数据出处。`,
    'measure-outside-period': a => `监测点“${a.checkpoint}”（${a.date}）不在计划期间 ${a.start} 至 ${a.end} 内。请更正日期。`,
    'measure-after-as-of': a => `监测点“${a.checkpoint}”（${a.date}）晚于报告截止日 ${a.asOf}。请更正日期或调整 as of。`,
    'measure-duplicate': a => `“${a.name}”在 ${a.date} 重复${a.kind === 'spend' ? '记录支出' : '填报监测值'}。每个日期只保留一条。`,
    'measure-missing': a => `绩效指标“${a.kpi}”${termOrValue('zh', 'frequency', String(a.frequency))}监测一次，但缺少${a.period}的监测值。请在该期间的监测点中补充。`,
    'measure-implausible': a => a.reason === 'negative-spend'
        ? `“${a.name}”的支出为负数（${a.value}）。退款请冲减原支出记录。`
        : `“${a.name}”的监测值为 ${a.value}，超出百分比的 0–100 范围。请核实数据（85% 应填写 85）。`,
    'qualitative-score-band': a => `“${a.kpi}”的得分 ${a.score} 与评价等级“${termOrValue('zh', 'qualitativeLevel', String(a.level))}”不符（应为 ${a.min}–${a.max}）。请调整得分或等级。`,
    'finding-without-action': a => `评估发现“${a.finding}”没有对应的整改措施。请添加 addresses ${a.finding} 的 action。`,
    'action-incomplete': a => `整改措施“${a.action}”缺少${a.missing === 'owner-due' ? '责任单位和完成时限' : a.missing === 'owner' ? '责任单位' : '完成时限'}。请补充${a.missing === 'owner-due' ? ' owner <单位> 和 due YYYY-MM-DD' : a.missing === 'owner' ? ' owner <单位>' : ' due YYYY-MM-DD'}，以便跟踪落实。`,
    'action-overdue': a => `整改措施“${a.action}”已于 ${a.due} 到期，仍未完成。请尽快落实、更新状态或重新确定完成时限。`,
    'affects-ambiguous': a => `“${a.name}”在本计划中既是${a.kind1}又是${a.kind2}的名称，无法确定评估发现影响的是哪一个。请重命名其中之一。`,
    'adjusted-unexplained': a => `预算项目“${a.budget}”${a.amount === undefined ? '' : `由 ${a.amount} `}调整为 ${a.adjusted}，未说明理由。请在调整金额后添加 reason "…"：年中预算调整应单独说明理由。`,
    'sources-not-total': a => `预算项目“${a.budget}”各资金来源合计 ${a.total}，与${a.adjustedBudget === 'yes' ? '调整后的全年' : ''}预算 ${a.amount} 不符。请使各资金来源合计等于预算。`,
    'spend-source-unknown': a => a.declared
        ? `“${a.budget}”的支出列为来自“${a.source}”（${sourceZh(a.source)}），但该预算项目的资金来源中没有这一项（${a.declared}）。请在 sources 中补充，或更正 from。`
        : `“${a.budget}”的支出列为来自“${a.source}”（${sourceZh(a.source)}），但该预算项目未填写资金来源。请添加 sources ${a.source} <金额>，或删除 from。`,
    'kpi-missed-unexplained': a => `绩效指标“${a.kpi}”期末未达到指标值，且没有评估发现说明原因。请添加 affects ${a.kpi}（或其所属目标 ${a.goal}）的评估发现，说明偏差原因。`,
    'target-date-direction': a => `绩效指标“${a.kpi}”的日期目标使用了“${a.op}”，无法评分：日期目标表示“在该日期前完成”，应写作 target <= ${a.date}。请改用 <=。`,
    'cumulative-direction': a => `绩效指标“${a.kpi}”为累计指标（监测值为逐期累计数），指标值只能写作 >= 数值，“${a.op}”无法评分。请改用 >=，或删除 cumulative。`,
    'points-missing': a => `本计划按分值评分（其他指标已设分值），绩效指标“${a.kpi}”缺少分值，将不得分。请添加 points <分值>，即自评表中该指标的分值。`,
    'points-not-100': a => `计划“${a.plan}”的分值合计 ${a.total}（预算执行率 ${a.execution} + 各项指标 ${a.indicators}），不等于 100 分。请调整各指标分值（或规则中的 execution points），使合计为 100 分。`,
    'weight-ignored': a => `本计划按分值评分，${a.what === 'score-weights' ? '规则 score weights' : `${a.what === 'goal' ? '绩效目标' : '绩效指标'}“${a.name}”的权重`}不参与计分。请删除；如需按权重评分，请删除各指标的分值。`,
    'award-without-points': a => `“${a.row}”的评分（award）无法计入：评分是评价人对各项分值的打分，而本计划的指标都没有设定分值。请为各指标设定 points（与预算执行率一项合计 100 分），或删除此评分。`,
    'award-out-of-range': a => `“${a.row}”的得分 ${a.value} 超出 0–${a.points}（该项分值）。请填写 0 至 ${a.points} 之间的得分。`,
    'duplicate-award': a => `评估“${a.review}”中对“${a.row}”重复评分，仅第一处有效。请删除此处。`,
    'award-unexplained': a => `“${a.row}”的得分 ${a.value} 与按完成情况计算的 ${a.earned} 分不一致，且未说明理由。请添加 reason "…"，说明评分依据。`,
    'award-lenient': a => `“${a.row}”未完成目标（${a.achieved === undefined ? '无监测值' : `${a.kind === 'execution' ? '预算执行率' : '完成'} ${a.achieved}`}），却得了满分 ${a.points} 分。请核实评分：这是财政部门审核自评结果时首先关注的问题。`,
    'benefit-indicator-missing': a => `计划“${a.plan}”没有效益指标（class benefit.…），效益指标的 ${a.points} 分按比例折算到其他部分。请补充项目的经济、社会、生态或可持续影响效益指标。`,
    'satisfaction-indicator-missing': a => `计划“${a.plan}”没有满意度指标（class satisfaction.service），满意度指标的 ${a.points} 分按比例折算到其他部分。项目有服务对象的，请补充服务对象满意度指标。`
};

function sourceZh(source: string | number | undefined): string {
    return typeof source === 'string' && isFundingSource(source) ? fundingSourceName('zh', source) : String(source);
}

function ruleProblemZh(a: Readonly<Record<string, string | number | undefined>>): string {
    switch (a.problem) {
        case 'percent-range': return `${a.value} 超出 0–100% 范围。请填写 0% 至 100% 之间的百分比。`;
        case 'positive': return `${a.value} 必须为正数。`;
        case 'whole-number': return `${a.value} 必须为不小于 1 的整数。`;
        case 'bands-order': return `评级分数线必须依次递减且在 0–100 之间（如 90 80 60）。`;
        case 'weights-total': return `评分权重合计 ${a.value}，不等于 100。请调整使其合计为 100。`;
        case 'qualitative-order': return `各等级得分须依次递减（达成 ≥ 部分达成 ≥ 未达成）且在 0–100% 之间。`;
        case 'grade-order': return `各等级得分须依次递减（优 ≥ 良 ≥ 中 ≥ 低 ≥ 差）且在 0–100% 之间。`;
        case 'points-range': return `${a.value} 分超出 0–100 范围。预算执行率一项的分值请填写 0 至 100。`;
        case 'error-above-warning': return `红色预警阈值 ${a.value} 不能高于黄色预警阈值。`;
        default: return `${a.value} 无效。`;
    }
}
