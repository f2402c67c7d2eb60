// biome-ignore-all lint/suspicious/noExplicitAny: ltijs has no types
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import ltijs from 'ltijs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { ltijsMemoryDatabase } from '../src/server/modules/lti/ltijs-memory-db.test-support.ts';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey (issue 19): a real LTI tool (ltijs, in this test process) is registered by L&D through
// Dynamic Registration in the browser, set to open embedded; a learner opens the external-tool item,
// the tool receives the launch inside Groeipad's page and sends a grade back through AGS, and the item
// shows as finished in Mijn leren. afterAll archives the item and removes what it can.
const browser = browserPerFile();

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
const toolPort = await freePort();
const toolUrl = `http://127.0.0.1:${toolPort}`;
// Unique per run: a journey run that stopped half-way may have left a registration of the same tool.
const toolName = `Oefenlab ${Date.now().toString(36)}`;
const lti = new (ltijs.Provider as any).constructor();
lti.setup('e2e-tool-encryption-key', { plugin: ltijsMemoryDatabase() } as never, {
  cookies: { secure: false, sameSite: '' },
  devMode: false,
  dynReg: { url: toolUrl, name: toolName, autoActivate: true },
});
const grades: unknown[] = [];
lti.onConnect(async (token: Record<string, any>, _req: unknown, res: any) => {
  await lti.Grade.submitScore(token, token.platformContext.endpoint.lineitem, {
    userId: token.user,
    scoreGiven: 8,
    scoreMaximum: 10,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
  });
  grades.push(token.user);
  return res.send(
    `<!doctype html><html lang="nl"><body><h1>Oefenlab</h1><p>Hallo ${token.userInfo?.name ?? 'anoniem'}, je score (8 van 10) is naar Groeipad gestuurd.</p></body></html>`,
  );
});
await lti.deploy({ serverless: true, silent: true });
const toolServer: Server = createServer(lti.app);
await new Promise<void>((resolve) => toolServer.listen(toolPort, '127.0.0.1', resolve));

async function api(page: Page, method: 'post' | 'put' | 'delete', url: string, data: unknown = {}) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const response = await page.request[method](url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.status() === 204 ? null : response.json();
}

let ld: Page | undefined;
let contentId: string | undefined;
// Undo: the item is archived (items are never deleted), at the end of the journey while its pages are
// open (the browser is closed by browserPerFile's own afterAll); the tool stays registered.
const archiveItem = async () => {
  if (ld && contentId)
    await api(ld, 'post', `/api/v1/catalogue/items/${contentId}/status`, { status: 'archived' });
  contentId = undefined;
};
afterAll(async () => {
  await archiveItem().catch(() => undefined);
  await new Promise((resolve) => toolServer.close(resolve));
});

describe('LTI launch with a real tool', () => {
  test('dynamic registration → embedded launch → grade back → finished in Mijn leren', async () => {
    ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/admin/lti');
    const dynamic = ld.getByRole('region', { name: 'Tool registreren met zijn registratie-adres' });
    await dynamic.getByLabel('Registratie-adres van de tool').fill(`${toolUrl}/register`);
    await dynamic.getByLabel('Wat de tool over de deelnemer weet').selectOption('name');
    const popup = ld.waitForEvent('popup');
    await dynamic.getByRole('button', { name: 'Registratie starten' }).click();
    await (await popup).waitForLoadState();
    await shows(dynamic.getByText('Tool geregistreerd via dynamische registratie.'));
    await screenshot(ld, 'lti-launch-1-dynamic-registration');

    const tool = ld.getByRole('region', { name: toolName, exact: true });
    await shows(tool.getByText('Dynamische registratie'));
    await tool.getByLabel('Openen als').selectOption('iframe');
    const tools = await (await ld.request.get('/api/v1/lti/tools')).json();
    const registered = tools.find((candidate: { name: string }) => candidate.name === toolName);
    await expect
      .poll(async () => {
        const again = await (await ld!.request.get(`/api/v1/lti/tools/${registered.id}`)).json();
        return again.presentation;
      })
      .toBe('iframe');
    const item = await api(ld, 'post', '/api/v1/lti/items', {
      toolId: registered.id,
      title: 'Oefenlab: veilig tillen',
    });
    contentId = item.contentId as string;
    await api(ld, 'post', `/api/v1/catalogue/items/${contentId}/status`, { status: 'published' });

    const learner = await browser.newPage();
    await signIn(learner, demo.employee);
    await learner.goto(`/learning/lti/${contentId}`);
    await shows(learner.getByRole('heading', { level: 1, name: 'Oefenlab: veilig tillen', exact: true }));
    await learner.getByRole('button', { name: `Openen in ${toolName}` }).click();
    const frame = learner.frameLocator(`iframe[title="${toolName} (ingebed)"]`).frameLocator('iframe');
    await shows(frame.getByText('je score (8 van 10) is naar Groeipad gestuurd'));
    expect(grades).toHaveLength(1);
    await screenshot(learner, 'lti-launch-2-embedded-tool');

    await learner.goto('/learning');
    await shows(learner.getByRole('heading', { level: 1, name: 'Mijn leren', exact: true }));
    const finished = learner.getByRole('region', { name: 'Afgerond', exact: true });
    await shows(finished.getByText('Oefenlab: veilig tillen'));
    await screenshot(learner, 'lti-launch-3-finished');
    await archiveItem();
    // Two people, a popup and a real tool round trip: longer than the default on a busy machine.
  }, 300_000);
});
