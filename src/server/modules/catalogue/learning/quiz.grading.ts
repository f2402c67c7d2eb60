import type { Question } from '../catalogue.schemas.ts';

export type QuizAnswers = Record<string, string | string[]>;
export type QuestionFeedback = {
  questionId: string;
  isCorrect: boolean;
  feedback: string[];
  correctOptionIds: string[] | null;
};

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** Scores an attempt; feedback per question, and the right answers only once the quiz is passed. */
export function gradeQuiz(questions: Question[], answers: QuizAnswers, passMark: number) {
  const feedback: QuestionFeedback[] = questions.map((question) => {
    const given = answers[question.id];
    const chosen = new Set(Array.isArray(given) ? given : given ? [given] : []);
    let isCorrect: boolean;
    if (question.kind === 'short') {
      const text = typeof given === 'string' ? fold(given) : '';
      isCorrect = text !== '' && question.acceptedAnswers.some((answer) => fold(answer) === text);
    } else {
      const correct = question.options.filter((option) => option.isCorrect).map((option) => option.id);
      isCorrect = correct.length === chosen.size && correct.every((id) => chosen.has(id));
    }
    const optionFeedback = question.options
      .filter((option) => chosen.has(option.id) && option.feedback)
      .map((option) => option.feedback as string);
    const general = isCorrect ? question.feedbackCorrect : question.feedbackIncorrect;
    return {
      questionId: question.id,
      isCorrect,
      feedback: [...optionFeedback, ...(general ? [general] : [])],
      correctOptionIds: null,
    };
  });
  const right = feedback.filter((item) => item.isCorrect).length;
  const score = questions.length ? Math.round((right / questions.length) * 100) : 0;
  const passed = score >= passMark;
  if (passed)
    for (const item of feedback) {
      const question = questions.find((q) => q.id === item.questionId);
      item.correctOptionIds = question?.options.filter((o) => o.isCorrect).map((o) => o.id) ?? [];
    }
  return { score, passed, feedback };
}

/** What a learner sees of a question: no correct flags, no accepted answers, options maybe shuffled. */
export function questionsForLearner(questions: Question[], shuffle: boolean, seed: string) {
  const order = <T>(list: T[], salt: string) => {
    if (!shuffle) return list;
    const keyed = list.map((value, index) => ({ value, key: hash(`${seed}:${salt}:${index}`) }));
    return keyed.sort((a, b) => a.key - b.key).map((entry) => entry.value);
  };
  return order(questions, 'q').map((question) => ({
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    options: order(question.options, question.id).map((option) => ({ id: option.id, text: option.text })),
  }));
}

function hash(text: string) {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}
