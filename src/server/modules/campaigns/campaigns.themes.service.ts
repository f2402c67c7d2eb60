import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { subjectTitles } from '../catalogue/index.ts';
import { assertEnabled, storedTranslations } from './campaigns.languages.ts';
import type { ThemeInput } from './campaigns.schemas.ts';
import { defaultSettings, settingsOf } from './campaigns.settings.repository.ts';
import { starterThemes } from './campaigns.starter.ts';
import { findTheme } from './campaigns.themes.repository.ts';

// The themes calendar's changes: L&D adds, changes and removes themes, or starts from the starter set.

const assertManages = (ctx: Ctx) => assertCan(ctx.auth, 'catalogue.manage');
async function validateTheme(ctx: Ctx, input: ThemeInput) {
  if (input.endsOn < input.startsOn)
    throw invalidField('endsOn', 'must be on or after the start', 'afterStart');
  if (Date.parse(input.endsOn) - Date.parse(input.startsOn) > 366 * 86_400_000)
    throw invalidField('endsOn', 'a theme lasts a year at most', 'tooLong');
  if (input.learning.length) {
    const titles = await subjectTitles(ctx.db, input.learning, ctx.locale);
    const missing = input.learning.findIndex((subject) => !titles.has(`${subject.type}:${subject.id}`));
    if (missing >= 0) throw invalidField(`learning.${missing}.id`, 'no such learning', 'unknownReference');
  }
  if (input.translations?.length) {
    const enabled = new Set(((await settingsOf(ctx.db)) ?? defaultSettings).content_languages);
    assertEnabled(enabled, input.translations, 'translations');
  }
}

const themeColumns = (input: ThemeInput) => ({
  name_nl: input.nameNl,
  name_en: input.nameEn,
  description_nl: input.descriptionNl,
  description_en: input.descriptionEn,
  starts_on: input.startsOn,
  ends_on: input.endsOn,
  recurrence: input.recurrence,
  learning: JSON.stringify(input.learning),
  translations: storedTranslations(input.translations),
});

export async function addTheme(ctx: Ctx, input: ThemeInput) {
  assertManages(ctx);
  await validateTheme(ctx, input);
  return runChange(ctx, async (tx) => {
    const row = await tx.db
      .insertInto('campaign_themes', themeColumns(input))
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({ action: 'campaign.theme_added', subjectId: row.id, changes: { name: input.nameNl } });
    return row.id;
  });
}

export async function changeTheme(ctx: Ctx, id: string, input: ThemeInput) {
  assertManages(ctx);
  await validateTheme(ctx, input);
  await runChange(ctx, async (tx) => {
    if (!(await findTheme(tx.db, id))) throw notFound('Theme');
    await tx.db
      .updateTable('campaign_themes')
      .set({ ...themeColumns(input), reminded_for: null })
      .where('id', '=', id)
      .execute();
    tx.record({ action: 'campaign.theme_changed', subjectId: id, changes: { name: input.nameNl } });
  });
}

export async function removeTheme(ctx: Ctx, id: string) {
  assertManages(ctx);
  await runChange(ctx, async (tx) => {
    const theme = await findTheme(tx.db, id);
    if (!theme) throw notFound('Theme');
    await tx.db.deleteFrom('campaign_themes').where('id', '=', id).execute();
    tx.record({ action: 'campaign.theme_removed', subjectId: id, changes: { name: theme.name_nl } });
  });
}

/** The starter set (nl + en), added once: themes already added from it are left alone. */
export async function addStarterThemes(ctx: Ctx) {
  assertManages(ctx);
  return runChange(ctx, async (tx) => {
    const added = await tx.db
      .insertInto(
        'campaign_themes',
        starterThemes.map((theme) => ({
          name_nl: theme.nameNl,
          name_en: theme.nameEn,
          description_nl: theme.descriptionNl,
          description_en: theme.descriptionEn,
          starts_on: theme.startsOn,
          ends_on: theme.endsOn,
          recurrence: 'yearly',
          starter_key: theme.key,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'starter_key']).where('starter_key', 'is not', null).doNothing(),
      )
      .returning('id')
      .execute();
    for (const row of added)
      tx.record({ action: 'campaign.theme_added', subjectId: row.id, changes: { starter: true } });
    return added.length;
  });
}
