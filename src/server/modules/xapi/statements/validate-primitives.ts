import { hasUnstorableText } from '../../../http/input-guard.ts';
import { badRequest } from '../xapi.errors.ts';
import type { XapiVersion } from '../xapi.version.ts';

/** What every check needs: where in the statement it is, and which xAPI version rules apply. */
export type Where = { path: string; version: XapiVersion };

export type JsonObject = Record<string, unknown>;

export const at = (where: Where, key: string | number): Where => ({
  ...where,
  path: where.path ? `${where.path}.${key}` : String(key),
});

/** A 400 naming the field and the rule of the specification it breaks. */
export function fail(where: Where, message: string, rule: string): never {
  throw badRequest(`${where.path || 'statement'}: ${message} (xAPI ${rule})`, rule);
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function object(value: unknown, where: Where, rule: string): JsonObject {
  if (!isObject(value)) fail(where, 'must be a JSON object', rule);
  return value;
}

export function array(value: unknown, where: Where, rule: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'must be an array', rule);
  return value;
}

/** Properties the specification does not define are refused (Data 2.2: "no other properties"). */
export function onlyKeys(value: JsonObject, allowed: readonly string[], where: Where, rule: string): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) fail(at(where, key), 'is not a property the specification allows here', rule);
}

export function required(value: JsonObject, key: string, where: Where, rule: string): unknown {
  if (value[key] === undefined) fail(at(where, key), 'is required', rule);
  return value[key];
}

export function string(value: unknown, where: Where, rule: string): string {
  if (typeof value !== 'string') fail(where, 'must be a string', rule);
  if (hasUnstorableText(value)) fail(where, 'contains NUL or a lone UTF-16 surrogate', 'Data 2.2');
  return value;
}

export function boolean(value: unknown, where: Where, rule: string): boolean {
  if (typeof value !== 'boolean') fail(where, 'must be true or false', rule);
  return value;
}

export function number(value: unknown, where: Where, rule: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(where, 'must be a number', rule);
  return value;
}

// An IRI needs a scheme (RFC 3987): letters first, then ":" and no white space.
const iriPattern = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

export function iri(value: unknown, where: Where, rule = 'Data 4.0 (IRI)'): string {
  const text = string(value, where, rule);
  if (!iriPattern.test(text)) fail(where, `"${clip(text)}" is not an IRI with a scheme`, rule);
  return text;
}

/** An IRL is an IRI that can be fetched: http(s) or another scheme with an authority. */
export function irl(value: unknown, where: Where, rule = 'Data 4.0 (IRL)'): string {
  return iri(value, where, rule);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && uuidPattern.test(value);

export function uuid(value: unknown, where: Where, rule = 'Data 2.4.1 (UUID, RFC 4122)'): string {
  if (!isUuid(value)) fail(where, 'must be a UUID (RFC 4122, variant 2)', rule);
  return value.toLowerCase();
}

// RFC 5646 language tags, in the shape the specification's language maps use.
const languageTagPattern =
  /^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+|i-[A-Za-z]{2,8})$/;
export const isLanguageTag = (value: string) => languageTagPattern.test(value);

export function languageMap(value: unknown, where: Where, rule = 'Data 4.2 (Language Map)'): JsonObject {
  const map = object(value, where, rule);
  for (const [tag, text] of Object.entries(map)) {
    if (!isLanguageTag(tag)) fail(at(where, tag), `"${clip(tag)}" is not an RFC 5646 language tag`, rule);
    string(text, at(where, tag), rule);
  }
  return map;
}

export function extensions(value: unknown, where: Where, rule = 'Data 4.1 (Extensions)'): void {
  const map = object(value, where, rule);
  for (const [key, entry] of Object.entries(map)) {
    iri(key, at(where, key), rule);
    const bad = unstorable(entry);
    if (bad) fail(at(where, key), 'contains NUL or a lone UTF-16 surrogate', 'Data 2.2');
  }
}

/** Extension values may be any JSON, but PostgreSQL cannot hold NUL or lone surrogates in it. */
function unstorable(value: unknown): boolean {
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (hasUnstorableText(item)) return true;
    } else if (Array.isArray(item)) stack.push(...item);
    else if (isObject(item))
      for (const [key, entry] of Object.entries(item)) {
        if (hasUnstorableText(key)) return true;
        stack.push(entry);
      }
  }
  return false;
}

// ISO 8601 in the forms the specification's examples and test suites use: a full date, "T", a time
// with at least hours and minutes, and an offset. -00, -0000 and -00:00 ("unknown offset") are refused.
const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const rfc3339Pattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/** Checks a timestamp and gives it back in UTC when the version asks for that (2.0: converted). */
export function timestamp(value: unknown, where: Where, rule = 'Data 4.5 (ISO 8601 Timestamps)'): string {
  const text = string(value, where, rule);
  const match = (where.version === '2.0.0' ? rfc3339Pattern : timestampPattern).exec(text);
  if (!match) fail(where, `"${clip(text)}" is not an ISO 8601 timestamp`, rule);
  const offset = match[8];
  if (offset && /^-00(:?00)?$/.test(offset))
    fail(where, 'an offset of -00:00 (unknown) is not allowed', rule);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const isRealDate =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 61;
  if (!isRealDate || Number.isNaN(Date.parse(toParsable(text))))
    fail(where, `"${clip(text)}" is not a real date`, rule);
  return text;
}

/** Date.parse reads ±hh, ±hhmm and a comma fraction only in their extended forms. */
function toParsable(text: string): string {
  return text
    .replace(',', '.')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
    .replace(/([+-]\d{2})$/, '$1:00');
}

/** Milliseconds since the epoch of a checked timestamp (no offset: read as UTC). */
export function timestampMillis(text: string): number {
  const parsable = toParsable(text);
  return Date.parse(/(Z|[+-]\d{2}:\d{2})$/i.test(parsable) ? parsable : `${parsable}Z`);
}

/** xAPI 2.0 stores timestamps in UTC: 2008-09-15T15:53:00.601+02:00 becomes …13:53:00.601Z. */
export function toUtc(text: string): string {
  // Offsets are whole minutes, so the fraction of a second is the one that was sent.
  const fraction = /[.,](\d+)/.exec(text)?.[1];
  const seconds = new Date(timestampMillis(text)).toISOString().slice(0, 19);
  return `${seconds}${fraction ? `.${fraction}` : ''}Z`;
}

// ISO 8601 durations: weeks stand alone (P4W), everything else without weeks (P1DT2H, PT0.5S).
const durationPattern =
  /^P(?:\d+(?:[.,]\d+)?W|(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?)$/;

export function duration(value: unknown, where: Where, rule = 'Data 4.6 (ISO 8601 Durations)'): string {
  const text = string(value, where, rule);
  if (!durationPattern.test(text)) fail(where, `"${clip(text)}" is not an ISO 8601 duration`, rule);
  return text;
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);
