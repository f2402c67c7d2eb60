import { randomUUID } from 'node:crypto';
import { runChange } from '../../core/change.ts';
import { channelLanguages } from '../../core/content-languages.ts';
import type { OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { audienceCriteria } from '../catalogue/index.ts';
import { queueMails } from '../mail/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { peopleInCampaign } from './campaigns.audience.ts';
import { contactRoom } from './campaigns.cap.ts';
import { contactedFor, insertContacts } from './campaigns.contacts.repository.ts';
import { type Translations, textFor } from './campaigns.languages.ts';
import { peopleFacts } from './campaigns.people.repository.ts';
import './campaigns.events.ts';
import { dueMessages, findCampaign, findMessage } from './campaigns.repository.ts';
import { isQuiet } from './campaigns.rules.ts';
import { signatureOf, unseal } from './campaigns.secrets.ts';
import { defaultSettings, settingsOf } from './campaigns.settings.repository.ts';

const maxChatAttempts = 5;
/** How long an e-mail waits for people at the weekly cap before it is called sent without them. */
const postponeDays = 14;
const heldBackNote = (count: number) =>
  `${count} ${count === 1 ? 'person is' : 'people are'} at the weekly cap; the mail goes out when their week has room.`;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The job: every launched campaign's messages whose day has come. E-mail goes to each person in the
 * audience in their language, only while they are under the weekly cap and outside quiet hours; chat
 * messages post to the organisation's Teams/Slack channel (retried, failures kept visible); banners and
 * cards simply become visible on home.
 */
export async function sendDueMessages(deps: ModuleDeps, now = new Date()) {
  // Tomorrow in UTC covers every time zone's today; each organisation checks its own below.
  const due = await dueMessages(deps.db, new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10));
  const result = { sent: 0, delivered: 0, deferred: 0, failed: 0 };
  const contexts = new Map<string, OrgContext>();
  for (const { organisation_id: organisationId, id, campaign_id: campaignId } of due) {
    let ctx = contexts.get(organisationId);
    if (!ctx) {
      ctx = await organisationContextOf(deps, organisationId, now);
      contexts.set(organisationId, ctx);
    }
    const outcome = await sendMessage(ctx, deps, campaignId, id);
    result[outcome.status] += 1;
    result.delivered += outcome.delivered;
  }
  return result;
}

async function sendMessage(
  ctx: OrgContext,
  deps: ModuleDeps,
  campaignId: string,
  messageId: string,
): Promise<{ status: 'sent' | 'deferred' | 'failed'; delivered: number }> {
  const message = await findMessage(ctx.db, campaignId, messageId);
  if (message?.status !== 'planned' || message.send_on > ctx.today())
    return { status: 'deferred', delivered: 0 };
  const settings = (await settingsOf(ctx.db)) ?? defaultSettings;
  if (message.channel === 'chat') return postToChat(ctx, deps, settings, message);
  if (
    message.channel === 'email' &&
    isQuiet(ctx.now(), ctx.timeZone, settings.quiet_from, settings.quiet_until)
  )
    return { status: 'deferred', delivered: 0 };
  return runChange(
    ctx,
    async (tx) => {
      const locked = await findMessage(tx.db, campaignId, messageId);
      if (locked?.status !== 'planned') return { status: 'deferred' as const, delivered: 0 };
      let delivered = 0;
      if (locked.channel === 'email') {
        const campaign = (await findCampaign(tx.db, campaignId))!;
        const audience = await peopleInCampaign(tx.db, campaign.audience, tx.today());
        const already = await contactedFor(tx.db, messageId);
        const people = await peopleFacts(
          tx.db,
          audience.filter((id) => !already.has(id)),
        );
        const room = await contactRoom(
          tx.db,
          people.map((person) => person.id),
          settings.weekly_cap,
          tx.now(),
        );
        const contacts = [];
        const mails = [];
        for (const person of people) {
          if (!room.take(person.id)) continue;
          const contactId = randomUUID();
          // Their content language if the message has it, else their interface language (nl/en).
          const text = textFor(locked, person.language, person.locale);
          mails.push({
            to: person.email,
            kind: 'campaign_message' as const,
            locale: person.locale,
            vars: {
              name: person.given_name,
              title: text.title,
              body: text.body,
              link: locked.link
                ? `${deps.config.baseUrl}/api/v1/campaigns/r/${tx.organisationId}/${contactId}`
                : '',
            },
          });
          contacts.push({
            id: contactId,
            person_id: person.id,
            source: 'campaign' as const,
            message_id: messageId,
            campaign_id: campaignId,
            counts_to_cap: true,
            sent_at: tx.now(),
          });
        }
        // One multi-row insert per 500 mails (a round to 10,000 people is 20 statements, not 10,000).
        await queueMails(tx.db, mails);
        await insertContacts(tx.db, contacts);
        delivered = contacts.length;
        // People at the cap are not skipped: the message stays planned for them and goes out once their
        // seven days have room (those who got it are in its contacts), for up to two weeks.
        const heldBack = people.length - contacts.length;
        if (heldBack > 0 && daysBetween(locked.send_on, tx.today()) < postponeDays) {
          await tx.db
            .updateTable('campaign_messages')
            .set({ attempts: locked.attempts + 1, last_error: heldBackNote(heldBack) })
            .where('id', '=', messageId)
            .execute();
          return { status: 'deferred' as const, delivered };
        }
      }
      await tx.db
        .updateTable('campaign_messages')
        .set({ status: 'sent', sent_at: tx.now(), attempts: locked.attempts + 1, last_error: null })
        .where('id', '=', messageId)
        .execute();
      // Once per message (it is sent under the lock): the Teams/Slack channels of the units its audience
      // covers (everyone: all) post the title and a link (webhooks' unit channels, after commit). Nothing
      // personal; an audience narrowed by anything but units (roles, statuses, dates) is not posted, as a
      // unit's channel would reach people outside it (the same rule as announcements).
      const campaign = (await findCampaign(tx.db, campaignId))!;
      const { unitIds, ...narrowing } = audienceCriteria.parse(campaign.audience ?? {});
      if (
        Object.values(narrowing).every((value) => value === null || (Array.isArray(value) && !value.length))
      )
        tx.publish('campaigns.message_sent', {
          messageId,
          unitIds: unitIds.length ? unitIds : null,
          title: { nl: locked.title_nl, en: locked.title_en },
          translations: othersOf(locked, settings.content_languages).map(({ language, title }) => ({
            language,
            title,
          })),
          link: locked.link?.startsWith('/') ? locked.link : '/',
        });
      return { status: 'sent' as const, delivered };
    },
    { lock: { table: 'campaign_messages', id: messageId } },
  );
}

/** A message's texts in the organisation's content languages, for a post everyone reads at once. */
const othersOf = (message: { translations: unknown }, enabled: string[]) => {
  const translations = (message.translations ?? {}) as Translations;
  return channelLanguages(enabled, Object.keys(translations)).map((language) => ({
    language,
    ...translations[language]!,
  }));
};

/** One post to the organisation's channel; a failure is kept on the message and retried next round. */
async function postToChat(
  ctx: OrgContext,
  deps: ModuleDeps,
  settings: Awaited<ReturnType<typeof settingsOf>> & object,
  message: NonNullable<Awaited<ReturnType<typeof findMessage>>>,
): Promise<{ status: 'sent' | 'failed' | 'deferred'; delivered: number }> {
  let error: string | null = null;
  if (!settings.webhook_url_sealed) error = 'No Teams or Slack channel is set up.';
  else {
    const locale = ctx.locale;
    const title = locale === 'en' ? message.title_en : message.title_nl;
    const body = locale === 'en' ? message.body_en : message.body_nl;
    const link = message.link ? `${deps.config.baseUrl}${message.link}` : '';
    // The organisation's default first, then each content language the message is written in.
    const others = othersOf(message, settings.content_languages).flatMap((text) => [
      `**${text.title}**`,
      text.body,
    ]);
    const text = [`**${title}**`, body, ...others, link].filter(Boolean).join('\n\n');
    const payload = JSON.stringify({ text });
    try {
      const url = unseal(deps.config.sessionSecret, settings.webhook_url_sealed);
      const secret = settings.webhook_secret_sealed
        ? unseal(deps.config.sessionSecret, settings.webhook_secret_sealed)
        : null;
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret ? { 'x-groeipad-signature': signatureOf(secret, payload) } : {}),
        },
        body: payload,
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) error = `The channel answered ${response.status}.`;
    } catch (caught) {
      error = `The channel could not be reached (${caught instanceof Error ? caught.name : 'error'}).`;
    }
  }
  const attempts = message.attempts + 1;
  const status = error === null ? 'sent' : attempts >= maxChatAttempts ? 'failed' : 'planned';
  await ctx.db
    .updateTable('campaign_messages')
    .set({ status, attempts, last_error: error, sent_at: error === null ? ctx.now() : null })
    .where('id', '=', message.id)
    .execute();
  return { status: error === null ? 'sent' : status === 'failed' ? 'failed' : 'deferred', delivered: 0 };
}
