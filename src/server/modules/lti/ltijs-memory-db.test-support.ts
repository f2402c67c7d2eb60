// An in-memory database for ltijs (its `database.plugin` option), so the real tool runs in the test
// process without MongoDB. It implements the same calls as ltijs' own Mongo adapter (Get, Insert,
// Replace, Modify, Delete); rows are stored unencrypted, which ltijs allows for plugins.

type Row = Record<string, unknown>;
const matches = (row: Row, query: Row = {}) =>
  Object.entries(query).every(([key, value]) => JSON.stringify(row[key]) === JSON.stringify(value));

export function ltijsMemoryDatabase() {
  const collections = new Map<string, Row[]>();
  const of = (name: string) => {
    if (!collections.has(name)) collections.set(name, []);
    return collections.get(name) as Row[];
  };
  return {
    setup: async () => true,
    // biome-ignore lint/correctness/noComponentHookFactories: ltijs' adapter method name
    Close: async () => true,
    Get: async (_key: unknown, collection: string, query?: Row) => {
      const found = of(collection).filter((row) => matches(row, query));
      return found.length ? found.map((row) => ({ ...row })) : false;
    },
    Insert: async (_key: unknown, collection: string, item: Row, index?: Row) => {
      of(collection).push({ ...index, ...item, createdAt: Date.now() });
      return true;
    },
    Replace: async (_key: unknown, collection: string, query: Row, item: Row, index?: Row) => {
      collections.set(collection, [
        ...of(collection).filter((row) => !matches(row, query)),
        { ...query, ...index, ...item, createdAt: Date.now() },
      ]);
      return true;
    },
    Modify: async (_key: unknown, collection: string, query: Row, modification: Row) => {
      for (const row of of(collection)) if (matches(row, query)) Object.assign(row, modification);
      return true;
    },
    Delete: async (collection: string, query: Row) => {
      collections.set(
        collection,
        of(collection).filter((row) => !matches(row, query)),
      );
      return true;
    },
  };
}
