// The demo's articles — Care work: medication, dementia, falls, wounds, pressure ulcers, palliative care, reporting.
import { page } from './page.ts';

export const careArticles: Record<string, { nl: string; en?: string }> = {
  'care-medication': {
    nl: page(
      'Bijna elke medicatiefout is te voorkomen met een vaste volgorde en een tweede paar ogen.',
      [
        'De vijf juisten',
        'Controleer vóór het toedienen altijd: de juiste cliënt, het juiste middel, de juiste dosis, het juiste tijdstip en de juiste toedieningsweg. Vergelijk met de toedienlijst, niet met je geheugen.',
      ],
      [
        'Dubbele controle',
        'Bij risicovolle middelen (insuline, opiaten, antistolling) controleert een tweede bevoegde collega de dosis en de berekening, zelfstandig en vóór het toedienen.',
      ],
      [
        'Een fout melden',
        [
          'Zorg eerst voor de cliënt: controleer vitale functies en bel zo nodig de arts.',
          'Meld de fout of bijna-fout in het MIC-systeem, dezelfde dienst nog.',
          'Beschrijf wat er gebeurde, niet wie het deed: we leren van het systeem.',
        ],
      ],
    ),
    en: page(
      'Almost every medication error can be prevented with a fixed routine and a second pair of eyes.',
      [
        'The five rights',
        'Before giving medication always check: the right client, the right drug, the right dose, the right time and the right route. Compare with the administration chart, not your memory.',
      ],
      [
        'Double check',
        'For high-risk drugs (insulin, opioids, anticoagulants) a second qualified colleague checks the dose and calculation independently, before administration.',
      ],
      [
        'Reporting an error',
        [
          'Look after the client first: check vital signs and call the doctor if needed.',
          'Report the error or near miss in the incident system during the same shift.',
          'Describe what happened, not who did it: we learn from the system.',
        ],
      ],
    ),
  },
  'care-dementia': {
    nl: page(
      'Gedrag dat we niet begrijpen is vaak een boodschap: iemand heeft pijn, is bang of krijgt te veel prikkels.',
      [
        'Kijk achter het gedrag',
        'Noteer wanneer het gedrag optreedt, wat eraan voorafging en wat hielp. Na een week zie je vaak een patroon: rond de avondzorg, bij een drukke huiskamer, na het eten.',
      ],
      [
        'Wat je kunt doen',
        [
          'Sluit aan bij de beleving: ga niet in discussie over wat "echt" is.',
          'Benader rustig van voren, op ooghoogte, en zeg wat je gaat doen.',
          'Haal prikkels weg: radio uit, deur dicht, één persoon tegelijk.',
          'Check pijn met een observatieschaal, ook als iemand zegt dat er niets is.',
        ],
      ],
      [
        'Samen met familie',
        'Familie kent de levensgeschiedenis. Een oud beroep of een vast ritueel (koffie om tien uur) geeft houvast en gespreksstof.',
      ],
    ),
    en: page(
      'Behaviour we do not understand is often a message: the person is in pain, afraid or overstimulated.',
      [
        'Look behind the behaviour',
        'Write down when it happens, what came before and what helped. After a week a pattern often shows: around evening care, in a busy living room, after meals.',
      ],
      [
        'What you can do',
        [
          'Meet the person in their reality: do not argue about what is "real".',
          'Approach calmly from the front, at eye level, and say what you are going to do.',
          'Remove stimuli: radio off, door closed, one person at a time.',
          'Check for pain with an observation scale, even if the person says nothing is wrong.',
        ],
      ],
      [
        'With the family',
        'Family know the life story. A former job or a fixed ritual (coffee at ten) gives structure and something to talk about.',
      ],
    ),
  },
  'care-falls': {
    nl: page(
      'Een op de drie thuiswonende 65-plussers valt minstens één keer per jaar. Veel valpartijen zijn te voorkomen.',
      [
        'Risico herkennen',
        [
          'Eerder gevallen in het afgelopen jaar?',
          'Moeite met lopen of opstaan uit een stoel?',
          'Bang om te vallen?',
        ],
        'Is één antwoord ja, doe dan een valrisico-check en bespreek die met de cliënt en de wijkverpleegkundige.',
      ],
      [
        'Thuis aanpassen',
        'Losse kleden weg, goede verlichting naar de badkamer, een beugel bij het toilet en stevige, dichte schoenen. Kijk ook naar medicatie die duizelig maakt.',
      ],
      [
        'Na een val',
        'Help niet meteen overeind. Controleer eerst op pijn en letsel, en rapporteer de val, ook als er niets aan de hand lijkt.',
      ],
    ),
    en: page(
      'One in three people over 65 living at home falls at least once a year. Many falls can be prevented.',
      [
        'Recognising risk',
        ['Fallen in the past year?', 'Difficulty walking or getting up from a chair?', 'Afraid of falling?'],
        'If one answer is yes, do a fall risk check and discuss it with the client and the district nurse.',
      ],
      [
        'Adapting the home',
        'Remove loose rugs, light the way to the bathroom, fit a grab rail by the toilet and wear sturdy closed shoes. Also review medication that causes dizziness.',
      ],
      [
        'After a fall',
        'Do not help the person up straight away. Check for pain and injury first, and report the fall even if nothing seems wrong.',
      ],
    ),
  },
  'wound-assess': {
    nl: page(
      'Het TIME-model helpt je een wond steeds op dezelfde manier te beoordelen, zodat collega’s je verslag kunnen vergelijken.',
      [
        'T, I, M en E',
        [
          '<strong>Tissue</strong>: welk weefsel zie je: granulatie (rood), beslag (geel) of necrose (zwart)?',
          '<strong>Infection</strong>: roodheid, warmte, zwelling, geur of toenemende pijn?',
          '<strong>Moisture</strong>: is de wond te droog of te nat, en hoe is de huid eromheen?',
          '<strong>Edge</strong>: groeien de wondranden naar binnen of staan ze stil?',
        ],
      ],
      [
        'Vastleggen',
        'Meet lengte, breedte en diepte, maak een foto volgens het fotoprotocol en noteer het verband. Evalueer elke week: wordt de wond niet kleiner, overleg dan met de wondverpleegkundige.',
      ],
    ),
    en: page(
      'The TIME model helps you assess a wound the same way every time, so colleagues can compare your notes.',
      [
        'T, I, M and E',
        [
          '<strong>Tissue</strong>: what tissue do you see: granulation (red), slough (yellow) or necrosis (black)?',
          '<strong>Infection</strong>: redness, warmth, swelling, odour or increasing pain?',
          '<strong>Moisture</strong>: is the wound too dry or too wet, and how is the surrounding skin?',
          '<strong>Edge</strong>: are the edges growing inwards or standing still?',
        ],
      ],
      [
        'Recording',
        'Measure length, width and depth, take a photo following the photo protocol and note the dressing. Review weekly: if the wound is not getting smaller, consult the wound nurse.',
      ],
    ),
  },
  'wound-pressure': {
    nl: page(
      'Decubitus ontstaat door druk en schuifkrachten, vaak binnen enkele uren. Voorkomen begint bij elke wisselhouding.',
      [
        'Herkennen',
        'Druk met je vinger op een rode plek op stuit, hielen of heupen. Wordt de huid niet wit (niet-wegdrukbare roodheid), dan is er al decubitus categorie 1.',
      ],
      [
        'Voorkomen',
        [
          'Wissel de houding volgens het schema, ook ’s nachts.',
          'Gebruik een drukverdelende matras en leg de hielen vrij.',
          'Houd de huid droog en verzorgd, en let op voeding en vocht.',
        ],
      ],
      [
        'Rapporteren',
        'Noteer plek, categorie en maatregelen, en informeer de wondverpleegkundige bij categorie 2 of hoger.',
      ],
    ),
    en: page(
      'Pressure ulcers come from pressure and shear, often within hours. Prevention starts with every change of position.',
      [
        'Recognising',
        'Press a red spot on the sacrum, heels or hips with your finger. If the skin does not blanch (non-blanchable redness), there is already a category 1 pressure ulcer.',
      ],
      [
        'Preventing',
        [
          'Reposition according to the schedule, at night as well.',
          'Use a pressure-redistributing mattress and offload the heels.',
          'Keep the skin dry and cared for, and watch food and fluid intake.',
        ],
      ],
      [
        'Reporting',
        'Record the site, category and measures, and inform the wound nurse from category 2 upwards.',
      ],
    ),
  },
  'care-palliative': {
    nl: page(
      'Het gesprek over de laatste levensfase gaat over wat iemand nog wil en wat niet, lang voordat het zover is.',
      [
        'Wanneer beginnen',
        'De "surprise question" helpt: zou het je verbazen als deze cliënt binnen een jaar overlijdt? Is het antwoord nee, dan is het tijd voor het gesprek.',
      ],
      [
        'Het gesprek voeren',
        [
          'Vraag wat de cliënt al weet en wil weten.',
          'Vraag naar wensen: waar wil iemand zijn, wie moet erbij zijn, wat is belangrijk?',
          'Leg afspraken vast, zoals niet reanimeren of niet meer naar het ziekenhuis.',
        ],
      ],
      [
        'Samen',
        'Betrek de huisarts en de naasten, en deel de afspraken bij de overdracht zodat elke dienst ze kent.',
      ],
    ),
    en: page(
      'The conversation about the last phase of life is about what someone still wants and does not want, long before it comes to that.',
      [
        'When to start',
        'The "surprise question" helps: would you be surprised if this client died within a year? If not, it is time for the conversation.',
      ],
      [
        'Having the conversation',
        [
          'Ask what the client knows and wants to know.',
          'Ask about wishes: where do they want to be, who should be there, what matters?',
          'Record agreements, such as do not resuscitate or no more hospital admissions.',
        ],
      ],
      [
        'Together',
        'Involve the GP and the family, and share the agreements at handover so every shift knows them.',
      ],
    ),
  },
  'care-reporting': {
    nl: page(
      'SOAP geeft je rapportage een vaste volgorde, zodat de volgende dienst in één keer leest wat er speelt.',
      [
        'S, O, A en P',
        [
          '<strong>Subjectief</strong>: wat zegt de cliënt? ("Ik heb slecht geslapen.")',
          '<strong>Objectief</strong>: wat zie of meet je? (temperatuur, gewicht, gedrag)',
          '<strong>Analyse</strong>: wat betekent dit, vergeleken met eerder?',
          '<strong>Plan</strong>: wat ga je doen en wanneer evalueer je?',
        ],
      ],
      [
        'Tips',
        'Schrijf feiten, geen oordelen ("weigert zorg" wordt "wil vanochtend niet gewassen worden, zegt moe te zijn"). Rapporteer op de doelen uit het zorgplan.',
      ],
    ),
    en: page(
      'SOAP gives your notes a fixed order, so the next shift reads at once what is going on.',
      [
        'S, O, A and P',
        [
          '<strong>Subjective</strong>: what does the client say? ("I slept badly.")',
          '<strong>Objective</strong>: what do you see or measure? (temperature, weight, behaviour)',
          '<strong>Assessment</strong>: what does it mean, compared with before?',
          '<strong>Plan</strong>: what will you do and when will you review?',
        ],
      ],
      [
        'Tips',
        'Write facts, not judgements ("refuses care" becomes "does not want to be washed this morning, says they are tired"). Report against the goals in the care plan.',
      ],
    ),
  },
};
