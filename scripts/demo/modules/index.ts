import type { DemoModule } from '../context';
import { activityModule } from './activity';
import { budgetModule } from './budget';
import { exitsModule } from './exits';
import { intakeModule } from './intake';
import { mealsModule } from './meals';
import { medicineModule } from './medicine';
import { residentsModule } from './residents';
import { trainingModule } from './training';

/**
 * The demo's feature modules, in the order they plan. Add one module per feature here
 * (e.g. `residents`, `meals`, `medicine`); each sees the homes and staff accounts of the foundation and
 * what earlier modules added to the context.
 */
export const DEMO_MODULES: readonly DemoModule[] = [activityModule, residentsModule, budgetModule, intakeModule, exitsModule, mealsModule, medicineModule, trainingModule];
