import UploadFile from '@mui/icons-material/UploadFile';
import { Button, Link } from 'react-admin';

/** Opens the CSV import page. */
export function CandidateImportButton() {
  return (
    <Button component={Link} to="/candidates/import" label="resources.candidates.import.button">
      <UploadFile />
    </Button>
  );
}
