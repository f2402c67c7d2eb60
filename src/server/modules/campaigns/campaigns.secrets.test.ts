import { describe, expect, it } from 'vitest';
import { sealText } from '../../core/secrets.ts';
import { seal, signatureOf, unseal } from './campaigns.secrets.ts';

// The webhook secrets moved from the module's own AES-256-GCM copy onto core/secrets. Organisations
// already have sealed addresses in campaign_settings: those must still open after the move.

const serverSecret = 'a-server-secret-of-at-least-32-characters';
const url = 'https://example.webhook.office.com/webhookb2/abc';
// Sealed by the former campaigns.secrets.ts (its own cipher and key derivation) before the move.
const sealedBeforeTheMove =
  'OQPxduaK7OwNzLBD.d-TAXw-KmkfyH7Kk626PoQ.M0YY8NVUK9eTmXv6KPVlgCekooXxzpAP0mgPdiob5iR64bTkfjEa5wvfVog2rkIV';

describe('campaign webhook secrets on core/secrets', () => {
  it('opens a webhook address sealed before the move', () => {
    expect(unseal(serverSecret, sealedBeforeTheMove)).toBe(url);
  });

  it('seals with a fresh nonce and opens its own values', () => {
    const first = seal(serverSecret, url);
    expect(first).not.toBe(seal(serverSecret, url));
    expect(first).not.toContain('webhook');
    expect(unseal(serverSecret, first)).toBe(url);
  });

  it('does not open with another server secret or another purpose', () => {
    expect(() => unseal(`${serverSecret}-other`, sealedBeforeTheMove)).toThrow();
    const otherPurpose = sealText(serverSecret, 'sso-client', url);
    expect(() => unseal(serverSecret, otherPurpose)).toThrow();
  });

  it('refuses a changed byte', () => {
    const [iv, tag, body] = sealedBeforeTheMove.split('.');
    const changed = `${iv}.${tag}.${body?.startsWith('A') ? 'B' : 'A'}${body?.slice(1)}`;
    expect(() => unseal(serverSecret, changed)).toThrow();
  });

  it('signs a post body as sha256 HMAC', () => {
    expect(signatureOf('s', '{}')).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signatureOf('s', '{}')).not.toBe(signatureOf('t', '{}'));
  });
});
