// Demo learning about leading a team and starting at De Linde.
import { type DemoItem, item } from './demo-item.ts';

export const workItems: DemoItem[] = [
  // Leiderschap
  item(
    'lead-first-100',
    'article',
    6,
    ['Leiderschap'],
    [
      'Je eerste 100 dagen als leidinggevende',
      'Wat je in de eerste maanden wel en niet moet doen als nieuwe teamleider in de zorg.',
    ],
    [
      'Your first 100 days as a manager',
      'What to do, and not do, in your first months as a new team lead in care.',
    ],
  ),
  item(
    'lead-feedback',
    'article',
    5,
    ['Leiderschap', 'Communicatie'],
    [
      'Feedback geven die landt',
      'Concreet, op tijd en gericht op gedrag: zo geef je feedback waar je collega iets mee kan.',
    ],
    ['Feedback that lands', 'Specific, timely and about behaviour: feedback your colleague can use.'],
  ),
  item(
    'lead-podcast',
    'audio',
    12,
    ['Leiderschap'],
    [
      'Podcast: van collega naar leidinggevende',
      'Drie teamleiders vertellen hoe het is om leiding te geven aan je oud-collega’s.',
    ],
    ['Podcast: from colleague to manager', 'Three team leads on managing your former colleagues.'],
  ),
  item(
    'lead-video-conversation',
    'video',
    8,
    ['Leiderschap', 'Gesprekken'],
    [
      'Video: het lastige gesprek',
      'Een teamleider voert een gesprek over verzuim. Kijk mee en let op de stilte.',
    ],
    ['Video: the difficult conversation', 'A team lead talks about absence. Watch and notice the silences.'],
  ),
  item(
    'lead-roster',
    'article',
    7,
    ['Leiderschap', 'Roosteren'],
    ['Roosteren met het team', 'Zelfroosteren in de wijk: afspraken, valkuilen en hoe je het eerlijk houdt.'],
    ['Rostering with your team', 'Self-rostering in community care: agreements, pitfalls and fairness.'],
  ),
  item(
    'lead-quiz',
    'quiz',
    5,
    ['Leiderschap'],
    ['Toets: leidinggeven in de zorg', 'Tien minuten, vijf vragen. Je hebt 80% nodig.'],
    ['Quiz: leading in care', 'Five questions. You need 80%.'],
  ),
  item(
    'lead-assignment',
    'assignment',
    30,
    ['Leiderschap', 'Gesprekken'],
    [
      'Praktijkopdracht: voer een ontwikkelgesprek',
      'Voer een ontwikkelgesprek met een teamlid en schrijf op wat je hebt geleerd.',
    ],
    [
      'On-the-job: hold a development conversation',
      'Hold a development conversation with a team member and reflect.',
    ],
  ),
  item(
    'lead-external',
    'link',
    45,
    ['Leiderschap'],
    [
      'Webinar Situationeel leidinggeven (extern)',
      'Gratis webinar van een zorgopleider over situationeel leidinggeven.',
    ],
    ['Webinar Situational leadership (external)', 'Free webinar on situational leadership.'],
    'https://www.example.org/webinars/situationeel-leidinggeven',
  ),
  item(
    'lead-guide',
    'document',
    10,
    ['Leiderschap'],
    ['Handreiking verzuimgesprek (PDF)', 'De stappen van het verzuimgesprek bij De Linde, op één A4.'],
    [
      'Guide to the absence conversation (PDF)',
      'The steps of the absence conversation at De Linde, on one page.',
    ],
  ),
  // Onboarding
  item(
    'onb-welcome',
    'video',
    6,
    ['Onboarding'],
    ['Welkom bij De Linde', 'De bestuurder heet je welkom en vertelt waar we voor staan.'],
    ['Welcome to De Linde', 'Our director welcomes you and tells what we stand for.'],
  ),
  item(
    'onb-values',
    'article',
    4,
    ['Onboarding', 'Kernwaarden'],
    [
      'Onze kernwaarden: warm, vakkundig, samen',
      'Wat betekenen onze kernwaarden op een gewone dinsdag op de afdeling?',
    ],
    ['Our core values: warm, skilled, together', 'What our values mean on an ordinary Tuesday on the ward.'],
  ),
  item(
    'onb-systems',
    'article',
    8,
    ['Onboarding', 'Digitale vaardigheden'],
    [
      'Je eerste dag: inloggen, rooster en ECD',
      'Zo kom je in het elektronisch cliëntdossier, het rooster en je mail.',
    ],
    [
      'Your first day: sign-in, roster and care record',
      'How to reach the electronic care record, the roster and your mail.',
    ],
  ),
  item(
    'onb-safety',
    'article',
    5,
    ['Onboarding', 'Veiligheid'],
    [
      'Veilig werken: BHV en calamiteiten',
      'Wat doe je bij brand, een val of agressie? De afspraken op een rij.',
    ],
    ['Working safely: emergencies', 'What to do in case of fire, a fall or aggression.'],
  ),
  item(
    'onb-quiz',
    'quiz',
    5,
    ['Onboarding'],
    ['Check: ken je De Linde?', 'Vijf vragen over je eerste week.'],
    ['Check: do you know De Linde?', 'Five questions about your first week.'],
  ),
  item(
    'onb-buddy',
    'assignment',
    20,
    ['Onboarding'],
    [
      'Praktijkopdracht: een dienst met je buddy',
      'Loop een dienst mee met je buddy en noteer drie dingen die je opvielen.',
    ],
    [
      'On-the-job: a shift with your buddy',
      'Shadow your buddy for a shift and note three things you noticed.',
    ],
  ),
  item(
    'onb-podcast',
    'audio',
    10,
    ['Onboarding'],
    ['Podcast: zo werkt de wijk', 'Een wijkverpleegkundige over een dag in de thuiszorg.'],
    ['Podcast: how community care works', 'A district nurse on a day in home care.'],
  ),
];
