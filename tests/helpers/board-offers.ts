/**
 * Offers to send to job boards, shared by the API, screen, contract and browser tests: plain data,
 * no test runner in it, so every suite can import it.
 */

/** French description text every board's checks pass (long enough, no flagged wording). */
export const FR_OFFER_TEXT =
  'Nous recherchons une personne pour rejoindre notre équipe produit et développer avec nous une plateforme utilisée chaque jour par des milliers de clients. Vous travaillerez avec les équipes métier sur la conception, les tests et la mise en production des fonctionnalités. Vous participerez aux revues de code, au choix des outils et à l’amélioration continue de nos pratiques. Nous offrons un cadre de travail hybride, une formation continue et une équipe bienveillante qui partage ses connaissances.';

/** The body of a published, paid, French offer with this description text. */
export function publishedOfferBody(
  description: string,
  { title = 'Développeur TypeScript (H/F)', expiresAt = '2027-01-31T23:59:59.000Z' } = {},
) {
  return {
    title,
    contractType: 'permanent',
    city: 'Paris',
    country: 'FR',
    remote: 'partial',
    experienceLevel: 'senior',
    status: 'published',
    salaryMin: 50000,
    salaryMax: 60000,
    skills: ['TypeScript'],
    description: `<p>${description}</p>`,
    expiresAt,
  };
}
