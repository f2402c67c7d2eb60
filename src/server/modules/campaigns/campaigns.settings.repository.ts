import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import type { NudgeKind } from './campaigns.schemas.ts';

// The organisation's campaign settings (cap, quiet hours, nudge kinds, sealed webhook) and each
// person's nudge opt-outs.

export const settingsOf = (tenant: TenantDb) =>
  tenant
    .selectFrom('campaign_settings')
    .select([
      'weekly_cap',
      sql<string>`to_char(quiet_from, 'HH24:MI')`.as('quiet_from'),
      sql<string>`to_char(quiet_until, 'HH24:MI')`.as('quiet_until'),
      'nudge_kinds',
      'webhook_kind',
      'webhook_url_sealed',
      'webhook_secret_sealed',
      'content_languages',
    ])
    .executeTakeFirst();
export type SettingsRow = NonNullable<Awaited<ReturnType<typeof settingsOf>>>;

export const defaultSettings: SettingsRow = {
  weekly_cap: 3,
  quiet_from: '18:00',
  quiet_until: '08:00',
  nudge_kinds: [
    'not_started',
    'stalled',
    'due_soon',
    'agreement_followup',
    'block_tomorrow',
    'teammate_finished',
  ],
  webhook_kind: null,
  webhook_url_sealed: null,
  webhook_secret_sealed: null,
  content_languages: [],
};

export async function saveSettings(tenant: TenantDb, values: SettingsRow) {
  await tenant
    .insertInto('campaign_settings', { ...values, updated_at: new Date() })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ ...values, updated_at: new Date() } as never),
    )
    .execute();
}

// —— opt-outs

export const optOutsOf = async (tenant: TenantDb, personId: string) =>
  (
    await tenant.selectFrom('nudge_opt_outs').select('nudge_kind').where('person_id', '=', personId).execute()
  ).map((row) => row.nudge_kind as NudgeKind);

export const allOptOuts = async (tenant: TenantDb) =>
  new Set(
    (await tenant.selectFrom('nudge_opt_outs').select(['person_id', 'nudge_kind']).execute()).map(
      (row) => `${row.person_id}:${row.nudge_kind}`,
    ),
  );

export async function replaceOptOuts(tenant: TenantDb, personId: string, kinds: NudgeKind[]) {
  await tenant.deleteFrom('nudge_opt_outs').where('person_id', '=', personId).execute();
  if (kinds.length)
    await tenant
      .insertInto(
        'nudge_opt_outs',
        kinds.map((kind) => ({ person_id: personId, nudge_kind: kind })),
      )
      .execute();
}

// —— the language a person reads messages in (beside the interface's nl/en)

export const contentLanguageOf = async (tenant: TenantDb, personId: string) =>
  (
    await tenant
      .selectFrom('person_content_languages')
      .select('language')
      .where('person_id', '=', personId)
      .executeTakeFirst()
  )?.language ?? null;

export async function setContentLanguage(tenant: TenantDb, personId: string, language: string | null) {
  if (language === null) {
    await tenant.deleteFrom('person_content_languages').where('person_id', '=', personId).execute();
    return;
  }
  await tenant
    .insertInto('person_content_languages', { person_id: personId, language, updated_at: new Date() })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'person_id']).doUpdateSet({ language, updated_at: new Date() } as never),
    )
    .execute();
}

/** The content languages of some people who chose one (the others read their interface language). */
export async function contentLanguagesOf(tenant: TenantDb, personIds: string[]) {
  if (!personIds.length) return new Map<string, string>();
  const rows = await tenant
    .selectFrom('person_content_languages')
    .select(['person_id', 'language'])
    .where(sql<boolean>`person_id = ANY(${personIds}::uuid[])`)
    .execute();
  return new Map(rows.map((row) => [row.person_id, row.language]));
}

/** The port other modules read content languages through (core/content-languages.ts). */
export const contentLanguages = {
  enabledLanguages: async (tenant: TenantDb) =>
    ((await settingsOf(tenant)) ?? defaultSettings).content_languages,
  readersLanguages: contentLanguagesOf,
};
