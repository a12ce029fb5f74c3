import { PUBLICATION_STATES, REJECTION_CODES, type RejectionCode } from '../../../src/model/boards';
import type {
  BoardFigures,
  BoardStatsRow,
  BoardsStats,
  CountryBoardStats,
  RejectionCount,
} from '../../../src/model/stats-types';
import type { Country } from '../../../src/model/types';
import { COUNTRY_CODE, cached, type StatsData, time } from './columns';
import type { StatsQuery } from './params';
import { inRangeMs } from './scope';
import { DAY_MS, quantileSorted, ratio, round1, sortedCopy } from './time';

/** Boards listed at most (the payload stays bounded however many an admin adds). */
export const BOARDS_STATS_LIMIT = 50;
export const TOP_REJECTIONS = 5;
const COUNTRIES: readonly Country[] = ['FR', 'GB'];
const LIVE = PUBLICATION_STATES.indexOf('live');
const PENDING = PUBLICATION_STATES.indexOf('pending-review');
const REJECTED = PUBLICATION_STATES.indexOf('rejected');
const NO_CODE = 255;

/** The publications as columns, rebuilt after a write only (as the other aggregates' columns). */
interface PublicationColumns {
  n: number;
  boardId: Int32Array;
  companyId: Int32Array;
  state: Uint8Array; // PUBLICATION_STATES index
  submitted: Float64Array;
  decided: Float64Array;
  /** 1 when support decided (approve or reject), 0 for the checks' own verdict. */
  byHand: Uint8Array;
  views: Float64Array;
  applications: Float64Array;
  rejection: Uint8Array; // REJECTION_CODES index, NO_CODE when none
}

function publicationColumns(data: StatsData): PublicationColumns {
  const rows = data['offer-publications'];
  return cached(rows, rows.length, () => {
    const n = rows.length;
    const cols: PublicationColumns = {
      n,
      boardId: new Int32Array(n),
      companyId: new Int32Array(n),
      state: new Uint8Array(n),
      submitted: new Float64Array(n),
      decided: new Float64Array(n),
      byHand: new Uint8Array(n),
      views: new Float64Array(n),
      applications: new Float64Array(n),
      rejection: new Uint8Array(n),
    };
    for (let i = 0; i < n; i++) {
      const p = rows[i];
      cols.boardId[i] = p.boardId;
      cols.companyId[i] = p.companyId;
      cols.state[i] = PUBLICATION_STATES.indexOf(p.state);
      cols.submitted[i] = time(p.submittedAt);
      cols.decided[i] = time(p.decidedAt);
      cols.byHand[i] = p.decidedBy === null ? 0 : 1;
      cols.views[i] = p.views;
      cols.applications[i] = p.applicationsCount;
      cols.rejection[i] = p.rejectionCode === null ? NO_CODE : REJECTION_CODES.indexOf(p.rejectionCode);
    }
    return cols;
  });
}

interface Tally {
  live: number;
  submitted: number;
  views: number;
  applications: number;
  pending: number;
}
const tally = (): Tally => ({ live: 0, submitted: 0, views: 0, applications: 0, pending: 0 });
const figures = (t: Tally): BoardFigures => ({
  live: t.live,
  submitted: t.submitted,
  views: t.views,
  applications: t.applications,
  conversion: ratio(t.applications, t.views),
});

/**
 * Per-board and per-country figures of the job boards, the moderation backlog, support's decision
 * times and the top rejection reasons: one pass over the publications' columns. The market filter is
 * the board's country; companyId narrows to one company's publications.
 */
export function boardsStats(data: StatsData, query: StatsQuery): BoardsStats {
  const cols = publicationColumns(data);
  const country = query.range.country;
  const companyId = query.range.companyId;
  const boards = data.boards.filter((b) => country === null || b.country === country);
  const byBoard = new Map(boards.map((b) => [b.id, tally()]));
  const byCountry = new Map<number, Tally>(COUNTRIES.map((c) => [COUNTRY_CODE[c], tally()]));
  const boardCountry = new Map(boards.map((b) => [b.id, COUNTRY_CODE[b.country]]));
  const rejections = new Array<number>(REJECTION_CODES.length).fill(0);
  const waits: number[] = [];
  let pending = 0;
  let oldest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < cols.n; i++) {
    if (companyId !== null && cols.companyId[i] !== companyId) continue;
    const board = byBoard.get(cols.boardId[i]);
    if (!board) continue;
    const market = byCountry.get(boardCountry.get(cols.boardId[i]) as number) as Tally;
    const state = cols.state[i];
    if (state === LIVE) {
      board.live++;
      market.live++;
    } else if (state === PENDING) {
      board.pending++;
      market.pending++;
      pending++;
      if (cols.submitted[i] < oldest) oldest = cols.submitted[i];
    }
    if (inRangeMs(cols.submitted[i], query)) {
      for (const t of [board, market]) {
        t.submitted++;
        t.views += cols.views[i];
        t.applications += cols.applications[i];
      }
    }
    if (inRangeMs(cols.decided[i], query)) {
      if (cols.byHand[i] === 1) waits.push((cols.decided[i] - cols.submitted[i]) / DAY_MS);
      if (state === REJECTED && cols.rejection[i] !== NO_CODE) rejections[cols.rejection[i]]++;
    }
  }
  const rows: BoardStatsRow[] = boards
    .map((b) => {
      const t = byBoard.get(b.id) as Tally;
      return { boardId: b.id, name: b.name, country: b.country, ...figures(t), pending: t.pending };
    })
    .sort((a, b) => b.live - a.live || a.boardId - b.boardId)
    .slice(0, BOARDS_STATS_LIMIT);
  const countries: CountryBoardStats[] = COUNTRIES.filter((c) => country === null || c === country).map(
    (c) => ({ country: c, ...figures(byCountry.get(COUNTRY_CODE[c]) as Tally) }),
  );
  const top: RejectionCount[] = REJECTION_CODES.map((code: RejectionCode, k) => ({
    code,
    count: rejections[k],
  }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || REJECTION_CODES.indexOf(a.code) - REJECTION_CODES.indexOf(b.code))
    .slice(0, TOP_REJECTIONS);
  const median = quantileSorted(sortedCopy(waits), 0.5);
  return {
    range: query.range,
    asOf: new Date(query.now).toISOString(),
    boards: rows,
    countries,
    backlog: {
      pending,
      oldestSubmittedAt: pending > 0 ? new Date(oldest).toISOString() : null,
      oldestAgeDays: pending > 0 ? round1((query.now - oldest) / DAY_MS) : null,
    },
    decisions: waits.length,
    medianDecisionDays: median === null ? null : round1(median),
    rejections: top,
  };
}
