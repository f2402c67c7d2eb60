import { describe, expect, it } from 'vitest';
import { issueCode } from '../../components/form/use-zod-form.ts';
import { emptyDraft } from './campaign-draft.ts';
import { campaignSchema } from './campaign-values.ts';

const message = {
  key: 1,
  phase: 'hum',
  channel: 'banner',
  sendOn: '2026-03-02',
  titleNl: 'Vraag om feedback',
  bodyNl: '',
  titleEn: 'Ask for feedback',
  bodyEn: '',
  link: '',
  translations: [{ language: 'pl', title: 'Poproś o informację zwrotną', body: '' }],
};
const campaign = { ...emptyDraft(), title: 'Feedbackmaand', messages: [message] };
const errorsOf = (value: unknown) =>
  Object.fromEntries(
    (campaignSchema.safeParse(value, { error: issueCode }).error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      issue.message,
    ]),
  );

describe('the campaign editor’s values', () => {
  it('send an emptied link as no link, and keep the other languages', () => {
    const parsed = campaignSchema.parse(campaign);
    expect(parsed.messages[0]).toMatchObject({ link: null, translations: message.translations });
  });

  it('ask for the name and each message’s Dutch and English title, on those fields', () => {
    expect(errorsOf(campaign)).toEqual({});
    expect(
      errorsOf({ ...campaign, title: ' ', messages: [{ ...message, titleNl: '', titleEn: '' }] }),
    ).toEqual({ title: 'required', 'messages.0.titleNl': 'required', 'messages.0.titleEn': 'required' });
  });
});
