// The rows of the import review: each field read, the text of the form it came from, and its warnings.
import { formatDays, type Locale } from '../../lib/domain/dates';
import { t, type MessageKey } from '../../lib/i18n/index.svelte';
import { formWarningMessage, SOURCE_OF, type FormSource, type ParsedOfferKey, type ReadForm } from '../../lib/import/form';
import { capacityText } from './offer-text';

export interface ReviewRow {
  key: string;
  label: string;
  /** Lines of the value as shown (several for dates and agenda topics); empty when nothing was read. */
  value: string[];
  long: boolean;
  source: FormSource | undefined;
  /** Rows in a row share one source cell: the first shows it across `sourceSpan` rows, the others 0. */
  sourceSpan: number;
  warnings: string[];
}

interface RowSpec {
  key: ParsedOfferKey | 'capacity' | 'agendaDraft';
  label: MessageKey;
  fields: ParsedOfferKey[];
  long?: boolean;
}

const SPECS: RowSpec[] = [
  { key: 'hostMunicipality', label: 'offers.field.hostMunicipality', fields: ['hostMunicipality'] },
  { key: 'hostOffice', label: 'offers.field.hostOffice', fields: ['hostOffice'] },
  { key: 'title', label: 'offers.field.title', fields: ['title'] },
  { key: 'description', label: 'offers.field.description', fields: ['description'], long: true },
  { key: 'transferMethod', label: 'offers.field.transferMethod', fields: ['transferMethod'], long: true },
  { key: 'agendaDraft', label: 'offers.field.agendaDraft', fields: [] },
  { key: 'format', label: 'offers.field.format', fields: ['format'] },
  { key: 'capacity', label: 'offers.field.capacity', fields: ['capacityMin', 'capacityMax'] },
  { key: 'targetProfiles', label: 'offers.field.targetProfiles', fields: ['targetProfiles'] },
  { key: 'durationDays', label: 'offers.field.durationDays', fields: ['durationDays'] },
  { key: 'dateMode', label: 'offers.field.dateMode', fields: ['dateMode'] },
  { key: 'sessions', label: 'offers.field.candidateSessions', fields: ['sessions'] },
  { key: 'notes', label: 'offers.field.notes', fields: ['notes'] },
];

export function reviewRows(result: ReadForm, locale: Locale): ReviewRow[] {
  const o = result.offer;
  const rows: ReviewRow[] = SPECS.map((spec) => {
    const sourceField = spec.key === 'agendaDraft' ? 'transferMethod' : spec.key === 'capacity' ? 'capacity' : SOURCE_OF[spec.key];
    return {
      key: spec.key,
      label: t(spec.label),
      value: valueOf(spec.key, result, locale).filter((v) => v !== ''),
      long: spec.long ?? false,
      source: result.sources[sourceField] ?? (spec.key === 'format' ? result.sources.transferMethod : undefined),
      sourceSpan: 1,
      warnings: result.warnings.filter((w) => spec.fields.includes(w.field)).map((w) => formWarningMessage(w, locale)),
    };
  }).filter((row) => row.key !== 'agendaDraft' || o.transferMethod);
  // Adjacent rows read from the same text show it once.
  for (let i = rows.length - 1; i > 0; i--) {
    const row = rows[i]!;
    const previous = rows[i - 1]!;
    if (row.source && row.source === previous.source) {
      previous.sourceSpan += row.sourceSpan;
      row.sourceSpan = 0;
    }
  }
  return rows;
}

function valueOf(key: RowSpec['key'], result: ReadForm, locale: Locale): string[] {
  const o = result.offer;
  switch (key) {
    case 'capacity':
      return o.capacityMax > 0 ? [capacityText(o)] : [];
    case 'durationDays':
      return [t(`offers.duration.${o.durationDays}`)];
    case 'format':
      return [t(`offers.format.${o.format}`)];
    case 'dateMode':
      return [t(`offers.mode.${o.dateMode}`)];
    case 'sessions':
      return o.sessions.map((s) => formatDays(s.days, locale));
    case 'agendaDraft':
      return result.agendaDraft.length ? result.agendaDraft.map((a, i) => `${i + 1}. ${a.title}${a.detail ? ` — ${a.detail}` : ''}`) : [t('offers.agenda.none')];
    default:
      return [String(o[key] ?? '')];
  }
}
