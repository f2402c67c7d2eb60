export { countOpenInvitations, hasOpenInvitation } from './auth.accounts.ts';
export { endSignIns, notifyEmailChanged } from './auth.credentials.ts';
export { hashPassword, randomToken, sha256 } from './auth.crypto.ts';
export { registerAuthentication, sessionCookie } from './auth.hook.ts';
export { sendAuthLink } from './auth.service.ts';
export { pruneSignInAttempts } from './auth.throttle.ts';
