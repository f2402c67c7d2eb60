// Secrets in mail (invitation and password-reset links) are for the recipient only. What admins see in
// the outbox has them hidden; this is the one place that decides how they look when hidden.

export const hiddenSecret = '•••••';

/** A link with its token hidden: still shows where it leads, no longer lets anyone in. */
export const hideSecret = (value: string) => (/[?&]token=/.test(value) ? redactTokens(value) : hiddenSecret);

/**
 * Hides every `token=` query value in a text. Applied to everything the outbox shows, on top of the
 * hidden copy stored by queueMail, so a future template that forgets to mark its link still leaks none.
 */
export const redactTokens = (text: string) =>
  text.replace(/([?&](?:token|code|key)=)[^\s&#"'<>]+/gi, `$1${hiddenSecret}`);
