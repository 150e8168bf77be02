import { defineStrings } from './define';

// Strings of the documents area. Keys start with 'documents.'.
export default defineStrings(
  {
    'documents.footer.page': 'Pagina',
    'documents.footer.of': 'di',
    'documents.filter.word': 'Documento Word',
    'documents.filter.pdf': 'Documento PDF',
    'documents.filter.calendar': 'Calendario',
  },
  {
    'documents.footer.page': 'Page',
    'documents.footer.of': 'of',
    'documents.filter.word': 'Word document',
    'documents.filter.pdf': 'PDF document',
    'documents.filter.calendar': 'Calendar',
  },
);
