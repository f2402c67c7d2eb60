import type { TenantDb } from '../../../db/tenant.ts';

declare module '../../../core/ports.ts' {
  interface Ports {
    /**
     * Who holds any of these job roles, and which of the ids are no job role of the organisation. Job
     * roles are skills', and skills builds on catalogue, so skills provides it for audience rules.
     */
    jobRoleHolders(
      tenant: TenantDb,
      jobRoleIds: readonly string[],
    ): Promise<{ personIds: string[]; unknownIds: string[] }>;
  }
}
