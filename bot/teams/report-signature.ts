import { createHmac } from 'node:crypto';

/** HMAC-SHA256 over `${id}.${exp}`, hex: the signature carried by a report link. */
export function reportSignature(secret: string, id: string, exp: number): string {
  return createHmac('sha256', secret).update(`${id}.${exp}`).digest('hex');
}
