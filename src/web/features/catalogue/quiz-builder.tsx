import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { inputClass } from '../../components/field.tsx';
import type { QuizQuestion } from './catalogue-admin-api.ts';

const newId = () => Math.random().toString(36).slice(2, 10);

export function newQuestion(): QuizQuestion {
  return {
    id: newId(),
    kind: 'single',
    prompt: '',
    options: [
      { id: newId(), text: '', isCorrect: true },
      { id: newId(), text: '', isCorrect: false },
    ],
    acceptedAnswers: [],
  };
}

/** Question bank editor: single/multiple choice, true/false, short answer, feedback per answer. */
export function QuizBuilder({
  questions,
  onChange,
  language,
}: {
  questions: QuizQuestion[];
  onChange: (questions: QuizQuestion[]) => void;
  language: string;
}) {
  const { t } = useTranslation('catalogue');
  const update = (index: number, question: QuizQuestion) =>
    onChange(questions.map((q, i) => (i === index ? question : q)));
  return (
    <div className="space-y-4">
      {questions.map((question, index) => (
        <fieldset key={question.id} className="space-y-3 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold">{t('quiz.question', { number: index + 1 })}</legend>
          <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
            <label className="text-sm">
              <span className="mb-1 block font-medium">{t('quiz.prompt')}</span>
              <input
                className={inputClass}
                lang={language}
                value={question.prompt}
                onChange={(e) => update(index, { ...question, prompt: e.target.value })}
              />
            </label>
            <label className="text-sm">
              <span className="mb-1 block font-medium">{t('quiz.kind')}</span>
              <select
                className={inputClass}
                value={question.kind}
                onChange={(e) => {
                  const kind = e.target.value as QuizQuestion['kind'];
                  const options =
                    kind === 'true_false'
                      ? [
                          { id: 'true', text: t('quiz.true'), isCorrect: true },
                          { id: 'false', text: t('quiz.false'), isCorrect: false },
                        ]
                      : question.options;
                  update(index, { ...question, kind, options });
                }}
              >
                {(['single', 'multiple', 'true_false', 'short'] as const).map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`quiz.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {question.kind === 'short' ? (
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t('quiz.accepted')}</span>
              <input
                className={inputClass}
                value={question.acceptedAnswers?.join(', ') ?? ''}
                onChange={(e) =>
                  update(index, {
                    ...question,
                    acceptedAnswers: e.target.value
                      .split(',')
                      .map((a) => a.trim())
                      .filter(Boolean),
                  })
                }
              />
            </label>
          ) : (
            <div className="space-y-2">
              {question.options?.map((option, o) => (
                <div key={option.id} className="grid items-center gap-2 sm:grid-cols-[auto_1fr_1fr_auto]">
                  <label className="flex items-center gap-1 text-sm">
                    <input
                      type={question.kind === 'multiple' ? 'checkbox' : 'radio'}
                      name={`correct-${question.id}`}
                      className="size-4 accent-teal-700"
                      checked={option.isCorrect}
                      onChange={(e) =>
                        update(index, {
                          ...question,
                          options: question.options?.map((other, j) =>
                            j === o
                              ? { ...other, isCorrect: e.target.checked }
                              : question.kind === 'multiple'
                                ? other
                                : { ...other, isCorrect: false },
                          ),
                        })
                      }
                    />
                    <span className="sr-only">{t('quiz.correct')}</span>
                  </label>
                  <input
                    aria-label={t('quiz.optionText', { number: o + 1 })}
                    className={inputClass}
                    value={option.text}
                    disabled={question.kind === 'true_false'}
                    onChange={(e) =>
                      update(index, {
                        ...question,
                        options: question.options?.map((other, j) =>
                          j === o ? { ...other, text: e.target.value } : other,
                        ),
                      })
                    }
                  />
                  <input
                    aria-label={t('quiz.optionFeedback', { number: o + 1 })}
                    placeholder={t('quiz.feedbackPlaceholder')}
                    className={inputClass}
                    value={option.feedback ?? ''}
                    onChange={(e) =>
                      update(index, {
                        ...question,
                        options: question.options?.map((other, j) =>
                          j === o ? { ...other, feedback: e.target.value || undefined } : other,
                        ),
                      })
                    }
                  />
                  {question.kind !== 'true_false' && (
                    <Button
                      variant="ghost"
                      aria-label={t('quiz.removeOption')}
                      onClick={() =>
                        update(index, { ...question, options: question.options?.filter((_, j) => j !== o) })
                      }
                    >
                      ✕
                    </Button>
                  )}
                </div>
              ))}
              {question.kind !== 'true_false' && (
                <Button
                  variant="secondary"
                  onClick={() =>
                    update(index, {
                      ...question,
                      options: [...(question.options ?? []), { id: newId(), text: '', isCorrect: false }],
                    })
                  }
                >
                  {t('quiz.addOption')}
                </Button>
              )}
            </div>
          )}
          <Button variant="ghost" onClick={() => onChange(questions.filter((_, i) => i !== index))}>
            {t('quiz.removeQuestion')}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => onChange([...questions, newQuestion()])}>
        {t('quiz.addQuestion')}
      </Button>
    </div>
  );
}
