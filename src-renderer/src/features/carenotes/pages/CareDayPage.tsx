import { NotBuiltPage } from '../../modules/pages/NotBuiltPage';

export function CareDayPage() {
  return <NotBuiltPage area="careNotes" />;
}
