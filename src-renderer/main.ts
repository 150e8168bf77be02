// The build keeps only the Bootstrap Italia rules whose classes appear in src-renderer
// (scripts/lib/purge-unused-css.ts): write class names out in full, or as a literal prefix and a value
// (`alert-{tone}`), never glued together with `+`.
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '@fontsource/titillium-web/400.css';
import '@fontsource/titillium-web/600.css';
import '@fontsource/titillium-web/700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { startAutoBackups } from './lib/auto-backup.svelte';
import { requestPersistentStorage } from './lib/db';
import { keepStationIdStored } from './lib/db/repositories/settings';
import { i18n } from './lib/i18n/index.svelte';
import { startup } from './lib/journal/startup.svelte';

document.documentElement.lang = i18n.locale;
void requestPersistentStorage();
// Before anything is shown or written: is the database the one the journal knows? A database found empty or
// behind brings up the recovery screen instead of the app (App.svelte); writes wait for the answer. Then this
// laptop's station id also goes in the stored settings, so it survives local storage being cleared.
void startup
  .run()
  .then(() => (startup.phase === 'ready' ? keepStationIdStored() : undefined))
  .catch(() => {});
startAutoBackups();

mount(App, { target: document.getElementById('app')! });
