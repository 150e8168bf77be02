export { default as ProgrammeScreen } from './ProgrammeScreen.svelte';
