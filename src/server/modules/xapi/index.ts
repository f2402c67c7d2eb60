// What other modules may use of the learning record store: Groeipad's own learning events go in
// through storeOwnStatement; catalogue progress listens to 'xapi.statements_linked' (LinkedStatement).
// cmi5 makes the one credential it forwards its sessions' LRS requests with (createCredential), and
// reads the statement part of a multipart/mixed request to check it (splitStatementsMultipart).
export { createCredential } from './credentials/credentials.service.ts';
export { parseMultipart as splitStatementsMultipart } from './statements/attachments.ts';
// Insight's summary job counts statements per person and day.
export { statementFacts } from './statements/insight-facts.ts';
export { storeOwnStatement, storeOwnStatements } from './statements/statements.write.ts';
export { XapiError } from './xapi.errors.ts';
export type { LinkedStatement } from './xapi.events.ts';
