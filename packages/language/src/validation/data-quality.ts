/**
 * Data-quality checks (LANGUAGE.md §5): actuals with a source, dated inside
 * the plan's time, once per date, collected as often as promised, and
 * plausible.
 *
 * Choices where the spec is silent (docs/diagnostics.md):
 * - a checkpoint outside the period is not also flagged as after `as of`;
 * - a KPI is a "rate of change" (its `%` values may leave 0–100) when its
 *   baseline or target is negative, or its title or unit speaks of change
 *   (change, growth, increase, decrease, reduction, decline, year-on-year,
 *   增长, 增速, 增幅, 降幅, 变化, 变动, 下降, 降低, 同比, 环比);
 * - score bands are closed intervals: achieved 80–100%, partial 60–80%,
 *   missed 0–60%;
 * - `measure-duplicate` keeps the first entry in the plan's file order (the
 *   one the figures use) and flags the later ones; spends are unique per
 *   line, funding source (`from`) and date.
 */
import type { ValidationAcceptor } from 'langium';
import type { PlanFigures } from '../figures/figures.js';
import { declaredSources } from '../figures/money.js';
import type { FundingSource } from '../i18n/funding-sources.js';
import * as ast from '../generated/ast.js';
import { arg } from '../i18n/message-args.js';
import * as props from '../model/properties.js';
import { parseDate, parseNumber, parsePercent } from '../model/values.js';
import { Code } from '../diagnostics/codes.js';
import type { IssueReporter } from './pbm-diagnostics.js';
import type { ReporterFactory } from './pbm-validator.js';
import type { PlanContexts } from './plan-context.js';
import type { PlanCheck } from './plan-wide.js';
import { isQuantitative, numericTarget } from './smart.js';

const CHANGE_WORDS = /\b(?:changes?|growth|grow(?:s|ing)?|increases?|decreases?|reductions?|reduces?|declines?|year[- ]on[- ]year|yoy)\b|增长|增速|增幅|降幅|变化|变动|下降|降低|同比|环比/i;

/** The score band (fractions, both ends included) of each qualitative level. */
export const SCORE_BANDS: Readonly<Record<string, readonly [number, number]>> = {
    achieved: [0.8, 1],
    partial: [0.6, 0.8],
    missed: [0, 0.6],
    // The five grades of the forms (LANGUAGE.md §8.1): 优 良 中 低 差.
    excellent: [0.9, 1],
    good: [0.8, 0.9],
    fair: [0.6, 0.8],
    low: [0.4, 0.6],
    poor: [0, 0.4]
};

/** Whether a `%` KPI measures a rate of change, whose values may be negative or above 100. */
export function isRateOfChange(kpi: ast.Kpi): boolean {
    const baseline = parseNumber(props.kpiBaseline(kpi)?.value);
    const target = numericTarget(kpi)?.value;
    if ((baseline !== undefined && baseline < 0) || (target !== undefined && target < 0)) return true;
    return CHANGE_WORDS.test(kpi.title ?? '') || CHANGE_WORDS.test(props.kpiUnit(kpi)?.value ?? '');
}

export class DataQualityChecks {
    constructor(private readonly contexts: PlanContexts, private readonly reporter: ReporterFactory) {}

    /** measure-missing-source: every actual says where it comes from. */
    checkEntryHasSource = (entry: ast.Measure | ast.Spend, accept: ValidationAcceptor): void => {
        if (entry.source !== undefined) return;
        const isMeasure = ast.isMeasure(entry);
        const name = isMeasure ? entry.kpi?.$refText : entry.budget?.$refText;
        if (!name) return;
        this.reporter(accept).report(Code.MeasureMissingSource, entry, { kind: isMeasure ? 'measure' : 'spend', name });
    };

    /** measure-implausible: a `%` value outside 0–100 (not a rate of change). */
    checkMeasurePlausible = (measure: ast.Measure, accept: ValidationAcceptor): void => {
        // Most values are in range: decide that before looking at the KPI.
        const value = parseNumber(measure.value);
        if (value === undefined || (value >= 0 && value <= 100)) return;
        const kpi = measure.kpi?.ref;
        if (kpi && props.kpiUnit(kpi)?.value?.trim() === '%' && !isRateOfChange(kpi)) {
            const reporter = this.reporter(accept);
            reporter.report(Code.MeasureImplausible, measure, {
                reason: 'percent-range', name: kpi.name, value: arg.number(value, 6)
            }, { property: 'value' });
        }
    };

    /** measure-implausible: a spend is not negative. */
    checkSpendPlausible = (spend: ast.Spend, accept: ValidationAcceptor): void => {
        const value = parseNumber(spend.value);
        if (value === undefined || value >= 0 || !spend.budget?.$refText) return;
        const reporter = this.reporter(accept);
        reporter.report(Code.MeasureImplausible, spend, {
            reason: 'negative-spend', name: spend.budget.$refText, value: arg.number(value, 6)
        }, { property: 'value' });
    };

    /** spend-source-unknown: a spend's `from` names one of the line's `sources`. */
    checkSpendSourceDeclared = (spend: ast.Spend, accept: ValidationAcceptor): void => {
        const budget = spend.budget?.ref;
        if (!spend.from || !budget) return;
        const declared = [...declaredSources(budget).keys()];
        if (declared.includes(spend.from as FundingSource)) return;
        this.reporter(accept).report(Code.SpendSourceUnknown, spend, {
            budget: budget.name, source: spend.from, declared: declared.length > 0 ? declared.join(', ') : undefined
        }, { property: 'from' });
    };

    /** qualitative-score-band: a written score fits its level. */
    checkScoreFitsLevel = (measure: ast.Measure, accept: ValidationAcceptor): void => {
        const score = parsePercent(measure.score);
        const band = measure.level ? SCORE_BANDS[measure.level] : undefined;
        if (score === undefined || !band || (score >= band[0] - 1e-9 && score <= band[1] + 1e-9)) return;
        const reporter = this.reporter(accept);
        reporter.report(Code.QualitativeScoreBand, measure, {
            kpi: measure.kpi?.$refText, score: measure.score, level: measure.level,
            min: arg.percent(band[0], 0), max: arg.percent(band[1], 0)
        }, { property: 'score' });
    };

    /** measure-outside-period, measure-after-as-of: a checkpoint is dated within the plan's time. */
    checkCheckpointDate = (checkpoint: ast.Checkpoint, accept: ValidationAcceptor): void => {
        const date = parseDate(checkpoint.date);
        if (!date || !checkpoint.name) return;
        const reporter = this.reporter(accept);
        for (const { start, end, asOf } of this.contexts.figuresOf(checkpoint)) {
            const args = { checkpoint: checkpoint.name, date: date.iso, start: start?.iso, end: end?.iso, asOf: asOf?.iso };
            if (start && end && start.day <= end.day && (date.day < start.day || date.day > end.day)) {
                reporter.report(Code.MeasureOutsidePeriod, checkpoint, args, { property: 'date' });
            } else if (asOf && date.day > asOf.day) {
                reporter.report(Code.MeasureAfterAsOf, checkpoint, args, { property: 'date' });
            }
        }
    };

    /** measure-missing: a quantitative KPI has a measure in its last completed collection period. */
    checkKpiMeasuredRegularly = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        const frequency = props.kpiFrequency(kpi)?.value;
        if (!kpi.name || !frequency || !isQuantitative(kpi)) return;
        const reporter = this.reporter(accept);
        for (const plan of this.contexts.figuresOf(kpi)) {
            const figures = plan.kpiFigures.get(kpi);
            const period = figures?.lastPeriod;
            if (!period || figures.lastPeriodMeasured) continue;
            reporter.report(Code.MeasureMissing, kpi, {
                kpi: kpi.name, frequency,
                period: arg.period(frequency, period.start.year, period.start.month)
            }, { property: 'name' });
        }
    };

    readonly planChecks: readonly PlanCheck[] = [
        (figures, reporter) => checkEntriesUniquePerDate(figures, reporter)
    ];
}

/**
 * measure-duplicate: one entry per KPI or budget line and date, across all
 * checkpoints of the plan. The KPIs and lines already seen are kept per
 * date, so an entry costs one set lookup (no key string per entry: this runs
 * over every measure and spend after each edit).
 */
function checkEntriesUniquePerDate(figures: PlanFigures, reporter: IssueReporter): void {
    const seenOn = new Map<number, Set<ast.Kpi | ast.Budget | string>>();
    for (const checkpoint of figures.model.checkpoints) {
        const date = parseDate(checkpoint.date);
        if (!date) continue;
        let seen = seenOn.get(date.day);
        if (!seen) seenOn.set(date.day, seen = new Set());
        for (const entry of checkpoint.entries) {
            const isMeasure = ast.isMeasure(entry);
            const target = isMeasure ? entry.kpi?.ref : (entry as ast.Spend).budget?.ref;
            if (!target) continue;
            // A spend drawn from a source is keyed by line and source (rare: only then a key string).
            const from = isMeasure ? undefined : (entry as ast.Spend).from;
            const key = from ? `${(entry as ast.Spend).budget?.$refText}\u0000${from}` : target;
            if (!seen.has(key)) {
                seen.add(key);
                continue;
            }
            reporter.report(Code.MeasureDuplicate, entry, {
                name: target.name, kind: isMeasure ? 'measure' : 'spend', date: date.iso
            }, { property: isMeasure ? 'kpi' : 'budget' });
        }
    }
}
