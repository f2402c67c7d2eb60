// What other features may use from onboarding; its pages are reached through routes.tsx.
export { HomeOnboardingBlock } from './home-block.tsx';
