import { createHmac, timingSafeEqual } from 'node:crypto';
import { encodeBase64Url, readTokenClaims, type TokenClaims } from '@washup/shared/auth';

/** Tokens are `<base64url JSON claims>.<base64url HMAC-SHA256>`: readable by the client, forgeable by nobody. */
export class TokenSigner {
  constructor(private readonly secret: string) {}

  sign(claims: TokenClaims): string {
    const payload = encodeBase64Url(JSON.stringify(claims));
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claims of a well-signed token, or null. Expiry and revocation are the caller's checks. */
  verify(token: string): TokenClaims | null {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return readTokenClaims(token);
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
