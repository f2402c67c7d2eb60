import { addDays, calendarDateOf } from '../../core/calendar.ts';

// Test inputs shared by the campaigns tests (and dates relative to today on the organisation's calendar).
export const today = () => calendarDateOf(new Date(), 'Europe/Amsterdam');
export const inDays = (days: number) => addDays(today(), days);

export const message = (overrides: Record<string, unknown> = {}) => ({
  phase: 'hum',
  channel: 'banner',
  sendOn: today(),
  titleNl: 'Vraag eens om feedback',
  bodyNl: 'Deze maand staat feedback centraal.',
  titleEn: 'Ask for feedback',
  bodyEn: 'This month is all about feedback.',
  link: '/learning/catalogue',
  ...overrides,
});

/** A campaign running today: hum today, sing in a week, shout in two, ending in three. */
export const campaignBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Feedbackmaand',
  audience: {},
  startsOn: today(),
  singFrom: inDays(7),
  shoutFrom: inDays(14),
  endsOn: inDays(21),
  messages: [
    message(),
    message({
      phase: 'sing',
      channel: 'card',
      sendOn: inDays(7),
      titleNl: 'Ervaringen van collega’s',
      titleEn: 'Colleagues’ stories',
    }),
    message({
      phase: 'shout',
      channel: 'email',
      sendOn: inDays(14),
      titleNl: 'Doe mee!',
      titleEn: 'Join in!',
    }),
  ],
  ...overrides,
});

/** An instant on a calendar day at a wall-clock hour in Amsterdam (CET/CEST difference ignored: winter). */
export const at = (date: string, hour: number) =>
  new Date(`${date}T${String(hour - 1).padStart(2, '0')}:00:00Z`);
