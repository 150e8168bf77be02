// Printable documents waiting for the hidden print window, served on the app's scheme (ospita://print/<id>.html)
// from memory. A data: URL cannot carry them: Chromium refuses URLs over 2 MB, and a large logo repeated on every
// page of a sheet of certificates passes that easily. A temporary file would put personal data on the disk and
// need file: let through the request filter; this way the filter stays as strict as it is.
import { randomUUID } from 'node:crypto';
import { APP_SCHEME } from './security';

/** Not the app's host: a print page is another origin, so it is never a trusted IPC sender and shares no storage. */
export const PRINT_HOST = 'print';

export interface PrintPage {
  url: string;
  /** Forgets the page once the job is over (printed, saved, failed or cancelled). */
  release(): void;
}

export class PrintPages {
  private readonly pages = new Map<string, string>();

  add(html: string): PrintPage {
    const id = randomUUID();
    this.pages.set(id, html);
    return { url: `${APP_SCHEME}://${PRINT_HOST}/${id}.html`, release: () => void this.pages.delete(id) };
  }

  /** The HTML a request asks for, or null when the URL is not a print page still waiting. */
  htmlFor(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== PRINT_HOST || parsed.search || parsed.username || parsed.password) return null;
    const id = /^\/([0-9a-f-]{36})\.html$/.exec(parsed.pathname)?.[1];
    return (id && this.pages.get(id)) ?? null;
  }

  get size(): number {
    return this.pages.size;
  }
}

/** The pages of this process: printing adds them, the scheme's handler serves them. */
export const printPages = new PrintPages();
