// Reading the host's logo from a file chosen by the user: PNG or JPEG, recognised by content, not by name.
import type { LogoImage } from './domain/types';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export type LogoError = 'settings.logo.invalid' | 'settings.logo.tooLarge';

export function sniffImageType(bytes: Uint8Array): LogoImage['mime'] | null {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export async function readLogo(file: File): Promise<LogoImage | LogoError> {
  if (file.size > MAX_LOGO_BYTES) return 'settings.logo.tooLarge';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = sniffImageType(bytes);
  if (!mime) return 'settings.logo.invalid';
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const dataUrl = `data:${mime};base64,${btoa(binary)}`;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }));
    const logo: LogoImage = { dataUrl, mime, name: file.name, width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return logo;
  } catch {
    return 'settings.logo.invalid';
  }
}
