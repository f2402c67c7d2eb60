import { defineModule } from '../../core/module.ts';
import { deliverDue } from './webhooks.delivery.ts';
import './webhooks.events.ts';
import { unitChannelRoutes } from './unit-channels.routes.ts';
import { listenForUnitChannels, postDueToChannels } from './unit-channels.ts';
import { listenForWebhooks } from './webhooks.listen.ts';
import { webhookRoutes } from './webhooks.routes.ts';

/** Outgoing webhooks, signed per Standard Webhooks, retried with backoff (issue 20). */
export const webhooksModule = defineModule({
  name: 'webhooks',
  routes: (deps) => [webhookRoutes(deps), unitChannelRoutes(deps)],
  listen: (bus, deps) => {
    listenForWebhooks(bus, deps);
    listenForUnitChannels(bus, deps);
  },
  // Every minute: messages whose (next) attempt is due, and Teams/Slack posts of the unit channels.
  jobs: [
    { name: 'webhooks.deliver', cron: '* * * * *', run: (deps) => deliverDue(deps) },
    { name: 'webhooks.unit-channels', cron: '* * * * *', run: (deps) => postDueToChannels(deps) },
  ],
});
