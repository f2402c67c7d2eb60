import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: an employee opens the growth week, adds two sessions that overlap to her schedule and is
// warned about the clash, downloads her schedule for her calendar, solves the clash, and looks back at
// last spring's growth week with its materials and a recording that plays in place.
const browser = browserPerFile();

describe('a growth week', () => {
  test('composes a schedule with a clash warning, takes it to the calendar, and reads a recap', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: "Programma's" })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: "Programma's" }));
    await page.getByRole('link', { name: 'Groeiweek De Linde' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Groeiweek De Linde' }));
    const schedule = page.getByRole('region', { name: 'Mijn rooster' });
    await shows(schedule.getByText('Keynote: leren in de zorg van morgen'));
    await screenshot(page, 'programmes-1-growth-week');

    await page.getByRole('button', { name: 'Feedback geven en vragen aan mijn rooster toevoegen' }).click();
    await shows(schedule.getByText('Feedback geven en vragen'));
    // Before adding it, the talk already says it would overlap the workshop.
    const talk = page.getByRole('listitem', { name: 'Van helpende tot verpleegkundige: drie loopbanen' });
    await shows(talk.getByText('Overlapt met Feedback geven en vragen in je rooster.'));
    await talk.getByRole('button', { name: /aan mijn rooster toevoegen$/ }).click();
    await shows(
      schedule.getByRole('alert').getByText('Je rooster heeft 1 overlap: twee sessies vallen tegelijk.'),
    );
    await shows(talk.getByText('Let op: overlapt met Feedback geven en vragen in je rooster.'));
    await screenshot(page, 'programmes-2-clash-warning');

    // The calendar file holds my three sessions, with the invitations' UIDs.
    const href = await schedule
      .getByRole('link', { name: 'Mijn rooster in mijn agenda zetten (.ics)' })
      .getAttribute('href');
    const ics = await (await page.request.get(href!)).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toMatch(/UID:event-session-[0-9a-f-]+@groeipad/);

    await page
      .getByRole('button', {
        name: 'Van helpende tot verpleegkundige: drie loopbanen uit mijn rooster halen',
      })
      .click();
    await expect.poll(() => schedule.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'programmes-3-clash-solved');

    await page.getByRole('link', { name: "Programma's" }).first().click();
    await page.getByRole('link', { name: 'Groeiweek voorjaar' }).click();
    const recap = page.getByRole('region', { name: 'Terugblik: opnames en materialen' });
    await shows(recap.getByText('Dank aan iedereen die meedeed'));
    // The keynote's recording plays right here, from the organisation's own storage (media-src 'self'):
    // the browser reads its metadata through the app's file address, and seeking asks for a range.
    const player = recap.getByLabel('Opname keynote afspelen');
    await shows(player);
    await expect
      .poll(() => player.evaluate((video: HTMLVideoElement) => video.readyState), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await player.evaluate((video: HTMLVideoElement) => video.error)).toBeNull();
    const src = await player.evaluate((video: HTMLVideoElement) => video.currentSrc);
    const slice = await page.request.get(src, { headers: { range: 'bytes=0-99' } });
    expect(slice.status()).toBe(206);
    expect(slice.headers()['content-range']).toMatch(/^bytes 0-99\//);
    await shows(recap.getByRole('link', { name: 'Spiekbrief rapporteren (pdf)' }));
    await screenshot(page, 'programmes-4-recap');
  }, 300_000);
});
