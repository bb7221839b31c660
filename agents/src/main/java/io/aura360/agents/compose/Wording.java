package io.aura360.agents.compose;

import io.aura360.contracts.Category;

/** The composer's fixed phrases in each supported language (the evidence itself is quoted, not translated). */
record Wording(String titleFormat, String introFormat, String noEvidence, String goalFormat, String emptyProfile,
		String checkIn, String completeProfile, String mind, String body, String soul) {

	static final Wording ENGLISH = new Wording("Your %s plan",
			"Here are %d evidence-based steps for your %s wellbeing, each linked to its source.",
			"We found no trusted source for this request yet, so we are not giving advice on it.",
			" They take into account your goal: %s.",
			" Tell us about your habits and goals to make the next answer more personal.",
			"check_in_on_progress", "complete_profile", "mind", "body", "soul");

	static final Wording SPANISH = new Wording("Tu plan para %s",
			"Aquí tienes %d pasos basados en evidencia para el bienestar de %s, cada uno con su fuente.",
			"Aún no hemos encontrado una fuente fiable para esta petición, así que no damos consejos sobre ella.",
			" Tienen en cuenta tu objetivo: %s.",
			" Cuéntanos tus hábitos y objetivos para que la próxima respuesta sea más personal.",
			"check_in_on_progress", "complete_profile", "la mente", "el cuerpo", "el alma");

	static Wording of(String locale) {
		return "es".equals(locale) ? SPANISH : ENGLISH;
	}

	String categoryName(Category category) {
		return switch (category) {
			case MIND -> mind;
			case BODY -> body;
			case SOUL -> soul;
		};
	}

}
