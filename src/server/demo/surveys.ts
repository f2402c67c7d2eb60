import { type Ctx, standaloneContext } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import type { Auth, Role } from '../modules/access/index.ts';
import {
  answerSurvey,
  closeSurvey,
  createLearningZoneRound,
  createSurvey,
  scheduleSurvey,
} from '../modules/surveys/surveys.service.ts';

// Surveys for Zorggroep De Linde: two rounds of the Learning Zone check in which Locatie De Hoven 1
// (the demo manager's team) moved from the comfort zone to the learning zone while another location
// stayed in apathy, and a finished pulse survey. Through the same use cases as the API (each answer by
// its own person, anonymously); the rounds' dates are then set back to when they would have run.

const day = 86_400_000;
const auth = (organisationId: string, personId: string, roles: Set<Role>): Auth => ({
  kind: 'person',
  organisationId,
  personId,
  sessionId: 'demo-seed',
  roles,
  locale: 'nl',
});

export async function seedSurveys(db: Db, organisationId: string, baseUrl = 'http://localhost:3000') {
  const tenant = forOrganisation(db, organisationId);
  const person = async (email: string) =>
    (await tenant.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const hr = standaloneContext({
    db,
    auth: auth(organisationId, await person('hr@delinde.demo'), new Set(['employee', 'hr_admin'])),
  });
  const units = await tenant
    .selectFrom('org_units')
    .select(['id', 'code'])
    .where('code', 'in', ['WZ-LH1', 'WZ-BH'])
    .execute();
  const unitId = (code: string) => units.find((unit) => unit.code === code)!.id;
  const membersOf = (id: string) =>
    tenant
      .selectFrom('people')
      .select('id')
      .where('org_unit_id', '=', id)
      .where('status', '<>', 'left')
      .execute();
  const as = (personId: string): Ctx =>
    standaloneContext({ db, auth: auth(organisationId, personId, new Set(['employee'])) });
  const closesAt = new Date(Date.now() + day).toISOString();

  // Per unit: the point given to positively worded items of each scale, and to reverse-worded ones.
  type Profile = { safety: [number, number]; accountability: [number, number] };
  const round = async (profiles: Record<string, Profile>, daysAgo: number) => {
    const id = await createLearningZoneRound(hr, {
      ...emptyAudience,
      unitIds: Object.keys(profiles).map(unitId),
    });
    await scheduleSurvey(hr, id, { opensAt: null, closesAt }, baseUrl);
    const questions = await tenant
      .selectFrom('survey_questions')
      .selectAll()
      .where('survey_id', '=', id)
      .orderBy('position')
      .execute();
    for (const [code, profile] of Object.entries(profiles))
      for (const [index, member] of (await membersOf(unitId(code))).entries()) {
        // A little spread per person, so not every answer is the same.
        const wobble = index % 3 === 0 ? -1 : index % 3 === 1 ? 1 : 0;
        const answers = questions.map((question) => {
          const [positive, reversed] = profile[question.dimension as 'safety' | 'accountability'];
          const point =
            (question.is_reversed ? reversed : positive) + (question.position % 2 === 0 ? wobble : 0);
          return { questionId: question.id, value: Math.min(7, Math.max(1, point)), text: null };
        });
        await answerSurvey(as(member.id), id, { answers });
      }
    await closeSurvey(hr, id);
    await setBack(id, daysAgo);
  };
  const setBack = (id: string, daysAgo: number) =>
    tenant
      .updateTable('surveys')
      .set({
        opens_at: new Date(Date.now() - (daysAgo + 14) * day),
        opened_at: new Date(Date.now() - (daysAgo + 14) * day),
        closes_at: new Date(Date.now() - daysAgo * day),
        closed_at: new Date(Date.now() - daysAgo * day),
      })
      .where('id', '=', id)
      .execute();
  const emptyAudience = {
    unitIds: [],
    jobRoleIds: [],
    roles: [],
    statuses: [],
    startDateFrom: null,
    startDateTo: null,
    startsWithinDays: null,
  };

  // Spring: De Hoven 1 is friendly but nobody holds anyone to anything (comfort); De Bron drifts (apathy).
  await round(
    {
      'WZ-LH1': { safety: [6, 2], accountability: [4, 4] },
      'WZ-BH': { safety: [4, 4], accountability: [4, 4] },
    },
    120,
  );
  // Autumn, after team WorkOuts on giving feedback: De Hoven 1 keeps its safety and raises the bar.
  await round(
    {
      'WZ-LH1': { safety: [6, 2], accountability: [6, 2] },
      'WZ-BH': { safety: [4, 4], accountability: [5, 4] },
    },
    20,
  );

  // A finished pulse survey on learning time.
  const pulseId = await createSurvey(hr, {
    titleNl: 'Hoe gaat het met leren?',
    titleEn: 'How is learning going?',
    introNl: 'Drie korte vragen over je leertijd deze maand.',
    introEn: 'Three short questions about your learning time this month.',
    audience: { ...emptyAudience, unitIds: [unitId('WZ-LH1'), unitId('WZ-BH')] },
    questions: [
      {
        kind: 'likert5',
        textNl: 'Ik had deze maand genoeg tijd om te leren.',
        textEn: 'I had enough time to learn this month.',
        options: [],
      },
      {
        kind: 'choice',
        textNl: 'Wanneer leer je het liefst?',
        textEn: 'When do you prefer to learn?',
        options: [
          { nl: 'Tijdens de dienst', en: 'During my shift' },
          { nl: 'In een vast leeruur', en: 'In a fixed learning hour' },
          { nl: 'Thuis', en: 'At home' },
        ],
      },
      { kind: 'text', textNl: 'Wat zou je helpen?', textEn: 'What would help you?', options: [] },
    ],
  });
  await scheduleSurvey(hr, pulseId, { opensAt: null, closesAt }, baseUrl);
  const tips = [
    'Een vast leeruur per week',
    'Kortere modules',
    'Leren met een collega',
    'Meer tijd in de planning',
  ];
  for (const code of ['WZ-LH1', 'WZ-BH'])
    for (const [index, member] of (await membersOf(unitId(code))).entries()) {
      const questions = await tenant
        .selectFrom('survey_questions')
        .select(['id', 'kind'])
        .where('survey_id', '=', pulseId)
        .orderBy('position')
        .execute();
      await answerSurvey(as(member.id), pulseId, {
        answers: questions.map((question) => ({
          questionId: question.id,
          value:
            question.kind === 'likert5' ? 2 + (index % 4) : question.kind === 'choice' ? index % 3 : null,
          text: question.kind === 'text' && index % 4 === 0 ? tips[index % tips.length]! : null,
        })),
      });
    }
  await closeSurvey(hr, pulseId);
  await setBack(pulseId, 7);
}
