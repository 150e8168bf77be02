export { default as DocumentsScreen } from './DocumentsScreen.svelte';
export { default as ExportButtons } from './ExportButtons.svelte';
export { DocumentJob } from './document-job.svelte';
export { prepareProgramme } from './sources';
