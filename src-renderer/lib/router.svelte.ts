// Hash routes ("#/offerte"), so a reload keeps the place and no navigation ever leaves the page.
export const ROUTES = ['offerte', 'sessioni', 'programma', 'partecipanti', 'checkin', 'questionario', 'documenti', 'riepilogo', 'impostazioni'] as const;
export type Route = (typeof ROUTES)[number];

function parseHash(hash: string): { route: Route; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const route = (ROUTES as readonly string[]).includes(path) ? (path as Route) : 'offerte';
  return { route, params: new URLSearchParams(query) };
}

class Router {
  route = $state<Route>('offerte');
  params = $state<URLSearchParams>(new URLSearchParams());

  constructor() {
    if (typeof window === 'undefined') return;
    this.sync();
    window.addEventListener('hashchange', () => this.sync());
  }

  private sync(): void {
    const { route, params } = parseHash(window.location.hash);
    this.route = route;
    this.params = params;
  }

  go(route: Route, params: Record<string, string> = {}): void {
    const query = new URLSearchParams(params).toString();
    window.location.hash = `#/${route}${query ? `?${query}` : ''}`;
  }
}

export const router = new Router();
