/**
 * Formatting round-trips (issue #8): a valid plan written with any layout,
 * comments and full-width operators formats to a text that means the same
 * (equal AST without positions), keeps every comment, changes nothing but
 * whitespace and the full-width forms, and is a fixed point of the formatter.
 */
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { createPbmServices, type PbmFile } from 'pbm-language';
import { describe, expect, test } from 'vitest';
import { messyLayoutArb } from './arbitraries.js';
import { assertFormatterKeepsText, astShape, formatted, syntaxErrorCount } from './invariants.js';
import { yieldToEventLoop } from './harness.js';
import { FUZZ_RUNS, FUZZ_SEED } from './settings.js';

const services = createPbmServices(EmptyFileSystem).Pbm;
let counter = 0;

/** Parses a text as a document (the formatter needs no linking). */
function parsed(text: string) {
    return services.shared.workspace.LangiumDocumentFactory.fromString<PbmFile>(text, URI.file(`/fuzz/format-${counter++}.pbm`));
}

describe('fuzz: formatting', () => {
    test('a valid plan in any layout formats to the same meaning, keeps its comments, and formatting again changes nothing', async () => {
        await fc.assert(fc.asyncProperty(messyLayoutArb, async text => {
            await yieldToEventLoop();
            expect(syntaxErrorCount(services, text), 'the generated plan parses').toBe(0);
            const original = parsed(text);
            const once = await formatted(services, original);
            assertFormatterKeepsText(services, text, once);
            const reparsed = parsed(once);
            expect(syntaxErrorCount(services, once), 'the formatted plan parses').toBe(0);
            expect(astShape(reparsed.parseResult.value)).toBe(astShape(original.parseResult.value));
            expect(await formatted(services, reparsed), 'formatting is idempotent').toBe(once);
        }), { numRuns: FUZZ_RUNS, seed: FUZZ_SEED });
    });
});
