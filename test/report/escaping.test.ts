/**
 * Plan text never becomes markup: a plan full of HTML and Markdown syntax is
 * rendered, the output parsed with real parsers (parse5 for HTML, markdown-it
 * for Markdown, then parse5), and no element or attribute may come from the
 * plan's text — which must still be shown, as text.
 */
import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeLineStart, escapeMarkdown, escapeMarkdownCell, goalAnchorId } from '../../packages/language/src/report/escape.js';
import { reportOfText } from './report-helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HOSTILE_GOAL = '<img src=x onerror=alert(1)>';
const HOSTILE_KPI = 'Cost | share `code` *bold* _it_ [link](http://evil.example) <b>b</b> # hash ~~del~~ $x$ &amp;';
const HOSTILE_UNIT = '<script>alert(2)</script>';
const HOSTILE_ORG = 'Acme "Quotes" & \'Apostrophes\' </title><script>alert(3)</script>';
const HOSTILE_FINDING = '- not a list item';
const HOSTILE_ACTION = '1. not a numbered item';
const HOSTILE_SOURCE = '</td></tr></table><iframe src=//evil>';

const PLAN = `
plan P "Hostile \\"plan\\"\\nwith a line break" {
    organization "${HOSTILE_ORG.replace(/"/g, '\\"')}"
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
unit U "<u>Unit</u>" { lead "<em>Lead</em>" }
strategy S "S" { perspective financial }
goal G "${HOSTILE_GOAL}" {
    owner U  supports S  perspective financial  weight 100%  due 2026-12-31
    description "# Not a heading\\n---"
    kpi K "${HOSTILE_KPI}" {
        unit "${HOSTILE_UNIT.replace(/"/g, '\\"')}"  baseline 0  target >= 10  frequency quarterly  source "x"
    }
}
budget B "<svg onload=alert(4)>" { category other  amount 100  funds G  owner U }
checkpoint Q1 2026-03-31 {
    measure K 4 source "${HOSTILE_SOURCE}"
    spend B 40 source "javascript:alert(5)"
}
review R "> quoted" 2026-06-30 {
    finding F "${HOSTILE_FINDING}" { affects G  cause data  severity high }
    action A "${HOSTILE_ACTION}" { addresses F  owner U  due 2026-05-01  status open }
}
outlook O "![image](http://evil.example/x.png)" { owner U  due 2027-01-01  budget 5 }
`;

/** Plan text the HTML and Markdown show (a measure's source only the JSON lists: the appendix totals each checkpoint). */
const PLAN_STRINGS = [HOSTILE_GOAL, HOSTILE_KPI, HOSTILE_UNIT, HOSTILE_FINDING, HOSTILE_ACTION];

function elements(node: Node, found: Element[] = []): Element[] {
    if ('tagName' in node) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) elements(child, found);
    if ('content' in node && node.content) elements(node.content as Node, found);
    return found;
}

function textOf(node: Node): string {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
    const children = 'childNodes' in node ? node.childNodes : [];
    return children.map(textOf).join('');
}

/** Elements the report's own HTML uses (the SVG ones included). */
const REPORT_ELEMENTS = new Set([
    'html', 'head', 'body', 'meta', 'title', 'style', 'main', 'header', 'nav', 'section', 'h1', 'h2', 'h3', 'h4',
    'p', 'ul', 'ol', 'li', 'a', 'strong', 'span', 'div', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'figure', 'figcaption', 'svg', 'desc', 'rect', 'line', 'text', 'tspan', 'path'
]);
const REPORT_ATTRIBUTES = new Set([
    'lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'id', 'href', 'scope', 'aria-label', 'aria-labelledby',
    'xmlns', 'role', 'viewBox', 'viewbox', 'width', 'height', 'font-size', 'fill', 'fill-opacity', 'x', 'y', 'x1', 'y1', 'x2', 'y2',
    'rx', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'text-anchor', 'dominant-baseline', 'font-weight', 'd',
    'data-label'
]);

describe('HTML report of a plan full of markup', async () => {
    const report = await reportOfText(PLAN);
    const html = report.render({ format: 'html' });
    const document = parse(html);
    const all = elements(document);

    test('has only the report\'s own elements and attributes', () => {
        expect(all.map(e => e.tagName).filter(tag => !REPORT_ELEMENTS.has(tag))).toEqual([]);
        const attributes = all.flatMap(e => e.attrs.map(a => a.name));
        expect(attributes.filter(name => !REPORT_ATTRIBUTES.has(name))).toEqual([]);
    });

    test('no attribute value carries plan text that could act', () => {
        for (const element of all) {
            for (const attribute of element.attrs) {
                expect(attribute.value, `${element.tagName}[${attribute.name}]`).not.toMatch(/onerror|onload|javascript:|evil|<|>/);
            }
        }
        const links = all.filter(e => e.tagName === 'a').map(e => e.attrs.find(a => a.name === 'href')!.value);
        expect(links.every(href => href.startsWith('#'))).toBe(true);
    });

    test('there is exactly one style element and no script', () => {
        expect(all.filter(e => e.tagName === 'style')).toHaveLength(1);
        expect(all.filter(e => e.tagName === 'script')).toHaveLength(0);
        expect(all.some(e => e.attrs.some(a => a.name === 'style'))).toBe(false);
    });

    test('shows the plan\'s text as text', () => {
        const body = textOf(all.find(e => e.tagName === 'body')!);
        for (const text of PLAN_STRINGS) expect(body).toContain(text);
        expect(textOf(all.find(e => e.tagName === 'title')!)).toContain(HOSTILE_ORG);
    });

    test('the goal section has an id the editor can scroll to', () => {
        expect(all.some(e => e.attrs.some(a => a.name === 'id' && a.value === 'goal-G'))).toBe(true);
    });
});

describe('Markdown report of a plan full of markup', async () => {
    const report = await reportOfText(PLAN);
    const markdown = report.render({ format: 'md' });
    // html: true — raw HTML in the Markdown would come through as elements.
    const rendered = new MarkdownIt({ html: true }).render(markdown);
    const all = elements(parse(rendered));
    const MARKDOWN_ELEMENTS = new Set(['html', 'head', 'body', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br']);

    test('renders to nothing but the report\'s own structure', () => {
        expect(all.map(e => e.tagName).filter(tag => !MARKDOWN_ELEMENTS.has(tag))).toEqual([]);
    });

    test('plan text starts no heading, list item or table cell of its own', () => {
        const headings = all.filter(e => /^h[1-6]$/.test(e.tagName)).map(textOf);
        expect(headings.some(h => h.includes('Not a heading'))).toBe(false);
        const items = all.filter(e => e.tagName === 'li').map(textOf);
        expect(items.some(item => item.startsWith('not a list item') || item.startsWith('not a numbered item'))).toBe(false);
        for (const table of all.filter(e => e.tagName === 'table')) {
            const rows = elements(table).filter(e => e.tagName === 'tr');
            const widths = new Set(rows.map(row => elements(row).filter(e => e.tagName === 'td' || e.tagName === 'th').length));
            expect(widths.size, 'every row of a table has the same number of cells').toBe(1);
        }
    });

    test('shows the plan\'s text as text', () => {
        const body = textOf(all.find(e => e.tagName === 'body')!);
        for (const text of PLAN_STRINGS) expect(body).toContain(text);
    });
});

describe('escaping functions', () => {
    test.each([
        ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
        ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
        ['降本增效', '降本增效']
    ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

    test.each([
        ['a | b', 'a \\| b'],
        ['`code`', '\\`code\\`'],
        ['*x* _y_ [z] <b> #', '\\*x\\* \\_y\\_ \\[z\\] \\<b\\> \\#'],
        ['line one\nline two', 'line one line two'],
        ['price $5 & ~~old~~', 'price \\$5 \\& \\~\\~old\\~\\~'],
        ['营业收入（万元）', '营业收入（万元）']
    ])('escapeMarkdown(%j)', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

    test.each([
        ['- item', '\\- item'],
        ['+ item', '\\+ item'],
        ['12. item', '12\\. item'],
        ['3) item', '3\\) item'],
        ['    code', 'code'],
        ['1.5 million', '1.5 million']
    ])('escapeLineStart(%j)', (input, expected) => expect(escapeLineStart(input)).toBe(expected));

    test('escapeMarkdownCell keeps line breaks as <br>', () => {
        expect(escapeMarkdownCell('a|b\nc')).toBe('a\\|b<br>c');
    });

    test.each([
        ['ReduceCost', 'goal-ReduceCost'],
        ['工程建设', 'goal-工程建设'],
        ['饮水_2026', 'goal-饮水_2026'],
        ['a b"c', 'goal-a-20b-22c']
    ])('goalAnchorId(%j)', (name, id) => expect(goalAnchorId(name)).toBe(id));
});
