import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, renderHtml } from '../../../../../src-renderer/lib/documents/render-html';
import { paragraph, pageSetup, type DocModel } from '../../../../../src-renderer/lib/documents/model';
import { sampleDoc } from './sample';

describe('the printable HTML', () => {
  it('is a complete page with A4 pages, portrait and landscape, and page numbers', () => {
    const html = renderHtml(sampleDoc(5));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('<title>Documento di prova</title>');
    expect(html).toMatch(/@page p0 \{ size: A4 portrait;/);
    expect(html).toMatch(/@page p1 \{ size: A4 landscape;/);
    expect(html).toContain('style="page: p1"');
    expect(html).toContain('@bottom-right { content: "Pagina " counter(page) " di " counter(pages); }');
    expect(html).toContain('@bottom-left { content: "Programma"; }');
  });

  it('repeats table headers and keeps rows whole', () => {
    const html = renderHtml(sampleDoc(5));
    expect(html).toContain('table.data > thead { display: table-header-group; }');
    expect(html).toContain('table.data tr { break-inside: avoid; }');
    expect(html).toContain('<thead><tr style="background: #E3EDF7"><th scope="col">');
  });

  it('repeats the host letterhead on every page and breaks pages where asked', () => {
    const html = renderHtml(sampleDoc(5));
    expect(html).toContain('<table class="frame" role="presentation"><thead>');
    expect(html).toContain('Comune di Monza');
    expect(html).toContain('<img src="data:image/png;base64,');
    expect(html).toContain('<div class="page-break"></div>');
  });

  it('escapes every text so names with < or & print as typed', () => {
    const html = renderHtml(sampleDoc(3));
    expect(html).toContain('Attività 1 &lt;con&gt; &amp; &quot;virgolette&quot;');
    expect(html).not.toContain('<con>');
    expect(escapeHtml(`<script>'x'</script>`)).toBe('&lt;script&gt;&#39;x&#39;&lt;/script&gt;');
  });

  it('refuses to load anything from outside and ignores images that are not data URLs', () => {
    const doc: DocModel = {
      title: '<b>x</b>',
      lang: 'it',
      sections: [{ page: pageSetup('portrait'), header: null, footer: { text: 'a"b\\c</style>', pageNumbers: null }, blocks: [paragraph('x'), { kind: 'image', image: { dataUrl: 'https://example.org/x.png', width: 10, height: 10, alt: '' } }] }],
    };
    const html = renderHtml(doc);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('example.org');
    expect(html).toContain('<title>&lt;b&gt;x&lt;/b&gt;</title>');
    expect(html).not.toContain('</style>"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
