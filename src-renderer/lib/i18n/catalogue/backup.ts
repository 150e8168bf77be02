import { defineStrings } from './define';

// Strings of the backup area. Keys start with 'backup.'.
export default defineStrings({}, {});
