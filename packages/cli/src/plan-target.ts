/**
 * The `<plan-file-or-folder>` argument of `pbm report` (and of the commands
 * that take one plan, like `export`, and the MCP tools): which plan files it
 * names. A file is taken as given (whether it holds a plan is the command's
 * business: a part file gets its own message). A folder is searched for the
 * files that declare a `plan` — a multi-file plan's folder holds one plan
 * file and its parts; a folder of several plans holds several, and the
 * command decides what to do with them: never a silent pick.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandInput, InputError, isPlan, readPlanText, type PbmFile, type PbmServices, type Plan, type SeveralPlansHint } from 'pbm-language';

export interface PlanTarget {
    /** The argument as given. */
    readonly given: string;
    readonly isFolder: boolean;
    /** The plan files, as paths joined from the argument (sorted). For a file: the file itself. */
    readonly planFiles: readonly string[];
    /** The folders imports may lead into when loading one of `planFiles` (`LoadOptions.importRoots`). */
    readonly importRoots?: readonly string[];
}

export async function findPlanTarget(services: PbmServices, given: string): Promise<PlanTarget> {
    if (!await isFolder(given)) return { given, isFolder: false, planFiles: [given] };
    const files = await expandInput(given);
    const planFiles: string[] = [];
    for (const file of files) {
        if (declaresPlan(services, await readPlanText(file))) planFiles.push(file);
    }
    if (planFiles.length === 0) {
        throw new InputError('no-plan-in-folder', { folder: given, files: files.length });
    }
    // A plan file found in the folder reads its imports anywhere in that folder, as `pbm check <folder>` would.
    return { given, isFolder: true, planFiles, importRoots: [given] };
}

/** The one plan file of a target; several are an input error that names them (the caller says what to do instead). */
export function onePlanFile(target: PlanTarget, whatToDo: SeveralPlansHint): string {
    if (target.planFiles.length === 1) return target.planFiles[0];
    throw new InputError('several-plans', { given: target.given, plans: target.planFiles.map(file => relativeName(target, file)), hint: whatToDo });
}

/** A plan file's path from the folder given (`multi-file/plan.pbm`), or its name when a file was given. */
export function relativeName(target: PlanTarget, planFile: string): string {
    return (target.isFolder ? path.relative(target.given, planFile) : path.basename(planFile)).split(path.sep).join('/');
}

/**
 * The file name of one plan's output in an output folder, named after its
 * plan file: `acme-2026.md`; a plan in a subfolder keeps the subfolder in the
 * name (`multi-file-plan.md`), so that two `plan.pbm` never share a name.
 */
export function outputNameFor(target: PlanTarget, planFile: string, extension: string): string {
    return `${relativeName(target, planFile).replace(/\.pbm$/i, '').split('/').join('-')}.${extension}`;
}

function declaresPlan(services: PbmServices, text: string): boolean {
    return planDeclaredIn(services, text) !== undefined;
}

/** The `plan` a file's text declares (parsed only: no imports read, nothing checked). */
export function planDeclaredIn(services: PbmServices, text: string): Plan | undefined {
    const file = services.parser.LangiumParser.parse<PbmFile>(text).value;
    return (file.elements ?? []).find(isPlan);
}

export async function isFolder(given: string): Promise<boolean> {
    try {
        return (await fs.stat(given)).isDirectory();
    } catch {
        return false;
    }
}
