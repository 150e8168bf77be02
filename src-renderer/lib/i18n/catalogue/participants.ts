import { defineStrings } from './define';

// Strings of the participants area. Keys start with 'participants.'.
export default defineStrings(
  {
    'participants.error.surnameRequired': 'Il cognome è obbligatorio: scrivilo per poter registrare la persona.',
    'participants.error.nameRequired': 'Il nome è obbligatorio: scrivilo per poter registrare la persona.',
    'participants.error.email': 'L’indirizzo e-mail non è valido: controlla che sia nella forma nome@dominio.it.',
    'participants.error.phone': 'Il numero di telefono non è valido: usa solo cifre, spazi e il prefisso +39 se serve (da 6 a 15 cifre).',
    'participants.error.consentDate': 'La data del consenso non è valida: indica una data reale.',
  },
  {
    'participants.error.surnameRequired': 'The surname is required: type it in to register the person.',
    'participants.error.nameRequired': 'The first name is required: type it in to register the person.',
    'participants.error.email': 'The e-mail address is not valid: check it looks like name@domain.org.',
    'participants.error.phone': 'The phone number is not valid: use digits, spaces and a +39 prefix if needed (6 to 15 digits).',
    'participants.error.consentDate': 'The consent date is not valid: give a real date.',
  },
);
