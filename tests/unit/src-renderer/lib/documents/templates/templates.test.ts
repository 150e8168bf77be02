import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { certificateTemplateDocx, programmeTemplateDocx } from '../../../../../../scripts/lib/template-fixtures';
import { longNamesSessionInput } from '../../../../../../scripts/lib/long-names-session';
import { generate } from '../../../../../../src-renderer/lib/documents/generate';
import { certificatePlan } from '../../../../../../src-renderer/lib/documents/handouts/certificate';
import { checkTemplate, closestPlaceholder } from '../../../../../../src-renderer/lib/documents/templates/check';
import { certificateFields, CERTIFICATE_PLACEHOLDERS } from '../../../../../../src-renderer/lib/documents/templates/fields';
import { bytesToBase64, fillTemplate, fillTemplateForAll, PART_MARK_PATTERN, PART_MARK_TEXT } from '../../../../../../src-renderer/lib/documents/templates/fill';
import { catalogues } from '../../../../../../src-renderer/lib/i18n/catalogue';
import { xmlText } from '../handouts/docx-text';

const OPTIONS = { issueDate: '2026-05-11', protocol: '0042137/2026' };

/** The refusal as the coordinator reads it. */
function message(check: ReturnType<typeof checkTemplate>): string {
  if (check.ok) throw new Error('the template was accepted');
  return catalogues.it[check.problem.key].replace(/\{(\w+)\}/g, (whole, name: string) => check.problem.params[name] ?? whole);
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string');
}

describe('checking an office’s template before storing it', () => {
  it('accepts a letterhead certificate, a placeholder split across three runs included', async () => {
    const bytes = await certificateTemplateDocx();
    // As Word leaves it after an edit: "{cog", "no", "me}" in separate runs.
    expect(await part(bytes, 'word/document.xml')).not.toContain('{cognome}');
    const check = checkTemplate(bytes, 'certificate');
    expect(check.ok && check.placeholders).toEqual(expect.arrayContaining(['nome', 'cognome', 'ente', 'ore', 'firmatario']));
  });

  it('names a misspelled placeholder, suggests the right one and lists the valid ones', async () => {
    const text = message(checkTemplate(await certificateTemplateDocx({ surnameTag: '{cognme}' }), 'certificate'));
    expect(text).toContain('Il segnaposto {cognme} non esiste: forse si intendeva {cognome}?');
    for (const valid of CERTIFICATE_PLACEHOLDERS) expect(text).toContain(`{${valid}}`);
    expect(text).toContain('Nulla è stato salvato');
    expect(message(checkTemplate(await certificateTemplateDocx({ surnameTag: '{codice_fiscale}' }), 'certificate'))).toContain('Il segnaposto {codice_fiscale} non esiste. Segnaposto validi: {nome}');
  });

  it('finds an unclosed brace and a closing brace without its opening one', async () => {
    expect(message(checkTemplate(await certificateTemplateDocx({ surnameTag: '{cognome' }), 'certificate'))).toContain('una graffa aperta e mai chiusa vicino a «{cognome»');
    expect(message(checkTemplate(await certificateTemplateDocx({ surnameTag: 'cognome}' }), 'certificate'))).toContain('una graffa chiusa «}» senza quella aperta');
  });

  it('refuses what is not a .docx: text, a .doc of Word 97-2003, a zip of something else', async () => {
    expect(message(checkTemplate(new TextEncoder().encode('Si attesta che {nome}'), 'certificate'))).toContain('non è un documento Word .docx');
    expect(message(checkTemplate(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'certificate'))).toContain('Word 97-2003 (.doc)');
    const zip = new JSZip();
    zip.file('hello.txt', 'ciao');
    expect(message(checkTemplate(await zip.generateAsync({ type: 'uint8array' }), 'certificate'))).toContain('non è un documento Word .docx');
  });

  it('accepts the programme’s loop over the agenda, and refuses a programme uploaded as the certificate', async () => {
    const programme = await programmeTemplateDocx();
    const check = checkTemplate(programme, 'programme');
    expect(check.ok && check.placeholders).toContain('#programma');
    expect(message(checkTemplate(programme, 'certificate'))).toContain('Il segnaposto {ente_ospitante} non esiste');
  });

  it('suggests the placeholder meant when the case or the separator differs', () => {
    expect(closestPlaceholder('Nome', CERTIFICATE_PLACEHOLDERS)).toBe('nome');
    expect(closestPlaceholder('ore previste', CERTIFICATE_PLACEHOLDERS)).toBe('ore_previste');
    expect(closestPlaceholder('indirizzo_email', CERTIFICATE_PLACEHOLDERS)).toBeNull();
  });
});

describe('filling the template', () => {
  const input = longNamesSessionInput();
  const { entries } = certificatePlan(input);
  const people = entries.map((e) => certificateFields(input, e, OPTIONS));

  it('gives one person’s certificate with every value in place of its placeholder', async () => {
    const text = xmlText(await part(fillTemplate(await certificateTemplateDocx(), people[0]!), 'word/document.xml'));
    expect(text).toContain('Maria Antonietta Giuseppina Bianchi-Scaramuzza De Santis');
    expect(text).toContain('Prot. n. 0042137/2026');
    expect(text).toContain('per 14 ore su 14 ore previste');
    expect(text).toContain('Monza, 11 maggio 2026');
    expect(text).not.toMatch(/[{}]/);
  });

  it('puts everybody in one Word file: the body once per person, each on a new page, the letterhead shared', async () => {
    const template = await certificateTemplateDocx();
    const all = fillTemplateForAll(template, people);
    const xml = await part(all, 'word/document.xml');
    const text = xmlText(xml);
    for (const p of entries) expect(text).toContain(`${p.participant.name} ${p.participant.surname}`);
    // A page break before each person but the first, and the page setup (with the header and footer) once, at the end.
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(people.length - 1);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(1);
    expect(xml).toMatch(/<w:headerReference[^>]*\/>[\s\S]*<\/w:sectPr><\/w:body>/);
    // The header and footer parts and the picture are the template's, untouched.
    const zip = await JSZip.loadAsync(all);
    const original = await JSZip.loadAsync(template);
    for (const name of Object.keys(original.files).filter((n) => /^word\/(header|footer)\d*\.xml$|^word\/media\//.test(n))) {
      expect(await zip.file(name)!.async('base64'), name).toBe(await original.file(name)!.async('base64'));
    }
    // Every picture in the body has its own id, as Word requires.
    const ids = [...xml.matchAll(/<wp:docPr\b[^>]*\sid="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('runs as a document job: one Word file, or one file per person named "Cognome Nome - Attestato"', async () => {
    const template = bytesToBase64(await certificateTemplateDocx());
    const [one] = await generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'docx', split: false, template });
    expect(xmlText(await part(one!.data as Uint8Array, 'word/document.xml'))).toContain('Zoë Ñúñez Çelik');
    const each = await generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'docx', split: true, template });
    expect(each.map((f) => f.stem)).toEqual(entries.map((e) => `${e.participant.surname} ${e.participant.name} - Attestato`));
  });

  it('for a PDF gives everybody in one Word file, with a part mark per person only when the PDF is to be split', async () => {
    const template = bytesToBase64(await certificateTemplateDocx());
    const [whole] = await generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'html', split: false, template });
    expect(whole!.parts).toBeUndefined();
    expect(xmlText(await part(whole!.data as Uint8Array, 'word/document.xml'))).not.toContain('ospita-parte');
    const [marked] = await generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'html', split: true, template });
    expect(marked!.parts!.map((p) => p.stem)).toEqual(entries.map((e) => `${e.participant.surname} ${e.participant.name} - Attestato`));
    const xml = await part(marked!.data as Uint8Array, 'word/document.xml');
    // Each person's mark comes before that person's name, in order, and each mark text is what docx-html.ts looks for.
    const marks = [...xmlText(xml).matchAll(/\[\[ospita-parte-\d+\]\]/g)].map((m) => m[0]);
    expect(marks).toEqual(entries.map((_, i) => PART_MARK_TEXT(i)));
    for (const m of marks) expect(PART_MARK_PATTERN.test(m)).toBe(true);
    const text = xmlText(xml);
    entries.forEach((e, i) => {
      const at = text.indexOf(PART_MARK_TEXT(i));
      expect(at).toBeLessThan(text.indexOf(`${e.participant.name} ${e.participant.surname}`, at));
      if (i + 1 < entries.length) expect(text.indexOf(`${e.participant.name} ${e.participant.surname}`, at)).toBeLessThan(text.indexOf(PART_MARK_TEXT(i + 1)));
    });
  });

  it('fills the programme template with a row per agenda item', async () => {
    const { session, offer, items, settings } = input;
    const [file] = await generate({ kind: 'programmeTemplate', source: { session, offer, items, settings }, lang: 'en', template: bytesToBase64(await programmeTemplateDocx()) });
    const xml = await part(file!.data as Uint8Array, 'word/document.xml');
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(1 + items.length);
    const text = xmlText(xml);
    expect(text).toContain('Thursday 7 May 2026');
    expect(text).toContain('09:00–13:00');
    expect(text).not.toMatch(/[{}]/);
  });
});
