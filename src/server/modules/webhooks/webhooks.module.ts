import { defineModule } from '../../core/module.ts';
import { deliverDue } from './webhooks.delivery.ts';
import './webhooks.events.ts';
import { listenForWebhooks } from './webhooks.listen.ts';
import { webhookRoutes } from './webhooks.routes.ts';

/** Outgoing webhooks, signed per Standard Webhooks, retried with backoff (issue 20). */
export const webhooksModule = defineModule({
  name: 'webhooks',
  routes: webhookRoutes,
  listen: (bus, deps) => listenForWebhooks(bus, deps),
  // Every minute: messages whose (next) attempt is due.
  jobs: [{ name: 'webhooks.deliver', cron: '* * * * *', run: (deps) => deliverDue(deps) }],
});
