export function startStaticServer(root: string, options?: { port?: number; host?: string }): Promise<{ url: string; close(): Promise<void> }>;
export function rendererDir(projectRoot: string): string;
