// "2026-05-07 Foglio firme - <short title>": the suggested name of a file, without its extension ("DEMO …" for a
// session of the demo data).
import { suggestedFileName } from '../../lib/documents/file-names';
import { isDemoId } from '../../lib/demo/demo-ids';

export function fileStem(date: string, kind: string, title: string, sessionId: string): string {
  return suggestedFileName({ date, kind, title, extension: 'x', demo: isDemoId(sessionId) }).replace(/\.x$/, '');
}
