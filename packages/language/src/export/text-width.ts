/** Measuring and cleaning text for the exported files. */

/** Columns a text takes in a spreadsheet or table: two for wide (CJK, full-width) characters, one for others. */
export function displayWidth(text: string): number {
    let width = 0;
    for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
    return width;
}

function isWide(code: number): boolean {
    return code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
        || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
        || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000);
}

/**
 * The text a spreadsheet shows for `value` under one of the exports' number
 * formats (`"≥"#,##0.00" accounts"`, `#,##0.00`, `0.0%`): quoted literals as
 * they are, the number with the format's decimals and grouping (× 100 with
 * `%`). Used to size columns, since a number that does not fit is shown as ###.
 */
export function numberText(value: number, format: string): string {
    return format.split('"').map((part, index) => index % 2 === 1 ? part : numberPart(value, part)).join('');
}

function numberPart(value: number, code: string): string {
    if (!/[0#]/.test(code)) return code;
    const decimals = /\.(0+)/.exec(code)?.[1].length ?? 0;
    const percent = code.includes('%');
    const shown = (percent ? value * 100 : value).toLocaleString('en-US', {
        minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: code.includes(',')
    });
    return percent ? `${shown}%` : shown;
}

/**
 * Drops the characters an XML 1.0 file cannot hold (C0 controls other than
 * tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates): a
 * spreadsheet or Word file containing one does not open.
 */
export function xmlSafe(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
