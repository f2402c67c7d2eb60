import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { baseUrl, browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys for campaigns (issue 17): L&D launches a campaign with hum, sing and shout phases and the
// employee sees the hum banner on their home in their own language (English); the promo studio makes
// a poster PDF (its first page rendered to PNG here with pdf.js and looked at) and a banner; a theme in
// its period puts its linked learning at the top of the home page. The nudge cap needs the hourly job:
// it is tested in campaigns.test.ts, not here.
const browser = browserPerFile();
const run = Date.now().toString(36);
const pdfjs = new URL('../node_modules/pdfjs-dist/build/', import.meta.url).pathname;

const amsterdamToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
const inDays = (days: number) => {
  const date = new Date(`${amsterdamToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

async function postJson(page: Page, url: string, data: unknown) {
  return sendJson(page, 'post', url, data);
}

async function sendJson(page: Page, method: 'post' | 'patch' | 'delete', url: string, data?: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const response = await page.request[method](url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.status() === 204 ? null : response.json();
}

// The journeys share the demo organisation: what this file changes is undone afterwards, even when a step
// failed — the employee's language, the launched campaign (its banner is on everyone's home) and the theme.
const undo: { employeeLocale?: string | null; campaignId?: string; themeId?: string } = {};
afterAll(async () => {
  if (undo.employeeLocale !== undefined) {
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    await sendJson(employee, 'patch', '/api/v1/me', { locale: undo.employeeLocale });
  }
  if (!undo.campaignId && !undo.themeId) return;
  const ld = await browser.newPage();
  await signIn(ld, demo.ldAdmin);
  if (undo.campaignId) await sendJson(ld, 'post', `/api/v1/campaigns/${undo.campaignId}/stop`, {});
  if (undo.themeId) await sendJson(ld, 'delete', `/api/v1/campaign-themes/${undo.themeId}`);
});

/** Renders page 1 of a PDF with pdf.js in the browser and returns the words on it. */
async function renderPdf(page: Page, pdf: Buffer): Promise<string> {
  // pdf.js from node_modules, served under the app's origin by the test itself (no CSP on this page).
  await page.route('**/pdfjs/**', (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!;
    if (file === 'viewer.html')
      return route.fulfill({
        body: '<!doctype html><html lang="nl"><title>Poster</title><main><h1>Poster</h1><canvas id="page"></canvas></main></html>',
        contentType: 'text/html',
      });
    return route.fulfill({ path: `${pdfjs}${file}`, contentType: 'text/javascript' });
  });
  await page.goto(`${baseUrl}/pdfjs/viewer.html`);
  // A string, not a function: the test runner would rewrite import() inside a function's source.
  const script = `(async () => {
    const origin = ${JSON.stringify(baseUrl)};
    const lib = await import(origin + '/pdfjs/pdf.min.mjs');
    // The worker's code on the main thread (pdf.js's own fallback): no Worker to intercept.
    globalThis.pdfjsWorker = await import(origin + '/pdfjs/pdf.worker.min.mjs');
    lib.GlobalWorkerOptions.workerSrc = origin + '/pdfjs/pdf.worker.min.mjs';
    const data = Uint8Array.from(atob(${JSON.stringify(pdf.toString('base64'))}), (c) => c.charCodeAt(0));
    const doc = await lib.getDocument({ data }).promise;
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: 1 });
    const canvas = document.getElementById('page');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    const text = await first.getTextContent();
    return text.items.map((item) => item.str ?? '').join(' ').replace(/\\s+/g, ' ');
  })()`;
  return page.evaluate<string>(script);
}

describe('campaigns', () => {
  test('L&D launches a hum → sing → shout campaign; the employee sees the hum banner in English', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    const titleNl = `Vraag om feedback ${run}`;
    const titleEn = `Ask for feedback ${run}`;
    const message = {
      bodyNl: 'Het kost vijf minuten.',
      bodyEn: 'It takes five minutes.',
      link: '/learning/catalogue',
    };
    const created = await postJson(ld, '/api/v1/campaigns', {
      title: `Feedbackmaand ${run}`,
      audience: {},
      startsOn: amsterdamToday(),
      singFrom: inDays(7),
      shoutFrom: inDays(14),
      endsOn: inDays(21),
      messages: [
        { ...message, phase: 'hum', channel: 'banner', sendOn: amsterdamToday(), titleNl, titleEn },
        {
          ...message,
          phase: 'sing',
          channel: 'card',
          sendOn: inDays(7),
          titleNl: 'Verhalen',
          titleEn: 'Stories',
        },
        {
          ...message,
          phase: 'shout',
          channel: 'email',
          sendOn: inDays(14),
          titleNl: 'Doe mee!',
          titleEn: 'Join in!',
        },
      ],
    });
    undo.campaignId = created.id;
    await ld.goto(`/campaigns/${created.id}`);
    await shows(ld.getByRole('heading', { level: 1, name: `Feedbackmaand ${run}`, exact: true }));
    for (const phase of ['Neuriën', 'Zingen', 'Roepen'])
      await shows(ld.getByRole('heading', { name: new RegExp(`^${phase}`) }).first());
    await ld.getByRole('button', { name: 'Campagne starten' }).click();
    await shows(ld.getByRole('button', { name: 'Campagne stoppen' }));
    await screenshot(ld, 'campaigns-1-launched');

    // The promo studio: a poster PDF and a banner from the campaign's hum texts.
    await ld.getByRole('link', { name: 'Promostudio' }).click();
    await shows(ld.getByRole('heading', { level: 1, name: 'Promostudio', exact: true }));
    await expect.poll(() => ld.getByLabel('Kop').inputValue()).toBe(titleNl);
    await shows(ld.getByTestId('readability-nl').getByText(/Taalniveau B1: goed leesbaar/));
    await ld.getByLabel('Taal').selectOption('en');
    await expect.poll(() => ld.getByLabel('Kop').inputValue()).toBe(titleEn);
    const [poster] = await Promise.all([
      ld.waitForEvent('download'),
      ld.getByRole('button', { name: 'Maken en downloaden' }).click(),
    ]);
    expect(poster.suggestedFilename()).toMatch(/poster-a4-en\.pdf$/);
    const pdf = readFileSync((await poster.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(ld, 'campaigns-2-promo-studio');
    await ld.getByLabel('Soort').selectOption('banner_wide');
    const [banner] = await Promise.all([
      ld.waitForEvent('download'),
      ld.getByRole('button', { name: 'Maken en downloaden' }).click(),
    ]);
    expect(banner.suggestedFilename()).toMatch(/banner-wide-en\.svg$/);
    await shows(ld.getByRole('img', { name: 'De gemaakte banner' }));
    await screenshot(ld, 'campaigns-3-banner');

    const viewer = await browser.newPage();
    const words = await renderPdf(viewer, pdf);
    expect(words).toContain(titleEn);
    expect(words).toContain('Scan the code and start right away');
    await screenshot(viewer, 'campaigns-4-poster-page-1');

    // The employee reads English: the hum banner greets them in English on their home page.
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    undo.employeeLocale = (await (await employee.request.get('/api/v1/me')).json()).person.locale ?? null;
    await employee
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn profiel' })
      .click();
    await employee.getByRole('radio', { name: 'English (Engels)' }).check();
    await shows(employee.getByText('Language saved.'));
    await employee.goto('/');
    const hum = employee.getByRole('region', { name: 'Campaign' });
    await shows(hum.getByRole('heading', { name: titleEn, exact: true }));
    await screenshot(employee, 'campaigns-5-hum-banner-en');
  });

  test('a theme in its period puts its learning at the top of the home page', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    const found = await ld.request.get('/api/v1/catalogue?pageSize=1');
    const item = (await found.json()).items[0] as { type: string; id: string; title: string };
    const theme = await postJson(ld, '/api/v1/campaign-themes', {
      nameNl: `Feedback vragen ${run}`,
      nameEn: `Asking for feedback ${run}`,
      descriptionNl: 'Deze week: vraag een collega om feedback.',
      descriptionEn: 'This week: ask a colleague for feedback.',
      startsOn: inDays(-1),
      endsOn: inDays(6),
      recurrence: 'once',
      learning: [{ type: item.type, id: item.id }],
    });
    undo.themeId = theme.id;
    const employee = await browser.newPage();
    await signIn(employee, demo.manager);
    await employee.goto('/');
    const boosted = employee.getByRole('region', { name: `Feedback vragen ${run}` });
    await shows(boosted);
    await shows(boosted.getByRole('link').first());
    expect(await boosted.getByRole('link').allTextContents()).toHaveLength(1);
    await screenshot(employee, 'campaigns-6-theme-boost');
  });
});
