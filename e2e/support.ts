import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

// Shared by the journeys: the server scripts/e2e.ts started, Debian's Chromium, sign-in, screenshots,
// and an accessibility check (axe-core) of every page a journey shows: a violation fails the test.

export const baseUrl = process.env.E2E_BASE_URL ?? '';
if (!baseUrl) throw new Error('E2E_BASE_URL is not set: run the journeys with `npm run test:e2e`');

export const demoPassword = 'groeipad-demo';
export const demo = {
  owner: 'bestuurder@delinde.demo',
  hrAdmin: 'hr@delinde.demo',
  ldAdmin: 'leren@delinde.demo',
  manager: 'teamleider@delinde.demo',
  employee: 'medewerker@delinde.demo',
} as const;

const screenshotDir = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(screenshotDir, { recursive: true });

// Without the background-networking flags Chromium keeps calling out, and this machine refuses that.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser per journey file, closed after its tests; each test opens its own context. */
export function browserPerFile(): { newPage(options?: { locale?: string }): Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    });
  });
  // A failed test leaves a picture of every page it had open, to see what the browser saw.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const pages = contexts.flatMap((context) => context.pages());
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      for (const [index, page] of pages.entries()) await screenshot(page, `FAILED-${name}-${index + 1}`);
    }
    for (const context of contexts.splice(0)) await context.close();
    // The server's Content-Security-Policy must not get in the way of anything a journey did.
    expect(cspViolations.splice(0), 'Content Security Policy violations in the browser').toEqual([]);
    expect(accessibilityViolations.splice(0), 'axe-core violations on the pages visited').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async newPage({ locale = 'nl-NL' } = {}) {
      if (!browser) throw new Error('browser not launched');
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale,
        viewport: { width: 1280, height: 860 },
      });
      context.setDefaultTimeout(15_000);
      context.on('console', (message) => {
        if (message.text().includes('Content Security Policy'))
          cspViolations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
      });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** Every page a journey pictures is checked for accessibility too (see checkAccessibility). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
  if (!name.startsWith('FAILED-')) await checkAccessibility(page);
}

const accessibilityViolations: string[] = [];
const checkedOnce = new Set<string>();

/**
 * Runs axe-core (every rule of its default set: WCAG 2.x A/AA and best practices) on the page as it is
 * now. Violations are collected and fail the test at its end, so one run names all of them. `once`
 * skips a page this journey file already checked (the sign-in page before every sign-in).
 */
export async function checkAccessibility(page: Page, { once = false } = {}): Promise<void> {
  const where = new URL(page.url()).pathname;
  // The API reference is Scalar's page, not the app's: its own project answers for it.
  if (where.startsWith('/api/')) return;
  if (once && checkedOnce.has(where)) return;
  checkedOnce.add(where);
  // A SCORM package's own pages are the author's, not the app's (like the API reference above).
  const { violations } = await new AxeBuilder({ page }).exclude('iframe[data-package-frame]').analyze();
  for (const violation of violations) {
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
    accessibilityViolations.push(
      `${where}: ${violation.id} (${violation.impact}) ${violation.help}; ${violation.nodes.length}× e.g. ${targets.join(' | ')}`,
    );
  }
}

/** Signs in through the form (Dutch labels, as a fresh nl-NL browser shows them) and waits for home. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Inloggen' }).waitFor();
  await checkAccessibility(page, { once: true });
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await shows(page.getByRole('heading', { level: 1, name: /^(Welkom|Welcome), / }));
  await checkAccessibility(page);
}

/** Waits until the element is visible (playwright-core has no `expect`; a timeout fails the test). */
export async function shows(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** Asserts the element is not on the page; call it after something that proves the page has rendered. */
export async function lacks(locator: Locator): Promise<void> {
  expect(await locator.count(), `expected no ${locator}`).toBe(0);
}

/** A call to the API as the signed-in person in this page (for set-up steps that are not the journey). */
export async function callApi(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = await (await fetch('/api/v1/me')).json();
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, url, body },
  );
}
