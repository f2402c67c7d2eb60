export { countOpenInvitations, hasOpenInvitation } from './auth.accounts.ts';
export { endSignIns, notifyEmailChanged } from './auth.credentials.ts';
export { hashPassword, randomToken, safeEqual, sha256 } from './auth.crypto.ts';
export { lookupSession, type Principal, registerAuthentication, sessionCookie } from './auth.hook.ts';
export { sendAuthLink, sessionLifetimeMs, signOut, startSession } from './auth.service.ts';
export type { SessionCacheOptions, SessionPrincipal } from './auth.sessions.ts';
export { pruneSignInAttempts } from './auth.throttle.ts';
