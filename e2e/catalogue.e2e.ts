import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { sampleVtt } from '../src/server/modules/files/media.samples.ts';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: L&D builds a short course (article, video with captions, quiz), publishes it and assigns it
// to a team; an employee of that team finds it (with a typo), watches part of the video, leaves, comes
// back and resumes at the same second, fails and then passes the quiz, finishes the course and opens
// the certificate's verification link signed out.
const browser = browserPerFile();
const videoFile = new URL('../src/server/demo/media/demo-video.webm', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'groeipad-e2e-media-'));
const captionsFile = join(folder, 'mondzorg-ondertitels.vtt');
writeFileSync(captionsFile, sampleVtt(['Welkom bij de video over mondzorg.', 'Poets ochtend en avond.']));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function newItem(page: Page, kind: string, title: string) {
  await page.goto('/admin/catalogue');
  await page.getByLabel('Soort').selectOption(kind);
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Duur in minuten').fill('5');
  await page.getByLabel('Onderwerpen').fill('Mondzorg');
}

async function saveAndPublish(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await shows(page.getByRole('heading', { level: 1, name: heading }));
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await shows(page.getByText('Gepubliceerd', { exact: true }));
}

/** The video element's state, as the browser has it. */
const mediaTime = (page: Page) =>
  page.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime);

describe('catalogue and learning', () => {
  test('L&D builds and assigns a course; an employee learns, passes and gets a certificate', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);

    await newItem(ld, 'article', 'Mondzorg bij ouderen');
    // Text pasted from elsewhere keeps its paragraphs but not its script or event handlers.
    const body = ld.getByRole('textbox', { name: 'Tekst' });
    await body.click();
    await body.evaluate((editor) => {
      const clipboard = new DataTransfer();
      clipboard.setData(
        'text/html',
        // No inline event handler here: the page's CSP refuses one even while the editor parses it away.
        '<p>Poets twee keer per dag.</p><script>alert("x")</script><p>Let op het gebit.</p>',
      );
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true }));
    });
    await shows(body.getByText('Let op het gebit.'));
    expect(await body.innerHTML()).not.toMatch(/script|alert/);
    await ld.getByRole('button', { name: 'Vet' }).click();
    await body.pressSequentially(' Elke dag.');
    await ld.getByRole('button', { name: 'Opslaan' }).click();
    await shows(ld.getByRole('heading', { level: 1, name: 'Mondzorg bij ouderen' }));
    await screenshot(ld, 'catalogue-1-article-rich-text');
    await ld.getByRole('button', { name: 'Publiceren' }).click();
    await shows(ld.getByText('Gepubliceerd', { exact: true }));

    await newItem(ld, 'video', 'Video: mondzorg in de praktijk');
    await ld.getByLabel('Video (mp4 of webm)').setInputFiles(videoFile);
    await shows(ld.getByText('Bestand geüpload.'));
    await ld.getByLabel('Ondertiteling (WebVTT)').setInputFiles(captionsFile);
    await shows(ld.getByText('Bestand geüpload.').nth(1));
    await saveAndPublish(ld, 'Video: mondzorg in de praktijk');

    await newItem(ld, 'quiz', 'Toets mondzorg');
    await ld.getByLabel('Slagingspercentage').fill('100');
    await ld.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await ld.getByLabel('Vraag', { exact: true }).fill('Hoe vaak poets je per dag?');
    await ld.getByLabel('Antwoord 1', { exact: true }).fill('Twee keer');
    await ld.getByLabel('Feedback bij antwoord 1').fill('Klopt, ochtend en avond.');
    await ld.getByLabel('Antwoord 2', { exact: true }).fill('Eén keer');
    await ld.getByLabel('Feedback bij antwoord 2').fill('Te weinig: twee keer per dag.');
    await screenshot(ld, 'catalogue-2-quiz-builder');
    await saveAndPublish(ld, 'Toets mondzorg');

    await ld.goto('/admin/catalogue/courses/new');
    await ld.getByLabel('Titel', { exact: true }).fill('Mondzorg in de praktijk');
    await ld.getByLabel('Samenvatting').fill('Een korte cursus over mondzorg bij ouderen.');
    for (const module of [
      'Mondzorg bij ouderen (Artikel, Gepubliceerd)',
      'Video: mondzorg in de praktijk (Video, Gepubliceerd)',
      'Toets mondzorg (Toets, Gepubliceerd)',
    ])
      await ld.getByLabel('Module toevoegen').selectOption({ label: module });
    await ld.getByRole('button', { name: 'Opslaan' }).click();
    await shows(ld.getByRole('heading', { level: 1, name: 'Mondzorg in de praktijk' }));
    await ld.getByRole('button', { name: 'Publiceren' }).click();
    await ld.getByRole('button', { name: 'Toewijzen' }).click();
    await ld
      .getByLabel('Afdelingen en teams (met onderliggende teams)')
      .selectOption({ label: 'Lindehof – Afdeling 1' });
    await ld.getByLabel('Klaar vóór').fill('2030-06-30');
    await ld.getByRole('dialog').getByRole('button', { name: 'Toewijzen' }).click();
    await shows(ld.getByText(/mensen bereikt/));
    await screenshot(ld, 'catalogue-3-course-assigned');

    // The employee searches with a typo and finds the course.
    const learner = await browser.newPage();
    await signIn(learner, demo.employee);
    await learner.goto('/learning/catalogue');
    await learner.getByRole('searchbox', { name: 'Zoeken' }).fill('mondzrog');
    await learner.getByRole('button', { name: 'Zoeken' }).click();
    // Other journeys on the same server may add mondzorg learning of their own (a SCORM package).
    await shows(learner.getByRole('heading', { name: /^\d+ resultaten$/ }));
    await shows(learner.getByRole('link', { name: 'Mondzorg in de praktijk' }));
    await screenshot(learner, 'catalogue-4-search-with-typo');

    await learner.goto('/learning');
    await shows(learner.getByRole('link', { name: 'Mondzorg in de praktijk' }));
    await learner.getByRole('link', { name: 'Mondzorg in de praktijk' }).click();
    // The outline's link (the Start button opens the same module).
    await learner.getByRole('link', { name: 'Mondzorg bij ouderen' }).first().click();
    await shows(learner.getByText('Poets twee keer per dag.'));
    await shows(learner.locator('strong', { hasText: 'Elke dag.' }));
    expect(await learner.locator('script').filter({ hasText: 'alert' }).count()).toBe(0);
    await learner.getByRole('button', { name: 'Markeer als gedaan' }).click();
    await shows(learner.getByText('Goed gedaan, dit onderdeel is af!'));
    await screenshot(learner, 'catalogue-5-celebration');

    // Watch for a while, leave, come back: the player resumes at the same second, captions on.
    await learner.goBack();
    await learner.getByRole('link', { name: 'Video: mondzorg in de praktijk' }).first().click();
    await learner.locator('video').evaluate(async (video: HTMLVideoElement) => {
      video.muted = true;
      await video.play();
      video.currentTime = 7;
      await new Promise((resolve) => setTimeout(resolve, 300));
      video.pause();
    });
    expect(
      await learner
        .locator('video')
        .evaluate((video: HTMLVideoElement) => video.videoWidth > 0 && video.textTracks[0]?.mode),
    ).toBe('showing');
    await screenshot(learner, 'catalogue-6-video-captions');
    await learner.waitForTimeout(800);
    await learner.goto('/');
    await shows(learner.getByRole('link', { name: /Verder vanaf 0:0[78]/ }));
    await learner.getByRole('link', { name: /Verder vanaf/ }).click();
    await shows(learner.getByTestId('resume-note'));
    await learner.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) >= 7);
    const resumedAt = await mediaTime(learner);
    expect(resumedAt).toBeGreaterThanOrEqual(7);
    expect(resumedAt).toBeLessThan(8.5);
    await screenshot(learner, 'catalogue-7-resume');
    await learner.locator('video').evaluate(async (video: HTMLVideoElement) => {
      video.muted = true;
      await video.play();
      video.currentTime = video.duration - 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      video.pause();
    });
    await shows(learner.getByText('Goed gedaan, dit onderdeel is af!'));

    // Fail the quiz, then pass it: the course is finished.
    await learner.goto('/learning');
    await learner.getByRole('link', { name: 'Mondzorg in de praktijk' }).click();
    await learner.getByRole('link', { name: 'Toets mondzorg' }).first().click();
    await learner.getByLabel('Eén keer').check();
    await learner.getByRole('button', { name: 'Antwoorden insturen' }).click();
    await shows(learner.getByText('Te weinig: twee keer per dag.'));
    await shows(learner.getByText(/Je score is 0%/));
    await screenshot(learner, 'catalogue-8-quiz-failed');
    await learner.getByLabel('Twee keer').check();
    await learner.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await shows(learner.getByText('Geslaagd met 100%!'));
    await shows(learner.getByRole('heading', { name: /Je hebt "Mondzorg in de praktijk" afgerond!/ }));
    await screenshot(learner, 'catalogue-9-course-finished');

    // The certificate's verification link works for anyone, signed out.
    await learner.goto('/learning');
    const verification = learner.getByRole('link', { name: 'Controlelink' }).first();
    const href = await learner
      .getByRole('listitem')
      .filter({ hasText: 'Mondzorg in de praktijk' })
      .getByRole('link', { name: 'Controlelink' })
      .getAttribute('href');
    expect(href).toMatch(/^\/certificates\/verify\//);
    await shows(verification);
    await screenshot(learner, 'catalogue-10-my-learning');
    const stranger = await browser.newPage();
    await stranger.goto(href as string);
    await shows(stranger.getByText('Dit certificaat is echt'));
    await shows(stranger.getByText('Mondzorg in de praktijk'));
    await screenshot(stranger, 'catalogue-11-certificate-verified');
  });

  test('a manager assigns a course to his team, follows it, and finds the later steps of his ordered path locked', async () => {
    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager.goto('/learning/catalogue?q=dementie&format=course');
    await manager.getByRole('link', { name: 'Zorg voor mensen met dementie' }).click();
    // The course builds on communication, which he has not done: he sees what to finish first.
    await shows(manager.getByRole('status').getByRole('link', { name: 'Goed communiceren in de zorg' }));
    await manager.getByRole('button', { name: 'Toewijzen aan mijn team' }).click();
    await manager.getByLabel('Lieke van Rijn').check();
    await manager.getByLabel('Klaar vóór').fill('2030-01-31');
    await manager.getByRole('dialog').getByRole('button', { name: 'Toewijzen' }).click();
    await shows(manager.getByText('Toegewezen aan 1 persoon.'));
    await screenshot(manager, 'catalogue-12-manager-assigns');
    await manager.goto('/team/learning');
    await shows(manager.getByRole('heading', { name: 'Lieke van Rijn' }));
    await screenshot(manager, 'catalogue-13-team-learning');

    // His leadership path is ordered: the webinar waits for the course that comes first.
    await manager.goto('/learning/catalogue?q=leiderschap&format=path');
    await manager.getByRole('link', { name: 'Leiderschap voor nieuwe leidinggevenden' }).click();
    await shows(manager.getByText('Op slot').first());
    await screenshot(manager, 'catalogue-14-ordered-path');
    await manager.getByRole('link', { name: 'Webinar Situationeel leidinggeven (extern)' }).first().click();
    await shows(manager.getByText('Dit is nog op slot'));
    expect(await manager.getByRole('button', { name: 'Markeer als gedaan' }).count()).toBe(0);
    await screenshot(manager, 'catalogue-15-locked-step');
    await manager
      .getByRole('status')
      .getByRole('link', { name: 'Leiderschap voor nieuwe leidinggevenden' })
      .click();
    await shows(manager.getByRole('heading', { level: 1, name: 'Leiderschap voor nieuwe leidinggevenden' }));
    await shows(manager.getByRole('link', { name: 'Je eerste 100 dagen als leidinggevende' }));
  });
});
