// The one Content-Security-Policy of the app's page, for the Electron window and for browser mode
// alike: only the app's own scripts, styles and bridge; no frames, no forms, no plugins.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
