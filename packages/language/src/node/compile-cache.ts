/**
 * Runs a CommonJS bundle with V8's code cache.
 *
 * Compiling the ~900 KB CLI or server bundle is a third of a small
 * `pbm check` (BENCHMARKS.md). V8 can skip it with the cached data of an
 * earlier run. The cache is made after the bundle has run, so it also holds
 * the functions compiled lazily during that run (Node 22's own
 * `module.enableCompileCache()` caches at compile time only, and Node 20 has
 * none). One code path serves Node 20, Node 22+ and VS Code's Electron.
 *
 * The bundle must not use `import()`: a script run from V8's cache has no
 * loader for it (scripts/bundle.mjs turns the lazy parts into `require`s).
 *
 * The cache is an optimisation only: any failure (no home folder, a
 * read-only disk, a cache V8 rejects) falls back to compiling as usual.
 * Files live in the user's cache folder (never the plan's folder), one per
 * bundle content, Node version and architecture; older ones of the same
 * bundle are removed when a new one is written. `PBM_COMPILE_CACHE=0`
 * switches it off (the benchmark's cold rows), `PBM_COMPILE_CACHE=<folder>`
 * moves it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** How long a long-running process (the language server) runs before its cache is written. */
const SERVER_CACHE_DELAY_MS = 15_000;

interface ModuleInternals {
    _nodeModulePaths(from: string): string[];
    _cache: Record<string, unknown>;
}

/** Loads `file` as the program's main code, using and refreshing its code cache. */
export function runWithCompileCache(file: string): void {
    const source = fs.readFileSync(file, 'utf8');
    const cacheFile = cacheFileFor(file, source);
    const cachedData = cacheFile ? readCache(cacheFile) : undefined;
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    const needsWrite = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
    if (needsWrite) scheduleWrite(script, cacheFile, file);
    runAsModule(script, file);
}

/** Runs the wrapped bundle as CommonJS module `file` would run, with its own `require`, `module` and `__dirname`. */
function runAsModule(script: vm.Script, file: string): void {
    const internals = Module as unknown as ModuleInternals;
    const bundle = new Module(file);
    bundle.filename = file;
    bundle.paths = internals._nodeModulePaths(path.dirname(file));
    internals._cache[file] = bundle;
    const moduleRequire = Object.assign((id: string) => bundle.require(id), {
        resolve: (request: string) => Module.createRequire(file).resolve(request),
        cache: internals._cache,
        main: bundle
    });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(bundle.exports, bundle.exports, moduleRequire, bundle, file, path.dirname(file));
    bundle.loaded = true;
}

/** The cache file for this content of the bundle, on this Node, or undefined when caching is off. */
function cacheFileFor(file: string, source: string): string | undefined {
    const folder = cacheFolder();
    if (!folder) return undefined;
    const key = createHash('sha256').update(source).digest('hex').slice(0, 20);
    return path.join(folder, `${cachePrefix(file)}${key}.v8cache`);
}

/**
 * Cache files of one bundle on one runtime share a prefix: the CLI may run on
 * the system's Node and, for VS Code's agent mode, on the editor's, and each
 * keeps its own cache.
 */
function cachePrefix(bundle: string): string {
    return `${path.basename(bundle, '.cjs')}-node${process.versions.node}-${process.arch}-`;
}

function cacheFolder(): string | undefined {
    const setting = process.env.PBM_COMPILE_CACHE;
    if (setting === '0' || setting === 'off') return undefined;
    if (setting) return setting;
    let home: string;
    try {
        home = os.homedir();
    } catch {
        return undefined;
    }
    if (!home) return undefined;
    switch (process.platform) {
        case 'win32': return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'pbm', 'Cache');
        case 'darwin': return path.join(home, 'Library', 'Caches', 'pbm');
        default: return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'pbm');
    }
}

function readCache(cacheFile: string): Buffer | undefined {
    try {
        return fs.readFileSync(cacheFile);
    } catch {
        return undefined;
    }
}

/**
 * Writes the cache once the bundle has done its work: at exit for the CLI,
 * after a while for the server (which is usually stopped by a signal, not an exit).
 */
function scheduleWrite(script: vm.Script, cacheFile: string, bundle: string): void {
    let written = false;
    const write = () => {
        if (written) return;
        written = true;
        writeCache(script, cacheFile, bundle);
    };
    process.once('exit', write);
    setTimeout(write, SERVER_CACHE_DELAY_MS).unref();
}

function writeCache(script: vm.Script, cacheFile: string, bundle: string): void {
    try {
        const folder = path.dirname(cacheFile);
        makeFolders(folder);
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, cacheFile);
        removeOlderCaches(folder, cachePrefix(bundle), path.basename(cacheFile));
    } catch {
        // A cache that cannot be written costs the next run its compile time, nothing else.
    }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns under a
 * folder like /proc (a HOME or PBM_COMPILE_CACHE pointing there hung the CLI).
 */
function makeFolders(folder: string): void {
    const missing: string[] = [];
    for (let current = folder; !fs.existsSync(current); current = path.dirname(current)) {
        if (path.dirname(current) === current) break;
        missing.unshift(current);
    }
    for (const level of missing) fs.mkdirSync(level, { mode: 0o700 });
}

/** Caches of an older content of the same bundle on the same runtime (an earlier PBM): only the newest is kept. */
function removeOlderCaches(folder: string, prefix: string, keep: string): void {
    for (const name of fs.readdirSync(folder)) {
        if (name !== keep && name.startsWith(prefix) && name.endsWith('.v8cache')) fs.rmSync(path.join(folder, name), { force: true });
    }
}
