package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalSafetyFilterTest {

    private final MedicalSafetyFilter filter = new MedicalSafetyFilter();

    @ParameterizedTest(name = "[{0}] removes \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
			pregnancy               | Enjoy a glass of red wine to relax in the evening.         | conflicts with pregnancy: alcohol
			pregnancy               | Tómate una copa de vino con la cena.                       | conflicts with pregnancy: alcohol
			pregnancy               | Try intermittent fasting 16:8 to reset your energy.        | conflicts with pregnancy: fasting
			pregnancy               | Prueba el AYUNO intermitente los fines de semana.          | conflicts with pregnancy: fasting
			pregnancy               | Start a HIIT class three times a week.                     | conflicts with pregnancy: high-intensity or contact sport
			pregnancy               | Apúntate a boxeo para soltar estrés.                       | conflicts with pregnancy: high-intensity or contact sport
			pregnancy               | Relax in a sauna after your workout.                       | conflicts with pregnancy: saunas and hot tubs
			pregnancy               | Date un baño en el jacuzzi para relajarte.                 | conflicts with pregnancy: saunas and hot tubs
			pregnancy               | Black cohosh can ease tension before sleep.                | conflicts with pregnancy: herbal supplements
			pregnancy               | La hierba de San Juan ayuda con el ánimo.                  | conflicts with pregnancy: herbal supplements
			diabetes                | Try fasting until lunch to improve focus.                  | conflicts with diabetes: fasting
			diabetes                | Try a 24-hour fast once a week.                            | conflicts with diabetes: fasting
			diabetes                | Skip breakfast if you are not hungry.                      | conflicts with diabetes: skipping meals
			diabetes                | Sáltate la cena si comiste tarde.                          | conflicts with diabetes: skipping meals
			diabetes                | Stay hydrated with fruit juice during the day.             | conflicts with diabetes: high-sugar drinks
			diabetes                | Hidrátate con zumo de naranja después de correr.           | conflicts with diabetes: high-sugar drinks
			diabetes                | Go keto to stabilise your energy.                          | conflicts with diabetes: extreme low-carb diet
			diabetes                | Sigue una dieta sin carbohidratos durante un mes.          | conflicts with diabetes: extreme low-carb diet
			hypertension            | Add extra salt to your meals after sweating.               | conflicts with hypertension: high salt
			hypertension            | Come embutidos como tentempié.                             | conflicts with hypertension: high salt
			hypertension            | Have an energy drink before your workout.                  | conflicts with hypertension: energy drinks
			hypertension            | Tómate una bebida energética por la tarde.                 | conflicts with hypertension: energy drinks
			hypertension            | A decongestant can help you breathe and sleep better.      | conflicts with hypertension: decongestants
			eating_disorder_history | Count calories with an app for a week.                     | conflicts with eating_disorder_history: calorie counting
			eating_disorder_history | Cuenta calorías para ser consciente de lo que comes.       | conflicts with eating_disorder_history: calorie counting
			eating_disorder_history | Cut calories in the evening.                               | conflicts with eating_disorder_history: cut calories
			eating_disorder_history | Set a weight loss goal of 2 kg a month.                    | conflicts with eating_disorder_history: weight loss
			eating_disorder_history | Ponte como objetivo perder peso antes del verano.          | conflicts with eating_disorder_history: weight loss
			eating_disorder_history | Try a 24-hour fast to reset your appetite.                 | conflicts with eating_disorder_history: fasting
			eating_disorder_history | Haz dieta durante un mes para sentirte mejor.              | conflicts with eating_disorder_history: dieting
			eating_disorder_history | Weigh yourself every morning.                              | conflicts with eating_disorder_history: weighing yourself
			eating_disorder_history | Pésate cada mañana en la báscula.                          | conflicts with eating_disorder_history: weighing yourself
			heart_condition         | Push yourself with high-intensity interval training.       | conflicts with heart_condition: high-intensity exercise
			heart_condition         | Entrena a alta intensidad tres días por semana.            | conflicts with heart_condition: high-intensity exercise
			heart_condition         | Sign up for a marathon this spring.                        | conflicts with heart_condition: high-intensity exercise
			""")
    void removesAdviceThatConflictsWithAMedicalFlag(String flag, String description, String reason) {
        assertThat(filter.reasonToRefuse(description, List.of(flag))).contains(reason);
    }

    @ParameterizedTest(name = "[{0}] keeps \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
			pregnancy               | Avoid alcohol completely while you are pregnant.
			pregnancy               | Evita el alcohol y el tabaco durante el embarazo.
			pregnancy               | A non-alcoholic beer is fine with dinner.
			pregnancy               | Una cerveza sin alcohol puede acompañar la cena.
			pregnancy               | Take a warm (not hot) bath before bed.
			pregnancy               | Try a gentle prenatal yoga class.
			pregnancy               | With your midwife's OK, keep up the HIIT you did before pregnancy.
			diabetes                | Eat more vegetables.
			diabetes                | Come más verduras y legumbres en cada comida.
			diabetes                | Don't skip breakfast; include some protein.
			diabetes                | No te saltes comidas, aunque tengas prisa.
			diabetes                | Drink water instead of juice.
			diabetes                | Add a squeeze of lemon juice to your water.
			diabetes                | Stay hydrated with water; sports drinks are rarely needed.
			pregnancy               | Hot tubs are not recommended in pregnancy.
			pregnancy               | El ayuno no se recomienda durante el embarazo.
			diabetes                | Walk for 15 minutes after each meal.
			diabetes                | If your endocrinologist agrees, a lower-carb plan like keto can be tried.
			hypertension            | Reduce salt and choose fresh foods.
			hypertension            | Usa hierbas aromáticas en lugar de sal.
			hypertension            | Choose low-sodium soy sauce.
			hypertension            | Avoid energy drinks in the afternoon.
			hypertension            | Sal a caminar 30 minutos al día.
			eating_disorder_history | Eat regular meals and snacks.
			eating_disorder_history | Avoid counting calories; notice how you feel instead.
			eating_disorder_history | Include more fibre in your diet.
			eating_disorder_history | Come de forma regular y variada.
			eating_disorder_history | Try a digital detox for one evening.
			heart_condition         | Walk 30 minutes at a comfortable pace.
			heart_condition         | Camina 30 minutos a ritmo suave.
			heart_condition         | With your cardiologist's clearance, try interval training.
			heart_condition         | Take breaks at regular intervals when you sit.
			""")
    void keepsOrdinaryAndProtectiveAdviceForTheSameFlag(String flag, String description) {
        assertThat(filter.reasonToRefuse(description, List.of(flag)))
                .as(description)
                .isEmpty();
    }

    @ParameterizedTest(name = "removes \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
			You have depression; try journaling each night.     | diagnosis: mental health
			You are diabetic, so watch your sugar.               | diagnosis: label
			It sounds like clinical depression.                  | diagnosis: symptoms
			Tienes ansiedad: respira hondo varias veces.         | diagnosis: mental health
			Padeces una falta de descanso crónica.               | diagnosis: condition
			Eres hipertenso, así que cuida la sal.               | diagnosis: label
			Take 500 mg of magnesium before bed.                 | medication or dosing: dose
			Take ibuprofen for the soreness.                     | medication or dosing: pain relievers
			El paracetamol alivia el dolor de cabeza.            | medication or dosing: pain relievers
			An antidepressant could lift your mood.              | medication or dosing: psychiatric medication
			Toma melatonina 3 mg antes de dormir.                | medication or dosing: dose
			Ajusta la dosis de tu suplemento.                    | medication or dosing: dose
			Try sleeping pills if you cannot sleep.              | medication or dosing: pills
			Unas pastillas para dormir te ayudarán.              | medication or dosing: pills
			A vitamin D supplement of 1000 IU daily helps.       | medication or dosing: dose
			A magnesium supplement of 300mg helps you relax.     | medication or dosing: dose
			Stop taking your medication once you feel better.    | medication or dosing: medication change
			Deja la medicación cuando te encuentres mejor.       | medication or dosing: medication change
			""")
    void removesDiagnosesAndMedicationForEveryUser(String description, String reason) {
        assertThat(filter.reasonToRefuse(description, List.of())).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "If you have anxiety, try box breathing for four minutes.",
                "Si tienes ansiedad, prueba a respirar despacio.",
                "Talk to your doctor before changing your medication.",
                "Habla con tu médico antes de cambiar la dosis.",
                "Get a daily dose of sunshine with a morning walk.",
                "Many people have trouble sleeping before exams; a wind-down routine helps.",
                "Sleep 7 to 9 hours a night.",
                "Walk 150 minutes a week.",
                "Aim for 10,000 steps on most days.",
                "Put your phone and tablet away an hour before bed."
            })
    void keepsConditionalsReferralsAndEverydayNumbers(String description) {
        assertThat(filter.reasonToRefuse(description, List.of()))
                .as(description)
                .isEmpty();
    }

    @Test
    void removesProtectiveAdviceWhenAListOutrunsTheNegationRatherThanRiskKeepingHarmfulAdvice() {
        // a negation reaches three words; beyond that a mention is treated as advice, on purpose
        assertThat(filter.reasonToRefuse("Avoid saunas, hot tubs and very hot baths.", List.of("pregnancy")))
                .contains("conflicts with pregnancy: saunas and hot tubs");
    }

    @Test
    void namesTheUsersConditionBeforeTheGeneralMedicationRule() {
        assertThat(filter.reasonToRefuse("Use a pseudoephedrine decongestant pill.", List.of("hypertension")))
                .contains("conflicts with hypertension: decongestants");
    }

    @Test
    void appliesFlagRulesOnlyToUsersWithThatFlag() {
        String wine = "Enjoy a glass of wine with friends.";

        assertThat(filter.reasonToRefuse(wine, List.of())).isEmpty();
        assertThat(filter.reasonToRefuse(wine, List.of("diabetes"))).isEmpty();
        assertThat(filter.reasonToRefuse(wine, List.of("pregnancy"))).contains("conflicts with pregnancy: alcohol");
    }

    @Test
    void matchesFlagsWhateverTheirCaseAndIgnoresUnknownOnes() {
        String sauna = "Relax in a sauna.";

        assertThat(filter.reasonToRefuse(sauna, List.of(" Pregnancy "))).isPresent();
        assertThat(filter.reasonToRefuse(sauna, Arrays.asList(null, "broken_toe")))
                .isEmpty();
        assertThat(filter.reasonToRefuse(sauna, null)).isEmpty();
    }

    @Test
    void checksBothLanguagesInEveryText() {
        assertThat(filter.reasonToRefuse("Tómate una cerveza para desconectar.", List.of("pregnancy")))
                .contains("conflicts with pregnancy: alcohol");
        assertThat(filter.reasonToRefuse("Have a beer to unwind.", List.of("pregnancy")))
                .contains("conflicts with pregnancy: alcohol");
    }

    @Test
    void refusesNothingWithoutAText() {
        assertThat(filter.reasonToRefuse(null, List.of("pregnancy"))).isEmpty();
    }
}
