/**
 * Both message catalogs cover every code of LANGUAGE.md §5 with a message
 * that is complete (no `undefined`, no `NaN`), names the element and — in
 * the Chinese catalog — is written in Chinese.
 */
import { describe, expect, test } from 'vitest';
import { ALL_CODES, catalogOf, type DiagnosticCode, type WordedArgs as MessageArgs } from 'pbm-language';

/** Arguments as the checks pass them; several per code where the message branches on them. */
const SAMPLES: Readonly<Record<DiagnosticCode, readonly MessageArgs[]>> = {
    'syntax-error': [{ detail: "Expected '}' but found 'kpi'." }],
    'unresolved-reference': [{ name: 'Finanse', kind: 'unit' }],
    'duplicate-name': [{ name: 'G1', kind: 'goal', where: 'see line 3' }],
    'duplicate-property': [{ property: 'owner' }],
    'invalid-date': [{ text: '2026-02-30' }],
    'import-not-found': [{ path: 'org/units.pbm' }],
    'import-not-pbm': [{ path: 'notes.txt' }],
    'import-outside-workspace': [{ path: '../../shared/units.pbm', root: 'plans', tool: 'editor' }, { path: '../../shared/units.pbm', root: 'plans', tool: 'cli' }],
    'plan-missing': [{}],
    'plan-period-invalid': [{ start: '2026-12-31', end: '2026-01-01' }],
    'rule-invalid': [
        { rule: 'ambition limit', problem: 'percent-range', value: '150%' },
        { rule: 'kpi count limit', problem: 'whole-number', value: '0' },
        { rule: 'funding weight ratio', problem: 'positive', value: '0' },
        { rule: 'grade bands', problem: 'bands-order' },
        { rule: 'score weights', problem: 'weights-total', value: 90 },
        { rule: 'qualitative scores', problem: 'qualitative-order' },
        { rule: 'execution lag error', problem: 'error-above-warning', value: '90%' }
    ],
    'goal-missing-owner': [{ goal: 'ReduceCost' }],
    'goal-missing-description': [{ goal: 'ReduceCost' }],
    'goal-vague': [{ goal: 'ReduceCost', verb: 'improve' }],
    'goal-without-kpi': [{ goal: 'ReduceCost' }],
    'kpi-missing-target': [{ kpi: 'CostDown' }],
    'kpi-missing-unit': [{ kpi: 'CostDown' }],
    'kpi-missing-baseline': [{ kpi: 'CostDown' }],
    'kpi-missing-formula': [{ kpi: 'CostDown' }],
    'kpi-qualitative': [{ kpi: 'CostDown' }],
    'kpi-zero-target': [{ kpi: 'CostDown' }],
    'target-direction-conflict': [{ kpi: 'CostDown', op: '>=', target: '5', baseline: '8' }],
    'target-already-met': [{ kpi: 'CostDown', op: '>=', target: '8', baseline: '8' }],
    'target-too-ambitious': [{ kpi: 'CostDown', change: '66.7%', limit: '50.0%' }],
    'goal-unfunded': [{ goal: 'ReduceCost' }],
    'goal-not-aligned': [{ goal: 'ReduceCost' }],
    'strategy-without-goals': [{ strategy: 'CostLeader' }],
    'perspective-uncovered': [{ perspective: 'learning' }, { perspective: 'process' }],
    'kpi-count': [{ goal: 'ReduceCost', count: 6, limit: 5 }],
    'class-missing': [{ kpi: 'CostDown' }],
    'class-invalid': [{ class: 'output.social' }],
    'output-indicator-missing': [{ goal: 'ReduceCost' }],
    'goal-missing-due': [{ goal: 'ReduceCost' }],
    'due-outside-period': [
        { goal: 'ReduceCost', property: 'due', date: '2027-01-31', start: '2026-01-01', end: '2026-12-31' },
        { goal: 'ReduceCost', property: 'start', date: '2025-12-01', start: '2026-01-01', end: '2026-12-31' }
    ],
    'kpi-missing-frequency': [{ kpi: 'CostDown' }],
    'budget-unlinked': [{ budget: 'Automation' }],
    'allocation-not-100': [{ budget: 'Automation', total: '80.0%', missing: 0 }, { budget: 'Automation', total: '60.0%', missing: 1 }, { budget: 'Automation', total: '0.0%', missing: 2 }],
    'budget-over-total': [{ sum: '1,150,000.00 CNY', total: '1,000,000.00 CNY' }],
    'weights-not-100': [
        { scope: 'plan', total: '110.0%', missing: 0 }, { scope: 'plan', total: '100.0%', missing: 2 },
        { scope: 'goal', goal: 'ReduceCost', total: '90.0%', missing: 0 }, { scope: 'goal', goal: 'ReduceCost', total: '100.0%', missing: 1 }
    ],
    'weight-zero': [{ kind: 'goal', name: 'ReduceCost' }, { kind: 'kpi', name: 'CostDown' }],
    'funding-priority-mismatch': [{ low: 'Brand', lowAmount: '500,000.00 CNY', high: 'Export', highAmount: '100,000.00 CNY' }],
    'funding-weight-mismatch': [{ goal: 'ReduceCost', fundingShare: '10.0%', weight: '60.0%', ratio: '3' }],
    'resource-category-missing': [{ category: 'personnel' }, { category: 'technology' }],
    'overspend': [{ budget: 'Automation', spent: '120,000.00 CNY', amount: '100,000.00 CNY' }],
    'budget-execution-lag': [
        { budget: 'Automation', level: 'yellow', rate: '35.0%', elapsed: '49.5%' }, { budget: 'Automation', level: 'red', rate: '20.0%', elapsed: '49.5%' },
        { budget: 'Automation', level: 'red', rate: '20.0%', elapsed: '49.5%', finding: 'SteelPrices' }
    ],
    'year-end-execution-low': [{ budget: 'Automation', rate: '80.0%', threshold: '90.0%' }],
    'kpi-lag': [
        { kpi: 'CostDown', achievement: '26.3%', expected: '49.5%', lag: '23.2%' }, { kpi: 'CostDown', achievement: '75%', pastDue: 'yes', due: '2026-12-31' },
        { kpi: 'CostDown', achievement: '26.3%', expected: '49.5%', lag: '23.2%', finding: 'SteelPrices' },
        { kpi: 'CostDown', achievement: '75%', pastDue: 'yes', due: '2026-12-31', finding: 'SteelPrices' }
    ],
    'kpi-off-track': [
        { kpi: 'CostDown', projection: '3.62%', due: '2026-12-31', op: '>=', target: '6%' },
        { kpi: 'CostDown', projection: '3.62%', due: '2026-12-31', op: '>=', target: '6%', finding: 'SteelPrices' }
    ],
    'kpi-wrong-direction': [{ kpi: 'Retention', previous: '89.5%', latest: '89%' }],
    'goal-overdue': [{ goal: 'Pilot', due: '2026-03-31', score: '60.0%' }],
    'measure-missing-source': [{ kind: 'measure', name: 'MasterData' }, { kind: 'spend', name: 'Automation' }],
    'measure-outside-period': [{ checkpoint: 'NextYear', date: '2027-01-15', start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' }],
    'measure-after-as-of': [{ checkpoint: 'July', date: '2026-07-15', start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' }],
    'measure-duplicate': [{ name: 'Tickets', kind: 'measure', date: '2026-05-31' }, { name: 'Desk', kind: 'spend', date: '2026-05-31' }],
    'measure-missing': [
        { kpi: 'Tickets', frequency: 'monthly', period: '2026-06' }, { kpi: 'Tickets', frequency: 'quarterly', period: '2026 Q2' },
        { kpi: 'Tickets', frequency: 'half-yearly', period: '2026 H1' }, { kpi: 'Tickets', frequency: 'yearly', period: '2025' }
    ],
    'measure-implausible': [{ reason: 'percent-range', name: 'Tickets', value: '120' }, { reason: 'negative-spend', name: 'Tools', value: '-10,000' }],
    'qualitative-score-band': [{ kpi: 'Iso', score: '75%', level: 'achieved', min: '80%', max: '100%' }],
    'finding-without-action': [{ finding: 'Warranty' }],
    'action-incomplete': [{ action: 'Survey', missing: 'owner' }, { action: 'Survey', missing: 'due' }, { action: 'Survey', missing: 'owner-due' }],
    'action-overdue': [{ action: 'NewTerms', due: '2026-09-15', asOf: '2026-09-30' }],
    'kpi-missed-unexplained': [{ kpi: 'Models', goal: 'Launch' }],
    'affects-ambiguous': [{ name: 'Quality', kind1: 'goal', kind2: 'KPI' }],
    'adjusted-unexplained': [{ budget: 'Equipment', amount: '1,000,000.00 CNY', adjusted: '900,000.00 CNY' }],
    'sources-not-total': [
        { budget: 'Equipment', total: '850,000.00 CNY', amount: '900,000.00 CNY', adjustedBudget: 'yes' },
        { budget: 'Equipment', total: '850,000.00 CNY', amount: '900,000.00 CNY', adjustedBudget: 'no' }
    ],
    'spend-source-unknown': [
        { budget: 'Equipment', source: 'carryover', declared: 'fiscal, own' },
        { budget: 'Equipment', source: 'carryover' }
    ],
    'target-date-direction': [{ kpi: 'Handover', op: '>=', date: '2026-10-31' }],
    'cumulative-direction': [{ kpi: 'TrainingHours', op: '<=' }],
    'points-missing': [{ kpi: 'Coverage' }],
    'points-not-100': [{ plan: 'Water2026', total: '95', execution: '10', indicators: '85' }],
    'weight-ignored': [{ what: 'goal', name: 'Build' }, { what: 'kpi', name: 'Pipes' }, { what: 'score-weights' }],
    'award-without-points': [{ row: 'Pipes' }],
    'award-out-of-range': [{ row: 'Pipes', value: '16', points: '15' }],
    'duplicate-award': [{ row: 'Pipes', review: 'SelfEval' }],
    'award-unexplained': [{ row: 'Pipes', value: '13', earned: '14.86' }],
    'award-lenient': [{ row: 'Pipes', points: '15', kind: 'kpi', achieved: '95.0%' }, { row: 'execution', points: '10', kind: 'execution', achieved: '97.0%' }, { row: 'Pipes', points: '15', kind: 'kpi' }],
    'benefit-indicator-missing': [{ plan: 'Water2026', points: '30' }],
    'satisfaction-indicator-missing': [{ plan: 'Water2026', points: '10' }]
};

/** The element a message must name, when its arguments name one. */
function elementOf(args: MessageArgs): string | undefined {
    const named = args.goal ?? args.kpi ?? args.budget ?? args.action ?? args.finding ?? args.strategy ?? args.checkpoint ?? args.name ?? args.low;
    return named === undefined ? undefined : String(named);
}

const CJK = /[\u4e00-\u9fff]/;

describe.each(['en', 'zh'] as const)('the %s catalog', lang => {
    const catalog = catalogOf(lang);

    test('has a message for every code', () => {
        expect(ALL_CODES.filter(code => typeof catalog[code] !== 'function')).toEqual([]);
    });

    test.each(ALL_CODES.map(code => [code] as const))('%s: complete messages that name the element', code => {
        for (const args of SAMPLES[code]) {
            const message = catalog[code](args);
            expect(message.trim().length).toBeGreaterThan(0);
            expect(message).not.toMatch(/undefined|NaN|\[object|\$\{/);
            const element = elementOf(args);
            if (element) expect(message).toContain(element);
            if (lang === 'zh' && code !== 'syntax-error') expect(message).toMatch(CJK);
            if (lang === 'en') expect(message).not.toMatch(CJK);
        }
    });

    test('branches give different messages', () => {
        for (const code of ALL_CODES) {
            const messages = SAMPLES[code].map(args => catalog[code](args));
            expect(new Set(messages).size, code).toBe(messages.length);
        }
    });
});
