export { default as ParticipantsScreen } from './ParticipantsScreen.svelte';
