/**
 * Golden files: the reports of the examples in every format and both
 * languages, locked as a finance manager would read them. After a deliberate
 * change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts`
 * and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, ReportFormat } from 'pbm-language';
import { describe, expect, test } from 'vitest';
import { loadReport } from './report-helpers.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const EXAMPLES: ReadonlyArray<{ readonly name: string; readonly file: string }> = [
    { name: 'acme-2026', file: 'examples/acme-2026.pbm' },
    { name: 'zh-annual-2026', file: 'examples/zh-annual-2026.pbm' },
    { name: 'gov-drinking-water', file: 'examples/gov-drinking-water.pbm' },
    { name: 'acme-2026-year-end', file: 'examples/acme-2026-year-end.pbm' },
    { name: 'gov-points-2026', file: 'examples/gov-points-2026.pbm' },
    { name: 'multi-file', file: 'examples/multi-file/plan.pbm' },
    { name: 'gov-monitoring-2026', file: 'examples/gov-monitoring-2026.pbm' }
];
const LANGS: readonly Lang[] = ['en', 'zh'];
const FORMATS: readonly ReportFormat[] = ['md', 'html', 'json'];

describe.each(EXAMPLES)('$name', ({ name, file }) => {
    test.each(LANGS)('report in %s matches its golden files', async lang => {
        const report = await loadReport(file, lang);
        for (const format of FORMATS) {
            const actual = report.render({ format, lang });
            const golden = join(GOLDEN, `${name}.${lang}.${format}`);
            if (UPDATE) {
                mkdirSync(GOLDEN, { recursive: true });
                writeFileSync(golden, actual);
                continue;
            }
            expect(existsSync(golden), `${golden} is missing: UPDATE_GOLDEN=1 creates it`).toBe(true);
            expect(actual, `${golden} (UPDATE_GOLDEN=1 regenerates it)`).toBe(readFileSync(golden, 'utf8'));
        }
    });
});
