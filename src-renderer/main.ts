import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '@fontsource/titillium-web/400.css';
import '@fontsource/titillium-web/600.css';
import '@fontsource/titillium-web/700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { startAutoBackups } from './lib/auto-backup.svelte';
import { requestPersistentStorage } from './lib/db';
import { i18n } from './lib/i18n/index.svelte';

document.documentElement.lang = i18n.locale;
void requestPersistentStorage();
startAutoBackups();

mount(App, { target: document.getElementById('app')! });
