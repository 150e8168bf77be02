export const INSTANCE_PATH: string;
export function requestedPath(root: string, requestUrl: string | undefined): string | null;
export function isOwnHost(hostHeader: string | undefined, ownHost: string): boolean;
export function startStaticServer(root: string, options?: { port?: number; host?: string }): Promise<{ url: string; close(): Promise<void> }>;
export function rendererDir(projectRoot: string): string;
