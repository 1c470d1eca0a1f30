import { NotBuiltPage } from '../../modules/pages/NotBuiltPage';

export function ResidentDetailPage() {
  return <NotBuiltPage area="residents" />;
}
