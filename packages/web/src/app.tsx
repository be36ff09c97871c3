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
