import { defineEvents, type Events } from '../../core/events.ts';

/**
 * What talent reviews record in the audit trail. Never the content: no boxes, answers, advice, reasons
 * or flight risk — only that something happened and to which round or review.
 */
export const talentEvents = defineEvents({
  'talent_round.drafted': 'talent_round',
  'talent_round.questions_changed': 'talent_round',
  'talent_round.opened': 'talent_round',
  'talent_round.signed_off': 'talent_round',
  'talent_round.reopened': 'talent_round',
  'talent_round.path_assigned': 'talent_round',
  'talent_review.saved': 'talent_review',
  'talent_review.moved': 'talent_review',
  'talent_proposal.accepted': 'talent_proposal',
  'talent_proposal.declined': 'talent_proposal',
  'talent_settings.changed': 'organisation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof talentEvents> {}
}
