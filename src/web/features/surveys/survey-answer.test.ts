import { describe, expect, it } from 'vitest';
import { issueCode } from '../../components/form/index.ts';
import { answerSchema, answersBody, emptyAnswers } from './survey-answer.ts';

const questions = [
  { id: '11111111-1111-4111-8111-111111111111', kind: 'likert5' as const, options: [] },
  { id: '22222222-2222-4222-8222-222222222222', kind: 'choice' as const, options: ['Ja', 'Nee', 'Soms'] },
  { id: '33333333-3333-4333-8333-333333333333', kind: 'text' as const, options: [] },
];

const problems = (value: unknown) =>
  answerSchema(questions)
    .safeParse(value, { error: issueCode })
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the survey answer form', () => {
  it('asks for every scale and choice, by the path the API names, and leaves an open question free', () => {
    expect(problems(emptyAnswers(questions))).toEqual([
      'answers.0.value: chooseAnswer',
      'answers.1.value: chooseAnswer',
    ]);
    expect(
      problems({
        answers: [
          { value: 4, text: '' },
          { value: 2, text: '' },
          { value: null, text: '' },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses an answer off the scale or the list, and an open answer that is too long', () => {
    expect(
      problems({
        answers: [
          { value: 6, text: '' },
          { value: 3, text: '' },
          { value: null, text: 'x'.repeat(2001) },
        ],
      }),
    ).toEqual(['answers.0.value: invalid', 'answers.1.value: invalid', 'answers.2.text: tooLong']);
  });

  it('sends only the question and the answer: no name, no time, an empty open answer as none', () => {
    const body = answersBody(questions, {
      answers: [
        { value: 5, text: 'ignored' },
        { value: 0, text: '' },
        { value: null, text: '  ' },
      ],
    });
    expect(body).toEqual([
      { questionId: questions[0]!.id, value: 5, text: null },
      { questionId: questions[1]!.id, value: 0, text: null },
      { questionId: questions[2]!.id, value: null, text: null },
    ]);
    expect(
      answersBody(questions, {
        answers: [
          { value: 1, text: '' },
          { value: 1, text: '' },
          { value: null, text: ' Meer tijd om te leren ' },
        ],
      })[2],
    ).toEqual({ questionId: questions[2]!.id, value: null, text: 'Meer tijd om te leren' });
  });
});
