// The demo catalogue of Zorggroep De Linde: Dutch healthcare learning, most items in Dutch and English.
// Kinds: a article, v video, p podcast, d document, l link, q quiz, o on-the-job assignment.

export type DemoItem = {
  key: string;
  kind: 'article' | 'video' | 'audio' | 'document' | 'link' | 'quiz' | 'assignment';
  minutes: number;
  topics: string[];
  nl: [title: string, summary: string];
  en?: [title: string, summary: string];
  url?: string;
};

export const item = (
  key: string,
  kind: DemoItem['kind'],
  minutes: number,
  topics: string[],
  nl: DemoItem['nl'],
  en?: DemoItem['en'],
  url?: string,
): DemoItem => ({ key, kind, minutes, topics, nl, en, url });
