/**
 * The skill vocabulary as data: every job family Free-Work publishes, each skill with its market
 * frequency and the spellings people write in French and English. src/model/skills.ts reads it;
 * tests/api/skills.test.ts checks it (no spelling points at two skills, every alias at a skill).
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
  | 'systems'
  | 'network'
  | 'testing'
  | 'security'
  | 'erp'
  | 'crm'
  | 'embedded'
  | 'management'
  | 'support'
  | 'practice';

// [name, weight] per category: compact to read and to review. Weight: relative frequency in job
// offers (JavaScript = 100).
// biome-ignore format: a table reads better dense
export const BY_CATEGORY: Record<SkillCategory, Array<[string, number]>> = {
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
    ['GraphQL', 20], ['Figma', 12], ['NgRx', 8], ['Bootstrap', 6], ['Nx', 2], ['Sketch', 2],
    ['Adobe XD', 2], ['Design System', 3], ['SEO', 4], ['Photoshop', 2],
  ],
  backend: [
    ['Node.js', 60], ['Spring Boot', 50], ['Spring', 35], ['Symfony', 35], ['Laravel', 15],
    ['Django', 20], ['Flask', 10], ['FastAPI', 12], ['.NET', 45], ['ASP.NET Core', 20],
    ['Express', 15], ['NestJS', 15], ['Ruby on Rails', 8], ['Hibernate', 15], ['Quarkus', 5],
    ['Microservices', 30], ['REST', 40], ['gRPC', 6], ['Kafka', 25], ['RabbitMQ', 12],
    ['API Platform', 5], ['Drupal', 5], ['WordPress', 8], ['Magento', 4], ['Entity Framework', 8],
    ['WPF', 4], ['WinForms', 2], ['Doctrine', 3], ['Django REST Framework', 4], ['SQLAlchemy', 3],
    ['Celery', 3], ['Maven', 8], ['Gradle', 4], ['SOAP', 4], ['Akka', 1], ['Livewire', 1],
    ['Software Architecture', 6], ['OData', 2], ['Unity', 3],
  ],
  mobile: [
    ['Android', 20], ['iOS', 20], ['React Native', 15], ['Flutter', 12], ['SwiftUI', 6],
    ['Jetpack Compose', 5], ['Ionic', 4], ['Xamarin', 3], ['UIKit', 5], ['Combine', 2], ['Xcode', 4],
    ['Firebase', 8], ['RxSwift', 1], ['Fastlane', 2], ['Core Data', 2], ['XCTest', 2],
  ],
  data: [
    ['Spark', 20], ['Hadoop', 8], ['Airflow', 12], ['dbt', 10], ['Pandas', 18], ['NumPy', 10],
    ['scikit-learn', 10], ['TensorFlow', 10], ['PyTorch', 12], ['Machine Learning', 25],
    ['Deep Learning', 8], ['NLP', 6], ['LLM', 8], ['Power BI', 20], ['Tableau', 12], ['Looker', 4],
    ['Databricks', 10], ['Snowflake', 10], ['BigQuery', 8], ['Talend', 6], ['Data Modeling', 8],
    ['ETL', 15], ['Qlik', 4], ['PySpark', 8], ['Hive', 4], ['HDFS', 3], ['Cloudera', 2], ['Oozie', 1],
    ['Redshift', 4], ['Azure Data Factory', 6], ['SSIS', 8], ['SSAS', 3], ['SSRS', 4], ['DAX', 6],
    ['Power Query', 4], ['SAP BO', 3], ['Excel', 25], ['Google Analytics', 4], ['Keras', 4],
    ['Transformers', 4], ['spaCy', 2], ['OpenCV', 3], ['Computer Vision', 4], ['MLflow', 4],
    ['Kubeflow', 2], ['MLOps', 6], ['AWS SageMaker', 3], ['Azure ML', 2], ['XGBoost', 3], ['RAG', 3],
    ['Statistics', 4],
  ],
  database: [
    ['PostgreSQL', 45], ['MySQL', 35], ['Oracle', 25], ['SQL Server', 25], ['MongoDB', 25],
    ['Redis', 20], ['Elasticsearch', 18], ['Cassandra', 4], ['DynamoDB', 5], ['MariaDB', 6],
    ['SQLite', 3], ['Neo4j', 2], ['RMAN', 2], ['Data Guard', 2], ['Oracle RAC', 2], ['Exadata', 1],
    ['Always On', 3], ['Patroni', 1], ['Azure SQL', 3], ['Oracle Forms', 1],
  ],
  cloud: [
    ['AWS', 50], ['Azure', 40], ['Google Cloud', 20], ['AWS Lambda', 8], ['AWS S3', 6],
    ['Serverless', 8], ['OpenShift', 6], ['OVHcloud', 3], ['Cloudflare', 3], ['AKS', 3], ['EKS', 3],
    ['GKE', 2], ['Azure Functions', 3], ['Bicep', 2], ['CloudFormation', 3], ['Pulumi', 1],
    ['Entra ID', 3],
  ],
  devops: [
    ['Docker', 55], ['Kubernetes', 45], ['Terraform', 25], ['Ansible', 18], ['Jenkins', 20],
    ['GitLab CI', 20], ['GitHub Actions', 12], ['CI/CD', 35], ['Git', 40], ['Linux', 35],
    ['Helm', 10], ['Prometheus', 10], ['Grafana', 10], ['ArgoCD', 6], ['Nginx', 8],
    ['Datadog', 5], ['Puppet', 3], ['Vault', 4], ['ELK', 8], ['SRE', 8], ['Azure DevOps', 10],
    ['SonarQube', 4],
  ],
  systems: [
    ['Windows Server', 15], ['Windows', 10], ['Red Hat', 8], ['VMware', 15], ['Hyper-V', 4],
    ['KVM', 2], ['Proxmox', 1], ['Veeam', 3], ['Exchange', 3], ['Office 365', 10], ['Intune', 3],
    ['SCCM', 3], ['Nagios', 3], ['Centreon', 2], ['Zabbix', 3], ['Citrix', 3],
    ['Workstation deployment', 3],
  ],
  network: [
    ['Cisco', 12], ['CCNA', 6], ['CCNP', 4], ['Juniper', 3], ['Fortinet', 6], ['Palo Alto', 4],
    ['Check Point', 2], ['BGP', 5], ['OSPF', 4], ['MPLS', 3], ['SD-WAN', 4], ['VLAN', 5],
    ['LAN/WAN', 5], ['Wi-Fi', 4], ['Aruba', 2], ['Meraki', 2], ['VPN', 4], ['TCP/IP', 6],
    ['ToIP', 3], ['Cabling', 3], ['Fibre optics', 2], ['Routing & Switching', 4], ['Wireshark', 3],
  ],
  testing: [
    ['Jest', 15], ['Cypress', 10], ['Playwright', 6], ['Selenium', 12], ['JUnit', 12],
    ['PHPUnit', 5], ['Pytest', 6], ['TDD', 12], ['Cucumber', 5], ['JMeter', 4], ['TestNG', 2],
    ['Robot Framework', 2], ['Postman', 5], ['SoapUI', 1], ['Appium', 2], ['HP ALM', 2],
    ['Squash TM', 1], ['Xray', 2], ['TestRail', 1], ['ISTQB', 4], ['Manual Testing', 8],
    ['Test Automation', 6], ['Testing Library', 4], ['Jasmine', 2], ['Karma', 1], ['Pest', 1],
  ],
  security: [
    ['Cybersecurity', 12], ['OWASP', 5], ['IAM', 6], ['SIEM', 5], ['Pentest', 5], ['ISO 27001', 4],
    ['OAuth', 6], ['Active Directory', 8], ['Splunk', 5], ['QRadar', 3], ['Microsoft Sentinel', 3],
    ['EDR', 4], ['CrowdStrike', 2], ['SentinelOne', 1], ['Defender for Endpoint', 2],
    ['Incident Response', 4], ['MITRE ATT&CK', 2], ['Threat Hunting', 2], ['Forensics', 2],
    ['Burp Suite', 3], ['Kali Linux', 2], ['Metasploit', 2], ['OSCP', 2], ['BloodHound', 1],
    ['Red Team', 1], ['EBIOS', 2], ['PSSI', 1], ['GDPR', 4], ['KQL', 1],
  ],
  erp: [
    ['SAP', 15], ['ServiceNow', 6], ['Odoo', 3], ['S/4HANA', 6], ['SAP FI', 5], ['SAP CO', 4],
    ['SAP MM', 4], ['SAP SD', 4], ['SAP BW', 2], ['SAP ECC', 3], ['ABAP', 5], ['SAP Fiori', 3],
    ['SAPUI5', 2], ['CDS Views', 2], ['BAPI', 1], ['IDoc', 1], ['Adobe Forms', 1], ['Smartforms', 1],
    ['ERP', 6],
  ],
  crm: [
    ['Salesforce', 12], ['Dynamics 365', 5], ['Apex', 4], ['LWC', 3], ['SOQL', 2], ['Visualforce', 2],
    ['Sales Cloud', 3], ['Service Cloud', 2], ['Marketing Cloud', 2], ['Salesforce CPQ', 1],
    ['AMPscript', 1], ['HubSpot', 2], ['Power Platform', 4], ['Power Apps', 4],
    ['Power Automate', 3], ['Dataverse', 2], ['SharePoint', 4], ['Zendesk', 2],
  ],
  embedded: [
    ['RTOS', 4], ['FreeRTOS', 3], ['Zephyr', 1], ['ARM Cortex-M', 3], ['STM32', 2], ['SPI', 2],
    ['I2C', 2], ['UART', 2], ['CAN', 3], ['LIN', 1], ['AUTOSAR', 3], ['ISO 26262', 2], ['MISRA', 2],
    ['CANoe', 1], ['Yocto', 2], ['Embedded Linux', 4], ['JTAG', 1], ['VHDL', 2], ['FPGA', 2],
    ['Matlab', 4], ['Simulink', 2], ['Stateflow', 1], ['LabVIEW', 1], ['Altium', 1], ['Qt', 3],
    ['Boost', 1], ['IEC 62304', 1],
  ],
  management: [
    ['Project Management', 12], ['PMO', 4], ['MS Project', 4], ['PRINCE2', 3], ['PMP', 3],
    ['Budget Management', 2], ['Risk Management', 2], ['Stakeholder Management', 2],
    ['Vendor Management', 1], ['Business Analysis', 4], ['BPMN', 2], ['Product Management', 6],
    ['Product Discovery', 2], ['User Stories', 3], ['Backlog Management', 2], ['Roadmap', 2],
    ['A/B Testing', 2], ['Amplitude', 1], ['Confluence', 10], ['Miro', 2], ['Notion', 1],
    ['Trello', 2], ['Agile Coaching', 3], ['Lean', 2],
  ],
  support: [['IT Support', 10], ['GLPI', 4]],
  practice: [
    ['Agile', 35], ['Scrum', 30], ['Kanban', 8], ['DevOps', 20], ['UML', 5], ['Jira', 15],
    ['DDD', 8], ['Clean Architecture', 6], ['SAFe', 6], ['ITIL', 6], ['UX Design', 8],
  ],
};

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
  'Apache Spark': 'Spark', 'Apache Airflow': 'Airflow', sklearn: 'scikit-learn',
  'Scikit Learn': 'scikit-learn', TF: 'TensorFlow', ML: 'Machine Learning', IA: 'Machine Learning',
  AI: 'Machine Learning', GenAI: 'LLM', PowerBI: 'Power BI', GCP: 'Google Cloud',
  'Google Cloud Platform': 'Google Cloud', 'Amazon Web Services': 'AWS', EC2: 'AWS', S3: 'AWS S3',
  Lambda: 'AWS Lambda', 'Microsoft Azure': 'Azure', OVH: 'OVHcloud', 'Gitlab-CI': 'GitLab CI',
  GitLab: 'GitLab CI', 'CI CD': 'CI/CD', 'Continuous Integration': 'CI/CD',
  Argo: 'ArgoCD', 'Argo CD': 'ArgoCD', 'ELK Stack': 'ELK', Kibana: 'ELK', 'Unix': 'Linux',
  Shell: 'Bash', 'Shell Scripting': 'Bash', Sélénium: 'Selenium', 'Test Driven Development': 'TDD',
  Cyber: 'Cybersecurity', 'Cyber Security': 'Cybersecurity', 'Cybersécurité': 'Cybersecurity',
  AD: 'Active Directory', 'OAuth2': 'OAuth', 'Sales Force': 'Salesforce', 'SAP S/4HANA': 'S/4HANA',
  'SAP HANA': 'SAP', 'Agilité': 'Agile', 'Méthode Agile': 'Agile', 'Domain Driven Design': 'DDD',
  Swift5: 'Swift', 'Jetpack': 'Jetpack Compose',
  Cordova: 'Ionic', Pytorch: 'PyTorch', 'Pandas DataFrame': 'Pandas', WP: 'WordPress',
  'UX': 'UX Design', 'UI/UX': 'UX Design',
  // Languages and back-end, as written on job boards
  'Java EE': 'Java', JEE: 'Java', J2EE: 'Java', 'Jakarta EE': 'Java', 'Spring Batch': 'Spring',
  'Spring Data': 'Spring', 'Spring MVC': 'Spring', 'Kafka Streams': 'Kafka', 'Entity Framework Core': 'Entity Framework',
  EF: 'Entity Framework', 'EF Core': 'Entity Framework', '.NET Framework': '.NET', 'Windows Forms': 'WinForms',
  DRF: 'Django REST Framework', 'Django Rest': 'Django REST Framework', 'Docker Compose': 'Docker',
  'Docker-compose': 'Docker', 'Architecture logicielle': 'Software Architecture',
  'Architecture microservices': 'Microservices', 'Micro-services': 'Microservices', 'Apollo': 'GraphQL',
  'Nest.js': 'NestJS', 'Redux Toolkit': 'Redux', 'Styled Components': 'CSS',
  'React Testing Library': 'Testing Library', 'Objective-C++': 'Objective-C', 'Core ML': 'iOS',
  'Swift UI': 'SwiftUI', 'Android SDK': 'Android', 'Kotlin Coroutines': 'Kotlin', 'App Store': 'iOS',
  'Play Store': 'Android', 'Firebase Cloud Messaging': 'Firebase', 'Flutter/Dart': 'Flutter',
  // Data and AI
  'Spark Streaming': 'Spark', 'Spark SQL': 'Spark', 'Apache Hive': 'Hive', 'Apache Hadoop': 'Hadoop',
  'Cloudera CDP': 'Cloudera', 'dbt core': 'dbt', 'dbt Cloud': 'dbt', 'Google BigQuery': 'BigQuery',
  'Amazon Redshift': 'Redshift', ADF: 'Azure Data Factory', 'Power Pivot': 'Power BI', 'Power BI Desktop': 'Power BI',
  'Tableau Software': 'Tableau', 'Tableau Desktop': 'Tableau', 'Qlik Sense': 'Qlik', QlikView: 'Qlik',
  'Business Objects': 'SAP BO', BusinessObjects: 'SAP BO', 'SAP BusinessObjects': 'SAP BO', 'MS Excel': 'Excel',
  'Microsoft Excel': 'Excel', TCD: 'Excel', 'Hugging Face': 'Transformers', HuggingFace: 'Transformers',
  'HuggingFace Transformers': 'Transformers', 'Hugging Face Transformers': 'Transformers', BERT: 'Transformers',
  'Traitement automatique des langues': 'NLP', TAL: 'NLP', 'Natural Language Processing': 'NLP',
  'Large Language Models': 'LLM', LLMs: 'LLM', GPT: 'LLM', SageMaker: 'AWS SageMaker', 'Amazon SageMaker': 'AWS SageMaker',
  'Azure Machine Learning': 'Azure ML', 'Vision par ordinateur': 'Computer Vision', 'ML Ops': 'MLOps',
  'Apprentissage automatique': 'Machine Learning', 'Statistiques': 'Statistics', 'Data Visualisation': 'Tableau',
  'Modélisation de données': 'Data Modeling', 'Data Modelling': 'Data Modeling', 'Data warehouse': 'Data Modeling',
  // Databases
  'SQL Server Management Studio': 'SQL Server', SSMS: 'SQL Server', 'T-SQL': 'SQL Server', SQLServer: 'SQL Server',
  'AlwaysOn': 'Always On', 'AlwaysOn AG': 'Always On', 'Always-On': 'Always On', 'Availability Groups': 'Always On',
  DataGuard: 'Data Guard', 'Oracle Data Guard': 'Data Guard', RAC: 'Oracle RAC', OEM: 'Oracle',
  'Oracle Enterprise Manager': 'Oracle', 'Azure SQL Database': 'Azure SQL', dbatools: 'SQL Server',
  // Cloud, DevOps, systems
  'Amazon EKS': 'EKS', 'Azure Kubernetes Service': 'AKS', 'Google Kubernetes Engine': 'GKE', ECS: 'AWS',
  'AWS EMR': 'AWS', EMR: 'AWS', 'App Service': 'Azure', 'Key Vault': 'Azure', 'Service Bus': 'Azure',
  'Azure AD': 'Entra ID', 'Azure Active Directory': 'Entra ID', ADO: 'Azure DevOps', TFS: 'Azure DevOps',
  VSTS: 'Azure DevOps', 'Azure Pipelines': 'Azure DevOps', 'Azure DevOps pipelines': 'Azure DevOps',
  'GitLab CI/CD': 'GitLab CI', 'Gitlab CICD': 'GitLab CI', CKA: 'Kubernetes', 'Helm charts': 'Helm',
  'Ansible Tower': 'Ansible', AWX: 'Ansible', RHEL: 'Red Hat', RedHat: 'Red Hat',
  'Red Hat Enterprise Linux': 'Red Hat', 'Linux Red Hat': 'Red Hat', CentOS: 'Red Hat', Debian: 'Linux',
  Ubuntu: 'Linux', vSphere: 'VMware', ESXi: 'VMware', 'VMware vSphere': 'VMware', 'VMware ESXi': 'VMware',
  'Veeam Backup': 'Veeam', 'Microsoft Exchange': 'Exchange', O365: 'Office 365', Office365: 'Office 365',
  'Microsoft 365': 'Office 365', M365: 'Office 365', MECM: 'SCCM', GPO: 'Active Directory',
  'Windows 2008': 'Windows Server', 'Windows 2012': 'Windows Server', 'Windows 2016': 'Windows Server',
  'Windows 2019': 'Windows Server', 'Windows 2022': 'Windows Server',
  'Masterisation': 'Workstation deployment', 'Déploiement de postes': 'Workstation deployment', MDT: 'Workstation deployment',
  // Networks
  'Cisco IOS': 'Cisco', Catalyst: 'Cisco', 'Cisco Catalyst': 'Cisco', Nexus: 'Cisco', 'Cisco Nexus': 'Cisco',
  'Cisco ASA': 'Cisco', 'CCNP R&S': 'CCNP', 'CCNP Enterprise': 'CCNP', FortiGate: 'Fortinet', 'Palo Alto Networks': 'Palo Alto',
  Checkpoint: 'Check Point', SDWAN: 'SD-WAN', 'Silver Peak': 'SD-WAN', VLANs: 'VLAN', LAN: 'LAN/WAN', WAN: 'LAN/WAN',
  'Réseaux LAN': 'LAN/WAN', WiFi: 'Wi-Fi', WLAN: 'Wi-Fi', IPsec: 'VPN', 'VPN IPsec': 'VPN', VoIP: 'ToIP',
  'Téléphonie IP': 'ToIP', 'Câblage': 'Cabling', 'Câblage RJ45': 'Cabling', 'Câblage fibre': 'Fibre optics',
  'Fibre optique': 'Fibre optics', Fibre: 'Fibre optics', Fiber: 'Fibre optics', Routing: 'Routing & Switching',
  Switching: 'Routing & Switching', Routage: 'Routing & Switching', 'R&S': 'Routing & Switching',
  // Testing
  'Selenium WebDriver': 'Selenium', WebDriver: 'Selenium', Gherkin: 'Cucumber', BDD: 'Cucumber',
  'Quality Center': 'HP ALM', 'ALM': 'HP ALM', Squash: 'Squash TM', 'ISTQB Foundation': 'ISTQB', CTFL: 'ISTQB',
  'ISTQB CTFL': 'ISTQB', 'Tests fonctionnels': 'Manual Testing', 'Test fonctionnel': 'Manual Testing',
  'Test cases': 'Manual Testing', 'Cas de test': 'Manual Testing', Recette: 'Manual Testing',
  'Exploratory testing': 'Manual Testing', 'Regression testing': 'Manual Testing', 'Test Analysis': 'Manual Testing',
  'Tests de non-régression': 'Manual Testing', 'Automatisation des tests': 'Test Automation',
  'Tests automatisés': 'Test Automation',
  // Security
  'IBM QRadar': 'QRadar', Sentinel: 'Microsoft Sentinel', 'Azure Sentinel': 'Microsoft Sentinel',
  'CrowdStrike Falcon': 'CrowdStrike', MDE: 'Defender for Endpoint', 'Microsoft Defender': 'Defender for Endpoint',
  'Réponse à incident': 'Incident Response', 'Réponse aux incidents': 'Incident Response', 'MITRE': 'MITRE ATT&CK',
  'Forensic': 'Forensics', 'Analyse forensique': 'Forensics', Burp: 'Burp Suite', 'Burp Suite Pro': 'Burp Suite',
  Kali: 'Kali Linux', "Tests d'intrusion": 'Pentest', "Test d'intrusion": 'Pentest', 'Penetration testing': 'Pentest',
  Pentesting: 'Pentest', 'OWASP Top 10': 'OWASP', 'EBIOS RM': 'EBIOS', RGPD: 'GDPR', ISO27001: 'ISO 27001',
  // ERP and CRM
  S4HANA: 'S/4HANA', 'S4/HANA': 'S/4HANA', 'SAP S4HANA': 'S/4HANA', 'SAP S/4': 'S/4HANA', 'S/4': 'S/4HANA',
  'FI-GL': 'SAP FI', 'New GL': 'SAP FI', 'Asset Accounting': 'SAP FI', 'FI-AA': 'SAP FI', 'SAP Finance': 'SAP FI',
  'CO-PA': 'SAP CO', 'CO-PC': 'SAP CO', 'SAP Controlling': 'SAP CO', ECC: 'SAP ECC', 'SAP R/3': 'SAP ECC',
  'SAP ABAP': 'ABAP', 'ABAP OO': 'ABAP', 'ABAP Objects': 'ABAP', Fiori: 'SAP Fiori', UI5: 'SAPUI5', CDS: 'CDS Views',
  'ERP implementation': 'ERP', 'ERP rollout': 'ERP', 'SAP rollout': 'SAP', SFDC: 'Salesforce',
  'Salesforce Administrator': 'Salesforce', 'Salesforce Admin': 'Salesforce', 'Lightning Web Components': 'LWC',
  Lightning: 'LWC', 'Apex Triggers': 'Apex', SOSL: 'SOQL', CPQ: 'Salesforce CPQ', D365: 'Dynamics 365',
  'D365 CE': 'Dynamics 365', 'Dynamics CRM': 'Dynamics 365', 'Microsoft Dynamics': 'Dynamics 365',
  'Microsoft Dynamics CRM': 'Dynamics 365', 'MS Dynamics': 'Dynamics 365', PowerApps: 'Power Apps',
  'Microsoft Flow': 'Power Automate', 'Service Now': 'ServiceNow', SNOW: 'ServiceNow',
  // Embedded
  'ARM Cortex M': 'ARM Cortex-M', 'Cortex-M': 'ARM Cortex-M', ARM: 'ARM Cortex-M', 'CAN bus': 'CAN',
  'Bus CAN': 'CAN', 'AUTOSAR Classic': 'AUTOSAR', 'AUTOSAR Adaptive': 'AUTOSAR', 'Vector DaVinci': 'AUTOSAR',
  DaVinci: 'AUTOSAR', CANalyzer: 'CANoe', 'Vector CANalyzer': 'CANoe', 'MISRA-C': 'MISRA', 'MISRA C': 'MISRA',
  'Linux embarqué': 'Embedded Linux', 'C embarqué': 'C', 'Embedded C': 'C', 'Matlab/Simulink': 'Simulink',
  // Product, projects, agile
  'Gestion de projet': 'Project Management', 'Gestion de projets': 'Project Management',
  'Pilotage de projets': 'Project Management', 'Pilotage de projet': 'Project Management',
  'Conduite de projet': 'Project Management', 'Microsoft Project': 'MS Project', 'PRINCE2 Practitioner': 'PRINCE2',
  'Gestion budgétaire': 'Budget Management', Budgets: 'Budget Management', 'Gestion des risques': 'Risk Management',
  'Gestion des prestataires': 'Vendor Management', 'Recueil des besoins': 'Business Analysis',
  Requirements: 'Business Analysis', 'Rédaction de spécifications': 'Business Analysis',
  'Spécifications fonctionnelles': 'Business Analysis', 'Process mapping': 'Business Analysis',
  Discovery: 'Product Discovery', 'User story': 'User Stories', Backlog: 'Backlog Management',
  'Gestion du backlog': 'Backlog Management', 'Coaching agile': 'Agile Coaching', "Coaching d'équipes": 'Agile Coaching',
  Coaching: 'Agile Coaching', Facilitation: 'Agile Coaching', PSM: 'Scrum', 'PSM I': 'Scrum', 'PSM II': 'Scrum',
  'Agile Scrum': 'Scrum', SPC: 'SAFe', 'PI planning': 'SAFe',
  // Support
  Helpdesk: 'IT Support', 'Help desk': 'IT Support', 'Service desk': 'IT Support', 'Support utilisateurs': 'IT Support',
  'Support informatique': 'IT Support', 'Support IT': 'IT Support', Support: 'IT Support',
  'Support applicatif': 'IT Support', 'Assistance utilisateurs': 'IT Support', 'ITIL Foundation': 'ITIL',
};

/**
 * Several skills in one entry, beyond what "A/B" splitting finds on its own ("FICO" is SAP FI and
 * SAP CO; "HTML/CSS" splits without help).
 */
// biome-ignore format: a table reads better dense
export const COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  FICO: ['SAP FI', 'SAP CO'], 'FI-CO': ['SAP FI', 'SAP CO'], 'SAP FICO': ['SAP FI', 'SAP CO'],
  'Excel VBA': ['Excel', 'VBA'], 'AP/AR': ['SAP FI'],
};
