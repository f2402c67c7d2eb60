import { defineEvents, type Events } from '../../core/events.ts';

/** What conversations, cycles and templates record (words for each in the web app's audit.actions). */
export const conversationEvents = defineEvents({
  'conversation.preparation_saved': 'conversation',
  'conversation.preparation_shared': 'conversation',
  'conversation.meeting_planned': 'conversation',
  'conversation.updated': 'conversation',
  'conversation.action_agreed': 'conversation',
  'conversation.action_removed': 'conversation',
  'conversation.signed': 'conversation',
  'conversation.signed_by_both': 'conversation',
  'conversation.reopen_requested': 'conversation',
  'conversation.reopened': 'conversation',
  'conversation_cycle.created': 'conversation_cycle',
  'conversation_template.changed': 'conversation_template',
  'conversation_template.reset': 'conversation_template',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof conversationEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /** One side signed a conversation (told after commit); `signedByBoth` when it is now locked. */
    'conversations.signed': {
      conversationId: string;
      cycleId: string;
      employeeId: string;
      managerId: string;
      side: 'employee' | 'manager';
      signedByBoth: boolean;
    };
  }
}
