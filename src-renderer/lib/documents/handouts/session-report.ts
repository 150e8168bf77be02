// Rendicontazione: per day who was present and for how long, with a chart of how many were present through the
// day; totals per participant and per organisation. The chart is a table of shaded cells, so Word and the
// printed page draw the same bars with no image. Pure builder.
import { decideCertificates, type CertificateDecision } from '../../domain/certificates';
import { formatDays, formatLongDate } from '../../domain/dates';
import type { SessionHours } from '../../domain/hours';
import { formatDuration, fromMinutes, toMinutes } from '../../domain/times';
import { feedbackResults, formatAverage, type ScaleResult, type TextResult } from '../../domain/feedback';
import type { FeedbackResponse, IsoDate, Question } from '../../domain/types';
import { cell, heading, paragraph, row, run, type Block, type DocModel, type TableBlock, type TableRow } from '../model';
import { shortTitle } from '../file-names';
import { DOC_THEME } from '../theme';
import { docText, hostSection, type DocLang } from './common';
import { registerLines, showsVia, viaText } from './attendance-sheet';
import { placeLine } from './place';
import { sessionTitle, surnameFirst } from './session-input';
import { hoursOf, type SessionDocumentInput } from '../../domain/session-data';

export interface PresenceSlot {
  /** Start of the slot, `HH:mm`. */
  start: string;
  /** People present at the middle of the slot. */
  present: number;
}

/** How many were present through a day, slot by slot (30 minutes by default), over the day's programme. */
export function presenceCurve(hours: SessionHours, day: IsoDate, fallback: { start: string; end: string }, slotMinutes = 30): PresenceSlot[] {
  const programme = hours.programme.find((d) => d.day === day);
  const from = toMinutes(programme?.start || fallback.start);
  const to = toMinutes(programme?.end || fallback.end);
  const spans: { start: number; end: number }[][] = [];
  for (const p of hours.participants.values()) {
    const d = p.days.find((x) => x.day === day);
    if (d && d.intervals.length) spans.push(d.intervals.map((i) => ({ start: toMinutes(i.start), end: toMinutes(i.end) })));
  }
  const slots: PresenceSlot[] = [];
  for (let t = from; t < to; t += slotMinutes) {
    const middle = t + Math.min(slotMinutes, to - t) / 2;
    const present = spans.filter((list) => list.some((s) => s.start <= middle && middle < s.end)).length;
    slots.push({ start: fromMinutes(t), present });
  }
  return slots;
}

const MAX_BAR_CELLS = 40;

/** A horizontal bar per slot: the time, the number present and a bar of shaded cells. */
export function presenceChart(lang: DocLang, slots: PresenceSlot[]): TableBlock {
  const max = Math.max(1, ...slots.map((s) => s.present));
  const cells = Math.min(MAX_BAR_CELLS, max);
  const barWidth = 12;
  const header = row([cell(docText(lang, 'documents.report.chart.time')), cell(docText(lang, 'documents.report.chart.present'), { align: 'right' }), cell(''), cell('', { colSpan: cells })]);
  const rows: TableRow[] = slots.flatMap((s) => {
    const filled = Math.round((s.present / max) * cells);
    // A hairline row before each bar keeps the bars apart.
    const gap = row([cell([], { colSpan: cells + 3 })], { exactHeight: 0.8 });
    return [gap, row(
      [
        cell(s.start, { verticalAlign: 'center' }),
        cell(String(s.present), { align: 'right', verticalAlign: 'center' }),
        cell([]),
        ...Array.from({ length: cells }, (_, i) => cell([], i < filled ? { shading: DOC_THEME.primary } : {})),
      ],
      { exactHeight: 4.2 },
    )];
  });
  return {
    kind: 'table',
    columns: [{ width: 1.3 }, { width: 1.1 }, { width: 0.3 }, ...Array.from({ length: cells }, () => ({ width: barWidth / cells }))],
    header: [header],
    rows,
    borders: 'none',
    size: 8.5,
    headerShading: 'FFFFFF',
  };
}

/** "6 h 30 min", "12 h", "45 min": durations in narrow table columns. */
export function shortDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

function certificateLabel(lang: DocLang, d: CertificateDecision | undefined): string {
  if (!d) return '—';
  if (d.override) return docText(lang, d.override.include ? 'documents.report.cert.includedByHand' : 'documents.report.cert.excludedByHand');
  return docText(lang, d.receives ? 'documents.report.cert.yes' : 'documents.report.cert.no');
}

function summaryTable(lang: DocLang, rows: [string, string][]): TableBlock {
  return { kind: 'table', columns: [{ width: 3 }, { width: 4 }], header: [], rows: rows.map(([k, v]) => row([cell([run(k, { bold: true })]), v])), borders: 'rows', size: 10 };
}

export interface OrganisationTotal {
  organisation: string;
  registered: number;
  present: number;
  minutes: number;
  certificates: number;
}

/** Per organisation: registered, present at least once, minutes attended in total, certificates. */
export function organisationTotals(decisions: CertificateDecision[], noOrganisation: string): OrganisationTotal[] {
  const map = new Map<string, OrganisationTotal>();
  for (const d of decisions) {
    const name = d.participant.organisation.trim() || noOrganisation;
    const t = map.get(name) ?? { organisation: name, registered: 0, present: 0, minutes: 0, certificates: 0 };
    t.registered++;
    if (d.hours.days.some((x) => x.intervals.length > 0)) t.present++;
    t.minutes += d.hours.attendedMinutes;
    if (d.receives) t.certificates++;
    map.set(name, t);
  }
  return [...map.values()].sort((a, b) => a.organisation.localeCompare(b.organisation, 'it'));
}

const SCORE_CELLS = 20;

/**
 * The questionnaire's results, with the same figures as the Questionario screen: per scale its average, how many
 * answered and how many gave each value, with a bar of shaded cells for the average (out of 5); then the free
 * answers listed, with a name only where the guest chose to give one.
 */
export function feedbackSection(lang: DocLang, questions: Question[], responses: FeedbackResponse[]): Block[] {
  const blocks: Block[] = [heading(docText(lang, 'documents.report.feedback.title'), 2)];
  if (responses.length === 0) return [...blocks, paragraph([run(docText(lang, 'documents.report.feedback.none'), { italic: true })])];
  const results = feedbackResults(questions, responses);
  blocks.push(summaryTable(lang, [[docText(lang, 'documents.report.feedback.count'), String(results.responses)]]));
  const scales = results.questions.filter((r): r is ScaleResult => r.question.kind === 'scale');
  if (scales.length) {
    const n = (v: number) => cell(String(v), { align: 'right' });
    blocks.push({
      kind: 'table',
      columns: [{ width: 5 }, { width: 1.2 }, { width: 1.2 }, ...[1, 2, 3, 4, 5].map(() => ({ width: 0.7 }))],
      header: [row([docText(lang, 'documents.report.feedback.question'), cell(docText(lang, 'documents.report.feedback.average'), { align: 'right' }), cell(docText(lang, 'documents.report.feedback.answered'), { align: 'right' }), ...[1, 2, 3, 4, 5].map((v) => cell(String(v), { align: 'right' }))])],
      rows: scales.map((r) => row([r.question.text, cell([run(formatAverage(r.average, lang), { bold: true })], { align: 'right' }), n(r.answered), ...r.distribution.map(n)])),
      borders: 'grid',
      size: 9.5,
      zebra: 'F5F8FB',
    });
    blocks.push(heading(docText(lang, 'documents.report.feedback.distribution'), 3));
    blocks.push({
      kind: 'table',
      columns: [{ width: 5 }, { width: 0.9 }, { width: 0.3 }, ...Array.from({ length: SCORE_CELLS }, () => ({ width: 7 / SCORE_CELLS }))],
      header: [],
      rows: scales.flatMap((r) => {
        const filled = r.average === null ? 0 : Math.round((r.average / 5) * SCORE_CELLS);
        return [
          row([cell([], { colSpan: SCORE_CELLS + 3 })], { exactHeight: 0.8 }),
          row([cell(r.question.text, { verticalAlign: 'center' }), cell(formatAverage(r.average, lang), { align: 'right', verticalAlign: 'center' }), cell([]), ...Array.from({ length: SCORE_CELLS }, (_, i) => cell([], i < filled ? { shading: DOC_THEME.primary } : { shading: 'E8EEF4' }))], { minHeight: 5 }),
        ];
      }),
      borders: 'none',
      size: 8.5,
    });
  }
  for (const r of results.questions) {
    if (r.question.kind !== 'text') continue;
    const answers = (r as TextResult).answers;
    if (!answers.length) continue;
    blocks.push(heading(docText(lang, 'documents.report.feedback.answers', { question: r.question.text }), 3));
    for (const a of answers) blocks.push(paragraph([run(`«${a.text}»`), ...(a.name ? [run(` — ${a.name}`, { italic: true, color: DOC_THEME.muted })] : [])], { size: 9.5, spaceAfter: 3 }));
  }
  return blocks;
}

/** The session report, as a document. */
export function buildSessionReport(input: SessionDocumentInput): DocModel {
  const { lang, session, settings } = input;
  const hours = hoursOf(input);
  const withVia = showsVia(input, hours);
  const decisions = decideCertificates(input.participants, hours);
  const byId = new Map(decisions.map((d) => [d.participant.id, d]));
  const totalMinutes = decisions.reduce((s, d) => s + d.hours.attendedMinutes, 0);
  const presentOnce = decisions.filter((d) => d.hours.days.some((x) => x.intervals.length > 0)).length;
  const blocks: Block[] = [
    heading(docText(lang, 'documents.report.title'), 1),
    paragraph([run(sessionTitle(input), { bold: true, size: 13, color: DOC_THEME.primaryDark })], { spaceAfter: 3 }),
    paragraph([formatDays(session.days, lang), placeLine(session, lang)].filter(Boolean).join(' · '), { spaceAfter: 8 }),
    summaryTable(lang, [
      [docText(lang, 'documents.report.registered'), String(decisions.length)],
      [docText(lang, 'documents.report.presentOnce'), String(presentOnce)],
      [docText(lang, 'documents.report.programme'), formatDuration(hours.programmeMinutes, lang)],
      [docText(lang, 'documents.report.threshold', { percent: Math.round(settings.certificateThreshold * 100) }), formatDuration(hours.requiredMinutes, lang)],
      [docText(lang, 'documents.report.certificates'), String(decisions.filter((d) => d.receives).length)],
      [docText(lang, 'documents.report.totalHours'), formatDuration(totalMinutes, lang)],
    ]),
  ];

  for (const day of session.days) {
    blocks.push(heading(formatLongDate(day, lang), 2));
    const lines = registerLines(input, hours, day).filter((l) => l.entries.length > 0);
    if (lines.length === 0) {
      blocks.push(paragraph([run(docText(lang, 'documents.report.nobody'), { italic: true })]));
      continue;
    }
    blocks.push({
      kind: 'table',
      columns: (withVia ? [0.5, 2.6, 2.6, 3.1, 1.6] : [0.5, 3, 3, 2.2, 1.8]).map((width) => ({ width })),
      header: [row([cell(docText(lang, 'documents.sheet.number'), { align: 'right' }), docText(lang, 'documents.sheet.name'), docText(lang, 'documents.sheet.organisation'), docText(lang, 'documents.report.presence'), cell(docText(lang, 'documents.register.attended'), { align: 'right' })])],
      rows: lines.map((l, i) =>
        row([
          cell(String(i + 1), { align: 'right' }),
          surnameFirst(l.participant),
          l.participant.organisation,
          // An exit never recorded shows in brackets, as on the register: counted until the end of the programme.
          // Where people also followed online, each interval says whether it was at the venue or online.
          l.entries.map((start, k) => `${start}–${l.exits[k] ?? ''}${withVia ? ` (${viaText(lang, l.via[k] ?? 'door')})` : ''}`).join('\n'),
          cell(formatDuration(l.attendedMinutes, lang), { align: 'right' }),
        ]),
      ),
      borders: 'grid',
      size: 9.5,
      zebra: 'F5F8FB',
    });
    blocks.push(heading(docText(lang, 'documents.report.chart.title'), 3));
    blocks.push(presenceChart(lang, presenceCurve(hours, day, { start: settings.dayStart, end: settings.dayEnd })));
  }

  blocks.push(heading(docText(lang, 'documents.report.perParticipant'), 2));
  const multiDay = session.days.length > 1;
  blocks.push({
    kind: 'table',
    columns: [{ width: 3 }, { width: 3 }, ...(multiDay ? session.days.map(() => ({ width: 1.5 })) : []), { width: 1.6 }, { width: 1 }, { width: 1.9 }],
    header: [
      row([
        docText(lang, 'documents.sheet.name'),
        docText(lang, 'documents.sheet.organisation'),
        ...(multiDay ? session.days.map((_, i) => cell(docText(lang, 'documents.report.dayN', { n: i + 1 }), { align: 'right' })) : []),
        cell(docText(lang, 'documents.report.total'), { align: 'right' }),
        cell('%', { align: 'right' }),
        docText(lang, 'documents.report.certificate'),
      ]),
    ],
    rows: decisions.map((d) =>
      row([
        surnameFirst(d.participant),
        d.participant.organisation,
        ...(multiDay ? session.days.map((day) => cell(shortDuration(d.hours.days.find((x) => x.day === day)?.attendedMinutes ?? 0), { align: 'right' })) : []),
        cell([run(shortDuration(d.hours.attendedMinutes), { bold: true })], { align: 'right' }),
        cell(`${Math.round(d.hours.share * 100)}%`, { align: 'right' }),
        certificateLabel(lang, byId.get(d.participant.id)),
      ]),
    ),
    borders: 'grid',
    size: 9,
    zebra: 'F5F8FB',
  });

  blocks.push(heading(docText(lang, 'documents.report.perOrganisation'), 2));
  blocks.push({
    kind: 'table',
    columns: [{ width: 4 }, { width: 1.3 }, { width: 1.3 }, { width: 2 }, { width: 1.3 }],
    header: [
      row([
        docText(lang, 'documents.sheet.organisation'),
        cell(docText(lang, 'documents.report.registeredShort'), { align: 'right' }),
        cell(docText(lang, 'documents.report.presentShort'), { align: 'right' }),
        cell(docText(lang, 'documents.report.hoursShort'), { align: 'right' }),
        cell(docText(lang, 'documents.report.certificatesShort'), { align: 'right' }),
      ]),
    ],
    rows: organisationTotals(decisions, docText(lang, 'documents.report.noOrganisation')).map((t) =>
      row([t.organisation, cell(String(t.registered), { align: 'right' }), cell(String(t.present), { align: 'right' }), cell(shortDuration(t.minutes), { align: 'right' }), cell(String(t.certificates), { align: 'right' })]),
    ),
    borders: 'grid',
    size: 9.5,
  });

  if (input.feedback) blocks.push(...feedbackSection(lang, input.feedback.questions, input.feedback.responses));

  return {
    title: docText(lang, 'documents.report.docTitle', { title: sessionTitle(input) }),
    lang,
    sections: [hostSection(settings, lang, blocks, { footerText: docText(lang, 'documents.report.footer', { title: shortTitle(sessionTitle(input), 70) }) })],
  };
}
