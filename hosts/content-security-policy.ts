/**
 * One strict policy for both hosts: only the app's own scripts, styles and fonts; no remote
 * content, no inline script, no plugins, no framing. (React sets styles through the DOM, which
 * style-src does not restrict.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
