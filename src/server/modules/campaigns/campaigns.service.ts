import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { resolveReferences } from '../../core/references.ts';
import { AppError, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { createAnnouncement } from '../announcements/index.ts';
import { assertAudienceUnits, subjectTitles } from '../catalogue/index.ts';
import './campaigns.events.ts';
import { peopleInCampaign } from './campaigns.audience.ts';
import { markClicked, recordSighting } from './campaigns.contacts.repository.ts';
import { assertEnabled, storedTranslations, type Translations } from './campaigns.languages.ts';
import { findCampaign, findLiveMessage, messagesOf, replaceMessages } from './campaigns.repository.ts';
import { phaseEnd } from './campaigns.rules.ts';
import type { CampaignInput, NudgeKind, SettingsInput } from './campaigns.schemas.ts';
import { seal } from './campaigns.secrets.ts';
import {
  defaultSettings,
  replaceOptOuts,
  saveSettings,
  setContentLanguage,
  settingsOf,
} from './campaigns.settings.repository.ts';
import { listThemes } from './campaigns.themes.repository.ts';

const assertManages = (ctx: Ctx) => assertCan(ctx.auth, 'catalogue.manage');

/** Dates in order, messages inside their phase, learning and goal that exist: a 400 names the field. */
async function validateCampaign(ctx: Ctx, input: CampaignInput) {
  if (input.singFrom < input.startsOn)
    throw invalidField('singFrom', 'must be on or after the start', 'afterStart');
  if (input.shoutFrom < input.singFrom)
    throw invalidField('shoutFrom', 'must be on or after sing', 'afterStart');
  if (input.endsOn < input.shoutFrom) throw invalidField('endsOn', 'must be on or after shout', 'afterStart');
  if (input.audience.jobRoleIds.length)
    throw invalidField('audience.jobRoleIds', 'campaigns reach units and roles', 'unsupported');
  input.messages.forEach((message, index) => {
    const dates = input;
    const from =
      message.phase === 'hum' ? dates.startsOn : message.phase === 'sing' ? dates.singFrom : dates.shoutFrom;
    const until = phaseEnd(dates, message.phase);
    if (message.sendOn < from || message.sendOn > until)
      throw invalidField(
        `messages.${index}.sendOn`,
        `must fall in the ${message.phase} phase (${from} – ${until})`,
        'outOfRange',
      );
  });
  await assertEnabledLanguages(ctx, input);
  await assertAudienceUnits(ctx.db, input.audience, 'audience');
  if (input.promoted.length) {
    const titles = await subjectTitles(ctx.db, input.promoted, ctx.locale);
    const missing = input.promoted.findIndex((subject) => !titles.has(`${subject.type}:${subject.id}`));
    if (missing >= 0) throw invalidField(`promoted.${missing}.id`, 'no such learning', 'unknownReference');
  }
  if (input.goal) {
    const found =
      input.goal.kind === 'theme'
        ? (await listThemes(ctx.db)).some((theme) => theme.id === input.goal!.id)
        : (
            await resolveReferences(
              ctx.db,
              [input.goal as { kind: 'organisation_goal' | 'skill'; id: string }],
              { auth: ctx.auth, locale: ctx.locale },
            )
          ).size > 0;
    if (!found) throw invalidField('goal.id', 'no such goal, skill or theme', 'unknownReference');
  }
}

/** Texts only in languages the organisation enabled, each once (nl/en have their own fields). */
async function assertEnabledLanguages(ctx: Ctx, input: CampaignInput) {
  // Callers inside the server (the demo) may leave translations out.
  if (!input.messages.some((message) => message.translations?.length)) return;
  const enabled = new Set(((await settingsOf(ctx.db)) ?? defaultSettings).content_languages);
  input.messages.forEach((message, index) => {
    assertEnabled(enabled, message.translations, `messages.${index}.translations`);
  });
}

const campaignColumns = (input: CampaignInput) => ({
  title: input.title,
  goal_kind: input.goal?.kind ?? null,
  goal_id: input.goal?.id ?? null,
  audience: JSON.stringify(input.audience),
  starts_on: input.startsOn,
  sing_from: input.singFrom,
  shout_from: input.shoutFrom,
  ends_on: input.endsOn,
  promoted: JSON.stringify(input.promoted),
});

const messageColumns = (input: CampaignInput) =>
  input.messages.map((message) => ({
    phase: message.phase,
    channel: message.channel,
    send_on: message.sendOn,
    title_nl: message.titleNl,
    body_nl: message.bodyNl,
    title_en: message.titleEn,
    body_en: message.bodyEn,
    link: message.link,
    translations: storedTranslations(message.translations),
  }));

export async function createCampaign(ctx: Ctx, input: CampaignInput) {
  assertManages(ctx);
  await validateCampaign(ctx, input);
  return runChange(ctx, async (tx) => {
    const row = await tx.db
      .insertInto('campaigns', { ...campaignColumns(input), created_by: personIdOrNull(ctx) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceMessages(tx.db, row.id, messageColumns(input));
    tx.record({ action: 'campaign.created', subjectId: row.id, changes: { title: input.title } });
    return row.id;
  });
}

const personIdOrNull = (ctx: Ctx) => (ctx.auth.kind === 'person' ? ctx.auth.personId : null);

async function draftFor(tx: { db: Ctx['db'] }, id: string) {
  const campaign = await findCampaign(tx.db, id, { forUpdate: true });
  if (!campaign) throw notFound('Campaign');
  return campaign;
}

/** A draft is rewritten as a whole; a launched campaign only stops. */
export async function updateCampaign(ctx: Ctx, id: string, input: CampaignInput) {
  assertManages(ctx);
  await validateCampaign(ctx, input);
  await runChange(ctx, async (tx) => {
    const campaign = await draftFor(tx, id);
    if (campaign.status !== 'draft')
      throw new AppError('conflict', 'A launched campaign cannot be changed; stop it and make a new one.');
    await tx.db
      .updateTable('campaigns')
      .set({ ...campaignColumns(input), updated_at: tx.now() })
      .where('id', '=', id)
      .execute();
    await replaceMessages(tx.db, id, messageColumns(input));
    tx.record({ action: 'campaign.changed', subjectId: id, changes: { title: input.title } });
  });
}

export async function deleteCampaign(ctx: Ctx, id: string) {
  assertManages(ctx);
  await runChange(ctx, async (tx) => {
    const campaign = await draftFor(tx, id);
    if (campaign.status !== 'draft')
      throw new AppError('conflict', 'Only a draft can be deleted; stop it instead.');
    await tx.db.deleteFrom('campaigns').where('id', '=', id).execute();
    tx.record({ action: 'campaign.deleted', subjectId: id, changes: { title: campaign.title } });
  });
}

const announcementRoles = new Set([
  'manager',
  'ld_admin',
  'hr_admin',
  'coach',
  'ambassador',
  'works_council',
  'owner',
]);

/**
 * Launch: the messages go out on their days from now on. Announcement messages are scheduled as
 * announcements for the same audience (announcements' own use case) in one change.
 */
export async function launchCampaign(ctx: Ctx, id: string) {
  assertManages(ctx);
  await runChange(ctx, async (tx) => {
    const campaign = await draftFor(tx, id);
    if (campaign.status !== 'draft') throw new AppError('conflict', 'This campaign was launched already.');
    if (campaign.ends_on < tx.today()) throw invalidField('endsOn', 'the campaign has ended already', 'past');
    const audience = campaign.audience as CampaignInput['audience'];
    // The message's other languages go along, as far as the organisation still writes in them.
    const enabled = new Set(((await settingsOf(tx.db)) ?? defaultSettings).content_languages);
    for (const message of await messagesOf(tx.db, id)) {
      if (message.channel !== 'announcement') continue;
      const others = Object.entries((message.translations ?? {}) as Translations)
        .filter(([language]) => enabled.has(language))
        .map(([language, text]) => ({
          locale: language,
          title: text.title,
          bodyHtml: paragraphs(text.body || text.title, message.link),
        }));
      const roles = audience.roles.filter((role) => announcementRoles.has(role)) as never[];
      const units = audience.unitIds;
      const announcementId = await createAnnouncement(tx as unknown as Ctx, {
        translations: [
          { locale: 'nl', title: message.title_nl, bodyHtml: paragraphs(message.body_nl, message.link) },
          { locale: 'en', title: message.title_en, bodyHtml: paragraphs(message.body_en, message.link) },
          ...others,
        ],
        audienceKind:
          units.length && roles.length
            ? 'units_and_roles'
            : units.length
              ? 'units'
              : roles.length
                ? 'roles'
                : 'everyone',
        audienceUnitIds: units,
        audienceRoles: roles,
        publishAt:
          message.send_on <= tx.today() ? tx.now().toISOString() : `${message.send_on}T07:00:00.000Z`,
        requiresAcknowledgement: false,
        isPinned: false,
        echoEveryDays: null,
        echoUntil: null,
      });
      await tx.db
        .updateTable('campaign_messages')
        .set({ announcement_id: announcementId, status: 'sent', sent_at: tx.now() })
        .where('id', '=', message.id)
        .execute();
    }
    await tx.db
      .updateTable('campaigns')
      .set({ status: 'launched', launched_at: tx.now() })
      .where('id', '=', id)
      .execute();
    tx.record({ action: 'campaign.launched', subjectId: id });
  });
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string, link: string | null) =>
  text
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part)}</p>`)
    .join('') + (link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : '');

export async function stopCampaign(ctx: Ctx, id: string) {
  assertManages(ctx);
  await runChange(ctx, async (tx) => {
    const campaign = await draftFor(tx, id);
    if (campaign.status !== 'launched')
      throw new AppError('conflict', 'Only a launched campaign can be stopped.');
    await tx.db.updateTable('campaigns').set({ status: 'stopped' }).where('id', '=', id).execute();
    tx.record({ action: 'campaign.stopped', subjectId: id });
  });
}

/** A banner or card seen on my home, or its link followed: reach, opens and clicks. */
export async function recordHomeSighting(ctx: Ctx, messageId: string, clicked: boolean) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const message = await findLiveMessage(tx.db, messageId);
    if (!message || !['banner', 'card'].includes(message.channel)) throw notFound('Campaign message');
    const reached = await peopleInCampaign(tx.db, message.audience, tx.today(), [personId]);
    if (!reached.length) throw notFound('Campaign message');
    await recordSighting(tx.db, {
      person_id: personId,
      message_id: message.id,
      campaign_id: message.campaign_id,
      clicked,
      at: tx.now(),
    });
  });
}

/** An e-mail's tracked link: counted as a click; answers where to go. */
export async function followTrackedLink(ctx: Parameters<typeof runChange>[0], contactId: string) {
  return runChange(ctx, async (tx) => {
    const clicked = await markClicked(tx.db, contactId, tx.now());
    if (!clicked?.message_id) throw notFound('Link');
    const message = await tx.db
      .selectFrom('campaign_messages')
      .select('link')
      .where('id', '=', clicked.message_id)
      .executeTakeFirst();
    return message?.link ?? '/';
  });
}

// —— settings

export async function changeSettings(ctx: Ctx, input: SettingsInput, serverSecret: string) {
  assertManages(ctx);
  await runChange(ctx, async (tx) => {
    const current = (await settingsOf(tx.db)) ?? defaultSettings;
    const next = { ...current };
    if (input.weeklyCap !== undefined) next.weekly_cap = input.weeklyCap;
    if (input.quietFrom !== undefined) next.quiet_from = input.quietFrom;
    if (input.quietUntil !== undefined) next.quiet_until = input.quietUntil;
    if (input.nudgeKinds !== undefined) next.nudge_kinds = [...new Set(input.nudgeKinds)];
    if (input.contentLanguages !== undefined) {
      const always = input.contentLanguages.findIndex((tag) => tag === 'nl' || tag === 'en');
      if (always >= 0)
        throw invalidField(`contentLanguages.${always}`, 'Dutch and English are always on', 'alwaysOn');
      next.content_languages = [...new Set(input.contentLanguages)];
    }
    if (input.webhook === null) {
      next.webhook_kind = null;
      next.webhook_url_sealed = null;
      next.webhook_secret_sealed = null;
    } else if (input.webhook) {
      next.webhook_kind = input.webhook.kind;
      next.webhook_url_sealed = seal(serverSecret, input.webhook.url);
      next.webhook_secret_sealed = input.webhook.secret ? seal(serverSecret, input.webhook.secret) : null;
    }
    await saveSettings(tx.db, next);
    tx.record({
      action: 'campaign.settings_changed',
      // Never the address or secret: only that the channel changed.
      changes: {
        weeklyCap: next.weekly_cap,
        quietFrom: next.quiet_from,
        quietUntil: next.quiet_until,
        nudgeKinds: next.nudge_kinds,
        contentLanguages: next.content_languages,
        webhook: input.webhook === undefined ? 'unchanged' : input.webhook ? input.webhook.kind : 'removed',
      },
    });
  });
}

// —— nudge opt-outs

export async function setMyOptOuts(ctx: Ctx, kinds: NudgeKind[], contentLanguage?: string | null) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    await replaceOptOuts(tx.db, personId, [...new Set(kinds)]);
    if (contentLanguage === undefined) return;
    const enabled = ((await settingsOf(tx.db)) ?? defaultSettings).content_languages;
    // nl/en are the interface's: choosing them is the same as no content language.
    const language = contentLanguage === 'nl' || contentLanguage === 'en' ? null : contentLanguage;
    if (language !== null && !enabled.includes(language))
      throw invalidField(
        'contentLanguage',
        `${language} is not one of the organisation's languages`,
        'notEnabled',
      );
    await setContentLanguage(tx.db, personId, language);
  });
}

// —— themes
