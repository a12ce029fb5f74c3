/** `app.session.*`: a save interrupted by an ended session or a lost connection. */
export const sessionEn = {
  title: 'Your session has ended',
  explanation: 'Sign in again to save: what you typed is kept and will be saved right after.',
  sign_in_and_save: 'Sign in and save',
  other_account: 'Sign in with the same account to save these changes.',
  network_title: 'Not saved: the server cannot be reached',
  network_explanation: 'Your changes are kept in the form. Check your connection, then try again.',
  retry: 'Try again',
};
