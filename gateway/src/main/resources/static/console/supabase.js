// Supabase Auth (GoTrue) over its REST API, as supabase-js calls it: no bundle to build or vendor. The anon key is
// public by design (it only identifies the project); the session's tokens stay in this tab's sessionStorage.

async function token(config, grant, body) {
  let response;
  try {
    response = await fetch(`${config.url}/auth/v1/token?grant_type=${grant}`, {
      method: 'POST',
      headers: { apikey: config.anonKey, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    return { error: `${config.url}: ${e.message}`, unreachable: true }; // offline, or refused by CORS
  }
  let parsed = null;
  try { parsed = await response.json(); } catch (e) { parsed = null; }
  if (!response.ok || !parsed || !parsed.access_token) {
    const b = parsed || {};
    return { error: b.msg || b.error_description || b.message || b.error || `HTTP ${response.status}` };
  }
  return { session: sessionOf(config, parsed) };
}

/** GoTrue's answer as the console keeps it: expires_at in epoch seconds, computed when GoTrue leaves it out. */
function sessionOf(config, answer) {
  const expiresAt = answer.expires_at || Math.floor(Date.now() / 1000) + (answer.expires_in || 3600);
  return {
    access_token: answer.access_token, refresh_token: answer.refresh_token, expires_at: expiresAt,
    supabase: { url: config.url, anonKey: config.anonKey },
  };
}

/** POST /auth/v1/token?grant_type=password {email, password}. */
export function signInWithPassword(config, email, password) {
  return token(config, 'password', { email, password });
}

/** POST /auth/v1/token?grant_type=refresh_token {refresh_token}: GoTrue rotates the refresh token each time. */
export function refreshSession(session) {
  return token(session.supabase, 'refresh_token', { refresh_token: session.refresh_token });
}

/** POST /auth/v1/logout revokes the refresh token; a failure still ends the session here. */
export async function revoke(session) {
  try {
    await fetch(`${session.supabase.url}/auth/v1/logout`, {
      method: 'POST', headers: { apikey: session.supabase.anonKey, Authorization: `Bearer ${session.access_token}` },
    });
  } catch (e) { /* offline: the tokens expire by themselves */ }
}
