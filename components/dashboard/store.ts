// A minimal observable store: state in one object, shallow patches, subscribers told after each change.
// Views read it through `useStore` with a selector, so a component re-renders only for what it shows.
import { useEffect, useState } from 'preact/hooks';

export interface Store<S> {
  get(): S;
  set(patch: Partial<S>): void;
  subscribe(fn: () => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((fn) => fn());
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

export function useStore<S, T>(store: Store<S>, select: (s: S) => T): T {
  const [value, setValue] = useState(() => select(store.get()));
  useEffect(() => {
    const update = () => setValue(() => select(store.get()));
    update(); // the store may have changed between render and effect
    return store.subscribe(update);
  }, [store]);
  return value;
}
