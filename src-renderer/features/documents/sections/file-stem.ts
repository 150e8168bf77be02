// "2026-05-07 Foglio firme - <short title>": the suggested name of a file, without its extension.
import { suggestedFileName } from '../../../lib/documents/file-names';

export function fileStem(date: string, kind: string, title: string): string {
  return suggestedFileName({ date, kind, title, extension: 'x' }).replace(/\.x$/, '');
}
