export { default as SessionsScreen } from './SessionsScreen.svelte';
