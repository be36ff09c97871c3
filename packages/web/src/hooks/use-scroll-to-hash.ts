import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * Scrolls to the element the address's `#fragment` names once the page has rendered it. The
 * browser's own jump happens before data arrive, when the target does not exist yet.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.();
    if (target.tabIndex >= 0 || target.hasAttribute("tabindex")) target.focus({ preventScroll: true });
  }, [ready, hash]);
}
