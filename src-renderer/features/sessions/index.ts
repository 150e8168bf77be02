export { default as SessionsScreen } from './SessionsScreen.svelte';
export { default as SessionScreen } from './SessionScreen.svelte';
