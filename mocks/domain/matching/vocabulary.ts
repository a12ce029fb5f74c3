import { isCanonicalSkill } from '../../../src/model/skills';

/**
 * What matching knows about skills beyond their spellings (src/model/skills-data.ts), as data:
 * - PARENTS: holding the child implies knowing the parent, so an offer asking for the parent gives
 *   partial credit to a holder of the child (Spring Boot → Java), never the other way round;
 * - ALTERNATIVES: skills a practitioner of one picks up quickly in another (React / Vue.js,
 *   AWS / Azure): small credit, the rubric's "close sibling";
 * - ROLES: the words of job titles and headlines in French and English, folded onto one term
 *   ("développeur", "developer" → developer), each with how much it tells about the job.
 * tests/matching/vocabulary.test.ts checks every name is a canonical skill.
 */

// biome-ignore format: a table reads better dense
export const PARENTS: Readonly<Record<string, readonly string[]>> = {
  'Spring Boot': ['Spring', 'Java'], Spring: ['Java'], Hibernate: ['Java'], Quarkus: ['Java'], Maven: ['Java'],
  Gradle: ['Java'], JUnit: ['Java'], TestNG: ['Java'], Akka: ['Scala'],
  'Jetpack Compose': ['Android', 'Kotlin'], SwiftUI: ['Swift', 'iOS'], UIKit: ['Swift', 'iOS'], Combine: ['Swift'],
  Xcode: ['iOS'], XCTest: ['iOS'], RxSwift: ['Swift'], 'Core Data': ['iOS'], Swift: ['iOS'], 'Objective-C': ['iOS'],
  Flutter: ['Dart'], 'React Native': ['React', 'JavaScript'],
  Django: ['Python'], Flask: ['Python'], FastAPI: ['Python'], 'Django REST Framework': ['Django', 'Python'],
  SQLAlchemy: ['Python'], Celery: ['Python'], Pandas: ['Python'], NumPy: ['Python'], Pytest: ['Python'],
  PySpark: ['Spark', 'Python'], 'scikit-learn': ['Machine Learning', 'Python'],
  TensorFlow: ['Deep Learning', 'Machine Learning'], PyTorch: ['Deep Learning', 'Machine Learning'],
  Keras: ['Deep Learning', 'Machine Learning'], XGBoost: ['Machine Learning'], 'Deep Learning': ['Machine Learning'],
  Transformers: ['NLP', 'Deep Learning'], spaCy: ['NLP', 'Python'], LLM: ['NLP', 'Machine Learning'], RAG: ['LLM'],
  NLP: ['Machine Learning'], 'Computer Vision': ['Deep Learning'], OpenCV: ['Computer Vision'], MLflow: ['MLOps'],
  Kubeflow: ['MLOps', 'Kubernetes'], 'AWS SageMaker': ['AWS', 'MLOps'], 'Azure ML': ['Azure', 'MLOps'],
  MLOps: ['Machine Learning'],
  Symfony: ['PHP'], Laravel: ['PHP'], 'API Platform': ['Symfony', 'PHP'], Doctrine: ['PHP'], PHPUnit: ['PHP'],
  Pest: ['PHP'], Drupal: ['PHP'], WordPress: ['PHP'], Magento: ['PHP'], Livewire: ['Laravel'],
  React: ['JavaScript'], 'Next.js': ['React'], Redux: ['React'], Angular: ['TypeScript'], NgRx: ['Angular', 'RxJS'],
  'Vue.js': ['JavaScript'], Nuxt: ['Vue.js'], Svelte: ['JavaScript'], 'Node.js': ['JavaScript'], Express: ['Node.js'],
  NestJS: ['Node.js', 'TypeScript'], TypeScript: ['JavaScript'], jQuery: ['JavaScript'], Jest: ['JavaScript'],
  Sass: ['CSS'], 'Tailwind CSS': ['CSS'], Bootstrap: ['CSS'],
  Cypress: ['Test Automation'], Playwright: ['Test Automation'], Selenium: ['Test Automation'],
  Appium: ['Test Automation'], 'Robot Framework': ['Test Automation'], Cucumber: ['Test Automation'],
  ISTQB: ['Manual Testing'], 'HP ALM': ['Manual Testing'], 'Squash TM': ['Manual Testing'],
  TestRail: ['Manual Testing'], Xray: ['Jira'],
  'ASP.NET Core': ['.NET', 'C#'], '.NET': ['C#'], 'Entity Framework': ['.NET'], WPF: ['.NET', 'C#'],
  WinForms: ['.NET', 'C#'], Xamarin: ['C#'], 'Ruby on Rails': ['Ruby'],
  Kubernetes: ['Docker'], OpenShift: ['Kubernetes'], AKS: ['Kubernetes', 'Azure'], EKS: ['Kubernetes', 'AWS'],
  GKE: ['Kubernetes', 'Google Cloud'], Helm: ['Kubernetes'], ArgoCD: ['Kubernetes', 'CI/CD'],
  'AWS Lambda': ['AWS', 'Serverless'], 'AWS S3': ['AWS'], 'Azure Functions': ['Azure', 'Serverless'], Bicep: ['Azure'],
  CloudFormation: ['AWS'], DynamoDB: ['AWS'], 'Entra ID': ['Azure'], 'Azure DevOps': ['CI/CD'],
  'GitLab CI': ['CI/CD', 'Git'], 'GitHub Actions': ['CI/CD', 'Git'], Jenkins: ['CI/CD'],
  'Red Hat': ['Linux'], 'Embedded Linux': ['Linux'], Yocto: ['Embedded Linux'], 'Kali Linux': ['Linux'],
  'Windows Server': ['Windows'], 'Active Directory': ['Windows Server'], Exchange: ['Windows Server'],
  SCCM: ['Windows Server'], 'Hyper-V': ['Windows Server'], Intune: ['Office 365'],
  PostgreSQL: ['SQL'], MySQL: ['SQL'], MariaDB: ['MySQL', 'SQL'], Oracle: ['SQL'], 'SQL Server': ['SQL'],
  'PL/SQL': ['Oracle', 'SQL'], SQLite: ['SQL'], Snowflake: ['SQL'], dbt: ['SQL'], Redshift: ['AWS', 'SQL'],
  BigQuery: ['Google Cloud', 'SQL'], 'Azure SQL': ['SQL Server', 'Azure'], Hive: ['Hadoop', 'SQL'], HDFS: ['Hadoop'],
  Cloudera: ['Hadoop'], Oozie: ['Hadoop'], Databricks: ['Spark'], SSIS: ['SQL Server', 'ETL'], SSAS: ['SQL Server'],
  SSRS: ['SQL Server'], 'Always On': ['SQL Server'], RMAN: ['Oracle'], 'Data Guard': ['Oracle'],
  'Oracle RAC': ['Oracle'], Exadata: ['Oracle'], 'Oracle Forms': ['Oracle', 'PL/SQL'], Patroni: ['PostgreSQL'],
  Talend: ['ETL'], 'Azure Data Factory': ['Azure', 'ETL'], DAX: ['Power BI'], 'Power Query': ['Power BI'],
  CCNA: ['Cisco'], CCNP: ['Cisco', 'Routing & Switching'], Meraki: ['Cisco'], BGP: ['Routing & Switching'],
  OSPF: ['Routing & Switching'], MPLS: ['Routing & Switching'], VLAN: ['LAN/WAN'],
  Splunk: ['SIEM'], QRadar: ['SIEM'], 'Microsoft Sentinel': ['SIEM'], CrowdStrike: ['EDR'], SentinelOne: ['EDR'],
  'Defender for Endpoint': ['EDR'], 'Threat Hunting': ['Incident Response'], Forensics: ['Incident Response'],
  'Burp Suite': ['Pentest'], Metasploit: ['Pentest'], OSCP: ['Pentest'], BloodHound: ['Pentest', 'Active Directory'],
  'Red Team': ['Pentest'], KQL: ['Microsoft Sentinel'],
  'S/4HANA': ['SAP'], 'SAP FI': ['SAP'], 'SAP CO': ['SAP'], 'SAP MM': ['SAP'], 'SAP SD': ['SAP'], 'SAP BW': ['SAP'],
  'SAP ECC': ['SAP'], 'SAP BO': ['SAP'], ABAP: ['SAP'], 'SAP Fiori': ['SAP'], SAPUI5: ['SAP Fiori', 'JavaScript'],
  'CDS Views': ['ABAP'], BAPI: ['ABAP'], IDoc: ['SAP'], 'Adobe Forms': ['ABAP'], Smartforms: ['ABAP'],
  Apex: ['Salesforce'], LWC: ['Salesforce', 'JavaScript'], SOQL: ['Salesforce'], Visualforce: ['Salesforce'],
  'Sales Cloud': ['Salesforce'], 'Service Cloud': ['Salesforce'], 'Marketing Cloud': ['Salesforce'],
  'Salesforce CPQ': ['Salesforce'], AMPscript: ['Marketing Cloud'], 'Power Apps': ['Power Platform'],
  'Power Automate': ['Power Platform'], Dataverse: ['Power Platform', 'Dynamics 365'],
  FreeRTOS: ['RTOS'], Zephyr: ['RTOS'], STM32: ['ARM Cortex-M'], AUTOSAR: ['C'], MISRA: ['C'], CANoe: ['CAN'],
  Simulink: ['Matlab'], Stateflow: ['Simulink'], Qt: ['C++'], Boost: ['C++'], VHDL: ['FPGA'],
  PMO: ['Project Management'], 'MS Project': ['Project Management'], PRINCE2: ['Project Management'],
  PMP: ['Project Management'], SAFe: ['Agile'], Scrum: ['Agile'], Kanban: ['Agile'], 'Agile Coaching': ['Agile'],
  'User Stories': ['Agile'], 'Backlog Management': ['Agile'], 'Product Discovery': ['Product Management'],
  Roadmap: ['Product Management'], GLPI: ['IT Support'], ServiceNow: ['ITIL'],
};

// biome-ignore format: a table reads better dense
export const ALTERNATIVES: readonly (readonly string[])[] = [
  ['React', 'Angular', 'Vue.js', 'Svelte'], ['Redux', 'NgRx'], ['Next.js', 'Nuxt'], ['Jest', 'Jasmine'],
  ['Cypress', 'Playwright', 'Selenium'], ['Symfony', 'Laravel'], ['Django', 'Flask', 'FastAPI'],
  ['Express', 'NestJS'], ['Spring Boot', 'Quarkus'], ['Java', 'Kotlin'], ['Java', 'C#'], ['Swift', 'Objective-C'],
  ['Flutter', 'React Native'], ['SwiftUI', 'UIKit'], ['AWS', 'Azure', 'Google Cloud'],
  ['AKS', 'EKS', 'GKE', 'OpenShift'], ['Terraform', 'Bicep', 'CloudFormation', 'Pulumi'], ['Ansible', 'Puppet'],
  ['GitLab CI', 'GitHub Actions', 'Jenkins', 'Azure DevOps'], ['Prometheus', 'Datadog', 'Nagios', 'Centreon', 'Zabbix'],
  ['VMware', 'Hyper-V', 'KVM', 'Proxmox'], ['PostgreSQL', 'MySQL', 'MariaDB', 'Oracle', 'SQL Server'],
  ['MongoDB', 'Cassandra', 'DynamoDB'], ['Kafka', 'RabbitMQ'], ['Snowflake', 'BigQuery', 'Redshift', 'Databricks'],
  ['Power BI', 'Tableau', 'Qlik', 'Looker', 'SAP BO'], ['SSIS', 'Talend', 'Azure Data Factory'],
  ['PyTorch', 'TensorFlow', 'Keras'], ['Cisco', 'Juniper'], ['Fortinet', 'Palo Alto', 'Check Point'],
  ['Splunk', 'QRadar', 'Microsoft Sentinel'], ['CrowdStrike', 'SentinelOne', 'Defender for Endpoint'],
  ['Salesforce', 'Dynamics 365'], ['GLPI', 'ServiceNow'], ['HP ALM', 'Squash TM', 'TestRail', 'Xray'],
  ['PRINCE2', 'PMP'], ['Scrum', 'Kanban', 'SAFe'], ['JUnit', 'TestNG'], ['PHPUnit', 'Pest'], ['FreeRTOS', 'Zephyr'],
  ['Splunk', 'ELK'], ['Windows Server', 'Red Hat'],
];

export interface RoleTerm {
  /** The term's key, as matching stores it ("role:developer"). */
  key: string;
  /** How much the word says about the job: generic words (developer, engineer) little. */
  weight: number;
  /** Spellings, folded (lower case, no accents), several words allowed. */
  spellings: readonly string[];
}

// biome-ignore format: a table reads better dense
export const ROLES: readonly RoleTerm[] = [
  { key: 'developer', weight: 0.6, spellings: ['developpeur', 'developpeuse', 'developer', 'developers', 'dev', 'programmeur', 'programmer', 'developpement', 'development'] },
  { key: 'engineer', weight: 0.4, spellings: ['ingenieur', 'ingenieure', 'engineer', 'engineers', 'engineering'] },
  { key: 'software', weight: 0.5, spellings: ['logiciel', 'logiciels', 'software'] },
  { key: 'frontend', weight: 1.5, spellings: ['front end', 'frontend', 'front', 'integrateur', 'integratrice', 'ui engineer'] },
  { key: 'backend', weight: 1.2, spellings: ['back end', 'backend', 'back'] },
  { key: 'fullstack', weight: 1.5, spellings: ['full stack', 'fullstack'] },
  { key: 'mobile', weight: 1.5, spellings: ['mobile', 'mobiles'] },
  { key: 'web', weight: 0.8, spellings: ['web'] },
  { key: 'data', weight: 1, spellings: ['data', 'donnees'] },
  { key: 'data-engineer', weight: 2, spellings: ['data engineer', 'ingenieur data', 'ingenieur big data', 'big data', 'analytics engineer', 'data engineering'] },
  { key: 'data-analyst', weight: 2, spellings: ['data analyst', 'analyste de donnees', 'analyste decisionnel', 'decisionnel', 'business intelligence', 'bi', 'consultant bi', 'developpeur bi', 'bi developer', 'reporting', 'tableaux de bord', 'dashboards'] },
  { key: 'data-scientist', weight: 2, spellings: ['data scientist', 'data science', 'scientifique des donnees'] },
  { key: 'ml-engineer', weight: 2, spellings: ['machine learning engineer', 'ml engineer', 'ingenieur ml', 'ingenieur machine learning', 'ingenieur ia', 'ai engineer', 'mlops engineer', 'ingenieur mlops'] },
  { key: 'devops', weight: 2, spellings: ['devops', 'sre', 'site reliability', 'platform engineer', 'ingenieur devops'] },
  { key: 'cloud', weight: 1.2, spellings: ['cloud'] },
  { key: 'systems', weight: 1.5, spellings: ['systeme', 'systemes', 'systems', 'system', 'sysadmin', 'admin sys', 'infrastructure', 'infrastructures', 'infra', 'serveurs', 'servers'] },
  { key: 'administrator', weight: 1.2, spellings: ['administrateur', 'administratrice', 'administrator', 'admin', 'administration', 'administrez'] },
  { key: 'network', weight: 2, spellings: ['reseau', 'reseaux', 'network', 'networks', 'networking', 'telecom', 'telecoms', 'telecommunications'] },
  { key: 'security', weight: 1.5, spellings: ['securite', 'security', 'cybersecurite', 'cybersecurity', 'cyber'] },
  { key: 'soc', weight: 2.5, spellings: ['soc', 'security operations', 'analyste soc', 'soc analyst'] },
  { key: 'pentest', weight: 2.5, spellings: ['pentester', 'pentest', 'tests d intrusion', 'test d intrusion', 'auditeur', 'auditor', 'securite offensive', 'audit offensif', 'offensive', 'red team'] },
  { key: 'consultant', weight: 0.5, spellings: ['consultant', 'consultante', 'consulting'] },
  { key: 'functional', weight: 1, spellings: ['fonctionnel', 'fonctionnelle', 'functional'] },
  { key: 'tester', weight: 2, spellings: ['testeur', 'testeuse', 'tester', 'test', 'tests', 'qa', 'quality assurance', 'automaticien', 'automaticienne', 'validation', 'sdet', 'test analyst'] },
  { key: 'automation', weight: 1, spellings: ['automatisation', 'automation'] },
  { key: 'embedded', weight: 2.5, spellings: ['embarque', 'embarquee', 'embarques', 'embedded', 'firmware'] },
  { key: 'product-owner', weight: 2.5, spellings: ['product owner', 'po', 'proxy po'] },
  { key: 'product-manager', weight: 2, spellings: ['product manager', 'chef de produit', 'product management'] },
  { key: 'scrum-master', weight: 2.5, spellings: ['scrum master', 'coach agile', 'agile coach'] },
  { key: 'project-manager', weight: 2, spellings: ['chef de projet', 'chef de projets', 'project manager', 'programme manager', 'directeur de projet', 'pmo', 'gestion de projet', 'pilotez des projets'] },
  { key: 'business-analyst', weight: 2, spellings: ['business analyst', 'analyste metier', 'moa', 'amoa'] },
  { key: 'support', weight: 2, spellings: ['support', 'helpdesk', 'help desk', 'service desk', 'hotline'] },
  { key: 'technician', weight: 2, spellings: ['technicien', 'technicienne', 'technician'] },
  { key: 'dba', weight: 3, spellings: ['dba', 'administrateur bases de donnees', 'administrateur de bases de donnees', 'administratrice bases de donnees', 'database administrator', 'bases de donnees', 'base de donnees', 'bases oracle', 'instances sql server'] },
  { key: 'architect', weight: 1.5, spellings: ['architecte', 'architect'] },
  { key: 'lead', weight: 1.2, spellings: ['lead', 'tech lead', 'lead dev', 'team lead', 'lead developer', 'encadrez'] },
  { key: 'analyst', weight: 1, spellings: ['analyste', 'analyst'] },
  { key: 'designer', weight: 2, spellings: ['designer', 'ux', 'ui'] },
  { key: 'erp', weight: 1.5, spellings: ['erp'] },
  { key: 'crm', weight: 1.5, spellings: ['crm'] },
  { key: 'electronics', weight: 2, spellings: ['electronique', 'electronics', 'electronic'] },
];

/** Tokens of a text for the role vocabulary: folded, words only. */
export function roleTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const ROLE_OF = new Map<string, RoleTerm>();
for (const role of ROLES) for (const spelling of role.spellings) ROLE_OF.set(spelling, role);
const MAX_ROLE_WORDS = Math.max(...[...ROLE_OF.keys()].map((s) => s.split(' ').length));
/** First words of the several-word spellings: only these start a phrase lookup. */
const ROLE_STARTS = new Set([...ROLE_OF.keys()].filter((s) => s.includes(' ')).map((s) => s.split(' ')[0]));
/** Headlines and summaries repeat a lot across a pool: each text is read once (bounded). */
const roleMemo = new Map<string, RoleTerm[]>();

/** The role terms a text names ("Ingénieur DevOps / SRE" → engineer, devops), longest phrase first. */
export function findRoles(text: string): RoleTerm[] {
  const known = roleMemo.get(text);
  if (known) return known;
  const tokens = roleTokens(text);
  const found = new Set<RoleTerm>();
  let i = 0;
  while (i < tokens.length) {
    let step = 1;
    const longest = ROLE_STARTS.has(tokens[i]) ? Math.min(MAX_ROLE_WORDS, tokens.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const role = ROLE_OF.get(n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' '));
      if (role) {
        found.add(role);
        step = n;
        break;
      }
    }
    i += step;
  }
  if (roleMemo.size > 50_000) roleMemo.clear();
  const roles = [...found];
  roleMemo.set(text, roles);
  return roles;
}

export const ROLE_PREFIX = 'role:';
export const ROLE_WEIGHT = new Map(ROLES.map((r) => [`${ROLE_PREFIX}${r.key}`, r.weight]));

const PARENTS_OF = new Map(Object.entries(PARENTS));
const ALTERNATIVES_OF = new Map<string, Set<string>>();
for (const group of ALTERNATIVES)
  for (const skill of group) {
    const others = ALTERNATIVES_OF.get(skill) ?? new Set<string>();
    for (const other of group) if (other !== skill) others.add(other);
    ALTERNATIVES_OF.set(skill, others);
  }

export const parentsOf = (skill: string): readonly string[] => PARENTS_OF.get(skill) ?? [];
export const alternativesOf = (skill: string): ReadonlySet<string> => ALTERNATIVES_OF.get(skill) ?? new Set();

/** Names in the tables that are not canonical skills: none, or a spelling slipped in. */
export function unknownSkillNames(): string[] {
  const names = [...Object.keys(PARENTS), ...Object.values(PARENTS).flat(), ...ALTERNATIVES.flat()];
  return [...new Set(names)].filter((name) => !isCanonicalSkill(name));
}
