const STRINGS = {
  en: {
    language: 'Language', signOut: 'Sign out', ask: 'Ask', history: 'History', profile: 'Profile', usage: 'Usage',
    adminProfiles: 'Agent profiles', adminReviews: 'Review queue', signIn: 'Sign in',
    devUser: 'Sign in as a dev user', userId: 'User id (UUID)', tier: 'Tier', admin: 'Admin scope',
    pasteToken: 'Sign in with an access token', token: 'Access token (from your Supabase session)',
    supabaseProject: 'Supabase project', category: 'Category', mind: 'Mind', body: 'Body', soul: 'Soul',
    locale: 'Answer language', message: 'Your message', background: 'Answer in the background (do not wait)',
    send: 'Ask', working: 'Working on it…', status: 'Status', confidence: 'Confidence', sources: 'Sources',
    followUps: 'Follow-ups', openSource: 'Open the source', provisional: 'Provisional (not personalised yet)',
    degraded: 'Answered from fallback evidence', review: 'A person will review this answer',
    all: 'All', filter: 'Filter', more: 'More', requested: 'Requested', title: 'Title', open: 'Open',
    noRequests: 'No requests yet.', save: 'Save', saved: 'Saved.', displayName: 'Display name', sex: 'Sex',
    birthDate: 'Birth date', height: 'Height (cm)', activity: 'Activity level', goals: 'Goals (one per line)',
    timezone: 'Time zone', daily: 'Today', monthly: 'This month', of: 'of', errors: 'Please fix these fields:',
    edit: 'Edit', name: 'Name', enabled: 'Enabled', claim: 'Claim', resolve: 'Resolve', outcome: 'Outcome',
    note: 'Note', risk: 'Risk', state: 'State', noItems: 'Nothing to review.', failed: 'The request failed',
    notFound: 'Not found.', error: 'Something went wrong', profileJson: 'Profile (JSON)', back: 'Back to history',
  },
  es: {
    language: 'Idioma', signOut: 'Cerrar sesión', ask: 'Preguntar', history: 'Historial', profile: 'Perfil',
    usage: 'Consumo', adminProfiles: 'Perfiles de agente', adminReviews: 'Cola de revisión', signIn: 'Entrar',
    devUser: 'Entrar como usuario de desarrollo', userId: 'Id de usuario (UUID)', tier: 'Plan', admin: 'Permiso de administración',
    pasteToken: 'Entrar con un token de acceso', token: 'Token de acceso (de tu sesión de Supabase)',
    supabaseProject: 'Proyecto de Supabase', category: 'Categoría', mind: 'Mente', body: 'Cuerpo', soul: 'Alma',
    locale: 'Idioma de la respuesta', message: 'Tu mensaje', background: 'Responder en segundo plano (no esperar)',
    send: 'Preguntar', working: 'Trabajando…', status: 'Estado', confidence: 'Confianza', sources: 'Fuentes',
    followUps: 'Seguimiento', openSource: 'Abrir la fuente', provisional: 'Provisional (aún no personalizado)',
    degraded: 'Respondido con evidencia de respaldo', review: 'Una persona revisará esta respuesta',
    all: 'Todas', filter: 'Filtrar', more: 'Más', requested: 'Pedido', title: 'Título', open: 'Abrir',
    noRequests: 'Aún no hay peticiones.', save: 'Guardar', saved: 'Guardado.', displayName: 'Nombre visible', sex: 'Sexo',
    birthDate: 'Fecha de nacimiento', height: 'Altura (cm)', activity: 'Nivel de actividad', goals: 'Objetivos (uno por línea)',
    timezone: 'Zona horaria', daily: 'Hoy', monthly: 'Este mes', of: 'de', errors: 'Corrige estos campos:',
    edit: 'Editar', name: 'Nombre', enabled: 'Activo', claim: 'Reclamar', resolve: 'Resolver', outcome: 'Resultado',
    note: 'Nota', risk: 'Riesgo', state: 'Estado', noItems: 'Nada que revisar.', failed: 'La petición falló',
    notFound: 'No encontrado.', error: 'Algo salió mal', profileJson: 'Perfil (JSON)', back: 'Volver al historial',
  },
};

let current = (sessionStorage.getItem('aura.lang') || navigator.language || 'en').startsWith('es') ? 'es' : 'en';

export function lang() { return current; }

export function setLang(value) {
  current = value === 'es' ? 'es' : 'en';
  sessionStorage.setItem('aura.lang', current);
  document.documentElement.lang = current;
}

export function t(key) { return STRINGS[current][key] ?? STRINGS.en[key] ?? key; }
