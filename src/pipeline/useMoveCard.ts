import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { failureKind, storedRecord } from '../common/apiFailure';
import { failureMessage } from '../common/useNotifyFailure';
import { useVersionedAction } from '../common/useVersionedAction';
import { type Application, STAGES, type Stage } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { moveBetween, serverPosition } from './positions';
import type { Rejection } from './RejectionFields';
import { type BoardFilter, columnCards, columnKey, refreshColumn, setColumnCards } from './usePipelineColumn';

/**
 * A move as the recruiter sees it: the card jumps at once (optimistic), the API confirms it in one
 * call; on any failure (409, 403, 404, 5xx, network) the card goes back and both columns are
 * refetched, so no card stays in a stage the server does not have it in. A 409 then shows what the
 * user wanted against what is stored (`conflict`): keep theirs retries against the stored version.
 */
export interface MoveRequest {
  card: Application;
  toStage: Stage;
  /** Index among the cards the board shows in the target column. */
  toIndex: number;
  /** Why, when the card goes to "rejected". */
  rejection?: Rejection;
  /** Set by undo: the exact server position to go back to. */
  position?: number;
}

export type PlannedMove = MoveRequest & { position: number; undo?: boolean };

type Snapshot = readonly [queryKey: readonly unknown[], data: unknown];

interface LastMove {
  id: number;
  stage: Stage;
  position: number;
  /** The rejection it had, to restore on undo (the API asks one to move back to "rejected"). */
  rejection: Rejection | undefined;
}

export function useMoveCard(
  filter: BoardFilter,
  nameOf: (card: Application) => string,
  /** After the API confirmed a change of stage by the user (not an undo): the application as returned. */
  onMoved?: (moved: Application) => void,
) {
  const client = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const last = useRef<LastMove | null>(null);

  const action = useVersionedAction<
    PlannedMove,
    Application,
    { data: Application },
    { snapshots: Snapshot[] }
  >({
    mutationFn: ({ card, toStage, position, rejection }, dataProvider) =>
      dataProvider.moveApplication<Application>(card.id, {
        stage: toStage,
        position,
        version: card.version,
        ...rejection,
      }),
    // "Keep mine": the same move, from where the card really is, at its stored version.
    rebase: (request, current) => ({ ...request, card: current }),
    onMutate: async ({ card, toStage, toIndex, position }) => {
      const keys = [columnKey(filter, card.stage), columnKey(filter, toStage)];
      await Promise.all(keys.map((queryKey) => client.cancelQueries({ queryKey })));
      const snapshots = keys.map((queryKey): Snapshot => [queryKey, client.getQueryData(queryKey)]);
      const same = card.stage === toStage;
      const source = columnCards(client, filter, card.stage);
      const target = same ? source : columnCards(client, filter, toStage);
      const next = moveBetween(source, target, { ...card, stage: toStage, position }, toIndex);
      if (!same) setColumnCards(client, filter, card.stage, next.source, -1);
      setColumnCards(client, filter, toStage, next.target, same ? 0 : 1);
      return { snapshots };
    },
    onSuccess: ({ data }, { card, toStage, undo }) => {
      if (undo) {
        notify('app.pipeline.undone', { type: 'info' });
        return;
      }
      last.current = {
        id: card.id,
        stage: card.stage,
        position: card.position,
        rejection:
          card.stage === 'rejected'
            ? {
                rejectionCategory: card.rejectionCategory ?? 'other',
                ...(card.rejectionReason ? { rejectionReason: card.rejectionReason } : {}),
              }
            : undefined,
      };
      notify('app.pipeline.moved', {
        type: 'info',
        messageArgs: { name: nameOf(card), stage: translate(`resources.applications.stage.${toStage}`) },
      });
      if (card.stage !== toStage) onMoved?.(data);
    },
    onError: (failure, _request, context) => {
      for (const [queryKey, data] of context?.snapshots ?? []) client.setQueryData(queryKey, data);
      const current = storedRecord<Application>(failure);
      // The conflict dialog says it all; the column where the card really is gets refreshed.
      if (current?.stage) {
        void client.invalidateQueries({ queryKey: columnKey(filter, current.stage) });
        return;
      }
      const kind = failureKind(failure);
      notify(`app.pipeline.errors.${kind}`, {
        type: 'error',
        messageArgs: { message: failureMessage(failure) },
      });
    },
    onSettled: ({ card, toStage }, response) =>
      Promise.all(
        [...new Set([card.stage, toStage])].map((stage) =>
          refreshColumn(client, dataProvider, filter, stage, response?.data),
        ),
      ),
  });

  /** The move as the API takes it, or null when the card would stay where it is. */
  const plan = (request: MoveRequest): PlannedMove | null => {
    const shown = columnCards(client, filter, request.toStage);
    const position = request.position ?? serverPosition(shown, request.card, request.toIndex);
    if (request.card.stage === request.toStage && position === request.card.position) return null;
    return { ...request, position };
  };

  /** Moves a card: at once on screen, rolled back (and the user told) if the API refuses. */
  const move = (request: MoveRequest) => {
    const planned = plan(request);
    if (planned) action.mutate(planned);
  };

  /**
   * The same move for a dialog that waits for it, so a refusal leaves what was typed in it:
   * resolves once the API has taken it (or at once when there is nothing to move, or on a version
   * conflict, whose own dialog takes over); rejects with what the user is told otherwise.
   */
  const moveAndWait = (request: MoveRequest): Promise<void> =>
    new Promise((resolve, reject) => {
      const planned = plan(request);
      if (!planned) return resolve();
      action.mutate(planned, {
        onSuccess: () => resolve(),
        onError: (failure) =>
          storedRecord(failure) ? resolve() : reject(new Error(failureMessage(failure))),
      });
    });

  /** Puts the last moved card back where it was (its current version read from the board). */
  const undo = () => {
    const previous = last.current;
    if (!previous) {
      notify('app.pipeline.nothing_to_undo', { type: 'info' });
      return;
    }
    const card = STAGES.flatMap((stage) => columnCards(client, filter, stage)).find(
      (c) => c.id === previous.id,
    );
    if (!card) return;
    last.current = null;
    const shown = columnCards(client, filter, previous.stage);
    const toIndex = shown.filter((c) => c.id !== card.id && c.position < previous.position).length;
    action.mutate({
      card,
      toStage: previous.stage,
      toIndex,
      position: previous.position,
      rejection: previous.rejection,
      undo: true,
    });
  };

  return {
    move,
    moveAndWait,
    undo,
    pending: action.isPending,
    conflict: action.conflict,
    keepMine: () => action.keepMine(),
    takeTheirs: action.takeTheirs,
  };
}
