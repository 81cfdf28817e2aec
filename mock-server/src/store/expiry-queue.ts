/**
 * Ids by expiry time, earliest first (a binary heap), so that deleting what has expired costs
 * the number deleted, not a scan of every record. An id is pushed at each write; an entry whose
 * record was since rewritten or deleted is skipped when it comes out.
 */
export interface ExpiryQueue {
  push(expiresAt: number, id: string): void;
  /** Removes and yields the ids of the entries that expire before `before`. */
  takeExpired(before: number): Generator<string>;
  /** Removes and returns the earliest entry's id if it expires at or before `time`. */
  popDue(time: number): string | undefined;
  readonly size: number;
}

export function createExpiryQueue(): ExpiryQueue {
  const times: number[] = [];
  const ids: string[] = [];
  // Sifts move the entry along a path of parents or children and write it once where it stops.
  const up = (index: number) => {
    const time = times[index]!;
    const id = ids[index]!;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (times[parent]! <= time) break;
      times[index] = times[parent]!;
      ids[index] = ids[parent]!;
      index = parent;
    }
    times[index] = time;
    ids[index] = id;
  };
  const down = (index: number) => {
    const time = times[index]!;
    const id = ids[index]!;
    const count = times.length;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= count) break;
      if (child + 1 < count && times[child + 1]! < times[child]!) child++;
      if (times[child]! >= time) break;
      times[index] = times[child]!;
      ids[index] = ids[child]!;
      index = child;
    }
    times[index] = time;
    ids[index] = id;
  };
  const pop = () => {
    const id = ids[0]!;
    const lastTime = times.pop()!;
    const lastId = ids.pop()!;
    if (times.length) {
      times[0] = lastTime;
      ids[0] = lastId;
      down(0);
    }
    return id;
  };
  return {
    push(expiresAt, id) {
      times.push(expiresAt);
      ids.push(id);
      up(times.length - 1);
    },
    *takeExpired(before) {
      while (times.length && times[0]! < before) yield pop();
    },
    popDue(time) {
      return times.length && times[0]! <= time ? pop() : undefined;
    },
    get size() {
      return times.length;
    },
  };
}
