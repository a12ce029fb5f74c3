/** The little of jsdom the local API uses (no @types/jsdom installed): a window for DOMPurify. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
