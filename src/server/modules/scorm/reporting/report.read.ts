import type { Ctx } from '../../../core/context.ts';
import { assertCan } from '../../access/index.ts';
import { presentPackage } from '../import/package.presenter.ts';
import {
  attemptRows,
  interactionRows,
  type ReportAttemptRow,
  type ReportInteractionRow,
} from './report.repository.ts';

// L&D's report of one package: attempts, completion, pass rate, average score and time, and per
// question (cmi.interactions) how often it was answered, how often right, the answers and latency.

const isCorrect = (result: string | null) => result === 'correct';
const isWrong = (result: string | null) => result === 'incorrect' || result === 'wrong';
const mean = (values: number[]) =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
const nameOf = (row: ReportAttemptRow) =>
  [row.given_name, row.family_name_prefix, row.family_name].filter(Boolean).join(' ');

function questionsOf(rows: ReportInteractionRow[]) {
  const byQuestion = new Map<string, ReportInteractionRow[]>();
  for (const row of rows) {
    const key = `${row.sco_id}\u0000${row.interaction_id}`;
    byQuestion.set(key, [...(byQuestion.get(key) ?? []), row]);
  }
  return [...byQuestion.values()].map((answers) => {
    const first = answers[0] as ReportInteractionRow;
    const responses = new Map<string, number>();
    for (const answer of answers) {
      const response = answer.learner_response ?? '';
      responses.set(response, (responses.get(response) ?? 0) + 1);
    }
    const judged = answers.filter((answer) => isCorrect(answer.result) || isWrong(answer.result));
    const latencies = answers
      .map((answer) => answer.latency_seconds)
      .filter((value): value is number => value !== null);
    return {
      scoId: first.sco_id,
      interactionId: first.interaction_id,
      type: first.type,
      description: answers.find((answer) => answer.description)?.description ?? null,
      correctResponse: answers.find((answer) => answer.correct_response)?.correct_response ?? null,
      answers: answers.length,
      correct: answers.filter((answer) => isCorrect(answer.result)).length,
      correctRate: judged.length
        ? judged.filter((answer) => isCorrect(answer.result)).length / judged.length
        : null,
      averageLatencySeconds: mean(latencies),
      responses: [...responses]
        .map(([response, count]) => ({ response, count }))
        .sort((a, b) => b.count - a.count)
        .slice(0, 20),
    };
  });
}

export async function packageReport(ctx: Ctx, contentId: string, isPlayable: boolean) {
  assertCan(ctx.auth, 'catalogue.manage');
  const pack = await presentPackage(ctx.db, contentId, isPlayable);
  const attempts = await attemptRows(ctx.db, contentId);
  const interactions = await interactionRows(ctx.db, contentId);
  const learners = new Set(attempts.map((row) => row.person_id));
  const completedLearners = new Set(
    attempts.filter((row) => row.completion_status === 'completed').map((row) => row.person_id),
  );
  const judged = attempts.filter((row) => row.success_status !== 'unknown');
  const scores = attempts.map((row) => row.score_scaled).filter((value): value is number => value !== null);
  const finishedTimes = attempts.filter((row) => row.completed_at).map((row) => row.total_seconds);
  return {
    contentId,
    title: pack.title,
    summary: {
      learners: learners.size,
      attempts: attempts.length,
      completedLearners: completedLearners.size,
      completionRate: learners.size ? completedLearners.size / learners.size : null,
      passRate: judged.length
        ? judged.filter((row) => row.success_status === 'passed').length / judged.length
        : null,
      averageScoreScaled: mean(scores),
      averageSeconds: mean(finishedTimes.length ? finishedTimes : attempts.map((row) => row.total_seconds)),
    },
    attempts: attempts.map((row) => ({
      id: row.id,
      personId: row.person_id,
      name: nameOf(row),
      number: row.number,
      versionNumber: row.version_number,
      completionStatus: row.completion_status,
      successStatus: row.success_status,
      scoreScaled: row.score_scaled,
      totalSeconds: row.total_seconds,
      progressPercent: row.progress_percent,
      startedAt: row.started_at.toISOString(),
      completedAt: row.completed_at?.toISOString() ?? null,
    })),
    questions: questionsOf(interactions),
    interactions,
    attemptRows: attempts,
  };
}
