/**
 * Every diagnostic code of LANGUAGE.md §5, in one place, with its default
 * severity and family. Messages live in `i18n/messages-*.ts`; the checks that
 * raise them are in `validation/<family>.ts`.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Family =
    | 'core' | 'smart-specific' | 'smart-measurable' | 'smart-achievable' | 'smart-relevant' | 'smart-time-bound'
    | 'budget' | 'monitoring' | 'data-quality' | 'evaluation';

export interface CodeInfo {
    readonly severity: Severity;
    readonly family: Family;
}

export const Code = {
    // core (§3, §1)
    SyntaxError: 'syntax-error',
    UnresolvedReference: 'unresolved-reference',
    DuplicateName: 'duplicate-name',
    DuplicateProperty: 'duplicate-property',
    InvalidDate: 'invalid-date',
    ImportNotFound: 'import-not-found',
    ImportNotPbm: 'import-not-pbm',
    ImportOutsideWorkspace: 'import-outside-workspace',
    PlanMissing: 'plan-missing',
    PlanPeriodInvalid: 'plan-period-invalid',
    RuleInvalid: 'rule-invalid',
    // SMART — specific
    GoalMissingOwner: 'goal-missing-owner',
    GoalMissingDescription: 'goal-missing-description',
    GoalVague: 'goal-vague',
    // SMART — measurable
    GoalWithoutKpi: 'goal-without-kpi',
    KpiMissingTarget: 'kpi-missing-target',
    KpiMissingUnit: 'kpi-missing-unit',
    KpiMissingBaseline: 'kpi-missing-baseline',
    KpiMissingFormula: 'kpi-missing-formula',
    KpiQualitative: 'kpi-qualitative',
    KpiZeroTarget: 'kpi-zero-target',
    TargetDirectionConflict: 'target-direction-conflict',
    // SMART — achievable
    TargetAlreadyMet: 'target-already-met',
    TargetTooAmbitious: 'target-too-ambitious',
    GoalUnfunded: 'goal-unfunded',
    // SMART — relevant
    GoalNotAligned: 'goal-not-aligned',
    StrategyWithoutGoals: 'strategy-without-goals',
    PerspectiveUncovered: 'perspective-uncovered',
    KpiCount: 'kpi-count',
    ClassMissing: 'class-missing',
    ClassInvalid: 'class-invalid',
    OutputIndicatorMissing: 'output-indicator-missing',
    // SMART — time-bound
    GoalMissingDue: 'goal-missing-due',
    DueOutsidePeriod: 'due-outside-period',
    KpiMissingFrequency: 'kpi-missing-frequency',
    // budget
    BudgetUnlinked: 'budget-unlinked',
    AllocationNot100: 'allocation-not-100',
    BudgetOverTotal: 'budget-over-total',
    WeightsNot100: 'weights-not-100',
    WeightZero: 'weight-zero',
    FundingPriorityMismatch: 'funding-priority-mismatch',
    FundingWeightMismatch: 'funding-weight-mismatch',
    ResourceCategoryMissing: 'resource-category-missing',
    AdjustedUnexplained: 'adjusted-unexplained',
    SourcesNotTotal: 'sources-not-total',
    // monitoring
    Overspend: 'overspend',
    BudgetExecutionLag: 'budget-execution-lag',
    YearEndExecutionLow: 'year-end-execution-low',
    KpiLag: 'kpi-lag',
    KpiOffTrack: 'kpi-off-track',
    KpiWrongDirection: 'kpi-wrong-direction',
    GoalOverdue: 'goal-overdue',
    // data quality
    MeasureMissingSource: 'measure-missing-source',
    MeasureOutsidePeriod: 'measure-outside-period',
    MeasureAfterAsOf: 'measure-after-as-of',
    MeasureDuplicate: 'measure-duplicate',
    MeasureMissing: 'measure-missing',
    MeasureImplausible: 'measure-implausible',
    QualitativeScoreBand: 'qualitative-score-band',
    SpendSourceUnknown: 'spend-source-unknown',
    // evaluation
    FindingWithoutAction: 'finding-without-action',
    ActionIncomplete: 'action-incomplete',
    ActionOverdue: 'action-overdue',
    KpiMissedUnexplained: 'kpi-missed-unexplained',
    AffectsAmbiguous: 'affects-ambiguous',
    // v2: indicators, points and awards (LANGUAGE.md §8.1–8.3, 8.9)
    TargetDateDirection: 'target-date-direction',
    CumulativeDirection: 'cumulative-direction',
    PointsMissing: 'points-missing',
    PointsNot100: 'points-not-100',
    WeightIgnored: 'weight-ignored',
    AwardWithoutPoints: 'award-without-points',
    AwardOutOfRange: 'award-out-of-range',
    DuplicateAward: 'duplicate-award',
    AwardUnexplained: 'award-unexplained',
    AwardLenient: 'award-lenient',
    BenefitIndicatorMissing: 'benefit-indicator-missing',
    SatisfactionIndicatorMissing: 'satisfaction-indicator-missing'
} as const;

export type DiagnosticCode = typeof Code[keyof typeof Code];

const info = (severity: Severity, family: Family): CodeInfo => ({ severity, family });

/**
 * Default severity and family of every code. budget-execution-lag is raised
 * as an error (red alert) or a warning (yellow alert); it, kpi-lag and
 * kpi-off-track are infos when a review finding explains them (§8.5).
 */
export const CODE_INFO: Readonly<Record<DiagnosticCode, CodeInfo>> = {
    'syntax-error': info('error', 'core'),
    'unresolved-reference': info('error', 'core'),
    'duplicate-name': info('error', 'core'),
    'duplicate-property': info('error', 'core'),
    'invalid-date': info('error', 'core'),
    'import-not-found': info('error', 'core'),
    'import-not-pbm': info('error', 'core'),
    'import-outside-workspace': info('error', 'core'),
    'plan-missing': info('error', 'core'),
    'plan-period-invalid': info('error', 'core'),
    'rule-invalid': info('error', 'core'),
    'goal-missing-owner': info('warning', 'smart-specific'),
    'goal-missing-description': info('info', 'smart-specific'),
    'goal-vague': info('info', 'smart-specific'),
    'goal-without-kpi': info('error', 'smart-measurable'),
    'kpi-missing-target': info('error', 'smart-measurable'),
    'kpi-missing-unit': info('warning', 'smart-measurable'),
    'kpi-missing-baseline': info('warning', 'smart-measurable'),
    'kpi-missing-formula': info('info', 'smart-measurable'),
    'kpi-qualitative': info('info', 'smart-measurable'),
    'kpi-zero-target': info('warning', 'smart-measurable'),
    'target-direction-conflict': info('warning', 'smart-measurable'),
    'target-already-met': info('warning', 'smart-achievable'),
    'target-too-ambitious': info('warning', 'smart-achievable'),
    'goal-unfunded': info('warning', 'smart-achievable'),
    'goal-not-aligned': info('warning', 'smart-relevant'),
    'strategy-without-goals': info('info', 'smart-relevant'),
    'perspective-uncovered': info('info', 'smart-relevant'),
    'kpi-count': info('info', 'smart-relevant'),
    'class-missing': info('warning', 'smart-relevant'),
    'class-invalid': info('error', 'smart-relevant'),
    'output-indicator-missing': info('error', 'smart-relevant'),
    'goal-missing-due': info('error', 'smart-time-bound'),
    'due-outside-period': info('error', 'smart-time-bound'),
    'kpi-missing-frequency': info('warning', 'smart-time-bound'),
    'budget-unlinked': info('warning', 'budget'),
    'allocation-not-100': info('error', 'budget'),
    'budget-over-total': info('error', 'budget'),
    'weights-not-100': info('error', 'budget'),
    'weight-zero': info('warning', 'budget'),
    'funding-priority-mismatch': info('warning', 'budget'),
    'funding-weight-mismatch': info('info', 'budget'),
    'resource-category-missing': info('info', 'budget'),
    'adjusted-unexplained': info('warning', 'budget'),
    'sources-not-total': info('error', 'budget'),
    'overspend': info('error', 'monitoring'),
    'budget-execution-lag': info('warning', 'monitoring'),
    'year-end-execution-low': info('warning', 'monitoring'),
    'kpi-lag': info('warning', 'monitoring'),
    'kpi-off-track': info('warning', 'monitoring'),
    'kpi-wrong-direction': info('warning', 'monitoring'),
    'goal-overdue': info('warning', 'monitoring'),
    'measure-missing-source': info('warning', 'data-quality'),
    'measure-outside-period': info('error', 'data-quality'),
    'measure-after-as-of': info('error', 'data-quality'),
    'measure-duplicate': info('error', 'data-quality'),
    'measure-missing': info('warning', 'data-quality'),
    'measure-implausible': info('warning', 'data-quality'),
    'qualitative-score-band': info('error', 'data-quality'),
    'spend-source-unknown': info('error', 'data-quality'),
    'finding-without-action': info('warning', 'evaluation'),
    'action-incomplete': info('warning', 'evaluation'),
    'action-overdue': info('warning', 'evaluation'),
    'kpi-missed-unexplained': info('info', 'evaluation'),
    'affects-ambiguous': info('error', 'evaluation'),
    'target-date-direction': info('error', 'smart-measurable'),
    'cumulative-direction': info('error', 'smart-measurable'),
    'points-missing': info('error', 'budget'),
    'points-not-100': info('error', 'budget'),
    'weight-ignored': info('warning', 'budget'),
    'award-without-points': info('error', 'evaluation'),
    'award-out-of-range': info('error', 'evaluation'),
    'duplicate-award': info('error', 'evaluation'),
    'award-unexplained': info('warning', 'evaluation'),
    'award-lenient': info('info', 'evaluation'),
    'benefit-indicator-missing': info('warning', 'smart-relevant'),
    'satisfaction-indicator-missing': info('info', 'smart-relevant')
};

export const ALL_CODES: readonly DiagnosticCode[] = Object.values(Code);
