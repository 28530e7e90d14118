/**
 * The work summary as .docx, for every example: unzipped and read as XML, it
 * holds the report document (built from the same report model as the
 * Markdown and HTML report) — its title, every section as a Word heading in
 * order, tables with header rows, the charts as PNG images, page numbers,
 * CJK fonts named, and fixed dates in its properties.
 */
import type { Lang } from 'pbm-language';
import { exportPlan } from 'pbm-language/export';
import { describe, expect, test } from 'vitest';
import { loadReport } from '../report/report-helpers.js';
import { entryText, EXAMPLES, paragraphsOf, unzip } from './export-helpers.js';

interface MarkdownOutline {
    readonly title: string;
    /** `## …` and `### …` headings, with their level. */
    readonly headings: ReadonlyArray<{ readonly level: number; readonly text: string }>;
    readonly charts: number;
}

/** The outline of the Markdown report (same report document): what the Word document must hold too. */
function outlineOf(markdown: string): MarkdownOutline {
    const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
    const lines = markdown.split('\n');
    return {
        title: unescape(lines[0].replace(/^# /, '')),
        headings: lines.filter(l => /^#{2,4} /.test(l)).map(l => ({ level: l.indexOf(' ') - 1, text: unescape(l.replace(/^#+ /, '')) })),
        charts: 0
    };
}

describe.each(EXAMPLES)('$name', ({ file }) => {
    test.each<Lang>(['en', 'zh'])('summary (%s): title, headings, tables, charts, page numbers, fonts', async lang => {
        const report = await loadReport(file, lang);
        const { bytes, extension } = await exportPlan('summary', report.figures, report.diagnostics, { lang });
        expect(extension).toBe('docx');
        const entries = unzip(bytes);
        const documentXml = entryText(entries, 'word/document.xml');
        const paragraphs = paragraphsOf(documentXml);
        const outline = outlineOf(report.render({ format: 'md', lang }));

        expect(paragraphs[0]).toEqual({ style: 'Title', text: outline.title });
        const headings = paragraphs.filter(p => p.style?.startsWith('Heading')).map(p => ({ level: Number(p.style!.slice(7)), text: p.text }));
        expect(headings).toEqual(outline.headings);
        expect(headings[0].level).toBe(1);

        // Tables repeat their header row on each page.
        const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(m => m[0]);
        expect(tables.length).toBeGreaterThan(0);
        for (const table of tables) expect(table).toMatch(/^<w:tbl>[\s\S]*?<w:tr>\s*<w:trPr>[\s\S]*?<w:tblHeader\/>/);

        // Charts are PNG images with their title as alternative text.
        const images = [...entries.keys()].filter(name => /^word\/media\/.*\.png$/.test(name));
        const chartTitles = [...report.render({ format: 'html', lang }).matchAll(/<title id="chart-\d+-title">([^<]*)<\/title>/g)];
        expect(images.length).toBe(chartTitles.length);
        for (const image of images) expect(entries.get(image)!.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(documentXml.match(/<wp:docPr [^>]*title="/g)?.length).toBe(chartTitles.length);

        // The only field is the page number in the footer.
        const footer = [...entries.keys()].find(name => /^word\/footer\d*\.xml$/.test(name))!;
        expect(entryText(entries, footer)).toMatch(/PAGE/);
        expect(documentXml).not.toMatch(/<w:fldSimple|<w:instrText|<w:hyperlink/);

        const styles = entryText(entries, 'word/styles.xml');
        expect(styles).toMatch(lang === 'zh' ? /w:eastAsia="SimSun"/ : /w:eastAsia="Microsoft YaHei"/);
        expect(styles).toMatch(/w:styleId="Heading1"/);
        expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);

        const date = `${report.figures.asOf?.iso ?? report.figures.end?.iso}T00:00:00Z`;
        const core = entryText(entries, 'docProps/core.xml');
        expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`);
        expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`);
    });
});

test('two exports of a plan have the same content', async () => {
    const report = await loadReport('examples/gov-drinking-water.pbm', 'zh');
    for (const form of ['summary', 'self-evaluation', 'monitoring'] as const) {
        const first = unzip((await exportPlan(form, report.figures, report.diagnostics)).bytes);
        await new Promise(resolve => setTimeout(resolve, 1100));
        const second = unzip((await exportPlan(form, report.figures, report.diagnostics)).bytes);
        expect([...second.keys()]).toEqual([...first.keys()]);
        for (const [name, content] of first) expect(second.get(name)!.equals(content), `${form}: ${name}`).toBe(true);
    }
});
