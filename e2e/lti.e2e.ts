import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey (screens only; a real tool launch is covered by the server tests with ltijs): L&D opens the
// LTI admin page, sees what to give the tool, registers a tool and adds an external-tool item from it.
const browser = browserPerFile();

describe('LTI tools', () => {
  test('L&D registers a tool and adds an external-tool item to the catalogue', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'LTI-tools' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'LTI-tools', exact: true }));
    await shows(page.getByRole('heading', { name: 'Groeipad als platform', exact: true }));
    await screenshot(page, 'lti-1-platform-details');

    const register = page.getByRole('region', { name: 'Tool registreren', exact: true });
    await register.getByLabel('Naam').fill('Zorgsimulaties');
    await register.getByLabel('Login-startadres').fill('https://tool.example.org/lti/login');
    await register.getByLabel('Startadres', { exact: true }).fill('https://tool.example.org/lti/launch');
    await register.getByLabel('Adres om content te kiezen').fill('https://tool.example.org/lti/deep-link');
    await register
      .getByLabel('Publieke sleutels van de tool (JWKS-adres)')
      .fill('https://tool.example.org/lti/jwks');
    await register.getByLabel('Wat de tool over de deelnemer weet').selectOption('name');
    await screenshot(page, 'lti-2-register-form');
    await register.getByRole('button', { name: 'Tool registreren' }).click();
    await shows(register.getByText('Tool geregistreerd. Vul de client-ID en deployment-ID in bij de tool.'));

    const tool = page.getByRole('region', { name: 'Zorgsimulaties' });
    await shows(tool.getByText('Client-ID'));
    await tool.getByLabel('Titel van het nieuwe catalogus-item').fill('Simulatie: medicatie aftekenen');
    await tool.getByRole('button', { name: 'Externe-tool-item toevoegen' }).click();
    await shows(tool.getByText('Als concept aan de catalogus toegevoegd.'));
    expect(await register.getByLabel('Naam').inputValue()).toBe('');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'lti-3-tool-registered');
  });
});
