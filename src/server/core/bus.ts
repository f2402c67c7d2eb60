import type { FastifyBaseLogger } from 'fastify';
import type { OrgContext } from './context.ts';

/**
 * What happened, told to other modules after the change committed (people changed → audience rules).
 * Modules add their events by declaration merging; listeners are wired from module manifests.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the modules
export interface DomainEvents {}
export type DomainEventName = keyof DomainEvents & string;
export type Listener<K extends DomainEventName> = (
  ctx: OrgContext,
  payload: DomainEvents[K],
) => Promise<unknown>;

export type Bus = {
  on<K extends DomainEventName>(event: K, name: string, listener: Listener<K>): void;
  /** Tells every listener in turn; a failing listener is logged and never fails the change. */
  publish<K extends DomainEventName>(ctx: OrgContext, event: K, payload: DomainEvents[K]): Promise<void>;
};

export function createBus(log: FastifyBaseLogger): Bus {
  // Listeners by name, so wiring twice replaces instead of doubling.
  const listeners = new Map<string, Map<string, Listener<DomainEventName>>>();
  return {
    on(event, name, listener) {
      const named = listeners.get(event) ?? new Map();
      named.set(name, listener as Listener<DomainEventName>);
      listeners.set(event, named);
    },
    async publish(ctx, event, payload) {
      for (const [name, listener] of listeners.get(event) ?? []) {
        try {
          await listener(ctx, payload as DomainEvents[DomainEventName]);
        } catch (error) {
          log.error({ err: error, event, listener: name }, 'event listener failed');
        }
      }
    },
  };
}
