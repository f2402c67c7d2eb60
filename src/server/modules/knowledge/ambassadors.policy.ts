import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

// Who does what with ambassadors' profiles and collections. Curating a collection needs
// knowledge.moderate (ambassadors, L&D, HR, owners): the people who open topic spaces.

/** L&D (catalogue managers) and owners look after ambassadors: their topics, collections and reach. */
const looksAfterAmbassadors = (auth: Auth) => can(auth, 'catalogue.manage');

/** The ambassador writes their own profile; L&D sets anyone's topics too. */
export const canEditProfile = (auth: Auth, me: string, personId: string) =>
  me === personId || looksAfterAmbassadors(auth);

/** Reach is for the ambassador themselves and L&D: counts only, never who. */
export const canSeeReach = canEditProfile;

/** The curator changes or removes their collection; L&D any collection. */
export const canEditCollection = (auth: Auth, me: string, collection: { curator_id: string | null }) =>
  collection.curator_id === me || looksAfterAmbassadors(auth);
