// A seeded PRNG (mulberry32): every fuzz failure is reported with its seed, and the same seed
// regenerates the same input, so a failure found once can be replayed and debugged.
export type Rng = () => number; // uniform in [0, 1)

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, n: number) => Math.floor(rng() * n);
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)];

/** The base seed of a run: FUZZ_SEED from the environment, else a fixed one so CI is reproducible. */
export function baseSeed(fallback = 20260122): number {
  const env = Number(process.env.FUZZ_SEED);
  return Number.isFinite(env) && process.env.FUZZ_SEED ? env >>> 0 : fallback;
}
