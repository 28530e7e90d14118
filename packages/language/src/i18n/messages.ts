/**
 * Diagnostic messages in English and Chinese. Every message names the element
 * and says what to do. Chinese wording follows the terms of China's budget
 * performance management (绩效目标, 绩效指标, 指标值, 预算执行率, 偏差, 预警, 整改措施).
 *
 * Checks report a code and raw arguments (`message-args.ts`); the message is
 * worded here, when it is shown, in the language asked for.
 */
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Lang } from './locale.js';
import { wordArgs, type MessageArgs, type WordedArgs } from './message-args.js';
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH } from './messages-zh.js';

export type { MessageArg, MessageArgs, WordedArg } from './message-args.js';
export { arg } from './message-args.js';
export type MessageFn = (args: WordedArgs) => string;
export type MessageCatalog = { readonly [C in DiagnosticCode]: MessageFn };

const CATALOGS: Readonly<Record<Lang, MessageCatalog>> = { en: MESSAGES_EN, zh: MESSAGES_ZH };

export function diagnosticMessage(lang: Lang, code: DiagnosticCode, args: MessageArgs = {}): string {
    return CATALOGS[lang][code](wordArgs(lang, args));
}

export function catalogOf(lang: Lang): MessageCatalog {
    return CATALOGS[lang];
}
