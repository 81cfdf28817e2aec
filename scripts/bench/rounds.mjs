// The backend rows' rounds: each row is measured once a round, and the round with the median
// ratio stands for it, with every round's ratio kept beside it.

/**
 * The reference signing rate: node:crypto's synchronous sign in a loop, the most one core signs
 * (no thread, no promise), measured as long as the token row. The other ways to sign can only
 * be slower; in short runs one of them sometimes counts more, which is the machine's noise.
 */
export const signRateOf = (sign) => sign.nodeRaw;

/** One round's figures, as the report lists them beside the median round. */
function roundSummary(run) {
  const { sign } = run;
  return {
    perSecond: run.perSecond,
    ceiling: run.ceiling.perSecond,
    p50_us: run.p50_us,
    p99_us: run.p99_us,
    ...(run.machine ? { serverCoreBusy: run.machine.busy[0] } : {}),
    ...(sign
      ? {
          signRate: signRateOf(sign),
          fastestSign: Math.max(
            sign.sequential,
            sign.concurrent,
            sign.nodeSequential,
            sign.nodeConcurrent,
            sign.nodeRaw,
          ),
        }
      : {}),
  };
}

/**
 * A round's ratio from its summary, the one its row's rounds are ranked by: × signing rate for
 * the token row (the only one paired with a signing run), × ceiling in requests otherwise (the
 * login row's too, as the emulator's whole sign-in is stated).
 */
export const roundRatio = (round) =>
  round.signRate ? round.perSecond / round.signRate : round.perSecond / round.ceiling;

/**
 * `rounds`: one `{ store: { scenario: run } }` per round. Returns the same shape, each run the
 * round of median ratio (the lower middle of an even count) with `rounds` listing all of them.
 */
export function medianRounds(rounds) {
  const merged = {};
  for (const [store, scenarios] of Object.entries(rounds[0]))
    for (const scenario of Object.keys(scenarios)) {
      const runs = rounds.map((round) => round[store][scenario]);
      const summaries = runs.map(roundSummary);
      const ranked = runs
        .map((_, index) => index)
        .sort((a, b) => roundRatio(summaries[a]) - roundRatio(summaries[b]));
      (merged[store] ??= {})[scenario] = {
        ...runs[ranked[Math.floor((ranked.length - 1) / 2)]],
        rounds: summaries,
      };
    }
  return merged;
}
