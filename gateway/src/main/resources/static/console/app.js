import { h, replace, safeLink } from './dom.js';
import { t, lang, setLang } from './i18n.js';
import { call, follow, claims, fresh, isAdmin, keepSession, signIn, signOut, token } from './api.js';
import { signInWithPassword } from './supabase.js';

const main = document.getElementById('main');
let following = null;

function announce(text) { document.getElementById('announce').textContent = text; }

function problemText(response) {
  const b = response.body || {};
  return `${t('error')} (${response.status}): ${b.detail || b.title || ''}`;
}

/** A form field: a label bound to its control, and a slot for its inline error. */
function field(id, labelText, control) {
  control.id = id;
  control.setAttribute('aria-describedby', `${id}-error`);
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), control,
    h('div', { id: `${id}-error`, class: 'field-error' }));
}

/** Shows a 422's errors[] next to the fields they name (data-field), and all of them in a summary. */
function showErrors(form, summary, response) {
  form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const errors = (response.body && response.body.errors) || [];
  const items = errors.map((e) => {
    const name = String(e.field).split(/[.[]/)[0];
    const control = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      document.getElementById(`${control.id}-error`).textContent = e.message;
    }
    return h('li', {}, `${e.field}: ${e.message}`);
  });
  replace(summary, errors.length ? [h('p', {}, t('errors')), h('ul', {}, items)] : h('p', {}, problemText(response)));
  summary.focus();
}

function select(name, options, value) {
  return h('select', { 'data-field': name }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

// ---- sign in ----

async function signInPage() {
  const config = (await call('GET', '/console/config')).body || {};
  const sections = [h('h1', {}, t('signIn'))];
  if (config.dev_sign_in) {
    const user = h('input', { type: 'text', 'data-field': 'user_id', value: crypto.randomUUID(), autocomplete: 'off' });
    const tier = select('tier', [['free', 'free'], ['plus', 'plus'], ['premium', 'premium']], 'premium');
    const admin = h('input', { type: 'checkbox', id: 'dev-admin' });
    const errors = h('div', { class: 'error', tabindex: '-1', role: 'alert' });
    const form = h('form', { id: 'dev-sign-in' },
      h('h2', {}, t('devUser')),
      field('dev-user', t('userId'), user), field('dev-tier', t('tier'), tier),
      h('div', {}, admin, h('label', { for: 'dev-admin', class: 'inline' }, t('admin'))),
      errors, h('button', { type: 'submit' }, t('signIn')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const r = await call('POST', '/console/dev-token', { user_id: user.value, tier: tier.value, admin: admin.checked });
      if (r.status !== 200) return showErrors(form, errors, r);
      signIn(r.body.access_token);
      location.hash = '#/ask';
    });
    sections.push(form);
  }
  if (config.supabase_url && config.supabase_anon_key) sections.push(supabaseForm(config));
  const pasted = h('textarea', { 'data-field': 'token', autocomplete: 'off', spellcheck: 'false' });
  const form = h('form', { id: 'token-sign-in' },
    h('h2', {}, t('pasteToken')),
    config.supabase_url ? h('p', {}, `${t('supabaseProject')}: `, safeLink(config.supabase_url, config.supabase_url)) : null,
    field('access-token', t('token'), pasted), h('button', { type: 'submit' }, t('signIn')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    signIn(pasted.value);
    location.hash = '#/ask';
  });
  sections.push(form);
  replace(main, sections);
}

/** Email and password against the configured Supabase project (GoTrue's password grant). */
function supabaseForm(config) {
  const email = h('input', { type: 'email', 'data-field': 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', 'data-field': 'password', autocomplete: 'current-password', required: true });
  const errors = h('div', { class: 'error', tabindex: '-1', role: 'alert' });
  const form = h('form', { id: 'supabase-sign-in' },
    h('h2', {}, t('supabaseSignIn')),
    h('p', {}, `${t('supabaseProject')}: `, safeLink(config.supabase_url, config.supabase_url)),
    field('supabase-email', t('email'), email), field('supabase-password', t('password'), password),
    errors, h('button', { type: 'submit' }, t('signIn')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(errors);
    const r = await signInWithPassword({ url: config.supabase_url, anonKey: config.supabase_anon_key }, email.value, password.value);
    if (r.error) {
      password.setAttribute('aria-invalid', 'true');
      replace(errors, h('p', {}, `${t('signInFailed')}: ${r.error}`));
      return errors.focus();
    }
    keepSession(r.session);
    location.hash = '#/ask';
  });
  return form;
}

// ---- an answer ----

function renderEnvelope(envelope) {
  const parts = [h('p', { class: 'request-status' }, `${t('status')}: ${envelope.status}`)];
  if (envelope.degraded) parts.push(h('p', {}, t('degraded')));
  if (envelope.human_review_required) parts.push(h('p', {}, t('review')));
  if (envelope.status === 'FAILED') parts.push(h('p', { class: 'error' }, `${t('failed')}: ${envelope.error_type || ''}`));
  const provisional = envelope.provisional;
  if (provisional && !envelope.response) {
    parts.push(h('section', { class: 'card provisional', 'aria-label': t('provisional') },
      h('h2', {}, t('provisional')), h('p', {}, provisional.notice),
      (provisional.highlights || []).map((hl) => h('blockquote', {}, hl.excerpt, ' — ', safeLink(hl.url, hl.source_id)))));
  }
  const payload = envelope.response;
  if (payload) {
    const sources = new Map((payload.sources || []).map((s) => [s.source_id, s]));
    parts.push(h('h2', { class: 'answer-title' }, payload.summary.title), h('p', {}, payload.summary.message));
    parts.push(h('ol', { class: 'recommendations' }, payload.recommendations.map((rec) => h('li', { class: 'card recommendation' },
      h('p', {}, rec.description),
      h('p', {}, `${t('confidence')}: ${Math.round(rec.confidence * 100)} %`),
      rec.evidence_ids.map((id) => {
        const source = sources.get(id);
        if (!source) return null;
        return h('details', { class: 'source' }, h('summary', {}, `${t('sources')}: ${id}`),
          h('blockquote', {}, source.chunk), safeLink(source.url, t('openSource')));
      })))));
    if ((payload.follow_up || []).length) {
      parts.push(h('h3', {}, t('followUps')),
        h('ul', { class: 'follow-ups' }, payload.follow_up.map((f) => h('li', {}, f.action, f.due_date ? ` (${f.due_date})` : ''))));
    }
  }
  return h('section', { id: 'answer', 'aria-live': 'polite' }, parts);
}

function showAndFollow(slot, envelope) {
  replace(slot, renderEnvelope(envelope));
  if (envelope.status === 'PENDING' || envelope.status === 'PROCESSING') {
    following?.abort();
    following = new AbortController();
    follow(envelope.request_id, (next) => {
      replace(slot, renderEnvelope(next));
      announce(`${t('status')}: ${next.status}`);
    }, following.signal).catch(() => {});
  }
}

// ---- pages ----

function askPage() {
  const category = select('category', [['mind', t('mind')], ['body', t('body')], ['soul', t('soul')]], 'mind');
  const locale = select('locale', [['es', 'Español'], ['en', 'English']], lang());
  const message = h('textarea', { 'data-field': 'metadata', maxlength: '2000' });
  const background = h('input', { type: 'checkbox', id: 'ask-background' });
  const errors = h('div', { class: 'error', tabindex: '-1', role: 'alert' });
  const slot = h('div', {});
  const form = h('form', { id: 'ask' },
    field('ask-category', t('category'), category), field('ask-locale', t('locale'), locale),
    field('ask-message', t('message'), message),
    h('div', {}, background, h('label', { for: 'ask-background', class: 'inline' }, t('background'))),
    errors, h('button', { type: 'submit' }, t('send')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(errors);
    replace(slot, h('p', {}, t('working')));
    const headers = background.checked ? { Prefer: 'respond-async' } : {};
    const r = await call('POST', '/api/v1/holistic/advice', {
      user_id: claims().sub, category: category.value, metadata: { locale: locale.value, message: message.value },
    }, headers);
    if (r.status === 200 || r.status === 202) return showAndFollow(slot, r.body);
    replace(slot);
    showErrors(form, errors, r);
  });
  replace(main, h('h1', {}, t('ask')), form, slot);
}

async function historyPage(params) {
  const category = select('category', [['', t('all')], ['mind', t('mind')], ['body', t('body')], ['soul', t('soul')]], params.get('category') || '');
  const status = select('status', [['', t('all')], ...['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'].map((s) => [s, s])], params.get('status') || '');
  const form = h('form', { id: 'history-filter' }, field('history-category', t('category'), category),
    field('history-status', t('status'), status), h('button', { type: 'submit' }, t('filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    if (category.value) query.set('category', category.value);
    if (status.value) query.set('status', status.value);
    location.hash = `#/history?${query}`;
  });
  const body = h('tbody', {});
  const list = h('div', {});
  replace(main, h('h1', {}, t('history')), form, list);
  const more = h('button', { type: 'button', class: 'secondary' }, t('more'));
  const load = async (before) => {
    const query = new URLSearchParams(params);
    query.set('limit', '20');
    if (before) query.set('before', before);
    const r = await call('GET', `/api/v1/holistic/requests?${query}`);
    if (r.status !== 200) return replace(list, h('p', { class: 'error', role: 'alert' }, problemText(r)));
    r.body.requests.forEach((req) => body.append(h('tr', {},
      h('td', {}, new Date(req.requested_at).toLocaleString(lang())), h('td', {}, t(req.category)),
      h('td', {}, req.status), h('td', {}, h('a', { href: `#/history/${req.request_id}` }, req.title || t('open'))))));
    if (!body.children.length) return replace(list, h('p', {}, t('noRequests')));
    more.onclick = () => load(r.body.next_before);
    replace(list, h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('requested')),
      h('th', { scope: 'col' }, t('category')), h('th', { scope: 'col' }, t('status')), h('th', { scope: 'col' }, t('title')))), body),
      r.body.next_before ? more : null);
  };
  await load(null);
}

async function requestPage(id) {
  const slot = h('div', {});
  replace(main, h('p', {}, h('a', { href: '#/history' }, t('back'))), slot);
  const r = await call('GET', `/api/v1/holistic/requests/${encodeURIComponent(id)}`);
  if (r.status !== 200) return replace(slot, h('p', { class: 'error', role: 'alert' }, r.status === 404 ? t('notFound') : problemText(r)));
  showAndFollow(slot, r.body);
}

const PROFILE_FIELDS = [
  ['display_name', 'displayName', 'text'], ['locale', 'locale', 'text'], ['sex', 'sex', 'text'],
  ['birth_date', 'birthDate', 'date'], ['height_cm', 'height', 'number'], ['activity_level', 'activity', 'text'],
  ['timezone', 'timezone', 'text'],
];

async function profilePage() {
  const r = await call('GET', '/api/v1/me/profile');
  const current = r.status === 200 ? r.body : {};
  const controls = {};
  const fields = PROFILE_FIELDS.map(([name, label, type]) => {
    const value = current[name] ?? '';
    controls[name] = name === 'sex'
      ? select(name, [['', '—'], ...['female', 'male', 'other', 'undisclosed'].map((v) => [v, v])], value)
      : name === 'activity_level'
        ? select(name, [['', '—'], ...['sedentary', 'light', 'moderate', 'active', 'very_active'].map((v) => [v, v])], value)
        : h('input', { type, 'data-field': name, value: String(value), step: type === 'number' ? 'any' : null });
    return field(`profile-${name}`, t(label), controls[name]);
  });
  const goals = h('textarea', { 'data-field': 'goals' });
  goals.value = (current.goals || []).join('\n');
  const errors = h('div', { class: 'error', tabindex: '-1', role: 'alert' });
  const saved = h('p', { role: 'status' });
  const form = h('form', { id: 'profile' }, fields, field('profile-goals', t('goals'), goals), errors, saved,
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(saved);
    const patch = {};
    for (const [name, , type] of PROFILE_FIELDS) {
      const raw = controls[name].value.trim();
      patch[name] = raw === '' ? null : (type === 'number' ? Number(raw) : raw);
    }
    if (patch.locale === null) delete patch.locale;
    patch.goals = goals.value.split('\n').map((g) => g.trim()).filter(Boolean);
    const answer = await call('PATCH', '/api/v1/me/profile', patch, { 'Content-Type': 'application/merge-patch+json' });
    if (answer.status !== 200) return showErrors(form, errors, answer);
    showErrors(form, errors, { body: { errors: [] } });
    replace(errors);
    saved.textContent = t('saved');
  });
  replace(main, h('h1', {}, t('profile')), form, await healthData());
}

/** Habits and measurements: each added with its own form, its 422 errors beside its fields, listed below it. */
async function healthData() {
  const habits = entryForm('habit', '/api/v1/me/habits', [
    ['habit_type', 'habitType', select('habit_type', ['sleep', 'exercise', 'nutrition', 'hydration', 'meditation', 'social',
      'screen_time', 'substance', 'other'].map((v) => [v, t(`habit_${v}`)]), 'sleep')],
    ['description', 'habitDescription', h('input', { type: 'text', 'data-field': 'description', maxlength: '500' })],
    ['frequency', 'frequency', h('input', { type: 'text', 'data-field': 'frequency', maxlength: '100' })],
  ], (e) => `${t(`habit_${e.habit_type}`)}: ${e.description}${e.frequency ? ` (${e.frequency})` : ''}`);
  const biometrics = entryForm('biometric', '/api/v1/me/biometrics', [
    ['metric', 'metric', h('input', { type: 'text', 'data-field': 'metric', placeholder: 'sleep_hours' })],
    ['value', 'value', h('input', { type: 'number', 'data-field': 'value', step: 'any' })],
    ['unit', 'unit', h('input', { type: 'text', 'data-field': 'unit', placeholder: 'h', maxlength: '20' })],
  ], (e) => `${e.metric}: ${e.value} ${e.unit}${e.measured_at ? ` (${String(e.measured_at).slice(0, 16)})` : ''}`);
  return h('div', {}, await habits, await biometrics);
}

async function entryForm(kind, path, controls, describe) {
  const list = h('ul', { class: `${kind}-list` });
  const load = async () => {
    const r = await call('GET', path);
    replace(list, r.status === 200 ? r.body.map((e) => h('li', {}, describe(e))) : h('li', { class: 'error' }, problemText(r)));
  };
  const errors = h('div', { class: 'error', tabindex: '-1', role: 'alert' });
  const saved = h('p', { role: 'status' });
  const form = h('form', { id: kind },
    controls.map(([name, label, control]) => field(`${kind}-${name}`, t(label), control)),
    errors, saved, h('button', { type: 'submit' }, t('add')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(saved);
    const body = {};
    for (const [name, , control] of controls) {
      const raw = control.value.trim();
      body[name] = raw === '' ? null : (control.type === 'number' ? Number(raw) : raw);
    }
    const answer = await call('POST', path, body);
    if (answer.status !== 201) return showErrors(form, errors, answer);
    showErrors(form, errors, { body: { errors: [] } });
    replace(errors);
    saved.textContent = t('added');
    await load();
  });
  await load();
  return h('section', { class: 'card', 'aria-labelledby': `${kind}-heading` },
    h('h2', { id: `${kind}-heading` }, t(`${kind}s`)), list, form);
}

async function usagePage() {
  const r = await call('GET', '/api/v1/me/usage');
  if (r.status !== 200) return replace(main, h('p', { class: 'error', role: 'alert' }, problemText(r)));
  const meter = (key) => {
    const period = r.body[key];
    return h('div', { class: 'card' }, h('label', { for: `usage-${key}` }, `${t(key)}: ${period.used} ${t('of')} ${period.limit}`),
      h('meter', { id: `usage-${key}`, min: '0', max: String(period.limit), value: String(period.used) }));
  };
  replace(main, h('h1', {}, t('usage')), h('p', {}, `${t('tier')}: ${r.body.tier}`), meter('daily'), meter('monthly'));
}

async function adminProfilesPage(name) {
  if (!name) {
    const r = await call('GET', '/api/v1/admin/agent-profiles');
    if (r.status !== 200) return replace(main, h('p', { class: 'error', role: 'alert' }, problemText(r)));
    return replace(main, h('h1', {}, t('adminProfiles')), h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('name')), h('th', { scope: 'col' }, t('category')), h('th', { scope: 'col' }, t('enabled')))),
      h('tbody', {}, r.body.map((p) => h('tr', {}, h('td', {}, h('a', { href: `#/admin/profiles/${encodeURIComponent(p.name)}` }, p.name)),
        h('td', {}, p.category), h('td', {}, String(p.enabled)))))));
  }
  const r = await call('GET', `/api/v1/admin/agent-profiles/${encodeURIComponent(name)}`);
  if (r.status !== 200) return replace(main, h('p', { class: 'error', role: 'alert' }, problemText(r)));
  const editor = h('textarea', { class: 'json', 'data-field': 'pipeline', spellcheck: 'false' });
  editor.value = JSON.stringify(r.body, null, 2);
  const errors = h('div', { class: 'error', tabindex: '-1', role: 'alert' });
  const saved = h('p', { role: 'status' });
  const form = h('form', { id: 'agent-profile' }, field('agent-profile-json', t('profileJson'), editor), errors, saved,
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(saved);
    let body;
    try { body = JSON.parse(editor.value); } catch (e) {
      return showErrors(form, errors, { status: 400, body: { errors: [{ field: 'pipeline', message: e.message }] } });
    }
    const answer = await call('PUT', `/api/v1/admin/agent-profiles/${encodeURIComponent(name)}`, body);
    if (answer.status !== 200) return showErrors(form, errors, answer);
    replace(errors);
    saved.textContent = t('saved');
  });
  replace(main, h('h1', {}, `${t('adminProfiles')}: ${name}`), form);
}

/** Open items (claim one, or resolve it directly) and claimed ones; a claim by someone else answers 409, shown inline. */
async function adminReviewsPage() {
  const [open, claimed] = await Promise.all([
    call('GET', '/api/v1/admin/reviews?state=open'), call('GET', '/api/v1/admin/reviews?state=claimed')]);
  const failed = [open, claimed].find((r) => r.status !== 200);
  if (failed) return replace(main, h('p', { class: 'error', role: 'alert' }, problemText(failed)));
  const card = (item) => {
    const outcome = select('outcome', ['contacted', 'no_action', 'escalated', 'false_positive'].map((o) => [o, o]), 'no_action');
    const note = h('input', { type: 'text', 'data-field': 'note' });
    const errors = h('div', { class: 'error', tabindex: '-1', role: 'alert' });
    const claim = item.state === 'open'
      ? h('button', { type: 'button', class: 'secondary claim' }, t('claim'))
      : null;
    claim?.addEventListener('click', async () => {
      const claimedNow = await call('POST', `/api/v1/admin/reviews/${item.id}/claim`);
      if (claimedNow.status !== 200) return showErrors(form, errors, claimedNow);
      announce(t('claim'));
      await adminReviewsPage();
    });
    const form = h('form', { class: 'resolve', 'data-item': item.id },
      field(`outcome-${item.id}`, t('outcome'), outcome), field(`note-${item.id}`, t('note'), note), errors,
      h('div', { class: 'actions' }, claim, h('button', { type: 'submit' }, t('resolve'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const resolved = await call('POST', `/api/v1/admin/reviews/${item.id}/resolve`, { outcome: outcome.value, note: note.value || null });
      if (resolved.status !== 200) return showErrors(form, errors, resolved);
      announce(t('saved'));
      await adminReviewsPage();
    });
    return h('article', { class: 'card review-item', 'data-state': item.state },
      h('p', {}, `${t('risk')}: ${item.risk} · ${t('state')}: ${item.state}`,
        item.claimed_by ? ` · ${t('claimedBy')}: ${item.claimed_by}` : ''),
      h('blockquote', {}, item.message || ''), item.answer ? h('p', {}, item.answer.summary.message) : null, form);
  };
  const section = (key, items) => h('section', { 'aria-labelledby': `reviews-${key}` },
    h('h2', { id: `reviews-${key}` }, t(key)), items.length ? items.map(card) : h('p', {}, t('noItems')));
  replace(main, h('h1', {}, t('adminReviews')), section('openItems', open.body.items), section('claimed', claimed.body.items));
}

/** The outbox: events waiting for the relay, or dead letters, oldest first, 20 a page. Read-only. */
async function adminOutboxPage(params) {
  const state = params.get('state') === 'dead_letter' ? 'dead_letter' : 'pending';
  const chooser = select('state', [['pending', t('pending')], ['dead_letter', t('deadLetters')]], state);
  const form = h('form', { id: 'outbox-filter' }, field('outbox-state', t('list'), chooser), h('button', { type: 'submit' }, t('filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/admin/outbox?state=${chooser.value}`;
  });
  const body = h('tbody', {});
  const list = h('div', {});
  const more = h('button', { type: 'button', class: 'secondary' }, t('more'));
  replace(main, h('h1', {}, t('adminOutbox')), form, list);
  const load = async (after) => {
    const query = new URLSearchParams({ state, limit: '20' });
    if (after) query.set('after', after);
    const r = await call('GET', `/api/v1/admin/outbox?${query}`);
    if (r.status !== 200) return replace(list, h('p', { class: 'error', role: 'alert' }, problemText(r)));
    r.body.entries.forEach((e) => body.append(h('tr', { class: 'outbox-entry' },
      h('td', {}, new Date(e.created_at).toLocaleString(lang())), h('td', {}, e.event_type),
      h('td', {}, `${e.aggregate_type} ${e.aggregate_id}`), h('td', {}, String(e.attempts)),
      h('td', {}, e.last_error || '—'),
      h('td', {}, e.dead_lettered_at ? new Date(e.dead_lettered_at).toLocaleString(lang()) : '—'))));
    if (!body.children.length) return replace(list, h('p', {}, t('noEntries')));
    more.onclick = () => load(r.body.next_after);
    replace(list, h('table', {}, h('caption', {}, state === 'dead_letter' ? t('deadLetters') : t('pending')),
      h('thead', {}, h('tr', {}, ['created', 'eventType', 'aggregate', 'attempts', 'lastError', 'deadLettered']
        .map((k) => h('th', { scope: 'col' }, t(k))))), body), r.body.next_after ? more : null);
  };
  await load(null);
}

// ---- navigation ----

function renderNav(active) {
  const links = [['#/ask', 'ask'], ['#/history', 'history'], ['#/profile', 'profile'], ['#/usage', 'usage']];
  if (isAdmin()) links.push(['#/admin/profiles', 'adminProfiles'], ['#/admin/reviews', 'adminReviews'], ['#/admin/outbox', 'adminOutbox']);
  replace(document.getElementById('nav'), claims()
    ? links.map(([href, key]) => h('a', { href, 'aria-current': active.startsWith(href) ? 'page' : null }, t(key)))
    : []);
  document.getElementById('sign-out').hidden = !claims();
  document.getElementById('sign-out').textContent = t('signOut');
  document.getElementById('lang-label').textContent = t('language');
}

async function route() {
  following?.abort();
  const hash = location.hash || '#/ask';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean);
  await fresh();
  renderNav(hash);
  if (!token() || !claims()) {
    signOut();
    renderNav('');
    return signInPage();
  }
  const page = parts[0] || 'ask';
  if (page === 'history') await (parts[1] ? requestPage(parts[1]) : historyPage(params));
  else if (page === 'profile') await profilePage();
  else if (page === 'usage') await usagePage();
  else if (page === 'admin' && parts[1] === 'reviews') await adminReviewsPage();
  else if (page === 'admin' && parts[1] === 'outbox') await adminOutboxPage(params);
  else if (page === 'admin') await adminProfilesPage(parts[2] ? decodeURIComponent(parts[2]) : null);
  else askPage();
  main.focus();
}

setLang(lang());
const langSelect = document.getElementById('lang');
langSelect.value = lang();
langSelect.addEventListener('change', () => { setLang(langSelect.value); route(); });
document.getElementById('sign-out').addEventListener('click', () => { signOut(); location.hash = '#/ask'; route(); });
window.addEventListener('hashchange', route);
route();
