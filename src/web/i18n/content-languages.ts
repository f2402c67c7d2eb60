// Content languages on screen: a tag's name in the interface language, and its writing direction for
// the dir attribute (shared with the server, which decides the same way for what it delivers).

export { directionOf } from '../../shared/writing-direction.ts';

export function languageName(tag: string, uiLanguage: string) {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
