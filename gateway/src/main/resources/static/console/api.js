// The signed-in session lives in sessionStorage only: it ends with the tab.
const KEY = 'aura.token';

export function token() { return sessionStorage.getItem(KEY); }

export function signIn(accessToken) { sessionStorage.setItem(KEY, accessToken.trim()); }

export function signOut() { sessionStorage.removeItem(KEY); }

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
