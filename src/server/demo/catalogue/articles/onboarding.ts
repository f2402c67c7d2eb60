// The demo's articles — Onboarding: values, systems, safety, the buddy.
import { page } from './page.ts';

export const onboardingArticles: Record<string, { nl: string; en?: string }> = {
  'onb-values': {
    nl: page(
      'Drie waarden zeggen hoe we bij De Linde werken: warm, vakkundig en samen.',
      [
        'Warm',
        'We kennen de mensen voor wie we zorgen: hun naam, hun geschiedenis, wat ze belangrijk vinden.',
      ],
      [
        'Vakkundig',
        'We werken volgens afspraken en blijven leren, en we zeggen het als iets niet goed gaat.',
      ],
      [
        'Samen',
        'Met de cliënt, de familie en elkaar. Niemand hoeft het alleen te doen: vraag hulp en bied hulp aan.',
      ],
    ),
    en: page(
      'Three values say how we work at De Linde: warm, skilled and together.',
      ['Warm', 'We know the people we care for: their name, their story, what matters to them.'],
      ['Skilled', 'We follow agreed practice and keep learning, and we speak up when something goes wrong.'],
      [
        'Together',
        'With the client, the family and each other. Nobody has to do it alone: ask for help and offer it.',
      ],
    ),
  },
  'onb-systems': {
    nl: page(
      'Op je eerste dag zet je je accounts klaar, zodat je daarna meteen kunt meewerken.',
      [
        'Checklist',
        [
          'Log in op je werkplek en kies een nieuw wachtwoord.',
          'Installeer de rooster-app en controleer je eerste diensten.',
          'Open het ECD en lees het zorgplan van twee cliënten van je afdeling.',
          'Zet je pasje aan bij de receptie.',
        ],
      ],
      [
        'Hulp nodig?',
        'De servicedesk is elke dag van 7 tot 23 uur bereikbaar. Je buddy laat je de rest zien.',
      ],
    ),
    en: page(
      'On your first day you set up your accounts, so you can join in straight away.',
      [
        'Checklist',
        [
          'Sign in at your workstation and choose a new password.',
          'Install the roster app and check your first shifts.',
          'Open the electronic record and read the care plans of two clients on your ward.',
          'Have your badge activated at reception.',
        ],
      ],
      [
        'Need help?',
        'The service desk is open every day from 7 am to 11 pm. Your buddy will show you the rest.',
      ],
    ),
  },
  'onb-safety': {
    nl: page(
      'Weet in je eerste week waar de nooduitgangen zijn en wat je doet bij brand of een calamiteit.',
      [
        'Bij brand',
        [
          'Alarmeer: druk de melder in en bel 112.',
          'Breng cliënten in veiligheid, eerst wie het dichtst bij gevaar is.',
          'Sluit deuren en volg de BHV’er.',
        ],
      ],
      [
        'Ken je afdeling',
        'Loop met je buddy langs de nooduitgangen, blusmiddelen en de verzamelplaats, en zoek op wie vandaag BHV heeft.',
      ],
    ),
    en: page(
      'In your first week, know where the emergency exits are and what to do in a fire or emergency.',
      [
        'In a fire',
        [
          'Raise the alarm: press the call point and dial 112.',
          'Bring clients to safety, those closest to danger first.',
          'Close doors and follow the emergency responder.',
        ],
      ],
      [
        'Know your ward',
        'Walk past the exits, extinguishers and assembly point with your buddy, and find out who is on emergency duty today.',
      ],
    ),
  },
  'onb-buddy': {
    nl: page(
      'Loop in je eerste weken een hele dienst mee met je buddy.',
      [
        'De opdracht',
        [
          'Bereid drie vragen voor over hoe het werk hier gaat.',
          'Kijk mee bij de overdracht en de ochtendzorg.',
          'Bespreek na de dienst wat je opviel.',
        ],
      ],
      [
        'Reflectie',
        'Schrijf op wat je hebt geleerd en wat je nog wilt oefenen. Je leidinggevende bevestigt de opdracht.',
      ],
    ),
    en: page(
      'In your first weeks, work a whole shift alongside your buddy.',
      [
        'The assignment',
        [
          'Prepare three questions about how the work goes here.',
          'Watch the handover and morning care.',
          'Discuss what struck you after the shift.',
        ],
      ],
      [
        'Reflection',
        'Write down what you learned and what you still want to practise. Your manager confirms the assignment.',
      ],
    ),
  },
};
