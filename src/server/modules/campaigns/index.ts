// Campaigns are reached over HTTP and run by their jobs; nothing else calls into them yet.
export { sendDueMessages } from './campaigns.delivery.ts';
export { nudgeOrganisation, sendNudges } from './campaigns.nudges.ts';
