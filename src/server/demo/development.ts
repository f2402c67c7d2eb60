import { addDays, calendarDateOf, yearOf } from '../core/calendar.ts';
import { standaloneContext } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import type { Auth } from '../modules/access/index.ts';
import { approveRequest, createRequest, declineRequest } from '../modules/budgets/budget-requests.service.ts';
import { allocateByRule, setPolicy } from '../modules/budgets/budgets.service.ts';
import {
  addAgreedAction,
  planMeeting,
  savePreparation,
  sharePreparation,
  signConversation,
  updateConversation,
} from '../modules/conversations/conversations.service.ts';
import { createCycle } from '../modules/conversations/cycles.service.ts';
import { createAgreement } from '../modules/learning-agreements/learning-agreements.service.ts';
import { addAction } from '../modules/plans/plan-actions.service.ts';
import { addGoal, addNote, createPlan, movePlan } from '../modules/plans/plans.service.ts';
import { demoActors } from './demo-actors.ts';

// Development demo for Zorggroep De Linde: plans in every state, a running conversation cycle,
// budgets with approved, pending, declined and completed requests, a learning agreement with follow-ups.
// It goes through the same services as the API, so the history and ledger are real.

const baseUrl = 'http://localhost:3000';
const daysAgo = (days: number) => addDays(calendarDateOf(new Date()), -days);

export async function seedDevelopment(db: Db, organisationId: string) {
  const { tenant, actingAs, as, byEmail } = demoActors(db, organisationId);
  const year = yearOf(calendarDateOf(new Date()));
  const hr = as(await byEmail('hr@delinde.demo'), ['employee', 'hr_admin']);
  const manager = as(await byEmail('teamleider@delinde.demo'), ['employee', 'manager']);
  const employee = as(await byEmail('medewerker@delinde.demo'));
  const team = (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', (manager as { personId: string }).personId)
      .where('email', '<>', 'medewerker@delinde.demo')
      .where('start_date', '<', daysAgo(0))
      .orderBy('family_name')
      .limit(5)
      .execute()
  ).map((row) => as(row.id));

  // Budgets: €1.000 and 40 hours a year, pro rata, up to €250 carried over; manager then HR approve.
  await setPolicy(actingAs(hr), {
    year,
    policy: {
      amountCents: 100_000,
      hours: 40,
      isProRata: true,
      fullTimeHours: 36,
      carryOverMaxCents: 25_000,
      requiresHrApproval: true,
    },
  });
  await tenant
    .updateTable('people')
    .set({ contract_hours: 24 })
    .where(
      'id',
      'in',
      team.slice(0, 2).map((a) => (a as { personId: string }).personId),
    )
    .execute();
  await allocateByRule(tenant, year);

  // Plans: Zoë has a draft with one goal (the demo journey adds one and shares it); her colleagues' are further.
  // What the goals serve: the direction and skills demo data (seeded before this), found by name.
  const servedGoal = await tenant
    .selectFrom('organisation_goals')
    .select('id')
    .where('title', '=', 'Langer veilig thuis wonen')
    .executeTakeFirst();
  const servedSkill = await tenant
    .selectFrom('skills')
    .select('id')
    .where('name_nl', '=', 'Omgaan met onbegrepen gedrag')
    .executeTakeFirst();
  const servedRole = await tenant
    .selectFrom('job_roles')
    .select('id')
    .where('name_nl', '=', 'Verpleegkundige')
    .executeTakeFirst();
  const goalsFor = [
    {
      title: 'Wondzorg op specialistisch niveau',
      why: 'In de wijk en op de afdeling zien we steeds meer complexe wonden.',
      servesKind: 'organisation_goal' as const,
      servesId: servedGoal?.id ?? null,
      servesLabel: 'Langer veilig thuis wonen',
      successMeasure: 'Ik behandel complexe wonden zelfstandig en ben aanspreekpunt.',
      targetDate: `${year}-12-01`,
    },
    {
      title: 'Beter omgaan met onbegrepen gedrag',
      why: 'Bij cliënten met dementie wil ik rustiger en effectiever reageren.',
      servesKind: 'skill' as const,
      servesId: servedSkill?.id ?? null,
      servesLabel: 'Omgaan met onbegrepen gedrag',
      targetLevel: 3,
      successMeasure: 'Minder incidenten in mijn diensten; collega’s vragen mij om advies.',
      targetDate: `${year}-10-01`,
    },
    {
      title: 'Doorgroeien naar verpleegkundige',
      why: 'Ik wil meer verantwoordelijkheid en de hbo-v in deeltijd doen.',
      servesKind: 'job_role' as const,
      servesId: servedRole?.id ?? null,
      servesLabel: 'Verpleegkundige',
      successMeasure: 'Eerste jaar hbo-v afgerond.',
      targetDate: `${year + 1}-07-01`,
    },
  ];
  const employeePlan = await createPlan(actingAs(employee), { period: String(year) });
  await addGoal(actingAs(employee), { planId: employeePlan, input: goalsFor[1]! });

  const states = ['shared', 'agreed', 'agreed', 'reviewed', 'draft'] as const;
  const teamGoalIds: string[] = [];
  for (const [index, member] of team.entries()) {
    const planId = await createPlan(actingAs(member), { period: String(year) });
    const goal = goalsFor[index % goalsFor.length]!;
    const goalId = await addGoal(actingAs(member), { planId, input: goal });
    teamGoalIds.push(goalId);
    await addAction(actingAs(member), {
      planId,
      input: { goalId, kind: 'learning', title: 'E-learning basis' },
    });
    await addAction(actingAs(member), {
      planId,
      input: { goalId, kind: 'mentor', title: 'Meelopen met een ervaren collega' },
    });
    const state = states[index % states.length]!;
    if (state === 'draft') continue;
    await movePlan(actingAs(member), { planId, step: 'share' });
    if (state === 'shared') continue;
    await movePlan(actingAs(manager), { planId, step: 'agree' });
    await addNote(actingAs(manager), {
      planId,
      body: 'Goed plan. Plan het meelopen in overleg met de planner.',
    });
    if (state === 'reviewed') await movePlan(actingAs(manager), { planId, step: 'review' });
  }

  // Requests in every state, on colleagues' budgets so Zoë's is free for the journey.
  const request = (auth: Auth, title: string, costCents: number, goalId?: string) =>
    createRequest(actingAs(auth), {
      baseUrl,
      input: {
        provider: 'Zorgacademie Midden-Nederland',
        title,
        startsOn: `${year}-09-15`,
        endsOn: `${year}-11-30`,
        costCents,
        hours: 16,
        motivation: 'Past bij mijn doel in mijn ontwikkelplan.',
        goalId,
      },
    });
  const [first, second, third, fourth] = team;
  if (first && second && third && fourth) {
    const approved = await request(second, 'Post-hbo Wondzorg module 1', 65_000, teamGoalIds[1]);
    await approveRequest(actingAs(manager), { requestId: approved, baseUrl });
    await approveRequest(actingAs(hr), { requestId: approved, baseUrl });
    await createAgreement(actingAs(second), {
      title: 'Post-hbo Wondzorg module 1',
      budgetRequestId: approved,
      goalId: teamGoalIds[1],
      application: 'Ik neem de wondzorgvragen op de afdeling op me en geef een klinische les.',
      isWillingBuddy: true,
      isWillingMentor: false,
      startsOn: daysAgo(65),
    });
    await request(first, 'Training Omgaan met agressie', 45_000, teamGoalIds[0]);
    const atHr = await request(third, 'Congres Dementiezorg', 29_500, teamGoalIds[2]);
    await approveRequest(actingAs(manager), { requestId: atHr, baseUrl });
    const declined = await request(fourth, 'Masterclass Leiderschap', 180_000);
    await declineRequest(actingAs(manager), {
      requestId: declined,
      reason: 'Te duur voor dit jaar; laten we kijken naar de interne leergang.',
      baseUrl,
    });
  }
  // The 30-day question was asked and answered; the 60-day one is waiting.
  if (second) {
    const secondAgreements = tenant
      .selectFrom('learning_agreements')
      .select('id')
      .where('person_id', '=', (second as { personId: string }).personId);
    await tenant
      .updateTable('learning_agreement_followups')
      .set({
        asked_at: new Date(Date.now() - 35 * 86_400_000),
        answer: 'Ik pas de nieuwe verbandtechnieken dagelijks toe; collega’s vragen me om mee te kijken.',
        answered_at: new Date(Date.now() - 33 * 86_400_000),
      })
      .where('day', '=', 30)
      .where('agreement_id', 'in', secondAgreements)
      .execute();
    await tenant
      .updateTable('learning_agreement_followups')
      .set({ asked_at: new Date(Date.now() - 5 * 86_400_000) })
      .where('day', '=', 60)
      .where('agreement_id', 'in', secondAgreements)
      .execute();
  }
  // Zoë followed an e-learning a month ago; its 30-day question is waiting for her answer.
  const zoeAgreement = await createAgreement(actingAs(employee), {
    title: 'E-learning Dementie en onbegrepen gedrag',
    application: 'Ik gebruik de aanpak bij cliënten die onrustig worden in de avond.',
    isWillingBuddy: false,
    isWillingMentor: false,
    startsOn: daysAgo(32),
  });
  await tenant
    .updateTable('learning_agreement_followups')
    .set({ asked_at: new Date(Date.now() - 2 * 86_400_000) })
    .where('agreement_id', '=', zoeAgreement)
    .where('day', '=', 30)
    .execute();

  // A running cycle of development conversations for everyone with a manager.
  const cycleId = await createCycle(actingAs(hr), {
    name: `Ontwikkelgesprekken ${year}`,
    templateKey: 'ontwikkelgesprek',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    preparationDue: daysAgo(-21),
    signOffDue: daysAgo(-45),
    unitIds: [],
    jobTitles: [],
  });
  const conversationOf = async (auth: Auth) =>
    (
      await tenant
        .selectFrom('conversations')
        .select('id')
        .where('cycle_id', '=', cycleId)
        .where('employee_id', '=', (auth as { personId: string }).personId)
        .executeTakeFirstOrThrow()
    ).id;
  if (first && second) {
    // One prepared by both and signed; one prepared by the employee only.
    const signed = await conversationOf(second);
    await savePreparation(actingAs(second), {
      conversationId: signed,
      answers: { learned: 'Veel over wondzorg.', ambition: 'Wondverpleegkundige worden.' },
    });
    await sharePreparation(actingAs(second), { conversationId: signed });
    await savePreparation(actingAs(manager), {
      conversationId: signed,
      answers: { learned: 'Zichtbaar gegroeid in wondzorg.' },
    });
    await sharePreparation(actingAs(manager), { conversationId: signed });
    await planMeeting(actingAs(manager), {
      conversationId: signed,
      meetingAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      baseUrl,
    });
    await updateConversation(actingAs(manager), {
      conversationId: signed,
      changes: {
        sharedNotes: 'Fijn gesprek. Volgend jaar module 2.',
        ratings: { 'plan-progress': 4 },
        isHeld: true,
      },
    });
    await addAgreedAction(actingAs(manager), {
      conversationId: signed,
      title: 'Klinische les wondzorg geven',
    });
    await signConversation(actingAs(second), { conversationId: signed });
    await signConversation(actingAs(manager), { conversationId: signed });

    const prepared = await conversationOf(first);
    await savePreparation(actingAs(first), {
      conversationId: prepared,
      answers: { ambition: 'Meer rust in mijn diensten.' },
    });
    await sharePreparation(actingAs(first), { conversationId: prepared });
  }
}

/** After the catalogue: Zoë's goal on onbegrepen gedrag gets the dementia course she is busy with. */
export async function seedPlanLearning(db: Db, organisationId: string) {
  const tenant = forOrganisation(db, organisationId);
  const employee = await tenant
    .selectFrom('people')
    .select('id')
    .where('email', '=', 'medewerker@delinde.demo')
    .executeTakeFirstOrThrow();
  const goal = await tenant
    .selectFrom('plan_goals')
    .innerJoin('development_plans as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'plan_goals.organisation_id')
        .onRef('p.id', '=', 'plan_goals.plan_id'),
    )
    .select(['plan_goals.id', 'plan_goals.plan_id'])
    .where('p.person_id', '=', employee.id)
    .where('plan_goals.title', '=', 'Beter omgaan met onbegrepen gedrag')
    .executeTakeFirst();
  const course = await tenant
    .selectFrom('courses')
    .select(['id', 'title'])
    .where('title', '=', 'Zorg voor mensen met dementie')
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!goal || !course) return;
  const auth: Auth = {
    kind: 'person',
    organisationId,
    personId: employee.id,
    sessionId: 'demo-seed',
    roles: new Set(['employee']),
    locale: 'nl',
  };
  await addAction(standaloneContext({ db, auth }), {
    planId: goal.plan_id,
    input: { goalId: goal.id, kind: 'learning', title: course.title, refKind: 'course', refId: course.id },
  });
}
