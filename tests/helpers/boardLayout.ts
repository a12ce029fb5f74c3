import { waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';

/**
 * jsdom lays nothing out: every box is 0 px tall and nothing scrolls, so a windowed column cannot
 * tell which cards are in view. This gives the board the geometry a browser would: each column's
 * scrolling box shows COLUMN_PX, each card's slot is CARD_PX tall, a column scrolls as far as its
 * content (the window's sizer, as tall as the cards it stands for) and `scrollTo` moves it and
 * fires "scroll", as a browser does, and a ResizeObserver reports each card's height once it is
 * rendered. Only those elements are touched; everything else stays 0.
 */
export const COLUMN_PX = 600;
export const CARD_PX = 100;

const isColumn = (element: Element) => element.getAttribute('data-testid')?.startsWith('column-') ?? false;
const isCardSlot = (element: Element) => element.hasAttribute('data-index');
const contentOf = (column: Element) =>
  Number.parseFloat(column.querySelector<HTMLElement>('[data-rfd-droppable-id]')?.style.height ?? '') || 0;

/** Installs the geometry; returns what takes it away again. */
export function emulateBoardLayout(): () => void {
  const height = (
    prop: 'clientHeight' | 'scrollHeight',
    measure: (element: Element) => number | undefined,
  ) => {
    const native = Object.getOwnPropertyDescriptor(Element.prototype, prop)?.get;
    return vi.spyOn(Element.prototype, prop, 'get').mockImplementation(function (this: Element) {
      return measure(this) ?? native?.call(this) ?? 0;
    });
  };
  const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')?.get;
  const spies = [
    height('clientHeight', (element) => (isColumn(element) ? COLUMN_PX : undefined)),
    height('scrollHeight', (element) =>
      isColumn(element) ? Math.max(COLUMN_PX, contentOf(element)) : undefined,
    ),
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return isCardSlot(this) ? CARD_PX : (native?.call(this) ?? 0);
    }),
  ];
  // The window measures a card when its ResizeObserver reports it, as a browser does after layout;
  // jsdom has no ResizeObserver. This one reports each observed element once, on the next task.
  const nativeResizeObserver = globalThis.ResizeObserver;
  globalThis.ResizeObserver = class ResizeObserver {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: Element) {
      const blockSize = isCardSlot(target) ? CARD_PX : isColumn(target) ? COLUMN_PX : 0;
      // contentRect too: a chart's ResponsiveContainer (recharts) reads its size from there.
      const entry = {
        target,
        borderBoxSize: [{ blockSize, inlineSize: 0 }],
        contentRect: { width: 0, height: blockSize },
      } as unknown as ResizeObserverEntry;
      setTimeout(() => this.report([entry], this));
    }
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    const top = typeof options === 'object' ? (options.top ?? this.scrollTop) : this.scrollTop;
    this.scrollTop = Math.max(0, Math.min(top, this.scrollHeight - this.clientHeight));
    // A browser says so on its next frame, not from inside the call.
    setTimeout(() => this.dispatchEvent(new Event('scroll')));
  } as Element['scrollTo'];
  return () => {
    for (const spy of spies) spy.mockRestore();
    globalThis.ResizeObserver = nativeResizeObserver;
    delete (Element.prototype as Partial<Element>).scrollTo;
  };
}

/** What a user's wheel does: the column's box moves by `px`, and says so. */
export function scrollColumn(column: HTMLElement, px: number): void {
  column.scrollTo({ top: column.scrollTop + px });
}

/**
 * Resolves once `column` has not scrolled for a few checks in a row. jsdom gives every box a zero
 * rectangle, so a scroll during a drag moves dnd's idea of the list away from the dragged card.
 */
export async function atRest(column: HTMLElement): Promise<void> {
  let scrolls = 0;
  let quiet = 0;
  const count = () => {
    scrolls++;
  };
  column.addEventListener('scroll', count);
  await waitFor(() => {
    quiet = scrolls === 0 ? quiet + 1 : 0;
    scrolls = 0;
    expect(quiet).toBeGreaterThanOrEqual(3);
  });
  column.removeEventListener('scroll', count);
}
