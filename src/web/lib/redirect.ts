/** Only same-site paths are followed after sign-in, never another origin. */
export const safeRedirect = (value: string | undefined) =>
  value?.startsWith('/') && !value.startsWith('//') ? value : '/';
