import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../../config.js';

/**
 * Strict headers for every response. The CSP allows only our own files: no inline
 * script or style anywhere (JSON-LD data blocks are not executed, so they need no source).
 */
export function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'none'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'manifest-src': ["'self'"],
        'form-action': ["'self'"],
        'base-uri': ["'none'"],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
        ...(config.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: config.https ? { maxAge: 63072000, includeSubDomains: true } : false,
    xPoweredBy: false,
  });
}
