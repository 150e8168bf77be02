// The session the coordinator is working on, shared by Programma, Partecipanti, Check-in and Documenti,
// remembered across reloads.
const KEY = 'ospita.currentSession';

class CurrentSession {
  id = $state<string | null>(read());

  select(id: string | null): void {
    this.id = id;
    try {
      if (id) localStorage.setItem(KEY, id);
      else localStorage.removeItem(KEY);
    } catch {
      // storage unavailable: the choice lasts for this run
    }
  }
}

function read(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export const currentSession = new CurrentSession();
