/**
 * `load` run once and its value kept for every later call; a load that fails is forgotten, so
 * the next call tries again (a store that was down, say).
 */
export function rememberUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let remembered: Promise<T> | undefined;
  return () =>
    (remembered ??= load().catch((error: unknown) => {
      remembered = undefined;
      throw error;
    }));
}
