import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The clinical core's package.json does not declare `sideEffects: false`, so the bundler would keep
 * every module it re-exports (all instruments, red flags…) although the chart only needs the
 * schemas, the atlas and the lesion history. Its modules are pure by design (packages/clinical:
 * "No I/O"), so unused ones may be dropped. Every other module keeps the default (CSS imports).
 */
const CLINICAL_SOURCE = /[\\/]packages[\\/]clinical[\\/]src[\\/]/;

// The server serves dist/ at "/" (issue 4), so assets use absolute paths from the site root.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The chart targets current evergreen browsers (clinic desktops and tablets).
    target: "es2022",
    // recharts alone is ~100 kB gzipped; the warning would fire on every build for no action.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !CLINICAL_SOURCE.test(id) },
    },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
