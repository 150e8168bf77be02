// Bundled by upgrade.spec.ts and run in Chromium: the schema upgrade check on the browser's own IndexedDB.
import { checkUpgrades } from '../lib/schema-upgrade-check';

(window as unknown as { ospitaCheckUpgrades: () => Promise<string[]> }).ospitaCheckUpgrades = () => checkUpgrades({ indexedDB, IDBKeyRange });
