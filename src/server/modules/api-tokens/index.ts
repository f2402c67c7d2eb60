export { tokenNameOf } from './api-tokens.repository.ts';
