// The demo's articles — Leading a team: the first 100 days, feedback, rosters, and the on-the-job assignment.
import { page } from './page.ts';

export const leadershipArticles: Record<string, { nl: string; en?: string }> = {
  'lead-first-100': {
    nl: page(
      'Je eerste honderd dagen als leidinggevende gaan vooral over luisteren en vertrouwen opbouwen.',
      [
        'De eerste maand',
        'Voer met iedereen een kennismakingsgesprek: wat gaat goed, wat kan beter, wat heb je van mij nodig? Verander nog weinig.',
      ],
      [
        'Maand twee en drie',
        [
          'Kies met het team twee verbeterpunten.',
          'Maak afspraken over overleg en bereikbaarheid.',
          'Zoek een collega-leidinggevende als maatje.',
        ],
      ],
      [
        'Valkuil',
        'Blijf niet meedraaien als extra handen op de vloer: je team heeft je nodig als leidinggevende.',
      ],
    ),
    en: page(
      'Your first hundred days as a manager are mostly about listening and building trust.',
      [
        'The first month',
        'Have a getting-to-know-you conversation with everyone: what goes well, what could be better, what do you need from me? Change little yet.',
      ],
      [
        'Months two and three',
        [
          'Choose two improvements with the team.',
          'Agree on meetings and availability.',
          'Find a fellow manager as a buddy.',
        ],
      ],
      ['Pitfall', 'Do not keep working as extra hands on the floor: your team needs you as its manager.'],
    ),
  },
  'lead-feedback': {
    nl: page(
      'Feedback landt als hij concreet is, over gedrag gaat en op tijd komt.',
      [
        'Het model',
        [
          'Beschrijf wat je zag: "Vanochtend begon je de overdracht tien minuten later."',
          'Vertel het effect: "Daardoor liep de ochtendzorg uit."',
          'Vraag de ander: "Hoe zag jij dat?"',
          'Spreek samen iets af.',
        ],
      ],
      [
        'Ook positief',
        'Benoem wat goed gaat net zo concreet. Dat maakt het makkelijker om ook het lastige te bespreken.',
      ],
    ),
    en: page(
      'Feedback lands when it is concrete, about behaviour and on time.',
      [
        'The model',
        [
          'Describe what you saw: "This morning you started the handover ten minutes late."',
          'Say the effect: "So morning care ran over."',
          'Ask the other person: "How did you see it?"',
          'Agree something together.',
        ],
      ],
      ['Positive too', 'Name what goes well just as concretely. It makes the harder conversations easier.'],
    ),
  },
  'lead-roster': {
    nl: page(
      'Een rooster dat het team mee maakt, wordt beter nageleefd en geeft minder ruil en verzuim.',
      [
        'Zo pak je het aan',
        [
          'Leg de kaders vast: bezetting per dienst, wettelijke rusttijden, budget.',
          'Laat medewerkers binnen die kaders hun wensen invullen.',
          'Maak de regels voor ruilen en onbereikbare diensten samen.',
        ],
      ],
      [
        'Eerlijk verdelen',
        'Houd bij wie weekenden en feestdagen werkt, en maak dat zichtbaar voor het team.',
      ],
    ),
    en: page(
      'A roster the team helps make is followed better and brings fewer swaps and less absence.',
      [
        'How to go about it',
        [
          'Set the frame: staffing per shift, legal rest times, budget.',
          'Let staff enter their wishes within that frame.',
          'Agree the rules for swaps and unpopular shifts together.',
        ],
      ],
      ['Fair shares', 'Keep track of who works weekends and holidays, and make it visible to the team.'],
    ),
  },
  'lead-assignment': {
    nl: page(
      'Voer met één medewerker een ontwikkelgesprek met de gespreksvoorbereiding van Groeipad.',
      [
        'De opdracht',
        [
          'Lees de voorbereiding van je medewerker vooraf.',
          'Laat de medewerker het meeste praten; vraag door op één doel.',
          'Spreek samen af welk leren bij dat doel hoort en zet het in het plan.',
        ],
      ],
      ['Reflectie', 'Beschrijf wat je medewerker verraste en wat je de volgende keer anders doet.'],
    ),
    en: page(
      'Hold a development conversation with one team member using Groeipad’s preparation.',
      [
        'The assignment',
        [
          'Read your team member’s preparation beforehand.',
          'Let them do most of the talking; go deeper on one goal.',
          'Agree which learning goes with that goal and put it in the plan.',
        ],
      ],
      ['Reflection', 'Describe what surprised your team member and what you will do differently next time.'],
    ),
  },
};
