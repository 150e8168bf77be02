export { default as OffersScreen } from './OffersScreen.svelte';
