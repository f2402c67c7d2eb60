export { hashPassword } from './auth.crypto.ts';
export { authOf, registerAuthentication, sessionCookie } from './auth.hook.ts';
export { authRoutes } from './auth.routes.ts';
export { sendAuthLink } from './auth.service.ts';
