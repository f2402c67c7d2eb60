import ical, { type VEvent } from 'node-ical';
import { describe, expect, test } from 'vitest';
import { baseUrl, browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys of learning time and workshops: reserve a block and find it in the personal calendar feed
// (parsed back with node-ical); a full session puts you on the waitlist and a cancellation promotes you;
// the trainer takes attendance by QR code on a phone.
const browser = browserPerFile();

const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local value `minutes` from now, in the browser's (and this machine's) own time. */
const localIn = (minutes: number) => {
  const d = new Date(Date.now() + minutes * 60_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** L&D make a one-session workshop through the form and land on its page. */
async function createWorkshop(
  page: Awaited<ReturnType<typeof browser.newPage>>,
  options: { title: string; seats: number; startsInMinutes: number },
) {
  await page.goto('/workshops');
  await page.getByRole('link', { name: 'Nieuwe workshop' }).click();
  await shows(page.getByRole('heading', { level: 1, name: 'Nieuwe workshop' }));
  await page.getByLabel('Titel', { exact: true }).fill(options.title);
  await page.getByLabel('Korte beschrijving').fill('Oefenen in kleine groepen.');
  await page.getByLabel('Begin sessie 1').fill(localIn(options.startsInMinutes));
  await page.getByLabel('Einde sessie 1').fill(localIn(options.startsInMinutes + 120));
  await page.getByLabel('Plaats sessie 1').fill('Leslokaal De Linde');
  await page.getByLabel('Trainer sessie 1').fill('Petra de Vries');
  await page.getByLabel('Plaatsen sessie 1').fill(String(options.seats));
  await page.getByRole('button', { name: 'Workshop aanmaken' }).click();
  await shows(page.getByRole('heading', { level: 1, name: options.title }));
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

describe('learning time', () => {
  test('a reserved block appears in the personal calendar feed', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page.goto('/learning-time');
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn leertijd' }));
    const form = page.getByRole('region', { name: 'Leertijd reserveren' });
    await form.getByLabel('Wat ga je doen?').fill('Medicatieveiligheid module 2');
    await form.getByLabel('Van').fill('10:00');
    await form.getByLabel('Tot').fill('11:00');
    await form.getByRole('button', { name: 'Reserveren' }).click();
    await shows(page.getByText('Medicatieveiligheid module 2'));
    await page.getByRole('button', { name: /Agenda-adres maken|Nieuw adres/ }).click();
    const url = (await page.getByTestId('feed-url').textContent())!.trim();
    await screenshot(page, 'events-1-block-and-feed');

    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const events = Object.values(ical.sync.parseICS(await feed.text())).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    const block = events.find((e) => String(e.summary).includes('Medicatieveiligheid module 2'));
    expect(block).toBeDefined();
    expect(block!.uid).toMatch(/^learning-time-block-.+@groeipad$/);
    expect(block!.end!.getTime() - block!.start.getTime()).toBe(3_600_000);
  });
});

describe('a full session', () => {
  test('puts me on the waitlist, and a cancellation gives me the seat', async () => {
    const organiser = await browser.newPage();
    await signIn(organiser, demo.ldAdmin);
    const title = `Klinisch redeneren ${Date.now() % 10_000}`;
    const id = await createWorkshop(organiser, { title, seats: 1, startsInMinutes: 3 * 24 * 60 });
    await screenshot(organiser, 'events-2-workshop-created');

    const first = await browser.newPage();
    await signIn(first, demo.manager);
    await first.goto(`/workshops/${id}`);
    await first.getByRole('button', { name: 'Inschrijven' }).click();
    await shows(first.getByText('Je bent ingeschreven'));

    const me = await browser.newPage();
    await signIn(me, demo.employee);
    await me.goto(`/workshops/${id}`);
    await shows(me.getByText('1 van 1 plekken bezet'));
    await me.getByRole('button', { name: 'Vol — op de wachtlijst' }).click();
    await shows(me.getByText('Je staat op de wachtlijst (plaats 1)'));
    await screenshot(me, 'events-3-waitlisted');

    await first.getByRole('button', { name: 'Afmelden' }).click();
    await shows(first.getByRole('button', { name: /Inschrijven|Vol — op de wachtlijst/ }));

    await me.reload();
    await shows(me.getByText('Je bent ingeschreven'));
    await screenshot(me, 'events-4-promoted');
    // The promotion was told on the bell (and by mail).
    const bell = await me.request.get(`${baseUrl}/api/v1/notifications`);
    expect(JSON.stringify(await bell.json())).toContain(`Je hebt een plek: ${title}`);
    // Three people sign in one after the other on a shared machine: more time than the default.
  }, 300_000);
});

describe('attendance', () => {
  test('the trainer shows the QR code on a phone and an attendee checks in by scanning it', async () => {
    const trainer = await browser.newPage();
    await trainer.setViewportSize({ width: 390, height: 844 });
    await signIn(trainer, demo.ldAdmin);
    const title = `Valpreventie ${Date.now() % 10_000}`;
    const id = await createWorkshop(trainer, { title, seats: 10, startsInMinutes: 30 });

    const attendee = await browser.newPage();
    await attendee.setViewportSize({ width: 390, height: 844 });
    await signIn(attendee, demo.employee);
    await attendee.goto(`/workshops/${id}`);
    await attendee.getByRole('button', { name: 'Inschrijven' }).click();
    await shows(attendee.getByText('Je bent ingeschreven'));

    await trainer.goto(`/workshops/${id}`);
    await trainer.getByRole('link', { name: 'Aanwezigheid' }).click();
    await shows(trainer.getByRole('img', { name: 'QR-code om je aanwezig te melden' }));
    await screenshot(trainer, 'events-5-qr-on-phone');
    // What the phone's camera reads from the QR code: the check-in address in it.
    const sessionId = new URL(trainer.url()).pathname.split('/')[3]!;
    const list = await trainer.request.get(`${baseUrl}/api/v1/workshops/sessions/${sessionId}/attendance`);
    const { checkInUrl } = (await list.json()) as { checkInUrl: string };

    await attendee.goto(checkInUrl);
    await shows(attendee.getByText('Je bent aanwezig gemeld. Veel plezier!'));
    await screenshot(attendee, 'events-6-checked-in-on-phone');

    await trainer.reload();
    await shows(trainer.getByText('aanwezig', { exact: true }));
    await screenshot(trainer, 'events-7-attendance-list');
  });
});
