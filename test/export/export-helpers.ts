/**
 * Export test helpers: the examples, reading a workbook back with exceljs,
 * and unzipping a .docx/.xlsx (a minimal ZIP reader on node:zlib, so the
 * tests read the files as any other program would, without the writer's
 * own libraries).
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

export const EXAMPLES: ReadonlyArray<{ readonly name: string; readonly file: string }> = [
    { name: 'acme-2026', file: 'examples/acme-2026.pbm' },
    { name: 'zh-annual-2026', file: 'examples/zh-annual-2026.pbm' },
    { name: 'gov-drinking-water', file: 'examples/gov-drinking-water.pbm' },
    { name: 'multi-file', file: 'examples/multi-file/plan.pbm' },
    // v2 (LANGUAGE.md §8): points and awards at year end; adjusted budgets and funding sources mid-year.
    { name: 'gov-points-2026', file: 'examples/gov-points-2026.pbm' },
    { name: 'gov-monitoring-2026', file: 'examples/gov-monitoring-2026.pbm' }
];

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return workbook;
}

/** The entries of a ZIP archive, by path, as text (UTF-8) or bytes. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
    const data = Buffer.from(bytes);
    // End of central directory: the last PK\5\6.
    let end = data.length - 22;
    while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
    if (end < 0) throw new Error('not a ZIP archive');
    const count = data.readUInt16LE(end + 10);
    let offset = data.readUInt32LE(end + 16);
    const entries = new Map<string, Buffer>();
    for (let i = 0; i < count; i++) {
        if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
        const method = data.readUInt16LE(offset + 10);
        const compressed = data.readUInt32LE(offset + 20);
        const nameLength = data.readUInt16LE(offset + 28);
        const extraLength = data.readUInt16LE(offset + 30);
        const commentLength = data.readUInt16LE(offset + 32);
        const local = data.readUInt32LE(offset + 42);
        const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
        const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
        const raw = data.subarray(start, start + compressed);
        entries.set(name, method === 0 ? Buffer.from(raw) : inflateRawSync(raw));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

export function entryText(entries: Map<string, Buffer>, name: string): string {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no ${name} in the archive (has ${[...entries.keys()].join(', ')})`);
    return entry.toString('utf8');
}

/** The text of every `<w:t>` of a Word part, one string per paragraph. */
export function paragraphsOf(xml: string): Array<{ readonly style?: string; readonly text: string }> {
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
        style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
        text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => unescapeXml(m[1])).join('')
    }));
}

export function unescapeXml(text: string): string {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
