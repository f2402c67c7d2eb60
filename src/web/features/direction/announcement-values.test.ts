import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors.ts';
import { issueCode } from '../../components/form/use-zod-form.ts';
import { announcementSchema, onLanguageFields } from './announcement-values.ts';

const errorsOf = (value: unknown) =>
  Object.fromEntries(
    (announcementSchema.safeParse(value, { error: issueCode }).error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      issue.message,
    ]),
  );

const announcement = {
  texts: {
    nl: { title: 'Nieuwe tilliften', bodyHtml: '<p>Vanaf maandag.</p>' },
    en: { title: '', bodyHtml: '' },
  },
  audienceKind: 'everyone',
  audienceUnitIds: [],
  audienceRoles: [],
  publishOn: '',
  echoEveryDays: '',
  echoUntil: '',
  requiresAcknowledgement: false,
  isPinned: false,
};

describe('the announcement form refuses on the field a person has to fix', () => {
  it('a language that is written needs its title and its text; an empty one is left out', () => {
    expect(errorsOf(announcement)).toEqual({});
    expect(
      errorsOf({
        ...announcement,
        texts: { ...announcement.texts, en: { title: 'Lifts', bodyHtml: '<p></p>' } },
      }),
    ).toEqual({ 'texts.en.bodyHtml': 'required' });
    expect(
      errorsOf({
        ...announcement,
        texts: { nl: { title: '', bodyHtml: '' }, en: { title: '', bodyHtml: '' } },
      }),
    ).toEqual({ 'texts.nl.title': 'required', 'texts.nl.bodyHtml': 'required' });
  });

  it('a text in another language needs its title and text, and Dutch or English beside it', () => {
    const polish = { title: 'Nowe podnośniki', bodyHtml: '<p>Od poniedziałku.</p>' };
    expect(errorsOf({ ...announcement, texts: { ...announcement.texts, pl: polish } })).toEqual({});
    expect(
      errorsOf({ ...announcement, texts: { ...announcement.texts, pl: { ...polish, bodyHtml: '' } } }),
    ).toEqual({ 'texts.pl.bodyHtml': 'required' });
    // Polish alone leaves nl/en readers without a text: Dutch is asked for.
    expect(
      errorsOf({
        ...announcement,
        texts: { nl: { title: '', bodyHtml: '' }, en: { title: '', bodyHtml: '' }, pl: polish },
      }),
    ).toEqual({ 'texts.nl.title': 'required', 'texts.nl.bodyHtml': 'required' });
  });

  it('an audience of units or roles needs at least one', () => {
    expect(errorsOf({ ...announcement, audienceKind: 'units_and_roles' })).toEqual({
      audienceUnitIds: 'chooseOne',
      audienceRoles: 'chooseOne',
    });
  });

  it("the server's errors by position land on the language that was sent there", () => {
    const refused = new ApiError({
      status: 400,
      code: 'validation_failed',
      errors: [
        { field: 'translations.0.title', message: 'too long', code: 'tooLong' },
        { field: 'translations', message: 'too few', code: 'chooseOne' },
        { field: 'audienceUnitIds', message: 'no such unit', code: 'unknownReference' },
        { field: 'translations.1.locale', message: 'not enabled', code: 'notEnabled' },
      ],
    });
    const landed = onLanguageFields(refused, ['en', 'pl']) as ApiError;
    expect(landed.fieldErrors.map((error) => [error.field, error.code])).toEqual([
      ['texts.en.title', 'tooLong'],
      ['texts.nl.title', 'chooseOne'],
      ['audienceUnitIds', 'unknownReference'],
      ['texts.pl.title', 'notEnabled'],
    ]);
    expect(landed.code).toBe('validation_failed');
  });
});
