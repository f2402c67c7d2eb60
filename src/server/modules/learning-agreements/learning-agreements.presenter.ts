import type { Auth } from '../access/index.ts';
import type { AgreementRow } from './learning-agreements.repository.ts';

type Row = AgreementRow;
type Followup = {
  agreement_id: string;
  day: number;
  due_on: string;
  asked_at: Date | null;
  answer: string | null;
  answered_at: Date | null;
};

export function presentAgreement(row: Row, followups: Followup[], auth: Auth) {
  const me = auth.kind === 'person' ? auth.personId : null;
  const mine = followups.filter((f) => f.agreement_id === row.id);
  return {
    id: row.id,
    person: { id: row.person_id, displayName: row.person_name },
    title: row.title,
    enrolmentId: row.enrolment_id,
    budgetRequestId: row.budget_request_id,
    goalId: row.goal_id,
    application: row.application,
    isWillingBuddy: row.is_willing_buddy,
    isWillingMentor: row.is_willing_mentor,
    startsOn: row.starts_on,
    managerAgreedAt: row.manager_agreed_at?.toISOString() ?? null,
    followups: mine
      .sort((a, b) => a.day - b.day)
      .map((f) => ({
        day: f.day,
        dueOn: f.due_on,
        isAsked: Boolean(f.asked_at),
        answer: f.answer,
        answeredAt: f.answered_at?.toISOString() ?? null,
      })),
    can: {
      agree: row.manager_id === me && !row.manager_agreed_at,
      answer: row.person_id === me && mine.some((f) => f.asked_at && !f.answered_at),
    },
  };
}
