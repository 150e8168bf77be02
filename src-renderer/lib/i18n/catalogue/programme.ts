import { defineStrings } from './define';

// Strings of the programme area. Keys start with 'programme.'.
export default defineStrings({}, {});
