import type { Db } from '../src/server/db/database.ts';
import { buildOrganisation, buildPerson } from '../src/server/factories/factories.ts';
import { dutchPeopleCsv } from '../src/server/modules/imports/fixtures.ts';

// The HR import of a 10,000-row Dutch-Excel CSV through the API, as the wizard does it: upload,
// preview, apply. Into an organisation of its own (a first import: everyone is new), then the same
// file again (a monthly re-import where nothing changed).

export type ImportRun = { seconds: number; detail: string };
export type ImportMeasurement =
  | { measured: true; first: ImportRun; again: ImportRun }
  | { measured: false; detail: string };

type Session = { baseUrl: string; cookie: string; csrfToken: string };

async function call<T>(session: Session, path: string, body: FormData | object): Promise<T> {
  const isForm = body instanceof FormData;
  const response = await fetch(`${session.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(isForm ? {} : { 'content-type': 'application/json' }),
    },
    body: isForm ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

type Summary = { create: number; update: number; unchanged: number; unitsCreated: number };

async function importOnce(session: Session, csv: string): Promise<ImportRun> {
  const started = performance.now();
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'medewerkers.csv');
  const upload = await call<{ uploadId: string; rowCount: number; suggestedMapping: object }>(
    session,
    '/api/v1/imports/people/uploads',
    form,
  );
  const uploaded = performance.now();
  const body = { mapping: upload.suggestedMapping, deactivateMissing: false };
  const preview = await call<{ ok: boolean; errorCount: number }>(
    session,
    `/api/v1/imports/people/uploads/${upload.uploadId}/preview`,
    body,
  );
  if (!preview.ok) throw new Error(`preview found ${preview.errorCount} problems`);
  const previewed = performance.now();
  const { summary } = await call<{ summary: Summary }>(
    session,
    `/api/v1/imports/people/uploads/${upload.uploadId}/apply`,
    body,
  );
  const applied = performance.now();
  const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  return {
    seconds: (applied - started) / 1000,
    detail:
      `upload ${s(started, uploaded)} s, preview ${s(uploaded, previewed)} s, apply ${s(previewed, applied)} s; ` +
      `${summary.create} created, ${summary.update} updated, ${summary.unchanged} unchanged, ${summary.unitsCreated} units`,
  };
}

export async function measureImport(options: {
  db: Db;
  baseUrl: string;
  rows: number;
}): Promise<ImportMeasurement> {
  const organisation = await buildOrganisation(options.db, {
    name: 'Zorggroep Import',
    slug: 'bench-import',
  });
  const admin = await buildPerson(options.db, organisation.id, {
    email: 'hr@bench-import.test',
    givenName: 'Hanna',
    familyName: 'Import',
    password: 'benchmark-import-password',
    roles: ['hr_admin'],
  });
  const signIn = await fetch(`${options.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  if (!signIn.ok) throw new Error(`import admin sign-in: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .find((value) => value.startsWith('gp_session='))!
    .split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const session = { baseUrl: options.baseUrl, cookie, csrfToken };

  const probe = await fetch(`${options.baseUrl}/api/v1/imports/people/uploads`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken },
  });
  if (probe.status === 404) return { measured: false, detail: 'the import API is not there yet' };

  const csv = dutchPeopleCsv({ rows: options.rows, seed: 1, domain: 'bench-import.test' });
  const first = await importOnce(session, csv);
  const again = await importOnce(session, csv);
  return { measured: true, first, again };
}
