import type { CompiledQuery } from 'kysely';

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
