// Node 20 (VS Code 1.100's extension host) lacks Object.groupBy (ES2024), which
// chevrotain 13 calls while building Langium's parser. Imported first by every
// entry point that ships (server, CLI), so the bundles run on Node 20 and 22.
type GroupBy = <T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) => Record<PropertyKey, T[]>;

const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };

if (typeof objectWithGroupBy.groupBy !== 'function') {
    const groupBy: GroupBy = (items, keyOf) => {
        const groups: Record<PropertyKey, unknown[]> = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups as never;
    };
    Object.defineProperty(Object, 'groupBy', { configurable: true, writable: true, value: groupBy });
}

export {};
