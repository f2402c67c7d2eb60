// The demo's articles — Working on yourself and with others: resilience, privacy, professional development, intervision, communication, ethics.
import { page } from './page.ts';

export const selfAndOthersArticles: Record<string, { nl: string; en?: string }> = {
  'self-resilience': {
    nl: page(
      'Veerkracht is geen eigenschap die je hebt of niet: het is wat je doet om te herstellen na een zware dienst.',
      [
        'Herstel plannen',
        [
          'Een korte pauze weg van de afdeling werkt beter dan doorwerken.',
          'Sluit je dienst bewust af: wat ging goed, wat laat je hier?',
          'Slaap, beweging en contact met anderen zijn de basis.',
        ],
      ],
      [
        'Steun zoeken',
        'Na een ingrijpende gebeurtenis kun je het peer-supportteam bellen. Praten met een collega die het kent helpt vaak meer dan doorzetten.',
      ],
    ),
    en: page(
      'Resilience is not a trait you have or lack: it is what you do to recover after a hard shift.',
      [
        'Planning recovery',
        [
          'A short break away from the ward works better than working through.',
          'Close your shift on purpose: what went well, what do you leave here?',
          'Sleep, exercise and contact with others are the basis.',
        ],
      ],
      [
        'Finding support',
        'After a distressing event you can call the peer support team. Talking to a colleague who knows it often helps more than pushing on.',
      ],
    ),
  },
  'self-privacy': {
    nl: page(
      'Cliëntgegevens deel je alleen met wie ze nodig heeft voor de zorg, en alleen via de systemen van De Linde.',
      [
        'Wel en niet',
        [
          'Wel: overdragen aan de collega die de zorg overneemt, in het ECD.',
          'Niet: foto’s van cliënten op je eigen telefoon of in een groepsapp.',
          'Niet: over cliënten praten in de lift, de kantine of op sociale media.',
        ],
      ],
      [
        'Iets misgegaan?',
        'Een mail naar de verkeerde persoon of een kwijtgeraakte telefoon is een datalek. Meld het direct bij de privacyfunctionaris: binnen 72 uur moet het gemeld zijn.',
      ],
    ),
    en: page(
      'Share client data only with those who need it for care, and only through De Linde’s systems.',
      [
        'Do and do not',
        [
          'Do: hand over to the colleague who takes over care, in the electronic record.',
          'Do not: photos of clients on your own phone or in a group chat.',
          'Do not: talk about clients in the lift, the canteen or on social media.',
        ],
      ],
      [
        'Something went wrong?',
        'An e-mail to the wrong person or a lost phone is a data breach. Report it to the privacy officer at once: it must be reported within 72 hours.',
      ],
    ),
  },
  'self-pop': {
    nl: page(
      'Een goed ontwikkelgesprek bereid je voor: jij weet het best wat je wilt leren.',
      [
        'Drie vragen vooraf',
        [
          'Waar ben ik het afgelopen jaar trots op?',
          'Wat kost me energie, wat geeft me energie?',
          'Wat wil ik over een jaar kunnen?',
        ],
      ],
      [
        'Van wens naar doel',
        'Maak je wens concreet: niet "beter worden in wondzorg" maar "zelfstandig complexe wonden beoordelen, voor 1 december". Koppel er leren aan: een training, meelopen, een buddy.',
      ],
      ['Na het gesprek', 'Zet de afspraken in je ontwikkelplan en deel het met je leidinggevende.'],
    ),
    en: page(
      'You prepare a good development conversation: you know best what you want to learn.',
      [
        'Three questions beforehand',
        [
          'What am I proud of this past year?',
          'What drains my energy, what gives me energy?',
          'What do I want to be able to do a year from now?',
        ],
      ],
      [
        'From wish to goal',
        'Make your wish concrete: not "get better at wound care" but "assess complex wounds on my own by 1 December". Link learning to it: a course, shadowing, a buddy.',
      ],
      [
        'After the conversation',
        'Put the agreements in your development plan and share it with your manager.',
      ],
    ),
  },
  'self-intervision': {
    nl: page(
      'Intervisie: met drie tot vijf collega’s bespreek je een situatie uit je werk, zonder leidinggevende erbij.',
      [
        'De opdracht',
        [
          'Kies een situatie waar je mee zat en schrijf hem in vijf zinnen op.',
          'Laat je collega’s eerst alleen vragen stellen, geen adviezen.',
          'Kies daarna één advies dat je deze maand uitprobeert.',
        ],
      ],
      [
        'Inleveren',
        'Schrijf in je reflectie wat je hebt geleerd en wat je anders gaat doen. Je leidinggevende bevestigt de opdracht.',
      ],
    ),
    en: page(
      'Peer review: with three to five colleagues you discuss a situation from your work, without a manager present.',
      [
        'The assignment',
        [
          'Choose a situation that bothered you and write it down in five sentences.',
          'Let your colleagues only ask questions first, no advice.',
          'Then choose one piece of advice to try this month.',
        ],
      ],
      [
        'Submitting',
        'Write in your reflection what you learned and what you will do differently. Your manager confirms the assignment.',
      ],
    ),
  },
  'comm-clients': {
    nl: page(
      'Samen beslissen betekent dat de cliënt meebeslist over zijn zorg, met jouw kennis en zijn wensen op tafel.',
      [
        'Vier stappen',
        [
          'Vertel dat er een keuze is en dat de mening van de cliënt telt.',
          'Leg de mogelijkheden uit, met voor- en nadelen.',
          'Vraag wat belangrijk is voor de cliënt.',
          'Beslis samen, en spreek af wanneer je het evalueert.',
        ],
      ],
      [
        'Let op',
        'Gebruik eenvoudige woorden en check of je begrepen bent: "Kunt u in uw eigen woorden zeggen wat we afspreken?"',
      ],
    ),
    en: page(
      'Shared decision-making means the client decides about their care with you, with your knowledge and their wishes on the table.',
      [
        'Four steps',
        [
          'Say there is a choice and that the client’s view counts.',
          'Explain the options, with pros and cons.',
          'Ask what matters to the client.',
          'Decide together, and agree when you will review.',
        ],
      ],
      [
        'Mind',
        'Use plain words and check you were understood: "Could you say in your own words what we agreed?"',
      ],
    ),
  },
  'comm-team': {
    nl: page(
      'Bij een overdracht gaat informatie verloren als ieder het op zijn eigen manier doet. SBAR geeft een vaste volgorde.',
      [
        'SBAR',
        [
          '<strong>Situatie</strong>: wat is er nu aan de hand?',
          '<strong>Achtergrond</strong>: wat is relevant uit de voorgeschiedenis?',
          '<strong>Beoordeling</strong>: wat denk jij dat het probleem is?',
          '<strong>Aanbeveling</strong>: wat moet er gebeuren, en door wie?',
        ],
      ],
      [
        'Rustig overdragen',
        'Draag over op een vaste plek, zonder onderbrekingen, en laat de ontvanger de afspraken herhalen.',
      ],
    ),
    en: page(
      'At handover, information gets lost when everyone does it their own way. SBAR gives a fixed order.',
      [
        'SBAR',
        [
          '<strong>Situation</strong>: what is going on now?',
          '<strong>Background</strong>: what is relevant from the history?',
          '<strong>Assessment</strong>: what do you think the problem is?',
          '<strong>Recommendation</strong>: what needs to happen, and by whom?',
        ],
      ],
      [
        'A calm handover',
        'Hand over in a fixed place, without interruptions, and let the receiver repeat the agreements.',
      ],
    ),
  },
  'ethics-dilemma': {
    nl: page(
      'Bij een moreel dilemma zijn er goede redenen voor meerdere keuzes. Moreel beraad helpt het samen te doordenken.',
      [
        'Zo verloopt het',
        [
          'Formuleer het dilemma: "Moet ik A doen, met als gevolg X, of B, met als gevolg Y?"',
          'Verzamel feiten en de perspectieven van cliënt, familie en team.',
          'Benoem de waarden die op het spel staan, zoals autonomie en veiligheid.',
          'Kies en onderbouw: wat doen we, en wat doen we om de schade te beperken?',
        ],
      ],
      [
        'Aanvragen',
        'Een gespreksleider moreel beraad kun je aanvragen via het kwaliteitsteam; een beraad duurt ongeveer een uur.',
      ],
    ),
    en: page(
      'In a moral dilemma there are good reasons for more than one choice. Moral case deliberation helps you think it through together.',
      [
        'How it works',
        [
          'State the dilemma: "Should I do A, leading to X, or B, leading to Y?"',
          'Gather facts and the views of client, family and team.',
          'Name the values at stake, such as autonomy and safety.',
          'Choose and explain: what do we do, and how do we limit the harm?',
        ],
      ],
      [
        'Requesting one',
        'You can request a facilitator through the quality team; a deliberation takes about an hour.',
      ],
    ),
  },
};
