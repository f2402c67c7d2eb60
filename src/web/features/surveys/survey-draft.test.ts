import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issueCode } from '../../components/form/index.ts';
import { emptyQuestion, optionsOf, scheduleDraft, surveyDraft } from './survey-draft.ts';

const problems = (schema: z.ZodType, value: unknown) =>
  schema
    .safeParse(value, { error: issueCode })
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const draft = {
  titleNl: 'Puls',
  titleEn: 'Pulse',
  introNl: '',
  introEn: '',
  audience: { unitIds: [], roles: [] },
  questions: [{ ...emptyQuestion('likert5'), textNl: 'Hoe gaat het?', textEn: 'How are you?' }],
};

describe('the survey forms', () => {
  it('names each missing or wrong field of the builder with a code the catalogue translates', () => {
    expect(problems(surveyDraft, draft)).toEqual([]);
    expect(
      problems(surveyDraft, {
        ...draft,
        titleNl: ' ',
        questions: [
          { ...emptyQuestion('choice'), textNl: 'Kies', textEn: '', optionsNl: 'Alleen dit' },
          { ...emptyQuestion('text'), textNl: 'x'.repeat(501), textEn: 'Why?' },
        ],
      }),
    ).toEqual([
      'titleNl: required',
      'questions.0.textEn: required',
      'questions.0.optionsNl: tooShort',
      'questions.1.textNl: tooLong',
    ]);
  });

  it("pairs a choice's Dutch and English lines, the Dutch one standing in where English is missing", () => {
    const question = surveyDraft.parse({
      ...draft,
      questions: [
        {
          ...emptyQuestion('choice'),
          textNl: 'Kies',
          textEn: 'Choose',
          optionsNl: 'Ja\n\n Nee \nMisschien',
          optionsEn: 'Yes\nNo',
        },
      ],
    }).questions[0]!;
    expect(optionsOf(question)).toEqual([
      { nl: 'Ja', en: 'Yes' },
      { nl: 'Nee', en: 'No' },
      { nl: 'Misschien', en: 'Misschien' },
    ]);
    expect(optionsOf({ ...question, kind: 'likert5' })).toEqual([]);
  });

  it('schedules only a close after the opening', () => {
    expect(problems(scheduleDraft, { opensAt: '2030-05-01T09:00', closesAt: '2030-05-08T17:00' })).toEqual(
      [],
    );
    expect(problems(scheduleDraft, { opensAt: '2030-05-08T09:00', closesAt: '2030-05-01T17:00' })).toEqual([
      'closesAt: endBeforeStart',
    ]);
    expect(problems(scheduleDraft, { opensAt: '', closesAt: '' })).toEqual(['closesAt: required']);
    expect(problems(scheduleDraft, { opensAt: '', closesAt: '2000-01-01T10:00' })).toEqual([
      'closesAt: endBeforeStart',
    ]);
  });
});
