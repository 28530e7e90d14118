/**
 * `pbm`, the command line of PBM (LANGUAGE.md §6). Exit codes: 0 no errors,
 * 1 errors in the plans, 2 a usage or input problem (one line on stderr).
 */
import 'pbm-language/polyfills';
import { NodeFileSystem } from 'langium/node';
import { createPbmServices, InputError, type Lang, type ReportFormat } from 'pbm-language';
import { parseArgs, USAGE, UsageError } from './args.js';
import { runCheck } from './check.js';
import { runExport, type ExportFormName } from './export.js';
import { runReport } from './report.js';

async function main(argv: readonly string[]): Promise<number> {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
        process.stdout.write(USAGE + '\n');
        return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
        process.stdout.write(`pbm ${PBM_VERSION}\n`);
        return 0;
    }
    const args = parseArgs(argv);
    const { Pbm } = createPbmServices(NodeFileSystem);
    Pbm.i18n.Locale.lang = args.options.get('--lang') === 'zh' ? 'zh' : 'en';
    if (args.command === 'check') {
        const result = await runCheck(Pbm, args.paths, args.options.get('--format') === 'json' ? 'json' : 'text');
        await write(process.stdout, result.output);
        return result.exitCode;
    }
    const lang = args.options.get('--lang') as Lang | undefined;
    const createServices = (reportLang: Lang) => {
        const services = createPbmServices(NodeFileSystem).Pbm;
        services.i18n.Locale.lang = reportLang;
        return services;
    };
    const result = args.command === 'export'
        ? await runExport(createServices, {
            file: args.paths[0],
            form: args.options.get('--form') as ExportFormName,
            lang,
            output: args.options.get('-o'),
            preparedOn: args.options.get('--title-date')
        })
        : await runReport(createServices, {
            file: args.paths[0],
            format: args.options.get('--format') as ReportFormat | undefined,
            lang,
            output: args.options.get('-o'),
            preparedOn: args.options.get('--title-date')
        });
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

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    (error: unknown) => {
        if (error instanceof UsageError || error instanceof InputError) {
            process.stderr.write(`pbm: ${error.message}\n`);
        } else {
            // An internal error is a bug; still one line, no stack trace, unless PBM_DEBUG is set.
            process.stderr.write(`pbm: internal error: ${(error as Error)?.message ?? error}\n`);
            if (process.env.PBM_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
        }
        process.exitCode = 2;
    }
);
