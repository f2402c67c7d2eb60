// Rich text from the announcement editor, reduced to a small allow-list and rebuilt from scratch:
// every tag that comes out is one we wrote, every text is escaped, so nothing else survives.

const allowedTags = new Set([
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'blockquote',
  'a',
]);
const voidTags = new Set(['br']);
// Whose content is dropped with the tag, not shown as text.
const droppedWithContent = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'textarea',
  'title',
  'head',
]);

const entity = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '&') out += entity.test(text.slice(i)) ? '&' : '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else out += char;
  }
  return out;
}

function safeHref(attributes: string): string | null {
  const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  const href = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  if (!href || /[\s<>"'`\\]|&#|&colon;/i.test(href)) return null;
  if (/^(https?:\/\/|mailto:)/i.test(href) || (href.startsWith('/') && !href.startsWith('//'))) return href;
  return null;
}

export function sanitiseHtml(input: string): string {
  const tokens =
    /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<(?=[a-zA-Z/!?])[^>]*(?:>|$)/g;
  let out = '';
  let last = 0;
  let dropping: string | null = null;
  const open: string[] = [];
  for (let match = tokens.exec(input); match; match = tokens.exec(input)) {
    if (!dropping) out += escapeText(input.slice(last, match.index));
    last = tokens.lastIndex;
    const [, slash, rawName, attributes = ''] = match;
    if (!rawName) continue; // comment or broken tag
    const name = rawName.toLowerCase();
    if (dropping) {
      if (slash && name === dropping) dropping = null;
      continue;
    }
    if (droppedWithContent.has(name)) {
      if (!slash && !attributes.trim().endsWith('/')) dropping = name;
      continue;
    }
    if (!allowedTags.has(name)) continue;
    if (slash) {
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      // Close what was left open inside, so the output is well nested.
      while (open.length > at) out += `</${open.pop()}>`;
      continue;
    }
    if (voidTags.has(name)) {
      out += `<${name}>`;
      continue;
    }
    if (name === 'a') {
      const href = safeHref(attributes);
      out += href ? `<a href="${href}" rel="noopener noreferrer">` : '<a>';
    } else out += `<${name}>`;
    open.push(name);
  }
  if (!dropping) out += escapeText(input.slice(last));
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

/** Plain text of sanitised HTML, for notifications and e-mail. */
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
