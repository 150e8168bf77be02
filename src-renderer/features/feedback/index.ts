export { default as FeedbackScreen } from './FeedbackScreen.svelte';
