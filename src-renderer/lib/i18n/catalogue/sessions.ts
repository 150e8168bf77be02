import { defineStrings } from './define';

// Strings of the sessions area. Keys start with 'sessions.'.
export default defineStrings({}, {});
