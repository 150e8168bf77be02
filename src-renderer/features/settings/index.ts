export { default as SettingsScreen } from './SettingsScreen.svelte';
