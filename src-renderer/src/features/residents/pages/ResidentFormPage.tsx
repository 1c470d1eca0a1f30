import { NotBuiltPage } from '../../modules/pages/NotBuiltPage';

export function ResidentFormPage() {
  return <NotBuiltPage area="residents" />;
}
