import { describe, expect, it } from 'vitest';
import { generate, GenerationCancelled, uniqueStems } from '../../../../../src-renderer/lib/documents/generate';
import { certificatePlan } from '../../../../../src-renderer/lib/documents/handouts/certificate';
import { docxText } from './handouts/docx-text';
import { input } from './handouts/attendance-fixture';

const OPTIONS = { issueDate: '2026-05-11' };

describe('generating documents as a job', () => {
  it('makes one Word file with every certificate, reporting progress', async () => {
    const { entries } = certificatePlan(input());
    const progress: string[] = [];
    const files = await generate({ kind: 'certificates', input: input(), entries, options: OPTIONS, format: 'docx', split: false }, (d, t) => progress.push(`${d}/${t}`));
    expect(files).toHaveLength(1);
    const text = await docxText(files[0]!.data as Uint8Array);
    expect(text).toContain('Fabrizio Làzzari');
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
  });

  it('makes one printable page per person named "Cognome Nome - Attestato"', async () => {
    const { entries } = certificatePlan(input());
    const files = await generate({ kind: 'certificates', input: input(), entries, options: OPTIONS, format: 'html', split: true });
    expect(files.map((f) => f.stem)).toEqual(["D'Amico Nicolò - Attestato", 'Éboli Giulia - Attestato', 'Làzzari Fabrizio - Attestato']);
    expect(files[0]!.data as string).toContain('Nicolò D&#39;Amico');
  });

  it('stops when cancelled, between two certificates', async () => {
    const { entries } = certificatePlan(input());
    let steps = 0;
    const job = generate({ kind: 'certificates', input: input(), entries, options: OPTIONS, format: 'docx', split: true }, () => steps++, () => steps >= 2);
    await expect(job).rejects.toBeInstanceOf(GenerationCancelled);
  });

  it('never gives two people the same file name', () => {
    expect(uniqueStems(['Rossi Mario - Attestato', 'Rossi Mario - Attestato', 'Bianchi Anna - Attestato'])).toEqual(['Rossi Mario - Attestato', 'Rossi Mario - Attestato (2)', 'Bianchi Anna - Attestato']);
  });
});
