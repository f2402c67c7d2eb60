import type { Mail, Message } from './messages.ts';

// E-mail, in both languages like every screen. Variables are text already in the reader's language
// (amounts by shared/money.ts, dates by core/calendar.ts).
type MailTemplate = Message<Record<string, string>, Mail>;

export const mailMessages = {
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
  email_changed: {
    nl: (v) => ({
      subject: 'Je e-mailadres voor Groeipad is gewijzigd',
      text: `Hallo ${v.name},\n\n${v.changedBy} heeft het e-mailadres van je Groeipad-account bij ${v.organisation} gewijzigd in ${v.newEmail}. Vanaf nu gaat alle e-mail van Groeipad naar dat adres en log je ermee in. Je bent overal uitgelogd en links die je eerder kreeg om een wachtwoord te kiezen, werken niet meer.\n\nHeb je dit niet verwacht? Neem dan meteen contact op met HR van ${v.organisation}.`,
    }),
    en: (v) => ({
      subject: 'Your e-mail address for Groeipad was changed',
      text: `Hello ${v.name},\n\n${v.changedBy} changed the e-mail address of your Groeipad account at ${v.organisation} to ${v.newEmail}. From now on all mail from Groeipad goes to that address and you sign in with it. You have been signed out everywhere, and links you received earlier to choose a password no longer work.\n\nDidn't expect this? Then contact HR at ${v.organisation} straight away.`,
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
  // ---- learning (catalogue) ----
  learning_completed: {
    nl: (v) => ({
      subject: `Gefeliciteerd: je hebt "${v.title}" afgerond`,
      text: `Hoi ${v.name},\n\nJe hebt "${v.title}" afgerond. Je certificaat staat klaar onder Mijn leren:\n${v.link}\n`,
    }),
    en: (v) => ({
      subject: `Well done: you finished "${v.title}"`,
      text: `Hi ${v.name},\n\nYou finished "${v.title}". Your certificate is waiting under My learning:\n${v.link}\n`,
    }),
  },
  // ---- development (plans, budgets, conversations, learning agreements) ----
  budget_request_waiting: {
    nl: (v) => ({
      subject: `Budgetaanvraag van ${v.name}: ${v.title}`,
      text: `Hallo ${v.approver},\n\n${v.name} vraagt ontwikkelbudget aan voor "${v.title}" (${v.amount}).\n\nBekijk de aanvraag en keur hem goed of af:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Budget request from ${v.name}: ${v.title}`,
      text: `Hello ${v.approver},\n\n${v.name} requests development budget for "${v.title}" (${v.amount}).\n\nReview the request and approve or decline it:\n${v.link}`,
    }),
  },
  budget_request_decided: {
    nl: (v) => ({
      subject: `Je budgetaanvraag "${v.title}" is ${v.decision === 'approved' ? 'goedgekeurd' : 'afgewezen'}`,
      text: `Hallo ${v.name},\n\nJe aanvraag voor "${v.title}" is ${v.decision === 'approved' ? 'goedgekeurd' : `afgewezen. Reden: ${v.reason}`}.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Your budget request "${v.title}" was ${v.decision}`,
      text: `Hello ${v.name},\n\nYour request for "${v.title}" was ${v.decision === 'approved' ? 'approved' : `declined. Reason: ${v.reason}`}.\n\n${v.link}`,
    }),
  },
  conversation_invite: {
    nl: (v) => ({
      subject: `Uitnodiging: ${v.cycle} op ${v.when}`,
      text: `Hallo ${v.name},\n\nJullie gesprek (${v.cycle}) staat gepland op ${v.when}.\n\nZet het in je agenda met deze uitnodiging (.ics):\n${v.ics}\n\nBereid je voor in Groeipad:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Invitation: ${v.cycle} on ${v.when}`,
      text: `Hello ${v.name},\n\nYour conversation (${v.cycle}) is planned for ${v.when}.\n\nAdd it to your calendar with this invitation (.ics):\n${v.ics}\n\nPrepare in Groeipad:\n${v.link}`,
    }),
  },
  conversation_reminder: {
    nl: (v) => ({
      subject: `Herinnering: ${v.cycle} — ${v.what} vóór ${v.due}`,
      text: `Hallo ${v.name},\n\nVergeet niet: ${v.what} vóór ${v.due}.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Reminder: ${v.cycle} — ${v.what} by ${v.due}`,
      text: `Hello ${v.name},\n\nA reminder: ${v.what} by ${v.due}.\n\n${v.link}`,
    }),
  },
  learning_followup: {
    nl: (v) => ({
      subject: `Hoe gaat het met wat je leerde bij "${v.title}"?`,
      text: `Hallo ${v.name},\n\nHet is ${v.day} dagen geleden dat je begon aan "${v.title}". Hoe pas je het toe in je werk? Je antwoord komt in je ontwikkelplan en in je volgende gesprek.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `How is it going with what you learned in "${v.title}"?`,
      text: `Hello ${v.name},\n\nIt has been ${v.day} days since you started "${v.title}". How are you applying it at work? Your answer goes into your development plan and your next conversation.\n\n${v.link}`,
    }),
  },
  event_promoted: {
    nl: (v) => ({
      subject: `Je hebt een plek: ${v.title} op ${v.when}`,
      text: `Hallo ${v.name},\n\nEr is een plek vrijgekomen bij "${v.title}" op ${v.when}. Je stond op de wachtlijst en bent nu ingeschreven.\n\nZet het in je agenda met deze uitnodiging (.ics):\n${v.ics}\n\nKun je toch niet? Meld je dan af, dan krijgt de volgende de plek:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `You have a seat: ${v.title} on ${v.when}`,
      text: `Hello ${v.name},\n\nA seat came free at "${v.title}" on ${v.when}. You were on the waitlist and are now signed up.\n\nAdd it to your calendar with this invitation (.ics):\n${v.ics}\n\nCan't make it after all? Cancel, so the next person gets the seat:\n${v.link}`,
    }),
  },
  event_session_changed: {
    nl: (v) => ({
      subject: `Gewijzigd: ${v.title} is nu op ${v.when}`,
      text: `Hallo ${v.name},\n\nDe sessie "${v.title}" is gewijzigd: ${v.when}, ${v.where}.\n\nDe bijgewerkte uitnodiging (.ics) vervangt de oude in je agenda:\n${v.ics}\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Changed: ${v.title} is now on ${v.when}`,
      text: `Hello ${v.name},\n\nThe session "${v.title}" changed: ${v.when}, ${v.where}.\n\nThe updated invitation (.ics) replaces the old one in your calendar:\n${v.ics}\n\n${v.link}`,
    }),
  },
  event_session_cancelled: {
    nl: (v) => ({
      subject: `Geannuleerd: ${v.title} op ${v.when}`,
      text: `Hallo ${v.name},\n\nDe sessie "${v.title}" op ${v.when} gaat niet door. Met deze annulering (.ics) verdwijnt hij uit je agenda:\n${v.ics}\n\nKijk of er een andere sessie is:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Cancelled: ${v.title} on ${v.when}`,
      text: `Hello ${v.name},\n\nThe session "${v.title}" on ${v.when} will not take place. This cancellation (.ics) removes it from your calendar:\n${v.ics}\n\nSee whether there is another session:\n${v.link}`,
    }),
  },
  event_reminder: {
    nl: (v) => ({
      subject: `Herinnering: ${v.title} op ${v.when}`,
      text: `Hallo ${v.name},\n\nMorgen (of straks) is "${v.title}": ${v.when}, ${v.where}.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Reminder: ${v.title} on ${v.when}`,
      text: `Hello ${v.name},\n\nComing up: "${v.title}", ${v.when}, ${v.where}.\n\n${v.link}`,
    }),
  },
  insight_monthly_report: {
    nl: (v) => ({
      subject: `Maandrapport leren: ${v.month}`,
      text: `Hallo ${v.name},\n\nZo werd er in ${v.month} geleerd ${v.scope}:\n${v.figures}\n\nAlle cijfers, grafieken en het rapport als PDF:\n${v.link}\n\nGeen maandrapport meer ontvangen? Zet het uit op je overzicht of hier:\n${v.optOut}`,
    }),
    en: (v) => ({
      subject: `Monthly learning report: ${v.month}`,
      text: `Hello ${v.name},\n\nThis is how ${v.scope} learned in ${v.month}:\n${v.figures}\n\nAll figures, charts and the report as a PDF:\n${v.link}\n\nNo longer want the monthly report? Switch it off on your dashboard or here:\n${v.optOut}`,
    }),
  },
  workout_reflection_reminder: {
    nl: (v) => ({
      subject: `Jouw reflectie op de WorkOut "${v.title}"`,
      text: `Hallo ${v.name},\n\nOp ${v.when} deed je team de WorkOut "${v.title}". Je reflectie ontbreekt nog:\n${v.question}\n\nEen paar zinnen is genoeg; je team leest ze voordat jullie de volgende stappen afspreken:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Your reflection on the WorkOut "${v.title}"`,
      text: `Hello ${v.name},\n\nOn ${v.when} your team did the WorkOut "${v.title}". Your reflection is still missing:\n${v.question}\n\nA few sentences will do; your team reads them before you agree on next steps:\n${v.link}`,
    }),
  },
  onboarding_step_due: {
    nl: (v) => ({
      subject: `Inwerken van ${v.newcomer}: ${v.title}`,
      text: `Hallo ${v.name},\n\nIn het inwerktraject van ${v.newcomer} staat een stap voor jou klaar: "${v.title}" (uiterlijk ${v.due}).\n\nVink hem af als hij gedaan is:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Onboarding ${v.newcomer}: ${v.title}`,
      text: `Hello ${v.name},\n\nIn ${v.newcomer}'s onboarding a step is waiting for you: "${v.title}" (by ${v.due}).\n\nTick it off once it is done:\n${v.link}`,
    }),
  },
  onboarding_buddy: {
    nl: (v) => ({
      subject: `Je bent buddy van ${v.newcomer}`,
      text: `Hallo ${v.name},\n\nJe bent gekozen als buddy van ${v.newcomer}, die op ${v.start} begint. In het inwerktraject zie je welke stappen bij jou horen:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `You are ${v.newcomer}'s buddy`,
      text: `Hello ${v.name},\n\nYou have been chosen as the buddy of ${v.newcomer}, who starts on ${v.start}. The onboarding journey shows which steps are yours:\n${v.link}`,
    }),
  },
  event_approval_requested: {
    nl: (v) => ({
      subject: `${v.who} wil naar ${v.title} (${v.when})`,
      text: `Hallo ${v.name},\n\n${v.who} heeft zich ingeschreven voor "${v.title}" op ${v.when}. Omdat het budget kost, is jouw akkoord nodig. Je vindt de aanvraag bij je akkoorden:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `${v.who} would like to attend ${v.title} (${v.when})`,
      text: `Hello ${v.name},\n\n${v.who} signed up for "${v.title}" on ${v.when}. Because it costs budget, your approval is needed. You will find the request among your approvals:\n${v.link}`,
    }),
  },
  event_approved: {
    nl: (v) => ({
      subject: `Akkoord: je inschrijving voor ${v.title}`,
      text: `Hallo ${v.name},\n\nJe leidinggevende is akkoord met je inschrijving voor "${v.title}" op ${v.when}. Kijk hier of je een plek hebt of op de wachtlijst staat:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Approved: your sign-up for ${v.title}`,
      text: `Hello ${v.name},\n\nYour manager approved your sign-up for "${v.title}" on ${v.when}. See here whether you have a seat or are on the waitlist:\n${v.link}`,
    }),
  },
  event_declined: {
    nl: (v) => ({
      subject: `Niet akkoord: ${v.title}`,
      text: `Hallo ${v.name},\n\nJe leidinggevende is niet akkoord met je inschrijving voor "${v.title}" op ${v.when}. Bespreek samen wat wel past, bijvoorbeeld in je volgende gesprek.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Not approved: ${v.title}`,
      text: `Hello ${v.name},\n\nYour manager did not approve your sign-up for "${v.title}" on ${v.when}. Talk together about what would fit, for example in your next conversation.\n\n${v.link}`,
    }),
  },
  event_feedback_asked: {
    nl: (v) => ({
      subject: `Hoe was ${v.title}?`,
      text: `Hallo ${v.name},\n\nBedankt voor je komst bij "${v.title}". Wil je in een halve minuut laten weten hoe het was? De organisator leert ervan.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `How was ${v.title}?`,
      text: `Hello ${v.name},\n\nThank you for attending "${v.title}". Would you take half a minute to say how it was? The organiser learns from it.\n\n${v.link}`,
    }),
  },
  learning_hour_proposed: {
    nl: (v) => ({
      subject: `Voorstel voor een teamleeruur: ${v.title} (${v.when})`,
      text: `Hallo ${v.name},\n\nJe leidinggevende stelt een leeruur met het team voor: "${v.title}", ${v.when}. Neem het over in je leertijd (dan staat het ook in je agenda-abonnement) of sla het af:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Proposed team learning hour: ${v.title} (${v.when})`,
      text: `Hello ${v.name},\n\nYour manager proposes a learning hour with the team: "${v.title}", ${v.when}. Accept it into your learning time (it then appears in your calendar subscription too) or decline:\n${v.link}`,
    }),
  },
  knowledge_mention: {
    nl: (v) => ({
      subject: `${v.author} noemt je in "${v.title}"`,
      text: `Hallo ${v.name},\n\n${v.author} noemde je in de kennisruimte bij "${v.title}".\n\nLees het hier:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `${v.author} mentioned you in "${v.title}"`,
      text: `Hello ${v.name},\n\n${v.author} mentioned you in the knowledge space, in "${v.title}".\n\nRead it here:\n${v.link}`,
    }),
  },
  knowledge_answer: {
    nl: (v) => ({
      subject: `Nieuw antwoord op je vraag "${v.title}"`,
      text: `Hallo ${v.name},\n\n${v.author} reageerde op je vraag "${v.title}" in de kennisruimte. Helpt het? Markeer dan het beste antwoord.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: `New answer to your question "${v.title}"`,
      text: `Hello ${v.name},\n\n${v.author} answered your question "${v.title}" in the knowledge space. Does it help? Then mark the best answer.\n\n${v.link}`,
    }),
  },
  team_moment_question: {
    nl: (v) => ({
      subject: `${v.author} vraagt: ${v.question}`,
      text: `Hallo ${v.name},\n\n${v.author} vraagt het team voor het teamoverleg: "${v.question}"\n\nEen korte zin is genoeg:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `${v.author} asks: ${v.question}`,
      text: `Hello ${v.name},\n\n${v.author} asks the team before the team meeting: "${v.question}"\n\nOne short sentence is enough:\n${v.link}`,
    }),
  },
  feedback_requested: {
    nl: (v) => ({
      subject: `${v.author} vraagt je om feedback: ${v.subject}`,
      text: `Hallo ${v.name},\n\n${v.author} vraagt je om feedback over "${v.subject}":\n\n"${v.question}"\n\nJe antwoord gaat alleen naar ${v.author}. Geef het hier:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `${v.author} asks you for feedback: ${v.subject}`,
      text: `Hello ${v.name},\n\n${v.author} asks you for feedback on "${v.subject}":\n\n"${v.question}"\n\nYour answer goes to ${v.author} only. Give it here:\n${v.link}`,
    }),
  },
  feedback_answered: {
    nl: (v) => ({
      subject: `${v.author} gaf je feedback: ${v.subject}`,
      text: `Hallo ${v.name},\n\n${v.author} beantwoordde je vraag om feedback over "${v.subject}".\n\nLees het hier:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `${v.author} gave you feedback: ${v.subject}`,
      text: `Hello ${v.name},\n\n${v.author} answered your request for feedback on "${v.subject}".\n\nRead it here:\n${v.link}`,
    }),
  },
  // A campaign's e-mail: L&D wrote the title and text in both languages; the link is tracked.
  campaign_message: {
    nl: (v) => ({
      subject: v.title ?? '',
      text: `Hallo ${v.name},\n\n${v.body}${v.link ? `\n\nLees verder: ${v.link}` : ''}`,
    }),
    en: (v) => ({
      subject: v.title ?? '',
      text: `Hello ${v.name},\n\n${v.body}${v.link ? `\n\nRead more: ${v.link}` : ''}`,
    }),
  },
  // A pulse survey or Learning Zone check opened for the person; answers are anonymous.
  survey_invitation: {
    nl: (v) => ({
      subject: `Korte vragenlijst: ${v.title}`,
      text: `Hallo ${v.name},\n\nWe horen graag hoe het gaat. Vul de korte vragenlijst "${v.title}" in; het kost een paar minuten. Je antwoorden zijn anoniem: ze worden zonder je naam bewaard en alleen getoond voor groepen waarin genoeg mensen meededen.\n\nHier vul je hem in:\n${v.link}`,
    }),
    en: (v) => ({
      subject: `Short survey: ${v.title}`,
      text: `Hello ${v.name},\n\nWe would like to hear how things are going. Please fill in the short survey "${v.title}"; it takes a few minutes. Your answers are anonymous: they are stored without your name and only shown for groups in which enough people took part.\n\nFill it in here:\n${v.link}`,
    }),
  },
  // A webhook subscription was switched off after its messages kept failing (to the owner who made it).
  webhook_disabled: {
    nl: (v) => ({
      subject: 'Webhook uitgezet: berichten kwamen niet aan',
      text: `Hallo ${v.name},\n\nGroeipad kon berichten voor de webhook naar ${v.host} herhaaldelijk niet afleveren en heeft hem uitgezet. Controleer de ontvanger en zet hem weer aan; mislukte berichten kun je opnieuw versturen.\n\n${v.link}`,
    }),
    en: (v) => ({
      subject: 'Webhook switched off: messages did not arrive',
      text: `Hello ${v.name},\n\nGroeipad could not deliver messages to the webhook at ${v.host} again and again, and switched it off. Check the receiver and switch it back on; failed messages can be sent again.\n\n${v.link}`,
    }),
  },
} satisfies Record<string, MailTemplate>;

export type MailKind = keyof typeof mailMessages;
