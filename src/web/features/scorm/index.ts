// What other features may use from scorm: the upload screen and package card (catalogue), the player (learning).
export { ScormPackageCard } from './package-card.tsx';
export { ScormPlayer } from './scorm-player.tsx';
export { ScormUploadPage } from './upload-page.tsx';
