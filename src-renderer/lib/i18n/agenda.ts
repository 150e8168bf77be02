// The programme's words the domain leaves to the UI: template items titled in a language (lib/domain/agenda.ts).
import type { TemplateTitles } from '../domain/agenda';
import type { Locale } from '../domain/dates';
import { translate } from './translate';

/** Titles of the draft and study-visit items in `lang`. */
export function templateTitles(lang: Locale): TemplateTitles {
  return (item) => translate(lang, `programme.template.${item}`);
}
