/**
 * Requests for tests only, registered when the server is started with
 * `PBM_DEBUG_REQUESTS=1` (never by the VS Code client): the soak test
 * (test/soak/) asks for the heap after a full garbage collection, to see that
 * the server does not keep memory it no longer needs. `global.gc` exists only
 * when Node runs with `--expose-gc`; without it the answer says so.
 */
import { RequestType0, type Connection } from 'vscode-languageserver';

export interface HeapSample extends NodeJS.MemoryUsage {
    /** Whether a full collection ran before measuring (`--expose-gc`). */
    readonly collected: boolean;
}

export const DEBUG_REQUESTS_ENV = 'PBM_DEBUG_REQUESTS';
export const HeapRequest = new RequestType0<HeapSample, void>('pbm/debug/heap');

export function registerDebugRequests(connection: Connection, env: NodeJS.ProcessEnv = process.env): void {
    if (env[DEBUG_REQUESTS_ENV] !== '1') return;
    connection.onRequest(HeapRequest, () => {
        const gc = (globalThis as { gc?: () => void }).gc;
        gc?.();
        return { ...process.memoryUsage(), collected: gc !== undefined };
    });
}
