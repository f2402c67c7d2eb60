import { beforeAll, describe, expect, it } from 'vitest';
import { thisYear } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Template = {
  key: string;
  isCustomised: boolean;
  name: { nl: string; en: string };
  sections: {
    id: string;
    title: { nl: string; en: string };
    questions: { id: string; text: { nl: string; en: string }; hasRating?: boolean }[];
  }[];
};
const url = '/api/v1/conversation-cycles/templates';
const ontwikkel = async (client = org.as.hrAdmin) =>
  (await client.get(url)).json<Template[]>().find((t) => t.key === 'ontwikkelgesprek')!;
const cycleBody = (name: string) => ({
  name,
  templateKey: 'ontwikkelgesprek',
  startsOn: `${year}-01-01`,
  endsOn: `${year}-12-31`,
  preparationDue: `${year}-11-01`,
  signOffDue: `${year}-12-15`,
});
const questionsOf = (template: { sections: Template['sections'] }) =>
  template.sections.flatMap((section) => section.questions.map((question) => question.text.nl));

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('HR words the conversation templates', () => {
  let runningConversation: string;

  it('edits sections and questions in both languages; a running cycle keeps its questions and answers', async () => {
    // A cycle opened before the edit, with a prepared answer.
    await org.as.hrAdmin.post('/api/v1/conversation-cycles', cycleBody('Voor de wijziging'));
    runningConversation = (await org.as.employee.get('/api/v1/conversations/mine')).json()[0].id;
    const before = await ontwikkel();
    const firstQuestion = before.sections[0]!.questions[0]!;
    await org.as.employee.put(`/api/v1/conversations/${runningConversation}/preparation`, {
      answers: { [firstQuestion.id]: 'Mijn antwoord' },
    });

    // Reorder (last section first), rename a section, remove a question, add a rating question and a section.
    const [first, ...rest] = before.sections;
    const edited = {
      name: { nl: 'Groeigesprek', en: 'Growth conversation' },
      description: { nl: 'Ons eigen gesprek.', en: 'Our own conversation.' },
      sections: [
        ...rest,
        {
          id: first!.id,
          title: { nl: 'Terugblik', en: 'Looking back' },
          questions: [
            ...first!.questions.slice(1),
            { text: { nl: 'Hoe tevreden ben je?', en: 'How satisfied are you?' }, hasRating: true },
          ],
        },
        {
          title: { nl: 'Vitaliteit', en: 'Vitality' },
          questions: [{ text: { nl: 'Hoe houd je het vol?', en: 'How do you keep going?' } }],
        },
      ],
    };
    const saved = await org.as.hrAdmin.put(`${url}/ontwikkelgesprek`, edited);
    expect(saved.statusCode, saved.body).toBe(200);
    const template = saved.json<Template>();
    expect(template).toMatchObject({ isCustomised: true, name: { nl: 'Groeigesprek' } });
    expect(template.sections.map((s) => s.title.nl)).toEqual([
      ...rest.map((s) => s.title.nl),
      'Terugblik',
      'Vitaliteit',
    ]);
    const added = template.sections.at(-2)!.questions.at(-1)!;
    expect(added).toMatchObject({ text: { en: 'How satisfied are you?' }, hasRating: true });
    expect(added.id).toMatch(/^[a-z0-9-]+$/);
    expect(questionsOf(template)).not.toContain(firstQuestion.text.nl);
    expect((await ontwikkel(org.as.employee)).name.nl).toBe('Groeigesprek');

    // The running conversation still asks the old question and keeps its answer.
    const running = (await org.as.employee.get(`/api/v1/conversations/${runningConversation}`)).json();
    expect(questionsOf(running.template)).toContain(firstQuestion.text.nl);
    expect(running.myPreparation.answers[firstQuestion.id]).toBe('Mijn antwoord');

    // A cycle opened afterwards uses the new wording.
    const later = await org.as.hrAdmin.post('/api/v1/conversation-cycles', cycleBody('Na de wijziging'));
    expect(later.statusCode).toBe(201);
    const conversations = (await org.as.employee.get('/api/v1/conversations/mine')).json();
    const newer = conversations.find((c: { id: string }) => c.id !== runningConversation);
    const opened = (await org.as.employee.get(`/api/v1/conversations/${newer.id}`)).json();
    expect(questionsOf(opened.template)).toContain('Hoe tevreden ben je?');
    expect(questionsOf(opened.template)).not.toContain(firstQuestion.text.nl);
  });

  it('answers 400 naming the field for a missing translation, an empty section or a repeated id', async () => {
    const current = await ontwikkel();
    const base = { name: current.name, description: { nl: '', en: '' } };
    const missingEnglish = await org.as.hrAdmin.put(`${url}/ontwikkelgesprek`, {
      ...base,
      sections: [{ title: { nl: 'Werk', en: '' }, questions: [{ text: { nl: 'Vraag', en: 'Question' } }] }],
    });
    expect(missingEnglish.statusCode).toBe(400);
    expect(missingEnglish.json().errors[0].field).toBe('sections.0.title.en');
    const empty = await org.as.hrAdmin.put(`${url}/ontwikkelgesprek`, {
      ...base,
      sections: [{ title: { nl: 'Werk', en: 'Work' }, questions: [] }],
    });
    expect(empty.json().errors[0].field).toBe('sections.0.questions');
    const twice = await org.as.hrAdmin.put(`${url}/ontwikkelgesprek`, {
      ...base,
      sections: [
        {
          title: { nl: 'Werk', en: 'Work' },
          questions: [
            { id: 'same', text: { nl: 'A', en: 'A' } },
            { id: 'same', text: { nl: 'B', en: 'B' } },
          ],
        },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].field).toBe('sections.0.questions.1.id');
    expect((await ontwikkel()).name.nl).toBe('Groeigesprek'); // nothing changed
  });

  it('is for HR only; other organisations keep the shipped wording; unknown templates are 404', async () => {
    const body = {
      name: { nl: 'X', en: 'X' },
      description: { nl: '', en: '' },
      sections: [{ title: { nl: 'A', en: 'A' }, questions: [{ text: { nl: 'B', en: 'B' } }] }],
    };
    for (const client of [org.as.manager, org.as.employee, org.as.ldAdmin]) {
      expect((await client.put(`${url}/ontwikkelgesprek`, body)).statusCode).toBe(403);
      expect((await client.delete(`${url}/ontwikkelgesprek`)).statusCode).toBe(403);
    }
    expect(await ontwikkel(other.as.hrAdmin)).toMatchObject({
      isCustomised: false,
      name: { nl: 'Ontwikkelgesprek' },
    });
    expect((await org.as.hrAdmin.put(`${url}/beoordelingsgesprek`, body)).statusCode).toBe(404);
    expect((await org.as.hrAdmin.delete(`${url}/beoordelingsgesprek`)).statusCode).toBe(404);
  });

  it('goes back to the shipped wording', async () => {
    const reset = await org.as.hrAdmin.delete(`${url}/ontwikkelgesprek`);
    expect(reset.json()).toMatchObject({ isCustomised: false, name: { nl: 'Ontwikkelgesprek' } });
    // The running conversation is untouched by the reset too.
    const running = (await org.as.employee.get(`/api/v1/conversations/${runningConversation}`)).json();
    expect(running.myPreparation.answers).not.toEqual({});
  });
});
