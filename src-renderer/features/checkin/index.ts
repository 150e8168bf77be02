export { default as CheckinScreen } from './CheckinScreen.svelte';
