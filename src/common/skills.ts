/**
 * The IT skill vocabulary shared by the app (skill autocomplete, filters) and the mock API
 * (seed, matching): canonical names, a category, a relative frequency on the FR/UK market, and
 * the spellings people actually write, folded onto the canonical name by normalizeSkill().
 */

export type SkillCategory =
  | 'language'
  | 'frontend'
  | 'backend'
  | 'mobile'
  | 'data'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'testing'
  | 'security'
  | 'erp'
  | 'practice';

export interface Skill {
  name: string;
  category: SkillCategory;
  /** Relative frequency in job offers (higher = more common). */
  weight: number;
}

// [name, weight] per category: compact to read and to review.
// biome-ignore format: a table reads better dense
const BY_CATEGORY: Record<SkillCategory, Array<[string, number]>> = {
  language: [
    ['JavaScript', 100], ['TypeScript', 80], ['Java', 90], ['Python', 90], ['C#', 60], ['PHP', 60],
    ['Go', 35], ['Kotlin', 25], ['Swift', 20], ['C', 15], ['C++', 25], ['Rust', 12], ['Scala', 12],
    ['Ruby', 12], ['R', 10], ['Dart', 8], ['Objective-C', 4], ['Perl', 4], ['Elixir', 3],
    ['Haskell', 2], ['COBOL', 5], ['Bash', 20], ['PowerShell', 10], ['SQL', 80], ['PL/SQL', 10],
    ['VBA', 6], ['Groovy', 5], ['Clojure', 2],
  ],
  frontend: [
    ['React', 85], ['Angular', 55], ['Vue.js', 40], ['Next.js', 25], ['Nuxt', 8], ['Svelte', 5],
    ['HTML', 50], ['CSS', 50], ['Sass', 15], ['Tailwind CSS', 15], ['Redux', 20], ['RxJS', 15],
    ['Webpack', 10], ['Vite', 8], ['jQuery', 10], ['D3.js', 5], ['Storybook', 6], ['Three.js', 2],
    ['GraphQL', 20], ['Figma', 12],
  ],
  backend: [
    ['Node.js', 60], ['Spring Boot', 50], ['Spring', 35], ['Symfony', 35], ['Laravel', 15],
    ['Django', 20], ['Flask', 10], ['FastAPI', 12], ['.NET', 45], ['ASP.NET Core', 20],
    ['Express', 15], ['NestJS', 15], ['Ruby on Rails', 8], ['Hibernate', 15], ['Quarkus', 5],
    ['Microservices', 30], ['REST', 40], ['gRPC', 6], ['Kafka', 25], ['RabbitMQ', 12],
    ['API Platform', 5], ['Drupal', 5], ['WordPress', 8], ['Magento', 4],
  ],
  mobile: [
    ['Android', 20], ['iOS', 20], ['React Native', 15], ['Flutter', 12], ['SwiftUI', 6],
    ['Jetpack Compose', 5], ['Ionic', 4], ['Xamarin', 3],
  ],
  data: [
    ['Spark', 20], ['Hadoop', 8], ['Airflow', 12], ['dbt', 10], ['Pandas', 18], ['NumPy', 10],
    ['scikit-learn', 10], ['TensorFlow', 10], ['PyTorch', 12], ['Machine Learning', 25],
    ['Deep Learning', 8], ['NLP', 6], ['LLM', 8], ['Power BI', 20], ['Tableau', 12], ['Looker', 4],
    ['Databricks', 10], ['Snowflake', 10], ['BigQuery', 8], ['Talend', 6], ['Data Modeling', 8],
    ['ETL', 15], ['Qlik', 4],
  ],
  database: [
    ['PostgreSQL', 45], ['MySQL', 35], ['Oracle', 25], ['SQL Server', 25], ['MongoDB', 25],
    ['Redis', 20], ['Elasticsearch', 18], ['Cassandra', 4], ['DynamoDB', 5], ['MariaDB', 6],
    ['SQLite', 3], ['Neo4j', 2],
  ],
  cloud: [
    ['AWS', 50], ['Azure', 40], ['Google Cloud', 20], ['AWS Lambda', 8], ['AWS S3', 6],
    ['Serverless', 8], ['OpenShift', 6], ['OVHcloud', 3], ['Cloudflare', 3],
  ],
  devops: [
    ['Docker', 55], ['Kubernetes', 45], ['Terraform', 25], ['Ansible', 18], ['Jenkins', 20],
    ['GitLab CI', 20], ['GitHub Actions', 12], ['CI/CD', 35], ['Git', 40], ['Linux', 35],
    ['Helm', 10], ['Prometheus', 10], ['Grafana', 10], ['ArgoCD', 6], ['Nginx', 8],
    ['Datadog', 5], ['Puppet', 3], ['Vault', 4], ['ELK', 8], ['SRE', 8],
  ],
  testing: [
    ['Jest', 15], ['Cypress', 10], ['Playwright', 6], ['Selenium', 12], ['JUnit', 12],
    ['PHPUnit', 5], ['Pytest', 6], ['TDD', 12], ['Cucumber', 5], ['JMeter', 4],
  ],
  security: [
    ['Cybersecurity', 12], ['OWASP', 5], ['IAM', 6], ['SIEM', 5], ['Pentest', 5], ['ISO 27001', 4],
    ['OAuth', 6], ['Active Directory', 8],
  ],
  erp: [['SAP', 15], ['Salesforce', 12], ['ServiceNow', 6], ['Dynamics 365', 5], ['Odoo', 3]],
  practice: [
    ['Agile', 35], ['Scrum', 30], ['Kanban', 8], ['DevOps', 20], ['UML', 5], ['Jira', 15],
    ['DDD', 8], ['Clean Architecture', 6], ['SAFe', 6], ['ITIL', 6], ['UX Design', 8],
  ],
};

export const SKILLS: readonly Skill[] = (Object.keys(BY_CATEGORY) as SkillCategory[]).flatMap((category) =>
  BY_CATEGORY[category].map(([name, weight]) => ({ name, category, weight })),
);
export const SKILL_NAMES: readonly string[] = SKILLS.map((s) => s.name);

/** What people write → the canonical name. Keys are written naturally; lookup folds them. */
// biome-ignore format: a table reads better dense
export const ALIASES: Readonly<Record<string, string>> = {
  JS: 'JavaScript', ES6: 'JavaScript', ES2015: 'JavaScript', ECMAScript: 'JavaScript', 'Vanilla JS': 'JavaScript',
  TS: 'TypeScript',
  ReactJS: 'React', 'React.js': 'React', 'React JS': 'React', 'React Hooks': 'React',
  AngularJS: 'Angular', 'Angular.js': 'Angular', 'Angular 2+': 'Angular',
  Vue: 'Vue.js', VueJS: 'Vue.js', 'Nuxt.js': 'Nuxt', NuxtJS: 'Nuxt', NextJS: 'Next.js',
  NodeJS: 'Node.js', Node: 'Node.js', 'Express.js': 'Express', ExpressJS: 'Express', Nest: 'NestJS',
  Golang: 'Go', 'C Sharp': 'C#', CSharp: 'C#', CPP: 'C++', 'Objective C': 'Objective-C', ObjC: 'Objective-C',
  K8s: 'Kubernetes', Kube: 'Kubernetes', Postgres: 'PostgreSQL', PgSQL: 'PostgreSQL', PSQL: 'PostgreSQL',
  Mongo: 'MongoDB', ES: 'Elasticsearch', ElasticSearch: 'Elasticsearch', OpenSearch: 'Elasticsearch',
  MSSQL: 'SQL Server', 'MS SQL': 'SQL Server', 'Microsoft SQL Server': 'SQL Server', TSQL: 'SQL Server',
  'Oracle DB': 'Oracle', HTML5: 'HTML', CSS3: 'CSS', SCSS: 'Sass', Tailwind: 'Tailwind CSS',
  'Springboot': 'Spring Boot', 'Spring Framework': 'Spring', DotNet: '.NET', 'Dot Net': '.NET',
  '.NET Core': '.NET', 'ASP.NET': 'ASP.NET Core', 'ASP.NET MVC': 'ASP.NET Core', Rails: 'Ruby on Rails',
  RoR: 'Ruby on Rails', 'REST API': 'REST', RESTful: 'REST', 'Apache Kafka': 'Kafka',
  'Apache Spark': 'Spark', PySpark: 'Spark', 'Apache Airflow': 'Airflow', sklearn: 'scikit-learn',
  'Scikit Learn': 'scikit-learn', TF: 'TensorFlow', ML: 'Machine Learning', IA: 'Machine Learning',
  AI: 'Machine Learning', GenAI: 'LLM', PowerBI: 'Power BI', GCP: 'Google Cloud',
  'Google Cloud Platform': 'Google Cloud', 'Amazon Web Services': 'AWS', EC2: 'AWS', S3: 'AWS S3',
  Lambda: 'AWS Lambda', 'Microsoft Azure': 'Azure', OVH: 'OVHcloud', 'Gitlab-CI': 'GitLab CI',
  GitLab: 'GitLab CI', 'CI CD': 'CI/CD', 'Continuous Integration': 'CI/CD',
  Argo: 'ArgoCD', 'Argo CD': 'ArgoCD', 'ELK Stack': 'ELK', Kibana: 'ELK', 'Unix': 'Linux',
  Shell: 'Bash', 'Shell Scripting': 'Bash', Sélénium: 'Selenium', 'Test Driven Development': 'TDD',
  Cyber: 'Cybersecurity', 'Cyber Security': 'Cybersecurity', 'Cybersécurité': 'Cybersecurity',
  AD: 'Active Directory', 'OAuth2': 'OAuth', 'Sales Force': 'Salesforce', 'SAP S/4HANA': 'SAP',
  'SAP HANA': 'SAP', 'Agilité': 'Agile', 'Méthode Agile': 'Agile', 'Domain Driven Design': 'DDD',
  Swift5: 'Swift', 'Jetpack': 'Jetpack Compose',
  Cordova: 'Ionic', Pytorch: 'PyTorch', 'Pandas DataFrame': 'Pandas', WP: 'WordPress',
  'UX': 'UX Design', 'UI/UX': 'UX Design',
};

/** Folds case, accents, punctuation and spacing; keeps the signs that change meaning (C#, C++). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s._\-/'"]+/g, '');
}

const INDEX = new Map<string, string>();
for (const name of SKILL_NAMES) INDEX.set(fold(name), name);
for (const [alias, name] of Object.entries(ALIASES)) INDEX.set(fold(alias), name);

/** "Java 21", "Python3", "Angular 17", ".NET 8", "Vue 3.4", "PHP 8.x", "v18" → without the version. */
const VERSION_SUFFIX = /v?\d+(?:x|\d)*\+?$/;

/**
 * The canonical name of a skill as people write it ("ReactJS" → "React", "k8s" → "Kubernetes",
 * "Java 21" → "Java"); an unknown skill comes back trimmed with its spacing collapsed, so free
 * text is kept rather than lost. Pure, so app and API agree on every spelling.
 */
export function normalizeSkill(raw: string): string {
  const cleaned = raw.replace(/\s+/g, ' ').trim();
  if (!cleaned) return '';
  const key = fold(cleaned);
  const exact = INDEX.get(key);
  if (exact) return exact;
  const unversioned = key.replace(VERSION_SUFFIX, '');
  if (unversioned && unversioned !== key) {
    const match = INDEX.get(unversioned);
    if (match) return match;
  }
  return cleaned;
}

/** Normalises a list and drops duplicates and blanks, keeping first-seen order. */
export function normalizeSkills(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const item of raw) {
    const name = normalizeSkill(item);
    if (name) seen.add(name);
  }
  return [...seen];
}

export function isCanonicalSkill(name: string): boolean {
  return INDEX.get(fold(name)) === name;
}

export function skillCategory(name: string): SkillCategory | undefined {
  return SKILLS.find((s) => s.name === name)?.category;
}

/**
 * Canonical skills for an autocomplete: an alias typed ("k8s") finds its skill; prefix matches
 * come first, then substring matches, each by market frequency.
 */
export function searchSkills(query: string, limit = 10): string[] {
  const key = fold(query);
  if (!key) return [];
  const aliased = INDEX.get(key);
  const scored: Array<[string, number]> = [];
  for (const skill of SKILLS) {
    const folded = fold(skill.name);
    const rank = skill.name === aliased ? 0 : folded.startsWith(key) ? 1 : folded.includes(key) ? 2 : -1;
    if (rank >= 0) scored.push([skill.name, rank * 1000 - skill.weight]);
  }
  return scored
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([name]) => name);
}
