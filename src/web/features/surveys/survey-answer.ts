import { z } from 'zod';

// The answer form of a pulse survey (react-hook-form + zod, as every form): one entry per question, in
// the survey's order, so a field is `answers.<n>.value` or `answers.<n>.text` — the same path the API
// names in a 400. A scale or choice must be answered; an open question may stay empty.

type Question = { id: string; kind: 'likert5' | 'likert7' | 'choice' | 'text'; options: string[] };

export type AnswerValues = { answers: { value: number | null; text: string }[] };

const scaleSize = (question: Question) =>
  question.kind === 'likert5' ? 5 : question.kind === 'likert7' ? 7 : question.options.length;

/** The schema of one survey's answers (a choice is 0-based, a scale 1-based, as the API counts). */
export function answerSchema(questions: readonly Question[]): z.ZodType<AnswerValues, AnswerValues> {
  const schema = z.object({
    answers: z.tuple(
      questions.map((question) => {
        if (question.kind === 'text') return z.object({ value: z.null(), text: z.string().trim().max(2000) });
        const first = question.kind === 'choice' ? 0 : 1;
        return z.object({
          value: z
            .number({ error: 'chooseAnswer' })
            .int('invalid')
            .min(first, 'invalid')
            .max(first + scaleSize(question) - 1, 'invalid'),
          text: z.string(),
        });
      }) as unknown as [z.ZodType, ...z.ZodType[]],
    ),
  });
  return schema as unknown as z.ZodType<AnswerValues, AnswerValues>;
}

export const emptyAnswers = (questions: readonly Question[]): AnswerValues => ({
  answers: questions.map(() => ({ value: null, text: '' })),
});

/** What the API takes: no names, no times — just the question and the answer (anonymous by construction). */
export function answersBody(questions: readonly Question[], values: AnswerValues) {
  return questions.map((question, index) => {
    const answer = values.answers[index]!;
    return question.kind === 'text'
      ? { questionId: question.id, value: null, text: answer.text.trim() || null }
      : { questionId: question.id, value: answer.value, text: null };
  });
}
