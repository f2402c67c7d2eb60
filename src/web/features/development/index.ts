// What other features may use from development; its pages are reached through routes.tsx.
export { DevelopmentHomeBlock } from './development-home-block.tsx';
export { type AgreementSubject, LearningAgreementForm } from './learning-agreement-form.tsx';
