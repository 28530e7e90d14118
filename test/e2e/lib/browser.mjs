// Debian's Chromium driven by playwright-core, with a fresh profile, talking to loopback only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireTool } from './paths.mjs';

// Running as root needs --no-sandbox; the rest keeps Chromium from calling home or updating itself.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** PBM_E2E_HEADED=1 shows the browser (needs a display, e.g. `xvfb-run` or a desktop session). */
export const headed = process.env.PBM_E2E_HEADED === '1';

/** Returns { context, page, close() }; close() also removes the throw-away profile. */
export async function launchBrowser({ viewport = { width: 1440, height: 900 } } = {}) {
    const { chromium } = requireTool('playwright-core');
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbm-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: !headed,
        viewport,
        args: CHROMIUM_ARGS
    });
    const page = context.pages()[0] ?? await context.newPage();
    // Also when a signal ends the run before close(): Playwright stops the browser, we remove its profile.
    const removeProfile = () => fs.rmSync(profileDir, { recursive: true, force: true });
    process.once('exit', removeProfile);
    return {
        context,
        page,
        async close() {
            await context.close().catch(() => {});
            removeProfile();
            process.off('exit', removeProfile);
        }
    };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = /^(data|blob|about|vscode-[a-z-]+|vscode):$/;

export function leavesMachine(href) {
    const url = new URL(href);
    return !LOCAL_SCHEMES.test(url.protocol) && !LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * Blocks and records every request of the browser context that would leave the machine
 * (anything but loopback, data:, blob: and vscode-* URLs): the returned array should stay empty.
 */
export async function blockExternalRequests(context) {
    const external = [];
    const record = href => { if (leavesMachine(href) && !external.includes(href)) external.push(href); };
    context.on('request', request => record(request.url()));
    await context.route(href => leavesMachine(href.href), route => {
        record(route.request().url());
        return route.abort('blockedbyclient');
    });
    return external;
}
