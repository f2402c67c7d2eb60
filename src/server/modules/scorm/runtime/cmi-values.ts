import type { FieldError } from '../../../http/errors.ts';
import type { ScormVersion } from '../import/manifest.types.ts';

// What the server accepts in a commit. scorm-again already refuses bad values inside the browser with
// the error codes the package reads; this is the server's own check of what arrives, so a tampered or
// broken player cannot store what the data model does not allow. 400 names `values.<element>`.

export type CmiValues = Record<string, string>;

export const suspendDataLimit: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };
const maxElements = 20_000;

type Rule = { maxLength?: number; oneOf?: readonly string[]; pattern?: RegExp; range?: [number, number] };
const decimal = /^-?\d+(\.\d+)?$/;
const timespan12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const duration2004 = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;

const rules: Record<ScormVersion, Record<string, Rule>> = {
  '1.2': {
    'cmi.suspend_data': { maxLength: suspendDataLimit['1.2'] },
    'cmi.core.lesson_location': { maxLength: 255 },
    'cmi.core.lesson_status': {
      oneOf: ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'],
    },
    'cmi.core.exit': { oneOf: ['', 'time-out', 'suspend', 'logout'] },
    'cmi.core.score.raw': { range: [0, 100] },
    'cmi.core.score.min': { range: [0, 100] },
    'cmi.core.score.max': { range: [0, 100] },
    'cmi.core.session_time': { pattern: timespan12 },
    'cmi.comments': { maxLength: 4096 },
  },
  '2004': {
    'cmi.suspend_data': { maxLength: suspendDataLimit['2004'] },
    'cmi.location': { maxLength: 1000 },
    'cmi.completion_status': { oneOf: ['completed', 'incomplete', 'not attempted', 'unknown'] },
    'cmi.success_status': { oneOf: ['passed', 'failed', 'unknown'] },
    'cmi.exit': { oneOf: ['', 'time-out', 'suspend', 'logout', 'normal'] },
    'cmi.score.scaled': { range: [-1, 1] },
    'cmi.score.raw': { range: [-1e10, 1e10] },
    'cmi.score.min': { range: [-1e10, 1e10] },
    'cmi.score.max': { range: [-1e10, 1e10] },
    'cmi.progress_measure': { range: [0, 1] },
    'cmi.session_time': { pattern: duration2004 },
  },
};

function check(rule: Rule, value: string): { message: string; code: string } | null {
  if (rule.maxLength !== undefined && value.length > rule.maxLength)
    return { message: `holds at most ${rule.maxLength} characters`, code: 'tooLong' };
  if (rule.oneOf && !rule.oneOf.includes(value))
    return { message: `must be one of: ${rule.oneOf.map((v) => `"${v}"`).join(', ')}`, code: 'invalid' };
  if (rule.pattern && value !== '' && !rule.pattern.test(value))
    return { message: 'is not a valid time', code: 'invalid' };
  if (rule.range && value !== '') {
    const number = Number(value);
    if (!decimal.test(value) || number < rule.range[0] || number > rule.range[1])
      return { message: `must be a number from ${rule.range[0]} to ${rule.range[1]}`, code: 'outOfRange' };
  }
  return null;
}

/** The values as strings, or the problems with them (each naming its element). */
export function checkCmiValues(
  version: ScormVersion,
  values: Record<string, unknown>,
): { ok: true; values: CmiValues } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const clean: CmiValues = {};
  const entries = Object.entries(values);
  if (entries.length > maxElements)
    return {
      ok: false,
      errors: [{ field: 'values', message: `has more than ${maxElements} elements`, code: 'tooMany' }],
    };
  for (const [element, raw] of entries) {
    const field = `values.${element.slice(0, 200)}`;
    if (!/^(cmi|adl)\.[A-Za-z0-9_.]{1,250}$/.test(element)) {
      errors.push({ field, message: 'is not a SCORM data model element', code: 'invalid' });
      continue;
    }
    if (raw !== null && typeof raw === 'object') {
      errors.push({ field, message: 'must be a text value', code: 'invalid' });
      continue;
    }
    const value = raw === null || raw === undefined ? '' : String(raw);
    const problem = check(rules[version][element] ?? { maxLength: 64000 }, value);
    if (problem) errors.push({ field, ...problem });
    else clean[element] = value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, values: clean };
}
