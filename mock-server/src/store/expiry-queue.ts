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
  const swap = (a: number, b: number) => {
    [times[a], times[b]] = [times[b]!, times[a]!];
    [ids[a], ids[b]] = [ids[b]!, ids[a]!];
  };
  const up = (index: number) => {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (times[parent]! <= times[index]!) return;
      swap(parent, index);
      index = parent;
    }
  };
  const down = (index: number) => {
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let least = index;
      if (left < times.length && times[left]! < times[least]!) least = left;
      if (right < times.length && times[right]! < times[least]!) least = right;
      if (least === index) return;
      swap(least, index);
      index = least;
    }
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
