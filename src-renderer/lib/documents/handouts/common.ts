// What every handout shares: the host's letterhead from Settings, the page-number footer, texts in the
// document's language (from the same catalogue as the UI, without the UI's reactive state).
import type { HostSettings, LogoImage } from '../../domain/types';
import type { MessageKey } from '../../i18n/catalogue';
import { translate } from '../../i18n/translate';
import { pageSetup, type DocSection, type ImageRef, type Margins, type Orientation, type PageFooter, type PageHeader, type Block } from '../model';

export type DocLang = 'it' | 'en';

/** A catalogue message in the document's language, `{name}` placeholders filled in. */
export function docText(lang: DocLang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(lang, key, params);
}

/** The logo scaled to fit a box (millimetres), keeping its proportions. */
export function logoRef(logo: LogoImage, alt: string, maxWidth = 40, maxHeight = 16): ImageRef {
  const ratio = logo.width > 0 && logo.height > 0 ? logo.width / logo.height : 1;
  let height = maxHeight;
  let width = height * ratio;
  if (width > maxWidth) {
    width = maxWidth;
    height = width / ratio;
  }
  return { dataUrl: logo.dataUrl, width: round(width), height: round(height), alt };
}

/** The letterhead: logo on the left, the host's name, office and contacts beside it. */
export function hostHeader(settings: HostSettings): PageHeader {
  const contacts = [settings.phone && `Tel. ${settings.phone}`, settings.email, settings.website].filter(Boolean).join(' · ');
  const address = [settings.address, settings.city].filter(Boolean).join(', ');
  const lines = [settings.municipality, settings.office, address, contacts].map((l) => l.trim()).filter(Boolean);
  return { logo: settings.logo ? logoRef(settings.logo, `Logo ${settings.municipality}`.trim()) : null, lines };
}

/** "Pagina X di Y" on the right, a short text on the left. */
export function pageFooter(lang: DocLang, text = ''): PageFooter {
  return { text, pageNumbers: { page: docText(lang, 'documents.footer.page'), of: docText(lang, 'documents.footer.of') } };
}

const HEADER_MARGINS: Margins = { top: 30, right: 18, bottom: 18, left: 18 };

/** A section with the host's letterhead and page numbers: the usual start of a handout. */
export function hostSection(settings: HostSettings, lang: DocLang, blocks: Block[], options: { orientation?: Orientation; footerText?: string } = {}): DocSection {
  return {
    page: pageSetup(options.orientation ?? 'portrait', HEADER_MARGINS),
    header: hostHeader(settings),
    footer: pageFooter(lang, options.footerText ?? ''),
    blocks,
  };
}

function round(mm: number): number {
  return Math.round(mm * 10) / 10;
}
