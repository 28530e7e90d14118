/**
 * The keyword that introduces each property, as the user writes it. Used by
 * messages (`duplicate-property`), completion ("properties not yet given")
 * and the formatter.
 */
export const PROPERTY_KEYWORDS: Readonly<Record<string, string>> = {
    OrganizationProperty: 'organization',
    PeriodProperty: 'period',
    AsOfProperty: 'as of',
    CurrencyProperty: 'currency',
    TotalBudgetProperty: 'total budget',
    ProfileProperty: 'profile',
    LanguageProperty: 'language',
    RulesProperty: 'rules',
    AmbitionLimitRule: 'ambition limit',
    KpiLagWarningRule: 'kpi lag warning',
    KpiCountLimitRule: 'kpi count limit',
    ExecutionLagWarningRule: 'execution lag warning',
    ExecutionLagErrorRule: 'execution lag error',
    YearEndExecutionRule: 'year-end execution',
    FundingWeightRatioRule: 'funding weight ratio',
    GradeBandsRule: 'grade bands',
    ScoreWeightsRule: 'score weights',
    QualitativeScoresRule: 'qualitative scores',
    LeadProperty: 'lead',
    OwnerProperty: 'owner',
    SupportsProperty: 'supports',
    PerspectiveProperty: 'perspective',
    PriorityProperty: 'priority',
    WeightProperty: 'weight',
    StartProperty: 'start',
    DueProperty: 'due',
    DescriptionProperty: 'description',
    MeasureUnitProperty: 'unit',
    BaselineProperty: 'baseline',
    TargetProperty: 'target',
    FrequencyProperty: 'frequency',
    SourceProperty: 'source',
    FormulaProperty: 'formula',
    ClassProperty: 'class',
    CategoryProperty: 'category',
    AmountProperty: 'amount',
    FundsProperty: 'funds',
    AdjustedProperty: 'adjusted',
    SourcesProperty: 'sources',
    AffectsProperty: 'affects',
    CauseProperty: 'cause',
    SeverityProperty: 'severity',
    AddressesProperty: 'addresses',
    StatusProperty: 'status',
    PlannedBudgetProperty: 'budget'
};

/** The properties each block accepts, in the canonical order the formatter and completion use. */
export const BLOCK_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
    Plan: ['OrganizationProperty', 'PeriodProperty', 'AsOfProperty', 'CurrencyProperty', 'TotalBudgetProperty', 'ProfileProperty', 'LanguageProperty', 'RulesProperty'],
    RulesProperty: ['AmbitionLimitRule', 'KpiLagWarningRule', 'KpiCountLimitRule', 'ExecutionLagWarningRule', 'ExecutionLagErrorRule', 'YearEndExecutionRule', 'FundingWeightRatioRule', 'GradeBandsRule', 'ScoreWeightsRule', 'QualitativeScoresRule'],
    Unit: ['LeadProperty'],
    Strategy: ['PerspectiveProperty'],
    Goal: ['OwnerProperty', 'SupportsProperty', 'PerspectiveProperty', 'PriorityProperty', 'WeightProperty', 'StartProperty', 'DueProperty', 'DescriptionProperty'],
    Kpi: ['MeasureUnitProperty', 'BaselineProperty', 'TargetProperty', 'WeightProperty', 'FrequencyProperty', 'SourceProperty', 'FormulaProperty', 'ClassProperty'],
    Budget: ['CategoryProperty', 'AmountProperty', 'AdjustedProperty', 'SourcesProperty', 'OwnerProperty', 'FundsProperty'],
    Finding: ['AffectsProperty', 'CauseProperty', 'SeverityProperty'],
    Action: ['AddressesProperty', 'OwnerProperty', 'DueProperty', 'StatusProperty'],
    Outlook: ['OwnerProperty', 'DueProperty', 'PlannedBudgetProperty']
};
