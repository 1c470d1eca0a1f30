import { lazy, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the page keeps its own prop types
type AnyComponent = ComponentType<any>;

/**
 * A page loaded on first use (React.lazy) from a module with named exports, typed as the page itself.
 * A Suspense above it (Boot, or the router's layout around the outlet) shows a loader meanwhile.
 * `preload()` starts fetching the chunk ahead of need (e.g. the signed-in app while the log-in form is shown).
 */
export function lazyPage<M extends { [P in K]: AnyComponent }, K extends keyof M>(load: () => Promise<M>, name: K) {
  let loading: Promise<M> | null = null;
  const get = () => (loading ??= load());
  return Object.assign(
    lazy(async () => ({ default: (await get())[name] })),
    {
      preload: () => {
        get().catch(() => {
          // Fetched again when the page is opened; the error shows there.
          loading = null;
        });
      },
    },
  );
}
