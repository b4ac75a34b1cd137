const isDev = process.env.NODE_ENV !== "production";

// Next.js hydrates with inline scripts, so scripts need 'unsafe-inline' (no third-party origins are
// allowed); development also needs 'unsafe-eval' for React's debugging tools.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]),
];

// Generated images and clips: never a document that runs anything on this origin, whatever a provider sent.
// Served with this policy instead of the app's (a route's own header would be replaced by the global one).
const mediaHeaders = [
  { key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; sandbox" },
  ...securityHeaders.filter(({ key }) => key !== "Content-Security-Policy"),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (several worktrees or agents on one machine) keep separate outputs.
  distDir: process.env.TALLY_DIST_DIR || ".next",
  async headers() {
    return [
      { source: "/((?!api/media/).*)", headers: securityHeaders },
      { source: "/api/media/:id", headers: mediaHeaders },
    ];
  },
};

export default nextConfig;
