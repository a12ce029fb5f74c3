import { DragDropContext, type DropResult, type ResponderProvided } from '@hello-pangea/dnd';
import { Box, Collapse, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { Confirm, usePermissions, useTranslate } from 'react-admin';
import type { Application, Stage } from '../model/types';
import type { Permissions } from '../providers/authProvider';
import { MoveConflictDialog } from './MoveConflictDialog';
import { type FollowUp, followsUp, MoveFollowUp } from './MoveFollowUp';
import { PipelineColumn } from './PipelineColumn';
import { PipelinePanel } from './PipelinePanel';
import { EXITS_ID, PipelineToolbar } from './PipelineToolbar';
import { RejectDialog } from './RejectDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { BOARD_STAGES, LANE_STAGES } from './stages';
import { useBoardFilter } from './useBoardFilter';
import { useBoardKeys } from './useBoardKeys';
import { useDragAnnouncements } from './useDragAnnouncements';
import { useMoveCard } from './useMoveCard';
import { columnCards } from './usePipelineColumn';

/**
 * The kanban of applications: `<PipelineBoard />` on `#/pipeline`, `<PipelineBoard offerId={id} />`
 * on an offer's page. Drag and drop or keys move cards; see useMoveCard for what a move does.
 */
export interface PipelineBoardProps {
  offerId?: number;
}

interface Pending {
  card: Application;
  toStage: Stage;
  toIndex: number;
}

export function PipelineBoard({ offerId }: PipelineBoardProps) {
  const translate = useTranslate();
  const client = useQueryClient();
  const { permissions } = usePermissions<Permissions>();
  const { filter, urlFilter, setFilter, clear } = useBoardFilter(offerId ? { offerId } : {});
  const names = useRef(new Map<number, string>()).current;
  const nameOf = (card: Application) => names.get(card.candidateId) ?? `#${card.candidateId}`;
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const onMoved = (moved: Application) => {
    if (followsUp(moved.stage)) setFollowUp({ card: moved, name: nameOf(moved) });
  };
  const { move, moveAndWait, undo, conflict, keepMine, takeTheirs } = useMoveCard(filter, nameOf, onMoved);
  const [now] = useState(() => Date.now());
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [panelId, setPanelId] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [help, setHelp] = useState(false);
  const [exitsOpen, setExitsOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const board = useRef<HTMLDivElement>(null);

  // Stable, so a card re-renders only when its own props change (a long column holds thousands).
  const onSelect = useCallback((card: Application) => setSelectedId(card.id), []);
  const onOpen = useCallback((card: Application) => setPanelId(card.id), []);
  const requestMove = (card: Application, toStage: Stage, toIndex: number) => {
    if (toStage !== card.stage && (toStage === 'rejected' || toStage === 'hired'))
      setPending({ card, toStage, toIndex });
    else move({ card, toStage, toIndex });
  };
  const stages = exitsOpen ? [...BOARD_STAGES, ...LANE_STAGES] : BOARD_STAGES;
  const cardOf = (draggableId: string) =>
    stages.flatMap((stage) => columnCards(client, filter, stage)).find((c) => String(c.id) === draggableId);
  const announce = useDragAnnouncements((draggableId) => {
    const card = cardOf(draggableId);
    return card ? nameOf(card) : '';
  });
  const onDragEnd = (result: DropResult, provided: ResponderProvided) => {
    setDragging(false);
    announce.ended(result, provided);
    const { draggableId, source, destination } = result;
    if (!destination) return;
    const card = columnCards(client, filter, source.droppableId as Stage).find(
      (c) => String(c.id) === draggableId,
    );
    if (card) requestMove(card, destination.droppableId as Stage, destination.index);
  };
  const onKeyDown = useBoardKeys({
    board,
    filter,
    stages,
    selectedId,
    dragging,
    setSelectedId,
    moveTo: (card, stage) => requestMove(card, stage, 0),
    open: (card) => setPanelId(card.id),
    undo,
    help: () => setHelp(true),
  });

  const needsCompany =
    permissions?.role !== 'recruiter' && offerId === undefined && filter.companyId === undefined;
  const columnProps = {
    filter,
    showOffer: offerId === undefined,
    selectedId,
    now,
    names,
    onSelect,
    onOpen,
  };

  return (
    <Box>
      <PipelineToolbar
        filter={urlFilter}
        setFilter={setFilter}
        clear={clear}
        showCompany={
          permissions?.role !== undefined && permissions.role !== 'recruiter' && offerId === undefined
        }
        showOffer={offerId === undefined}
        onHelp={() => setHelp(true)}
        exitsOpen={needsCompany ? null : exitsOpen}
        onToggleExits={() => setExitsOpen(!exitsOpen)}
      />
      {needsCompany ? (
        <Typography sx={{ my: 2 }}>{translate('app.pipeline.pick_company')}</Typography>
      ) : (
        <DragDropContext
          dragHandleUsageInstructions={announce.instructions}
          onDragStart={(start, provided) => {
            setDragging(true);
            announce.lifted(start, provided);
          }}
          onDragUpdate={announce.moved}
          onDragEnd={onDragEnd}
        >
          <Box
            ref={board}
            role="region"
            aria-label={translate('app.pipeline.board_label')}
            onKeyDown={onKeyDown}
            sx={{ display: 'flex', gap: 1, overflowX: 'auto', pb: 1, alignItems: 'flex-start' }}
          >
            {BOARD_STAGES.map((stage) => (
              <PipelineColumn key={stage} stage={stage} {...columnProps} />
            ))}
            <Collapse
              in={exitsOpen}
              orientation="horizontal"
              unmountOnExit
              id={EXITS_ID}
              // The lanes open at the board's end: bring them into view.
              onEntered={(node) => node.scrollIntoView?.({ block: 'nearest', inline: 'end' })}
            >
              <Box sx={{ display: 'flex', gap: 1 }}>
                {LANE_STAGES.map((stage) => (
                  <PipelineColumn key={stage} stage={stage} {...columnProps} />
                ))}
              </Box>
            </Collapse>
          </Box>
        </DragDropContext>
      )}
      {pending?.toStage === 'rejected' ? (
        <RejectDialog
          name={nameOf(pending.card)}
          onCancel={() => setPending(null)}
          onConfirm={async (rejection) => {
            // The dialog stays, with what was typed, until the API has taken the rejection.
            await moveAndWait({ ...pending, rejection });
            setPending(null);
          }}
        />
      ) : null}
      <Confirm
        isOpen={pending?.toStage === 'hired'}
        title={translate('app.pipeline.hire.title', { name: pending ? nameOf(pending.card) : '' })}
        content="app.pipeline.hire.content"
        confirm="app.pipeline.hire.confirm"
        onConfirm={() => {
          if (pending) move(pending);
          setPending(null);
        }}
        onClose={() => setPending(null)}
      />
      {conflict ? (
        <MoveConflictDialog
          wanted={{ stage: conflict.variables.toStage, position: conflict.variables.position }}
          base={conflict.variables.card}
          current={conflict.current}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      {followUp ? <MoveFollowUp followUp={followUp} onClose={() => setFollowUp(null)} /> : null}
      {help ? <ShortcutsDialog onClose={() => setHelp(false)} /> : null}
      <PipelinePanel id={panelId} onClose={() => setPanelId(null)} />
    </Box>
  );
}
