// The first run and the demo data: what an empty Ospita says, the demo's banner, its «Demo» marks.
export { default as DemoBadge } from './DemoBadge.svelte';
export { default as DemoBanner } from './DemoBanner.svelte';
export { default as DemoButton } from './DemoButton.svelte';
export { default as FirstRun } from './FirstRun.svelte';
