// The language of the documents being made, chosen per batch on the Documenti screen (Italian unless the
// coordinator picks English for guests from abroad); independent of the interface language.
import type { DocLang } from '../../lib/documents/handouts/common';

class DocumentLanguage {
  lang = $state<DocLang>('it');
}

export const documentLanguage = new DocumentLanguage();
