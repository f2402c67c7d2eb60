import type { FastifyBaseLogger } from 'fastify';

/**
 * What happened, told to other modules after the change committed (people changed → audience rules).
 * Modules add their events by declaration merging; listeners are wired from module manifests.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the modules
export interface DomainEvents {}
export type DomainEventName = keyof DomainEvents & string;
/** What a listener is told: which organisation, and the event's own facts. */
export type Published<K extends DomainEventName> = DomainEvents[K] & { organisationId: string };
export type Listener<K extends DomainEventName> = (event: Published<K>) => Promise<unknown>;

export type Bus = {
  on<K extends DomainEventName>(event: K, name: string, listener: Listener<K>): void;
  /** Tells every listener in turn; a failing listener is logged and never fails the change. */
  publish<K extends DomainEventName>(event: K, published: Published<K>): Promise<void>;
};

export function createBus(log: FastifyBaseLogger): Bus {
  // Listeners by name, so wiring twice replaces instead of doubling.
  const listeners = new Map<string, Map<string, (event: unknown) => Promise<unknown>>>();
  return {
    on(event, name, listener) {
      const named = listeners.get(event) ?? new Map();
      named.set(name, listener as (event: unknown) => Promise<unknown>);
      listeners.set(event, named);
    },
    async publish(event, published) {
      for (const [name, listener] of listeners.get(event) ?? []) {
        try {
          await listener(published);
        } catch (error) {
          log.error({ err: error, event, listener: name }, 'event listener failed');
        }
      }
    },
  };
}
