import { lazy, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the page keeps its own prop types
type AnyComponent = ComponentType<any>;

/**
 * A page loaded on first use (React.lazy) from a module with named exports, typed as the page itself.
 * A Suspense above it (Boot, or the router's layout around the outlet) shows a loader meanwhile.
 */
export function lazyPage<M extends { [P in K]: AnyComponent }, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
