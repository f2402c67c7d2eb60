import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { inputClass } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { type Finished, type PlayerItem, useQuizAttempt } from './learning-api.ts';

type Answers = Record<string, string | string[]>;

export function QuizPlayer({
  item,
  onFinished,
}: {
  item: PlayerItem;
  onFinished: (finished: Finished) => void;
}) {
  const { t } = useTranslation('learning');
  const quiz = item.quiz;
  const [answers, setAnswers] = useState<Answers>({});
  const attempt = useQuizAttempt(item.id);
  if (!quiz) return null;
  const result = attempt.data;
  const feedbackOf = (questionId: string) => result?.feedback.find((f) => f.questionId === questionId);
  const hasPassed = quiz.attempts.some((a) => a.passed) || result?.passed;
  const attemptsLeft = quiz.maxAttempts ? quiz.maxAttempts - quiz.attempts.length : null;
  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        attempt.mutate(answers, {
          onSuccess: (outcome) => {
            if (outcome.finished.content) onFinished(outcome.finished);
          },
        });
      }}
    >
      <p className="text-sm text-slate-600">
        {t('quiz.passMark', { mark: quiz.passMark })}
        {attemptsLeft !== null && ` · ${t('quiz.attemptsLeft', { count: Math.max(0, attemptsLeft) })}`}
      </p>
      {quiz.questions.map((question, index) => {
        const feedback = feedbackOf(question.id);
        return (
          <fieldset key={question.id} className="rounded-lg border border-slate-200 p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">
              {index + 1}. {question.prompt}
            </legend>
            {question.kind === 'short' ? (
              <input
                className={`${inputClass} mt-2`}
                aria-label={question.prompt}
                value={(answers[question.id] as string) ?? ''}
                onChange={(event) => setAnswers({ ...answers, [question.id]: event.target.value })}
              />
            ) : (
              <div className="mt-2 space-y-2">
                {question.options.map((option) => {
                  const isMultiple = question.kind === 'multiple';
                  const current = answers[question.id];
                  const isChecked = isMultiple
                    ? ((current as string[] | undefined) ?? []).includes(option.id)
                    : current === option.id;
                  return (
                    <label key={option.id} className="flex items-center gap-2 text-sm text-slate-800">
                      <input
                        type={isMultiple ? 'checkbox' : 'radio'}
                        name={question.id}
                        className="size-4 accent-teal-700"
                        checked={isChecked}
                        onChange={(event) => {
                          if (!isMultiple) return setAnswers({ ...answers, [question.id]: option.id });
                          const list = new Set((current as string[] | undefined) ?? []);
                          if (event.target.checked) list.add(option.id);
                          else list.delete(option.id);
                          setAnswers({ ...answers, [question.id]: [...list] });
                        }}
                      />
                      {option.text}
                      {feedback?.correctOptionIds?.includes(option.id) && (
                        <span className="text-emerald-700">✓</span>
                      )}
                    </label>
                  );
                })}
              </div>
            )}
            {feedback && (
              <div
                className={`mt-3 rounded-md px-3 py-2 text-sm ${feedback.isCorrect ? 'bg-emerald-50 text-emerald-900' : 'bg-amber-50 text-amber-900'}`}
              >
                <p className="font-medium">{feedback.isCorrect ? t('quiz.correct') : t('quiz.incorrect')}</p>
                {feedback.feedback.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </div>
            )}
          </fieldset>
        );
      })}
      <FormErrorRegion error={attempt.error} />
      {result && (
        <p
          role="status"
          className={`text-base font-semibold ${result.passed ? 'text-emerald-800' : 'text-amber-800'}`}
        >
          {result.passed
            ? t('quiz.passed', { score: result.score })
            : t('quiz.failed', { score: result.score, mark: result.passMark })}
        </p>
      )}
      {!hasPassed && (
        <Button type="submit" isBusy={attempt.isPending}>
          {result ? t('quiz.tryAgain') : t('quiz.submit')}
        </Button>
      )}
    </form>
  );
}
