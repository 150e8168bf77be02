import { describe, expect, it } from 'vitest';
import { safeFileName, shortTitle, suggestedFileName } from '../../../../../src-renderer/lib/documents/file-names';

describe('suggested file names', () => {
  it('start with the date and say what the file is', () => {
    expect(suggestedFileName({ date: '2026-05-07', kind: 'Programma', title: 'Processo di Co-progettazione con Enti del Terzo Settore', extension: 'docx' })).toBe(
      '2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo.docx',
    );
  });

  it('start with DEMO for a document of the demo data, so it is never taken for a real one', () => {
    expect(suggestedFileName({ date: '2026-05-07', kind: 'Attestati', title: 'Patti di Cittadinanza', extension: 'docx', demo: true })).toBe('DEMO 2026-05-07 Attestati - Patti di Cittadinanza.docx');
  });

  it('shorten a long title at a word, without a dangling colon', () => {
    const title = 'Patti di Cittadinanza: interventi e progettualità su scala quartiere frutto di co-progettazione tra Comune, cittadini e stakeholders territoriali.';
    expect(shortTitle(title)).toBe('Patti di Cittadinanza: interventi e progettualità');
    expect(shortTitle('Patti di Cittadinanza:', 50)).toBe('Patti di Cittadinanza');
  });

  it('never contain characters Windows refuses', () => {
    const name = suggestedFileName({ date: '2026-04-20', kind: 'Programma', title: 'A/B: "prova" <1> | 2 * 3 ? fine.', extension: '.pdf' });
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name).toBe("2026-04-20 Programma - A-B- 'prova' 1 - 2 3 fine.pdf");
  });

  it('work for a session with no date yet and avoid names reserved by Windows', () => {
    expect(suggestedFileName({ date: '', kind: 'Programma', title: '', extension: 'docx' })).toBe('Programma.docx');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nota. . ')).toBe('nota');
  });
});
