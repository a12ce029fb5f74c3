import type { Locale, MessageTemplate, Stage, TaskKind } from '../../src/model/types';
import { DAY, parseIso, workingTime } from './random';
import { inActivityScope } from './seed-activities';
import { localeOf, type SeedContext } from './seed-context';

/** What the follow-up task of an application at each stage asks (the app words it by this). */
const TASK_KIND: Partial<Record<Stage, TaskKind>> = {
  new: 'review',
  screening: 'call_back',
  interview: 'write_up',
  technical: 'send_test',
  offer: 'prepare_offer',
};

// biome-ignore format: a table reads better dense
const TASK_TITLES: Partial<Record<Stage, Record<Locale, (name: string) => string>>> = {
  new: { fr: (n) => `Qualifier la candidature de ${n}`, en: (n) => `Review ${n}'s application` },
  screening: { fr: (n) => `Rappeler ${n}`, en: (n) => `Call ${n} back` },
  interview: { fr: (n) => `Envoyer le compte rendu d'entretien de ${n}`, en: (n) => `Write up ${n}'s interview` },
  technical: { fr: (n) => `Envoyer le test technique à ${n}`, en: (n) => `Send the technical test to ${n}` },
  offer: { fr: (n) => `Préparer la proposition pour ${n}`, en: (n) => `Prepare the offer for ${n}` },
};

/** Follow-up tasks on about a quarter of the applications still in progress. */
export function createTasks(ctx: SeedContext): void {
  const { rng, dates, refMs, db } = ctx;
  const inScope = inActivityScope(ctx);
  for (const a of db.applications) {
    const titles = TASK_TITLES[a.stage];
    if (!titles || !inScope(a) || !rng.bool(0.25)) continue;
    const name = `${db.candidates[a.candidateId - 1].firstName} ${db.candidates[a.candidateId - 1].lastName}`;
    const createdMs = parseIso(a.stageChangedAt);
    const dueMs = workingTime(rng, createdMs + rng.int(1, 7) * DAY);
    const automatic = rng.bool(0.3);
    db.tasks.push({
      id: db.tasks.length + 1,
      version: 1,
      companyId: a.companyId,
      candidateId: a.candidateId,
      applicationId: a.id,
      title: titles[localeOf(db.companies[a.companyId - 1].country)](name),
      dueAt: dates.iso(dueMs),
      assigneeId: a.recruiterId,
      done: dueMs < refMs && rng.bool(0.7),
      automatic,
      kind: TASK_KIND[a.stage] ?? null,
      createdAt: a.stageChangedAt,
    });
  }
}

// biome-ignore format: a table reads better dense
const TEMPLATES: Record<MessageTemplate['kind'], Record<Locale, [string, string, string]>> = {
  invitation: {
    fr: ['Invitation à un entretien', 'Entretien pour le poste {offer.title}', "Bonjour {candidate.firstName},\n\nNous avons le plaisir de vous inviter à un entretien pour le poste {offer.title}, le {interview.startsAt}.\n\nÀ bientôt,"],
    en: ['Interview invitation', 'Interview for {offer.title}', "Hello {candidate.firstName},\n\nWe would like to invite you to an interview for the {offer.title} role on {interview.startsAt}.\n\nBest regards,"],
  },
  rejection: {
    fr: ['Réponse négative', 'Votre candidature au poste {offer.title}', "Bonjour {candidate.firstName},\n\nNous vous remercions pour l'intérêt porté au poste {offer.title}. Nous ne donnerons malheureusement pas suite à votre candidature.\n\nCordialement,"],
    en: ['Rejection', 'Your application for {offer.title}', "Hello {candidate.firstName},\n\nThank you for your interest in the {offer.title} role. Unfortunately we will not be taking your application further.\n\nKind regards,"],
  },
  offer: {
    fr: ['Proposition', 'Proposition pour le poste {offer.title}', "Bonjour {candidate.firstName},\n\nSuite à nos échanges, nous avons le plaisir de vous proposer le poste {offer.title}.\n\nBien à vous,"],
    en: ['Job offer', 'Offer for {offer.title}', "Hello {candidate.firstName},\n\nFollowing our conversations, we are delighted to offer you the {offer.title} role.\n\nBest wishes,"],
  },
};
/** Companies that come with a ready template set: the demo tenants and a few more. */
const COMPANIES_WITH_TEMPLATES = 10;

export function createTemplates(ctx: SeedContext): void {
  const { db } = ctx;
  for (const company of db.companies.slice(0, COMPANIES_WITH_TEMPLATES)) {
    for (const kind of Object.keys(TEMPLATES) as Array<MessageTemplate['kind']>) {
      for (const locale of ['fr', 'en'] as const) {
        const [name, subject, body] = TEMPLATES[kind][locale];
        db['message-templates'].push({
          id: db['message-templates'].length + 1,
          version: 1,
          companyId: company.id,
          kind,
          locale,
          name,
          subject,
          body,
        });
      }
    }
  }
}
