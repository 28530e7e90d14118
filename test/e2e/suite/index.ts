/**
 * Entry point of the extension-host suite (`extensionTestsPath`), the same under code-server
 * (test/e2e/run.mjs) and @vscode/test-electron (test/e2e/run-vscode.mjs): the extension host
 * calls run(), and the test run fails when the returned promise rejects.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
    const grep = process.env.PBM_E2E_GREP;
    if (grep) mocha.grep(grep);
    for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.e2e.js')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    await new Promise<void>((resolve, reject) => {
        const runner = mocha.run(failures => {
            const { passes = 0, pending = 0 } = runner.stats ?? {};
            // The plain closing line CI reads, and a file the outer driver reads for its summary.
            console.log(`extension host: ${passes} passed, ${failures} failed, ${pending} skipped`);
            const resultFile = process.env.PBM_E2E_RESULT_FILE;
            if (resultFile) fs.writeFileSync(resultFile, JSON.stringify({ passes, failures, pending }) + '\n');
            if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed.`));
            else resolve();
        });
    });
}
