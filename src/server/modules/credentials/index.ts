// Credentials is reached over HTTP, through the domain events it listens to and its job; nothing calls into it.
export { issueAllMissing } from './credentials.issue.ts';
