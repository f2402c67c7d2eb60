import { describe, expect, test } from 'vitest';
import { browserPerFile, callApi, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journeys for direction: a draft goal set put before the works council, two members respond (one
// anonymously), management replies and finalises, respondents see the outcome; an announcement in
// Dutch and English reaches only its unit, each reader in their own language, with the read-rate per
// unit; an employee opens the "waarom en wat" page.
const browser = browserPerFile();

const goalTitle = 'Elke collega een leermaatje';
const consultationTitle = 'Concept-doelen tweede halfjaar';
const supportComment = 'Leermaatjes helpen nieuwe collega’s enorm.';
const anonymousComment = 'Goed idee, maar wie maakt de koppeling in de avonddienst?';
const changedTeamGoal = 'Iedereen een leerdoel in het POP vóór 1 juli';
const ecdTeamGoal = 'Elke dienst een ECD-kartrekker';
const myPlanGoal = 'Kartrekker ECD worden in de avonddienst';
const outcome = 'We koppelen leermaatjes per dienst, ook in de avond. Dank voor jullie reacties!';

describe('consultation of draft goals with the works council', () => {
  test('management opens it, two members respond (one anonymously), management replies and finalises', async () => {
    // Set-up: the demo employee Zoë joins the works council.
    const owner = await browser.newPage();
    await signIn(owner, demo.owner);
    const zoe = (await callApi(owner, 'GET', '/api/v1/people?q=medewerker%40delinde.demo')).json.items[0];
    expect(
      (await callApi(owner, 'PUT', `/api/v1/people/${zoe.id}/roles`, { roles: ['works_council'] })).status,
    ).toBe(200);

    // Management writes a draft goal and puts it before the works council.
    await owner.goto('/goals');
    await owner.getByRole('button', { name: 'Nieuw organisatiedoel' }).click();
    await owner.getByLabel('Titel').fill(goalTitle);
    await owner.getByLabel('Kernresultaat').fill('Nieuwe collega’s met een leermaatje');
    await owner.getByLabel('Doel', { exact: true }).fill('100');
    await owner.getByLabel('Eenheid (%, aantal …)').fill('%');
    await owner.getByRole('button', { name: 'Opslaan' }).click();
    await shows(owner.getByRole('heading', { name: goalTitle }));
    await screenshot(owner, 'direction-goals-tree');
    await owner.goto('/consultations');
    await owner.getByRole('button', { name: 'Nieuwe raadpleging' }).click();
    await owner.getByLabel('Titel').fill(consultationTitle);
    await owner.getByLabel('Je vraag aan de groep').fill('Wat vinden jullie van dit doel?');
    await owner.getByLabel(goalTitle).check();
    await owner.getByRole('button', { name: 'Voorleggen' }).click();
    await shows(owner.getByRole('heading', { level: 1, name: consultationTitle }));
    await screenshot(owner, 'direction-consultation-opened');

    // Hatice (HR and works council) responds with her name.
    const hatice = await browser.newPage();
    await signIn(hatice, demo.hrAdmin);
    await hatice.getByRole('link', { name: 'Meedenken' }).click();
    await hatice.getByRole('link', { name: consultationTitle }).click();
    await hatice.getByLabel('Steun').check();
    await hatice.getByLabel('Toelichting').fill(supportComment);
    await hatice.getByRole('button', { name: 'Reactie versturen' }).click();
    await shows(hatice.getByText('Bedankt, je reactie is binnen.'));

    // Zoë responds anonymously; her name appears nowhere next to it.
    const member = await browser.newPage();
    await signIn(member, demo.employee);
    await member.getByRole('button', { name: /^Meldingen/ }).click();
    await member.getByRole('menuitem', { name: new RegExp(consultationTitle) }).click();
    await shows(member.getByRole('heading', { level: 1, name: consultationTitle }));
    await member.getByLabel('Zorg').check();
    await member.getByLabel('Toelichting').fill(anonymousComment);
    await member.getByLabel('Anoniem reageren').check();
    await member.getByRole('button', { name: 'Reactie versturen' }).click();
    await shows(member.getByText('Bedankt, je reactie is binnen.'));
    const anonymousItem = member.getByRole('listitem').filter({ hasText: anonymousComment });
    await shows(anonymousItem.getByText('Anoniem'));
    await lacks(anonymousItem.getByText('Zoë'));
    await screenshot(member, 'direction-consultation-anonymous-response');

    // Management sees the summary, replies to the anonymous concern and finalises.
    await owner.reload();
    const concern = owner.getByRole('listitem').filter({ hasText: anonymousComment });
    await concern.getByLabel('Antwoord').fill('We zoeken per dienst een vaste koppelaar.');
    await concern.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await shows(owner.getByText('We zoeken per dienst een vaste koppelaar.'));
    await screenshot(owner, 'direction-consultation-summary-and-reply');
    await owner.getByLabel('Wat hebben we met jullie inbreng gedaan?').fill(outcome);
    await owner.getByRole('button', { name: 'Afronden en definitief maken' }).click();
    await shows(owner.getByRole('heading', { name: 'Wat we met jullie inbreng deden' }));

    // Both respondents see the outcome; the consultation stays readable.
    for (const respondent of [hatice, member]) {
      await respondent.goto('/');
      await respondent.getByRole('button', { name: /^Meldingen/ }).click();
      await respondent.getByRole('menuitem', { name: new RegExp(outcome.slice(0, 30)) }).click();
      await shows(respondent.getByText(outcome));
      await shows(respondent.getByText('We zoeken per dienst een vaste koppelaar.'));
    }
    await screenshot(member, 'direction-consultation-outcome-for-respondent');
    // The goal is final now: the employee sees it among the goals.
    await member.goto('/goals');
    await shows(member.getByRole('heading', { name: goalTitle }));
  });
});

describe('an announcement in Dutch and English for one unit', () => {
  test('reaches only its unit, each reader in their own language, with the read-rate per unit', async () => {
    const author = await browser.newPage();
    await signIn(author, demo.ldAdmin);
    await author.goto('/announcements');
    await author.getByRole('button', { name: 'Nieuw bericht' }).click();
    await author.getByLabel('Titel (Nederlands)').fill('Nieuwe tilliften op Afdeling 1');
    await author
      .getByRole('textbox', { name: 'Tekst (Nederlands)' })
      .fill('Vanaf maandag staan er nieuwe tilliften klaar. Volg de korte instructie.');
    await author.getByLabel('Titel (Engels)').fill('New patient lifts on Ward 1');
    await author
      .getByRole('textbox', { name: 'Tekst (Engels)' })
      .fill('New patient lifts are ready from Monday. Follow the short instruction.');
    await author.getByRole('radio', { name: 'Eén of meer eenheden' }).check();
    await author.getByRole('checkbox', { name: 'Lindehof – Afdeling 1' }).check();
    await author.getByLabel("Vraag om 'gelezen en begrepen'").check();
    await author.getByRole('button', { name: 'Publiceren' }).click();
    await shows(author.getByRole('link', { name: 'Nieuwe tilliften op Afdeling 1' }));

    // Zoë (Afdeling 1, Dutch) gets it on her home page in Dutch and confirms it.
    const dutch = await browser.newPage();
    await signIn(dutch, demo.employee);
    await dutch.getByRole('link', { name: 'Nieuwe tilliften op Afdeling 1' }).click();
    await shows(dutch.getByText('Vanaf maandag staan er nieuwe tilliften klaar.'));
    await dutch.getByRole('button', { name: 'Gelezen en begrepen' }).click();
    await shows(dutch.getByText(/Je hebt dit bevestigd op/));
    await screenshot(dutch, 'direction-announcement-dutch-reader');

    // Sander (Afdeling 1) reads in English.
    const english = await browser.newPage();
    await signIn(english, demo.manager);
    try {
      expect((await callApi(english, 'PATCH', '/api/v1/me', { locale: 'en' })).status).toBe(200);
      await english.goto('/');
      await english.getByRole('link', { name: 'New patient lifts on Ward 1' }).click();
      await shows(english.getByText('New patient lifts are ready from Monday.'));
      await lacks(english.getByText('Vanaf maandag'));
      await screenshot(english, 'direction-announcement-english-reader');
    } finally {
      await callApi(english, 'PATCH', '/api/v1/me', { locale: 'nl' });
    }

    // Hatice works elsewhere: not on her home page.
    const outsider = await browser.newPage();
    await signIn(outsider, demo.hrAdmin);
    await shows(outsider.getByRole('heading', { level: 1, name: 'Welkom, Hatice' }));
    await lacks(outsider.getByRole('link', { name: 'Nieuwe tilliften op Afdeling 1' }));

    // The author sees who read it, per unit.
    await author.getByRole('link', { name: 'Nieuwe tilliften op Afdeling 1' }).click();
    const row = author.getByRole('row', { name: /Lindehof – Afdeling 1/ });
    await shows(row);
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[1]).toBe('2');
    expect(cells[2]!.trim()).not.toBe('0');
    await screenshot(author, 'direction-announcement-reach-per-unit');
  });
});

describe('management changes what they published', () => {
  test('an announcement for managers also reaches the learning ambassadors, repeated until a date', async () => {
    const author = await browser.newPage();
    await signIn(author, demo.hrAdmin);
    const created = await callApi(author, 'POST', '/api/v1/announcements', {
      translations: [
        { locale: 'nl', title: 'Gesprekkencyclus start', bodyHtml: '<p>Plan de gesprekken in.</p>' },
      ],
      audienceKind: 'roles',
      audienceRoles: ['manager'],
      publishAt: new Date().toISOString(),
    });
    expect(created.status).toBe(201);
    await author.goto(`/announcements/${created.json.id}`);
    const audience = author.getByRole('list', { name: 'Voor wie' });
    await shows(audience.getByText('Leidinggevenden'));
    await lacks(audience.getByText('Leerambassadeurs'));
    await author.getByRole('button', { name: 'Bewerken' }).click();
    await shows(author.getByRole('heading', { level: 1, name: 'Gesprekkencyclus start bewerken' }));
    await expect(author.getByRole('checkbox', { name: 'Leidinggevenden' }).isChecked()).resolves.toBe(true);
    await author.getByRole('checkbox', { name: 'Leerambassadeurs' }).check();
    await author.getByLabel('Herhalen op de startpagina').selectOption({ label: 'Duidelijk: elke week' });
    await author.getByLabel('Herhalen tot en met').fill('2027-03-31');
    await screenshot(author, 'direction-announcement-edit');
    await author.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await shows(audience.getByText('Leerambassadeurs'));
    await shows(audience.getByText('Leidinggevenden'));
    await shows(author.getByText(/Herhaalt elke 7 dagen, tot en met/));
    await screenshot(author, 'direction-announcement-edited-publication');
  });

  test('a team leader changes the wording, alignment, period and status of their team goal', async () => {
    const leader = await browser.newPage();
    await signIn(leader, demo.manager);
    await leader.goto('/goals');
    await leader
      .getByRole('button', { name: 'Iedereen een leerdoel in het POP voor de zomer wijzigen' })
      .first()
      .click();
    const form = leader.getByRole('form', {
      name: 'Iedereen een leerdoel in het POP voor de zomer wijzigen',
    });
    await form.getByLabel('Titel').fill(changedTeamGoal);
    await form.getByRole('checkbox', { name: 'Gezond en met plezier aan het werk' }).uncheck();
    await form.getByLabel('Tot en met').fill('2027-06-30');
    await form.getByLabel('Status').selectOption({ label: 'Behaald' });
    await screenshot(leader, 'direction-team-goal-edit');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await shows(leader.getByText(changedTeamGoal));
    // Now under one organisation goal only.
    await expect(leader.getByText(changedTeamGoal).count()).resolves.toBe(1);
    await screenshot(leader, 'direction-team-goal-edited');
  });
});

describe('waarom en wat', () => {
  test('an employee sees the line from the organisation’s why to their team’s goals', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    // Set-up: Zoë's plan gets a goal that serves her team's goal (the plan has its own journeys).
    const line = (await callApi(page, 'GET', '/api/v1/direction/why-and-what')).json;
    const teamGoal = line.teamGoals.find((goal: { title: string }) => goal.title === ecdTeamGoal);
    const mine = (await callApi(page, 'GET', '/api/v1/plans/mine')).json;
    const planId = mine.plan?.id ?? (await callApi(page, 'POST', '/api/v1/plans', {})).json.id;
    const added = await callApi(page, 'POST', `/api/v1/plans/${planId}/goals`, {
      title: myPlanGoal,
      servesKind: 'team_goal',
      servesId: teamGoal.id,
    });
    expect(added.status).toBe(201);
    await page.getByRole('link', { name: 'Waarom en wat' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Waarom en wat' }));
    await shows(page.getByText('Missie'));
    await shows(page.getByText(ecdTeamGoal));
    // The last link of the line: my own plan goal under the team goal it serves.
    await shows(
      page.getByRole('list', { name: `Mijn ontwikkeldoelen bij ${ecdTeamGoal}` }).getByText(myPlanGoal),
    );
    await lacks(page.getByText('Locatie Beukenhof voorbereiden op nieuwbouw'));
    const signalling = page.getByRole('list', { name: 'Vaardigheden bij Signaleren' });
    await shows(signalling.getByRole('link', { name: 'Vitale functies meten' }));
    await screenshot(page, 'direction-why-and-what');
    await signalling.getByRole('link', { name: 'Vitale functies meten' }).click();
    await page.waitForURL(/\/skills$/);
  });
});

describe('core competencies and skills', () => {
  test('management links a skill from the framework to a competency and unlinks another', async () => {
    const owner = await browser.newPage();
    await signIn(owner, demo.owner);
    await owner.goto('/direction/manage');
    await owner.getByRole('button', { name: 'Vaardigheden koppelen aan Leervermogen' }).click();
    await owner.getByLabel('Zoek een vaardigheid in het vaardighedenkader').fill('coach');
    await owner.getByRole('button', { name: "Coachen van collega's koppelen" }).click();
    await owner.getByRole('button', { name: 'Zelfreflectie ontkoppelen' }).click();
    await screenshot(owner, 'direction-competency-skill-picker');
    await owner.getByRole('button', { name: 'Vaardigheden opslaan' }).click();
    const linked = owner.getByRole('list', { name: 'Vaardigheden bij Leervermogen' });
    await shows(linked.getByRole('link', { name: "Coachen van collega's" }));
    await lacks(linked.getByRole('link', { name: 'Zelfreflectie' }));
  });

  test('L&D sees in the organisation gaps which demand comes from a core competency', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    await page.goto('/skills/organisation');
    const row = page.getByRole('row', { name: /Vitale functies meten/ });
    await shows(row.getByText('kerncompetentie Signaleren (niveau 3)'));
    await screenshot(page, 'skills-organisation-gaps-sources');
  });
});
