// What other features may use from campaigns: home's spotlight, the catalogue's theme strip, and
// the nudge opt-outs in my settings. Its pages are reached through routes.tsx.
export { CoachPanel } from './coach-panel.tsx';
export { NudgeOptOuts } from './nudge-opt-outs.tsx';
export { HomeSpotlight, ThemeStrip } from './spotlight.tsx';
