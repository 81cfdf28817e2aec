// Turns the raw figures of `npm run bench` into the Markdown tables of BENCHMARKS.md.
import { roundRatio, signRateOf } from './rounds.mjs';
import { percent } from './machine.mjs';

/** The memory store's rows once more, with V8's garbage collector on its helper threads as well. */
export const CONCURRENT_GC_ROW = 'memory, concurrent GC';

const int = (value) => Math.round(value).toLocaleString('en-US');
const ratio = (value, base) => (base ? (value / base).toFixed(value / base < 0.1 ? 3 : 2) : '–');
const ms = (us) => (us / 1000).toFixed(us < 10_000 ? 2 : 1);
const size = (count) =>
  count >= 1_000_000 ? `${count / 1_000_000}M` : count >= 1000 ? `${count / 1000}k` : String(count);

function machine(results) {
  const { machine: m, settings: s } = results;
  return [
    `Machine: ${m.nproc} cores (\`nproc\`), ${m.cpu}, Node ${m.node}, ${m.wrk}.`,
    'Other work shares this machine: the 1-minute load average at the start and end of each section is shown, and every ratio pairs runs taken seconds apart to ride it out.',
    results.sections
      ? `Sections by command: ${Object.entries(results.sections)
          .map(
            ([name, run]) =>
              `${name}: \`${run.command}\` (${run.date.slice(0, 16)}Z, load ${run.load?.map((value) => value?.toFixed(1) ?? '?').join(' → ') ?? '?'}${run.cpu && run.cpu !== m.cpu ? `, on ${run.cpu}` : ''})`,
          )
          .join('; ')}.`
      : `Command: \`${results.command}\` (${results.date}).`,
    m.pinned
      ? 'Pinning: every measured Node process (servers, signing loop, in-process runs) runs under `taskset -c 0`, wrk under `taskset -c 1` (`wrk -t1`).'
      : 'Pinning: not available here (taskset missing or one core); server and wrk share the cores.',
    `wrk: ${s.connections} connections, ${s.warmSeconds} s warm-up (discarded) then ${s.measureSeconds} s measured per row.`,
  ].join('\n');
}

/** Each round's ratio and p99 ÷ p50; for the token row also the highest of the five ways to sign. */
function roundsCell(run) {
  if (!run.rounds) return '';
  return run.rounds
    .map(
      (round) =>
        `${ratio(roundRatio(round), 1)} (${(round.p99_us / round.p50_us).toFixed(1)}${round.serverCoreBusy === undefined ? '' : `; ${percent(round.serverCoreBusy)}`})${round.fastestSign ? ` [÷ highest ${(round.perSecond / round.fastestSign).toFixed(2)}]` : ''}`,
    )
    .join(', ');
}

function backend(results) {
  const runs = results.backend;
  const all = Object.values(runs).flatMap((scenarios) => Object.values(scenarios));
  const bares = all.map((run) => run.ceiling.perSecond);
  const signs = all.filter((run) => run.sign);
  const roundCount = Math.max(...all.map((run) => run.rounds?.length ?? 1));
  const lines = [
    '### Backend over loopback',
    '',
    `Each row is paired with a run of the ceiling, a bare \`node:http\` server answering a fixed JSON body to the same POST, measured just before it (${int(Math.min(...bares))}–${int(Math.max(...bares))} req/s across the rows); the × columns divide by that paired run. ${roundCount > 1 ? `Every row was measured in ${roundCount} rounds, interleaved (each row of the round, then the next round), each round on servers started afresh; a row shows its median round, by the ratio the issue sets (× signing rate for the token row, × ceiling in requests otherwise, the login row's too), and the _rounds_ column gives each round's ratio, p99 ÷ p50 and how busy the server's core was. ` : ''}The token row is also paired with a bare RS256 signing run right after it (2048-bit key): node:crypto's synchronous sign in a loop for ${results.settings.measureSeconds} s, the most one core signs, is the reference (${signs.map((run) => `${int(signRateOf(run.sign))}/s`).join(', ')}); jose \`SignJWT\` and node:crypto as the server signs (on the thread pool), each one at a time and 16 in flight, run 3 s each beside it, and the rounds column also divides the token row by the highest of all five (the reference of earlier runs). Without an \`audience\` a token answer signs one JWT (the id token; the access token is opaque, as Auth0's), so 1 × the signing rate is the most it can reach. The *framework floor* row is the smallest app on the same HTTP stack (\`scripts/bench/floor.mjs\`: @hono/node-server and Hono with its RegExpRouter, reading the JSON POST and answering JSON with the CORS headers written into the answer as the backend writes them): what a request costs before any code of ours runs. The row after it is the same app with Hono's cors middleware on every request instead (what the floor row measured before), which the backend keeps for preflights only. The *signing floor* row (\`scripts/bench/sign-floor.ts\`) is a bare \`node:http\` server that answers each token request with a token set holding one RS256 JWT, signed by the server's own node:crypto signer on the thread pool, and no other work: paired with a ceiling run and a signing run as the token row is, it is the most × signing rate a token endpoint on Node reaches, so the gap between it and 1 × is the HTTP stack and the hand-off to the thread pool, and the gap between it and the token row is ours. The event-loop columns are the bench server's own (\`monitorEventLoopDelay\`, 5 ms resolution, over the measured run) and its longest garbage-collection pause; a stall is a 5 ms timer of the server's that fired more than 20 ms late, and the count beside it says how many stalls had one of the run's major collections (mark-compact) start inside them. _Own time_ is the bench server's time per request (every sixteenth request, so that timing costs the rest nothing), from Node's \`request\` event to the answer handed to the socket, its waits for the thread pool (a signature) and for the store (a commit) included: the rest of wrk's latency is waiting before Node reads the request, in sockets, behind other requests in the event loop and on the machine. The paired ceiling's own p99 ÷ p50 shows how much of that the machine adds to a server that does nothing. The machine column is read from \`/proc\` over the measured run (\`scripts/bench/machine.mjs\`): each core's busy share of its time and its steal (time the hypervisor ran something else on it), and the TCP segments retransmitted on the machine (each waits at least 200 ms on Linux). A server's core well under 100 % busy in a row that is CPU-bound means the requests were not reaching it: a tail there was made outside the server.`,
    '',
    '| store | scenario | req/s | × ceiling | p50 ms | p99 ms | p99 ÷ p50 | × RS256 signing rate | event loop delay p99 / max ms, longest GC ms; stalls over 20 ms (those with one of the major GCs in them) | own time p50 / p99 ms | server’s core / wrk’s core: busy, steal ms; TCP retransmits | paired ceiling req/s, p50, p99 (p99 ÷ p50) | rounds: ratio (p99 ÷ p50; server’s core busy) | non-2xx / socket errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
  ];
  for (const [store, scenarios] of Object.entries(runs)) {
    for (const [name, run] of Object.entries(scenarios)) {
      const label = {
        start:
          store === 'floor'
            ? 'framework floor: a minimal app on the same stack, CORS headers as the backend sets them'
            : '`POST /passwordless/start` (outbox)',
        corsMiddleware: 'the same app with Hono’s cors middleware on every request',
        signing:
          'signing floor: bare `node:http`, each answer one RS256 JWT signed as the server signs',
        token: '`POST /oauth/token` (right code)',
        login: `whole login, 3 requests each: **${int(run.completedPerSecond)} logins/s**`,
      }[name];
      const c = run.ceiling;
      const signRate = run.sign ? signRateOf(run.sign) : 0;
      const loop = run.loop
        ? `${run.loop.p99_ms.toFixed(1)} / ${run.loop.max_ms.toFixed(1)}, ${run.loop.longest_gc_ms.toFixed(1)}${run.loop.stalls === undefined ? '' : `; ${run.loop.stalls} (${run.loop.stalls_with_major_gc} of ${run.loop.major_gcs})`}`
        : '';
      const own =
        run.loop?.own_p99_ms === undefined
          ? ''
          : `${run.loop.own_p50_ms.toFixed(2)} / ${run.loop.own_p99_ms.toFixed(2)}`;
      const duringRun = run.machine
        ? `${percent(run.machine.busy[0])}, ${run.machine.steal_ms[0]} / ${percent(run.machine.busy[1])}, ${run.machine.steal_ms[1]}; ${run.machine.tcp_retransmits}`
        : '';
      lines.push(
        `| ${store === 'floor' ? '–' : store} | ${label} | ${int(run.perSecond)} | **${ratio(run.perSecond, c.perSecond)}** | ${ms(run.p50_us)} | ${ms(run.p99_us)} | ${(run.p99_us / run.p50_us).toFixed(1)} | ${signRate ? ratio(run.perSecond, signRate) : ''} | ${loop} | ${own} | ${duringRun} | ${int(c.perSecond)}, ${ms(c.p50_us)} ms, ${ms(c.p99_us)} ms (${(c.p99_us / c.p50_us).toFixed(1)}) | ${roundsCell(run)} | ${run.status_errors} / ${run.socket_errors} |`,
      );
    }
  }
  if (!results.sqlite)
    lines.push('', '_SQLite store: `mock-server/src/store/sqlite.ts` did not exist at this run._');
  if (runs[CONCURRENT_GC_ROW])
    lines.push(
      '',
      "_memory, concurrent GC: the memory store's rows again, on a server started with `--no-single-threaded-gc`: V8's marking and scavenging on its helper threads as well, which share the server's one core, as every server ran before `sms-login-server` (and the bench server, as it does) started itself again on one core with the garbage collector on the main thread (`mock-server/src/server/one-core.ts`)._",
    );
  if (runs['postgres, 2 instances'])
    lines.push(
      '',
      '_postgres, 2 instances: two bench servers on one database, each loaded by its own wrk with half the connections, figures summed (latencies: the worse of the two). On this 2-core machine both servers share the server core and PostgreSQL takes from both: the row shows what sharing one database costs, not what a second machine gains._',
    );
  return lines.join('\n');
}

function scale(results) {
  const lines = ['### How cost grows with the store', ''];
  for (const [store, { results: rows, rounds }] of Object.entries(results.scale)) {
    lines.push(
      `**${store} store**: in-process, an empty store and one seeded through the store API with that many pending codes and that many users, measured in alternating bursts (${rounds} each, best burst kept); start and token through the backend's fetch handler with 16 in flight, store calls one at a time. × empty = seeded ÷ empty.`,
      '',
      '| pending codes + users | seed time s | start/s | × empty | token/s | × empty | `saveIssuedCode`/s | × empty | `redeemCode`/s | × empty | `findUserByPhone`/s (a hit) | × first row |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const row of rows) {
      const cell = (name) =>
        `${int(row.seeded[name])} | ${ratio(row.seeded[name], row.empty[name])}`;
      // The empty store can only miss a user; a seeded one finds and copies it: compare hits.
      lines.push(
        `| ${size(row.size)} | ${row.fillSeconds.toFixed(1)} | ${cell('start')} | ${cell('token')} | ${cell('save')} | ${cell('redeem')} | ${int(row.seeded.findUser)} | ${ratio(row.seeded.findUser, rows[0].seeded.findUser)} |`,
      );
    }
    if (store === 'memory')
      lines.push(
        '',
        `Memory (heap delta after two \`gc()\` ÷ count): ${rows.map((row) => `${Math.round(row.codeBytes)} B per pending code and ${Math.round(row.userBytes)} B per user at ${size(row.size)}`).join('; ')}.`,
      );
    else if (rows.some((row) => row.fileBytes))
      lines.push(
        '',
        `Database file (with its write-ahead log): ${rows.map((row) => `${Math.round(row.fileBytes / (2 * row.size))} B per row (codes and users) at ${size(row.size)}`).join('; ')}.`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

function templates(results) {
  const rows = Object.entries(results.templates);
  const base = results.templates.macros?.perSecond;
  return [
    '### Template rendering (`renderMessage`, parse cached)',
    '',
    '| template | renders/s | µs per render | × macros only | renders refused (engine time limit) |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      ([, row]) =>
        `| ${row.label} | ${int(row.perSecond)} | ${(1e6 / row.perSecond).toFixed(2)} | ${ratio(row.perSecond, base)} | ${row.failures ?? 0} |`,
    ),
  ].join('\n');
}

function durability(results) {
  const { newUser, newUsersInFlight, returningLogin, tenantSetting, sessionRecord } =
    results.durability;
  const synced = 'commit, then the log synced';
  return [
    '### SQLite durability (same store and disk, one run)',
    '',
    '| write | before the answer | writes/s | durable ÷ not |',
    '|---|---|---:|---:|',
    `| a new user's first login | ${synced} | ${int(newUser)} | **${ratio(newUser, returningLogin)}** of a returning login |`,
    ...(newUsersInFlight === undefined
      ? []
      : [
          `| the same, 16 at a time (sharing commits and syncs) | ${synced} | ${int(newUsersInFlight)} | **${ratio(newUsersInFlight, returningLogin)}** |`,
        ]),
    `| a returning user's login | commit | ${int(returningLogin)} | |`,
    `| a tenant setting (client, connection, branding: the Management API) | ${synced} | ${int(tenantSetting)} | **${ratio(tenantSetting, sessionRecord)}** of a session record |`,
    `| a browser session record | commit | ${int(sessionRecord)} | |`,
  ].join('\n');
}

function fixes(results) {
  const { hmac, connections, answer, stall, savepoint, take, forgetting } = results.fixes;
  return [
    '### Hot-spot fixes, before and after (both forms in one process, same run)',
    '',
    '| what | before /s | after /s | after ÷ before |',
    '|---|---:|---:|---:|',
    `| code hash (\`hmacHex\`): raw key imported for every hash → imported key cached, 16 in flight | ${int(hmac.before)} | ${int(hmac.after)} | **${ratio(hmac.after, hmac.before)}** |`,
    ...Object.entries(connections).map(
      ([count, row]) =>
        `| \`tenant.findConnection\` with ${count} connection${count === '1' ? '' : 's'}: list, clone and sort all → one document by remembered id | ${int(row.before)} | ${int(row.after)} | **${ratio(row.after, row.before)}** |`,
    ),
    ...(answer
      ? [
          `| a start's JSON answer as the Node door writes it: \`Response.json\`, CORS headers set on it, its \`Headers\` read back → \`jsonAnswer\`, one plain record | ${int(answer.before)} | ${int(answer.after)} | **${ratio(answer.after, answer.before)}** |`,
        ]
      : []),
    ...(savepoint
      ? [
          `| one SQLite write unit in the open group transaction: \`db.transaction(work)()\` → \`SAVEPOINT\`/\`RELEASE\` prepared once | ${int(savepoint.before)} | ${int(savepoint.after)} | **${ratio(savepoint.after, savepoint.before)}** |`,
        ]
      : []),
    ...(take
      ? [
          `| one rate-limit take in the memory store (100,000 per-number buckets): \`takeRateLimitTokens([request])\` → \`takeRateLimitToken\`, no arrays | ${int(take.before)} | ${int(take.after)} | **${ratio(take.after, take.before)}** |`,
        ]
      : []),
    ...(forgetting
      ? [
          `| a bucket write with the memory store's forgetting, among 100,000 live buckets: a walk round the map, three entries a write → a queue by the time each dies (store/forgetting.ts) | ${int(forgetting.before)} | ${int(forgetting.after)} | **${ratio(forgetting.after, forgetting.before)}** |`,
        ]
      : []),
    ...(stall
      ? [
          '',
          '| what | before, longest set ms | after, longest set ms |',
          '|---|---:|---:|',
          `| a map filled to 1,100,000 keys like the memory store's codes (garbage-collection pauses included): \`Map\` (rehashed whole at each doubling) → \`ShardedMap\` (256 parts) | ${stall.before.toFixed(1)} | ${stall.after.toFixed(1)} |`,
        ]
      : []),
  ].join('\n');
}

function widget(results) {
  const w = results.widget;
  if (!w || w.skipped) return `### Widget\n\n_Not measured: ${w?.skipped ?? 'no figures'}._`;
  const lines = ['### Widget', ''];
  if (w.size)
    lines.push(
      '| what | files | min+gzip KB |',
      '|---|---:|---:|',
      `| up front (\`${w.size.entry}\` and its static imports) | ${w.size.upFront.files} | ${(w.size.upFront.gzip / 1024).toFixed(1)} |`,
      ...(w.size.withPhone
        ? [
            `| up front + number formatting (libphonenumber-js core and the metadata index, fetched on first focus; each calling code's metadata is a further chunk of its own) | ${w.size.withPhone.files} | ${(w.size.withPhone.gzip / 1024).toFixed(1)} |`,
          ]
        : []),
      `| everything in \`dist/\` (lazy chunks included) | ${w.size.total.files} | ${(w.size.total.gzip / 1024).toFixed(1)} |`,
      '',
    );
  if (w.interactive)
    lines.push(
      `Navigation to interactive widget (headless Chromium, fresh context per run, median of ${w.interactive.runs.length}): **${w.interactive.median.toFixed(0)} ms** (min ${Math.min(...w.interactive.runs).toFixed(0)}, max ${Math.max(...w.interactive.runs).toFixed(0)}); blank page with the same server: ${w.interactive.blankMedian.toFixed(0)} ms, so the widget adds ${(w.interactive.median - w.interactive.blankMedian).toFixed(0)} ms. ${w.interactive.definition}`,
      '',
    );
  if (w.typing)
    lines.push(
      `As-you-type formatting (${w.typing.how}): ${w.typing.perKeystrokeUs.toFixed(1)} µs per keystroke over ${w.typing.numbers} numbers × ${w.typing.keystrokes} keystrokes (${int(1e6 / w.typing.perKeystrokeUs)} keystrokes/s; a 60 Hz frame is 16 667 µs).`,
    );
  return lines.join('\n');
}

function startup(results) {
  const { runs, bare, memory, sqlite } = results.startup;
  const row = (label, figures) =>
    `| ${label} | **${figures.medianMs.toFixed(0)}** | ${figures.minMs.toFixed(0)}–${figures.maxMs.toFixed(0)} | ${ratio(figures.medianMs, bare.medianMs)} |`;
  return [
    '### Server start-up',
    '',
    `Spawn of the compiled \`sms-login-server\` (\`mock-server/dist/bin/\`, as the package ships it) to its first \`200\` from \`/healthz\`, each run paired with a bare \`node -e\` HTTP server started the same way just before it; median of ${runs} pairs.`,
    '',
    '| what | median ms | min–max ms | × bare node |',
    '|---|---:|---:|---:|',
    row('bare `node -e` HTTP server (first answer)', bare),
    row('`sms-login-server --memory`', memory),
    row('`sms-login-server --data <dir>` (SQLite, a new file)', sqlite),
  ].join('\n');
}

export function renderReport(results) {
  const parts = [machine(results)];
  if (results.failed)
    parts.push(
      `Sections that failed in this run: ${Object.entries(results.failed)
        .map(([name, message]) => `${name} (${message})`)
        .join('; ')}.`,
    );
  if (results.backend) parts.push(backend(results));
  if (results.scale) parts.push(scale(results));
  if (results.templates) parts.push(templates(results));
  if (results.fixes) parts.push(fixes(results));
  if (results.durability) parts.push(durability(results));
  if (results.widget) parts.push(widget(results));
  if (results.startup) parts.push(startup(results));
  return parts.join('\n\n');
}
