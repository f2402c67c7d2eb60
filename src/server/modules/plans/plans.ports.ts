import type { Expression } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

declare module '../../core/ports.ts' {
  interface Ports {
    /**
     * The answered follow-ups of a person's learning agreements, newest first, as a subquery the plan
     * embeds in its one statement. Learning agreements build on plans, so they provide it.
     */
    answeredFollowupsQuery(
      tenant: TenantDb,
      personId: string,
    ): Expression<{
      agreement_id: string;
      title: string;
      day: number;
      answer: string | null;
      answered_at: Date | null;
    }>;
  }
}
