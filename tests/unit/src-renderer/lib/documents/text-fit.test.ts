import { describe, expect, it } from 'vitest';
import { ellipsize, fitText, textWidthMm, wrapLines } from '../../../../../src-renderer/lib/documents/text-fit';

describe('how much room a text takes', () => {
  it('measures accented and foreign letters as their base letter, bold wider than regular', () => {
    expect(textWidthMm('Ñúñez Çelik Zoë', 12)).toBeCloseTo(textWidthMm('Nunez Celik Zoe', 12), 5);
    expect(textWidthMm('Rossi', 12, true)).toBeGreaterThan(textWidthMm('Rossi', 12));
    // 10 capital Ms at 10 pt: 8.33 em of Helvetica, 29.4 mm, plus the safety margin.
    expect(textWidthMm('M'.repeat(10), 10)).toBeGreaterThan(29.3);
  });

  it('breaks at spaces and after hyphens, and cuts a word longer than the line', () => {
    const lines = wrapLines('Bianchi-Scaramuzza De Santis', 30, 12, true);
    expect(lines[0]).toBe('Bianchi-');
    expect(lines.join(' ').replace('- ', '-')).toBe('Bianchi-Scaramuzza De Santis');
    for (const line of lines) expect(textWidthMm(line, 12, true)).toBeLessThanOrEqual(30);
    const cut = wrapLines('Donaudampfschifffahrtsgesellschaftskapitän', 20, 12);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join('')).toBe('Donaudampfschifffahrtsgesellschaftskapitän');
  });

  it('shrinks a text to the first size where it fits, and shortens it with an ellipsis at the last', () => {
    expect(fitText('Anna', 80, [17, 12], 2)).toMatchObject({ text: 'Anna', size: 17, lines: 1, shortened: false });
    const long = 'Azienda Speciale Consortile per i Servizi alla Persona dei Comuni dell’Ambito Territoriale di Vimercate e Trezzo sull’Adda (MB)';
    const fitted = fitText(long, 60, [10, 8], 1);
    expect(fitted.shortened).toBe(true);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(wrapLines(fitted.text, 60, 8)).toHaveLength(1);
    expect(long.startsWith(fitted.text.slice(0, -1))).toBe(true);
  });

  it('cuts a one-line caption at a word', () => {
    expect(ellipsize('Processo di Co-progettazione con Enti del Terzo Settore', 30)).toBe('Processo di Co-progettazione…');
    expect(ellipsize('Breve', 30)).toBe('Breve');
  });
});
