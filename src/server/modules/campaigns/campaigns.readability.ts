import { flesch } from 'flesch';
import en from 'hyphen/en/index.js';
import nl from 'hyphen/nl/index.js';

// The plain-language (B1) check writers get before a message goes out (seed 000 §2: write in the
// language of the employees, minding their level). Reading ease is Flesch (English, the `flesch`
// package) or Flesch–Douma (Dutch: 206.84 − 0.93 × words per sentence − 77 × syllables per word);
// syllables are counted from the hyphenation patterns of the `hyphen` package (TeX patterns, so a
// close estimate, not a dictionary). B1 guidance: sentences of at most 20 words, few long words,
// reading ease 60 or more.

export const longSentenceWords = 20;
export const easeForB1 = 60;
const hyphenators = { nl, en } as const;
// A long word: many syllables (Dutch compounds are one word, so one more is allowed) or many letters.
const difficultSyllables = { nl: 5, en: 4 } as const;
const difficultLetters = 15;

const wordsOf = (sentence: string) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

export function syllablesOf(word: string, locale: 'nl' | 'en') {
  const parts = hyphenators[locale].hyphenateSync(word.toLowerCase(), { hyphenChar: '|', minWordLength: 2 });
  return parts.split(/[|-]/).filter((part) => /[aeiouyàáâäèéêëìíîïòóôöùúûü]/.test(part)).length || 1;
}

export function sentencesOf(text: string) {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+|\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

export type Readability = {
  locale: 'nl' | 'en';
  ease: number;
  b1: boolean;
  sentences: number;
  words: number;
  longSentences: { text: string; words: number }[];
  difficultWords: string[];
};

/** The B1 check of a text in Dutch or English. */
export function readabilityOf(text: string, locale: 'nl' | 'en'): Readability {
  const sentences = sentencesOf(text);
  const counts = { sentence: sentences.length, word: 0, syllable: 0 };
  const longSentences: Readability['longSentences'] = [];
  const difficult = new Set<string>();
  for (const sentence of sentences) {
    const words = wordsOf(sentence);
    counts.word += words.length;
    if (words.length > longSentenceWords) longSentences.push({ text: sentence, words: words.length });
    for (const word of words) {
      const syllables = syllablesOf(word, locale);
      counts.syllable += syllables;
      if (syllables >= difficultSyllables[locale] || word.length >= difficultLetters)
        difficult.add(word.toLowerCase());
    }
  }
  const ease = counts.word
    ? locale === 'en'
      ? flesch(counts)
      : 206.84 - 0.93 * (counts.word / counts.sentence) - 77 * (counts.syllable / counts.word)
    : 100;
  const rounded = Math.round(Math.max(0, Math.min(120, ease)));
  return {
    locale,
    ease: rounded,
    b1: rounded >= easeForB1 && longSentences.length === 0,
    sentences: counts.sentence,
    words: counts.word,
    longSentences,
    difficultWords: [...difficult].slice(0, 20),
  };
}
