import { describe, expect, it } from 'vitest';
import { issueCode } from '../../components/form/use-zod-form.ts';
import { challengeSchema } from './forms.ts';

const errorsOf = (value: unknown) =>
  Object.fromEntries(
    (challengeSchema.safeParse(value, { error: issueCode }).error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      issue.message,
    ]),
  );

const challenge = {
  title: 'Lindehof 1',
  metric: 'points',
  goal: 50,
  startsOn: '2026-12-07',
  endsOn: '2026-12-14',
  teamIds: ['unit-1'],
};

describe('the new challenge form refuses on the field a person has to fix', () => {
  it('a challenge needs a title, a goal, its dates in order and at least one team', () => {
    expect(errorsOf(challenge)).toEqual({});
    expect(errorsOf({ ...challenge, title: ' ', goal: null, teamIds: [] })).toEqual({
      title: 'required',
      goal: 'required',
      teamIds: 'chooseOne',
    });
    expect(errorsOf({ ...challenge, endsOn: '2026-12-01' })).toEqual({ endsOn: 'endBeforeStart' });
  });
});
