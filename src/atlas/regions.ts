/** Body regions used to group muscles, head to foot: the region table's (no zod here: the app's bundle uses this). */
export { BODY_REGIONS as REGIONS, type BodyRegion as Region } from './regionNames';
