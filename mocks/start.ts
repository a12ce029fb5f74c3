import { database } from './database';

/**
 * The demo's first script (index.html gets it from vite.config.ts in demo builds only, ahead of the
 * app's): starts the database worker at once, so the seed runs while the app's code downloads.
 */
database();
