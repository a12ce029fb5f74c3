import { useQueryClient } from '@tanstack/react-query';
import type { KeyboardEvent, RefObject } from 'react';
import type { Application, Stage } from '../model/types';
import { BOARD_STAGES } from './stages';
import { type BoardFilter, columnCards } from './usePipelineColumn';

/**
 * Keyboard-first triage on the focused card: j/k (↓/↑) next and previous, h/l (←/→) other column,
 * 1–6 move to that funnel stage, r reject, Enter open, u or Ctrl+Z undo, ? the help. Space is left
 * to @hello-pangea/dnd, whose keyboard drag is announced to screen readers.
 */
export interface BoardKeysOptions {
  board: RefObject<HTMLDivElement | null>;
  filter: BoardFilter;
  stages: readonly Stage[];
  selectedId: number | null;
  /** True while a card is lifted: arrows then belong to the drag. */
  dragging: boolean;
  setSelectedId: (id: number) => void;
  moveTo: (card: Application, stage: Stage) => void;
  open: (card: Application) => void;
  undo: () => void;
  help: () => void;
}

const FOCUS_TRIES = 50;

/** Focuses a card once it is rendered in `stage` (after an optimistic move it re-mounts there). */
export function focusCard(board: HTMLElement | null, id: number, stage?: Stage, tries = FOCUS_TRIES): void {
  const element = board?.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
  const column = element?.closest('[data-rfd-droppable-id]')?.getAttribute('data-rfd-droppable-id');
  if (element && (!stage || column === stage)) element.focus();
  else if (tries > 0) setTimeout(() => focusCard(board, id, stage, tries - 1), 20);
}

export function useBoardKeys(options: BoardKeysOptions) {
  const client = useQueryClient();
  return (event: KeyboardEvent<HTMLElement>) => {
    const { board, filter, stages, selectedId } = options;
    const target = event.target as HTMLElement;
    // Keys typed in a field, in a dialog (portals bubble through React) or during a drag are not ours.
    if (!board.current?.contains(target) || target.closest('input, textarea, [role="dialog"]')) return;
    if (options.dragging) return;
    const columns = stages.map((stage) => columnCards(client, filter, stage));
    let col = columns.findIndex((cards) => cards.some((c) => c.id === selectedId));
    let row = col >= 0 ? columns[col].findIndex((c) => c.id === selectedId) : -1;
    const card = col >= 0 ? columns[col][row] : undefined;
    const select = (next: Application | undefined) => {
      if (!next) return;
      options.setSelectedId(next.id);
      focusCard(board.current, next.id);
    };
    const key = event.key;
    if (key === '?') options.help();
    else if ((key === 'z' && (event.ctrlKey || event.metaKey)) || key === 'u') options.undo();
    else if (!card) {
      if (!['j', 'ArrowDown', 'l', 'ArrowRight'].includes(key)) return;
      select(columns.find((cards) => cards.length > 0)?.[0]);
    } else if (key === 'j' || key === 'ArrowDown') select(columns[col][row + 1]);
    else if (key === 'k' || key === 'ArrowUp') select(columns[col][row - 1]);
    else if (key === 'h' || key === 'ArrowLeft' || key === 'l' || key === 'ArrowRight') {
      const step = key === 'h' || key === 'ArrowLeft' ? -1 : 1;
      do col += step;
      while (col >= 0 && col < columns.length && columns[col].length === 0);
      if (col < 0 || col >= columns.length) return;
      row = Math.min(row, columns[col].length - 1);
      select(columns[col][row]);
    } else if (/^[1-6]$/.test(key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const stage = BOARD_STAGES[Number(key) - 1];
      if (stage === card.stage) return;
      options.moveTo(card, stage);
      focusCard(board.current, card.id, stage);
    } else if (key === 'r') options.moveTo(card, 'rejected');
    else if (key === 'Enter') options.open(card);
    else return;
    event.preventDefault();
  };
}
