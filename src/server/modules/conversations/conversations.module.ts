import { defineModule } from '../../core/module.ts';
import { conversationRoutes } from './conversations.routes.ts';
import { cycleRoutes } from './cycles.routes.ts';

export const conversationsModule = defineModule({
  name: 'conversations',
  routes: (deps) => [cycleRoutes(deps), conversationRoutes(deps)],
});
