/**
 * Command-line parsing for `pbm` (LANGUAGE.md §6, §8.11), on Node's
 * `util.parseArgs`. Each command declares its options once: the parser, the
 * value checks and the `--help` text are all read from that table. Errors are
 * one-line `UsageError`s (exit 2).
 */
import { parseArgs as parseNodeArgs } from 'node:util';

export class UsageError extends Error {}

interface OptionSpec {
    /** A one-letter alias (`-o`). */
    readonly short?: string;
    /** The allowed values; undefined: any value. */
    readonly values?: readonly string[];
    /** How the value is shown in the help (`<out>`); undefined for a flag. */
    readonly valueName?: string;
    /** The message when a required option is missing (undefined: optional). */
    readonly required?: string;
    readonly description: string;
}

export interface CommandSpec {
    readonly name: string;
    readonly usage: string;
    readonly summary: string;
    /** What the positional arguments are, for the message when they are missing. */
    readonly operands: string;
    readonly minOperands: number;
    readonly maxOperands: number;
    readonly options: Readonly<Record<string, OptionSpec>>;
    /** Lines printed after the options in `pbm <command> --help`. */
    readonly notes: readonly string[];
}

const LANG: OptionSpec = { values: ['en', 'zh'], valueName: 'en|zh', description: 'language of the messages (default: English; report: the plan\'s language)' };
const HELP: OptionSpec = { short: 'h', description: 'show this help and exit' };

export const COMMANDS: readonly CommandSpec[] = [
    {
        name: 'check',
        usage: 'pbm check <file-or-folder>... [--format text|json|sarif] [--lang en|zh]',
        summary: 'reports the diagnostics of the plans in the files and folders given (every .pbm below a folder)',
        operands: '<file-or-folder> to check',
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
        operands: '<plan-file-or-folder> to report on',
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
        operands: '<plan-file-or-folder> to export',
        minOperands: 1,
        maxOperands: 1,
        options: {
            form: {
                values: ['self-evaluation', 'targets', 'monitoring', 'summary'], valueName: 'self-evaluation|targets|monitoring|summary',
                description: 'the form: self-evaluation 项目支出绩效自评表, targets 绩效目标表, monitoring 绩效运行监控表 (.xlsx), summary the work summary (.docx)',
                required: 'missing --form: use --form self-evaluation, targets, monitoring or summary'
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
        operands: '',
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
    readonly command: string;
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
    if (!name) throw new UsageError(`missing command: use ${COMMANDS.map(c => `"pbm ${c.name}"`).join(', ')}; "pbm --help" lists them`);
    const command = commandNamed(name);
    if (!command) throw new UsageError(`unknown command '${name}': use ${COMMANDS.map(c => `"${c.name}"`).join(', ')}; "pbm --help" lists them`);
    const { values, positionals, tokens } = parseOrExplain(command, rest);
    if (values.help === true) return { command: name, paths: positionals, options: new Map(), help: true };
    const options = new Map<string, string>();
    for (const token of tokens) {
        if (token.kind !== 'option') continue;
        const spec = command.options[token.name];
        const shown = token.rawName;
        if (options.has(token.name)) throw new UsageError(`option '${shown}' is given twice`);
        if (token.value === undefined) continue;
        if (spec.values && !spec.values.includes(token.value)) {
            throw new UsageError(`option '${shown}' must be one of ${spec.values.join(', ')}, not '${token.value}'`);
        }
        options.set(token.name, token.value);
    }
    for (const [long, spec] of Object.entries(command.options)) {
        if (spec.required && !options.has(long)) throw new UsageError(spec.required);
    }
    if (positionals.length < command.minOperands) throw new UsageError(`missing ${command.operands} ("pbm ${name} --help" shows how)`);
    if (positionals.length > command.maxOperands) {
        throw new UsageError(command.maxOperands === 0
            ? `"pbm ${name}" takes no file or folder; it works in the current folder`
            : `"pbm ${name}" takes one ${command.operands.split(' ')[0]}, not ${positionals.length}`);
    }
    return { command: name, paths: positionals, options, help: false };
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
                throw new UsageError(`unknown option '${option}' for "pbm ${command.name}" ("pbm ${command.name} --help" lists its options)`);
            case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
                throw new UsageError(/argument missing/.test((error as Error).message)
                    ? `option '${option}' needs a value`
                    : `option '${option}' takes no value`);
            default:
                throw new UsageError((error as Error).message.split('\n')[0]);
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
