/**
 * The language of diagnostics, hover and code lens. The CLI forces one
 * (`--lang`, else English); the language server's setting
 * `pbm.messageLanguage` forces one, or is `auto`: then each document speaks
 * its plan's `language`, else the client's display language (LSP
 * `initialize` `locale`; `zh-*` → Chinese).
 *
 * The language is a parameter of wording, never of checking: diagnostics
 * carry their code and raw arguments, so a change of language re-words them
 * without validating anything again.
 */
export type Lang = 'en' | 'zh';
export type MessageLanguageSetting = 'auto' | Lang;

export class PbmLocale {
    /** The forced language, or `auto`. */
    setting: MessageLanguageSetting = 'auto';
    /** The client's display language, used under `auto` for files whose plan names no language. */
    displayLang: Lang = 'en';
    private planLanguageOf: (uri: string) => Lang | undefined = () => undefined;

    /** The language of text that belongs to no document (a forced language, else the display language). */
    get lang(): Lang {
        return this.setting === 'auto' ? this.displayLang : this.setting;
    }

    /** Forces a language (the CLI's `--lang`, tests). */
    set lang(lang: Lang) {
        this.setting = lang;
    }

    /** Sets the display language from a BCP 47 locale such as `zh-cn`, `zh-TW`, `en-US`. */
    useLocale(locale: string | undefined): void {
        this.displayLang = langOfLocale(locale);
    }

    /** Under `auto`, documents follow their plan's `language` (the language server sets this). */
    followPlanLanguage(planLanguageOf: (uri: string) => Lang | undefined): void {
        this.planLanguageOf = planLanguageOf;
    }

    /** The language a document's messages are worded in. */
    langOf(uri: string): Lang {
        return this.setting === 'auto' ? this.planLanguageOf(uri) ?? this.displayLang : this.setting;
    }
}

export function langOfLocale(locale: string | undefined): Lang {
    return locale && /^zh\b/i.test(locale.trim()) ? 'zh' : 'en';
}
