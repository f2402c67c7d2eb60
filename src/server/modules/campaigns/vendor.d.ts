// The hyphenation patterns ship without types: the part the readability check uses.
declare module 'hyphen/nl/index.js' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
declare module 'hyphen/en/index.js' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
