import sanitizeHtml from 'sanitize-html';

// The one server-side HTML cleaner (sanitize-html): an allow-list, so only these tags and attributes
// survive; scripts (with their content), event handlers, styles and javascript:/data: links never reach
// the database. Articles get more formatting than announcements; the rules are otherwise the same.

const rel = 'noopener noreferrer';
/** The link addresses sanitize-html will keep (checked again by it after entity decoding). */
const isKeptHref = (href: string | undefined) => /^(https?:\/\/|mailto:|\/(?!\/))/i.test(href ?? '');

const base: sanitizeHtml.IOptions = {
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Quotes in text are escaped too, so text never needs care wherever it is pasted.
  textFilter: (text) => text.replaceAll('"', '&quot;'),
};

const profiles = {
  /** Announcements: a short editor's formatting; a link that keeps its address is marked noopener. */
  announcement: {
    ...base,
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h2', 'h3', 'blockquote', 'a'],
    allowedAttributes: { a: ['href', 'rel'] },
    transformTags: {
      a: (tagName, attribs) => {
        const kept: sanitizeHtml.Attributes = isKeptHref(attribs.href) ? { href: attribs.href!, rel } : {};
        return { tagName, attribs: kept };
      },
    },
  },
  /** Articles in the catalogue: also code, images (https only), rules and tables; links open in a new tab. */
  article: {
    ...base,
    allowedTags: [
      'p',
      'br',
      'h2',
      'h3',
      'h4',
      'strong',
      'b',
      'em',
      'i',
      'u',
      's',
      'ul',
      'ol',
      'li',
      'blockquote',
      'code',
      'pre',
      'a',
      'img',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt'] },
    allowedSchemesByTag: { img: ['https'] },
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel, target: '_blank' }) },
  },
} satisfies Record<string, sanitizeHtml.IOptions>;

export type RichTextKind = keyof typeof profiles;

/** Cleans rich text; `wasChanged` tells the author something unsafe or unsupported was removed. */
export function sanitiseRichText(html: string, kind: RichTextKind): { html: string; wasChanged: boolean } {
  const options = profiles[kind];
  const clean = sanitizeHtml(html, options).trim();
  // The same serialiser with nothing disallowed: any difference is something the allow-list removed.
  const untouched = sanitizeHtml(html, {
    ...options,
    allowedTags: false,
    allowedAttributes: false,
    allowedSchemes: ['http', 'https', 'mailto', 'javascript', 'data'],
    allowedSchemesByTag: {},
    allowProtocolRelative: true,
    allowVulnerableTags: true,
  }).trim();
  return { html: clean, wasChanged: clean !== untouched };
}

/** Only the cleaned HTML. */
export const sanitisedHtml = (html: string, kind: RichTextKind) => sanitiseRichText(html, kind).html;

/** Plain text of cleaned HTML, for notifications and e-mail. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
