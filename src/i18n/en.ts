/**
 * English catalog: `app.*` for the shell, `resources.<res>.{name, fields}` per resource (react-admin
 * reads these for titles, menu labels and column headers). fr.ts must have exactly the same keys.
 */
const en = {
  app: {
    title: 'Turnover IT back-office',
    menu: {
      dashboard: 'Dashboard',
      pipeline: 'Pipeline',
      audit_log: 'Audit log',
    },
    roles: {
      recruiter: 'Recruiter',
      sales: 'Sales',
      support: 'Support',
      admin: 'Administrator',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      signed_in_as: 'You are signed in as: %{role}',
    },
    pipeline: {
      title: 'Pipeline',
      coming_soon: 'The application board is on its way.',
    },
    login: {
      title: 'Sign in to the back-office',
      email: 'Email',
      password: 'Password',
      submit: 'Sign in',
      wrong_credentials: 'Wrong email or password.',
      locked_out:
        'Too many failed attempts. Try again in %{smart_count} minute |||| Too many failed attempts. Try again in %{smart_count} minutes',
      account_locked: 'This account is locked. Contact support.',
      demo_accounts: 'Demo accounts (password "demo"), click to fill in:',
    },
    user_menu: {
      language: 'Language',
      language_saved: 'Language saved',
      theme_light: 'Light theme',
      theme_dark: 'Dark theme',
    },
    demo: {
      reset: 'Reset demo data',
      reset_confirm_title: 'Reset the demo data?',
      reset_confirm: 'Every change made in this browser will be lost.',
      journal_discarded: 'Your saved demo changes could not be restored and were reset.',
    },
    pages: {
      not_found_title: 'Page not found',
      not_found: 'This page does not exist, or you are not allowed to see it.',
      forbidden_title: 'Not allowed',
      forbidden: 'Your role does not allow you to see this page.',
      back_home: 'Back to the dashboard',
    },
    errors: {
      network: 'The server cannot be reached. Check your connection and try again.',
      retry_after: 'Try again in %{smart_count} minute. |||| Try again in %{smart_count} minutes.',
      conflict: 'This record was changed by someone else in the meantime.',
      server: 'The server answered with an error (%{status}).',
    },
    fields: {
      open_link: 'Open link',
    },
  },
  resources: {
    companies: {
      name: 'Company |||| Companies',
      fields: {
        id: 'Id',
        name: 'Name',
        legalId: 'Legal id',
        country: 'Country',
        city: 'City',
        website: 'Website',
        sector: 'Sector',
        plan: 'Plan',
        mrrCents: 'MRR',
        status: 'Status',
        createdAt: 'Created',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        firstName: 'First name',
        lastName: 'Last name',
        email: 'Email',
        role: 'Role',
        companyId: 'Company',
        status: 'Status',
        locale: 'Language',
        lastLoginAt: 'Last login',
      },
    },
    offers: {
      name: 'Offer |||| Offers',
      fields: {
        id: 'Id',
        reference: 'Reference',
        title: 'Title',
        companyId: 'Company',
        contractType: 'Contract',
        city: 'City',
        status: 'Status',
        publishedAt: 'Published',
        applicationsCount: 'Applications',
      },
    },
    candidates: {
      name: 'Candidate |||| Candidates',
      fields: {
        id: 'Id',
        firstName: 'First name',
        lastName: 'Last name',
        headline: 'Headline',
        city: 'City',
        yearsOfExperience: 'Experience (years)',
        linkedinUrl: 'LinkedIn',
        lastActivityAt: 'Last activity',
      },
    },
    applications: {
      name: 'Application |||| Applications',
      fields: {
        id: 'Id',
        candidateId: 'Candidate',
        offerId: 'Offer',
        stage: 'Stage',
        rating: 'Rating',
        appliedAt: 'Applied',
      },
    },
    activities: {
      name: 'Activity |||| Activities',
      fields: { id: 'Id', type: 'Type', candidateId: 'Candidate', createdAt: 'Date' },
    },
    interviews: {
      name: 'Interview |||| Interviews',
      fields: { id: 'Id', startsAt: 'Starts', kind: 'Kind', status: 'Status', candidateId: 'Candidate' },
    },
    scorecards: {
      name: 'Scorecard |||| Scorecards',
      fields: {
        id: 'Id',
        applicationId: 'Application',
        recommendation: 'Recommendation',
        submittedAt: 'Submitted',
      },
    },
    tasks: {
      name: 'Task |||| Tasks',
      fields: { id: 'Id', title: 'Title', dueAt: 'Due', done: 'Done' },
    },
    'message-templates': {
      name: 'Message template |||| Message templates',
      fields: { id: 'Id', name: 'Name', kind: 'Kind', locale: 'Language' },
    },
    'saved-views': {
      name: 'Saved view |||| Saved views',
      fields: { id: 'Id', name: 'Name', resource: 'List', sharedWithTeam: 'Shared with the team' },
    },
    'credit-ledger': {
      name: 'Credit movement |||| Credit ledger',
      fields: {
        id: 'Id',
        at: 'Date',
        companyId: 'Company',
        kind: 'Credit',
        delta: 'Change',
        balanceAfter: 'Balance',
        action: 'Action',
      },
    },
    'audit-logs': {
      name: 'Audit log entry |||| Audit log',
      fields: {
        id: 'Id',
        at: 'Date',
        actorId: 'Actor',
        actorRole: 'Role',
        action: 'Action',
        resource: 'Resource',
        recordId: 'Record',
      },
    },
  },
};

export type AppCatalog = typeof en;
export default en;
