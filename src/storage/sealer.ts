import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Secrets at rest: AES-256-GCM with a fresh 96-bit nonce per value. A sealed value is
// `base64(nonce | tag | ciphertext)` and is stored beside the id of the key that sealed it, so
// the key can be rotated: the new key seals, the previous one still opens until every value has
// been sealed again.

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A sealed value that the configured keys cannot open: sealed with another key, or damaged.
 * Never the same as "nothing stored": whoever reads the value must not act as if it were absent.
 */
export class UnopenableError extends Error {
  override name = 'UnopenableError';
  constructor(
    message: string,
    /** The id of the key the value names as its sealer. */
    readonly keyId: string,
  ) {
    super(message);
  }
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export class Sealer {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  /** `current` seals; `previous` keys only open what they sealed before a rotation. */
  constructor(current: Buffer, previous: Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== 32) throw new Error('an encryption key must be 32 bytes');
      this.keys.set(keyId(key), key);
    }
    this.currentKeyId = keyId(current);
  }

  seal(plaintext: string): { keyId: string; sealed: string } {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, nonce);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      keyId: this.currentKeyId,
      sealed: Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64'),
    };
  }

  /** The plaintext; throws UnopenableError when no configured key opens it. */
  open(id: string, sealed: string): string {
    const key = this.keys.get(id);
    if (!key)
      throw new UnopenableError(
        `no encryption key with id ${id}: set it as ENCRYPTION_KEY_PREVIOUS to read it`,
        id,
      );
    try {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE_BYTES));
      decipher.setAuthTag(raw.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(raw.subarray(NONCE_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      // The key's id matched, so the value was damaged (or the id collided): no reason worth more.
      throw new UnopenableError(`a value sealed with key ${id} does not open: it is damaged`, id);
    }
  }
}
