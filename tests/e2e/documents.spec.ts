import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, PDFName } from 'pdf-lib';
import { groupIntoDays } from '../../src-renderer/lib/db/attendance-days';
import { groupIntoLists } from '../../src-renderer/lib/db/participant-lists';
import { DOCUMENT_SAVED, expect, test, type App } from './fixtures';
import { input } from '../unit/src-renderer/lib/documents/handouts/attendance-fixture';
import { certificateTemplateDocx } from '../../scripts/lib/template-fixtures';

const shots = process.env.OSPITA_SHOTS;

/** A two-day session that took place: programme, six people (one cancelled, one still waiting who never came), check-ins where three qualify. */
async function seedVisit(app: App, tweak: (data: ReturnType<typeof input>) => void = () => {}): Promise<void> {
  const data = input();
  tweak(data);
  await app.open('documenti');
  await app.page.evaluate(async (d) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ospita');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'offers', 'sessions', 'agendaItems', 'participantLists', 'attendanceDays'], 'readwrite');
    tx.objectStore('settings').put({ ...d.settings, updatedAt: '2026-04-01T09:00:00.000Z' });
    tx.objectStore('offers').put(d.offer);
    tx.objectStore('sessions').put(d.session);
    for (const item of d.items) tx.objectStore('agendaItems').put(item);
    for (const list of d.participantLists) tx.objectStore('participantLists').put(list);
    for (const day of d.attendanceDays) tx.objectStore('attendanceDays').put(day);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem('ospita.currentSession', d.session.id);
  }, { ...data, participantLists: groupIntoLists(data.participants), attendanceDays: groupIntoDays(data.events) });
  await app.reload();
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

/** Pages of a PDF, counted from its page objects. */
function pdfPages(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** A PDF's text as poppler reads it, pages apart by form feeds. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

async function savedFile(app: App, ending: string): Promise<string> {
  const names = await readdir(join(app.dir, 'saved'));
  const name = names.find((n) => n.endsWith(ending));
  expect(name, `a ${ending} file was saved`).toBeTruthy();
  return join(app.dir, 'saved', name!);
}

test('after the visit the coordinator reviews who qualifies and gets the certificates in Word, in one PDF and one file each', async ({ app }) => {
  const { page } = app;
  await seedVisit(app);
  const summary = page.getByTestId('cert-summary');
  await expect(summary).toContainText('Ricevono l’attestato 3 partecipanti su 4');
  await expect(summary).toContainText('10 ore e 30 minuti su 14 ore');
  const bianchi = page.getByTestId('cert-row').filter({ hasText: 'Bianchi Anna' });
  await expect(bianchi).toContainText('6 ore e 30 minuti');
  await expect(bianchi).toContainText('Sotto la soglia: ne servivano 10 ore e 30 minuti.');
  if (shots) await page.screenshot({ path: join(shots, 'documents-1-review.png'), fullPage: true });

  // A date of issue before the session ends is pointed out, not silently used.
  await page.getByLabel('Data di rilascio').fill('07/05/2026');
  await expect(page.locator('#cert-date-early')).toContainText('precede la fine della sessione (venerdì 8 maggio 2026)');
  await page.getByLabel('Data di rilascio').fill('11/5/2026');
  await expect(page.locator('#cert-date-early')).toBeHidden();

  // One Word file with all three.
  await page.getByRole('button', { name: 'Un file Word con tutti gli attestati' }).click();
  await expect(page.getByTestId('job-message')).toContainText('File salvato', DOCUMENT_SAVED);
  const text = await docxText(await savedFile(app, '.docx'));
  expect(text).toContain('Fabrizio Làzzari');
  expect(text).toContain("Nicolò D'Amico");
  expect(text).toContain('12 ore e 30 minuti');
  expect(text).not.toContain('Anna Bianchi');

  // One PDF, one page per certificate.
  await page.getByRole('button', { name: 'Un PDF con tutti gli attestati' }).click();
  await expect(page.getByTestId('job-message')).toContainText('.pdf', DOCUMENT_SAVED);
  expect(pdfPages(await readFile(await savedFile(app, '.pdf')))).toBe(3);

  // A decision by hand needs a reason, then counts.
  await bianchi.getByRole('button', { name: 'Includi: Bianchi Anna' }).click();
  await bianchi.getByRole('button', { name: 'Conferma' }).click();
  await expect(bianchi.getByText('Scrivere il motivo della decisione')).toBeVisible();
  await bianchi.getByLabel('Motivo per includere Bianchi Anna').fill('Assente il secondo giorno per servizio, autorizzata');
  await bianchi.getByRole('button', { name: 'Conferma' }).click();
  await expect(summary).toContainText('Ricevono l’attestato 4 partecipanti su 4');
  await expect(bianchi).toContainText('Incluso a mano: Assente il secondo giorno per servizio, autorizzata');

  // One PDF per person, into the folder chosen once: printed once for the four, then split; last year's signed
  // copy there is not replaced.
  await mkdir(join(app.dir, 'folder'), { recursive: true });
  await writeFile(join(app.dir, 'folder', 'bianchi anna - attestato.pdf'), 'signed copy');
  const printsBefore = app.record.pdfs;
  await page.getByRole('button', { name: 'Salva nella cartella degli attestati' }).click();
  await expect(page.getByTestId('job-message')).toContainText('4 file salvati', DOCUMENT_SAVED);
  await expect(page.getByTestId('job-message')).toContainText('uno è stato salvato con un numero, per esempio «Bianchi Anna - Attestato (2).pdf»');
  if (app.record.pdfs > 0) expect(app.record.pdfs - printsBefore).toBe(1);
  const files = (await readdir(join(app.dir, 'folder'))).sort((a, b) => a.localeCompare(b, 'it'));
  expect(files).toEqual(['Bianchi Anna - Attestato (2).pdf', 'bianchi anna - attestato.pdf', "D'Amico Nicolò - Attestato.pdf", 'Éboli Giulia - Attestato.pdf', 'Làzzari Fabrizio - Attestato.pdf']);
  expect(await readFile(join(app.dir, 'folder', 'bianchi anna - attestato.pdf'), 'utf8')).toBe('signed copy');
  for (const file of files.filter((f) => f !== 'bianchi anna - attestato.pdf')) {
    const pdf = await PDFDocument.load(await readFile(join(app.dir, 'folder', file)));
    expect(pdf.getPageCount()).toBe(1);
    // Each file is that person's certificate, without the marks used to split.
    expect(pdf.getTitle()).toContain(file.replace(/ \(\d+\)/, '').split(' - ')[0]!.split(' ').pop());
    expect(pdf.getPage(0).node.lookup(PDFName.of('Annots'))).toBeUndefined();
  }
});

test('the register is saved as CSV for Italian Excel and the sign-in sheets as Word, one per day', async ({ app }) => {
  const { page } = app;
  await seedVisit(app);
  await page.getByRole('button', { name: 'CSV: Registro presenze' }).click();
  await expect(page.getByTestId('job-message')).toContainText('.csv', DOCUMENT_SAVED);
  const csv = await readFile(await savedFile(app, '.csv'));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain('Data;N.;Cognome;Nome;Ente;Qualifica;Ingresso;Uscita;Minuti validi;Ore valide;Note');
  expect(text).toContain('07/05/2026;1;Bianchi;Anna;Comune di Lecco;Assistente sociale;09:30 14:00;13:00 17:00;390;6,50;');

  await page.getByLabel('Mattina e pomeriggio').check();
  await page.getByRole('button', { name: 'Word: Foglio firme di venerdì 8 maggio 2026' }).click();
  await expect(page.getByTestId('job-message')).toContainText('Foglio firme', DOCUMENT_SAVED);
  const sheet = await docxText(await savedFile(app, '.docx'));
  expect(sheet).toContain('Giornata 2 di 2: venerdì 8 maggio 2026');
  expect(sheet).toContain('Firma mattina');
  expect(sheet).toContain('Làzzari Fabrizio');
});

test('the office uploads its letterhead certificate (a wrong one is refused), previews it with a real guest, and issues the certificates on it', async ({ app }) => {
  const { page } = app;
  await seedVisit(app);
  await app.open('impostazioni');
  const certificate = page.getByTestId('template-certificate');
  const upload = certificate.getByLabel('Carica un modello .docx');

  // A misspelled placeholder: refused, named, with the valid ones; nothing stored.
  const wrong = join(app.dir, 'Attestato sbagliato.docx');
  await writeFile(wrong, await certificateTemplateDocx({ surnameTag: '{cognme}' }));
  await upload.setInputFiles(wrong);
  await expect(certificate.getByRole('alert')).toContainText('Il segnaposto {cognme} non esiste: forse si intendeva {cognome}?');
  await expect(certificate.getByRole('alert')).toContainText('{ruolo_firmatario}');
  await expect(certificate).toContainText('Nessun modello');

  // The real one: stored, and previewed with a guest who receives a certificate.
  const good = join(app.dir, 'Attestato su carta intestata.docx');
  await writeFile(good, await certificateTemplateDocx());
  await upload.setInputFiles(good);
  await expect(certificate.getByRole('status')).toContainText('Modello «Attestato su carta intestata.docx» controllato e salvato.');
  await expect(certificate).toContainText('Modello in uso: Attestato su carta intestata.docx');
  await expect(certificate.locator('figcaption')).toContainText('Attestato di Nicolò D');
  await expect(certificate.frameLocator('iframe').getByText('ATTESTATO DI PARTECIPAZIONE')).toBeVisible();
  await expect(certificate.frameLocator('iframe').locator('body')).toContainText('per 12 ore e 30 minuti su 14 ore previste');
  if (shots) await page.screenshot({ path: join(shots, 'settings-templates.png'), fullPage: true });

  // The preview is the page as printed: the letterhead's header and footer are on it.
  await expect(certificate.frameLocator('iframe').locator('header')).toContainText('COMUNE DI MONZA');
  await expect(certificate.frameLocator('iframe').locator('footer')).toContainText('carta intestata dell’ufficio');
  if (shots) await certificate.locator('figure').screenshot({ path: join(shots, 'settings-template-preview.png') });

  // On Documenti: Ospita's layout unless the office's template is chosen; then Word, one PDF, a PDF each.
  await app.open('documenti');
  await expect(page.getByText('Modello dell’ente (Attestato su carta intestata.docx)')).toBeVisible();
  await page.getByLabel('Modello dell’ente (Attestato su carta intestata.docx)').check();
  await expect(page.getByText('il PDF lo impagina Ospita dal file Word')).toBeVisible();
  await page.getByRole('button', { name: 'Un file Word con tutti gli attestati' }).click();
  await expect(page.getByTestId('job-message')).toContainText('File salvato', DOCUMENT_SAVED);
  const zip = await JSZip.loadAsync(await readFile(await savedFile(app, '.docx')));
  const body = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(body).toContain('Fabrizio Làzzari');
  expect(body).toMatch(/Nicolò D(&apos;|')Amico/);
  expect(Object.keys(zip.files).some((f) => /^word\/header\d*\.xml$/.test(f))).toBe(true);
  expect(await zip.file(Object.keys(zip.files).find((f) => /^word\/header\d*\.xml$/.test(f))!)!.async('string')).toContain('COMUNE DI MONZA');

  // One PDF from the template: a page each, the letterhead on every page.
  await page.getByRole('button', { name: 'Un PDF con tutti gli attestati' }).click();
  await expect(page.getByTestId('job-message')).toContainText('.pdf', DOCUMENT_SAVED);
  const pdfPath = await savedFile(app, '.pdf');
  if (shots) await writeFile(join(shots, 'template-certificates.pdf'), await readFile(pdfPath));
  expect(pdfPages(await readFile(pdfPath))).toBe(3);
  const pages = pdfText(pdfPath).split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(3);
  for (const text of pages) {
    expect(text).toContain('COMUNE DI MONZA');
    expect(text).toContain('ATTESTATO DI PARTECIPAZIONE');
  }
  expect(pages.join('')).toMatch(/Fabrizio\s+Làzzari/);

  // A PDF each on the template: printed once, split, each file one page with its person and no split marks.
  const printsBefore = app.record.pdfs;
  await page.getByRole('button', { name: 'Salva nella cartella degli attestati' }).click();
  await expect(page.getByTestId('job-message')).toContainText('3 file salvati', DOCUMENT_SAVED);
  if (app.record.pdfs > 0) expect(app.record.pdfs - printsBefore).toBe(1);
  const files = (await readdir(join(app.dir, 'folder'))).sort((a, b) => a.localeCompare(b, 'it'));
  expect(files).toEqual(["D'Amico Nicolò - Attestato.pdf", 'Éboli Giulia - Attestato.pdf', 'Làzzari Fabrizio - Attestato.pdf']);
  for (const file of files) {
    const path = join(app.dir, 'folder', file);
    const pdf = await PDFDocument.load(await readFile(path));
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).node.lookup(PDFName.of('Annots'))).toBeUndefined();
    const text = pdfText(path);
    expect(text).toContain(file.split(' - ')[0]!.split(' ')[1]!);
    expect(text).toContain('COMUNE DI MONZA');
    expect(text).not.toContain('ospita-parte');
  }
});

test('certificates in English for guests from abroad, signed with the scanned signature', async ({ app }) => {
  const { page } = app;
  await seedVisit(app);
  await app.open('impostazioni');
  const png = join(app.dir, 'firma.png');
  const { qrPng } = await import('../../src-renderer/lib/documents/codes');
  await writeFile(png, Buffer.from(qrPng('FIRMA').dataUrl.split(',')[1]!, 'base64'));
  await page.getByLabel('Scegli la firma scansionata (PNG o JPEG)').setInputFiles(png);
  await expect(page.getByRole('img', { name: 'Firma di Maria Teresa Brambilla' })).toBeVisible();
  await page.getByRole('button', { name: 'Salva', exact: true }).click();
  await expect(page.getByText('Impostazioni salvate')).toBeVisible();

  await app.open('documenti');
  await page.getByLabel('English (per ospiti dall’estero)').check();
  await page.getByRole('button', { name: 'Un file Word con tutti gli attestati' }).click();
  await expect(page.getByTestId('job-message')).toContainText('File salvato', DOCUMENT_SAVED);
  const zip = await JSZip.loadAsync(await readFile(await savedFile(app, '.docx')));
  const body = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(body).toContain('CERTIFICATE OF ATTENDANCE');
  expect(body).toContain('This is to certify that');
  expect(body).toContain('Thursday 7 and Friday 8 May 2026');
  // The signature is drawn on every certificate, above the signatory's name.
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml.match(/descr="Signature of Maria Teresa Brambilla"/g)).toHaveLength(3);
  expect(xml.indexOf('Signature of Maria Teresa Brambilla')).toBeLessThan(xml.indexOf('Maria Teresa Brambilla</w:t>'));
});

test('Pasti e intolleranze: the caterer gets, for each day, the meals and the needs with the names, in Word and CSV', async ({ app }) => {
  const { page } = app;
  await seedVisit(app, (data) => {
    const dietary: Record<string, string> = { p2: 'celiaco', p3: 'Vegetariana', p6: 'vegetariana; allergia alle fragole', p4: 'vegano' };
    data.participants = data.participants.map((p) => ({ ...p, dietary: dietary[p.id] ?? '' }));
  });
  const card = page.locator('article').filter({ has: page.getByRole('heading', { name: 'Pasti e intolleranze' }) });
  await card.getByRole('button', { name: 'Word – Pasti e intolleranze' }).click();
  await expect(card).toContainText('File salvato', DOCUMENT_SAVED);
  const word = await docxText(await savedFile(app, '.docx'));
  expect(word).toContain('giovedì 7 maggio 2026');
  expect(word).toContain('venerdì 8 maggio 2026');
  expect(word).toContain('Vegetariano');
  expect(word).toContain('Bianchi Anna (Comune di Lecco); Éboli Giulia (Comune di Como)');
  expect(word).toContain('Senza glutine (celiachia)');
  // Zanetti is on the waiting list: not on the badges, not at the caterer's.
  expect(word).not.toContain('Zanetti');

  await card.getByRole('button', { name: 'CSV – Pasti e intolleranze' }).click();
  await expect(card).toContainText('.csv', DOCUMENT_SAVED);
  const csv = (await readFile(await savedFile(app, '.csv'))).toString('utf8');
  // The names are one cell: quoted, since they hold the separator.
  expect(csv).toContain('2026-05-07;Vegetariano;2;"Bianchi Anna (Comune di Lecco); Éboli Giulia (Comune di Como)"');
  expect(csv).toContain('2026-05-08;Totale pasti;4;');
  if (shots) await page.screenshot({ path: join(shots, 'catering-card.png'), fullPage: false });
});
