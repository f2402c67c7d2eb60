import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flattenFieldErrors, toFieldError } from './server-errors.ts';
import { issueCode } from './use-zod-form.ts';

const codesOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value, { error: issueCode }).error?.issues.map((issue) => issue.message) ?? [];

describe('form layer', () => {
  it('names zod issues with the codes the catalogue translates', () => {
    expect(codesOf(z.object({ title: z.string().min(1) }), { title: '' })).toEqual(['required']);
    expect(codesOf(z.object({ title: z.string().max(3) }), { title: 'abcd' })).toEqual(['tooLong']);
    expect(codesOf(z.object({ email: z.email() }), { email: 'not-mail' })).toEqual(['email']);
    expect(codesOf(z.object({ ids: z.array(z.string()).min(1) }), { ids: [] })).toEqual(['chooseOne']);
    expect(codesOf(z.object({ title: z.string() }), {})).toEqual(['required']);
  });

  it("keeps a schema's own code over the default", () => {
    expect(codesOf(z.object({ startsOn: z.string().min(1, 'outOfRange') }), { startsOn: '' })).toEqual([
      'outOfRange',
    ]);
  });

  it('flattens nested field errors to the paths the API uses', () => {
    const errors = {
      title: { type: 'server', message: 'required' },
      versions: [undefined, { title: { type: 'too_big', message: 'tooLong' } }],
    };
    expect(flattenFieldErrors(errors as never)).toEqual([
      { field: 'title', message: 'required', code: 'required' },
      { field: 'versions.1.title', message: 'tooLong', code: 'tooLong' },
    ]);
  });

  it('hands a field its error with the code as the message', () => {
    expect(toFieldError('title', { message: 'taken' })).toEqual({
      field: 'title',
      message: 'taken',
      code: 'taken',
    });
    expect(toFieldError('title', undefined)).toBeUndefined();
  });
});
