import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { browserPerFile, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journey (a): each role signs in and lands on a home made for them.
const browser = browserPerFile();

const parts = (page: Page) => {
  const main = page.getByRole('main');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  return {
    figures: main.getByRole('heading', { name: /in cijfers$/ }),
    ownerCard: main.getByRole('heading', { name: 'Beheer van de organisatie' }),
    teamCard: main.getByRole('heading', { name: 'Mijn team' }),
    myDevelopment: main.getByRole('heading', { name: 'Mijn ontwikkeling' }),
    adminMenu: menu.getByRole('heading', { name: 'Beheer' }),
    importLink: menu.getByRole('link', { name: 'Importeren' }),
    outboxLink: menu.getByRole('link', { name: 'Verzonden e-mail' }),
    settingsLink: menu.getByRole('link', { name: 'Organisatie-instellingen' }),
    teamLink: menu.getByRole('link', { name: 'Teamoverzicht' }),
  };
};

describe('home per role', () => {
  test('the owner sees the organisation in figures and the owner’s administration', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.owner);
    const home = parts(page);
    await shows(page.getByRole('heading', { level: 1, name: 'Welkom, Marieke' }));
    await shows(home.figures);
    await shows(home.ownerCard);
    await shows(home.settingsLink);
    await shows(home.importLink);
    await screenshot(page, 'home-owner');
  });

  test('the HR admin sees the figures and the import, but not the owner’s settings', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    const home = parts(page);
    await shows(page.getByRole('heading', { level: 1, name: 'Welkom, Hatice' }));
    await shows(home.figures);
    await shows(home.importLink);
    await lacks(home.ownerCard);
    await lacks(home.settingsLink);
    await screenshot(page, 'home-hr-admin');
  });

  test('the L&D admin sees the figures and the outbox, but cannot import people', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    const home = parts(page);
    await shows(page.getByRole('heading', { level: 1, name: 'Welkom, Joost' }));
    await shows(home.figures);
    await shows(home.outboxLink);
    await lacks(home.importLink);
    await lacks(home.ownerCard);
    await screenshot(page, 'home-ld-admin');
  });

  test('the manager sees their team, and no organisation figures or administration', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    const home = parts(page);
    await shows(page.getByRole('heading', { level: 1, name: 'Welkom, Sander' }));
    await shows(home.teamCard);
    await shows(home.teamLink);
    await lacks(home.figures);
    await lacks(home.adminMenu);
    await screenshot(page, 'home-manager');
  });

  test('the employee sees their own development only', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    const home = parts(page);
    await shows(page.getByRole('heading', { level: 1, name: 'Welkom, Zoë' }));
    await shows(home.myDevelopment);
    await lacks(home.teamCard);
    await lacks(home.figures);
    await lacks(home.adminMenu);
    await lacks(home.teamLink);
    await screenshot(page, 'home-employee');
  });
});
