import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** L&D build programmes (the same permission that organises workshops). */
export const canManageProgrammes = (auth: Auth) => can(auth, 'catalogue.manage');

/** A draft is L&D's; a published programme is for everyone in the organisation. */
export const canSeeProgramme = (auth: Auth, programme: { status: string }) =>
  programme.status === 'published' ? can(auth, 'catalogue.read') : canManageProgrammes(auth);

/** The recap (recordings and materials) opens once the period is over; L&D can prepare it earlier. */
export const isOver = (programme: { ends_on: string }, today: string) => programme.ends_on < today;
