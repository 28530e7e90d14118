/**
 * Incomplete and broken plans still give a readable report in every format
 * and language: no `undefined`, `NaN` or `[object …]` leaks into what the
 * reader sees, and missing values read as "—".
 */
import { describe, expect, test } from 'vitest';
import { reportOfText } from './report-helpers.js';

const PLANS: ReadonlyArray<readonly [string, string]> = [
    ['an empty plan', 'plan P {}'],
    ['a period that ends before it starts', 'plan P "T" { period 2026-12-31 to 2026-01-01 }'],
    ['an impossible date, a zero target and a zero amount', 'plan P { as of 2026-02-30 }\ngoal G { kpi K { target >= 0 } }\nbudget B { amount 0 funds G }\ncheckpoint C 2026-01-01 { measure K 5 spend B 10 }'],
    ['a government plan with empty findings, actions and outlook', 'plan P { period 2026-01-01 to 2026-12-31 profile government }\ngoal G { weight 0% kpi K { class output.social target "x" } }\nreview R 2026-01-01 { finding F { } action A { } }\noutlook O { }'],
    ['a target equal to its baseline and duplicate measures', 'plan P { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }\ngoal G { kpi K { baseline 5 target <= 5 } kpi L { target = 0 } }\ncheckpoint C 2026-03-01 { measure K 7 measure L 3 measure K 2 }\ncheckpoint D 2026-03-01 { measure K 1 }'],
    ['references to nothing', 'plan P { period 2026-01-01 to 2026-12-31 }\nbudget B { amount 5 funds Nowhere owner Nobody }\ncheckpoint C 2026-02-01 { measure Ghost 1 spend Phantom 2 }\nreview R 2026-03-01 { action A { addresses Missing owner Nobody } }']
];

describe.each(PLANS)('%s', (_, text) => {
    test.each(['md', 'html', 'json'] as const)('renders as %s in English and Chinese', async format => {
        const report = await reportOfText(text);
        for (const lang of ['en', 'zh'] as const) {
            const output = report.render({ format, lang });
            expect(output.length).toBeGreaterThan(100);
            expect(output).not.toMatch(/undefined|NaN|Infinity|\[object /);
        }
    });
});
