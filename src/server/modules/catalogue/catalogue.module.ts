import { organisationContext } from '../../core/context.ts';
import { defineModule } from '../../core/module.ts';
import { onPeopleChanged } from '../people/index.ts';
import { catalogueRoutes } from './catalogue.routes.ts';
import { applyAllRules, applyRules } from './rules/rules.service.ts';

export const catalogueModule = defineModule({
  name: 'catalogue',
  routes: catalogueRoutes,
  // Audience rules enrol people as soon as they are created, imported or changed; the 15-minute job
  // stays the backstop (for facts that change with time: start dates, reports).
  listen: (bus, { log }) =>
    onPeopleChanged('catalogue.audience-rules', async ({ db, organisationId, personIds }) => {
      if (!personIds.length) return;
      try {
        await applyRules(organisationContext({ db, organisationId, log, bus }), { among: personIds });
      } catch (error) {
        log.error({ err: error }, 'audience rules on change failed');
      }
    }),
  jobs: [{ name: 'catalogue.audience-rules', cron: '*/15 * * * *', run: (deps) => applyAllRules(deps) }],
});
