// The themes calendar's starter set, in Dutch and English; the organisation edits it afterwards.
// Yearly themes: only month and day of the dates count.
export const starterThemes = [
  {
    key: 'onboarding',
    nameNl: 'Onboardingseizoen',
    nameEn: 'Onboarding season',
    descriptionNl: 'Nieuwe collega’s beginnen na de zomer: goed inwerken, een buddy en de basis van het vak.',
    descriptionEn:
      'New colleagues start after the summer: a good induction, a buddy and the basics of the job.',
    startsOn: '2026-09-01',
    endsOn: '2026-09-30',
  },
  {
    key: 'growth_week',
    nameNl: 'Groeiweek',
    nameEn: 'Growth week',
    descriptionNl: 'Een week vol workshops, korte sessies en leren van elkaar.',
    descriptionEn: 'A week full of workshops, short sessions and learning from each other.',
    startsOn: '2026-10-05',
    endsOn: '2026-10-11',
  },
  {
    key: 'work_stress',
    nameNl: 'Werkstress voorkomen',
    nameEn: 'Preventing work stress',
    descriptionNl:
      'November is de maand van werkstress: herken de signalen en zorg goed voor jezelf en je team.',
    descriptionEn:
      'November is work-stress month: recognise the signs and look after yourself and your team.',
    startsOn: '2026-11-01',
    endsOn: '2026-11-30',
  },
  {
    key: 'review_season',
    nameNl: 'Gesprekkenseizoen: feedback vragen',
    nameEn: 'Review season: asking for feedback',
    descriptionNl:
      'In de maanden van het ontwikkelgesprek: feedback vragen en geven, en het gesprek goed voorbereiden.',
    descriptionEn:
      'In the months of the development conversation: asking for and giving feedback, and preparing well.',
    startsOn: '2026-01-15',
    endsOn: '2026-03-15',
  },
] as const;
