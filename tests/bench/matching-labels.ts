import type { Candidate, ContractType, Offer, RemotePolicy } from '../../src/types';
import { candidate, offer } from '../matching/builders';

/**
 * A hand-labelled set for the matching quality benchmark: 10 offers, each with 15 candidates
 * graded by what a recruiter would do with the profile, written before tuning the weights:
 *   3 = call today: the key skills, the level, can work there, pay and contract fit;
 *   2 = good, one gap: a secondary skill missing, a bit junior, pay slightly high, a commute;
 *   1 = a stretch: half the stack, or a hard conflict (remote only vs on-site, other contract);
 *   0 = not for this job: another stack, or several hard conflicts.
 * "avail" is days from the reference date until the candidate can start.
 */

export interface LabelledCase {
  offer: Offer;
  candidates: Array<{ candidate: Candidate; grade: number; why: string }>;
}

const GB_CITIES = new Set(['London', 'Manchester', 'Edinburgh', 'Glasgow', 'Bristol', 'Leeds']);
const NOW = Date.parse('2026-11-02T09:00:00.000Z');
let nextId = 1;

interface Spec {
  grade: 0 | 1 | 2 | 3;
  skills: string;
  years: number;
  city: string;
  remote: RemotePolicy;
  /** Yearly salary, or daily rate when the contracts are freelance only. */
  pay: number | null;
  contracts: ContractType[];
  avail: number;
  why: string;
  summary?: string;
}

function c(
  grade: Spec['grade'],
  skills: string,
  years: number,
  city: string,
  remote: RemotePolicy,
  pay: number | null,
  contracts: string,
  avail: number,
  why: string,
  summary = '',
): Spec {
  return {
    grade,
    skills,
    years,
    city,
    remote,
    pay,
    contracts: contracts.split('|') as ContractType[],
    avail,
    why,
    summary,
  };
}

function build(o: Partial<Offer>, specs: Spec[]): LabelledCase {
  const country = GB_CITIES.has(o.city ?? '') ? 'GB' : 'FR';
  const built = offer({ id: nextId, ...o, country, currency: country === 'GB' ? 'GBP' : 'EUR' });
  return {
    offer: built,
    candidates: specs.map((s) => {
      const id = nextId++;
      const gb = GB_CITIES.has(s.city);
      const freelanceOnly = s.contracts.length === 1 && s.contracts[0] === 'freelance';
      return {
        grade: s.grade,
        why: s.why,
        candidate: candidate({
          id,
          skills: s.skills ? s.skills.split(', ') : [],
          yearsOfExperience: s.years,
          city: s.city,
          country: gb ? 'GB' : 'FR',
          currency: gb ? 'GBP' : 'EUR',
          remote: s.remote,
          desiredSalary: freelanceOnly ? null : s.pay,
          desiredDailyRate: freelanceOnly ? s.pay : null,
          contractTypes: s.contracts,
          availableFrom: new Date(NOW + s.avail * 86_400_000).toISOString().slice(0, 10),
          summary: s.summary,
        }),
      };
    }),
  };
}

const salary = (min: number, max: number) => ({
  salaryMin: min,
  salaryMax: max,
  dailyRateMin: null,
  dailyRateMax: null,
});
const rate = (min: number, max: number) => ({
  salaryMin: null,
  salaryMax: null,
  dailyRateMin: min,
  dailyRateMax: max,
});

// biome-ignore format: one candidate a line reads like the recruiter's shortlist
export const LABELLED: LabelledCase[] = [
  build({ title: 'Senior React developer', skills: ['React', 'TypeScript', 'Redux', 'Jest'], experienceLevel: 'senior', city: 'Paris', remote: 'partial', contractType: 'permanent', ...salary(55000, 65000) }, [
    c(3, 'ReactJS, TS, Redux, Jest, CSS', 7, 'Paris', 'partial', 60000, 'permanent', 0, 'the whole stack in alias spellings, senior, Paris'),
    c(3, 'React, TypeScript, Redux', 6, 'Paris', 'partial', 58000, 'permanent|freelance', 14, 'all key skills, Jest is learnt in a week'),
    c(2, 'React, TypeScript, Jest', 4, 'Paris', 'partial', 55000, 'permanent', 30, 'one year short of senior, no Redux'),
    c(2, 'React, TypeScript, Redux, Jest', 8, 'Lille', 'partial', 62000, 'permanent', 0, 'perfect stack, would commute from Lille'),
    c(2, 'React, TypeScript, Redux, Jest', 9, 'Paris', 'partial', 72000, 'permanent', 0, 'perfect but asks 11 % over the top'),
    c(1, 'Vue.js, TypeScript, Jest', 7, 'Paris', 'partial', 60000, 'permanent', 0, 'senior frontend on another framework'),
    c(1, 'React, TypeScript, Redux', 7, 'Paris', 'partial', 600, 'freelance', 0, 'right profile, freelance only'),
    c(1, 'React, JavaScript', 2, 'Paris', 'partial', 42000, 'permanent', 0, 'junior React'),
    c(2, 'JavaScript, CSS', 6, 'Paris', 'partial', 60000, 'permanent', 0, 'React and TS only in the summary', 'Six years building React apps in TypeScript with Redux.'),
    c(0, 'Java, Spring Boot', 8, 'Paris', 'partial', 60000, 'permanent', 0, 'backend Java'),
    c(0, 'Python, Django', 5, 'Paris', 'partial', 55000, 'permanent', 0, 'backend Python'),
    c(1, 'React, TypeScript, Redux, Jest', 7, 'London', 'full', 60000, 'permanent', 0, 'right stack, remote only from London'),
    c(0, 'Angular, RxJS', 1, 'Marseille', 'none', 38000, 'permanent', 90, 'junior Angular in Marseille'),
    c(2, 'React, Redux, JavaScript, Jest', 6, 'Paris', 'partial', 60000, 'permanent', 60, 'no TypeScript, available in 2 months'),
    c(0, 'SAP', 12, 'Paris', 'none', 80000, 'permanent', 0, 'ERP consultant'),
  ]),
  build({ title: 'Freelance DevOps (Kubernetes)', skills: ['Kubernetes', 'Terraform', 'AWS', 'GitLab CI'], experienceLevel: 'senior', city: 'Lyon', remote: 'full', contractType: 'freelance', ...rate(550, 650) }, [
    c(3, 'k8s, Terraform, AWS, GitLab', 8, 'Lyon', 'full', 600, 'freelance', 0, 'exact match with aliases'),
    c(3, 'Kubernetes, Terraform, AWS, Helm', 10, 'Bordeaux', 'full', 620, 'freelance', 7, 'full remote offer: city irrelevant'),
    c(2, 'Kubernetes, Terraform, Azure, GitLab CI', 7, 'Nantes', 'full', 580, 'freelance', 0, 'Azure instead of AWS'),
    c(2, 'Kubernetes, Terraform, AWS, GitLab CI', 9, 'Paris', 'partial', 720, 'freelance', 0, 'perfect stack, rate 11 % high'),
    c(1, 'Docker, Ansible, Jenkins', 6, 'Lyon', 'full', 550, 'freelance', 0, 'ops but no Kubernetes nor Terraform'),
    c(1, 'Kubernetes, Terraform, AWS', 8, 'Lyon', 'partial', 65000, 'permanent', 0, 'right skills, wants a permanent job'),
    c(2, 'Kubernetes, AWS, GitLab CI, Prometheus', 4, 'Lille', 'full', 500, 'freelance', 14, 'no Terraform, 4 years'),
    c(0, 'React, Node.js', 6, 'Lyon', 'full', 550, 'freelance', 0, 'web developer'),
    c(0, 'Java, Spring Boot, Kafka', 9, 'Lyon', 'partial', 600, 'freelance', 0, 'backend Java'),
    c(2, 'Linux, Bash, Python', 8, 'Lyon', 'full', 600, 'freelance', 0, 'skills listed poorly; summary says it', 'SRE running Kubernetes on AWS, everything in Terraform and GitLab CI.'),
    c(1, 'Kubernetes, Terraform', 1, 'Lyon', 'full', 350, 'freelance', 0, 'junior'),
    c(3, 'Kubernetes, Terraform, AWS, GitLab CI, Vault', 12, 'London', 'full', 520, 'freelance', 0, 'exact, remote from London, rate fits in EUR'),
    c(0, 'Salesforce', 5, 'Lyon', 'full', 500, 'freelance', 0, 'CRM consultant'),
    c(1, 'Kubernetes, Terraform, AWS, GitLab CI', 8, 'Lyon', 'full', 620, 'freelance', 200, 'right profile, not free for 6 months'),
    c(0, 'Figma, UX Design', 5, 'Lyon', 'full', 450, 'freelance', 0, 'designer'),
  ]),
  build({ title: 'Junior Python developer', skills: ['Python', 'Django', 'PostgreSQL'], experienceLevel: 'junior', city: 'Nantes', remote: 'none', contractType: 'permanent', ...salary(35000, 40000) }, [
    c(3, 'Python, Django, Postgres', 1, 'Nantes', 'none', 36000, 'permanent', 0, 'exactly the junior asked'),
    c(3, 'Python3, Django, PostgreSQL, Git', 2, 'Nantes', 'partial', 38000, 'permanent', 30, 'exact'),
    c(2, 'Python, Flask, PostgreSQL', 1, 'Nantes', 'none', 35000, 'permanent', 0, 'Flask not Django'),
    c(2, 'Python, Django', 0, 'Rennes', 'partial', 34000, 'permanent|internship', 0, 'fresh graduate, Rennes is close'),
    c(1, 'Python, Django, PostgreSQL', 1, 'Nantes', 'full', 37000, 'permanent', 0, 'remote only, on-site job'),
    c(1, 'Python, Django, PostgreSQL', 2, 'London', 'partial', 35000, 'permanent', 0, 'would have to move countries'),
    c(1, 'Python, Django, PostgreSQL, Docker', 9, 'Nantes', 'none', 60000, 'permanent', 0, 'senior, far too expensive'),
    c(0, 'Java, Spring', 1, 'Nantes', 'none', 35000, 'permanent', 0, 'junior Java'),
    c(1, 'Python, Pandas', 1, 'Nantes', 'none', 35000, 'permanent', 0, 'data side of Python'),
    c(0, 'PHP, Symfony, MySQL', 2, 'Paris', 'none', 38000, 'permanent', 0, 'PHP in Paris'),
    c(2, 'JavaScript, HTML', 1, 'Nantes', 'none', 35000, 'permanent', 0, 'Django project in the summary', 'Final-year project: a Django app on PostgreSQL, written in Python.'),
    c(0, 'C#, .NET', 3, 'Toulouse', 'none', 42000, 'permanent', 0, '.NET in Toulouse'),
    c(2, 'Python, Django, PostgreSQL', 1, 'Nantes', 'none', 36000, 'permanent', 120, 'exact but free in 4 months'),
    c(1, 'Django', 1, 'Nantes', 'none', 35000, 'fixed-term', 0, 'wants a fixed term'),
    c(0, 'Kotlin, Android', 4, 'Lyon', 'partial', 45000, 'permanent', 0, 'mobile'),
  ]),
  build({ title: 'Lead Java engineer', skills: ['Java', 'Spring Boot', 'Kafka', 'Microservices'], experienceLevel: 'lead', city: 'London', remote: 'partial', contractType: 'permanent', ...salary(90000, 110000) }, [
    c(3, 'Java, Spring Boot, Kafka, Microservices', 12, 'London', 'partial', 100000, 'permanent', 0, 'exact lead'),
    c(3, 'Java 21, Springboot, Apache Kafka, Microservices, AWS', 10, 'London', 'partial', 105000, 'permanent', 30, 'exact in odd spellings'),
    c(2, 'Java, Spring Boot, Microservices', 9, 'London', 'partial', 95000, 'permanent', 0, 'no Kafka'),
    c(2, 'Java, Spring Boot, Kafka, Microservices', 6, 'London', 'partial', 85000, 'permanent', 0, 'strong senior, not yet a lead'),
    c(2, 'Java, Spring Boot, Kafka, Microservices', 11, 'Manchester', 'partial', 95000, 'permanent', 0, 'hybrid from Manchester is a long commute'),
    c(1, 'Java, Spring Boot, Kafka', 12, 'Paris', 'partial', 110000, 'permanent', 0, 'in Paris'),
    c(1, 'Kotlin, Spring Boot, Kafka', 10, 'London', 'partial', 130000, 'permanent', 0, 'Kotlin, asks 18 % over'),
    c(0, 'React, TypeScript', 10, 'London', 'partial', 100000, 'permanent', 0, 'frontend lead'),
    c(1, 'Java, Spring', 3, 'London', 'partial', 60000, 'permanent', 0, 'junior-ish Java'),
    c(0, 'Python, Django', 12, 'London', 'partial', 100000, 'permanent', 0, 'Python lead'),
    c(1, 'Java, Spring Boot, Kafka, Microservices', 12, 'London', 'partial', 900, 'freelance', 0, 'contractor only'),
    c(2, 'Java, Spring Boot, Kafka, Microservices', 14, 'London', 'full', 100000, 'permanent', 0, 'remote only but hybrid is negotiable'),
    c(0, 'SAP', 15, 'London', 'none', 100000, 'permanent', 0, 'SAP'),
    c(1, 'C#, .NET, Microservices, Kafka', 12, 'London', 'partial', 100000, 'permanent', 0, '.NET lead'),
    c(0, 'PHP, Laravel', 2, 'Leeds', 'none', 35000, 'permanent', 0, 'junior PHP'),
  ]),
  build({ title: 'Data engineer', skills: ['Spark', 'Airflow', 'Python', 'SQL'], experienceLevel: 'intermediate', city: 'Lille', remote: 'partial', contractType: 'permanent', ...salary(50000, 60000) }, [
    c(3, 'PySpark, Airflow, Python, SQL', 4, 'Lille', 'partial', 55000, 'permanent', 0, 'exact'),
    c(3, 'Apache Spark, Apache Airflow, Python, SQL, dbt', 3, 'Lille', 'partial', 52000, 'permanent', 14, 'exact'),
    c(2, 'Spark, Python, SQL, Databricks', 5, 'Lille', 'partial', 58000, 'permanent', 0, 'no Airflow'),
    c(2, 'Spark, Airflow, Python, SQL', 4, 'Paris', 'partial', 56000, 'permanent', 0, 'Paris-Lille is one hour by train'),
    c(1, 'Python, Pandas, SQL', 2, 'Lille', 'partial', 45000, 'permanent', 0, 'analyst, no big data'),
    c(1, 'Power BI, SQL', 4, 'Lille', 'partial', 48000, 'permanent', 0, 'BI'),
    c(0, 'React, Node.js', 4, 'Lille', 'partial', 50000, 'permanent', 0, 'web'),
    c(2, 'Scala, Spark, Airflow, SQL', 6, 'Lille', 'partial', 60000, 'permanent', 0, 'Scala rather than Python'),
    c(1, 'Spark, Airflow, Python, SQL', 5, 'Lille', 'partial', 75000, 'permanent', 0, 'asks 25 % over'),
    c(0, 'Java, Spring Boot', 5, 'Lille', 'partial', 50000, 'permanent', 0, 'backend Java'),
    c(2, 'Python, SQL', 4, 'Lille', 'partial', 52000, 'permanent', 0, 'Spark and Airflow in summary', 'Builds Spark pipelines orchestrated with Airflow.'),
    c(1, 'Spark, Airflow, Python, SQL', 4, 'Lille', 'partial', 550, 'freelance', 0, 'freelance only'),
    c(0, 'Excel, VBA', 10, 'Lille', 'none', 45000, 'permanent', 0, 'office automation'),
    c(1, 'Spark, Airflow, Python, SQL', 0, 'Lille', 'partial', 38000, 'permanent|internship', 0, 'graduate'),
    c(0, 'Cybersecurity, SIEM', 6, 'Lille', 'partial', 55000, 'permanent', 0, 'security'),
  ]),
  build({ title: 'Salesforce consultant (contract)', skills: ['Salesforce'], experienceLevel: 'senior', city: 'Manchester', remote: 'full', contractType: 'freelance', ir35: 'outside', ...rate(450, 550) }, [
    c(3, 'Salesforce, Agile', 8, 'Manchester', 'full', 500, 'freelance', 0, 'exact'),
    c(3, 'Sales Force', 6, 'Leeds', 'full', 480, 'freelance', 7, 'alias, remote'),
    c(2, 'Salesforce', 5, 'London', 'partial', 580, 'freelance', 0, 'slightly expensive'),
    c(1, 'Salesforce', 7, 'Manchester', 'none', 70000, 'permanent', 0, 'wants permanent'),
    c(2, 'Salesforce', 3, 'Bristol', 'full', 420, 'freelance', 0, 'bit junior'),
    c(0, 'SAP', 8, 'Manchester', 'full', 500, 'freelance', 0, 'other ERP'),
    c(0, 'ServiceNow', 8, 'Manchester', 'full', 500, 'freelance', 0, 'other platform'),
    c(1, 'Dynamics 365', 8, 'Manchester', 'full', 450, 'freelance', 0, 'CRM but Microsoft'),
    c(2, 'Salesforce', 9, 'Paris', 'full', 550, 'freelance', 0, 'remote from Paris, rate in EUR fits'),
    c(0, 'Java, Spring Boot', 8, 'Manchester', 'full', 500, 'freelance', 0, 'developer'),
    c(1, 'Salesforce', 1, 'Manchester', 'full', 300, 'freelance', 0, 'junior'),
    c(2, 'Jira, Agile', 7, 'Manchester', 'full', 500, 'freelance', 0, 'Salesforce in the summary', 'Salesforce admin and consultant for 7 years.'),
    c(0, 'Figma', 4, 'Manchester', 'full', 400, 'freelance', 0, 'designer'),
    c(1, 'Salesforce', 8, 'Manchester', 'full', 500, 'freelance', 150, 'free in 5 months'),
    c(0, 'Python', 2, 'Edinburgh', 'none', 40000, 'permanent', 0, 'junior developer'),
  ]),
  build({ title: 'iOS developer', skills: ['Swift', 'iOS', 'SwiftUI'], experienceLevel: 'intermediate', city: 'Bordeaux', remote: 'none', contractType: 'permanent', ...salary(45000, 52000) }, [
    c(3, 'Swift, iOS, SwiftUI', 4, 'Bordeaux', 'none', 48000, 'permanent', 0, 'exact'),
    c(3, 'Swift5, iOS, SwiftUI, Git', 3, 'Bordeaux', 'partial', 50000, 'permanent', 21, 'exact'),
    c(2, 'Swift, iOS', 5, 'Bordeaux', 'none', 50000, 'permanent', 0, 'UIKit only'),
    c(1, 'Swift, iOS, SwiftUI', 4, 'Paris', 'none', 50000, 'permanent', 0, 'on-site in Bordeaux means moving'),
    c(1, 'Swift, iOS, SwiftUI', 4, 'Bordeaux', 'full', 50000, 'permanent', 0, 'remote only'),
    c(1, 'Kotlin, Android', 4, 'Bordeaux', 'none', 48000, 'permanent', 0, 'Android'),
    c(1, 'React Native, JavaScript', 3, 'Bordeaux', 'none', 45000, 'permanent', 0, 'cross-platform'),
    c(1, 'Flutter, Dart', 4, 'Bordeaux', 'none', 47000, 'permanent', 0, 'cross-platform'),
    c(0, 'Java, Spring', 4, 'Bordeaux', 'none', 47000, 'permanent', 0, 'backend'),
    c(2, 'Swift, iOS, SwiftUI', 8, 'Bordeaux', 'none', 58000, 'permanent', 0, 'senior, 12 % over'),
    c(2, 'Objective-C, iOS', 6, 'Bordeaux', 'none', 50000, 'permanent', 0, 'older iOS stack'),
    c(0, 'PHP, Symfony', 4, 'Bordeaux', 'none', 45000, 'permanent', 0, 'web'),
    c(1, 'Swift, iOS, SwiftUI', 4, 'Bordeaux', 'none', 500, 'freelance', 0, 'freelance only'),
    c(0, 'Figma', 4, 'Bordeaux', 'none', 42000, 'permanent', 0, 'designer'),
    c(2, 'Mobile', 4, 'Bordeaux', 'none', 48000, 'permanent', 0, 'stack only in summary', 'Four years of iOS apps in Swift and SwiftUI.'),
  ]),
  build({ title: 'Senior backend engineer (Rust/Go)', skills: ['Rust', 'Go', 'PostgreSQL', 'Kubernetes'], experienceLevel: 'senior', city: 'Toulouse', remote: 'partial', contractType: 'fixed-term', ...salary(55000, 65000) }, [
    c(3, 'Rust, Go, PostgreSQL, Kubernetes', 7, 'Toulouse', 'partial', 60000, 'fixed-term|permanent', 0, 'exact'),
    c(3, 'Rust, Golang, Postgres', 6, 'Toulouse', 'partial', 62000, 'fixed-term', 14, 'exact in aliases'),
    c(2, 'Rust, PostgreSQL', 8, 'Toulouse', 'partial', 63000, 'fixed-term|permanent', 0, 'Rust, no Go'),
    c(2, 'Go, PostgreSQL, Kubernetes', 6, 'Toulouse', 'partial', 60000, 'fixed-term|permanent', 0, 'Go, no Rust'),
    c(1, 'Rust, Go, PostgreSQL, Kubernetes', 7, 'Toulouse', 'partial', 60000, 'permanent', 0, 'wants permanent only'),
    c(1, 'C++, Linux', 10, 'Toulouse', 'partial', 65000, 'fixed-term|permanent', 0, 'systems, no Rust/Go'),
    c(0, 'JavaScript, React', 6, 'Toulouse', 'partial', 55000, 'fixed-term|permanent', 0, 'frontend'),
    c(2, 'Rust, Go, PostgreSQL', 7, 'Bordeaux', 'partial', 62000, 'fixed-term', 0, 'commute from Bordeaux'),
    c(1, 'Go, Docker', 2, 'Toulouse', 'partial', 45000, 'fixed-term', 0, 'junior Go'),
    c(0, 'PHP, Laravel', 7, 'Toulouse', 'partial', 55000, 'fixed-term', 0, 'PHP'),
    c(1, 'Rust, Go, PostgreSQL, Kubernetes', 8, 'Toulouse', 'partial', 85000, 'fixed-term', 0, 'asks 30 % over'),
    c(2, 'Python', 7, 'Toulouse', 'partial', 60000, 'fixed-term', 0, 'summary says Rust and Go', 'Backend services in Rust and Go on PostgreSQL, deployed on k8s.'),
    c(0, 'SAP', 7, 'Toulouse', 'partial', 60000, 'fixed-term', 0, 'ERP'),
    c(1, 'Java, Kubernetes, PostgreSQL', 7, 'Toulouse', 'partial', 60000, 'fixed-term|permanent', 0, 'backend Java'),
    c(0, 'Rust', 0, 'London', 'none', 30000, 'internship', 0, 'student abroad'),
  ]),
  build({ title: 'Data science intern', skills: ['Python', 'Pandas', 'scikit-learn'], experienceLevel: 'junior', city: 'Paris', remote: 'partial', contractType: 'internship', ...salary(15000, 18000) }, [
    c(3, 'Python, Pandas, sklearn', 0, 'Paris', 'partial', 16000, 'internship', 0, 'exact'),
    c(3, 'Python, Pandas, scikit-learn, SQL', 0, 'Paris', 'partial', 18000, 'internship|permanent', 30, 'exact'),
    c(2, 'Python, Pandas, PyTorch', 1, 'Paris', 'partial', 17000, 'internship', 0, 'PyTorch not sklearn'),
    c(2, 'Python, Pandas, scikit-learn', 0, 'Lille', 'partial', 15000, 'internship', 0, 'would commute/move'),
    c(1, 'R, SQL', 0, 'Paris', 'partial', 15000, 'internship', 0, 'R user'),
    c(1, 'Python, Pandas, scikit-learn', 3, 'Paris', 'partial', 45000, 'permanent', 0, 'wants a real job'),
    c(0, 'Java', 0, 'Paris', 'partial', 16000, 'internship', 0, 'Java student'),
    c(2, 'Python', 0, 'Paris', 'partial', 16000, 'internship', 0, 'summary has the ML stack', 'Master\'s project: Pandas and scikit-learn for churn prediction.'),
    c(1, 'Python, Pandas, scikit-learn', 0, 'Paris', 'partial', 16000, 'internship', 180, 'free in 6 months'),
    c(0, 'PHP, WordPress', 0, 'Paris', 'partial', 15000, 'internship', 0, 'web'),
    c(1, 'Excel, Power BI', 0, 'Paris', 'partial', 15000, 'internship', 0, 'BI'),
    c(0, 'Java, Spring Boot', 6, 'Paris', 'partial', 55000, 'permanent', 0, 'experienced Java'),
    c(2, 'Python, Pandas, scikit-learn', 0, 'Paris', 'partial', 24000, 'internship', 0, 'asks for more'),
    c(0, 'Figma', 0, 'Marseille', 'none', 15000, 'internship', 0, 'design student'),
    c(1, 'Python, Pandas, scikit-learn', 0, 'London', 'partial', 15000, 'internship', 0, 'abroad'),
  ]),
  build({ title: '.NET developer', skills: ['C#', '.NET', 'Azure', 'SQL Server'], experienceLevel: 'intermediate', city: 'Edinburgh', remote: 'none', contractType: 'permanent', ...salary(50000, 60000) }, [
    c(3, 'C#, .NET, Azure, SQL Server', 4, 'Edinburgh', 'none', 55000, 'permanent', 0, 'exact'),
    c(3, 'CSharp, .NET Core, Microsoft Azure, MSSQL', 3, 'Edinburgh', 'partial', 52000, 'permanent', 21, 'exact in aliases'),
    c(2, 'C#, .NET, SQL Server', 5, 'Edinburgh', 'none', 58000, 'permanent', 0, 'no Azure'),
    c(1, 'C#, .NET, Azure, SQL Server', 4, 'London', 'none', 58000, 'permanent', 0, 'on-site 400 miles away'),
    c(1, 'C#, .NET, Azure, SQL Server', 4, 'Edinburgh', 'full', 55000, 'permanent', 0, 'remote only'),
    c(1, 'Java, Spring Boot, SQL Server', 4, 'Edinburgh', 'none', 55000, 'permanent', 0, 'Java'),
    c(0, 'React, TypeScript', 4, 'Edinburgh', 'none', 55000, 'permanent', 0, 'frontend'),
    c(2, 'C#, .NET, Azure, SQL Server', 9, 'Edinburgh', 'none', 66000, 'permanent', 0, 'senior, 10 % over'),
    c(1, 'C#, .NET', 0, 'Edinburgh', 'none', 35000, 'permanent', 0, 'graduate'),
    c(0, 'Python, Django', 4, 'Glasgow', 'partial', 50000, 'permanent', 0, 'Python'),
    c(1, 'C#, .NET, Azure, SQL Server', 4, 'Edinburgh', 'none', 500, 'freelance', 0, 'contractor only'),
    c(2, 'SQL', 4, 'Edinburgh', 'none', 55000, 'permanent', 0, 'C#/.NET in summary', 'Builds C# services on .NET and Azure.'),
    c(0, 'SAP', 10, 'Edinburgh', 'none', 70000, 'permanent', 0, 'ERP'),
    c(1, 'C#, .NET, Azure, SQL Server', 4, 'Paris', 'none', 55000, 'permanent', 0, 'in France'),
    c(0, 'Salesforce', 4, 'Edinburgh', 'none', 55000, 'permanent', 0, 'CRM'),
  ]),
];
