import Icon from '@mui/icons-material/Person';
import type { ResourceProps } from 'react-admin';
import type { Candidate } from '../types';
import { CandidateList } from './CandidateList';
import { CandidateShow } from './CandidateShow';

/** The <Resource> props for `candidates`. */
export const candidateResource: ResourceProps = {
  name: 'candidates',
  list: CandidateList,
  show: CandidateShow,
  icon: Icon,
  recordRepresentation: (record: Candidate) => `${record.firstName} ${record.lastName}`,
};
