/**
 * docs/language.md, the planner's language reference, stays true to the
 * language: its `pbm` examples parse (complete plans pass the checks without
 * an error), its list of reserved words is the grammar's, its links to its
 * own sections resolve, and every "v2" marker (a feature of LANGUAGE.md §8
 * documented ahead of its implementation) marks a block. Examples under a v2
 * marker are not checked until the marker is removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildPlan } from '../helpers.js';
import { REPO_ROOT } from './cli-helpers.js';

const DOC = readFileSync(join(REPO_ROOT, 'docs/language.md'), 'utf8');
const GRAMMAR = readFileSync(join(REPO_ROOT, 'packages/language/src/pbm.langium'), 'utf8');
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

const V2_MARKER = /^<!-- v2: ([A-Za-z0-9 -]+) -->$/;

/** The features of LANGUAGE.md §8 the reference documents ahead of time. */
const V2_FEATURES = [
    'points', 'awards', 'date targets', 'cumulative', 'core', 'cost classes', 'five grades',
    'adjusted budgets', 'funding sources', 'spend from', 'affects KPIs and budgets', 'statuses after due',
    'projected score', 'monitoring record', 'exports', 'government checks', 'keywords'
];

interface Example {
    readonly line: number;
    readonly text: string;
    /** The v2 feature marking it, if any. */
    readonly v2?: string;
}

function examples(markdown: string): Example[] {
    const lines = markdown.split('\n');
    const found: Example[] = [];
    for (let i = 0; i < lines.length; i++) {
        if (lines[i] !== '```pbm') continue;
        const end = lines.indexOf('```', i + 1);
        const marker = V2_MARKER.exec(lines[i - 1] ?? '');
        found.push({ line: i + 1, text: lines.slice(i + 1, end).join('\n'), v2: marker?.[1] });
        i = end;
    }
    return found;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
    return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

const all = examples(DOC);
const current = all.filter(example => !example.v2);

describe('docs/language.md', () => {
    test('has English and Chinese examples', () => {
        expect(current.length).toBeGreaterThanOrEqual(15);
        expect(current.some(example => /[\u4e00-\u9fff]/.test(example.text))).toBe(true);
    });

    // Every feature of LANGUAGE.md §8 has landed (#16, #17, #18): no example waits behind a marker.
    test('documents no v2 feature ahead of time any more', () => {
        expect(all.filter(example => example.v2).map(example => `line ${example.line}: ${example.v2}`)).toEqual([]);
    });

    test.each(current.map(example => [example.line, example] as const))('the example at line %i parses', async (_line, example) => {
        const workspace = await buildPlan(example.text);
        const syntax = workspace.diagnostics('plan.pbm').filter(d => d.code === 'syntax-error').map(d => d.message);
        expect(syntax).toEqual([]);
    });

    test.each(current.filter(example => /^plan /m.test(example.text) && !/^import /m.test(example.text))
        .map(example => [example.line, example] as const))('the complete plan at line %i has no error', async (_line, example) => {
        const workspace = await buildPlan(example.text);
        const errors = workspace.diagnostics('plan.pbm').filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
        expect(errors).toEqual([]);
    });

    test('every v2 marker names a feature of LANGUAGE.md §8 and stands right before the block it marks', () => {
        const lines = DOC.split('\n');
        const markers = lines.map((text, i) => ({ i, marker: V2_MARKER.exec(text) })).filter(m => m.marker);
        for (const { i, marker } of markers) {
            expect(V2_FEATURES, `line ${i + 1}`).toContain(marker![1]);
            expect(lines[i + 1]?.trim(), `line ${i + 2} follows a marker`).not.toBe('');
            expect(lines[i - 1]?.trim(), `line ${i} precedes a marker`).toBe('');
        }
        // A marker is a line of its own: one inside a table would end the table.
        expect(lines.filter(text => text.includes('<!-- v2:') && !V2_MARKER.test(text))).toEqual([]);
    });

    test('the reserved words it lists are exactly the keywords of the grammar', () => {
        const grammarWords = new Set([...GRAMMAR.matchAll(/'([a-z][a-z-]*)'/g)].map(m => m[1]));
        const listed = /These lower-case words belong to the language\s+and cannot be names: `([^`]+)`/.exec(DOC);
        expect(listed).not.toBeNull();
        expect(listed![1].split(/\s+/).sort()).toEqual([...grammarWords].sort());
    });

    test('its links to its own sections resolve', () => {
        const anchors = new Set([...DOC.matchAll(/^#+ (.+)$/gm)].map(m => slug(m[1])));
        const links = [...DOC.matchAll(/\]\(#([^)]+)\)/g)].map(m => m[1]);
        expect(links.length).toBeGreaterThan(20);
        expect(links.filter(link => !anchors.has(link))).toEqual([]);
    });

    test('the README links it and nothing outside the repository', () => {
        expect(README.includes('(docs/language.md)'), 'README links docs/language.md').toBe(true);
        expect([...README.matchAll(/\]\((\.\.\/[^)]*)\)/g)].map(m => m[1])).toEqual([]);
    });
});
