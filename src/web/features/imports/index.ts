export { ImportWizardPage } from './import-wizard-page.tsx';
