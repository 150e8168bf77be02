import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../../../../src-renderer/lib/domain/settings';

describe('host settings', () => {
  it('accept the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
  });

  it('say what is wrong with a bad threshold, day or lunch', () => {
    const problems = validateSettings({ ...DEFAULT_SETTINGS, certificateThreshold: 1.5, dayStart: '18:00', lunchStart: '14:30', email: 'nope' });
    expect(problems).toMatchObject({ certificateThreshold: 'settings.error.threshold', dayEnd: 'settings.error.dayOrder', email: 'settings.error.email' });
    expect(validateSettings({ ...DEFAULT_SETTINGS, lunchStart: '14:30' })).toEqual({ lunchEnd: 'settings.error.lunchOrder' });
    expect(validateSettings({ ...DEFAULT_SETTINGS, dayStart: '9' })).toEqual({ dayStart: 'settings.error.time' });
  });

  it('refuse a message to guests left with an empty subject or text', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, messageTemplates: { attesa: { it: { subject: 'Lista d’attesa', body: ' ' } } } })).toEqual({ messageTemplates: 'settings.error.messageEmpty' });
    expect(validateSettings({ ...DEFAULT_SETTINGS, messageTemplates: { attesa: { it: { subject: 'Lista d’attesa', body: 'Gentile {nome}' } } } })).toEqual({});
  });
});
