// What other features may use from recognition; its pages are reached through routes.tsx.
export { CelebrationsHomeBlock } from './celebrations.tsx';
export { KudosDialog } from './kudos-dialog.tsx';
