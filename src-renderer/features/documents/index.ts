export { default as DocumentsScreen } from './DocumentsScreen.svelte';
