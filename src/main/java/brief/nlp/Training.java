package brief.nlp;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.util.TrainingParameters;

/** OpenNLP training settings shared by every model brief trains. */
final class Training {

    private Training() {
    }

    /** {@return parameters for one training thread, so that the same data and settings give the same model} */
    static TrainingParameters deterministic(String algorithm, int iterations, int cutoff) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
        return params;
    }
}
