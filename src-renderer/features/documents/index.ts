// The Documenti screen, and what other screens use to hand their documents over: the export job with its status,
// the output buttons, the handouts they can offer (Programma on its screen, participant handouts on theirs).
export { default as DocumentsScreen } from './DocumentsScreen.svelte';
export { default as ExportButtons } from './ExportButtons.svelte';
export { default as JobStatus } from './sections/JobStatus.svelte';
export { default as OutputButtons } from './sections/OutputButtons.svelte';
export { default as ParticipantsSection } from './sections/ParticipantsSection.svelte';
export { DocumentJob, type JobContext, type JobNote } from './document-job.svelte';
export { fileStem } from './file-stem';
export { prepareProgramme } from './handouts';
