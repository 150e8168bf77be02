import { describe, expect, it } from 'vitest';
import { safeFileName, sessionFileStem, shortTitle, suggestedFileName, withExtension } from '../../../../../src-renderer/lib/documents/file-names';

describe('suggested file names', () => {
  it('start with the date and say what the file is', () => {
    expect(suggestedFileName({ date: '2026-05-07', kind: 'Programma', title: 'Processo di Co-progettazione con Enti del Terzo Settore', extension: 'docx' })).toBe(
      '2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.docx',
    );
  });

  it('start with DEMO for a document of the demo data, so it is never taken for a real one', () => {
    expect(suggestedFileName({ date: '2026-05-07', kind: 'Attestati', title: 'Patti di Cittadinanza', extension: 'docx', demo: true })).toBe('DEMO 2026-05-07 Attestati - Patti di Cittadinanza.docx');
  });

  it('shorten a long title at a word, without a dangling colon', () => {
    const title = 'Patti di Cittadinanza: interventi e progettualità su scala quartiere frutto di co-progettazione tra Comune, cittadini e stakeholders territoriali.';
    expect(shortTitle(title)).toBe('Patti di Cittadinanza: interventi e progettualità su scala');
    expect(shortTitle(title, 50)).toBe('Patti di Cittadinanza: interventi e progettualità');
    expect(shortTitle('Patti di Cittadinanza:', 50)).toBe('Patti di Cittadinanza');
  });

  it('never cut in the middle of a word nor end on «di», «e», «del»', () => {
    const titles = [
      'Processo di Co-progettazione con Enti del Terzo Settore e delle reti territoriali di quartiere',
      'Rigenerazione urbana e beni comuni nel quartiere di San Rocco e nelle periferie della Brianza',
      'Amministrazione condivisa: patti di collaborazione, regolamenti, esperienze e strumenti operativi',
      'Welfare di comunità e sportelli sociali integrati con i servizi per il lavoro dell’Ambito territoriale',
    ];
    for (const title of titles) {
      for (const max of [30, 40, 50, 60]) {
        const short = shortTitle(title, max);
        expect(short.length, short).toBeLessThanOrEqual(max);
        expect(title.startsWith(short), short).toBe(true);
        expect(/[\s,:]/.test(title[short.length] ?? ' '), `${short} | ${max}`).toBe(true);
        expect(short, `${max}`).not.toMatch(/\s(di|e|del|della|delle|con|nel|nelle|per|il|i|dell’\S*)$/);
      }
    }
    expect(shortTitle('Processo di Co-progettazione con Enti del Terzo Settore e delle reti', 50)).toBe('Processo di Co-progettazione con Enti del Terzo');
    expect(shortTitle('Amministrazione condivisa: patti di collaborazione, regolamenti, esperienze', 60)).toBe('Amministrazione condivisa: patti di collaborazione');
  });

  it('cut only a single word longer than the room, and say so with «…»', () => {
    expect(shortTitle('Supercalifragilistichespiralidoso-e-ancora-di-più', 20)).toBe('Supercalifragilisti…');
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

  it('add the extension a stored name lacks, and keep one it has in any letter case', () => {
    expect(withExtension('Modello attestato', 'docx')).toBe('Modello attestato.docx');
    expect(withExtension('Modello.DOCX', 'docx')).toBe('Modello.DOCX');
    expect(withExtension('modello.docx.bak', 'docx')).toBe('modello.docx.bak.docx');
  });

  it('name a session’s file without its extension, marked DEMO for the demo data', () => {
    expect(sessionFileStem('2026-05-07', 'Foglio firme', 'Patti di collaborazione', 's1')).toBe('2026-05-07 Foglio firme - Patti di collaborazione');
    expect(sessionFileStem('2026-05-07', 'Foglio firme', 'Patti', 'demo-san-rocco')).toBe('DEMO 2026-05-07 Foglio firme - Patti');
  });
});
