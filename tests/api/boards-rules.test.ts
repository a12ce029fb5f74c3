import { describe, expect, it } from 'vitest';
import {
  allCapsRule,
  type CheckContext,
  type CheckInput,
  checkInput,
  contactRule,
  discriminationRule,
  duplicateRule,
  externalLinkRule,
  inclusiveWordingRule,
  languageRule,
  payRangeRule,
  type Rule,
  tooShortRule,
} from '../../mocks/domain/boards/rules';
import { DEFAULT_BOARD_RULES, type ModerationFinding } from '../../src/model/boards';

/**
 * Each moderation rule as a pure function, in French and in English, on what it must catch (true
 * positives) and on what it must leave alone (false positives a recruiter would be angry about).
 */
const FR_BODY =
  'Nous recherchons une personne pour rejoindre notre équipe produit et développer avec nous une plateforme utilisée chaque jour par des milliers de clients. Vous travaillerez avec les équipes métier sur la conception, les tests et la mise en production des fonctionnalités.';
const EN_BODY =
  'We are looking for an engineer to join our product team and build with us a platform that thousands of customers use every day. You will work with the business teams on the design, the tests and the release of the features we ship.';

const FREE_WORK = { name: 'Free-Work', url: 'https://www.free-work.com', languages: ['fr' as const] };
const TECHNOJOBS = {
  name: 'technojobs.co.uk',
  url: 'https://www.technojobs.co.uk',
  languages: ['en' as const],
};

function input(
  text: string,
  options: {
    title?: string;
    html?: string;
    board?: Partial<Omit<CheckInput['board'], 'rules'>> & { rules?: Partial<CheckInput['board']['rules']> };
    offer?: Partial<CheckInput['offer']>;
  } = {},
): CheckInput {
  const board = options.board ?? {};
  return checkInput(
    {
      id: 99,
      companyId: 1,
      contractType: 'permanent',
      salaryMin: 45000,
      salaryMax: 55000,
      dailyRateMin: null,
      dailyRateMax: null,
      title: options.title ?? 'Développeur TypeScript (H/F)',
      description: options.html ?? `<p>${text}</p>`,
      ...options.offer,
    },
    {
      ...FREE_WORK,
      ...board,
      rules: { ...DEFAULT_BOARD_RULES, ...board.rules },
    },
  );
}

const run = (rule: Rule, checked: CheckInput, ctx: CheckContext = {}): ModerationFinding[] =>
  rule(checked, ctx);

/** The text of each flagged passage. */
const flagged = (checked: CheckInput, findings: ModerationFinding[]): string[] =>
  findings.flatMap((f) =>
    f.passages.map((p) =>
      (p.field === 'title' ? checked.title : checked.description.text).slice(p.start, p.end),
    ),
  );

describe('discrimination (French law, UK Equality Act)', () => {
  const cases: Array<[lang: string, text: string, key: string, severity: string, passage: string]> = [
    ['fr', 'Candidat âgé de 25 à 35 ans.', 'discrimination_age', 'blocking', 'âgé de 25 à 35 ans'],
    ['fr', 'Profil de moins de 30 ans souhaité.', 'discrimination_age', 'blocking', 'moins de 30 ans'],
    ['fr', 'Poste idéal pour un jeune diplômé motivé.', 'discrimination_age', 'soft', 'jeune diplômé'],
    ['fr', 'Vous êtes jeune et dynamique ?', 'discrimination_age', 'soft', 'jeune et dynamique'],
    ['fr', 'Poste réservé aux hommes.', 'discrimination_sex', 'blocking', 'réservé aux hommes'],
    [
      'fr',
      'Nationalité française exigée.',
      'discrimination_origin',
      'blocking',
      'Nationalité française exigée',
    ],
    ['fr', 'Célibataire, sans enfants de préférence.', 'discrimination_family', 'blocking', 'Célibataire'],
    [
      'fr',
      'Vous êtes en bonne santé et sans handicap.',
      'discrimination_health',
      'blocking',
      'en bonne santé',
    ],
    ['fr', 'Candidate non enceinte.', 'discrimination_pregnancy', 'blocking', 'non enceinte'],
    ['fr', 'Physique agréable exigé.', 'discrimination_appearance', 'blocking', 'Physique agréable'],
    ['en', 'Applicants aged 25-35 preferred.', 'discrimination_age', 'blocking', 'aged 25-35'],
    ['en', 'Join a young and dynamic team!', 'discrimination_age', 'soft', 'young and dynamic'],
    ['en', 'Ideal for recent graduates.', 'discrimination_age', 'soft', 'recent graduates'],
    ['en', 'Male candidates only.', 'discrimination_sex', 'blocking', 'Male candidates only'],
    ['en', 'Only men under 30 may apply.', 'discrimination_sex', 'blocking', 'Only men'],
    ['en', 'Only men under 30 may apply.', 'discrimination_age', 'blocking', 'men under 30'],
    // Fullwidth letters read as the letters they show (the highlighted passage is the text as written).
    ['en', 'Ｍｅｎ ｏｎｌｙ, please.', 'discrimination_sex', 'blocking', 'Ｍｅｎ ｏｎｌｙ'],
    [
      'fr',
      'Poste pour ＨＯＭＭＥＳ uniquement.',
      'discrimination_sex',
      'blocking',
      'ＨＯＭＭＥＳ uniquement',
    ],
    [
      'en',
      'You must be a native English speaker.',
      'discrimination_origin',
      'soft',
      'native English speaker',
    ],
    ['en', 'Candidates with no children preferred.', 'discrimination_family', 'blocking', 'no children'],
    ['en', 'You must be able-bodied.', 'discrimination_health', 'blocking', 'able-bodied'],
    [
      'en',
      'No plans for pregnancy in the next two years.',
      'discrimination_pregnancy',
      'blocking',
      'No plans for pregnancy',
    ],
    [
      'en',
      'Christian candidates preferred.',
      'discrimination_religion',
      'blocking',
      'Christian candidates preferred',
    ],
  ];
  it.each(cases)('%s: catches "%s" as %s (%s)', (_lang, text, key, severity, passage) => {
    const checked = input(text);
    const findings = run(discriminationRule, checked).filter((f) => f.key === key);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'discrimination', severity });
    expect(flagged(checked, findings)).toContain(passage);
  });

  const clean: Array<[lang: string, title: string, text: string]> = [
    ['fr', 'Développeur Java (H/F)', 'Au moins 5 ans d’expérience, plus de 10 ans d’expérience appréciés.'],
    [
      'fr',
      'Cheffe de projet (F/H)',
      'Rejoignez une jeune équipe dans une jeune entreprise en bonne santé financière.',
    ],
    [
      'fr',
      'Data engineer H/F',
      'Poste ouvert aux personnes en situation de handicap. Autorisation de travail en France requise.',
    ],
    ['fr', 'Développeur (H/F/X)', 'Un bon niveau d’anglais et un français courant sont attendus.'],
    ['en', 'Java Developer (M/F)', 'At least 5 years of experience; over 10 years of experience is a plus.'],
    [
      'en',
      'Data Engineer',
      'We encourage women and under-represented groups to apply. We are a Disability Confident employer.',
    ],
    [
      'en',
      'Frontend Engineer',
      'Right to work in the UK is required. Fluent English. Build a single page application.',
    ],
    [
      'en',
      'Backend Engineer',
      'A young company with a healthy codebase; you will mentor graduates from our academy.',
    ],
  ];
  it.each(clean)('%s: leaves "%s" alone', (_lang, title, text) => {
    expect(run(discriminationRule, input(text, { title }))).toEqual([]);
  });
});

describe('pay range where the board requires one', () => {
  const requiring = { rules: { requiresPayRange: true } };
  it('refuses a salaried offer with no salary range, and a freelance one with no daily rate', () => {
    expect(
      run(payRangeRule, input(FR_BODY, { board: requiring, offer: { salaryMin: null, salaryMax: null } })),
    ).toMatchObject([{ rule: 'pay-range', severity: 'blocking', key: 'pay_range_salary' }]);
    expect(
      run(
        payRangeRule,
        input(EN_BODY, {
          board: { ...TECHNOJOBS, ...requiring },
          offer: { contractType: 'freelance', salaryMin: null, salaryMax: null },
        }),
      ),
    ).toMatchObject([{ key: 'pay_range_daily', values: { board: 'technojobs.co.uk' } }]);
  });
  it('accepts a range, and asks nothing of a board that does not require one', () => {
    expect(run(payRangeRule, input(FR_BODY, { board: requiring }))).toEqual([]);
    expect(run(payRangeRule, input(EN_BODY, { offer: { salaryMin: null, salaryMax: null } }))).toEqual([]);
  });
});

describe('contact details and external application links', () => {
  it.each([
    ['fr', 'Envoyez votre CV à jean.dupont@acme.fr directement.', 'jean.dupont@acme.fr'],
    ['fr', 'Appelez-nous au 06 12 34 56 78.', '06 12 34 56 78'],
    ['fr', 'Écrivez à jean [at] acme [dot] fr', 'jean [at] acme [dot] fr'],
    ['en', 'Call Sarah on +44 20 7946 0958 today.', '+44 20 7946 0958'],
    ['en', 'Email recruiting@globex.co.uk for details.', 'recruiting@globex.co.uk'],
  ])('%s: blocks "%s"', (_lang, text, passage) => {
    const checked = input(text);
    const findings = run(contactRule, checked);
    expect(findings).toMatchObject([{ rule: 'contact-details', severity: 'blocking' }]);
    expect(flagged(checked, findings)).toContain(passage);
  });

  it('finds an address hidden in a link', () => {
    const checked = input('', { html: '<p>Postulez <a href="mailto:rh@acme.fr">ici</a>.</p>' });
    expect(flagged(checked, run(contactRule, checked))).toEqual(['ici']);
  });

  it.each([
    ['fr', 'Salaire de 45 000 à 55 000 €, 2 à 3 jours de télétravail, équipe de 12 personnes.'],
    ['en', 'Salary £45,000 - £55,000, version 3.12.2 of Node, 25 days holiday, 0 to 3 years in the role.'],
  ])('%s: leaves numbers that are not phones alone', (_lang, text) => {
    expect(run(contactRule, input(text))).toEqual([]);
  });

  it('sends links off the board to review, with the host, and leaves the board’s own alone', () => {
    const checked = input('Postulez sur https://careers.acme.fr/jobs/42 ou sur www.free-work.com/job/42.');
    const findings = run(externalLinkRule, checked);
    expect(findings).toMatchObject([
      { rule: 'external-link', severity: 'soft', values: { host: 'careers.acme.fr' } },
    ]);
    expect(flagged(checked, findings)).toEqual(['https://careers.acme.fr/jobs/42']);
    const linked = input('', {
      html: '<p>Apply <a href="https://jobs.lever.co/globex/1">here</a>.</p>',
      board: TECHNOJOBS,
    });
    expect(flagged(linked, run(externalLinkRule, linked))).toEqual(['here']);
  });

  it('does not take technology names for links', () => {
    expect(run(externalLinkRule, input('Stack : ASP.NET, Node.js, Vue.js et Next.js.'))).toEqual([]);
    expect(
      run(externalLinkRule, input('Stack: ASP.NET Core, Socket.io and D3.js.', { board: TECHNOJOBS })),
    ).toEqual([]);
  });
});

describe('near-duplicate of a live offer', () => {
  it('flags what the index finds, naming the live offer, and nothing when it finds none', () => {
    const checked = input(FR_BODY);
    const found = run(duplicateRule, checked, {
      findDuplicate: () => ({ offerId: 7, reference: 'TIT-2026-000007', similarity: 0.91 }),
    });
    expect(found).toMatchObject([
      {
        rule: 'duplicate',
        severity: 'soft',
        values: { reference: 'TIT-2026-000007', offerId: 7, similarity: 91 },
      },
    ]);
    expect(run(duplicateRule, checked, { findDuplicate: () => undefined })).toEqual([]);
  });
});

describe('language of the board', () => {
  it('flags French on an English board and English on a French one', () => {
    expect(run(languageRule, input(FR_BODY, { board: TECHNOJOBS }))).toMatchObject([
      { rule: 'language', severity: 'soft', values: { found: 'fr', expected: 'en' } },
    ]);
    expect(run(languageRule, input(EN_BODY, { title: 'Backend Engineer' }))).toMatchObject([
      { values: { found: 'en', expected: 'fr' } },
    ]);
  });
  it('accepts each language on its board, and leaves a bilingual or skills-only text undecided', () => {
    expect(run(languageRule, input(FR_BODY))).toEqual([]);
    expect(run(languageRule, input(EN_BODY, { board: TECHNOJOBS }))).toEqual([]);
    expect(run(languageRule, input(`${FR_BODY} ${EN_BODY}`, { board: TECHNOJOBS }))).toEqual([]);
    expect(run(languageRule, input('Java, Spring, Kafka, AWS, Docker, Kubernetes, PostgreSQL.'))).toEqual([]);
  });
});

describe('too short', () => {
  it('blocks fewer words than the board asks for, in either language', () => {
    expect(run(tooShortRule, input('Développeur Java confirmé, CDI à Paris.'))).toMatchObject([
      { rule: 'too-short', severity: 'blocking', values: { words: 6, min: 80 } },
    ]);
    expect(run(tooShortRule, input('x'.repeat(600), { board: TECHNOJOBS }))).toMatchObject([
      { values: { words: 1 } },
    ]);
  });
  it('accepts a real description, and follows the board’s own minimum', () => {
    const long = `${FR_BODY} ${FR_BODY} ${FR_BODY}`;
    expect(run(tooShortRule, input(long))).toEqual([]);
    expect(run(tooShortRule, input(EN_BODY, { board: { rules: { minWords: 20 } } }))).toEqual([]);
  });
});

describe('shouting (all caps)', () => {
  it('flags a title in capitals and a shouted sentence, in French and in English', () => {
    const fr = input('URGENT POSTE À POURVOIR IMMÉDIATEMENT pour notre client.', {
      title: 'DÉVELOPPEUR JAVA SENIOR',
    });
    expect(flagged(fr, run(allCapsRule, fr))).toEqual([
      'DÉVELOPPEUR JAVA SENIOR',
      'URGENT POSTE À POURVOIR IMMÉDIATEMENT',
    ]);
    const en = input('APPLY NOW THIS ROLE WILL NOT WAIT. We are hiring.', {
      title: 'Backend Engineer',
      board: TECHNOJOBS,
    });
    expect(run(allCapsRule, en)).toMatchObject([{ rule: 'all-caps', severity: 'soft' }]);
  });
  it('leaves acronyms and lists of them alone', () => {
    expect(run(allCapsRule, input('Stack : AWS, GCP, SQL, API REST et CI/CD en CDI.'))).toEqual([]);
    expect(
      run(
        allCapsRule,
        input('You will use AWS and SQL daily, with a CI/CD pipeline.', { title: 'AWS Engineer' }),
      ),
    ).toEqual([]);
  });
});

describe('inclusive wording, on boards that ask for it', () => {
  const inclusive = { rules: { inclusiveWording: true } };
  it('asks for (H/F) on a French title that has only the masculine', () => {
    expect(
      run(inclusiveWordingRule, input(FR_BODY, { title: 'Développeur Java senior', board: inclusive })),
    ).toMatchObject([{ rule: 'inclusive-wording', severity: 'soft', key: 'inclusive_title' }]);
  });
  it('respects (H/F), (F/H) and inclusive forms', () => {
    for (const title of [
      'Développeur Java (H/F)',
      'Développeur Java (F/H)',
      'Développeur·se Java',
      'Ingénieur(e) data',
    ])
      expect(run(inclusiveWordingRule, input(FR_BODY, { title, board: inclusive }))).toEqual([]);
  });
  it('points at gender-coded English words, and not at neutral wording', () => {
    const checked = input('He will be a coding ninja and a rockstar salesman.', {
      title: 'Engineer',
      board: { ...TECHNOJOBS, ...inclusive },
    });
    const findings = run(inclusiveWordingRule, checked);
    expect(findings).toMatchObject([
      { key: 'gendered_words', values: { words: 'he, ninja, rockstar, salesman' } },
    ]);
    expect(
      run(
        inclusiveWordingRule,
        input('They will lead the team.', { title: 'Engineer', board: { ...TECHNOJOBS, ...inclusive } }),
      ),
    ).toEqual([]);
  });
  it('asks nothing on a board without the rule', () => {
    expect(run(inclusiveWordingRule, input('He will be a ninja.', { title: 'Développeur Java' }))).toEqual(
      [],
    );
  });
});
