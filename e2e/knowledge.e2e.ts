import { describe, expect, test } from 'vitest';
import { browserPerFile, callApi, demo, screenshot, shows, signIn } from './support.ts';

// Journeys for the knowledge space: "wat ik geleerd heb" from a finished item, seen on the item page;
// a question that gets an answer and the asker marks it best; a script in a post never runs.
const browser = browserPerFile();

const learnedTitle = 'Dichte schoenen voorkomen vallen';
const questionTitle = 'Hoe noteer ik een bijna-val in het ECD?';
const answerText = 'Onder Incidenten, kies MIC en vink bijna-incident aan.';

describe('the knowledge space', () => {
  test('Zoë shares what she learned from a finished item and sees it on the item page', async () => {
    const zoe = await browser.newPage();
    await signIn(zoe, demo.employee);
    // Set-up: Zoë finishes "Vallen voorkomen bij ouderen".
    const search = await callApi(zoe, 'GET', '/api/v1/catalogue?q=Vallen%20voorkomen%20bij%20ouderen');
    const item = search.json.items.find(
      (entry: { title: string }) => entry.title === 'Vallen voorkomen bij ouderen',
    );
    expect(item).toBeTruthy();
    await callApi(zoe, 'POST', '/api/v1/learning/enrolments', { type: 'content', id: item.id });
    expect((await callApi(zoe, 'POST', `/api/v1/learning/items/${item.id}/done`, {})).status).toBe(200);

    await zoe.goto(`/learning/items/${item.id}`);
    await shows(zoe.getByRole('heading', { name: "Wat collega's hiervan leerden" }));
    await zoe.getByRole('link', { name: 'Deel wat jij leerde' }).click();
    await shows(zoe.getByRole('heading', { level: 1, name: 'Wat ik geleerd heb' }));
    await zoe.getByLabel('Titel').fill(learnedTitle);
    await zoe.getByRole('textbox', { name: 'Toelichting' }).fill('Open sloffen zijn het grootste risico.');
    await zoe.getByLabel('Hoe pas je het toe?').fill('Ik vraag familie bij de intake om dichte schoenen.');
    await screenshot(zoe, 'knowledge-learned-form');
    await zoe.getByRole('button', { name: 'Delen' }).click();
    await shows(zoe.getByRole('heading', { level: 1, name: learnedTitle }));
    await shows(zoe.getByText('Geleerd bij: Vallen voorkomen bij ouderen'));
    await screenshot(zoe, 'knowledge-learned-post');

    await zoe.goto(`/learning/items/${item.id}`);
    await shows(zoe.getByRole('link', { name: learnedTitle }));
    await shows(zoe.getByText('Zo pas ik het toe: Ik vraag familie bij de intake om dichte schoenen.'));
    await screenshot(zoe, 'knowledge-item-page-colleagues-learned');
  });

  test('Zoë asks a question, Sander answers, Zoë marks the best answer', async () => {
    const zoe = await browser.newPage();
    await signIn(zoe, demo.employee);
    await zoe.goto('/knowledge');
    await shows(zoe.getByRole('heading', { level: 1, name: 'Kennisruimte' }));
    await screenshot(zoe, 'knowledge-feed');
    await zoe.getByRole('link', { name: 'Iets delen' }).click();
    await zoe.getByLabel('Soort', { exact: true }).selectOption('question');
    await zoe.getByLabel('Je vraag in één zin').fill(questionTitle);
    await zoe.getByRole('textbox', { name: 'Toelichting' }).fill('Ik kan het formulier niet vinden.');
    await zoe.getByRole('button', { name: 'Delen' }).click();
    await shows(zoe.getByRole('heading', { level: 1, name: questionTitle }));
    const postUrl = zoe.url();

    const sander = await browser.newPage();
    await signIn(sander, demo.manager);
    await sander.goto(postUrl);
    await sander.getByRole('textbox', { name: 'Jouw antwoord' }).fill(answerText);
    await sander.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await shows(sander.getByText(answerText));
    // Only the asker may mark the best answer.
    expect(await sander.getByRole('button', { name: 'Markeer als beste antwoord' }).count()).toBe(0);

    await zoe.reload();
    await zoe.getByRole('button', { name: 'Markeer als beste antwoord' }).click();
    await shows(zoe.getByTestId('answer').filter({ hasText: 'Beste antwoord' }));
    await screenshot(zoe, 'knowledge-best-answer');
    await zoe.goto('/knowledge?kind=question');
    await shows(zoe.getByTestId('post-card').filter({ hasText: questionTitle }).getByText('Beantwoord'));
  });

  test('a script in a post or an answer never runs', async () => {
    const zoe = await browser.newPage();
    await signIn(zoe, demo.employee);
    const spaces = (await callApi(zoe, 'GET', '/api/v1/knowledge/spaces')).json;
    const created = await callApi(zoe, 'POST', '/api/v1/knowledge/posts', {
      spaceId: spaces[0].id,
      kind: 'tip',
      title: 'Een tip met een verrassing',
      bodyHtml:
        '<p>Hallo<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"><a href="javascript:window.__xss=3">klik</a></p>',
    });
    expect(created.status).toBe(201);
    expect(created.json.wasSanitised).toBe(true);
    await callApi(zoe, 'POST', `/api/v1/knowledge/posts/${created.json.post.id}/comments`, {
      bodyHtml: '<p onclick="window.__xss = 4">Antwoord<svg onload="window.__xss = 5"></svg></p>',
    });
    await zoe.goto(`/knowledge/posts/${created.json.post.id}`);
    await shows(zoe.getByRole('heading', { level: 1, name: 'Een tip met een verrassing' }));
    await zoe.getByText('klik').click();
    await zoe.getByText('Antwoord', { exact: true }).click();
    expect(await zoe.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await zoe.locator('script:not([src])').count()).toBe(0);
    await screenshot(zoe, 'knowledge-sanitised-post');
  });
});
