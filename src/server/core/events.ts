/**
 * The audit event catalogue, next to the error catalogue: every action a change may record and the
 * kind of thing it is about. Each module declares its own with `defineEvents` and adds them to this
 * interface by declaration merging, so `tx.record({ action })` only accepts a known action:
 *
 *   export const planEvents = defineEvents({ 'development_plan.created': 'development_plan' });
 *   declare module '../../core/events.ts' { interface EventCatalogue extends Events<typeof planEvents> {} }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the modules
export interface EventCatalogue {}

export type EventAction = keyof EventCatalogue & string;
/** The shape modules merge in: action → subject type. */
export type Events<T extends Record<string, string>> = { [A in keyof T]: T[A] };

export type AuditEvent = {
  action: EventAction;
  subjectId?: string | null;
  /** What changed (before/after, counts); never secrets. */
  changes?: Record<string, unknown>;
};

const subjects = new Map<string, string>();

/** Registers a module's actions (action → subject type) and returns them for its type. */
export function defineEvents<const T extends Record<string, string>>(events: T): T {
  for (const [action, subject] of Object.entries(events)) subjects.set(action, subject);
  return events;
}

/** The subject type of an action; an action nobody defined is a programming error. */
export function subjectTypeOf(action: string): string {
  const subject = subjects.get(action);
  if (!subject) throw new Error(`Audit action "${action}" is not in the event catalogue.`);
  return subject;
}

/** Every defined action, for the catalogue test (each has words in nl and en). */
export function definedActions(): ReadonlyMap<string, string> {
  return subjects;
}
