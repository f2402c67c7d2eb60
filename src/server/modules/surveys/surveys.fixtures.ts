import type { App } from '../../app.ts';
import type { Db } from '../../db/database.ts';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { type Client, signInAs, testPassword } from '../../test/test-app.ts';

export const pulseBody = (overrides: Record<string, unknown> = {}) => ({
  titleNl: 'Hoe gaat het?',
  titleEn: 'How are things?',
  audience: {},
  questions: [
    { kind: 'likert5', textNl: 'Ik heb plezier in mijn werk', textEn: 'I enjoy my work' },
    {
      kind: 'choice',
      textNl: 'Hoeveel tijd had je om te leren?',
      textEn: 'How much time did you have to learn?',
      options: [
        { nl: 'Te weinig', en: 'Too little' },
        { nl: 'Genoeg', en: 'Enough' },
      ],
    },
    { kind: 'text', textNl: 'Wat kan beter?', textEn: 'What could be better?' },
  ],
  ...overrides,
});

/** A unit with `size` signed-in members (the first heads it unless a head is given). */
export async function teamOf(
  app: App,
  db: Db,
  organisationId: string,
  name: string,
  size: number,
  headId?: string,
) {
  const unit = await buildOrgUnit(db, organisationId, { name, code: null, headId: headId ?? null });
  const members: Client[] = [];
  for (let index = 0; index < size; index++) {
    const person = await buildPerson(db, organisationId, { password: testPassword, orgUnitId: unit.id });
    members.push(await signInAs(app, person));
  }
  return { unit, members };
}

/** Answers a survey's form with the given Likert point for every scale question. */
export async function answerAll(client: Client, surveyId: string, point: number) {
  const form = (await client.get(`/api/v1/surveys/${surveyId}/form`)).json<{
    questions: { id: string; kind: string }[];
  }>();
  const answers = form.questions.map((question) => ({
    questionId: question.id,
    value: question.kind === 'text' ? null : question.kind === 'choice' ? 1 : point,
    text: question.kind === 'text' ? `idee ${point}` : null,
  }));
  const response = await client.post(`/api/v1/surveys/${surveyId}/answers`, { answers });
  if (response.statusCode !== 204) throw new Error(response.body);
}
