/**
 * Requests for tests only, registered when the server is started with
 * `PBM_DEBUG_REQUESTS=1` (never by the VS Code client): the soak test
 * (test/soak/) asks for the heap after a full garbage collection, to see that
 * the server does not keep memory it no longer needs. `global.gc` exists only
 * when Node runs with `--expose-gc`; without it the answer says so. The
 * message-language test asks how many times documents were validated, to see
 * that a change of language re-words diagnostics without validating again.
 */
import { DocumentState } from 'langium';
import { RequestType0, type Connection } from 'vscode-languageserver';
import type { PbmSharedServices } from '../pbm-module.js';

export interface HeapSample extends NodeJS.MemoryUsage {
    /** Whether a full collection ran before measuring (`--expose-gc`). */
    readonly collected: boolean;
}

export const DEBUG_REQUESTS_ENV = 'PBM_DEBUG_REQUESTS';
export const HeapRequest = new RequestType0<HeapSample, void>('pbm/debug/heap');
export const ValidationCountRequest = new RequestType0<number, void>('pbm/debug/validations');

export function registerDebugRequests(connection: Connection, shared: PbmSharedServices, env: NodeJS.ProcessEnv = process.env): void {
    if (env[DEBUG_REQUESTS_ENV] !== '1') return;
    let validations = 0;
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => { validations++; });
    connection.onRequest(ValidationCountRequest, () => validations);
    connection.onRequest(HeapRequest, () => {
        const gc = (globalThis as { gc?: () => void }).gc;
        gc?.();
        return { ...process.memoryUsage(), collected: gc !== undefined };
    });
}
