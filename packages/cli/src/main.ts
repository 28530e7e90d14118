/**
 * `pbm`, the command line of PBM (LANGUAGE.md §6). Exit codes: 0 no errors,
 * 1 errors in the plans, 2 a usage or input problem (one line on stderr).
 *
 * The language of its lines (docs/cli.md): `--lang`, else — for `report` and
 * `export`, once the plan is read — the plan's `language`, else the
 * environment's (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `zh`), else
 * English. The help stays English (args.ts says why).
 */
import 'pbm-language/polyfills';
import { NodeFileSystem } from 'langium/node';
import { cliLanguageOfEnvironment, cliLine, cliNoteText, createPbmServices, InputError, type Lang, type ReportFormat } from 'pbm-language';
import { commandNamed, helpOf, langOfArgv, parseArgs, USAGE, UsageError } from './args.js';
import { runCheck, type CheckFormat } from './check.js';
import { runExport, type ExportFormName } from './export.js';
import { findPlanTarget, onePlanFile } from './plan-target.js';
import { runReportCommand, type ServicesFactory } from './report.js';

/** The language pbm's own lines are worded in; a command that reads one plan moves it to the plan's language. */
interface MessageLanguage {
    lang: Lang;
}

async function main(argv: readonly string[], messages: MessageLanguage): Promise<number> {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
        const command = argv[0] === 'help' && argv[1] ? commandNamed(argv[1]) : undefined;
        process.stdout.write(command ? helpOf(command) : USAGE + '\n');
        return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
        process.stdout.write(`pbm ${PBM_VERSION}\n`);
        return 0;
    }
    const args = parseArgs(argv);
    if (args.help) {
        await write(process.stdout, helpOf(commandNamed(args.command)!));
        return 0;
    }
    const lang = args.options.get('lang') as Lang | undefined;
    const environmentLang = cliLanguageOfEnvironment(process.env);
    if (args.command === 'mcp') {
        // Loaded only here: the MCP SDK is not parsed when pbm checks or reports.
        const { serveMcp } = await import('./mcp/mcp-server.js');
        await serveMcp(process.cwd(), PBM_VERSION);
        return 0;
    }
    if (args.command === 'check') {
        const { Pbm } = createPbmServices(NodeFileSystem);
        Pbm.i18n.Locale.lang = messages.lang;
        const result = await runCheck(Pbm, args.paths, (args.options.get('format') ?? 'text') as CheckFormat, PBM_VERSION);
        await write(process.stdout, result.output);
        return result.exitCode;
    }
    const createServices: ServicesFactory = outputLang => {
        const services = createPbmServices(NodeFileSystem).Pbm;
        services.i18n.Locale.lang = outputLang;
        return services;
    };
    const common = {
        lang, defaultLang: environmentLang, onLanguage: (planLang: Lang) => { messages.lang = planLang; },
        output: args.options.get('output'), preparedOn: args.options.get('title-date')
    };
    let result;
    if (args.command === 'export') {
        const target = await findPlanTarget(createServices('en'), args.paths[0]);
        const file = onePlanFile(target, 'export');
        result = await runExport(createServices, { ...common, file, form: args.options.get('form') as ExportFormName, importRoots: target.importRoots });
    } else {
        result = await runReportCommand(createServices, { ...common, target: args.paths[0], format: args.options.get('format') as ReportFormat | undefined });
    }
    await write(process.stdout, result.stdout);
    await write(process.stderr, result.stderr);
    return result.exitCode;
}

declare const PBM_VERSION: string;

// A reader that stops early (`pbm check … | head`) closes the pipe: not an error of pbm, and no stack trace.
process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
});

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
    return new Promise(resolve => stream.write(text, () => resolve()));
}

const argv = process.argv.slice(2);
// Known before parsing, so that a usage error is worded in the language asked for.
const messages: MessageLanguage = { lang: langOfArgv(argv) ?? cliLanguageOfEnvironment(process.env) };

main(argv, messages).then(
    code => { process.exitCode = code; },
    (error: unknown) => {
        if (error instanceof UsageError || error instanceof InputError) {
            process.stderr.write(`${cliLine(error.text(messages.lang))}\n`);
        } else {
            // An internal error is a bug; still one line, no stack trace, unless PBM_DEBUG is set.
            process.stderr.write(`${cliLine(cliNoteText(messages.lang, 'internal-error', { message: String((error as Error)?.message ?? error) }))}\n`);
            if (process.env.PBM_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
        }
        process.exitCode = 2;
    }
);
