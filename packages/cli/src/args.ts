/**
 * Command-line parsing for `pbm` (LANGUAGE.md §6, §8.11), on Node's
 * `util.parseArgs`. Each command declares its options once: the parser, the
 * value checks and the `--help` text are all read from that table. Errors are
 * one-line `UsageError`s (exit 2): a code and its arguments, worded in
 * English or Chinese where they are printed (pbm-language's i18n/cli-text.ts).
 *
 * The `--help` text (summaries, option descriptions, notes) stays here, in
 * English only: it is a reference generated from this table, kept beside the
 * options it describes so the two cannot drift, and docs/cli.md explains
 * every option at length. What a user must act on — every error and note —
 * is worded in both languages.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { usageProblemText, type CliCommandName, type Lang, type UsageProblemArgs, type UsageProblemCode } from 'pbm-language';

/** A usage problem (exit 2): worded where it is printed, in the language of the messages. */
export class UsageError<C extends UsageProblemCode = UsageProblemCode> extends Error {
    constructor(readonly code: C, readonly args: UsageProblemArgs[C]) {
        super(usageProblemText('en', code, args));
    }

    text(lang: Lang): string {
        return usageProblemText(lang, this.code, this.args);
    }
}

interface OptionSpec {
    /** A one-letter alias (`-o`). */
    readonly short?: string;
    /** The allowed values; undefined: any value. */
    readonly values?: readonly string[];
    /** How the value is shown in the help (`<out>`); undefined for a flag. */
    readonly valueName?: string;
    /** Whether the command needs this option (its `values` are then named when it is missing). */
    readonly required?: boolean;
    readonly description: string;
}

export interface CommandSpec {
    readonly name: CliCommandName;
    readonly usage: string;
    readonly summary: string;
    readonly minOperands: number;
    readonly maxOperands: number;
    readonly options: Readonly<Record<string, OptionSpec>>;
    /** Lines printed after the options in `pbm <command> --help`. */
    readonly notes: readonly string[];
}

const LANG: OptionSpec = { values: ['en', 'zh'], valueName: 'en|zh', description: 'language of the messages (default: report and export the plan\'s language, else LC_ALL/LC_MESSAGES/LANG zh*, else English)' };
const HELP: OptionSpec = { short: 'h', description: 'show this help and exit' };

export const COMMANDS: readonly CommandSpec[] = [
    {
        name: 'check',
        usage: 'pbm check <file-or-folder>... [--format text|json|sarif] [--lang en|zh]',
        summary: 'reports the diagnostics of the plans in the files and folders given (every .pbm below a folder)',
        minOperands: 1,
        maxOperands: Infinity,
        options: {
            format: { values: ['text', 'json', 'sarif'], valueName: 'text|json|sarif', description: 'text: one line per diagnostic and a summary (default); json: one JSON array; sarif: SARIF 2.1.0 for code scanning' },
            lang: LANG,
            help: HELP
        },
        notes: ['Exit codes: 0 no errors, 1 errors in the plans, 2 a usage or input problem (one line on stderr).']
    },
    {
        name: 'report',
        usage: 'pbm report <plan-file-or-folder> [--format md|html|json] [--lang en|zh] [-o <out>] [--title-date YYYY-MM-DD]',
        summary: 'renders the work-summary report of a plan (the plan file, or the folder holding it)',
        minOperands: 1,
        maxOperands: 1,
        options: {
            format: { values: ['md', 'html', 'json'], valueName: 'md|html|json', description: 'report format (default: from the extension of -o, else md)' },
            lang: LANG,
            output: { short: 'o', valueName: '<out>', description: 'write the report to this file instead of stdout; for a folder holding several plans, a folder: one report per plan, named after its plan file' },
            'title-date': { valueName: 'YYYY-MM-DD', description: 'the date printed on the report (default: none)' },
            help: HELP
        },
        notes: [
            'A folder holding several plans needs -o <folder>: pbm never picks one plan silently.',
            'Exit codes: 0 the report was written (even for a plan with errors: they are listed in its appendix),',
            '            1 no plan could be read (syntax errors), 2 a usage or input problem (one line on stderr).'
        ]
    },
    {
        name: 'export',
        usage: 'pbm export <plan-file-or-folder> --form self-evaluation|targets|monitoring|summary [--lang en|zh] [-o <out>] [--title-date YYYY-MM-DD]',
        summary: 'writes the official forms of a plan as .xlsx, or its work summary as .docx (the plan file, or the folder holding it)',
        minOperands: 1,
        maxOperands: 1,
        options: {
            form: {
                values: ['self-evaluation', 'targets', 'monitoring', 'summary'], valueName: 'self-evaluation|targets|monitoring|summary',
                description: 'the form: self-evaluation 项目支出绩效自评表, targets 绩效目标表, monitoring 绩效运行监控表 (.xlsx), summary the work summary (.docx)',
                required: true
            },
            lang: LANG,
            output: { short: 'o', valueName: '<out>', description: 'the file to write (default: <plan name>-<form>.xlsx|docx in the current folder)' },
            'title-date': { valueName: 'YYYY-MM-DD', description: 'the date printed on the forms (default: none)' },
            help: HELP
        },
        notes: [
            'A folder holding several plans is refused, naming them: pbm never picks one plan silently.',
            'Exit codes: as "pbm report".'
        ]
    },
    {
        name: 'mcp',
        usage: 'pbm mcp',
        summary: 'serves the Model Context Protocol over stdio for AI agents: read-only tools check, explain, report and list_plans, confined to the current folder',
        minOperands: 0,
        maxOperands: 0,
        options: { help: HELP },
        notes: ['It reads only files below the folder it was started in, never writes, and uses no network.']
    }
];

export const USAGE = [
    'Usage:',
    ...COMMANDS.map(command => `  ${command.usage}`),
    '  pbm <command> --help',
    '  pbm --version',
    '',
    ...COMMANDS.map(command => `${command.name.padEnd(7)} ${command.summary}`),
    '',
    'Exit codes: 0 no errors, 1 errors in the plans, 2 a usage or input problem (one line on stderr).'
].join('\n');

export interface ParsedArgs {
    readonly command: CliCommandName;
    readonly paths: string[];
    /** Option values by long name (`output`, not `-o`). */
    readonly options: ReadonlyMap<string, string>;
    /** `pbm <command> --help`: print `helpOf(command)` instead of running it. */
    readonly help: boolean;
}

export function commandNamed(name: string): CommandSpec | undefined {
    return COMMANDS.find(command => command.name === name);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
    const [name, ...rest] = argv;
    const commands = COMMANDS.map(c => c.name);
    if (!name) throw new UsageError('missing-command', { commands });
    const command = commandNamed(name);
    if (!command) throw new UsageError('unknown-command', { name, commands });
    const { values, positionals, tokens } = parseOrExplain(command, rest);
    if (values.help === true) return { command: command.name, paths: positionals, options: new Map(), help: true };
    const options = new Map<string, string>();
    for (const token of tokens) {
        if (token.kind !== 'option') continue;
        const spec = command.options[token.name];
        const shown = token.rawName;
        if (options.has(token.name)) throw new UsageError('option-twice', { option: shown });
        if (token.value === undefined) continue;
        if (spec.values && !spec.values.includes(token.value)) {
            throw new UsageError('option-value', { option: shown, values: spec.values, value: token.value });
        }
        options.set(token.name, token.value);
    }
    for (const [long, spec] of Object.entries(command.options)) {
        if (spec.required && !options.has(long)) throw new UsageError('option-missing', { option: `--${long}`, values: spec.values ?? [] });
    }
    if (positionals.length < command.minOperands) throw new UsageError('operand-missing', { command: command.name });
    if (positionals.length > command.maxOperands) {
        throw command.maxOperands === 0
            ? new UsageError('no-operands', { command: command.name })
            : new UsageError('too-many-operands', { command: command.name, count: positionals.length });
    }
    return { command: command.name, paths: positionals, options, help: false };
}

type ParseResult = ReturnType<typeof parseNodeArgs<{ options: Record<string, { type: 'string' | 'boolean'; short?: string }>; allowPositionals: true; tokens: true; strict: true }>>;

/** Runs `util.parseArgs`, turning its errors into one-line messages that name the option and the command. */
function parseOrExplain(command: CommandSpec, args: readonly string[]): ParseResult {
    const options = Object.fromEntries(Object.entries(command.options).map(([long, spec]) => [
        long, { type: spec.valueName ? 'string' as const : 'boolean' as const, ...(spec.short ? { short: spec.short } : {}) }
    ]));
    try {
        return parseNodeArgs({ args: [...args], options, allowPositionals: true, tokens: true, strict: true });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const quoted = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
        const option = quoted.replace(/ <value>$/, '').split('=')[0];
        switch (code) {
            case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
                throw new UsageError('unknown-option', { option, command: command.name });
            case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
                throw /argument missing/.test((error as Error).message)
                    ? new UsageError('option-needs-value', { option })
                    : new UsageError('option-takes-no-value', { option });
            default:
                throw new UsageError('unreadable-arguments', { detail: (error as Error).message.split('\n')[0] });
        }
    }
}

/** `pbm <command> --help`: usage, what it does, every option with its values, and the notes. */
export function helpOf(command: CommandSpec): string {
    const rows = Object.entries(command.options).map(([long, spec]) => {
        const names = `${spec.short ? `-${spec.short}, ` : '    '}--${long}${spec.valueName ? ` ${spec.valueName}` : ''}`;
        return [names, spec.description] as const;
    });
    const width = Math.max(...rows.map(([names]) => names.length));
    return [
        `Usage: ${command.usage}`,
        '',
        `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
        '',
        'Options:',
        ...rows.map(([names, description]) => `  ${names.padEnd(width)}  ${description}`),
        '',
        ...command.notes
    ].join('\n') + '\n';
}

/**
 * The `--lang` of a command line that may not parse (for wording its usage
 * error): the first `--lang en|zh` or `--lang=en|zh`, if any.
 */
export function langOfArgv(argv: readonly string[]): Lang | undefined {
    for (let i = 0; i < argv.length; i++) {
        const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
        if (value === 'en' || value === 'zh') return value;
    }
    return undefined;
}
