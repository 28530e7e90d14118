/**
 * fast-check arbitraries for PBM: random but valid plans (printed in the
 * canonical style), and hostile mutations of existing plan text.
 */
import fc from 'fast-check';

const ASCII_START = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_';
const CJK = '降本增效预算绩效目标指标饮水工程〇㐀䶵一龥';
const TAIL = ASCII_START + '0123456789' + CJK;

/** A PBM name (never a keyword: keywords are lower-case ASCII, names here start upper-case or CJK). */
export const nameArb: fc.Arbitrary<string> = fc.tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + CJK),
    fc.array(fc.constantFrom(...TAIL), { maxLength: 12 })
).map(([head, tail]) => head + tail.join(''));

/** Text inside a string literal: any Unicode except what would end or break the literal. */
export const stringBodyArb: fc.Arbitrary<string> = fc.string({ unit: 'grapheme', maxLength: 40 })
    .map(s => s.replace(/[\\"\r\n\u2028\u2029]/g, ''));

const quoted = (body: string) => `"${body}"`;
const dateArb = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ m, d }) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const numberArb = fc.oneof(
    fc.integer({ min: -1000, max: 100000 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
    fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('k', 'M', 'B', '万', '万元', '亿', '亿元')).map(([a, s]) => `${a}${s}`),
    fc.integer({ min: 1, max: 999 }).map(n => `1_${String(n).padStart(3, '0')}`)
);
const percentArb = fc.integer({ min: 0, max: 100 }).map(n => `${n}%`);

interface GoalSpec { name: string; title: string; kpis: Array<{ name: string; op: string; baseline: string; target: string }> }

/** A plan that must parse and link without errors: unique names, every reference declared. */
export const validPlanArb: fc.Arbitrary<string> = fc.record({
    plan: nameArb,
    title: stringBodyArb,
    units: fc.uniqueArray(nameArb, { minLength: 1, maxLength: 3 }),
    goals: fc.uniqueArray(fc.record({
        name: nameArb,
        title: stringBodyArb,
        kpis: fc.array(fc.record({ name: nameArb, op: fc.constantFrom('>=', '<=', '=', '≥', '≤'), baseline: numberArb, target: numberArb }), { minLength: 1, maxLength: 3 })
    }), { minLength: 1, maxLength: 4, selector: g => g.name }),
    budgets: fc.array(fc.record({ amount: numberArb, share: percentArb }), { maxLength: 3 }),
    asOf: dateArb,
    measure: numberArb
}).map(spec => printPlan(spec));

function printPlan(spec: {
    plan: string; title: string; units: string[]; goals: GoalSpec[];
    budgets: Array<{ amount: string }>; asOf: string; measure: string;
}): string {
    // KPI names must be unique across the plan: suffix them with their position.
    const goals = spec.goals.map((goal, g) => ({ ...goal, kpis: goal.kpis.map((kpi, k) => ({ ...kpi, name: `${kpi.name}_${g}_${k}` })) }));
    const lines: string[] = [
        `plan ${spec.plan} ${quoted(spec.title)} {`,
        '    period 2026-01-01 to 2026-12-31',
        `    as of ${spec.asOf}`,
        '    currency CNY',
        '}',
        ''
    ];
    for (const unit of spec.units) lines.push(`unit ${unit} { lead ${quoted(unit)} }`, '');
    for (const goal of goals) {
        lines.push(`goal ${goal.name} ${quoted(goal.title)} {`, `    owner ${spec.units[0]}`, '    due 2026-12-31');
        for (const kpi of goal.kpis) {
            lines.push(`    kpi ${kpi.name} {`, `        baseline ${kpi.baseline}`, `        target ${kpi.op} ${kpi.target}`, '    }');
        }
        lines.push('}', '');
    }
    spec.budgets.forEach((budget, i) => {
        lines.push(`budget Line${i} {`, `    amount ${budget.amount}`, `    funds ${goals[i % goals.length].name}`, '}', '');
    });
    lines.push(`checkpoint Latest ${spec.asOf} {`, `    measure ${goals[0].kpis[0].name} ${spec.measure} source "fuzz"`, '}', '');
    return lines.join('\n');
}

/** Hostile fragments: Unicode of every kind, huge numbers, long names, deep braces. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
    '\u0000', '\uD800', '\uDFFF', '\u202E', '\u200F', '🦄', '👩‍👩‍👧', '降本增效', 'ـــ', '\t', '\r\n', '\r',
    '1e400', '-0', '-0%', '99999999999999999999999999', '1.2亿元', '0.0000000001', 'NaN', 'Infinity',
    'a'.repeat(5000), `"${'x'.repeat(20000)}"`, '{'.repeat(1000), '}'.repeat(1000), '"', '/*', '*/', '//',
    '＞＝', '＜＝', '，', '％', '（', '）', '：', '2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31',
    'goal', 'kpi', 'plan', 'import "../../../../etc/passwd"', 'import "plan.pbm"', 'funds', 'measure', 'target >=', 'weight 100%'
];

export interface Mutation { readonly kind: string; apply(text: string): string; toString(): string }

/** Gives a mutation a readable form for fast-check's counterexamples. */
function described(kind: string, args: unknown[], apply: (t: string) => string): Mutation {
    return { kind, apply, toString: () => `${kind}(${args.map(a => JSON.stringify(a)).join(', ')})` };
}

/** A random mutation of a plan's text: delete, duplicate, swap, truncate, insert hostile fragments. */
export function mutationArb(length: number): fc.Arbitrary<Mutation> {
    const position = fc.integer({ min: 0, max: Math.max(0, length) });
    const span = fc.tuple(position, fc.integer({ min: 0, max: 200 }));
    return fc.oneof(
        span.map(([at, size]) => described('delete', [at, size], t => t.slice(0, at) + t.slice(at + size))),
        span.map(([at, size]) => described('duplicate', [at, size], t => t.slice(0, at + size) + t.slice(at, at + size) + t.slice(at + size))),
        fc.tuple(span, span).map(([[a, sa], [b, sb]]) => described('swap', [a, sa, b, sb], (t: string) => {
                const [first, second] = a <= b ? [[a, sa], [b, sb]] : [[b, sb], [a, sa]];
                const end1 = Math.min(first[0] + first[1], second[0]);
                return t.slice(0, first[0]) + t.slice(second[0], second[0] + second[1]) + t.slice(end1, second[0]) + t.slice(first[0], end1) + t.slice(second[0] + second[1]);
        })),
        position.map(at => described('truncate', [at], t => t.slice(0, at))),
        fc.tuple(position, fc.constantFrom(...HOSTILE_FRAGMENTS)).map(([at, fragment]) => described('insert', [at, fragment.length > 40 ? fragment.slice(0, 40) + '…' : fragment], t => t.slice(0, at) + fragment + t.slice(at))),
        // Inside a string literal (a title, a source, an import path): where text goes into messages, reports and URIs.
        fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_FRAGMENTS)).map(([nth, fragment]) => described('insertInString', [nth, fragment.length > 40 ? fragment.slice(0, 40) + '…' : fragment], t => {
            const quotes = [...t.matchAll(/"/g)].map(match => match.index!);
            const at = quotes.length === 0 ? 0 : quotes[nth % quotes.length] + 1;
            return t.slice(0, at) + fragment + t.slice(at);
        })),
        fc.tuple(position, fc.string({ unit: 'binary', maxLength: 30 })).map(([at, junk]) => described('junk', [at, junk], t => t.slice(0, at) + junk + t.slice(at)))
    );
}

/** Whitespace a user may leave between two lines of a plan (the formatter makes it canonical). */
const LINE_BREAKS = ['\n', '\n\n', '\n\n\n', '\r\n', ' ', '\t', '\n\t\t', '\n  ', '\u3000\n'];
/** Whitespace between two words of a line. */
const SPACES = [' ', '  ', '\t', ' \t ', '\u3000'];
/** The full-width forms Chinese input methods type, which the formatter turns into ASCII. */
const FULL_WIDTH_FORMS: ReadonlyArray<readonly [RegExp, string]> = [[/>=/g, '＞＝'], [/<=/g, '＜＝'], [/(\d)%/g, '$1％'], [/ = /g, ' ＝ ']];
const commentBodyArb = stringBodyArb.map(s => s.replace(/\*\//g, '*'));

/**
 * A valid plan as a user might have typed it: random whitespace between
 * lines and words (never inside a string), line and block comments, and
 * full-width operators and percent signs. It must format to a canonical
 * text with the same meaning and the same comments.
 */
export const messyLayoutArb: fc.Arbitrary<string> = validPlanArb.chain(plan => {
    const lines = plan.split('\n');
    return fc.record({
        breaks: fc.array(fc.constantFrom(...LINE_BREAKS), { minLength: lines.length, maxLength: lines.length }),
        spaces: fc.array(fc.constantFrom(...SPACES), { minLength: 64, maxLength: 64 }),
        comments: fc.array(fc.option(fc.oneof(commentBodyArb.map(c => `// ${c}`), commentBodyArb.map(c => `/* ${c} */`)), { freq: 3 }), { minLength: lines.length, maxLength: lines.length }),
        fullWidth: fc.boolean()
    }).map(({ breaks, spaces, comments, fullWidth }) => {
        let spaceIndex = 0;
        const respace = (line: string) => line.trim().split(/("(?:[^"\\]|\\.)*")/).map((part, i) =>
            i % 2 === 1 ? part : part.replace(/ +/g, () => spaces[spaceIndex++ % spaces.length])).join('');
        let text = '';
        lines.forEach((line, i) => {
            let written = respace(line);
            if (fullWidth) for (const [ascii, wide] of FULL_WIDTH_FORMS) written = written.split(/("(?:[^"\\]|\\.)*")/).map((part, j) => j % 2 === 1 ? part : part.replace(ascii, wide)).join('');
            const comment = comments[i];
            // A line comment runs to the end of its line: the break after it must be a real one.
            const lineBreak = comment?.startsWith('//') && !/[\n\r]/.test(breaks[i]) ? '\n' : breaks[i];
            text += written + (comment ? ` ${comment}` : '') + lineBreak;
        });
        return text;
    });
});
