/**
 * Langium's linker with a faster walk over the tree (issue #7), which keeps
 * the links of the declarations an edit did not touch (issue #21).
 *
 * Langium awaits a promise before each AST node and steps through generic
 * streams, which on a large plan cost as much as resolving the references,
 * after every edit. References are resolved exactly as Langium does
 * (`doLink`), in the same order; see `model/ast-walk.ts`.
 *
 * When an edit re-parsed one declaration alone (`PbmDocumentFactory`) and
 * every file of the build declares the same names as before
 * (`PbmDocumentBuilder.declaresSameNames`), a reference outside that
 * declaration resolves to what it resolved to before — unless its target
 * is gone from the workspace (it was in the replaced declaration, or in a
 * file parsed again or deleted). Such references get their previous target
 * back; the others are linked as Langium links them. A typed figure in a
 * 50,000-line file so links the one checkpoint it is in, not the file.
 */
import {
    Cancellation, DefaultLinker, interruptAndCheck, isAstNode, type AstNode, type AstNodeDescription,
    type LangiumDocument, type Reference, type ReferenceInfo
} from 'langium';
import type { PbmFile } from '../generated/ast.js';
import { forEachNodeInterruptibly, forEachReference, NODES_BETWEEN_INTERRUPTS } from '../model/ast-walk.js';
import type { PbmServices } from '../pbm-module.js';
import { reparsedIndexOf } from '../workspace/pbm-document-factory.js';
import type { PbmDocumentBuilder } from '../workspace/pbm-document-builder.js';

/** The fields of Langium's `DefaultReferenceImpl` that hold a resolved link (`unlink` clears them). */
interface LinkFields {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
}

/** The references of one top-level declaration and what each resolved to when it was last linked. */
interface LinkedDeclaration {
    readonly references: ReferenceInfo[];
    readonly targets: unknown[];
    readonly descriptions: (AstNodeDescription | undefined)[];
}

export class PbmLinker extends DefaultLinker {
    private readonly builder: () => PbmDocumentBuilder;
    /** Each top-level declaration's references as last linked (a declaration an edit did not touch is kept as the same object). */
    private readonly linked = new WeakMap<AstNode, LinkedDeclaration>();

    constructor(services: PbmServices) {
        super(services);
        this.builder = () => services.shared.workspace.DocumentBuilder as PbmDocumentBuilder;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const root = document.parseResult.value as PbmFile;
        if (!this.builder().editsFollow) {
            await forEachNodeInterruptibly(root, cancelToken, node => forEachReference(node, reference => this.doLink(reference, document)));
            return;
        }
        const reparsed = reparsedIndexOf(root);
        // Previous targets are kept only after an edit inside one declaration that declared no other names.
        const alive = reparsed !== undefined && this.builder().declaresSameNames ? new LiveRoots(this.langiumDocuments()) : undefined;
        forEachReference(root, reference => this.doLink(reference, document));
        for (let i = 0; i < root.elements.length; i++) {
            const element = root.elements[i];
            // A declaration kept from the previous tree has the same references: no walk to find them.
            const before = i === reparsed ? undefined : this.linked.get(element);
            if (before) await this.relinkDeclaration(before, document, alive, cancelToken);
            else await this.linkDeclaration(element, document, cancelToken);
        }
    }

    /** Links a kept declaration's references again, or gives them their previous targets back where those are `alive`. */
    private async relinkDeclaration(declaration: LinkedDeclaration, document: LangiumDocument, alive: LiveRoots | undefined,
        cancelToken: Cancellation.CancellationToken): Promise<void> {
        const { references, targets, descriptions } = declaration;
        for (let r = 0; r < references.length; r++) {
            if (r % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            const reference = references[r].reference as Reference & LinkFields;
            const target = targets[r];
            // Resolved meanwhile by a read of `ref` (Langium then listed it in the document's references already).
            if (!alive || reference._ref !== undefined || !isAstNode(target) || !alive.holds(target)) {
                this.doLink(references[r], document);
            } else {
                reference._ref = target;
                reference._nodeDescription = descriptions[r];
                document.references.push(reference);
            }
            targets[r] = reference._ref;
            descriptions[r] = reference._nodeDescription;
        }
    }

    private async linkDeclaration(node: AstNode, document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const declaration: LinkedDeclaration = { references: [], targets: [], descriptions: [] };
        await forEachNodeInterruptibly(node, cancelToken, child => forEachReference(child, reference => this.linkAndRecord(reference, document, declaration)));
        this.linked.set(node, declaration);
    }

    private linkAndRecord(info: ReferenceInfo, document: LangiumDocument, declaration: LinkedDeclaration): void {
        this.doLink(info, document);
        const reference = info.reference as Reference & LinkFields;
        declaration.references.push(info);
        declaration.targets.push(reference._ref);
        declaration.descriptions.push(reference._nodeDescription);
    }
}

/**
 * Whether a node is still part of the workspace: its tree is the current
 * tree of a document the workspace still has. A node of a replaced
 * declaration or of a file's previous parse hangs from a root that is no
 * longer any document's. Decided once per root.
 */
class LiveRoots {
    private readonly known = new Map<AstNode, boolean>();

    constructor(private readonly documents: { getDocument(uri: LangiumDocument['uri']): LangiumDocument | undefined }) {}

    holds(node: AstNode): boolean {
        let root = node;
        while (root.$container) root = root.$container;
        let alive = this.known.get(root);
        if (alive === undefined) {
            const document = root.$document;
            alive = document !== undefined && document.parseResult.value === root && this.documents.getDocument(document.uri) === document;
            this.known.set(root, alive);
        }
        return alive;
    }
}
