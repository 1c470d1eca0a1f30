import type { BenchModule } from '../harness';
import { auditBench } from './audit';
import { authBench } from './auth';
import { budgetBench } from './budget';
import { databaseBench } from './database';
import { mealsBench } from './meals';
import { medicineBench } from './medicine';
import { residentsBench } from './residents';
import { tuningBench } from './tuning';

/** The benchmark modules, in the order they run. Add one module per feature (e.g. `residents`). */
export const BENCH_MODULES: readonly BenchModule[] = [databaseBench, authBench, auditBench, residentsBench, budgetBench, mealsBench, medicineBench, tuningBench];
