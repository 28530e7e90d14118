// Node 20 lacks Object.groupBy (ES2024); chevrotain 13, used by Langium 4.4 and
// langium-cli, calls it in its grammar checks. Loaded with `node --import` for
// the dev tools; the shipped bundles carry the same polyfill
// (packages/language/src/polyfills.ts).
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}
