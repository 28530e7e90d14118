#!/usr/bin/env node
// Generates seeded, realistic budget performance plans for the benchmark
// (issue #7): the same organisation-wide plan as PBM files, as an hledger
// journal, as a beancount ledger and as JSON, so PBM can be compared with the
// plain-text tools its users would otherwise pick, on equivalent data.
//
// A plan has the proportions of a real one: units, strategies, goals with 2–4
// KPIs (baselines, targets, units, frequencies, sources, weights), budget
// lines funding 1–3 goals (with splits), monthly checkpoints over two years
// measuring every KPI and spending on every line, quarterly reviews with
// findings and actions, an outlook. The data is clean — figures on track,
// sources given, weights total 100% — except for a few planted problems,
// listed in `planted` with their code, file and line, so a test can tell a
// deliberate diagnostic from a regression.
//
// Usage:   node bench/generate.mjs [--sizes S,M,L,XL] [--seed 7] [--out bench/work]
// Module:  import { generatePlan, writePlan, SIZES } from './generate.mjs'

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Target sizes in lines of PBM; `multiFile` splits the plan over imported files. */
export const SIZES = {
    S: { lines: 1_000, multiFile: false },
    M: { lines: 10_000, multiFile: false },
    L: { lines: 50_000, multiFile: true },
    // The same plan kept in one file, as many planners do (issue #21).
    L1: { lines: 50_000, multiFile: false },
    XL: { lines: 100_000, multiFile: true }
};

/** Lines of PBM one goal brings with it (its KPIs, budget lines and measures): calibrated on seed 7. */
const LINES_PER_GOAL = 119;
/** Goals per `goals-NN.pbm` file in a multi-file plan. */
const GOALS_PER_FILE = 100;

const PLAN_START = { year: 2025, month: 1 };
const MONTHS = 24;               // the plan period: 2025-01-01 to 2026-12-31
const AS_OF_MONTH = 18;          // as of 2026-06-30: 18 monthly checkpoints
const PERIOD_START = '2025-01-01';
const PERIOD_END = '2026-12-31';
const AS_OF = '2026-06-30';

const PERSPECTIVES = ['financial', 'customer', 'process', 'learning'];
const PRIORITIES = ['high', 'medium', 'low'];
/** Main-line amount ranges per goal priority, disjoint so a low-priority goal never gets more than a high one. */
const AMOUNT_RANGE = { high: [3_000_000, 6_000_000], medium: [1_200_000, 2_500_000], low: [300_000, 900_000] };
const MAIN_CATEGORY = { financial: 'equipment', customer: 'marketing', process: 'technology', learning: 'training' };
const SHARED_CATEGORIES = ['personnel', 'services', 'materials', 'technology'];
const DEPARTMENTS = [
    ['Manufacturing', '生产部'], ['Finance', '财务部'], ['Procurement', '采购部'], ['Sales', '销售部'],
    ['Marketing', '市场部'], ['HR', '人力资源部'], ['IT', '信息技术部'], ['Quality', '质量部'],
    ['Logistics', '物流部'], ['RnD', '研发中心'], ['Service', '客户服务部'], ['Legal', '法务部']
];
const LEADS = ['王丽', '张伟', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', 'Wang Li', 'Zhang Wei', 'Li Na', 'Chen Jing'];
const STRATEGY_THEMES = [
    ['CostLeader', 'Become the regional cost leader'], ['CustomerFirst', '以客户为中心'],
    ['DigitalOps', 'Digitalise operations'], ['TalentGrowth', 'Grow our talent'],
    ['GreenFactory', '绿色低碳工厂'], ['QualityFirst', 'Zero-defect quality']
];
/** KPI templates: unit, baseline range, direction, relative change of the target (≤ 40%: within the ambition limit). */
const KPI_TEMPLATES = [
    { stem: 'UnitCost', title: 'Unit production cost', unit: 'CNY/unit', base: [80, 200], op: '<=', change: [0.08, 0.2], source: 'ERP cost ledger' },
    { stem: 'Downtime', title: 'Unplanned downtime', unit: 'h/month', base: [30, 60], op: '<=', change: [0.2, 0.4], source: 'MES export' },
    { stem: 'OnTime', title: 'On-time delivery rate', unit: '%', base: [70, 85], op: '>=', change: [0.06, 0.12], source: 'WMS shipping log' },
    { stem: 'CSAT', title: '客户满意度', unit: 'points', base: [65, 80], op: '>=', change: [0.08, 0.15], source: 'Customer survey' },
    { stem: 'Revenue', title: 'New-product revenue', unit: 'CNY k', base: [2_000, 9_000], op: '>=', change: [0.15, 0.35], source: 'Sales ledger' },
    { stem: 'Defects', title: '不良品率', unit: 'ppm', base: [400, 1_200], op: '<=', change: [0.2, 0.4], source: 'QMS' },
    { stem: 'Training', title: 'Training hours per employee', unit: 'h/person', base: [20, 40], op: '>=', change: [0.2, 0.4], source: 'HR system' },
    { stem: 'Energy', title: '单位产值能耗', unit: 'kWh/k CNY', base: [50, 90], op: '<=', change: [0.1, 0.25], source: 'Energy meters' },
    { stem: 'Retention', title: 'Key staff retention', unit: '%', base: [75, 88], op: '>=', change: [0.04, 0.1], source: 'HR system' }
];
const KPI_WEIGHTS = { 2: [60, 40], 3: [40, 30, 30], 4: [30, 30, 20, 20] };
const GOAL_VERBS = { '>=': ['Raise', 'Grow', 'Lift'], '<=': ['Reduce', 'Cut', 'Lower'] };
const FREQUENCIES = ['monthly', 'monthly', 'quarterly'];
const CAUSES = ['external', 'internal', 'data', 'communication'];

// ------------------------------------------------------------------ random numbers

/** mulberry32: a small, fast, seedable generator; the same seed gives the same plan everywhere. */
export function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        between: (low, high) => low + next() * (high - low),
        integer: (low, high) => low + Math.floor(next() * (high - low + 1)),
        pick: list => list[Math.floor(next() * list.length)]
    };
}

// ------------------------------------------------------------------ dates

function monthEnd(index) {
    // index 1 = the first month of the plan
    const year = PLAN_START.year + Math.floor((PLAN_START.month - 1 + index - 1) / 12);
    const month = ((PLAN_START.month - 1 + index - 1) % 12) + 1;
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n) {
    return String(n).padStart(2, '0');
}

function dayNumber(iso) {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Elapsed share of an item at a date (LANGUAGE.md §4), clamped to [0, 1]. */
function elapsedShare(date, start, due) {
    return Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(start)) / (dayNumber(due) - dayNumber(start))));
}

// ------------------------------------------------------------------ the plan's data

/**
 * Builds the plan's data (no text yet): `{ plan, units, strategies, goals,
 * budgets, checkpoints, reviews, outlooks }`. `options.goals` fixes the number
 * of goals; otherwise it follows `options.lines`.
 */
export function generatePlanData(options = {}) {
    const random = createRandom(options.seed ?? 7);
    const goalCount = options.goals ?? Math.max(4, Math.round((options.lines ?? 1_000) / LINES_PER_GOAL));
    const units = DEPARTMENTS.slice(0, Math.min(DEPARTMENTS.length, Math.max(4, Math.ceil(goalCount / 8))))
        .map(([name, title], i) => ({ name, title, lead: LEADS[i % LEADS.length] }));
    // Extra units for big organisations: one per 40 goals beyond the named departments.
    for (let i = units.length; i < Math.ceil(goalCount / 40); i++) {
        units.push({ name: `Branch${pad3(i)}`, title: `分公司 ${i}`, lead: random.pick(LEADS) });
    }
    const strategyCount = Math.max(4, Math.min(40, Math.ceil(goalCount / 25)));
    const strategies = [];
    for (let i = 0; i < strategyCount; i++) {
        const [stem, title] = STRATEGY_THEMES[i % STRATEGY_THEMES.length];
        strategies.push({
            name: i < STRATEGY_THEMES.length ? stem : `${stem}${i}`,
            title: i < STRATEGY_THEMES.length ? title : `${title} (${i})`,
            perspective: PERSPECTIVES[i % PERSPECTIVES.length]
        });
    }

    const goals = [];
    const kpis = [];
    for (let g = 0; g < goalCount; g++) {
        const number = pad4(g + 1);
        const strategy = strategies[g % strategies.length];
        const priority = PRIORITIES[g % 7 === 0 ? 2 : g % 3 === 0 ? 0 : 1];
        const due = g % 5 === 0 ? '2026-09-30' : PERIOD_END;
        const kpiCount = 2 + (g % 3);
        const goal = {
            name: `G${number}`,
            title: `${random.pick(GOAL_VERBS[KPI_TEMPLATES[g % KPI_TEMPLATES.length].op])} ${KPI_TEMPLATES[g % KPI_TEMPLATES.length].title.toLowerCase()} — programme ${number}`,
            owner: units[g % units.length].name,
            supports: [strategy.name],
            perspective: strategy.perspective,
            priority,
            due,
            description: `Programme ${number}: measurable steps agreed with ${units[g % units.length].name}.`,
            kpis: [],
            weight: 0,          // set below, in proportion to funding
            funding: 0
        };
        for (let k = 0; k < kpiCount; k++) {
            const template = KPI_TEMPLATES[(g + k * 4) % KPI_TEMPLATES.length];
            const qualitative = (g * 4 + k) % 19 === 7;
            const kpi = qualitative
                ? qualitativeKpi(goal, k, template)
                : quantitativeKpi(random, goal, k, template);
            kpi.weight = KPI_WEIGHTS[kpiCount][k];
            goal.kpis.push(kpi);
            kpis.push(kpi);
        }
        goals.push(goal);
    }

    // Budget lines: one main line per goal, plus shared lines split over 2 or 3 goals.
    const budgets = [];
    goals.forEach((goal, g) => {
        const [low, high] = AMOUNT_RANGE[goal.priority];
        const amount = Math.round(random.between(low, high) / 10_000) * 10_000;
        budgets.push({
            name: `B${goal.name.slice(1)}${MAIN_CATEGORY[goal.perspective].replace(/^./, c => c.toUpperCase())}`,
            title: `${goal.title.split(' — ')[0]}: main line`,
            category: MAIN_CATEGORY[goal.perspective],
            amount, owner: goal.owner,
            funds: [{ goal: goal.name, share: 100 }]
        });
        if (g % 6 === 5) {
            const shared = g % 12 === 11 ? goals.slice(g - 2, g + 1) : goals.slice(g - 1, g + 1);
            const shares = shared.length === 2 ? [50, 50] : [40, 30, 30];
            const category = SHARED_CATEGORIES[(g / 6 | 0) % SHARED_CATEGORIES.length];
            budgets.push({
                name: `S${goal.name.slice(1)}${category.replace(/^./, c => c.toUpperCase())}`,
                title: `Shared ${category} for ${shared.map(x => x.name).join(', ')}`,
                category,
                amount: Math.round(random.between(100_000, 300_000) / 10_000) * 10_000,
                owner: goal.owner,
                funds: shared.map((x, i) => ({ goal: x.name, share: shares[i] }))
            });
        }
    });
    // Every plan has personnel and technology lines (resource-category-missing otherwise).
    for (const category of ['personnel', 'technology']) {
        if (!budgets.some(b => b.category === category)) {
            budgets.push({
                name: `Central${category.replace(/^./, c => c.toUpperCase())}`, title: `Central ${category}`, category,
                amount: 200_000, owner: units[0].name, funds: [{ goal: goals[0].name, share: 100 }]
            });
        }
    }
    const byGoal = new Map(goals.map(goal => [goal.name, goal]));
    for (const budget of budgets) {
        for (const { goal, share } of budget.funds) byGoal.get(goal).funding += budget.amount * share / 100;
    }
    assignGoalWeights(goals);

    // Spending: each line on plan (≈ 1/24 a month, ± 8%), in cents so the ledgers balance exactly.
    for (const budget of budgets) {
        budget.monthlySpend = [];
        for (let m = 1; m <= AS_OF_MONTH; m++) {
            budget.monthlySpend.push(Math.round(budget.amount * 100 / MONTHS * random.between(0.92, 1.08)));
        }
    }

    const checkpoints = [];
    for (let m = 1; m <= AS_OF_MONTH; m++) {
        const date = monthEnd(m);
        const measures = kpis.map(kpi => measureAt(kpi, date));
        const spends = budgets.map(budget => ({
            budget: budget.name, cents: budget.monthlySpend[m - 1], source: `GL ${6600 + (budgets.indexOf(budget) % 90)} ${date.slice(0, 7)}`
        }));
        checkpoints.push({ name: `M${date.slice(0, 4)}_${date.slice(5, 7)}`, date, measures, spends });
    }

    const reviews = [];
    let findingNumber = 0;
    const findingsPerReview = Math.max(1, Math.round(goalCount / 20));
    for (let q = 1; q <= AS_OF_MONTH / 3; q++) {
        const date = monthEnd(q * 3);
        const findings = [];
        const actions = [];
        for (let f = 0; f < findingsPerReview; f++) {
            findingNumber++;
            const goal = goals[(findingNumber * 7) % goals.length];
            const finding = {
                name: `F${pad4(findingNumber)}`, title: `Cost pressure on ${goal.name}`,
                affects: [goal.name], cause: CAUSES[findingNumber % CAUSES.length], severity: PRIORITIES[findingNumber % 3]
            };
            findings.push(finding);
            const due = q * 3 + 3 <= AS_OF_MONTH ? monthEnd(q * 3 + 3) : monthEnd(AS_OF_MONTH + 3);
            actions.push({
                name: `A${pad4(findingNumber)}`, title: `Respond to ${finding.name}`, addresses: finding.name,
                owner: goal.owner, due, status: q * 3 + 3 <= AS_OF_MONTH ? 'done' : 'open'
            });
        }
        reviews.push({ name: `Review${date.slice(0, 4)}Q${((q - 1) % 4) + 1}`, title: `Quarterly review ${date.slice(0, 7)}`, date, findings, actions });
    }

    const outlooks = [];
    for (let i = 0; i < Math.max(2, Math.round(goalCount / 20)); i++) {
        outlooks.push({
            name: `Next${pad3(i + 1)}`, title: `Extend programme ${goals[i % goals.length].name} in 2027`,
            owner: units[i % units.length].name, due: '2027-06-30', budget: Math.round(random.between(500_000, 2_000_000) / 10_000) * 10_000
        });
    }

    const allocated = budgets.reduce((sum, b) => sum + b.amount, 0);
    const plan = {
        name: 'Acme2025',
        title: 'Acme Group — 2025–2026 Budget Performance Plan',
        organization: 'Acme Group Co., Ltd.',
        periodStart: PERIOD_START, periodEnd: PERIOD_END, asOf: AS_OF,
        currency: 'CNY',
        totalBudget: Math.ceil(allocated * 1.05 / 1_000_000) * 1_000_000
    };
    const data = { plan, units, strategies, goals, budgets, checkpoints, reviews, outlooks };
    plantProblems(data);
    return data;
}

function quantitativeKpi(random, goal, k, template) {
    const baseline = round2(random.between(...template.base));
    const change = random.between(...template.change);
    const target = round2(template.op === '>=' ? baseline * (1 + change) : baseline * (1 - change));
    return {
        name: `${template.stem}${goal.name.slice(1)}_${k + 1}`,
        title: template.title, unit: template.unit, baseline, op: template.op, target,
        frequency: FREQUENCIES[k % FREQUENCIES.length], source: template.source,
        // Ahead of plan by 2–8%: on track, and the projection reaches the target by the due date.
        pace: random.between(1.02, 1.08),
        goal
    };
}

function qualitativeKpi(goal, k, template) {
    return {
        name: `Cert${goal.name.slice(1)}_${k + 1}`,
        title: `${template.title}: external certification`,
        target: 'Certified by an external auditor', qualitative: true,
        frequency: 'quarterly', source: 'Audit reports', goal
    };
}

/** A KPI's measure at a checkpoint: achievement follows the goal's elapsed share (× pace). */
function measureAt(kpi, date) {
    const elapsed = elapsedShare(date, PERIOD_START, kpi.goal.due);
    if (kpi.qualitative) {
        const score = Math.min(100, Math.round(elapsed * 100 + 10));
        const level = score >= 80 ? 'achieved' : score >= 60 ? 'partial' : 'missed';
        return { kpi: kpi.name, level, score, source: `Audit ${date.slice(0, 7)}` };
    }
    const achievement = elapsed * kpi.pace;
    const value = round2(kpi.baseline + achievement * (kpi.target - kpi.baseline));
    return { kpi: kpi.name, value, source: `${kpi.source} ${date.slice(0, 7)}` };
}

/** Goal weights in proportion to funding (so funding and weight agree), in 0.01% steps totalling exactly 100%. */
function assignGoalWeights(goals) {
    const total = goals.reduce((sum, goal) => sum + goal.funding, 0);
    let assigned = 0;
    goals.forEach(goal => {
        goal.weight = Math.max(1, Math.round(goal.funding / total * 10_000));
        assigned += goal.weight;
    });
    // Put the rounding remainder on the largest goal.
    const largest = goals.reduce((a, b) => (b.weight > a.weight ? b : a));
    largest.weight += 10_000 - assigned;
    for (const goal of goals) goal.weightText = `${(goal.weight / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/**
 * The problems a real plan has, planted on purpose (each is listed with the
 * code it must raise). Applied to the data so the text and ledgers agree.
 */
function plantProblems(data) {
    const { goals, checkpoints } = data;
    // weights-not-100: the KPI weights of one goal total 90% (noted on the goal: where the
    // check puts its range is the validation's choice, the code and the file are what count).
    const unevenGoal = goals[Math.min(2, goals.length - 1)];
    unevenGoal.kpis[0].weight -= 10;
    unevenGoal.plant = ['weights-not-100'];
    // kpi-lag (and, as its projection then misses the target, kpi-off-track): one KPI at 55% of pace.
    const laggingKpi = goals[Math.min(1, goals.length - 1)].kpis.find(kpi => !kpi.qualitative);
    laggingKpi.pace = 0.55;
    laggingKpi.plant = ['kpi-lag', 'kpi-off-track'];
    for (const checkpoint of checkpoints) {
        checkpoint.measures = checkpoint.measures.map(m => (m.kpi === laggingKpi.name ? measureAt(laggingKpi, checkpoint.date) : m));
    }
    // unresolved-reference: a spend on a budget line that does not exist (a typo), in the fourth checkpoint.
    const typoCheckpoint = checkpoints[3];
    typoCheckpoint.spends.push({ budget: 'BudgetTypo', cents: 1_234_500, source: 'GL 6699', plant: 'unresolved-reference', unknown: true });
    // measure-missing-source: one spend booked without its source document.
    const unsourced = checkpoints[5].spends[0];
    delete unsourced.source;
    unsourced.plant = 'measure-missing-source';
}

function pad3(n) {
    return String(n).padStart(3, '0');
}

function pad4(n) {
    return String(n).padStart(4, '0');
}

function round2(x) {
    return Math.round(x * 100) / 100;
}

// ------------------------------------------------------------------ PBM text

/** Collects the lines of one file, remembering where planted problems are. */
class PbmFileWriter {
    constructor(name, planted) {
        this.name = name;
        this.lines = [];
        this.planted = planted;
    }

    line(text, codes = []) {
        this.lines.push(text);
        for (const code of [codes].flat()) this.planted.push({ code, file: this.name, line: this.lines.length });
    }

    get text() {
        return this.lines.join('\n') + '\n';
    }
}

const formatAmount = amount => amount.toLocaleString('en-US').replace(/,/g, '_');
const formatCents = cents => `${Math.trunc(cents / 100)}.${pad2(Math.abs(cents % 100))}`;

function writePlanHeader(out, data, imports) {
    const { plan } = data;
    for (const file of imports) out.line(`import "${file}"`);
    if (imports.length) out.line('');
    out.line(`plan ${plan.name} "${plan.title}" {`);
    out.line(`    organization "${plan.organization}"`);
    out.line(`    period ${plan.periodStart} to ${plan.periodEnd}`);
    out.line(`    as of ${plan.asOf}`);
    out.line(`    currency ${plan.currency}`);
    out.line(`    total budget ${formatAmount(plan.totalBudget)}`);
    out.line('    rules {');
    out.line('        kpi lag warning 15%');
    out.line('        grade bands 90 80 60');
    out.line('    }');
    out.line('}');
    out.line('');
}

function writeOrganisation(out, data) {
    for (const unit of data.units) out.line(`unit ${unit.name} "${unit.title}" { lead "${unit.lead}" }`);
    out.line('');
    for (const strategy of data.strategies) out.line(`strategy ${strategy.name} "${strategy.title}" { perspective ${strategy.perspective} }`);
    out.line('');
}

function writeGoal(out, goal) {
    out.line(`goal ${goal.name} "${goal.title}" {`, goal.plant ?? []);
    out.line(`    owner ${goal.owner}`);
    out.line(`    supports ${goal.supports.join(', ')}`);
    out.line(`    perspective ${goal.perspective}`);
    out.line(`    priority ${goal.priority}`);
    out.line(`    weight ${goal.weightText}`);
    out.line(`    due ${goal.due}`);
    out.line(`    description "${goal.description}"`);
    for (const kpi of goal.kpis) {
        out.line(`    kpi ${kpi.name} "${kpi.title}" {`, kpi.plant ?? []);
        if (kpi.qualitative) {
            out.line(`        target "${kpi.target}"`);
        } else {
            out.line(`        unit "${kpi.unit}"`);
            out.line(`        baseline ${kpi.baseline}`);
            out.line(`        target ${kpi.op} ${kpi.target}`);
        }
        out.line(`        weight ${kpi.weight}%`);
        out.line(`        frequency ${kpi.frequency}`);
        out.line(`        source "${kpi.source}"`);
        out.line('    }');
    }
    out.line('}');
    out.line('');
}

function writeBudget(out, budget) {
    out.line(`budget ${budget.name} "${budget.title}" {`);
    out.line(`    category ${budget.category}`);
    out.line(`    amount ${formatAmount(budget.amount)}`);
    out.line(`    owner ${budget.owner}`);
    const funds = budget.funds.length === 1 ? budget.funds[0].goal : budget.funds.map(f => `${f.goal} ${f.share}%`).join(', ');
    out.line(`    funds ${funds}`);
    out.line('}');
    out.line('');
}

function writeCheckpoint(out, checkpoint) {
    out.line(`checkpoint ${checkpoint.name} ${checkpoint.date} {`);
    for (const m of checkpoint.measures) {
        const value = m.level ? `${m.level} ${m.score}%` : String(m.value);
        out.line(`    measure ${m.kpi} ${value} source "${m.source}"`);
    }
    for (const s of checkpoint.spends) {
        const source = s.source ? ` source "${s.source}"` : '';
        out.line(`    spend ${s.budget} ${formatCents(s.cents)}${source}`, s.plant ?? []);
    }
    out.line('}');
    out.line('');
}

function writeReview(out, review) {
    out.line(`review ${review.name} "${review.title}" ${review.date} {`);
    for (const finding of review.findings) {
        out.line(`    finding ${finding.name} "${finding.title}" {`);
        out.line(`        affects ${finding.affects.join(', ')}`);
        out.line(`        cause ${finding.cause}`);
        out.line(`        severity ${finding.severity}`);
        out.line('    }');
    }
    for (const action of review.actions) {
        out.line(`    action ${action.name} "${action.title}" {`);
        out.line(`        addresses ${action.addresses}`);
        out.line(`        owner ${action.owner}`);
        out.line(`        due ${action.due}`);
        out.line(`        status ${action.status}`);
        out.line('    }');
    }
    out.line('}');
    out.line('');
}

function writeOutlook(out, outlook) {
    out.line(`outlook ${outlook.name} "${outlook.title}" {`);
    out.line(`    owner ${outlook.owner}`);
    out.line(`    due ${outlook.due}`);
    out.line(`    budget ${formatAmount(outlook.budget)}`);
    out.line('}');
    out.line('');
}

/**
 * The plan as PBM files: `{ files: { 'plan.pbm': text, … }, planted }`. One
 * file, or (multiFile) plan.pbm importing goals-NN.pbm, budget.pbm and
 * monitoring-YYYY.pbm, as a planner would organise a large plan.
 */
export function toPbmFiles(data, { multiFile = false, goalsPerFile = GOALS_PER_FILE } = {}) {
    const planted = [];
    const writers = [];
    const writer = name => {
        const w = new PbmFileWriter(name, planted);
        writers.push(w);
        return w;
    };
    if (!multiFile) {
        const out = writer('plan.pbm');
        writePlanHeader(out, data, []);
        writeOrganisation(out, data);
        data.goals.forEach(goal => writeGoal(out, goal));
        data.budgets.forEach(budget => writeBudget(out, budget));
        data.checkpoints.forEach(checkpoint => writeCheckpoint(out, checkpoint));
        data.reviews.forEach(review => writeReview(out, review));
        data.outlooks.forEach(outlook => writeOutlook(out, outlook));
    } else {
        const goalFiles = [];
        for (let i = 0; i < data.goals.length; i += goalsPerFile) goalFiles.push(`goals-${pad2(goalFiles.length + 1)}.pbm`);
        const years = [...new Set(data.checkpoints.map(c => c.date.slice(0, 4)))];
        const monitoringFiles = years.map(year => `monitoring-${year}.pbm`);
        const main = writer('plan.pbm');
        writePlanHeader(main, data, [...goalFiles, 'budget.pbm', ...monitoringFiles]);
        writeOrganisation(main, data);
        data.reviews.forEach(review => writeReview(main, review));
        data.outlooks.forEach(outlook => writeOutlook(main, outlook));
        goalFiles.forEach((name, i) => {
            const out = writer(name);
            data.goals.slice(i * goalsPerFile, (i + 1) * goalsPerFile).forEach(goal => writeGoal(out, goal));
        });
        const budgetFile = writer('budget.pbm');
        data.budgets.forEach(budget => writeBudget(budgetFile, budget));
        years.forEach((year, i) => {
            const out = writer(monitoringFiles[i]);
            data.checkpoints.filter(c => c.date.startsWith(year)).forEach(checkpoint => writeCheckpoint(out, checkpoint));
        });
    }
    const files = Object.fromEntries(writers.map(w => [w.name, w.text]));
    return { files, planted, lines: writers.reduce((sum, w) => sum + w.lines.length, 0) };
}

// ------------------------------------------------------------------ peers' formats

function accountOf(budget, style) {
    const category = budget.category.replace(/^./, c => c.toUpperCase());
    return style === 'beancount' ? `Expenses:${category}:${budget.name}` : `expenses:${budget.category}:${budget.name}`;
}

/**
 * An hledger journal of the same budget data: a periodic `~ yearly` budget
 * entry per budget line (half its two-year amount a year) and one transaction
 * per spend — what `hledger bal --budget -Y` compares.
 */
export function toHledgerJournal(data) {
    const lines = [`; ${data.plan.title} — generated by bench/generate.mjs`, `commodity 1,000.00 ${data.plan.currency}`, ''];
    const budgetsByName = new Map(data.budgets.map(b => [b.name, b]));
    for (const budget of data.budgets) {
        lines.push(`~ yearly from ${data.plan.periodStart} to 2027-01-01  budget ${budget.name}`);
        lines.push(`    ${accountOf(budget, 'hledger')}    ${formatCents(budget.amount * 50)} ${data.plan.currency}`);
        lines.push('    assets:budget');
        lines.push('');
    }
    for (const checkpoint of data.checkpoints) {
        for (const spend of checkpoint.spends) {
            if (spend.unknown) continue;
            const budget = budgetsByName.get(spend.budget);
            lines.push(`${checkpoint.date} ${spend.source ?? 'no source'} | spend ${spend.budget}`);
            lines.push(`    ${accountOf(budget, 'hledger')}    ${formatCents(spend.cents)} ${data.plan.currency}`);
            lines.push('    assets:bank');
            lines.push('');
        }
    }
    return lines.join('\n');
}

/**
 * A beancount ledger of the same data: `open` directives, a `custom "budget"`
 * per line (fava's budget form), one transaction per spend, and a balance
 * assertion per line after the last checkpoint (Σ spend — the sum PBM's
 * execution rate needs), so `bean-check` books and verifies every posting.
 */
export function toBeancountLedger(data) {
    const { plan } = data;
    const lines = [`; ${plan.title} — generated by bench/generate.mjs`, `option "title" "${plan.name}"`, `option "operating_currency" "${plan.currency}"`, ''];
    lines.push(`${plan.periodStart} open Assets:Bank ${plan.currency}`);
    for (const budget of data.budgets) lines.push(`${plan.periodStart} open ${accountOf(budget, 'beancount')} ${plan.currency}`);
    lines.push('');
    for (const budget of data.budgets) {
        lines.push(`${plan.periodStart} custom "budget" ${accountOf(budget, 'beancount')} "yearly" ${formatCents(budget.amount * 50)} ${plan.currency}`);
    }
    lines.push('');
    const budgetsByName = new Map(data.budgets.map(b => [b.name, b]));
    const totals = new Map();
    for (const checkpoint of data.checkpoints) {
        for (const spend of checkpoint.spends) {
            if (spend.unknown) continue;
            const budget = budgetsByName.get(spend.budget);
            totals.set(budget, (totals.get(budget) ?? 0) + spend.cents);
            lines.push(`${checkpoint.date} * "${spend.source ?? 'no source'}" "spend ${spend.budget}"`);
            lines.push(`  ${accountOf(budget, 'beancount')}  ${formatCents(spend.cents)} ${plan.currency}`);
            lines.push('  Assets:Bank');
            lines.push('');
        }
    }
    const after = new Date(dayNumber(plan.asOf) * 86_400_000 + 86_400_000).toISOString().slice(0, 10);
    for (const [budget, cents] of totals) lines.push(`${after} balance ${accountOf(budget, 'beancount')}  ${formatCents(cents)} ${plan.currency}`);
    return lines.join('\n') + '\n';
}

/** The same data as JSON: the floor (reading and `JSON.parse`, nothing checked). */
export function toJson(data) {
    const goals = data.goals.map(({ kpis, funding: _funding, plant: _plant, ...goal }) => ({
        ...goal, kpis: kpis.map(({ goal: _goal, pace: _pace, plant: _plant, ...kpi }) => kpi)
    }));
    const budgets = data.budgets.map(({ monthlySpend: _spend, ...budget }) => budget);
    return JSON.stringify({ ...data, goals, budgets });
}

// ------------------------------------------------------------------ writing to disk

/** Generates one size and writes it to `<outDir>/<size>/`: PBM files, `ledger.journal`, `ledger.beancount`, `plan.json`, `planted.json`. */
export function writePlan(size, { seed = 7, outDir = defaultOutDir() } = {}) {
    const spec = SIZES[size];
    if (!spec) throw new Error(`unknown size '${size}': use one of ${Object.keys(SIZES).join(', ')}`);
    const data = generatePlanData({ lines: spec.lines, seed });
    const pbm = toPbmFiles(data, { multiFile: spec.multiFile });
    const dir = path.join(outDir, size);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(pbm.files)) writeFileSync(path.join(dir, name), text);
    const journal = toHledgerJournal(data);
    const beancount = toBeancountLedger(data);
    const json = toJson(data);
    writeFileSync(path.join(dir, 'ledger.journal'), journal);
    writeFileSync(path.join(dir, 'ledger.beancount'), beancount);
    writeFileSync(path.join(dir, 'plan.json'), json);
    writeFileSync(path.join(dir, 'planted.json'), JSON.stringify(pbm.planted, null, 2) + '\n');
    const kpiCount = data.goals.reduce((sum, g) => sum + g.kpis.length, 0);
    return {
        size, dir, plan: path.join(dir, 'plan.pbm'), files: Object.keys(pbm.files), lines: pbm.lines,
        bytes: Object.values(pbm.files).reduce((sum, text) => sum + Buffer.byteLength(text), 0),
        goals: data.goals.length, kpis: kpiCount, budgets: data.budgets.length, checkpoints: data.checkpoints.length,
        measures: data.checkpoints.reduce((sum, c) => sum + c.measures.length, 0),
        postings: data.checkpoints.reduce((sum, c) => sum + c.spends.filter(s => !s.unknown).length, 0),
        journalLines: journal.split('\n').length, beancountLines: beancount.split('\n').length, jsonBytes: Buffer.byteLength(json),
        planted: pbm.planted
    };
}

export function defaultOutDir() {
    return path.join(path.dirname(fileURLToPath(import.meta.url)), 'work');
}

function parseCli(argv) {
    const options = { sizes: Object.keys(SIZES), seed: 7, outDir: defaultOutDir() };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--sizes') options.sizes = argv[++i].split(',').map(s => s.trim().toUpperCase());
        else if (arg === '--seed') options.seed = Number(argv[++i]);
        else if (arg === '--out') options.outDir = path.resolve(argv[++i]);
        else throw new Error(`unknown option '${arg}': use --sizes S,M,L,XL, --seed N, --out DIR`);
    }
    return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const options = parseCli(process.argv.slice(2));
    for (const size of options.sizes) {
        const result = writePlan(size, options);
        console.log(`${size}: ${result.lines} lines in ${result.files.length} file(s), ${result.goals} goals, ${result.kpis} KPIs, ` +
            `${result.budgets} budget lines, ${result.checkpoints} checkpoints (${result.measures} measures, ${result.postings} spends) → ${path.relative(process.cwd(), result.dir)}`);
    }
}
