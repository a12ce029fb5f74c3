import Icon from '@mui/icons-material/Person';
import { createElement } from 'react';
import { type ResourceProps, reactRouterProvider } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Candidate } from '../model/types';

const { Route } = reactRouterProvider;
const CandidateImport = lazyPage(() => import('./CandidateImport').then((m) => m.CandidateImport));

/** The <Resource> props for `candidates`, with the CSV import at #/candidates/import. */
export const candidateResource: ResourceProps = {
  name: 'candidates',
  list: lazyPage(() => import('./CandidateList').then((m) => m.CandidateList)),
  show: lazyPage(() => import('./CandidateShow').then((m) => m.CandidateShow)),
  create: lazyPage(() => import('./CandidateCreate').then((m) => m.CandidateCreate)),
  edit: lazyPage(() => import('./CandidateEdit').then((m) => m.CandidateEdit)),
  icon: Icon,
  recordRepresentation: (record: Candidate) => `${record.firstName} ${record.lastName}`,
  children: createElement(Route, { path: 'import', element: createElement(CandidateImport) }),
};
