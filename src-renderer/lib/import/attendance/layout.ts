// The layout of a report: its tables (found by their header rows, whatever their order, language or extra
// columns), its summary lines and section titles; and the person each row of a table names.
import { parseStamp } from './datetime';
import { columnRole, fold, normaliseRole, summaryKey, type ColumnRole, type ReportRole, type SummaryKey } from './labels';
import { cleanDisplayName, cleanEmail } from './names';
import type { Row } from './table';

export interface Table {
  header: Row;
  roles: (ColumnRole | null)[];
  rows: Row[];
  /** 'detail': a row per join and leave; 'span': first join and last leave; 'actions': a row per join or leave event; 'totals': durations only. */
  kind: 'detail' | 'span' | 'actions' | 'totals';
}

const isSection = (row: Row) => row.cells.filter(Boolean).length === 1 && /^\d{1,2}\.\s+\S/.test(row.cells.find(Boolean) ?? '');

export const filled = (row: Row) => row.cells.filter((c) => c !== '').length;

function rolesOf(row: Row): (ColumnRole | null)[] {
  const roles = row.cells.map((c) => (c ? columnRole(c) : null));
  // "Nome" beside "Cognome" is the first name.
  if (roles.includes('lastName')) return roles.map((r) => (r === 'name' ? 'firstName' : r));
  return roles;
}

function tableKind(roles: (ColumnRole | null)[]): Table['kind'] | null {
  const has = (r: ColumnRole) => roles.includes(r);
  const named = has('name') || has('lastName') || has('firstName');
  if (!named) return null;
  if (has('join') && (has('leave') || has('duration'))) return 'detail';
  if (has('firstJoin') || has('lastLeave')) return 'span';
  if (has('action') && (has('timestamp') || has('join'))) return 'actions';
  if (has('join')) return 'detail';
  if (has('duration')) return 'totals';
  return null;
}

export interface Layout {
  tables: Table[];
  summary: Partial<Record<SummaryKey, { value: string; line: number }>>;
  /** Every label seen (headers, section titles, summary keys), for the platform. */
  labels: string[];
}

export function findLayout(rows: Row[]): Layout {
  const tables: Table[] = [];
  const summary: Layout['summary'] = {};
  const labels: string[] = [];
  let current: Table | null = null;
  const remember = (key: SummaryKey | null, value: string, line: number) => {
    if (key && value && !summary[key]) summary[key] = { value, line };
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (filled(row) === 0) continue;
    if (isSection(row)) {
      labels.push(row.cells.find(Boolean)!);
      current = null;
      continue;
    }
    const roles = rolesOf(row);
    const kind = tableKind(roles);
    // A header row: its labels name a person and a time, and it is not itself data (no value reads as a time).
    if (kind && roles.filter(Boolean).length >= 2 && !row.cells.some((c) => parseStamp(c, 'dmy'))) {
      current = { header: row, roles, rows: [], kind };
      tables.push(current);
      labels.push(...row.cells);
      continue;
    }
    if (current && !(filled(row) === 2 && row.cells[0] && summaryKey(row.cells[0]))) {
      current.rows.push(row);
      continue;
    }
    // Outside a table: a summary line ("Meeting title<TAB>…"), or a block of labels with their values on the next
    // row (Zoom's meeting block: "Meeting ID,Topic,Start Time,…").
    const cells = row.cells;
    if (filled(row) === 2 && cells[0] && summaryKey(cells[0])) {
      labels.push(cells[0]);
      remember(summaryKey(cells[0]), cells[1] ?? '', row.line);
      continue;
    }
    labels.push(cells[0] ?? '');
    const keys = cells.map((c) => (c ? summaryKey(c) : null));
    if (keys.filter(Boolean).length >= 2 || cells.some((c) => /^(meeting id|id riunione|meeting code|codice riunione)$/.test(fold(c)))) {
      labels.push(...cells);
      const next = rows[i + 1];
      if (next && filled(next) > 0 && !tableKind(rolesOf(next))) {
        keys.forEach((key, k) => remember(key, next.cells[k] ?? '', next.line));
        i++;
      }
    }
  }
  return { tables, summary, labels };
}

export function cellOf(row: Row, roles: (ColumnRole | null)[], role: ColumnRole): string {
  const i = roles.indexOf(role);
  return i >= 0 ? (row.cells[i] ?? '') : '';
}

/** The person a row names: the name (first and last, if split), the e-mail (or a UPN that is one), the role. */
export function personOf(row: Row, table: Table): { name: string; aliases: string[]; email: string; role: ReportRole } {
  const { roles, header } = table;
  const nameIndex = roles.indexOf('name');
  const raw = nameIndex >= 0 ? (row.cells[nameIndex] ?? '') : [cellOf(row, roles, 'firstName'), cellOf(row, roles, 'lastName')].filter(Boolean).join(' ');
  const zoomOriginal = nameIndex >= 0 && /\((original name|nome originale)\)/.test(fold(header.cells[nameIndex] ?? ''));
  const { name, aliases } = cleanDisplayName(raw, zoomOriginal);
  const email = cleanEmail(cellOf(row, roles, 'email')) || cleanEmail(cellOf(row, roles, 'upn'));
  // A role may also hide in the name: "Mario Rossi (Host)".
  const role = normaliseRole(cellOf(row, roles, 'role')) || normaliseRole(/[([]([^()[\]]*)[)\]]\s*$/.exec(raw)?.[1] ?? '');
  return { name, aliases, email, role };
}
