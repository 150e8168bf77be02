export { default as MessagesDialog } from './MessagesDialog.svelte';
export { default as WriteEmailDialog } from './WriteEmailDialog.svelte';
export { default as PreparedList } from './PreparedList.svelte';
export { default as MessagePreview } from './MessagePreview.svelte';
