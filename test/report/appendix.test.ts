/**
 * The appendix totals each checkpoint (a plan of a whole organisation records
 * tens of thousands of measures and spends), and the JSON report keeps every
 * entry with its value and source.
 */
import { describe, expect, test } from 'vitest';
import { reportOfText } from './report-helpers.js';

const PLAN = `plan P {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    currency EUR
}
unit Ops "Operations"
goal G "Cut downtime" {
    owner Ops  weight 100%  due 2026-12-31
    kpi Downtime { unit "h" baseline 40 target <= 30 frequency monthly source "MES" }
    kpi Audit { target "passed" }
}
budget B1 { category services amount 100k owner Ops funds G }
budget B2 { category training amount 20k owner Ops funds G }
checkpoint Q1 2026-03-31 {
    measure Downtime 38.5 source "MES"
    measure Audit partial 65%
    spend B1 12_500 source "GL 0410"
    spend B2 2.5k
}
checkpoint Q2 2026-06-30 {
    measure Downtime 35 source "MES"
    spend B1 20k source "GL 0410"
}
`;

/** The rows of the Markdown table under the heading that contains `heading`. */
function tableUnder(markdown: string, heading: string): string[][] {
    const lines = markdown.split('\n');
    const start = lines.findIndex(line => line.startsWith('#') && line.includes(heading));
    const table = [];
    for (const line of lines.slice(start + 1)) {
        if (line.startsWith('#')) break;
        if (line.startsWith('|') && !line.startsWith('| ---')) table.push(line.slice(1, -1).split('|').map(cell => cell.trim()));
    }
    return table;
}

describe('the appendix of checkpoints', () => {
    test('one row per checkpoint: measures, spends, spending recorded, entries without a source', async () => {
        const report = await reportOfText(PLAN);
        expect(tableUnder(report.render({ format: 'md' }), 'Monitoring data')).toEqual([
            ['Checkpoint', 'Date', 'Measures', 'Spends', 'Spending recorded', 'Without source'],
            ['Q1', '31 March 2026', '2', '2', '15,000.00 EUR', '2'],
            ['Q2', '30 June 2026', '1', '1', '20,000.00 EUR', '0']
        ]);
    });

    test('in Chinese', async () => {
        const report = await reportOfText(PLAN, 'zh');
        expect(tableUnder(report.render({ format: 'md', lang: 'zh' }), '绩效监控数据')).toEqual([
            ['监测点', '日期', '指标数据（条）', '支出记录（条）', '记录支出金额', '缺少来源（条）'],
            ['Q1', '2026年3月31日', '2', '2', '15,000.00 EUR', '2'],
            ['Q2', '2026年6月30日', '1', '1', '20,000.00 EUR', '0']
        ]);
    });

    test('the HTML marks a checkpoint with entries without a source', async () => {
        const html = (await reportOfText(PLAN)).render({ format: 'html' });
        const appendix = html.slice(html.indexOf('id="appendix-checkpoints"'), html.indexOf('id="appendix-data"'));
        const rows = appendix.match(/<tr>.*?<\/tr>/g)!;
        expect(rows).toHaveLength(3);
        expect(rows[1]).toMatch(/<td class="num" data-label="Without source"><span class="tone tone-warning">2<\/span><\/td><\/tr>$/);
        expect(rows[2]).toMatch(/<td class="num" data-label="Without source">0<\/td><\/tr>$/);
    });

    test('the JSON lists every entry with its value, level, score and source', async () => {
        const json = JSON.parse((await reportOfText(PLAN)).render({ format: 'json' }));
        expect(json.checkpoints).toEqual([
            {
                name: 'Q1', date: '2026-03-31', measures: 2, spends: 2, spent: 15_000, unsourced: 2,
                entries: [
                    { kind: 'measure', kpi: 'Downtime', value: 38.5, level: null, score: null, source: 'MES' },
                    { kind: 'measure', kpi: 'Audit', value: null, level: 'partial', score: 0.65, source: null },
                    { kind: 'spend', budget: 'B1', value: 12_500, source: 'GL 0410' },
                    { kind: 'spend', budget: 'B2', value: 2_500, source: null }
                ]
            },
            {
                name: 'Q2', date: '2026-06-30', measures: 1, spends: 1, spent: 20_000, unsourced: 0,
                entries: [
                    { kind: 'measure', kpi: 'Downtime', value: 35, level: null, score: null, source: 'MES' },
                    { kind: 'spend', budget: 'B1', value: 20_000, source: 'GL 0410' }
                ]
            }
        ]);
    });
});
