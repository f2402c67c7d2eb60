// What other features may use from single sign-on; its settings page is reached through routes.tsx.
export { SsoSignIn } from './sso-sign-in.tsx';
