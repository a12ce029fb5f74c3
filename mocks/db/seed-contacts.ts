import type { Country, PostalAddress } from '../../src/model/types';
import type { Random } from './random';
import { derivedRandom, type SeedContext } from './seed-context';

/**
 * Each company's contact person and postal billing address, added after the rest of the seed
 * existed: the contact is the company's first recruiter (its admin contact, always active), the
 * address is drawn from a stream of its own (derivedRandom), so no existing value moves.
 */

/** FR postcodes per city: prefix + a two-digit district in [from, to] (Paris 75001-75020). */
// biome-ignore format: tables read better dense
const FR_POSTCODES: Record<string, [string, number, number]> = {
  Paris: ['750', 1, 20], Lyon: ['690', 1, 9], Marseille: ['130', 1, 16], Lille: ['590', 0, 0],
  Nantes: ['440', 0, 0], Bordeaux: ['330', 0, 0], Toulouse: ['310', 0, 0], Nice: ['060', 0, 0],
  Rennes: ['350', 0, 0], Strasbourg: ['670', 0, 0], Montpellier: ['340', 0, 0], Grenoble: ['380', 0, 0],
  'Sophia Antipolis': ['065', 60, 60],
};
/** UK outward codes of each city's centre. */
// biome-ignore format: tables read better dense
const GB_OUTWARD: Record<string, readonly string[]> = {
  London: ['EC1A', 'EC2A', 'EC3V', 'W1T', 'WC2H', 'SE1', 'N1', 'E1'], Manchester: ['M1', 'M2', 'M3', 'M4'],
  Birmingham: ['B1', 'B2', 'B3'], Leeds: ['LS1', 'LS2'], Bristol: ['BS1', 'BS2'], Edinburgh: ['EH1', 'EH2', 'EH3'],
  Glasgow: ['G1', 'G2'], Cambridge: ['CB1', 'CB2'], Oxford: ['OX1', 'OX2'], Reading: ['RG1'],
  Belfast: ['BT1', 'BT2'], Cardiff: ['CF10'],
};
/** Letters a UK inward code may end with (no C, I, K, M, O, V). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
// biome-ignore format: word lists read better dense
const STREETS: Record<Country, readonly string[]> = {
  FR: [
    'rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Gambetta', 'rue du Général Leclerc',
    'rue Nationale', 'avenue de la Gare', 'quai de la Fosse', 'rue des Entrepreneurs', 'place de la Bourse',
    'rue Pasteur', 'cours Lafayette',
  ],
  GB: [
    'High Street', 'Station Road', 'King Street', 'Queen Street', 'Victoria Road', 'Church Lane', 'Mill Lane',
    'Bridge Street', 'Market Place', 'George Street', 'Park Row', 'Castle Street',
  ],
};

function postcode(rng: Random, country: Country, city: string): string {
  if (country === 'FR') {
    const [prefix, from, to] = FR_POSTCODES[city] ?? ['750', 1, 20];
    return `${prefix}${String(rng.int(from, to)).padStart(2, '0')}`;
  }
  const outward = rng.pick(GB_OUTWARD[city] ?? GB_OUTWARD.London);
  return `${outward} ${rng.int(1, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
}

export function billingAddress(rng: Random, country: Country, city: string): PostalAddress {
  return {
    street: `${rng.int(1, 120)} ${rng.pick(STREETS[country])}`,
    postcode: postcode(rng, country, city),
    city,
    country,
  };
}

export function createCompanyContacts(ctx: SeedContext): void {
  const rng = derivedRandom(ctx, 'company-contacts');
  const users = ctx.db.users;
  for (const company of ctx.db.companies) {
    const contact = users[ctx.recruitersByCompany[company.id][0] - 1];
    company.contactName = `${contact.firstName} ${contact.lastName}`;
    company.contactEmail = contact.email;
    company.billingAddress = billingAddress(rng, company.country, company.city);
  }
}
