import { describe, expect, it } from 'vitest';
import { sanitisedHtml, sanitiseRichText, textOf } from './rich-text.ts';

// Every attack case of the two cleaners this replaced (announcements' tokeniser, the catalogue's
// sanitize-html copy) runs against both kinds of rich text.
const announcement = (html: string) => sanitisedHtml(html, 'announcement');
const article = (html: string) => sanitisedHtml(html, 'article');

describe('announcement rich text', () => {
  it('keeps the formatting an editor produces', () => {
    const html =
      '<p>Beste collega,</p><ul><li><strong>Dinsdag</strong> <em>scholing</em></li></ul><h2>Vragen?</h2>';
    expect(announcement(html)).toBe(html);
  });

  it('drops scripts with their content, event handlers and unknown tags', () => {
    expect(
      announcement('<p onclick="x()">Hoi<script>alert(1)</script></p><img src=x onerror=alert(1)>'),
    ).toBe('<p>Hoi</p>');
    expect(announcement('<style>p{}</style><div>tekst</div>')).toBe('tekst');
  });

  it('keeps only safe links and marks them noopener', () => {
    expect(announcement('<a href="https://delinde.nl/x">lees</a>')).toBe(
      '<a href="https://delinde.nl/x" rel="noopener noreferrer">lees</a>',
    );
    expect(announcement('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(announcement('<a href="java&#115;cript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(announcement('<a href=" //evil.example">x</a>')).toBe('<a>x</a>');
    expect(announcement('<a href="/learning/items/1">in de app</a>')).toBe(
      '<a href="/learning/items/1" rel="noopener noreferrer">in de app</a>',
    );
  });

  it('escapes stray angle brackets and quotes, keeps entities, closes what is left open', () => {
    expect(announcement('1 < 2 & "3" &amp; <b>vet')).toBe('1 &lt; 2 &amp; &quot;3&quot; &amp; <b>vet</b>');
    expect(announcement('<p><em>a</p>')).toBe('<p><em>a</em></p>');
    expect(announcement('<scr<script>ipt>alert(1)</script>')).toBe('ipt&gt;alert(1)');
  });

  it('gives plain text for notifications', () => {
    expect(textOf('<p>Zorg &amp; welzijn</p><p>samen</p>')).toBe('Zorg & welzijn samen');
    expect(textOf(announcement('<script>x</script>'))).toBe('');
  });
});

describe('article rich text', () => {
  it('drops event handlers, scripts and javascript: links, and tells the author', () => {
    const cleaned = sanitiseRichText(
      '<p onclick="steal()">Geef <strong>concreet</strong> feedback.</p><script>alert(1)</script><a href="javascript:alert(1)">klik</a>',
      'article',
    );
    expect(cleaned.html).toBe(
      '<p>Geef <strong>concreet</strong> feedback.</p><a rel="noopener noreferrer" target="_blank">klik</a>',
    );
    expect(cleaned.wasChanged).toBe(true);
  });

  it('keeps tables, code and https images, and says nothing was removed', () => {
    const html =
      '<h2>Stappen</h2><table><tbody><tr><td>1</td></tr></tbody></table><pre><code>a &lt; b</code></pre><img src="https://delinde.nl/a.png" alt="schema" />';
    expect(sanitiseRichText(html, 'article')).toEqual({ html, wasChanged: false });
    expect(sanitiseRichText('<p>Zeg "ja"</p>', 'article').wasChanged).toBe(false);
  });

  it.each([
    ['<img src="http://delinde.nl/a.png">', '<img />'],
    ['<img src="data:image/png;base64,AAAA">', '<img />'],
    ['<a href="java&#115;cript:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<a href="//evil.example">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<p style="background:url(x)">t</p>', '<p>t</p>'],
    ['<iframe src="https://evil.example"></iframe>t', 't'],
    ['<svg><script>alert(1)</script></svg>t', 't'],
    ['<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
    ['<p onmouseover=alert(1)>t</p>', '<p>t</p>'],
  ])('cleans %s', (input, output) => {
    expect(article(input)).toBe(output);
  });
});
