import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import type { Client } from '../../test/test-app.ts';

/** POSTs a file as multipart/form-data, the way a browser's FormData does. */
/** A multipart upload as a browser sends it; `path` for modules with their own upload endpoint. */
export function uploadFile(
  client: Client,
  purpose: string,
  fileName: string,
  content: string | Buffer,
  path = '/api/v1/files',
) {
  const boundary = `----groeipad${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', `${path}?purpose=${purpose}`, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

export const article = (title: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'article',
  durationMinutes: 5,
  versions: [{ language: 'nl', title, summary: `Over ${title.toLowerCase()}`, bodyHtml: `<p>${title}</p>` }],
  topics: ['Leiderschap'],
  ...overrides,
});

export const quiz = (title: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'quiz',
  durationMinutes: 5,
  passMark: 100,
  versions: [
    {
      language: 'nl',
      title,
      questions: [
        {
          id: 'q1',
          kind: 'single',
          prompt: 'Wat doe je eerst bij een nieuw teamlid?',
          options: [
            { id: 'a', text: 'Een kennismakingsgesprek', isCorrect: true, feedback: 'Precies.' },
            { id: 'b', text: 'Een beoordeling', isCorrect: false, feedback: 'Dat komt later.' },
          ],
        },
        {
          id: 'q2',
          kind: 'short',
          prompt: 'Hoe heet het gesprek over ontwikkeling?',
          acceptedAnswers: ['POP-gesprek', 'ontwikkelgesprek'],
        },
      ],
    },
  ],
  topics: ['Leiderschap'],
  ...overrides,
});

/** Enrolments stalled: started a month ago, nothing for 20 days (one person's, else everyone's). */
export async function stallEnrolments(db: Db, organisationId: string, personId?: string) {
  let update = forOrganisation(db, organisationId)
    .updateTable('enrolments')
    .set({
      enrolled_at: new Date(Date.now() - 30 * 86_400_000),
      last_activity_at: new Date(Date.now() - 20 * 86_400_000),
    });
  if (personId) update = update.where('person_id', '=', personId);
  await update.execute();
}
