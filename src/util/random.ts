/**
 * mulberry32: a small, fast, seedable 32-bit PRNG returning floats in [0, 1). Every random choice
 * in the library (Louvain's node order, the network map's start positions) draws from it, so the
 * same seed gives the same result on every platform.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
