/**
 * The routes. The home page ships in the main bundle; every other page (and with them Observable
 * Plot) is a chunk of its own, loaded when first visited.
 */
import { createBrowserRouter, type RouteObject } from "react-router";
import { AppLayout } from "./components/app-layout.tsx";
import { LoadingSkeleton } from "./components/loading-skeleton.tsx";
import { RouteError } from "./components/route-error.tsx";
import { HomePage } from "./pages/home-page.tsx";

export const routes: RouteObject[] = [
  {
    path: "/",
    Component: AppLayout,
    HydrateFallback: () => <LoadingSkeleton blocks={3} />,
    children: [
      {
        // A pathless layout route: an error in a page renders inside the header and footer.
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: HomePage },
          {
            path: "countries/:code",
            lazy: async () => ({
              Component: (await import("./pages/country-profile-page.tsx")).CountryProfilePage,
            }),
          },
          {
            path: "indicators",
            lazy: async () => ({ Component: (await import("./pages/indicators-page.tsx")).IndicatorsPage }),
          },
          {
            path: "indicators/:code",
            lazy: async () => ({ Component: (await import("./pages/indicator-page.tsx")).IndicatorPage }),
          },
          {
            path: "coverage",
            lazy: async () => ({ Component: (await import("./pages/coverage-page.tsx")).CoveragePage }),
          },
          {
            path: "readiness",
            lazy: async () => ({ Component: (await import("./pages/readiness-page.tsx")).ReadinessPage }),
          },
          {
            path: "knowledge",
            lazy: async () => ({ Component: (await import("./pages/search-page.tsx")).SearchPage }),
          },
          {
            path: "knowledge/new",
            lazy: async () => ({
              Component: (await import("./pages/record-editor-page.tsx")).RecordEditorPage,
            }),
          },
          {
            path: "knowledge/:id",
            lazy: async () => ({ Component: (await import("./pages/record-page.tsx")).RecordPage }),
          },
          {
            path: "knowledge/:id/edit",
            lazy: async () => ({
              Component: (await import("./pages/record-editor-page.tsx")).RecordEditorPage,
            }),
          },
          {
            path: "knowledge/:id/history",
            lazy: async () => ({
              Component: (await import("./pages/record-history-page.tsx")).RecordHistoryPage,
            }),
          },
          {
            path: "sign-in",
            lazy: async () => ({ Component: (await import("./pages/sign-in-page.tsx")).SignInPage }),
          },
          {
            path: "account",
            lazy: async () => ({ Component: (await import("./pages/account-page.tsx")).AccountPage }),
          },
          {
            path: "users",
            lazy: async () => ({ Component: (await import("./pages/users-page.tsx")).UsersPage }),
          },
          {
            path: "quality",
            lazy: async () => ({ Component: (await import("./pages/quality-page.tsx")).QualityPage }),
          },
          {
            path: "rounds",
            lazy: async () => ({ Component: (await import("./pages/rounds-page.tsx")).RoundsPage }),
          },
          {
            path: "rounds/:roundId",
            lazy: async () => ({ Component: (await import("./pages/round-page.tsx")).RoundPage }),
          },
          {
            path: "rounds/:roundId/:area",
            lazy: async () => ({ Component: (await import("./pages/submission-page.tsx")).SubmissionPage }),
          },
          {
            path: "rounds/:roundId/:area/history",
            lazy: async () => ({
              Component: (await import("./pages/submission-history-page.tsx")).SubmissionHistoryPage,
            }),
          },
          {
            path: "setup",
            lazy: async () => ({ Component: (await import("./pages/setup-page.tsx")).SetupPage }),
          },
          {
            path: "reset-password",
            lazy: async () => ({
              Component: (await import("./pages/reset-password-page.tsx")).ResetPasswordPage,
            }),
          },
          {
            path: "about/data",
            lazy: async () => ({ Component: (await import("./pages/about-data-page.tsx")).AboutDataPage }),
          },
          {
            path: "*",
            lazy: async () => ({ Component: (await import("./pages/not-found-page.tsx")).NotFoundPage }),
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
