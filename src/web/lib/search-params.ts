/** A non-empty string search parameter, or undefined. */
export const stringParam = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
