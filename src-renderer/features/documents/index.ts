// The Documenti screen, and the participant handouts the Partecipanti screen offers too.
export { default as DocumentsScreen } from './DocumentsScreen.svelte';
export { default as ParticipantsSection } from './sections/ParticipantsSection.svelte';
