// OpenID Provider for the device-flow tests: panva oidc-provider (v9, pinned in package.json).
//   PORT=3000 DEVICE_TTL=600 INTERVAL=1 ACCESS_TTL=3600 SLOW_DOWN_SHIM=1 node oidc_server.mjs
// Binds 127.0.0.1 only and prints "READY <issuer>" once listening (tests/servers/oidc.py waits for it).
// DEV ONLY: devInteractions accept any login with any password.
import Provider from 'oidc-provider';

const PORT = Number(process.env.PORT || 3000);
const ISSUER = `http://127.0.0.1:${PORT}`;
const DEVICE_TTL = Number(process.env.DEVICE_TTL || 600);
const INTERVAL = Number(process.env.INTERVAL || 5);
const ACCESS_TTL = Number(process.env.ACCESS_TTL || 3600);
const CLIENT_ID = process.env.CLIENT_ID || 'identity-connect-agent';

// alice is a tenant admin, bob is not: the claim is what the Identity Connect tenant adds to userinfo.
const ACCOUNTS = {
  alice: { email: 'alice@example.test', email_verified: true, name: 'Alice Example', identity_connect_admin: true },
  bob: { email: 'bob@example.test', email_verified: true, name: 'Bob Builder', identity_connect_admin: false },
};

const configuration = {
  clients: [{
    client_id: CLIENT_ID,
    client_name: 'Identity Connect agent',
    token_endpoint_auth_method: 'none',
    grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
    response_types: [],
    redirect_uris: [],
  }],
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
    userinfo: { enabled: true },
  },
  scopes: ['openid', 'offline_access', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'identity_connect_admin'],
  },
  ttl: {
    DeviceCode: DEVICE_TTL,
    AccessToken: ACCESS_TTL,
    IdToken: 3600,
    RefreshToken: 14 * 24 * 3600,
    Grant: 14 * 24 * 3600,
    Interaction: 600,
    Session: 3600,
  },
  cookies: { keys: ['test-only-cookie-key'] },
  async findAccount(ctx, sub) {
    const a = ACCOUNTS[sub] || { email: `${sub}@example.test`, email_verified: false, name: sub };
    return { accountId: sub, async claims() { return { sub, ...a }; } };
  },
};

const provider = new Provider(ISSUER, configuration);

// RFC 8628 §3.2: advertise `interval` (oidc-provider v9 omits it; clients then default to 5 s).
provider.on('device_authorization.success', (ctx, body) => { body.interval = INTERVAL; });

// oidc-provider v9 defines errors.SlowDown but never answers it. With SLOW_DOWN_SHIM=1 a poll that
// arrives less than INTERVAL s after the previous poll of the same device_code gets
// 400 {"error":"slow_down"} (RFC 8628 §3.5), so the client's slow_down path meets a real server.
if (process.env.SLOW_DOWN_SHIM === '1') {
  const lastPoll = new Map();
  provider.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/token') {
      const chunks = [];
      for await (const c of ctx.req) chunks.push(c);
      const raw = Buffer.concat(chunks).toString();
      // the stream is consumed now (req.readable=false): oidc-provider falls back to req.body
      ctx.req.body = raw;
      const params = new URLSearchParams(raw);
      if (params.get('grant_type') === 'urn:ietf:params:oauth:grant-type:device_code') {
        const dc = params.get('device_code') || '';
        const now = Date.now();
        const prev = lastPoll.get(dc);
        lastPoll.set(dc, now);
        if (prev && now - prev < INTERVAL * 1000) {
          ctx.status = 400;
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { error: 'slow_down', error_description: 'polling too quickly' };
          return;
        }
      }
    }
    await next();
  });
}

const server = provider.listen(PORT, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  console.log(`READY ${issuer}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
