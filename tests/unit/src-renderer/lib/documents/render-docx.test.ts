import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../../src-renderer/lib/documents/render-docx';
import { heading, pageSetup, paragraph, type DocModel } from '../../../../../src-renderer/lib/documents/model';
import { hostSection } from '../../../../../src-renderer/lib/documents/handouts/common';
import { SETTINGS, TINY_PNG, sampleDoc } from './sample';

async function documentXml(bytes: Uint8Array): Promise<{ zip: JSZip; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { zip, xml };
}

describe('the Word rendering', () => {
  it('is a real .docx with A4 pages, portrait then landscape', async () => {
    const { xml } = await documentXml(await renderDocx(sampleDoc()));
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toMatch(/w:w="11906"/);
    expect(sizes[0]).toMatch(/w:h="16838"/);
    expect(sizes[0]).toMatch(/w:orient="portrait"/);
    expect(sizes[1]).toMatch(/w:w="16838"/);
    expect(sizes[1]).toMatch(/w:h="11906"/);
    expect(sizes[1]).toMatch(/w:orient="landscape"/);
  });

  it('repeats the table header row on every page and never splits a row', async () => {
    const { xml } = await documentXml(await renderDocx(sampleDoc(60)));
    expect(xml).toContain('<w:tblHeader');
    const rows = xml.match(/<w:tr>|<w:tr /g)?.length ?? 0;
    const cantSplit = xml.match(/<w:cantSplit/g)?.length ?? 0;
    expect(cantSplit).toBe(rows);
  });

  it('numbers the pages "Pagina X di Y" in the footer', async () => {
    const { zip } = await documentXml(await renderDocx(sampleDoc()));
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    const footer = await zip.file(footers[0]!)!.async('string');
    expect(footer).toMatch(/Pagina/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it('puts the host details and logo in the header', async () => {
    const { zip } = await documentXml(await renderDocx(sampleDoc()));
    const headers = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name));
    const header = await zip.file(headers[0]!)!.async('string');
    expect(header).toContain('Comune di Monza');
    expect(header).toContain('Servizio Partecipazione, Giovani e Pari Opportunità');
    expect(header).toContain('<pic:pic');
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(true);
  });

  it('refers only to parts that exist in the package (Word refuses the file otherwise)', async () => {
    const { zip, xml } = await documentXml(await renderDocx(sampleDoc(5)));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/r:(?:id|embed)="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(ids.has(id)).toBe(true);
  });

  it('draws body images, such as QR codes on badges, once in the package however often they appear', async () => {
    const image = { kind: 'image' as const, image: { dataUrl: TINY_PNG, width: 20, height: 20, alt: 'Codice QR' } };
    const doc: DocModel = { title: 'Badge', lang: 'it', sections: [{ page: pageSetup(), header: null, footer: null, blocks: [image, image, paragraph('fine')] }] };
    const { zip, xml } = await documentXml(await renderDocx(doc));
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it('keeps every text, escaped, with bold and italic', async () => {
    const { xml } = await documentXml(await renderDocx(sampleDoc(3)));
    expect(xml).toContain('Attività 3 &lt;con&gt; &amp; &quot;virgolette&quot;');
    expect(xml).toContain('<w:b/>');
    expect(xml).toContain('<w:i/>');
    expect(xml).toContain('Maria Rossi');
  });

  it('writes 300 one-page certificates with one shared header and one copy of the logo', async () => {
    // How fast is measured by `npm run bench` (a benchmark, not a timed test): here, the shape that keeps it fast.
    const certificate = (i: number) =>
      hostSection(SETTINGS, 'it', [
        heading('Attestato di partecipazione', 1, 'center'),
        paragraph('Si attesta che', { align: 'center' }),
        paragraph([{ text: `Persona Numero ${i}`, bold: true, size: 16 }], { align: 'center' }),
        paragraph('del Comune di Esempio ha partecipato allo scambio di buone pratiche', { align: 'center' }),
        paragraph('Processo di Co-progettazione con Enti del Terzo Settore', { align: 'center' }),
        paragraph('giovedì 7 e venerdì 8 maggio 2026, per 12 ore e 30 minuti', { align: 'center' }),
        { kind: 'signature', placeAndDate: 'Monza, 8 maggio 2026', role: 'Il Responsabile', name: 'Maria Rossi' },
      ]);
    const doc: DocModel = { title: 'Attestati', lang: 'it', sections: Array.from({ length: 300 }, (_, i) => certificate(i)) };
    const bytes = await renderDocx(doc);
    const { zip, xml } = await documentXml(bytes);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(300);
    expect(xml).toContain('Persona Numero 299');
    expect(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n))).toHaveLength(1);
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
  });
});

describe('line spacing that LibreOffice reads as Word does', () => {
  it('writes a line rule wherever a line height is set, in the body, the styles, headers and footers', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sampleDoc()));
    const parts = Object.keys(zip.files).filter((name) => /^word\/(document|styles|header\d+|footer\d+)\.xml$/.test(name));
    expect(parts).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml']));
    let spacings = 0;
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      for (const m of xml.matchAll(/<w:spacing [^>]*\/>/g)) {
        spacings++;
        // A line value without its rule is read by LibreOffice as an exact height: wrapped lines overprint.
        if (m[0].includes('w:line=')) expect(m[0], `${part}: ${m[0]}`).toMatch(/w:lineRule="(auto|exact|atLeast)"/);
      }
    }
    expect(spacings).toBeGreaterThan(10);
  });
});
