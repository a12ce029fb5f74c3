import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { HttpError, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import { type Application, STAGES, type Stage } from '../types';
import { moveBetween, serverPosition } from './positions';
import { type BoardFilter, columnCards, columnKey, setColumnCards } from './usePipelineColumn';

/**
 * A move as the recruiter sees it: the card jumps at once (optimistic), the API confirms it in one
 * call; on any failure (409, 403, 404, 5xx, network) the card goes back, a message says why, and
 * both columns are refetched, so no card stays in a stage the server does not have it in.
 */
export interface MoveRequest {
  card: Application;
  toStage: Stage;
  /** Index among the cards the board shows in the target column. */
  toIndex: number;
  rejectionReason?: string;
  /** Set by undo: the exact server position to go back to. */
  position?: number;
}

interface LastMove {
  id: number;
  stage: Stage;
  position: number;
  rejectionReason: string | null;
}

function errorKey(error: unknown): { key: string; message?: string } {
  const status = error instanceof HttpError ? error.status : 0;
  if (status === 409) return { key: 'conflict' };
  if (status === 403) return { key: 'forbidden' };
  if (status === 404) return { key: 'not_found' };
  if (status === 400 || status === 422) return { key: 'invalid', message: (error as HttpError).message };
  return { key: status === 0 ? 'network' : 'server' };
}

export function useMoveCard(filter: BoardFilter, nameOf: (card: Application) => string) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const client = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const last = useRef<LastMove | null>(null);

  const mutation = useMutation({
    mutationFn: ({ card, toStage, position, rejectionReason }: MoveRequest & { position: number }) =>
      dataProvider.moveApplication<Application>(card.id, {
        stage: toStage,
        position,
        version: card.version,
        ...(rejectionReason ? { rejectionReason } : {}),
      }),
    onMutate: async ({ card, toStage, toIndex, position }) => {
      const keys = [columnKey(filter, card.stage), columnKey(filter, toStage)];
      await Promise.all(keys.map((queryKey) => client.cancelQueries({ queryKey })));
      const snapshots = keys.map((queryKey) => [queryKey, client.getQueryData(queryKey)] as const);
      const same = card.stage === toStage;
      const source = columnCards(client, filter, card.stage);
      const target = same ? source : columnCards(client, filter, toStage);
      const moved = { ...card, stage: toStage, position };
      const next = moveBetween(source, target, moved, toIndex);
      if (!same) setColumnCards(client, filter, card.stage, next.source, -1);
      setColumnCards(client, filter, toStage, next.target, same ? 0 : 1);
      return { snapshots };
    },
    onSuccess: (_data, { card }) => {
      last.current = {
        id: card.id,
        stage: card.stage,
        position: card.position,
        rejectionReason: card.rejectionReason,
      };
    },
    onError: (error, _request, context) => {
      for (const [queryKey, data] of context?.snapshots ?? []) client.setQueryData(queryKey, data);
      // A 409 says where the card really is: refresh that column too.
      const current =
        error instanceof HttpError ? (error.body?.current as Application | undefined) : undefined;
      if (current?.stage) void client.invalidateQueries({ queryKey: columnKey(filter, current.stage) });
      const { key, message } = errorKey(error);
      notify(`app.pipeline.errors.${key}`, { type: 'error', messageArgs: { message } });
    },
    onSettled: (_data, _error, { card, toStage }) =>
      Promise.all(
        [card.stage, toStage].map((stage) =>
          client.invalidateQueries({ queryKey: columnKey(filter, stage) }),
        ),
      ),
  });

  const move = (request: MoveRequest) => {
    const shown = columnCards(client, filter, request.toStage);
    const position = request.position ?? serverPosition(shown, request.card, request.toIndex);
    if (request.card.stage === request.toStage && position === request.card.position) return;
    mutation.mutate(
      { ...request, position },
      {
        onSuccess: () =>
          notify('app.pipeline.moved', {
            type: 'info',
            messageArgs: {
              name: nameOf(request.card),
              stage: translate(`resources.applications.stage.${request.toStage}`),
            },
          }),
      },
    );
  };

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
    mutation.mutate(
      {
        card,
        toStage: previous.stage,
        toIndex,
        position: previous.position,
        rejectionReason: previous.rejectionReason ?? undefined,
      },
      { onSuccess: () => notify('app.pipeline.undone', { type: 'info' }) },
    );
  };

  return { move, undo, pending: mutation.isPending };
}
