import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hostSuggestion, validateSettings } from '../../../../../src-renderer/lib/domain/settings';

describe('host settings', () => {
  it('accept the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
  });

  it('say what is wrong with a bad threshold, day or lunch', () => {
    const problems = validateSettings({ ...DEFAULT_SETTINGS, certificateThreshold: 1.5, dayStart: '18:00', lunchStart: '14:30', email: 'nope' });
    expect(problems).toMatchObject({ certificateThreshold: 'threshold', dayEnd: 'dayOrder', email: 'email' });
    expect(validateSettings({ ...DEFAULT_SETTINGS, lunchStart: '14:30' })).toEqual({ lunchEnd: 'lunchOrder' });
    expect(validateSettings({ ...DEFAULT_SETTINGS, dayStart: '9' })).toEqual({ dayStart: 'time' });
  });

  it('refuse a message to guests left with an empty subject or text', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, messageTemplates: { attesa: { it: { subject: 'Lista d’attesa', body: ' ' } } } })).toEqual({ messageTemplates: 'messageEmpty' });
    expect(validateSettings({ ...DEFAULT_SETTINGS, messageTemplates: { attesa: { it: { subject: 'Lista d’attesa', body: 'Gentile {nome}' } } } })).toEqual({});
  });
});

describe('the host details offered from the first imported form', () => {
  const form = (fileName: string, importedAt: string, hostMunicipality: string, hostOffice: string) => ({ hostMunicipality, hostOffice, source: { fileName, importedAt } });
  const offers = [
    form('scheda-patti.docx', '2026-11-03T10:00:00.000Z', 'Comune di Monza', 'Servizio Partecipazione'),
    form('scheda-san-rocco.docx', '2026-11-02T09:00:00.000Z', 'Comune di Monza', 'Ufficio Progetti Europei'),
    { hostMunicipality: 'Comune di Lecco', hostOffice: 'Typed by hand', source: null },
  ];

  it('come from the oldest import, for the fields still empty', () => {
    expect(hostSuggestion({ municipality: '', office: '' }, offers)).toEqual({ municipality: 'Comune di Monza', office: 'Ufficio Progetti Europei', fileName: 'scheda-san-rocco.docx' });
    expect(hostSuggestion({ municipality: 'Comune di Monza', office: '' }, offers)).toEqual({ municipality: '', office: 'Ufficio Progetti Europei', fileName: 'scheda-san-rocco.docx' });
  });

  it('are not offered once both are filled, nor without an imported form naming them', () => {
    expect(hostSuggestion({ municipality: 'Comune di Monza', office: 'Ufficio' }, offers)).toBeNull();
    expect(hostSuggestion({ municipality: '', office: '' }, [offers[2]!])).toBeNull();
    expect(hostSuggestion({ municipality: '', office: '' }, [form('vuota.docx', '2026-11-01T00:00:00.000Z', ' ', '')])).toBeNull();
  });
});
