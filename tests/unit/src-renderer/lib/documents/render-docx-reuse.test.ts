import { describe, expect, it } from 'vitest';
import { hostSection } from '../../../../../src-renderer/lib/documents/handouts/common';
import { heading, type DocModel } from '../../../../../src-renderer/lib/documents/model';
import { renderDocx } from '../../../../../src-renderer/lib/documents/render-docx';
import { docxXml } from './handouts/docx-text';
import { SETTINGS } from './sample';
import JSZip from 'jszip';

const doc = (text: string): DocModel => ({ title: 'Stesso titolo', lang: 'it', sections: [hostSection(SETTINGS, 'it', [heading(text)])] });

describe('Word files made one after another with the same letterhead', () => {
  it('each hold their own body, with every other part of the package intact', async () => {
    const [a, b] = await Promise.all([renderDocx(doc('Primo documento')), renderDocx(doc('Secondo documento'))]);
    const [xa, xb] = await Promise.all([docxXml(a), docxXml(b)]);
    expect(xa).toContain('Primo documento');
    expect(xa).not.toContain('Secondo documento');
    expect(xb).toContain('Secondo documento');
    const names = Object.keys((await JSZip.loadAsync(b)).files);
    expect(names).toEqual(expect.arrayContaining(['word/styles.xml', 'word/_rels/document.xml.rels', 'docProps/core.xml', '[Content_Types].xml']));
    expect(names.some((n) => n.startsWith('word/header'))).toBe(true);
    expect(names.some((n) => n.startsWith('word/media/'))).toBe(true);
  });
});
