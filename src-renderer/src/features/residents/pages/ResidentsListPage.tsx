import { NotBuiltPage } from '../../modules/pages/NotBuiltPage';

export function ResidentsListPage() {
  return <NotBuiltPage area="residents" />;
}
