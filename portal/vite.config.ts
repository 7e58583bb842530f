/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The portal is a single-page app that the Go binary embeds from portal/dist
// (see portal/embed.go) and serves at "/" with an index.html fallback.
const portalRoot = fileURLToPath(new URL('.', import.meta.url));

// The Go server (make run) listens here during development.
const backend = process.env.KEYBS_BACKEND ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: portalRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    // portal/dist/.keep is committed so that go:embed compiles on a fresh
    // clone; the build script recreates it after Vite empties the folder.
    emptyOutDir: true,
    sourcemap: false,
    // Swagger UI (the docs page's lazy chunk) is ~1.4 MB on its own; the
    // first-load budget is checked by `npm run size`, not by this warning.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the portal's own code: keep
        // them in their own files so a portal release stays cheap to load.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 20 },
            { name: 'graphql', test: /node_modules[\\/](urql|@urql|wonka|graphql-ws|@0no-co|graphql)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: backend, changeOrigin: true, ws: true },
      '/v1': { target: backend, changeOrigin: true },
      '/readyz': { target: backend, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // Waits inside a test may take up to 5 s each (src/test/setup.ts).
    testTimeout: 20_000,
  },
});
