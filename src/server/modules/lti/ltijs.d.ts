// ltijs ships no types; the tests use it as a real tool only.
declare module 'ltijs';
