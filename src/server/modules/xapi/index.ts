export {
  catalogueItemOf,
  onStatementsStored,
  type StatementsStored,
  storeOwnStatement,
} from './statements/statements.write.ts';
export { xapiPlugin } from './xapi.plugin.ts';
