export { default as ReportScreen } from './ReportScreen.svelte';
