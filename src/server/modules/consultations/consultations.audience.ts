import type { TenantDb } from '../../db/tenant.ts';
import type { Auth } from '../access/index.ts';
import { type AudienceRule, audienceMembers, isInAudience, unitLineOf } from '../direction/index.ts';

type Audience = { audience_kind: string; audience_unit_ids: string[] };

export function ruleOf(consultation: Audience): AudienceRule {
  switch (consultation.audience_kind) {
    case 'works_council':
      return { kind: 'roles', unitIds: [], roles: ['works_council'] };
    case 'ambassadors':
      return { kind: 'roles', unitIds: [], roles: ['ambassador'] };
    case 'units':
      return { kind: 'units', unitIds: consultation.audience_unit_ids, roles: [] };
    default:
      return { kind: 'everyone', unitIds: [], roles: [] };
  }
}

/** Pass `knownUnitLine` when checking many consultations for one person. */
export async function isInConsultationAudience(
  tenant: TenantDb,
  auth: Auth,
  consultation: Audience,
  knownUnitLine?: string[],
) {
  if (auth.kind !== 'person') return false;
  const rule = ruleOf(consultation);
  const unitLine = rule.kind === 'units' ? (knownUnitLine ?? (await unitLineOf(tenant, auth.personId))) : [];
  return isInAudience(rule, { unitLine, roles: auth.roles });
}

export const consultationAudience = (tenant: TenantDb, consultation: Audience) =>
  audienceMembers(tenant, ruleOf(consultation));
