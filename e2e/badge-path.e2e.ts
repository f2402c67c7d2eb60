import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey for badges (issue 16): L&D makes a short learning path and a badge for finishing it; Zoë
// finishes the path's last step in the browser and the badge is on her recognition page, named and
// with what it was for. Then L&D takes the badge back on the badges page, with a reason, and it is gone
// from Zoë's page. L&D's path, item and badge are archived in afterAll.
const browser = browserPerFile();
const run = Date.now().toString(36);
const itemTitle = `Handhygiëne in vijf momenten ${run}`;
const pathTitle = `Leerpad handhygiëne ${run}`;
const badgeName = `Handhygiëne op orde ${run}`;

async function sendJson(page: Page, method: 'post' | 'patch', url: string, data?: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const response = await page.request[method](url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  return { status: response.status(), json: await response.json().catch(() => null) };
}

const undo: { itemId?: string; pathId?: string; badgeId?: string } = {};
afterAll(async () => {
  if (!undo.itemId && !undo.pathId && !undo.badgeId) return;
  const ld = await browser.newPage();
  await signIn(ld, demo.ldAdmin);
  if (undo.badgeId) await sendJson(ld, 'patch', `/api/v1/badges/${undo.badgeId}`, { archived: true });
  if (undo.pathId)
    await sendJson(ld, 'post', `/api/v1/catalogue/paths/${undo.pathId}/status`, { status: 'archived' });
  if (undo.itemId)
    await sendJson(ld, 'post', `/api/v1/catalogue/items/${undo.itemId}/status`, { status: 'archived' });
}, 120_000);

describe('badges', () => {
  test('finishing a learning path earns its badge, visible on the recognition page', {
    timeout: 240_000,
  }, async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    const item = await sendJson(ld, 'post', '/api/v1/catalogue/items', {
      kind: 'article',
      durationMinutes: 5,
      versions: [
        { language: 'nl', title: itemTitle, summary: 'De vijf momenten', bodyHtml: '<p>Vijf momenten.</p>' },
      ],
    });
    expect(item.status).toBe(201);
    undo.itemId = item.json.id;
    expect(
      (await sendJson(ld, 'post', `/api/v1/catalogue/items/${undo.itemId}/status`, { status: 'published' }))
        .status,
    ).toBe(200);
    const path = await sendJson(ld, 'post', '/api/v1/catalogue/paths', {
      language: 'nl',
      title: pathTitle,
      steps: [{ kind: 'content', id: undo.itemId }],
    });
    expect(path.status).toBe(201);
    undo.pathId = path.json.id;
    expect(
      (await sendJson(ld, 'post', `/api/v1/catalogue/paths/${undo.pathId}/status`, { status: 'published' }))
        .status,
    ).toBe(200);
    const badge = await sendJson(ld, 'post', '/api/v1/badges', {
      name: badgeName,
      description: 'Rondde het leerpad handhygiëne af.',
      criteriaNarrative: `Rond alle stappen van "${pathTitle}" af.`,
      criteriaKind: 'path_completed',
      criteriaSubjectId: undo.pathId,
      criteriaCount: 1,
    });
    expect(badge.status).toBe(201);
    undo.badgeId = badge.json.id;
    await ld.goto('/recognition/badges');
    await shows(ld.getByText(badgeName));
    await screenshot(ld, 'badge-path-1-ld-badge');

    // Zoë starts the path and finishes its one step on the item's page.
    const zoe = await browser.newPage();
    await signIn(zoe, demo.employee);
    expect(
      (await sendJson(zoe, 'post', '/api/v1/learning/enrolments', { type: 'path', id: undo.pathId })).status,
    ).toBeLessThan(300);
    await zoe.goto('/recognition');
    await shows(zoe.getByRole('heading', { name: 'Badges', exact: true }));
    expect(await zoe.getByText(badgeName).count()).toBe(0);
    await zoe.goto(`/learning/items/${undo.itemId}`);
    await shows(zoe.getByRole('heading', { level: 1, name: itemTitle, exact: true }));
    await zoe.getByRole('button', { name: 'Markeer als gedaan' }).click();
    await screenshot(zoe, 'badge-path-2-item-done');

    // The badge is hers, in words: its name and what it was for.
    await zoe.goto('/recognition');
    const badges = zoe.getByRole('region', { name: 'Badges', exact: true });
    await shows(badges.getByText(badgeName));
    await shows(
      badges.getByText('Rondde het leerpad handhygiëne af.').or(badges.getByText(pathTitle)).first(),
    );
    await screenshot(zoe, 'badge-path-3-recognition');
  });

  test('L&D takes the badge back with a reason, and it is gone from her page', {
    timeout: 120_000,
  }, async () => {
    expect(undo.badgeId).toBeTruthy();
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/recognition/badges');
    const card = ld.getByRole('region', { name: badgeName, exact: true });
    await card.getByText('Wie heeft hem (1)').click();
    const reason = card.getByRole('textbox', { name: /Waarom trek je hem in bij/ });
    await shows(reason);
    await screenshot(ld, 'badge-path-4-holders');
    await reason.fill('Per vergissing: het leerpad is door een ander afgerond.');
    await card.getByRole('button', { name: 'Trek in' }).click();
    await shows(card.getByRole('status').getByText(/De badge is ingetrokken bij/));
    await shows(card.getByText('Nog niemand heeft deze badge.'));
    await screenshot(ld, 'badge-path-5-revoked');

    const zoe = await browser.newPage();
    await signIn(zoe, demo.employee);
    await zoe.goto('/recognition');
    await shows(zoe.getByRole('heading', { name: 'Badges', exact: true }));
    await zoe.waitForLoadState('networkidle');
    expect(await zoe.getByRole('region', { name: 'Badges', exact: true }).getByText(badgeName).count()).toBe(
      0,
    );
    await screenshot(zoe, 'badge-path-6-gone');
  });
});
