// Every unit test gets IndexedDB from fake-indexeddb; each test opens its own fresh database (see helpers).
// The app talks to the real main-process handlers in a temporary data folder (./main-host.ts), as in the
// desktop app: backups and the journal are files.
import 'fake-indexeddb/auto';
import { useHost } from '../../src-renderer/lib/host';
import { mainHost } from './main-host';

useHost(mainHost());
