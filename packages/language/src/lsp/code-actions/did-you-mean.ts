/**
 * unresolved-reference, first choice: "Did you mean 'Finance'?" — the
 * visible declarations of the right kind whose name, or title, is a few
 * edits away from what was written, closest first. Names and titles are
 * compared by characters (code points), so a Chinese name one character off
 * (财务部 / 财务处) is as close as a Latin one one letter off.
 */
import { AstUtils, type AstNodeDescription, type ReferenceInfo } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { quickFix, singleFile } from './edits.js';
import type { FixContext } from './fix-context.js';

/** How many spellings the fix offers at most. */
const MAX_SUGGESTIONS = 5;

interface Candidate {
    readonly name: string;
    readonly title?: string;
    /** Edits per character of the longer word: 0 is the same word. */
    readonly distance: number;
}

export function didYouMean(context: FixContext): CodeAction[] {
    const reference = referenceAt(context);
    const written = reference?.reference.$refText;
    if (!reference || !written) return [];
    const scope = context.services.references.ScopeProvider.getScope(reference);
    const seen = new Set<string>();
    const candidates: Candidate[] = [];
    for (const description of scope.getAllElements()) {
        if (seen.has(description.name)) continue;
        seen.add(description.name);
        const candidate = closeness(written, description);
        if (candidate) candidates.push(candidate);
    }
    candidates.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
    const range = reference.reference.$refNode?.range ?? context.diagnostic.range;
    return candidates.slice(0, MAX_SUGGESTIONS).map((candidate, i) => {
        const edit: TextEdit = { range, newText: candidate.name };
        return quickFix(context, FIX_TITLES[context.lang].didYouMean(candidate.name, candidate.title), singleFile(context.document, [edit]), i === 0);
    });
}

/** The reference the diagnostic underlines, among those of the node it sits on. */
function referenceAt(context: FixContext): ReferenceInfo | undefined {
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    return AstUtils.streamReferences(context.node).find(info => {
        const cst = info.reference.$refNode;
        return cst !== undefined && cst.offset <= offset && offset < cst.end;
    });
}

/**
 * The declaration as a suggestion when its name or its title is close to
 * `written`, else undefined. A title written as the name (`owner 财务部` for
 * `unit Finance "财务部"`) is distance 0: the best suggestion there is.
 */
function closeness(written: string, description: AstNodeDescription): Candidate | undefined {
    const title = titleOf(description);
    const distances = [relativeDistance(written, description.name)];
    if (title) distances.push(relativeDistance(written, title));
    const distance = Math.min(...distances);
    return distance <= MAX_RELATIVE_DISTANCE ? { name: description.name, title, distance } : undefined;
}

/**
 * At most one edit in three characters: `Finanse` → `Finance` (1 in 7),
 * `EnergyCst` → `EnergyCost` (1 in 10), `财务处` → `财务部` (1 in 3), but
 * not `Sales` → `Staff`.
 */
const MAX_RELATIVE_DISTANCE = 1 / 3;

function relativeDistance(a: string, b: string): number {
    const x = [...a.toLowerCase()];
    const y = [...b.toLowerCase()];
    // A case slip alone (finance / Finance) is the closest possible suggestion short of the same text.
    const cased = a !== b && x.join('') === y.join('') ? 0.01 : 0;
    return cased || levenshtein(x, y) / Math.max(x.length, y.length, 1);
}

/** Edit distance (insertions, deletions, substitutions) between two lists of characters. */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

function titleOf(description: AstNodeDescription): string | undefined {
    const title = (description.node as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}
