/** Dispatches a typed event that bubbles out of the shadow root. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }),
  );
}
