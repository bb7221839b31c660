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
    supabaseSignIn: 'Sign in with your account', email: 'Email', password: 'Password', signInFailed: 'Sign-in failed',
    habits: 'Habits', biometrics: 'Measurements', habitType: 'Habit', habitDescription: 'Description',
    frequency: 'How often', metric: 'Measurement (e.g. sleep_hours)', value: 'Value', unit: 'Unit', add: 'Add',
    added: 'Added.', habit_sleep: 'Sleep', habit_exercise: 'Exercise', habit_nutrition: 'Nutrition',
    habit_hydration: 'Hydration', habit_meditation: 'Meditation', habit_social: 'Social life',
    habit_screen_time: 'Screen time', habit_substance: 'Substances', habit_other: 'Other',
    adminOutbox: 'Outbox', pending: 'Waiting to be sent', deadLetters: 'Dead letters', list: 'List',
    noEntries: 'Nothing here.', created: 'Created', eventType: 'Event', aggregate: 'About', attempts: 'Attempts',
    lastError: 'Last error', deadLettered: 'Given up at', claimed: 'Claimed items', openItems: 'Open items',
    claimedBy: 'Claimed by',
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
    supabaseSignIn: 'Entrar con tu cuenta', email: 'Correo electrónico', password: 'Contraseña', signInFailed: 'No se pudo entrar',
    habits: 'Hábitos', biometrics: 'Mediciones', habitType: 'Hábito', habitDescription: 'Descripción',
    frequency: 'Con qué frecuencia', metric: 'Medición (p. ej. sleep_hours)', value: 'Valor', unit: 'Unidad', add: 'Añadir',
    added: 'Añadido.', habit_sleep: 'Sueño', habit_exercise: 'Ejercicio', habit_nutrition: 'Alimentación',
    habit_hydration: 'Hidratación', habit_meditation: 'Meditación', habit_social: 'Vida social',
    habit_screen_time: 'Tiempo de pantalla', habit_substance: 'Sustancias', habit_other: 'Otro',
    adminOutbox: 'Bandeja de salida', pending: 'Pendientes de envío', deadLetters: 'Mensajes descartados', list: 'Lista',
    noEntries: 'No hay nada aquí.', created: 'Creado', eventType: 'Evento', aggregate: 'Sobre', attempts: 'Intentos',
    lastError: 'Último error', deadLettered: 'Descartado el', claimed: 'Elementos reclamados', openItems: 'Elementos abiertos',
    claimedBy: 'Reclamado por',
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
