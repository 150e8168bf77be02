// The UI language: Italian by default, English switchable, the choice remembered on this computer.
import type { MessageKey } from './catalogue';
import { translate } from './translate';
import type { Locale } from '../domain/dates';

const STORAGE_KEY = 'ospita.locale';

function initialLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

class I18n {
  locale = $state<Locale>(initialLocale());

  setLocale(locale: Locale): void {
    this.locale = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode: the choice lasts for this run only.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  /** The message for a key, with its placeholders filled in (lib/i18n/format.ts: plurals, articles). */
  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    return translate(this.locale, key, params);
  };
}

export const i18n = new I18n();
export const t = i18n.t;
export type { MessageKey };
