import type { PersonalDataKind } from '../../core/personal-data.ts';
import type { Locale } from '../../db/schema.ts';

/** The words of the export's index, in the person's language (TypeScript keeps both complete). */
export const exportTexts: Record<
  Locale,
  {
    title: string;
    intro: string;
    others: string;
    file: string;
    rows: string;
    kinds: Record<PersonalDataKind, string>;
  }
> = {
  nl: {
    title: 'Mijn gegevens in Groeipad',
    intro:
      'Alles wat Groeipad over je bewaart, per onderdeel als JSON (voor computers) en CSV (voor Excel). Gemaakt op {{date}}.',
    others:
      'Andere mensen staan hierin alleen als nummer (id), nooit met naam of e-mailadres. Wat een ander privé schreef (zoals de voorbereiding van je leidinggevende) staat er niet in.',
    file: 'Bestand',
    rows: 'Rijen',
    kinds: {
      development: 'Ontwikkeling: plannen, gesprekken, feedback, onboarding',
      learning: 'Leren: inschrijvingen, voortgang, certificaten, leerervaringen (xAPI)',
      skills: 'Vaardigheden: beoordelingen',
      social: 'Samen: kudos, vieringen, badges, berichten',
      budgets: 'Budget: budgetten en aanvragen',
      time: 'Leertijd',
      profile: 'Profiel, rollen, sessies, meldingen en e-mail',
    },
  },
  en: {
    title: 'My data in Groeipad',
    intro:
      'Everything Groeipad keeps about you, per part as JSON (for computers) and CSV (for spreadsheets). Made on {{date}}.',
    others:
      "Other people appear only as a number (id), never with a name or e-mail address. What someone else wrote privately (such as your manager's preparation) is not included.",
    file: 'File',
    rows: 'Rows',
    kinds: {
      development: 'Development: plans, conversations, feedback, onboarding',
      learning: 'Learning: enrolments, progress, certificates, learning experiences (xAPI)',
      skills: 'Skills: ratings',
      social: 'Together: kudos, celebrations, badges, posts',
      budgets: 'Budget: budgets and requests',
      time: 'Learning time',
      profile: 'Profile, roles, sessions, notifications and e-mail',
    },
  },
};
