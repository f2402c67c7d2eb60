// What other modules may use from the knowledge space.
export { anonymisePostsOf } from './knowledge.repository.ts';
