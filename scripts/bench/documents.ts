// Benchmark: 300 certificates as one .docx with our renderer and with docxtemplater + pizzip on the same content
// (from a Word template with a loop, made here with the docx library), and a 300-row sign-in sheet.
// `benchDocuments()` returns the figures for the `npm run bench` table.
import { performance } from 'node:perf_hooks';
import Docxtemplater from 'docxtemplater';
import { AlignmentType, Document, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';
import { buildAttendanceSheets } from '../../src-renderer/lib/documents/handouts/attendance-sheet';
import { certificateBlocks, certificatePlan } from '../../src-renderer/lib/documents/handouts/certificate';
import { generate } from '../../src-renderer/lib/documents/generate';
import { nameFirst, placeOfIssue } from '../../src-renderer/lib/documents/handouts/session-input';
import { plainText, type DocModel } from '../../src-renderer/lib/documents/model';
import { renderDocx } from '../../src-renderer/lib/documents/render-docx';
import { formatDate, formatDays } from '../../src-renderer/lib/domain/dates';
import { formatDuration } from '../../src-renderer/lib/domain/times';
import { largeSessionInput } from '../lib/session-sample';
import { summarise, time, type Figure } from './stats';

const OPTIONS = { issueDate: '2026-05-11', protocol: '0042137/2026' };

/** The same certificate text as ours, as a Word template with a loop over the people. */
async function certificateTemplate(): Promise<Uint8Array> {
  const centred = (text: string, bold = false, size = 24) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold, size })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('{#people}Prot. n. {protocol}')] }),
          centred('ATTESTATO DI PARTECIPAZIONE', true, 52),
          centred('Si attesta che'),
          centred('{name}', true, 44),
          centred('{role} presso {organisation}'),
          centred('ha partecipato allo scambio di buone pratiche'),
          centred('«{title}»', true, 32),
          centred('promosso da {host}'),
          centred('svoltosi presso {venue}, {days},'),
          centred('frequentando {hours} di attività formativa sulle {programme} previste dal programma.'),
          new Paragraph({ children: [new TextRun('{place}, {date}')] }),
          centred('{signatoryRole}'),
          centred('{signatoryName}', true),
          new Paragraph({ children: [new TextRun('{/people}'), new PageBreak()] }),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

export interface DocumentsBenchResult {
  figures: Figure[];
  ratio: number;
}

export async function benchDocuments(options: { runs?: number; people?: number } = {}): Promise<DocumentsBenchResult> {
  const runs = options.runs ?? 9;
  const people = options.people ?? 300;
  const input = largeSessionInput(people);
  const { entries } = certificatePlan(input);
  if (entries.length < people * 0.8) throw new Error(`only ${entries.length} certificates`);

  // Ours: build the model and write the .docx (what the worker does for "one Word file with all").
  const ours = await time(runs, () => generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'docx', split: false }));

  // docxtemplater: the same people into the template, then the zip.
  const template = await certificateTemplate();
  const s = input.settings;
  const data = {
    people: entries.map((e) => ({
      protocol: OPTIONS.protocol, name: nameFirst(e.participant), role: e.participant.role, organisation: e.participant.organisation,
      title: input.offer.title, host: `${input.offer.hostMunicipality} – ${input.offer.hostOffice}`, venue: input.session.venue, days: formatDays(input.session.days),
      hours: formatDuration(e.attendedMinutes), programme: formatDuration(e.programmeMinutes), place: placeOfIssue(s), date: formatDate(OPTIONS.issueDate),
      signatoryRole: s.signatoryRole, signatoryName: s.signatoryName,
    })),
  };
  let templated: Uint8Array = new Uint8Array();
  const theirs = await time(runs, () => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render(data);
    templated = doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  });
  if (templated.length < 1000) throw new Error('docxtemplater made no document');
  // Same content: every person's block of text is in both.
  const sample: DocModel = { title: '', lang: 'it', sections: [{ page: { orientation: 'portrait', margins: { top: 1, right: 1, bottom: 1, left: 1 } }, header: null, footer: null, blocks: certificateBlocks(input, entries[0]!, OPTIONS) }] };
  if (!plainText(sample).includes(data.people[0]!.hours)) throw new Error('different content');

  const sheetInput = largeSessionInput(300);
  const sheet = await time(runs, () => renderDocx(buildAttendanceSheets(sheetInput, { columns: 'inOut', blankRows: 0, days: [sheetInput.session.days[0]!] })));

  const oursFigure = summarise(`${people} attestati .docx (Ospita)`, ours, 300);
  const theirsFigure = summarise(`${people} attestati .docx (docxtemplater)`, theirs, Number.POSITIVE_INFINITY);
  theirsFigure.targetText = 'riferimento';
  const ratio = oursFigure.median / theirsFigure.median;
  const versus = summarise(`${people} attestati: Ospita ≤ 1,5 × docxtemplater`, ours, theirsFigure.median * 1.5, 'ms', `rapporto ${ratio.toFixed(2)}`);
  versus.targetText = `< ${(theirsFigure.median * 1.5).toFixed(0)} ms`;
  return { figures: [oursFigure, theirsFigure, versus, summarise('foglio firme 300 righe .docx', sheet, 100)], ratio };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { figures, ratio } = await benchDocuments();
  for (const f of figures) console.log(`${f.name}: mediana ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (${f.targetText})`);
  console.log(`rapporto Ospita/docxtemplater: ${ratio.toFixed(2)}`);
  void performance;
}
