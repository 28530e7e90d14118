/** Command-line parsing for `pbm` (LANGUAGE.md §6). Errors are one-line `UsageError`s (exit 2). */
export class UsageError extends Error {}

export const USAGE = [
    'Usage:',
    '  pbm check <file-or-folder>... [--format text|json] [--lang en|zh]',
    '  pbm report <file> [--format md|html|json] [--lang en|zh] [-o <out>]',
    '  pbm export <file> --form self-evaluation|targets|monitoring|summary [--lang en|zh] [-o <out>]',
    '',
    'check   reports the diagnostics of the plans (exit 0: no errors, 1: errors, 2: bad input)',
    'report  renders the work-summary report of a plan (stdout, or the file given with -o)',
    'export  writes the official forms as .xlsx, or the work summary as .docx (default: <plan>-<form>.xlsx|docx)'
].join('\n');

export interface ParsedArgs {
    readonly command: string;
    readonly paths: string[];
    readonly options: Map<string, string>;
}

/** Options each command takes, with their allowed values (undefined: any value). */
const COMMAND_OPTIONS: Readonly<Record<string, Readonly<Record<string, readonly string[] | undefined>>>> = {
    check: { '--format': ['text', 'json'], '--lang': ['en', 'zh'] },
    report: { '--format': ['md', 'html', 'json'], '--lang': ['en', 'zh'], '-o': undefined, '--title-date': undefined },
    export: { '--form': ['self-evaluation', 'targets', 'monitoring', 'summary'], '--lang': ['en', 'zh'], '-o': undefined, '--title-date': undefined }
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
    const [command, ...rest] = argv;
    if (!command) throw new UsageError('missing command: use "pbm check <file-or-folder>..." or "pbm report <file>"');
    const allowed = COMMAND_OPTIONS[command];
    if (!allowed) throw new UsageError(`unknown command '${command}': use "check", "report" or "export"`);
    const paths: string[] = [];
    const options = new Map<string, string>();
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '--') {
            paths.push(...rest.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            paths.push(arg);
            continue;
        }
        const [name, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        if (!(name in allowed)) throw new UsageError(`unknown option '${name}' for "pbm ${command}"`);
        const value = inlineValue ?? rest[++i];
        if (value === undefined) throw new UsageError(`option '${name}' needs a value`);
        const values = allowed[name];
        if (values && !values.includes(value)) throw new UsageError(`option '${name}' must be one of ${values.join(', ')}, not '${value}'`);
        if (options.has(name)) throw new UsageError(`option '${name}' is given twice`);
        options.set(name, value);
    }
    if (paths.length === 0) throw new UsageError(command === 'check' ? 'missing <file-or-folder> to check' : `missing <file> to ${command === 'export' ? 'export' : 'report on'}`);
    if (command !== 'check' && paths.length > 1) throw new UsageError(`"pbm ${command}" takes one plan file`);
    if (command === 'export' && !options.has('--form')) throw new UsageError('missing --form: use --form self-evaluation, targets, monitoring or summary');
    return { command, paths, options };
}
