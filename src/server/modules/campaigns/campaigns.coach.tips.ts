// The coach panel's shipped tips, per moment, in Dutch and English. The organisation adds its own
// (coach_tips); these stay and cannot be edited.

export const coachMoments = [
  'before_conversation',
  'member_finished',
  'team_quiet',
  'during_campaign',
] as const;
export type CoachMoment = (typeof coachMoments)[number];

type ShippedTip = { key: string; moment: CoachMoment; nl: [string, string]; en: [string, string] };

export const shippedTips: ShippedTip[] = [
  {
    key: 'ask-what-energises',
    moment: 'before_conversation',
    nl: [
      'Vraag wat energie geeft',
      'Begin met: "Waar kreeg je de afgelopen tijd energie van?" en "Wat wil je het komende half jaar leren?" Luister eerst, stel daarna pas leren voor.',
    ],
    en: [
      'Ask what gives energy',
      'Start with: "What gave you energy lately?" and "What do you want to learn in the next six months?" Listen first, suggest learning after.',
    ],
  },
  {
    key: 'bring-suggestions',
    moment: 'before_conversation',
    nl: [
      'Neem één of twee suggesties mee',
      'Kies uit de voorgestelde leeractiviteiten er één of twee die passen bij een doel uit het plan. Spreek samen af wanneer er tijd voor is.',
    ],
    en: [
      'Bring one or two suggestions',
      'Pick one or two of the suggested learning items that fit a goal in the plan. Agree together when there is time for it.',
    ],
  },
  {
    key: 'recognise-finish',
    moment: 'member_finished',
    nl: [
      'Laat merken dat je het ziet',
      'Een kort bericht of een compliment in het teamoverleg werkt. Vraag wat het meest bruikbaar was en waar het in het werk terugkomt.',
    ],
    en: [
      'Show that you noticed',
      'A short message or a compliment in the team meeting works. Ask what was most useful and where it shows in the work.',
    ],
  },
  {
    key: 'share-learning',
    moment: 'member_finished',
    nl: [
      'Vraag om het te delen',
      'Nodig uit om in vijf minuten in het teamoverleg te vertellen wat hij of zij geleerd heeft. Zo leert het hele team mee.',
    ],
    en: [
      'Ask them to share it',
      'Invite them to tell the team in five minutes what they learned. That way the whole team learns along.',
    ],
  },
  {
    key: 'team-hour',
    moment: 'team_quiet',
    nl: [
      'Plan een leeruur met het team',
      'Het team heeft een maand niet geleerd. Stel een gezamenlijk leeruur voor of een WorkOut: één onderwerp, samen, in werktijd.',
    ],
    en: [
      'Plan a team learning hour',
      'The team has not learned for a month. Propose a shared learning hour or a WorkOut: one topic, together, in working time.',
    ],
  },
  {
    key: 'ask-the-team',
    moment: 'team_quiet',
    nl: [
      'Vraag wat er in de weg zit',
      'Vraag in het teamoverleg wat het lastig maakt om tijd voor leren te vinden. Vaak helpt het al om een vast moment te kiezen.',
    ],
    en: [
      'Ask what is in the way',
      'Ask in the team meeting what makes it hard to find time for learning. Choosing a fixed moment often helps already.',
    ],
  },
  {
    key: 'campaign-in-meeting',
    moment: 'during_campaign',
    nl: [
      'Breng de campagne in het teamoverleg',
      'Noem de campagne kort in het teamoverleg, laat de leeractiviteit zien en vertel wat je er zelf van vindt. Vraag wie mee wil doen.',
    ],
    en: [
      'Bring the campaign up in the team meeting',
      'Mention the campaign briefly in the team meeting, show the learning and say what you think of it. Ask who wants to join.',
    ],
  },
  {
    key: 'go-first',
    moment: 'during_campaign',
    nl: [
      'Doe zelf mee',
      'Teams leren meer als de leidinggevende meedoet. Begin zelf aan de leeractiviteit van de campagne en vertel erover.',
    ],
    en: [
      'Take part yourself',
      'Teams learn more when their manager joins in. Start the campaign learning yourself and talk about it.',
    ],
  },
];
