import { describe, expect, it } from 'vitest';
import { issueCode } from '../../components/form/use-zod-form.ts';
import { bodyOf, personSchema, valuesOf } from './person-values.ts';

const errorsOf = (value: unknown) =>
  Object.fromEntries(
    (personSchema.safeParse(value, { error: issueCode }).error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      issue.message,
    ]),
  );

const sanne = { ...valuesOf(), givenName: 'Sanne', familyName: 'Jansen', email: 'sanne@delinde.demo' };

describe('the person form', () => {
  it('asks for the names and a valid e-mail address in the words the API uses', () => {
    expect(errorsOf(sanne)).toEqual({});
    expect(errorsOf({ ...sanne, givenName: ' ', email: 'sanne' })).toEqual({
      givenName: 'required',
      email: 'email',
    });
    expect(errorsOf({ ...sanne, familyName: 'x'.repeat(101) })).toEqual({ familyName: 'tooLong' });
  });

  it('sends "none" and empty dates as null', () => {
    expect(bodyOf(personSchema.parse(sanne))).toMatchObject({
      orgUnitId: null,
      managerId: null,
      locale: null,
      startDate: null,
      endDate: null,
      email: 'sanne@delinde.demo',
    });
    expect(bodyOf(personSchema.parse({ ...sanne, locale: 'en', startDate: '2026-01-05' }))).toMatchObject({
      locale: 'en',
      startDate: '2026-01-05',
    });
  });
});
