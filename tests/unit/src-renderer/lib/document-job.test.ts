// The one document job every screen exports through: what it leaves the person to read after saving, printing,
// a refusal, a failure or a cancellation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentJob, outcomeNote } from '../../../../src-renderer/lib/document-job.svelte';
import { GenerationCancelled } from '../../../../src-renderer/lib/documents/generation-cancelled';
import { sampleDoc } from './documents/sample';

const savedPath = (text: string | undefined) => /File salvato: (.*)$/.exec(text ?? '')?.[1] ?? '';

describe('a document job', () => {
  it('renders the document, saves it as Word and says where', async () => {
    const job = new DocumentJob();
    await job.exportDocument('Programma', () => sampleDoc(3), 'docx', '2026-05-07 Programma - Prova');
    expect(job.message?.tone).toBe('success');
    const path = savedPath(job.message?.text);
    expect(path).toMatch(/2026-05-07 Programma - Prova\.docx$/);
    expect([...readFileSync(path).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(job.busy).toBeNull();
  });

  it('saves a handout’s spreadsheet, and says why a handout cannot be made yet', async () => {
    const job = new DocumentJob();
    await job.exportHandout('Pasti', 'csv', async () => ({ doc: sampleDoc(1), fileStem: 'Pasti e intolleranze', csv: () => 'Giorno;Esigenza\r\n' }));
    expect(readFileSync(savedPath(job.message?.text), 'utf8')).toBe('Giorno;Esigenza\r\n');
    await job.exportHandout('Programma', 'pdf', async () => ({ refused: 'documents.programme.empty' }));
    expect(job.message).toEqual({ tone: 'info', text: 'Il programma è ancora vuoto: preparalo nella sezione Programma.' });
  });

  it('says what went wrong when the work fails, and that nothing was saved when it is stopped', async () => {
    const job = new DocumentJob();
    await job.run('Attestati', async () => {
      throw new Error('disco pieno');
    });
    expect(job.message).toMatchObject({ tone: 'danger', text: expect.stringContaining('Impossibile preparare il documento (disco pieno)') });
    await job.run('Attestati', async () => {
      throw new GenerationCancelled();
    });
    expect(job.message).toEqual({ tone: 'info', text: 'Generazione interrotta: nessun file è stato salvato.' });
  });

  it('runs one thing at a time, follows progress and can be stopped from outside', async () => {
    const job = new DocumentJob();
    let release!: () => void;
    const started = job.run('Attestati', async (ctx) => {
      ctx.progress(1, 4);
      await new Promise<void>((resolve) => (release = resolve));
      if (ctx.isCancelled()) throw new Error('interrupted');
    });
    expect(job.busy).toMatchObject({ label: 'Attestati', done: 1, total: 4 });
    expect(job.percent).toBe(25);
    let second = false;
    await job.run('Altro', async () => {
      second = true;
    });
    expect(second).toBe(false);
    job.cancel();
    release();
    await started;
    expect(job.message?.text).toBe('Generazione interrotta: nessun file è stato salvato.');
  });

  it('speaks with the words of the work it runs (e-mail drafts)', async () => {
    const job = new DocumentJob({ failed: 'messages.dialog.failed', cancelled: 'messages.dialog.cancelled' });
    await job.run('Bozze', async () => {
      throw new Error('cartella non scrivibile');
    });
    expect(job.message?.text).toBe('Le bozze non si sono potute scrivere: cartella non scrivibile');
    await job.run('Bozze', async () => ({ tone: 'warning', text: 'Una nota propria' }));
    expect(job.message).toEqual({ tone: 'warning', text: 'Una nota propria' });
  });
});

describe('what an export outcome tells the person', () => {
  it('names the file or the folder, says which new files got a number, and nothing when the dialog was closed', () => {
    expect(outcomeNote({ status: 'saved', path: '/d/a.pdf' })).toEqual({ tone: 'success', text: 'File salvato: /d/a.pdf' });
    expect(outcomeNote({ status: 'saved', folder: '/att', paths: ['/att/a.pdf', '/att/b (2).pdf'], renamed: ['b (2).pdf'] })?.text).toBe(
      '2 file salvati nella cartella /att. Per non sostituire i file già presenti con lo stesso nome, uno è stato salvato con un numero, per esempio «b (2).pdf».',
    );
    expect(outcomeNote({ status: 'printDialog' })).toMatchObject({ tone: 'info', text: expect.stringContaining('Salva come PDF') });
    expect(outcomeNote({ status: 'pdfUnavailable' })?.tone).toBe('warning');
    expect(outcomeNote({ status: 'printed' })?.text).toBe('Documento inviato alla stampante.');
    expect(outcomeNote({ status: 'cancelled' })).toBeNull();
  });
});

