import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { setupServer } from 'msw/node';
import { setSanitizerWindow } from './domain/records/sanitize';
import { handlers } from './handlers';

/** The mock API in Node (Vitest): the same handlers as the browser worker. */
export const server = setupServer(...handlers);

// Tests under the `node` environment have no DOM: give the rich-text sanitiser one.
if (typeof window === 'undefined') setSanitizerWindow(new JSDOM('').window as unknown as WindowLike);
