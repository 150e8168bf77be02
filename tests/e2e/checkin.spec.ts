import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { appDatabaseReady, expect, test, type App } from './fixtures';
import { installHostBridge } from './host-bridge';
import { checkCharacter } from '../../src-renderer/lib/domain/checkin-code';
import { demoSession, pageToday, seed, type DemoOptions, type SeedData } from './seed';

/** Opens the check-in screen on a session held today with eight registered participants. */
async function openDesk(app: App, options: { capacityMax?: number; participants?: number; statuses?: DemoOptions['statuses'] } = {}): Promise<SeedData> {
  await app.open('checkin');
  const data = demoSession({ days: [await pageToday(app.page)], ...options });
  await seed(app.page, data);
  await app.reload();
  await expect(search(app.page)).toBeFocused();
  return data;
}

const search = (page: Page) => page.getByLabel('Cerca il partecipante o leggi il codice');
const row = (page: Page, name: string) => page.getByRole('listitem').filter({ hasText: name });
const banner = (page: Page) => page.locator('.banner');
const counter = (page: Page, label: string) => page.locator('.counter').filter({ hasText: label }).locator('.n');

test('typing a name and pressing Enter checks the person in and says so; a second time is harmless', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  await expect(counter(page, 'attesi')).toHaveText('8');
  await page.keyboard.type('damico');
  await expect(page.locator('#checkin-results > li')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Lucia D\'Amico');
  await expect(banner(page)).toContainText('Comune di Lecco');
  await expect(banner(page)).toContainText('ingresso registrato alle');
  await expect(search(page)).toHaveValue('');
  await expect(search(page)).toBeFocused();
  await expect(row(page, "D'Amico Lucia")).toContainText('Presente dalle');
  await expect(counter(page, 'presenti')).toHaveText('1');

  // accents do not matter, and checking in again changes nothing
  await page.keyboard.type('NICOLO');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Nicolò Rossi');
  await page.keyboard.type("d'amico");
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('È già presente dalle');
  await expect(counter(page, 'presenti')).toHaveText('2');

  await page.keyboard.type('zzzz');
  await expect(page.getByText('Nessun partecipante corrisponde a «zzzz»').first()).toBeVisible();
});

test('a code typed by a scanner (fast, then Enter) checks its owner in at once, even over half-typed text', async ({ app }) => {
  const { page } = app;
  const data = await openDesk(app);
  const deLuca = data.participants.find((p) => p.surname === 'De Luca')!;
  await page.keyboard.type(deLuca.checkinCode, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Marco De Luca');
  await expect(row(page, 'De Luca Marco')).toContainText('Presente dalle');

  // a valid code from another session's badge checks in nobody
  await page.keyboard.type('22222'.slice(0, 4) + checkCharacter('2222'), { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Nessun partecipante con il codice 2222');
  await expect(counter(page, 'presenti')).toHaveText('1');

  const colombo = data.participants.find((p) => p.surname === 'Colombo')!;
  await page.keyboard.type('fer', { delay: 120 });
  await page.keyboard.type(colombo.checkinCode, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Andrea Colombo');
  await expect(counter(page, 'presenti')).toHaveText('2');

  // two badges scanned back to back: the second is not lost while the first is being saved
  const [ferrari, esposito] = [data.participants.find((p) => p.surname === 'Ferrari')!, data.participants.find((p) => p.surname === 'Esposito')!];
  await page.keyboard.type(ferrari.checkinCode, { delay: 5 });
  await page.keyboard.press('Enter');
  await page.keyboard.type(esposito.checkinCode, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(counter(page, 'presenti')).toHaveText('4');
  await expect(row(page, 'Ferrari Chiara')).toContainText('Presente dalle');
  await expect(row(page, 'Esposito Giuseppe')).toContainText('Presente dalle');
});

test('undo cancels the last check-in and keeps the search box focused', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  await page.keyboard.type('bianchi');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Bianchi Giulia')).toContainText('Presente dalle');
  await page.getByRole('button', { name: 'Annulla l’ultima azione' }).click();
  await expect(banner(page)).toContainText('Annullato l’ingresso di Giulia Bianchi');
  await expect(row(page, 'Bianchi Giulia')).toContainText('Non arrivato');
  await expect(counter(page, 'presenti')).toHaveText('0');
  await expect(search(page)).toBeFocused();
  await page.getByRole('button', { name: 'Annulla l’ultima azione' }).click();
  await expect(banner(page)).toContainText('Non c’è nessuna azione da annullare');
});

test('someone on the waiting list is shown as such at the door and let in only by confirming them, so every list agrees', async ({ app }) => {
  const { page } = app;
  // Seven confirmed on seven places; Ricci Francesca waits.
  await openDesk(app, { capacityMax: 7, statuses: { 7: 'in_attesa' } });
  await expect(counter(page, 'attesi')).toHaveText('7');
  await page.keyboard.type('ricci');
  await expect(page.locator('#checkin-results > li')).toHaveCount(1);
  await expect(row(page, 'Ricci Francesca')).toContainText('In lista d’attesa');
  await page.keyboard.press('Enter');
  // Not checked in silently: the banner says why, and a dialog asks for the one explicit step.
  await expect(banner(page)).toContainText('Francesca Ricci è in lista d’attesa');
  await expect(banner(page)).toContainText('Ingresso non registrato');
  await expect(counter(page, 'presenti')).toHaveText('0');
  const dialog = page.getByRole('dialog', { name: /Confermare Francesca Ricci/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Motivo per superare il massimo')).toBeFocused();
  await dialog.getByRole('button', { name: 'Conferma iscrizione e registra ingresso' }).click();
  await expect(dialog.getByText('Scrivi il motivo')).toBeVisible();
  await expect(counter(page, 'presenti')).toHaveText('0');
  await dialog.getByLabel('Motivo per superare il massimo').fill('Si è presentata alla porta, la sala ha posto');
  await dialog.getByRole('button', { name: 'Conferma iscrizione e registra ingresso' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner(page)).toContainText('iscrizione confermata, ingresso registrato alle');
  await expect(counter(page, 'presenti')).toHaveText('1');
  await expect(counter(page, 'attesi')).toHaveText('8');
  await expect(row(page, 'Ricci Francesca')).not.toContainText('In lista d’attesa');
  await expect(search(page)).toBeFocused();

  // Partecipanti tells the same story: confirmed, beyond the maximum with the reason.
  await app.open('partecipanti');
  const line = page.getByRole('row').filter({ hasText: 'Ricci' });
  await expect(line).toContainText('Confermato');
  await expect(line).not.toContainText('In attesa');
});

test('a walk-in is registered on the spot, beyond a full session, and checked in', async ({ app }) => {
  const { page } = app;
  await openDesk(app, { capacityMax: 8 });
  await page.getByRole('button', { name: 'Registra un nuovo arrivato' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuovo arrivato' });
  await expect(dialog.getByLabel('Cognome')).toBeFocused();
  await expect(dialog.getByText('ha già raggiunto il massimo di 8')).toBeVisible();
  await dialog.getByRole('button', { name: 'Registra e fai entrare' }).click();
  await expect(dialog.getByText('Il cognome è obbligatorio')).toBeVisible();
  await dialog.getByLabel('Cognome').fill('Brambilla');
  await dialog.getByLabel('Nome', { exact: true }).fill('Ernesto');
  await dialog.getByLabel('Ente').fill('Comune di Lissone');
  await dialog.getByLabel(/Motivo/).fill('Sostituisce un collega');
  await dialog.getByRole('button', { name: 'Registra e fai entrare' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner(page)).toContainText('Ernesto Brambilla');
  await expect(banner(page)).toContainText('registrato sul posto');
  await expect(counter(page, 'attesi')).toHaveText('9');
  await expect(counter(page, 'presenti')).toHaveText('1');
  await expect(row(page, 'Brambilla Ernesto')).toContainText('Registrato sul posto');
  await expect(search(page)).toBeFocused();
});

test('"registra uscita per tutti" checks out everyone still present in one go, and one undo brings them back', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  for (const [typed, shown] of [['rossi', 'Nicolò Rossi'], ['ferrari', 'Chiara Ferrari'], ['ricci', 'Francesca Ricci']]) {
    await page.keyboard.type(typed!);
    await page.keyboard.press('Enter');
    await expect(banner(page)).toContainText(`${shown}`);
  }
  await expect(counter(page, 'presenti')).toHaveText('3');
  await page.getByRole('button', { name: 'Registra uscita per tutti…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uscita per tutti i presenti' });
  await expect(dialog.getByLabel('Ora di uscita')).toBeFocused();
  await dialog.getByLabel('Ora di uscita').fill('ab');
  await dialog.getByRole('button', { name: /Registra uscita per tutti alle/ }).click();
  await expect(dialog.getByText('L’orario non è valido')).toBeVisible();
  await dialog.getByLabel('Ora di uscita').fill('2359');
  await dialog.getByRole('button', { name: 'Registra uscita per tutti alle 23:59' }).click();
  await expect(banner(page)).toContainText('Uscita registrata alle 23:59 per 3 partecipanti');
  await expect(counter(page, 'presenti')).toHaveText('0');
  await expect(counter(page, 'usciti')).toHaveText('3');
  await expect(row(page, 'Ricci Francesca')).toContainText('Uscito alle 23:59');
  await page.getByRole('button', { name: 'Annulla l’ultima azione' }).click();
  await expect(counter(page, 'presenti')).toHaveText('3');
});

test('a reload in the middle of check-in loses nothing', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  for (const [typed, shown] of [['colombo', 'Andrea Colombo'], ['esposito', 'Giuseppe Esposito'], ['bianchi', 'Giulia Bianchi']]) {
    await page.keyboard.type(typed!);
    await page.keyboard.press('Enter');
    // once the confirmation names the person, the entry is committed: the reload must not lose it
    await expect(banner(page)).toContainText(`${shown}`);
  }
  await app.reload();
  await expect(counter(page, 'presenti')).toHaveText('3');
  for (const name of ['Colombo Andrea', 'Esposito Giuseppe', 'Bianchi Giulia']) await expect(row(page, name)).toContainText('Presente dalle');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('ferrari');
  await page.keyboard.press('Enter');
  await expect(counter(page, 'presenti')).toHaveText('4');
});

test('ten guests are checked in within a minute, typed or scanned, and a crash of the window loses none of them', async ({ app, electronBinary }) => {
  const { page } = app;
  const data = await openDesk(app, { participants: 12 });
  const started = Date.now();
  let present = 0;
  // Five at the keyboard (accents and apostrophes left out, as people type at the door)...
  for (const typed of ['damico', 'colombo', 'esposito', 'bianchi', 'nicolo']) {
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(counter(page, 'presenti')).toHaveText(String(++present));
  }
  // ...and five badges through the scanner.
  const scanned = data.participants.filter((p) => ['De Luca', 'Ferrari', 'Ricci', 'Cognome8', 'Cognome9'].includes(p.surname));
  for (const person of scanned) {
    await page.keyboard.type(person.checkinCode, { delay: 5 });
    await page.keyboard.press('Enter');
    await expect(counter(page, 'presenti')).toHaveText(String(++present));
  }
  // The time is noted, not asserted: on a loaded machine it measures the load (88 s at load 45 on two cores, with
  // every check-in on screen in time). The speed of a check-in is a target of `npm run bench` (under 50 ms).
  const seconds = (Date.now() - started) / 1000;
  test.info().annotations.push({ type: 'ten guests', description: `${seconds.toFixed(1)} s` });

  // The renderer dies (Electron's window cannot be crashed from a test: there it is a reload); a new window
  // opens on the same data and every check-in is there.
  let desk = page;
  if (electronBinary) await app.reload();
  else {
    const url = page.url();
    const crashed = page.waitForEvent('crash');
    await page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    desk = await page.context().newPage();
    await installHostBridge(desk, app.dir);
    await desk.goto(url);
    await expect(desk.locator('main#main')).toBeVisible();
    await appDatabaseReady(desk);
  }
  await expect(counter(desk, 'presenti')).toHaveText('10');
  await expect(counter(desk, 'attesi')).toHaveText('12');
  const names = ["D'Amico Lucia", 'Colombo Andrea', 'Esposito Giuseppe', 'Bianchi Giulia', 'Rossi Nicolò', ...scanned.map((p) => `${p.surname} ${p.name}`)];
  for (const name of names) await expect(row(desk, name)).toContainText('Presente dalle');
});

test('a correction needs a reason and replaces the wrong time; the paper sheet and the hours follow', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  await page.keyboard.type('rossi');
  await page.keyboard.press('Enter');
  await row(page, 'Rossi Nicolò').getByRole('button', { name: /Correggi/ }).click();
  const dialog = page.getByRole('dialog', { name: /Correggi le presenze di Rossi Nicolò/ });
  await dialog.getByLabel('Orario corretto').fill('930');
  await dialog.getByRole('button', { name: 'Registra la correzione' }).click();
  await expect(dialog.getByText('Scrivi il motivo della correzione')).toBeVisible();
  await dialog.getByLabel(/Motivo della correzione/).fill('Arrivato alle 9:30, registrato dopo');
  await dialog.getByRole('button', { name: 'Registra la correzione' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'Rossi Nicolò')).toContainText('Presente dalle 09:30');

  await page.getByRole('button', { name: 'Foglio firme cartaceo' }).click();
  await expect(page.getByLabel(/Entrata di Rossi Nicolò/)).toHaveValue('09:30');
  await page.getByLabel(/Uscita di Rossi Nicolò/).fill('1300');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/Uscita di Rossi Nicolò/)).toHaveValue('13:00');
  await page.getByLabel(/Entrata di Bianchi Giulia/).fill('9');
  await page.getByLabel(/Uscita di Bianchi Giulia/).fill('1705');
  await page.getByLabel(/Entrata di Colombo Andrea/).fill('25');
  await page.getByRole('button', { name: 'Salva le presenze' }).click();
  await expect(page.getByText('Orari non validi: 1, evidenziati in rosso.')).toBeVisible();
  await page.getByLabel(/Entrata di Colombo Andrea/).fill('');
  await page.getByRole('button', { name: 'Salva le presenze' }).click();
  await expect(page.getByText('Presenze salvate: 2 giornate-partecipante aggiornate.')).toBeVisible();

  await page.getByRole('button', { name: 'Ore di presenza' }).click();
  await expect(page.getByText('Hanno diritto all’attestato: 1 su 8')).toBeVisible();
  const rossi = page.getByRole('row').filter({ hasText: 'Rossi Nicolò' });
  await expect(rossi).toContainText('3 ore e 15 minuti');
  await expect(rossi).toContainText('presente 3 ore e 15 minuti, ne servono 4 ore e 42 minuti');
  await expect(page.getByRole('row').filter({ hasText: 'Bianchi Giulia' })).toContainText('Sì');
});

test('the paper sheet keeps a lunch out-and-back as two intervals: typed by keyboard, saved, reloaded, corrected', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  const openSheet = () => page.getByRole('button', { name: 'Foglio firme cartaceo' }).click();
  const box = (kind: 'Entrata' | 'Uscita', name: string, n: number) => page.getByLabel(new RegExp(`^${kind} di ${name}, .*, intervallo ${n}$`));
  /** The intervals on the sheet as the user sees them, waiting for the grid to show them (and no more). */
  const expectIntervals = async (name: string, intervals: string[]) => {
    for (const [i, interval] of intervals.entries()) {
      const [entry, exit] = interval.split('-');
      await expect(box('Entrata', name, i + 1)).toHaveValue(entry!);
      await expect(box('Uscita', name, i + 1)).toHaveValue(exit!);
    }
    await expect(box('Entrata', name, intervals.length + 1)).toHaveCount(0);
  };
  await openSheet();

  // Enter moves on, the + key adds an interval and goes to its entry.
  await box('Entrata', 'Rossi Nicolò', 1).focus();
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(box('Uscita', 'Rossi Nicolò', 1)).toBeFocused();
  await page.keyboard.type('1230');
  await page.keyboard.press('+');
  await expect(box('Entrata', 'Rossi Nicolò', 2)).toBeFocused();
  await page.keyboard.type('14');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1700');
  await page.keyboard.press('Enter');
  // Tab goes through the boxes and the buttons: past "clear", then "Aggiungi intervallo".
  await box('Entrata', 'Bianchi Giulia', 1).focus();
  await page.keyboard.type('930');
  await page.keyboard.press('Tab');
  await page.keyboard.type('11');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Cancella l’intervallo 1 di Bianchi Giulia/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Aggiungi intervallo per Bianchi Giulia/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box('Entrata', 'Bianchi Giulia', 2)).toBeFocused();
  await page.keyboard.type('1415');
  await page.keyboard.press('Tab');
  await page.keyboard.type('17');
  await page.keyboard.press('Tab');
  await expectIntervals('Rossi Nicolò', ['09:00-12:30', '14:00-17:00']);
  await expectIntervals('Bianchi Giulia', ['09:30-11:00', '14:15-17:00']);
  await page.getByRole('button', { name: 'Salva le presenze' }).click();
  await expect(page.getByText('Presenze salvate: 2 giornate-partecipante aggiornate.')).toBeVisible();

  await app.reload();
  await openSheet();
  await expectIntervals('Rossi Nicolò', ['09:00-12:30', '14:00-17:00']);
  await expectIntervals('Bianchi Giulia', ['09:30-11:00', '14:15-17:00']);
  await expectIntervals('Colombo Andrea', ['-']);

  // Saving again as it is changes nothing; an overlap is refused with a message on the box, and nothing is saved.
  await page.getByRole('button', { name: 'Salva le presenze' }).click();
  await expect(page.getByText('Nessuna modifica da salvare')).toBeVisible();
  await box('Entrata', 'Bianchi Giulia', 2).fill('1030');
  await box('Uscita', 'Rossi Nicolò', 2).fill('1630');
  await page.getByRole('button', { name: 'Salva le presenze' }).click();
  await expect(page.getByRole('alert')).toContainText('Bianchi Giulia');
  await expect(page.getByRole('alert')).toContainText('intervallo 2: L’entrata non è successiva all’uscita dell’intervallo precedente');
  await expect(box('Entrata', 'Bianchi Giulia', 2)).toBeFocused();
  await expect(box('Entrata', 'Bianchi Giulia', 2)).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page), 'axe on the paper sheet with a refused save').toEqual([]);
  // Only Rossi's afternoon is corrected; Bianchi's afternoon is cleared.
  await page.getByRole('button', { name: /Cancella l’intervallo 2 di Bianchi Giulia/ }).click();
  await page.getByRole('button', { name: 'Salva le presenze' }).click();
  await expect(page.getByText('Presenze salvate: 2 giornate-partecipante aggiornate.')).toBeVisible();

  await app.reload();
  await openSheet();
  await expectIntervals('Rossi Nicolò', ['09:00-12:30', '14:00-16:30']);
  await expectIntervals('Bianchi Giulia', ['09:30-11:00']);
  // Hours are the sum of the intervals within the programme: lunch is not counted as present.
  await page.getByRole('button', { name: 'Ore di presenza' }).click();
  const rossi = page.getByRole('row').filter({ hasText: 'Rossi Nicolò' });
  await expect(rossi).toContainText('09:00–12:30, 14:00–16:30');
  await expect(rossi).toContainText('5 ore e 15 minuti');
  await expect(page.getByRole('row').filter({ hasText: 'Bianchi Giulia' })).toContainText('1 ora e 30 minuti');
});

test('a two-day session opens on today, and the other day keeps its own attendance', async ({ app }) => {
  const { page } = app;
  await app.open('checkin');
  const today = await pageToday(page);
  const tomorrow = await page.evaluate((d) => {
    const [y, m, dd] = d.split('-').map(Number);
    const next = new Date(y!, m! - 1, dd! + 1);
    return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
  }, today);
  await seed(page, demoSession({ days: [today, tomorrow] }));
  await app.reload();
  const day = page.getByLabel('Giornata');
  await expect(day).toHaveValue(today);
  await expect(page.getByText('che non è oggi')).toHaveCount(0);
  await page.keyboard.type('rossi');
  await page.keyboard.press('Enter');
  await expect(counter(page, 'presenti')).toHaveText('1');
  await day.selectOption(tomorrow);
  await expect(page.getByText('che non è oggi')).toBeVisible();
  await expect(counter(page, 'presenti')).toHaveText('0');
  await expect(row(page, 'Rossi Nicolò')).toContainText('Non arrivato');
  await day.selectOption(today);
  await expect(row(page, 'Rossi Nicolò')).toContainText('Presente dalle');
});

test('in full screen the desk still checks in by keyboard and its dialogs still open', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  await page.getByRole('button', { name: 'Schermo intero' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('desk') ?? false)).toBe(true);
  await expect(page.getByRole('button', { name: 'Esci da schermo intero' })).toBeVisible();
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('ferrari');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Chiara Ferrari');
  await page.getByRole('button', { name: 'Registra un nuovo arrivato' }).click();
  await expect(page.getByRole('dialog', { name: 'Nuovo arrivato' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Nuovo arrivato' }).getByRole('button', { name: 'Chiudi' }).click();
  await expect(page.getByRole('dialog', { name: 'Nuovo arrivato' })).toBeHidden();
  await expect(search(page)).toBeFocused();
  await page.getByRole('button', { name: 'Esci da schermo intero' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('every control of the check-in desk is at least 44 px high, for quick hands at the door', async ({ app }) => {
  const { page } = app;
  const data = await openDesk(app);
  // Measured once the desk shows its people (the rows come in one update, with their buttons).
  await expect(row(page, `${data.participants[0]!.surname} ${data.participants[0]!.name}`).getByRole('button', { name: /^Registra ingresso/ })).toBeVisible();
  const controls = page.locator('main').locator('button:visible, input:visible, select:visible');
  const count = await controls.count();
  expect(count).toBeGreaterThan(5);
  const short: string[] = [];
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const box = await control.boundingBox();
    if (box && box.height < 44) short.push(`${await control.evaluate((el) => el.outerHTML.slice(0, 80))} (${box.height.toFixed(0)} px)`);
  }
  expect(short).toEqual([]);
});
