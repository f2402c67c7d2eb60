// What other features may use from home.
export { PersonRow } from './home-page.tsx';
