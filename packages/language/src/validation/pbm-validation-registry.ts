import {
    isOperationCancelled, stream, ValidationRegistry, type AstNode, type Stream, type ValidationAcceptor,
    type ValidationCategory, type ValidationCheck, type ValidationChecks
} from 'langium';

/**
 * Langium's registry, made cheap per node (issue #7). Langium wraps every
 * check in two async functions and builds a fresh stream of checks for every
 * node: on a 50,000-line plan (≈ 300,000 nodes) that is over a million
 * promises per validation. PBM's checks are synchronous, so a check here is
 * called directly and awaited only when it returns a promise, and the list of
 * checks of a node type is computed once per set of categories.
 * Behaviour is Langium's: an exception becomes an error on the node,
 * cancellation still propagates.
 */
export class PbmValidationRegistry extends ValidationRegistry {
    /** The checks of each node type: for all categories, and per list of categories (a build passes the same list for every node). */
    private allChecks = new Map<string, readonly ValidationCheck[]>();
    private checksByCategories = new WeakMap<readonly ValidationCategory[], Map<string, readonly ValidationCheck[]>>();

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: unknown, category?: ValidationCategory): void {
        this.allChecks = new Map();
        this.checksByCategories = new WeakMap();
        super.register(checksRecord, thisObj, category);
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        return stream(this.checksOf(type, categories));
    }

    /** The checks of a node type, as a list computed once (the validator walks it for every node). */
    checksOf(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        let byType = categories ? this.checksByCategories.get(categories) : this.allChecks;
        if (!byType) this.checksByCategories.set(categories!, byType = new Map());
        let checks = byType.get(type);
        if (!checks) byType.set(type, checks = super.getChecks(type, categories).toArray());
        return checks;
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (isPromise(result)) return result.catch(error => this.reportCheckError(error, accept, node));
            } catch (error) {
                this.reportCheckError(error, accept, node);
            }
            return undefined;
        };
    }

    /** As Langium's `handleException`: a failing check is an error on its node, not a lost validation. */
    private reportCheckError(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) throw error;
        console.error('An error occurred during validation:', error);
        const details = error instanceof Error ? error.message : String(error);
        accept('error', `An error occurred during validation: ${details}`, { node });
    }
}

function isPromise(value: unknown): value is Promise<void> {
    return typeof (value as Promise<void> | undefined)?.then === 'function';
}
