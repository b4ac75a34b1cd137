/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (several worktrees or agents on one machine) keep separate outputs.
  distDir: process.env.TALLY_DIST_DIR || ".next",
};

export default nextConfig;
