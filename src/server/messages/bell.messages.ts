import type { Bell, Message } from './messages.ts';

// Notifications on the bell that are not an e-mail's subject (development's are: see mail.messages.ts).

export const bellMessages = {
  'recognition.kudos': {
    nl: (v: { from: string; message: string }) => ({ title: `${v.from} geeft je kudos`, body: v.message }),
    en: (v: { from: string; message: string }) => ({ title: `${v.from} gave you kudos`, body: v.message }),
  },
  'recognition.team_step': {
    nl: (v: { name: string; step: string }) => ({
      title: `${v.name}: ${v.step}`,
      body: 'Een mooie stap in je team. Geef een compliment?',
    }),
    en: (v: { name: string; step: string }) => ({
      title: `${v.name}: ${v.step}`,
      body: 'A good step in your team. Give some recognition?',
    }),
  },
  'recognition.badge': {
    nl: (v: { badge: string }) => ({
      title: `Je hebt de badge "${v.badge}" verdiend`,
      body: 'Gefeliciteerd!',
    }),
    en: (v: { badge: string }) => ({ title: `You earned the badge "${v.badge}"`, body: 'Congratulations!' }),
  },
  'learning.completed': {
    nl: (v: { title: string }) => ({ title: `Je hebt "${v.title}" afgerond`, body: 'Goed gedaan!' }),
    en: (v: { title: string }) => ({ title: `You finished "${v.title}"`, body: 'Well done!' }),
  },
  'learning.certificate': {
    nl: (v: { title: string }) => ({
      title: `Je hebt "${v.title}" afgerond`,
      body: 'Goed gedaan! Je certificaat staat klaar onder Mijn leren.',
    }),
    en: (v: { title: string }) => ({
      title: `You finished "${v.title}"`,
      body: 'Well done! Your certificate is ready under My learning.',
    }),
  },
  'learning.assigned': {
    nl: (v: { title: string; due: string | null }) => ({
      title: `Nieuw leren voor jou: "${v.title}"`,
      body: `Het is aan je toegewezen.${v.due ? ` Rond het af vóór ${v.due}.` : ''}`,
    }),
    en: (v: { title: string; due: string | null }) => ({
      title: `New learning for you: "${v.title}"`,
      body: `It has been assigned to you.${v.due ? ` Due by ${v.due}.` : ''}`,
    }),
  },
  'learning.module_completed': {
    nl: (v: { title: string; course: string | null }) => ({
      title: `Onderdeel afgerond: "${v.title}"`,
      body: v.course ? `Goed gedaan! Op naar het volgende onderdeel van "${v.course}".` : 'Goed gedaan!',
    }),
    en: (v: { title: string; course: string | null }) => ({
      title: `Module finished: "${v.title}"`,
      body: v.course ? `Well done! On to the next module of "${v.course}".` : 'Well done!',
    }),
  },
  mentoring_request: {
    nl: (v: { person: string; skill: string }) => ({
      title: `${v.person} wil graag een mentorgesprek over ${v.skill}`,
    }),
    en: (v: { person: string; skill: string }) => ({
      title: `${v.person} would like a mentoring conversation about ${v.skill}`,
    }),
  },
  skill_rating_request: {
    nl: (v: { person: string; skills: string }) => ({
      title: `${v.person} vraagt je om een beoordeling: ${v.skills}`,
    }),
    en: (v: { person: string; skills: string }) => ({ title: `${v.person} asks you to rate: ${v.skills}` }),
  },
} satisfies Record<string, Message<never, Bell>>;

export type BellKind = keyof typeof bellMessages;
