/**
 * parseNumber's fast path for plain decimals (a performance fix, issue #7)
 * must give exactly the value of the exact decimal path for every literal.
 */
import { describe, expect, it } from 'vitest';
import { parseNumber } from 'pbm-language';
import { createRandom } from '../../bench/generate.mjs';

/** The exact path, written out: the digits and the power of ten combined before one conversion. */
function exact(text: string): number {
    const [, sign, integer, fraction = ''] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)!;
    const value = Number(`${sign}${integer}${fraction}e${-fraction.length}`);
    return value === 0 ? 0 : value;
}

describe('parseNumber on plain decimals', () => {
    const random = createRandom(2026);
    const literals = ['0', '-0', '0.0', '12', '-3.5', '87.43', '0.1', '0.30000000000000004', '123456789012.345678',
        '9007199254740993', '1.005', '99.995', '-0.000001'];
    for (let i = 0; i < 2000; i++) {
        const integer = String(random.integer(0, 10 ** random.integer(1, 9)));
        const fraction = random.next() < 0.7 ? `.${String(random.integer(0, 10 ** random.integer(1, 6))).padStart(random.integer(1, 6), '0')}` : '';
        literals.push(`${random.next() < 0.2 ? '-' : ''}${integer}${fraction}`);
    }

    it('equals the exact decimal conversion for every literal', () => {
        const mismatches = literals.filter(text => !Object.is(parseNumber(text), exact(text)));
        expect(mismatches).toEqual([]);
    });

    it('still handles separators, suffixes and non-numbers on the exact path', () => {
        expect(parseNumber('1_200_000')).toBe(1_200_000);
        expect(parseNumber('2.3亿')).toBe(230_000_000);
        expect(parseNumber('1.')).toBeUndefined();
        expect(parseNumber('.5')).toBeUndefined();
        expect(parseNumber('-')).toBeUndefined();
    });
});
