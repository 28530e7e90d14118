// npm run demo: checks the examples and writes their work-summary reports
// (HTML and Markdown) into demo-output/, using the built CLI exactly as a
// user would. Works right after `npm ci`, which builds the CLI bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/pbm.cjs');
const bundle = join(root, 'packages/cli/dist/pbm.cjs');
const output = join(root, 'demo-output');

const REPORTS = [
    // Mid-year (as of 2026-06-30: projected score and likelihoods) and year-end (statuses, final score) views of one plan.
    { file: 'examples/acme-2026.pbm', name: 'acme-2026', langs: ['en', 'zh'] },
    { file: 'examples/acme-2026-year-end.pbm', name: 'acme-2026-year-end', langs: ['en', 'zh'] },
    // A points-scored 自评表 with the evaluator's awards: awarded beside computed, and the leniency view.
    { file: 'examples/gov-points-2026.pbm', name: 'gov-points-2026', langs: ['zh', 'en'] },
    { file: 'examples/zh-annual-2026.pbm', name: 'zh-annual-2026', langs: ['zh'] },
    { file: 'examples/gov-drinking-water.pbm', name: 'gov-drinking-water', langs: ['zh', 'en'] },
    { file: 'examples/multi-file/plan.pbm', name: 'multi-file', langs: ['en'] }
];
const FORMATS = ['html', 'md'];

if (!existsSync(bundle)) {
    console.error('demo: the CLI is not built yet: run "npm run build" (npm ci does it too), then "npm run demo" again.');
    process.exit(2);
}

function pbm(args) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
    if (result.error) throw result.error;
    return result;
}

console.log('== pbm check examples/');
const check = pbm(['check', 'examples/']);
process.stdout.write(check.stdout);
process.stderr.write(check.stderr);
if (check.status === 2) process.exit(2);

console.log('\n== pbm report');
mkdirSync(output, { recursive: true });
const written = [];
for (const { file, name, langs } of REPORTS) {
    for (const lang of langs) {
        for (const format of FORMATS) {
            const target = join(output, `${name}.${lang}.${format}`);
            const result = pbm(['report', file, '--format', format, '--lang', lang, '-o', relative(root, target)]);
            if (result.status !== 0) {
                process.stderr.write(result.stderr);
                console.error(`demo: could not write the ${format} report of ${file}`);
                process.exit(result.status ?? 1);
            }
            written.push(target);
        }
    }
}
for (const target of written) console.log(`  ${relative(process.cwd(), target)}`);
console.log(`\nOpen the .html files in a browser (they need no network), or the .md files in any Markdown viewer.`);
