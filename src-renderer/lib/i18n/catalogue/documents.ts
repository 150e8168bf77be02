import { defineStrings } from './define';

// Strings of the documents area. Keys start with 'documents.'.
export default defineStrings({}, {});
