import type { TenantDb } from '../../db/tenant.ts';

/** An event session someone has a seat in, as their calendar feed shows it. */
export type CalendarSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  sequence: number;
  isCancelled: boolean;
};

declare module '../../core/ports.ts' {
  interface Ports {
    /**
     * The sessions a person has a seat in (upcoming and recent), for their calendar feed. Events book
     * learning time through learning time's index, so the events module provides this port.
     */
    calendarSessionsOf(tenant: TenantDb, personId: string, since: Date): Promise<CalendarSession[]>;
  }
}
