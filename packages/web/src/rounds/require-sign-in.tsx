import type { User } from "@circular-atlas/contracts";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useSession } from "../session/session-context.tsx";

/** Renders `children` for a signed-in user; sends anyone else to sign in, back here afterwards. */
export function RequireSignIn({ children }: { children: (user: User) => ReactNode }) {
  const { session, user } = useSession();
  const location = useLocation();
  if (session === undefined) return <LoadingSkeleton blocks={3} />;
  if (user === null)
    return (
      <Navigate replace to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} />
    );
  return children(user);
}
