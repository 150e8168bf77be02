// The Patti di Cittadinanza workshop held as a Teams meeting: the coordinator makes the session online, drops the
// Teams attendance report on Check-in, reviews the matches, confirms, and prints certificates whose hours are
// what each guest followed online.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { AgendaItem, Participant } from '../../src-renderer/lib/domain/types';
import { seriousViolations } from './axe';
import { expect, test, type App } from './fixtures';
import { demoSession, seed } from './seed';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REPORTS = join(root, 'tests', 'fixtures', 'attendance');
const shots = process.env.OSPITA_SHOTS;
const DAY = '2026-04-27';
const LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_patti%40thread.v2/0';

const STAMP = { createdAt: '2026-04-01T09:00:00.000Z', updatedAt: '2026-04-01T09:00:00.000Z' };

/** The workshop of the Patti form on Monday 27 April, still planned in presence, with its registered guests. */
async function seedPatti(app: App): Promise<void> {
  const data = demoSession({ days: [DAY] });
  data.offer = { ...data.offer, id: 'offer-patti', title: 'Patti di Cittadinanza: interventi e progettualità su scala quartiere', format: 'workshop', durationDays: 1, candidateSessions: [{ days: ['2026-04-20'] }, { days: [DAY] }] };
  data.session = { ...data.session, id: 'session-patti', offerId: 'offer-patti', venue: 'Sala Maddalena, via Santa Maddalena 7, Monza' };
  const item = (i: number, start: string, end: string, title: string, kind: AgendaItem['kind'], counts: boolean): AgendaItem => ({ id: `patti-${i}`, ...STAMP, sessionId: data.session.id, dayIndex: 0, start, end, title, description: '', kind, place: '', speakers: '', countsTowardHours: counts });
  data.agendaItems = [
    item(0, '09:30', '11:00', 'Organismi partecipativi e strumenti di progettazione condivisa', 'intervento', true),
    item(1, '11:00', '11:15', 'Pausa', 'pausa', false),
    item(2, '11:15', '13:00', 'I Patti di Cittadinanza: dalle istanze ai progetti', 'laboratorio', true),
  ];
  const person = (i: number, surname: string, name: string, organisation: string, email: string): Participant => ({
    ...data.participants[i]!,
    id: `patti-p${i}`,
    sessionId: data.session.id,
    surname,
    name,
    organisation,
    email,
  });
  data.participants = [
    person(0, 'Rossi', 'Nicolò', 'Comune di Bergamo', 'nicolo.rossi@comune.bergamo.it'),
    person(1, "D'Amico", 'Lucia', 'Comune di Lecco', 'l.damico@comune.lecco.it'),
    person(2, 'De Luca', 'Marco', 'Comune di Sesto San Giovanni', 'marco.deluca@comune.sestosg.mi.it'),
    person(3, 'Bianchi', 'Giulia', 'Città metropolitana di Milano', 'giulia.bianchi@cittametropolitana.mi.it'),
    person(4, 'Colombo', 'Andrea', 'Comune di Brescia', 'andrea.colombo@comune.brescia.it'),
    person(5, 'Ferrari', 'Chiara', 'Comune di Como', 'chiara.ferrari@comune.como.it'),
    person(6, 'Esposito', 'Giuseppe', 'Comune di Varese', 'g.esposito@comune.varese.it'),
  ];
  await app.open('sessioni');
  await seed(app.page, data);
  await app.reload();
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

test('the Patti workshop held on Teams: the report imported, the matches confirmed, certificates with the hours followed online', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await seedPatti(app);

  // The session becomes online, on Teams, with the meeting's link.
  const row = page.locator('tr[data-session="session-patti"]');
  await row.getByRole('button', { name: 'Modifica' }).click();
  const form = page.getByRole('dialog', { name: 'Modifica sessione' });
  await form.getByLabel('Modalità').selectOption({ label: 'Online' });
  await form.getByLabel('Piattaforma').selectOption({ label: 'Microsoft Teams' });
  await form.getByLabel('Link della riunione').fill('teams.microsoft.com/l/meetup-join');
  await form.getByRole('button', { name: 'Salva' }).click();
  await expect(form.getByText('Il link non si può aprire')).toBeVisible();
  await form.getByLabel('Link della riunione').fill(LINK);
  if (shots) await page.screenshot({ path: join(shots, 'online-session-form.png') });
  await form.getByRole('button', { name: 'Salva' }).click();
  await expect(row).toContainText('Online · Microsoft Teams');

  // Check-in of an online session: no door, the report instead.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Presenze online' })).toBeVisible();
  await expect(page.getByText('Le presenze di questa sessione online vengono dal report delle presenze di Microsoft Teams')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ingressi' })).toHaveCount(0);
  if (shots) await page.screenshot({ path: join(shots, 'online-checkin.png') });

  // A file that is not a report is refused, and nothing changes.
  await page.getByTestId('report-file').setInputFiles(join(REPORTS, 'participant-list.csv'));
  await expect(page.getByRole('alert')).toContainText('non sembra un report delle presenze');
  await expect(page.getByRole('alert')).toContainText('Non è stato registrato niente.');

  // The Teams report: matched by e-mail and by name, the rest to decide, the absent listed.
  await page.getByTestId('report-file').setInputFiles(join(REPORTS, 'teams-meeting-en.csv'));
  await expect(page.getByRole('heading', { name: 'Controlla il report prima di registrare' })).toBeVisible();
  await expect(page.getByText('Abbinati agli iscritti (6)')).toBeVisible();
  const matched = (name: string) => page.locator(`tr[data-person="${name}"]`);
  await expect(matched('Nicolò Rossi')).toContainText('per e-mail');
  await expect(matched('Nicolò Rossi')).toContainText('09:28–10:41 · 10:44–12:16 · 12:17–13:02');
  await expect(matched('Marco De Luca')).toContainText('per nome');
  await expect(matched('Giulia Bianchi')).toContainText('per nome');
  await expect(page.getByText('Da decidere: persone del report non abbinate (4)')).toBeVisible();
  await expect(page.getByLabel('Che cosa fare di Elena Galli')).toHaveValue('skip');
  await expect(page.getByLabel('Che cosa fare di Roberto Sala')).toHaveValue('skip');
  await expect(page.getByLabel('Che cosa fare di +39 039 123 4567')).toHaveValue('skip');
  await expect(page.getByLabel('Che cosa fare di Paolo Verdi')).toHaveValue('walkIn');
  await page.getByLabel('Ente di Paolo Verdi').fill('Comune di Varese');
  await expect(page.getByRole('list', { name: 'Iscritti assenti dal report (1)' }).getByRole('listitem')).toHaveText(['Colombo Andrea – Comune di Brescia']);
  expect(await seriousViolations(page), 'axe on the review of the report').toEqual([]);
  if (shots) await page.screenshot({ path: join(shots, 'online-review.png'), fullPage: true });

  // Nothing is written before confirming: the hours are still empty.
  await page.getByRole('button', { name: 'Ore di presenza' }).click();
  await expect(page.getByText('Hanno diritto all’attestato: 0 su 7')).toBeVisible();
  await page.getByRole('button', { name: 'Presenze online' }).click();
  await page.getByTestId('report-file').setInputFiles(join(REPORTS, 'teams-meeting-en.csv'));
  await page.getByLabel('Ente di Paolo Verdi').fill('Comune di Varese');
  await page.getByRole('button', { name: 'Conferma e registra le presenze' }).click();
  await expect(page.getByText('Presenze online registrate (persone: 7). Nuovi arrivati aggiunti: 1.')).toBeVisible();

  // The same report again changes nothing, and says so.
  await page.getByTestId('report-file').setInputFiles(join(REPORTS, 'teams-meeting-en.csv'));
  await expect(page.getByText('Per questa giornata ci sono già presenze online importate (persone: 7; da: Report Microsoft Teams «Patti di Cittadinanza: workshop online» (teams-meeting-en.csv))')).toBeVisible();
  await expect(page.getByText('Abbinati agli iscritti (7)')).toBeVisible();
  await page.getByRole('button', { name: 'Conferma e registra le presenze' }).click();
  await expect(page.getByText('Il report era già stato importato così: nessuna modifica.')).toBeVisible();

  // The hours: what each followed online.
  await page.getByRole('button', { name: 'Vedi le ore di presenza' }).click();
  await expect(page.getByText('Hanno diritto all’attestato: 6 su 8')).toBeVisible();
  const hours = (name: string) => page.locator('tbody tr').filter({ hasText: name });
  await expect(hours('Rossi Nicolò')).toContainText('09:28–10:41 (online), 10:44–12:16 (online), 12:17–13:02 (online)');
  await expect(hours('Rossi Nicolò')).toContainText('3 ore e 11 minuti');
  await expect(hours('Esposito Giuseppe')).toContainText('35 minuti');
  await expect(hours('Verdi Paolo')).toContainText('2 ore e 57 minuti');
  if (shots) await page.screenshot({ path: join(shots, 'online-hours.png'), fullPage: true });

  // The certificates, with the online hours.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Documenti' }).click();
  await expect(page.getByTestId('cert-summary')).toContainText('Ricevono l’attestato 6 partecipanti su 8', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Un file Word con tutti gli attestati' }).click();
  // Generated off the UI thread: give a loaded machine time.
  await expect(page.getByTestId('job-message')).toContainText('File salvato', { timeout: 30_000 });
  const saved = (await readdir(join(app.dir, 'saved'))).find((n) => n.endsWith('.docx'))!;
  const text = await docxText(join(app.dir, 'saved', saved));
  expect(text).toContain('Nicolò Rossi');
  expect(text).toContain('3 ore e 11 minuti');
  expect(text).toContain('svoltosi online (Microsoft Teams), lunedì 27 aprile 2026');
  expect(text).toContain('Paolo Verdi');
  expect(text).not.toContain('Giuseppe Esposito');
});
