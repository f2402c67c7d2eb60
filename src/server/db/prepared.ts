import { createHash } from 'node:crypto';
import { CompiledQuery } from 'kysely';

// Stands in for the looked-up value while compiling; swapped for the real one on every execution.
export const lookedUp = '\u0000looked-up';

/**
 * A query compiled once with `lookedUp` in place of the value it looks up: the caller runs it as a
 * prepared statement (a server plans it once per connection) with `parameters(value)`.
 */
export function compileLookup<Row>(compiled: CompiledQuery<Row>) {
  return {
    sql: compiled.sql,
    parameters: (value: string) =>
      compiled.parameters.map((parameter) => (parameter === lookedUp ? value : parameter)),
    /** Only for its type: what a row of the answer looks like. */
    row: undefined as unknown as Row,
  };
}

const mark = '/* prepared ';

/**
 * A compiled query marked to run as a named prepared statement on a PostgreSQL server (the pool
 * honours the mark, see database.ts): parsed and planned once per connection, not on every request.
 * For a hot read whose SQL text is always the same for the name; PGlite runs it as it is.
 */
export const prepared = <Row>(name: string, sql: string, parameters: readonly unknown[]) =>
  CompiledQuery.raw(`${mark}${name} */ ${sql}`, [...parameters]) as CompiledQuery<Row>;

/**
 * `prepared`, named by a hash of the SQL text: for SQL built in a few shapes (filters, options), one name
 * per shape, so a name always carries the same text.
 */
export const preparedShape = <Row>(prefix: string, compiled: CompiledQuery<Row>) =>
  prepared<Row>(shapeName(prefix, compiled.sql), compiled.sql, compiled.parameters);

/** The name of SQL built in shapes: the prefix and a hash of its text. */
export const shapeName = (prefix: string, sql: string) =>
  `${prefix}.${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;

/** The name a `prepared` statement carries, if it carries one. */
export const preparedName = (sql: string) =>
  sql.startsWith(mark) ? sql.slice(mark.length, sql.indexOf(' */')) : undefined;

/** Stands in for the value `key` while compiling once (compileWith). */
export const standIn = (key: string) => `\u0000${key}`;

/**
 * A query compiled once with `standIn(key)` in place of its values (also inside array parameters),
 * run with the real ones swapped in: no query building per request.
 */
export function compileWith<Row>(compiled: CompiledQuery<Row>) {
  const swap = (parameter: unknown, values: Record<string, unknown>): unknown => {
    if (Array.isArray(parameter)) return parameter.map((item) => swap(item, values));
    if (typeof parameter === 'string' && parameter.startsWith('\u0000')) {
      const key = parameter.slice(1);
      if (!(key in values)) throw new Error(`compileWith: no value for ${key}`);
      return values[key];
    }
    return parameter;
  };
  return {
    sql: compiled.sql,
    parameters: (values: Record<string, unknown>) => compiled.parameters.map((p) => swap(p, values)),
  };
}
