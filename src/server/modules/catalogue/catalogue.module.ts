import { defineModule } from '../../core/module.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { cataloguePersonalData } from './catalogue.personal-data.ts';
import { catalogueRoutes } from './catalogue.routes.ts';
import { progressFromStatements } from './learning/statement-progress.service.ts';
import { applyAllRules, applyRules } from './rules/rules.service.ts';

export const catalogueModule = defineModule({
  name: 'catalogue',
  personalData: cataloguePersonalData,
  routes: catalogueRoutes,
  // Audience rules enrol people as soon as they are created, imported or changed; the 15-minute job
  // stays the backstop (for facts that change with time: start dates, reports).
  // The bus logs a failure and never fails the people change itself.
  listen: (bus, { db, log, config }) => {
    bus.on('people.changed', 'catalogue.audience-rules', async ({ organisationId, personIds }) => {
      await applyRules(await organisationContextOf({ db, log, bus }, organisationId), { among: personIds });
    });
    // Outside content reports through the LRS (xAPI); a person's statements about an item move its progress.
    bus.on('xapi.statements_linked', 'catalogue.progress', async ({ organisationId, statements }) => {
      const ctx = await organisationContextOf({ db, log, bus }, organisationId);
      await progressFromStatements(ctx, { statements, baseUrl: config.baseUrl });
    });
  },
  jobs: [{ name: 'catalogue.audience-rules', cron: '*/15 * * * *', run: (deps) => applyAllRules(deps) }],
});
