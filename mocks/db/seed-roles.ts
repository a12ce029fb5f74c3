import { SKILLS } from '../../src/model/skills';
import type { ExperienceLevel, Locale } from '../../src/model/types';
import { type Random, weightedPicker } from './random';

/**
 * Role families tie offers and candidates together: a React offer draws React-ish skills and a
 * React developer's profile draws from the same pool, so matching has something real to find.
 */
export interface RoleFamily {
  key: string;
  weight: number;
  /** Canonical skill names (from src/model/skills.ts), picked by their market weight. */
  skills: readonly string[];
  titles: Record<Locale, readonly string[]>;
}

// biome-ignore format: a table reads better dense
export const FAMILIES: readonly RoleFamily[] = [
  { key: 'frontend', weight: 14, skills: ['JavaScript', 'TypeScript', 'React', 'Angular', 'Vue.js', 'Next.js', 'HTML', 'CSS', 'Sass', 'Tailwind CSS', 'Redux', 'RxJS', 'Jest', 'Cypress', 'Storybook', 'GraphQL', 'Vite', 'Figma', 'Git'],
    titles: { fr: ['Développeur Front-end', 'Développeur React', 'Développeur Angular', 'Développeur Vue.js', 'Intégrateur web'], en: ['Front-end Developer', 'React Developer', 'Angular Developer', 'Front-end Engineer', 'UI Engineer'] } },
  { key: 'java', weight: 14, skills: ['Java', 'Spring Boot', 'Spring', 'Hibernate', 'Kafka', 'Microservices', 'REST', 'PostgreSQL', 'Oracle', 'Docker', 'Kubernetes', 'JUnit', 'Quarkus', 'SQL', 'Git', 'CI/CD', 'Jenkins', 'Angular', 'Agile'],
    titles: { fr: ['Développeur Java', 'Développeur Java / Spring', 'Ingénieur études et développement Java', 'Développeur back-end Java'], en: ['Java Developer', 'Java Software Engineer', 'Back-end Java Engineer', 'Java Spring Developer'] } },
  { key: 'php', weight: 9, skills: ['PHP', 'Symfony', 'Laravel', 'MySQL', 'PostgreSQL', 'Docker', 'API Platform', 'Redis', 'Elasticsearch', 'PHPUnit', 'REST', 'Git', 'Drupal', 'WordPress', 'RabbitMQ', 'JavaScript', 'Vue.js'],
    titles: { fr: ['Développeur PHP', 'Développeur PHP / Symfony', 'Développeur back-end PHP', 'Développeur Laravel'], en: ['PHP Developer', 'Symfony Developer', 'Back-end PHP Engineer', 'Laravel Developer'] } },
  { key: 'node', weight: 7, skills: ['Node.js', 'TypeScript', 'JavaScript', 'NestJS', 'Express', 'MongoDB', 'PostgreSQL', 'GraphQL', 'Docker', 'AWS', 'Redis', 'Jest', 'Kafka', 'REST', 'Microservices', 'React'],
    titles: { fr: ['Développeur Node.js', 'Développeur back-end Node.js', 'Développeur Full-stack JavaScript'], en: ['Node.js Developer', 'Back-end Engineer (Node.js)', 'Full-stack JavaScript Engineer'] } },
  { key: 'dotnet', weight: 8, skills: ['C#', '.NET', 'ASP.NET Core', 'SQL Server', 'Azure', 'Angular', 'React', 'Microservices', 'Docker', 'REST', 'Git', 'TypeScript', 'Agile', 'DDD'],
    titles: { fr: ['Développeur .NET', 'Développeur C# / .NET', 'Ingénieur logiciel .NET'], en: ['.NET Developer', 'C# Developer', 'Software Engineer (.NET)'] } },
  { key: 'python', weight: 7, skills: ['Python', 'Django', 'Flask', 'FastAPI', 'PostgreSQL', 'Docker', 'AWS', 'Redis', 'Pytest', 'REST', 'Kubernetes', 'Pandas', 'Git', 'RabbitMQ'],
    titles: { fr: ['Développeur Python', 'Développeur Python / Django', 'Développeur back-end Python'], en: ['Python Developer', 'Python Engineer', 'Back-end Engineer (Python)'] } },
  { key: 'data', weight: 8, skills: ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'Databricks', 'BigQuery', 'Pandas', 'Power BI', 'Tableau', 'Kafka', 'AWS', 'Google Cloud', 'Scala', 'ETL', 'Data Modeling', 'Talend', 'Hadoop'],
    titles: { fr: ['Data Engineer', 'Data Analyst', 'Consultant BI', 'Ingénieur Big Data'], en: ['Data Engineer', 'Data Analyst', 'BI Developer', 'Analytics Engineer'] } },
  { key: 'ml', weight: 4, skills: ['Python', 'Machine Learning', 'Deep Learning', 'PyTorch', 'TensorFlow', 'scikit-learn', 'NLP', 'LLM', 'Pandas', 'NumPy', 'SQL', 'Spark', 'Docker', 'AWS', 'Google Cloud'],
    titles: { fr: ['Data Scientist', 'Ingénieur Machine Learning', 'Ingénieur IA'], en: ['Data Scientist', 'Machine Learning Engineer', 'AI Engineer'] } },
  { key: 'devops', weight: 10, skills: ['Docker', 'Kubernetes', 'Terraform', 'Ansible', 'AWS', 'Azure', 'Google Cloud', 'Jenkins', 'GitLab CI', 'GitHub Actions', 'CI/CD', 'Linux', 'Helm', 'Prometheus', 'Grafana', 'ArgoCD', 'Bash', 'Python', 'Go', 'ELK', 'SRE', 'Vault'],
    titles: { fr: ['Ingénieur DevOps', 'Ingénieur Cloud', 'Ingénieur SRE', 'Administrateur systèmes Linux'], en: ['DevOps Engineer', 'Cloud Engineer', 'Site Reliability Engineer', 'Platform Engineer'] } },
  { key: 'mobile', weight: 5, skills: ['Kotlin', 'Swift', 'Android', 'iOS', 'React Native', 'Flutter', 'Dart', 'SwiftUI', 'Jetpack Compose', 'Git', 'REST', 'TypeScript', 'Objective-C', 'Java'],
    titles: { fr: ['Développeur mobile', 'Développeur iOS', 'Développeur Android', 'Développeur Flutter'], en: ['Mobile Developer', 'iOS Developer', 'Android Developer', 'React Native Developer'] } },
  { key: 'fullstack', weight: 9, skills: ['JavaScript', 'TypeScript', 'React', 'Node.js', 'Angular', 'Java', 'Spring Boot', 'PHP', 'Symfony', 'PostgreSQL', 'Docker', 'Git', 'REST', 'Vue.js', 'AWS', 'MongoDB'],
    titles: { fr: ['Développeur Full-stack', 'Développeur Full-stack React / Node.js', 'Développeur Full-stack Java / Angular'], en: ['Full-stack Developer', 'Full-stack Engineer', 'Software Engineer'] } },
  { key: 'security', weight: 3, skills: ['Cybersecurity', 'SIEM', 'Pentest', 'IAM', 'ISO 27001', 'OWASP', 'Active Directory', 'Linux', 'Azure', 'AWS', 'Python', 'OAuth'],
    titles: { fr: ['Ingénieur cybersécurité', 'Analyste SOC', 'Consultant sécurité'], en: ['Security Engineer', 'SOC Analyst', 'Cyber Security Consultant'] } },
  { key: 'erp', weight: 4, skills: ['SAP', 'Salesforce', 'ServiceNow', 'Dynamics 365', 'Odoo', 'SQL', 'Agile', 'Jira', 'ITIL', 'VBA', 'PL/SQL', 'Oracle'],
    titles: { fr: ['Consultant SAP', 'Consultant Salesforce', 'Consultant fonctionnel ERP'], en: ['SAP Consultant', 'Salesforce Developer', 'ERP Functional Consultant'] } },
  { key: 'product', weight: 5, skills: ['Agile', 'Scrum', 'Kanban', 'SAFe', 'Jira', 'DevOps', 'UX Design', 'Figma', 'SQL', 'UML'],
    titles: { fr: ['Product Owner', 'Scrum Master', 'Chef de projet IT', 'Product Manager'], en: ['Product Owner', 'Scrum Master', 'IT Project Manager', 'Product Manager'] } },
  { key: 'qa', weight: 3, skills: ['Selenium', 'Cypress', 'Playwright', 'JUnit', 'Jest', 'Cucumber', 'JMeter', 'TDD', 'Java', 'JavaScript', 'Python', 'CI/CD', 'Jira', 'Agile'],
    titles: { fr: ['Ingénieur QA', 'Testeur automaticien', 'Ingénieur test et validation'], en: ['QA Engineer', 'Test Automation Engineer', 'SDET'] } },
  { key: 'embedded', weight: 3, skills: ['C', 'C++', 'Linux', 'Python', 'Rust', 'Git', 'Bash', 'Jenkins', 'UML', 'Agile'],
    titles: { fr: ['Ingénieur logiciel embarqué', 'Développeur C++', 'Développeur C / Linux embarqué'], en: ['Embedded Software Engineer', 'C++ Developer', 'Firmware Engineer'] } },
];

const WEIGHT_BY_SKILL = new Map(SKILLS.map((s) => [s.name, s.weight]));
const skillPickers = FAMILIES.map((f) =>
  weightedPicker(
    f.skills,
    f.skills.map((s) => WEIGHT_BY_SKILL.get(s) ?? 1),
  ),
);
const familyIndexes = FAMILIES.map((_, i) => i);
export const pickFamily = weightedPicker(
  familyIndexes,
  FAMILIES.map((f) => f.weight),
);

/** `count` distinct skills of a family, the common ones more often. */
export function pickSkills(rng: Random, family: number, count: number): string[] {
  const picked: string[] = [];
  const pick = skillPickers[family];
  for (let tries = 0; picked.length < count && tries < count * 8; tries++) {
    const skill = pick(rng);
    if (!picked.includes(skill)) picked.push(skill);
  }
  return picked;
}

const LEVEL_LABEL: Record<Locale, Record<ExperienceLevel, string>> = {
  fr: { junior: 'junior', intermediate: '', senior: 'senior', lead: 'Lead' },
  en: { junior: 'Junior', intermediate: '', senior: 'Senior', lead: 'Lead' },
};

/**
 * Every title string an offer can carry, built once: offers hold a reference to one of these
 * instead of their own copy (400k offers at the large scale).
 */
const TITLE_POOL = new Map<string, string[]>();
function titlePool(family: number, locale: Locale, level: ExperienceLevel): string[] {
  const key = `${family}|${locale}|${level}`;
  let pool = TITLE_POOL.get(key);
  if (!pool) {
    const label = LEVEL_LABEL[locale][level];
    pool = FAMILIES[family].titles[locale].map((title) => {
      if (locale === 'en') return label ? `${label} ${title}` : title;
      const base =
        label === 'Lead'
          ? `Lead ${title.replace(/^Développeur/, 'développeur')}`
          : label
            ? `${title} ${label}`
            : title;
      return `${base} (H/F)`;
    });
    TITLE_POOL.set(key, pool);
  }
  return pool;
}

export function pickTitle(rng: Random, family: number, locale: Locale, level: ExperienceLevel): string {
  return rng.pick(titlePool(family, locale, level));
}

/** A plain role title (no level, no H/F), for candidates' headlines. */
export function roleTitle(rng: Random, family: number, locale: Locale): string {
  return rng.pick(FAMILIES[family].titles[locale]);
}
