// Values corrected in the import preview: they replace the file's before any check, by the same rules.
import { describe, expect, it } from 'vitest';
import { applyCorrection, buildRows, validateCorrection } from '../../../../../../src-renderer/lib/import/participants';
import { emptyParticipantInput } from '../../../../../../src-renderer/lib/domain/participants';

const mapping = ['surname', 'name', 'email'] as const;

describe('corrections typed in the import preview', () => {
  it('replace the file’s values of that row only, trimmed, the e-mail in lower case', () => {
    const { rows, problems } = buildRows({ dataRows: [['Rossi', 'Maria', 'maria@'], ['Verdi', 'Luca', 'luca@'] ], rowNumbers: [2, 3] }, [...mapping], [], { 2: { email: ' Maria.Rossi@Comune.Lecco.it ' } });
    expect(rows.map((r) => r.email)).toEqual(['maria.rossi@comune.lecco.it', 'luca@']);
    expect(problems.map((p) => [p.row, p.code])).toEqual([[3, 'participants.import.problem.email']]);
  });

  it('leave the other fields as the file has them, and an empty correction empties the field', () => {
    const input = { ...emptyParticipantInput(), surname: 'Rossi', name: 'Maria', phone: '039 123', notes: 'vegetariana' };
    expect(applyCorrection(input, { phone: '' })).toEqual({ ...input, phone: '' });
    expect(applyCorrection(input, undefined)).toBe(input);
  });

  it('silence a spreadsheet error in the cell of the corrected field, not in the others', () => {
    const file = { dataRows: [['Rossi', '', ''], ['Verdi', 'Luca', 'luca@x.it']], rowNumbers: [2, 3], cellErrors: [{ row: 2, column: 1, ref: 'B2', code: '#N/A' }, { row: 2, column: 2, ref: 'C2', code: '#REF!' }] };
    const before = buildRows(file, [...mapping]).problems.filter((p) => p.row === 2).map((p) => p.code);
    expect(before).toEqual(['participants.import.problem.cellError', 'participants.import.problem.cellError', 'participants.import.problem.nameRequired']);
    const after = buildRows(file, [...mapping], [], { 2: { name: 'Maria' } }).problems.filter((p) => p.row === 2);
    expect(after.map((p) => [p.code, p.params.cell])).toEqual([['participants.import.problem.cellError', 'C2']]);
  });

  it('are checked as a participant typed by hand: required names, a usable e-mail and phone', () => {
    const input = { ...emptyParticipantInput(), surname: 'Rossi', name: '', email: 'x@' };
    expect(validateCorrection(input, {})).toEqual({ name: 'nameRequired', email: 'email' });
    expect(validateCorrection(input, { name: 'Maria', email: 'maria.rossi@comune.lecco.it' })).toEqual({});
    expect(validateCorrection(input, { name: 'Maria', email: '', phone: '12' })).toEqual({ phone: 'phone' });
  });
});
