import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

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
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
