/**
 * The diagnostics of a checkpoint's entries, kept from one validation to the
 * next (issue #21). Checkpoints hold most of a large plan — every measure and
 * spend — and after an edit elsewhere their checks find what they found
 * before. Those checks read only
 * - the checkpoint and its entries (kept as the same objects when an edit
 *   re-parses another declaration, `PbmDocumentFactory`),
 * - the KPI or budget line an entry names (a changed one is a new object,
 *   so the entries naming it are checked again, and only those),
 * - the period and as-of date of the plans the file belongs to,
 * - the message language,
 * and which of those checks the build runs (its validation categories).
 * `CHECKPOINT_CHECKS` in pbm-validator.ts lists those checks; a test holds
 * the registry to that list, so a new check on a checkpoint, a measure or a
 * spend must be added there knowingly (and to the inputs here if it reads
 * more). Everything else — goals, KPIs, lines, whole-plan checks — is
 * checked on every validation.
 */
import { interruptAndCheck, type AstNode, type Cancellation, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { forEachNodeInterruptibly, NODES_BETWEEN_INTERRUPTS } from '../model/ast-walk.js';

type Accepted = Parameters<ValidationAcceptor>;

/** What a checkpoint's checks read besides the checkpoint and its entries' targets, and which checks run. */
export interface CheckpointContext {
    /** The plans' periods and as-of dates, and the language. */
    readonly inputs: string;
    /** The checks this validation runs on checkpoints, measures and spends. */
    readonly checks: readonly unknown[];
}

interface KeptEntry {
    readonly entry: ast.CheckpointEntry;
    readonly target: AstNode | undefined;
    readonly accepted: readonly Accepted[];
}

interface Kept extends CheckpointContext {
    /** The checkpoint's own diagnostics. */
    readonly own: readonly Accepted[];
    /** Its entries' diagnostics, by position; undefined when its children were not checked. */
    readonly entries: KeptEntry[] | undefined;
}

/** Runs the checks of one node (not of its children); tells whether its children are to be checked (as for `forEachNodeInterruptibly`). */
export type NodeCheck = (node: AstNode, accept: ValidationAcceptor) => boolean | Promise<boolean>;

/** Most entries have nothing to report: they share one empty list. */
const NOTHING: readonly Accepted[] = Object.freeze([]);

export class KeptCheckpointDiagnostics {
    private readonly kept = new WeakMap<ast.Checkpoint, Kept>();

    /**
     * Checks a checkpoint and its entries as a walk of its subtree would, in
     * the same order, reporting kept diagnostics where the inputs are the
     * same and checking the rest; then keeps what it reported.
     */
    async validate(checkpoint: ast.Checkpoint, context: CheckpointContext, accept: ValidationAcceptor, check: NodeCheck,
        cancelToken: Cancellation.CancellationToken): Promise<void> {
        const before = this.kept.get(checkpoint);
        const usable = before && before.inputs === context.inputs && same(before.checks, context.checks) ? before : undefined;
        let own: readonly Accepted[];
        let checkChildren: boolean;
        if (usable) {
            replay(own = usable.own, accept);
            checkChildren = usable.entries !== undefined;
        } else {
            const accepted: Accepted[] = [];
            checkChildren = await check(checkpoint, record(accepted, accept));
            own = accepted.length > 0 ? accepted : NOTHING;
        }
        // The entries of a kept checkpoint are the same objects: their list is updated in place.
        const entries = checkChildren ? usable?.entries ?? new Array<KeptEntry>(checkpoint.entries.length) : undefined;
        for (let i = 0; entries && i < checkpoint.entries.length; i++) {
            if (i % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            const entry = checkpoint.entries[i];
            const target = targetOf(entry);
            const previous = entries[i];
            if (previous?.entry === entry && previous.target === target) {
                replay(previous.accepted, accept);
            } else {
                const accepted: Accepted[] = [];
                const recording = record(accepted, accept);
                await forEachNodeInterruptibly(entry, cancelToken, node => check(node, recording));
                entries[i] = { entry, target, accepted: accepted.length > 0 ? accepted : NOTHING };
            }
        }
        // A diagnostic with a fixed range is not kept: an edit above the checkpoint would move it.
        const fixed = (accepted: readonly Accepted[]) => accepted.some(([, , info]) => (info as DiagnosticInfo<AstNode>).range !== undefined);
        if (fixed(own) || entries?.some(kept => fixed(kept.accepted))) this.kept.delete(checkpoint);
        else this.kept.set(checkpoint, { ...context, own, entries });
    }
}

/** The inputs text of a checkpoint's checks: the dates of the plans of its file, and the language. */
export function checkpointInputs(plans: ReadonlyArray<{ readonly start?: { day: number }; readonly end?: { day: number }; readonly asOf?: { day: number } }>,
    lang: string): string {
    return `${plans.map(plan => `${plan.start?.day}/${plan.end?.day}/${plan.asOf?.day}`).join(';')}|${lang}`;
}

/** Reports kept diagnostics again. */
function replay(accepted: readonly Accepted[], accept: ValidationAcceptor): void {
    for (const args of accepted) accept(...args);
}

/** An acceptor that passes diagnostics on and adds them to `into`. */
function record(into: Accepted[], accept: ValidationAcceptor): ValidationAcceptor {
    return (...args: Accepted) => {
        into.push(args);
        accept(...args);
    };
}

/** The KPI or budget line an entry names (undefined when the name does not resolve). */
function targetOf(entry: ast.CheckpointEntry): AstNode | undefined {
    return entry.$type === 'Measure' ? (entry as ast.Measure).kpi?.ref : (entry as ast.Spend).budget?.ref;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}
