import { describe, expect, it } from 'vitest';
import { sanitiseHtml, textOf } from './sanitise-html.ts';

describe('sanitiseHtml', () => {
  it('keeps the formatting an editor produces', () => {
    const html =
      '<p>Beste collega,</p><ul><li><strong>Dinsdag</strong> <em>scholing</em></li></ul><h2>Vragen?</h2>';
    expect(sanitiseHtml(html)).toBe(html);
  });

  it('drops scripts with their content, event handlers and unknown tags', () => {
    expect(
      sanitiseHtml('<p onclick="x()">Hoi<script>alert(1)</script></p><img src=x onerror=alert(1)>'),
    ).toBe('<p>Hoi</p>');
    expect(sanitiseHtml('<style>p{}</style><div>tekst</div>')).toBe('tekst');
  });

  it('keeps only safe links and marks them noopener', () => {
    expect(sanitiseHtml('<a href="https://delinde.nl/x">lees</a>')).toBe(
      '<a href="https://delinde.nl/x" rel="noopener noreferrer">lees</a>',
    );
    expect(sanitiseHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitiseHtml('<a href="java&#115;cript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitiseHtml('<a href=" //evil.example">x</a>')).toBe('<a>x</a>');
  });

  it('escapes stray angle brackets and quotes, keeps entities, closes what is left open', () => {
    expect(sanitiseHtml('1 < 2 & "3" &amp; <b>vet')).toBe('1 &lt; 2 &amp; &quot;3&quot; &amp; <b>vet</b>');
    expect(sanitiseHtml('<p><em>a</p>')).toBe('<p><em>a</em></p>');
    expect(sanitiseHtml('<scr<script>ipt>alert(1)</script>')).toBe('ipt&gt;alert(1)');
  });

  it('gives plain text for notifications', () => {
    expect(textOf('<p>Zorg &amp; welzijn</p><p>samen</p>')).toBe('Zorg & welzijn samen');
  });
});
