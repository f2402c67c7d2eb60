// SCORM figures for `npm run bench`: CMI commits by 50 learners at once (each with a real launch and
// commit token) and the upload + check + unpack + store of a 200 MB package through the API.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/server/db/schema.gen.ts';
import {
  scorm12Manifest,
  scormPackage,
  slidesWithQuestion,
} from '../src/server/modules/scorm/fixtures/scorm-packages.ts';
import { benchAdmin } from './seed.ts';

type Session = { cookie: string; csrfToken: string };
type SignIn = (baseUrl: string, account: { email: string; password: string }) => Promise<Session>;

const learnerSco = [{ id: 'module', title: 'Mondzorg', slides: slidesWithQuestion('Mondzorg'), mastery: 80 }];

async function upload(baseUrl: string, session: Session, zip: Buffer, fileName: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), fileName);
  const response = await fetch(`${baseUrl}/api/v1/scorm/packages`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: form,
  });
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { contentId: string }).contentId;
}

/** A 200 MB package: the test SCO plus 40 media files of 5 MB that do not compress (stored, as video is). */
export function largePackage(megabytes = 200): Buffer {
  const media = Array.from({ length: megabytes / 5 }, (_, i) => ({
    name: `media/clip-${String(i).padStart(2, '0')}.mp4`,
    content: randomBytes(5 * 1024 * 1024),
    isStored: true,
  }));
  return scormPackage(scorm12Manifest('Groot pakket', learnerSco), learnerSco, media);
}

/** Uploads the big package and answers how long the API took (upload, zip check, unpack, storage). */
export async function measureLargeUpload(baseUrl: string, session: Session) {
  const zip = largePackage();
  const started = performance.now();
  await upload(baseUrl, session, zip, 'groot-pakket.zip');
  return { seconds: (performance.now() - started) / 1000, megabytes: zip.length / 2 ** 20 };
}

/**
 * A published package and `learners` people who each opened it (a real launch: attempt, token,
 * enrolment, progress): the commit bodies a load run cycles through, one learner per body.
 */
export async function prepareCommits(options: {
  db: Kysely<DB>;
  organisationId: string;
  baseUrl: string;
  session: Session;
  signIn: SignIn;
  learners: number;
}) {
  const { db, organisationId, baseUrl, session } = options;
  const contentId = await upload(
    baseUrl,
    session,
    scormPackage(scorm12Manifest('Mondzorg', learnerSco), learnerSco),
    'mondzorg.zip',
  );
  const published = await fetch(`${baseUrl}/api/v1/catalogue/items/${contentId}/status`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ status: 'published' }),
  });
  if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
  // Learners sign in with the admin's password (the same hash), then open the package.
  const { password_hash } = await db
    .selectFrom('people')
    .select('password_hash')
    .where('organisation_id', '=', organisationId)
    .where('email', '=', benchAdmin.email)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('people')
    .select(['id', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'active')
    .where('email', '!=', benchAdmin.email)
    .orderBy('email')
    .limit(options.learners)
    .execute();
  await db
    .updateTable('people')
    .set({ password_hash })
    .where('organisation_id', '=', organisationId)
    .where(
      'id',
      'in',
      people.map((person) => person.id),
    )
    .execute();
  const launches: { token: string; scoId: string }[] = [];
  for (const person of people) {
    const learner = await options.signIn(baseUrl, { email: person.email, password: benchAdmin.password });
    const response = await fetch(`${baseUrl}/api/v1/scorm/${contentId}/launch`, {
      method: 'POST',
      headers: {
        cookie: learner.cookie,
        'x-csrf-token': learner.csrfToken,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    if (!response.ok) throw new Error(`launch: ${response.status} ${await response.text()}`);
    const launched = (await response.json()) as { commitToken: string; sco: { id: string } };
    launches.push({ token: launched.commitToken, scoId: launched.sco.id });
  }
  // What an authoring tool's periodic commit carries halfway: place, 1 KB of suspend data, status, time.
  // Each learner's commits differ in place, time and suspend data (as a learner moving on does), so
  // every commit is a real write; the bodies are ordered so one learner's commits are 50 apart.
  const bodies: string[] = [];
  for (let step = 1; step <= 8; step++)
    for (const launched of launches)
      bodies.push(
        JSON.stringify({
          token: launched.token,
          scoId: launched.scoId,
          values: {
            'cmi.core.lesson_location': String(step),
            'cmi.core.lesson_status': 'incomplete',
            'cmi.core.exit': 'suspend',
            'cmi.core.session_time': `0000:${String(step).padStart(2, '0')}:12`,
            'cmi.suspend_data': JSON.stringify({
              slide: step,
              answers: { poetsen: 'Twee keer' },
              pad: 'x'.repeat(1000),
            }),
            'cmi.interactions.0.id': 'poetsen',
            'cmi.interactions.0.type': 'choice',
            'cmi.interactions.0.student_response': 'Twee keer',
            'cmi.interactions.0.result': 'correct',
          },
        }),
      );
  return { contentId, bodies };
}
