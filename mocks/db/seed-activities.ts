import type { Activity, Application, Locale } from '../../src/model/types';
import { DAY, parseIso, type Random } from './random';
import { DEMO_COMPANY_IDS, localeOf, type SeedContext } from './seed-context';

// biome-ignore format: sentence banks read better dense
const BODIES: Record<Locale, Record<'note' | 'call' | 'email', Array<(name: string) => string>>> = {
  fr: {
    note: [(n) => `Bon profil, ${n} maîtrise bien la stack. À revoir avec l'équipe.`, (n) => `${n} souhaite plus de télétravail que prévu, à clarifier.`, (n) => `CV solide ; ${n} manque d'expérience en production.`, () => 'Références à vérifier avant la suite.'],
    call: [(n) => `Appel avec ${n} : disponible sous un mois, motivé par le poste.`, (n) => `Messagerie, rappeler ${n} demain matin.`, (n) => `Échange de 20 minutes avec ${n}, bonne communication.`],
    email: [(n) => `Envoi du descriptif de poste à ${n}.`, (n) => `Relance de ${n} sans réponse depuis une semaine.`, (n) => `Proposition de créneaux d'entretien envoyée à ${n}.`],
  },
  en: {
    note: [(n) => `Strong profile, ${n} knows the stack well. Review with the team.`, (n) => `${n} wants more remote days than we offer, to clarify.`, (n) => `Solid CV; ${n} lacks production experience.`, () => 'Check references before moving on.'],
    call: [(n) => `Call with ${n}: available in a month, keen on the role.`, (n) => `Voicemail, call ${n} back tomorrow morning.`, (n) => `20-minute chat with ${n}, communicates well.`],
    email: [(n) => `Sent the job description to ${n}.`, (n) => `Chased ${n}, no reply for a week.`, (n) => `Sent interview slots to ${n}.`],
  },
};
const FREE_TYPES: ReadonlyArray<'note' | 'call' | 'email'> = ['note', 'note', 'call', 'email'];

/**
 * Whether an application gets its activities. Small and demo: all of them. Large: only those
 * moved within the scale's window (plus the demo tenants'), so a million applications don't
 * drag three million activities into memory.
 */
export function inActivityScope(ctx: SeedContext): (a: Application) => boolean {
  const days = ctx.config.activityWindowDays;
  if (days === null) return () => true;
  const cutoff = ctx.dates.iso(ctx.refMs - days * DAY);
  return (a) => a.stageChangedAt >= cutoff || DEMO_COMPANY_IDS.includes(a.companyId);
}

/** Appends an activity, numbering it (callers pass id 0: no spread copy of a million rows). */
export function addActivity(ctx: SeedContext, activity: Activity): Activity {
  activity.id = ctx.db.activities.length + 1;
  ctx.db.activities.push(activity);
  return activity;
}

/** One stage_change per move in an application's history, plus a few notes, calls and e-mails. */
export function createActivities(ctx: SeedContext): void {
  const { rng, db } = ctx;
  const inScope = inActivityScope(ctx);
  for (const a of db.applications) {
    if (!inScope(a)) continue;
    for (let i = 1; i < a.history.length; i++) {
      addActivity(ctx, {
        id: 0,
        version: 1,
        candidateId: a.candidateId,
        applicationId: a.id,
        companyId: a.companyId,
        authorId: a.recruiterId,
        type: 'stage_change',
        body: '',
        fromStage: a.history[i - 1].stage,
        toStage: a.history[i].stage,
        scheduledAt: null,
        createdAt: a.history[i].at,
      });
    }
    // Free-form ones fall anywhere between applying and the last move (lists sort by createdAt).
    const free = rng.int(0, Math.min(3, a.history.length));
    if (free === 0) continue;
    const locale = localeOf(db.companies[a.companyId - 1].country);
    const name = db.candidates[a.candidateId - 1].firstName;
    const from = parseIso(a.appliedAt);
    const span = Math.max(0, parseIso(a.stageChangedAt) - from);
    for (let i = 0; i < free; i++) writeFree(ctx, rng, a, locale, name, from + Math.floor(rng.next() * span));
  }
}

function writeFree(
  ctx: SeedContext,
  rng: Random,
  a: Application,
  locale: Locale,
  name: string,
  ms: number,
): void {
  const type = rng.pick(FREE_TYPES);
  const recruiters = ctx.activeRecruitersByCompany[a.companyId];
  addActivity(ctx, {
    id: 0,
    version: 1,
    candidateId: a.candidateId,
    applicationId: a.id,
    companyId: a.companyId,
    authorId: rng.bool(0.8) || recruiters.length === 0 ? a.recruiterId : rng.pick(recruiters),
    type,
    body: rng.pick(BODIES[locale][type])(name),
    fromStage: null,
    toStage: null,
    scheduledAt: null,
    createdAt: ctx.dates.iso(ms),
  });
}
