export const CONTENT_SECURITY_POLICY: string;
export const META_CONTENT_SECURITY_POLICY: string;
export const PRINT_CONTENT_SECURITY_POLICY: string;
export function securityHeaders(policy?: string): Record<'content-security-policy' | 'x-content-type-options' | 'referrer-policy', string>;
export function contentTypeFor(file: string): string;
