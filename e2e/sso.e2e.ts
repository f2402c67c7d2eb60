import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type JourneyIdp, startJourneyIdp } from './sso-idp.ts';
import { baseUrl, browserPerFile, demo, demoPassword, lacks, screenshot, shows, signIn } from './support.ts';

// Journey: the owner connects the organisation's OpenID provider (a real `oidc-provider` on 127.0.0.1,
// started here; scripts/e2e.ts lets this server reach it), an employee signs in through it, and with
// "SSO verplicht" the password sign-in says to use the organisation account. Afterwards SSO is
// switched off again (afterAll) so the other journeys sign in with passwords as before.
const browser = browserPerFile();
const slug = 'de-linde-demo';
const screenshotDir = new URL('./screenshots/', import.meta.url).pathname;
let idp: JourneyIdp;

beforeAll(async () => {
  idp = await startJourneyIdp({ redirectUris: [`${baseUrl}/sso/${slug}/oidc/callback`] });
});
afterAll(async () => {
  // Back to passwords for the other journeys, also when a step above failed (the owner is break-glass).
  const owner = await openSettings(demo.owner);
  await owner.getByLabel('Wachtwoorden').selectOption('optional');
  await owner.getByLabel('Single sign-on aan').uncheck();
  await owner.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await shows(owner.getByText('Opgeslagen.'));
  await idp.close();
});

async function openSettings(email: string) {
  const page = await browser.newPage();
  await signIn(page, email);
  await page.goto('/admin/sso');
  await shows(page.getByRole('heading', { level: 1, name: 'Single sign-on', exact: true }));
  return page;
}

describe('single sign-on', () => {
  test('the owner connects the IdP, an employee signs in with it, and SSO required stops passwords', async () => {
    const owner = await openSettings(demo.owner);
    await owner.getByLabel('Naam op de knop').fill('De Linde-account');
    await owner.getByLabel('Issuer (discovery-adres)').fill(idp.issuer);
    await owner.getByLabel('Client-ID').fill(idp.clientId);
    await owner.getByLabel('Client-secret').fill(idp.clientSecret);
    await owner.getByLabel('E-maildomeinen').fill('delinde.demo');
    await owner.getByLabel('Single sign-on aan').check();
    await owner.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await shows(owner.getByText('Opgeslagen.'));
    await owner.getByRole('button', { name: 'Verbinding testen' }).click();
    await shows(owner.getByText('De verbinding werkt.'));
    await owner.evaluate(() => window.scrollTo(0, 0));
    await screenshot(owner, 'sso-1-owner-settings');

    // The employee types their address: the domain finds the organisation's button.
    const person = await browser.newPage();
    await person.goto('/sign-in');
    await person.getByLabel('E-mailadres').fill(demo.employee);
    const button = person.getByRole('link', { name: 'Inloggen met De Linde-account' });
    await shows(button);
    await screenshot(person, 'sso-2-sign-in-button');
    await button.click();

    // The IdP's own login page (not Groeipad's: no accessibility check of ours).
    await shows(person.getByRole('heading', { name: 'De Linde-account' }));
    await person.getByLabel('E-mailadres').fill(demo.employee);
    await person.getByLabel('Wachtwoord').fill('wachtwoord-bij-de-idp');
    await person.screenshot({ path: `${screenshotDir}sso-3-idp-login.png`, fullPage: true });
    await person.getByRole('button', { name: 'Aanmelden bij De Linde' }).click();
    await shows(person.getByRole('heading', { level: 1, name: /^Welkom, / }));
    await screenshot(person, 'sso-4-signed-in-with-sso');

    // SSO required: the owner keeps a password as break-glass; everyone else must use the IdP.
    await owner.getByLabel('Wachtwoorden').selectOption('required');
    await owner
      .getByRole('group', { name: 'Noodtoegang met wachtwoord' })
      .getByRole('checkbox')
      .first()
      .check();
    await owner.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await shows(owner.getByText('Opgeslagen.'));
    await owner.evaluate(() => window.scrollTo(0, 0));
    await screenshot(owner, 'sso-5-owner-sso-required');

    const other = await browser.newPage();
    await other.goto('/sign-in');
    await other.getByLabel('E-mailadres').fill(demo.manager);
    await other.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
    // Wait for the password's answer: the e-mail's domain already shows the IdP's notice before it.
    const refused = other.waitForResponse((answer) => answer.url().endsWith('/api/v1/auth/sign-in'));
    await other.getByRole('button', { name: 'Inloggen', exact: true }).click();
    expect((await refused).status()).toBe(403);
    await other.waitForFunction(() => !document.querySelector('button[aria-busy]'));
    await shows(other.getByText('Je organisatie heeft wachtwoorden uitgezet: log in met De Linde-account.'));
    await lacks(
      other.getByText('Je organisatie laat je inloggen met je organisatie-account; wachtwoorden staan uit.'),
    );
    await shows(other.getByRole('link', { name: 'Inloggen met De Linde-account' }));
    await screenshot(other, 'sso-6-password-refused-sso-required');
  });
});
