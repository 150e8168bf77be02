import { defineStrings } from './define';

// Strings of the participants area. Keys start with 'participants.'.
export default defineStrings({}, {});
