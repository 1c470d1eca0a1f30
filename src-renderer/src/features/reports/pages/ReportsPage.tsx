import { NotBuiltPage } from '../../modules/pages/NotBuiltPage';

export function ReportsPage() {
  return <NotBuiltPage area="reports" />;
}
