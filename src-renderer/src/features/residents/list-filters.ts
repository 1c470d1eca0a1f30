import { AGE_GROUPS, RESIDENT_SORTS, RESIDENT_STATUSES, type ResidentListInput, type ResidentStatus } from '@contract';

export type ResidentSort = (typeof RESIDENT_SORTS)[number];

/** The list's search, filters and sort, kept in the address so "back" from a file returns to the same list. */
export interface ListFilters {
  q: string;
  status: ResidentStatus | 'all';
  pmks: number | null;
  sex: 'L' | 'P' | null;
  age: string | null;
  room: string | null;
  sort: ResidentSort;
  dir: 'asc' | 'desc';
}

export const DEFAULT_FILTERS: ListFilters = { q: '', status: 'active', pmks: null, sex: null, age: null, room: null, sort: 'name', dir: 'asc' };

export function filtersFromParams(p: URLSearchParams): ListFilters {
  const status = p.get('status');
  const pmks = Number(p.get('pmks'));
  const sex = p.get('sex');
  const age = p.get('age');
  const sort = p.get('sort');
  return {
    q: p.get('q') ?? '',
    status: status === 'all' || (RESIDENT_STATUSES as readonly string[]).includes(status ?? '') ? (status as ListFilters['status']) : 'active',
    pmks: Number.isInteger(pmks) && pmks >= 1 && pmks <= 26 ? pmks : null,
    sex: sex === 'L' || sex === 'P' ? sex : null,
    age: AGE_GROUPS.some((g) => g.key === age) ? age : null,
    room: p.get('room') || null,
    sort: (RESIDENT_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ResidentSort) : 'name',
    dir: p.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

export function filtersToParams(f: ListFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.status !== 'active') p.set('status', f.status);
  if (f.pmks) p.set('pmks', String(f.pmks));
  if (f.sex) p.set('sex', f.sex);
  if (f.age) p.set('age', f.age);
  if (f.room) p.set('room', f.room);
  if (f.sort !== 'name') p.set('sort', f.sort);
  if (f.dir !== 'asc') p.set('dir', f.dir);
  return p;
}

export const hasFilters = (f: ListFilters) => !!(f.q.trim() || f.status !== 'active' || f.pmks || f.sex || f.age || f.room);

export function toListInput(f: ListFilters): ResidentListInput {
  return {
    q: f.q.trim() || undefined,
    statuses: f.status === 'all' ? undefined : [f.status],
    pmksCategory: f.pmks ?? undefined,
    sex: f.sex ?? undefined,
    ageGroup: f.age ?? undefined,
    room: f.room ?? undefined,
    sort: f.sort,
    direction: f.dir,
  };
}
