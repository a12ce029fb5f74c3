/**
 * Moderation checks and offer feeds at a scale (default `large`: 400,000 offers), in process:
 *   (a) the board checks on one offer (every rule, the near-duplicate lookup included), timed one by
 *       one over 300 published offers of many companies; the duplicate index is built by the first
 *       call and reported on its own;
 *   (b) a feed of 5,000 new offers for one enterprise company (the first 500 sent to its board,
 *       through the checks), then the same feed again (all unchanged), then a feed where 1,000 changed
 *       and 1,000 are gone (updated and closed), each timed whole; and the XML form's parse alone.
 * The company gets job slots for the 5,000 (a bench setup, said in the figures).
 *
 *   node --max-old-space-size=8000 --import tsx tests/tools/bench/feeds.ts [--scale large]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { resetDb } from '../../../mocks/db/store';
import type { Scale } from '../../../mocks/db/types';
import { findDuplicate } from '../../../mocks/domain/boards/duplicates';
import { checkInput, runChecks } from '../../../mocks/domain/boards/rules';
import { importFeed } from '../../../mocks/domain/feeds/import';
import { offersOfXml } from '../../../mocks/domain/feeds/parse';
import { setSanitizerWindow } from '../../../mocks/domain/records/sanitize';
import type { Board, Company, Offer, User } from '../../../src/model/types';

export interface FeedBenchFigures {
  scale: string;
  offers: number;
  checks: { offers: number; indexBuildMs: number; medianMs: number; p95Ms: number; maxMs: number };
  /** The same offers checked again: each company's index is built (a running API's steady state). */
  checksWarm: { medianMs: number; p95Ms: number; maxMs: number };
  feed: {
    offers: number;
    sentToBoard: number;
    createMs: number;
    sameAgainMs: number;
    changedMs: number;
    xmlParseMs: number;
    counts: Record<string, unknown>;
  };
}

const CHECKED = 300;
const FEED_SIZE = 5_000;
const SENT_TO_BOARD = 500;

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (ms: number): number => Math.round(ms * 100) / 100;

const TEXT =
  'Nous recherchons une personne pour rejoindre notre équipe produit et développer avec nous une plateforme utilisée chaque jour par des milliers de clients. Vous travaillerez avec les équipes métier sur la conception, les tests et la mise en production des fonctionnalités. Vous participerez aux revues de code, au choix des outils et à l’amélioration continue de nos pratiques. Nous offrons un cadre de travail hybride, une formation continue et une équipe bienveillante qui partage ses connaissances.';
const STACKS = ['TypeScript', 'React', 'Java', 'Kotlin', 'Python', 'Go', 'PostgreSQL', 'Kubernetes'];

function feedOffer(i: number, boardId: number | null, raise = 0): Record<string, unknown> {
  const skills = [STACKS[i % STACKS.length], STACKS[(i * 3 + 1) % STACKS.length]];
  return {
    externalRef: `BENCH-${i}`,
    title: `Développeur ${skills[0]} n°${i} (H/F)`,
    contractType: 'permanent',
    city: 'Paris',
    country: 'FR',
    remote: 'partial',
    salaryMin: 45_000 + (i % 20) * 1_000 + raise,
    salaryMax: 55_000 + (i % 20) * 1_000 + raise,
    skills: [...new Set(skills)],
    experienceLevel: 'senior',
    description: `<p>Poste n°${i} : ${skills.join(' et ')}.</p><p>${TEXT}</p>`,
    expiresAt: '2027-01-31T23:59:59.000Z',
    ...(boardId === null ? {} : { boardIds: [boardId] }),
  };
}

function toXml(offers: Array<Record<string, unknown>>): string {
  const element = (name: string, value: unknown) => `<${name}>${value}</${name}>`;
  return `<feed>${offers
    .map(
      (o) =>
        `<offer>${Object.entries(o)
          .map(([name, value]) =>
            name === 'skills'
              ? `<skills>${(value as string[]).map((s) => element('skill', s)).join('')}</skills>`
              : name === 'boardIds'
                ? `<boardIds>${(value as number[]).map((s) => element('boardId', s)).join('')}</boardIds>`
                : name === 'description'
                  ? `<description><![CDATA[${value}]]></description>`
                  : element(name, value),
          )
          .join('')}</offer>`,
    )
    .join('')}</feed>`;
}

export function run(scale: Scale = 'large'): FeedBenchFigures {
  // Descriptions are sanitised as on any write: Node has no DOM of its own.
  setSanitizerWindow(new JSDOM('').window as unknown as WindowLike);
  const state = resetDb({ scale });
  const offers = state.tables.offers.rows as Offer[];
  const boards = state.tables.boards.rows as Board[];
  const boardOf = (offer: Offer) => boards.find((b) => b.country === offer.country) as Board;

  // (a) the checks on one offer, as a submission runs them.
  const published = offers.filter((o) => o.status === 'published');
  const step = Math.max(1, Math.floor(published.length / CHECKED));
  const sample = Array.from({ length: CHECKED }, (_, i) => published[(i * step) % published.length]);
  const check = (offer: Offer) =>
    runChecks(checkInput(offer, boardOf(offer)), { findDuplicate: (input) => findDuplicate(state, input) });
  let started = performance.now();
  check(sample[0]);
  const indexBuildMs = performance.now() - started;
  const times: number[] = [];
  for (const offer of sample) {
    started = performance.now();
    check(offer);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const warm: number[] = [];
  for (const offer of sample) {
    started = performance.now();
    check(offer);
    warm.push(performance.now() - started);
  }
  warm.sort((a, b) => a - b);

  // (b) a 5,000-offer feed for an enterprise company in France.
  const companies = state.tables.companies.rows as Company[];
  const company = companies.find(
    (c) => c.plan === 'enterprise' && c.country === 'FR' && c.status === 'active',
  );
  if (!company) throw new Error('no active enterprise company in France at this scale');
  company.credits = { ...company.credits, jobSlots: FEED_SIZE * 2 };
  const support = (state.tables.users.rows as User[]).find((u) => u.role === 'support') as User;
  const board = boards.find((b) => b.country === 'FR') as Board;
  const feed = Array.from({ length: FEED_SIZE }, (_, i) => feedOffer(i, i < SENT_TO_BOARD ? board.id : null));
  started = performance.now();
  const created = importFeed(state, support, company.id, { offers: feed });
  const createMs = performance.now() - started;
  started = performance.now();
  const same = importFeed(state, support, company.id, { offers: feed });
  const sameAgainMs = performance.now() - started;
  const changedFeed = feed
    .slice(0, FEED_SIZE - 1_000)
    .map((offer, i) => (i < 1_000 ? feedOffer(i, i < SENT_TO_BOARD ? board.id : null, 1_000) : offer));
  started = performance.now();
  const changed = importFeed(state, support, company.id, { offers: changedFeed });
  const changedMs = performance.now() - started;
  const xml = toXml(feed);
  started = performance.now();
  offersOfXml(xml);
  const xmlParseMs = performance.now() - started;

  return {
    scale,
    offers: offers.length,
    checks: {
      offers: CHECKED,
      indexBuildMs: round(indexBuildMs),
      medianMs: round(quantile(times, 0.5)),
      p95Ms: round(quantile(times, 0.95)),
      maxMs: round(times[times.length - 1]),
    },
    checksWarm: {
      medianMs: round(quantile(warm, 0.5)),
      p95Ms: round(quantile(warm, 0.95)),
      maxMs: round(warm[warm.length - 1]),
    },
    feed: {
      offers: FEED_SIZE,
      sentToBoard: SENT_TO_BOARD,
      createMs: Math.round(createMs),
      sameAgainMs: Math.round(sameAgainMs),
      changedMs: Math.round(changedMs),
      xmlParseMs: Math.round(xmlParseMs),
      counts: { create: created.counts, sameAgain: same.counts, changed: changed.counts },
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'large' } } });
  console.log(JSON.stringify(run(values.scale as Scale), null, 2));
}
