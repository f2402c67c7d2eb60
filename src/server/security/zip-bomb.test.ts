import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { thisYear } from '../test/calendar.ts';
import { anonymous, buildOrganisationWithRoles, type Client, startTestApp } from '../test/test-app.ts';
import { repeatedRowsSheet, xlsxParts, zipOf } from '../uploads/zip-fixtures.ts';
import { uploadFile } from './multipart.ts';

// Issue 10, item 3: a 4 MB XLSX whose sheet unpacks to gigabytes took the whole server down (heap out
// of memory) for every organisation. Now it is refused with a 4xx naming the limit, the server keeps
// answering other requests while it reads the file, and its memory stays where it was.

const { app, db } = await startTestApp();
const year = thisYear();
let hr: Client;

// About 830 MB of sheet rows in a 3.3 MB file, built without ever holding the rows.
const sheet = repeatedRowsSheet(
  ['Personeelsnummer', 'E-mailadres', 'Bedrag'],
  ['1001', 'jan@example.test', '100'],
  6_000_000,
);
const bombs = [
  // The zip says how large its sheet is: refused from the zip's directory, before inflating.
  { kind: 'that declares its size', content: zipOf(xlsxParts(sheet)), why: /unpacks to more than 200 MB/ },
  // The zip claims 1 MB: refused while inflating, once more bytes come out than it declared.
  {
    kind: 'that lies about its size',
    content: zipOf(xlsxParts(sheet, { declaredSize: 1024 * 1024 })),
    why: /sheet1\.xml unpacks to more than the 1 MB it declares/,
  },
];
const endpoints = [
  { name: 'the HR import', url: '/api/v1/imports/people/uploads' },
  { name: 'the budget import', url: `/api/v1/budgets/import/file/preview?year=${year}` },
];

beforeAll(async () => {
  hr = (await buildOrganisationWithRoles(app, db)).as.hrAdmin;
});

/**
 * Uploads while asking other things of the server, until the upload is answered. Counts the answers
 * the server gave while it was reading the file (between the reader's start and end), and the highest
 * heap the server's process reached.
 */
async function uploadWhileUsingTheServer(url: string, content: Uint8Array) {
  const heapBefore = process.memoryUsage().heapUsed;
  let isReading = false;
  const onReader = (message: unknown) => {
    isReading = (message as { phase: string }).phase === 'start';
  };
  subscribe('groeipad:upload-worker', onReader);
  let isAnswered = false;
  const upload = uploadFile(hr, url, 'bomb.xlsx', content).finally(() => {
    isAnswered = true;
  });
  const statuses: number[] = [];
  let answeredWhileReading = 0;
  let peakHeap = heapBefore;
  try {
    while (!isAnswered) {
      const startedWhileReading = isReading;
      const [health, me] = await Promise.all([anonymous(app).get('/api/v1/health'), hr.get('/api/v1/me')]);
      statuses.push(health.statusCode, me.statusCode);
      if (startedWhileReading && isReading) answeredWhileReading++;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      // Injected requests can resolve without I/O; let the reader's messages and timers through, as a
      // real client's requests arriving over the network would.
      await sleep(5);
    }
  } finally {
    unsubscribe('groeipad:upload-worker', onReader);
  }
  return { response: await upload, statuses, answeredWhileReading, heapGrowth: peakHeap - heapBefore };
}

describe('a zip bomb XLSX', () => {
  for (const endpoint of endpoints)
    for (const bomb of bombs)
      it(`${bomb.kind}, sent to ${endpoint.name}, is refused naming the limit while the server keeps serving`, async () => {
        expect(bomb.content.length).toBeLessThan(4 * 1024 * 1024);
        const { response, statuses, answeredWhileReading, heapGrowth } = await uploadWhileUsingTheServer(
          endpoint.url,
          bomb.content,
        );

        expect(response.statusCode, response.body).toBe(422);
        const problem = response.json<{ code: string; detail: string; limit: string; max: number }>();
        expect(problem).toMatchObject({ code: 'file_too_complex', limit: 'unpackedSize', max: 200 });
        expect(problem.detail).toMatch(/^bomb\.xlsx: /);
        expect(problem.detail).toMatch(bomb.why);

        // Health and the signed-in person's own page answered throughout, some while the file was read.
        expect(statuses.length).toBeGreaterThan(0);
        expect(statuses.every((status) => status === 200)).toBe(true);
        expect(answeredWhileReading).toBeGreaterThan(0);
        // The server's heap did not take the unpacked sheet in (it unpacks to 830 MB).
        expect(heapGrowth).toBeLessThan(150 * 1024 * 1024);

        // And after it: still answering, and still reading honest files.
        expect((await anonymous(app).get('/api/v1/health')).statusCode).toBe(200);
        expect((await hr.get('/api/v1/me')).statusCode).toBe(200);
      });

  it('leaves the server reading honest files afterwards', async () => {
    const csv = 'Personeelsnummer;Voornaam;Achternaam;E-mailadres\r\n1001;Jan;Berg;jan.berg@example.test\r\n';
    const response = await uploadFile(hr, endpoints[0]!.url, 'medewerkers.csv', csv);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ rowCount: 1 });
  });
});
