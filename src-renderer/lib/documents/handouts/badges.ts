// Cartellini: one badge per confirmed participant, eight per A4 sheet (two columns, four rows, cut along the
// lines), with name, organisation, the check-in code as QR code and barcode, and the exchange it is for.
import { compareBySurname } from '../../domain/participants';
import type { HostSettings, Participant } from '../../domain/types';
import { barcodePng, qrPng } from '../codes';
import { cell, heading, paragraph, pageSetup, row, run, spacer, type DocModel, type TableCell, type TableRow } from '../model';
import { docText, type DocLang } from './common';

export const BADGES_PER_ROW = 2;
export const BADGE_ROWS_PER_PAGE = 4;
const BADGE_HEIGHT = 64;

export interface BadgesInput {
  settings: HostSettings;
  offerTitle: string;
  participants: readonly Participant[];
  lang?: DocLang;
}

function badge(p: Participant, input: BadgesInput, lang: DocLang): TableCell {
  const qr = qrPng(p.checkinCode);
  const bar = barcodePng(p.checkinCode);
  return cell(
    [
      paragraph([run(input.settings.municipality || docText(lang, 'participants.doc.badge.host'), { size: 8, color: '5C6F82' })], { align: 'center', spaceAfter: 2 }),
      heading(p.name, 3, 'center'),
      paragraph([run(p.surname.toUpperCase(), { bold: true, size: 16 })], { align: 'center', spaceAfter: 2 }),
      paragraph([run(p.organisation || ' ', { size: 10 })], { align: 'center', spaceAfter: 2 }),
      { kind: 'image', image: { dataUrl: qr.dataUrl, width: 20, height: 20, alt: docText(lang, 'participants.doc.badge.qrAlt', { code: p.checkinCode }) }, align: 'center' },
      spacer(1.5),
      { kind: 'image', image: { dataUrl: bar.dataUrl, width: 34, height: 6, alt: docText(lang, 'participants.doc.badge.barcodeAlt', { code: p.checkinCode }) }, align: 'center' },
      paragraph([run(p.checkinCode, { bold: true, size: 9 }), run(`  ·  ${shorten(input.offerTitle, 48)}`, { size: 7, color: '5C6F82' })], { align: 'center', spaceAfter: 0 }),
    ],
    { align: 'center' },
  );
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Badges for the confirmed participants, by surname; an empty card fills the last row. */
export function buildBadges(input: BadgesInput): DocModel {
  const lang = input.lang ?? 'it';
  const people = input.participants.filter((p) => p.status === 'confermato').sort(compareBySurname);
  const rows: TableRow[] = [];
  for (let i = 0; i < people.length; i += BADGES_PER_ROW) {
    const cells = people.slice(i, i + BADGES_PER_ROW).map((p) => badge(p, input, lang));
    while (cells.length < BADGES_PER_ROW) cells.push(cell([spacer(1)]));
    rows.push(row(cells, { exactHeight: BADGE_HEIGHT }));
  }
  const blocks = rows.length
    ? [{ kind: 'table' as const, columns: [{ width: 1 }, { width: 1 }], header: [], rows, borders: 'grid' as const }]
    : [paragraph(docText(lang, 'participants.doc.list.none'))];
  return {
    title: `${docText(lang, 'participants.doc.badge.title')} - ${input.offerTitle}`,
    lang,
    sections: [{ page: pageSetup('portrait', { top: 12, right: 12, bottom: 12, left: 12 }), header: null, footer: null, blocks }],
  };
}
