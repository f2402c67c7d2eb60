import { sql } from 'kysely';
import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { queueMail } from '../mail/index.ts';
import { organisationContextOf, organisationsByToday } from '../organisations/index.ts';
import { anonymityThreshold } from '../surveys/index.ts';
import { groupSize } from './insight.groups.ts';
import { learningFigures } from './insight.learning.ts';
import { personFigures } from './insight.repository.ts';

// The monthly report by mail (docs/INSIGHT.md): once a day the job looks for people who have not had
// last month's report yet — HR, L&D and the owner (the organisation's month) and managers of direct
// reports (their team's month) — and are not opted out. The row in insight_report_mails is written in
// the same change as the mail, so each person gets one per month, whatever the job's schedule.

const orgRoles = ['hr_admin', 'ld_admin', 'owner'] as const;

/** The first day of the month before the one `today` is in, and that month's last day. */
export function previousMonth(today: string) {
  const first = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  const last = new Date(first.getTime() - 86_400_000);
  const from = `${last.toISOString().slice(0, 7)}-01`;
  return { from, to: last.toISOString().slice(0, 10) };
}

/** People due last month's report: organisation readers and managers, not left, not opted out. */
const recipientsDue = (tenant: TenantDb, month: string) =>
  sql<{
    id: string;
    email: string;
    given_name: string;
    locale: Locale;
    is_organisation: boolean;
  }>`
    SELECT p.id, p.email, p.given_name, coalesce(p.locale, o.default_locale) AS locale,
           EXISTS (SELECT 1 FROM person_roles r WHERE r.organisation_id = p.organisation_id
                    AND r.person_id = p.id AND r.role IN (${sql.join(orgRoles)})) AS is_organisation
      FROM people p
      JOIN organisations o ON o.id = p.organisation_id
     WHERE p.organisation_id = ${tenant.organisationId} AND p.status <> 'left'
       AND (EXISTS (SELECT 1 FROM person_roles r WHERE r.organisation_id = p.organisation_id
                     AND r.person_id = p.id AND r.role IN (${sql.join(orgRoles)}))
            OR EXISTS (SELECT 1 FROM people d WHERE d.organisation_id = p.organisation_id
                        AND d.manager_id = p.id AND d.status <> 'left'))
       AND NOT EXISTS (SELECT 1 FROM insight_report_opt_outs x
                        WHERE x.organisation_id = p.organisation_id AND x.person_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM insight_report_mails m WHERE m.organisation_id = p.organisation_id
                        AND m.person_id = p.id AND m.month = ${month}::date)
     ORDER BY p.id`
    .execute(tenant.executor)
    .then((result) => result.rows);

const claimMonth = async (tenant: TenantDb, personId: string, month: string, at: Date) =>
  (
    await tenant
      .insertInto('insight_report_mails', { person_id: personId, month, sent_at: at })
      .onConflict((oc) => oc.doNothing())
      .returning('person_id')
      .execute()
  ).length > 0;

const words = {
  nl: {
    organisation: 'in de organisatie',
    team: 'in je team',
    active: (n: number, of: number) => `- Actieve lerenden: ${n} van ${of}`,
    hours: (h: string) => `- Leeruren: ${h}`,
    completions: (n: number) => `- Afgerond: ${n}`,
    tooFew: (n: number) => `- Te weinig mensen om cijfers te tonen (minder dan ${n}).`,
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
  },
  en: {
    organisation: 'the organisation',
    team: 'your team',
    active: (n: number, of: number) => `- Active learners: ${n} of ${of}`,
    hours: (h: string) => `- Learning hours: ${h}`,
    completions: (n: number) => `- Completions: ${n}`,
    tooFew: (n: number) => `- Too few people to show figures (fewer than ${n}).`,
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
} as const;

async function figuresOf(
  tenant: TenantDb,
  recipient: { id: string; is_organisation: boolean },
  month: { from: string; to: string },
) {
  if (recipient.is_organisation) {
    const [{ totals }, threshold] = await Promise.all([
      learningFigures(tenant, month),
      anonymityThreshold(tenant),
    ]);
    return {
      // The organisation's figures follow the minimum group size, as on its dashboard.
      tooFewFor: groupSize(totals) < threshold ? threshold : null,
      people: totals.people,
      active: totals.active_learners,
      minutes: totals.minutes,
      completions: totals.completions,
    };
  }
  const reports = await tenant
    .selectFrom('people')
    .select('id')
    .where('manager_id', '=', recipient.id)
    .where('status', '<>', 'left')
    .execute();
  const rows = await personFigures(
    tenant,
    reports.map((r) => r.id),
    month.from,
    month.to,
  );
  return {
    tooFewFor: null,
    people: reports.length,
    active: rows.filter((row) => row.active_days > 0).length,
    minutes: rows.reduce((sum, row) => sum + row.minutes, 0),
    completions: rows.reduce((sum, row) => sum + row.completions, 0),
  };
}

/** Sends last month's report to everyone due it, in their language; returns how many were sent. */
export async function sendMonthlyReports(deps: ModuleDeps, now = new Date()) {
  let sent = 0;
  for (const [today, organisationIds] of await organisationsByToday(deps.db, now)) {
    const month = previousMonth(today);
    for (const organisationId of organisationIds) {
      const ctx = await organisationContextOf(deps, organisationId, now);
      for (const recipient of await recipientsDue(ctx.db, month.from)) {
        await runChange(ctx, async (tx) => {
          if (!(await claimMonth(tx.db, recipient.id, month.from, now))) return;
          const figures = await figuresOf(tx.db, recipient, month);
          const w = words[recipient.locale] ?? words.nl;
          const hours = new Intl.NumberFormat(recipient.locale === 'en' ? 'en-GB' : 'nl-NL', {
            maximumFractionDigits: 1,
          }).format(figures.minutes / 60);
          const link = `${deps.config.baseUrl}/insight/${recipient.is_organisation ? 'organisation' : 'team'}`;
          await queueMail(tx.db, {
            to: recipient.email,
            kind: 'insight_monthly_report',
            locale: recipient.locale,
            vars: {
              name: recipient.given_name,
              month: `${w.months[Number(month.from.slice(5, 7)) - 1]} ${month.from.slice(0, 4)}`,
              scope: recipient.is_organisation ? w.organisation : w.team,
              figures:
                figures.tooFewFor !== null
                  ? w.tooFew(figures.tooFewFor)
                  : [
                      w.active(figures.active, figures.people),
                      w.hours(hours),
                      w.completions(figures.completions),
                    ].join('\n'),
              link,
              optOut: `${link}#report-mail`,
            },
          });
          sent++;
        });
      }
    }
  }
  return { sent };
}

/** Whether a person gets the monthly report (organisation reader or manager) and has not opted out. */
export async function reportMailOf(tenant: TenantDb, personId: string) {
  const [optedOut, isRecipient] = await Promise.all([
    tenant
      .selectFrom('insight_report_opt_outs')
      .select('person_id')
      .where('person_id', '=', personId)
      .executeTakeFirst(),
    sql<{
      yes: boolean;
    }>`SELECT (EXISTS (SELECT 1 FROM person_roles r WHERE r.organisation_id = ${tenant.organisationId}
          AND r.person_id = ${personId} AND r.role IN (${sql.join(orgRoles)}))
        OR EXISTS (SELECT 1 FROM people d WHERE d.organisation_id = ${tenant.organisationId}
          AND d.manager_id = ${personId} AND d.status <> 'left')) AS yes`
      .execute(tenant.executor)
      .then((result) => result.rows[0]!.yes),
  ]);
  return { isRecipient, isSubscribed: !optedOut };
}

export async function setReportMail(tenant: TenantDb, personId: string, isSubscribed: boolean) {
  if (isSubscribed)
    await tenant.deleteFrom('insight_report_opt_outs').where('person_id', '=', personId).execute();
  else
    await tenant
      .insertInto('insight_report_opt_outs', { person_id: personId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  return reportMailOf(tenant, personId);
}
