import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

/**
 * Builds the single-page app into `dist/`, which the server serves under a strict CSP
 * (`default-src 'self'`): nothing may be inlined as a `data:` URL and nothing may load from
 * another origin. In development, `/api` is proxied to a running server (`ATLAS_API_URL`).
 */
export default defineConfig(({ mode }) => {
  const { ATLAS_API_URL: apiUrl = "http://127.0.0.1:8080" } = loadEnv(mode, ".", "ATLAS_");
  return {
    plugins: [react()],
    build: {
      outDir: "dist",
      emptyOutDir: true,
      // CSP forbids data: URLs, so every asset stays a file of its own.
      assetsInlineLimit: 0,
      target: "es2022",
    },
    server: {
      proxy: { "/api": { target: apiUrl, changeOrigin: true } },
    },
  };
});
