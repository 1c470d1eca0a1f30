import { clockFrom, setClock } from '../../src-main/lib/clock';

/**
 * Every unit and service test runs against the app's clock started at one fixed instant (and running on from
 * it), so no outcome depends on the hour or the date the suite is run. 03:00 UTC is 10.00 WIB on 24 November 2026.
 * Tests that need another moment set it themselves with `freezeClock` or `setClock`.
 */
export const TEST_START = '2026-11-24T03:00:00.000Z';

setClock(clockFrom(TEST_START));
