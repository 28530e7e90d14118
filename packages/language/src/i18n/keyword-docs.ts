/**
 * What every keyword and value of the language means, in both languages:
 * a sentence, an example, and the rule (diagnostic code) or figure that uses
 * it. Shown by hover on a keyword and as completion documentation. Keyed by
 * the grammar rule a keyword starts (`Kpi`, `MeasureUnitProperty` — so the
 * `unit` of a KPI and the `unit` declaration read differently), by the value
 * for enumerations, and by the operator for targets. A test checks that
 * every keyword of pbm.langium has an entry.
 */
import type { Lang } from './locale.js';

export interface KeywordDoc {
    readonly meaning: string;
    readonly usedBy: string;
}

export interface KeywordEntry {
    readonly en: KeywordDoc;
    readonly zh: KeywordDoc;
    /** Plan text showing it in use (the same in both languages). */
    readonly example: string;
}

const doc = (example: string, en: string, enUsed: string, zh: string, zhUsed: string): KeywordEntry => ({
    example, en: { meaning: en, usedBy: enUsed }, zh: { meaning: zh, usedBy: zhUsed }
});

/** Keywords that start a declaration, a property or a rule, by grammar rule. */
const RULE_DOCS: Readonly<Record<string, KeywordEntry>> = {
    Import: doc('import "org.pbm"',
        'Makes the declarations of another .pbm file part of this plan (path relative to this file).', 'import-not-found, import-not-pbm; names resolve across imported files',
        '把另一个 .pbm 文件中的声明并入本计划（路径相对于本文件）。', 'import-not-found、import-not-pbm；名称可跨导入文件引用'),
    Plan: doc('plan Demo2026 "2026 plan" { period 2026-01-01 to 2026-12-31 }',
        'The plan: its period, reporting date, currency, profile and rules. One per plan file.', 'plan score and grade, plan-period-invalid, plan-missing',
        '预算绩效计划：计划期、报告日期、币种、模式与规则。每个计划文件一个。', '计划得分与等级、plan-period-invalid、plan-missing'),
    OrganizationProperty: doc('organization "Acme Co., Ltd."',
        'The organisation the plan belongs to, as printed on the report.', 'report title page',
        '计划所属单位的全称，印在报告上。', '报告封面'),
    PeriodProperty: doc('period 2026-01-01 to 2026-12-31',
        'The plan period: first and last day. Elapsed time is measured against it.', 'elapsed share, expected progress, due-outside-period, measure-outside-period',
        '计划期：起止日期。时间进度按它计算。', '时间进度、应达进度、due-outside-period、measure-outside-period'),
    AsOfProperty: doc('as of 2026-06-30',
        'The reporting date: "today" for monitoring. Without it, the latest checkpoint date.', 'all monitoring figures (KPI lag, execution lag), measure-after-as-of',
        '报告日期，即监控的“今天”。未写时取最近监测点日期。', '全部监控数据（指标偏差、执行偏差）、measure-after-as-of'),
    CurrencyProperty: doc('currency CNY',
        'The currency of every amount, as a 3-letter ISO code (default CNY).', 'amounts in hover, report and forms',
        '所有金额的币种，3 位 ISO 代码（默认 CNY）。', '悬停、报告和表格中的金额'),
    TotalBudgetProperty: doc('total budget 12M',
        'An optional ceiling for the sum of all budget lines.', 'budget-over-total',
        '可选：全部预算项目金额之和的上限。', 'budget-over-total'),
    ProfileProperty: doc('profile government',
        'How the plan is scored: enterprise (progress scoring, default) or government (预算绩效 indicator system).', 'plan score, class-missing, output-indicator-missing',
        '计划的评分方式：enterprise（企业，进度评分，默认）或 government（政府预算绩效指标体系）。', '计划得分、class-missing、output-indicator-missing'),
    LanguageProperty: doc('language zh',
        'The language of the report: en (default) or zh.', 'pbm report, summary',
        '报告语言：en（默认）或 zh。', 'pbm report、工作总结'),
    RulesProperty: doc('rules { kpi lag warning 20% }',
        'Overrides of the thresholds the checks and the scoring use.', 'rule-invalid; every rule below',
        '覆盖检查和评分使用的阈值。', 'rule-invalid；下列各项规则'),
    AmbitionLimitRule: doc('ambition limit 50%',
        'How far above the baseline a target may be before it counts as too ambitious (default 50%).', 'target-too-ambitious',
        '目标值高出基期值多少即视为过高（默认 50%）。', 'target-too-ambitious'),
    KpiLagWarningRule: doc('kpi lag warning 15%',
        'How far a KPI may lag the expected progress before a warning (default 15%).', 'kpi-lag, KPI status (at risk)',
        '指标完成率落后应达进度多少时预警（默认 15%）。', 'kpi-lag、指标状态（存在风险）'),
    KpiCountLimitRule: doc('kpi count limit 5',
        'The most KPIs a goal should have (default 5).', 'kpi-count',
        '每个绩效目标建议的指标数上限（默认 5）。', 'kpi-count'),
    ExecutionLagWarningRule: doc('execution lag warning 80%',
        'Budget execution below this share of the elapsed time is a yellow alert (default 80%).', 'budget-execution-lag (yellow)',
        '预算执行率低于时间进度的该比例时为黄色预警（默认 80%）。', 'budget-execution-lag（黄色预警）'),
    ExecutionLagErrorRule: doc('execution lag error 60%',
        'Budget execution below this share of the elapsed time is a red alert (default 60%).', 'budget-execution-lag (red)',
        '预算执行率低于时间进度的该比例时为红色预警（默认 60%）。', 'budget-execution-lag（红色预警）'),
    YearEndExecutionRule: doc('year-end execution 90%',
        'The execution rate expected by the end of the period (default 90%).', 'year-end-execution-low',
        '计划期末应达到的预算执行率（默认 90%）。', 'year-end-execution-low'),
    FundingWeightRatioRule: doc('funding weight ratio 3',
        'How many times a goal\'s funding share may differ from its weight (default 3).', 'funding-weight-mismatch',
        '目标资金占比与权重相差的最大倍数（默认 3）。', 'funding-weight-mismatch'),
    GradeBandsRule: doc('grade bands 90 80 60',
        'The score cut-offs of the grades excellent, good and fair (default 90 80 60).', 'grade (优 良 中 差)',
        '等级“优、良、中”的得分分界（默认 90 80 60）。', '等级（优 良 中 差）'),
    ScoreWeightsRule: doc('score weights 10 50 30 10',
        'Government profile points for execution, output, benefit and satisfaction (total 100).', 'government plan score',
        '政府模式下预算执行、产出、效益、满意度的分值（合计 100）。', '政府模式计划得分'),
    QualitativeScoresRule: doc('qualitative scores 100% 70% 30%',
        'The default scores of achieved, partial and missed.', 'achievement of qualitative KPIs, qualitative-score-band',
        '定性指标“达成、部分达成、未达成”的默认得分。', '定性指标完成率、qualitative-score-band'),
    // v2: the forms model (LANGUAGE.md §8.1–8.3, 8.6)
    ExecutionPointsRule: doc('execution points 10',
        'Points of the budget-execution row in a points-scored plan (default 10 government, 0 enterprise).', 'points scoring, points-not-100',
        '按分值评分时预算执行率一项的分值（政府模式默认 10 分，企业模式 0 分）。', '分值评分、points-not-100'),
    GradeScoresRule: doc('grade scores 100% 80% 60% 40% 0%',
        'The default scores of the form grades excellent, good, fair, low, poor (优/良/中/低/差).', 'achievement of graded KPIs, qualitative-score-band',
        '自评表等级“优、良、中、低、差”的默认得分。', '定性指标完成率、qualitative-score-band'),
    MostlyAchievedRule: doc('mostly achieved 80%',
        'From this achievement a KPI past its due date is mostly achieved (基本完成); the likelihood "possible" from it.', 'statuses at and after due, likelihood',
        '指标到期后完成率达到该值即为“基本完成”；期中预计达到该值即为“有可能”完成。', '到期后的状态、完成目标可能性'),
    PointsProperty: doc('points 15',
        'The indicator\'s points (分值): the plan is scored by points, each KPI earning points × its capped achievement.', 'points scoring, points-missing, points-not-100',
        '指标的分值：计划按分值评分，各指标得分 = 分值 × 完成率（最高 100%）。', '分值评分、points-missing、points-not-100'),
    CumulativeProperty: doc('cumulative',
        'The measures are running totals since the start (year to date): achievement is actual ÷ target.', 'achievement, cumulative-direction',
        '监测值为自年初起的累计数：完成率 = 实际值 ÷ 指标值。', '完成率、cumulative-direction'),
    CoreProperty: doc('core',
        'A core indicator (核心指标): marked ★ in reports and forms; no effect on the score.', 'report, forms',
        '核心指标：报告和表格中以 ★ 标注，不影响得分。', '报告、表格'),
    Award: doc('award 参合人数 13 reason "建档立卡中有新增死亡人员"',
        'The evaluator\'s points for a row (得分) — a KPI or `execution` — with the reason; the awarded score is the official result.', 'awarded score, award-* checks, leniency view',
        '评价人对某一项（指标或预算执行率 execution）给出的得分及理由；评价得分为正式结果。', '评价得分、award-* 检查、评分对照'),
    Unit: doc('unit Finance "财务部" { lead "Zhang Wei" }',
        'An organisational unit that owns goals, budget lines and actions.', 'owner references, goal-missing-owner',
        '组织单位（部门），负责绩效目标、预算项目和整改措施。', 'owner 引用、goal-missing-owner'),
    LeadProperty: doc('lead "Zhang Wei"',
        'The person who leads the unit.', 'hover, report',
        '单位负责人。', '悬停提示、报告'),
    Strategy: doc('strategy CostLeader "Cost leadership" { perspective financial }',
        'A strategic objective that goals support.', 'goal-not-aligned, strategy-without-goals',
        '战略目标，绩效目标通过 supports 支撑它。', 'goal-not-aligned、strategy-without-goals'),
    Goal: doc('goal ReduceCost "Cut cost 8%" { owner Ops due 2026-12-31 kpi … }',
        'A performance goal (绩效目标) with its owner, weight, dates and KPIs.', 'goal score, SMART checks (goal-*)',
        '绩效目标：责任单位、权重、时间和绩效指标。', '目标得分、SMART 检查（goal-*）'),
    OwnerProperty: doc('owner Finance',
        'The unit responsible (责任单位).', 'goal-missing-owner, action-incomplete, unresolved-reference',
        '责任单位。', 'goal-missing-owner、action-incomplete、unresolved-reference'),
    SupportsProperty: doc('supports CostLeader, Growth',
        'The strategies this goal serves.', 'goal-not-aligned, strategy-without-goals',
        '本目标支撑的战略。', 'goal-not-aligned、strategy-without-goals'),
    PerspectiveProperty: doc('perspective customer',
        'The balanced-scorecard perspective: financial, customer, process or learning.', 'perspective-uncovered',
        '平衡计分卡维度：财务、客户、内部流程、学习与成长。', 'perspective-uncovered'),
    PriorityProperty: doc('priority high',
        'How important the goal is: high, medium or low.', 'funding-priority-mismatch',
        '目标的优先级：高、中、低。', 'funding-priority-mismatch'),
    WeightProperty: doc('weight 40%',
        'Share of the plan score (on a goal) or of the goal score (on a KPI). Weights total 100%.', 'goal and plan score, weights-not-100, weight-zero',
        '在目标上为占计划得分的权重，在指标上为占目标得分的权重，合计 100%。', '目标与计划得分、weights-not-100、weight-zero'),
    StartProperty: doc('start 2026-03-01',
        'When work on the goal starts (default: the plan period\'s start).', 'elapsed share of the goal, expected progress',
        '目标开始日期（默认计划期开始）。', '目标时间进度、应达进度'),
    DueProperty: doc('due 2026-12-31',
        'The deadline.', 'goal-missing-due, due-outside-period, goal-overdue, action-overdue',
        '完成期限。', 'goal-missing-due、due-outside-period、goal-overdue、action-overdue'),
    DescriptionProperty: doc('description "Automate lines 1-2."',
        'What will be done to reach the goal, in a sentence.', 'goal-missing-description, report',
        '一句话说明为实现目标要做什么。', 'goal-missing-description、报告'),
    Kpi: doc('kpi CostDown "Unit cost reduction" { unit "%" baseline 0 target >= 8 }',
        'A performance indicator (绩效指标) of a goal: baseline, target, unit and rhythm.', 'KPI achievement and status, SMART checks (kpi-*)',
        '绩效目标下的绩效指标：基期值、目标值、计量单位和监测频率。', '指标完成率与状态、SMART 检查（kpi-*）'),
    MeasureUnitProperty: doc('unit "%"',
        'The unit of measure of the KPI\'s values (not a unit declaration).', 'kpi-missing-unit, hover and report',
        '指标数值的计量单位（与 unit 单位声明无关）。', 'kpi-missing-unit、悬停与报告'),
    BaselineProperty: doc('baseline 40',
        'The value before the plan: progress is measured from it.', 'achievement (enterprise), kpi-missing-baseline, target-already-met',
        '基期值：计划开始前的数值，进度从它算起。', '完成率（企业模式）、kpi-missing-baseline、target-already-met'),
    TargetProperty: doc('target <= 25',
        'The target value (指标值) with its direction (>=, <=, =), or a text for a qualitative KPI.', 'achievement, kpi-missing-target, target-too-ambitious, target-direction-conflict',
        '指标值及方向（>=、<=、=），定性指标写文字。', '完成率、kpi-missing-target、target-too-ambitious、target-direction-conflict'),
    FrequencyProperty: doc('frequency quarterly',
        'How often the KPI is measured.', 'measure-missing, kpi-missing-frequency',
        '指标监测频率。', 'measure-missing、kpi-missing-frequency'),
    SourceProperty: doc('source "ERP cost ledger"',
        'Where the figures come from (a system, a ledger, a report).', 'measure-missing-source, data quality',
        '数据来源（系统、台账、报表）。', 'measure-missing-source、数据质量'),
    FormulaProperty: doc('formula "(a - b) / a"',
        'How the KPI is calculated.', 'kpi-missing-formula (government profile)',
        '指标计算公式。', 'kpi-missing-formula（政府模式）'),
    ClassProperty: doc('class output.quantity',
        'The indicator class of the government profile (产出/效益/满意度 …).', 'government score, class-missing, class-invalid',
        '政府模式的指标类别（产出、效益、满意度等）。', '政府模式得分、class-missing、class-invalid'),
    Budget: doc('budget Automation "Line automation" { category equipment amount 2.4M funds ReduceCost }',
        'A budget line (预算项目): its category, amount, owner and the goals it funds.', 'execution rate, budget-unlinked, overspend',
        '预算项目：支出类别、金额、责任单位及资助的目标。', '预算执行率、budget-unlinked、overspend'),
    CategoryProperty: doc('category training',
        'The kind of spending.', 'resource-category-missing, report',
        '支出类别。', 'resource-category-missing、报告'),
    AmountProperty: doc('amount 2.4M',
        'The line\'s budgeted amount (k, M, 万, 亿 allowed).', 'execution rate, overspend, budget-over-total',
        '预算金额（可用 k、M、万、亿）。', '预算执行率、overspend、budget-over-total'),
    AdjustedProperty: doc('adjusted 90万 reason "年中压减非急需支出"',
        'The budget after an in-year adjustment (全年预算数), with the reason for it; rates and allocations use it instead of the amount.', 'effective budget, execution rate, adjusted-unexplained',
        '年中调整后的全年预算数及调整理由；执行率和资金分配按调整后预算计算。', '调整后预算、预算执行率、adjusted-unexplained'),
    SourcesProperty: doc('sources fiscal 80万, carryover 10万',
        'Where the line\'s money comes from (资金来源), each source once; the amounts total the effective budget.', 'execution by funding source, sources-not-total, spend-source-unknown',
        '资金来源，每种来源只写一次；各来源合计等于（调整后）预算。', '分资金来源执行情况、sources-not-total、spend-source-unknown'),
    FundsProperty: doc('funds ReduceCost 60%, Growth 40%',
        'The goals this line pays for; a split must total 100%.', 'goal allocation, allocation-not-100, goal-unfunded',
        '本项目资助的目标，分摊比例合计 100%。', '目标资金安排、allocation-not-100、goal-unfunded'),
    Checkpoint: doc('checkpoint Q1 2026-03-31 { measure CostDown 2.1 spend Automation 900k }',
        'One monitoring period\'s data: measured values and spending.', 'actuals, execution rate, all monitoring alerts',
        '一个监测期的数据：指标实际值和支出。', '实际值、预算执行率、全部监控预警'),
    Measure: doc('measure CostDown 2.1 source "ERP"',
        'A KPI\'s measured value (or achieved/partial/missed for a qualitative KPI) at the checkpoint.', 'latest actual, achievement, measure-* checks',
        '监测点上指标的实际值（定性指标写 achieved/partial/missed）。', '最新实际值、完成率、measure-* 检查'),
    Spend: doc('spend Automation 900k source "GL 6601"',
        'Money spent on a budget line in this period.', 'execution rate, overspend, budget-execution-lag',
        '本期某预算项目的支出。', '预算执行率、overspend、budget-execution-lag'),
    Review: doc('review MidYear "Mid-year review" 2026-06-30 { finding … action … }',
        'An evaluation (评估) with its findings and corrective actions.', 'report: problems and actions',
        '评估：发现的问题及整改措施。', '报告：问题与整改'),
    Finding: doc('finding SteelPrices "Steel prices rose" { affects ReduceCost cause external }',
        'A problem the review found.', 'finding-without-action, kpi-missed-unexplained',
        '评估发现的问题。', 'finding-without-action、kpi-missed-unexplained'),
    AffectsProperty: doc('affects ReduceCost',
        'The goals the finding affects.', 'kpi-missed-unexplained, report',
        '该问题影响的目标。', 'kpi-missed-unexplained、报告'),
    CauseProperty: doc('cause external',
        'Why it happened: external, internal, data or communication.', 'report: causes',
        '原因类别：外部、内部、数据、沟通。', '报告：原因分析'),
    SeverityProperty: doc('severity high',
        'How serious the finding is: high, medium or low.', 'report ordering',
        '问题严重程度：高、中、低。', '报告排序'),
    Action: doc('action Renegotiate "Renegotiate contracts" { addresses SteelPrices owner Procurement due 2026-09-30 status open }',
        'A corrective action (整改措施) for a finding.', 'action-incomplete, action-overdue',
        '针对问题的整改措施。', 'action-incomplete、action-overdue'),
    AddressesProperty: doc('addresses SteelPrices',
        'The finding this action addresses.', 'finding-without-action',
        '本措施针对的问题。', 'finding-without-action'),
    StatusProperty: doc('status open',
        'Where the action stands: open, done or dropped.', 'action-overdue, report',
        '措施进展：未完成、已完成、已取消。', 'action-overdue、报告'),
    Outlook: doc('outlook Line3 "Automate line 3" { owner Ops due 2027-06-30 budget 1.8M }',
        'Work planned beyond this period (未来规划).', 'report: outlook',
        '计划期之后的工作安排（未来规划）。', '报告：未来规划'),
    PlannedBudgetProperty: doc('budget 1.8M',
        'The amount planned for the outlook item.', 'report: outlook',
        '未来规划的预计金额。', '报告：未来规划')
};

/** Enumerated values, by value. */
const VALUE_DOCS: Readonly<Record<string, KeywordEntry>> = {
    enterprise: doc('profile enterprise', 'Enterprise profile: achievement is progress from baseline to target.', 'plan score', '企业模式：完成率按从基期值到目标值的进度计算。', '计划得分'),
    government: doc('profile government', 'Government profile: ratio scoring and indicator classes (预算绩效).', 'plan score, class-missing', '政府模式：按比值评分并使用指标类别（预算绩效）。', '计划得分、class-missing'),
    en: doc('language en', 'The report is written in English.', 'pbm report', '报告使用英文。', 'pbm report'),
    zh: doc('language zh', 'The report is written in Chinese.', 'pbm report', '报告使用中文。', 'pbm report'),
    financial: doc('perspective financial', 'Financial perspective: revenue, cost, return.', 'perspective-uncovered', '财务维度：收入、成本、收益。', 'perspective-uncovered'),
    customer: doc('perspective customer', 'Customer perspective: service recipients, satisfaction.', 'perspective-uncovered', '客户维度：服务对象、满意度。', 'perspective-uncovered'),
    process: doc('perspective process', 'Internal process perspective: how the work is done.', 'perspective-uncovered', '内部流程维度：工作如何开展。', 'perspective-uncovered'),
    learning: doc('perspective learning', 'Learning and growth perspective: people, skills, systems.', 'perspective-uncovered', '学习与成长维度：人员、能力、系统。', 'perspective-uncovered'),
    high: doc('priority high', 'High (priority of a goal, severity of a finding).', 'funding-priority-mismatch, report', '高（目标优先级或问题严重程度）。', 'funding-priority-mismatch、报告'),
    medium: doc('priority medium', 'Medium (priority of a goal, severity of a finding).', 'funding-priority-mismatch, report', '中（目标优先级或问题严重程度）。', 'funding-priority-mismatch、报告'),
    low: doc('severity low', 'Low (priority of a goal, severity of a finding).', 'funding-priority-mismatch, report', '低（目标优先级或问题严重程度）。', 'funding-priority-mismatch、报告'),
    monthly: doc('frequency monthly', 'Measured every month.', 'measure-missing', '每月监测。', 'measure-missing'),
    quarterly: doc('frequency quarterly', 'Measured every quarter.', 'measure-missing', '每季度监测。', 'measure-missing'),
    'half-yearly': doc('frequency half-yearly', 'Measured every half-year.', 'measure-missing', '每半年监测。', 'measure-missing'),
    yearly: doc('frequency yearly', 'Measured once a year.', 'measure-missing', '每年监测。', 'measure-missing'),
    personnel: doc('category personnel', 'Personnel costs: salaries, allowances.', 'resource-category-missing', '人员经费：工资、津补贴。', 'resource-category-missing'),
    equipment: doc('category equipment', 'Equipment purchases.', 'resource-category-missing', '设备购置。', 'resource-category-missing'),
    technology: doc('category technology', 'Information technology: software, systems.', 'resource-category-missing', '信息技术：软件、系统。', 'resource-category-missing'),
    materials: doc('category materials', 'Materials and supplies.', 'report', '材料与耗材。', '报告'),
    services: doc('category services', 'Purchased services.', 'report', '购买服务。', '报告'),
    marketing: doc('category marketing', 'Marketing and promotion.', 'report', '市场推广。', '报告'),
    training: doc('category training', 'Training and development.', 'report', '培训。', '报告'),
    other: doc('category other', 'Any other spending (as a category); other funds (as a funding source).', 'report, execution by funding source', '其他支出（支出类别）；其他资金（资金来源）。', '报告、分资金来源执行情况'),
    fiscal: doc('sources fiscal 80万', 'Funding source: current-year fiscal appropriation.', 'execution by funding source', '资金来源：本年财政拨款。', '分资金来源执行情况'),
    carryover: doc('spend 设备 8万 from carryover', 'Funding source: carry-over from prior years.', 'execution by funding source', '资金来源：上年结转。', '分资金来源执行情况'),
    special: doc('sources special 20万', 'Funding source: special fiscal account funds.', 'execution by funding source', '资金来源：财政专户管理资金。', '分资金来源执行情况'),
    own: doc('sources own 12万', "Funding source: the unit's own funds.", 'execution by funding source', '资金来源：单位资金。', '分资金来源执行情况'),
    achieved: doc('measure ISO achieved', 'Qualitative KPI achieved (default score 100%).', 'achievement, qualitative-score-band', '定性指标已达成（默认得分 100%）。', '完成率、qualitative-score-band'),
    partial: doc('measure ISO partial 70%', 'Qualitative KPI partly achieved (default score 70%).', 'achievement, qualitative-score-band', '定性指标部分达成（默认得分 70%）。', '完成率、qualitative-score-band'),
    missed: doc('measure ISO missed', 'Qualitative KPI missed (default score 30%).', 'achievement, qualitative-score-band', '定性指标未达成（默认得分 30%）。', '完成率、qualitative-score-band'),
    excellent: doc('measure Works excellent', 'Form grade excellent 优 (default score 100%).', 'achievement, qualitative-score-band', '评价等级“优”（默认得分 100%）。', '完成率、qualitative-score-band'),
    good: doc('measure Works good 85%', 'Form grade good 良 (default score 80%).', 'achievement, qualitative-score-band', '评价等级“良”（默认得分 80%）。', '完成率、qualitative-score-band'),
    fair: doc('measure Works fair', 'Form grade fair 中 (default score 60%).', 'achievement, qualitative-score-band', '评价等级“中”（默认得分 60%）。', '完成率、qualitative-score-band'),
    poor: doc('measure Works poor', 'Form grade poor 差 (default score 0%).', 'achievement, qualitative-score-band', '评价等级“差”（默认得分 0%）。', '完成率、qualitative-score-band'),
    external: doc('cause external', 'A cause outside the organisation (prices, policy, weather).', 'report: causes', '外部原因（价格、政策、天气等）。', '报告：原因分析'),
    internal: doc('cause internal', 'A cause inside the organisation (management, staffing).', 'report: causes', '内部原因（管理、人员等）。', '报告：原因分析'),
    data: doc('cause data', 'The figures were wrong or late.', 'report: causes', '数据有误或滞后。', '报告：原因分析'),
    communication: doc('cause communication', 'People were not informed or did not coordinate.', 'report: causes', '沟通协调不到位。', '报告：原因分析'),
    open: doc('status open', 'The action is still to be done.', 'action-overdue', '措施尚未完成。', 'action-overdue'),
    done: doc('status done', 'The action is done.', 'report', '措施已完成。', '报告'),
    dropped: doc('status dropped', 'The action was given up.', 'report', '措施已取消。', '报告')
};

/** Target operators, by their ASCII form (full-width forms mean the same). */
const OPERATOR_DOCS: Readonly<Record<string, KeywordEntry>> = {
    '>=': doc('target >= 90', 'At least: the higher the better (revenue, satisfaction).', 'achievement, target-direction-conflict', '不低于：越高越好（收入、满意度）。', '完成率、target-direction-conflict'),
    '<=': doc('target <= 25', 'At most: the lower the better (cost, downtime).', 'achievement, target-direction-conflict', '不高于：越低越好（成本、停机时间）。', '完成率、target-direction-conflict'),
    '=': doc('target = 100', 'Exactly: deviation either way counts against it.', 'achievement', '等于：任何方向的偏差都扣分。', '完成率')
};

const OPERATOR_FORMS: Readonly<Record<string, string>> = { '≥': '>=', '≤': '<=', '＞＝': '>=', '＜＝': '<=', '＝': '=' };

/** The target operators in the order they are offered. */
export const TARGET_OPERATORS: readonly string[] = Object.keys(OPERATOR_DOCS);

/**
 * The documentation of a keyword, from the grammar rule it belongs to:
 * a value or an operator by itself, `source` after a measure or a spend as
 * the `source` property, any other keyword by its rule.
 */
export function keywordEntry(keyword: string, rule: string | undefined): KeywordEntry | undefined {
    const operator = OPERATOR_DOCS[OPERATOR_FORMS[keyword] ?? keyword];
    if (rule === 'Operator') return operator;
    if (keyword === 'source' && (rule === 'Measure' || rule === 'Spend')) return RULE_DOCS.SourceProperty;
    return (rule !== undefined ? RULE_DOCS[rule] : undefined) ?? VALUE_DOCS[keyword];
}

export function valueEntry(value: string): KeywordEntry | undefined {
    return VALUE_DOCS[value] ?? OPERATOR_DOCS[value];
}

/** Markdown: the meaning, an example in a code block, and what uses it. */
export function renderKeywordDoc(lang: Lang, entry: KeywordEntry): string {
    const usedBy = lang === 'zh' ? '用于' : 'Used by';
    return `${entry[lang].meaning}\n\n\`\`\`pbm\n${entry.example}\n\`\`\`\n\n${usedBy}: ${entry[lang].usedBy}`;
}
