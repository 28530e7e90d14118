/**
 * The folder `pbm mcp` was started in, and the only one it reads. A path an
 * agent sends is taken relative to it and refused — with a message the
 * agent can relay — when it is absolute, climbs with `..`, or leads outside
 * through a symbolic link (real paths are compared, `fs.realpath`). Files a
 * folder holds are checked the same way; imports that leave the folder are
 * refused by the loader (`import-outside-workspace`, real paths too).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandInput, isInsideFolder } from 'pbm-language';

/** A path the server will not read; the message says why and what to send instead. */
export class RefusedPathError extends Error {}

export class ConfinedFolder {
    private constructor(
        /** The real path of the folder. */
        readonly root: string
    ) {}

    static async open(folder: string): Promise<ConfinedFolder> {
        return new ConfinedFolder(await fs.realpath(folder));
    }

    /**
     * Checks a path the agent sent (a file or folder below the root) and
     * returns it as a path relative to the root, the form the loader shows
     * in diagnostics. For a folder, every `.pbm` file below it is checked.
     */
    async resolve(given: string): Promise<string> {
        const relative = given.trim() === '' ? '.' : given.trim();
        if (path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative) || relative.startsWith('\\')) {
            throw new RefusedPathError(`'${given}' is an absolute path: send a path relative to the folder the server serves (${this.root})`);
        }
        if (relative.split(/[\\/]+/).includes('..')) {
            throw new RefusedPathError(`'${given}' climbs out with '..': the server reads only the folder it serves (${this.root}) and what lies below it`);
        }
        const full = path.join(this.root, relative);
        await this.checkReal(full, given);
        if ((await fs.stat(full)).isDirectory()) {
            for (const file of await expandInput(full)) await this.checkReal(file, path.relative(this.root, file));
        }
        return path.relative(this.root, full) || '.';
    }

    private async checkReal(full: string, shown: string): Promise<void> {
        let real: string;
        try {
            real = await fs.realpath(full);
        } catch {
            throw new RefusedPathError(`cannot find '${shown}' in the folder the server serves (${this.root})`);
        }
        if (!isInsideFolder(real, this.root)) {
            throw new RefusedPathError(`'${shown}' leads outside the folder the server serves (${this.root}) through a symbolic link: the server does not read it`);
        }
    }
}
