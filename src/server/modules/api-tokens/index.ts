export { compileTokenLookup, type TokenRow, tokenNameOf, touchToken } from './api-tokens.repository.ts';
