// What other features may use from events: signing up for a workshop's sessions (the catalogue's
// item page, a plan goal that links a workshop).
export { WorkshopSignUp } from './workshop-sign-up.tsx';
