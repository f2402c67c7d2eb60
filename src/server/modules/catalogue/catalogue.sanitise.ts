import sanitizeHtml from 'sanitize-html';

// An allow-list: only these tags and attributes survive; scripts, event handlers, styles and
// javascript: links are dropped, so no script stored in an article can ever run.
const options: sanitizeHtml.IOptions = {
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
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
  },
};
options.allowedAttributes = { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt'] };

/** Cleans rich text; `wasChanged` tells the author something unsafe was removed. */
export function sanitiseRichText(html: string): { html: string; wasChanged: boolean } {
  const clean = sanitizeHtml(html, options).trim();
  // The same serialiser with nothing disallowed: any difference is something the allow-list removed.
  const untouched = sanitizeHtml(html, {
    ...options,
    allowedTags: false,
    allowedAttributes: false,
    allowedSchemes: ['http', 'https', 'mailto', 'javascript', 'data'],
    allowedSchemesByTag: {},
    allowVulnerableTags: true,
  }).trim();
  return { html: clean, wasChanged: clean !== untouched };
}
