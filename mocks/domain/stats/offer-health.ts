import type { OfferHealthRow, OfferHealthStats, OfferHint } from '../../../src/model/stats-types';
import type { Offer } from '../../../src/model/types';
import { TopK } from '../records/top-k';
import type { StatsData } from './columns';
import { offerColumns } from './columns';
import type { StatsQuery } from './params';
import { DAY_MS } from './time';

export const OFFER_HEALTH_LIMIT = 50;
export const SHORT_DESCRIPTION_CHARS = 800;
export const LAGGING_PERCENTILE = 50;

/** Views → applications; an offer nobody saw ranks as 0. */
const conversionOf = (o: Offer): number => (o.views > 0 ? o.applicationsCount / o.views : 0);
const peerKey = (o: Offer): string => `${o.skills[0] ?? ''}|${o.country}|${o.contractType}`;
export const descriptionText = (html: string): string => html.replace(/<[^>]*>/g, '');

/** The first hint that applies: no pay shown, a short description (text, tags aside), expiring in 7 days. */
export function offerHint(o: Offer, now: number): OfferHint | null {
  if (o.salaryMin === null && o.salaryMax === null && o.dailyRateMin === null && o.dailyRateMax === null)
    return 'no-salary';
  if (descriptionText(o.description).length < SHORT_DESCRIPTION_CHARS) return 'short-description';
  if (o.expiresAt !== null) {
    const left = Date.parse(o.expiresAt) - now;
    if (left >= 0 && left <= 7 * DAY_MS) return 'expiring';
  }
  return null;
}

/**
 * The company's offers published in the last 30 days, each with its conversion's percentile among
 * peers: offers of any company published in the same 30 days with the same skills[0], country and
 * contract type. percentile = 100 × peers with a strictly lower conversion ÷ peers (itself excluded).
 */
export function offerHealthStats(data: StatsData, query: StatsQuery): OfferHealthStats {
  const companyId = query.range.companyId;
  const cols = offerColumns(data);
  const start = query.now - 30 * DAY_MS;
  const recent = (i: number) => cols.published[i] >= start && cols.published[i] <= query.now;
  const own: Offer[] = [];
  const skills = new Set<string>();
  for (let i = 0; i < cols.n; i++) {
    if (cols.companyId[i] !== companyId || !recent(i)) continue;
    const o = data.offers[i];
    if (query.range.country !== null && o.country !== query.range.country) continue;
    own.push(o);
    skills.add(o.skills[0] ?? '');
  }
  const groups = new Map<string, number[]>();
  for (const o of own) groups.set(peerKey(o), []);
  for (let i = 0; i < cols.n; i++) {
    if (!recent(i)) continue;
    const o = data.offers[i];
    if (!skills.has(o.skills[0] ?? '')) continue;
    groups.get(peerKey(o))?.push(conversionOf(o));
  }
  const worst = new TopK<OfferHealthRow>(OFFER_HEALTH_LIMIT);
  for (const o of own) {
    const conversion = conversionOf(o);
    const group = groups.get(peerKey(o)) ?? [];
    let lower = 0;
    for (const c of group) if (c < conversion) lower++;
    const peers = group.length - 1;
    const percentile = peers > 0 ? Math.round((100 * lower) / peers) : null;
    const lagging = percentile !== null && percentile < LAGGING_PERCENTILE;
    const row: OfferHealthRow = {
      offerId: o.id,
      reference: o.reference,
      title: o.title,
      status: o.status,
      publishedAt: o.publishedAt as string,
      views: o.views,
      applications: o.applicationsCount,
      conversion: o.views > 0 ? conversion : null,
      percentile,
      peers,
      lagging,
      hint: lagging ? offerHint(o, query.now) : null,
    };
    // Worst first: lowest percentile (no peers last), then lowest conversion.
    worst.push(row, o.id, -((percentile ?? 101) + Math.min(conversion, 1) * 0.999));
  }
  return {
    range: query.range,
    asOf: new Date(query.now).toISOString(),
    total: own.length,
    offers: worst.sorted().map((r) => r.item),
  };
}
