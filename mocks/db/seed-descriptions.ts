import type { ContractType, ExperienceLevel, Locale } from '../../src/model/types';
import { hashKey, Random } from './random';
import { FAMILIES } from './seed-roles';

/**
 * Offer descriptions: simple sanitised HTML (<p>, <ul>, <li>, <strong>) of 500–3,000 characters.
 * Built from sentence banks and pooled by (family, locale, level, contract, variant): the large
 * scale's 400k offers share a few hundred strings instead of holding 400k copies.
 */

const VARIANTS = 6;

// biome-ignore format: sentence banks read better dense
const TEXT = {
  fr: {
    intro: [
      'Dans le cadre de notre croissance, nous renforçons notre équipe technique et recherchons un profil motivé pour rejoindre un projet à fort impact.',
      'Rejoignez une équipe produit de huit personnes qui construit une plateforme utilisée chaque jour par des milliers de clients en France et en Europe.',
      'Notre client, acteur majeur de son secteur, lance un programme de modernisation de son système d’information et cherche à renforcer ses équipes.',
      'Vous intégrerez une squad autonome, en lien direct avec le Product Owner et les équipes métier, dans un environnement agile et bienveillant.',
    ],
    missions: [
      'Concevoir et développer de nouvelles fonctionnalités de bout en bout',
      'Participer aux revues de code et aux choix d’architecture',
      'Améliorer la qualité, la performance et la sécurité des applications',
      'Écrire des tests automatisés et maintenir la chaîne d’intégration continue',
      'Accompagner les profils plus juniors et partager vos bonnes pratiques',
      'Contribuer aux rituels agiles : sprint planning, démos, rétrospectives',
      'Rédiger la documentation technique et fonctionnelle',
      'Analyser et corriger les incidents de production',
    ],
    profile: [
      'Vous êtes curieux, rigoureux et appréciez le travail en équipe.',
      'Vous savez vulgariser des sujets techniques auprès d’interlocuteurs non techniques.',
      'Un bon niveau d’anglais écrit est apprécié.',
      'Vous êtes attaché à la qualité du code et aux bonnes pratiques (clean code, tests, revues).',
    ],
    perks: [
      'Télétravail jusqu’à trois jours par semaine, tickets restaurant, mutuelle prise en charge à 100 %, budget formation et conférences.',
      'RTT, prime annuelle, matériel au choix, locaux au centre-ville et accès facile en transports en commun.',
      'Une équipe soudée, des projets variés et de vraies perspectives d’évolution.',
    ],
    h: { missions: 'Vos missions', profile: 'Votre profil', stack: 'Environnement technique', perks: 'Ce que nous offrons' },
    years: { junior: 'Première expérience réussie (stage ou alternance acceptés)', intermediate: 'Au moins 3 ans d’expérience', senior: 'Au moins 6 ans d’expérience', lead: 'Plus de 8 ans d’expérience dont une partie en encadrement technique' },
    contract: { permanent: 'CDI', 'fixed-term': 'CDD de 12 mois', freelance: 'Mission freelance de 6 mois renouvelable', internship: 'Stage de 6 mois' },
  },
  en: {
    intro: [
      'We are growing fast and looking for a motivated engineer to join our technology team and work on a high-impact product.',
      'Join a product team of eight building a platform used every day by thousands of customers across the UK and Europe.',
      'Our client, a leader in its sector, is modernising its core systems and is expanding its engineering teams.',
      'You will join an autonomous squad working closely with the Product Owner and business stakeholders in a friendly agile setting.',
    ],
    missions: [
      'Design and build new features end to end',
      'Take part in code reviews and architecture decisions',
      'Improve the quality, performance and security of our applications',
      'Write automated tests and look after the continuous integration pipeline',
      'Mentor junior engineers and share good practices',
      'Contribute to agile ceremonies: planning, demos, retrospectives',
      'Write technical and functional documentation',
      'Investigate and fix production incidents',
    ],
    profile: [
      'You are curious, thorough and enjoy working as part of a team.',
      'You can explain technical topics to non-technical colleagues.',
      'You care about code quality and good practices (clean code, tests, reviews).',
      'Right to work in the UK is required.',
    ],
    perks: [
      'Hybrid working (two days in the office), 25 days holiday plus bank holidays, private healthcare, learning budget.',
      'Pension contribution, annual bonus, the laptop of your choice, and a city-centre office close to the station.',
      'A supportive team, varied projects and real career progression.',
    ],
    h: { missions: 'What you will do', profile: 'About you', stack: 'Tech stack', perks: 'What we offer' },
    years: { junior: 'A first successful experience (internships and placements count)', intermediate: 'At least 3 years of experience', senior: 'At least 6 years of experience', lead: '8+ years of experience, including technical leadership' },
    contract: { permanent: 'Permanent position', 'fixed-term': '12-month fixed-term contract', freelance: '6-month contract, extendable', internship: '6-month internship' },
  },
} as const;

const POOL = new Map<string, string>();

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function build(
  rng: Random,
  family: number,
  locale: Locale,
  level: ExperienceLevel,
  contract: ContractType,
): string {
  const t = TEXT[locale];
  const stack = FAMILIES[family].skills.slice(0, 8).join(', ');
  return [
    `<p><strong>${t.contract[contract]}</strong>. ${rng.pick(t.intro)}</p>`,
    `<p><strong>${t.h.missions}</strong></p>`,
    list(rng.sample(t.missions, rng.int(4, 6))),
    `<p><strong>${t.h.stack}</strong> : ${stack}.</p>`.replace(' :', locale === 'en' ? ':' : ' :'),
    `<p><strong>${t.h.profile}</strong></p>`,
    list([t.years[level], ...rng.sample(t.profile, rng.int(2, 3))]),
    `<p><strong>${t.h.perks}</strong></p>`,
    `<p>${rng.pick(t.perks)}</p>`,
  ].join('');
}

export function pickDescription(
  rng: Random,
  family: number,
  locale: Locale,
  level: ExperienceLevel,
  contract: ContractType,
): string {
  const key = `${family}|${locale}|${level}|${contract}|${rng.int(0, VARIANTS - 1)}`;
  let text = POOL.get(key);
  if (text === undefined) {
    // Its own generator, seeded by the key: the text never depends on what was cached before.
    text = build(new Random(hashKey(key)), family, locale, level, contract);
    POOL.set(key, text);
  }
  return text;
}
