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
    Cancellation, DefaultLinker, interruptAndCheck, isAstNode, isReference, type AstNode, type AstNodeDescription,
    type LangiumDocument, type Reference, type ReferenceInfo
} from 'langium';
import type { PbmFile } from '../generated/ast.js';
import { forEachNodeInterruptibly, forEachReference, NODES_BETWEEN_INTERRUPTS } from '../model/ast-walk.js';
import type { PbmServices } from '../pbm-module.js';
import { reparsedDeclarationOf } from '../workspace/pbm-document-factory.js';
import type { PbmDocumentBuilder } from '../workspace/pbm-document-builder.js';

/** A reference's target and its description, as Langium's linker stores them. */
interface Resolved {
    readonly target: AstNode;
    readonly description: AstNodeDescription | undefined;
}

/** The fields of Langium's `DefaultReferenceImpl` that hold a resolved link (`unlink` clears them). */
interface LinkFields {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
}

export class PbmLinker extends DefaultLinker {
    private readonly builder: () => PbmDocumentBuilder;
    /** The references inside each top-level declaration, as last linked (the declarations are kept across edits). */
    private readonly referencesOf = new WeakMap<AstNode, ReferenceInfo[]>();
    /** What each reference of a document resolved to when it was last unlinked. */
    private readonly resolvedBefore = new WeakMap<LangiumDocument, Map<Reference, Resolved>>();

    constructor(services: PbmServices) {
        super(services);
        this.builder = () => services.shared.workspace.DocumentBuilder as PbmDocumentBuilder;
    }

    override unlink(document: LangiumDocument): void {
        // Only a file whose text changed can be re-parsed one declaration at a time.
        if (!this.builder().isChanging(document.uri)) return super.unlink(document);
        const resolved = new Map<Reference, Resolved>();
        for (const reference of document.references) {
            const fields = reference as LinkFields;
            if (isReference(reference) && isAstNode(fields._ref)) resolved.set(reference, { target: fields._ref, description: fields._nodeDescription });
        }
        this.resolvedBefore.set(document, resolved);
        super.unlink(document);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const root = document.parseResult.value as PbmFile;
        const resolved = this.resolvedBefore.get(document);
        this.resolvedBefore.delete(document);
        const reparsed = reparsedDeclarationOf(root);
        if (!reparsed || !resolved || !this.builder().declaresSameNames) return this.linkAll(root, document, cancelToken);
        const alive = new LiveRoots(this.langiumDocuments());
        forEachReference(root, reference => this.doLink(reference, document));
        for (let i = 0; i < root.elements.length; i++) {
            const element = root.elements[i];
            const references = i === reparsed.index ? undefined : this.referencesOf.get(element);
            if (!references) {
                await this.linkDeclaration(element, document, cancelToken);
                continue;
            }
            for (let r = 0; r < references.length; r++) {
                if (r % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
                this.relink(references[r], resolved, alive, document);
            }
        }
    }

    /** Links every reference of the file, remembering each declaration's references. */
    private async linkAll(root: PbmFile, document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (!this.builder().editsFollow) {
            await forEachNodeInterruptibly(root, cancelToken, node => forEachReference(node, reference => this.doLink(reference, document)));
            return;
        }
        let references: ReferenceInfo[] = [];
        await forEachNodeInterruptibly(root, cancelToken, node => {
            if (node.$container === root) this.referencesOf.set(node, references = []);
            forEachReference(node, reference => {
                references.push(reference);
                this.doLink(reference, document);
            });
        });
    }

    private async linkDeclaration(declaration: AstNode, document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const references: ReferenceInfo[] = [];
        await forEachNodeInterruptibly(declaration, cancelToken, node => forEachReference(node, reference => {
            references.push(reference);
            this.doLink(reference, document);
        }));
        this.referencesOf.set(declaration, references);
    }

    /** A reference of a kept declaration: its previous target where that is still in the workspace, else linked anew. */
    private relink(info: ReferenceInfo, resolved: ReadonlyMap<Reference, Resolved>, alive: LiveRoots, document: LangiumDocument): void {
        const reference = info.reference as Reference & LinkFields;
        const before = resolved.get(reference);
        // Resolved meanwhile by a read of `ref` (Langium then listed it in the document's references already).
        if (reference._ref !== undefined || !before || !alive.holds(before.target)) {
            this.doLink(info, document);
            return;
        }
        reference._ref = before.target;
        reference._nodeDescription = before.description;
        document.references.push(reference);
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
