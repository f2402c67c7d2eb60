import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records of the learning record store (words in the web app's audit.actions). */
export const xapiEvents = defineEvents({
  'xapi_credential.created': 'xapi_credential',
  'xapi_credential.revoked': 'xapi_credential',
  'xapi_actor.matched': 'xapi_actor',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof xapiEvents> {}
}

/** A statement that is now linked to a person and is about a catalogue item. */
export type LinkedStatement = {
  id: string;
  personId: string;
  verbId: string;
  catalogue: { kind: string; id: string };
  /** What the result says about progress, when it says anything. */
  completion: boolean | null;
  success: boolean | null;
  /** 0–100, from the cmi5 progress extension. */
  progress: number | null;
};

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /**
     * Statements about catalogue items that now belong to a person: stored from outside through
     * /xapi/, or linked later when L&D matches their actor. Catalogue progress follows them.
     */
    'xapi.statements_linked': { statements: LinkedStatement[] };
  }
}
