import { defineStrings } from './define';

// Strings of the offers area. Keys start with 'offers.'.
export default defineStrings({}, {});
