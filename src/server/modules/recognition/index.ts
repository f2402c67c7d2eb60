// Recognition is reached over HTTP and through the domain events it listens to; nothing calls into it yet.
export { awardAllBadges } from './badges.service.ts';
export { giveKudos } from './recognition.service.ts';
