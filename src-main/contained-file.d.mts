export function containedFile(root: string, file: string): Promise<{ path: string; size: number } | null>;
