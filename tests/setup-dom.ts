import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearSession } from '../src/providers/session';

// Vitest runs without globals, so Testing Library does not unmount by itself between tests.
afterEach(() => {
  cleanup();
  clearSession();
});
