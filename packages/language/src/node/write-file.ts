/**
 * Writing a report, form or chart the user asked for: a temporary file beside
 * the target, then a rename, so that no reader (Excel, Word, a browser) ever
 * opens half a file and a failed write leaves nothing behind. Used by the CLI
 * and by the server's export request.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError, ioReasonOf } from './plan-files.js';

/** Writes `content` to `output` atomically; a failure is an InputError that says why in a few words. */
export async function writeFileAtomically(output: string, content: string | Uint8Array): Promise<void> {
    const temporary = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
    try {
        await fs.writeFile(temporary, content, typeof content === 'string' ? 'utf8' : undefined);
        await fs.rename(temporary, output);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        const cause = ioReasonOf(error);
        // A missing file on writing is its folder (the temporary file is created beside the target).
        throw new InputError('cannot-write', { output, ...(cause.reason === 'not-found' ? { reason: 'folder-missing' } : cause) });
    }
}
