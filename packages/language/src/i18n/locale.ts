/**
 * The language of diagnostics and of the report. The language server sets it
 * from the client's locale (LSP `initialize` `locale`; `zh-*` → Chinese), the
 * CLI from `--lang`.
 */
export type Lang = 'en' | 'zh';

export class PbmLocale {
    lang: Lang = 'en';

    /** Sets the language from a BCP 47 locale such as `zh-cn`, `zh-TW`, `en-US`. */
    useLocale(locale: string | undefined): void {
        this.lang = langOfLocale(locale);
    }
}

export function langOfLocale(locale: string | undefined): Lang {
    return locale && /^zh\b/i.test(locale.trim()) ? 'zh' : 'en';
}
