export { default as RecoveryScreen } from './RecoveryScreen.svelte';
