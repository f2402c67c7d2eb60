import type { TenantDb } from '../../../db/tenant.ts';

declare module '../../../core/ports.ts' {
  interface Ports {
    /**
     * Current learning ambassadors whose topics include the skill, with the headline of their
     * profile: they belong in the mentor finder. The knowledge module (ambassadors) builds on
     * skills, so it provides this.
     */
    ambassadorsOnSkill(tenant: TenantDb, skillId: string): Promise<{ personId: string; headline: string }[]>;
  }
}
