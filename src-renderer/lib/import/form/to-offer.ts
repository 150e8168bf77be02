// A parsed form as an offer draft ready to save: the parser's `sessions` become the offer's candidate sessions.
import type { OfferDraft } from '../../domain/offers';
import type { IsoInstant } from '../../domain/types';
import type { FormParseResult } from './parse';

export function offerDraftFromForm(result: Pick<FormParseResult, 'offer' | 'agendaDraft'>, fileName: string, importedAt: IsoInstant): OfferDraft {
  const { sessions, ...fields } = result.offer;
  return {
    ...fields,
    candidateSessions: sessions.map((s) => ({ days: [...s.days] })),
    agendaDraft: result.agendaDraft.map((a) => ({ ...a })),
    source: { fileName, importedAt },
  };
}
