// Office templates as an office would write them in Word, made with the docx library for the tests, the demo and
// `npm run documents`: a letterhead (logo and text in the header, a footer line), placeholders in braces, one of
// them split across runs with different formatting as Word does after an edit, and the programme's loop in a
// table row. Also the broken templates a coordinator may upload by mistake.
import { AlignmentType, Document, Footer, Header, ImageRun, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { qrPng } from '../../src-renderer/lib/documents/codes';
import { decodeDataUrl } from '../../src-renderer/lib/documents/render-docx';

const spacing = { after: 120, line: 276, lineRule: LineRuleType.AUTO } as const;
const centred = (children: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, spacing, children });
const text = (t: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) => new TextRun({ text: t, ...options });

function letterhead(): { header: Header; footer: Footer } {
  // Any picture will do for the tests: a QR code stands in for the municipality's coat of arms.
  const logo = decodeDataUrl(qrPng('COMUNE DI MONZA', 2).dataUrl);
  return {
    header: new Header({
      children: [
        new Paragraph({ spacing, children: [new ImageRun({ type: 'png', data: logo.data, transformation: { width: 48, height: 48 } }), text('  COMUNE DI MONZA – Settore Partecipazione', { bold: true, size: 22 })] }),
      ],
    }),
    footer: new Footer({ children: [new Paragraph({ spacing, children: [text('Piazza Trento e Trieste, 20900 Monza – carta intestata dell’ufficio', { size: 16 })] })] }),
  };
}

export interface CertificateTemplateOptions {
  /** Placeholder text instead of `{cognome}` (to write a misspelled or unclosed one). */
  surnameTag?: string;
}

/** A certificate on letterhead: `{nome} {cognome}` with `{cognome}` split across three runs. */
export async function certificateTemplateDocx(options: CertificateTemplateOptions = {}): Promise<Uint8Array> {
  const surname = options.surnameTag ? [text(options.surnameTag, { bold: true, size: 40 })] : [text('{cog', { bold: true, size: 40 }), text('no', { bold: true, size: 40, italics: true }), text('me}', { bold: true, size: 40 })];
  const { header, footer } = letterhead();
  const doc = new Document({
    sections: [
      {
        headers: { default: header },
        footers: { default: footer },
        children: [
          new Paragraph({ spacing, children: [text('Prot. n. {protocollo}')] }),
          centred([text('ATTESTATO DI PARTECIPAZIONE', { bold: true, size: 44 })]),
          centred([text('Si attesta che')]),
          centred([text('{nome} ', { bold: true, size: 40 }), ...surname]),
          centred([text('{ruolo} presso {ente}')]),
          centred([text('ha partecipato allo scambio di buone pratiche «{titolo}», svoltosi presso {sede} {date}, per {ore} su {ore_previste} previste.')]),
          new Paragraph({ spacing, children: [text('{luogo_rilascio}, {data_rilascio}')] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing, children: [text('{ruolo_firmatario}')] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing, children: [text('{firmatario}', { bold: true })] }),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/** A programme on letterhead with the agenda as a table, one row per item through `{#programma}…{/programma}`. */
export async function programmeTemplateDocx(): Promise<Uint8Array> {
  const { header, footer } = letterhead();
  const cell = (t: string) => new TableCell({ width: { size: 2200, type: WidthType.DXA }, children: [new Paragraph({ spacing, children: [text(t)] })] });
  const doc = new Document({
    sections: [
      {
        headers: { default: header },
        footers: { default: footer },
        children: [
          centred([text('PROGRAMMA', { bold: true, size: 36 })]),
          centred([text('{titolo}', { bold: true, size: 28 })]),
          new Paragraph({ spacing, children: [text('{ente_ospitante} – {date} – {sede} – {ore} di formazione')] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Giorno'), cell('Orario'), cell('Attività'), cell('Luogo')] }),
              new TableRow({ children: [cell('{#programma}{giorno}'), cell('{inizio}–{fine}'), cell('{attivita} {relatori}'), cell('{luogo}{/programma}')] }),
            ],
          }),
          new Paragraph({ spacing, children: [text('{note}')] }),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
