import UploadFile from '@mui/icons-material/UploadFile';
import { Link } from 'react-admin';
import { Button } from '../common/Button';

/** Opens the CSV import page. */
export function CandidateImportButton() {
  return (
    <Button component={Link} to="/candidates/import" label="resources.candidates.import.button">
      <UploadFile />
    </Button>
  );
}
