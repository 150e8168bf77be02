// The check-in's words for the codes the attendance rules return (lib/domain/attendance/).
import type { TranscriptionProblemCode } from '../domain/attendance';
import type { MessageKey } from './catalogue';

/** A problem of the paper transcription: a time, as at the desk, or the order of the sheet's intervals. */
export function transcriptionProblemKey(code: TranscriptionProblemCode): MessageKey {
  return code === 'order' || code === 'overlap' || code === 'openNotLast' ? `checkin.paper.error.${code}` : `checkin.error.${code}`;
}
