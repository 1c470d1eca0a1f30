import { NotBuiltPage } from '../../modules/pages/NotBuiltPage';

export function CensusReportPage() {
  return <NotBuiltPage area="reports" />;
}
