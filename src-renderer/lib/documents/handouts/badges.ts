// Cartellini: one badge per confirmed participant, eight per A4 sheet (two columns, four rows, cut along the
// lines), with name, organisation, the check-in code as QR code and barcode, the exchange it is for, and the
// session's contact person beside the printed code.
//
// A badge is two rows of fixed height joined into one card: the text above, the codes below. However long a
// name or an organisation, it can only fill (or at worst be clipped within) the text part; the codes' part
// keeps its room in Word, LibreOffice and the printout alike, so the door desk can always scan it. Long texts
// are first set smaller, then shortened with "…" (lib/documents/text-fit.ts), so nothing needs clipping.
import { compareBySurname } from '../../domain/participants';
import type { HostSettings, Participant, SessionContact } from '../../domain/types';
import { barcodePng, qrPng } from '../codes';
import { cell, paragraph, pageSetup, row, run, spacer, type CellBlock, type DocModel, type TableCell, type TableRow } from '../model';
import { ellipsize, fitText, textWidthMm } from '../text-fit';
import { DOC_THEME } from '../theme';
import { docText, type DocLang } from './common';

export const BADGES_PER_ROW = 2;
export const BADGE_ROWS_PER_PAGE = 4;
const PAGE_MARGIN = 12;
/** The card: 64 mm tall, of which the text takes the top and the codes the bottom. */
export const BADGE_HEIGHT = 64;
export const BADGE_TEXT_HEIGHT = 39;
export const BADGE_CODES_HEIGHT = BADGE_HEIGHT - BADGE_TEXT_HEIGHT;
/** Width of a card's text: the column less the cell padding (2 mm a side). */
const TEXT_WIDTH = (210 - 2 * PAGE_MARGIN) / BADGES_PER_ROW - 4;
const QR_SIZE = 17;
const CODE_GAP = 4;
const BARCODE_HEIGHT = 9;
/** Printed width of one barcode module: 0.3 mm reads well with any desk scanner. */
const BARCODE_MODULE_MM = 0.3;

/** Sizes each text may take, largest first (points): a long organisation shrinks without shrinking the name. */
const SIZES = { names: [12, 11, 10, 9], surname: [17, 15, 13, 12], organisation: [9.5, 9, 8.5, 8] };
/** Points of the text part's height available to the lines (39 mm less padding and the caption line). */
const TEXT_BUDGET_PT = (BADGE_TEXT_HEIGHT - 1.6) * (72 / 25.4) - 14;
/** Height of a line of a given size as Word and LibreOffice set it (1.1 line spacing of Arial's 1.15 em). */
const lineHeight = (size: number) => size * 1.27;

export interface BadgesInput {
  settings: HostSettings;
  offerTitle: string;
  participants: readonly Participant[];
  /** The session's contact person, printed small at the foot of each badge so guests know whom to call. */
  contact?: SessionContact;
  lang?: DocLang;
}

interface BadgeText {
  names: { text: string; size: number };
  surname: { text: string; size: number };
  organisation: { text: string; size: number } | null;
}

type Part = keyof typeof SIZES;

/**
 * The largest sizes at which the person's texts fit the card: each text at the largest size at which it takes
 * at most two lines, then the tallest made smaller until all fit the text part; at the smallest size a text
 * still too long is shortened with "…".
 */
export function fitBadgeText(p: Pick<Participant, 'name' | 'surname' | 'organisation'>): BadgeText {
  const texts: Record<Part, string> = { names: p.name.trim(), surname: p.surname.trim().toLocaleUpperCase('it'), organisation: p.organisation.trim() };
  const bold: Record<Part, boolean> = { names: true, surname: true, organisation: false };
  const parts = (Object.keys(SIZES) as Part[]).filter((k) => texts[k]);
  const step: Record<Part, number> = { names: 0, surname: 0, organisation: 0 };
  const fitted = (k: Part) => fitText(texts[k], TEXT_WIDTH, SIZES[k].slice(step[k]), 2, bold[k]);
  for (const k of parts) {
    const f = fitted(k);
    step[k] = SIZES[k].indexOf(f.size);
  }
  const height = () => parts.reduce((sum, k) => sum + fitted(k).lines * lineHeight(SIZES[k][step[k]]!) + 1.5, 0);
  while (height() > TEXT_BUDGET_PT) {
    const smaller = parts.filter((k) => step[k] < SIZES[k].length - 1).sort((a, b) => fitted(b).lines * SIZES[b][step[b]]! - fitted(a).lines * SIZES[a][step[a]]!);
    if (!smaller.length) break;
    step[smaller[0]!]++;
  }
  const at = (k: Part) => {
    const f = fitText(texts[k], TEXT_WIDTH, [SIZES[k][step[k]]!], 2, bold[k]);
    return { text: f.text, size: f.size };
  };
  return { names: texts.names ? at('names') : { text: '', size: SIZES.names[0]! }, surname: at('surname'), organisation: texts.organisation ? at('organisation') : null };
}

function textCell(p: Participant, caption: string): TableCell {
  const text = fitBadgeText(p);
  const blocks: CellBlock[] = [paragraph([run(caption, { size: 7.5, color: DOC_THEME.muted })], { align: 'center', spaceAfter: 3 })];
  if (text.names.text) blocks.push(paragraph([run(text.names.text, { bold: true, size: text.names.size })], { align: 'center', size: text.names.size, spaceAfter: 1 }));
  blocks.push(paragraph([run(text.surname.text, { bold: true, size: text.surname.size, color: DOC_THEME.primaryDark })], { align: 'center', size: text.surname.size, spaceAfter: 2 }));
  if (text.organisation) blocks.push(paragraph([run(text.organisation.text, { size: text.organisation.size })], { align: 'center', size: text.organisation.size, spaceAfter: 0 }));
  return cell(blocks, { align: 'center' });
}

function codesCell(p: Participant, lang: DocLang, contactLine: string): TableCell {
  const qr = qrPng(p.checkinCode);
  const bar = barcodePng(p.checkinCode);
  // Scale 2 pixels a module (lib/documents/codes.ts): the printed width keeps 0.3 mm a module, within the card.
  const barcodeWidth = Math.min(TEXT_WIDTH - QR_SIZE - CODE_GAP, (bar.widthPx / 2) * BARCODE_MODULE_MM);
  return cell(
    [
      {
        kind: 'imageRow',
        images: [
          { dataUrl: qr.dataUrl, width: QR_SIZE, height: QR_SIZE, alt: docText(lang, 'participants.doc.badge.qrAlt', { code: p.checkinCode }) },
          { dataUrl: bar.dataUrl, width: Math.round(barcodeWidth * 10) / 10, height: BARCODE_HEIGHT, alt: docText(lang, 'participants.doc.badge.barcodeAlt', { code: p.checkinCode }) },
        ],
        gap: CODE_GAP,
        align: 'center',
      },
      paragraph([run(p.checkinCode, { bold: true, size: 10 }), ...contactRuns(p.checkinCode, contactLine)], { align: 'center', size: 10, spaceAfter: 0 }),
    ],
    { align: 'center', verticalAlign: 'bottom' },
  );
}

/** The contact person on the code's line, set smaller or shortened so the line stays one line within the card. */
function contactRuns(code: string, contactLine: string) {
  if (!contactLine) return [];
  const separator = '  ·  ';
  const room = TEXT_WIDTH - textWidthMm(code, 10, true) - textWidthMm(separator, 7);
  const fitted = fitText(contactLine, room, [7, 6.5, 6], 1);
  return [run(`${separator}${fitted.text}`, { size: fitted.size, color: DOC_THEME.muted })];
}

/** "Referente: Giulia Ferrario · 039 2372 345", or '' when the session names nobody. */
export function badgeContactLine(contact: SessionContact | undefined, lang: DocLang): string {
  const parts = [contact?.name, contact?.phone].map((s) => s?.trim() ?? '').filter(Boolean);
  return parts.length ? `${docText(lang, 'participants.doc.badge.contact')}: ${parts.join(' · ')}` : '';
}

/** Badges for the confirmed participants, by surname; an empty card fills the last row. */
export function buildBadges(input: BadgesInput): DocModel {
  const lang = input.lang ?? 'it';
  const people = input.participants.filter((p) => p.status === 'confermato').sort(compareBySurname);
  const host = input.settings.municipality.trim() || docText(lang, 'participants.doc.badge.host');
  const caption = ellipsize(input.offerTitle.trim() ? `${host} · ${input.offerTitle.trim()}` : host, 70);
  const contactLine = badgeContactLine(input.contact, lang);
  const rows: TableRow[] = [];
  for (let i = 0; i < people.length; i += BADGES_PER_ROW) {
    const pair = people.slice(i, i + BADGES_PER_ROW);
    const texts = pair.map((p) => textCell(p, caption));
    const codes = pair.map((p) => codesCell(p, lang, contactLine));
    while (texts.length < BADGES_PER_ROW) {
      texts.push(cell([spacer(1)]));
      codes.push(cell([spacer(1)]));
    }
    rows.push(row(texts, { exactHeight: BADGE_TEXT_HEIGHT, joinWithNext: true }), row(codes, { exactHeight: BADGE_CODES_HEIGHT }));
  }
  const blocks = rows.length
    ? [{ kind: 'table' as const, columns: [{ width: 1 }, { width: 1 }], header: [], rows, borders: 'grid' as const }]
    : [paragraph(docText(lang, 'participants.doc.list.none'))];
  return {
    title: `${docText(lang, 'participants.doc.badge.title')} - ${input.offerTitle}`,
    lang,
    sections: [{ page: pageSetup('portrait', { top: PAGE_MARGIN, right: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN }), header: null, footer: null, blocks }],
  };
}
