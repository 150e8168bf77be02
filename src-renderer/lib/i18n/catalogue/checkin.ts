import { defineStrings } from './define';

// Strings of the checkin area. Keys start with 'checkin.'.
export default defineStrings({}, {});
