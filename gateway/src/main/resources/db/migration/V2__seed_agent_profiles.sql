-- Default pipelines: one profile per category, serving every user. Admins add narrower, higher-priority ones.

insert into holistic_agent_profiles (name, category, priority, enabled, match, pipeline) values
('mind-default', 'mind', 0, true, '{}', $json$[
  {"agent": "mindfulness_stress", "model": "offline", "prompt_template": "advice",
   "focus": {"en": "manage stress with breathing, mindfulness and relaxation", "es": "manejar el estrés con respiración, atención plena y relajación"},
   "retrieval": {"collections": ["holistic_memory"], "top_k": 4, "min_confidence": 0.6},
   "guardrails": ["grounding"]},
  {"agent": "mood", "model": "offline", "prompt_template": "advice",
   "focus": {"en": "improve mood, sleep and social connection", "es": "mejorar el estado de ánimo, el sueño y la conexión social"},
   "retrieval": {"collections": ["holistic_memory"], "top_k": 4, "min_confidence": 0.6},
   "guardrails": ["grounding"]}
]$json$),
('body-default', 'body', 0, true, '{}', $json$[
  {"agent": "nutrition", "model": "offline", "prompt_template": "advice",
   "focus": {"en": "healthy eating: fruit, vegetables, less salt and sugar, water", "es": "alimentación saludable: frutas, verduras, menos sal y azúcar, agua"},
   "retrieval": {"collections": ["holistic_memory"], "top_k": 4, "min_confidence": 0.6},
   "guardrails": ["grounding"]},
  {"agent": "movement", "model": "offline", "prompt_template": "advice",
   "focus": {"en": "physical activity, walking, strength and less sitting", "es": "actividad física, caminar, fuerza y menos tiempo sentado"},
   "retrieval": {"collections": ["holistic_memory"], "top_k": 4, "min_confidence": 0.6},
   "guardrails": ["grounding"]},
  {"agent": "sleep", "model": "offline", "prompt_template": "advice",
   "focus": {"en": "sleep duration and sleep hygiene routine", "es": "horas de sueño y rutina de higiene del sueño"},
   "retrieval": {"collections": ["holistic_memory"], "top_k": 4, "min_confidence": 0.6},
   "guardrails": ["grounding"]}
]$json$),
('soul-default', 'soul', 0, true, '{}', $json$[
  {"agent": "purpose_values", "model": "offline", "prompt_template": "advice",
   "focus": {"en": "find purpose and meaning, live by your values", "es": "encontrar propósito y sentido, vivir según tus valores"},
   "retrieval": {"collections": ["holistic_memory"], "top_k": 4, "min_confidence": 0.6},
   "guardrails": ["grounding"]},
  {"agent": "connection", "model": "offline", "prompt_template": "advice",
   "focus": {"en": "social connection, volunteering, gratitude and time in nature", "es": "conexión social, voluntariado, gratitud y tiempo en la naturaleza"},
   "retrieval": {"collections": ["holistic_memory"], "top_k": 4, "min_confidence": 0.6},
   "guardrails": ["grounding"]}
]$json$);
