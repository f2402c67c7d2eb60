import { daysBetween, formatCalendarDate } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { notify } from '../notifications/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { learningAdmins, peopleFacts } from './campaigns.people.repository.ts';
import { themeOccurrence } from './campaigns.rules.ts';
import { themeReminderText } from './campaigns.texts.ts';
import { listThemes, markThemeReminded, organisationsWithThemes } from './campaigns.themes.repository.ts';

/** The job: two weeks before a theme starts, L&D gets a reminder on the bell (once per occurrence). */
export async function remindOfThemes(deps: ModuleDeps, now = new Date()) {
  let reminded = 0;
  for (const organisationId of await organisationsWithThemes(deps.db)) {
    const ctx = await organisationContextOf(deps, organisationId, now);
    const today = ctx.today();
    await runChange(ctx, async (tx) => {
      const admins = await peopleFacts(tx.db, await learningAdmins(tx.db));
      for (const theme of await listThemes(tx.db)) {
        const next = themeOccurrence(
          {
            startsOn: theme.starts_on,
            endsOn: theme.ends_on,
            recurrence: theme.recurrence as 'yearly' | 'once',
          },
          today,
        );
        const daysAhead = daysBetween(today, next.startsOn);
        if (daysAhead < 0 || daysAhead > 14 || theme.reminded_for === next.startsOn) continue;
        for (const admin of admins)
          await notify(tx.db, tx.organisationId, admin.id, {
            kind: 'theme_reminder',
            title: themeReminderText[admin.locale]({
              name: admin.locale === 'nl' ? theme.name_nl : theme.name_en,
              date: formatCalendarDate(next.startsOn, admin.locale),
            }),
            link: '/campaigns/themes',
          });
        await markThemeReminded(tx.db, theme.id, next.startsOn);
        reminded += 1;
      }
    });
  }
  return { reminded };
}
