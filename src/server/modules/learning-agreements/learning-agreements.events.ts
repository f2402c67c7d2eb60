import { defineEvents, type Events } from '../../core/events.ts';

/** What a learning agreement's audit trail records (words for each in the web app's audit.actions). */
export const learningAgreementEvents = defineEvents({
  'learning_agreement.created': 'learning_agreement',
  'learning_agreement.agreed': 'learning_agreement',
  'learning_agreement.followup_asked': 'learning_agreement',
  'learning_agreement.followup_answered': 'learning_agreement',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof learningAgreementEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /** The learner answered a follow-up ("I applied it"), the first time for that day: recognition celebrates it. */
    'learning_agreements.applied': {
      personId: string;
      agreementId: string;
      day: 30 | 60 | 90;
      title: string;
    };
  }
}
