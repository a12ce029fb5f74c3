import Icon from '@mui/icons-material/Person';
import { createElement } from 'react';
import { type ResourceProps, reactRouterProvider } from 'react-admin';
import type { Candidate } from '../types';
import { CandidateCreate } from './CandidateCreate';
import { CandidateEdit } from './CandidateEdit';
import { CandidateImport } from './CandidateImport';
import { CandidateList } from './CandidateList';
import { CandidateShow } from './CandidateShow';

const { Route } = reactRouterProvider;

/** The <Resource> props for `candidates`, with the CSV import at #/candidates/import. */
export const candidateResource: ResourceProps = {
  name: 'candidates',
  list: CandidateList,
  show: CandidateShow,
  create: CandidateCreate,
  edit: CandidateEdit,
  icon: Icon,
  recordRepresentation: (record: Candidate) => `${record.firstName} ${record.lastName}`,
  children: createElement(Route, { path: 'import', element: createElement(CandidateImport) }),
};
