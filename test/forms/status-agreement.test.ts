/**
 * One status rule (issue #19, LANGUAGE.md §6, §8.6): for every KPI state,
 * hover, code lens, the report (Markdown and JSON) and the diagnostics say
 * the same thing — and no surface says "on track" while `kpi-off-track`
 * fires for the KPI; a goal with spending but no measures says so.
 */
import { describe, expect, test } from 'vitest';
import { buildPlan, withCode } from '../helpers.js';
import { hoverAt } from '../lsp/lsp-helpers.js';
import { reportOfText } from '../report/report-helpers.js';

/** One goal per state, each with one KPI named after the goal; as of 2026-06-30. */
const STATES: ReadonlyArray<{ goal: string; due: string; measures: string; status: string; goalStatus?: string; offTrack?: boolean; spend?: string }> = [
    { goal: 'NotStarted', due: '2026-12-31', measures: '', status: 'not-started' },
    { goal: 'OnTrack', due: '2026-12-31', measures: 'Q1:25 Q2:50', status: 'on-track' },
    { goal: 'AtRisk', due: '2026-12-31', measures: 'Q2:25', status: 'at-risk' },
    { goal: 'OffTrack', due: '2026-12-31', measures: 'Q2:10', status: 'off-track' },
    // Within the lag threshold, but the trend (45 → 48) misses 100 by the due date: kpi-off-track fires, so not "on track".
    { goal: 'TrendMisses', due: '2026-12-31', measures: 'Q1:45 Q2:48', status: 'at-risk', offTrack: true },
    { goal: 'Achieved', due: '2026-12-31', measures: 'Q2:100', status: 'achieved' },
    { goal: 'Mostly', due: '2026-03-31', measures: 'Q1:85', status: 'mostly-achieved' },
    { goal: 'Missed', due: '2026-03-31', measures: 'Q1:50', status: 'not-achieved' },
    { goal: 'Spending', due: '2026-12-31', measures: '', status: 'not-started', goalStatus: 'unmeasured', spend: '50k' }
];

const WORDS: Readonly<Record<string, { en: string; lens: string }>> = {
    'not-started': { en: 'not started', lens: 'not started' },
    'on-track': { en: 'on track', lens: 'on track' },
    'at-risk': { en: 'at risk', lens: 'at risk' },
    'off-track': { en: 'off track', lens: 'off track' },
    'achieved': { en: 'achieved', lens: 'achieved' },
    'mostly-achieved': { en: 'mostly achieved', lens: 'mostly achieved' },
    'not-achieved': { en: 'not achieved', lens: 'not achieved' },
    'unmeasured': { en: 'spending, no measures yet', lens: 'spending, no measures yet' }
};

function planText(): string {
    const goals = STATES.map(s => `goal ${s.goal} "${s.goal}" {
    due ${s.due}
    kpi K${s.goal} "${s.goal} KPI" { unit "u" baseline 0 target >= 100 }
}`).join('\n');
    const measures = (checkpoint: string) => STATES.flatMap(s => s.measures.split(' ').filter(m => m.startsWith(`${checkpoint}:`))
        .map(m => `    measure K${s.goal} ${m.split(':')[1]} source "s"`)).join('\n');
    const budgets = STATES.filter(s => s.spend).map(s => `budget B${s.goal} "B" { category other amount 100k funds ${s.goal} }`).join('\n');
    const spends = STATES.filter(s => s.spend).map(s => `    spend B${s.goal} ${s.spend} source "s"`).join('\n');
    return `plan P "States" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
${goals}
${budgets}
checkpoint Q1 2026-03-31 {
${measures('Q1')}
}
checkpoint Q2 2026-06-30 {
${measures('Q2')}
${spends}
}
`;
}

describe('every KPI state reads the same on every surface', () => {
    const text = planText();

    test('figures and JSON', async () => {
        const report = await reportOfText(text);
        const json = JSON.parse(report.render({ format: 'json' }));
        for (const state of STATES) {
            const goal = json.goals.find((g: { name: string }) => g.name === state.goal);
            expect({ goal: state.goal, kpi: goal.kpis[0].status, status: goal.status })
                .toEqual({ goal: state.goal, kpi: state.status, status: state.goalStatus ?? state.status });
        }
    });

    test('diagnostics: kpi-off-track exactly where the trend misses, and then no "on track" anywhere', async () => {
        const workspace = await buildPlan(text);
        const offTrack = withCode(workspace.diagnostics('plan.pbm'), 'kpi-off-track').map(d => String(d.message).match(/KPI '(\w+)'/)![1]);
        expect(offTrack).toEqual(STATES.filter(s => s.offTrack).map(s => `K${s.goal}`));
    });

    test.each(STATES)('$goal: hover, code lens and report agree ($status)', async state => {
        const word = WORDS[state.status].en;
        const hover = await hoverAt({ 'plan.pbm': text.replace(`kpi K${state.goal} `, `kpi K|${state.goal} `) });
        expect(hover).toMatch(new RegExp(`Achievement: [^\\n]* · ${word}$`, 'm'));
        const goalHover = await hoverAt({ 'plan.pbm': text.replace(`goal ${state.goal} `, `goal ${state.goal[0]}|${state.goal.slice(1)} `) });
        expect(goalHover).toContain(`· ${WORDS[state.goalStatus ?? state.status].en}`);

        const workspace = await buildPlan(text);
        const document = workspace.doc('plan.pbm');
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        const lens = lenses!.find(l => l.command?.arguments?.[1] === state.goal)!;
        expect(lens.command!.title).toContain(` · ${WORDS[state.goalStatus ?? state.status].lens} · `);

        const markdown = (await reportOfText(text)).render({ format: 'md' });
        const row = markdown.split('\n').find(line => line.startsWith(`| ${state.goal} KPI |`))!;
        expect(row).toContain(`| ${word} |`);
        if (state.offTrack) {
            for (const surface of [hover!, goalHover!, lens.command!.title, row]) expect(surface).not.toContain('on track');
        }
    });
});
