import { isDeepStrictEqual } from 'node:util';
import { isObject, type JsonObject, timestampMillis } from './validate-primitives.ts';

/** What the LRS sets or may change itself, left out when two statements are compared (Data 2.3.1). */
const setByStore = ['authority', 'stored', 'version'];

/** Durations compare to the hundredth of a second (xAPI 2.0, 4.2.7): P0.1237S is P0.12S. */
const hundredths = (duration: string) => duration.replace(/(\d+)[.,](\d{1,2})\d*S$/, '$1.$2S');

/** Timestamps as instants, durations to hundredths; the rest as sent. */
function comparableBody(statement: JsonObject): JsonObject {
  const copy: JsonObject = { ...statement };
  if (typeof copy.timestamp === 'string') copy.timestamp = timestampMillis(copy.timestamp);
  if (isObject(copy.result) && typeof copy.result.duration === 'string')
    copy.result = { ...copy.result, duration: hundredths(copy.result.duration) };
  return copy;
}

function comparable(statement: JsonObject): JsonObject {
  const copy = comparableBody(statement);
  for (const key of setByStore) delete copy[key];
  if (isObject(copy.object) && copy.object.objectType === 'SubStatement')
    copy.object = comparableBody(copy.object);
  return copy;
}

/** Statement comparison (xAPI Data 2.3.1): the same statement sent twice, or another one under its id. */
export function isSameStatement(a: JsonObject, b: JsonObject): boolean {
  return isDeepStrictEqual(comparable(a), comparable(b));
}
