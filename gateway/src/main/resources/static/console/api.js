import { refreshSession, revoke } from './supabase.js';

// The signed-in session lives in sessionStorage only: it ends with the tab. A Supabase session also keeps its
// refresh token and expiry, and is refreshed shortly before the access token expires.
const KEY = 'aura.session';

/** Refresh this long before expiry, so a call never leaves with a token about to lapse. */
const REFRESH_MARGIN_S = 60;

let refreshing = null;

function session() {
  try { return JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { return null; }
}

export function token() { return session()?.access_token ?? null; }

/** A pasted or dev access token: no refresh token, it simply ends at its exp. */
export function signIn(accessToken) { sessionStorage.setItem(KEY, JSON.stringify({ access_token: accessToken.trim() })); }

/** A Supabase session: access token, refresh token, expires_at and the project it belongs to. */
export function keepSession(value) { sessionStorage.setItem(KEY, JSON.stringify(value)); }

export function signOut() {
  const current = session();
  sessionStorage.removeItem(KEY);
  if (current?.refresh_token && current.supabase) revoke(current);
}

/**
 * Refreshes a Supabase session that expires within the margin (one refresh at a time: GoTrue's refresh tokens
 * are single-use). A refused refresh ends the session; an unreachable Supabase leaves it for the next call.
 */
export async function fresh() {
  const current = session();
  if (!current?.refresh_token || !current.supabase) return;
  if (current.expires_at - REFRESH_MARGIN_S > Date.now() / 1000) return;
  refreshing = refreshing || refreshSession(current).then((r) => {
    if (r.session) keepSession(r.session);
    else if (!r.unreachable) sessionStorage.removeItem(KEY); // refused: unreachable keeps it for the next try
  }).finally(() => { refreshing = null; });
  await refreshing;
}

/** The token's claims (not verified here: the server checks every call). */
export function claims() {
  const value = token();
  if (!value) return null;
  try {
    const part = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const parsed = JSON.parse(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '=')));
    if (parsed.exp && parsed.exp * 1000 < Date.now()) return null;
    return parsed;
  } catch (e) {
    return null;
  }
}

export function isAdmin() {
  const c = claims();
  return !!c && typeof c.scope === 'string' && c.scope.split(' ').includes('admin');
}

/** Calls the API; answers {status, body, headers}. Problems are answers too (status >= 400). */
export async function call(method, path, body, headers = {}) {
  await fresh();
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  if (token()) init.headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = init.headers['Content-Type'] || 'application/json';
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = { detail: text }; }
  return { status: response.status, body: parsed, headers: response.headers };
}

/**
 * Follows a request's status events (the API's SSE stream) with the bearer token; EventSource cannot send one,
 * so the stream is read with fetch. Calls onEnvelope for each event until the stream ends.
 */
export async function follow(requestId, onEnvelope, signal) {
  await fresh();
  const response = await fetch(`/api/v1/holistic/requests/${encodeURIComponent(requestId)}/events`, {
    headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token()}` }, signal,
  });
  if (!response.ok || !response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
      if (data) onEnvelope(JSON.parse(data));
    }
  }
}
