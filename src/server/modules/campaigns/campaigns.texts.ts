import type { Locale } from '../../db/schema.ts';
import type { NudgeKind } from './campaigns.schemas.ts';

// Nudges and L&D's theme reminder, in the reader's language: friendly and specific.
type Vars = { title: string; name?: string; day?: string; time?: string };

export const nudgeTexts: Record<NudgeKind, Record<Locale, (v: Vars) => string>> = {
  not_started: {
    nl: (v) => `Zin om te beginnen aan "${v.title}"? Een kwartiertje is genoeg voor de eerste stap.`,
    en: (v) => `Fancy starting "${v.title}"? Fifteen minutes is enough for the first step.`,
  },
  stalled: {
    nl: (v) => `Je was goed op weg met "${v.title}". Pak je de draad weer op?`,
    en: (v) => `You were well on your way with "${v.title}". Shall we pick it up again?`,
  },
  due_soon: {
    nl: (v) => `Over drie dagen moet "${v.title}" af zijn. Plan je er even tijd voor?`,
    en: (v) => `"${v.title}" is due in three days. Will you set some time aside?`,
  },
  agreement_followup: {
    nl: (v) => `Hoe gaat het met toepassen van "${v.title}"? Je ${v.day}-dagenvraag staat klaar.`,
    en: (v) => `How is applying "${v.title}" going? Your ${v.day}-day question is waiting.`,
  },
  block_tomorrow: {
    nl: (v) => `Morgen om ${v.time} heb je leertijd gereserveerd: "${v.title}".`,
    en: (v) => `Tomorrow at ${v.time} you have learning time reserved: "${v.title}".`,
  },
  teammate_finished: {
    nl: (v) => `${v.name} uit je team heeft "${v.title}" afgerond. Vraag eens wat het opleverde!`,
    en: (v) => `${v.name} from your team finished "${v.title}". Ask what they got out of it!`,
  },
};

export const nudgeLinks: Record<NudgeKind, string> = {
  not_started: '/learning',
  stalled: '/learning',
  due_soon: '/learning',
  agreement_followup: '/development/plan',
  block_tomorrow: '/learning-time',
  teammate_finished: '/learning',
};

export const themeReminderText: Record<Locale, (v: { name: string; date: string }) => string> = {
  nl: (v) =>
    `Over twee weken begint het thema "${v.name}" (${v.date}). Tijd om een campagne voor te bereiden.`,
  en: (v) => `The theme "${v.name}" starts in two weeks (${v.date}). Time to prepare a campaign.`,
};
