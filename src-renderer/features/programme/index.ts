export { default as ProgrammeScreen } from './ProgrammeScreen.svelte';
export { prepareProgramme } from './handout';
