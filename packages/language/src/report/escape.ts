/**
 * The one place where plan text is made safe for the report's output
 * formats. Every user string (titles, names, sources, messages) goes through
 * these before it is written into HTML, SVG or Markdown, so a goal titled
 * `<img src=x onerror=alert(1)>` prints as that text and never as markup.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
};

/** Text for HTML/SVG element content and (double-quoted) attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => HTML_ESCAPES[char]);
}

/**
 * Markdown punctuation that can start markup anywhere in a line: emphasis,
 * code spans, links and images, raw HTML, entities, table cells,
 * strikethrough, headings, math (`$`, on GitHub), and the backslash itself.
 */
const MARKDOWN_INLINE = /[\\`*_[\]<>|~&#$]/g;

/**
 * What Markdown viewers turn into links without any markup (GitHub's and
 * VS Code's preview "linkify"): `scheme://…`, `www.…` and e-mail addresses.
 * Escaping the `:`, `.` or `@` keeps the text as it is and the link out.
 */
const AUTOLINK_TRIGGERS = /:(?=\/\/)|(?<=\bwww)\.|@/gi;

/**
 * Plain text inside a Markdown line (a paragraph, list item, heading or table
 * cell): markup characters are backslash-escaped, text a viewer would turn
 * into a link is defused, and line breaks become spaces so a string cannot
 * end the block it is in.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/\r\n?|\n/g, ' ').replace(MARKDOWN_INLINE, char => `\\${char}`).replace(AUTOLINK_TRIGGERS, char => `\\${char}`);
}

/**
 * Defuses the start of a line of (already escaped) Markdown that would open
 * a block: `- x`, `+ x`, `1. x`, `1) x` would start a list (also inside a
 * list item), a line of `=` or `-` a setext heading, leading spaces an
 * indented code block. `#` and `>` are escaped everywhere already.
 */
export function escapeLineStart(markdown: string): string {
    return markdown.replace(/^\s+/, '').replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Text for a Markdown table cell: as `escapeMarkdown` (which escapes `|`, so
 * a pipe cannot split the cell), with line breaks kept as `<br>` — our own
 * markup, added after escaping. Block starts mean nothing inside a cell.
 */
export function escapeMarkdownCell(text: string): string {
    return text.split(/\r\n?|\n/).map(escapeMarkdown).join('<br>');
}

/**
 * The HTML `id` of a goal's section, `goal-<name>`, which the editor uses to
 * scroll to a goal. PBM names are letters (ASCII or CJK), digits and `_`;
 * any other character (should a name ever hold one) is replaced by `-` and
 * its code point, so the id stays a valid, unambiguous id and URL fragment.
 */
export function goalAnchorId(name: string): string {
    return `goal-${anchorSafe(name)}`;
}

export function anchorSafe(name: string): string {
    return [...name].map(char => /^[\p{L}\p{N}_]$/u.test(char) ? char : `-${char.codePointAt(0)!.toString(16)}`).join('');
}
