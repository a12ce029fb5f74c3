/** `resources.users.*` */
export const usersEn = {
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
    createdAt: 'Created',
  },
  invite: 'Invite a recruiter',
  role_admin_only: 'Only an admin can change a role',
  lock: {
    lock: 'Lock',
    unlock: 'Unlock',
    lock_title: 'Lock the account of %{name}',
    unlock_title: 'Unlock the account of %{name}',
    explanation: 'A locked user is signed out at once and cannot sign in until unlocked.',
    reason: 'Reason',
    locked: 'Account locked',
    unlocked: 'Account unlocked',
  },
};
