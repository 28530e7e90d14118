/**
 * The diagnostics of a checkpoint, kept from one validation to the next
 * (issue #21). Checkpoints hold most of a large plan — every measure and
 * spend — and after an edit elsewhere their checks find what they found
 * before: those checks read only
 * - the checkpoint and its entries (kept as the same objects when an edit
 *   re-parses another declaration, `PbmDocumentFactory`),
 * - the KPIs and budget lines the entries name (a changed one is a new
 *   object, so its entries are checked again),
 * - the period and as-of date of the plans the file belongs to,
 * - the message language,
 * and which of those checks the build runs (its validation categories).
 * `CHECKPOINT_CHECKS` in pbm-validator.ts lists those checks; a test holds
 * the registry to that list, so a new check on a checkpoint, a measure or a
 * spend must be added there knowingly (and to the inputs below if it reads
 * more). Everything else — goals, KPIs, lines, whole-plan checks — is
 * checked on every validation.
 */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';

type Accepted = Parameters<ValidationAcceptor>;

/** What a checkpoint's checks read besides the checkpoint and its entries' targets, and which checks run. */
export interface CheckpointContext {
    /** The plans' periods and as-of dates, and the language. */
    readonly inputs: string;
    /** The checks this validation runs on checkpoints, measures and spends. */
    readonly checks: readonly unknown[];
}

interface Kept extends CheckpointContext {
    readonly targets: readonly (AstNode | undefined)[];
    readonly accepted: readonly Accepted[];
}

export class KeptCheckpointDiagnostics {
    private readonly kept = new WeakMap<ast.Checkpoint, Kept>();

    /** Reports a checkpoint's kept diagnostics again, if its inputs are the same; false when it must be checked. */
    replay(checkpoint: ast.Checkpoint, context: CheckpointContext, accept: ValidationAcceptor): boolean {
        const kept = this.kept.get(checkpoint);
        if (!kept || kept.inputs !== context.inputs || !same(kept.checks, context.checks) || !same(kept.targets, targetsOf(checkpoint))) return false;
        for (const accepted of kept.accepted) accept(...accepted);
        return true;
    }

    /**
     * An acceptor that passes diagnostics on and remembers them; `keep` stores
     * them once the checkpoint has been checked whole (not after a cancelled
     * walk). A diagnostic with a fixed range is not kept: an edit above the
     * checkpoint would move it.
     */
    recorder(checkpoint: ast.Checkpoint, context: CheckpointContext, accept: ValidationAcceptor): { accept: ValidationAcceptor; keep(): void } {
        const accepted: Accepted[] = [];
        return {
            accept: (...args: Accepted) => {
                accepted.push(args);
                accept(...args);
            },
            keep: () => {
                if (accepted.some(([, , info]) => (info as DiagnosticInfo<AstNode>).range !== undefined)) return;
                this.kept.set(checkpoint, { ...context, targets: targetsOf(checkpoint), accepted });
            }
        };
    }
}

type DatedPlan = { readonly start?: { day: number }; readonly end?: { day: number }; readonly asOf?: { day: number } };

/** The inputs text of a checkpoint's checks: the dates of the plans of its file, and the language. */
export function checkpointInputs(plans: readonly DatedPlan[], lang: string): string {
    return `${plans.map(plan => `${plan.start?.day}/${plan.end?.day}/${plan.asOf?.day}`).join(';')}|${lang}`;
}

/** The KPIs and budget lines the entries name, in order (undefined where a name does not resolve). */
function targetsOf(checkpoint: ast.Checkpoint): (AstNode | undefined)[] {
    return checkpoint.entries.map(entry => entry.$type === 'Measure' ? (entry as ast.Measure).kpi?.ref : (entry as ast.Spend).budget?.ref);
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}
