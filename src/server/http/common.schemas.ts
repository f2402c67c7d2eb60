import { z } from 'zod';
import { locales } from '../../shared/locales.ts';

// Shared API conventions (docs/API.md): paging with page/pageSize, sorting with `sort=field` or `-field`.
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });

export const idParams = z.object({ id: z.uuid() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string().describe('English, for people reading logs'),
          code: z
            .string()
            .describe('Stable: required, tooShort, tooLong, email, taken, unknownReference, invalid, …'),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

/** Standard error responses every authenticated endpoint can give, for the OpenAPI document. */
export const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
} as const;

export const locale = z.enum(locales);

// Dates a person can mean: the year 1 or 9999 is a typo or a probe, and other systems (calendars,
// spreadsheets) choke on it. Checked on the way in only, so an older stored date can still be read.
const [firstYear, lastYear] = [1900, 2199];
const outOfRange = (input: string) => ({
  code: 'custom' as const,
  input,
  message: `must be between ${firstYear}-01-01 and ${lastYear}-12-31`,
  params: { code: 'outOfRange' },
});
const isInRange = (year: number) => year >= firstYear && year <= lastYear;

/** yyyy-mm-dd, from 1900 to 2199 */
export const calendarDate = z.codec(z.iso.date(), z.iso.date(), {
  decode: (value, context) => {
    if (!isInRange(Number(value.slice(0, 4)))) context.issues.push(outOfRange(value));
    return value;
  },
  encode: (value) => value,
});

/** An ISO date-time with its offset (2026-03-01T09:30:00+01:00), from 1900 to 2199 */
export const dateTime = z.codec(z.iso.datetime({ offset: true }), z.iso.datetime({ offset: true }), {
  decode: (value, context) => {
    if (!isInRange(new Date(value).getUTCFullYear())) context.issues.push(outOfRange(value));
    return value;
  },
  encode: (value) => value,
});

/**
 * The body of a PATCH: every field optional and without its default. zod's `.partial()` keeps
 * defaults, so a field nobody sent would be reset (a status change making a confidential goal public).
 */
export function changesOf<T extends z.ZodRawShape>(object: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault
        ? (field.removeDefault() as z.ZodType)
        : (field as z.ZodType)
      ).optional(),
    ]),
  );
  return z.object(shape) as unknown as ReturnType<z.ZodObject<T>['partial']>;
}
