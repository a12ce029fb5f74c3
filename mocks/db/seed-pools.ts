import type { Country } from '../../src/model/types';
import { type Random, weightedPicker } from './random';

/**
 * Word pools for the FR/UK market. Our own lists rather than Faker: a few hundred names are
 * plenty, cost nothing to load, and every generated string comes from a shared pool.
 */

// biome-ignore format: word lists read better dense
export const FIRST_NAMES: Record<Country, readonly string[]> = {
  FR: [
    'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Julie', 'Emma', 'Lucie', 'Clara', 'Marie', 'Pauline',
    'Anaïs', 'Élodie', 'Mathilde', 'Sophie', 'Claire', 'Laura', 'Amandine', 'Nadia', 'Yasmine', 'Fatou', 'Aurélie',
    'Céline', 'Hélène', 'Margaux', 'Océane', 'Justine', 'Lina', 'Zoé', 'Thomas', 'Nicolas', 'Julien', 'Maxime',
    'Alexandre', 'Antoine', 'Hugo', 'Lucas', 'Louis', 'Mathieu', 'Romain', 'Kevin', 'Guillaume', 'Pierre',
    'Benjamin', 'Sébastien', 'Vincent', 'Florian', 'Quentin', 'Adrien', 'Mehdi', 'Karim', 'Yanis', 'Rayan',
    'Théo', 'Baptiste', 'Jérôme', 'François', 'Olivier', 'Cédric', 'Damien', 'Arnaud', 'Bastien', 'Loïc',
  ],
  GB: [
    'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Lily', 'Hannah', 'Charlotte', 'Jessica',
    'Chloe', 'Priya', 'Aisha', 'Megan', 'Lucy', 'Holly', 'Eleanor', 'Freya', 'Rebecca', 'Oliver', 'George',
    'Harry', 'Jack', 'Jacob', 'Charlie', 'Thomas', 'James', 'William', 'Daniel', 'Samuel', 'Joshua', 'Alfie',
    'Mohammed', 'Arjun', 'Ryan', 'Callum', 'Liam', 'Connor', 'Ben', 'Matthew', 'Luke', 'Adam', 'Owen', 'Rhys',
  ],
};

// biome-ignore format: word lists read better dense
export const LAST_NAMES: Record<Country, readonly string[]> = {
  FR: [
    'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
    'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel',
    'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand',
    'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin',
    'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson',
    'Benali', 'Haddad', 'Nguyen', 'Diallo', 'Traoré', 'Le Gall', 'Kerboriou', 'Da Silva', 'Ferreira', 'Cohen',
  ],
  GB: [
    'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
    'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel',
    'Khan', 'Lewis', 'Harris', 'Martin', 'Cooper', 'King', 'Baker', 'Hughes', 'Edwards', "O'Brien", 'Campbell',
    'MacDonald', 'Murphy', 'Singh', 'Ahmed', 'Turner', 'Hill', 'Moore', 'Scott', 'Morgan', 'Bennett',
  ],
};

/** Cities by market with a weight (IT job share, roughly). */
// biome-ignore format: tables read better dense
const CITIES: Record<Country, Array<[string, number]>> = {
  FR: [
    ['Paris', 45], ['Lyon', 10], ['Lille', 5], ['Nantes', 6], ['Bordeaux', 5], ['Toulouse', 7], ['Marseille', 4],
    ['Nice', 3], ['Rennes', 4], ['Strasbourg', 3], ['Montpellier', 3], ['Grenoble', 3], ['Sophia Antipolis', 2],
  ],
  GB: [
    ['London', 45], ['Manchester', 10], ['Birmingham', 6], ['Leeds', 6], ['Bristol', 6], ['Edinburgh', 7],
    ['Glasgow', 4], ['Cambridge', 5], ['Oxford', 3], ['Reading', 3], ['Belfast', 3], ['Cardiff', 2],
  ],
};
const cityPickers: Record<Country, (rng: Random) => string> = {
  FR: weightedPicker(
    CITIES.FR.map(([c]) => c),
    CITIES.FR.map(([, w]) => w),
  ),
  GB: weightedPicker(
    CITIES.GB.map(([c]) => c),
    CITIES.GB.map(([, w]) => w),
  ),
};
export function pickCity(rng: Random, country: Country): string {
  return cityPickers[country](rng);
}
export const CAPITAL: Record<Country, string> = { FR: 'Paris', GB: 'London' };

/** ~80% of the platform is French. */
export function pickCountry(rng: Random): Country {
  return rng.bool(0.8) ? 'FR' : 'GB';
}

export const EMAIL_DOMAINS: Record<Country, readonly string[]> = {
  FR: ['gmail.com', 'gmail.com', 'outlook.fr', 'hotmail.fr', 'yahoo.fr', 'orange.fr', 'free.fr', 'proton.me'],
  GB: [
    'gmail.com',
    'gmail.com',
    'outlook.com',
    'hotmail.co.uk',
    'yahoo.co.uk',
    'btinternet.com',
    'icloud.com',
  ],
};

const SLUGS = new Map<string, string>();

/**
 * Lower-case ASCII for e-mails, URLs and slugs: "Élodie Le Gall" → "elodie-le-gall". Memoised:
 * the seed slugs the same few hundred names over and over.
 */
export function slug(text: string, separator = '-'): string {
  const key = `${separator}${text}`;
  let out = SLUGS.get(key);
  if (out === undefined) {
    out = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replaceAll(' ', separator);
    SLUGS.set(key, out);
  }
  return out;
}

function digits(rng: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += rng.int(0, 9);
  return out;
}

/** E.164 mobile numbers: +33 6/7 and +44 7. */
export function mobilePhone(rng: Random, country: Country): string {
  return country === 'FR' ? `+33${rng.pick(['6', '7'])}${digits(rng, 8)}` : `+447${digits(rng, 9)}`;
}

/** Switchboard numbers: +33 1–5 and +44 20/161/121... */
export function officePhone(rng: Random, country: Country): string {
  return country === 'FR'
    ? `+33${rng.int(1, 5)}${digits(rng, 8)}`
    : `+44${rng.pick(['20', '161', '121', '113', '117', '131'])}${digits(rng, 7)}`;
}

/** A SIREN (9 digits, Luhn-valid like the real ones) or a Companies House number (SC for Scotland). */
export function legalId(rng: Random, country: Country, city: string): string {
  if (country === 'GB') {
    const scottish = city === 'Edinburgh' || city === 'Glasgow';
    return scottish ? `SC${digits(rng, 6)}` : `${rng.pick(['0', '1'])}${digits(rng, 7)}`;
  }
  const body = digits(rng, 8);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    let d = Number(body[7 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

/** Makes `candidate` unique in `used` by appending 2, 3, ... before the @ (or at the end). */
export function uniqueEmail(used: Set<string>, local: string, domain: string): string {
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}
