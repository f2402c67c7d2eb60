// Recognition is reached over HTTP and through the domain events it listens to; nothing calls into it yet.

// Credentials issues every badge award as an Open Badges 3.0 credential.
export { type BadgeAwardFacts, badgeAwardsForCredentials, revokedBadgeAwards } from './badges.credentials.ts';
// Insight's "Mijn groei" lists the badges I earned.
export { badgesEarned } from './badges.earned.ts';
export { awardAllBadges } from './badges.service.ts';
export { tellChallengeNews } from './challenges.news.ts';
export { giveKudos } from './recognition.service.ts';
