import { describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { conversationTemplates } from './conversation-templates.ts';

// The manager prepares with his own questions about the employee, not the employee's about himself.
const { app, db } = await startTestApp();

describe('the manager’s questions', () => {
  it('exist for every shipped question, in both languages, and differ from the employee’s', () => {
    for (const template of conversationTemplates)
      for (const question of template.sections.flatMap((section) => section.questions)) {
        expect(question.managerText, `${template.key}/${question.id}`).toBeDefined();
        expect(question.managerText!.nl).not.toBe(question.text.nl);
        expect(question.managerText!.en).not.toBe(question.text.en);
      }
  });

  it('reach the templates and survive HR rewording the employee’s question', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const templates = (await org.as.hrAdmin.get('/api/v1/conversation-cycles/templates')).json<
      { key: string; sections: { questions: { id: string; text: unknown; managerText?: unknown }[] }[] }[]
    >();
    const development = templates.find((t) => t.key === 'ontwikkelgesprek')!;
    const learned = development.sections[0]!.questions[0]!;
    expect(learned.managerText).toEqual({
      nl: 'Wat zag je je medewerker het afgelopen jaar leren of toepassen?',
      en: 'What did you see your employee learn or apply this past year?',
    });
    const saved = await org.as.hrAdmin.put('/api/v1/conversation-cycles/templates/ontwikkelgesprek', {
      name: { nl: 'Ontwikkelgesprek', en: 'Development conversation' },
      description: { nl: '', en: '' },
      sections: [
        {
          title: { nl: 'Terugblik', en: 'Looking back' },
          questions: [
            {
              id: 'learned',
              text: { nl: 'Wat leerde je?', en: 'What did you learn?' },
              managerText: learned.managerText,
            },
          ],
        },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().sections[0].questions[0]).toMatchObject({
      text: { nl: 'Wat leerde je?' },
      managerText: learned.managerText,
    });
  });
});
