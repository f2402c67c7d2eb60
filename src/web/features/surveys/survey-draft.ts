import { z } from 'zod';
import type { QuestionKind } from './queries.ts';

// The survey forms' schemas (react-hook-form + zod, docs/ARCHITECTURE.md "Forms"): the builder holds a
// choice's options as lines of text in nl and en; the schedule holds local date-times.

export const questionKinds = ['likert5', 'likert7', 'choice', 'text'] as const;
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const words = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

/** One question as the form holds it: a choice's options are one a line, in nl and in en. */
export const questionDraft = z
  .object({
    kind: z.enum(questionKinds),
    textNl: words(500),
    textEn: words(500),
    optionsNl: z.string(),
    optionsEn: z.string(),
  })
  .superRefine((question, ctx) => {
    if (question.kind !== 'choice') return;
    const count = lines(question.optionsNl).length;
    if (count < 2) ctx.addIssue({ code: 'custom', path: ['optionsNl'], message: 'tooShort' });
    if (count > 10) ctx.addIssue({ code: 'custom', path: ['optionsNl'], message: 'tooLong' });
    if (lines(question.optionsNl).some((option) => option.length > 200))
      ctx.addIssue({ code: 'custom', path: ['optionsNl'], message: 'tooLong' });
  });

export const surveyDraft = z.object({
  titleNl: words(200),
  titleEn: words(200),
  introNl: z.string().trim().max(2000, 'tooLong'),
  introEn: z.string().trim().max(2000, 'tooLong'),
  audience: z.object({ unitIds: z.array(z.string()), roles: z.array(z.string()) }),
  questions: z.array(questionDraft).min(1).max(30),
});
export type Draft = z.input<typeof surveyDraft>;
export type QuestionDraft = z.input<typeof questionDraft>;

export const emptyQuestion = (kind: QuestionKind = 'likert5'): QuestionDraft => ({
  kind,
  textNl: '',
  textEn: '',
  optionsNl: '',
  optionsEn: '',
});

/** The options as the API takes them: each Dutch line with the English line at its place (else the same). */
export function optionsOf(question: z.output<typeof questionDraft>) {
  if (question.kind !== 'choice') return [];
  const en = lines(question.optionsEn);
  return lines(question.optionsNl).map((option, index) => ({ nl: option, en: en[index] || option }));
}

const localDateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'invalid');

/** Open now (empty) or at a time, and close after it opens. */
export const scheduleDraft = z
  .object({
    opensAt: z.union([z.literal(''), localDateTime]),
    closesAt: z.string().min(1, 'required').pipe(localDateTime),
  })
  .superRefine((draft, ctx) => {
    const opens = draft.opensAt ? Date.parse(draft.opensAt) : Date.now();
    if (Date.parse(draft.closesAt) <= opens)
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'endBeforeStart' });
  });
