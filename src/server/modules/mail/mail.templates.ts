import type { Locale } from '../../db/schema.ts';

// Server-side texts for e-mail, in both languages like every screen.
type Template = (vars: Record<string, string>) => { subject: string; text: string };

export const mailTemplates = {
  invitation: {
    nl: (v) => ({
      subject: `Welkom bij Groeipad van ${v.organisation}`,
      text: `Hallo ${v.name},\n\n${v.inviter} nodigt je uit voor Groeipad, de plek voor jouw ontwikkeling bij ${v.organisation}.\n\nKies hier je wachtwoord (de link is 7 dagen geldig):\n${v.link}\n\nTot snel!`,
    }),
    en: (v) => ({
      subject: `Welcome to Groeipad at ${v.organisation}`,
      text: `Hello ${v.name},\n\n${v.inviter} invites you to Groeipad, the place for your development at ${v.organisation}.\n\nChoose your password here (the link is valid for 7 days):\n${v.link}\n\nSee you soon!`,
    }),
  },
  password_reset: {
    nl: (v) => ({
      subject: 'Nieuw wachtwoord voor Groeipad',
      text: `Hallo ${v.name},\n\nJe hebt gevraagd om een nieuw wachtwoord. Kies het hier (de link is 1 uur geldig):\n${v.link}\n\nHeb je dit niet gevraagd? Dan kun je dit bericht negeren.`,
    }),
    en: (v) => ({
      subject: 'New password for Groeipad',
      text: `Hello ${v.name},\n\nYou asked for a new password. Choose it here (the link is valid for 1 hour):\n${v.link}\n\nDidn't ask for this? Then you can ignore this message.`,
    }),
  },
  skill_rating_request: {
    nl: (v) => ({
      subject: `${v.person} vraagt je om een beoordeling van vaardigheden`,
      text: `Hallo ${v.name},\n\n${v.person} vraagt je om aan te geven hoe goed hij of zij is in: ${v.skills}.\n${v.message}\nJe vindt het verzoek op je startpagina in Groeipad:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `${v.person} asks you to rate their skills`,
      text: `Hello ${v.name},\n\n${v.person} asks you to say how good they are at: ${v.skills}.\n${v.message}\nYou'll find the request on your home page in Groeipad:\n${v.link}`,
    }),
  },
  mentoring_request: {
    nl: (v) => ({
      subject: `${v.person} zoekt een mentor voor ${v.skill}`,
      text: `Hallo ${v.name},\n\n${v.person} wil graag een mentorgesprek met je over ${v.skill}.\n${v.message}\nNeem contact op via ${v.email}.`,
    }),
    en: (v) => ({
      subject: `${v.person} is looking for a mentor on ${v.skill}`,
      text: `Hello ${v.name},\n\n${v.person} would like a mentoring conversation with you about ${v.skill}.\n${v.message}\nGet in touch at ${v.email}.`,
    }),
  },
  notification_digest: {
    nl: (v) => ({
      subject: `Je hebt ${v.count} nieuwe melding(en) in Groeipad`,
      text: `Hallo ${v.name},\n\nDit is er nieuw voor je:\n${v.items}\n\nLees alles in Groeipad. Minder vaak mail? Pas het aan bij je meldingen.`,
    }),
    en: (v) => ({
      subject: `You have ${v.count} new notification(s) in Groeipad`,
      text: `Hello ${v.name},\n\nHere is what is new for you:\n${v.items}\n\nRead everything in Groeipad. Fewer e-mails? Change it in your notification settings.`,
    }),
  },
} satisfies Record<string, Record<Locale, Template>>;

export type MailKind = keyof typeof mailTemplates;
