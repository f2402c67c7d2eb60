import { defineModule } from '../../core/module.ts';
import { sendConversationReminders } from './conversation-reminders.job.ts';
import { conversationsPersonalData } from './conversations.personal-data.ts';
import { conversationRoutes } from './conversations.routes.ts';
import { cycleRoutes } from './cycles.routes.ts';

export const conversationsModule = defineModule({
  name: 'conversations',
  personalData: conversationsPersonalData,
  routes: (deps) => [cycleRoutes(deps), conversationRoutes(deps)],
  // Every morning: reminders for conversations coming up and preparation not yet done.
  jobs: [{ name: 'conversations.reminders', cron: '0 6 * * *', run: sendConversationReminders }],
});
